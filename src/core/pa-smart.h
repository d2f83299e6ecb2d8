/* pa-smart.h: is a goal Specific, Measurable, Attractive, Realistic, Time-bound?
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live SMART analysis of a goal, in Danish as people write it. One
 * analysis feeds the goal card in the editor, the description checklist,
 * `praktikaftale --check` and `--check-goal TEXT --json`. The result is an
 * immutable, reference-counted boxed value: take it, keep it, drop it.
 *
 * Specific, Measurable and Time-bound are read from the text; Attractive
 * and Realistic cannot be, and are missing until the citizen's own words
 * (or a confirmation) are given. Hints are translated when the analysis
 * runs. The gaps say what is missing, for the rewrite suggestion and the
 * questions that help to fill a part (pa_smart_gap_get_question()).
 *
 *   g_autoptr(PaSmartResult) result = pa_smart_analyse (text, NULL, NULL);
 *   g_autoptr(JsonNode) node = pa_smart_result_to_json (result);
 *   g_autofree char *json = json_to_string (node, TRUE);   // --check-goal --json
 *
 * The rules are in pa-smart-reading.c, the words in pa-smart-lexicon.c.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "pa-model.h"

G_BEGIN_DECLS

typedef enum {
  PA_SMART_SPECIFIC,
  PA_SMART_MEASURABLE,
  PA_SMART_ATTRACTIVE,
  PA_SMART_REALISTIC,
  PA_SMART_TIME_BOUND,
  PA_SMART_N_PARTS,
} PaSmartPart;

/* What is missing, for the rewrite suggestion and the questions that help
 * to fill a part. More than one may be set. */
typedef enum {
  PA_SMART_GAP_NONE        = 0,
  PA_SMART_GAP_TASK        = 1 << 0, /* no task, work function or behaviour */
  PA_SMART_GAP_ABSTRACT    = 1 << 1, /* an abstract aim stands in for the task */
  PA_SMART_GAP_TRADE_ONLY  = 1 << 2, /* a trade or place, but no task there */
  PA_SMART_GAP_MEASURE     = 1 << 3, /* no amount, frequency, level or criterion */
  PA_SMART_GAP_BASELINE    = 1 << 4, /* a comparative without a baseline */
  PA_SMART_GAP_JUDGE       = 1 << 5, /* a judgement without a criterion */
  PA_SMART_GAP_DEADLINE    = 1 << 6, /* no date, week or time from the start */
  PA_SMART_GAP_REASON      = 1 << 7, /* the citizen's own reason is not given */
  PA_SMART_GAP_REALISM     = 1 << 8, /* why it is realistic is not given */
} PaSmartGaps;

/* A goal's five parts; any may be NULL. @deadline is the date field
 * (ISO 8601 or Danish) or free text. */
typedef struct {
  const char *specific;
  const char *measure;
  const char *attractive;
  const char *realistic;
  const char *deadline;
  gboolean    attractive_confirmed;
  gboolean    realistic_confirmed;
} PaSmartGoal;

typedef struct _PaSmartResult PaSmartResult;

#define PA_TYPE_SMART_RESULT (pa_smart_result_get_type ())
GType               pa_smart_result_get_type     (void) G_GNUC_CONST;

PaSmartResult      *pa_smart_analyse             (const char        *specific,
                                                  const char        *measure,
                                                  const char        *deadline);
PaSmartResult      *pa_smart_analyse_goal        (const PaSmartGoal *goal);
PaSmartResult      *pa_smart_analyse_record      (PaGoal            *goal);

PaSmartResult      *pa_smart_result_ref          (PaSmartResult     *result);
void                pa_smart_result_unref        (PaSmartResult     *result);
const char         *pa_smart_result_get_text     (PaSmartResult     *result);
gboolean            pa_smart_result_is_ok        (PaSmartResult     *result,
                                                  PaSmartPart        part);
gboolean            pa_smart_result_all_ok       (PaSmartResult     *result);
const char * const *pa_smart_result_get_hints    (PaSmartResult     *result,
                                                  PaSmartPart        part);
const char         *pa_smart_result_get_evidence (PaSmartResult     *result,
                                                  PaSmartPart        part);
PaSmartGaps         pa_smart_result_get_gaps     (PaSmartResult     *result);
JsonNode           *pa_smart_result_to_json      (PaSmartResult     *result);

const char         *pa_smart_gap_get_question    (PaSmartGaps        gap);

const char         *pa_smart_part_get_key        (PaSmartPart        part);
const char         *pa_smart_part_get_letter     (PaSmartPart        part);
const char         *pa_smart_part_get_label      (PaSmartPart        part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaSmartResult, pa_smart_result_unref)

G_END_DECLS
