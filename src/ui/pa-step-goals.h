/* pa-step-goals.h: step 4, the SMART goals and their sub-goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"
#include "pa-record-list-editor.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_GOALS (pa_step_goals_get_type ())
G_DECLARE_FINAL_TYPE (PaStepGoals, pa_step_goals, PA, STEP_GOALS, PaEditorStep)

PaRecordListEditor *pa_step_goals_get_list_editor (PaStepGoals *self);

G_END_DECLS
