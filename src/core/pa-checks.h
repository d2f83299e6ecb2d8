/* pa-checks.h: what the law and good practice require of an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks read the rule set in force on the agreement's start date;
 * their message texts, severities and paragraph references come from the
 * rules data too, so a change in the law is a change in data/rules.
 *
 * The codes, the fields each one points at and the {placeholders} it
 * fills in are listed in one table, in pa-finding-codes.c; the severity
 * of each is the one its <message> in data/rules gives.
 *
 * A finding whose @missing is set says only that a field is not filled
 * in yet (an empty draft has several). The UI shows those as a quiet hint
 * until the user has been in the field and left it, and leaves them out
 * where the field already shows that its text is not a valid value (one
 * message per problem).
 */
#pragma once

#include "pa-agreement.h"
#include "pa-finding-codes.h"
#include "pa-rules.h"

G_BEGIN_DECLS

/* PaSeverity (info, warning, error) is declared in pa-rules.h: the
 * rules data gives each message its severity. */

typedef struct {
  PaSeverity  severity;
  char       *code;       /* stable id, e.g. "duration-over-maximum" */
  char       *message;    /* translated; says what to do */
  char       *reference;  /* "LAB § 61, stk. 1"; may be NULL */
  char       *field;      /* path of the field it belongs to: "end-date",
                           * "company/employees", "extensions/0/purpose",
                           * "follow-ups/2/date"; "" for the whole agreement */
  gboolean    missing;    /* only says the field is not filled in yet */
} PaFinding;

void        pa_finding_free           (PaFinding   *finding);
const char *pa_severity_to_string     (PaSeverity   severity);  /* "error", "warning", "info" */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaFinding, pa_finding_free)

/**
 * pa_check_agreement:
 * @rules: (nullable): the rule set; %NULL for the one in force on the
 *   agreement's start date in the default rule book
 * @earlier: (nullable) (element-type PaAgreement): earlier agreements of
 *   the same citizen, for the repeat-placement rule
 *
 * Returns: (transfer full) (element-type PaFinding): the findings, errors
 *   first (then warnings, then info), each in the order of the fields
 */
GPtrArray  *pa_check_agreement        (PaAgreement *agreement,
                                       PaRuleSet   *rules,
                                       GPtrArray   *earlier);
gboolean    pa_findings_have_errors   (GPtrArray   *findings);
/* Whether @finding only says that its field is not filled in yet. */
gboolean    pa_finding_is_missing_value (const PaFinding *finding);

G_END_DECLS
