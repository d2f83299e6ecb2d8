/* pa-application-store.c: opening the database, what to do when it is damaged, backups
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A damaged file is never overwritten: it is moved aside, the user is
 * told where, and offered the newest backup. A file from a newer version
 * is left exactly as it is.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-application-private.h"
#include "pa-labels.h"

/* Backups kept, one a day. */
#define BACKUPS_KEPT 7

typedef struct {
  PaApplication *app;
  PaWindow      *window;
  char          *path;
  char          *backup;
} OpenState;

static void
open_state_free (OpenState *state)
{
  g_object_unref (state->app);
  g_object_unref (state->window);
  g_free (state->path);
  g_free (state->backup);
  g_free (state);
}

static void
open_state_closure_free (gpointer  data,
                         GClosure *closure)
{
  open_state_free (data);
}

static void
pa_application_use_store (PaApplication *self,
                          PaWindow      *window,
                          PaStore       *store)
{
  g_hash_table_replace (self->stores, g_strdup (pa_store_get_path (store)), g_object_ref (store));
  pa_window_set_store (window, store);
  _pa_application_check_later (self, window);
}

static gboolean
destroy_window (gpointer data)
{
  g_autoptr(GtkWindow) window = data;

  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
on_fatal_response (AdwMessageDialog *dialog,
                   const char       *response,
                   PaWindow         *window)
{
  /* Not from inside the response: destroying the window destroys the
   * dialog, which is still emitting it. */
  g_idle_add (destroy_window, g_object_ref (window));
}

/* Tells the user why the window cannot show anything, then closes it. */
static void
show_fatal (PaWindow   *window,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_fatal_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_after_damage (OpenState *state,
                   gboolean   restore)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (restore && !pa_store_restore_backup (state->backup, state->path, &error))
    {
      g_autofree char *body =
        /* Translators: %s explains why */
        g_strdup_printf (_("The backup could not be restored: %s"), error->message);

      show_fatal (state->window, _("The Backup Cannot Be Restored"), body);
      return;
    }

  store = pa_store_open (state->path, &error);
  if (store == NULL)
    {
      show_fatal (state->window, _("The List of Agreements Cannot Be Opened"), error->message);
      return;
    }

  pa_application_use_store (state->app, state->window, store);

  if (restore)
    /* Translators: a toast after restoring the agreements from a backup */
    pa_window_add_toast (state->window, adw_toast_new (_("The backup has been restored")));
}

static void
on_damaged_response (AdwMessageDialog *dialog,
                     const char       *response,
                     OpenState        *state)
{
  open_after_damage (state, g_str_equal (response, "restore"));
}

/* The backup's date, as the users write dates. */
static char *
backup_date (const char *backup)
{
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *iso = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || (modified = g_file_info_get_modification_date_time (info)) == NULL)
    return g_path_get_basename (backup);

  local = g_date_time_to_local (modified);
  iso = g_date_time_format (local, "%Y-%m-%d");
  return pa_wording_date_numeric (iso);
}

static void
handle_damaged (PaApplication *self,
                PaWindow      *window,
                const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *body = NULL;
  OpenState *state;
  AdwMessageDialog *dialog;

  moved = pa_store_move_aside (path, &error);
  if (moved == NULL)
    {
      body = g_strdup_printf (_("The file %s is damaged, and it could not be moved out of the way: %s"),
                              path, error->message);
      show_fatal (window, _("The List of Agreements Cannot Be Opened"), body);
      return;
    }

  state = g_new0 (OpenState, 1);
  state->app = g_object_ref (self);
  state->window = g_object_ref (window);
  state->path = g_strdup (path);
  backup_dir = pa_store_default_backup_dir (path);
  state->backup = pa_store_find_newest_backup (backup_dir);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("The List of Agreements Was Damaged"),
                                                       NULL));
  if (state->backup != NULL)
    {
      g_autofree char *date = backup_date (state->backup);
      g_autofree char *restore = NULL;

      adw_message_dialog_format_body (dialog,
                                      _("The file could not be read, so it has been moved to %s. Nothing in it has been deleted.\n\nYou can go on with the backup from %s, or start with an empty list."),
                                      moved, date);
      /* Translators: %s is a date, e.g. "2.3.2026" */
      restore = g_strdup_printf (_("_Restore Backup From %s"), date);
      adw_message_dialog_add_responses (dialog,
                                        "empty", _("_Start With an Empty List"),
                                        "restore", restore,
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
    }
  else
    {
      adw_message_dialog_format_body (dialog,
                                      _("The file could not be read, so it has been moved to %s. Nothing in it has been deleted. There is no backup to go on with."),
                                      moved);
      adw_message_dialog_add_response (dialog, "empty", _("_Start With an Empty List"));
      adw_message_dialog_set_default_response (dialog, "empty");
    }
  adw_message_dialog_set_close_response (dialog, "empty");

  g_signal_connect_data (dialog, "response", G_CALLBACK (on_damaged_response),
                         state, open_state_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _pa_application_open_store:
 *
 * Opens the database at @path for @window, or explains to the user why
 * it cannot, and what happened to the file.
 */
void
_pa_application_open_store (PaApplication *self,
                            PaWindow      *window,
                            const char    *path)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *body = NULL;

  g_mkdir_with_parents (dir, 0700);
  store = pa_store_open_full (path, PA_STORE_OPEN_DEFER_INTEGRITY_CHECK, &error);
  /* A file on read-only media is shown read-only, with a banner, rather
   * than not at all. */
  if (g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_READ_ONLY))
    {
      g_clear_error (&error);
      store = pa_store_open_full (path,
                                  PA_STORE_OPEN_DEFER_INTEGRITY_CHECK | PA_STORE_OPEN_READ_ONLY,
                                  &error);
    }
  if (store != NULL)
    {
      pa_application_use_store (self, window, store);
      return;
    }

  /* Another program's database is left alone, not moved aside as damaged. */
  if (g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_FOREIGN))
    {
      show_fatal (window, _("The File Belongs to Another Program"), error->message);
      return;
    }

  if (g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_DATABASE) ||
      g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT))
    {
      handle_damaged (self, window, path);
      return;
    }

  if (g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_TOO_NEW))
    {
      body = g_strdup_printf (_("The agreements in %s were saved by a newer version of Praktikaftale. Update Praktikaftale to open them. The file has not been changed."),
                              path);
      show_fatal (window, _("Made by a Newer Version"), body);
      return;
    }

  body = g_strdup_printf (_("The file %s cannot be opened: %s"), path, error->message);
  show_fatal (window, _("The List of Agreements Cannot Be Opened"), body);
}

/* After the first frame: the integrity check, then the daily backup, so
 * neither is in the way of starting and a damaged file is never copied
 * over a good backup. */

/* A backup that takes more than a moment (100,000 drafts are a
 * gigabyte) says how far it is, in a toast that does not block. */
#define BACKUP_QUIET_MS 2000

typedef struct {
  PaWindow *window;
  AdwToast *toast;      /* (nullable): shown after BACKUP_QUIET_MS */
  double    fraction;
  guint     quiet_id;
} BackupRun;

static void
backup_run_set_title (BackupRun *run)
{
  g_autofree char *title =
    /* Translators: shown while today's backup of the agreements is made */
    g_strdup_printf (_("Backing up the agreements… %d %%"), (int) (run->fraction * 100));

  adw_toast_set_title (run->toast, title);
}

static gboolean
backup_show_progress (gpointer data)
{
  BackupRun *run = data;

  run->quiet_id = 0;
  run->toast = adw_toast_new ("");
  adw_toast_set_timeout (run->toast, 0);
  backup_run_set_title (run);
  pa_window_add_toast (run->window, g_object_ref (run->toast));
  return G_SOURCE_REMOVE;
}

static void
on_backup_progress (double   fraction,
                    gpointer user_data)
{
  BackupRun *run = user_data;

  run->fraction = fraction;
  if (run->toast != NULL)
    backup_run_set_title (run);
}

static void
on_backup_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  BackupRun *run = user_data;
  g_autoptr(PaWindow) window = run->window;
  PaApplication *self = PA_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&run->quiet_id, g_source_remove);
  if (run->toast != NULL)
    adw_toast_dismiss (run->toast);
  g_clear_object (&run->toast);
  g_free (run);

  if (pa_store_backup_if_due_finish (PA_STORE (source), result, &error))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      if (self != NULL)
        g_settings_set_string (self->settings, "last-backup", today);
    }
  else
    {
      g_autofree char *title =
        /* Translators: %s explains why, e.g. "The disk is full." */
        g_strdup_printf (_("Today’s backup could not be made: %s"), error->message);

      pa_window_add_toast (window, adw_toast_new (title));
    }
}

static gboolean
backup_idle (gpointer data)
{
  g_autoptr(PaWindow) window = data;
  PaApplication *self = PA_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  PaStore *store = pa_window_get_store (window);
  g_autofree char *dir = NULL;
  BackupRun *run;

  if (self == NULL || store == NULL || self->backup_checked)
    return G_SOURCE_REMOVE;
  /* A store opened read-only is not written next to either: its banner
   * already says so, and a backup folder on read-only media could only
   * fail with a second, technical message. */
  if (pa_store_is_read_only (store))
    return G_SOURCE_REMOVE;
  self->backup_checked = TRUE;

  /* In a thread (issue 14): a save never waits for the copy. */
  dir = pa_store_default_backup_dir (pa_store_get_path (store));
  run = g_new0 (BackupRun, 1);
  run->window = g_object_ref (window);
  run->quiet_id = g_timeout_add (BACKUP_QUIET_MS, backup_show_progress, run);
  pa_store_backup_if_due_async (store, dir, BACKUPS_KEPT, on_backup_progress, run, NULL,
                                on_backup_done, run);
  return G_SOURCE_REMOVE;
}

static void
on_integrity_checked (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PaWindow) window = user_data;
  PaStore *store = PA_STORE (source);
  PaApplication *self = PA_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (pa_store_check_integrity_finish (store, result, &error))
    {
      g_idle_add_full (G_PRIORITY_LOW, backup_idle, g_object_ref (window), NULL);
      return;
    }

  if (self == NULL || pa_window_get_store (window) != store)
    return;

  if (!g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT) &&
      !g_error_matches (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_DATABASE))
    {
      g_autofree char *title =
        /* Translators: %s explains why */
        g_strdup_printf (_("The agreements could not be checked for damage: %s"), error->message);

      pa_window_add_toast (window, adw_toast_new (title));
      return;
    }

  /* Let go of the damaged file everywhere before it is moved aside. */
  path = g_strdup (pa_store_get_path (store));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PA_IS_WINDOW (l->data) && pa_window_get_store (l->data) == store)
      pa_window_set_store (l->data, NULL);
  g_hash_table_remove (self->stores, path);

  handle_damaged (self, window, path);
}

static void
on_first_frame_painted (GdkFrameClock *clock,
                        PaWindow      *window)
{
  PaStore *store = pa_window_get_store (window);

  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, window);
  if (store != NULL)
    pa_store_check_integrity_async (store, NULL, on_integrity_checked, g_object_ref (window));
}

static void
on_window_mapped (PaWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, on_window_mapped, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (on_first_frame_painted), window, 0);
}

/**
 * _pa_application_check_later:
 *
 * Once @window has shown its first frame, checks its store for damage in
 * a thread and then makes the daily backup (once a session).
 */
void
_pa_application_check_later (PaApplication *self,
                             PaWindow      *window)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_mapped (window);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), NULL);
}
