/* pa-goal-checks.c: the SMART analysis of an agreement's goals, as findings
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysis is pa_smart_analyse_record(), the one the goal card shows,
 * so the card, --check and the findings bar never disagree. The message
 * texts and severities are data (data/rules), like every other finding's;
 * {number} is the goal's number as the user sees it (from 1), {hint} the
 * analyser's first hint, already translated.
 */
#include "config.h"

#include "pa-checks.h"
#include "pa-checks-private.h"
#include "pa-goal-checks.h"
#include "pa-smart.h"

static const struct {
  PaSmartPart  part;
  const char  *code;
  const char  *field;
} goal_parts[] = {
  { PA_SMART_SPECIFIC, "goal-not-specific", "specific" },
  { PA_SMART_MEASURABLE, "goal-not-measurable", "measure" },
  { PA_SMART_TIME_BOUND, "goal-not-time-bound", "deadline" },
};

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static PaFinding *
new_finding (PaRuleSet  *rules,
             const char *code,
             guint       index,
             const char *field,
             const char *hint)
{
  const PaRuleMessage *message = pa_rule_set_find_message (rules, code);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  PaFinding *finding = g_new0 (PaFinding, 1);

  finding->code = g_strdup (code);
  finding->field = g_strdup_printf ("goals/%u/%s", index, field);
  if (message != NULL)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, (gpointer) "number");
      g_ptr_array_add (args, number);
      g_ptr_array_add (args, (gpointer) "hint");
      g_ptr_array_add (args, (gpointer) hint);
      finding->severity = message->severity;
      finding->message = pa_checks_fill_placeholders (message->text, args);
      finding->reference = g_strdup (message->reference);
    }
  else
    {
      /* A rule set built without the file's messages */
      finding->severity = PA_SEVERITY_WARNING;
      finding->message = g_strdup (hint);
    }
  return finding;
}

static void
check_goal (PaGoal     *goal,
            guint       index,
            PaRuleSet  *rules,
            GPtrArray  *findings)
{
  g_autoptr(PaSmartResult) result = pa_smart_analyse_record (goal);
  gboolean untouched = is_blank (pa_record_get_string (PA_RECORD (goal), "specific"))
                       && is_blank (pa_record_get_string (PA_RECORD (goal), "measure"))
                       && is_blank (pa_record_get_string (PA_RECORD (goal), "deadline"));

  for (guint p = 0; p < G_N_ELEMENTS (goal_parts); p++)
    {
      const char * const *hints = pa_smart_result_get_hints (result, goal_parts[p].part);
      PaFinding *finding;

      if (pa_smart_result_is_ok (result, goal_parts[p].part))
        continue;
      finding = new_finding (rules, goal_parts[p].code, index, goal_parts[p].field,
                             hints && hints[0] ? hints[0] : "");
      /* A goal card nothing is written in yet only lacks its text. */
      finding->missing = untouched;
      g_ptr_array_add (findings, finding);
    }
}

/**
 * pa_goal_checks_append:
 * @agreement: the agreement whose goals to analyse
 * @rules: the rule set whose messages to use
 * @findings: (element-type PaFinding): where to add the findings
 *
 * Adds, per goal, a warning for each of Specific, Measurable and
 * Time-bound the goal's fields do not satisfy (codes goal-not-specific,
 * goal-not-measurable, goal-not-time-bound). A goal with nothing written
 * in it yet gives findings marked as missing values.
 */
void
pa_goal_checks_append (PaAgreement *agreement,
                       PaRuleSet   *rules,
                       GPtrArray   *findings)
{
  GListModel *goals;

  g_return_if_fail (PA_IS_AGREEMENT (agreement));
  g_return_if_fail (PA_IS_RULE_SET (rules));
  g_return_if_fail (findings != NULL);

  goals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "goals"));
  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaGoal) goal = g_list_model_get_item (goals, i);

      check_goal (goal, i, rules, findings);
    }
}
