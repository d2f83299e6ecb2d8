/* pa-preferences-window.h: the preferences: files set aside
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_PREFERENCES_WINDOW (pa_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PaPreferencesWindow, pa_preferences_window, PA, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget  *pa_preferences_window_new               (GtkWindow           *parent,
                                                     const char          *db_path);
const char *pa_preferences_window_get_database_path (PaPreferencesWindow *self);

G_END_DECLS
