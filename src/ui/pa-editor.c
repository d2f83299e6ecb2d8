/* pa-editor.c: the guided editor for one agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nine steps, each a page of the stack (a PaEditorStep), listed on the
 * left with a mark that says whether the step is complete, has errors or
 * warnings, or still lacks something. The user goes anywhere, in any
 * order: a click, Ctrl+Page Up/Down, Alt+1 to 9; the cursor goes along.
 *
 * The rules engine runs a moment after each edit; its findings show under
 * their fields (the steps register which widget edits which field path)
 * and in the summary at the top, which jumps to the field.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/pa-checks.h"

#include "pa-editor-private.h"
#include "pa-editor-step.h"
#include "pa-field-state.h"
#include "pa-field-watch.h"
#include "pa-labels.h"
#include "pa-resources.h"
#include "pa-step-checklist.h"
#include "pa-step-follow-up.h"
#include "pa-step-goals.h"
#include "pa-step-documents.h"
#include "pa-step-parties.h"
#include "pa-step-period.h"
#include "pa-step-placeholder.h"
#include "pa-step-purpose.h"
#include "pa-step-restrictions.h"
#include "pa-step-tasks.h"

typedef struct {
  const char  *id;
  const char  *title;
  const char  *subtitle;
  GType      (*get_type) (void);   /* NULL: a placeholder until a later issue */
  const char  *icon_name;          /* placeholders */
  const char  *later;              /* placeholders: what to do meanwhile */
  const char  *paths;              /* field paths the step owns, space separated */
} StepInfo;

static const StepInfo step_infos[] = {
  { "parties",
    /* Translators: step 1 of the editor */
    N_("Parties"),
    N_("Who takes part: the citizen, the company and the jobcentre."),
    pa_step_parties_get_type, NULL, NULL,
    "citizen company jobcentre" },
  { "period",
    /* Translators: step 2 of the editor */
    N_("Period and Working Hours"),
    N_("How long the placement lasts, how many hours, and on which days."),
    pa_step_period_get_type, NULL, NULL,
    "start-date end-date extensions start-hours workdays step-ups hybrid-hours" },
  { "purpose",
    /* Translators: step 3 of the editor */
    N_("Purpose"),
    N_("Why the placement: the purposes the law allows, and the citizen's own words."),
    pa_step_purpose_get_type, NULL, NULL,
    "purposes individual-purpose vitas-purpose availability-reason repeat-explanation" },
  { "goals",
    /* Translators: step 4 of the editor; SMART-mål */
    N_("SMART Goals"),
    N_("Specific, measurable goals and the sub-goals on the way."),
    pa_step_goals_get_type, NULL, NULL,
    "goals" },
  { "restrictions",
    /* Translators: step 5 of the editor; skånehensyn */
    N_("Restrictions"),
    N_("What the citizen needs to work well, in words the company can act on."),
    pa_step_restrictions_get_type, NULL, NULL,
    "restrictions" },
  { "tasks",
    /* Translators: step 6 of the editor */
    N_("Tasks and Progression"),
    N_("The work functions and tasks, and how the citizen is to progress in them."),
    pa_step_tasks_get_type, NULL, NULL,
    "work-functions" },
  { "follow-up",
    /* Translators: step 7 of the editor */
    N_("Follow-up and Next Step"),
    N_("When you meet and what about, what comes after, and the way to paid hours."),
    pa_step_follow_up_get_type, NULL, NULL,
    "follow-ups next-step ordinary-hours-prospect ordinary-hours-expected notes" },
  { "checklist",
    /* Translators: step 8 of the editor; refers to "Den gode beskrivelse" */
    N_("Checklist"),
    N_("The seven points of a good description of the placement."),
    pa_step_checklist_get_type, NULL, NULL,
    "checklist responsibilities follow-up-frequency contingency no-restrictions "
    "vitas-description vitas-description-composed vitas-conditions vitas-conditions-composed "
    "vitas-working-time vitas-working-time-composed" },
  { "documents",
    /* Translators: step 9 of the editor */
    N_("Documents"),
    N_("The agreement as a PDF for the company and the case file, as XML, on paper, and the follow-ups for the calendar."),
    pa_step_documents_get_type, NULL, NULL,
    "approvals" },
};

#define N_STEPS G_N_ELEMENTS (step_infos)

typedef enum {
  STATE_LATER,
  STATE_INCOMPLETE,
  STATE_COMPLETE,
  STATE_WARNINGS,
  STATE_ERRORS,
} StepState;

typedef struct {
  GtkWidget     *widget;   /* the PaEditorStep, a page of the stack */
  GtkListBoxRow *row;      /* its line in the sidebar */
  GtkImage      *mark;
  StepState      state;
} Step;

struct _PaEditor
{
  GtkWidget          parent_instance;

  PaAgreement       *agreement;
  PaFieldRegistry   *registry;
  GPtrArray         *findings;          /* (element-type PaFinding) (nullable) */
  PaFieldWatch      *watch;             /* fields left, and their own messages */
  PaFieldStates     *states;            /* what fields, marks and summary say */
  GPtrArray         *earlier;           /* (element-type PaAgreement) (nullable) */
  GBinding          *status_binding;
  guint              check_source;
  guint              current;
  Step               steps[N_STEPS];

  AdwFlap           *flap;
  GtkListBox        *steps_list;
  PaFindingsBar     *findings_bar;
  GtkDropDown       *status_dropdown;
  GtkStack          *step_stack;
};

G_DEFINE_FINAL_TYPE (PaEditor, pa_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
step_index (const char *id)
{
  for (guint i = 0; i < N_STEPS; i++)
    if (g_strcmp0 (step_infos[i].id, id) == 0)
      return i;
  return G_MAXUINT;
}

/* Which step a field path belongs to: the one whose widget edits it, or
 * else the one that owns its first part ("goals/0/specific": SMART goals). */
static guint
step_for_path (PaEditor   *self,
               const char *path)
{
  GtkWidget *widget;
  g_autofree char *head = NULL;
  const char *slash;

  if (path == NULL || *path == '\0')
    return G_MAXUINT;

  widget = pa_field_registry_lookup (self->registry, path);
  for (guint i = 0; widget != NULL && i < N_STEPS; i++)
    if (widget == self->steps[i].widget || gtk_widget_is_ancestor (widget, self->steps[i].widget))
      return i;

  slash = strchr (path, '/');
  head = slash ? g_strndup (path, slash - path) : g_strdup (path);
  for (guint i = 0; i < N_STEPS; i++)
    {
      g_auto(GStrv) paths = g_strsplit (step_infos[i].paths, " ", -1);

      if (g_strv_contains ((const char * const *) paths, head))
        return i;
    }
  return G_MAXUINT;
}

/* The marks in the sidebar */

static const char *
state_name (StepState state)
{
  static const char *names[] = { "later", "incomplete", "complete", "warnings", "errors" };

  return names[state];
}

static void
pa_editor_update_mark (PaEditor *self,
                       guint     index)
{
  Step *step = &self->steps[index];
  const StepInfo *info = &step_infos[index];
  const char *icon = NULL;
  const char *spoken = NULL;
  g_autofree char *label = NULL;

  for (StepState s = STATE_LATER; s <= STATE_ERRORS; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (step->mark), state_name (s));
  gtk_widget_add_css_class (GTK_WIDGET (step->mark), state_name (step->state));

  switch (step->state)
    {
    case STATE_LATER:
      /* Translators: said of a step that is not there yet */
      spoken = _("comes in a later version");
      break;
    case STATE_INCOMPLETE:
      /* Translators: said of a step with fields still to fill in */
      spoken = _("not complete");
      break;
    case STATE_COMPLETE:
      icon = "object-select-symbolic";
      /* Translators: said of a step with everything filled in */
      spoken = _("complete");
      break;
    case STATE_WARNINGS:
      icon = "dialog-warning-symbolic";
      /* Translators: said of a step the rules warn about */
      spoken = _("has warnings");
      break;
    case STATE_ERRORS:
      icon = "dialog-error-symbolic";
      /* Translators: said of a step the rules find errors in */
      spoken = _("has errors");
      break;
    }

  gtk_image_set_from_icon_name (step->mark, icon);
  gtk_widget_set_tooltip_text (GTK_WIDGET (step->mark), spoken);

  /* Translators: a step in the sidebar read aloud, "1. Parties, complete" */
  label = g_strdup_printf (_("%u. %s, %s"), index + 1, _(info->title), spoken);
  gtk_accessible_update_property (GTK_ACCESSIBLE (step->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static gboolean
path_in_step (const char *path,
              gpointer    data)
{
  PaEditor *self = ((gpointer *) data)[0];
  guint index = GPOINTER_TO_UINT (((gpointer *) data)[1]);

  return step_for_path (self, path) == index;
}

/* The marks say what pa-field-state.c decided, as the fields and the
 * summary do: a hint (not filled in yet) leaves a step incomplete. */
static void
pa_editor_update_marks (PaEditor *self)
{
  for (guint i = 0; i < N_STEPS; i++)
    {
      Step *step = &self->steps[i];
      gpointer data[2] = { self, GUINT_TO_POINTER (i) };
      PaFieldLevel worst = self->states ? pa_field_states_worst (self->states, path_in_step, data)
                                        : PA_FIELD_LEVEL_NONE;

      if (step_infos[i].get_type == NULL && worst == PA_FIELD_LEVEL_NONE)
        step->state = STATE_LATER;
      else if (worst == PA_FIELD_LEVEL_ERROR)
        step->state = STATE_ERRORS;
      else if (worst == PA_FIELD_LEVEL_WARNING)
        step->state = STATE_WARNINGS;
      else if (worst != PA_FIELD_LEVEL_HINT && self->agreement != NULL &&
               pa_editor_step_is_complete (PA_EDITOR_STEP (step->widget)))
        step->state = STATE_COMPLETE;
      else
        step->state = STATE_INCOMPLETE;
      pa_editor_update_mark (self, i);
    }
}

/* The checks */

static char *
locate_finding (const PaFinding *finding,
                gpointer         data)
{
  PaEditor *self = data;
  guint step = step_for_path (self, finding->field);

  if (step >= N_STEPS)
    /* Translators: where a finding about the agreement as a whole belongs */
    return g_strdup (_("The whole agreement"));
  /* Translators: where a finding belongs, "2. Period and Working Hours" */
  return g_strdup_printf (_("%u. %s"), step + 1, _(step_infos[step].title));
}

/* One decision for the fields, the marks and the summary. */
static void
pa_editor_show_states (PaEditor *self)
{
  const char *status = self->agreement ? pa_record_get_string (PA_RECORD (self->agreement), "status") : NULL;
  gboolean agreed = status != NULL && !g_str_equal (status, "draft") && !g_str_equal (status, "cancelled");
  g_autoptr(GPtrArray) local = pa_field_watch_collect_local (self->watch);
  g_autoptr(GHashTable) touched = pa_field_watch_get_touched (self->watch, self->findings);

  g_clear_pointer (&self->states, pa_field_states_free);
  self->states = pa_field_states_new (self->findings, local, touched, agreed);
  pa_field_registry_show_findings (self->registry, pa_field_states_get_field_findings (self->states));
  pa_findings_bar_set_states (self->findings_bar, self->states, locate_finding, self);
  pa_editor_update_marks (self);
}

/**
 * pa_editor_set_earlier:
 * @earlier: (nullable) (element-type PaAgreement): the citizen's earlier
 *   agreements, which the window looks up when it opens a draft
 */
void
pa_editor_set_earlier (PaEditor  *self,
                       GPtrArray *earlier)
{
  g_return_if_fail (PA_IS_EDITOR (self));

  if (earlier != NULL)
    g_ptr_array_ref (earlier);
  g_clear_pointer (&self->earlier, g_ptr_array_unref);
  self->earlier = earlier;
  pa_editor_check_now (self);
}

void
pa_editor_check_now (PaEditor *self)
{
  g_return_if_fail (PA_IS_EDITOR (self));

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  if (self->agreement != NULL)
    self->findings = pa_check_agreement (self->agreement, NULL, self->earlier);

  pa_editor_show_states (self);
}

static gboolean
check_timeout (gpointer data)
{
  PaEditor *self = data;

  self->check_source = 0;
  pa_editor_check_now (self);
  return G_SOURCE_REMOVE;
}

/* Each edit restarts the wait, so the checks run once the typing pauses. */
static void
on_agreement_changed (PaEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (PA_EDITOR_CHECK_DELAY_MS, check_timeout, self);
}

/* Going from step to step */

/* The sidebar moves the focus with Tab and the arrows, and goes to a step
 * only on Enter, Space or a click (row-activated); the current step is
 * marked selected without the list's selection following the focus. */
static void
mark_current_row (PaEditor *self)
{
  for (guint i = 0; i < N_STEPS; i++)
    {
      GtkWidget *row = GTK_WIDGET (self->steps[i].row);

      if (i == self->current)
        gtk_widget_set_state_flags (row, GTK_STATE_FLAG_SELECTED, FALSE);
      else
        gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_SELECTED);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_SELECTED, i == self->current,
                                   -1);
    }
}

static void
pa_editor_set_current (PaEditor *self,
                       guint     index)
{
  g_assert (index < N_STEPS);

  self->current = index;
  gtk_stack_set_visible_child (self->step_stack, self->steps[index].widget);
  mark_current_row (self);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
scroll_to_top (PaEditorStep *step)
{
  GtkScrolledWindow *scrolled = pa_editor_step_get_scrolled_window (step);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 0);
}

/* Every way to a step (keys, buttons, the sidebar, a finding) puts the
 * cursor in it, on @field or else on its first field, so the user can
 * type at once, and what is typed lands where it can be seen. */
static void
pa_editor_go_to (PaEditor  *self,
                 guint      index,
                 GtkWidget *field)
{
  if (index >= N_STEPS)
    return;

  pa_editor_set_current (self, index);
  pa_editor_step_focus (PA_EDITOR_STEP (self->steps[index].widget), field);
}

static void
on_step_row_activated (PaEditor      *self,
                       GtkListBoxRow *row)
{
  for (guint i = 0; i < N_STEPS; i++)
    if (self->steps[i].row == row)
      pa_editor_go_to (self, i, NULL);
}

static void
on_finding_activated (PaEditor   *self,
                      const char *field)
{
  guint step = step_for_path (self, field);
  GtkWidget *widget;

  if (step >= N_STEPS)
    return;

  widget = pa_field_registry_lookup (self->registry, field);
  if (widget != NULL && !gtk_widget_is_ancestor (widget, self->steps[step].widget))
    widget = NULL;
  pa_editor_go_to (self, step, widget);
}

static void
show_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PaEditor *self = PA_EDITOR (widget);
  int number = g_variant_get_int32 (parameter);

  if (self->agreement != NULL && number >= 1 && number <= (int) N_STEPS)
    pa_editor_go_to (self, number - 1, NULL);
}

static void
next_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PaEditor *self = PA_EDITOR (widget);

  if (self->agreement != NULL && self->current + 1 < N_STEPS)
    pa_editor_go_to (self, self->current + 1, NULL);
}

static void
previous_step_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PaEditor *self = PA_EDITOR (widget);

  if (self->agreement != NULL && self->current > 0)
    pa_editor_go_to (self, self->current - 1, NULL);
}

/* A button elsewhere in the editor (the checklist's "Go to field")
 * goes to a field as the summary's items do. */
static void
show_field_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PaEditor *self = PA_EDITOR (widget);

  if (self->agreement != NULL)
    on_finding_activated (self, g_variant_get_string (parameter, NULL));
}

static void
show_findings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PaEditor *self = PA_EDITOR (widget);

  if (self->agreement != NULL)
    pa_findings_bar_popup (self->findings_bar);
}

/* The pages */

static GtkWidget *
step_row (guint      index,
          GtkImage **mark)
{
  const StepInfo *info = &step_infos[index];
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  GtkWidget *badge = gtk_label_new (number);
  GtkWidget *title = gtk_label_new (_(info->title));
  GtkWidget *image = gtk_image_new ();

  gtk_widget_add_css_class (badge, "step-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (image, "step-mark");
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);

  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), image);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (info->get_type == NULL)
    gtk_widget_add_css_class (row, "step-later");

  *mark = GTK_IMAGE (image);
  return row;
}

static void
pa_editor_init_steps (PaEditor *self)
{
  for (guint i = 0; i < N_STEPS; i++)
    {
      const StepInfo *info = &step_infos[i];
      Step *step = &self->steps[i];

      if (info->get_type != NULL)
        step->widget = g_object_new (info->get_type (),
                                     "title", _(info->title),
                                     "subtitle", _(info->subtitle),
                                     NULL);
      else
        step->widget = pa_step_placeholder_new (_(info->title), _(info->subtitle), info->icon_name,
                                                /* Translators: the title of a step that is not there yet */
                                                _("Coming in a Later Version"),
                                                _(info->later));

      pa_editor_step_set_place (PA_EDITOR_STEP (step->widget), i + 1, N_STEPS,
                                i > 0 ? _(step_infos[i - 1].title) : NULL,
                                i + 1 < N_STEPS ? _(step_infos[i + 1].title) : NULL);
      gtk_stack_add_named (self->step_stack, step->widget, info->id);
      step->row = GTK_LIST_BOX_ROW (step_row (i, &step->mark));
      gtk_list_box_append (self->steps_list, GTK_WIDGET (step->row));

      pa_editor_step_register_fields (PA_EDITOR_STEP (step->widget), self->registry);
    }
}

/* The agreement's status, in the top bar */

static gboolean
status_to_index (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      data)
{
  const char *status = g_value_get_string (from);

  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    if (g_strcmp0 (pa_agreement_statuses[i], status ? status : "draft") == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

/* A status is not chosen here: agreed follows the parties' approvals,
 * and ending or cancelling asks for a reason, so a choice in the
 * drop-down opens the approvals window, where both are done, and the
 * drop-down goes back to what the agreement says. */
static void
on_status_selected (PaEditor *self)
{
  guint index = gtk_drop_down_get_selected (self->status_dropdown);
  const char *current;
  guint current_index = 0;

  if (self->agreement == NULL || index >= g_strv_length ((char **) pa_agreement_statuses))
    return;
  current = pa_record_get_string (PA_RECORD (self->agreement), "status");
  if (g_strcmp0 (pa_agreement_statuses[index], current ? current : "draft") == 0)
    return;
  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    if (g_strcmp0 (pa_agreement_statuses[i], current ? current : "draft") == 0)
      current_index = i;
  gtk_drop_down_set_selected (self->status_dropdown, current_index);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.approvals", NULL);
}

static void
pa_editor_init_status (PaEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = pa_editor_step_string_factory ();
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->status_dropdown));

  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    gtk_string_list_append (labels, pa_labels_status (pa_agreement_statuses[i]));
  gtk_drop_down_set_factory (self->status_dropdown, factory);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (labels));
  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (on_status_selected), self);

  /* GTK 4.8 leaves the drop-down's own button without a name. */
  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status of the agreement"),
                                    -1);
}

/* GObject */

static void
pa_editor_dispose (GObject *object)
{
  PaEditor *self = PA_EDITOR (object);

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->agreement != NULL)
    pa_editor_set_agreement (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_EDITOR);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->states, pa_field_states_free);
  g_clear_pointer (&self->earlier, g_ptr_array_unref);
  g_clear_object (&self->watch);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (pa_editor_parent_class)->dispose (object);
}

static void
pa_editor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PaEditor *self = PA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_editor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PaEditor *self = PA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      pa_editor_set_agreement (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_global_shortcut (GtkEventController *controller,
                     guint               key,
                     GdkModifierType     modifiers,
                     const char         *action,
                     GVariant           *target)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                            gtk_named_action_new (action));

  if (target != NULL)
    gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

/* The step keys work wherever the focus is in the window, also in the
 * list of agreements; in the capture phase, so that a scrolled window
 * (Ctrl+Page Down pages sideways) does not take them first. */
static void
pa_editor_init_shortcuts (PaEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_global_shortcut (controller, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "editor.next-step", NULL);
  add_global_shortcut (controller, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "editor.previous-step", NULL);
  add_global_shortcut (controller, GDK_KEY_KP_Page_Down, GDK_CONTROL_MASK, "editor.next-step", NULL);
  add_global_shortcut (controller, GDK_KEY_KP_Page_Up, GDK_CONTROL_MASK, "editor.previous-step", NULL);
  for (guint i = 1; i <= N_STEPS; i++)
    {
      add_global_shortcut (controller, GDK_KEY_0 + i, GDK_ALT_MASK, "editor.show-step",
                           g_variant_new_int32 (i));
      add_global_shortcut (controller, GDK_KEY_KP_0 + i, GDK_ALT_MASK, "editor.show-step",
                           g_variant_new_int32 (i));
    }
  add_global_shortcut (controller, GDK_KEY_F8, 0, "editor.show-findings", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
pa_editor_class_init (PaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_editor_dispose;
  object_class->get_property = pa_editor_get_property;
  object_class->set_property = pa_editor_set_property;

  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL,
                         PA_TYPE_AGREEMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PA_TYPE_FINDINGS_BAR);
  /* Referencing the resources links them in from the static library;
   * their constructor registers them. */
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PaEditor, flap);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, steps_list);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, findings_bar);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, step_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_step_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated);

  gtk_widget_class_install_action (widget_class, "editor.show-step", "i", show_step_action);
  gtk_widget_class_install_action (widget_class, "editor.next-step", NULL, next_step_action);
  gtk_widget_class_install_action (widget_class, "editor.previous-step", NULL, previous_step_action);
  gtk_widget_class_install_action (widget_class, "editor.show-findings", NULL, show_findings_action);
  gtk_widget_class_install_action (widget_class, "editor.show-field", "s", show_field_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "editor");
}

static void
pa_editor_init (PaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->registry = pa_field_registry_new ();
  self->watch = pa_field_watch_new (self->registry);
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (pa_editor_show_states), self, G_CONNECT_SWAPPED);
  pa_editor_init_steps (self);
  pa_editor_init_status (self);
  pa_editor_init_shortcuts (self);
  pa_editor_set_current (self, 0);
  pa_editor_update_marks (self);
}

GtkWidget *
pa_editor_new (void)
{
  return g_object_new (PA_TYPE_EDITOR, NULL);
}

PaAgreement *
pa_editor_get_agreement (PaEditor *self)
{
  g_return_val_if_fail (PA_IS_EDITOR (self), NULL);

  return self->agreement;
}

/**
 * pa_editor_set_agreement:
 * @agreement: (nullable): the agreement to edit
 *
 * Shows @agreement, at the step that was open; every edit goes straight
 * into it (and from there to the autosave).
 */
void
pa_editor_set_agreement (PaEditor    *self,
                         PaAgreement *agreement)
{
  g_return_if_fail (PA_IS_EDITOR (self));
  g_return_if_fail (agreement == NULL || PA_IS_AGREEMENT (agreement));

  if (self->agreement == agreement)
    return;

  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_clear_pointer (&self->status_binding, g_binding_unbind);
  g_set_object (&self->agreement, agreement);
  pa_field_watch_reset (self->watch);

  for (guint i = 0; i < N_STEPS; i++)
    {
      pa_editor_step_set_agreement (PA_EDITOR_STEP (self->steps[i].widget), agreement);
      scroll_to_top (PA_EDITOR_STEP (self->steps[i].widget));
    }

  if (agreement != NULL)
    {
      self->status_binding =
        g_object_bind_property_full (agreement, "status", self->status_dropdown, "selected",
                                     G_BINDING_SYNC_CREATE,
                                     status_to_index, NULL, NULL, NULL);
      g_signal_connect_swapped (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown), agreement != NULL);

  pa_editor_check_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT]);
}

/**
 * pa_editor_commit:
 *
 * Takes what is typed as if the user had left each row: an emptied field
 * is cleared, a wrong one shows its message. Call it before saving now.
 */
void
pa_editor_commit (PaEditor *self)
{
  g_return_if_fail (PA_IS_EDITOR (self));

  for (guint i = 0; i < N_STEPS; i++)
    pa_editor_step_commit (PA_EDITOR_STEP (self->steps[i].widget));
}

/* Step 1, with the cursor in the citizen's name: for a new agreement. */
void
pa_editor_focus_start (PaEditor *self)
{
  g_return_if_fail (PA_IS_EDITOR (self));

  pa_editor_go_to (self, 0, NULL);
}

gboolean
pa_editor_show_step (PaEditor   *self,
                     const char *step_id)
{
  guint index;

  g_return_val_if_fail (PA_IS_EDITOR (self), FALSE);

  index = step_index (step_id);
  if (index >= N_STEPS)
    return FALSE;
  pa_editor_set_current (self, index);
  return TRUE;
}

const char *
pa_editor_get_step_id (PaEditor *self)
{
  g_return_val_if_fail (PA_IS_EDITOR (self), NULL);

  return step_infos[self->current].id;
}

GtkWidget *
pa_editor_get_step (PaEditor   *self,
                    const char *step_id)
{
  guint index;

  g_return_val_if_fail (PA_IS_EDITOR (self), NULL);

  index = step_index (step_id);
  return index < N_STEPS ? self->steps[index].widget : NULL;
}

/* Test access, see pa-editor-private.h. */

#define PARTIES(self) PA_STEP_PARTIES (pa_editor_get_step (self, "parties"))
#define PERIOD(self) PA_STEP_PERIOD (pa_editor_get_step (self, "period"))

AdwEntryRow *
pa_editor_get_citizen_name_row (PaEditor *self)
{
  return pa_step_parties_get_citizen_name_row (PARTIES (self));
}

AdwEntryRow *
pa_editor_get_cpr_row (PaEditor *self)
{
  return pa_step_parties_get_cpr_row (PARTIES (self));
}

AdwComboRow *
pa_editor_get_target_group_row (PaEditor *self)
{
  return pa_step_period_get_target_group_row (PERIOD (self));
}

AdwEntryRow *
pa_editor_get_company_name_row (PaEditor *self)
{
  return pa_step_parties_get_company_name_row (PARTIES (self));
}

AdwEntryRow *
pa_editor_get_cvr_row (PaEditor *self)
{
  return pa_step_parties_get_cvr_row (PARTIES (self));
}

AdwEntryRow *
pa_editor_get_start_date_row (PaEditor *self)
{
  return pa_step_period_get_start_date_row (PERIOD (self));
}

AdwEntryRow *
pa_editor_get_end_date_row (PaEditor *self)
{
  return pa_step_period_get_end_date_row (PERIOD (self));
}

GtkDropDown *
pa_editor_get_status_dropdown (PaEditor *self)
{
  return self->status_dropdown;
}

GtkLabel *
pa_editor_get_duration_label (PaEditor *self)
{
  return pa_step_period_get_duration_label (PERIOD (self));
}

PaFieldMessage *
pa_editor_get_message_for_row (PaEditor *self,
                               gpointer  row)
{
  return pa_field_message_for_widget (GTK_WIDGET (row));
}

PaFieldRegistry *
pa_editor_get_registry (PaEditor *self)
{
  return self->registry;
}

PaFindingsBar *
pa_editor_get_findings_bar (PaEditor *self)
{
  return self->findings_bar;
}

GPtrArray *
pa_editor_get_findings (PaEditor *self)
{
  return self->findings;
}

const char *
pa_editor_get_step_for_path (PaEditor   *self,
                             const char *path)
{
  guint index = step_for_path (self, path);

  return index < N_STEPS ? step_infos[index].id : NULL;
}

const char *
pa_editor_get_step_state (PaEditor   *self,
                          const char *step_id)
{
  guint index = step_index (step_id);

  return index < N_STEPS ? state_name (self->steps[index].state) : NULL;
}

guint
pa_editor_get_n_steps (PaEditor *self)
{
  return N_STEPS;
}

const char *
pa_editor_get_step_id_at (PaEditor *self,
                          guint     index)
{
  return index < N_STEPS ? step_infos[index].id : NULL;
}

GtkWidget *
pa_editor_get_step_page (PaEditor   *self,
                         const char *step_id)
{
  guint index = step_index (step_id);

  return index < N_STEPS
    ? GTK_WIDGET (pa_editor_step_get_scrolled_window (PA_EDITOR_STEP (self->steps[index].widget)))
    : NULL;
}
