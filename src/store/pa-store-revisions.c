/* pa-store-revisions.c: every approved revision of an agreement, kept whole
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A revision that had approvals is written as a snapshot of the whole
 * agreement with those approvals (pa-record-variant.c, in GVariant text
 * form), in the same transaction as the agreement itself. So a content
 * change that clears the approvals can never be on disk without the
 * revision it replaced, whatever the autosave timing or a crash does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/pa-record-variant.h"
#include "core/pa-validate.h"
#include "pa-store-private.h"

static gboolean
write_snapshot (PaStmtCache    *cache,
                PaAgreement    *snapshot,
                sqlite3_int64   pk,
                GError        **error)
{
  static const char sql[] =
    "INSERT INTO revision (agreement, number, saved, snapshot) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (agreement, number) DO UPDATE SET "
    "saved = excluded.saved, snapshot = excluded.snapshot";
  g_autoptr(GVariant) v = g_variant_ref_sink (pa_record_to_variant (PA_RECORD (snapshot)));
  g_autofree char *text = g_variant_print (v, TRUE);
  g_autofree char *now = pa_now_iso8601 ();
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pk);
  sqlite3_bind_int (stmt, 2, pa_agreement_get_revision (snapshot));
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, pa_stmt_cache_get_db (cache), rc);
      return FALSE;
    }
  return TRUE;
}

/**
 * pa_store_write_revisions:
 *
 * Writes the revisions @agreement has sealed since its last save, and
 * the current revision when a party has approved it. The caller holds
 * the transaction.
 */
gboolean
pa_store_write_revisions (PaStmtCache    *cache,
                          PaAgreement    *agreement,
                          sqlite3_int64   pk,
                          guint          *n_sealed,
                          GError        **error)
{
  GPtrArray *sealed = pa_agreement_get_sealed_revisions (agreement);

  *n_sealed = sealed->len;
  for (guint i = 0; i < sealed->len; i++)
    if (!write_snapshot (cache, g_ptr_array_index (sealed, i), pk, error))
      return FALSE;

  if (pa_agreement_has_approvals (agreement))
    {
      g_autoptr(PaAgreement) now = pa_agreement_snapshot (agreement);

      return write_snapshot (cache, now, pk, error);
    }
  return TRUE;
}

static PaAgreement *
read_snapshot (const char  *text,
               GError     **error)
{
  g_autoptr(GVariant) v = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, NULL);
  g_autoptr(PaAgreement) agreement = g_object_new (PA_TYPE_AGREEMENT, NULL);

  pa_agreement_freeze_tracking (agreement);
  if (v == NULL)
    {
      g_set_error_literal (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT,
                           _("A stored version of the agreement could not be read."));
      return NULL;
    }
  if (!pa_record_from_variant (PA_RECORD (agreement), v, error))
    return NULL;
  pa_agreement_ensure_fixed_items (agreement);
  return g_steal_pointer (&agreement);
}

GPtrArray *
pa_store_list_revisions (PaStore     *self,
                         const char  *id,
                         GError     **error)
{
  static const char sql[] =
    "SELECT r.snapshot FROM revision r JOIN agreement a ON a.pk = r.agreement "
    "WHERE a.id = ? ORDER BY r.number";
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  db = pa_store_get_db (self);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PaAgreement *snapshot = read_snapshot ((const char *) sqlite3_column_text (stmt, 0), error);

      if (snapshot == NULL)
        return NULL;
      g_ptr_array_add (out, snapshot);
    }
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&out);
}
