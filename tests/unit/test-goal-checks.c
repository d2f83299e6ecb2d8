/* test-goal-checks.c: the SMART findings of an agreement's goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vague goal gives a warning for each part it lacks, at the field that
 * should say it and with the analyser's first hint as its message; a
 * SMART goal gives none; the measure and deadline fields count.
 */
#include "config.h"

#include <string.h>

#include "core/pa-checks.h"
#include "core/pa-smart.h"
#include "../common/pa-test-util.h"

#define RULES_DIR TEST_SRCDIR "/../../data/rules"

static PaRuleBook *book;

static const char * const goal_codes[] = {
  "goal-not-specific", "goal-not-measurable", "goal-not-time-bound", NULL,
};

static PaRecord *
add_goal (PaAgreement *agreement,
          const char  *specific,
          const char  *measure,
          const char  *deadline)
{
  PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");

  pa_record_set_string (goal, "specific", specific);
  pa_record_set_string (goal, "measure", measure);
  pa_record_set_string (goal, "deadline", deadline);
  return goal;
}

static GPtrArray *
check (PaAgreement *agreement)
{
  return pa_check_agreement (agreement, pa_rule_book_get_set (book, 0), NULL);
}

/* The goal finding of @findings with @code, or NULL */
static PaFinding *
find (GPtrArray  *findings,
      const char *code,
      const char *field)
{
  for (guint i = 0; i < findings->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, code) && (field == NULL || g_str_equal (finding->field, field)))
        return finding;
    }
  return NULL;
}

static guint
count_goal_findings (GPtrArray *findings)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_strv_contains (goal_codes, ((PaFinding *) g_ptr_array_index (findings, i))->code))
      n++;
  return n;
}

static void
test_vague (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(PaSmartResult) result = pa_smart_analyse ("Afklare arbejdsevnen", NULL, NULL);
  static const struct {
    const char  *code;
    const char  *field;
    PaSmartPart  part;
  } want[] = {
    { "goal-not-specific", "goals/1/specific", PA_SMART_SPECIFIC },
    { "goal-not-measurable", "goals/1/measure", PA_SMART_MEASURABLE },
    { "goal-not-time-bound", "goals/1/deadline", PA_SMART_TIME_BOUND },
  };

  add_goal (agreement, "Inden uge 14 betjener hun kassen alene 3 dage om ugen", NULL, NULL);
  add_goal (agreement, "Afklare arbejdsevnen", NULL, NULL);
  findings = check (agreement);

  g_assert_cmpuint (count_goal_findings (findings), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      PaFinding *finding = find (findings, want[i].code, NULL);
      const char *hint = pa_smart_result_get_hints (result, want[i].part)[0];

      g_assert_nonnull (finding);
      g_assert_cmpstr (finding->field, ==, want[i].field);
      g_assert_cmpint (finding->severity, ==, PA_SEVERITY_WARNING);
      g_assert_false (finding->missing);
      /* the goal's number as the user sees it, and the first hint */
      g_assert_nonnull (strstr (finding->message, "2"));
      g_assert_true (g_str_has_suffix (finding->message, hint));
      g_assert_null (strchr (finding->message, '{'));
    }
}

static void
test_smart (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_goal (agreement,
            "Inden 29. maj modtager Thomas varer og sorterer dem uden hjælp 12 timer om ugen",
            NULL, NULL);
  add_goal (agreement, "Betjene kassen", "højst 2 fejl om dagen", "2025-06-01");
  findings = check (agreement);
  g_assert_cmpuint (count_goal_findings (findings), ==, 0);
}

static void
test_measure_field (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GPtrArray) with = NULL;
  PaRecord *goal = add_goal (agreement, "Afklare arbejdsevnen", NULL, "2025-06-01");

  without = check (agreement);
  g_assert_nonnull (find (without, "goal-not-measurable", "goals/0/measure"));
  g_assert_null (find (without, "goal-not-time-bound", NULL));

  /* a vague goal text with a clear measure is measurable, not specific */
  pa_record_set_string (goal, "measure", "Lene vurderer hver fredag, om han kan modtage varer uden hjælp");
  with = check (agreement);
  g_assert_null (find (with, "goal-not-measurable", NULL));
  g_assert_null (find (with, "goal-not-time-bound", NULL));
  g_assert_nonnull (find (with, "goal-not-specific", "goals/0/specific"));
}

static void
test_blank_goal (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_goal (agreement, NULL, NULL, NULL);
  findings = check (agreement);
  g_assert_cmpuint (count_goal_findings (findings), ==, 3);
  for (guint i = 0; goal_codes[i]; i++)
    g_assert_true (pa_finding_is_missing_value (find (findings, goal_codes[i], NULL)));
}

/* Both rule sets have the messages, with the placeholders the check fills. */
static void
test_messages (void)
{
  for (guint s = 0; s < pa_rule_book_get_n_sets (book); s++)
    for (guint i = 0; goal_codes[i]; i++)
      {
        const PaRuleMessage *message = pa_rule_set_find_message (pa_rule_book_get_set (book, s),
                                                                 goal_codes[i]);
        const char * const *names = pa_finding_codes_get_placeholders (goal_codes[i]);

        g_assert_nonnull (message);
        g_assert_cmpint (message->severity, ==, PA_SEVERITY_WARNING);
        g_assert_nonnull (strstr (message->text, "{hint}"));
        g_assert_true (g_strv_contains (names, "number") && g_strv_contains (names, "hint"));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) errors = NULL;

  g_setenv ("PRAKTIKAFTALE_RULES_DIR", RULES_DIR, TRUE);
  g_test_init (&argc, &argv, NULL);

  book = pa_rule_book_load_dir (RULES_DIR, &errors);
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), >, 0);

  g_test_add_func ("/pa/goal-checks/vague", test_vague);
  g_test_add_func ("/pa/goal-checks/smart", test_smart);
  g_test_add_func ("/pa/goal-checks/measure-field", test_measure_field);
  g_test_add_func ("/pa/goal-checks/blank", test_blank_goal);
  g_test_add_func ("/pa/goal-checks/messages", test_messages);

  return g_test_run ();
}
