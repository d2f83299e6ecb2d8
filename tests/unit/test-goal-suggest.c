/* test-goal-suggest.c: the rewrite suggestion uses the agreement's facts only
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suggestion is Danish, so these tests run with the catalogue built
 * from po/. Every number and name in a suggestion must come from the
 * agreement (or be a marked gap), an empty agreement gives only gaps,
 * and a suggestion for each of the handbook's vague goals passes the
 * analyser itself.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "core/pa-goal-suggest.h"
#include "core/pa-smart.h"
#include "core/pa-wording.h"
#include "../common/pa-test-util.h"

static const char * const vague_goals[] = {
  "Afklare arbejdsevnen",
  "Afklar arbejdsevnen",
  "blive bedre til dansk",
  "Jeg vil gerne prøve lager",
  "styrke sin arbejdsidentitet",
  "komme godt i gang",
};

static void
add_workday (PaAgreement *agreement,
             int          weekday,
             const char  *from,
             const char  *to)
{
  PaRecord *day = pa_record_add (PA_RECORD (agreement), "workdays");

  pa_record_set_int (day, "weekday", weekday);
  pa_record_set_string (day, "start-time", from);
  pa_record_set_string (day, "end-time", to);
}

/* The warehouse placement of the issue. */
static PaAgreement *
new_warehouse (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *function;

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Thomas Nielsen");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "contact-name", "Lene Holm");
  pa_record_set_string (a, "start-date", "2026-03-02");
  pa_record_set_string (a, "end-date", "2026-05-29");
  pa_record_set_double (a, "start-hours", 12);
  add_workday (agreement, 1, "09:00", "13:00");
  add_workday (agreement, 3, "09:00", "13:00");
  add_workday (agreement, 5, "09:00", "13:00");
  function = pa_record_add (a, "work-functions");
  pa_record_set_string (function, "name", "Lagermedhjælper");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "varemodtagelse");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "sortering");
  return agreement;
}

static PaGoal *
add_goal (PaAgreement *agreement,
          const char  *text)
{
  PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");

  pa_record_set_string (goal, "specific", text);
  return PA_GOAL (goal);
}

static void
test_example (void)
{
  g_autoptr(PaAgreement) agreement = new_warehouse ();
  PaGoal *goal = add_goal (agreement, "Afklar arbejdsevnen");
  guint gaps = 99;
  g_autofree char *text = pa_goal_suggest (agreement, goal, &gaps);

  g_test_message ("%s", text);
  g_assert_cmpstr (text, ==,
                   "Inden 29. maj 2026 arbejder Thomas 12 timer om ugen (man., ons., fre. "
                   "kl. 9.00–13.00) med varemodtagelse og sortering, og Lene vurderer sammen "
                   "med Thomas hver fredag, hvor meget Thomas klarer uden hjælp.");
  g_assert_cmpuint (gaps, ==, 0);
  g_assert_cmpuint (pa_goal_suggest_count_gaps (text), ==, 0);
}

/* Every word with a digit or a capital letter (after the first) must be
 * among @facts: what the agreement holds, as pa-wording writes it. */
static void
assert_only_facts (const char         *text,
                   const char * const *facts)
{
  g_auto(GStrv) words = g_regex_split_simple ("[\\s(),–]+", text, 0, 0);

  for (guint i = 1; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gboolean needs_fact = strpbrk (w, "0123456789") != NULL
                            || g_unichar_isupper (g_utf8_get_char (w));
      gboolean found = FALSE;

      if (!needs_fact || *w == '[')
        continue;
      for (guint j = 0; facts[j] != NULL && !found; j++)
        found = strstr (facts[j], w) != NULL;
      if (!found)
        g_error ("“%s” in “%s” is not in the agreement", w, text);
    }
}

static void
test_only_facts (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *function = pa_record_add (a, "work-functions");
  PaGoal *goal = add_goal (agreement, "komme godt i gang");
  g_autofree char *deadline = NULL;
  g_autofree char *text = NULL;
  g_autofree char *range = pa_wording_time_range (7 * 60 + 30, 11 * 60 + 45);

  /* Different facts from the example: nothing may stay from there. */
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Amina Yusuf");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "contact-name", "Lene Holm");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "mentor-name", "Karsten Bo");
  pa_record_set_string (a, "end-date", "2026-09-30");
  pa_record_set_string (PA_RECORD (goal), "deadline", "2026-08-14");
  add_workday (agreement, 2, "07:30", "11:45");
  add_workday (agreement, 4, "07:30", "11:45");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "opfyldning af kølediske");
  text = pa_goal_suggest (agreement, goal, NULL);
  deadline = pa_wording_date ("2026-08-14");
  g_test_message ("%s", text);

  {
    const char * const facts[] = {
      "Amina Yusuf", "Karsten Bo", deadline, range, "opfyldning af kølediske",
      /* 8,5 hours from the two days, as no start hours are set */
      "8,5 timer", NULL
    };
    assert_only_facts (text, facts);
  }
  g_assert_nonnull (strstr (text, "Amina"));
  g_assert_nonnull (strstr (text, "Karsten"));   /* the mentor before the contact */
  g_assert_null (strstr (text, "Lene"));
  g_assert_nonnull (strstr (text, deadline));    /* the goal's deadline before the end */
  g_assert_nonnull (strstr (text, "8,5 timer"));
  g_assert_nonnull (strstr (text, "tir., tor."));
  g_assert_nonnull (strstr (text, "hver torsdag"));
  g_assert_cmpuint (pa_goal_suggest_count_gaps (text), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  const char * const markers[] = {
    "[hvornår?]", "[borgerens navn]", "[hvor mange timer?]", "[hvilke dage og tider?]",
    "[hvilke opgaver?]", "[hvem vurderer?]", "[hvilken dag?]",
  };
  guint gaps = 0;
  g_autofree char *text = pa_goal_suggest (agreement, NULL, &gaps);
  const char * const no_facts[] = { NULL };

  g_test_message ("%s", text);
  g_assert_cmpuint (gaps, ==, G_N_ELEMENTS (markers));
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    g_assert_nonnull (strstr (text, markers[i]));
  /* Nothing but the frame and the gaps: no digit, no name. */
  assert_only_facts (text, no_facts);
}

/* A gap marks each missing fact on its own: the rest stays. */
static void
test_partial (void)
{
  g_autoptr(PaAgreement) agreement = new_warehouse ();
  guint gaps = 0;
  g_autofree char *text = NULL;

  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "contact-name", NULL);
  g_list_store_remove_all (pa_record_get_list (PA_RECORD (agreement), "work-functions"));
  text = pa_goal_suggest (agreement, NULL, &gaps);
  g_test_message ("%s", text);
  g_assert_cmpuint (gaps, ==, 2);
  g_assert_nonnull (strstr (text, "[hvem vurderer?]"));
  g_assert_nonnull (strstr (text, "[hvilke opgaver?]"));
  g_assert_nonnull (strstr (text, "Thomas"));
  g_assert_cmpuint (pa_goal_suggest_count_gaps (text), ==, 2);
}

static void
test_passes_analyser (void)
{
  g_autoptr(PaAgreement) agreement = new_warehouse ();

  for (guint i = 0; i < G_N_ELEMENTS (vague_goals); i++)
    {
      PaGoal *goal = add_goal (agreement, vague_goals[i]);
      g_autoptr(PaSmartResult) before = pa_smart_analyse_record (goal);
      g_autoptr(PaSmartResult) after = NULL;
      g_autofree char *text = NULL;

      g_assert_true (pa_goal_suggest_is_wanted (before));
      text = pa_goal_suggest (agreement, goal, NULL);
      pa_record_set_string (PA_RECORD (goal), "specific", text);
      after = pa_smart_analyse_record (goal);
      if (pa_goal_suggest_is_wanted (after))
        g_error ("the suggestion for “%s” fails the analyser: %s", vague_goals[i], text);
      g_assert_true (pa_smart_result_is_ok (after, PA_SMART_SPECIFIC));
      g_assert_true (pa_smart_result_is_ok (after, PA_SMART_MEASURABLE));
      g_assert_true (pa_smart_result_is_ok (after, PA_SMART_TIME_BOUND));
    }
}

static void
test_count_gaps (void)
{
  g_assert_cmpuint (pa_goal_suggest_count_gaps (NULL), ==, 0);
  g_assert_cmpuint (pa_goal_suggest_count_gaps ("Inden uge 14"), ==, 0);
  g_assert_cmpuint (pa_goal_suggest_count_gaps ("[a] og [b]"), ==, 2);
  g_assert_cmpuint (pa_goal_suggest_count_gaps ("[a og b"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (!pa_test_use_danish ())
    {
      g_printerr ("the Danish catalogue is not built; set PRAKTIKAFTALE_LOCALEDIR\n");
      return 1;
    }

  g_test_add_func ("/pa/goal-suggest/example", test_example);
  g_test_add_func ("/pa/goal-suggest/only-facts", test_only_facts);
  g_test_add_func ("/pa/goal-suggest/empty", test_empty);
  g_test_add_func ("/pa/goal-suggest/partial", test_partial);
  g_test_add_func ("/pa/goal-suggest/passes-analyser", test_passes_analyser);
  g_test_add_func ("/pa/goal-suggest/count-gaps", test_count_gaps);
  return g_test_run ();
}
