/* pa-model.h: the parts of a placement agreement, declared as field tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each type here is a plain PaRecord: its behaviour is the generic one
 * (properties, change notification, copy, compare). Types with behaviour
 * of their own, like PaAgreement, have their own file.
 */
#pragma once

#include "pa-record.h"

G_BEGIN_DECLS

#define PA_DECLARE_RECORD(TypeName, type_name, TYPE_NAME)                 \
  GType type_name##_get_type (void);                                      \
  G_DECLARE_FINAL_TYPE (TypeName, type_name, PA, TYPE_NAME, PaRecord)

#define PA_TYPE_CITIZEN (pa_citizen_get_type ())
PA_DECLARE_RECORD (PaCitizen, pa_citizen, CITIZEN)
#define PA_TYPE_COMPANY (pa_company_get_type ())
PA_DECLARE_RECORD (PaCompany, pa_company, COMPANY)
#define PA_TYPE_JOBCENTRE (pa_jobcentre_get_type ())
PA_DECLARE_RECORD (PaJobcentre, pa_jobcentre, JOBCENTRE)
#define PA_TYPE_EXTENSION (pa_extension_get_type ())
PA_DECLARE_RECORD (PaExtension, pa_extension, EXTENSION)
#define PA_TYPE_WORKDAY (pa_workday_get_type ())
PA_DECLARE_RECORD (PaWorkday, pa_workday, WORKDAY)
#define PA_TYPE_STEP_UP (pa_step_up_get_type ())
PA_DECLARE_RECORD (PaStepUp, pa_step_up, STEP_UP)
#define PA_TYPE_HYBRID_HOURS (pa_hybrid_hours_get_type ())
PA_DECLARE_RECORD (PaHybridHours, pa_hybrid_hours, HYBRID_HOURS)
#define PA_TYPE_PURPOSE (pa_purpose_get_type ())
PA_DECLARE_RECORD (PaPurpose, pa_purpose, PURPOSE)
#define PA_TYPE_GOAL (pa_goal_get_type ())
PA_DECLARE_RECORD (PaGoal, pa_goal, GOAL)
#define PA_TYPE_SUBGOAL (pa_subgoal_get_type ())
PA_DECLARE_RECORD (PaSubgoal, pa_subgoal, SUBGOAL)
#define PA_TYPE_WORK_FUNCTION (pa_work_function_get_type ())
PA_DECLARE_RECORD (PaWorkFunction, pa_work_function, WORK_FUNCTION)
#define PA_TYPE_TASK (pa_task_get_type ())
PA_DECLARE_RECORD (PaTask, pa_task, TASK)
#define PA_TYPE_COMPETENCE (pa_competence_get_type ())
PA_DECLARE_RECORD (PaCompetence, pa_competence, COMPETENCE)
#define PA_TYPE_PROGRESSION_TARGET (pa_progression_target_get_type ())
PA_DECLARE_RECORD (PaProgressionTarget, pa_progression_target, PROGRESSION_TARGET)
#define PA_TYPE_RESTRICTION (pa_restriction_get_type ())
PA_DECLARE_RECORD (PaRestriction, pa_restriction, RESTRICTION)
#define PA_TYPE_RESTRICTION_ANSWER (pa_restriction_answer_get_type ())
PA_DECLARE_RECORD (PaRestrictionAnswer, pa_restriction_answer, RESTRICTION_ANSWER)
#define PA_TYPE_MEASURE (pa_measure_get_type ())
PA_DECLARE_RECORD (PaMeasure, pa_measure, MEASURE)
#define PA_TYPE_FOLLOW_UP (pa_follow_up_get_type ())
PA_DECLARE_RECORD (PaFollowUp, pa_follow_up, FOLLOW_UP)
#define PA_TYPE_CHECKLIST_ITEM (pa_checklist_item_get_type ())
PA_DECLARE_RECORD (PaChecklistItem, pa_checklist_item, CHECKLIST_ITEM)
#define PA_TYPE_APPROVAL (pa_approval_get_type ())
PA_DECLARE_RECORD (PaApproval, pa_approval, APPROVAL)

/* Every record type, the agreement first, parents before children. */
const GType *pa_model_get_record_types (guint *n_types);

/* Choice values, shared with the store, the documents and the UI. */
extern const char * const pa_agreement_statuses[];
extern const char * const pa_follow_up_kinds[];
extern const char * const pa_task_kinds[];
extern const char * const pa_restriction_categories[];
extern const char * const pa_measure_kinds[];
extern const char * const pa_approval_parties[];
extern const char * const pa_on_behalf_kinds[];
extern const char * const pa_status_reasons[];

#define PA_CHECKLIST_N_ITEMS 7
#define PA_PROGRESSION_MAX_TARGETS 3

G_END_DECLS
