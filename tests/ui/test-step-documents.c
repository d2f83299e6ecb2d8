/* test-step-documents.c: step 9 Dokumenter: the live preview, the company copy, export and print
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Danish, as the consultants use it. The preview is read through its
 * PDF (poppler), as a user reads the page; the buttons through the
 * actions they carry.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>

#include "ui/pa-document-print.h"
#include "ui/pa-step-documents.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define CPR "010190-1234"

static char *output_dir;

static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(PopplerDocument) document = poppler_document_new_from_bytes (pdf, NULL, NULL);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (document);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

static PaEditor *
open_documents_step (UiFixture *fixture)
{
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;
  PaEditor *editor;

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  g_assert_true (pa_editor_show_step (editor, "documents"));
  return editor;
}

static PaDocumentPreview *
preview_of (PaEditor *editor)
{
  return pa_step_documents_get_preview (PA_STEP_DOCUMENTS (pa_editor_get_step (editor, "documents")));
}

typedef struct {
  PaDocumentPreview *preview;
  const char        *present;   /* (nullable) */
  const char        *absent;    /* (nullable) */
} Wanted;

static gboolean
preview_shows (gpointer data)
{
  Wanted *wanted = data;
  GBytes *pdf = pa_document_preview_get_pdf (wanted->preview);
  g_autofree char *text = NULL;

  if (pdf == NULL)
    return FALSE;
  text = pdf_text (pdf);
  return (wanted->present == NULL || strstr (text, wanted->present) != NULL) &&
         (wanted->absent == NULL || strstr (text, wanted->absent) == NULL);
}

static void
wait_for_preview (PaDocumentPreview *preview,
                  const char        *present,
                  const char        *absent)
{
  Wanted wanted = { preview, present, absent };

  ui_run_until (preview_shows, &wanted, 10000);
  g_assert_true (preview_shows (&wanted));
}

/* The first button under @root whose action is @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

/* The toggle button a user reads @label on. */
static GtkWidget *
find_toggle (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_toggle (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_preview_and_company_copy (UiFixture     *fixture,
                               gconstpointer  data)
{
  PaEditor *editor;
  PaDocumentPreview *preview;
  GtkWidget *step, *company, *pdf_button;
  GVariant *target;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_documents_step (fixture);
  preview = preview_of (editor);
  step = pa_editor_get_step (editor, "documents");
  wait_for_preview (preview, "Amina Hassan", NULL);
  g_assert_cmpint (pa_document_preview_get_n_pages (preview), >=, 2);
  wait_for_preview (preview, CPR, NULL);
  /* Readable at 1366x768: the page is shown at 75 % of its size or more. */
  g_assert_cmpfloat (pa_document_preview_get_zoom (preview), >=, 0.75);

  company = find_toggle (step, _("C_ompany’s Copy"));
  g_assert_nonnull (company);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (company), TRUE);
  g_assert_cmpint (pa_document_preview_get_variant (preview), ==, PA_DOCUMENT_COMPANY);
  wait_for_preview (preview, "Amina Hassan", CPR);

  /* The PDF button saves what is shown. */
  pdf_button = find_action_button (step, "win.export-pdf");
  g_assert_nonnull (pdf_button);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (pdf_button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "company");
  g_assert_nonnull (find_action_button (step, "win.export-company-xml"));
  g_assert_true (gtk_widget_get_sensitive (pdf_button));
}

static void
test_preview_follows_edits (UiFixture     *fixture,
                            gconstpointer  data)
{
  PaEditor *editor;
  PaDocumentPreview *preview;
  PaRecord *citizen;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_documents_step (fixture);
  preview = preview_of (editor);
  wait_for_preview (preview, "Amina Hassan", NULL);
  citizen = PA_RECORD (pa_agreement_get_citizen (pa_editor_get_agreement (editor)));

  /* Typing: every keystroke an edit; the preview ends with the last one
   * and never shows an older one after it. */
  for (int i = 1; i <= 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Amina Hassan-%d", i);

      pa_record_set_string (citizen, "name", name);
      ui_run_for (40);
    }
  wait_for_preview (preview, "Amina Hassan-6", NULL);
  ui_run_for (800);
  wait_for_preview (preview, "Amina Hassan-6", "Amina Hassan-5");
}

typedef struct {
  const char *path;
} FileWait;

static gboolean
file_written (gpointer data)
{
  FileWait *wait = data;

  return g_file_test (wait->path, G_FILE_TEST_EXISTS);
}

static void
test_export_pdf (UiFixture     *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  FileWait wait;
  gsize len;
  GStatBuf st;

  UI_SKIP_WITHOUT_DISPLAY ();

  open_documents_step (fixture);
  path = g_build_filename (fixture->dir, "virksomhed.pdf", NULL);
  wait.path = path;
  _pa_window_export_pdf_to (fixture->window, PA_DOCUMENT_COMPANY, path);
  ui_run_until (file_written, &wait, 10000);
  ui_run_for (100);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  text = pdf_text (bytes);
  g_assert_nonnull (strstr (text, "Amina Hassan"));
  g_assert_null (strstr (text, CPR));
}

/* Ctrl+Shift+E is the window's: it works from every step. */
static void
test_shortcut (UiFixture     *fixture,
               gconstpointer  data)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string ("<Control><Shift>e");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.export-pdf"))
            found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_print_operation (UiFixture     *fixture,
                      gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) kept = NULL;
  g_autoptr(PaDocumentLayout) layout = pa_document_layout_new (agreement, PA_DOCUMENT_FULL, 595.276, 841.89);
  g_autofree char *path = g_build_filename (fixture->dir, "udskrift.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) printed = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  operation = pa_document_print_operation_new (agreement, PA_DOCUMENT_FULL, settings);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  printed = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  /* The same pages as the PDF. */
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, pa_document_layout_n_pages (layout));
  /* The page setup is remembered for the next time. */
  kept = g_settings_get_value (settings, "page-setup");
  g_assert_cmpuint (g_variant_n_children (kept), >, 0);
}

static void
test_screenshot (UiFixture     *fixture,
                 gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_documents_step (fixture);
  wait_for_preview (preview_of (editor), "Amina Hassan", NULL);
  /* The first snapshot lays the window out at its size; the page then
   * fits its width and is drawn again. */
  ui_save_window (GTK_WIDGET (fixture->window), output_dir, "step-9-documents-light", 1366, 768);
  ui_run_for (600);
  ui_save_window (GTK_WIDGET (fixture->window), output_dir, "step-9-documents-light", 1366, 768);
  g_assert_cmpfloat (pa_document_preview_get_zoom (preview_of (editor)), <, 1.0);
}

/* The window alone, without the border its shadow needs on a desktop. */
static void
screenshot_setup (UiFixture     *fixture,
                  gconstpointer  data)
{
  if (ui_test_has_display ())
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider,
                                       "window.solid-csd, window.csd { padding: 0; margin: 0; box-shadow: none; border-radius: 0; }",
                                       -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 10);
    }
  ui_fixture_setup (fixture, data);
}

int
main (int   argc,
      char *argv[])
{
  pa_test_use_danish ();
  g_setenv ("GTK_A11Y", "test", TRUE);
  ui_test_init (&argc, &argv);

  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  ui_test_add ("/pa/ui/step-documents/preview-and-company-copy", test_preview_and_company_copy);
  ui_test_add ("/pa/ui/step-documents/preview-follows-edits", test_preview_follows_edits);
  ui_test_add ("/pa/ui/step-documents/export-pdf", test_export_pdf);
  ui_test_add ("/pa/ui/step-documents/shortcut", test_shortcut);
  ui_test_add ("/pa/ui/step-documents/print-operation", test_print_operation);
  g_test_add ("/pa/ui/step-documents/screenshot", UiFixture, NULL,
              screenshot_setup, test_screenshot, ui_fixture_teardown);

  return g_test_run ();
}
