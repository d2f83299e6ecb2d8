/* test-findings-agree.c: the message under a field, its step's mark and the summary say the same
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a wrong CPR number, a date that does not exist, a new empty
 * agreement and 38 hours a week: every field with an error in its message
 * has an error in the summary and an error mark on its step, every step
 * with an error mark has an error in the summary, and the summary counts
 * what it lists; one message per field.
 */
#include "config.h"

#include <string.h>

#include "ui/pa-field-state.h"

#include "ui-test-util.h"

static GtkWidget *
field_widget (PaEditor   *editor,
              const char *path)
{
  GtkWidget *widget = pa_field_registry_lookup (pa_editor_get_registry (editor), path);

  g_assert_nonnull (widget);
  return widget;
}

/* The checks, then what the fields' own messages make of them. */
static void
settle (PaEditor *editor)
{
  pa_editor_commit (editor);
  ui_run_for (50);
  pa_editor_check_now (editor);
  ui_run_for (50);
}

static int
field_severity (PaEditor   *editor,
                const char *path)
{
  GtkWidget *widget = pa_field_registry_lookup (pa_editor_get_registry (editor), path);
  PaFieldMessage *message = widget ? pa_field_message_for_widget (widget) : NULL;

  return message ? pa_field_message_get_severity (message) : PA_FIELD_MESSAGE_NONE;
}

/* The worst level the summary lists for @path, or NONE. */
static int
summary_level (PaEditor   *editor,
               const char *path)
{
  PaFindingsBar *bar = pa_editor_get_findings_bar (editor);
  int worst = PA_FIELD_LEVEL_NONE;

  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), path) == 0)
      worst = MAX (worst, pa_findings_bar_get_item_level (bar, i));
  return worst;
}

static guint
summary_items_for (PaEditor   *editor,
                   const char *path)
{
  PaFindingsBar *bar = pa_editor_get_findings_bar (editor);
  guint n = 0;

  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), path) == 0)
      n++;
  return n;
}

/* The items the field shows too, the fields still to fill in among them
 * (under the field as a quiet hint). */
static guint
summary_items_shown_for (PaEditor   *editor,
                         const char *path)
{
  PaFindingsBar *bar = pa_editor_get_findings_bar (editor);
  guint n = 0;

  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), path) == 0 &&
        pa_findings_bar_get_item_level (bar, i) >= PA_FIELD_LEVEL_HINT)
      n++;
  return n;
}

/* The three places agree, for every field and every step. */
static void
assert_all_agree (PaEditor *editor)
{
  PaFindingsBar *bar = pa_editor_get_findings_bar (editor);
  g_autoptr(GPtrArray) paths = pa_field_registry_get_paths (pa_editor_get_registry (editor));
  guint errors = 0;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      GtkWidget *widget = pa_field_registry_lookup (pa_editor_get_registry (editor), path);
      PaFieldMessage *message = pa_field_message_for_widget (widget);
      g_autofree char *text = message ? pa_field_message_get_text (message) : NULL;

      g_auto(GStrv) lines = text ? g_strsplit (text, "\n", -1) : g_new0 (char *, 1);

      /* What the field says is listed in the summary, as often. */
      g_assert_cmpuint (g_strv_length (lines), ==, summary_items_shown_for (editor, path));
      for (guint j = 0; lines[j] != NULL; j++)
        for (guint k = j + 1; lines[k] != NULL; k++)
          g_assert_cmpstr (lines[j], !=, lines[k]);   /* one message per problem */
      if (field_severity (editor, path) == PA_SEVERITY_ERROR)
        {
          g_test_message ("%s: an error at the field", path);
          g_assert_cmpint (summary_level (editor, path), ==, PA_FIELD_LEVEL_ERROR);
          g_assert_cmpstr (pa_editor_get_step_state (editor, pa_editor_get_step_for_path (editor, path)),
                           ==, "errors");
        }
    }

  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (pa_findings_bar_get_item_level (bar, i) == PA_FIELD_LEVEL_ERROR)
      errors++;
  g_assert_cmpuint (pa_findings_bar_get_count (bar, PA_SEVERITY_ERROR), ==, errors);

  for (guint s = 0; s < pa_editor_get_n_steps (editor); s++)
    {
      const char *step = pa_editor_get_step_id_at (editor, s);
      gboolean listed = FALSE;

      for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
        if (pa_findings_bar_get_item_level (bar, i) == PA_FIELD_LEVEL_ERROR &&
            g_strcmp0 (pa_editor_get_step_for_path (editor, pa_findings_bar_get_item_field (bar, i)), step) == 0)
          listed = TRUE;
      g_assert_cmpint (g_str_equal (pa_editor_get_step_state (editor, step), "errors"), ==, listed);
    }
}

static PaEditor *
open_realistic (UiFixture *fixture)
{
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  return pa_window_get_editor (fixture->window);
}

/* A CPR number of the wrong shape: red at the field, so red at the step
 * and counted at the top; the field says it once. */
static void
test_wrong_cpr (UiFixture     *fixture,
                gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_realistic (fixture);
  pa_editor_show_step (editor, "parties");
  ui_type (field_widget (editor, "citizen/cpr"), "12345");
  settle (editor);

  g_assert_cmpint (field_severity (editor, "citizen/cpr"), ==, PA_SEVERITY_ERROR);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "parties"), ==, "errors");
  g_assert_cmpuint (summary_items_for (editor, "citizen/cpr"), ==, 1);
  g_assert_cmpuint (pa_findings_bar_get_count (pa_editor_get_findings_bar (editor), PA_SEVERITY_ERROR), >=, 1);
  assert_all_agree (editor);
}

/* 31 February: "that date does not exist", once, and not also "fill in
 * the start date". */
static void
test_impossible_date (UiFixture     *fixture,
                      gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *row;
  g_autofree char *text = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "period");
  row = field_widget (editor, "start-date");
  ui_type (row, "31.2.2026");
  settle (editor);

  text = pa_field_message_get_text (pa_field_message_for_widget (row));
  g_assert_nonnull (text);
  g_assert_null (strchr (text, '\n'));
  g_assert_cmpint (field_severity (editor, "start-date"), ==, PA_SEVERITY_ERROR);
  g_assert_cmpuint (summary_items_for (editor, "start-date"), ==, 1);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "errors");
  assert_all_agree (editor);
}

/* A new agreement has nothing wrong yet, only fields to fill in; once it
 * is agreed, an empty required field is an error, everywhere at once. */
static void
test_empty_draft (UiFixture     *fixture,
                  gconstpointer  data)
{
  PaEditor *editor;
  PaFindingsBar *bar;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  bar = pa_editor_get_findings_bar (editor);
  settle (editor);

  g_assert_cmpuint (pa_findings_bar_get_count (bar, PA_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (pa_findings_bar_get_n_to_fill_in (bar), >, 0);
  /* A quiet hint under the field, never an error or a warning. */
  g_assert_cmpint (field_severity (editor, "start-date"), ==, PA_SEVERITY_INFO);
  for (guint s = 0; s < pa_editor_get_n_steps (editor); s++)
    g_assert_cmpstr (pa_editor_get_step_state (editor, pa_editor_get_step_id_at (editor, s)), !=, "errors");
  assert_all_agree (editor);

  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "status", "agreed");
  settle (editor);
  g_assert_cmpint (field_severity (editor, "start-date"), ==, PA_SEVERITY_ERROR);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "errors");
  g_assert_cmpuint (pa_findings_bar_get_count (bar, PA_SEVERITY_ERROR), >, 0);
  assert_all_agree (editor);
}

/* An empty field the user has typed in and left is an error from then on. */
static void
test_left_empty (UiFixture     *fixture,
                 gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "period");

  /* Passing through is not leaving it empty. */
  gtk_widget_grab_focus (field_widget (editor, "start-date"));
  gtk_widget_grab_focus (field_widget (editor, "end-date"));
  ui_run_for (100);
  settle (editor);
  g_assert_cmpint (field_severity (editor, "start-date"), ==, PA_SEVERITY_INFO);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), !=, "errors");

  /* Typed in, emptied and left: now it is an error. */
  gtk_widget_grab_focus (field_widget (editor, "start-date"));
  gtk_editable_set_text (GTK_EDITABLE (field_widget (editor, "start-date")), "2");
  gtk_editable_set_text (GTK_EDITABLE (field_widget (editor, "start-date")), "");
  gtk_widget_grab_focus (field_widget (editor, "end-date"));
  ui_run_for (100);
  settle (editor);

  g_assert_cmpint (field_severity (editor, "start-date"), ==, PA_SEVERITY_ERROR);
  g_assert_cmpint (field_severity (editor, "end-date"), ==, PA_SEVERITY_INFO);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "errors");
  assert_all_agree (editor);
}

/* 38 hours a week: one error at the hours, on the step and at the top. */
static void
test_hours (UiFixture     *fixture,
            gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = open_realistic (fixture);
  pa_editor_show_step (editor, "period");
  ui_type (field_widget (editor, "start-hours"), "38");
  settle (editor);

  g_assert_cmpint (field_severity (editor, "start-hours"), ==, PA_SEVERITY_ERROR);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "errors");
  g_assert_cmpuint (summary_items_for (editor, "start-hours"), ==, 1);
  assert_all_agree (editor);
}

/* The decision itself, without a window. */

static PaFinding *
finding (PaSeverity  severity,
         const char *code,
         const char *field,
         const char *message)
{
  PaFinding *f = g_new0 (PaFinding, 1);

  f->severity = severity;
  f->code = g_strdup (code);
  f->field = g_strdup (field);
  f->message = g_strdup (message);
  /* As the checks mark it: this finding only says the field is empty. */
  f->missing = g_str_has_suffix (code, "-missing");
  return f;
}

static GPtrArray *
findings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
}

/* "31.2.2026": the field's own message wins over "fill in the start
 * date", which the checks say because the model kept no date. */
static void
test_state_one_per_field (void)
{
  g_autoptr(GPtrArray) checks = findings_new ();
  g_autoptr(GPtrArray) local = findings_new ();
  g_autoptr(GHashTable) touched = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PaFieldStates) states = NULL;
  const PaFieldState *state;

  g_ptr_array_add (checks, finding (PA_SEVERITY_INFO, "date-missing", "start-date", "Fill in the start date."));
  g_ptr_array_add (local, finding (PA_SEVERITY_ERROR, PA_FIELD_LOCAL_CODE, "start-date", "That date does not exist."));
  g_hash_table_add (touched, (gpointer) "start-date");
  states = pa_field_states_new (checks, local, touched, FALSE);

  g_assert_cmpuint (pa_field_states_get_n_items (states), ==, 1);
  state = pa_field_states_lookup (states, "start-date");
  g_assert_nonnull (state);
  g_assert_true (state->local);
  g_assert_cmpint (state->level, ==, PA_FIELD_LEVEL_ERROR);
  g_assert_cmpstr (state->finding->message, ==, "That date does not exist.");
  /* The field shows its own message; the summary counts it once. */
  g_assert_cmpuint (pa_field_states_get_field_findings (states)->len, ==, 0);
  g_assert_cmpuint (pa_field_states_count (states, PA_FIELD_LEVEL_ERROR), ==, 1);
}

/* Not filled in yet: a hint; left empty or agreed: an error. */
static void
test_state_missing (void)
{
  g_autoptr(GPtrArray) checks = findings_new ();
  g_autoptr(GHashTable) touched = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PaFieldStates) fresh = NULL;
  g_autoptr(PaFieldStates) left = NULL;
  g_autoptr(PaFieldStates) agreed = NULL;

  g_ptr_array_add (checks, finding (PA_SEVERITY_INFO, "date-missing", "start-date", "Fill in the start date."));
  g_ptr_array_add (checks, finding (PA_SEVERITY_ERROR, "purpose-missing", "purposes", "Choose a purpose."));

  fresh = pa_field_states_new (checks, NULL, touched, FALSE);
  g_assert_cmpuint (pa_field_states_count (fresh, PA_FIELD_LEVEL_HINT), ==, 2);
  g_assert_cmpuint (pa_field_states_count (fresh, PA_FIELD_LEVEL_ERROR), ==, 0);
  /* Shown under the fields as quiet info lines, never as errors. */
  g_assert_cmpuint (pa_field_states_get_field_findings (fresh)->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpint (((PaFinding *) g_ptr_array_index (pa_field_states_get_field_findings (fresh), i))->severity,
                     ==, PA_SEVERITY_INFO);

  g_hash_table_add (touched, (gpointer) "start-date");
  left = pa_field_states_new (checks, NULL, touched, FALSE);
  g_assert_cmpint (pa_field_states_lookup (left, "start-date")->level, ==, PA_FIELD_LEVEL_ERROR);
  g_assert_cmpint (pa_field_states_lookup (left, "purposes")->level, ==, PA_FIELD_LEVEL_HINT);
  /* Shown at the field as an error, as counted. */
  g_assert_cmpint (((PaFinding *) g_ptr_array_index (pa_field_states_get_field_findings (left), 0))->severity,
                   ==, PA_SEVERITY_ERROR);

  agreed = pa_field_states_new (checks, NULL, NULL, TRUE);
  g_assert_cmpuint (pa_field_states_count (agreed, PA_FIELD_LEVEL_ERROR), ==, 2);
  g_assert_cmpint (pa_field_states_worst (agreed, NULL, NULL), ==, PA_FIELD_LEVEL_ERROR);
}

/* The same finding about the whole agreement twice is said once. */
static void
test_state_whole_once (void)
{
  g_autoptr(GPtrArray) checks = findings_new ();
  g_autoptr(PaFieldStates) states = NULL;

  g_ptr_array_add (checks, finding (PA_SEVERITY_WARNING, "recent-employer", "", "Worked there."));
  g_ptr_array_add (checks, finding (PA_SEVERITY_WARNING, "recent-employer", "", "Worked there."));
  g_ptr_array_add (checks, finding (PA_SEVERITY_ERROR, "hours-over-full-time", "start-hours", "Too many hours."));
  states = pa_field_states_new (checks, NULL, NULL, FALSE);

  g_assert_cmpuint (pa_field_states_get_n_items (states), ==, 2);
  /* Worst first. */
  g_assert_cmpint (pa_field_states_get_item (states, 0)->level, ==, PA_FIELD_LEVEL_ERROR);
  g_assert_cmpuint (pa_field_states_count (states, PA_FIELD_LEVEL_WARNING), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/pa/ui/findings-agree/state/one-per-field", test_state_one_per_field);
  g_test_add_func ("/pa/ui/findings-agree/state/missing", test_state_missing);
  g_test_add_func ("/pa/ui/findings-agree/state/whole-once", test_state_whole_once);
  ui_test_add ("/pa/ui/findings-agree/wrong-cpr", test_wrong_cpr);
  ui_test_add ("/pa/ui/findings-agree/impossible-date", test_impossible_date);
  ui_test_add ("/pa/ui/findings-agree/empty-draft", test_empty_draft);
  ui_test_add ("/pa/ui/findings-agree/left-empty", test_left_empty);
  ui_test_add ("/pa/ui/findings-agree/38-hours", test_hours);

  return g_test_run ();
}
