/* pa-smart.c: is a goal Specific, Measurable, Attractive, Realistic, Time-bound?
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the goal's specific text (and its measure and deadline fields),
 * decides each part by the rules in pa-smart-reading.c and says what is
 * missing in hints the user can act on. The separate fields count: a
 * vague goal text with a clear measure is measurable, and a date in the
 * deadline field makes the goal time-bound. Specific is judged from the
 * goal text alone: the measure says how we will know, not what.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-smart.h"
#include "pa-smart-reading.h"

struct _PaSmartResult {
  gatomicrefcount  ref;
  char            *text;
  gboolean         ok[PA_SMART_N_PARTS];
  GPtrArray       *hints[PA_SMART_N_PARTS];
  char            *evidence[PA_SMART_N_PARTS];
  PaSmartGaps      gaps;
};

G_DEFINE_BOXED_TYPE (PaSmartResult, pa_smart_result,
                     pa_smart_result_ref, pa_smart_result_unref)

static PaSmartResult *
result_new (const char *text)
{
  PaSmartResult *result = g_new0 (PaSmartResult, 1);

  g_atomic_ref_count_init (&result->ref);
  result->text = g_utf8_make_valid (text ? text : "", -1);
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    result->hints[i] = g_ptr_array_new_with_free_func (g_free);
  return result;
}

/**
 * pa_smart_result_ref:
 *
 * Returns: (transfer full): @result
 */
PaSmartResult *
pa_smart_result_ref (PaSmartResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  g_atomic_ref_count_inc (&result->ref);
  return result;
}

void
pa_smart_result_unref (PaSmartResult *result)
{
  g_return_if_fail (result != NULL);

  if (!g_atomic_ref_count_dec (&result->ref))
    return;
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    {
      g_ptr_array_unref (result->hints[i]);
      g_free (result->evidence[i]);
    }
  g_free (result->text);
  g_free (result);
}

static void
hint (PaSmartResult *result,
      PaSmartPart    part,
      char          *text)
{
  g_ptr_array_add (result->hints[part], text);
}

static gboolean
found (PaSmartSpan span)
{
  return span.first >= 0;
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Specific */

static void
judge_specific (PaSmartResult  *result,
                PaSmartReading *r)
{
  PaSmartSpan task = pa_smart_find_concrete (r);
  PaSmartSpan abstract = pa_smart_find_class (r, PA_W_ABSTRACT);
  PaSmartSpan trade = pa_smart_find_class (r, PA_W_TRADE);
  PaSmartSpan vague = pa_smart_find_class (r, PA_W_VAGUE);
  g_autofree char *word = NULL;

  result->ok[PA_SMART_SPECIFIC] = found (task);
  if (found (task))
    {
      result->evidence[PA_SMART_SPECIFIC] = pa_smart_reading_span_text (r, task);
      return;
    }
  result->gaps |= PA_SMART_GAP_TASK;
  hint (result, PA_SMART_SPECIFIC, g_strdup (_("Name the task or work function: what will the citizen do?")));
  if (found (abstract))
    {
      result->gaps |= PA_SMART_GAP_ABSTRACT;
      word = pa_smart_reading_span_text (r, abstract);
      /* Translators: %s is the user's own word, e.g. "arbejdsevnen" */
      hint (result, PA_SMART_SPECIFIC, g_strdup_printf (_("“%s” is abstract: which task or behaviour will show it?"), word));
    }
  else if (found (trade))
    {
      result->gaps |= PA_SMART_GAP_TRADE_ONLY;
      word = pa_smart_reading_span_text (r, trade);
      /* Translators: %s is a trade or workplace the user wrote, e.g. "lager" */
      hint (result, PA_SMART_SPECIFIC, g_strdup_printf (_("“%s” says where, not what: which tasks will the citizen do there?"), word));
    }
  else if (found (vague))
    {
      word = pa_smart_reading_span_text (r, vague);
      /* Translators: %s is the user's word, e.g. "opgaver" or "arbejde" */
      hint (result, PA_SMART_SPECIFIC, g_strdup_printf (_("“%s” is too general: name the concrete tasks."), word));
    }
}

/* Measurable */

static void
measure_hints (PaSmartResult  *result,
               PaSmartReading *r)
{
  g_autofree char *word = NULL;

  hint (result, PA_SMART_MEASURABLE, g_strdup (_("Say how you will know the goal is reached: an amount, how often, a level, or “without help”.")));
  if (found (r->compare))
    {
      result->gaps |= PA_SMART_GAP_BASELINE;
      word = pa_smart_reading_span_text (r, r->compare);
      /* Translators: %s is a comparative the user wrote, e.g. "bedre" */
      hint (result, PA_SMART_MEASURABLE, g_strdup_printf (_("“%s” compares without a baseline: from what, to what?"), word));
    }
  else if (found (r->other))
    {
      word = pa_smart_reading_span_text (r, r->other);
      /* Translators: %s is a number with its word, e.g. "hal 2" */
      hint (result, PA_SMART_MEASURABLE, g_strdup_printf (_("“%s” counts something other than the result: how much or how often should the citizen manage?"), word));
    }
  if (found (r->judge))
    {
      result->gaps |= PA_SMART_GAP_JUDGE;
      hint (result, PA_SMART_MEASURABLE, g_strdup (_("Say what the judgement is against, e.g. whether the citizen can do the task without help.")));
    }
}

static gboolean
judge_measure_in (PaSmartResult  *result,
                  PaSmartReading *r,
                  gboolean        have_task)
{
  PaSmartSpan span = pa_smart_find_measure (r, have_task);

  if (!found (span))
    return FALSE;
  result->ok[PA_SMART_MEASURABLE] = TRUE;
  result->evidence[PA_SMART_MEASURABLE] = pa_smart_reading_span_text (r, span);
  return TRUE;
}

static void
judge_measurable (PaSmartResult  *result,
                  PaSmartReading *specific,
                  PaSmartReading *measure)
{
  gboolean have_task = found (pa_smart_find_concrete (specific))
                       || found (pa_smart_find_concrete (measure));

  if (judge_measure_in (result, measure, have_task)
      || judge_measure_in (result, specific, have_task))
    return;
  result->gaps |= PA_SMART_GAP_MEASURE;
  if (measure->n > 0 && !found (specific->compare) && !found (specific->other))
    measure_hints (result, measure);
  else
    measure_hints (result, specific);
}

/* Time-bound */

static gboolean
judge_time_in (PaSmartResult  *result,
               PaSmartReading *r)
{
  PaSmartSpan span = pa_smart_find_deadline (r);

  if (!found (span))
    return FALSE;
  result->ok[PA_SMART_TIME_BOUND] = TRUE;
  result->evidence[PA_SMART_TIME_BOUND] = pa_smart_reading_span_text (r, span);
  return TRUE;
}

static void
time_hints (PaSmartResult  *result,
            PaSmartReading *r,
            const char     *deadline)
{
  g_autofree char *word = NULL;

  hint (result, PA_SMART_TIME_BOUND, g_strdup (_("Say by when: a date, a week number or a time from the start, e.g. “within 4 weeks”.")));
  if (!blank (deadline))
    /* Translators: %s is what the user wrote in the deadline field */
    hint (result, PA_SMART_TIME_BOUND, g_strdup_printf (_("The deadline “%s” is not a date."), deadline));
  if (found (r->weekday))
    {
      word = pa_smart_reading_span_text (r, r->weekday);
      /* Translators: %s is a weekday as the user wrote it, e.g. "om tirsdagen" */
      hint (result, PA_SMART_TIME_BOUND, g_strdup_printf (_("“%s” says how often, not by when: add a date or a week."), word));
    }
  else if (found (r->vague_time))
    {
      word = pa_smart_reading_span_text (r, r->vague_time);
      /* Translators: %s is a vague time the user wrote, e.g. "på sigt" */
      hint (result, PA_SMART_TIME_BOUND, g_strdup_printf (_("“%s” is not a deadline: by which date or week?"), word));
    }
}

static void
judge_time_bound (PaSmartResult  *result,
                  PaSmartReading *specific,
                  PaSmartReading *measure,
                  const char     *deadline)
{
  GDate date;

  if (!blank (deadline) && pa_danish_parse_date (deadline, &date))
    {
      result->ok[PA_SMART_TIME_BOUND] = TRUE;
      result->evidence[PA_SMART_TIME_BOUND] = g_strstrip (g_strdup (deadline));
      return;
    }
  if (!blank (deadline))
    {
      PaSmartReading field;
      gboolean ok;

      pa_smart_reading_init (&field, deadline);
      ok = judge_time_in (result, &field);
      pa_smart_reading_clear (&field);
      if (ok)
        return;
    }
  if (judge_time_in (result, specific) || judge_time_in (result, measure))
    return;
  result->gaps |= PA_SMART_GAP_DEADLINE;
  time_hints (result, specific, deadline);
}

/* Attractive and Realistic */

static void
judge_given (PaSmartResult *result,
             PaSmartPart    part,
             const char    *text,
             gboolean       confirmed)
{
  result->ok[part] = confirmed || !blank (text);
  if (!blank (text))
    result->evidence[part] = g_strstrip (g_strdup (text));
  if (result->ok[part])
    return;
  if (part == PA_SMART_ATTRACTIVE)
    {
      result->gaps |= PA_SMART_GAP_REASON;
      hint (result, part, g_strdup (_("Write down why the citizen wants this, in their own words.")));
      hint (result, part, g_strdup (_("What would you like to be able to do when the placement ends?")));
    }
  else
    {
      result->gaps |= PA_SMART_GAP_REALISM;
      hint (result, part, g_strdup (_("Say why the goal can be reached, e.g. what the citizen already masters or what the company provides.")));
    }
}

/* Text from the command line need not be UTF-8; the analysis reads it
 * as UTF-8 and puts it in hints and JSON. */
static char *
valid (const char *text)
{
  return text ? g_utf8_make_valid (text, -1) : NULL;
}

static PaSmartResult *
analyse_valid (const PaSmartGoal *goal);

/**
 * pa_smart_analyse_goal:
 * @goal: the goal's five parts
 *
 * Returns: (transfer full): the analysis
 */
PaSmartResult *
pa_smart_analyse_goal (const PaSmartGoal *goal)
{
  g_autofree char *specific = NULL, *measure = NULL, *attractive = NULL;
  g_autofree char *realistic = NULL, *deadline = NULL;
  PaSmartGoal copy;

  g_return_val_if_fail (goal != NULL, NULL);

  copy = *goal;
  copy.specific = specific = valid (goal->specific);
  copy.measure = measure = valid (goal->measure);
  copy.attractive = attractive = valid (goal->attractive);
  copy.realistic = realistic = valid (goal->realistic);
  copy.deadline = deadline = valid (goal->deadline);
  return analyse_valid (&copy);
}

static PaSmartResult *
analyse_valid (const PaSmartGoal *goal)
{
  PaSmartResult *result;
  PaSmartReading specific, measure;

  result = result_new (goal->specific);
  pa_smart_reading_init (&specific, goal->specific);
  pa_smart_reading_init (&measure, goal->measure);
  judge_specific (result, &specific);
  judge_measurable (result, &specific, &measure);
  judge_given (result, PA_SMART_ATTRACTIVE, goal->attractive, goal->attractive_confirmed);
  judge_given (result, PA_SMART_REALISTIC, goal->realistic, goal->realistic_confirmed);
  judge_time_bound (result, &specific, &measure, goal->deadline);
  pa_smart_reading_clear (&specific);
  pa_smart_reading_clear (&measure);
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    g_ptr_array_add (result->hints[i], NULL);
  return result;
}

/**
 * pa_smart_analyse_record:
 * @goal: a goal of an agreement
 *
 * Analyses the goal's fields: specific, measure, attractive, realistic
 * and deadline (a date).
 *
 * Returns: (transfer full): the analysis
 */
PaSmartResult *
pa_smart_analyse_record (PaGoal *goal)
{
  PaRecord *record;
  PaSmartGoal parts = { NULL };

  g_return_val_if_fail (PA_IS_GOAL (goal), NULL);

  record = PA_RECORD (goal);
  parts.specific = pa_record_get_string (record, "specific");
  parts.measure = pa_record_get_string (record, "measure");
  parts.attractive = pa_record_get_string (record, "attractive");
  parts.realistic = pa_record_get_string (record, "realistic");
  parts.deadline = pa_record_get_string (record, "deadline");
  return pa_smart_analyse_goal (&parts);
}

/**
 * pa_smart_analyse:
 * @specific: (nullable): the goal text
 * @measure: (nullable): how we will know it is reached
 * @deadline: (nullable): the deadline, a date or free text
 *
 * Analyses a goal of which only these parts are known; Attractive and
 * Realistic come out missing.
 *
 * Returns: (transfer full): the analysis
 */
PaSmartResult *
pa_smart_analyse (const char *specific,
                  const char *measure,
                  const char *deadline)
{
  PaSmartGoal goal = { specific, measure, NULL, NULL, deadline };

  return pa_smart_analyse_goal (&goal);
}

/**
 * pa_smart_result_get_text:
 *
 * Returns: the goal text that was analysed
 */
const char *
pa_smart_result_get_text (PaSmartResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->text;
}

gboolean
pa_smart_result_is_ok (PaSmartResult *result,
                       PaSmartPart    part)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (part < PA_SMART_N_PARTS, FALSE);

  return result->ok[part];
}

gboolean
pa_smart_result_all_ok (PaSmartResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    if (!result->ok[i])
      return FALSE;
  return TRUE;
}

/**
 * pa_smart_result_get_hints:
 *
 * Returns: (transfer none) (array zero-terminated=1): what to add to make
 *   @part pass, translated; empty when it passes
 */
const char * const *
pa_smart_result_get_hints (PaSmartResult *result,
                           PaSmartPart    part)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (part < PA_SMART_N_PARTS, NULL);

  return (const char * const *) result->hints[part]->pdata;
}

/**
 * pa_smart_result_get_evidence:
 *
 * Returns: (nullable): the words that made @part pass, as written
 *   ("betjene", "12 timer", "uge 14"), or %NULL
 */
const char *
pa_smart_result_get_evidence (PaSmartResult *result,
                              PaSmartPart    part)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (part < PA_SMART_N_PARTS, NULL);

  return result->evidence[part];
}

PaSmartGaps
pa_smart_result_get_gaps (PaSmartResult *result)
{
  g_return_val_if_fail (result != NULL, PA_SMART_GAP_NONE);

  return result->gaps;
}

static void
add_part_json (JsonBuilder   *builder,
               PaSmartResult *result,
               PaSmartPart    part)
{
  json_builder_set_member_name (builder, pa_smart_part_get_key (part));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, result->ok[part]);
  json_builder_set_member_name (builder, "hints");
  json_builder_begin_array (builder);
  for (guint i = 0; result->hints[part]->pdata[i]; i++)
    json_builder_add_string_value (builder, result->hints[part]->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * pa_smart_result_to_json:
 *
 * The analysis as `praktikaftale --check-goal TEXT --json` prints it:
 * `{text, specific, measurable, time_bound}`, each part `{ok, hints}`.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
pa_smart_result_to_json (PaSmartResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (result != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, result->text);
  add_part_json (builder, result, PA_SMART_SPECIFIC);
  add_part_json (builder, result, PA_SMART_MEASURABLE);
  add_part_json (builder, result, PA_SMART_TIME_BOUND);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * pa_smart_gap_get_question:
 * @gap: one #PaSmartGaps flag
 *
 * The question, put to the citizen in the meeting, that helps to fill
 * @gap (domain.md, section 3).
 *
 * Returns: (nullable): the question, translated, or %NULL when @gap has
 *   none of its own
 */
const char *
pa_smart_gap_get_question (PaSmartGaps gap)
{
  switch (gap)
    {
    case PA_SMART_GAP_TASK:
      return _("What will you be doing: which tasks, in which work function?");
    case PA_SMART_GAP_MEASURE:
      return _("How many hours a week, and which days?");
    case PA_SMART_GAP_BASELINE:
      return _("Where are you now, and where do you want to be?");
    case PA_SMART_GAP_JUDGE:
      return _("Who judges, and when?");
    case PA_SMART_GAP_DEADLINE:
      return _("By which date or week should it be reached?");
    case PA_SMART_GAP_REASON:
      return _("What would you like to be able to do when the placement ends?");
    case PA_SMART_GAP_REALISM:
      return _("What can you already do that will help you reach it?");
    default:
      return NULL;
    }
}

/**
 * pa_smart_part_get_key:
 *
 * Returns: the part's key in JSON: "specific", "measurable",
 *   "attractive", "realistic" or "time_bound"
 */
const char *
pa_smart_part_get_key (PaSmartPart part)
{
  static const char * const keys[] = {
    "specific", "measurable", "attractive", "realistic", "time_bound",
  };

  g_return_val_if_fail (part < PA_SMART_N_PARTS, NULL);

  return keys[part];
}

/**
 * pa_smart_part_get_letter:
 *
 * Returns: the part's letter on the goal card: S, M, A, R or T (the same
 *   in Danish: Specifikt, Målbart, Attraktivt, Realistisk, Tidsbestemt)
 */
const char *
pa_smart_part_get_letter (PaSmartPart part)
{
  static const char * const letters[] = { "S", "M", "A", "R", "T" };

  g_return_val_if_fail (part < PA_SMART_N_PARTS, NULL);

  return letters[part];
}

/**
 * pa_smart_part_get_label:
 *
 * Returns: the part's name, translated, for marks and screen readers
 */
const char *
pa_smart_part_get_label (PaSmartPart part)
{
  static const char * const labels[] = {
    NC_("SMART goal part", "Specific"),
    NC_("SMART goal part", "Measurable"),
    NC_("SMART goal part", "Attractive"),
    NC_("SMART goal part", "Realistic"),
    NC_("SMART goal part", "Time-bound"),
  };

  g_return_val_if_fail (part < PA_SMART_N_PARTS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "SMART goal part", labels[part]);
}
