/* pa-store-records.c: writes and reads agreements, table by table, from the field tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each record type has a table of its own named after it; each scalar
 * field is a column; each child row points to its parent row and keeps
 * its position in the list. The SQL is derived from the field tables and
 * cached, so a new field needs a migration and nothing else here.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pa-store-private.h"

struct _PaStmtCache
{
  sqlite3    *db;
  GHashTable *stmts;   /* sql → sqlite3_stmt */
};

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

PaStmtCache *
pa_stmt_cache_new (sqlite3 *db)
{
  PaStmtCache *cache = g_new0 (PaStmtCache, 1);

  cache->db = db;
  cache->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        finalize_stmt);
  return cache;
}

void
pa_stmt_cache_free (PaStmtCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->stmts);
  g_free (cache);
}

/* Returns a reset statement with no bindings; owned by the cache. */
sqlite3_stmt *
pa_stmt_cache_get (PaStmtCache  *cache,
                   const char   *sql,
                   GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (cache->stmts, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (cache->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, cache->db, rc);
      return NULL;
    }
  g_hash_table_insert (cache->stmts, g_strdup (sql), stmt);
  return stmt;
}

sqlite3 *
pa_stmt_cache_get_db (PaStmtCache *cache)
{
  return cache->db;
}

char *
pa_store_sql_name (const char *name)
{
  return g_strdelimit (g_strdup (name), "-", '_');
}

static gboolean
is_scalar (const PaField *field)
{
  return field->kind != PA_FIELD_CHILD && field->kind != PA_FIELD_LIST;
}

/* "INSERT INTO t (parent, position, "a", "b") VALUES (?, ?, ?, ?)" */
static char *
insert_sql (PaRecordClass *klass,
            gboolean       root)
{
  guint n;
  const PaField *fields = pa_record_class_get_fields (klass, &n);
  g_autofree char *table = pa_store_sql_name (pa_record_class_get_type_name (klass));
  GString *cols = g_string_new (root ? "" : "parent, position");
  GString *vals = g_string_new (root ? "" : "?, ?");
  GString *update = g_string_new (NULL);
  g_autofree char *c = NULL, *v = NULL, *u = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *col = NULL;

      if (!is_scalar (&fields[i]))
        continue;
      col = pa_store_sql_name (fields[i].name);
      g_string_append_printf (cols, "%s\"%s\"", cols->len ? ", " : "", col);
      g_string_append_printf (vals, "%s?", vals->len ? ", " : "");
      g_string_append_printf (update, "%s\"%s\" = excluded.\"%s\"",
                              update->len ? ", " : "", col, col);
    }

  c = g_string_free (cols, FALSE);
  v = g_string_free (vals, FALSE);
  u = g_string_free (update, FALSE);

  /* The agreement row keeps its pk across saves so that the search index
   * can use it as its rowid. */
  if (root)
    return g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s) "
                            "ON CONFLICT (\"id\") DO UPDATE SET %s RETURNING pk",
                            table, c, v, u);
  return g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table, c, v);
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            col,
            const PaField *field,
            const GValue  *value)
{
  switch (field->kind)
    {
    case PA_FIELD_INT:
      sqlite3_bind_int (stmt, col, g_value_get_int (value));
      break;
    case PA_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, col, g_value_get_boolean (value) ? 1 : 0);
      break;
    case PA_FIELD_DOUBLE:
      sqlite3_bind_double (stmt, col, g_value_get_double (value));
      break;
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      if (g_value_get_string (value) == NULL)
        sqlite3_bind_null (stmt, col);
      else
        sqlite3_bind_text (stmt, col, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

static gboolean write_children (PaStmtCache   *cache,
                                PaRecord      *record,
                                sqlite3_int64  pk,
                                GError       **error);

static gboolean
write_record (PaStmtCache   *cache,
              PaRecord      *record,
              gboolean       root,
              sqlite3_int64  parent,
              int            position,
              sqlite3_int64 *pk_out,
              GError       **error)
{
  PaRecordClass *klass = PA_RECORD_GET_CLASS (record);
  g_autofree char *sql = insert_sql (klass, root);
  sqlite3_stmt *stmt;
  guint n;
  const PaField *fields = pa_record_class_get_fields (klass, &n);
  int col = 1;
  int rc;
  sqlite3_int64 pk;

  if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
    return FALSE;

  if (!root)
    {
      sqlite3_bind_int64 (stmt, col++, parent);
      sqlite3_bind_int (stmt, col++, position);
    }
  for (guint i = 0; i < n; i++)
    if (is_scalar (&fields[i]))
      bind_value (stmt, col++, &fields[i], pa_record_peek_value (record, i));

  rc = sqlite3_step (stmt);
  if (root && rc == SQLITE_ROW)
    {
      pk = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  else
    pk = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc);
      return FALSE;
    }

  if (pk_out != NULL)
    *pk_out = pk;
  return write_children (cache, record, pk, error);
}

static gboolean
write_children (PaStmtCache   *cache,
                PaRecord      *record,
                sqlite3_int64  pk,
                GError       **error)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *v = pa_record_peek_value (record, i);

      if (fields[i].kind == PA_FIELD_CHILD)
        {
          if (!write_record (cache, g_value_get_object (v), FALSE, pk, 0, NULL, error))
            return FALSE;
        }
      else if (fields[i].kind == PA_FIELD_LIST)
        {
          GListModel *list = g_value_get_object (v);
          guint items = g_list_model_get_n_items (list);

          for (guint j = 0; j < items; j++)
            {
              g_autoptr(PaRecord) item = g_list_model_get_item (list, j);

              if (!write_record (cache, item, FALSE, pk, j, NULL, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* Removes the rows below the agreement; grandchildren go by cascade. */
static gboolean
delete_children (PaStmtCache   *cache,
                 sqlite3_int64  pk,
                 GError       **error)
{
  for (guint i = 0; i < pa_agreement_n_fields; i++)
    {
      const PaField *field = &pa_agreement_fields[i];
      g_autoptr(GTypeClass) klass = NULL;
      g_autofree char *table = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (is_scalar (field))
        continue;

      klass = g_type_class_ref (field->child_type ());
      table = pa_store_sql_name (pa_record_class_get_type_name (PA_RECORD_CLASS (klass)));
      sql = g_strdup_printf ("DELETE FROM %s WHERE parent = ?", table);
      if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pk);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          pa_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * pa_store_write_agreement:
 *
 * Writes the whole agreement. The caller holds the transaction.
 */
gboolean
pa_store_write_agreement (PaStmtCache    *cache,
                          PaAgreement    *agreement,
                          sqlite3_int64  *pk_out,
                          GError        **error)
{
  PaRecordClass *klass = PA_RECORD_GET_CLASS (agreement);
  g_autofree char *sql = insert_sql (klass, TRUE);
  sqlite3_stmt *stmt;
  guint n;
  const PaField *fields = pa_record_class_get_fields (klass, &n);
  sqlite3_int64 pk;
  int col = 1;
  int rc;

  if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (is_scalar (&fields[i]))
      bind_value (stmt, col++, &fields[i], pa_record_peek_value (PA_RECORD (agreement), i));

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      pa_store_set_sqlite_error (error, cache->db, rc);
      return FALSE;
    }
  pk = sqlite3_column_int64 (stmt, 0);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, cache->db, rc);
      return FALSE;
    }

  if (!delete_children (cache, pk, error) ||
      !write_children (cache, PA_RECORD (agreement), pk, error))
    return FALSE;

  if (pk_out != NULL)
    *pk_out = pk;
  return TRUE;
}

static void
read_column (sqlite3_stmt *stmt,
             int           col,
             PaRecord     *record,
             guint         index,
             const PaField *field)
{
  g_auto(GValue) v = G_VALUE_INIT;

  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return;
  /* A column a later migration adds, read while an earlier migration
   * runs (reindex_all), is not there yet: SQLite reads the quoted name
   * as a string. Only real columns have a declared type. */
  if (sqlite3_column_decltype (stmt, col) == NULL)
    return;

  switch (field->kind)
    {
    case PA_FIELD_INT:
      g_value_init (&v, G_TYPE_INT);
      g_value_set_int (&v, CLAMP (sqlite3_column_int (stmt, col), field->min, field->max));
      break;
    case PA_FIELD_BOOLEAN:
      g_value_init (&v, G_TYPE_BOOLEAN);
      g_value_set_boolean (&v, sqlite3_column_int (stmt, col) != 0);
      break;
    case PA_FIELD_DOUBLE:
      g_value_init (&v, G_TYPE_DOUBLE);
      g_value_set_double (&v, CLAMP (sqlite3_column_double (stmt, col), field->min, field->max));
      break;
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      g_value_init (&v, G_TYPE_STRING);
      g_value_set_string (&v, (const char *) sqlite3_column_text (stmt, col));
      /* A value the model would refuse (edited by hand, say) is dropped
       * rather than stopping the whole draft from opening. */
      if (!pa_record_field_value_is_valid (field, &v))
        {
          g_warning ("Ignoring invalid stored value for %s", field->name);
          return;
        }
      break;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  pa_record_set_value (record, index, &v);
}

/* "SELECT pk, "a", "b" FROM t WHERE parent = ? ORDER BY position" */
static char *
select_sql (PaRecordClass *klass,
            gboolean       root)
{
  guint n;
  const PaField *fields = pa_record_class_get_fields (klass, &n);
  g_autofree char *table = pa_store_sql_name (pa_record_class_get_type_name (klass));
  g_autoptr(GString) cols = g_string_new ("pk");

  for (guint i = 0; i < n; i++)
    if (is_scalar (&fields[i]))
      {
        g_autofree char *col = pa_store_sql_name (fields[i].name);

        g_string_append_printf (cols, ", \"%s\"", col);
      }

  if (root)
    return g_strdup_printf ("SELECT %s FROM %s WHERE \"id\" = ?", cols->str, table);
  return g_strdup_printf ("SELECT %s FROM %s WHERE parent = ? ORDER BY position",
                          cols->str, table);
}

static void
fill_scalars (sqlite3_stmt *stmt,
              PaRecord     *record)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);
  int col = 1;

  for (guint i = 0; i < n; i++)
    if (is_scalar (&fields[i]))
      read_column (stmt, col++, record, i, &fields[i]);
}

static gboolean read_children (PaStmtCache   *cache,
                               PaRecord      *record,
                               sqlite3_int64  pk,
                               GError       **error);

static gboolean
read_list (PaStmtCache   *cache,
           PaRecord      *record,
           const PaField *field,
           guint          index,
           sqlite3_int64  pk,
           GError       **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (field->child_type ());
  g_autofree char *sql = select_sql (PA_RECORD_CLASS (klass), FALSE);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pk);

  /* Read all rows first: the cached statement is reused for the children. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PaRecord *child = g_object_new (field->child_type (), NULL);
      sqlite3_int64 child_pk = sqlite3_column_int64 (stmt, 0);

      fill_scalars (stmt, child);
      g_ptr_array_add (rows, child);
      g_array_append_val (pks, child_pk);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, cache->db, rc);
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    if (!read_children (cache, g_ptr_array_index (rows, i),
                        g_array_index (pks, sqlite3_int64, i), error))
      return FALSE;

  if (field->kind == PA_FIELD_CHILD)
    {
      if (rows->len > 0)
        pa_record_copy_into (g_ptr_array_index (rows, 0),
                             g_value_get_object (pa_record_peek_value (record, index)));
    }
  else
    {
      GListStore *store = g_value_get_object (pa_record_peek_value (record, index));

      if (field->max > 0 && rows->len > field->max)
        g_ptr_array_set_size (rows, (guint) field->max);
      g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                           rows->pdata, rows->len);
    }
  return TRUE;
}

static gboolean
read_children (PaStmtCache   *cache,
               PaRecord      *record,
               sqlite3_int64  pk,
               GError       **error)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    if (!is_scalar (&fields[i]) &&
        !read_list (cache, record, &fields[i], i, pk, error))
      return FALSE;
  return TRUE;
}

PaAgreement *
pa_store_read_agreement (PaStmtCache  *cache,
                         const char   *id,
                         GError      **error)
{
  g_autoptr(PaAgreement) agreement = g_object_new (PA_TYPE_AGREEMENT, NULL);
  g_autofree char *sql = select_sql (PA_RECORD_GET_CLASS (agreement), TRUE);
  sqlite3_stmt *stmt;
  sqlite3_int64 pk;
  int rc;

  if (!(stmt = pa_stmt_cache_get (cache, sql, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_FOUND,
                     _("The agreement was not found. It may have been deleted."));
      else
        pa_store_set_sqlite_error (error, cache->db, rc);
      return NULL;
    }

  pa_agreement_freeze_tracking (agreement);
  pk = sqlite3_column_int64 (stmt, 0);
  fill_scalars (stmt, PA_RECORD (agreement));
  sqlite3_reset (stmt);

  if (!read_children (cache, PA_RECORD (agreement), pk, error))
    return NULL;

  pa_agreement_ensure_fixed_items (agreement);
  pa_agreement_thaw_tracking (agreement);
  return g_steal_pointer (&agreement);
}
