/* pa-agreement.h: a placement agreement, the root of the model
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-model.h"

G_BEGIN_DECLS

#define PA_TYPE_AGREEMENT (pa_agreement_get_type ())
G_DECLARE_FINAL_TYPE (PaAgreement, pa_agreement, PA, AGREEMENT, PaRecord)

extern const PaField pa_agreement_fields[];
extern const guint   pa_agreement_n_fields;

PaAgreement *pa_agreement_new              (void);
PaAgreement *pa_agreement_duplicate        (PaAgreement *self);

const char  *pa_agreement_get_id           (PaAgreement *self);
PaCitizen   *pa_agreement_get_citizen      (PaAgreement *self);
PaCompany   *pa_agreement_get_company      (PaAgreement *self);
PaJobcentre *pa_agreement_get_jobcentre    (PaAgreement *self);
int          pa_agreement_get_revision     (PaAgreement *self);

void         pa_agreement_freeze_tracking  (PaAgreement *self);
void         pa_agreement_thaw_tracking    (PaAgreement *self);

PaApproval  *pa_agreement_get_approval     (PaAgreement *self,
                                            const char  *party);
void         pa_agreement_approve          (PaAgreement *self,
                                            const char  *party,
                                            const char  *on_behalf_reason);
void         pa_agreement_approve_on_behalf (PaAgreement *self,
                                             const char  *party,
                                             const char  *kind,
                                             const char  *text);
void         pa_agreement_withdraw_approval (PaAgreement *self,
                                             const char  *party);
gboolean     pa_agreement_has_approvals    (PaAgreement *self);
void         pa_agreement_clear_approvals  (PaAgreement *self);
PaChecklistItem *pa_agreement_get_checklist_item (PaAgreement *self,
                                                  int          item);
void         pa_agreement_ensure_fixed_items (PaAgreement *self);

/* Revisions (issue 13): a content change after an approval seals the
 * approved revision as a snapshot the store keeps. */
PaAgreement *pa_agreement_snapshot         (PaAgreement *self);
GPtrArray   *pa_agreement_get_sealed_revisions   (PaAgreement *self);
void         pa_agreement_forget_sealed_revisions (PaAgreement *self,
                                                   guint        n);

/* Status (pa-agreement-status.c): draft -> agreed (every required
 * party approved) -> active (start date reached) -> ended/cancelled. */
const char * const *pa_agreement_required_parties (PaAgreement *self);
gboolean     pa_agreement_party_required   (PaAgreement *self,
                                            const char  *party);
gboolean     pa_agreement_is_fully_approved (PaAgreement *self);
const char  *pa_agreement_status_for_date  (const char  *status,
                                            const char  *start_date,
                                            GDate       *today);
void         pa_agreement_sync_status      (PaAgreement *self,
                                            GDate       *today);
void         pa_agreement_close            (PaAgreement *self,
                                            const char  *status,
                                            const char  *reason,
                                            const char  *reason_text);

G_END_DECLS
