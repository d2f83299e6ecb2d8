/* test-step-restrictions.c: step 5 from the keyboard: words, suggestion, answer, consent
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Danish, as the phrase library is Danish. The fields are found
 * through the editor's field registry, the rows inside a restriction by
 * what they say.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/pa-model.h"
#include "core/pa-restriction-analysis.h"
#include "ui/pa-field-message.h"
#include "ui/pa-record-list-editor.h"
#include "ui/pa-step-restrictions.h"
#include "ui/pa-text-area.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

static gboolean danish;
static char *output_dir;

/* A label that begins with @prefix inside @root: the first one shown,
 * else the first one. */
static GtkWidget *
find_label_prefix (GtkWidget  *root,
                   const char *prefix)
{
  GtkWidget *hidden = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        found = child;
      else
        found = find_label_prefix (child, prefix);
      if (found != NULL && gtk_widget_is_visible (found))
        return found;
      if (hidden == NULL)
        hidden = found;
    }
  return hidden;
}

static GtkWidget *
find_check (GtkWidget  *root,
            const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child) &&
          g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_check (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_is_visible (widget);
}

static char *
area_text (GtkWidget *area)
{
  return pa_text_area_get_text (PA_TEXT_AREA (area));
}

static PaEditor *
open_step (UiFixture *fixture)
{
  PaEditor *editor = ui_new_draft (fixture->window);

  g_assert_true (pa_editor_show_step (editor, "restrictions"));
  ui_run_for (100);
  return editor;
}

static PaRecord *
restriction_at (PaAgreement *agreement,
                guint        position)
{
  GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
  g_autoptr(PaRecord) item = g_list_model_get_item (list, position);

  return item;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Add a restriction, type the citizen's words, answer the kilos, take
 * the suggestion that uses the answer, tick a measure, share it: all
 * found again in the store. */
static void
test_keyboard (UiFixture     *fixture,
               gconstpointer  data)
{
  const char *question = "Hvor mange kilo kan du løfte: ½ kg, 1 kg, 5-10 kg?";
  const char *generic = "Jeg kan løfte lette ting, og mere med hjælpemidler";
  const char *concrete = "Jeg kan løfte op til 5 kg, og mere med hjælpemidler";
  const char *measure = "Hjælpemidler til løft (sækkevogn, løftebord)";
  g_autoptr(PaAgreement) loaded = NULL;
  g_autofree char *date = today ();
  g_autofree char *reformulation = NULL;
  PaRecordListEditor *list;
  PaEditor *editor;
  PaRecord *item;
  GtkWidget *focus, *row, *label, *use, *consent, *note;

  UI_SKIP_WITHOUT_DISPLAY ();
  if (!danish)
    {
      g_test_skip ("needs the Danish catalogue");
      return;
    }

  editor = open_step (fixture);
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));

  /* On arrival the cursor is on the Add button: the list is empty. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == pa_record_list_editor_get_add_button (list) ||
                 gtk_widget_is_ancestor (focus, pa_record_list_editor_get_add_button (list)));

  ui_press (pa_record_list_editor_get_add_button (list));
  row = GTK_WIDGET (pa_record_list_editor_get_row (list, 0));
  item = restriction_at (pa_editor_get_agreement (editor), 0);
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg kan ikke løfte tungt");

  /* The category follows the words, and a suggestion is offered. */
  g_assert_cmpstr (pa_record_get_string (item, "category"), ==, "physical");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_lookup_field (editor, "restrictions/0/category"))), ==, 1);
  g_assert_true (shown (ui_find_label (row, generic)));
  g_assert_null (ui_find_label (row, concrete));

  /* The kilos: the suggestion uses the answer. */
  ui_type (ui_find_entry_row (row, question), "5 kg");
  label = ui_find_label (row, concrete);
  g_assert_true (shown (label));
  g_assert_null (ui_find_label (row, generic));

  /* Take it. */
  use = gtk_widget_get_next_sibling (label);
  g_assert_true (GTK_IS_BUTTON (use));
  ui_press (use);
  g_assert_cmpstr (pa_record_get_string (item, "reformulation"), ==, concrete);
  reformulation = area_text (ui_lookup_field (editor, "restrictions/0/reformulation"));
  g_assert_cmpstr (reformulation, ==, concrete);

  /* A suggested measure. */
  g_assert_nonnull (find_check (row, measure));
  gtk_widget_grab_focus (find_check (row, measure));
  gtk_widget_activate (find_check (row, measure));

  /* Consent: off by default, then on, dated today, and the sentence says
   * what the company sees. */
  consent = ui_lookup_field (editor, "restrictions/0/consent");
  note = find_label_prefix (row, "Virksomheden ser intet");
  g_assert_true (shown (note));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (consent)));
  gtk_widget_grab_focus (consent);
  gtk_widget_activate (consent);
  g_assert_true (pa_record_get_boolean (item, "consent"));
  g_assert_cmpstr (pa_record_get_string (item, "consent-date"), ==, date);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==,
                   "Virksomheden ser omformuleringen og tilpasningerne — aldrig borgerens egne ord eller svarene");

  loaded = ui_save_and_reload (fixture);
  {
    PaRecord *stored = restriction_at (loaded, 0);
    GListModel *answers = G_LIST_MODEL (pa_record_get_list (stored, "answers"));
    GListModel *measures = G_LIST_MODEL (pa_record_get_list (stored, "measures"));
    g_autoptr(PaRecord) answer = NULL;
    g_autoptr(PaRecord) chosen = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "restrictions"))),
                      ==, 1);
    g_assert_cmpstr (pa_record_get_string (stored, "original"), ==, "Jeg kan ikke løfte tungt");
    g_assert_cmpstr (pa_record_get_string (stored, "category"), ==, "physical");
    g_assert_cmpstr (pa_record_get_string (stored, "reformulation"), ==, concrete);
    g_assert_true (pa_record_get_boolean (stored, "consent"));
    g_assert_cmpstr (pa_record_get_string (stored, "consent-date"), ==, date);
    g_assert_cmpuint (g_list_model_get_n_items (answers), ==, 1);
    answer = g_list_model_get_item (answers, 0);
    g_assert_cmpstr (pa_record_get_string (answer, "question"), ==, question);
    g_assert_cmpstr (pa_record_get_string (answer, "answer"), ==, "5 kg");
    g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 1);
    chosen = g_list_model_get_item (measures, 0);
    g_assert_cmpstr (pa_record_get_string (chosen, "description"), ==, measure);
    g_assert_cmpstr (pa_record_get_string (chosen, "kind"), ==, "aids");
  }
}

/* A diagnosis in the words gets the warning; words without one none. */
static void
test_diagnosis_warning (UiFixture     *fixture,
                        gconstpointer  data)
{
  const char *prefix = "Virksomheden har brug for at kende behov, ikke diagnoser";
  PaRecordListEditor *list;
  PaEditor *editor;
  GtkWidget *row;

  UI_SKIP_WITHOUT_DISPLAY ();
  if (!danish)
    {
      g_test_skip ("needs the Danish catalogue");
      return;
    }

  editor = open_step (fixture);
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  ui_press (pa_record_list_editor_get_add_button (list));
  row = GTK_WIDGET (pa_record_list_editor_get_row (list, 0));

  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg kan ikke løfte tungt");
  g_assert_false (shown (find_label_prefix (row, prefix)));
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg har ADHD og kan ikke koncentrere mig");
  g_assert_true (shown (find_label_prefix (row, prefix)));
  /* The reformulation is watched too. */
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg kan ikke løfte tungt");
  g_assert_false (shown (find_label_prefix (row, prefix)));
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/reformulation"), "Jeg har PTSD");
  g_assert_true (shown (find_label_prefix (row, prefix)));
}

static void
type_into (PaEditor   *editor,
           const char *path,
           const char *text)
{
  GtkWidget *widget = ui_lookup_field (editor, path);

  g_assert_nonnull (widget);
  if (PA_IS_TEXT_AREA (widget))
    ui_type_text_area (widget, text);
  else
    ui_type (widget, text);
}

/* What the field at @path says under itself, after the checks ran */
static char *
field_says (PaEditor   *editor,
            const char *path)
{
  GtkWidget *widget = ui_lookup_field (editor, path);
  PaFieldMessage *message = pa_field_message_for_widget (widget);

  pa_editor_commit (editor);
  ui_run_for (50);
  pa_editor_check_now (editor);
  ui_run_for (100);
  if (message == NULL || pa_field_message_get_severity (message) != PA_SEVERITY_WARNING)
    return NULL;
  return pa_field_message_get_text (message);
}

/* Issue 10: a diagnosis typed into a text that reaches the company copy
 * (the job goal in step 1, a goal in step 4, a follow-up's agenda and
 * participants in step 7) is warned about at that field itself, the
 * same warning the findings bar lists. */
static void
test_diagnosis_at_fields (UiFixture     *fixture,
                          gconstpointer  data)
{
  const char *paths[] = {
    "citizen/job-goal", "goals/0/specific", "follow-ups/0/agenda", "follow-ups/0/participants",
  };
  PaEditor *editor;
  PaAgreement *agreement;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  agreement = pa_editor_get_agreement (editor);
  pa_record_add (PA_RECORD (agreement), "goals");
  pa_record_add (PA_RECORD (agreement), "follow-ups");
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *before = NULL, *after = NULL, *cleared = NULL;

      g_test_message ("%s", paths[i]);
      g_assert_true (pa_editor_show_step (editor, pa_editor_get_step_for_path (editor, paths[i])));
      ui_run_for (100);
      type_into (editor, paths[i], "Hun vil gerne arbejde i en butik");
      before = field_says (editor, paths[i]);
      g_assert_true (before == NULL || strstr (before, "ADHD") == NULL);
      type_into (editor, paths[i], "Hun har ADHD");
      after = field_says (editor, paths[i]);
      g_assert_nonnull (after);
      g_assert_nonnull (strstr (after, "ADHD"));
      /* The need instead of the diagnosis: the warning goes */
      type_into (editor, paths[i], "Hun arbejder bedst med én opgave ad gangen");
      cleared = field_says (editor, paths[i]);
      g_assert_true (cleared == NULL || strstr (cleared, "ADHD") == NULL);
    }
}

/* The nine categories of the model, in the combo after "Not chosen": the
 * analyser's category is set as it is, and any can be chosen. */
static void
test_nine_categories (UiFixture     *fixture,
                      gconstpointer  data)
{
  PaEditor *editor;
  PaRecord *item;
  AdwComboRow *combo;
  GListModel *labels;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  item = pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "restrictions");
  g_assert_true (pa_editor_show_step (editor, "restrictions"));
  ui_run_for (100);
  combo = ADW_COMBO_ROW (ui_lookup_field (editor, "restrictions/0/category"));
  labels = adw_combo_row_get_model (combo);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 10);
  for (guint i = 1; i < 10; i++)
    {
      g_autoptr(GtkStringObject) label = g_list_model_get_item (labels, i);

      g_assert_cmpstr (gtk_string_object_get_string (label), ==,
                       pa_restriction_category_label (pa_restriction_categories[i - 1]));
    }

  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg bliver stresset af mange afbrydelser");
  ui_run_for (100);
  g_assert_cmpstr (pa_record_get_string (item, "category"), ==, "stress");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 3);
  adw_combo_row_set_selected (combo, 8);
  ui_run_for (50);
  pa_editor_commit (editor);
  g_assert_cmpstr (pa_record_get_string (item, "category"), ==, "language");
}

/* A shown label whose text holds @part, inside @root */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_is_visible (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), part) != NULL)
        return child;
      if ((found = find_label_containing (child, part)) != NULL)
        return found;
    }
  return NULL;
}

/* A broken own phrase library (issue 10): step 5 says so, naming the
 * file and line, and still analyses with the built-in library. Run in a
 * subprocess, whose main() points PRAKTIKAFTALE_PHRASES at the file
 * before anything reads the library. */
static void
test_broken_library (UiFixture     *fixture,
                     gconstpointer  data)
{
  PaEditor *editor;
  PaRecord *item;
  GtkWidget *label;

  UI_SKIP_WITHOUT_DISPLAY ();
  if (!g_test_subprocess ())
    {
      g_autofree char *dir = pa_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "broken-phrases.xml", NULL);

      g_assert_true (g_file_set_contents (path,
                                          "<phrases version=\"1\">\n"
                                          "  <pattern id=\"x\" category=\"physical\">\n"
                                          "    <match>løft</match>\n"
                                          "  </patern>\n"
                                          "</phrases>\n", -1, NULL));
      g_setenv ("PA_TEST_BROKEN_PHRASES", path, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("PA_TEST_BROKEN_PHRASES");
      pa_test_rm_rf (dir);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_nonnull (g_getenv ("PRAKTIKAFTALE_PHRASES"));
  editor = ui_new_draft (fixture->window);
  item = pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "restrictions");
  g_assert_true (pa_editor_show_step (editor, "restrictions"));
  ui_run_for (100);
  label = find_label_containing (GTK_WIDGET (pa_editor_get_step (editor, "restrictions")), "broken-phrases.xml");
  g_assert_nonnull (label);
  g_test_message ("%s", gtk_label_get_text (GTK_LABEL (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), " 4"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (label)), "(null)"));
  /* The built-in library does the work */
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg kan ikke løfte tungt");
  ui_run_for (100);
  g_assert_cmpstr (pa_record_get_string (item, "category"), ==, "physical");
}

/* Every control of a restriction has a name; the first one on arrival
 * with a restriction is its first field. */
static void
test_names_and_focus (UiFixture     *fixture,
                      gconstpointer  data)
{
  PaRecordListEditor *list;
  PaEditor *editor;
  GtkWidget *first;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_record_set_string (pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "restrictions"),
                        "original", "Jeg kan ikke stå op længe");
  g_assert_true (pa_editor_show_step (editor, "restrictions"));
  ui_run_for (100);
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  first = pa_record_list_editor_get_first_focus (list);
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_is_ancestor (first, GTK_WIDGET (list)));
  g_assert_nonnull (pa_field_registry_lookup (pa_editor_get_registry (editor), "restrictions/0/consent-date"));
  g_assert_nonnull (pa_field_registry_lookup (pa_editor_get_registry (editor), "restrictions/0/measures"));
  g_assert_false (pa_editor_step_is_complete (PA_EDITOR_STEP (pa_editor_get_step (editor, "restrictions"))));
}

/* Words and answers that come from the agreement, not typed in the row
 * (a draft opened again, an undo), show in the question fields. */
static void
test_answers_from_agreement (UiFixture     *fixture,
                             gconstpointer  data)
{
  const char *question = "Hvor mange kilo kan du løfte: ½ kg, 1 kg, 5-10 kg?";
  PaRecordListEditor *list;
  PaEditor *editor;
  PaRecord *item, *answer;
  GtkWidget *entry;

  UI_SKIP_WITHOUT_DISPLAY ();
  if (!danish)
    {
      g_test_skip ("needs the Danish catalogue");
      return;
    }

  editor = open_step (fixture);
  item = pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "restrictions");
  pa_record_set_string (item, "original", "Jeg kan ikke løfte tungt");
  answer = pa_record_add (item, "answers");
  pa_record_set_string (answer, "question", question);
  pa_record_set_string (answer, "answer", "5 kg");
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  entry = ui_find_entry_row (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)), question);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "5 kg");
  g_assert_true (shown (ui_find_label (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)),
                                    "Jeg kan løfte op til 5 kg, og mere med hjælpemidler")));
}

/* Tab walks a restriction as it is shown: the words, the category, the
 * questions, the reformulation, the measures, consent and its date. */
static void
test_tab_order (UiFixture     *fixture,
                gconstpointer  data)
{
  static const char * const order[] = {
    "restrictions/0/original", "restrictions/0/category", "restrictions/0/answers",
    "restrictions/0/reformulation", "restrictions/0/measures",
    "restrictions/0/consent", "restrictions/0/consent-date",
  };
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  PaRecordListEditor *list;
  PaEditor *editor;
  GtkWidget *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  page = pa_editor_get_step_page (editor, "restrictions");
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  ui_press (pa_record_list_editor_get_add_button (list));
  ui_type_text_area (ui_lookup_field (editor, order[0]), "Jeg kan ikke løfte tungt");
  ui_run_for (50);

  for (guint presses = 0; presses < 200 && reached->len < G_N_ELEMENTS (order); presses++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

      g_test_message ("Tab %u: %s", presses, G_OBJECT_TYPE_NAME (focus));
      g_assert_true (gtk_widget_is_ancestor (focus, page));
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          GtkWidget *widget = ui_lookup_field (editor, order[i]);

          if ((focus == widget || gtk_widget_is_ancestor (focus, widget)) &&
              !g_ptr_array_find_with_equal_func (reached, order[i], g_str_equal, NULL))
            g_ptr_array_add (reached, (gpointer) order[i]);
        }
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
    }
  g_assert_cmpuint (reached->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < reached->len; i++)
    g_assert_cmpstr (reached->pdata[i], ==, order[i]);
}

/* Whether a screen reader has a name for @widget: its own label, a
 * labelling widget, or the text it shows. */
static gboolean
has_name (GtkWidget *widget)
{
  GtkWidget *row;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && (gtk_button_get_label (GTK_BUTTON (widget)) != NULL ||
                                 ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget)))))
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
    return TRUE;
  row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  return row != NULL && adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) != NULL;
}

static void
collect_unnamed (GtkWidget *root,
                 GString   *unnamed,
                 guint     *n_controls)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (gtk_widget_get_focusable (child) && !GTK_IS_LIST_BOX_ROW (child))
        {
          (*n_controls)++;
          if (!has_name (child))
            g_string_append_printf (unnamed, " %s", G_OBJECT_TYPE_NAME (child));
        }
      collect_unnamed (child, unnamed, n_controls);
    }
}

/* Every control of a restriction, with its questions, suggestions and
 * measures shown, has a name for a screen reader. */
static void
test_names (UiFixture     *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);
  guint n_controls = 0;
  PaRecordListEditor *list;
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  ui_press (pa_record_list_editor_get_add_button (list));
  ui_type_text_area (ui_lookup_field (editor, "restrictions/0/original"), "Jeg kan ikke løfte tungt");
  ui_run_for (100);

  collect_unnamed (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)), unnamed, &n_controls);
  g_test_message ("%u controls", n_controls);
  /* words, category, two questions, a suggestion, reformulation, two
   * measures, consent and its date */
  g_assert_cmpuint (n_controls, >=, 10);
  g_assert_cmpstr (unnamed->str, ==, "");
}

static void
save_pages (PaEditor   *editor,
            GtkWidget  *window,
            const char *variant)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (pa_editor_get_step_page (editor, "restrictions")));

  gtk_adjustment_set_value (adjustment, 0);
  ui_run_for (300);
  for (guint part = 1; part <= 5; part++)
    {
      g_autofree char *name = part == 1 ? g_strdup_printf ("step-5-restrictions-%s", variant)
                                        : g_strdup_printf ("step-5-restrictions-%s-%u", variant, part);
      double value = gtk_adjustment_get_value (adjustment);

      ui_save_window (window, output_dir, name, gtk_widget_get_width (window), gtk_widget_get_height (window));
      if (value + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment) - 1)
        break;
      gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment) * 0.9);
      ui_run_for (150);
    }
}

/* A restriction with its answer, suggestion, reformulation, a measure
 * and consent, light, dark and at 150 % text, for a reviewer. */
static void
test_screenshots (UiFixture     *fixture,
                  gconstpointer  data)
{
  const char *variant = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkSettings *settings = gtk_settings_get_default ();
  PaRecordListEditor *list;
  PaEditor *editor;
  PaRecord *item, *answer;
  int dpi = 0;

  UI_SKIP_WITHOUT_DISPLAY ();

  adw_style_manager_set_color_scheme (style, g_str_equal (variant, "dark")
                                             ? ADW_COLOR_SCHEME_FORCE_DARK
                                             : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (g_str_equal (variant, "large"))
    g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);

  editor = ui_new_draft (fixture->window);
  item = pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "restrictions");
  pa_record_set_string (item, "original", "Jeg kan ikke løfte tungt");
  answer = pa_record_add (item, "answers");
  pa_record_set_string (answer, "question", "Hvor mange kilo kan du løfte: ½ kg, 1 kg, 5-10 kg?");
  pa_record_set_string (answer, "answer", "5 kg");
  pa_record_set_string (item, "reformulation", "Jeg kan løfte op til 5 kg, og mere med hjælpemidler");
  pa_record_set_boolean (item, "consent", TRUE);
  pa_record_set_string (item, "consent-date", "2026-03-02");
  g_assert_true (pa_editor_show_step (editor, "restrictions"));
  list = pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, "restrictions")));
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (list, 0), TRUE);
  ui_run_for (200);
  save_pages (editor, GTK_WIDGET (fixture->window), variant);

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  danish = pa_test_use_danish ();
  g_setenv ("GTK_A11Y", "test", TRUE);
  ui_test_init (&argc, &argv);

  /* The subprocess of /pa/ui/step-restrictions/broken-library reads
   * the broken library its parent wrote */
  if (g_test_subprocess () && g_getenv ("PA_TEST_BROKEN_PHRASES") != NULL)
    g_setenv ("PRAKTIKAFTALE_PHRASES", g_getenv ("PA_TEST_BROKEN_PHRASES"), TRUE);

  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  g_test_add ("/pa/ui/step-restrictions/keyboard", UiFixture, NULL,
              ui_fixture_setup, test_keyboard, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/diagnosis-warning", UiFixture, NULL,
              ui_fixture_setup, test_diagnosis_warning, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/diagnosis-at-fields", UiFixture, NULL,
              ui_fixture_setup, test_diagnosis_at_fields, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/nine-categories", UiFixture, NULL,
              ui_fixture_setup, test_nine_categories, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/broken-library", UiFixture, NULL,
              ui_fixture_setup, test_broken_library, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/names-and-focus", UiFixture, NULL,
              ui_fixture_setup, test_names_and_focus, ui_fixture_teardown);

  g_test_add ("/pa/ui/step-restrictions/answers-from-agreement", UiFixture, NULL,
              ui_fixture_setup, test_answers_from_agreement, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/tab-order", UiFixture, NULL,
              ui_fixture_setup, test_tab_order, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/names", UiFixture, NULL,
              ui_fixture_setup, test_names, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/screenshots/light", UiFixture, "light",
              ui_fixture_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/screenshots/dark", UiFixture, "dark",
              ui_fixture_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-restrictions/screenshots/large", UiFixture, "large",
              ui_fixture_setup, test_screenshots, ui_fixture_teardown);

  return g_test_run ();
}
