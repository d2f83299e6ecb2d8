/* pa-store.c: the SQLite draft store
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One database file holds every draft. It is opened in WAL mode with full
 * synchronisation, so a save that returned is on disk even if the laptop
 * loses power, and a save that was cut off leaves the previous one.
 * Files that are not ours, damaged or made by a newer version are never
 * written to: the caller moves them aside and starts anew or from backup.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "core/pa-file-util.h"
#include "core/pa-validate.h"
#include "pa-draft-summary.h"
#include "pa-store-private.h"
#include "pa-store-search.h"

struct _PaStore
{
  GObject      parent_instance;
  char        *path;
  sqlite3     *db;
  PaStmtCache *cache;
  gboolean     read_only;
  char        *uri;   /* how a read-only store was opened, for other threads */
  PaPurgeWorker *purge;  /* writable stores only */
};

G_DEFINE_FINAL_TYPE (PaStore, pa_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (pa-store-error-quark, pa_store_error)

static const char sqlite_magic[16] = "SQLite format 3";

static void
set_full_error (GError **error)
{
  g_set_error_literal (error, PA_STORE_ERROR, PA_STORE_ERROR_FULL,
                       _("The disk is full. Free some space so the drafts can be saved."));
}

static void
set_read_only_error (GError **error)
{
  g_set_error_literal (error, PA_STORE_ERROR, PA_STORE_ERROR_READ_ONLY,
                       _("The drafts file cannot be written to. The disk may be read-only or removed."));
}

static gboolean
errno_is_full (int errsv)
{
  return errsv == ENOSPC || errsv == EDQUOT;
}

static gboolean
errno_is_read_only (int errsv)
{
  return errsv == EROFS || errsv == EACCES || errsv == EPERM;
}

void
pa_store_set_errno_error (GError     **error,
                          int          errsv,
                          const char  *what)
{
  if (errno_is_full (errsv))
    set_full_error (error);
  else
    g_set_error (error, PA_STORE_ERROR,
                 errno_is_read_only (errsv) ? PA_STORE_ERROR_READ_ONLY : PA_STORE_ERROR_FAILED,
                 /* Translators: the first %s says what failed, e.g. "The
                  * backup folder /x cannot be created", the second why */
                 _("%s: %s."), what, g_strerror (errsv));
}

/* What is left after the classes pa_store_set_sqlite_error() names
 * itself, in words a user can act on. SQLite's own text is English and
 * technical: it goes to the debug log only. */
static void
set_other_sqlite_error (GError **error,
                        int      rc)
{
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      message = _("The drafts file is busy: another program is using it. Close that program and try again.");
      break;
    case SQLITE_NOMEM:
      message = _("There is not enough memory to read or save the drafts. Close other programs and try again.");
      break;
    case SQLITE_IOERR:
      message = _("The disk could not read or write the drafts file. Check that the disk is connected and working.");
      break;
    case SQLITE_TOOBIG:
      message = _("The draft is too large to be saved. Shorten the longest texts and try again.");
      break;
    default:
      message = _("The drafts could not be saved or read because of an error in the app.");
      break;
    }
  g_set_error_literal (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED, message);
}

/* SQLite says SQLITE_IOERR where the disk said ENOSPC (a -shm file that
 * cannot grow, a write to the -wal): the user must hear the same as for
 * SQLITE_FULL. */
void
pa_store_set_sqlite_error (GError  **error,
                           sqlite3  *db,
                           int       rc)
{
  int errsv = db ? sqlite3_system_errno (db) : 0;

  g_debug ("SQLite error %d: %s", rc, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_DATABASE,
                   _("The drafts file is not a Praktikaftale database."));
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT,
                   _("The drafts file is damaged."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      if (errno_is_full (errsv))
        set_full_error (error);
      else
        set_read_only_error (error);
      break;
    case SQLITE_FULL:
      set_full_error (error);
      break;
    case SQLITE_IOERR:
      if (errno_is_full (errsv))
        {
          set_full_error (error);
          break;
        }
      if (errno_is_read_only (errsv))
        {
          set_read_only_error (error);
          break;
        }
      G_GNUC_FALLTHROUGH;
    default:
      set_other_sqlite_error (error, rc);
      break;
    }
}

gboolean
pa_store_exec (sqlite3     *db,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

static void
pa_store_finalize (GObject *object)
{
  PaStore *self = PA_STORE (object);

  /* A purge under way is finished before the file is let go. */
  g_clear_pointer (&self->purge, pa_purge_worker_free);
  g_clear_pointer (&self->cache, pa_stmt_cache_free);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (pa_store_parent_class)->finalize (object);
}

static void
pa_store_class_init (PaStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_store_finalize;
}

static void
pa_store_init (PaStore *self)
{
}

/**
 * pa_store_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/praktikaftale/drafts.db
 */
char *
pa_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "praktikaftale", "drafts.db", NULL);
}

/* A pipe, a device or a folder given with --database is refused before
 * anything opens it: SQLite or a read would wait on a pipe for ever. */
static gboolean
check_regular (const char  *path,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (pa_file_check_regular (path, &local_error))
    return TRUE;
  g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED,
               /* Translators: %s is a file name */
               _("The drafts file %s is not an ordinary file but a folder, a device or a pipe. It has not been changed. Give the name of a database file."),
               path);
  return FALSE;
}

/* Reads the first bytes, so that a file of someone else's is never handed
 * to SQLite, which would happily make it a database. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char header[sizeof sqlite_magic];
  goffset size = 0;
  gssize got;
  int fd;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;  /* does not exist yet: created below */

  /* Opened without waiting, should it have become a pipe since. */
  fd = pa_file_open_regular (path, &size, &local_error);
  if (fd < 0)
    {
      if (!check_regular (path, error))
        return FALSE;
      g_set_error_literal (error, PA_STORE_ERROR,
                           g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
                           ? PA_STORE_ERROR_READ_ONLY : PA_STORE_ERROR_FAILED,
                           local_error->message);
      return FALSE;
    }
  if (size == 0)
    {
      close (fd);
      return TRUE;
    }
  do
    got = read (fd, header, sizeof header);
  while (got < 0 && errno == EINTR);
  close (fd);

  if (got < (gssize) sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_DATABASE,
                   _("The file %s is not a Praktikaftale database."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_folder (const char  *path,
               GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *default_path = pa_store_default_path ();
  g_autofree char *default_dir = g_path_get_dirname (default_path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      if (errno_is_full (saved))
        set_full_error (error);
      else
        g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_READ_ONLY,
                     _("The folder %s cannot be created: %s."), dir, g_strerror (saved));
      return FALSE;
    }

  /* Our own folder holds health data: only the user may enter it. A folder
   * the user chose with --database is theirs to manage. */
  if (g_str_equal (dir, default_dir))
    g_chmod (dir, 0700);
  return TRUE;
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

/* @quick: PRAGMA quick_check, which reads and checks every page but not
 * that each index agrees with its table: 1.8 s instead of 6.2 s of CPU
 * time at 100,000 drafts, for the check at each start. */
static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 gboolean     quick,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pa_store_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT,
                   _("The drafts file %s is damaged."), path);
      return FALSE;
    }
  return TRUE;
}

gboolean
pa_store_check_integrity (PaStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (PA_IS_STORE (self), FALSE);

  return check_integrity (self->db, self->path, FALSE, error);
}

static void
check_integrity_thread (GTask        *task,
                        gpointer      source,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  PaStore *self = source;
  const char *path = self->path;
  const char *name = task_data;
  sqlite3 *db = NULL;
  GError *error = NULL;
  int rc;

  /* A connection of its own: the store's belongs to the main thread. */
  rc = sqlite3_open_v2 (name, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX |
                        (self->uri != NULL ? SQLITE_OPEN_URI : 0), NULL);
  if (rc != SQLITE_OK)
    pa_store_set_sqlite_error (&error, db, rc);
  else
    {
      /* Every page is read once: a cache would only cost memory. */
      sqlite3_exec (db, "PRAGMA cache_size = -256;", NULL, NULL, NULL);
      check_integrity (db, path, TRUE, &error);
    }
  sqlite3_close (db);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * pa_store_check_integrity_async:
 *
 * Checks the file in a thread, for a store opened with
 * %PA_STORE_OPEN_DEFER_INTEGRITY_CHECK: with PRAGMA quick_check, as this
 * runs at each start (1.8 s at 100,000 drafts, where the full
 * integrity_check of pa_store_check_integrity() takes 6.2 s).
 */
void
pa_store_check_integrity_async (PaStore             *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PA_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pa_store_check_integrity_async);
  /* A read-only store is checked the way it was opened (its URI). */
  g_task_set_task_data (task, self->uri ? g_strdup (self->uri) : g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_integrity_thread);
}

gboolean
pa_store_check_integrity_finish (PaStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A database is ours when it has our version stamp and our agreement
 * table, or when it holds nothing yet (a new or empty file). Anything
 * else belongs to another program and must not be touched: no tables
 * added, no WAL, no chmod. */
static gboolean
check_ours (PaStore     *self,
            int          version,
            GError     **error)
{
  int objects = query_int (self->db, "SELECT count(*) FROM sqlite_master");
  int agreement = query_int (self->db,
                             "SELECT count(*) FROM sqlite_master "
                             "WHERE type = 'table' AND name = 'agreement'");

  if (objects < 0 || agreement < 0)
    {
      pa_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db));
      return FALSE;
    }
  if ((objects == 0 && version == 0) || (version > 0 && agreement == 1))
    return TRUE;

  g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FOREIGN,
               /* Translators: %s is a file name */
               _("The file %s belongs to another program: it is a database, but not one of Praktikaftale’s drafts. It has not been changed."),
               self->path);
  return FALSE;
}

static gboolean
check_version (PaStore     *self,
               int          version,
               GError     **error)
{
  if (version > PA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_TOO_NEW,
                   _("The drafts file %s was made by a newer version of Praktikaftale. Update the app to open it."),
                   self->path);
      return FALSE;
    }
  if (self->read_only && version < PA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NEEDS_UPGRADE,
                   _("The drafts file %s was made by an older version of Praktikaftale and must be upgraded first. It cannot be upgraded here because it is opened read-only; open it once where it can be written."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

/* secure_delete: a deleted draft's text is overwritten with zeros rather
 * than left in free pages (Debian builds SQLite with it on; others do
 * not, so it is not left to the build). */
static gboolean
configure_writable (PaStore  *self,
                    GError  **error)
{
  /* Only now that the file is known to be ours. */
  g_chmod (self->path, 0600);
  pa_store_tighten_backups (self->path);

  if (!pa_store_exec (self->db,
                      "PRAGMA foreign_keys = ON;"
                      "PRAGMA secure_delete = ON;"
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = FULL;",
                      error) ||
      !pa_store_migrate (self->db, self->cache, PA_STORE_SCHEMA_VERSION, error))
    return FALSE;

  /* A purge that a crash or a quit cut short is finished now. */
  self->purge = pa_purge_worker_new (self->path);
  if (query_int (self->db, "SELECT count(*) FROM purge_pending") > 0)
    pa_purge_worker_request (self->purge);
  return TRUE;
}

static gboolean
configure_connection (PaStore           *self,
                      PaStoreOpenFlags   flags,
                      GError           **error)
{
  int version;

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 2000);

  /* The first read of the schema is where SQLite notices a file that is
   * not a database or has lost its end. */
  version = query_int (self->db, "PRAGMA user_version");
  if (version < 0)
    {
      pa_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db));
      return FALSE;
    }
  if (!check_ours (self, version, error) || !check_version (self, version, error) ||
      !pa_store_list_register_functions (self->db, error))
    return FALSE;

  if (!(flags & PA_STORE_OPEN_DEFER_INTEGRITY_CHECK) &&
      !pa_store_check_integrity (self, error))
    return FALSE;

  if (self->read_only)
    return pa_store_exec (self->db, "PRAGMA query_only = ON;", error);
  return configure_writable (self, error);
}

/**
 * pa_store_open:
 * @path: the database file; created (mode 0600) when missing
 *
 * Opens, checks and migrates the database.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with a
 *   #PA_STORE_ERROR in plain language
 */
PaStore *
pa_store_open (const char  *path,
               GError     **error)
{
  return pa_store_open_full (path, PA_STORE_OPEN_DEFAULT, error);
}

static gboolean
folder_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

/* mode=ro reads a WAL database as any reader does, seeing what a running
 * app has written. In a folder that cannot be written (a read-only
 * mount) SQLite may be unable to make the -shm file; the database is then
 * read as it is on disk (immutable=1), which is safe there because no one
 * can write to it either. */
static int
open_read_only (PaStore  *self,
                gboolean  immutable)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro%s", escaped,
                                          immutable ? "&immutable=1" : "");
  int rc;

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  self->db = NULL;
  g_free (self->uri);
  self->uri = g_strdup (uri);
  rc = sqlite3_open_v2 (uri, &self->db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK && query_int (self->db, "PRAGMA user_version") < 0)
    rc = sqlite3_extended_errcode (self->db);
  return rc;
}

static int
open_connection (PaStore  *self,
                 GError  **error)
{
  int rc;

  if (self->read_only)
    {
      rc = open_read_only (self, FALSE);
      if (rc != SQLITE_OK && !folder_is_writable (self->path))
        rc = open_read_only (self, TRUE);
    }
  else
    {
      rc = sqlite3_open_v2 (self->path, &self->db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            NULL);
      /* SQLite quietly opens a file it may not write read-only; say so
       * now rather than at the first save. */
      if (rc == SQLITE_OK && sqlite3_db_readonly (self->db, "main") == 1)
        rc = SQLITE_READONLY;
    }

  if (rc != SQLITE_OK)
    pa_store_set_sqlite_error (error, self->db, rc);
  return rc;
}

/**
 * pa_store_open_full:
 *
 * Like pa_store_open(), with @flags. With %PA_STORE_OPEN_READ_ONLY the
 * file must exist, and nothing is written to it or its folder.
 */
PaStore *
pa_store_open_full (const char        *path,
                    PaStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(PaStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (flags & PA_STORE_OPEN_READ_ONLY)
    {
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_FOUND,
                       /* Translators: %s is a file name */
                       _("The drafts file %s does not exist."), path);
          return NULL;
        }
    }
  else if (!ensure_folder (path, error))
    return NULL;
  if (!check_regular (path, error) || !check_header (path, error))
    return NULL;

  self = g_object_new (PA_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & PA_STORE_OPEN_READ_ONLY) != 0;

  if (open_connection (self, error) != SQLITE_OK)
    return NULL;
  self->cache = pa_stmt_cache_new (self->db);

  if (!configure_connection (self, flags, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * pa_store_is_read_only:
 *
 * Returns: %TRUE when the store was opened with %PA_STORE_OPEN_READ_ONLY:
 *   every save fails, and nothing is written to the file
 */
gboolean
pa_store_is_read_only (PaStore *self)
{
  g_return_val_if_fail (PA_IS_STORE (self), FALSE);

  return self->read_only;
}

sqlite3 *
pa_store_get_db (PaStore *self)
{
  return self->db;
}

PaStmtCache *
pa_store_get_cache (PaStore *self)
{
  return self->cache;
}

const char *
pa_store_get_path (PaStore *self)
{
  g_return_val_if_fail (PA_IS_STORE (self), NULL);

  return self->path;
}

int
pa_store_get_schema_version (PaStore *self)
{
  g_return_val_if_fail (PA_IS_STORE (self), -1);

  return query_int (self->db, "PRAGMA user_version");
}

/**
 * pa_store_save:
 *
 * Writes the whole agreement in one transaction: either all of it is
 * saved or, on error, the database keeps the previous save.
 */
gboolean
pa_store_save (PaStore      *self,
               PaAgreement  *agreement,
               GError      **error)
{
  sqlite3_int64 pk;
  guint n_sealed = 0;

  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), FALSE);

  /* A document may arrive without one; callers show error->message. */
  if (pa_agreement_get_id (agreement) == NULL)
    {
      g_set_error_literal (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED,
                           _("The agreement has no id, so it cannot be saved."));
      return FALSE;
    }

  /* The list is ordered and paged by "modified": it must be set. */
  if (pa_record_get_string (PA_RECORD (agreement), "modified") == NULL)
    {
      g_autofree char *now = pa_now_iso8601 ();

      pa_record_set_string (PA_RECORD (agreement), "modified", now);
    }

  if (!pa_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!pa_store_write_agreement (self->cache, agreement, &pk, error) ||
      !pa_store_write_search_row (self->cache, agreement, pk, error) ||
      !pa_store_write_revisions (self->cache, agreement, pk, &n_sealed, error) ||
      !pa_store_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  /* Only now are the sealed revisions safe on disk. */
  pa_agreement_forget_sealed_revisions (agreement, n_sealed);
  return TRUE;
}

PaAgreement *
pa_store_load (PaStore     *self,
               const char  *id,
               GError     **error)
{
  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return pa_store_read_agreement (self->cache, id, error);
}

static gboolean
step_done (PaStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, self->db, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
pa_store_delete (PaStore     *self,
                 const char  *id,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!pa_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!(stmt = pa_stmt_cache_get (self->cache,
                                  "DELETE FROM draft_search WHERE rowid = "
                                  "(SELECT sd.docid FROM search_doc sd JOIN agreement a ON a.pk = sd.pk "
                                  "WHERE a.id = ?)", error)))
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, error))
    goto fail;

  if (!(stmt = pa_stmt_cache_get (self->cache, "DELETE FROM agreement WHERE id = ?", error)))
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, error))
    goto fail;

  /* FTS5 only marks the draft's words deleted in its index; merging the
   * index into one segment drops them, and secure_delete zeroes the
   * pages they were on. That takes most of a second on 10,000 drafts, so
   * it is recorded here and done in a thread (pa-store-purge.c). */
  if (!pa_store_exec (self->db, "INSERT OR IGNORE INTO purge_pending (what) VALUES ('search')", error))
    goto fail;

  if (pa_store_exec (self->db, "COMMIT", error))
    {
      if (self->purge != NULL)
        pa_purge_worker_request (self->purge);
      return TRUE;
    }

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/**
 * pa_store_wait_for_purge:
 *
 * Waits for the thread that removes deleted drafts' words from the
 * full-text index, if one is at work. Closing the store waits too.
 */
void
pa_store_wait_for_purge (PaStore *self)
{
  g_return_if_fail (PA_IS_STORE (self));

  if (self->purge != NULL)
    pa_purge_worker_wait (self->purge);
}

gboolean
pa_store_contains (PaStore    *self,
                   const char *id)
{
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  stmt = pa_stmt_cache_get (self->cache, "SELECT 1 FROM agreement WHERE id = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/**
 * pa_store_find_earlier:
 *
 * Returns: (transfer full) (element-type PaAgreement): the stored
 *   agreements of the citizen of @agreement (by CPR number) that start
 *   before it, or all of them when it has no start date yet; empty when
 *   the citizen has no CPR number
 */
GPtrArray *
pa_store_find_earlier (PaStore      *self,
                       PaAgreement  *agreement,
                       GError      **error)
{
  const char *cpr;
  const char *start;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  cpr = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "cpr");
  start = pa_record_get_string (PA_RECORD (agreement), "start-date");
  if (cpr == NULL)
    return g_steal_pointer (&found);

  stmt = pa_stmt_cache_get (self->cache,
                            "SELECT a.id FROM agreement a JOIN citizen c ON c.parent = a.pk "
                            "WHERE c.cpr = ?1 AND a.id != ?2 "
                            "AND (?3 IS NULL OR a.start_date < ?3) "
                            "ORDER BY a.start_date", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, cpr, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, pa_agreement_get_id (agreement), -1, SQLITE_TRANSIENT);
  if (start != NULL)
    sqlite3_bind_text (stmt, 3, start, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, self->db, rc);
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      PaAgreement *earlier = pa_store_load (self, g_ptr_array_index (ids, i), error);

      if (earlier == NULL)
        return NULL;
      g_ptr_array_add (found, earlier);
    }
  return g_steal_pointer (&found);
}

/**
 * pa_store_search:
 * @query: words as the user typed them
 *
 * Every result, in rank order (see pa-store-search.c); for commands and
 * tests. The list fetches a page at a time with pa_store_search_page().
 *
 * Returns: (transfer full): drafts whose citizen, company, goals, tasks
 *   or notes contain every word (as a prefix, ignoring accents), best
 *   match first; all drafts when @query has no words
 */
GListModel *
pa_store_search (PaStore     *self,
                 const char  *query,
                 GError     **error)
{
  g_auto(GStrv) terms = NULL;
  PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
  GListStore *found;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if ((terms = pa_search_query_terms (query)) == NULL)
    return pa_store_list_drafts (self, error);

  found = g_list_store_new (PA_TYPE_DRAFT_SUMMARY);
  while (!cursor.done)
    {
      g_autoptr(GPtrArray) page = pa_store_search_page (self, query, &cursor, 500, NULL, error);

      if (page == NULL)
        {
          g_object_unref (found);
          return NULL;
        }
      g_list_store_splice (found, g_list_model_get_n_items (G_LIST_MODEL (found)), 0,
                           page->pdata, page->len);
    }
  return G_LIST_MODEL (found);
}

void
pa_store_simulate_failure (PaStore      *self,
                           PaStoreError  kind,
                           gboolean      enable)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (PA_IS_STORE (self));

  if (kind == PA_STORE_ERROR_READ_ONLY)
    sql = g_strdup_printf ("PRAGMA query_only = %d", enable ? 1 : 0);
  else if (kind == PA_STORE_ERROR_FULL)
    {
      /* No more pages than now: the next save that needs one fails with
       * SQLITE_FULL, exactly as on a full disk. */
      int pages = query_int (self->db, "PRAGMA page_count");

      sql = g_strdup_printf ("PRAGMA max_page_count = %d", enable ? pages : 1073741823);
    }
  else
    g_return_if_reached ();

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}
