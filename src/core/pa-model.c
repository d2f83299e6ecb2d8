/* pa-model.c: the parts of a placement agreement, declared as field tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pa-agreement.h"
#include "pa-model.h"

#define PA_DEFINE_RECORD(TypeName, type_name, name, fields)               \
  struct _##TypeName { PaRecord parent_instance; };                       \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, PA_TYPE_RECORD)               \
  static void                                                             \
  type_name##_class_init (TypeName##Class *klass)                         \
  {                                                                       \
    pa_record_class_install_fields (PA_RECORD_CLASS (klass), name,       \
                                    fields, G_N_ELEMENTS (fields));       \
  }                                                                       \
  static void                                                             \
  type_name##_init (TypeName *self)                                       \
  {                                                                       \
  }

/* Shorthands for the tables below. */
#define TEXT(n, f, l)        { n, PA_FIELD_STRING, f, 0, 0, NULL, NULL, l }
#define CHOICE(n, c, l)      { n, PA_FIELD_STRING, 0, 0, 0, NULL, c, l }
#define DATE(n, f, l)        { n, PA_FIELD_DATE, f, 0, 0, NULL, NULL, l }
#define TIME(n, l)           { n, PA_FIELD_TIME, 0, 0, 0, NULL, NULL, l }
#define STAMP(n, f, l)       { n, PA_FIELD_DATETIME, f, 0, 0, NULL, NULL, l }
#define INT(n, lo, hi, l)    { n, PA_FIELD_INT, 0, lo, hi, NULL, NULL, l }
#define HOURS(n, l)          { n, PA_FIELD_DOUBLE, 0, 0, 168, NULL, NULL, l }
#define BOOL(n, l)           { n, PA_FIELD_BOOLEAN, 0, 0, 0, NULL, NULL, l }
#define LIST(n, t, f, max, l) { n, PA_FIELD_LIST, f, 0, max, t, NULL, l }

const char * const pa_agreement_statuses[] = {
  "draft", "agreed", "active", "ended", "cancelled", NULL
};
const char * const pa_follow_up_kinds[] = {
  "phone", "company", "three-party", NULL
};
const char * const pa_task_kinds[] = {
  "placement", "paid", NULL
};
/* The phrase library's categories (pa-phrases.c) and "other"; until
 * migration 7 the model had physical, psychological, social and other
 * (pa_restriction_category_upgrade maps those). */
const char * const pa_restriction_categories[] = {
  "physical", "energy", "stress", "anxiety", "concentration",
  "attendance", "sensory", "language", "other", NULL
};
const char * const pa_measure_kinds[] = {
  "mentor", "aids", "hours", "buddy", "language-mentor", "pictures",
  "assistance", "other", NULL
};
const char * const pa_approval_parties[] = {
  "citizen", "company", "employee-rep", "jobcentre", NULL
};
/* Why someone else approved for a party (issue 13). */
const char * const pa_on_behalf_kinds[] = {
  "oral", "paper-later", "other", NULL
};
/* Why a placement ended or was cancelled (issue 13). */
const char * const pa_status_reasons[] = {
  "ordinary-work", "other-offer", "illness", "no-show", "other", NULL
};

static const PaField citizen_fields[] = {
  TEXT ("name", PA_FIELD_FLAG_SEARCH | PA_FIELD_FLAG_REQUIRED, N_("Name")),
  TEXT ("cpr", PA_FIELD_FLAG_SENSITIVE, N_("CPR number")),
  TEXT ("phone", 0, N_("Phone")),
  TEXT ("email", 0, N_("E-mail")),
  BOOL ("needs-interpreter", N_("Needs an interpreter")),
  BOOL ("needs-language-mentor", N_("Needs a language mentor")),
  TEXT ("languages", 0, N_("Languages")),
  /* The benefit a person receives can tell of illness: not for the company. */
  TEXT ("target-group", PA_FIELD_FLAG_REQUIRED | PA_FIELD_FLAG_SENSITIVE, N_("Target group")),
  TEXT ("job-goal", PA_FIELD_FLAG_SEARCH, N_("Job goal in the citizen's own words")),
  TEXT ("recent-employer", PA_FIELD_FLAG_SENSITIVE, N_("Most recent employer")),
  /* Compared with the company's CVR number before the names are. */
  TEXT ("recent-employer-cvr", PA_FIELD_FLAG_SENSITIVE, N_("Most recent employer's CVR number")),
};
PA_DEFINE_RECORD (PaCitizen, pa_citizen, "citizen", citizen_fields)

static const PaField company_fields[] = {
  TEXT ("name", PA_FIELD_FLAG_SEARCH | PA_FIELD_FLAG_REQUIRED, N_("Company name")),
  TEXT ("cvr", 0, N_("CVR number")),
  TEXT ("p-number", 0, N_("P-number")),
  TEXT ("address", PA_FIELD_FLAG_SEARCH, N_("Address")),
  INT ("employees", 0, 1000000, N_("Ordinary employees")),
  INT ("placements-in-use", 0, 1000000, N_("People already in placement or wage subsidy")),
  TEXT ("contact-name", PA_FIELD_FLAG_SEARCH, N_("Contact person")),
  TEXT ("contact-role", 0, N_("Contact person's role")),
  TEXT ("contact-phone", 0, N_("Contact person's phone")),
  TEXT ("contact-email", 0, N_("Contact person's e-mail")),
  TEXT ("mentor-name", PA_FIELD_FLAG_SEARCH, N_("Mentor")),
  TEXT ("mentor-phone", 0, N_("Mentor's phone")),
  TEXT ("employee-rep-name", 0, N_("Employee representative")),
  TEXT ("employee-rep-phone", 0, N_("Employee representative's phone")),
};
PA_DEFINE_RECORD (PaCompany, pa_company, "company", company_fields)

static const PaField jobcentre_fields[] = {
  TEXT ("consultant-name", PA_FIELD_FLAG_SEARCH, N_("Consultant")),
  TEXT ("consultant-phone", 0, N_("Consultant's phone")),
  TEXT ("consultant-email", 0, N_("Consultant's e-mail")),
  TEXT ("caseworker-name", 0, N_("Caseworker")),
  TEXT ("caseworker-phone", 0, N_("Caseworker's phone")),
  TEXT ("municipality", 0, N_("Municipality")),
};
PA_DEFINE_RECORD (PaJobcentre, pa_jobcentre, "jobcentre", jobcentre_fields)

static const PaField extension_fields[] = {
  DATE ("end-date", 0, N_("New end date")),
  TEXT ("purpose", 0, N_("Purpose of the extension")),
  TEXT ("reason", 0, N_("Reason for the extension")),
  /* Beyond the extension limit (26 weeks) the act asks for a very special
   * need; it may tell of the citizen's health, so the company does not
   * see it. */
  TEXT ("special-need", PA_FIELD_FLAG_SENSITIVE, N_("The very special need for a longer placement")),
};
PA_DEFINE_RECORD (PaExtension, pa_extension, "extension", extension_fields)

static const PaField workday_fields[] = {
  INT ("weekday", 1, 7, N_("Weekday")),
  TIME ("start-time", N_("From")),
  TIME ("end-time", N_("To")),
};
PA_DEFINE_RECORD (PaWorkday, pa_workday, "workday", workday_fields)

static const PaField step_up_fields[] = {
  DATE ("from-date", 0, N_("From date")),
  INT ("from-week", 0, 520, N_("From week of the placement")),
  HOURS ("hours", N_("Hours per week")),
};
PA_DEFINE_RECORD (PaStepUp, pa_step_up, "step-up", step_up_fields)

static const PaField hybrid_hours_fields[] = {
  TEXT ("work-function", 0, N_("Work function with paid hours")),
  HOURS ("hours", N_("Paid hours per week")),
  DATE ("from-date", 0, N_("From date")),
};
PA_DEFINE_RECORD (PaHybridHours, pa_hybrid_hours, "hybrid-hours", hybrid_hours_fields)

static const PaField purpose_fields[] = {
  TEXT ("purpose-id", PA_FIELD_FLAG_REQUIRED, N_("Purpose")),
};
PA_DEFINE_RECORD (PaPurpose, pa_purpose, "purpose", purpose_fields)

static const PaField subgoal_fields[] = {
  TEXT ("text", PA_FIELD_FLAG_SEARCH, N_("Sub-goal")),
  DATE ("date", 0, N_("Date")),
  BOOL ("reached", N_("Reached")),
};
PA_DEFINE_RECORD (PaSubgoal, pa_subgoal, "subgoal", subgoal_fields)

static const PaField goal_fields[] = {
  TEXT ("specific", PA_FIELD_FLAG_SEARCH, N_("Goal")),
  TEXT ("measure", PA_FIELD_FLAG_SEARCH, N_("How we will know it is reached")),
  TEXT ("attractive", 0, N_("Why the citizen wants it")),
  TEXT ("realistic", 0, N_("Why it is realistic")),
  DATE ("deadline", 0, N_("Deadline")),
  LIST ("subgoals", pa_subgoal_get_type, 0, 0, N_("Sub-goals")),
  /* Attractive and realistic cannot be read from text: the citizen says
   * so, and the parties agree, in the meeting. */
  BOOL ("attractive-confirmed", N_("The citizen confirms that this is their own goal")),
  BOOL ("realistic-confirmed", N_("The parties agree that the goal is realistic")),
  TEXT ("purpose-id", 0, N_("Purpose the goal serves")),
};
PA_DEFINE_RECORD (PaGoal, pa_goal, "goal", goal_fields)

static const PaField task_fields[] = {
  TEXT ("text", PA_FIELD_FLAG_SEARCH, N_("Task")),
  CHOICE ("kind", pa_task_kinds, N_("Placement or paid")),
};
PA_DEFINE_RECORD (PaTask, pa_task, "task", task_fields)

static const PaField progression_target_fields[] = {
  INT ("level", 1, 5, N_("Level")),
  DATE ("date", 0, N_("Date")),
};
PA_DEFINE_RECORD (PaProgressionTarget, pa_progression_target, "progression-target",
                  progression_target_fields)

static const PaField competence_fields[] = {
  TEXT ("name", 0, N_("Core competence")),
};
PA_DEFINE_RECORD (PaCompetence, pa_competence, "competence", competence_fields)

static const PaField work_function_fields[] = {
  TEXT ("name", PA_FIELD_FLAG_SEARCH, N_("Work function")),
  INT ("start-level", 1, 5, N_("Start level")),
  LIST ("tasks", pa_task_get_type, 0, 0, N_("Tasks")),
  LIST ("targets", pa_progression_target_get_type, 0, PA_PROGRESSION_MAX_TARGETS,
        N_("Progression targets")),
  HOURS ("hours", N_("Hours per week in this work function")),
  /* What a new employee must manage in this function (domain.md 6). */
  TEXT ("pace", 0, N_("Pace or hours a new employee manages")),
  TEXT ("error-rate", 0, N_("Error rate a new employee keeps within")),
  TEXT ("independence", 0, N_("Independence a new employee shows")),
  LIST ("competences", pa_competence_get_type, 0, 0, N_("Core competences the company names")),
};
PA_DEFINE_RECORD (PaWorkFunction, pa_work_function, "work-function", work_function_fields)

static const PaField restriction_answer_fields[] = {
  TEXT ("question", 0, N_("Question")),
  TEXT ("answer", 0, N_("Answer")),
};
PA_DEFINE_RECORD (PaRestrictionAnswer, pa_restriction_answer, "restriction-answer",
                  restriction_answer_fields)

static const PaField measure_fields[] = {
  CHOICE ("kind", pa_measure_kinds, N_("Measure")),
  TEXT ("description", 0, N_("Description")),
};
PA_DEFINE_RECORD (PaMeasure, pa_measure, "measure", measure_fields)

static const PaField restriction_fields[] = {
  TEXT ("original", PA_FIELD_FLAG_SENSITIVE, N_("Restriction in the citizen's words")),
  CHOICE ("category", pa_restriction_categories, N_("Category")),
  LIST ("answers", pa_restriction_answer_get_type, 0, 0, N_("Concrete answers")),
  TEXT ("reformulation", 0, N_("Positive reformulation")),
  LIST ("measures", pa_measure_get_type, 0, 0, N_("How it is handled")),
  BOOL ("consent", N_("The citizen agrees to share this with the company")),
  DATE ("consent-date", 0, N_("Consent given on")),
};
PA_DEFINE_RECORD (PaRestriction, pa_restriction, "restriction", restriction_fields)

static const PaField follow_up_fields[] = {
  DATE ("date", 0, N_("Date")),
  TIME ("time", N_("Time")),
  CHOICE ("kind", pa_follow_up_kinds, N_("Kind")),
  TEXT ("participants", 0, N_("Participants")),
  TEXT ("agenda", 0, N_("Agenda")),
  TEXT ("notes", PA_FIELD_FLAG_SEARCH | PA_FIELD_FLAG_SENSITIVE, N_("Notes afterwards")),
  /* The follow-up's own identity, kept across saves and exports, so a
   * calendar file exported again updates its events (pa-ical.c). */
  TEXT ("uid", PA_FIELD_FLAG_META, N_("Calendar identity")),
};

/* Not PA_DEFINE_RECORD: a new follow-up gets its uid at once; loading
 * and import then put the stored one in its place. */
struct _PaFollowUp { PaRecord parent_instance; };
G_DEFINE_FINAL_TYPE (PaFollowUp, pa_follow_up, PA_TYPE_RECORD)

static void
pa_follow_up_constructed (GObject *object)
{
  g_autofree char *uid = g_uuid_string_random ();

  G_OBJECT_CLASS (pa_follow_up_parent_class)->constructed (object);
  pa_record_set_string (PA_RECORD (object), "uid", uid);
}

static void
pa_follow_up_class_init (PaFollowUpClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = pa_follow_up_constructed;
  pa_record_class_install_fields (PA_RECORD_CLASS (klass), "follow-up",
                                  follow_up_fields, G_N_ELEMENTS (follow_up_fields));
}

static void
pa_follow_up_init (PaFollowUp *self)
{
}

static const PaField checklist_item_fields[] = {
  INT ("item", 1, PA_CHECKLIST_N_ITEMS, N_("Item")),
  BOOL ("confirmed", N_("Confirmed")),
  TEXT ("note", 0, N_("Note")),
};
PA_DEFINE_RECORD (PaChecklistItem, pa_checklist_item, "checklist-item", checklist_item_fields)

static const PaField approval_fields[] = {
  CHOICE ("party", pa_approval_parties, N_("Party")),
  STAMP ("approved-at", 0, N_("Approved at")),
  TEXT ("on-behalf-reason", 0, N_("Approved on behalf because")),
  /* The revision the party saw and said yes to (issue 13). */
  INT ("revision", 0, G_MAXINT, N_("Revision approved")),
  CHOICE ("on-behalf-kind", pa_on_behalf_kinds, N_("Approved on the party's behalf")),
};
PA_DEFINE_RECORD (PaApproval, pa_approval, "approval", approval_fields)

/* The agreement's own table lives here too, so that every field of the
 * model reads in one file; PaAgreement adds the behaviour. */
const PaField pa_agreement_fields[] = {
  TEXT ("id", PA_FIELD_FLAG_META, N_("Identifier")),
  STAMP ("created", PA_FIELD_FLAG_META, N_("Created")),
  STAMP ("modified", PA_FIELD_FLAG_META, N_("Last edited")),
  { "status", PA_FIELD_STRING, PA_FIELD_FLAG_META, 0, 0, NULL, pa_agreement_statuses, N_("Status") },
  { "revision", PA_FIELD_INT, PA_FIELD_FLAG_META, 1, G_MAXINT, NULL, NULL, N_("Revision") },
  /* Why an agreement ended or was cancelled; illness is health, so the
   * company copy never carries the reason (issue 13). */
  { "status-reason", PA_FIELD_STRING, PA_FIELD_FLAG_META | PA_FIELD_FLAG_SENSITIVE, 0, 0, NULL,
    pa_status_reasons, N_("Reason for ending") },
  TEXT ("status-reason-text", PA_FIELD_FLAG_META | PA_FIELD_FLAG_SENSITIVE,
        N_("Other reason for ending")),
  TEXT ("notes", PA_FIELD_FLAG_SEARCH | PA_FIELD_FLAG_SENSITIVE, N_("Notes")),
  { "citizen", PA_FIELD_CHILD, 0, 0, 0, pa_citizen_get_type, NULL, N_("Citizen") },
  { "company", PA_FIELD_CHILD, 0, 0, 0, pa_company_get_type, NULL, N_("Company") },
  { "jobcentre", PA_FIELD_CHILD, 0, 0, 0, pa_jobcentre_get_type, NULL, N_("Jobcentre") },
  DATE ("start-date", PA_FIELD_FLAG_REQUIRED, N_("Start date")),
  DATE ("end-date", PA_FIELD_FLAG_REQUIRED, N_("End date")),
  LIST ("extensions", pa_extension_get_type, 0, 0, N_("Extensions")),
  HOURS ("start-hours", N_("Hours per week at the start")),
  LIST ("workdays", pa_workday_get_type, 0, 7, N_("Weekdays and times")),
  LIST ("step-ups", pa_step_up_get_type, 0, 0, N_("Step-up plan")),
  LIST ("hybrid-hours", pa_hybrid_hours_get_type, 0, 0, N_("Paid hours (hybrid placement)")),
  LIST ("purposes", pa_purpose_get_type, 0, 0, N_("Legal purposes")),
  TEXT ("individual-purpose", PA_FIELD_FLAG_SEARCH, N_("Purpose in the citizen's own words")),
  TEXT ("vitas-purpose", 0, N_("Purpose field in VITAS")),
  TEXT ("availability-reason", PA_FIELD_FLAG_SENSITIVE, N_("Reason for testing availability")),
  TEXT ("repeat-explanation", 0, N_("How this placement differs from an earlier one")),
  /* Placement at the most recent employer, where the target group allows
   * it: the jobcentre's concrete assessment. */
  TEXT ("recent-employer-assessment", PA_FIELD_FLAG_SENSITIVE,
        N_("Assessment of a placement at the most recent employer")),
  LIST ("goals", pa_goal_get_type, 0, 0, N_("SMART goals")),
  LIST ("work-functions", pa_work_function_get_type, 0, 0, N_("Work functions and tasks")),
  LIST ("restrictions", pa_restriction_get_type, 0, 0, N_("Restrictions")),
  LIST ("follow-ups", pa_follow_up_get_type, 0, 0, N_("Follow-ups")),
  /* The agreement between the parties (checklist item 5, domain.md 5). */
  TEXT ("responsibilities", 0, N_("Who is responsible for what")),
  TEXT ("follow-up-frequency", 0, N_("How often the placement is followed up")),
  TEXT ("contingency", 0, N_("What happens if the placement does not go to plan")),
  /* Checklist item 4 when nothing needs handling: said explicitly. */
  BOOL ("no-restrictions", N_("No restrictions are relevant to the work")),
  TEXT ("next-step", PA_FIELD_FLAG_SEARCH, N_("Next step")),
  TEXT ("ordinary-hours-prospect", 0, N_("Prospect of ordinary paid hours")),
  HOURS ("ordinary-hours-expected", N_("Expected paid hours per week")),
  /* The texts for VITAS's three description fields as the consultant
   * edited them (empty: the composed text is used as it is), each with
   * the composed text it was edited from, so the app can tell when the
   * agreement has since changed. They go to VITAS, not to the company. */
  TEXT ("vitas-description", PA_FIELD_FLAG_SENSITIVE, N_("Placement description for VITAS")),
  TEXT ("vitas-description-composed", PA_FIELD_FLAG_SENSITIVE,
        N_("Composed placement description the edit started from")),
  TEXT ("vitas-conditions", PA_FIELD_FLAG_SENSITIVE,
        N_("Qualifications and special conditions for VITAS")),
  TEXT ("vitas-conditions-composed", PA_FIELD_FLAG_SENSITIVE,
        N_("Composed qualifications and conditions the edit started from")),
  TEXT ("vitas-working-time", PA_FIELD_FLAG_SENSITIVE, N_("Working time for VITAS")),
  TEXT ("vitas-working-time-composed", PA_FIELD_FLAG_SENSITIVE,
        N_("Composed working time the edit started from")),
  LIST ("checklist", pa_checklist_item_get_type, PA_FIELD_FLAG_META, PA_CHECKLIST_N_ITEMS,
        N_("Checklist")),
  LIST ("approvals", pa_approval_get_type, PA_FIELD_FLAG_META, 4, N_("Approvals")),
};
const guint pa_agreement_n_fields = G_N_ELEMENTS (pa_agreement_fields);

const GType *
pa_model_get_record_types (guint *n_types)
{
  static GType types[21];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint i = 0;

      types[i++] = PA_TYPE_AGREEMENT;
      types[i++] = PA_TYPE_CITIZEN;
      types[i++] = PA_TYPE_COMPANY;
      types[i++] = PA_TYPE_JOBCENTRE;
      types[i++] = PA_TYPE_EXTENSION;
      types[i++] = PA_TYPE_WORKDAY;
      types[i++] = PA_TYPE_STEP_UP;
      types[i++] = PA_TYPE_HYBRID_HOURS;
      types[i++] = PA_TYPE_PURPOSE;
      types[i++] = PA_TYPE_GOAL;
      types[i++] = PA_TYPE_SUBGOAL;
      types[i++] = PA_TYPE_WORK_FUNCTION;
      types[i++] = PA_TYPE_TASK;
      types[i++] = PA_TYPE_COMPETENCE;
      types[i++] = PA_TYPE_PROGRESSION_TARGET;
      types[i++] = PA_TYPE_RESTRICTION;
      types[i++] = PA_TYPE_RESTRICTION_ANSWER;
      types[i++] = PA_TYPE_MEASURE;
      types[i++] = PA_TYPE_FOLLOW_UP;
      types[i++] = PA_TYPE_CHECKLIST_ITEM;
      types[i++] = PA_TYPE_APPROVAL;
      g_assert (i == G_N_ELEMENTS (types));
      g_once_init_leave (&initialized, 1);
    }

  if (n_types != NULL)
    *n_types = G_N_ELEMENTS (types);
  return types;
}
