/* test-window.c: the window and the editor, driven as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "store/pa-draft-summary.h"
#include "ui/pa-window-private.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

typedef struct {
  char     *dir;
  char     *db_path;
  PaStore  *store;
  PaWindow *window;
} Fixture;

static PaWindow *
open_window (Fixture *fixture)
{
  PaWindow *window = pa_window_new_for_store (NULL, fixture->store);

  gtk_window_present (GTK_WINDOW (window));
  ui_run_for (50);
  return window;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return;

  /* The memory backend lives as long as the process: start clean. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "last-opened-draft", "");

  fixture->dir = pa_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "drafts.db", NULL);
  fixture->store = pa_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->window = open_window (fixture);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_run_for (10);
  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    pa_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static gboolean
skip_without_display (void)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return TRUE;
    }
  return FALSE;
}

static PaEditor *
new_draft (PaWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-draft", NULL));
  g_assert_nonnull (pa_window_get_autosave (window));
  return pa_window_get_editor (window);
}

static void
type_into (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* What pressing Enter in the row does. */
static void
type_and_enter (AdwEntryRow *row,
                const char  *text)
{
  type_into (row, text);
  g_signal_emit_by_name (row, "entry-activated");
}

static PaRecord *
open_agreement (PaWindow *window)
{
  return PA_RECORD (pa_editor_get_agreement (pa_window_get_editor (window)));
}

static PaDraftSummary *
draft_at (PaWindow *window,
          guint     position)
{
  GListModel *model = pa_window_get_draft_model (window);

  g_assert_cmpuint (g_list_model_get_n_items (model), >, position);
  /* The list keeps the item alive. */
  g_autoptr(PaDraftSummary) summary = g_list_model_get_item (model, position);
  return summary;
}

static guint
n_drafts (PaWindow *window)
{
  return g_list_model_get_n_items (pa_window_get_draft_model (window));
}

/* A draft typed into the window is in the list of a new window on the same file. */
static void
test_new_draft_persists (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PaEditor *editor;
  PaWindow *window;
  PaDraftSummary *first;

  if (skip_without_display ())
    return;

  g_assert_cmpstr (pa_window_get_sidebar_page (fixture->window), ==, "empty");

  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Amina Hassan");
  type_into (pa_editor_get_company_name_row (editor), "Netto Vejle");
  g_assert_cmpstr (pa_window_get_sidebar_page (fixture->window), ==, "list");

  /* Closing saves at once, without waiting for the autosave delay. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_null (fixture->window);

  store = pa_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  window = pa_window_new_for_store (NULL, store);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpuint (n_drafts (window), ==, 1);
  first = draft_at (window, 0);
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (first), ==, "Amina Hassan");
  g_assert_cmpstr (pa_draft_summary_get_company_name (first), ==, "Netto Vejle");

  /* The draft open at closing is open again. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pa_editor_get_citizen_name_row (pa_window_get_editor (window)))),
                   ==, "Amina Hassan");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
autosave_clean (gpointer data)
{
  return !pa_autosave_get_dirty (pa_window_get_autosave (data));
}

/* Saving after a pause shows the new name in the list. */
static void
test_list_follows_autosave (Fixture       *fixture,
                            gconstpointer  data)
{
  PaEditor *editor;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  g_assert_null (pa_draft_summary_get_citizen_name (draft_at (fixture->window, 0)));

  type_into (pa_editor_get_citizen_name_row (editor), "Bo Jensen");
  g_assert_true (pa_autosave_get_dirty (pa_window_get_autosave (fixture->window)));
  /* Saved after the pause: waited for, not timed, as a loaded machine
   * can take longer than the pause to draw the editor's first frame. */
  ui_run_until (autosave_clean, fixture->window, 10000);

  g_assert_false (pa_autosave_get_dirty (pa_window_get_autosave (fixture->window)));
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (draft_at (fixture->window, 0)), ==, "Bo Jensen");
}

/* The format message under a field: what the user typed is not valid. */
static const char *
format_message (PaEditor *editor,
                gpointer  row)
{
  return pa_field_message_get_source_text (pa_editor_get_message_for_row (editor, row), "format");
}

typedef struct {
  PaEditor *editor;
  gpointer  row;
} MessageWait;

static gboolean
format_message_shown (gpointer data)
{
  MessageWait *wait = data;

  return format_message (wait->editor, wait->row) != NULL;
}

/* An impossible date leaves the model as it was and says what is wrong. */
static void
test_impossible_date (Fixture       *fixture,
                      gconstpointer  data)
{
  PaEditor *editor;
  AdwEntryRow *start_row, *end_row;
  PaFieldMessage *message;
  MessageWait wait;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  start_row = pa_editor_get_start_date_row (editor);
  end_row = pa_editor_get_end_date_row (editor);
  message = pa_editor_get_message_for_row (editor, start_row);

  type_and_enter (start_row, "2.3.2026");
  g_assert_cmpstr (pa_record_get_string (open_agreement (fixture->window), "start-date"), ==, "2026-03-02");
  g_assert_null (format_message (editor, start_row));

  type_and_enter (start_row, "31.2.2026");
  g_assert_cmpstr (pa_record_get_string (open_agreement (fixture->window), "start-date"), ==, "2026-03-02");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "31.2.2026");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (g_str_has_prefix (format_message (editor, start_row), "Start date"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));

  /* Correcting it clears the message as soon as it is valid. */
  type_into (start_row, "2.3.2026");
  g_assert_null (format_message (editor, start_row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));

  type_and_enter (end_row, "29.3.2026");
  g_assert_cmpstr (pa_record_get_string (open_agreement (fixture->window), "end-date"), ==, "2026-03-29");
  g_assert_cmpstr (gtk_label_get_label (pa_editor_get_duration_label (editor)), ==, "4 weeks");

  /* Ending before it starts is the rules' business: a finding at the end date. */
  type_and_enter (end_row, "1.3.2026");
  pa_editor_check_now (editor);
  g_assert_true (pa_field_message_has_source (pa_editor_get_message_for_row (editor, end_row), NULL));
  g_assert_cmpstr (gtk_label_get_label (pa_editor_get_duration_label (editor)), ==, "Ends before it starts");

  /* Without Enter the message comes when the user pauses. */
  type_into (end_row, "30.2.2026");
  g_assert_null (format_message (editor, end_row));
  wait = (MessageWait) { editor, end_row };
  ui_run_until (format_message_shown, &wait, 3000);
  g_assert_true (g_str_has_prefix (format_message (editor, end_row), "End date"));
}

/* CPR and CVR: normalised when valid, a visible message when not. */
static void
test_cpr_and_cvr (Fixture       *fixture,
                  gconstpointer  data)
{
  PaEditor *editor;
  AdwEntryRow *cpr_row, *cvr_row;
  PaRecord *citizen, *company;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  cpr_row = pa_editor_get_cpr_row (editor);
  cvr_row = pa_editor_get_cvr_row (editor);
  citizen = pa_record_get_child (open_agreement (fixture->window), "citizen");
  company = pa_record_get_child (open_agreement (fixture->window), "company");

  type_and_enter (cpr_row, "0101901234");
  g_assert_cmpstr (pa_record_get_string (citizen, "cpr"), ==, "010190-1234");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cpr_row)), ==, "010190-1234");
  g_assert_null (format_message (editor, cpr_row));

  type_and_enter (cpr_row, "311390-1234");
  g_assert_cmpstr (pa_record_get_string (citizen, "cpr"), ==, "010190-1234");
  g_assert_true (g_str_has_prefix (format_message (editor, cpr_row), "CPR number"));

  type_and_enter (cpr_row, "12ab");
  g_assert_nonnull (format_message (editor, cpr_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cpr_row)), ==, "12ab");

  type_and_enter (cvr_row, "12345678");
  g_assert_null (pa_record_get_string (company, "cvr"));
  g_assert_true (g_str_has_prefix (format_message (editor, cvr_row), "CVR number"));

  type_and_enter (cvr_row, "10 15 08 17");
  g_assert_cmpstr (pa_record_get_string (company, "cvr"), ==, "10150817");
  g_assert_null (format_message (editor, cvr_row));

  /* Emptying the row clears the field once the user is done with it. */
  type_and_enter (cvr_row, "");
  g_assert_null (pa_record_get_string (company, "cvr"));
}

/* Delete, then Undo: the agreement is back, with its edits, and open. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  PaEditor *editor;
  AdwToast *toast;
  g_autofree char *id = NULL;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Lone Madsen");
  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Yonas Tesfay");
  id = g_strdup (pa_agreement_get_id (pa_editor_get_agreement (editor)));
  g_assert_cmpuint (n_drafts (fixture->window), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-draft", NULL));
  g_assert_cmpuint (n_drafts (fixture->window), ==, 1);
  g_assert_false (pa_store_contains (fixture->store, id));
  g_assert_null (pa_window_get_autosave (fixture->window));
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (draft_at (fixture->window, 0)), ==, "Lone Madsen");

  toast = pa_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Agreement deleted");
  g_signal_emit_by_name (toast, "button-clicked");

  g_assert_true (pa_store_contains (fixture->store, id));
  g_assert_cmpuint (n_drafts (fixture->window), ==, 2);
  g_assert_nonnull (pa_window_get_autosave (fixture->window));
  g_assert_cmpstr (pa_agreement_get_id (pa_editor_get_agreement (pa_window_get_editor (fixture->window))), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pa_editor_get_citizen_name_row (pa_window_get_editor (fixture->window)))),
                   ==, "Yonas Tesfay");
}

/* "New placement for the same citizen" keeps the citizen, not the period. */
static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  PaEditor *editor;
  g_autofree char *id = NULL;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Amina Hassan");
  type_and_enter (pa_editor_get_start_date_row (editor), "2.3.2026");
  id = g_strdup (pa_agreement_get_id (pa_editor_get_agreement (editor)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.duplicate-draft", NULL));
  g_assert_cmpuint (n_drafts (fixture->window), ==, 2);
  g_assert_cmpstr (pa_agreement_get_id (pa_editor_get_agreement (editor)), !=, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pa_editor_get_citizen_name_row (editor))), ==, "Amina Hassan");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pa_editor_get_start_date_row (editor))), ==, "");
}

typedef struct {
  PaWindow *window;
  guint     n;
} CountWait;

static gboolean
has_n_drafts (gpointer data)
{
  CountWait *wait = data;

  return n_drafts (wait->window) == wait->n;
}

/* Typing in the search entry filters the list; nothing found says so. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  PaEditor *editor;
  GtkEditable *entry;
  CountWait wait = { fixture->window, 1 };

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Amina Hassan");
  type_into (pa_editor_get_company_name_row (editor), "Netto Vejle");
  editor = new_draft (fixture->window);
  type_into (pa_editor_get_citizen_name_row (editor), "Bo Jensen");
  type_into (pa_editor_get_company_name_row (editor), "Lidl Kolding");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  g_assert_cmpuint (n_drafts (fixture->window), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  entry = pa_window_get_search_entry (fixture->window);
  gtk_editable_set_text (entry, "Netto");
  ui_run_until (has_n_drafts, &wait, 2000);
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (draft_at (fixture->window, 0)), ==, "Amina Hassan");

  gtk_editable_set_text (entry, "Zanzibar");
  wait.n = 0;
  ui_run_until (has_n_drafts, &wait, 2000);
  g_assert_cmpstr (pa_window_get_sidebar_page (fixture->window), ==, "no-results");

  gtk_editable_set_text (entry, "");
  wait.n = 2;
  ui_run_until (has_n_drafts, &wait, 2000);
  g_assert_cmpstr (pa_window_get_sidebar_page (fixture->window), ==, "list");
}

static gboolean
bar_revealed (gpointer data)
{
  return gtk_info_bar_get_revealed (GTK_INFO_BAR (data));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
window_gone (gpointer data)
{
  return *(PaWindow **) data == NULL;
}

/* A full disk: the info bar says so, and closing asks first. */
static void
test_save_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  PaEditor *editor;
  AdwMessageDialog *dialog;
  GtkInfoBar *bar;

  if (skip_without_display ())
    return;

  editor = new_draft (fixture->window);
  bar = pa_window_get_save_error_bar (fixture->window);
  g_assert_false (gtk_info_bar_get_revealed (bar));

  pa_store_simulate_failure (fixture->store, PA_STORE_ERROR_FULL, TRUE);
  /* Enough text to need a new page in the database. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strnfill (2000 + i, 'x');

      type_into (pa_editor_get_citizen_name_row (editor), text);
      if (!gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL) ||
          pa_autosave_get_error (pa_window_get_autosave (fixture->window)) != NULL)
        break;
    }
  ui_run_until (bar_revealed, bar, 2000);
  g_assert_true (pa_autosave_get_dirty (pa_window_get_autosave (fixture->window)));

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_nonnull (fixture->window);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");

  adw_message_dialog_response (dialog, "close");
  ui_run_until (window_gone, &fixture->window, 2000);
  pa_store_simulate_failure (fixture->store, PA_STORE_ERROR_FULL, FALSE);
}

/* The shortcuts work and the actions that need a draft wait for one. */
static void
test_actions_enabled (Fixture       *fixture,
                      gconstpointer  data)
{
  if (skip_without_display ())
    return;

  g_assert_cmpstr (pa_window_get_sidebar_page (fixture->window), ==, "empty");
  g_assert_null (pa_window_get_autosave (fixture->window));
  /* Disabled: nothing happens, nothing breaks. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-draft", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL);
  g_assert_null (pa_window_get_last_toast (fixture->window));

  new_draft (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  g_assert_nonnull (pa_window_get_last_toast (fixture->window));
  g_assert_cmpstr (adw_toast_get_title (pa_window_get_last_toast (fixture->window)), ==, "Saved");
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/pa/ui/window/new-draft-persists", test_new_draft_persists);
  add_test ("/pa/ui/window/list-follows-autosave", test_list_follows_autosave);
  add_test ("/pa/ui/window/delete-undo", test_delete_undo);
  add_test ("/pa/ui/window/duplicate", test_duplicate);
  add_test ("/pa/ui/window/search", test_search);
  add_test ("/pa/ui/window/save-failure", test_save_failure);
  add_test ("/pa/ui/window/actions-enabled", test_actions_enabled);
  add_test ("/pa/ui/editor/impossible-date", test_impossible_date);
  add_test ("/pa/ui/editor/cpr-and-cvr", test_cpr_and_cvr);

  /* No GtkApplication and no accessibility bus: both want a session bus,
   * which a test machine may lack, and the window needs neither. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    adw_init ();

  return g_test_run ();
}
