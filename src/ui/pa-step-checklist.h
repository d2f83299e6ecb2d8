/* pa-step-checklist.h: step 8, the seven points of a good description and the VITAS texts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-vitas-text-box.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_CHECKLIST (pa_step_checklist_get_type ())
G_DECLARE_FINAL_TYPE (PaStepChecklist, pa_step_checklist, PA, STEP_CHECKLIST, PaEditorStep)

/* How long the step waits after an edit before it judges again. */
#define PA_STEP_CHECKLIST_DELAY_MS 250

/* Judges the agreement now instead of after the pause. */
void            pa_step_checklist_refresh      (PaStepChecklist *self);
/* Items in order or confirmed by hand, 0-7. */
int             pa_step_checklist_get_score    (PaStepChecklist *self);
/* The row of item @id (1-7). */
AdwExpanderRow *pa_step_checklist_get_item_row (PaStepChecklist *self,
                                                int              id);
PaVitasTextBox *pa_step_checklist_get_vitas_box (PaStepChecklist *self,
                                                 PaVitasText      text);

G_END_DECLS
