/* test-application.c: the application's own actions: text size, preferences, opening a database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/pa-store.h"
#include "ui/pa-application.h"
#include "ui/pa-application-private.h"
#include "ui/pa-preferences-window.h"
#include "ui/pa-window-private.h"
#include "../common/pa-test-util.h"
#include "ui-test-util.h"

/* One application for every test: a second one in the same process
 * could not export its object path on the session bus. */
static PaApplication *
new_registered_app (void)
{
  static PaApplication *app = NULL;
  g_autoptr(GError) error = NULL;

  if (app == NULL)
    {
      app = pa_application_new ();
      /* No session bus is needed to run it in a test. */
      g_application_set_flags (G_APPLICATION (app),
                               g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return g_object_ref (app);
}

static gboolean
message_dialog_shown (gpointer data)
{
  AdwMessageDialog **found = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        *found = ADW_MESSAGE_DIALOG (window);
    }
  return *found != NULL;
}

static gboolean
skip_without_display (void)
{
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    return FALSE;
  g_test_skip ("needs a display");
  return TRUE;
}

static void
close_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
xft_dpi (void)
{
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size of the whole app
 * in three steps, and the choice is kept in the settings. */
static void
test_text_size (void)
{
  g_autoptr(PaApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  int base;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs a display");
      return;
    }

  app = new_registered_app ();

  settings = g_settings_new (APP_ID);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "normal");
  base = xft_dpi ();
  g_assert_cmpint (base, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "large");
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.25));

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "larger");
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.5));

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-smaller", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "large");

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-normal", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "normal");
  g_assert_cmpint (xft_dpi (), ==, base);

  /* The menu's radio items set the same key. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "text-size", g_variant_new_string ("larger"));
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.5));
}

/* Issue 7, item 2: the window refuses another program's database with
 * the same message as the command line, and does not move it aside as
 * damaged. */
static void
test_foreign_database (void)
{
  g_autoptr(PaApplication) app = NULL;
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  AdwMessageDialog *dialog = NULL;
  gsize before_len, after_len;
  sqlite3 *db = NULL;

  if (skip_without_display ())
    return;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (x); INSERT INTO notes VALUES ('vigtigt');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  app = new_registered_app ();
  pa_application_open_window (app, path);
  ui_run_until (message_dialog_shown, &dialog, 3000);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "another program"));

  moved = pa_store_list_moved_aside (path);
  g_assert_cmpuint (moved->len, ==, 0);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  close_all_windows ();
  pa_test_rm_rf (dir);
}

/* Issue 7, item 4: a read-only store shows a banner from the start,
 * whether or not a draft is open. */
static void
test_read_only_banner (void)
{
  g_autoptr(PaApplication) app = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  PaWindow *window;
  GtkInfoBar *bar;

  if (skip_without_display ())
    return;

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = pa_store_open_full (path, PA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  app = new_registered_app ();
  window = pa_window_new_for_store (GTK_APPLICATION (app), store);
  gtk_window_present (GTK_WINDOW (window));
  bar = pa_window_get_save_error_bar (window);
  g_assert_true (gtk_info_bar_get_revealed (bar));

  close_all_windows ();
  pa_test_rm_rf (dir);
}

static gboolean
integrity_checked_and_idle (gpointer data)
{
  guint *rounds = data;

  /* The integrity check runs in a thread after the first frame, then
   * the backup in a low-priority idle: let both have their turn. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return ++(*rounds) > 300;
}

/* A store opened read-only is never written next to: no daily backup,
 * and so no toast saying the backup folder cannot be made on read-only
 * media (seen in the window over a read-only bind mount). */
static void
test_read_only_no_backup (void)
{
  g_autoptr(PaApplication) app = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autofree char *backups = NULL;
  PaWindow *window;
  guint rounds = 0;

  if (skip_without_display ())
    return;

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = pa_store_open_full (path, PA_STORE_OPEN_DEFER_INTEGRITY_CHECK | PA_STORE_OPEN_READ_ONLY,
                              &error);
  g_assert_no_error (error);
  backups = pa_store_default_backup_dir (path);

  app = new_registered_app ();
  window = pa_window_new_for_store (GTK_APPLICATION (app), store);
  _pa_application_check_later (app, window);
  gtk_window_present (GTK_WINDOW (window));
  ui_run_until (integrity_checked_and_idle, &rounds, 10000);

  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  close_all_windows ();
  pa_test_rm_rf (dir);
}

static void
collect_delete_buttons (GtkWidget *widget,
                        GPtrArray *found)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Delete") == 0)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_delete_buttons (child, found);
}

static GPtrArray *
delete_buttons (GtkWidget *window)
{
  GPtrArray *found = g_ptr_array_new ();

  while (g_main_context_iteration (NULL, FALSE))
    ;
  collect_delete_buttons (window, found);
  return found;
}

/* Issue 7, item 9: files set aside are listed in the preferences and can
 * be deleted, after a question. */
static void
test_preferences_moved_aside (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autofree char *first = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog = NULL;
  GtkWidget *prefs;

  if (skip_without_display ())
    return;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *moved = NULL;

      g_assert_true (g_file_set_contents (path, "beskadiget", -1, NULL));
      moved = pa_store_move_aside (path, &error);
      g_assert_no_error (error);
      if (i == 0)
        first = g_steal_pointer (&moved);
    }

  prefs = pa_preferences_window_new (NULL, path);
  gtk_window_present (GTK_WINDOW (prefs));
  buttons = delete_buttons (prefs);
  g_assert_cmpuint (buttons->len, ==, 2);

  /* Cancel keeps it. */
  gtk_widget_activate (g_ptr_array_index (buttons, 0));
  ui_run_until (message_dialog_shown, &dialog, 3000);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));

  dialog = NULL;
  gtk_widget_activate (g_ptr_array_index (buttons, 0));
  ui_run_until (message_dialog_shown, &dialog, 3000);
  adw_message_dialog_response (dialog, "delete");
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = delete_buttons (prefs);
  g_assert_cmpuint (buttons->len, ==, 1);

  close_all_windows ();
  pa_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("GTK_A11Y", "none", FALSE);

  g_test_add_func ("/pa/ui/application/text-size", test_text_size);
  g_test_add_func ("/pa/ui/application/foreign-database", test_foreign_database);
  g_test_add_func ("/pa/ui/application/read-only-banner", test_read_only_banner);
  g_test_add_func ("/pa/ui/application/read-only-no-backup", test_read_only_no_backup);
  g_test_add_func ("/pa/ui/application/preferences-moved-aside", test_preferences_moved_aside);

  return g_test_run ();
}
