/* pa-store-purge.c: removes deleted drafts' words from the full-text index, off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5 only marks a deleted draft's words as deleted; they stay in the
 * index until its segments are merged into one. Merging 10,000 drafts
 * takes most of a second, so a delete only records that a purge is due
 * (a row in purge_pending, in the delete's own transaction) and this
 * worker merges the index in a thread, on a connection of its own, a
 * bounded number of pages per transaction so a save on the main thread
 * waits for one small step at most. The row is removed in the
 * transaction that finds nothing left to merge; a crash before that
 * leaves it, and the next open starts the purge again.
 */
#include "config.h"

#include "pa-store-private.h"

/* Leaf pages merged per transaction: a few milliseconds of work. */
#define PURGE_PAGES 64

struct _PaPurgeWorker
{
  GMutex    lock;
  GCond     idle;
  char     *path;
  gboolean  running;
  gboolean  requested;
};

PaPurgeWorker *
pa_purge_worker_new (const char *path)
{
  PaPurgeWorker *self = g_new0 (PaPurgeWorker, 1);

  g_mutex_init (&self->lock);
  g_cond_init (&self->idle);
  self->path = g_strdup (path);
  return self;
}

/* One step: merges up to PURGE_PAGES pages; when there was nothing left
 * to merge, the purge is done and its row goes. */
static gboolean
purge_step (sqlite3   *db,
            gboolean  *done,
            GError   **error)
{
  sqlite3_int64 before;

  if (!pa_store_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  before = sqlite3_total_changes64 (db);
  /* A negative page count merges as 'optimize' does, in steps. */
  if (!pa_store_exec (db, "INSERT INTO draft_search (draft_search, rank) VALUES ('merge', -"
                      G_STRINGIFY (PURGE_PAGES) ")", error))
    goto fail;
  /* The command itself counts as one change; more means it merged. */
  *done = sqlite3_total_changes64 (db) - before < 2;
  if (*done && !pa_store_exec (db, "DELETE FROM purge_pending", error))
    goto fail;
  if (pa_store_exec (db, "COMMIT", error))
    return TRUE;

fail:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
purge_file (const char  *path,
            GError     **error)
{
  sqlite3 *db = NULL;
  gboolean done = FALSE;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, TRUE);
  /* The main thread's saves come first; wait for them as long as needed. */
  sqlite3_busy_timeout (db, 60000);
  /* A step lost in a crash is merged again: no need to sync each one. */
  ok = pa_store_exec (db, "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;", error);
  while (ok && !done)
    ok = purge_step (db, &done, error);
  sqlite3_close (db);
  return ok;
}

static gpointer
purge_thread (gpointer data)
{
  PaPurgeWorker *self = data;

  for (;;)
    {
      g_autoptr(GError) error = NULL;

      g_mutex_lock (&self->lock);
      if (!self->requested)
        {
          /* Nothing of @self is touched after this: it may be freed. */
          self->running = FALSE;
          g_cond_broadcast (&self->idle);
          g_mutex_unlock (&self->lock);
          return NULL;
        }
      self->requested = FALSE;
      g_mutex_unlock (&self->lock);

      /* The row stays: the next delete or open tries again. */
      if (!purge_file (self->path, &error))
        g_message ("Could not purge deleted drafts from the search index: %s", error->message);
    }
}

/* Starts a purge, or another round of the one under way. */
void
pa_purge_worker_request (PaPurgeWorker *self)
{
  g_mutex_lock (&self->lock);
  self->requested = TRUE;
  if (!self->running)
    {
      self->running = TRUE;
      g_thread_unref (g_thread_new ("pa-store-purge", purge_thread, self));
    }
  g_mutex_unlock (&self->lock);
}

void
pa_purge_worker_wait (PaPurgeWorker *self)
{
  g_mutex_lock (&self->lock);
  while (self->running)
    g_cond_wait (&self->idle, &self->lock);
  g_mutex_unlock (&self->lock);
}

/* Waits for a purge under way: closing the store finishes it. */
void
pa_purge_worker_free (PaPurgeWorker *self)
{
  pa_purge_worker_wait (self);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->idle);
  g_free (self->path);
  g_free (self);
}
