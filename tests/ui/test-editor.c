/* test-editor.c: the guided editor, filled in from the keyboard, and what the rules say about it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step is filled as a keyboard user would: the focus goes to the
 * field (found through the editor's field registry, the same map the
 * findings use), the text goes in as typed, Enter or leaving the field
 * takes it. Then the agreement is saved, loaded from a fresh store on the
 * same file, and every value must be there.
 */
#include "config.h"

#include "ui/pa-editor-step.h"
#include "ui/pa-record-list-editor.h"
#include "ui/pa-step-follow-up.h"
#include "ui/pa-step-period.h"
#include "ui/pa-step-purpose.h"
#include "ui/pa-text-area.h"
#include "ui/pa-week-view.h"

#include "ui-test-util.h"

typedef struct {
  const char *path;
  const char *typed;    /* NULL: a switch, turned on */
  const char *stored;   /* as field_text() gives it */
} Input;

/* The stored value of @path as text: "14", "true", "2026-03-02". */
static char *
field_text (PaAgreement *agreement,
            const char  *path)
{
  const char *name;
  PaRecord *record = NULL;
  const PaField *field;
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  /* "extensions/0/purpose": an item of a list */
  if (g_strv_length (parts) == 3 && g_ascii_isdigit (parts[1][0]))
    {
      GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), parts[0]));
      g_autoptr(PaRecord) item = g_list_model_get_item (list, atoi (parts[1]));

      g_assert_nonnull (item);
      record = item;
      name = path + strlen (parts[0]) + strlen (parts[1]) + 2;
    }
  else
    record = pa_editor_step_resolve (agreement, path, &name);

  field = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), name, NULL);
  g_assert_nonnull (field);
  switch (field->kind)
    {
    case PA_FIELD_INT:
      return g_strdup_printf ("%d", pa_record_get_int (record, name));
    case PA_FIELD_DOUBLE:
      return g_strdup_printf ("%g", pa_record_get_double (record, name));
    case PA_FIELD_BOOLEAN:
      return g_strdup (pa_record_get_boolean (record, name) ? "true" : "false");
    default:
      return g_strdup (pa_record_get_string (record, name));
    }
}

static GtkWidget *
field_widget (PaEditor   *editor,
              const char *path)
{
  PaFieldRegistry *registry = pa_editor_get_registry (editor);
  GtkWidget *widget = pa_field_registry_lookup (registry, path);

  g_assert_nonnull (widget);
  /* Exactly this path, not a parent standing in for it. */
  g_assert_cmpstr (pa_field_registry_resolve (registry, path), ==, path);
  return widget;
}

static void
type_inputs (PaEditor    *editor,
             const Input *inputs,
             guint        n_inputs)
{
  for (guint i = 0; i < n_inputs; i++)
    {
      GtkWidget *widget = field_widget (editor, inputs[i].path);

      if (inputs[i].typed == NULL)
        {
          /* Space on a switch */
          gtk_widget_grab_focus (widget);
          g_assert_true (gtk_widget_activate (widget));
        }
      else if (PA_IS_TEXT_AREA (widget))
        ui_type_text_area (widget, inputs[i].typed);
      else
        ui_type (widget, inputs[i].typed);
    }
}

static void
assert_stored (PaAgreement *agreement,
               const Input *inputs,
               guint        n_inputs)
{
  for (guint i = 0; i < n_inputs; i++)
    {
      g_autofree char *value = field_text (agreement, inputs[i].path);

      if (g_strcmp0 (value, inputs[i].stored) != 0)
        g_error ("%s: stored “%s”, expected “%s”", inputs[i].path, value, inputs[i].stored);
    }
}

/* Picks the item of a combo row whose label contains @text, as the
 * keyboard does in its popover. */
static void
choose (GtkWidget  *combo,
        const char *text)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  gtk_widget_grab_focus (combo);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (strstr (gtk_string_object_get_string (item), text) != NULL)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
          return;
        }
    }
  g_error ("No item “%s” to choose", text);
}

static void
press_add (PaEditor   *editor,
           const char *list)
{
  PaRecordListEditor *list_editor = PA_RECORD_LIST_EDITOR (field_widget (editor, list));
  GtkWidget *button = pa_record_list_editor_get_add_button (list_editor);

  ui_press (button);
}

/* Step 1 */

static const Input parties_inputs[] = {
  { "citizen/name", "Amina Hassan", "Amina Hassan" },
  { "citizen/cpr", "0101901234", "010190-1234" },
  { "citizen/phone", "21 43 65 87", "21 43 65 87" },
  { "citizen/email", "amina.hassan@mail.dk", "amina.hassan@mail.dk" },
  { "citizen/languages", "Arabisk, dansk", "Arabisk, dansk" },
  { "citizen/needs-interpreter", NULL, "true" },
  { "citizen/needs-language-mentor", NULL, "true" },
  { "citizen/job-goal", "Arbejde ved kassen", "Arbejde ved kassen" },
  { "citizen/recent-employer", "Føtex Vejle", "Føtex Vejle" },
  { "citizen/recent-employer-cvr", "35 95 47 16", "35954716" },
  { "recent-employer-assessment", "Kender butikken, men prøver nu lageret", "Kender butikken, men prøver nu lageret" },
  { "company/name", "Netto Vejle Nord", "Netto Vejle Nord" },
  { "company/cvr", "10 15 08 17", "10150817" },
  { "company/p-number", "1012345678", "1012345678" },
  { "company/address", "Vestergade 12, 7100 Vejle", "Vestergade 12, 7100 Vejle" },
  { "company/employees", "14", "14" },
  { "company/placements-in-use", "1", "1" },
  { "company/contact-name", "Lars Nielsen", "Lars Nielsen" },
  { "company/contact-role", "Butikschef", "Butikschef" },
  { "company/contact-phone", "75 82 11 40", "75 82 11 40" },
  { "company/contact-email", "lars.nielsen@netto.dk", "lars.nielsen@netto.dk" },
  { "company/mentor-name", "Mette Skov", "Mette Skov" },
  { "company/mentor-phone", "30 12 45 78", "30 12 45 78" },
  { "company/employee-rep-name", "Jens Holm", "Jens Holm" },
  { "company/employee-rep-phone", "40 50 60 70", "40 50 60 70" },
  { "jobcentre/consultant-name", "Sara Poulsen", "Sara Poulsen" },
  { "jobcentre/consultant-phone", "76 81 55 20", "76 81 55 20" },
  { "jobcentre/consultant-email", "sapou@vejle.dk", "sapou@vejle.dk" },
  { "jobcentre/caseworker-name", "Karin Lund", "Karin Lund" },
  { "jobcentre/caseworker-phone", "76 81 55 00", "76 81 55 00" },
  { "jobcentre/municipality", "Vejle Kommune", "Vejle Kommune" },
};

static gboolean
in_inputs (const char  *path,
           const Input *inputs,
           guint        n_inputs)
{
  for (guint i = 0; i < n_inputs; i++)
    if (g_str_equal (path, inputs[i].path))
      return TRUE;
  return FALSE;
}

/* Every field of step 1 typed in, and found again in the store. */
static void
test_fill_parties (UiFixture     *fixture,
                   gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "parties");

  /* The table covers every field the step has. */
  paths = pa_field_registry_get_paths (pa_editor_get_registry (editor));
  for (guint i = 0; i < paths->len; i++)
    if (g_strcmp0 (pa_editor_get_step_for_path (editor, paths->pdata[i]), "parties") == 0)
      g_assert_true (in_inputs (paths->pdata[i], parties_inputs, G_N_ELEMENTS (parties_inputs)));

  type_inputs (editor, parties_inputs, G_N_ELEMENTS (parties_inputs));
  loaded = ui_save_and_reload (fixture);
  assert_stored (loaded, parties_inputs, G_N_ELEMENTS (parties_inputs));
}

/* Tab from the citizen's name reaches every field of step 1, in order. */
static void
test_tab_order_parties (UiFixture     *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  PaEditor *editor;
  PaFieldRegistry *registry;
  GtkWidget *page;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  registry = pa_editor_get_registry (editor);
  page = pa_editor_get_step_page (editor, "parties");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (pa_editor_get_citizen_name_row (editor))));

  for (guint presses = 0; presses < 200 && reached->len < G_N_ELEMENTS (parties_inputs); presses++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, page));

      for (guint i = 0; i < G_N_ELEMENTS (parties_inputs); i++)
        {
          const char *path = parties_inputs[i].path;
          GtkWidget *widget = pa_field_registry_lookup (registry, path);

          if ((focus == widget || gtk_widget_is_ancestor (focus, widget)) &&
              !g_ptr_array_find_with_equal_func (reached, path, g_str_equal, NULL))
            {
              g_ptr_array_add (reached, (gpointer) path);
              g_test_message ("Tab %u: %s", presses, path);
            }
        }

      /* What Tab does: the window moves the focus to the next widget. */
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
    }

  g_assert_cmpuint (reached->len, ==, G_N_ELEMENTS (parties_inputs));
  for (guint i = 0; i < reached->len; i++)
    g_assert_cmpstr (reached->pdata[i], ==, parties_inputs[i].path);
}

/* Step 2 */

static const Input period_inputs[] = {
  { "start-date", "2.3.2026", "2026-03-02" },
  { "end-date", "31.5.2026", "2026-05-31" },
  { "start-hours", "12.5", "12.5" },
};

static const Input period_list_inputs[] = {
  { "extensions/0/end-date", "30.8.2026", "2026-08-30" },
  { "extensions/0/purpose", "Optræne kassen til løntimer", "Optræne kassen til løntimer" },
  { "extensions/0/reason", "Møder stabilt, klar til mere", "Møder stabilt, klar til mere" },
  { "extensions/0/special-need", "Fleksjob ventes, når kassen er lært", "Fleksjob ventes, når kassen er lært" },
  { "workdays/0/start-time", "8", "08:00" },
  { "workdays/0/end-time", "12.30", "12:30" },
  { "workdays/1/end-time", "1300", "13:00" },
  { "step-ups/0/from-week", "5", "5" },
  { "step-ups/0/hours", "16", "16" },
  { "step-ups/1/from-date", "13.4.2026", "2026-04-13" },
  { "step-ups/1/hours", "20", "20" },
  { "hybrid-hours/0/work-function", "Opfyldning af kølevarer", "Opfyldning af kølevarer" },
  { "hybrid-hours/0/hours", "4", "4" },
  { "hybrid-hours/0/from-date", "4.5.2026", "2026-05-04" },
};

static void
test_fill_period (UiFixture     *fixture,
                  gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  g_autofree char *week = NULL;
  PaEditor *editor;
  PaStepPeriod *period;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i", 2));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "period");
  period = PA_STEP_PERIOD (pa_editor_get_step (editor, "period"));

  choose (field_widget (editor, "citizen/target-group"), "(aktivitetsparat");
  type_inputs (editor, period_inputs, G_N_ELEMENTS (period_inputs));
  g_assert_cmpstr (gtk_label_get_label (pa_editor_get_duration_label (editor)), ==, "13 weeks");

  press_add (editor, "extensions");
  press_add (editor, "workdays");
  type_inputs (editor, period_list_inputs + 3, 2);
  /* The next day follows with the same times. */
  press_add (editor, "workdays");
  press_add (editor, "step-ups");
  press_add (editor, "step-ups");
  press_add (editor, "hybrid-hours");
  type_inputs (editor, period_list_inputs, G_N_ELEMENTS (period_list_inputs));

  /* The week, drawn and read out. */
  g_assert_cmpfloat (pa_week_view_get_hours (pa_step_period_get_week_view (period)), ==, 4.5 + 5);
  week = pa_week_view_describe (pa_step_period_get_week_view (period));
  g_assert_cmpstr (week, ==, "Monday 8:00 to 12:30. Tuesday 8:00 to 13:00. In all 9.5 hours a week.");

  loaded = ui_save_and_reload (fixture);
  assert_stored (loaded, period_inputs, G_N_ELEMENTS (period_inputs));
  assert_stored (loaded, period_list_inputs, G_N_ELEMENTS (period_list_inputs));
  g_assert_cmpstr (pa_record_get_string (pa_record_get_child (PA_RECORD (loaded), "citizen"), "target-group"),
                   ==, "aktivitetsparat");
  {
    g_autofree char *tuesday = field_text (loaded, "workdays/1/weekday");
    g_autofree char *start = field_text (loaded, "workdays/1/start-time");

    g_assert_cmpstr (tuesday, ==, "2");
    g_assert_cmpstr (start, ==, "08:00");
  }
}

/* Step 3 */

static const Input purpose_inputs[] = {
  { "availability-reason", "Tvivl om rådighed efter tre afbrudte forløb", "Tvivl om rådighed efter tre afbrudte forløb" },
  { "individual-purpose", "At prøve at være på en arbejdsplads igen", "At prøve at være på en arbejdsplads igen" },
  { "repeat-explanation", "Nu lager i stedet for kassen", "Nu lager i stedet for kassen" },
};

static void
toggle_purpose (PaStepPurpose *step,
                const char    *id)
{
  GtkCheckButton *check = pa_step_purpose_get_check (step, id);

  g_assert_nonnull (check);
  gtk_widget_grab_focus (GTK_WIDGET (check));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (check)));
}

static void
test_fill_purpose (UiFixture     *fixture,
                   gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  g_autofree char *note = NULL;
  PaEditor *editor;
  PaStepPurpose *purpose;
  GListModel *purposes;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  purpose = PA_STEP_PURPOSE (pa_editor_get_step (editor, "purpose"));

  /* Unemployment benefit: availability may be tested; a repeat placement
   * needs an explanation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i", 2));
  choose (field_widget (editor, "citizen/target-group"), "(dagpenge)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.next-step", NULL));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "purpose");

  g_assert_false (gtk_widget_get_visible (field_widget (editor, "availability-reason")));
  toggle_purpose (purpose, "competences");
  toggle_purpose (purpose, "availability-test");
  g_assert_true (gtk_widget_get_visible (field_widget (editor, "availability-reason")));
  g_assert_true (gtk_widget_get_visible (field_widget (editor, "repeat-explanation")));
  type_inputs (editor, purpose_inputs, G_N_ELEMENTS (purpose_inputs));

  /* Competences belong under another VITAS field than this one. */
  choose (field_widget (editor, "vitas-purpose"), "(Optræning af sociale");
  note = pa_step_purpose_get_vitas_note (purpose);
  g_assert_nonnull (strstr (note, "belong under"));
  g_clear_pointer (&note, g_free);

  /* The citizen's own purpose has no field in VITAS at all. */
  toggle_purpose (purpose, "individual");
  choose (field_widget (editor, "vitas-purpose"), "(Optræning af faglige");
  note = pa_step_purpose_get_vitas_note (purpose);
  g_assert_null (strstr (note, "belong under"));
  g_assert_nonnull (strstr (note, "own words"));

  /* Unticking removes the purpose again. */
  toggle_purpose (purpose, "individual");

  loaded = ui_save_and_reload (fixture);
  assert_stored (loaded, purpose_inputs, G_N_ELEMENTS (purpose_inputs));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (loaded), "vitas-purpose"), ==, "professional-competences");
  purposes = G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "purposes"));
  g_assert_cmpuint (g_list_model_get_n_items (purposes), ==, 2);
  {
    g_autofree char *first = field_text (loaded, "purposes/0/purpose-id");
    g_autofree char *second = field_text (loaded, "purposes/1/purpose-id");

    g_assert_cmpstr (first, ==, "competences");
    g_assert_cmpstr (second, ==, "availability-test");
  }
}

/* Step 7 */

static const Input follow_up_inputs[] = {
  { "follow-ups/0/date", "16.3.2026", "2026-03-16" },
  { "follow-ups/0/time", "10", "10:00" },
  { "follow-ups/0/participants", "Amina, Mette Skov, Sara Poulsen", "Amina, Mette Skov, Sara Poulsen" },
  { "follow-ups/0/notes", "Amina fyldte mælk op alene tirsdag.", "Amina fyldte mælk op alene tirsdag." },
  { "next-step", "Samtale om løntimer ved kassen", "Samtale om løntimer ved kassen" },
  { "ordinary-hours-prospect", "Opfyldning om morgenen kan blive løntimer", "Opfyldning om morgenen kan blive løntimer" },
  { "ordinary-hours-expected", "8", "8" },
  { "notes", "Amina siger, at hun gerne vil have flere timer.", "Amina siger, at hun gerne vil have flere timer." },
};

static void
test_fill_follow_up (UiFixture     *fixture,
                     gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *kind = NULL;
  PaEditor *editor;
  GtkWidget *area, *suggest;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i", 7));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "follow-up");

  press_add (editor, "follow-ups");
  /* The first follow-up starts as the start-up meeting with all three. */
  kind = field_text (pa_editor_get_agreement (editor), "follow-ups/0/kind");
  g_assert_cmpstr (kind, ==, "three-party");
  choose (field_widget (editor, "follow-ups/0/kind"), "By phone");
  type_inputs (editor, follow_up_inputs, G_N_ELEMENTS (follow_up_inputs));

  /* The agenda button puts the start-up meeting's agenda in. */
  area = field_widget (editor, "follow-ups/0/agenda");
  suggest = gtk_widget_get_next_sibling (area);
  g_assert_true (GTK_IS_MENU_BUTTON (suggest));
  g_assert_true (gtk_widget_activate_action (suggest, "follow-up.suggest-agenda", "s", "start"));
  agenda = pa_text_area_get_text (PA_TEXT_AREA (area));
  g_assert_true (g_str_has_prefix (agenda, "• Sub-goals for the placement"));

  loaded = ui_save_and_reload (fixture);
  assert_stored (loaded, follow_up_inputs, G_N_ELEMENTS (follow_up_inputs));
  g_clear_pointer (&kind, g_free);
  kind = field_text (loaded, "follow-ups/0/kind");
  g_assert_cmpstr (kind, ==, "phone");
  g_clear_pointer (&agenda, g_free);
  agenda = field_text (loaded, "follow-ups/0/agenda");
  g_assert_cmpstr (agenda, ==, pa_follow_up_suggested_agenda ("start"));
}

/* Findings */

static gboolean
has_errors (gpointer data)
{
  return pa_findings_bar_get_count (pa_editor_get_findings_bar (data), PA_SEVERITY_ERROR) > 0;
}

static gboolean
message_has_code (PaEditor   *editor,
                  const char *path,
                  const char *code)
{
  GPtrArray *findings = pa_editor_get_findings (editor);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, code) && g_strcmp0 (finding->field, path) == 0)
        return TRUE;
    }
  return FALSE;
}

/* 38 hours: an error under the hours, counted at the top; the summary
 * item goes to the step and the field. */
static void
test_findings_hours (UiFixture     *fixture,
                     gconstpointer  data)
{
  PaEditor *editor;
  PaFindingsBar *bar;
  GtkWidget *spin;
  PaFieldMessage *message;
  guint item = G_MAXUINT;
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  /* A complete agreement, so the hours are the one thing wrong. */
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  bar = pa_editor_get_findings_bar (editor);
  pa_editor_check_now (editor);
  g_assert_cmpuint (pa_findings_bar_get_count (bar, PA_SEVERITY_ERROR), ==, 0);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "complete");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i", 2));
  spin = field_widget (editor, "start-hours");
  ui_type (spin, "38");

  /* After the pause the checks run by themselves. */
  ui_run_until (has_errors, editor, 3000);
  g_assert_true (message_has_code (editor, "start-hours", "hours-over-full-time"));

  message = pa_field_message_for_widget (spin);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpint (pa_field_message_get_severity (message), ==, PA_SEVERITY_ERROR);
  g_assert_true (gtk_widget_has_css_class (spin, "error"));
  g_assert_true (g_str_has_prefix (pa_findings_bar_get_summary (bar), "1 error"));
  g_assert_cmpstr (pa_editor_get_step_state (editor, "period"), ==, "errors");

  /* From another step, the summary item brings the user to the hours. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i", 1));
  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), "start-hours") == 0)
      item = i;
  g_assert_cmpuint (item, !=, G_MAXUINT);
  pa_findings_bar_activate_item (bar, item);

  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "period");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), spin));

  /* Back to the 12 hours the weekdays add up to: the error goes, from
   * the field and the summary (37 would leave a warning that the hours
   * and the times disagree). */
  ui_type (spin, "12");
  pa_editor_check_now (editor);
  g_assert_false (message_has_code (editor, "start-hours", "hours-over-full-time"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpuint (pa_findings_bar_get_count (bar, PA_SEVERITY_ERROR), ==, 0);
}

/* A finding inside a folded list item shows on the item's row. */
static void
test_findings_in_list (UiFixture     *fixture,
                       gconstpointer  data)
{
  PaEditor *editor;
  PaRecordListEditor *list;
  GtkWidget *purpose;
  GtkWidget *indicator;
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  list = PA_RECORD_LIST_EDITOR (field_widget (editor, "extensions"));
  purpose = field_widget (editor, "extensions/0/purpose");

  /* Agreed: an empty field is an error now, not a hint still to fill in. */
  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "status", "agreed");
  ui_type (purpose, "");
  pa_editor_check_now (editor);
  g_assert_true (message_has_code (editor, "extensions/0/purpose", "extension-without-purpose"));
  g_assert_true (pa_field_message_has_source (pa_field_message_for_widget (purpose), NULL));

  indicator = g_object_get_data (G_OBJECT (pa_record_list_editor_get_row (list, 0)), PA_FINDING_INDICATOR_KEY);
  g_assert_true (gtk_widget_get_visible (indicator));
  g_assert_true (gtk_widget_has_css_class (indicator, "error"));
}

/* The item for @field in the summary at the top, activated: the editor
 * goes to the field's step and puts the cursor in it. */
static void
activate_summary_item (PaEditor   *editor,
                       const char *field)
{
  PaFindingsBar *bar = pa_editor_get_findings_bar (editor);

  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), field) == 0)
      {
        pa_findings_bar_activate_item (bar, i);
        return;
      }
  g_error ("No item for %s in the summary", field);
}

/* The finding at @path, on @code, shows under the field the path
 * resolves to, and its summary item brings the cursor there. */
static void
assert_finding_at_field (UiFixture  *fixture,
                         PaEditor   *editor,
                         const char *path,
                         const char *code,
                         const char *step)
{
  GtkWidget *widget = field_widget (editor, path);
  PaFieldMessage *message = pa_field_message_for_widget (widget);

  g_assert_true (message_has_code (editor, path, code));
  g_assert_cmpstr (pa_editor_get_step_for_path (editor, path), ==, step);
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-step", "i",
                                             g_str_equal (step, "parties") ? 3 : 1));
  activate_summary_item (editor, path);
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, step);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), widget) ||
                 gtk_root_get_focus (GTK_ROOT (fixture->window)) == widget);
}

/* Issue 7, items 13 and 14: the very special need of an extension beyond
 * 26 weeks, and the assessment of a placement at the most recent
 * employer, each have a field the findings point at. */
static void
test_findings_new_fields (UiFixture     *fixture,
                          gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;
  PaRecord *citizen = pa_record_get_child (PA_RECORD (agreement), "citizen");
  PaRecord *extension = pa_record_add (PA_RECORD (agreement), "extensions");
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  /* A second extension past 26 weeks, at the citizen's last employer. */
  pa_record_set_string (extension, "end-date", "2026-10-31");
  pa_record_set_string (extension, "purpose", "Lære lageret, så Amina kan få løntimer der");
  pa_record_set_string (extension, "reason", "Amina er tæt på ordinære timer ved kassen");
  pa_record_set_string (citizen, "recent-employer", "Netto Vejle Nord");
  pa_record_set_string (citizen, "recent-employer-cvr", "10150817");
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  pa_editor_check_now (editor);

  assert_finding_at_field (fixture, editor, "extensions/1/special-need", "extension-beyond-limit", "period");
  ui_type (field_widget (editor, "extensions/1/special-need"), "særligt behov");
  pa_editor_check_now (editor);
  assert_finding_at_field (fixture, editor, "extensions/1/special-need", "extension-special-need-vague", "period");
  ui_type (field_widget (editor, "extensions/1/special-need"),
           "Ansættelse i fleksjob er aftalt, når Amina har lært varemodtagelsen");
  pa_editor_check_now (editor);
  g_assert_true (message_has_code (editor, "extensions/1/special-need", "extension-special-need-stated"));

  assert_finding_at_field (fixture, editor, "recent-employer-assessment", "recent-employer", "parties");
  ui_type_text_area (field_widget (editor, "recent-employer-assessment"),
                     "Amina var ansat ved kassen; praktikken prøver lageret, som hun ikke kender");
  pa_editor_check_now (editor);
  g_assert_true (message_has_code (editor, "recent-employer-assessment", "recent-employer-assessed"));
  g_assert_false (message_has_code (editor, "recent-employer-assessment", "recent-employer"));
}

/* The marks in the sidebar follow what is filled in. */
static void
test_step_marks (UiFixture     *fixture,
                 gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "parties"), ==, "incomplete");
  /* Step 4 is built (issue 9); a draft without goals is incomplete there. */
  g_assert_cmpstr (pa_editor_get_step_state (editor, "goals"), ==, "incomplete");
  /* Step 8 is built (issue 11): a new draft has none of the seven points. */
  g_assert_cmpstr (pa_editor_get_step_state (editor, "checklist"), ==, "incomplete");
  /* Step 9 is built (issue 12): complete once every party has approved. */
  g_assert_cmpstr (pa_editor_get_step_state (editor, "documents"), ==, "incomplete");

  ui_type (field_widget (editor, "citizen/name"), "Bo Jensen");
  ui_type (field_widget (editor, "company/name"), "Lidl Kolding");
  ui_type (field_widget (editor, "jobcentre/consultant-name"), "Sara Poulsen");
  pa_editor_check_now (editor);
  g_assert_cmpstr (pa_editor_get_step_state (editor, "parties"), ==, "complete");
}

/* Next, previous and Alt+number: every step is one key away. */
/* The status is not chosen in the drop-down: "agreed" follows the
 * approvals (issue 13), so choosing it opens the approvals window and
 * the agreement stays a draft. */
static void
test_status_not_chosen (UiFixture     *fixture,
                        gconstpointer  data)
{
  PaEditor *editor;
  PaAgreement *agreement;
  GtkDropDown *dropdown;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_windows;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  agreement = pa_editor_get_agreement (editor);
  dropdown = pa_editor_get_status_dropdown (editor);
  n_windows = g_list_model_get_n_items (toplevels);
  /* 1: agreed */
  gtk_drop_down_set_selected (dropdown, 1);
  ui_run_for (100);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "draft");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), >, n_windows);
}

static void
test_step_actions (UiFixture     *fixture,
                   gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *editor_widget;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  editor_widget = GTK_WIDGET (editor);

  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    {
      g_assert_true (gtk_widget_activate_action (editor_widget, "editor.show-step", "i", i + 1));
      g_assert_cmpstr (pa_editor_get_step_id (editor), ==, pa_editor_get_step_id_at (editor, i));
      /* The focus goes into the step. */
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             pa_editor_get_step_page (editor, pa_editor_get_step_id_at (editor, i))));
    }

  g_assert_true (gtk_widget_activate_action (editor_widget, "editor.previous-step", NULL));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "checklist");
  g_assert_true (gtk_widget_activate_action (editor_widget, "editor.next-step", NULL));
  g_assert_true (gtk_widget_activate_action (editor_widget, "editor.next-step", NULL));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "documents");
  g_assert_true (gtk_widget_activate_action (editor_widget, "editor.show-step", "i", 1));
  g_assert_true (gtk_widget_activate_action (editor_widget, "editor.previous-step", NULL));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "parties");
}

static void
test_step_shortcuts (UiFixture     *fixture,
                     gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  ui_press_shortcut (editor, "<Alt>3");
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "purpose");
  ui_press_shortcut (editor, "<Control>Page_Down");
  ui_press_shortcut (editor, "<Control>Page_Down");
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "restrictions");
  ui_press_shortcut (editor, "<Control>Page_Up");
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "goals");
  ui_press_shortcut (editor, "<Alt>9");
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "documents");

  /* Ahead of the scrolled windows, which page sideways with Ctrl+Page Down. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (editor));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_SHORTCUT_CONTROLLER (controller))
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
      }
  }
}

static gboolean
has_group_titled (GtkWidget  *widget,
                  const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_group_titled (child, title))
      return TRUE;
  return FALSE;
}

/* The public party is named by the rules in force on the start date. */
static void
test_authority_term (UiFixture     *fixture,
                     gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *parties;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  parties = pa_editor_get_step (editor, "parties");
  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "start-date", "2026-03-02");
  g_assert_true (has_group_titled (parties, "The jobcentre (jobcentret)"));
  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "start-date", "2027-03-01");
  g_assert_true (has_group_titled (parties, "The municipality (kommunen)"));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  ui_test_add ("/pa/ui/editor/fill-parties", test_fill_parties);
  ui_test_add ("/pa/ui/editor/tab-order-parties", test_tab_order_parties);
  ui_test_add ("/pa/ui/editor/fill-period", test_fill_period);
  ui_test_add ("/pa/ui/editor/fill-purpose", test_fill_purpose);
  ui_test_add ("/pa/ui/editor/fill-follow-up", test_fill_follow_up);
  ui_test_add ("/pa/ui/editor/findings-hours", test_findings_hours);
  ui_test_add ("/pa/ui/editor/findings-in-list", test_findings_in_list);
  ui_test_add ("/pa/ui/editor/findings-new-fields", test_findings_new_fields);
  ui_test_add ("/pa/ui/editor/status-not-chosen", test_status_not_chosen);
  ui_test_add ("/pa/ui/editor/step-marks", test_step_marks);
  ui_test_add ("/pa/ui/editor/step-actions", test_step_actions);
  ui_test_add ("/pa/ui/editor/step-shortcuts", test_step_shortcuts);
  ui_test_add ("/pa/ui/editor/authority-term", test_authority_term);

  return g_test_run ();
}
