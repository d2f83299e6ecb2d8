/* pa-goal-suggest.h: a SMART wording of a vague goal, from what the agreement knows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a goal the analyser finds vague, the builder proposes a sentence
 * composed only of the agreement's own facts: the citizen's first name,
 * the tasks of the work functions, the hours and days at the start, the
 * mentor or contact person, and the goal's deadline (else the end of the
 * placement). Nothing is invented: a fact the agreement does not hold
 * becomes a marked gap in square brackets, "[hvem vurderer?]", for the
 * user to fill.
 */
#pragma once

#include "pa-agreement.h"
#include "pa-model.h"
#include "pa-smart.h"

G_BEGIN_DECLS

/* Whether a suggestion helps: Specific, Measurable or Time-bound fails. */
gboolean  pa_goal_suggest_is_wanted  (PaSmartResult *result);

/* The suggestion for @goal (may be %NULL: a goal not yet written),
 * translated; @n_gaps (nullable) receives the number of gaps. */
char     *pa_goal_suggest            (PaAgreement   *agreement,
                                      PaGoal        *goal,
                                      guint         *n_gaps);

/* The number of marked gaps ("[...]") in @text. */
guint     pa_goal_suggest_count_gaps (const char    *text);

G_END_DECLS
