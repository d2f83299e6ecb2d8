/* pa-goal-suggest.c: a SMART wording of a vague goal, from what the agreement knows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentence has seven slots: when, who, how many hours, which days
 * and times, which tasks, who assesses, and on which day. Each slot is
 * filled from the agreement or holds a gap marker; the frame and the
 * markers come from the catalogue, the dates, weekdays, hours and times
 * from pa-wording.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "pa-goal-suggest.h"
#include "pa-wording.h"

#define MAX_TASKS 3

enum { SLOT_WHEN, SLOT_WHO, SLOT_HOURS, SLOT_DAYS, SLOT_TASKS, SLOT_JUDGE, SLOT_DAY, N_SLOTS };

/* Takes @fact; an empty or missing fact becomes @gap. */
static void
fill_slot (char       **slot,
           char        *fact,
           const char  *gap,
           guint       *n_gaps)
{
  if (fact != NULL && *fact != '\0')
    {
      *slot = fact;
      return;
    }
  g_free (fact);
  *slot = g_strdup (gap);
  (*n_gaps)++;
}

/* The first word of a name: "Thomas" of "Thomas Hansen". */
static char *
first_name (PaRecord   *record,
            const char *field)
{
  const char *name = pa_record_get_string (record, field);
  const char *end;

  if (name == NULL)
    return NULL;
  while (g_ascii_isspace (*name))
    name++;
  for (end = name; *end != '\0' && !g_ascii_isspace (*end); end++)
    ;
  return g_strndup (name, end - name);
}

static int
time_minutes (PaRecord   *record,
              const char *field)
{
  const char *time = pa_record_get_string (record, field);
  int h, m;

  if (time == NULL || sscanf (time, "%d:%d", &h, &m) != 2)
    return -1;
  return h * 60 + m;
}

/* "a, b og c" */
static char *
join_list (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0 && i == items->len - 1)
        /* Translators: between the last two items of a list, "a, b and c" */
        g_string_append (text, C_("list", " and "));
      else if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

static GListModel *
list_of (PaRecord   *record,
         const char *field)
{
  return G_LIST_MODEL (pa_record_get_list (record, field));
}

/* The goal's deadline, else the last end date: an extension's or the
 * placement's. */
static char *
when_text (PaAgreement *agreement,
           PaGoal      *goal)
{
  GListModel *extensions = list_of (PA_RECORD (agreement), "extensions");
  const char *date = NULL;

  if (goal != NULL)
    date = pa_record_get_string (PA_RECORD (goal), "deadline");
  for (guint i = 0; date == NULL && i < g_list_model_get_n_items (extensions); i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
      const char *end = pa_record_get_string (extension, "end-date");

      date = end != NULL ? g_intern_string (end) : NULL;
    }
  if (date == NULL)
    date = pa_record_get_string (PA_RECORD (agreement), "end-date");
  return date != NULL ? pa_wording_date (date) : NULL;
}

/* The hours at the start, else the sum of the workdays' hours. */
static char *
hours_text (PaAgreement *agreement)
{
  GListModel *days = list_of (PA_RECORD (agreement), "workdays");
  double hours = pa_record_get_double (PA_RECORD (agreement), "start-hours");
  int minutes = 0;

  if (hours > 0)
    return pa_wording_hours (hours);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (days, i);
      int from = time_minutes (day, "start-time");
      int to = time_minutes (day, "end-time");

      if (from < 0 || to <= from)
        return NULL;
      minutes += to - from;
    }
  return minutes > 0 ? pa_wording_hours_of_minutes (minutes) : NULL;
}

static char *
day_range (PaRecord *day)
{
  int from = time_minutes (day, "start-time");
  int to = time_minutes (day, "end-time");

  return from >= 0 && to > from ? pa_wording_time_range (from, to) : NULL;
}

/* "man., ons., fre. kl. 9.00–13.00"; each day with its own times when
 * they differ. */
static char *
days_text (PaAgreement *agreement)
{
  GListModel *days = list_of (PA_RECORD (agreement), "workdays");
  guint n = g_list_model_get_n_items (days);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *common = NULL;
  g_autofree char *list = NULL;
  gboolean same = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (days, i);
      g_autofree char *range = day_range (day);

      if (i == 0)
        common = g_strdup (range);
      same = same && g_strcmp0 (common, range) == 0;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (days, i);
      const char *name = pa_wording_weekday_short (pa_record_get_int (day, "weekday"));
      g_autofree char *range = day_range (day);

      if (!same && range != NULL)
        /* Translators: a weekday and its working hours, "Mon at 9:00–13:00" */
        g_ptr_array_add (names, g_strdup_printf (C_("workday", "%s at %s"), name, range));
      else
        g_ptr_array_add (names, g_strdup (name));
    }
  if (n == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  if (same && common != NULL)
    return g_strdup_printf (C_("workday", "%s at %s"), list, common);
  return g_steal_pointer (&list);
}

/* The first tasks of the work functions, in their order. */
static char *
tasks_text (PaAgreement *agreement)
{
  GListModel *functions = list_of (PA_RECORD (agreement), "work-functions");
  g_autoptr(GPtrArray) tasks = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (functions) && tasks->len < MAX_TASKS; i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);
      GListModel *list = list_of (function, "tasks");

      for (guint j = 0; j < g_list_model_get_n_items (list) && tasks->len < MAX_TASKS; j++)
        {
          g_autoptr(PaRecord) task = g_list_model_get_item (list, j);
          const char *text = pa_record_get_string (task, "text");

          if (text != NULL)
            g_ptr_array_add (tasks, (gpointer) text);
        }
    }
  return tasks->len > 0 ? join_list (tasks) : NULL;
}

/* Who assesses: the mentor, who works beside the citizen, else the
 * company's contact person. */
static char *
judge_text (PaAgreement *agreement)
{
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
  char *name = first_name (company, "mentor-name");

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = first_name (company, "contact-name");
    }
  return name;
}

/* The assessment falls on the last workday of the week. */
static char *
day_text (PaAgreement *agreement)
{
  GListModel *days = list_of (PA_RECORD (agreement), "workdays");
  int last = 0;

  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (days, i);

      last = MAX (last, pa_record_get_int (day, "weekday"));
    }
  return last >= 1 && last <= 7 ? g_strdup (pa_wording_weekday (last)) : NULL;
}

/**
 * pa_goal_suggest_is_wanted:
 * @result: the analysis of a goal
 *
 * Returns: whether the goal fails Specific, Measurable or Time-bound, so
 *   that a suggestion helps
 */
gboolean
pa_goal_suggest_is_wanted (PaSmartResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return !pa_smart_result_is_ok (result, PA_SMART_SPECIFIC)
      || !pa_smart_result_is_ok (result, PA_SMART_MEASURABLE)
      || !pa_smart_result_is_ok (result, PA_SMART_TIME_BOUND);
}

/**
 * pa_goal_suggest:
 * @agreement: the agreement the goal belongs to
 * @goal: (nullable): the goal, for its deadline
 * @n_gaps: (out) (optional): the number of marked gaps
 *
 * Composes a SMART wording of a goal from the agreement's facts only,
 * e.g. "Inden 29. maj 2026 arbejder Thomas 12 timer om ugen (man., ons.,
 * fre. kl. 9.00–13.00) med varemodtagelse og sortering, og Lene vurderer
 * sammen med Thomas hver fredag, hvor meget Thomas klarer uden hjælp."
 *
 * Returns: (transfer full): the suggestion, translated
 */
char *
pa_goal_suggest (PaAgreement *agreement,
                 PaGoal      *goal,
                 guint       *n_gaps)
{
  char *slots[N_SLOTS];
  guint gaps = 0;
  char *text;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (goal == NULL || PA_IS_GOAL (goal), NULL);

  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_WHEN], when_text (agreement, goal), _("[by when?]"), &gaps);
  fill_slot (&slots[SLOT_WHO], first_name (PA_RECORD (pa_agreement_get_citizen (agreement)), "name"),
             /* Translators: a gap in a suggested goal, for the user to fill */
             _("[the citizen’s name]"), &gaps);
  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_HOURS], hours_text (agreement), _("[how many hours?]"), &gaps);
  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_DAYS], days_text (agreement), _("[which days and times?]"), &gaps);
  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_TASKS], tasks_text (agreement), _("[which tasks?]"), &gaps);
  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_JUDGE], judge_text (agreement), _("[who assesses?]"), &gaps);
  /* Translators: a gap in a suggested goal, for the user to fill */
  fill_slot (&slots[SLOT_DAY], day_text (agreement), _("[which day?]"), &gaps);

  /* Translators: a suggested SMART goal. %1$s: a date ("29. maj 2026");
   * %2$s: the citizen's first name; %3$s: hours ("12 timer"); %4$s: days
   * and times ("man., ons., fre. kl. 9.00–13.00"); %5$s: tasks
   * ("varemodtagelse og sortering"); %6$s: the mentor's first name; %7$s:
   * a weekday ("fredag"). Keep "without help": it is the measure. */
  text = g_strdup_printf (_("By %1$s, %2$s works %3$s a week (%4$s) on %5$s, and "
                            "%6$s assesses together with %2$s every %7$s how much "
                            "%2$s manages without help."),
                          slots[SLOT_WHEN], slots[SLOT_WHO], slots[SLOT_HOURS],
                          slots[SLOT_DAYS], slots[SLOT_TASKS], slots[SLOT_JUDGE],
                          slots[SLOT_DAY]);
  for (guint i = 0; i < N_SLOTS; i++)
    g_free (slots[i]);
  if (n_gaps != NULL)
    *n_gaps = gaps;
  return text;
}

/**
 * pa_goal_suggest_count_gaps:
 * @text: (nullable): a goal text
 *
 * Returns: how many marked gaps, "[...]", @text still holds
 */
guint
pa_goal_suggest_count_gaps (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && (p = strchr (p, '[')) != NULL; p++)
    if (strchr (p, ']') != NULL)
      n++;
  return n;
}
