/* test-documents.c: import and export of agreement documents from the window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"
#include "store/pa-draft-summary.h"
#include "ui/pa-window-private.h"

#include "../common/pa-test-util.h"

typedef struct {
  char     *dir;
  PaStore  *store;
  PaWindow *window;
} Fixture;

static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (g_getenv ("DISPLAY") == NULL)
    return;

  f->dir = pa_test_make_tmpdir ();
  path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = pa_store_open (path, &error);
  g_assert_no_error (error);
  f->window = pa_window_new_for_store (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  run_for (50);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->dir == NULL)
    return;
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  pa_test_rm_rf (f->dir);
  g_free (f->dir);
}

static gboolean
skip_without_display (void)
{
  if (g_getenv ("DISPLAY") != NULL)
    return FALSE;
  g_test_skip ("needs a display");
  return TRUE;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As a click on the button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  run_for (20);
}

/* The message dialog the window shows, once it is there. */
static AdwMessageDialog *
wait_for_dialog (PaWindow *window)
{
  for (int i = 0; i < 2000; i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
        {
          g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, j);

          if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
              gtk_window_get_transient_for (w) == GTK_WINDOW (window))
            return ADW_MESSAGE_DIALOG (w);
        }
      run_for (2);
    }
  g_assert_not_reached ();
}

static guint
n_listed (PaWindow *window)
{
  return g_list_model_get_n_items (pa_window_get_draft_model (window));
}

static GFile *
write_document (Fixture      *f,
                PaAgreement  *agreement,
                PaXmlVariant  variant,
                const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  pa_xml_export_file (agreement, variant, path, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
wait_for_count (PaWindow *window,
                guint     n)
{
  for (int i = 0; i < 2000 && n_listed (window) != n; i++)
    run_for (2);
  g_assert_cmpuint (n_listed (window), ==, n);
}

static void
test_import_new_and_same_id (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PaAgreement) stored = NULL;
  AdwMessageDialog *dialog;

  if (skip_without_display ())
    return;

  agreement = pa_test_new_full_agreement (42);
  file = write_document (f, agreement, PA_XML_VARIANT_FULL, "full.xml");

  /* A new agreement goes straight into the list and opens. */
  pa_window_import_file (f->window, file);
  wait_for_count (f->window, 1);
  stored = pa_store_load (f->store, pa_agreement_get_id (agreement), NULL);
  g_assert_nonnull (stored);
  g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (stored)));
  g_assert_nonnull (pa_window_get_autosave (f->window));

  /* The same id again: the user is asked, and keeping both adds one. */
  pa_window_import_file (f->window, file);
  dialog = wait_for_dialog (f->window);
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  respond (dialog, "keep-both");
  wait_for_count (f->window, 2);

  /* Replacing keeps the count. */
  pa_window_import_file (f->window, file);
  dialog = wait_for_dialog (f->window);
  respond (dialog, "replace");
  run_for (100);
  g_assert_cmpuint (n_listed (f->window), ==, 2);
}

static void
test_company_copy_never_replaces (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GFile) full = NULL;
  g_autoptr(GFile) company = NULL;
  g_autoptr(PaAgreement) stored = NULL;
  AdwMessageDialog *dialog;

  if (skip_without_display ())
    return;

  agreement = pa_test_new_full_agreement (43);
  full = write_document (f, agreement, PA_XML_VARIANT_FULL, "full.xml");
  company = write_document (f, agreement, PA_XML_VARIANT_COMPANY, "company.xml");
  pa_window_import_file (f->window, full);
  wait_for_count (f->window, 1);

  pa_window_import_file (f->window, company);
  dialog = wait_for_dialog (f->window);
  g_assert_false (adw_message_dialog_has_response (dialog, "replace"));
  respond (dialog, "cancel");
  run_for (50);

  stored = pa_store_load (f->store, pa_agreement_get_id (agreement), NULL);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (stored)), "cpr"), ==,
                   pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "cpr"));
}

static void
test_bad_file_adds_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  AdwMessageDialog *dialog;

  if (skip_without_display ())
    return;

  path = g_build_filename (TEST_SRCDIR, "..", "fixtures", "xml", "bad-date.xml", NULL);
  file = g_file_new_for_path (path);
  pa_window_import_file (f->window, file);
  dialog = wait_for_dialog (f->window);

  /* The message names the line. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "ine "));
  respond (dialog, "close");
  run_for (50);
  g_assert_cmpuint (n_listed (f->window), ==, 0);
}

/* Issue 7: an empty <id/> crashed the window's import, and <id>   </id>
 * was stored. Both are offered as a new agreement instead; cancelling
 * adds nothing, importing as new adds one with an id of its own. */
static void
test_import_without_usable_id (Fixture       *f,
                               gconstpointer  fixture)
{
  const char *names[] = { "empty-id.xml", "spaces-id.xml" };

  if (skip_without_display ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (TEST_SRCDIR, "..", "fixtures", "xml", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PaDraftSummary) summary = NULL;
      AdwMessageDialog *dialog;

      pa_window_import_file (f->window, file);
      dialog = wait_for_dialog (f->window);
      g_assert_true (adw_message_dialog_has_response (dialog, "import-new"));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Line 4:"));
      respond (dialog, "cancel");
      run_for (50);
      g_assert_cmpuint (n_listed (f->window), ==, i);

      pa_window_import_file (f->window, file);
      respond (wait_for_dialog (f->window), "import-new");
      wait_for_count (f->window, i + 1);
      summary = g_list_model_get_item (pa_window_get_draft_model (f->window), 0);
      g_assert_true (g_uuid_string_is_valid (pa_draft_summary_get_id (summary)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("GTK_A11Y", "none", FALSE);
  if (g_getenv ("DISPLAY") != NULL)
    adw_init ();

  g_test_add ("/pa/ui/documents/import-new-and-same-id", Fixture, NULL,
              fixture_setup, test_import_new_and_same_id, fixture_teardown);
  g_test_add ("/pa/ui/documents/company-copy-never-replaces", Fixture, NULL,
              fixture_setup, test_company_copy_never_replaces, fixture_teardown);
  g_test_add ("/pa/ui/documents/bad-file-adds-nothing", Fixture, NULL,
              fixture_setup, test_bad_file_adds_nothing, fixture_teardown);
  g_test_add ("/pa/ui/documents/import-without-usable-id", Fixture, NULL,
              fixture_setup, test_import_without_usable_id, fixture_teardown);

  return g_test_run ();
}
