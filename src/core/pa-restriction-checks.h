/* pa-restriction-checks.h: the diagnosis guard, as findings
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company needs to know what the citizen needs, not a diagnosis. A
 * restriction shared with the company (consent) whose reformulation names
 * a diagnosis or medication gives a warning at restrictions/N/reformulation
 * (restriction-diagnosis-shared); a free-text field that reaches the
 * company copy and names one (goal texts, the job goal, a follow-up's
 * agenda and participants) gives a warning at that field
 * (diagnosis-in-company-text). They join the rule findings of
 * pa_check_agreement(), so `--check` and the findings bar show them.
 */
#pragma once

#include "pa-agreement.h"
#include "pa-rules.h"

G_BEGIN_DECLS

void pa_restriction_checks_append (PaAgreement *agreement,
                                   PaRuleSet   *rules,
                                   GPtrArray   *findings);

G_END_DECLS
