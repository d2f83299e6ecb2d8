/* test-step-tasks.c: step 6 from the keyboard: work functions, tasks, the ladder; and its screenshots
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Danish, as the consultants use it. The fields are found through the
 * editor's field registry; the ladder's keys go through its key
 * controller, as the window delivers them.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "core/pa-task-check.h"
#include "ui/pa-ladder-view.h"
#include "ui/pa-record-list-editor.h"
#include "ui/pa-step-tasks.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!ui_test_has_display ())                                \
      {                                                         \
        g_test_skip ("needs a display (run under xvfb-run)");   \
        return;                                                 \
      }                                                         \
  } G_STMT_END

static char *output_dir;
static gboolean danish;

/* The first combo row inside @root. */
static GtkWidget *
find_combo_row (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_COMBO_ROW (child))
        return child;
      if ((found = find_combo_row (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A key as the window delivers it to the focused widget. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  g_assert_true (gtk_widget_has_focus (widget));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
      g_assert_true (handled);
      return;
    }
  g_error ("No key controller");
}

static PaRecord *
work_function_at (PaEditor *editor,
                  guint     position)
{
  GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (pa_editor_get_agreement (editor)),
                                                       "work-functions"));
  g_autoptr(PaRecord) item = g_list_model_get_item (list, position);

  return item;
}

static PaEditor *
open_step (UiFixture *fixture)
{
  PaEditor *editor = ui_new_draft (fixture->window);

  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "start-date", "2026-03-02");
  pa_record_set_string (PA_RECORD (pa_editor_get_agreement (editor)), "end-date", "2026-05-29");
  g_assert_true (pa_editor_show_step (editor, "tasks"));
  ui_run_for (100);
  return editor;
}

static void
add_task (PaRecordListEditor *tasks,
          const char         *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (pa_record_list_editor_get_record (tasks),
                                                                        "tasks")));
  AdwExpanderRow *row;

  ui_press (pa_record_list_editor_get_add_button (tasks));
  row = pa_record_list_editor_get_row (tasks, n);
  g_assert_nonnull (row);
  ui_type (ui_find_entry_row (GTK_WIDGET (row), _("Task")), text);
}

/* A work function with its tasks typed in: found again in the store, and
 * the vague one with its hint. */
static void
test_tasks_keyboard (UiFixture     *fixture,
                     gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  PaRecordListEditor *list, *tasks;
  GtkWidget *focus, *hint;
  PaEditor *editor;
  PaRecord *wf;
  GListModel *stored;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));

  /* On arrival the cursor is on the Add button: the list is empty. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == pa_record_list_editor_get_add_button (list) ||
                 gtk_widget_is_ancestor (focus, pa_record_list_editor_get_add_button (list)));

  ui_press (pa_record_list_editor_get_add_button (list));
  ui_type (ui_lookup_field (editor, "work-functions/0/name"), "Lagermedhjælper");
  ui_type (ui_lookup_field (editor, "work-functions/0/hours"), "12");
  tasks = PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/tasks"));
  add_task (tasks, "Modtage varer");
  add_task (tasks, "Sortere");
  add_task (tasks, "Forefaldende arbejde");

  /* The vague task has its hint; the concrete ones have none. */
  hint = ui_find_label (GTK_WIDGET (pa_record_list_editor_get_row (tasks, 2)), pa_task_vague_hint ());
  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_get_visible (hint));
  hint = ui_find_label (GTK_WIDGET (pa_record_list_editor_get_row (tasks, 0)), pa_task_vague_hint ());
  g_assert_false (gtk_widget_get_visible (hint));

  /* Paid hours for the second task, through its combo row. */
  wf = work_function_at (editor, 0);
  {
    g_autoptr(PaRecord) task = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (wf, "tasks")), 1);
    GtkWidget *row = GTK_WIDGET (pa_record_list_editor_get_row (tasks, 1));
    GtkWidget *combo = find_combo_row (row);

    g_assert_nonnull (combo);
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);
    g_assert_cmpstr (pa_record_get_string (task, "kind"), ==, "paid");
  }

  loaded = ui_save_and_reload (fixture);
  stored = G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "work-functions"));
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  {
    g_autoptr(PaRecord) swf = g_list_model_get_item (stored, 0);
    GListModel *stasks = G_LIST_MODEL (pa_record_get_list (swf, "tasks"));
    g_autoptr(PaRecord) first = g_list_model_get_item (stasks, 0);
    g_autoptr(PaRecord) second = g_list_model_get_item (stasks, 1);

    g_assert_cmpstr (pa_record_get_string (swf, "name"), ==, "Lagermedhjælper");
    g_assert_cmpfloat (pa_record_get_double (swf, "hours"), ==, 12);
    g_assert_cmpuint (g_list_model_get_n_items (stasks), ==, 3);
    g_assert_cmpstr (pa_record_get_string (first, "text"), ==, "Modtage varer");
    g_assert_cmpstr (pa_record_get_string (first, "kind"), ==, "placement");
    g_assert_cmpstr (pa_record_get_string (second, "kind"), ==, "paid");
  }
}

static PaFieldMessage *
message_at (PaEditor   *editor,
            const char *path)
{
  /* The path is the row's own field, not its list or its row. */
  g_assert_cmpstr (pa_field_registry_resolve (pa_editor_get_registry (editor), path), ==, path);
  return pa_field_message_for_widget (ui_lookup_field (editor, path));
}

static guint
bar_item (PaFindingsBar *bar,
          const char    *path)
{
  for (guint i = 0; i < pa_findings_bar_get_n_items (bar); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (bar, i), path) == 0)
      return i;
  g_assert_not_reached ();
}

/* A finding about one target or task shows under that row's own field,
 * not under the whole list, and the summary brings the cursor there. */
static void
test_nested_findings (UiFixture     *fixture,
                      gconstpointer  data)
{
  const char *date_path = "work-functions/0/targets/1/date";
  const char *level_path = "work-functions/0/targets/1/level";
  PaEditor *editor;
  PaRecord *wf, *target;
  PaFindingsBar *bar;
  GtkWidget *date;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  wf = pa_record_add (PA_RECORD (pa_editor_get_agreement (editor)), "work-functions");
  pa_record_set_string (wf, "name", "Lagermedhjælper");
  pa_record_set_int (wf, "start-level", 3);
  pa_record_set_string (pa_record_add (wf, "tasks"), "text", "Modtage varer");
  pa_record_set_string (pa_record_add (wf, "tasks"), "text", "Sortere");
  target = pa_record_add (wf, "targets");
  pa_record_set_string (target, "date", "2026-05-01");
  pa_record_set_int (target, "level", 4);
  /* Before the first one, and below the start. */
  target = pa_record_add (wf, "targets");
  pa_record_set_string (target, "date", "2026-04-01");
  pa_record_set_int (target, "level", 2);
  pa_editor_check_now (editor);

  g_assert_cmpint (pa_field_message_get_severity (message_at (editor, date_path)), !=, PA_FIELD_MESSAGE_NONE);
  g_assert_cmpint (pa_field_message_get_severity (message_at (editor, level_path)), !=, PA_FIELD_MESSAGE_NONE);
  g_assert_cmpint (pa_field_message_get_severity (message_at (editor, "work-functions/0/targets/0/date")), ==,
                   PA_FIELD_MESSAGE_NONE);
  /* The list itself says nothing: the rows do. */
  g_assert_cmpint (pa_field_message_get_severity (pa_field_message_for_widget (ui_lookup_field (editor, "work-functions/0/targets"))),
                   ==, PA_FIELD_MESSAGE_NONE);
  /* A task's text is its own row's field too. */
  g_assert_cmpstr (pa_field_registry_resolve (pa_editor_get_registry (editor), "work-functions/0/tasks/1/text"),
                   ==, "work-functions/0/tasks/1/text");
  g_assert_true (gtk_widget_is_ancestor (ui_lookup_field (editor, "work-functions/0/tasks/1/text"),
                                         GTK_WIDGET (pa_record_list_editor_get_row (PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/tasks")), 1))));

  /* From another step, the summary brings the cursor to the date. */
  g_assert_true (pa_editor_show_step (editor, "parties"));
  bar = pa_editor_get_findings_bar (editor);
  date = ui_lookup_field (editor, date_path);
  pa_findings_bar_activate_item (bar, bar_item (bar, date_path));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "tasks");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == date ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), date));
}

/* The ladder from the keyboard: arrows move the start and the targets,
 * the levels stay within 1-5, and the description follows. */
static void
test_ladder_keyboard (UiFixture     *fixture,
                      gconstpointer  data)
{
  g_autoptr(PaAgreement) loaded = NULL;
  PaRecordListEditor *list, *targets;
  PaLadderView *ladder;
  PaEditor *editor;
  PaRecord *wf;
  GListModel *list_targets;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));
  ui_press (pa_record_list_editor_get_add_button (list));
  ui_type (ui_lookup_field (editor, "work-functions/0/name"), "Varemodtagelse");
  wf = work_function_at (editor, 0);
  list_targets = G_LIST_MODEL (pa_record_get_list (wf, "targets"));

  ladder = PA_LADDER_VIEW (ui_lookup_field (editor, "work-functions/0/start-level"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (ladder)));
  gtk_widget_grab_focus (GTK_WIDGET (ladder));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (ladder)));

  /* The start level: down is clamped at Beginner. */
  press_key (GTK_WIDGET (ladder), GDK_KEY_Down);
  g_assert_cmpint (pa_record_get_int (wf, "start-level"), ==, 1);

  /* Target 1 is added by Up on its column, a step above the start. */
  press_key (GTK_WIDGET (ladder), GDK_KEY_Right);
  g_assert_cmpuint (pa_ladder_view_get_column (ladder), ==, 1);
  press_key (GTK_WIDGET (ladder), GDK_KEY_Up);
  g_assert_cmpuint (g_list_model_get_n_items (list_targets), ==, 1);
  press_key (GTK_WIDGET (ladder), GDK_KEY_Up);
  {
    g_autoptr(PaRecord) target = g_list_model_get_item (list_targets, 0);

    g_assert_cmpint (pa_record_get_int (target, "level"), ==, 3);
    /* Up stops at Trained. */
    for (guint i = 0; i < 5; i++)
      press_key (GTK_WIDGET (ladder), GDK_KEY_Up);
    g_assert_cmpint (pa_record_get_int (target, "level"), ==, 5);
    press_key (GTK_WIDGET (ladder), GDK_KEY_Down);
    press_key (GTK_WIDGET (ladder), GDK_KEY_Down);
    g_assert_cmpint (pa_record_get_int (target, "level"), ==, 3);
  }

  /* The cursor goes no further than the first empty target. */
  press_key (GTK_WIDGET (ladder), GDK_KEY_Right);
  g_assert_cmpuint (pa_ladder_view_get_column (ladder), ==, 2);
  press_key (GTK_WIDGET (ladder), GDK_KEY_End);
  g_assert_cmpuint (pa_ladder_view_get_column (ladder), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (list_targets), ==, 1);

  /* The target's date, in its date field beside the ladder. */
  targets = PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/targets"));
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (targets, 0), TRUE);
  ui_type (ui_find_entry_row (GTK_WIDGET (pa_record_list_editor_get_row (targets, 0)), _("Reached By")),
           "3.4.2026");

  if (danish)
    g_assert_cmpstr (pa_ladder_view_get_description (ladder), ==,
                     "Varemodtagelse: nu Begynder, mål 1 Selvstartende inden 3. april 2026");
  else
    g_assert_cmpstr (pa_ladder_view_get_description (ladder), ==,
                     "Varemodtagelse: now Beginner, target 1 Self-starting by April 3, 2026");
  /* What a screen reader gets: the same sentence, a name, a slider. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (ladder), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       pa_ladder_view_get_description (ladder));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (ladder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       _("Progression ladder"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (ladder), GTK_ACCESSIBLE_ROLE_SLIDER);

  /* A target after the end of the period is said under the ladder. */
  {
    PaProgressionProblem after_end = { PA_PROGRESSION_DATE_AFTER_END, 1, "date" };
    g_autofree char *message = pa_progression_problem_message (&after_end);
    GtkWidget *date = ui_find_entry_row (GTK_WIDGET (pa_record_list_editor_get_row (targets, 0)), _("Reached By"));
    GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (ladder));

    g_assert_null (ui_find_label (parent, message));
    ui_type (date, "1.7.2026");
    g_assert_nonnull (ui_find_label (parent, message));
    g_assert_true (gtk_widget_get_visible (ui_find_label (parent, message)));
    ui_type (date, "3.4.2026");
    g_assert_null (ui_find_label (parent, message));
  }

  loaded = ui_save_and_reload (fixture);
  {
    GListModel *stored = G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "work-functions"));
    g_autoptr(PaRecord) swf = g_list_model_get_item (stored, 0);
    g_autoptr(PaRecord) target = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (swf, "targets")), 0);

    g_assert_cmpint (pa_record_get_int (swf, "start-level"), ==, 1);
    g_assert_cmpint (pa_record_get_int (target, "level"), ==, 3);
    g_assert_cmpstr (pa_record_get_string (target, "date"), ==, "2026-04-03");
  }
}

/* Tab from the work function's name goes down its fields in the order
 * they are shown. */
static void
test_tab_order (UiFixture     *fixture,
                gconstpointer  data)
{
  static const char * const order[] = {
    "work-functions/0/name", "work-functions/0/hours", "work-functions/0/tasks",
    "work-functions/0/start-level", "work-functions/0/targets",
    "work-functions/0/pace", "work-functions/0/error-rate", "work-functions/0/independence",
    "work-functions/0/competences",
  };
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  PaRecordListEditor *list;
  PaEditor *editor;
  GtkWidget *page;

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  page = pa_editor_get_step_page (editor, "tasks");
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));
  ui_press (pa_record_list_editor_get_add_button (list));
  gtk_widget_grab_focus (ui_lookup_field (editor, order[0]));

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
 * labelling widget, or the text it shows (a button's label, a row's title). */
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

/* Every control of a work function, its task, target and competence
 * open, has a name for a screen reader. */
static void
test_names (UiFixture     *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);
  guint n_controls = 0;
  PaRecordListEditor *list;
  PaEditor *editor;
  const char *nested[] = { "work-functions/0/tasks", "work-functions/0/targets", "work-functions/0/competences" };

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));
  ui_press (pa_record_list_editor_get_add_button (list));
  for (guint i = 0; i < G_N_ELEMENTS (nested); i++)
    ui_press (pa_record_list_editor_get_add_button (PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, nested[i]))));
  ui_run_for (100);

  collect_unnamed (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)), unnamed, &n_controls);
  g_test_message ("%u controls", n_controls);
  /* name, hours, the ladder, pace, error rate, independence, the entries
   * of the task, target and competence, and the buttons */
  g_assert_cmpuint (n_controls, >=, 20);
  g_assert_cmpstr (unnamed->str, ==, "");
}

static void
test_suggested_competence (UiFixture     *fixture,
                           gconstpointer  data)
{
  PaRecordListEditor *list;
  PaEditor *editor;
  PaRecord *wf;
  const char *first = pa_step_tasks_suggested_competences ()[0];

  SKIP_WITHOUT_DISPLAY ();

  editor = open_step (fixture);
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));
  ui_press (pa_record_list_editor_get_add_button (list));
  wf = work_function_at (editor, 0);

  if (danish)
    g_assert_cmpstr (first, ==, "servicemindet");
  g_assert_true (pa_step_tasks_add_competence (wf, first));
  g_assert_false (pa_step_tasks_add_competence (wf, first));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (wf, "competences"))), ==, 1);
  /* Its row is there to edit. */
  g_assert_nonnull (pa_record_list_editor_get_row (PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/competences")), 0));
}

/* Screenshots */


static void
fill_example (PaRecord *agreement)
{
  PaRecord *wf = pa_record_add (agreement, "work-functions");
  const char *tasks[] = { "Modtage varer og tjekke følgesedler", "Sortere returflasker", "Forefaldende arbejde" };
  const char *dates[] = { "2026-03-27", "2026-04-24", "2026-05-29" };

  pa_record_set_string (wf, "name", "Lagermedhjælper");
  pa_record_set_double (wf, "hours", 12);
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      PaRecord *task = pa_record_add (wf, "tasks");

      pa_record_set_string (task, "text", tasks[i]);
      pa_record_set_string (task, "kind", "placement");
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      PaRecord *target = pa_record_add (wf, "targets");

      pa_record_set_int (target, "level", 3 + (int) i);
      pa_record_set_string (target, "date", dates[i]);
    }
  pa_record_set_string (wf, "pace", "Tømmer en palle på en time");
  pa_record_set_string (wf, "error-rate", "Højst én fejl pr. 50 kolli");
  pa_record_set_string (wf, "independence", "Starter selv på dagens leverancer");
  pa_step_tasks_add_competence (wf, "mødestabil");
  pa_step_tasks_add_competence (wf, "tager ansvar og retter egne fejl");
  pa_record_set_string (pa_record_add (agreement, "work-functions"), "name", "Kasse");
}

static void
save_pages (PaEditor   *editor,
            GtkWidget  *window,
            const char *variant)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (pa_editor_get_step_page (editor, "tasks")));

  gtk_adjustment_set_value (adjustment, 0);
  ui_run_for (300);
  for (guint part = 1; part <= 5; part++)
    {
      g_autofree char *name = part == 1 ? g_strdup_printf ("step-6-tasks-%s", variant)
                                        : g_strdup_printf ("step-6-tasks-%s-%u", variant, part);
      double value = gtk_adjustment_get_value (adjustment);

      ui_save_window (window, output_dir, name, gtk_widget_get_width (window), gtk_widget_get_height (window));
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
  const char *variant = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  PaRecordListEditor *list, *tasks;
  PaEditor *editor;
  int dpi = 0;

  SKIP_WITHOUT_DISPLAY ();

  adw_style_manager_set_color_scheme (style, g_str_equal (variant, "dark")
                                             ? ADW_COLOR_SCHEME_FORCE_DARK
                                             : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (g_str_equal (variant, "large"))
    g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);

  agreement = ui_realistic_agreement ();
  fill_example (PA_RECORD (agreement));
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  g_assert_true (pa_editor_show_step (editor, "tasks"));
  list = pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, "tasks")));
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (list, 0), TRUE);
  tasks = PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/tasks"));
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (tasks, 2), TRUE);
  /* Target 1 open, with its level and date fields. */
  adw_expander_row_set_expanded (pa_record_list_editor_get_row (PA_RECORD_LIST_EDITOR (ui_lookup_field (editor, "work-functions/0/targets")), 0),
                                 TRUE);
  ui_run_for (200);
  /* The ladder with the cursor on target 1, as a keyboard user sees it. */
  gtk_widget_grab_focus (ui_lookup_field (editor, "work-functions/0/start-level"));
  pa_ladder_view_set_column (PA_LADDER_VIEW (ui_lookup_field (editor, "work-functions/0/start-level")), 1);
  save_pages (editor, GTK_WIDGET (fixture->window), variant);

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
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
  /* GTK's test context: the accessible properties can be read back,
   * without an accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ui_test_init (&argc, &argv);

  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  g_test_add ("/pa/ui/step-tasks/tasks-keyboard", UiFixture, NULL,
              ui_fixture_setup, test_tasks_keyboard, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/ladder-keyboard", UiFixture, NULL,
              ui_fixture_setup, test_ladder_keyboard, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/tab-order", UiFixture, NULL,
              ui_fixture_setup, test_tab_order, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/nested-findings", UiFixture, NULL,
              ui_fixture_setup, test_nested_findings, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/names", UiFixture, NULL,
              ui_fixture_setup, test_names, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/suggested-competence", UiFixture, NULL,
              ui_fixture_setup, test_suggested_competence, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/screenshots/light", UiFixture, "light",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/screenshots/dark", UiFixture, "dark",
              screenshots_setup, test_screenshots, ui_fixture_teardown);
  g_test_add ("/pa/ui/step-tasks/screenshots/large", UiFixture, "large",
              screenshots_setup, test_screenshots, ui_fixture_teardown);

  return g_test_run ();
}
