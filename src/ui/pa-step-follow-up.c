/* pa-step-follow-up.c: step 7, the follow-ups and the next step
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each follow-up has its kind, date, time, participants, an agenda (with
 * the good-practice agendas for a start-up meeting, a meeting during the
 * placement and an end meeting one click away) and the notes written
 * after it. Below: the next step and the prospect of ordinary paid hours.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-model.h"
#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-editor-step.h"
#include "pa-resources.h"
#include "pa-step-follow-up.h"

struct _PaStepFollowUp
{
  PaEditorStep        parent_instance;

  GtkStringList      *kind_labels;

  PaRecordListEditor *follow_ups_editor;
  PaTextArea         *next_step_area;
  PaTextArea         *notes_area;
  PaTextArea         *prospect_area;
  GtkSpinButton      *expected_hours_spin;
};

G_DEFINE_FINAL_TYPE (PaStepFollowUp, pa_step_follow_up, PA_TYPE_EDITOR_STEP)

#define FIELD(path, member) { path, G_STRUCT_OFFSET (PaStepFollowUp, member), PA_STEP_PLAIN }

static const PaStepField fields[] = {
  FIELD ("next-step", next_step_area),
  FIELD ("ordinary-hours-prospect", prospect_area),
  FIELD ("ordinary-hours-expected", expected_hours_spin),
  FIELD ("notes", notes_area),
};

/* The kinds, in the order of the combo row; the first is "not chosen". */
static const char * const kind_ids[] = { NULL, "phone", "company", "three-party" };

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "phone") == 0)
    /* Translators: a follow-up by phone */
    return C_("follow-up", "By phone");
  if (g_strcmp0 (kind, "company") == 0)
    /* Translators: a follow-up visit at the company */
    return C_("follow-up", "At the company");
  if (g_strcmp0 (kind, "three-party") == 0)
    /* Translators: trepartsmøde: citizen, company and consultant together */
    return C_("follow-up", "Three-party meeting");
  /* Translators: the kind of follow-up is not chosen yet */
  return C_("follow-up", "Not chosen");
}

/* The agendas */

/**
 * pa_follow_up_suggested_agenda:
 * @meeting: "start" (the start-up meeting), "during" or "end"
 *
 * Returns: the agenda good practice suggests, translated, one item a line
 */
const char *
pa_follow_up_suggested_agenda (const char *meeting)
{
  if (g_strcmp0 (meeting, "start") == 0)
    /* Translators: the agenda of a start-up meeting, one item a line */
    return _("• Sub-goals for the placement\n"
             "• Start date, meeting time and contact person\n"
             "• Tasks and how they progress\n"
             "• How the restrictions are handled\n"
             "• Who to call in case of illness\n"
             "• The plan ahead towards paid hours\n"
             "• Date of the next follow-up");
  if (g_strcmp0 (meeting, "during") == 0)
    /* Translators: the agenda of a follow-up during the placement, one item a line */
    return _("• What the citizen has done, with examples\n"
             "• How it went, compared with an ordinary employee\n"
             "• Attendance and breaks\n"
             "• What works, and why\n"
             "• What is hard, and what was done about it\n"
             "• Adjustments: new tasks, more hours, paid hours\n"
             "• Date of the next follow-up");
  if (g_strcmp0 (meeting, "end") == 0)
    /* Translators: the agenda of the meeting at the end, one item a line */
    return _("• What the placement showed: resources, tasks, restrictions, social life at work\n"
             "• Can the company hire the citizen now? If not, what is needed?\n"
             "• What to take into a next placement\n"
             "• The next step");
  g_return_val_if_reached (NULL);
}

void
pa_follow_up_add_agenda (PaRecord   *follow_up,
                         const char *meeting)
{
  const char *agenda = pa_record_get_string (follow_up, "agenda");
  const char *suggested = pa_follow_up_suggested_agenda (meeting);
  g_autofree char *text = NULL;

  g_return_if_fail (PA_IS_FOLLOW_UP (follow_up));
  g_return_if_fail (suggested != NULL);

  /* What is already there stays: the suggestion goes below it. */
  if (agenda != NULL && *agenda != '\0')
    text = g_strdup_printf ("%s\n\n%s", agenda, suggested);
  else
    text = g_strdup (suggested);
  pa_record_set_string (follow_up, "agenda", text);
}

static void
on_suggest_agenda (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  PaRecord *follow_up = data;

  pa_follow_up_add_agenda (follow_up, g_variant_get_string (parameter, NULL));
}

static GtkWidget *
agenda_button (PaRecord *item)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("suggest-agenda", G_VARIANT_TYPE_STRING);
  GtkWidget *button = gtk_menu_button_new ();

  /* Translators: a menu item that adds the agenda of a start-up meeting */
  g_menu_append (menu, _("Start-up Meeting"), "follow-up.suggest-agenda::start");
  /* Translators: a menu item that adds the agenda of a follow-up during the placement */
  g_menu_append (menu, _("Follow-up During the Placement"), "follow-up.suggest-agenda::during");
  /* Translators: a menu item that adds the agenda of the end meeting */
  g_menu_append (menu, _("End Meeting"), "follow-up.suggest-agenda::end");

  g_signal_connect_object (action, "activate", G_CALLBACK (on_suggest_agenda), item, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (button, "follow-up", G_ACTION_GROUP (group));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Suggest Agen_da"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Add the agenda good practice suggests for this meeting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggest agenda"),
                                  -1);
  return button;
}

/* A text area as a row of its own inside the follow-up's row. */
static PaTextArea *
add_text_row (AdwExpanderRow *row,
              const char     *title,
              const char     *description,
              GtkWidget      *extra)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *area = pa_text_area_new (title);

  pa_text_area_set_description (PA_TEXT_AREA (area), description);
  gtk_box_append (GTK_BOX (box), area);
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  gtk_widget_add_css_class (box, "text-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_expander_row_add_row (row, list_row);
  return PA_TEXT_AREA (area);
}

static void
fill_follow_up (PaRecordListEditor *editor,
                PaRecord           *item,
                AdwExpanderRow     *row,
                gpointer            data)
{
  PaStepFollowUp *self = data;
  AdwComboRow *kind = pa_editor_step_add_combo (row, _("Kind"), G_LIST_MODEL (self->kind_labels));
  AdwEntryRow *date = pa_editor_step_add_entry (row, _("Date"));
  AdwEntryRow *time = pa_editor_step_add_entry (row, _("Time"));
  AdwEntryRow *participants = pa_editor_step_add_entry (row, _("Participants"));
  PaTextArea *agenda = add_text_row (row, _("A_genda"), NULL, agenda_button (item));
  PaTextArea *notes = add_text_row (row, _("N_otes Afterwards"),
                                    _("What the citizen did, with examples; how it went; what to adjust. Write facts, not interpretations."),
                                    NULL);

  pa_record_list_editor_add_field (editor, row, "kind", GTK_WIDGET (kind));
  pa_record_list_editor_add_field (editor, row, "date", GTK_WIDGET (date));
  pa_record_list_editor_add_field (editor, row, "time", GTK_WIDGET (time));
  pa_record_list_editor_add_field (editor, row, "participants", GTK_WIDGET (participants));
  pa_record_list_editor_add_field (editor, row, "agenda", GTK_WIDGET (agenda));
  pa_record_list_editor_add_field (editor, row, "notes", GTK_WIDGET (notes));

  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_choice (item, "kind", kind, kind_ids,
                                                               G_N_ELEMENTS (kind_ids)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "date", date,
                                                                PA_FIELD_FORMAT_DATE, _("Date")));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "time", time,
                                                                PA_FIELD_FORMAT_TIME, _("Time")));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "participants", GTK_EDITABLE (participants)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text_view (item, "agenda", pa_text_area_get_text_view (agenda)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text_view (item, "notes", pa_text_area_get_text_view (notes)));
}

static char *
title_follow_up (PaRecord  *item,
                 guint      position,
                 char     **subtitle,
                 gpointer   data)
{
  const char *kind = pa_record_get_string (item, "kind");
  const char *time = pa_record_get_string (item, "time");
  const char *participants = pa_record_get_string (item, "participants");
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (item, "date"));
  g_autofree char *when = NULL;

  if (*date == '\0')
    when = g_strdup (_("No date yet"));
  else if (time != NULL)
    /* Translators: when a follow-up is, "12.3.2026 at 10:00" */
    when = g_strdup_printf (_("%s at %s"), date, time);
  else
    when = g_strdup (date);

  if (participants != NULL)
    /* Translators: when and with whom, "12.3.2026 at 10:00 · Amina, Lars" */
    *subtitle = g_strdup_printf (_("%s · %s"), when, participants);
  else
    *subtitle = g_steal_pointer (&when);

  if (kind == NULL)
    /* Translators: the title of a follow-up whose kind is not chosen */
    return g_strdup_printf (_("Follow-up %u"), position + 1);
  return g_strdup (kind_label (kind));
}

/* The first follow-up is usually the start-up meeting with all three
 * parties; later ones a visit at the company. */
static void
init_follow_up (PaRecord *parent,
                PaRecord *item,
                guint     position,
                gpointer  data)
{
  pa_record_set_string (item, "kind", position == 0 ? "three-party" : "company");
}

/* PaEditorStep */

static void
pa_step_follow_up_set_agreement (PaEditorStep *step,
                                 PaAgreement  *agreement)
{
  PaStepFollowUp *self = PA_STEP_FOLLOW_UP (step);

  pa_record_list_editor_set_record (self->follow_ups_editor, PA_RECORD (agreement));
}

static void
pa_step_follow_up_register_fields (PaEditorStep    *step,
                                   PaFieldRegistry *registry)
{
  PaStepFollowUp *self = PA_STEP_FOLLOW_UP (step);

  pa_record_list_editor_set_registry (self->follow_ups_editor, registry);
}

static void
pa_step_follow_up_commit (PaEditorStep *step)
{
  PaStepFollowUp *self = PA_STEP_FOLLOW_UP (step);

  pa_record_list_editor_commit (self->follow_ups_editor);
}

/* Complete with a dated follow-up and the next step. */
static gboolean
pa_step_follow_up_is_complete (PaEditorStep *step)
{
  PaRecord *agreement = PA_RECORD (pa_editor_step_get_agreement (step));
  GListModel *list = G_LIST_MODEL (pa_record_get_list (agreement, "follow-ups"));
  gboolean dated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list) && !dated; i++)
    {
      g_autoptr(PaRecord) follow_up = g_list_model_get_item (list, i);

      dated = pa_editor_step_has_text (follow_up, "date");
    }

  return dated && pa_editor_step_has_text (agreement, "next-step");
}

/* The follow-ups come first, above the fields of the table. */
static GtkWidget *
pa_step_follow_up_get_first_field (PaEditorStep *step)
{
  return pa_record_list_editor_get_first_focus (PA_STEP_FOLLOW_UP (step)->follow_ups_editor);
}

/* GObject */

static void
pa_step_follow_up_dispose (GObject *object)
{
  PaStepFollowUp *self = PA_STEP_FOLLOW_UP (object);

  g_clear_object (&self->kind_labels);

  G_OBJECT_CLASS (pa_step_follow_up_parent_class)->dispose (object);
}

static void
pa_step_follow_up_class_init (PaStepFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_follow_up_dispose;
  step_class->set_agreement = pa_step_follow_up_set_agreement;
  step_class->register_fields = pa_step_follow_up_register_fields;
  step_class->commit = pa_step_follow_up_commit;
  step_class->is_complete = pa_step_follow_up_is_complete;
  step_class->get_first_field = pa_step_follow_up_get_first_field;
  pa_editor_step_class_set_fields (step_class, fields, G_N_ELEMENTS (fields));

  g_type_ensure (PA_TYPE_RECORD_LIST_EDITOR);
  g_type_ensure (PA_TYPE_TEXT_AREA);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-follow-up.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepFollowUp, follow_ups_editor);
  gtk_widget_class_bind_template_child (widget_class, PaStepFollowUp, next_step_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepFollowUp, notes_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepFollowUp, prospect_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepFollowUp, expected_hours_spin);
}

static void
pa_step_follow_up_init (PaStepFollowUp *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind_labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    gtk_string_list_append (self->kind_labels, kind_label (kind_ids[i]));

  pa_record_list_editor_setup (self->follow_ups_editor, "follow-ups",
                               fill_follow_up, title_follow_up, init_follow_up, self);
  pa_editor_step_name_controls (GTK_WIDGET (self));
}

PaRecordListEditor *
pa_step_follow_up_get_list_editor (PaStepFollowUp *self)
{
  return self->follow_ups_editor;
}

PaTextArea *
pa_step_follow_up_get_next_step_area (PaStepFollowUp *self)
{
  return self->next_step_area;
}

PaTextArea *
pa_step_follow_up_get_prospect_area (PaStepFollowUp *self)
{
  return self->prospect_area;
}

GtkSpinButton *
pa_step_follow_up_get_expected_spin (PaStepFollowUp *self)
{
  return self->expected_hours_spin;
}
