/* test-batch-export.c: several drafts selected in the list, exported into a folder in a thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "docs/pa-xml-reader.h"
#include "ui-test-util.h"
#include "../common/pa-test-util.h"

#define N_DRAFTS 20

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

/* Finding widgets by what a user sees: its kind and its tooltip, the
 * action it triggers, or the start of its text. */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (match == NULL || match (child, data)))
        return child;
      if ((found = find_widget (child, type, match, data)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
has_tooltip_prefix (GtkWidget     *widget,
                    gconstpointer  prefix)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return tooltip != NULL && g_str_has_prefix (tooltip, prefix);
}

static gboolean
has_text_prefix (GtkWidget     *widget,
                 gconstpointer  prefix)
{
  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix) &&
         gtk_widget_get_visible (widget);
}

static void
add_drafts (UiFixture *fixture,
            guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (100 + i);
      g_autoptr(GError) error = NULL;

      g_assert_true (pa_store_save (fixture->store, agreement, &error));
      g_assert_no_error (error);
    }
  _pa_window_reload_list (fixture->window);
  ui_run_for (20);
}

/* The Select button, then select all (Ctrl+A in the list). */
static void
select_all (UiFixture *fixture)
{
  GtkWidget *select = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_TOGGLE_BUTTON,
                                   has_tooltip_prefix, "Select Agreements to Export");
  GtkListView *list = fixture->window->draft_list;

  g_assert_nonnull (select);
  ui_press (select);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (select)));
  g_assert_true (GTK_IS_MULTI_SELECTION (gtk_list_view_get_model (list)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.select-all", NULL));
  ui_run_for (10);
}

static gboolean
export_done (gpointer data)
{
  return !pa_window_get_exporting (PA_WINDOW (data));
}

/* Every file in @dir is a whole document: a PDF poppler opens, or XML
 * that imports; no temporary or half-written file is left. */
static guint
count_complete_files (const char *dir,
                      gboolean    pdf)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      GStatBuf st;

      g_test_message ("%s", name);
      g_assert_true (g_str_has_suffix (name, pdf ? ".pdf" : ".xml"));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      if (pdf)
        {
          g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
          g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);

          g_assert_no_error (error);
          g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 1);
        }
      else
        {
          g_autoptr(PaAgreement) back = pa_xml_import_file (path, &error);

          g_assert_no_error (error);
          g_assert_nonnull (back);
        }
      n++;
    }
  return n;
}

typedef struct {
  GtkWidget *stop;
  double     cancel_at;   /* press Stop at this fraction; 2: never */
  guint      updates;     /* progress shown between start and end */
  gboolean   pressed;
} Watch;

static void
on_fraction (GtkProgressBar *bar,
             GParamSpec     *pspec,
             Watch          *watch)
{
  double fraction = gtk_progress_bar_get_fraction (bar);

  if (fraction > 0 && fraction < 1)
    watch->updates++;
  if (!watch->pressed && fraction >= watch->cancel_at && fraction < 1)
    {
      watch->pressed = TRUE;
      ui_press (watch->stop);
    }
}

static void
run_export (UiFixture     *fixture,
            const char    *dir,
            PaBatchFormat  format,
            Watch         *watch)
{
  GtkWidget *bar = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_PROGRESS_BAR, NULL, NULL);
  gulong id;

  g_assert_nonnull (bar);
  watch->stop = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, has_action, "win.cancel-export");
  g_assert_nonnull (watch->stop);
  id = g_signal_connect (bar, "notify::fraction", G_CALLBACK (on_fraction), watch);

  pa_window_export_selected (fixture->window, dir, format);
  g_assert_true (pa_window_get_exporting (fixture->window));
  /* Running: the bar and Stop show. */
  g_assert_true (gtk_widget_is_visible (bar) || !gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_true (gtk_widget_is_sensitive (watch->stop));
  ui_run_until (export_done, fixture->window, 120000);
  g_signal_handler_disconnect (bar, id);
}

/* 20 drafts as PDF: Stop in the middle leaves only whole PDFs, fewer
 * than 20, and says so; a full run then leaves all 20, with the progress
 * shown on the way (the window's main loop ran during the export). */
static void
test_pdf_cancel_then_full (UiFixture     *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = NULL;
  Watch first = { NULL, 0.1, 0, FALSE };
  Watch second = { NULL, 2.0, 0, FALSE };
  guint n;

  UI_SKIP_WITHOUT_DISPLAY ();
  dir = g_build_filename (fixture->dir, "eksport", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  add_drafts (fixture, N_DRAFTS);
  select_all (fixture);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (fixture->window), "20 agreements selected"));

  run_export (fixture, dir, PA_BATCH_PDF, &first);
  g_assert_true (first.pressed);
  n = count_complete_files (dir, TRUE);
  g_test_message ("%u files after Stop", n);
  g_assert_cmpuint (n, <, N_DRAFTS);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL,
                                 has_text_prefix, "Export cancelled."));

  run_export (fixture, dir, PA_BATCH_PDF, &second);
  g_assert_false (second.pressed);
  g_assert_cmpuint (second.updates, >=, 2);
  g_assert_cmpuint (count_complete_files (dir, TRUE), ==, N_DRAFTS);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL,
                                 has_text_prefix, "20 agreements saved in eksport."));
  pa_test_rm_rf (dir);
}

/* The company's XML copies: 20 files that import, without a CPR number;
 * drafts with the same names get " (2)", " (3)", ... */
static void
test_xml_company (UiFixture     *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  Watch watch = { NULL, 2.0, 0, FALSE };
  const char *name;

  UI_SKIP_WITHOUT_DISPLAY ();
  dir = g_build_filename (fixture->dir, "xml", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  add_drafts (fixture, N_DRAFTS);
  select_all (fixture);
  run_export (fixture, dir, PA_BATCH_XML_COMPANY, &watch);
  g_assert_cmpuint (count_complete_files (dir, FALSE), ==, N_DRAFTS);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_null (strstr (contents, "<cpr>"));
      g_assert_nonnull (strstr (contents, "variant=\"company\""));
    }
  pa_test_rm_rf (dir);
}

/* A folder that cannot be written: nothing saved, and the summary says
 * why in words for every draft. */
static void
test_failures_told (UiFixture     *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = NULL;
  Watch watch = { NULL, 2.0, 0, FALSE };
  GtkWidget *summary;

  UI_SKIP_WITHOUT_DISPLAY ();
  dir = g_build_filename (fixture->dir, "findes-ikke", NULL);
  add_drafts (fixture, 2);
  select_all (fixture);
  run_export (fixture, dir, PA_BATCH_XML, &watch);
  summary = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, has_text_prefix, "0 of 2 agreements saved");
  g_assert_nonnull (summary);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (summary)), "The folder does not exist."));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (summary)), "(null)"));
}

/* Two drafts that would get the same file name: the second is
 * "... (2).xml"; nothing overwrites the other. */
static void
test_same_names (UiFixture     *fixture,
                 gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  Watch watch = { NULL, 2.0, 0, FALSE };

  UI_SKIP_WITHOUT_DISPLAY ();
  dir = g_build_filename (fixture->dir, "ens", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_agreement_new ();
      g_autoptr(GError) error = NULL;

      pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Bo Berg");
      pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", "Netto");
      pa_record_set_string (PA_RECORD (agreement), "start-date", "2026-03-02");
      g_assert_true (pa_store_save (fixture->store, agreement, &error));
      g_assert_no_error (error);
    }
  _pa_window_reload_list (fixture->window);
  ui_run_for (20);
  select_all (fixture);
  run_export (fixture, dir, PA_BATCH_XML, &watch);

  g_assert_cmpuint (count_complete_files (dir, FALSE), ==, 2);
  first = g_build_filename (dir, "Praktikaftale - Bo Berg - Netto - 2026-03-02.xml", NULL);
  second = g_build_filename (dir, "Praktikaftale - Bo Berg - Netto - 2026-03-02 (2).xml", NULL);
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
  pa_test_rm_rf (dir);
}

/* Leaving selection mode gives the list back its single selection: a
 * click opens a draft again. */
static void
test_selection_mode (UiFixture     *fixture,
                     gconstpointer  data)
{
  GtkWidget *select;
  GtkListView *list;

  UI_SKIP_WITHOUT_DISPLAY ();
  add_drafts (fixture, 3);
  list = fixture->window->draft_list;
  select_all (fixture);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (fixture->window), "3 agreements selected"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.unselect-all", NULL));
  ui_run_for (10);
  g_assert_nonnull (ui_find_label (GTK_WIDGET (fixture->window), "No agreements selected"));

  select = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_TOGGLE_BUTTON,
                        has_tooltip_prefix, "Select Agreements to Export");
  ui_press (select);
  g_assert_true (GTK_IS_SINGLE_SELECTION (gtk_list_view_get_model (list)));
  gtk_selection_model_select_item (gtk_list_view_get_model (list), 1, TRUE);
  ui_run_for (20);
  g_assert_nonnull (pa_window_get_autosave (fixture->window));
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

  ui_test_add ("/pa/ui/batch/pdf-cancel-then-full", test_pdf_cancel_then_full);
  ui_test_add ("/pa/ui/batch/xml-company", test_xml_company);
  ui_test_add ("/pa/ui/batch/failures-told", test_failures_told);
  ui_test_add ("/pa/ui/batch/same-names", test_same_names);
  ui_test_add ("/pa/ui/batch/selection-mode", test_selection_mode);

  return g_test_run ();
}
