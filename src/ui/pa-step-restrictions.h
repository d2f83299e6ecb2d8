/* pa-step-restrictions.h: step 5, the citizen's work restrictions made concrete and positive
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-record-list-editor.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_RESTRICTIONS (pa_step_restrictions_get_type ())
G_DECLARE_FINAL_TYPE (PaStepRestrictions, pa_step_restrictions, PA, STEP_RESTRICTIONS, PaEditorStep)

PaRecordListEditor *pa_step_restrictions_get_list_editor (PaStepRestrictions *self);


G_END_DECLS
