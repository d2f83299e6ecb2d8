/* pa-text-area.h: a titled box for text of more than one line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_TEXT_AREA (pa_text_area_get_type ())
G_DECLARE_FINAL_TYPE (PaTextArea, pa_text_area, PA, TEXT_AREA, GtkWidget)

GtkWidget   *pa_text_area_new             (const char *title);
GtkTextView *pa_text_area_get_text_view   (PaTextArea *self);
const char  *pa_text_area_get_title       (PaTextArea *self);
void         pa_text_area_set_title       (PaTextArea *self,
                                           const char *title);
void         pa_text_area_set_description (PaTextArea *self,
                                           const char *description);
char        *pa_text_area_get_text        (PaTextArea *self);

G_END_DECLS
