/* pa-finding-codes.h: the codes the checks report, and what each fills in
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A leaf: the checks (pa-checks.c) report these codes and the rules
 * loader (pa-rules-parser.c) holds the <messages> of a rule set against
 * them, so both include this header and neither calls the other.
 *
 * Adding a code: one row in the table of pa-finding-codes.c, the check
 * that reports it, one <message> in each data/rules/rules-*.xml and its
 * Danish text in po/da.po.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every code the checks can report (NULL-terminated), in the order the
 * checks run. */
const char * const *pa_finding_codes_get_all          (void);
/* The {placeholders} the check fills in for @code (NULL-terminated), or
 * %NULL for a code the checks do not have. */
const char * const *pa_finding_codes_get_placeholders (const char *code);
/* The field path a finding with @code points at, as documentation for
 * the UI ("N" and "M" are list indices), or %NULL. */
const char         *pa_finding_codes_get_field        (const char *code);

G_END_DECLS
