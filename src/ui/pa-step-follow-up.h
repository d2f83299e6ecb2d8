/* pa-step-follow-up.h: step 7, the follow-ups and the next step
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-record-list-editor.h"
#include "pa-text-area.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_FOLLOW_UP (pa_step_follow_up_get_type ())
G_DECLARE_FINAL_TYPE (PaStepFollowUp, pa_step_follow_up, PA, STEP_FOLLOW_UP, PaEditorStep)

PaRecordListEditor *pa_step_follow_up_get_list_editor    (PaStepFollowUp *self);
PaTextArea         *pa_step_follow_up_get_next_step_area (PaStepFollowUp *self);
PaTextArea         *pa_step_follow_up_get_prospect_area  (PaStepFollowUp *self);
GtkSpinButton      *pa_step_follow_up_get_expected_spin  (PaStepFollowUp *self);

/* The suggested agenda of domain.md section 7: "start", "during" or "end". */
const char         *pa_follow_up_suggested_agenda        (const char     *meeting);
/* What the agenda button does: fills in or adds to the agenda. */
void                pa_follow_up_add_agenda              (PaRecord       *follow_up,
                                                          const char     *meeting);

G_END_DECLS
