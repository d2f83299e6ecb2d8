/* pa-finding-codes.c: the codes the checks report, and what each fills in
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is the contract between the checks and the rules data: the
 * loader refuses a rule set that lacks a message for a code, or whose
 * text uses a {placeholder} the check does not fill in. The severity of
 * each code is data (data/rules), so it is not here.
 */
#include "config.h"

#include "pa-finding-codes.h"

#define MAX_PLACEHOLDERS 8

typedef struct {
  const char *code;
  const char *field;                           /* where it points */
  const char *placeholders[MAX_PLACEHOLDERS];  /* NULL-terminated */
} FindingCode;

/* In the order the checks run. */
static const FindingCode codes[] = {
  { "cpr-invalid", "citizen/cpr", { NULL } },
  { "cvr-invalid", "company/cvr", { NULL } },
  { "p-number-invalid", "company/p-number", { NULL } },
  { "email-invalid", "citizen/email, company/contact-email, jobcentre/consultant-email",
    { "field", "value", NULL } },
  { "target-group-missing", "citizen/target-group", { NULL } },
  { "target-group-unknown", "citizen/target-group", { "group_id", "effective", NULL } },
  { "date-missing", "start-date, end-date, extensions/N/end-date", { "field", NULL } },
  { "end-before-start", "end-date", { "start", "end", NULL } },
  { "duration-over-maximum", "end-date",
    { "days", "weeks", "max_weeks", "group", "last_day", NULL } },
  { "extension-without-purpose", "extensions/N/purpose", { "number", NULL } },
  { "extension-purpose-repeated", "extensions/N/purpose", { "number", "earlier_number", NULL } },
  { "extension-not-later", "extensions/N/end-date", { "number", "end", "previous_end", NULL } },
  { "extension-not-allowed", "extensions/N/end-date", { "number", "group", "max_weeks", NULL } },
  { "extension-over-limit", "extensions/N/end-date",
    { "number", "weeks", "limit_weeks", "group", "last_day", NULL } },
  { "extension-step-too-long", "extensions/N/end-date",
    { "number", "weeks", "limit_weeks", "step_weeks", "last_day", NULL } },
  { "extension-beyond-limit", "extensions/N/special-need",
    { "number", "weeks", "limit_weeks", "step_weeks", "group", NULL } },
  { "extension-special-need-vague", "extensions/N/special-need",
    { "number", "limit_weeks", NULL } },
  { "extension-special-need-stated", "extensions/N/special-need",
    { "number", "limit_weeks", NULL } },
  { "hours-over-full-time", "start-hours, step-ups/N/hours", { "hours", "ceiling", NULL } },
  { "schedule-over-full-time", "workdays", { "hours", "ceiling", NULL } },
  { "schedule-hours-mismatch", "start-hours", { "schedule_hours", "stated_hours", NULL } },
  { "workday-weekend", "workdays/N/weekday", { "weekday", NULL } },
  { "hours-outside-normal", "workdays/N/start-time, workdays/N/end-time",
    { "weekday", "from", "to", "day_start", "day_end", NULL } },
  { "ratio-exceeded", "company/employees", { "employees", "allowed", "in_use", "total", NULL } },
  { "purpose-unknown", "purposes/N/purpose-id", { "purpose_id", "effective", NULL } },
  { "purpose-not-for-group", "purposes/N/purpose-id", { "purpose", "group", NULL } },
  { "availability-test-not-for-group", "purposes/N/purpose-id", { "group", NULL } },
  { "availability-test-without-reason", "availability-reason", { NULL } },
  { "availability-reason-vague", "availability-reason", { NULL } },
  { "purpose-missing", "purposes", { NULL } },
  { "no-legal-purpose", "purposes", { NULL } },
  { "recent-employer", "recent-employer-assessment", { "company", NULL } },
  { "recent-employer-not-allowed", "company/name, company/cvr", { "company", "group", NULL } },
  { "recent-employer-assessed", "recent-employer-assessment", { "company", NULL } },
  { "repeat-without-explanation", "repeat-explanation", { "group", "earlier_start", NULL } },
  { "repeat-same-work-function", "work-functions/N/name",
    { "work_function", "group", "earlier_start", NULL } },
  { "hybrid-mixed-tasks", "work-functions/N/tasks/M/kind", { "work_function", NULL } },
  { "hybrid-same-function", "hybrid-hours/N/work-function", { "work_function", NULL } },
  { "follow-up-outside-period", "follow-ups/N/date", { "date", "start", "end", NULL } },
  { "no-close-follow-up", "follow-ups", { "group", NULL } },
  { "no-goals", "goals", { NULL } },
  { "goal-deadline-before-start", "goals/N/deadline", { "goal", "date", "start", NULL } },
  { "goal-deadline-after-end", "goals/N/deadline", { "goal", "date", "end", NULL } },
  { "subgoal-date-missing", "goals/N/subgoals/M/date", { "goal", "number", NULL } },
  { "subgoal-outside-period", "goals/N/subgoals/M/date",
    { "goal", "number", "date", "start", "end", NULL } },
  { "subgoal-after-deadline", "goals/N/subgoals/M/date",
    { "goal", "number", "date", "deadline", NULL } },
  { "subgoal-order", "goals/N/subgoals/M/date",
    { "goal", "number", "date", "previous_number", "previous_date", NULL } },
  { "goal-attractive-missing", "goals/N/attractive", { "goal", NULL } },
  { "goal-attractive-unconfirmed", "goals/N/attractive-confirmed", { "goal", NULL } },
  { "goal-realistic-unconfirmed", "goals/N/realistic-confirmed", { "goal", NULL } },
  { "goal-purpose-missing", "goals/N/purpose-id", { "goal", NULL } },
  { "goal-purpose-not-chosen", "goals/N/purpose-id", { "goal", "purpose", NULL } },
  { "purpose-without-goal", "purposes/N/purpose-id", { "purpose", NULL } },
  { "target-outside-period", "work-functions/N/targets/M/date",
    { "work_function", "number", "date", "start", "end", NULL } },
  { "target-order", "work-functions/N/targets/M/date",
    { "work_function", "number", "date", "previous_date", NULL } },
  { "target-below-start", "work-functions/N/targets/M/level",
    { "work_function", "number", "level", "start_level", NULL } },
  { "target-level-decreasing", "work-functions/N/targets/M/level",
    { "work_function", "number", "level", "previous_level", NULL } },
  { "goal-not-specific", "goals/N/specific", { "number", "hint", NULL } },
  { "goal-not-measurable", "goals/N/measure", { "number", "hint", NULL } },
  { "goal-not-time-bound", "goals/N/deadline", { "number", "hint", NULL } },
  { "restriction-diagnosis-shared", "restrictions/N/reformulation",
    { "number", "diagnosis", NULL } },
  { "diagnosis-in-company-text",
    "goals/N/specific, goals/N/measure, citizen/job-goal, follow-ups/N/agenda, follow-ups/N/participants",
    { "field", "diagnosis", NULL } },
};

static const FindingCode *
lookup (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i].code, code))
      return &codes[i];
  return NULL;
}

/**
 * pa_finding_codes_get_all:
 *
 * Returns: (transfer none) (array zero-terminated=1): every code the
 *   checks can report; the rules data has a message for each
 */
const char * const *
pa_finding_codes_get_all (void)
{
  static const char *all[G_N_ELEMENTS (codes) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        all[i] = codes[i].code;
      all[G_N_ELEMENTS (codes)] = NULL;
      g_once_init_leave (&initialized, 1);
    }
  return all;
}

/**
 * pa_finding_codes_get_placeholders:
 * @code: a check code
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   {placeholders} the check fills in for @code, or %NULL for a code the
 *   checks do not have
 */
const char * const *
pa_finding_codes_get_placeholders (const char *code)
{
  const FindingCode *entry;

  g_return_val_if_fail (code != NULL, NULL);

  entry = lookup (code);
  return entry ? entry->placeholders : NULL;
}

/**
 * pa_finding_codes_get_field:
 * @code: a check code
 *
 * Returns: (transfer none) (nullable): the field paths a finding with
 *   @code points at, comma-separated, "N" and "M" for list indices
 */
const char *
pa_finding_codes_get_field (const char *code)
{
  const FindingCode *entry;

  g_return_val_if_fail (code != NULL, NULL);

  entry = lookup (code);
  return entry ? entry->field : NULL;
}
