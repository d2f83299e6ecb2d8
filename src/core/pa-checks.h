/* pa-checks.h: what the law and good practice require of an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks read the rule set in force on the agreement's start date;
 * their message texts, severities and paragraph references come from the
 * rules data too, so a change in the law is a change in data/rules.
 *
 * The codes, and the field each one points at ("N" is a list index,
 * from 0; the severity is the one data/rules gives today):
 *
 *   cpr-invalid                      error    citizen/cpr
 *   cvr-invalid                      error    company/cvr
 *   p-number-invalid                 error    company/p-number
 *   email-invalid                    error    citizen/email, company/contact-email,
 *                                             jobcentre/consultant-email
 *   target-group-missing             info     citizen/target-group
 *   target-group-unknown             error    citizen/target-group
 *   date-missing                     info     start-date, end-date, extensions/N/end-date
 *   end-before-start                 error    end-date
 *   duration-over-maximum            error    end-date
 *   extension-without-purpose        error    extensions/N/purpose
 *   extension-purpose-repeated       warning  extensions/N/purpose
 *   extension-not-later              error    extensions/N/end-date
 *   extension-not-allowed            error    extensions/N/end-date
 *   extension-over-limit             error    extensions/N/end-date
 *   extension-step-too-long          error    extensions/N/end-date
 *   extension-beyond-limit           warning  extensions/N/reason
 *   hours-over-full-time             error    start-hours, step-ups/N/hours
 *   workday-weekend                  warning  workdays/N/weekday
 *   hours-outside-normal             warning  workdays/N/start-time, workdays/N/end-time
 *   ratio-exceeded                   error    company/employees
 *   purpose-unknown                  warning  purposes/N/purpose-id
 *   purpose-not-for-group            error    purposes/N/purpose-id
 *   availability-test-not-for-group  error    purposes/N/purpose-id
 *   availability-test-without-reason error    availability-reason
 *   no-legal-purpose                 error    purposes
 *   recent-employer                  error    company/name, company/cvr
 *   repeat-without-explanation       error    repeat-explanation
 *   repeat-same-work-function        error    work-functions/N/name
 *   hybrid-mixed-tasks               error    work-functions/N/tasks/M/kind
 *   hybrid-same-function             error    hybrid-hours/N/work-function
 *   follow-up-outside-period         warning  follow-ups/N/date
 *   no-close-follow-up               warning  follow-ups
 *   no-rules                         error    "" (no rule set could be loaded;
 *                                             the one code with no text in the data)
 */
#pragma once

#include "pa-agreement.h"
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

/* Every code the checks can report (NULL-terminated), and the
 * {placeholders} each fills in; the rules loader holds the <messages>
 * of a rule set against these. */
const char * const *pa_check_get_codes        (void);
const char * const *pa_check_get_placeholders (const char *code);

G_END_DECLS
