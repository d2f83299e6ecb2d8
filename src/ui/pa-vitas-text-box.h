/* pa-vitas-text-box.h: one VITAS text in step 8: editable, counted, copied, composed again
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"
#include "core/pa-vitas-compose.h"

G_BEGIN_DECLS

#define PA_TYPE_VITAS_TEXT_BOX (pa_vitas_text_box_get_type ())
G_DECLARE_FINAL_TYPE (PaVitasTextBox, pa_vitas_text_box, PA, VITAS_TEXT_BOX, GtkWidget)

GtkWidget    *pa_vitas_text_box_new           (PaVitasText     text);
void          pa_vitas_text_box_set_agreement (PaVitasTextBox *self,
                                               PaAgreement    *agreement);
/* Shows what the agreement now says: the composed text unless edited,
 * and whether composing again would give another text. */
void          pa_vitas_text_box_refresh       (PaVitasTextBox *self);
GtkTextView  *pa_vitas_text_box_get_text_view (PaVitasTextBox *self);
PaVitasState  pa_vitas_text_box_get_state     (PaVitasTextBox *self);

G_END_DECLS
