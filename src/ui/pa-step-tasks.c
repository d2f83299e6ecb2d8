/* pa-step-tasks.c: step 6, the work functions, their tasks and the progression ladder
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per work function ("Lagermedhjælper"): its hours, its concrete tasks
 * (each placement or paid, for a hybrid placement; a vague task such as
 * "forefaldende arbejde" gets a hint), the citizen's place on the
 * five-step ladder with up to three dated targets, and what a new
 * employee must manage there: pace, error rate, independence and the
 * core competences the company names.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "core/pa-task-check.h"
#include "core/pa-wording.h"

#include "pa-editor-step.h"
#include "pa-ladder-view.h"
#include "pa-resources.h"
#include "pa-step-tasks.h"

struct _PaStepTasks
{
  PaEditorStep        parent_instance;

  GtkStringList      *kind_labels;
  GtkStringList      *level_labels;

  PaRecordListEditor *work_functions_editor;
  AdwPreferencesGroup *ladder_group;
};

G_DEFINE_FINAL_TYPE (PaStepTasks, pa_step_tasks, PA_TYPE_EDITOR_STEP)

/* The kinds of task, in the order of the combo row. */
static const char * const kind_ids[] = { NULL, "placement", "paid" };

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "placement") == 0)
    /* Translators: a task done as part of the placement (praktik), not paid */
    return C_("task kind", "Placement");
  if (g_strcmp0 (kind, "paid") == 0)
    /* Translators: a task done in paid hours, in a hybrid placement (løntimer) */
    return C_("task kind", "Paid hours");
  /* Translators: whether a task is placement or paid is not chosen yet */
  return C_("task kind", "Not chosen");
}

const char * const *
pa_step_tasks_suggested_competences (void)
{
  static const char *names[6];

  /* Translators: core competences a company may name (kernekompetencer) */
  names[0] = _("service-minded");
  names[1] = _("good collaboration");
  names[2] = _("takes responsibility and corrects own mistakes");
  names[3] = _("stable attendance");
  names[4] = _("can take a message");
  names[5] = NULL;
  return names;
}

gboolean
pa_step_tasks_add_competence (PaRecord   *work_function,
                              const char *name)
{
  GListModel *list;
  PaRecord *competence;

  g_return_val_if_fail (PA_IS_WORK_FUNCTION (work_function), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  list = G_LIST_MODEL (pa_record_get_list (work_function, "competences"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) competence = g_list_model_get_item (list, i);

      if (g_strcmp0 (pa_record_get_string (competence, "name"), name) == 0)
        return FALSE;
    }
  competence = pa_record_add (work_function, "competences");
  pa_record_set_string (competence, "name", name);
  return TRUE;
}

/* Rows inside a row */

static PaRecordListEditor *
nested_editor (const char *title,
               const char *description,
               const char *add_label,
               const char *empty_label,
               const char *removed_label)
{
  return g_object_new (PA_TYPE_RECORD_LIST_EDITOR,
                       "title", title,
                       "description", description,
                       "add-label", add_label,
                       "empty-label", empty_label,
                       "removed-label", removed_label,
                       NULL);
}

/* Tasks */

static void
update_task_hint (GtkEditable *entry,
                  GtkWidget   *hint)
{
  gboolean vague = pa_task_is_vague (gtk_editable_get_text (entry), NULL);

  gtk_widget_set_visible (hint, vague);
  if (vague)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, pa_task_vague_hint (),
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "warning");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
fill_task (PaRecordListEditor *editor,
           PaRecord           *item,
           AdwExpanderRow     *row,
           gpointer            data)
{
  PaStepTasks *self = data;
  AdwEntryRow *text = pa_editor_step_add_entry (row, _("Task"));
  GtkWidget *hint = pa_editor_step_wrapped_label (pa_task_vague_hint (), "warning");
  GtkWidget *hint_row;
  AdwComboRow *kind = pa_editor_step_add_combo (row, _("Placement or Paid"),
                                                G_LIST_MODEL (self->kind_labels));

  gtk_widget_add_css_class (hint, "caption");
  /* Last in the item: a row that cannot take the focus ends Tab's walk
   * through the rows of a list. */
  hint_row = pa_editor_step_add_widget_row (row, hint);
  g_object_bind_property (hint, "visible", hint_row, "visible", G_BINDING_SYNC_CREATE);

  pa_record_list_editor_add_field (editor, row, "text", GTK_WIDGET (text));
  pa_record_list_editor_add_field (editor, row, "kind", GTK_WIDGET (kind));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "text", GTK_EDITABLE (text)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_choice (item, "kind", kind, kind_ids,
                                                               G_N_ELEMENTS (kind_ids)));
  g_signal_connect_object (text, "changed", G_CALLBACK (update_task_hint), hint, 0);
  update_task_hint (GTK_EDITABLE (text), hint);
}

static char *
title_task (PaRecord  *item,
            guint      position,
            char     **subtitle,
            gpointer   data)
{
  const char *text = pa_record_get_string (item, "text");
  const char *kind = kind_label (pa_record_get_string (item, "kind"));

  if (pa_task_is_vague (text, NULL))
    /* Translators: the subtitle of a vague task: its kind, and a warning */
    *subtitle = g_strdup_printf (_("%s · not concrete"), kind);
  else
    *subtitle = g_strdup (kind);
  if (text == NULL)
    /* Translators: the title of a task without text */
    return g_strdup_printf (_("Task %u"), position + 1);
  return g_strdup (text);
}

static void
init_task (PaRecord *parent,
           PaRecord *item,
           guint     position,
           gpointer  data)
{
  pa_record_set_string (item, "kind", "placement");
}

/* Targets of the ladder */

static void
fill_target (PaRecordListEditor *editor,
             PaRecord           *item,
             AdwExpanderRow     *row,
             gpointer            data)
{
  PaStepTasks *self = data;
  AdwComboRow *level = pa_editor_step_add_combo (row, _("Level"), G_LIST_MODEL (self->level_labels));
  AdwEntryRow *date = pa_editor_step_add_entry (row, _("Reached By"));

  pa_record_list_editor_add_field (editor, row, "date", GTK_WIDGET (date));
  pa_record_list_editor_add_field (editor, row, "level", GTK_WIDGET (level));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "date", date,
                                                                PA_FIELD_FORMAT_DATE, _("Reached by")));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_index (item, "level", level, 1));
}

static char *
title_target (PaRecord  *item,
              guint      position,
              char     **subtitle,
              gpointer   data)
{
  g_autofree char *date = pa_wording_date (pa_record_get_string (item, "date"));
  const char *level = pa_progression_level_name (pa_record_get_int (item, "level"));

  if (*date == '\0')
    *subtitle = g_strdup (_("No date yet"));
  else
    /* Translators: when a progression target is to be reached, "inden 3. april 2026" */
    *subtitle = g_strdup_printf (_("By %s"), date);
  /* Translators: a progression target, "Mål 1: Selvstartende" */
  return g_strdup_printf (_("Target %u: %s"), position + 1, level ? level : "");
}

/* A new target is a step above the one before it. */
static void
init_target (PaRecord *parent,
             PaRecord *item,
             guint     position,
             gpointer  data)
{
  int level = pa_record_get_int (parent, "start-level");

  if (position > 0)
    {
      GListModel *targets = G_LIST_MODEL (pa_record_get_list (parent, "targets"));
      g_autoptr(PaRecord) before = g_list_model_get_item (targets, position - 1);

      level = pa_record_get_int (before, "level");
    }
  pa_record_set_int (item, "level", pa_progression_clamp_level (level + 1));
}

/* Competences */

static void
fill_competence (PaRecordListEditor *editor,
                 PaRecord           *item,
                 AdwExpanderRow     *row,
                 gpointer            data)
{
  AdwEntryRow *name = pa_editor_step_add_entry (row, _("Competence"));

  pa_record_list_editor_add_field (editor, row, "name", GTK_WIDGET (name));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "name", GTK_EDITABLE (name)));
}

static char *
title_competence (PaRecord  *item,
                  guint      position,
                  char     **subtitle,
                  gpointer   data)
{
  const char *name = pa_record_get_string (item, "name");

  if (name == NULL)
    /* Translators: the title of a core competence without a name */
    return g_strdup_printf (_("Competence %u"), position + 1);
  return g_strdup (name);
}

static void
on_suggest_competence (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  pa_step_tasks_add_competence (PA_RECORD (data), g_variant_get_string (parameter, NULL));
}

static GtkWidget *
competence_button (PaRecord *work_function)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("suggest", G_VARIANT_TYPE_STRING);
  const char * const *names = pa_step_tasks_suggested_competences ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (names[i], NULL);

      g_menu_item_set_action_and_target (item, "competence.suggest", "s", names[i]);
      g_menu_append_item (menu, item);
    }
  g_signal_connect_object (action, "activate", G_CALLBACK (on_suggest_competence), work_function, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (button, "competence", G_ACTION_GROUP (group));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Suggested Competences"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Add a core competence many companies name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggested competences"),
                                  -1);
  return button;
}

/* Work functions */

static void
add_hours_and_tasks (PaStepTasks        *self,
                     PaRecordListEditor *editor,
                     PaRecord           *item,
                     AdwExpanderRow     *row)
{
  GtkSpinButton *hours = pa_editor_step_add_spin (row, _("Hours per Week"),
                                                  _("In this work function"), 168, 0.5, 1);
  PaRecordListEditor *tasks =
    nested_editor (_("Tasks"),
                   _("Name what the citizen will do, e.g. receive goods, sort, tidy up; mark the tasks in paid hours in a hybrid placement."),
                   _("Add _Task"), _("No task yet"), _("Task removed"));

  pa_record_list_editor_setup (tasks, "tasks", fill_task, title_task, init_task, self);
  pa_record_list_editor_set_record (tasks, item);
  pa_editor_step_add_widget_row (row, GTK_WIDGET (tasks));

  pa_record_list_editor_add_field (editor, row, "hours", GTK_WIDGET (hours));
  pa_record_list_editor_add_field (editor, row, "tasks", GTK_WIDGET (tasks));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_number (item, "hours", hours));
}

/* The ladder's problems (dates out of order or outside the period),
 * one sentence a line under the ladder; hidden when there are none. */
static void
update_ladder_problems (GtkLabel *label,
                        PaRecord *work_function)
{
  PaRecord *agreement = pa_record_get_parent (work_function);
  g_autofree char *end = agreement ? pa_progression_final_end (agreement) : NULL;
  const char *start = agreement ? pa_record_get_string (agreement, "start-date") : NULL;
  g_autoptr(GArray) problems = pa_progression_check (work_function, start, end);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message =
        pa_progression_problem_message (&g_array_index (problems, PaProgressionProblem, i));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, message);
    }
  gtk_label_set_text (label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (label), text->len > 0);
}

static void
on_ladder_changed (PaRecord   *work_function,
                   PaRecord   *origin,
                   const char *field,
                   gboolean    content,
                   GtkLabel   *label)
{
  update_ladder_problems (label, work_function);
}

static void
on_ladder_mapped (GtkWidget *box,
                  GtkLabel  *label)
{
  update_ladder_problems (label, g_object_get_data (G_OBJECT (label), "pa-work-function"));
}

static void
add_ladder (PaStepTasks        *self,
            PaRecordListEditor *editor,
            PaRecord           *item,
            AdwExpanderRow     *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *ladder = pa_ladder_view_new ();
  GtkWidget *problems = pa_editor_step_wrapped_label ("", "warning");
  PaRecordListEditor *targets =
    nested_editor (_("Progression Targets"),
                   _("Up to three targets, each a step on the ladder with the date it is to be reached by, within the period."),
                   _("Add Tar_get"), _("No target yet"), _("Target removed"));

  gtk_box_append (GTK_BOX (box), pa_editor_step_wrapped_label (_("Progression"), "heading"));
  gtk_box_append (GTK_BOX (box),
                  pa_editor_step_wrapped_label (_("Where the citizen starts (Now) and the targets. Left and Right choose one, Up and Down move it on the ladder."),
                                 "dim-label"));
  gtk_box_append (GTK_BOX (box), ladder);
  gtk_box_append (GTK_BOX (box), problems);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (targets));
  gtk_widget_add_css_class (problems, "caption");
  g_signal_connect_object (item, "changed", G_CALLBACK (on_ladder_changed), problems, 0);
  /* The period may have changed in step 2 meanwhile. */
  g_object_set_data_full (G_OBJECT (problems), "pa-work-function", g_object_ref (item), g_object_unref);
  g_signal_connect_object (box, "map", G_CALLBACK (on_ladder_mapped), problems, 0);
  update_ladder_problems (GTK_LABEL (problems), item);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ladder),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progression ladder"),
                                  -1);
  pa_ladder_view_set_work_function (PA_LADDER_VIEW (ladder), item);
  pa_record_list_editor_setup (targets, "targets", fill_target, title_target, init_target, self);
  pa_record_list_editor_set_record (targets, item);
  pa_editor_step_add_widget_row (row, box);

  pa_record_list_editor_add_field (editor, row, "start-level", ladder);
  pa_record_list_editor_add_field (editor, row, "targets", GTK_WIDGET (targets));
}

static void
add_demands (PaStepTasks        *self,
             PaRecordListEditor *editor,
             PaRecord           *item,
             AdwExpanderRow     *row)
{
  static const struct {
    const char *field;
    const char *title;
  } demands[] = {
    { "pace", N_("Pace or Hours") },
    { "error-rate", N_("Error Rate") },
    { "independence", N_("Independence") },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *entries = gtk_list_box_new ();
  PaRecordListEditor *competences =
    nested_editor (_("Core Competences"),
                   _("What the company says the job needs besides speed."),
                   _("Add _Competence"), _("No competence named yet"), _("Competence removed"));

  /* The heading, the three entries and the competences in one row of
   * the work function: a row of only a heading would stop Tab. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (entries), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (entries, "boxed-list");
  gtk_box_append (GTK_BOX (box), pa_editor_step_wrapped_label (_("What a New Employee Must Manage"), "heading"));
  gtk_box_append (GTK_BOX (box), entries);
  for (guint i = 0; i < G_N_ELEMENTS (demands); i++)
    {
      GtkWidget *entry = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(demands[i].title));
      gtk_list_box_append (GTK_LIST_BOX (entries), entry);
      pa_record_list_editor_add_field (editor, row, demands[i].field, entry);
      pa_record_list_editor_keep_binding (editor, row,
                                          pa_field_binding_text (item, demands[i].field, GTK_EDITABLE (entry)));
    }

  pa_record_list_editor_setup (competences, "competences", fill_competence, title_competence, NULL, self);
  pa_record_list_editor_set_record (competences, item);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (competences));
  gtk_box_append (GTK_BOX (box), competence_button (item));
  pa_editor_step_add_widget_row (row, box);
  pa_record_list_editor_add_field (editor, row, "competences", GTK_WIDGET (competences));
}

static void
fill_work_function (PaRecordListEditor *editor,
                    PaRecord           *item,
                    AdwExpanderRow     *row,
                    gpointer            data)
{
  PaStepTasks *self = data;
  AdwEntryRow *name = pa_editor_step_add_entry (row, _("Work Function"));

  pa_record_list_editor_add_field (editor, row, "name", GTK_WIDGET (name));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "name", GTK_EDITABLE (name)));
  add_hours_and_tasks (self, editor, item, row);
  add_ladder (self, editor, item, row);
  add_demands (self, editor, item, row);
}

static char *
title_work_function (PaRecord  *item,
                     guint      position,
                     char     **subtitle,
                     gpointer   data)
{
  const char *name = pa_record_get_string (item, "name");
  guint n_tasks = pa_editor_step_count (item, "tasks");
  double hours = pa_record_get_double (item, "hours");
  g_autofree char *tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n_tasks), n_tasks);
  const char *level = pa_progression_level_name (pa_record_get_int (item, "start-level"));

  if (hours > 0)
    {
      g_autofree char *h = pa_wording_hours (hours);

      /* Translators: the subtitle of a work function: "3 opgaver · 12 timer · nu Begynder" */
      *subtitle = g_strdup_printf (_("%s · %s · now %s"), tasks, h, level ? level : "");
    }
  else
    /* Translators: the subtitle of a work function: "3 opgaver · nu Begynder" */
    *subtitle = g_strdup_printf (_("%s · now %s"), tasks, level ? level : "");

  if (name == NULL)
    /* Translators: the title of a work function without a name */
    return g_strdup_printf (_("Work function %u"), position + 1);
  return g_strdup (name);
}

/* PaEditorStep */

static void
pa_step_tasks_set_agreement (PaEditorStep *step,
                             PaAgreement  *agreement)
{
  PaStepTasks *self = PA_STEP_TASKS (step);

  pa_record_list_editor_set_record (self->work_functions_editor, PA_RECORD (agreement));
}

static void
pa_step_tasks_register_fields (PaEditorStep    *step,
                               PaFieldRegistry *registry)
{
  pa_record_list_editor_set_registry (PA_STEP_TASKS (step)->work_functions_editor, registry);
}

static void
pa_step_tasks_commit (PaEditorStep *step)
{
  pa_record_list_editor_commit (PA_STEP_TASKS (step)->work_functions_editor);
}

/* Complete when every work function has a name, a concrete task and a
 * dated target. */
static gboolean
work_function_complete (PaRecord *work_function)
{
  GListModel *tasks = G_LIST_MODEL (pa_record_get_list (work_function, "tasks"));
  GListModel *targets = G_LIST_MODEL (pa_record_get_list (work_function, "targets"));
  gboolean concrete = FALSE, dated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(PaRecord) task = g_list_model_get_item (tasks, i);
      const char *text = pa_record_get_string (task, "text");

      concrete |= text != NULL && !pa_task_is_vague (text, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(PaRecord) target = g_list_model_get_item (targets, i);

      dated |= pa_editor_step_has_text (target, "date");
    }
  return pa_editor_step_has_text (work_function, "name") && concrete && dated;
}

static gboolean
pa_step_tasks_is_complete (PaEditorStep *step)
{
  PaRecord *agreement = PA_RECORD (pa_editor_step_get_agreement (step));
  GListModel *list = G_LIST_MODEL (pa_record_get_list (agreement, "work-functions"));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) work_function = g_list_model_get_item (list, i);

      if (!work_function_complete (work_function))
        return FALSE;
    }
  return n > 0;
}

static GtkWidget *
pa_step_tasks_get_first_field (PaEditorStep *step)
{
  return pa_record_list_editor_get_first_focus (PA_STEP_TASKS (step)->work_functions_editor);
}

/* The ladder's five steps, for reference under the work functions. */
static void
fill_ladder_group (PaStepTasks *self)
{
  for (int level = PA_PROGRESSION_LEVEL_MIN; level <= PA_PROGRESSION_LEVEL_MAX; level++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%d %s", level, pa_progression_level_name (level));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pa_progression_level_description (level));
      /* Reference to read, not a stop of Tab. */
      gtk_widget_set_focusable (row, FALSE);
      adw_preferences_group_add (self->ladder_group, row);
      gtk_string_list_append (self->level_labels, title);
    }
}

/* GObject */

static void
pa_step_tasks_dispose (GObject *object)
{
  PaStepTasks *self = PA_STEP_TASKS (object);

  g_clear_object (&self->kind_labels);
  g_clear_object (&self->level_labels);

  G_OBJECT_CLASS (pa_step_tasks_parent_class)->dispose (object);
}

static void
pa_step_tasks_class_init (PaStepTasksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_tasks_dispose;
  step_class->set_agreement = pa_step_tasks_set_agreement;
  step_class->register_fields = pa_step_tasks_register_fields;
  step_class->commit = pa_step_tasks_commit;
  step_class->is_complete = pa_step_tasks_is_complete;
  step_class->get_first_field = pa_step_tasks_get_first_field;

  g_type_ensure (PA_TYPE_RECORD_LIST_EDITOR);
  g_type_ensure (PA_TYPE_LADDER_VIEW);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-tasks.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepTasks, work_functions_editor);
  gtk_widget_class_bind_template_child (widget_class, PaStepTasks, ladder_group);
}

static void
pa_step_tasks_init (PaStepTasks *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind_labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    gtk_string_list_append (self->kind_labels, kind_label (kind_ids[i]));
  self->level_labels = gtk_string_list_new (NULL);
  fill_ladder_group (self);

  pa_record_list_editor_setup (self->work_functions_editor, "work-functions",
                               fill_work_function, title_work_function, NULL, self);
  pa_editor_step_name_controls (GTK_WIDGET (self));
}

PaRecordListEditor *
pa_step_tasks_get_list_editor (PaStepTasks *self)
{
  g_return_val_if_fail (PA_IS_STEP_TASKS (self), NULL);
  return self->work_functions_editor;
}
