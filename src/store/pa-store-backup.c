/* pa-store-backup.c: daily backups, and moving bad files aside
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pa-store-private.h"

#define BACKUP_PREFIX "drafts-"
#define BACKUP_SUFFIX ".db"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

char *
pa_store_default_backup_dir (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

static gboolean
is_backup_name (const char *name)
{
  return g_str_has_prefix (name, BACKUP_PREFIX) &&
         g_str_has_suffix (name, BACKUP_SUFFIX) &&
         strlen (name) == strlen (BACKUP_PREFIX "YYYY-MM-DD" BACKUP_SUFFIX);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Backup names sort by date; newest last. */
static GPtrArray *
list_backups (const char *backup_dir)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (name))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);
  return names;
}

char *
pa_store_find_newest_backup (const char *backup_dir)
{
  g_autoptr(GPtrArray) names = NULL;

  g_return_val_if_fail (backup_dir != NULL, NULL);

  names = list_backups (backup_dir);
  if (names->len == 0)
    return NULL;
  return g_build_filename (backup_dir, g_ptr_array_index (names, names->len - 1), NULL);
}

/* Copies @from page by page; @progress, when given, hears the share done
 * after each step of BACKUP_STEP_PAGES. The caller keeps a read
 * transaction open on @from so that a save elsewhere in the meantime
 * neither waits nor makes the copy start over. */
#define BACKUP_STEP_PAGES 1024

static gboolean
copy_database (sqlite3           *from,
               const char        *to_path,
               PaBackupProgress   progress,
               gpointer           progress_data,
               GError           **error)
{
  g_autoptr(sqlite3) to = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (to_path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, to, rc);
      return FALSE;
    }
  g_chmod (to_path, 0600);

  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    {
      pa_store_set_sqlite_error (error, to, sqlite3_errcode (to));
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, progress ? BACKUP_STEP_PAGES : -1);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        progress (1.0 - (double) sqlite3_backup_remaining (backup) / sqlite3_backup_pagecount (backup),
                  progress_data);
    }
  while (rc == SQLITE_OK);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      pa_store_set_sqlite_error (error, to, rc);
      return FALSE;
    }
  return TRUE;
}

/**
 * pa_store_tighten_backups:
 *
 * The backups hold the same health data as the database: only the user
 * may read them. A folder that was made by hand, or by an older version,
 * keeps its mode under mkdir, so it is set on every open.
 */
void
pa_store_tighten_backups (const char *db_path)
{
  g_autofree char *backup_dir = pa_store_default_backup_dir (db_path);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) moved = NULL;

  if (g_file_test (backup_dir, G_FILE_TEST_IS_DIR))
    {
      g_chmod (backup_dir, 0700);
      names = list_backups (backup_dir);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *file = g_build_filename (backup_dir, g_ptr_array_index (names, i), NULL);

          g_chmod (file, 0600);
        }
    }

  moved = pa_store_list_moved_aside (db_path);
  for (guint i = 0; i < moved->len; i++)
    g_chmod (g_ptr_array_index (moved, i), 0600);
}

/**
 * pa_store_backup_if_due:
 * @keep: how many daily backups to keep
 *
 * Copies the database to @backup_dir/drafts-YYYY-MM-DD.db unless today's
 * copy exists, then removes all but the newest @keep copies.
 */
gboolean
pa_store_backup_if_due (PaStore     *self,
                        const char  *backup_dir,
                        guint        keep,
                        GError     **error)
{
  g_return_val_if_fail (PA_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_dir != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  return pa_store_backup_from (pa_store_get_db (self), backup_dir, keep, NULL, NULL, error);
}

/* The work of pa_store_backup_if_due(), from any connection to the
 * database, for the thread of pa_store_backup_if_due_async() too. */
gboolean
pa_store_backup_from (sqlite3           *from,
                      const char        *backup_dir,
                      guint              keep,
                      PaBackupProgress   progress,
                      gpointer           progress_data,
                      GError           **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strconcat (BACKUP_PREFIX, day, BACKUP_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (backup_dir, name, NULL);
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  g_autoptr(GPtrArray) names = NULL;

  if (g_mkdir_with_parents (backup_dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *what =
        /* Translators: %s is a folder; the reason follows */
        g_strdup_printf (_("The backup folder %s cannot be created"), backup_dir);

      pa_store_set_errno_error (error, saved, what);
      return FALSE;
    }
  /* mkdir leaves a folder that was there as it was (0755 seen). */
  g_chmod (backup_dir, 0700);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!copy_database (from, tmp, progress, progress_data, error))
        {
          g_unlink (tmp);
          return FALSE;
        }

      if (g_rename (tmp, path) != 0)
        {
          int saved = errno;
          g_autofree char *what =
            /* Translators: %s is a file; the reason follows */
            g_strdup_printf (_("The backup %s could not be written"), path);

          g_unlink (tmp);
          pa_store_set_errno_error (error, saved, what);
          return FALSE;
        }
    }

  names = list_backups (backup_dir);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *old = g_build_filename (backup_dir, g_ptr_array_index (names, i), NULL);

      if (i + keep < names->len)
        g_unlink (old);
      else
        g_chmod (old, 0600);
    }
  return TRUE;
}

/**
 * pa_store_move_aside:
 *
 * Renames a bad database, and its -wal and -shm files, so that nothing
 * is lost and a new database can take its place.
 *
 * Returns: (transfer full) (nullable): where the file went
 */
char *
pa_store_move_aside (const char  *path,
                     GError     **error)
{
  static const char *companions[] = { "-wal", "-shm", "-journal" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.damaged-%s", path, stamp);

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved = errno;

      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED,
                   _("The damaged drafts file %s could not be moved aside: %s."),
                   path, g_strerror (saved));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (target, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&target);
}

/**
 * pa_store_restore_backup:
 *
 * Copies @backup_path to @path, which must not exist (move a bad file
 * aside first).
 */
gboolean
pa_store_restore_backup (const char  *backup_path,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) tmp_file = NULL;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED,
                   _("The drafts file %s still exists; it is not replaced by a backup."), path);
      return FALSE;
    }

  tmp = g_strconcat (path, ".restoring", NULL);
  from = g_file_new_for_path (backup_path);
  tmp_file = g_file_new_for_path (tmp);
  to = g_file_new_for_path (path);

  if (!g_file_copy (from, tmp_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error) ||
      !g_file_move (tmp_file, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  g_chmod (path, 0600);
  return TRUE;
}

static gboolean
is_moved_aside_name (const char *name,
                     const char *db_name)
{
  static const char *companions[] = { "-wal", "-shm", "-journal" };
  g_autofree char *prefix = g_strconcat (db_name, ".damaged-", NULL);

  if (!g_str_has_prefix (name, prefix))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (name, companions[i]))
      return FALSE;
  return TRUE;
}

/**
 * pa_store_list_moved_aside:
 * @db_path: the database the files were moved aside from
 *
 * Returns: (transfer full) (element-type filename): the paths of the
 *   files pa_store_move_aside() made next to @db_path, oldest first
 */
GPtrArray *
pa_store_list_moved_aside (const char *db_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *db_name = NULL;
  g_autoptr(GDir) dir = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (db_path != NULL, paths);

  folder = g_path_get_dirname (db_path);
  db_name = g_path_get_basename (db_path);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_moved_aside_name (name, db_name))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));

  /* The names carry the time they were moved: sorted is oldest first. */
  g_ptr_array_sort (paths, compare_names);
  return paths;
}

/**
 * pa_store_delete_moved_aside:
 * @moved_path: a path from pa_store_list_moved_aside()
 *
 * Deletes the file for good, with its -wal, -shm and -journal files.
 */
gboolean
pa_store_delete_moved_aside (const char  *moved_path,
                             GError     **error)
{
  static const char *companions[] = { "-wal", "-shm", "-journal" };
  g_autofree char *name = NULL;

  g_return_val_if_fail (moved_path != NULL, FALSE);

  name = g_path_get_basename (moved_path);
  if (strstr (name, ".damaged-") == NULL)
    {
      g_set_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED,
                   /* Translators: %s is a file name */
                   _("The file %s is not a file that was set aside, so it is not deleted."),
                   moved_path);
      return FALSE;
    }

  if (g_unlink (moved_path) != 0)
    {
      int saved = errno;
      g_autofree char *what =
        /* Translators: %s is a file; the reason follows */
        g_strdup_printf (_("The file %s could not be deleted"), moved_path);

      pa_store_set_errno_error (error, saved, what);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (moved_path, companions[i], NULL);

      g_unlink (companion);
    }
  return TRUE;
}
