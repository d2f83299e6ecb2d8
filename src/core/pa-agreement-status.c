/* pa-agreement-status.c: an agreement's status and who must approve it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * draft -> agreed when every required party approved the current
 * revision; agreed -> active when the start date is reached; ended or
 * cancelled with a reason, by hand. A change that clears the approvals
 * of an agreed (not yet active) agreement makes it a draft again.
 *
 * Required parties: the citizen, the company and the jobcentre always;
 * the employee representative when the company has ordinary employees
 * (the "employees" field counts employees besides the owner, so any
 * number above zero means there are colleagues to be represented).
 */
#include "config.h"

#include <stdio.h>
#include "pa-agreement.h"

static const char * const parties_with_rep[] = {
  "citizen", "company", "employee-rep", "jobcentre", NULL
};
static const char * const parties_without_rep[] = {
  "citizen", "company", "jobcentre", NULL
};

/**
 * pa_agreement_required_parties:
 *
 * Returns: (transfer none): the parties whose approval makes the
 *   agreement agreed, in the order of pa_approval_parties
 */
const char * const *
pa_agreement_required_parties (PaAgreement *self)
{
  PaRecord *company;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), parties_without_rep);

  company = PA_RECORD (pa_agreement_get_company (self));
  if (pa_record_get_int (company, "employees") > 0)
    return parties_with_rep;
  return parties_without_rep;
}

gboolean
pa_agreement_party_required (PaAgreement *self,
                             const char  *party)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (party != NULL, FALSE);

  return g_strv_contains ((const char * const *) pa_agreement_required_parties (self), party);
}

/* Approved, and of the current revision (an approval read from an older
 * document may lack its revision: it counts, as it did then). */
static gboolean
approved_now (PaAgreement *self,
              const char  *party)
{
  PaRecord *approval = PA_RECORD (pa_agreement_get_approval (self, party));
  int revision;

  if (approval == NULL || pa_record_get_string (approval, "approved-at") == NULL)
    return FALSE;
  revision = pa_record_get_int (approval, "revision");
  return revision == 0 || revision == pa_agreement_get_revision (self);
}

gboolean
pa_agreement_is_fully_approved (PaAgreement *self)
{
  const char * const *parties;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), FALSE);

  parties = pa_agreement_required_parties (self);
  for (guint i = 0; parties[i] != NULL; i++)
    if (!approved_now (self, parties[i]))
      return FALSE;
  return TRUE;
}

static GDate *
date_from_iso (const char *text)
{
  int y, m, d;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

/**
 * pa_agreement_status_for_date:
 * @today: (nullable): the day to judge by; %NULL for today
 *
 * The status a stored status means on @today: an agreed placement whose
 * start date has come is active. For lists, which read the status
 * without loading the agreement.
 */
const char *
pa_agreement_status_for_date (const char *status,
                              const char *start_date,
                              GDate      *today)
{
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) now = NULL;

  if (g_strcmp0 (status, "agreed") != 0 || !(start = date_from_iso (start_date)))
    return status != NULL ? status : "draft";

  if (today == NULL)
    {
      now = g_date_new ();
      g_date_set_time_t (now, time (NULL));
      today = now;
    }
  return g_date_compare (start, today) <= 0 ? "active" : "agreed";
}

/**
 * pa_agreement_sync_status:
 * @today: (nullable): %NULL for today
 *
 * Moves the status along what the approvals and the date say. Ended
 * and cancelled agreements stay as they are.
 */
void
pa_agreement_sync_status (PaAgreement *self,
                          GDate       *today)
{
  PaRecord *record = PA_RECORD (self);
  const char *status;
  const char *next;

  g_return_if_fail (PA_IS_AGREEMENT (self));

  status = pa_record_get_string (record, "status");
  if (g_strcmp0 (status, "ended") == 0 || g_strcmp0 (status, "cancelled") == 0)
    return;

  next = status != NULL ? status : "draft";
  if (g_str_equal (next, "draft") && pa_agreement_is_fully_approved (self))
    next = "agreed";
  else if (g_str_equal (next, "agreed") && !pa_agreement_is_fully_approved (self))
    next = "draft";
  next = pa_agreement_status_for_date (next, pa_record_get_string (record, "start-date"), today);

  if (g_strcmp0 (status, next) != 0)
    pa_record_set_string (record, "status", next);
}

/**
 * pa_agreement_close:
 * @status: "ended" or "cancelled"
 * @reason: one of pa_status_reasons
 * @reason_text: (nullable): the reason in words, for "other"
 *
 * Ends or cancels the placement with its reason.
 */
void
pa_agreement_close (PaAgreement *self,
                    const char  *status,
                    const char  *reason,
                    const char  *reason_text)
{
  PaRecord *record = PA_RECORD (self);

  g_return_if_fail (PA_IS_AGREEMENT (self));
  g_return_if_fail (g_strcmp0 (status, "ended") == 0 || g_strcmp0 (status, "cancelled") == 0);
  g_return_if_fail (reason != NULL && g_strv_contains (pa_status_reasons, reason));

  pa_record_set_string (record, "status-reason", reason);
  pa_record_set_string (record, "status-reason-text",
                        g_str_equal (reason, "other") ? reason_text : NULL);
  pa_record_set_string (record, "status", status);
}
