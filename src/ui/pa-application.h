/* pa-application.h: the application: command line, windows, app actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_APPLICATION (pa_application_get_type ())
G_DECLARE_FINAL_TYPE (PaApplication, pa_application, PA, APPLICATION, AdwApplication)

PaApplication *pa_application_new         (void);
void           pa_application_open_window (PaApplication *self,
                                           const char    *db_path);

G_END_DECLS
