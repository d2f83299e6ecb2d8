/* pa-store-backup-async.c: today's backup in a thread, with its progress, never in the way of a save
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copying 100,000 drafts (a gigabyte) takes seconds, so the window asks
 * for the backup here: a thread opens the file read-only on a connection
 * of its own and holds one read transaction while it copies, so the
 * backup is of one moment, and saves on the main connection go on (WAL:
 * readers never block the writer). The share copied is passed to the
 * caller's main context after each step.
 */
#include "config.h"

#include "pa-store-private.h"

typedef struct {
  char             *db_path;
  char             *backup_dir;
  guint             keep;
  PaBackupProgress  progress;
  gpointer          progress_data;
  GMainContext     *context;
} BackupData;

typedef struct {
  PaBackupProgress progress;
  gpointer         progress_data;
  double           fraction;
} Progress;

static void
backup_data_free (BackupData *data)
{
  g_free (data->db_path);
  g_free (data->backup_dir);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
report_progress (gpointer user_data)
{
  Progress *progress = user_data;

  progress->progress (progress->fraction, progress->progress_data);
  return G_SOURCE_REMOVE;
}

static void
post_progress (double   fraction,
               gpointer user_data)
{
  BackupData *data = user_data;
  Progress *progress = g_new0 (Progress, 1);

  progress->progress = data->progress;
  progress->progress_data = data->progress_data;
  progress->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, report_progress, progress, g_free);
}

static gboolean
backup_in_thread (BackupData  *data,
                  GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (data->db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_busy_timeout (db, 5000);
  /* One snapshot for the whole copy. */
  ok = pa_store_exec (db, "BEGIN; SELECT count(*) FROM sqlite_master;", error) &&
       pa_store_backup_from (db, data->backup_dir, data->keep,
                             data->progress ? post_progress : NULL, data, error);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return ok;
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (backup_in_thread (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * pa_store_backup_if_due_async:
 * @progress: (nullable): called with the share copied, 0 to 1, on the
 *   thread-default main context of the caller
 *
 * pa_store_backup_if_due() in a thread.
 */
void
pa_store_backup_if_due_async (PaStore             *self,
                              const char          *backup_dir,
                              guint                keep,
                              PaBackupProgress     progress,
                              gpointer             progress_data,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BackupData *data;

  g_return_if_fail (PA_IS_STORE (self));
  g_return_if_fail (backup_dir != NULL);
  g_return_if_fail (keep > 0);

  data = g_new0 (BackupData, 1);
  data->db_path = g_strdup (pa_store_get_path (self));
  data->backup_dir = g_strdup (backup_dir);
  data->keep = keep;
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pa_store_backup_if_due_async);
  g_task_set_task_data (task, data, (GDestroyNotify) backup_data_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
pa_store_backup_if_due_finish (PaStore       *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
