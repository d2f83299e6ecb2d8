/* pa-revision-diff.h: what changed between two revisions, in plain Danish
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-agreement.h"

G_BEGIN_DECLS

/* One sentence per changed field, in the order of the field tables:
 * "Slutdato ændret fra 29.3.2026 til 26.4.2026", "Nyt delmål: …".
 * Bookkeeping (status, revision, approvals, checklist) is left out. For
 * what the company may see, pass pa_privacy_company_copy() of both.
 * (element-type utf8) (transfer full) */
GPtrArray  *pa_revision_diff              (PaAgreement *older,
                                           PaAgreement *newer);

/* The words for a choice value of the model ("three-party" ->
 * "trepartsmøde"), translated; the value itself when unknown. */
const char *pa_revision_diff_choice_label (const char  *value);

G_END_DECLS
