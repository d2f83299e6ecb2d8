/* test-step-checklist.c: step 8 (the seven points, the VITAS texts) and the review window, headless; their screenshots
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Danish, as the consultants use it and as the review reads. Widgets
 * are found through the field registry and by the words a user reads.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "core/pa-checklist.h"
#include "core/pa-vitas-compose.h"
#include "ui/pa-review-window.h"
#include "ui/pa-step-checklist.h"
#include "ui/pa-text-area.h"

#include "../common/pa-test-complete.h"
#include "../common/pa-test-util.h"
#include "ui-test-util.h"

#define WIDTH  1366
#define HEIGHT 768

static char *output_dir;
static gboolean danish;

/* Opens @agreement in the window at step 8, judged. */
static PaStepChecklist *
open_at_checklist (UiFixture   *fixture,
                   PaAgreement *agreement)
{
  g_autoptr(GError) error = NULL;
  PaEditor *editor;
  PaStepChecklist *step;

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  /* Shown without moving the focus, whose scrolling would fight the
   * screenshots' own. */
  g_assert_true (pa_editor_show_step (editor, "checklist"));
  step = PA_STEP_CHECKLIST (pa_editor_get_step (editor, "checklist"));
  pa_step_checklist_refresh (step);
  ui_run_for (100);
  return step;
}

static PaAgreement *
open_agreement (UiFixture *fixture)
{
  return pa_editor_get_agreement (pa_window_get_editor (fixture->window));
}

/* The button labelled @label inside @root, or %NULL. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      GtkWidget *text = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;

      if (GTK_IS_BUTTON (child) && (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0 ||
                                    (GTK_IS_LABEL (text) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (text)), label) == 0)))
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The go-to button of the question that points to @path, inside @root. */
static GtkWidget *
find_jump (GtkWidget  *root,
           const char *path)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "editor.show-field") == 0)
        {
          GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child));

          if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), path) == 0)
            return child;
        }
      if ((found = find_jump (child, path)) != NULL)
        return found;
    }
  return NULL;
}

/* A label whose text contains @text inside @root, or %NULL. */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return child;
      if ((found = find_label_containing (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
focus_inside (UiFixture *fixture,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* A missing answer's button goes to its field, in this step or another,
 * with the cursor in it. */
static void
test_jump_to_missing (UiFixture     *fixture,
                      gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  PaEditor *editor;
  PaStepChecklist *step;
  GtkWidget *button;

  UI_SKIP_WITHOUT_DISPLAY ();

  pa_record_set_string (PA_RECORD (agreement), "contingency", NULL);
  pa_record_set_string (PA_RECORD (agreement), "next-step", NULL);
  step = open_at_checklist (fixture, agreement);
  editor = pa_window_get_editor (fixture->window);
  g_assert_cmpint (pa_step_checklist_get_score (step), <, 7);

  /* Point 5: the contingency is in this very step. */
  adw_expander_row_set_expanded (pa_step_checklist_get_item_row (step, 5), TRUE);
  button = find_jump (GTK_WIDGET (pa_step_checklist_get_item_row (step, 5)), "contingency");
  g_assert_nonnull (button);
  ui_press (button);
  ui_run_for (100);
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "checklist");
  g_assert_true (focus_inside (fixture, ui_lookup_field (editor, "contingency")));

  /* Point 6: the next step lives in step 7. */
  button = find_jump (GTK_WIDGET (pa_step_checklist_get_item_row (step, 6)), "next-step");
  g_assert_nonnull (button);
  ui_press (button);
  ui_run_for (100);
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "follow-up");
  g_assert_true (focus_inside (fixture, ui_lookup_field (editor, "next-step")));
}

/* Confirmed by hand with a note: stored, counted, and still there after
 * saving and loading. */
static void
test_confirm_by_hand (UiFixture     *fixture,
                      gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autoptr(PaAgreement) loaded = NULL;
  PaStepChecklist *step;
  AdwExpanderRow *row;
  GtkWidget *note;
  GtkWidget *toggle;
  PaRecord *item;
  int before;

  UI_SKIP_WITHOUT_DISPLAY ();

  pa_record_set_string (PA_RECORD (agreement), "next-step", NULL);
  step = open_at_checklist (fixture, agreement);
  before = pa_step_checklist_get_score (step);
  row = pa_step_checklist_get_item_row (step, 6);
  adw_expander_row_set_expanded (row, TRUE);
  note = ui_find_entry_row (GTK_WIDGET (row), danish ? "Hvor svaret står" : "Where the answer is");
  g_assert_nonnull (note);
  ui_type (note, "Næste skridt står i jobplanen af 1. marts");
  /* The switch of the row before the note. */
  toggle = NULL;
  for (GtkWidget *w = gtk_widget_get_prev_sibling (note); w != NULL && toggle == NULL; w = gtk_widget_get_prev_sibling (w))
    if (ADW_IS_ACTION_ROW (w))
      toggle = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (w));
  g_assert_true (GTK_IS_SWITCH (toggle));
  gtk_widget_grab_focus (toggle);
  gtk_widget_activate (toggle);
  pa_step_checklist_refresh (step);

  item = PA_RECORD (pa_agreement_get_checklist_item (open_agreement (fixture), 6));
  g_assert_true (pa_record_get_boolean (item, "confirmed"));
  g_assert_cmpstr (pa_record_get_string (item, "note"), ==, "Næste skridt står i jobplanen af 1. marts");
  g_assert_cmpint (pa_step_checklist_get_score (step), ==, before + 1);
  if (danish)
    g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Bekræftet manuelt");

  loaded = ui_save_and_reload (fixture);
  item = PA_RECORD (pa_agreement_get_checklist_item (loaded, 6));
  g_assert_true (pa_record_get_boolean (item, "confirmed"));
  g_assert_cmpstr (pa_record_get_string (item, "note"), ==, "Næste skridt står i jobplanen af 1. marts");
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* The copy button puts the text on the clipboard, as VITAS gets it. */
static void
test_copy (UiFixture     *fixture,
           gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *composed = NULL;
  g_autofree char *pasted = NULL;
  PaStepChecklist *step;
  GtkWidget *box;
  GtkWidget *copy;

  UI_SKIP_WITHOUT_DISPLAY ();

  step = open_at_checklist (fixture, agreement);
  composed = pa_vitas_compose (open_agreement (fixture), PA_VITAS_WORKING_TIME);
  box = GTK_WIDGET (pa_step_checklist_get_vitas_box (step, PA_VITAS_WORKING_TIME));
  copy = find_button (box, danish ? "Kopiér" : "Copy");
  g_assert_nonnull (copy);
  ui_press (copy);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (box), NULL, on_clipboard_text, &pasted);
  ui_run_until (is_set, &pasted, 2000);
  g_assert_cmpstr (pasted, ==, composed);
  g_assert_nonnull (strstr (pasted, "12"));
}

static gboolean
is_visible (gpointer data)
{
  return gtk_widget_is_visible (data);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* An edit is kept and marked; a later change of the agreement shows that
 * the composed text would differ, and the edit stays until asked. */
static void
test_edit_kept_and_would_differ (UiFixture     *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *composed = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *shown = NULL;
  PaStepChecklist *step;
  PaVitasTextBox *box;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  GtkWidget *warning;
  PaRecord *open;

  UI_SKIP_WITHOUT_DISPLAY ();

  step = open_at_checklist (fixture, agreement);
  open = PA_RECORD (open_agreement (fixture));
  box = pa_step_checklist_get_vitas_box (step, PA_VITAS_DESCRIPTION);
  composed = view_text (pa_vitas_text_box_get_text_view (box));
  g_assert_cmpstr (composed, ==, pa_vitas_compose (PA_AGREEMENT (open), PA_VITAS_DESCRIPTION));

  /* Typed at the end, as a consultant adds a line. */
  buffer = gtk_text_view_get_buffer (pa_vitas_text_box_get_text_view (box));
  gtk_widget_grab_focus (GTK_WIDGET (pa_vitas_text_box_get_text_view (box)));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, "\nAmina har selv cykel.", -1, TRUE);
  edited = view_text (pa_vitas_text_box_get_text_view (box));
  g_assert_cmpstr (pa_record_get_string (open, "vitas-description"), ==, edited);
  g_assert_cmpstr (pa_record_get_string (open, "vitas-description-composed"), ==, composed);
  g_assert_cmpint (pa_vitas_text_box_get_state (box), ==, PA_VITAS_STATE_EDITED);

  warning = ui_find_label (GTK_WIDGET (box),
                           danish ? "Aftalen er ændret, siden du rettede teksten. Skrevet igen ud fra aftalen ville den lyde anderledes."
                                  : "The agreement has changed since you edited this text. Composed again, it would read differently.");
  g_assert_nonnull (warning);
  g_assert_false (gtk_widget_is_visible (warning));

  /* The agreement changes elsewhere: the edit stays, the change shows. */
  pa_record_set_string (open, "next-step", "Fast job ved kassen fra august");
  /* Without being asked, once the edits pause. */
  ui_run_until (is_visible, warning, 5000);
  shown = view_text (pa_vitas_text_box_get_text_view (box));
  g_assert_cmpstr (shown, ==, edited);
  g_assert_cmpint (pa_vitas_text_box_get_state (box), ==, PA_VITAS_STATE_OUTDATED);
  g_assert_true (gtk_widget_is_visible (warning));

  /* Compose again, when asked: the new next step is in, the edit gone. */
  ui_press (find_button (gtk_widget_get_parent (warning), danish ? "Skriv igen" : "Compose Again"));
  ui_run_for (50);
  g_clear_pointer (&shown, g_free);
  shown = view_text (pa_vitas_text_box_get_text_view (box));
  g_assert_nonnull (strstr (shown, "Fast job ved kassen fra august"));
  g_assert_null (strstr (shown, "selv cykel"));
  g_assert_null (pa_record_get_string (open, "vitas-description"));
  g_assert_false (gtk_widget_is_visible (warning));
}

/* The arrangements of point 5 are fields of this step, in the registry. */
static void
test_arrangements (UiFixture     *fixture,
                   gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  PaEditor *editor;
  PaStepChecklist *step;

  UI_SKIP_WITHOUT_DISPLAY ();

  pa_record_set_string (PA_RECORD (agreement), "follow-up-frequency", NULL);
  step = open_at_checklist (fixture, agreement);
  editor = pa_window_get_editor (fixture->window);
  g_assert_cmpstr (pa_editor_get_step_for_path (editor, "follow-up-frequency"), ==, "checklist");
  ui_type (ui_lookup_field (editor, "follow-up-frequency"), "Hver fjerde uge på virksomheden");
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (open_agreement (fixture)), "follow-up-frequency"), ==,
                   "Hver fjerde uge på virksomheden");
  g_assert_nonnull (step);
}

/* The review window */

static const char review_text[] =
  "Amina Hassan skal i praktik hos Netto Vejle Nord.\n\n"
  "Hun skal pakke kølevarer ud, fylde mejerivarer op og tjekke datoer på mælk.\n\n"
  "Det er en god arbejdsplads med et godt miljø.";

/* Whether some of the text is highlighted as evidence. */
static gboolean
has_highlight (gpointer data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (pa_review_window_get_text_view (data));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "evidence");
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  return gtk_text_iter_has_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag);
}

static PaReviewWindow *
open_review (UiFixture *fixture)
{
  GtkWidget *review = NULL;
  GListModel *toplevels;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-description", NULL);
  ui_run_for (100);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && review == NULL; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PA_IS_REVIEW_WINDOW (window))
        review = GTK_WIDGET (window);
    }
  g_assert_nonnull (review);
  return PA_REVIEW_WINDOW (review);
}

static void
set_review_text (PaReviewWindow *review,
                 const char     *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (pa_review_window_get_text_view (review));

  gtk_text_buffer_set_text (buffer, text, -1);
}

/* Whether the characters from byte @start to @end of @text carry @tag,
 * all of them (@all) or none. */
static gboolean
range_tagged (GtkTextBuffer *buffer,
              GtkTextTag    *tag,
              const char    *text,
              int            start,
              int            end,
              gboolean       all)
{
  for (int i = start; i < end; i = g_utf8_next_char (text + i) - text)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_utf8_pointer_to_offset (text, text + i));
      if (gtk_text_iter_has_tag (&iter, tag) != all)
        return FALSE;
    }
  return TRUE;
}

/* Pasted text is judged as typed: the evidence is highlighted exactly,
 * nothing else is, and the names are said. */
static void
test_review_highlight (UiFixture     *fixture,
                       gconstpointer  data)
{
  g_autoptr(PaChecklistReport) expected = pa_checklist_review_text (review_text);
  PaReviewWindow *review;
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  const char *filler;
  guint n = 0;

  UI_SKIP_WITHOUT_DISPLAY ();

  review = open_review (fixture);
  set_review_text (review, review_text);
  /* Judged after the pause, without being asked. */
  ui_run_until (has_highlight, review, 5000);
  g_assert_cmpint (pa_review_window_get_score (review), ==, expected->score);

  buffer = gtk_text_view_get_buffer (pa_review_window_get_text_view (review));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "evidence");
  g_assert_nonnull (tag);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    for (guint j = 0; j < expected->items[i].evidence->len; j++)
      {
        PaChecklistEvidence *e = g_ptr_array_index (expected->items[i].evidence, j);

        g_assert_cmpint (e->start, >=, 0);
        g_assert_true (range_tagged (buffer, tag, review_text, e->start, e->end, TRUE));
        n++;
      }
  g_assert_cmpuint (n, >, 0);
  /* The filler sentence counts for nothing and is not highlighted. */
  filler = strstr (review_text, "Det er en god arbejdsplads");
  g_assert_true (range_tagged (buffer, tag, review_text, filler - review_text,
                               strlen (review_text), FALSE));
  /* The names found are said, and marked in the text. */
  g_assert_cmpuint (expected->names->len, >, 0);
  for (guint i = 0; i < expected->names->len; i++)
    {
      PaChecklistName *name = g_ptr_array_index (expected->names, i);
      GtkTextTag *name_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "name");

      g_assert_nonnull (find_label_containing (GTK_WIDGET (review), name->name));
      if (name->start >= 0)
        g_assert_true (range_tagged (buffer, name_tag, review_text, name->start, name->end, TRUE));
    }
  gtk_window_destroy (GTK_WINDOW (review));
}

/* A binary file is refused in plain words; the text stays. */
static void
test_review_binary_file (UiFixture     *fixture,
                         gconstpointer  data)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, (char) 0xff, (char) 0xfe, 'x' };
  g_autofree char *path = g_build_filename (fixture->dir, "beskrivelse.docx", NULL);
  g_autofree char *good = g_build_filename (fixture->dir, "beskrivelse.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(PaAgreement) complete = pa_test_new_complete_agreement ();
  g_autofree char *description = pa_vitas_compose (complete, PA_VITAS_DESCRIPTION);
  PaReviewWindow *review;
  GtkWidget *label;

  UI_SKIP_WITHOUT_DISPLAY ();

  g_assert_true (g_file_set_contents (path, binary, sizeof binary, NULL));
  g_assert_true (g_file_set_contents (good, description, -1, NULL));
  review = open_review (fixture);
  set_review_text (review, "Min tekst");
  g_assert_false (pa_review_window_load_file (review, file));
  message = g_strdup_printf (danish ? "“%s” er ikke ren tekst i UTF-8. Gem beskrivelsen som ren tekst (UTF-8), og åbn den igen, eller kopiér og indsæt den."
                                    : "“%s” is not plain text in UTF-8. Save the description as plain text (UTF-8) and open it again, or copy and paste it.",
                             "beskrivelse.docx");
  label = ui_find_label (GTK_WIDGET (review), message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  shown = view_text (pa_review_window_get_text_view (review));
  g_assert_cmpstr (shown, ==, "Min tekst");

  /* A text file afterwards: read, judged, and the message gone. */
  g_assert_true (pa_review_window_load_file (review, good_file));
  g_assert_false (gtk_widget_is_visible (label));
  g_assert_cmpint (pa_review_window_get_score (review), ==, danish ? 7 : pa_review_window_get_score (review));
  gtk_window_destroy (GTK_WINDOW (review));
}

/* Screenshots */

static void
set_look (const char *scheme,
          guint       percent)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      g_str_equal (scheme, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                   : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (96 * 1024 * percent / 100), NULL);
}

static void
save_pages (GtkWidget         *window,
            GtkScrolledWindow *scrolled,
            const char        *name)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  gtk_adjustment_set_value (adjustment, 0);
  ui_run_for (300);
  for (guint part = 1; part <= 6; part++)
    {
      g_autofree char *file = part == 1 ? g_strdup (name) : g_strdup_printf ("%s-part-%u", name, part);
      double value = gtk_adjustment_get_value (adjustment);

      ui_save_window (window, output_dir, file, WIDTH, HEIGHT);
      if (value + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment) - 1)
        break;
      gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment) * 0.9);
      ui_run_for (150);
    }
}

static void
test_screenshots (UiFixture     *fixture,
                  gconstpointer  data)
{
  const char *look = data;
  gboolean dark = g_str_has_prefix (look, "dark");
  guint percent = g_str_has_suffix (look, "150") ? 150 : 100;
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *step_name = g_strdup_printf ("checklist-step-8-%s", look);
  g_autofree char *review_name = g_strdup_printf ("review-window-%s", look);
  PaStepChecklist *step;
  PaReviewWindow *review;
  PaRecord *open;

  UI_SKIP_WITHOUT_DISPLAY ();

  set_look (dark ? "dark" : "light", percent);
  /* Something to show in each state: a point missing, one confirmed by
   * hand, the description edited after the agreement changed. */
  pa_record_set_string (PA_RECORD (agreement), "contingency", NULL);
  step = open_at_checklist (fixture, agreement);
  open = PA_RECORD (open_agreement (fixture));
  pa_vitas_keep_edit (PA_AGREEMENT (open), PA_VITAS_WORKING_TIME, "12 timer om ugen, mandag, tirsdag og torsdag kl. 8-12.");
  pa_record_set_double (open, "start-hours", 10);
  pa_record_set_boolean (PA_RECORD (pa_agreement_get_checklist_item (PA_AGREEMENT (open), 7)), "confirmed", TRUE);
  pa_editor_check_now (pa_window_get_editor (fixture->window));
  pa_step_checklist_refresh (step);
  adw_expander_row_set_expanded (pa_step_checklist_get_item_row (step, 5), TRUE);
  ui_run_for (300);
  save_pages (GTK_WIDGET (fixture->window), pa_editor_step_get_scrolled_window (PA_EDITOR_STEP (step)), step_name);

  review = open_review (fixture);
  gtk_window_set_default_size (GTK_WINDOW (review), WIDTH, HEIGHT);
  gtk_window_maximize (GTK_WINDOW (review));
  set_review_text (review, pa_vitas_compose (PA_AGREEMENT (open), PA_VITAS_DESCRIPTION));
  pa_review_window_judge_now (review);
  ui_run_for (400);
  ui_save_window (GTK_WIDGET (review), output_dir, review_name, WIDTH, HEIGHT);
  gtk_window_destroy (GTK_WINDOW (review));

  set_look ("light", 100);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
screenshots_setup (UiFixture     *fixture,
                   gconstpointer  data)
{
  if (ui_test_has_display ())
    ui_remove_window_border ();
  ui_fixture_setup (fixture, data);
}

int
main (int   argc,
      char *argv[])
{
  danish = pa_test_use_danish ();
  ui_test_init (&argc, &argv);

  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  ui_test_add ("/pa/ui/checklist/jump-to-missing", test_jump_to_missing);
  ui_test_add ("/pa/ui/checklist/confirm-by-hand", test_confirm_by_hand);
  ui_test_add ("/pa/ui/checklist/copy", test_copy);
  ui_test_add ("/pa/ui/checklist/edit-kept-and-would-differ", test_edit_kept_and_would_differ);
  ui_test_add ("/pa/ui/checklist/arrangements", test_arrangements);
  ui_test_add ("/pa/ui/review/highlight", test_review_highlight);
  ui_test_add ("/pa/ui/review/binary-file", test_review_binary_file);
  g_test_add ("/pa/ui/checklist/screenshots/light", UiFixture, "light",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/checklist/screenshots/dark", UiFixture, "dark",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/checklist/screenshots/light-150", UiFixture, "light-150",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/checklist/screenshots/dark-150", UiFixture, "dark-150",
              screenshots_setup, test_screenshots, ui_fixture_teardown);

  return g_test_run ();
}
