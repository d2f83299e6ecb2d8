/* test-goals.c: step 4, SMART goals: live marks and hints, the suggestion, sub-goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Danish, as the analyser reads Danish: a consultant types a vague
 * goal, sees the marks and the hints, takes the suggestion, fills its
 * gap and the citizen's reason, and finds the goal in the store. Widgets
 * are found through the field registry and what the user sees or a
 * screen reader reads (labels, accessible names). Screenshots of the
 * step, light, dark and at 150 % text, go to the folder given on the
 * command line.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "core/pa-smart.h"
#include "ui/pa-editor-private.h"
#include "ui/pa-field-state.h"
#include "ui/pa-record-list-editor.h"
#include "ui/pa-smart-marks.h"
#include "ui/pa-step-goals.h"
#include "ui/pa-text-area.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

#define WIDTH  1366
#define HEIGHT 768

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!ui_test_has_display ())                                \
      {                                                         \
        g_test_skip ("needs a display (run under xvfb-run)");   \
        return;                                                 \
      }                                                         \
  } G_STMT_END

static char *output_dir;

/* Thomas at a warehouse: what the suggestion draws on, but no contact
 * person or mentor, so the suggestion has a gap to fill. */
static void
fill_agreement (PaAgreement *agreement)
{
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *function = pa_record_add (a, "work-functions");
  const int days[] = { 1, 3, 5 };

  pa_record_set_string (pa_record_get_child (a, "citizen"), "name", "Thomas Nielsen");
  pa_record_set_string (a, "start-date", "2026-03-02");
  pa_record_set_string (a, "end-date", "2026-05-29");
  pa_record_set_double (a, "start-hours", 12);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      PaRecord *day = pa_record_add (a, "workdays");

      pa_record_set_int (day, "weekday", days[i]);
      pa_record_set_string (day, "start-time", "09:00");
      pa_record_set_string (day, "end-time", "13:00");
    }
  pa_record_set_string (function, "name", "Lagermedhjælper");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "varemodtagelse");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "sortering");
  pa_record_set_string (pa_record_add (a, "purposes"), "purpose-id", "competences");
}

static GtkWidget *
field (PaEditor   *editor,
       const char *path)
{
  GtkWidget *widget = pa_field_registry_lookup (pa_editor_get_registry (editor), path);

  g_assert_nonnull (widget);
  g_assert_cmpstr (pa_field_registry_resolve (pa_editor_get_registry (editor), path), ==, path);
  return widget;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* A shown button under @root with the label @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
          && gtk_widget_is_drawable (child))
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether a visible label under @root shows @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }
  return FALSE;
}

/* The accessible name a screen reader reads for the mark of @part. */
static void
assert_mark (GtkWidget   *row,
             PaSmartPart  part,
             const char  *expected)
{
  GtkWidget *marks = find_descendant (row, PA_TYPE_SMART_MARKS);
  GtkWidget *mark = gtk_widget_get_first_child (marks);
  char *error;

  for (guint i = 0; i < part; i++)
    mark = gtk_widget_get_next_sibling (mark);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  if (error != NULL)
    g_error ("mark %s: %s", pa_smart_part_get_letter (part), error);
}

static void
assert_met (GtkWidget   *row,
            PaSmartPart  part)
{
  g_autofree char *name = g_strdup_printf ("%s: opfyldt", pa_smart_part_get_label (part));

  assert_mark (row, part, name);
}

static GtkTextBuffer *
buffer_of (GtkWidget *area)
{
  return gtk_text_view_get_buffer (pa_text_area_get_text_view (PA_TEXT_AREA (area)));
}

static PaRecordListEditor *
goals_editor (PaEditor *editor)
{
  return pa_step_goals_get_list_editor (PA_STEP_GOALS (pa_editor_get_step (editor, "goals")));
}

static PaEditor *
open_goals (UiFixture *fixture)
{
  PaEditor *editor = ui_new_draft (fixture->window);

  fill_agreement (pa_editor_get_agreement (editor));
  g_assert_true (pa_editor_show_step (editor, "goals"));
  return editor;
}

/* From "Afklare arbejdsevnen" to a goal with every mark met, in the store. */
static void
test_vague_to_smart (UiFixture     *fixture,
                     gconstpointer  data)
{
  const char *vague = "Afklare arbejdsevnen";
  g_autoptr(PaSmartResult) expected = pa_smart_analyse (vague, NULL, NULL);
  g_autoptr(PaAgreement) loaded = NULL;
  g_autofree char *s_missing = NULL;
  PaEditor *editor;
  GtkWidget *row, *specific, *use, *focus;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;
  g_autoptr(PaRecord) goal = NULL;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  row = field (editor, "goals/0");
  specific = field (editor, "goals/0/specific");
  g_assert_true (PA_IS_TEXT_AREA (specific));
  /* The new goal opens with the cursor in its text. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, row));

  ui_type_text_area (specific, vague);
  /* The marks read the verdict, the hints stand under the field. */
  s_missing = g_strdup_printf ("Specifikt: mangler — %s",
                               pa_smart_result_get_hints (expected, PA_SMART_SPECIFIC)[0]);
  assert_mark (row, PA_SMART_SPECIFIC, s_missing);
  g_assert_true (shows_text (row, pa_smart_result_get_hints (expected, PA_SMART_SPECIFIC)[0]));
  g_assert_true (shows_text (row, pa_smart_result_get_hints (expected, PA_SMART_MEASURABLE)[0]));
  g_assert_true (shows_text (row, "Spørg: "));
  {
    PaSmartGoal parts = { .specific = vague };
    g_autoptr(PaSmartResult) full = pa_smart_analyse_goal (&parts);
    g_autofree char *a_missing = g_strdup_printf ("Attraktivt: mangler — %s",
                                                  pa_smart_result_get_hints (full, PA_SMART_ATTRACTIVE)[0]);

    assert_mark (row, PA_SMART_ATTRACTIVE, a_missing);
  }

  /* The suggestion, from the agreement's facts, with the gap selected. */
  g_assert_true (shows_text (row, "Inden 29. maj 2026 arbejder Thomas 12 timer om ugen"));
  use = find_button (row, "_Brug forslaget");
  g_assert_nonnull (use);
  ui_press (use);
  buffer = buffer_of (specific);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "[hvem vurderer?]");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (pa_text_area_get_text_view (PA_TEXT_AREA (specific)))));
  assert_mark (row, PA_SMART_SPECIFIC,
               "Specifikt: mangler — Udfyld det, der står i firkantede parenteser, først [hvem vurderer?].");

  /* Typed over the gap. */
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "Lene", -1, TRUE);
  assert_met (row, PA_SMART_SPECIFIC);
  assert_met (row, PA_SMART_MEASURABLE);
  assert_met (row, PA_SMART_TIME_BOUND);
  g_assert_null (find_button (row, "_Brug forslaget"));

  /* The citizen's reason and the parties' view, each confirmed. */
  ui_type_text_area (field (editor, "goals/0/attractive"), "Jeg vil gerne vise, at jeg kan passe et job på et lager.");
  gtk_switch_set_active (GTK_SWITCH (field (editor, "goals/0/attractive-confirmed")), TRUE);
  ui_type_text_area (field (editor, "goals/0/realistic"), "Thomas har kørt truck før, og Lene viser ham til rette.");
  gtk_switch_set_active (GTK_SWITCH (field (editor, "goals/0/realistic-confirmed")), TRUE);
  for (PaSmartPart part = 0; part < PA_SMART_N_PARTS; part++)
    assert_met (row, part);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "5 af 5 SMART-dele opfyldt");

  loaded = ui_save_and_reload (fixture);
  goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "goals")), 0);
  g_assert_cmpstr (pa_record_get_string (goal, "specific"), ==,
                   "Inden 29. maj 2026 arbejder Thomas 12 timer om ugen (man., ons., fre. kl. 9.00–13.00) "
                   "med varemodtagelse og sortering, og Lene vurderer sammen med Thomas hver fredag, "
                   "hvor meget Thomas klarer uden hjælp.");
  g_assert_true (pa_record_get_boolean (goal, "attractive-confirmed"));
  g_assert_true (pa_record_get_boolean (goal, "realistic-confirmed"));
}

/* Ignore hides the suggestion for that goal; the text stays the user's. */
static void
test_ignore_suggestion (UiFixture     *fixture,
                        gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *row, *specific;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  row = field (editor, "goals/0");
  specific = field (editor, "goals/0/specific");
  ui_type_text_area (specific, "blive bedre til dansk");
  ui_press (find_button (row, "_Ignorér"));
  g_assert_null (find_button (row, "_Brug forslaget"));
  g_assert_false (shows_text (row, "Inden 29. maj 2026"));
  {
    g_autoptr(PaRecord) goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (
                                 PA_RECORD (pa_editor_get_agreement (editor)), "goals")), 0);

    g_assert_cmpstr (pa_record_get_string (goal, "specific"), ==, "blive bedre til dansk");
  }
}

static PaRecord *
subgoal_at (PaEditor *editor,
            guint     goal,
            guint     position)
{
  g_autoptr(PaRecord) g = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (
                                                   PA_RECORD (pa_editor_get_agreement (editor)), "goals")), goal);
  g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (g, "subgoals")), position);

  return item;   /* the list keeps it */
}

/* Sub-goals: added, moved with Alt+Up (the row's action its shortcut
 * runs), removed and back with Undo; the paths follow the goals. */
static void
test_subgoals (UiFixture     *fixture,
               gconstpointer  data)
{
  const char *texts[] = { "Tager imod varer alene", "Sorterer 40 kasser i timen", "Kører truck med certifikat" };
  g_autoptr(PaAgreement) loaded = NULL;
  PaEditor *editor;
  PaRecordListEditor *subgoals;
  GtkWidget *row;
  AdwToast *toast;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  subgoals = PA_RECORD_LIST_EDITOR (field (editor, "goals/0/subgoals"));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("goals/0/subgoals/%u/text", i);

      ui_press (pa_record_list_editor_get_add_button (subgoals));
      /* The new sub-goal opens with the cursor in it. */
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             GTK_WIDGET (pa_record_list_editor_get_row (subgoals, i))));
      ui_type (field (editor, path), texts[i]);
    }
  g_assert_cmpstr (pa_record_get_string (subgoal_at (editor, 0, 2), "text"), ==, texts[2]);

  /* Alt+Up on the third. */
  row = GTK_WIDGET (pa_record_list_editor_get_row (subgoals, 2));
  g_assert_true (gtk_widget_activate_action (row, "item.move-up", NULL));
  g_assert_cmpstr (pa_record_get_string (subgoal_at (editor, 0, 1), "text"), ==, texts[2]);
  g_assert_true (gtk_widget_is_ancestor (field (editor, "goals/0/subgoals/1/text"), row));

  /* Removed, then back with Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pa_record_list_editor_get_row (subgoals, 0)),
                                             "item.remove", NULL));
  g_assert_cmpstr (pa_record_get_string (subgoal_at (editor, 0, 0), "text"), ==, texts[2]);
  toast = pa_record_list_editor_get_undo_toast (subgoals);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Delmål fjernet");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpstr (pa_record_get_string (subgoal_at (editor, 0, 0), "text"), ==, texts[0]);

  /* A second goal moved above the first: the paths follow. */
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pa_record_list_editor_get_row (goals_editor (editor), 1)),
                                             "item.move-up", NULL));
  g_assert_true (field (editor, "goals/1/subgoals") == GTK_WIDGET (subgoals));
  g_assert_true (gtk_widget_is_ancestor (field (editor, "goals/1/subgoals/1/text"), row));

  loaded = ui_save_and_reload (fixture);
  {
    g_autoptr(PaRecord) goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "goals")), 1);
    GListModel *list = G_LIST_MODEL (pa_record_get_list (goal, "subgoals"));
    const char *expected[] = { texts[0], texts[2], texts[1] };

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(PaRecord) item = g_list_model_get_item (list, i);

        g_assert_cmpstr (pa_record_get_string (item, "text"), ==, expected[i]);
      }
  }
}

/* Step 3's purposes above the goals; the goal's combo offers them. */
static void
test_purposes (UiFixture     *fixture,
               gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *step;
  AdwComboRow *combo;
  g_autoptr(PaRecord) goal = NULL;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  step = pa_editor_get_step (editor, "goals");
  g_assert_true (shows_text (step, "Intet mål tjener det endnu"));
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  combo = ADW_COMBO_ROW (field (editor, "goals/0/purpose-id"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (combo)), ==, 2);
  adw_combo_row_set_selected (combo, 1);
  goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (pa_editor_get_agreement (editor)), "goals")), 0);
  g_assert_cmpstr (pa_record_get_string (goal, "purpose-id"), ==, "competences");
  g_assert_true (shows_text (step, "Har et mål"));
  g_assert_false (shows_text (step, "Intet mål tjener det endnu"));
}

/* Arriving at the step with a goal: the cursor in its text. */
static void
test_first_field (UiFixture     *fixture,
                  gconstpointer  data)
{
  PaEditor *editor;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  pa_editor_show_step (editor, "parties");
  pa_editor_show_step (editor, "goals");
  ui_run_for (100);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) ==
                 GTK_WIDGET (pa_text_area_get_text_view (PA_TEXT_AREA (field (editor, "goals/0/specific")))));
}

/* Tab from the goal's text walks the card in the order on screen. */
static const char *card_order[] = {
  "specific", "measure", "attractive", "attractive-confirmed", "realistic",
  "realistic-confirmed", "deadline", "purpose-id", "subgoals",
};

static int
card_index (PaEditor  *editor,
            GtkWidget *focus)
{
  for (guint i = 0; i < G_N_ELEMENTS (card_order); i++)
    {
      g_autofree char *path = g_strdup_printf ("goals/0/%s", card_order[i]);

      if (focus == field (editor, path) || gtk_widget_is_ancestor (focus, field (editor, path)))
        return (int) i;
    }
  return -1;
}

static void
test_tab_order (UiFixture     *fixture,
                gconstpointer  data)
{
  PaEditor *editor;
  int last = 0;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  ui_type_text_area (field (editor, "goals/0/specific"), "komme godt i gang");
  g_assert_cmpint (card_index (editor, gtk_root_get_focus (GTK_ROOT (fixture->window))), ==, 0);
  /* Past the suggestion's two buttons, every field in turn. */
  for (guint presses = 0; presses < 20 && last < (int) G_N_ELEMENTS (card_order) - 1; presses++)
    {
      int reached;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      reached = card_index (editor, gtk_root_get_focus (GTK_ROOT (fixture->window)));
      if (reached < 0)
        {
          g_test_message ("Tab: %s", G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (fixture->window))));
          continue;
        }
      g_test_message ("Tab: %s", card_order[reached]);
      g_assert_cmpint (reached, ==, last + 1);
      last = reached;
    }
  g_assert_cmpint (last, ==, G_N_ELEMENTS (card_order) - 1);
}

/* Screenshots */

/* Amina's agreement with a vague goal (the suggestion shows) and a
 * SMART one with sub-goals. */
static void
add_goals (PaAgreement *agreement)
{
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *function = pa_record_add (a, "work-functions");
  PaRecord *goal = pa_record_add (a, "goals");
  PaRecord *sub;

  pa_record_set_string (function, "name", "Opfylder");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "opfyldning af kølevarer");
  pa_record_set_string (pa_record_add (function, "tasks"), "text", "datokontrol");
  pa_record_set_string (goal, "specific", "Afklare arbejdsevnen");
  pa_record_set_string (goal, "purpose-id", "competences");

  goal = pa_record_add (a, "goals");
  pa_record_set_string (goal, "specific", "Amina fylder kølevarer op alene tre morgener om ugen inden uge 20.");
  pa_record_set_string (goal, "measure", "Mette vurderer hver torsdag, hvor mange kasser Amina klarer uden hjælp.");
  pa_record_set_string (goal, "attractive", "Jeg vil gerne have løntimer i butikken.");
  pa_record_set_boolean (goal, "attractive-confirmed", TRUE);
  pa_record_set_string (goal, "realistic", "Amina har fyldt op i praktik før, og Mette går med de første uger.");
  pa_record_set_string (goal, "deadline", "2026-05-15");
  pa_record_set_string (goal, "purpose-id", "individual");
  sub = pa_record_add (goal, "subgoals");
  pa_record_set_string (sub, "text", "Kender kølerummet og datokontrollen");
  pa_record_set_string (sub, "date", "2026-03-20");
  pa_record_set_boolean (sub, "reached", TRUE);
  sub = pa_record_add (goal, "subgoals");
  pa_record_set_string (sub, "text", "Fylder én reol op alene");
  pa_record_set_string (sub, "date", "2026-04-17");
}

static void
save_step (PaEditor   *editor,
           GtkWidget  *window,
           const char *variant)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (pa_editor_get_step_page (editor, "goals")));

  gtk_adjustment_set_value (adjustment, 0);
  ui_run_for (350);
  for (guint part = 1; part <= 6; part++)
    {
      g_autofree char *name = part == 1 ? g_strdup_printf ("step-4-goals-%s", variant)
                                        : g_strdup_printf ("step-4-goals-%s-%u", variant, part);
      double value = gtk_adjustment_get_value (adjustment);

      ui_save_window (window, output_dir, name, WIDTH, HEIGHT);
      if (value + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment) - 1)
        break;
      gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment) * 0.9);
      ui_run_for (150);
    }
}

static void
screenshots_setup (UiFixture     *fixture,
                   gconstpointer  data)
{
  if (ui_test_has_display ())
    {
      ui_remove_window_border ();
      /* 150 % text, as the large-text setting gives it */
      g_object_set (gtk_settings_get_default (), "gtk-xft-dpi",
                    g_str_equal (data, "large") ? 96 * 1024 * 3 / 2 : 96 * 1024, NULL);
    }
  ui_fixture_setup (fixture, data);
}

static void
test_screenshots (UiFixture     *fixture,
                  gconstpointer  data)
{
  const char *variant = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  PaEditor *editor;
  PaRecordListEditor *goals;

  SKIP_WITHOUT_DISPLAY ();

  adw_style_manager_set_color_scheme (style, g_str_equal (variant, "dark")
                                             ? ADW_COLOR_SCHEME_FORCE_DARK
                                             : ADW_COLOR_SCHEME_FORCE_LIGHT);
  agreement = ui_realistic_agreement ();
  add_goals (agreement);
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, WIDTH);
  pa_editor_check_now (editor);
  pa_editor_show_step (editor, "goals");
  goals = goals_editor (editor);
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (goals, 0), TRUE);
  save_step (editor, GTK_WIDGET (fixture->window), variant);

  adw_expander_row_set_expanded (pa_record_list_editor_get_row (goals, 0), FALSE);
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (goals, 1), TRUE);
  {
    g_autofree char *name = g_strdup_printf ("%s-second", variant);

    save_step (editor, GTK_WIDGET (fixture->window), name);
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, NULL);
}

static void
add_test (const char *path,
          void      (*func) (UiFixture *, gconstpointer))
{
  g_test_add (path, UiFixture, NULL, ui_fixture_setup, func, ui_fixture_teardown);
}

static const PaFinding *
finding_with_code (PaEditor   *editor,
                   const char *code,
                   const char *path)
{
  GPtrArray *findings = pa_editor_get_findings (editor);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, code) && g_strcmp0 (finding->field, path) == 0)
        return finding;
    }
  return NULL;
}

/* A vague goal: the card's hints under the text, the measure and the
 * deadline say what is missing; the checks' findings about the same
 * (goal-not-specific, -measurable, -time-bound, the reason missing) are
 * counted once in the summary but not said a second time under those
 * fields. */
static void
test_one_message (UiFixture     *fixture,
                  gconstpointer  data)
{
  const struct {
    const char *code;
    const char *path;
  } parts[] = {
    { "goal-not-specific", "goals/0/specific" },
    { "goal-not-measurable", "goals/0/measure" },
    { "goal-not-time-bound", "goals/0/deadline" },
    { "goal-attractive-missing", "goals/0/attractive" },
  };
  PaEditor *editor;
  PaFindingsBar *bar;
  PaRecord *goal;
  GtkWidget *row;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_goals (fixture);
  ui_press (pa_record_list_editor_get_add_button (goals_editor (editor)));
  goal = pa_record_list_editor_get_record (goals_editor (editor));
  {
    g_autoptr(PaRecord) first = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (goal, "goals")), 0);

    pa_record_set_string (first, "specific", "Afklare arbejdsevnen");
  }
  pa_editor_check_now (editor);
  bar = pa_editor_get_findings_bar (editor);
  row = GTK_WIDGET (pa_record_list_editor_get_row (goals_editor (editor), 0));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const PaFinding *finding = finding_with_code (editor, parts[i].code, parts[i].path);
      PaFieldMessage *message = pa_field_message_for_widget (field (editor, parts[i].path));
      g_autofree char *text = pa_field_message_get_text (message);
      guint in_summary = 0;

      g_assert_nonnull (finding);
      /* Under the field: the card's own hint, not the finding's text. */
      g_assert_true (text == NULL || strstr (text, finding->message) == NULL);
      g_assert_false (shows_text (row, finding->message));
      for (guint j = 0; j < pa_findings_bar_get_n_items (bar); j++)
        if (g_strcmp0 (pa_findings_bar_get_item_field (bar, j), parts[i].path) == 0)
          in_summary++;
      g_assert_cmpuint (in_summary, ==, 1);
    }
  g_assert_cmpstr (pa_editor_get_step_state (editor, "goals"), ==, "warnings");
}

/* The decision itself: a finding the field shows live is counted, and
 * does not take the field's one message from another problem there. */
static void
test_live_codes (void)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
  g_autoptr(PaFieldStates) states = NULL;
  const char *codes[] = { "goal-not-specific", "other-problem" };
  GPtrArray *shown;

  g_type_ensure (PA_TYPE_STEP_GOALS);
  g_assert_true (pa_field_states_is_live_code ("goal-not-specific"));
  g_assert_false (pa_field_states_is_live_code ("other-problem"));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      PaFinding *f = g_new0 (PaFinding, 1);

      f->severity = i == 0 ? PA_SEVERITY_WARNING : PA_SEVERITY_INFO;
      f->code = g_strdup (codes[i]);
      f->field = g_strdup ("goals/0/specific");
      f->message = g_strdup (codes[i]);
      g_ptr_array_add (checks, f);
    }
  states = pa_field_states_new (checks, NULL, NULL, FALSE);

  g_assert_cmpuint (pa_field_states_get_n_items (states), ==, 2);
  g_assert_cmpuint (pa_field_states_count (states, PA_FIELD_LEVEL_WARNING), ==, 1);
  g_assert_true (pa_field_states_get_item (states, 0)->live);
  g_assert_cmpstr (pa_field_states_lookup (states, "goals/0/specific")->finding->code, ==, "other-problem");
  shown = pa_field_states_get_field_findings (states);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (((PaFinding *) g_ptr_array_index (shown, 0))->code, ==, "other-problem");

  /* Agreed with the reason still empty: an error, in red under the field. */
  {
    g_autoptr(GPtrArray) empty = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
    g_autoptr(PaFieldStates) agreed = NULL;
    PaFinding *f = g_new0 (PaFinding, 1);

    f->severity = PA_SEVERITY_INFO;
    f->code = g_strdup ("goal-attractive-missing");
    f->field = g_strdup ("goals/0/attractive");
    f->message = g_strdup ("Write why.");
    f->missing = TRUE;
    g_ptr_array_add (empty, f);
    agreed = pa_field_states_new (empty, NULL, NULL, TRUE);
    g_assert_false (pa_field_states_get_item (agreed, 0)->live);
    g_assert_cmpint (pa_field_states_lookup (agreed, "goals/0/attractive")->level, ==, PA_FIELD_LEVEL_ERROR);
    g_assert_cmpuint (pa_field_states_get_field_findings (agreed)->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  gboolean danish = pa_test_use_danish ();

  /* GTK's test backend keeps what a screen reader would read, without a
   * bus: the marks are checked by their accessible names. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ui_test_init (&argc, &argv);
  if (!danish)
    {
      g_printerr ("the Danish catalogue is not built; set PRAKTIKAFTALE_LOCALEDIR\n");
      return 1;
    }
  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  add_test ("/pa/ui/goals/vague-to-smart", test_vague_to_smart);
  add_test ("/pa/ui/goals/ignore-suggestion", test_ignore_suggestion);
  add_test ("/pa/ui/goals/subgoals", test_subgoals);
  add_test ("/pa/ui/goals/purposes", test_purposes);
  add_test ("/pa/ui/goals/first-field", test_first_field);
  add_test ("/pa/ui/goals/tab-order", test_tab_order);
  add_test ("/pa/ui/goals/one-message", test_one_message);
  g_test_add_func ("/pa/ui/goals/live-codes", test_live_codes);
  g_test_add ("/pa/ui/goals/screenshots/light", UiFixture, "light",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/goals/screenshots/dark", UiFixture, "dark",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/goals/screenshots/large", UiFixture, "large",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  return g_test_run ();
}
