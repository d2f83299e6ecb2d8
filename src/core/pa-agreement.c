/* pa-agreement.c: a placement agreement, the root of the model
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides its fields, an agreement keeps two promises: "modified" follows
 * every edit, and any change to the content after a party has approved it
 * clears all approvals and starts a new revision, so nobody is held to a
 * text they did not see.
 */
#include "config.h"

#include <string.h>

#include "pa-agreement.h"
#include "pa-validate.h"

struct _PaAgreement
{
  PaRecord   parent_instance;
  guint      freeze_count;
  gboolean   in_update;
  /* Approved revisions a content change has sealed, until the store has
   * written them (pa_agreement_forget_sealed_revisions). */
  GPtrArray *sealed;
  /* The agreement as the parties approved it, kept while it has any
   * approval: the "changed" signal comes after a change, too late to
   * copy what was approved. */
  PaAgreement *approved;
};

G_DEFINE_FINAL_TYPE (PaAgreement, pa_agreement, PA_TYPE_RECORD)

static void
keep_approved (PaAgreement *self)
{
  g_clear_object (&self->approved);
  if (pa_agreement_has_approvals (self))
    self->approved = pa_agreement_snapshot (self);
}

static void
pa_agreement_changed (PaRecord   *record,
                      PaRecord   *origin,
                      const char *field,
                      gboolean    content)
{
  PaAgreement *self = PA_AGREEMENT (record);
  g_autofree char *now = NULL;

  if (self->freeze_count > 0 || self->in_update)
    return;

  /* Setting "modified" by hand (import, tests) is not an edit. */
  if (origin == record && g_str_equal (field, "modified"))
    return;

  self->in_update = TRUE;

  if (content && pa_agreement_has_approvals (self))
    {
      g_ptr_array_add (self->sealed, self->approved != NULL
                                     ? g_steal_pointer (&self->approved)
                                     : pa_agreement_snapshot (self));
      pa_agreement_clear_approvals (self);
      pa_record_set_int (record, "revision", pa_agreement_get_revision (self) + 1);
      pa_agreement_sync_status (self, NULL);
    }

  now = pa_now_iso8601 ();
  pa_record_set_string (record, "modified", now);
  keep_approved (self);

  self->in_update = FALSE;
}

static void
pa_agreement_finalize (GObject *object)
{
  PaAgreement *self = PA_AGREEMENT (object);

  g_clear_pointer (&self->sealed, g_ptr_array_unref);
  g_clear_object (&self->approved);

  G_OBJECT_CLASS (pa_agreement_parent_class)->finalize (object);
}

static void
pa_agreement_class_init (PaAgreementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_agreement_finalize;
  pa_record_class_install_fields (PA_RECORD_CLASS (klass), "agreement",
                                  pa_agreement_fields, pa_agreement_n_fields);
}

static void
pa_agreement_init (PaAgreement *self)
{
  self->sealed = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self, "changed", G_CALLBACK (pa_agreement_changed), NULL);
}

/**
 * pa_agreement_ensure_fixed_items:
 *
 * Makes sure the seven checklist items and the four approval slots exist,
 * in order. Loaders call it after reading a document that may lack them.
 */
void
pa_agreement_ensure_fixed_items (PaAgreement *self)
{
  g_return_if_fail (PA_IS_AGREEMENT (self));

  for (int i = 1; i <= PA_CHECKLIST_N_ITEMS; i++)
    if (pa_agreement_get_checklist_item (self, i) == NULL)
      {
        PaRecord *item = pa_record_add (PA_RECORD (self), "checklist");

        if (item != NULL)
          pa_record_set_int (item, "item", i);
      }

  for (guint i = 0; pa_approval_parties[i] != NULL; i++)
    if (pa_agreement_get_approval (self, pa_approval_parties[i]) == NULL)
      {
        PaRecord *approval = pa_record_add (PA_RECORD (self), "approvals");

        if (approval != NULL)
          pa_record_set_string (approval, "party", pa_approval_parties[i]);
      }
}

/**
 * pa_agreement_new:
 *
 * Returns: (transfer full): a new draft with a fresh id, revision 1, the
 *   seven checklist items and an empty approval per party
 */
PaAgreement *
pa_agreement_new (void)
{
  PaAgreement *self = g_object_new (PA_TYPE_AGREEMENT, NULL);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = pa_now_iso8601 ();

  pa_agreement_freeze_tracking (self);
  pa_record_set_string (PA_RECORD (self), "id", uuid);
  pa_record_set_string (PA_RECORD (self), "created", now);
  pa_record_set_string (PA_RECORD (self), "modified", now);
  pa_record_set_string (PA_RECORD (self), "status", "draft");
  pa_record_set_int (PA_RECORD (self), "revision", 1);
  pa_agreement_ensure_fixed_items (self);
  pa_agreement_thaw_tracking (self);

  return self;
}

/**
 * pa_agreement_duplicate:
 *
 * Starts a new placement for the same citizen: a copy with a new id, no
 * period, no extensions or follow-ups of the old period, draft status,
 * revision 1 and no approvals.
 */
PaAgreement *
pa_agreement_duplicate (PaAgreement *self)
{
  PaAgreement *copy;
  PaRecord *record;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  copy = pa_agreement_new ();
  record = PA_RECORD (copy);

  pa_agreement_freeze_tracking (copy);
  {
    g_autofree char *id = g_strdup (pa_agreement_get_id (copy));
    g_autofree char *created = g_strdup (pa_record_get_string (record, "created"));

    pa_record_copy_into (PA_RECORD (self), record);
    pa_record_set_string (record, "id", id);
    pa_record_set_string (record, "created", created);
    pa_record_set_string (record, "modified", created);
  }
  pa_record_set_string (record, "status", "draft");
  pa_record_set_int (record, "revision", 1);
  pa_record_set_string (record, "start-date", NULL);
  pa_record_set_string (record, "end-date", NULL);
  g_list_store_remove_all (pa_record_get_list (record, "extensions"));
  g_list_store_remove_all (pa_record_get_list (record, "follow-ups"));
  pa_agreement_clear_approvals (copy);
  pa_agreement_thaw_tracking (copy);

  return copy;
}

const char *
pa_agreement_get_id (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  return pa_record_get_string (PA_RECORD (self), "id");
}

PaCitizen *
pa_agreement_get_citizen (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  return PA_CITIZEN (pa_record_get_child (PA_RECORD (self), "citizen"));
}

PaCompany *
pa_agreement_get_company (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  return PA_COMPANY (pa_record_get_child (PA_RECORD (self), "company"));
}

PaJobcentre *
pa_agreement_get_jobcentre (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  return PA_JOBCENTRE (pa_record_get_child (PA_RECORD (self), "jobcentre"));
}

int
pa_agreement_get_revision (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), 0);

  return pa_record_get_int (PA_RECORD (self), "revision");
}

/**
 * pa_agreement_freeze_tracking:
 *
 * Stops "modified" and approval tracking, for loaders that fill in a
 * stored agreement. Calls nest; pair with pa_agreement_thaw_tracking().
 */
void
pa_agreement_freeze_tracking (PaAgreement *self)
{
  g_return_if_fail (PA_IS_AGREEMENT (self));

  self->freeze_count++;
}

void
pa_agreement_thaw_tracking (PaAgreement *self)
{
  g_return_if_fail (PA_IS_AGREEMENT (self));
  g_return_if_fail (self->freeze_count > 0);

  self->freeze_count--;
  if (self->freeze_count == 0)
    keep_approved (self);
}

static PaRecord *
find_in_list (PaAgreement *self,
              const char  *list,
              const char  *key,
              const GValue *wanted)
{
  GListModel *model = G_LIST_MODEL (pa_record_get_list (PA_RECORD (self), list));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (model, i);
      guint index;

      pa_record_class_find_field (PA_RECORD_GET_CLASS (item), key, &index);
      if (G_VALUE_HOLDS_STRING (wanted)
          ? g_strcmp0 (g_value_get_string (pa_record_peek_value (item, index)),
                       g_value_get_string (wanted)) == 0
          : g_value_get_int (pa_record_peek_value (item, index)) == g_value_get_int (wanted))
        return item; /* the list keeps it alive */
    }
  return NULL;
}

PaApproval *
pa_agreement_get_approval (PaAgreement *self,
                           const char  *party)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (party != NULL, NULL);

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, party);
  return (PaApproval *) find_in_list (self, "approvals", "party", &v);
}

PaChecklistItem *
pa_agreement_get_checklist_item (PaAgreement *self,
                                 int          item)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (item >= 1 && item <= PA_CHECKLIST_N_ITEMS, NULL);

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, item);
  return (PaChecklistItem *) find_in_list (self, "checklist", "item", &v);
}

/**
 * pa_agreement_approve:
 * @on_behalf_reason: (nullable): why someone else approved for the party;
 *   recorded as the reason kind "other"
 *
 * Records that @party approves the agreement as it is now, the current
 * revision.
 */
void
pa_agreement_approve (PaAgreement *self,
                      const char  *party,
                      const char  *on_behalf_reason)
{
  pa_agreement_approve_on_behalf (self, party,
                                  on_behalf_reason != NULL ? "other" : NULL,
                                  on_behalf_reason);
}

/**
 * pa_agreement_approve_on_behalf:
 * @kind: (nullable): one of pa_on_behalf_kinds, or %NULL when the party
 *   approved in person
 * @text: (nullable): the reason in words, for the kind "other"
 *
 * Records that @party approves the current revision, with the time.
 * Tracking is paused meanwhile: an approval is not an edit.
 */
void
pa_agreement_approve_on_behalf (PaAgreement *self,
                                const char  *party,
                                const char  *kind,
                                const char  *text)
{
  PaRecord *approval;
  g_autofree char *now = NULL;

  g_return_if_fail (PA_IS_AGREEMENT (self));
  g_return_if_fail (party != NULL && g_strv_contains (pa_approval_parties, party));
  g_return_if_fail (kind == NULL || g_strv_contains (pa_on_behalf_kinds, kind));

  pa_agreement_ensure_fixed_items (self);
  approval = PA_RECORD (pa_agreement_get_approval (self, party));
  now = pa_now_iso8601 ();
  pa_record_set_int (approval, "revision", pa_agreement_get_revision (self));
  pa_record_set_string (approval, "on-behalf-kind", kind);
  pa_record_set_string (approval, "on-behalf-reason", kind != NULL ? text : NULL);
  pa_record_set_string (approval, "approved-at", now);
  pa_agreement_sync_status (self, NULL);
}

/**
 * pa_agreement_withdraw_approval:
 *
 * Takes back @party's approval of the current revision (a mistaken tap).
 */
void
pa_agreement_withdraw_approval (PaAgreement *self,
                                const char  *party)
{
  PaRecord *approval;

  g_return_if_fail (PA_IS_AGREEMENT (self));
  g_return_if_fail (party != NULL);

  approval = PA_RECORD (pa_agreement_get_approval (self, party));
  if (approval == NULL)
    return;
  pa_record_set_string (approval, "approved-at", NULL);
  pa_record_set_string (approval, "on-behalf-kind", NULL);
  pa_record_set_string (approval, "on-behalf-reason", NULL);
  pa_record_set_int (approval, "revision", 0);
  pa_agreement_sync_status (self, NULL);
}

gboolean
pa_agreement_has_approvals (PaAgreement *self)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), FALSE);

  model = G_LIST_MODEL (pa_record_get_list (PA_RECORD (self), "approvals"));
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) approval = g_list_model_get_item (model, i);

      if (pa_record_get_string (approval, "approved-at") != NULL)
        return TRUE;
    }
  return FALSE;
}

void
pa_agreement_clear_approvals (PaAgreement *self)
{
  GListModel *model;
  guint n;

  g_return_if_fail (PA_IS_AGREEMENT (self));

  model = G_LIST_MODEL (pa_record_get_list (PA_RECORD (self), "approvals"));
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) approval = g_list_model_get_item (model, i);

      pa_record_set_string (approval, "approved-at", NULL);
      pa_record_set_string (approval, "on-behalf-reason", NULL);
      pa_record_set_string (approval, "on-behalf-kind", NULL);
      pa_record_set_int (approval, "revision", 0);
    }
}

/**
 * pa_agreement_snapshot:
 *
 * Returns: (transfer full): a copy of the agreement as it is now, with
 *   its approvals; its tracking stays frozen, so it never changes by
 *   itself
 */
PaAgreement *
pa_agreement_snapshot (PaAgreement *self)
{
  PaAgreement *copy;

  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  copy = g_object_new (PA_TYPE_AGREEMENT, NULL);
  pa_agreement_freeze_tracking (copy);
  pa_record_copy_into (PA_RECORD (self), PA_RECORD (copy));
  return copy;
}

/**
 * pa_agreement_get_sealed_revisions:
 *
 * Approved revisions that a content change replaced since the store
 * last took them, oldest first. The store writes them with the
 * agreement and then calls pa_agreement_forget_sealed_revisions().
 *
 * Returns: (transfer none) (element-type PaAgreement): the snapshots
 */
GPtrArray *
pa_agreement_get_sealed_revisions (PaAgreement *self)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (self), NULL);

  return self->sealed;
}

/* Drops the first @n snapshots: they are safely stored. */
void
pa_agreement_forget_sealed_revisions (PaAgreement *self,
                                      guint        n)
{
  g_return_if_fail (PA_IS_AGREEMENT (self));
  g_return_if_fail (n <= self->sealed->len);

  g_ptr_array_remove_range (self->sealed, 0, n);
}
