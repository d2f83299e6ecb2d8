/* pa-checklist-agreement.c: the seven checklist items judged from an agreement's fields
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each item names the fields that satisfy it (evidence, with the field
 * path the editor's field registry knows) and, for what is missing, the
 * help question and the field to jump to. What each item needs
 * (domain.md 5 and issue 11):
 *   1  the purpose in the citizen's words and at least one goal that the
 *      SMART analysis finds specific;
 *   2  a sub-goal with text and a date, every dated sub-goal on or after
 *      the start date (today when there is none), in order within its
 *      goal; the rule findings about goal and sub-goal dates count here;
 *   3  at least one concrete task (not "forefaldende arbejde"), the start
 *      hours and the weekdays; a step-up plan is evidence;
 *   4  "no restrictions relevant to the work", or each restriction with
 *      its handling (a measure), and no diagnosis shared with the company;
 *   5  a named contact person or mentor, who is responsible for what, a
 *      follow-up frequency or planned follow-ups, and what happens if the
 *      placement does not go to plan: all four, since each is a field of
 *      its own here;
 *   6  the next step;
 *   7  the prospect of ordinary paid hours, paid hours in a hybrid
 *      placement, or the paid hours expected.
 * An item the consultant confirmed by hand counts as ok, with its note.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pa-checks.h"
#include "pa-checklist-private.h"
#include "pa-smart.h"
#include "pa-task-check.h"
#include "pa-wording.h"

typedef struct {
  PaAgreement       *agreement;
  PaChecklistReport *report;
  GDate              reference;   /* sub-goal dates point forward from here */
} Evaluation;

static PaChecklistItemResult *
item_of (Evaluation *ev,
         int         id)
{
  return &ev->report->items[id - 1];
}

static gboolean
has_text (const char *value)
{
  if (value == NULL)
    return FALSE;
  for (const char *p = value; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static const char *
field_label (PaRecord   *record,
             const char *field)
{
  const PaField *f = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), field, NULL);

  return f != NULL ? _(f->label) : field;
}

/* "Label: value" evidence for a string field of @record at @path. */
static gboolean
string_evidence (PaChecklistItemResult *item,
                 PaRecord              *record,
                 const char            *field,
                 const char            *path)
{
  const char *value = pa_record_get_string (record, field);
  g_autofree char *text = NULL;

  if (!has_text (value))
    return FALSE;
  text = g_strdup_printf ("%s: %s", field_label (record, field), value);
  pa_checklist_add_evidence (item, text, -1, -1, path);
  return TRUE;
}

static guint
list_length (PaRecord   *record,
             const char *field)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, field)));
}

static gpointer
list_item (PaRecord   *record,
           const char *field,
           guint       i)
{
  /* The list holds its own reference; the caller borrows this one. */
  gpointer obj = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (record, field)), i);

  g_object_unref (obj);
  return obj;
}

/* Item 1: purpose in words and a specific goal. */
static void
evaluate_purpose (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 1);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n_goals = list_length (agreement, "goals");
  gboolean specific = FALSE;
  int first_vague = -1;

  if (!string_evidence (item, agreement, "individual-purpose", "individual-purpose"))
    pa_checklist_add_missing (item, _("Why a placement? Write the purpose in the citizen's own words."),
                              "individual-purpose");
  for (guint i = 0; i < n_goals; i++)
    {
      PaGoal *goal = list_item (agreement, "goals", i);
      g_autoptr(PaSmartResult) smart = NULL;
      g_autofree char *path = g_strdup_printf ("goals/%u/specific", i);

      if (!has_text (pa_record_get_string (PA_RECORD (goal), "specific")))
        continue;
      smart = pa_smart_analyse_record (goal);
      /* A goal that is not specific is not evidence of a clear goal. */
      if (pa_smart_result_is_ok (smart, PA_SMART_SPECIFIC))
        specific |= string_evidence (item, PA_RECORD (goal), "specific", path);
      else if (first_vague < 0)
        first_vague = i;
    }
  if (specific)
    return;
  if (first_vague >= 0)
    {
      g_autofree char *path = g_strdup_printf ("goals/%d/specific", first_vague);

      pa_checklist_add_missing (item, pa_smart_gap_get_question (PA_SMART_GAP_TASK), path);
    }
  else
    pa_checklist_add_missing (item, _("What do the parties expect the citizen to achieve? Add a goal."),
                              "goals");
}

static gboolean
parse_date (const char *iso,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL)
    return FALSE;
  g_date_set_parse (date, iso);
  return g_date_valid (date);
}

/* The sub-goals of one goal: evidence when dated and pointing forward. */
static gboolean
evaluate_subgoals (Evaluation *ev,
                   PaRecord   *goal,
                   guint       goal_index)
{
  PaChecklistItemResult *item = item_of (ev, 2);
  guint n = list_length (goal, "subgoals");
  gboolean any = FALSE;
  GDate previous;

  g_date_clear (&previous, 1);
  for (guint j = 0; j < n; j++)
    {
      PaRecord *subgoal = list_item (goal, "subgoals", j);
      g_autofree char *path = g_strdup_printf ("goals/%u/subgoals/%u/date", goal_index, j);
      g_autofree char *text_path = g_strdup_printf ("goals/%u/subgoals/%u/text", goal_index, j);
      GDate date;

      if (!has_text (pa_record_get_string (subgoal, "text")))
        continue;
      if (!parse_date (pa_record_get_string (subgoal, "date"), &date))
        {
          pa_checklist_add_missing (item, _("By which date or week should the sub-goal be reached?"), path);
          continue;
        }
      if (g_date_compare (&date, &ev->reference) < 0
          || (g_date_valid (&previous) && g_date_compare (&date, &previous) < 0))
        {
          pa_checklist_add_missing (item, _("How do the goals and sub-goals point forward? Give the sub-goals dates after the start, in order."),
                                    path);
          continue;
        }
      previous = date;
      any |= string_evidence (item, subgoal, "text", text_path);
    }
  return any;
}

/* Item 2: dated sub-goals that point forward. */
static void
evaluate_progression (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 2);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n_goals = list_length (agreement, "goals");
  gboolean any = FALSE;

  for (guint i = 0; i < n_goals; i++)
    any |= evaluate_subgoals (ev, list_item (agreement, "goals", i), i);
  if (!any && item->missing->len == 0)
    pa_checklist_add_missing (item, _("Which sub-goals lead to the goal, and by when?"),
                              n_goals > 0 ? "goals/0/subgoals" : "goals");
}

/* The tasks of one work function: concrete ones are evidence. */
static gboolean
evaluate_tasks_of (PaChecklistItemResult *item,
                   PaRecord              *function,
                   guint                  index)
{
  guint n = list_length (function, "tasks");
  gboolean any = FALSE;

  for (guint j = 0; j < n; j++)
    {
      PaRecord *task = list_item (function, "tasks", j);
      const char *text = pa_record_get_string (task, "text");
      g_autofree char *path = g_strdup_printf ("work-functions/%u/tasks/%u/text", index, j);

      if (!has_text (text))
        continue;
      if (pa_task_is_vague (text, NULL))
        pa_checklist_add_missing (item, pa_task_vague_hint (), path);
      else
        any |= string_evidence (item, task, "text", path);
    }
  return any;
}

static void
evaluate_hours (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 3);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  double hours = pa_record_get_double (agreement, "start-hours");
  guint n_days = list_length (agreement, "workdays");
  guint n_steps = list_length (agreement, "step-ups");

  if (hours > 0)
    {
      g_autofree char *amount = pa_wording_hours (hours);
      g_autofree char *text = g_strdup_printf ("%s: %s", field_label (agreement, "start-hours"), amount);

      pa_checklist_add_evidence (item, text, -1, -1, "start-hours");
    }
  else
    pa_checklist_add_missing (item, _("How many hours a week does the citizen start with?"), "start-hours");
  if (n_days > 0)
    {
      /* Translators: evidence for checklist item 3, "Ugedage og tider: 4 dage" */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u day", "%s: %u days", n_days),
                                               field_label (agreement, "workdays"), n_days);

      pa_checklist_add_evidence (item, text, -1, -1, "workdays");
    }
  else
    pa_checklist_add_missing (item, _("On which days and at what times does the citizen work?"), "workdays");
  if (n_steps > 0)
    {
      /* Translators: evidence for checklist item 3, "Optrapningsplan: 2 trin" */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u step", "%s: %u steps", n_steps),
                                               field_label (agreement, "step-ups"), n_steps);

      pa_checklist_add_evidence (item, text, -1, -1, "step-ups");
    }
}

/* Item 3: concrete tasks, start hours and days. */
static void
evaluate_tasks (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 3);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n = list_length (agreement, "work-functions");
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      PaRecord *function = list_item (agreement, "work-functions", i);
      g_autofree char *path = g_strdup_printf ("work-functions/%u/name", i);

      string_evidence (item, function, "name", path);
      any |= evaluate_tasks_of (item, function, i);
    }
  if (!any)
    pa_checklist_add_missing (item, _("Which concrete tasks will the citizen do?"),
                              n > 0 ? "work-functions/0/tasks" : "work-functions");
  evaluate_hours (ev);
}

static void
evaluate_restriction (PaChecklistItemResult *item,
                      PaRecord              *restriction,
                      guint                  index)
{
  g_autofree char *path = g_strdup_printf ("restrictions/%u/reformulation", index);
  g_autofree char *original = g_strdup_printf ("restrictions/%u/original", index);
  g_autofree char *measures = g_strdup_printf ("restrictions/%u/measures", index);
  guint n = list_length (restriction, "measures");
  gboolean handled = FALSE;

  /* The original wording is the citizen's own and sensitive: the
   * evidence names the reformulation when there is one. */
  if (!string_evidence (item, restriction, "reformulation", path))
    string_evidence (item, restriction, "original", original);
  for (guint j = 0; j < n; j++)
    {
      PaRecord *measure = list_item (restriction, "measures", j);
      g_autofree char *mpath = g_strdup_printf ("restrictions/%u/measures/%u/description", index, j);

      if (has_text (pa_record_get_string (measure, "kind"))
          || has_text (pa_record_get_string (measure, "description")))
        {
          handled = TRUE;
          string_evidence (item, measure, "description", mpath);
        }
    }
  if (!handled)
    pa_checklist_add_missing (item, _("How is this restriction handled at work?"), measures);
}

/* Item 4: each restriction handled, or none relevant said explicitly. */
static void
evaluate_restrictions (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 4);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n = list_length (agreement, "restrictions");

  for (guint i = 0; i < n; i++)
    evaluate_restriction (item, list_item (agreement, "restrictions", i), i);
  if (n > 0)
    return;
  if (pa_record_get_boolean (agreement, "no-restrictions"))
    pa_checklist_add_evidence (item, field_label (agreement, "no-restrictions"), -1, -1, "no-restrictions");
  else
    pa_checklist_add_missing (item, _("Which restrictions are there, and how are they handled? Or say that none are relevant to the work."),
                              "restrictions");
}

static void
evaluate_contact (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 5);
  PaRecord *company = PA_RECORD (pa_agreement_get_company (ev->agreement));
  gboolean named = FALSE;

  named |= string_evidence (item, company, "contact-name", "company/contact-name");
  named |= string_evidence (item, company, "mentor-name", "company/mentor-name");
  if (named)
    string_evidence (item, company, "contact-role", "company/contact-role");
  else
    pa_checklist_add_missing (item, _("Who is the citizen's contact person or mentor at the company?"),
                              "company/contact-name");
}

static void
evaluate_follow_up (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 5);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n = list_length (agreement, "follow-ups");
  guint dated = 0;

  for (guint i = 0; i < n; i++)
    {
      PaRecord *follow_up = list_item (agreement, "follow-ups", i);
      GDate date;

      if (parse_date (pa_record_get_string (follow_up, "date"), &date))
        {
          g_autofree char *path = g_strdup_printf ("follow-ups/%u/date", i);
          g_autofree char *when = pa_wording_date (pa_record_get_string (follow_up, "date"));
          /* Translators: evidence for checklist item 5, "Opfølgning: 20. marts 2026" */
          g_autofree char *text = g_strdup_printf ("%s: %s", _("Follow-up"), when);

          pa_checklist_add_evidence (item, text, -1, -1, path);
          dated++;
        }
    }
  if (!string_evidence (item, agreement, "follow-up-frequency", "follow-up-frequency") && dated == 0)
    pa_checklist_add_missing (item, _("How often is there follow-up, and when is the first?"),
                              "follow-up-frequency");
}

/* Item 5: who, responsible for what, how often, and if it goes wrong. */
static void
evaluate_arrangements (Evaluation *ev)
{
  PaChecklistItemResult *item = item_of (ev, 5);
  PaRecord *agreement = PA_RECORD (ev->agreement);

  evaluate_contact (ev);
  if (!string_evidence (item, agreement, "responsibilities", "responsibilities"))
    pa_checklist_add_missing (item, _("Who is responsible for what?"), "responsibilities");
  evaluate_follow_up (ev);
  if (!string_evidence (item, agreement, "contingency", "contingency"))
    pa_checklist_add_missing (item, _("What happens if the placement does not go to plan?"), "contingency");
}

/* Items 6 and 7. */
static void
evaluate_after (Evaluation *ev)
{
  PaChecklistItemResult *next = item_of (ev, 6);
  PaChecklistItemResult *hours = item_of (ev, 7);
  PaRecord *agreement = PA_RECORD (ev->agreement);
  guint n_hybrid = list_length (agreement, "hybrid-hours");
  double expected = pa_record_get_double (agreement, "ordinary-hours-expected");
  gboolean path = FALSE;

  if (!string_evidence (next, agreement, "next-step", "next-step"))
    pa_checklist_add_missing (next, _("What happens after this placement: what is the next activity?"), "next-step");

  path |= string_evidence (hours, agreement, "ordinary-hours-prospect", "ordinary-hours-prospect");
  for (guint i = 0; i < n_hybrid; i++)
    {
      g_autofree char *p = g_strdup_printf ("hybrid-hours/%u/work-function", i);

      path |= string_evidence (hours, list_item (agreement, "hybrid-hours", i), "work-function", p);
    }
  if (expected > 0)
    {
      g_autofree char *amount = pa_wording_hours (expected);
      g_autofree char *text = g_strdup_printf ("%s: %s", field_label (agreement, "ordinary-hours-expected"),
                                               amount);

      pa_checklist_add_evidence (hours, text, -1, -1, "ordinary-hours-expected");
      path = TRUE;
    }
  if (!path)
    pa_checklist_add_missing (hours, _("What is needed for the placement to become paid hours, or for ordinary employment?"),
                              "ordinary-hours-prospect");
}

/* The rule findings that belong to an item; a warning or an error among
 * them makes the item not ok. The SMART findings of item 1 are read in
 * evaluate_purpose() instead. */
static const struct {
  const char *code;
  int         item;
} finding_items[] = {
  { "goal-not-time-bound", 2 }, { "goal-not-measurable", 2 },
  { "goal-deadline-before-start", 2 }, { "goal-deadline-after-end", 2 },
  { "subgoal-outside-period", 2 }, { "subgoal-after-deadline", 2 }, { "subgoal-order", 2 },
  { "target-outside-period", 2 }, { "target-order", 2 }, { "target-below-start", 2 },
  { "target-level-decreasing", 2 },
  { "hours-over-full-time", 3 }, { "schedule-over-full-time", 3 },
  { "schedule-hours-mismatch", 3 }, { "hybrid-mixed-tasks", 3 },
  { "restriction-diagnosis-shared", 4 }, { "diagnosis-in-company-text", 4 },
  { "follow-up-outside-period", 5 }, { "no-close-follow-up", 5 },
  { "hybrid-same-function", 7 },
};

static void
feed_findings (Evaluation *ev)
{
  g_autoptr(GPtrArray) findings = pa_check_agreement (ev->agreement, NULL, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity == PA_SEVERITY_INFO)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (finding_items); j++)
        if (g_str_equal (finding->code, finding_items[j].code))
          pa_checklist_add_missing (item_of (ev, finding_items[j].item), finding->message,
                                    has_text (finding->field) ? finding->field : NULL);
    }
}

static void
apply_hand_confirmations (Evaluation *ev)
{
  for (int id = 1; id <= PA_CHECKLIST_ITEMS; id++)
    {
      PaChecklistItem *record = pa_agreement_get_checklist_item (ev->agreement, id);
      PaChecklistItemResult *item = item_of (ev, id);

      if (record == NULL || !pa_record_get_boolean (PA_RECORD (record), "confirmed"))
        continue;
      item->confirmed_by_hand = TRUE;
      item->note = g_strdup (pa_record_get_string (PA_RECORD (record), "note"));
    }
}

static void
set_reference_date (Evaluation *ev,
                    GDate      *today)
{
  if (parse_date (pa_record_get_string (PA_RECORD (ev->agreement), "start-date"), &ev->reference))
    return;
  if (today != NULL && g_date_valid (today))
    ev->reference = *today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&ev->reference, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

/**
 * pa_checklist_evaluate_agreement:
 * @agreement: the agreement
 * @today: (nullable): today's date, for sub-goal dates of an agreement
 *   without a start date; %NULL for the clock's
 *
 * Returns: (transfer full): the seven items, judged from the fields
 */
PaChecklistReport *
pa_checklist_evaluate_agreement (PaAgreement *agreement,
                                 GDate       *today)
{
  Evaluation ev = { agreement, NULL };

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  ev.report = pa_checklist_report_new ();
  set_reference_date (&ev, today);
  evaluate_purpose (&ev);
  evaluate_progression (&ev);
  evaluate_tasks (&ev);
  evaluate_restrictions (&ev);
  evaluate_arrangements (&ev);
  evaluate_after (&ev);
  feed_findings (&ev);
  apply_hand_confirmations (&ev);
  pa_checklist_report_finish (ev.report);
  return ev.report;
}
