/* pa-goal-checks.h: the SMART analysis of an agreement's goals, as findings
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each goal that is not specific, measurable or time-bound gives a
 * warning at the field that should say it (goals/N/specific,
 * goals/N/measure, goals/N/deadline), with the analyser's first hint as
 * its message. They join the rule findings of pa_check_agreement(), so
 * `praktikaftale --check FILE.xml` and the editor's findings bar show them.
 */
#pragma once

#include "pa-agreement.h"
#include "pa-rules.h"

G_BEGIN_DECLS

void pa_goal_checks_append (PaAgreement *agreement,
                            PaRuleSet   *rules,
                            GPtrArray   *findings);

G_END_DECLS
