/* pa-store-migrations.c: the database schema, as ordered migrations
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL here is frozen: a released migration never changes. A new field
 * in the model gets a new migration (ALTER TABLE ... ADD COLUMN) and a
 * test database of the version before it.
 */
#include "config.h"

#include "core/pa-restriction-analysis.h"

#include "pa-store-private.h"

/* Version 1: one table per record type of the model. */
static const char migration_1[] =
    "CREATE TABLE agreement ("
      "pk INTEGER PRIMARY KEY"
      ", \"id\" TEXT NOT NULL UNIQUE"
      ", \"created\" TEXT"
      ", \"modified\" TEXT"
      ", \"status\" TEXT"
      ", \"revision\" INTEGER NOT NULL DEFAULT 0"
      ", \"notes\" TEXT"
      ", \"start_date\" TEXT"
      ", \"end_date\" TEXT"
      ", \"start_hours\" REAL NOT NULL DEFAULT 0"
      ", \"individual_purpose\" TEXT"
      ", \"vitas_purpose\" TEXT"
      ", \"availability_reason\" TEXT"
      ", \"repeat_explanation\" TEXT"
      ", \"next_step\" TEXT"
      ", \"ordinary_hours_prospect\" TEXT"
      ", \"ordinary_hours_expected\" REAL NOT NULL DEFAULT 0"
      ");"
    "CREATE TABLE citizen ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"name\" TEXT"
      ", \"cpr\" TEXT"
      ", \"phone\" TEXT"
      ", \"email\" TEXT"
      ", \"needs_interpreter\" INTEGER NOT NULL DEFAULT 0"
      ", \"needs_language_mentor\" INTEGER NOT NULL DEFAULT 0"
      ", \"languages\" TEXT"
      ", \"target_group\" TEXT"
      ", \"job_goal\" TEXT"
      ", \"recent_employer\" TEXT"
      ");"
    "CREATE INDEX citizen_parent ON citizen (parent, position);"
    "CREATE TABLE company ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"name\" TEXT"
      ", \"cvr\" TEXT"
      ", \"p_number\" TEXT"
      ", \"address\" TEXT"
      ", \"employees\" INTEGER NOT NULL DEFAULT 0"
      ", \"placements_in_use\" INTEGER NOT NULL DEFAULT 0"
      ", \"contact_name\" TEXT"
      ", \"contact_role\" TEXT"
      ", \"contact_phone\" TEXT"
      ", \"contact_email\" TEXT"
      ", \"mentor_name\" TEXT"
      ", \"mentor_phone\" TEXT"
      ", \"employee_rep_name\" TEXT"
      ", \"employee_rep_phone\" TEXT"
      ");"
    "CREATE INDEX company_parent ON company (parent, position);"
    "CREATE TABLE jobcentre ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"consultant_name\" TEXT"
      ", \"consultant_phone\" TEXT"
      ", \"consultant_email\" TEXT"
      ", \"caseworker_name\" TEXT"
      ", \"caseworker_phone\" TEXT"
      ", \"municipality\" TEXT"
      ");"
    "CREATE INDEX jobcentre_parent ON jobcentre (parent, position);"
    "CREATE TABLE extension ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"end_date\" TEXT"
      ", \"purpose\" TEXT"
      ", \"reason\" TEXT"
      ");"
    "CREATE INDEX extension_parent ON extension (parent, position);"
    "CREATE TABLE workday ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"weekday\" INTEGER NOT NULL DEFAULT 0"
      ", \"start_time\" TEXT"
      ", \"end_time\" TEXT"
      ");"
    "CREATE INDEX workday_parent ON workday (parent, position);"
    "CREATE TABLE step_up ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"from_date\" TEXT"
      ", \"from_week\" INTEGER NOT NULL DEFAULT 0"
      ", \"hours\" REAL NOT NULL DEFAULT 0"
      ");"
    "CREATE INDEX step_up_parent ON step_up (parent, position);"
    "CREATE TABLE hybrid_hours ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"work_function\" TEXT"
      ", \"hours\" REAL NOT NULL DEFAULT 0"
      ", \"from_date\" TEXT"
      ");"
    "CREATE INDEX hybrid_hours_parent ON hybrid_hours (parent, position);"
    "CREATE TABLE purpose ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"purpose_id\" TEXT"
      ");"
    "CREATE INDEX purpose_parent ON purpose (parent, position);"
    "CREATE TABLE goal ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"specific\" TEXT"
      ", \"measure\" TEXT"
      ", \"attractive\" TEXT"
      ", \"realistic\" TEXT"
      ", \"deadline\" TEXT"
      ");"
    "CREATE INDEX goal_parent ON goal (parent, position);"
    "CREATE TABLE subgoal ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES goal (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"text\" TEXT"
      ", \"date\" TEXT"
      ", \"reached\" INTEGER NOT NULL DEFAULT 0"
      ");"
    "CREATE INDEX subgoal_parent ON subgoal (parent, position);"
    "CREATE TABLE work_function ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"name\" TEXT"
      ", \"start_level\" INTEGER NOT NULL DEFAULT 0"
      ");"
    "CREATE INDEX work_function_parent ON work_function (parent, position);"
    "CREATE TABLE task ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES work_function (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"text\" TEXT"
      ", \"kind\" TEXT"
      ");"
    "CREATE INDEX task_parent ON task (parent, position);"
    "CREATE TABLE progression_target ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES work_function (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"level\" INTEGER NOT NULL DEFAULT 0"
      ", \"date\" TEXT"
      ");"
    "CREATE INDEX progression_target_parent ON progression_target (parent, position);"
    "CREATE TABLE restriction ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"original\" TEXT"
      ", \"category\" TEXT"
      ", \"reformulation\" TEXT"
      ", \"consent\" INTEGER NOT NULL DEFAULT 0"
      ", \"consent_date\" TEXT"
      ");"
    "CREATE INDEX restriction_parent ON restriction (parent, position);"
    "CREATE TABLE restriction_answer ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES restriction (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"question\" TEXT"
      ", \"answer\" TEXT"
      ");"
    "CREATE INDEX restriction_answer_parent ON restriction_answer (parent, position);"
    "CREATE TABLE measure ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES restriction (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"kind\" TEXT"
      ", \"description\" TEXT"
      ");"
    "CREATE INDEX measure_parent ON measure (parent, position);"
    "CREATE TABLE follow_up ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"date\" TEXT"
      ", \"time\" TEXT"
      ", \"kind\" TEXT"
      ", \"participants\" TEXT"
      ", \"agenda\" TEXT"
      ", \"notes\" TEXT"
      ");"
    "CREATE INDEX follow_up_parent ON follow_up (parent, position);"
    "CREATE TABLE checklist_item ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"item\" INTEGER NOT NULL DEFAULT 0"
      ", \"confirmed\" INTEGER NOT NULL DEFAULT 0"
      ", \"note\" TEXT"
      ");"
    "CREATE INDEX checklist_item_parent ON checklist_item (parent, position);"
    "CREATE TABLE approval ("
      "pk INTEGER PRIMARY KEY"
      ", parent INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
      ", position INTEGER NOT NULL"
      ", \"party\" TEXT"
      ", \"approved_at\" TEXT"
      ", \"on_behalf_reason\" TEXT"
      ");"
    "CREATE INDEX approval_parent ON approval (parent, position);"
  "CREATE INDEX agreement_modified ON agreement (modified, id);";

/* Version 2: full-text search over citizen, company, goals, tasks and
 * notes; the rowid is the agreement's pk. */
static const char migration_2[] =
  "CREATE VIRTUAL TABLE draft_search USING fts5 ("
  "  citizen, company, goals, tasks, notes,"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");";

static gboolean
reindex_all (sqlite3      *db,
             PaStmtCache  *cache,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT pk, id FROM agreement", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return (pa_store_set_sqlite_error (error, db, rc), FALSE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sqlite3_int64 pk = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pks, pk);
      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    return (pa_store_set_sqlite_error (error, db, rc), FALSE);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PaAgreement) agreement = NULL;

      agreement = pa_store_read_agreement (cache, g_ptr_array_index (ids, i), error);
      if (agreement == NULL ||
          !pa_store_write_search_row (cache, agreement, g_array_index (pks, sqlite3_int64, i), error))
        return FALSE;
    }
  return TRUE;
}

/* After migration 7, or an open that a failed reindex left marked. */
static gboolean
reindex_if_pending (sqlite3      *db,
                    PaStmtCache  *cache,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean pending;

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM purge_pending WHERE what = 'reindex'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return TRUE;  /* before version 5: nothing to do */
  pending = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!pending)
    return TRUE;
  if (!pa_store_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!reindex_all (db, cache, error) ||
      !pa_store_exec (db, "DELETE FROM purge_pending WHERE what = 'reindex'; COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Version 3: the very special need of an extension beyond the limit,
 * the most recent employer's CVR number and the concrete assessment of a
 * placement there. */
static const char migration_3[] =
  "ALTER TABLE extension ADD COLUMN \"special_need\" TEXT;"
  "ALTER TABLE citizen ADD COLUMN \"recent_employer_cvr\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"recent_employer_assessment\" TEXT;";

/* Version 4: the SMART goal's confirmations and purpose, and what a new
 * employee must manage in a work function (issue 9). */
static const char migration_4[] =
  "ALTER TABLE goal ADD COLUMN \"attractive_confirmed\" INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE goal ADD COLUMN \"realistic_confirmed\" INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE goal ADD COLUMN \"purpose_id\" TEXT;"
  "ALTER TABLE work_function ADD COLUMN \"hours\" REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE work_function ADD COLUMN \"pace\" TEXT;"
  "ALTER TABLE work_function ADD COLUMN \"error_rate\" TEXT;"
  "ALTER TABLE work_function ADD COLUMN \"independence\" TEXT;"
  "CREATE TABLE competence ("
    "pk INTEGER PRIMARY KEY"
    ", parent INTEGER NOT NULL REFERENCES work_function (pk) ON DELETE CASCADE"
    ", position INTEGER NOT NULL"
    ", \"name\" TEXT"
    ");"
  "CREATE INDEX competence_parent ON competence (parent, position);";

/* Version 5: a row here while the full-text index still holds words of
 * a deleted draft (pa-store-purge.c). Not part of the model. */
static const char migration_5[] =
  "CREATE TABLE purge_pending (what TEXT PRIMARY KEY);";

/* Version 6: the parties' arrangements, "no restrictions relevant" and
 * the edited VITAS texts (issue 11). */
static const char migration_6[] =
  "ALTER TABLE agreement ADD COLUMN \"responsibilities\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"follow_up_frequency\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"contingency\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"no_restrictions\" INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_description\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_description_composed\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_conditions\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_conditions_composed\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_working_time\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"vitas_working_time_composed\" TEXT;";

/* Version 7: nine restriction categories instead of physical,
 * psychological, social and other (issue 10). The old values are mapped
 * in C, reading the citizen's words (pa_restriction_category_upgrade). */
static const char migration_7[] = "";

static gboolean
upgrade_restriction_categories (sqlite3      *db,
                                PaStmtCache  *cache,
                                GError      **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT pk, category, original FROM restriction "
                               "WHERE category IN ('psychological', 'social')", -1, &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "UPDATE restriction SET category = ? WHERE pk = ?", -1, &update, NULL);
  if (rc != SQLITE_OK)
    return (pa_store_set_sqlite_error (error, db, rc), FALSE);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      const char *category = pa_restriction_category_upgrade ((const char *) sqlite3_column_text (select, 1),
                                                              (const char *) sqlite3_column_text (select, 2));

      sqlite3_bind_text (update, 1, category, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (update, 2, sqlite3_column_int64 (select, 0));
      if ((rc = sqlite3_step (update)) != SQLITE_DONE)
        return (pa_store_set_sqlite_error (error, db, rc), FALSE);
      sqlite3_reset (update);
    }
  if (rc != SQLITE_DONE)
    return (pa_store_set_sqlite_error (error, db, rc), FALSE);
  return TRUE;
}

/* Version 8: a follow-up's own identity, for the UIDs of calendar
 * files (issue 12); rows from before get a random UUID each. */
static const char migration_8[] =
  "ALTER TABLE follow_up ADD COLUMN \"uid\" TEXT;"
  "UPDATE follow_up SET \"uid\" = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' "
    "|| substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
    "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));";

/* Version 9: revisions and approvals (issue 13). Each approval keeps the
 * revision it approves and the kind of reason someone approved on the
 * party's behalf; the agreement keeps why it ended; and every approved
 * revision is kept whole, with its approvals, as a snapshot
 * (pa-record-variant.c, written by pa-store-revisions.c). */
static const char migration_9[] =
  "ALTER TABLE approval ADD COLUMN \"revision\" INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE approval ADD COLUMN \"on_behalf_kind\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"status_reason\" TEXT;"
  "ALTER TABLE agreement ADD COLUMN \"status_reason_text\" TEXT;"
  "UPDATE approval SET on_behalf_kind = 'other' "
    "WHERE on_behalf_reason IS NOT NULL AND approved_at IS NOT NULL;"
  "UPDATE approval SET revision = (SELECT revision FROM agreement WHERE pk = approval.parent) "
    "WHERE approved_at IS NOT NULL;"
  "CREATE TABLE revision ("
    "pk INTEGER PRIMARY KEY"
    ", agreement INTEGER NOT NULL REFERENCES agreement (pk) ON DELETE CASCADE"
    ", number INTEGER NOT NULL"
    ", saved TEXT NOT NULL"
    ", snapshot TEXT NOT NULL"
    ", UNIQUE (agreement, number)"
    ");";

/* Version 10: the search index of issue 14 (pa-store-search-index.c):
 * folded tokens behind a letter for where they were, hashed CPR numbers,
 * rowids in the order of the last edit, and search_doc for the whole
 * name and the text a result row may show. The rows are written by
 * reindex_if_pending() once every migration has run, so the draft is
 * read with the columns of the newest version. */
static const char migration_10[] =
  "DROP TABLE draft_search;"
  "CREATE VIRTUAL TABLE draft_search USING fts5 ("
  "  words, tokenize = 'ascii', prefix = '2 3 4 5 6 7 8', detail = none, columnsize = 0"
  ");"
  "CREATE TABLE search_doc ("
    "pk INTEGER PRIMARY KEY REFERENCES agreement (pk) ON DELETE CASCADE"
    ", docid INTEGER NOT NULL UNIQUE"
    ", name_key TEXT"
    ", name_long TEXT"
    ", shown TEXT"
    ");"
  "CREATE INDEX search_doc_name_key ON search_doc (name_key);"
  "CREATE INDEX search_doc_name_long ON search_doc (name_long);"
  "INSERT OR IGNORE INTO purge_pending (what) VALUES ('reindex');";

/* Version 11: this week's follow-ups by date, which the draft list reads
 * at start (without it a scan of every follow-up, 0.2 s at 100,000
 * drafts), and the drafts of one stored status in the list's order, for
 * its status filter (pa-store-list.c). */
static const char migration_11[] =
  "CREATE INDEX follow_up_date ON follow_up (date);"
  "CREATE INDEX agreement_status ON agreement (status, modified, id);";

/* Migration 2 filled its index in C; migration 10 replaces that index and
 * fills it after the last migration instead (reading a draft needs the
 * newest columns), so its own filling is not done any more. */
static const PaMigration migrations[] = {
  { migration_1, NULL },
  { migration_2, NULL },
  { migration_3, NULL },
  { migration_4, NULL },
  { migration_5, NULL },
  { migration_6, NULL },
  { migration_7, upgrade_restriction_categories },
  { migration_8, NULL },
  { migration_9, NULL },
  { migration_10, NULL },
  { migration_11, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PA_STORE_SCHEMA_VERSION);

const PaMigration *
pa_store_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

/**
 * pa_store_migrate:
 *
 * Brings the database from its user_version up to @target_version, each
 * step in its own transaction, so a crash leaves a whole version.
 */
gboolean
pa_store_migrate (sqlite3      *db,
                  PaStmtCache  *cache,
                  int           target_version,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int version;
  int rc;

  g_return_val_if_fail (target_version <= (int) G_N_ELEMENTS (migrations), FALSE);

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc != SQLITE_OK || (rc = sqlite3_step (stmt)) != SQLITE_ROW)
    return (pa_store_set_sqlite_error (error, db, rc), FALSE);
  version = sqlite3_column_int (stmt, 0);
  /* A statement still stepping would lock the tables a migration drops. */
  sqlite3_reset (stmt);

  for (int v = version; v < target_version; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!pa_store_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!pa_store_exec (db, migrations[v].sql, error) ||
          (migrations[v].after != NULL && !migrations[v].after (db, cache, error)) ||
          !pa_store_exec (db, bump, error) ||
          !pa_store_exec (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return reindex_if_pending (db, cache, error);
}
