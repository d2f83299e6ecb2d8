/* pa-approvals-view.h: each party approves a revision; the history of revisions and what changed
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pa-store.h"

G_BEGIN_DECLS

#define PA_TYPE_APPROVALS_VIEW (pa_approvals_view_get_type ())
G_DECLARE_FINAL_TYPE (PaApprovalsView, pa_approvals_view, PA, APPROVALS_VIEW, GtkWidget)

/* @store: (nullable): where earlier revisions are read from.
 * @company_view: what all three parties see together (meeting mode):
 *   differences are worked out on pa_privacy_company_copy() of both. */
GtkWidget *pa_approvals_view_new          (PaStore         *store,
                                           PaAgreement     *agreement,
                                           gboolean         company_view);
/* (element-type PaFinding) (nullable): the open findings; agreeing
 * with an error among them asks first. */
void       pa_approvals_view_set_findings (PaApprovalsView *self,
                                           GPtrArray       *findings);
void       pa_approvals_view_refresh      (PaApprovalsView *self);
/* "Revision 2 → revision 3" lines, for tests: the difference shown. */
const char *pa_approvals_view_get_difference_text (PaApprovalsView *self);
/* Picks the two revisions the difference is between. */
void       pa_approvals_view_compare      (PaApprovalsView *self,
                                           int              from_revision,
                                           int              to_revision);

G_END_DECLS
