/* pa-step-tasks.h: step 6, the work functions, their tasks and the progression ladder
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-record-list-editor.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_TASKS (pa_step_tasks_get_type ())
G_DECLARE_FINAL_TYPE (PaStepTasks, pa_step_tasks, PA, STEP_TASKS, PaEditorStep)

PaRecordListEditor *pa_step_tasks_get_list_editor (PaStepTasks *self);

/* The core competences offered with one click, translated, NULL-ended. */
const char * const *pa_step_tasks_suggested_competences (void);
/* What a suggestion does: adds @name to @work_function's competences,
 * unless it is there already. Returns whether it added it. */
gboolean            pa_step_tasks_add_competence        (PaRecord   *work_function,
                                                         const char *name);

G_END_DECLS
