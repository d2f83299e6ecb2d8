/* pa-store-list.c: the draft list's queries: counts, pages and positions, by status
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows the drafts most recently edited first and never holds
 * more than a few pages of them (PaDraftList): it asks here how many
 * there are, for the rows of one page, and where a draft is. Each
 * costs the same at 100 drafts and at 100,000: the order is the
 * agreement_modified index, pages go on from the previous page's last
 * row (keyset). A status filter works the status out as
 * pa_agreement_status_for_date does (an agreed placement whose start has
 * come is active), in the SQL function pa_status() so that the list and
 * the app never differ, on the rows of the agreement_status index
 * (status, modified, id) in the list's order, or, for the two that mix
 * stored statuses (draft and active, both common), on the modified index,
 * skipping the others. An index on the status alone made SQLite read and
 * sort every draft of a status (0.5 s for "ended" at 100,000 drafts).
 */
#include "config.h"

#include "core/pa-agreement.h"
#include "pa-store-private.h"

#define SUMMARY_COLUMNS \
  "SELECT a.id, c.name, co.name, a.start_date, a.end_date, a.status, a.modified " \
  "FROM agreement a " \
  "LEFT JOIN citizen c ON c.parent = a.pk " \
  "LEFT JOIN company co ON co.parent = a.pk "

/* pa_status(status, start_date, today): the status the list shows. */
static void
status_function (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  GDate *today = sqlite3_get_auxdata (context, 2);

  if (today == NULL)
    {
      const char *iso = (const char *) sqlite3_value_text (argv[2]);

      today = g_date_new ();
      if (iso != NULL)
        g_date_set_parse (today, iso);
      if (!g_date_valid (today))
        g_date_set_time_t (today, time (NULL));
      /* Parsed once a statement, not once a row. */
      sqlite3_set_auxdata (context, 2, today, (void (*) (void *)) g_date_free);
      today = sqlite3_get_auxdata (context, 2);
      if (today == NULL)
        {
          sqlite3_result_error_nomem (context);
          return;
        }
    }
  sqlite3_result_text (context,
                       pa_agreement_status_for_date ((const char *) sqlite3_value_text (argv[0]),
                                                     (const char *) sqlite3_value_text (argv[1]),
                                                     today),
                       -1, SQLITE_TRANSIENT);
}

gboolean
pa_store_list_register_functions (sqlite3  *db,
                                  GError  **error)
{
  int rc = sqlite3_create_function_v2 (db, "pa_status", 3,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                       NULL, status_function, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

/* The WHERE condition of @status (nullable: every draft); it reads the
 * parameters :status and :today. The first part picks the index (see
 * above; "+" keeps SQLite off the status index), pa_status() decides. */
static const char *
status_condition (const char *status)
{
  if (status == NULL)
    return "1";
  if (g_str_equal (status, "draft"))
    return "coalesce (a.status, 'draft') = 'draft' "
           "AND pa_status (a.status, a.start_date, :today) = :status";
  if (g_str_equal (status, "active"))
    return "+a.status IN ('active', 'agreed') "
           "AND pa_status (a.status, a.start_date, :today) = :status";
  return "a.status = :status AND pa_status (a.status, a.start_date, :today) = :status";
}

static sqlite3_stmt *
prepare (PaStore     *self,
         const char  *sql,
         const char  *status,
         const char  *today,
         GError     **error)
{
  sqlite3_stmt *stmt = pa_stmt_cache_get (pa_store_get_cache (self), sql, error);
  int i;

  if (stmt == NULL)
    return NULL;
  if ((i = sqlite3_bind_parameter_index (stmt, ":status")) > 0)
    sqlite3_bind_text (stmt, i, status, -1, SQLITE_TRANSIENT);
  if ((i = sqlite3_bind_parameter_index (stmt, ":today")) > 0)
    sqlite3_bind_text (stmt, i, today, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* Steps @stmt to its one integer; FALSE with @error set when it fails. */
static gboolean
step_count (PaStore       *self,
            sqlite3_stmt  *stmt,
            guint         *count,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    *count = (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT - 1);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      pa_store_set_sqlite_error (error, pa_store_get_db (self), rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
collect_summaries (PaStore       *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
#define COL(i) ((const char *) sqlite3_column_text (stmt, i))
      g_ptr_array_add (rows, pa_draft_summary_new (COL (0), COL (1), COL (2), COL (3),
                                                   COL (4), COL (5), COL (6)));
#undef COL
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, pa_store_get_db (self), rc);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/**
 * pa_store_list_drafts:
 *
 * Every draft at once; for commands and tests. The window's list reads a
 * page at a time (PaDraftList).
 *
 * Returns: (transfer full): a #GListModel of #PaDraftSummary, the most
 *   recently edited first
 */
GListModel *
pa_store_list_drafts (PaStore  *self,
                      GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  GListStore *store;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);

  stmt = pa_stmt_cache_get (pa_store_get_cache (self),
                            SUMMARY_COLUMNS "ORDER BY a.modified DESC, a.id DESC", error);
  if (stmt == NULL || (rows = collect_summaries (self, stmt, error)) == NULL)
    return NULL;

  store = g_list_store_new (PA_TYPE_DRAFT_SUMMARY);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/**
 * pa_store_count_drafts:
 * @status: (nullable): only drafts the list shows with this status
 *   (pa_agreement_statuses), or %NULL for all
 * @today: (nullable): "YYYY-MM-DD", the day the status is judged by;
 *   %NULL for today
 * @at_most: count up to this many; 0 for all
 * @count: (out): how many there are, or @at_most when there are more
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
pa_store_count_drafts (PaStore     *self,
                       const char  *status,
                       const char  *today,
                       guint        at_most,
                       guint       *count,
                       GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  /* Counting 100,000 rows takes 10 ms; the first rows, nothing. */
  if (at_most > 0)
    sql = g_strconcat ("SELECT count(*) FROM (SELECT 1 FROM agreement a WHERE ",
                       status_condition (status), " LIMIT :at_most)", NULL);
  else
    sql = g_strconcat ("SELECT count(*) FROM agreement a WHERE ", status_condition (status), NULL);
  stmt = prepare (self, sql, status, today, error);
  if (stmt == NULL)
    return FALSE;
  if (at_most > 0)
    sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":at_most"), at_most);
  return step_count (self, stmt, count, error);
}

/**
 * pa_store_list_drafts_range:
 * @status: (nullable): as for pa_store_count_drafts()
 * @today: (nullable): as for pa_store_count_drafts()
 * @after: (nullable): the row before the page, when it is known: the
 *   page then starts after it, whatever @offset says
 * @offset: the position of the page's first row, when @after is %NULL
 * @limit: rows at most
 *
 * Drafts in list order (most recently edited first). Going on from
 * @after costs the same on every page; @offset costs a walk over the
 * rows before it, for a jump into the middle of the list.
 *
 * Returns: (transfer full) (element-type PaDraftSummary): the page, or
 *   %NULL with @error set
 */
GPtrArray *
pa_store_list_drafts_range (PaStore         *self,
                            const char      *status,
                            const char      *today,
                            PaDraftSummary  *after,
                            guint            offset,
                            guint            limit,
                            GError         **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (after == NULL || PA_IS_DRAFT_SUMMARY (after), NULL);

  sql = g_strconcat (SUMMARY_COLUMNS "WHERE ", status_condition (status),
                     after != NULL ? " AND (a.modified, a.id) < (:modified, :id)" : "",
                     " ORDER BY a.modified DESC, a.id DESC LIMIT :limit OFFSET :offset", NULL);
  stmt = prepare (self, sql, status, today, error);
  if (stmt == NULL)
    return NULL;
  if (after != NULL)
    {
      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":modified"),
                         pa_draft_summary_get_modified (after), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":id"),
                         pa_draft_summary_get_id (after), -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":offset"), after ? 0 : offset);
  return collect_summaries (self, stmt, error);
}

/**
 * pa_store_find_draft_position:
 * @id: the draft
 * @status: (nullable): as for pa_store_count_drafts()
 * @today: (nullable): as for pa_store_count_drafts()
 * @position: (out): where the list shows @id, or %G_MAXUINT when it does
 *   not show it (no such draft, or another status)
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
pa_store_find_draft_position (PaStore     *self,
                              const char  *id,
                              const char  *status,
                              const char  *today,
                              guint       *position,
                              GError     **error)
{
  g_autofree char *shown_sql = NULL;
  g_autofree char *before_sql = NULL;
  sqlite3_stmt *stmt;
  guint shown = 0;

  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && position != NULL, FALSE);

  *position = G_MAXUINT;
  shown_sql = g_strconcat ("SELECT count(*) FROM agreement a WHERE a.id = :id AND ",
                           status_condition (status), NULL);
  if ((stmt = prepare (self, shown_sql, status, today, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id, -1, SQLITE_TRANSIENT);
  if (!step_count (self, stmt, &shown, error))
    return FALSE;
  if (shown == 0)
    return TRUE;

  /* The rows before it in the index order. */
  before_sql = g_strconcat ("SELECT count(*) FROM agreement a, "
                            "(SELECT modified AS m, id AS i FROM agreement WHERE id = :id) t "
                            "WHERE (a.modified, a.id) > (t.m, t.i) AND ",
                            status_condition (status), NULL);
  if ((stmt = prepare (self, before_sql, status, today, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id, -1, SQLITE_TRANSIENT);
  return step_count (self, stmt, position, error);
}
