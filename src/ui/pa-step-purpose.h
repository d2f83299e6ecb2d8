/* pa-step-purpose.h: step 3, why the placement
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-text-area.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_PURPOSE (pa_step_purpose_get_type ())
G_DECLARE_FINAL_TYPE (PaStepPurpose, pa_step_purpose, PA, STEP_PURPOSE, PaEditorStep)

/* The check button of a purpose of the rule set, or NULL. */
GtkCheckButton *pa_step_purpose_get_check           (PaStepPurpose *self,
                                                     const char    *purpose_id);
AdwEntryRow    *pa_step_purpose_get_reason_row      (PaStepPurpose *self);
PaTextArea     *pa_step_purpose_get_individual_area (PaStepPurpose *self);
AdwComboRow    *pa_step_purpose_get_vitas_row       (PaStepPurpose *self);
AdwEntryRow    *pa_step_purpose_get_repeat_row      (PaStepPurpose *self);
/* The note under the VITAS field, or NULL while there is none. */
char           *pa_step_purpose_get_vitas_note      (PaStepPurpose *self);

G_END_DECLS
