/* pa-window.h: the main window, the draft list beside the editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pa-store.h"

G_BEGIN_DECLS

#define PA_TYPE_WINDOW (pa_window_get_type ())
G_DECLARE_FINAL_TYPE (PaWindow, pa_window, PA, WINDOW, AdwApplicationWindow)

PaWindow *pa_window_new        (GtkApplication *application);
PaStore  *pa_window_get_store  (PaWindow       *self);
void      pa_window_set_store  (PaWindow       *self,
                                PaStore        *store);
gboolean  pa_window_open_draft (PaWindow       *self,
                                const char     *id);
void      pa_window_add_toast  (PaWindow       *self,
                                AdwToast       *toast);

G_END_DECLS
