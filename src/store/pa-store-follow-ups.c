/* pa-store-follow-ups.c: the follow-ups due in a period, across all drafts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the draft list's "follow-ups this week": one query over the
 * follow-up table, so the list need not load every agreement.
 */
#include "config.h"

#include "pa-store-private.h"

void
pa_due_follow_up_free (PaDueFollowUp *due)
{
  if (due == NULL)
    return;
  g_free (due->id);
  g_free (due->citizen_name);
  g_free (due->date);
  g_free (due->time);
  g_free (due->kind);
  g_free (due);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

/* The query, on the main connection or the threads' one. */
static GPtrArray *
list_due (sqlite3     *db,
          const char  *from,
          const char  *to,
          guint        limit,
          guint       *total,
          GError     **error)
{
  static const char sql[] =
    "SELECT a.id, c.name, f.date, f.time, f.kind, count(*) OVER () FROM follow_up f "
    "JOIN agreement a ON a.pk = f.parent "
    "LEFT JOIN citizen c ON c.parent = a.pk "
    "WHERE f.date BETWEEN ? AND ? "
    "AND coalesce(a.status, 'draft') NOT IN ('ended', 'cancelled') "
    "ORDER BY f.date, f.time, c.name LIMIT ?";
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_due_follow_up_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (sqlite3_int64) limit : -1);
  if (total != NULL)
    *total = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PaDueFollowUp *due = g_new0 (PaDueFollowUp, 1);

      if (total != NULL)
        *total = (guint) sqlite3_column_int64 (stmt, 5);
      due->id = column_dup (stmt, 0);
      due->citizen_name = column_dup (stmt, 1);
      due->date = column_dup (stmt, 2);
      due->time = column_dup (stmt, 3);
      due->kind = column_dup (stmt, 4);
      g_ptr_array_add (out, due);
    }
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/**
 * pa_store_list_follow_ups_due:
 * @from: first day, "YYYY-MM-DD"
 * @to: last day, "YYYY-MM-DD"
 * @limit: how many to return at most; 0 for all
 * @total: (out) (optional): how many there are in all
 *
 * A week of a big office has thousands: the index on the date (migration
 * 11) reads only those, and the list asks for the first few.
 *
 * Returns: (transfer full) (element-type PaDueFollowUp): the first
 *   @limit follow-ups dated from @from to @to of drafts not ended or
 *   cancelled, by date and time
 */
GPtrArray *
pa_store_list_follow_ups_due (PaStore     *self,
                              const char  *from,
                              const char  *to,
                              guint        limit,
                              guint       *total,
                              GError     **error)
{
  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  return list_due (pa_store_get_db (self), from, to, limit, total, error);
}

typedef struct {
  char      *from;
  char      *to;
  guint      limit;
} DueRequest;

static void
due_request_free (DueRequest *request)
{
  g_free (request->from);
  g_free (request->to);
  g_free (request);
}

void
pa_due_result_free (PaDueResult *result)
{
  g_clear_pointer (&result->due, g_ptr_array_unref);
  g_free (result);
}

static void
due_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  DueRequest *request = task_data;
  g_autoptr(PaDueResult) result = g_new0 (PaDueResult, 1);
  GError *error = NULL;
  sqlite3 *db;

  if (g_task_return_error_if_cancelled (task))
    return;
  if ((db = pa_store_reader_lock (source, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result->due = list_due (db, request->from, request->to, request->limit, &result->total, &error);
  pa_store_reader_unlock (source);
  if (result->due == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) pa_due_result_free);
}

/**
 * pa_store_list_follow_ups_due_async:
 *
 * pa_store_list_follow_ups_due() in a thread, on the store's read-only
 * connection for threads: the list shows its first frame without it.
 */
void
pa_store_list_follow_ups_due_async (PaStore             *self,
                                    const char          *from,
                                    const char          *to,
                                    guint                limit,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DueRequest *request;

  g_return_if_fail (PA_IS_STORE (self));
  g_return_if_fail (from != NULL && to != NULL);

  request = g_new0 (DueRequest, 1);
  request->from = g_strdup (from);
  request->to = g_strdup (to);
  request->limit = limit;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pa_store_list_follow_ups_due_async);
  g_task_set_task_data (task, request, (GDestroyNotify) due_request_free);
  g_task_run_in_thread (task, due_thread);
}

/**
 * pa_store_list_follow_ups_due_finish:
 *
 * Returns: (transfer full): the follow-ups and their count, or %NULL
 *   with @error set
 */
PaDueResult *
pa_store_list_follow_ups_due_finish (PaStore       *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
