/* pa-step-purpose.c: step 3, why the placement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The legal purposes are check rows made from the rule set in force on
 * the start date, only those that apply to the target group (a chosen one
 * that no longer applies stays, marked). The citizen's own words sit next
 * to them, and the VITAS field below, with a note when the chosen purposes
 * belong under another VITAS field, or when VITAS has no field for the
 * citizen's individual purpose at all.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-rules.h"

#include "pa-editor-step.h"
#include "pa-field-message.h"
#include "pa-resources.h"
#include "pa-step-purpose.h"

#define PURPOSE_ID_KEY "pa-purpose-id"
#define CHECK_KEY      "pa-purpose-check"

struct _PaStepPurpose
{
  PaEditorStep           parent_instance;

  PaFieldBinding        *vitas_binding;
  PaRuleSet             *rule_set;        /* (unowned) */
  GPtrArray             *purpose_rows;    /* (element-type AdwActionRow) (unowned) */
  gboolean               syncing;

  AdwPreferencesGroup   *purposes_group;
  AdwEntryRow           *availability_reason_row;
  PaFieldMessage        *purposes_message;
  PaTextArea            *individual_purpose_area;
  AdwPreferencesGroup   *vitas_group;
  AdwComboRow           *vitas_row;
  AdwPreferencesGroup   *repeat_group;
  AdwEntryRow           *repeat_explanation_row;
};

G_DEFINE_FINAL_TYPE (PaStepPurpose, pa_step_purpose, PA_TYPE_EDITOR_STEP)

#define FIELD(path, member) { path, G_STRUCT_OFFSET (PaStepPurpose, member), PA_STEP_PLAIN }

static const PaStepField fields[] = {
  FIELD ("availability-reason", availability_reason_row),
  FIELD ("individual-purpose", individual_purpose_area),
  FIELD ("repeat-explanation", repeat_explanation_row),
};

static PaRecord *
agreement_record (PaStepPurpose *self)
{
  return PA_RECORD (pa_editor_step_get_agreement (PA_EDITOR_STEP (self)));
}

static const char *
target_group (PaStepPurpose *self)
{
  return pa_record_get_string (pa_record_get_child (agreement_record (self), "citizen"),
                               "target-group");
}

static GListStore *
purposes (PaStepPurpose *self)
{
  return pa_record_get_list (agreement_record (self), "purposes");
}

/* The position of @id among the chosen purposes, or -1. */
static int
find_chosen (PaStepPurpose *self,
             const char    *id)
{
  GListModel *list = G_LIST_MODEL (purposes (self));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (list, i);

      if (g_strcmp0 (pa_record_get_string (purpose, "purpose-id"), id) == 0)
        return (int) i;
    }
  return -1;
}

static gboolean
is_chosen (PaStepPurpose *self,
           const char    *id)
{
  return agreement_record (self) != NULL && find_chosen (self, id) >= 0;
}

/* The VITAS note */

static void
pa_step_purpose_update_note (PaStepPurpose *self)
{
  PaFieldMessage *message = pa_field_message_for_widget (GTK_WIDGET (self->vitas_row));
  const char *vitas = NULL;
  g_autoptr(GPtrArray) suggested = g_ptr_array_new ();
  gboolean individual = FALSE;
  g_autofree char *mismatch = NULL;
  GListModel *list;

  if (agreement_record (self) == NULL || self->rule_set == NULL)
    {
      pa_field_message_clear (message, "vitas-mismatch");
      pa_field_message_clear (message, "vitas-individual");
      return;
    }

  vitas = pa_record_get_string (agreement_record (self), "vitas-purpose");
  list = G_LIST_MODEL (purposes (self));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (list, i);
      const char *id = pa_record_get_string (purpose, "purpose-id");
      const PaPurposeRule *rule = id ? pa_rule_set_find_purpose (self->rule_set, id) : NULL;

      if (rule == NULL)
        continue;
      if (rule->vitas_field == NULL)
        individual = TRUE;
      else if (!g_ptr_array_find_with_equal_func (suggested, rule->vitas_field, g_str_equal, NULL))
        g_ptr_array_add (suggested, rule->vitas_field);
    }

  if (suggested->len > 0 &&
      !(vitas != NULL && g_ptr_array_find_with_equal_func (suggested, vitas, g_str_equal, NULL)))
    {
      const PaVitasField *field = pa_rule_set_find_vitas_field (self->rule_set, g_ptr_array_index (suggested, 0));
      const char *label = field ? field->label : g_ptr_array_index (suggested, 0);

      if (vitas == NULL)
        /* Translators: %s is a VITAS purpose field */
        mismatch = g_strdup_printf (_("The chosen purposes belong under “%s” in VITAS."), label);
      else
        /* Translators: %s is a VITAS purpose field */
        mismatch = g_strdup_printf (_("The chosen purposes belong under “%s” in VITAS, not under the field chosen here. VITAS offers only four fields: if none fits, choose the nearest and explain the rest in the description."),
                                    label);
    }
  pa_field_message_set (message, "vitas-mismatch", PA_SEVERITY_INFO, mismatch);

  pa_field_message_set (message, "vitas-individual", PA_SEVERITY_INFO,
                        individual ? _("VITAS has no field for the citizen's individual purpose. Choose the nearest of the four fields, and write the citizen's own words in the description (praktikbeskrivelse) in VITAS.")
                                   : NULL);
}

/* The VITAS fields of the rule set, and one the rules no longer know. */
static void
pa_step_purpose_load_vitas (PaStepPurpose *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const char *current = agreement_record (self) ? pa_record_get_string (agreement_record (self), "vitas-purpose") : NULL;
  GPtrArray *vitas = self->rule_set ? pa_rule_set_get_vitas_fields (self->rule_set) : NULL;
  gboolean found = FALSE;

  g_clear_object (&self->vitas_binding);

  g_ptr_array_add (ids, NULL);
  /* Translators: no VITAS purpose field chosen yet */
  gtk_string_list_append (labels, _("Not chosen"));
  for (guint i = 0; vitas != NULL && i < vitas->len; i++)
    {
      const PaVitasField *field = g_ptr_array_index (vitas, i);

      g_ptr_array_add (ids, field->id);
      gtk_string_list_append (labels, field->label);
      found |= g_strcmp0 (field->id, current) == 0;
    }
  if (current != NULL && !found)
    {
      g_ptr_array_add (ids, (gpointer) current);
      gtk_string_list_append (labels, current);
    }

  adw_combo_row_set_model (self->vitas_row, G_LIST_MODEL (labels));
  if (agreement_record (self) != NULL)
    self->vitas_binding = pa_field_binding_choice (agreement_record (self), "vitas-purpose",
                                                   self->vitas_row,
                                                   (const char * const *) ids->pdata, ids->len);
}

/* The purposes as check rows */

static void
on_check_toggled (GtkCheckButton *check,
                  PaStepPurpose  *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), PURPOSE_ID_KEY);
  gboolean active = gtk_check_button_get_active (check);
  int position;

  if (self->syncing || agreement_record (self) == NULL)
    return;

  position = find_chosen (self, id);
  if (active && position < 0)
    {
      /* Complete before it goes into the list: the list's change is the
       * one the autosave and the checks see. */
      g_autoptr(PaRecord) purpose = g_object_new (PA_TYPE_PURPOSE, NULL);

      pa_record_set_string (purpose, "purpose-id", id);
      g_list_store_append (purposes (self), purpose);
    }
  else if (!active && position >= 0)
    g_list_store_remove (purposes (self), position);
}

static char *
purpose_subtitle (PaStepPurpose       *self,
                  const PaPurposeRule *rule,
                  gboolean             applies)
{
  GString *text = g_string_new (NULL);

  if (rule->reference != NULL)
    g_string_append (text, rule->reference);
  else if (!rule->legal)
    /* Translators: under a purpose that is not one of the law's */
    g_string_append (text, _("Not a legal purpose: the citizen's own, next to a legal one"));

  if (rule->needs_reason)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: under rådighedsafprøvning */
      g_string_append (text, _("needs a stated reason"));
    }
  if (!applies)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: under a chosen purpose the target group may not have */
      g_string_append (text, _("not for this target group"));
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
purpose_row (PaStepPurpose       *self,
             const PaPurposeRule *rule,
             gboolean             applies)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = purpose_subtitle (self, rule, applies);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rule->label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rule->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  if (!applies)
    gtk_widget_add_css_class (row, "warning");

  g_object_set_data_full (G_OBJECT (check), PURPOSE_ID_KEY, g_strdup (rule->id), g_free);
  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  return row;
}

/* Ticks what the model has chosen; shows the reason row with its purpose. */
static void
pa_step_purpose_sync_checks (PaStepPurpose *self)
{
  gboolean needs_reason = FALSE;

  self->syncing = TRUE;
  for (guint i = 0; i < self->purpose_rows->len; i++)
    {
      GtkCheckButton *check = g_object_get_data (g_ptr_array_index (self->purpose_rows, i), CHECK_KEY);
      const char *id = g_object_get_data (G_OBJECT (check), PURPOSE_ID_KEY);
      const PaPurposeRule *rule = self->rule_set && id ? pa_rule_set_find_purpose (self->rule_set, id) : NULL;
      gboolean chosen = is_chosen (self, id);

      gtk_check_button_set_active (check, chosen);
      needs_reason |= chosen && rule != NULL && rule->needs_reason;
    }
  self->syncing = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->availability_reason_row),
                          needs_reason ||
                          (agreement_record (self) != NULL &&
                           pa_editor_step_has_text (agreement_record (self), "availability-reason")));
  pa_step_purpose_update_note (self);
}

static void
pa_step_purpose_load_purposes (PaStepPurpose *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self->availability_reason_row));
  GPtrArray *rules = self->rule_set ? pa_rule_set_get_purposes (self->rule_set) : NULL;
  const char *group = agreement_record (self) ? target_group (self) : NULL;
  const PaTargetGroup *tg = group && self->rule_set ? pa_rule_set_find_target_group (self->rule_set, group) : NULL;
  guint index = 0;

  for (guint i = 0; i < self->purpose_rows->len; i++)
    adw_preferences_group_remove (self->purposes_group, g_ptr_array_index (self->purpose_rows, i));
  g_ptr_array_set_size (self->purpose_rows, 0);

  for (guint i = 0; rules != NULL && i < rules->len; i++)
    {
      const PaPurposeRule *rule = g_ptr_array_index (rules, i);
      gboolean applies = pa_rule_set_purpose_applies (self->rule_set, rule->id, group);
      GtkWidget *row;

      if (!applies && !is_chosen (self, rule->id))
        continue;
      row = purpose_row (self, rule, applies);
      gtk_list_box_insert (GTK_LIST_BOX (list), row, index++);
      g_ptr_array_add (self->purpose_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->repeat_group),
                          (tg != NULL && tg->repeat_needs_new_function) ||
                          (agreement_record (self) != NULL &&
                           pa_editor_step_has_text (agreement_record (self), "repeat-explanation")));
  pa_editor_step_name_controls (GTK_WIDGET (self->purposes_group));
  pa_step_purpose_sync_checks (self);
}

/* The rule set in force on the start date, and what follows from it. */
static void
pa_step_purpose_load_rules (PaStepPurpose *self)
{
  PaRuleBook *book = pa_rule_book_get_default ();
  const char *start = agreement_record (self) ? pa_record_get_string (agreement_record (self), "start-date") : NULL;

  self->rule_set = book ? pa_rule_book_get_for_date (book, start) : NULL;
  pa_step_purpose_load_purposes (self);
  pa_step_purpose_load_vitas (self);
  pa_step_purpose_update_note (self);
}

static void
on_agreement_changed (PaRecord      *agreement,
                      PaRecord      *origin,
                      const char    *field,
                      gboolean       content,
                      PaStepPurpose *self)
{
  PaRuleBook *book = pa_rule_book_get_default ();

  if (g_strcmp0 (field, "start-date") == 0 && book != NULL &&
      pa_rule_book_get_for_date (book, pa_record_get_string (agreement, "start-date")) != self->rule_set)
    pa_step_purpose_load_rules (self);
  else if (g_strcmp0 (field, "target-group") == 0)
    pa_step_purpose_load_purposes (self);
  else if (g_strcmp0 (field, "purposes") == 0 || PA_IS_PURPOSE (origin))
    pa_step_purpose_sync_checks (self);
  else if (g_strcmp0 (field, "vitas-purpose") == 0)
    pa_step_purpose_update_note (self);
}

/* PaEditorStep */

static void
pa_step_purpose_set_agreement (PaEditorStep *step,
                               PaAgreement  *agreement)
{
  PaStepPurpose *self = PA_STEP_PURPOSE (step);

  if (agreement != NULL)
    g_signal_connect (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
  pa_step_purpose_load_rules (self);
}

static void
pa_step_purpose_register_fields (PaEditorStep    *step,
                                 PaFieldRegistry *registry)
{
  PaStepPurpose *self = PA_STEP_PURPOSE (step);

  pa_field_registry_add (registry, "purposes", GTK_WIDGET (self->purposes_group));
  pa_field_registry_add (registry, "vitas-purpose", GTK_WIDGET (self->vitas_row));
}

/* Complete with a legal purpose, the VITAS field, and a reason where one
 * is needed. */
static gboolean
pa_step_purpose_is_complete (PaEditorStep *step)
{
  PaStepPurpose *self = PA_STEP_PURPOSE (step);
  GListModel *list = G_LIST_MODEL (purposes (self));
  gboolean legal = FALSE, reason_needed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (list, i);
      const char *id = pa_record_get_string (purpose, "purpose-id");
      const PaPurposeRule *rule = self->rule_set && id ? pa_rule_set_find_purpose (self->rule_set, id) : NULL;

      legal |= rule != NULL && rule->legal;
      reason_needed |= rule != NULL && rule->needs_reason;
    }

  return legal &&
         pa_editor_step_has_text (agreement_record (self), "vitas-purpose") &&
         (!reason_needed || pa_editor_step_has_text (agreement_record (self), "availability-reason"));
}

/* The legal purposes come first, above the fields of the table. */
static GtkWidget *
pa_step_purpose_get_first_field (PaEditorStep *step)
{
  PaStepPurpose *self = PA_STEP_PURPOSE (step);

  if (self->purpose_rows->len > 0)
    return g_object_get_data (g_ptr_array_index (self->purpose_rows, 0), CHECK_KEY);
  return PA_EDITOR_STEP_CLASS (pa_step_purpose_parent_class)->get_first_field (step);
}

/* GObject */

static void
pa_step_purpose_dispose (GObject *object)
{
  PaStepPurpose *self = PA_STEP_PURPOSE (object);

  g_clear_object (&self->vitas_binding);
  g_clear_pointer (&self->purpose_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_step_purpose_parent_class)->dispose (object);
}

static void
pa_step_purpose_class_init (PaStepPurposeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_purpose_dispose;
  step_class->set_agreement = pa_step_purpose_set_agreement;
  step_class->register_fields = pa_step_purpose_register_fields;
  step_class->is_complete = pa_step_purpose_is_complete;
  step_class->get_first_field = pa_step_purpose_get_first_field;
  pa_editor_step_class_set_fields (step_class, fields, G_N_ELEMENTS (fields));

  g_type_ensure (PA_TYPE_TEXT_AREA);
  g_type_ensure (PA_TYPE_FIELD_MESSAGE);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-purpose.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, purposes_group);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, availability_reason_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, purposes_message);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, individual_purpose_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, vitas_group);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, vitas_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, repeat_group);
  gtk_widget_class_bind_template_child (widget_class, PaStepPurpose, repeat_explanation_row);
}

static void
pa_step_purpose_init (PaStepPurpose *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->purpose_rows = g_ptr_array_new ();
  /* "No legal purpose chosen" shows under the list of purposes. */
  pa_field_message_set_for_widget (GTK_WIDGET (self->purposes_group), self->purposes_message);
  pa_step_purpose_load_rules (self);
}

GtkCheckButton *
pa_step_purpose_get_check (PaStepPurpose *self,
                           const char    *purpose_id)
{
  for (guint i = 0; i < self->purpose_rows->len; i++)
    {
      GtkCheckButton *check = g_object_get_data (g_ptr_array_index (self->purpose_rows, i), CHECK_KEY);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), PURPOSE_ID_KEY), purpose_id) == 0)
        return check;
    }
  return NULL;
}

AdwEntryRow *
pa_step_purpose_get_reason_row (PaStepPurpose *self)
{
  return self->availability_reason_row;
}

PaTextArea *
pa_step_purpose_get_individual_area (PaStepPurpose *self)
{
  return self->individual_purpose_area;
}

AdwComboRow *
pa_step_purpose_get_vitas_row (PaStepPurpose *self)
{
  return self->vitas_row;
}

AdwEntryRow *
pa_step_purpose_get_repeat_row (PaStepPurpose *self)
{
  return self->repeat_explanation_row;
}

char *
pa_step_purpose_get_vitas_note (PaStepPurpose *self)
{
  return pa_field_message_get_text (pa_field_message_for_widget (GTK_WIDGET (self->vitas_row)));
}
