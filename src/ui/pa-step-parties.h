/* pa-step-parties.h: step 1, who takes part: the citizen, the company and the jobcentre
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_PARTIES (pa_step_parties_get_type ())
G_DECLARE_FINAL_TYPE (PaStepParties, pa_step_parties, PA, STEP_PARTIES, PaEditorStep)

AdwEntryRow *pa_step_parties_get_citizen_name_row (PaStepParties *self);
AdwEntryRow *pa_step_parties_get_cpr_row          (PaStepParties *self);
AdwEntryRow *pa_step_parties_get_company_name_row (PaStepParties *self);
AdwEntryRow *pa_step_parties_get_cvr_row          (PaStepParties *self);

G_END_DECLS
