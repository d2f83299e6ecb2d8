/* pa-step-checklist.c: step 8, the seven points of a good description and the VITAS texts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seven points of "Den gode beskrivelse af virksomhedspraktik"
 * (domain.md section 5), judged from the agreement by pa-checklist.h: each
 * with its help questions, what counts as evidence, and for what is
 * missing the question to ask and a button to the field that answers it
 * ("editor.show-field"). A point can be confirmed by hand, with a note
 * on where the evidence is. Below: the parties' arrangements of point 5
 * and the explicit "no restrictions" of point 4, which have no other
 * step; the purpose in the citizen's words beside the VITAS purpose
 * field; and the three texts for VITAS.
 *
 * The step judges again a moment after each edit of the agreement.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-checklist.h"
#include "core/pa-rules.h"

#include "pa-resources.h"
#include "pa-step-checklist.h"
#include "pa-text-area.h"

typedef struct {
  int              id;
  AdwExpanderRow  *row;
  GtkImage        *icon;
  GtkWidget       *evidence_box;
  GtkWidget       *missing_box;
  GtkWidget       *missing_row;
  GtkSwitch       *confirm_switch;
  AdwEntryRow     *note_row;
  char            *signature;   /* what the boxes show, to rebuild only on change */
} ItemUi;

struct _PaStepChecklist
{
  PaEditorStep         parent_instance;

  ItemUi               items[PA_CHECKLIST_ITEMS];
  GPtrArray           *bindings;      /* confirmed and note of the items */
  PaVitasTextBox      *vitas[PA_VITAS_N_TEXTS];
  GtkLabel            *score_label;
  GtkLabel            *own_words_label;
  GtkLabel            *vitas_purpose_label;
  int                  score;
  guint                refresh_source;
  gboolean             built;         /* the content, made on first show */
  PaFieldRegistry     *registry;      /* (nullable) to register it then */

  AdwPreferencesGroup *items_group;
  PaTextArea          *responsibilities_area;
  AdwEntryRow         *frequency_row;
  PaTextArea          *contingency_area;
  GtkSwitch           *no_restrictions_switch;
  GtkBox              *purpose_box;
  GtkBox              *vitas_box;
};

G_DEFINE_FINAL_TYPE (PaStepChecklist, pa_step_checklist, PA_TYPE_EDITOR_STEP)

#define FIELD(path, member) { path, G_STRUCT_OFFSET (PaStepChecklist, member), PA_STEP_PLAIN }

static const PaStepField fields[] = {
  FIELD ("responsibilities", responsibilities_area),
  FIELD ("follow-up-frequency", frequency_row),
  FIELD ("contingency", contingency_area),
  FIELD ("no-restrictions", no_restrictions_switch),
};

/* A button named for a screen reader more fully than its text says
 * ("Go to the field: Who is the contact person?"). Its text is a label
 * child, not the button's label, so the window's tidying of names
 * (pa_widget_tidy_accessible_names()) keeps the name. */
static GtkWidget *
named_button (const char *text,
              const char *name)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (text));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static void
name_row (GtkWidget  *row,
          const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* One point: its state */

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = pa_editor_step_wrapped_label (text, "heading");

  return label;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static char *
item_signature (const PaChecklistItemResult *result)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < result->evidence->len; i++)
    {
      PaChecklistEvidence *e = g_ptr_array_index (result->evidence, i);

      g_string_append_printf (s, "e%s\x1f%s\x1e", e->text, e->field_path ? e->field_path : "");
    }
  for (guint i = 0; i < result->missing->len; i++)
    {
      PaChecklistMissing *m = g_ptr_array_index (result->missing, i);

      g_string_append_printf (s, "m%s\x1f%s\x1e", m->question, m->field_path ? m->field_path : "");
    }
  return g_string_free (s, FALSE);
}

static void
fill_evidence (ItemUi                      *ui,
               const PaChecklistItemResult *result)
{
  clear_box (ui->evidence_box);
  /* Translators: above the sentences or fields that satisfy a checklist point */
  gtk_box_append (GTK_BOX (ui->evidence_box), heading (_("What Counts")));
  if (result->evidence->len == 0)
    gtk_box_append (GTK_BOX (ui->evidence_box),
                    pa_editor_step_wrapped_label (_("Nothing in the agreement yet."), "dim-label"));
  for (guint i = 0; i < result->evidence->len; i++)
    {
      PaChecklistEvidence *e = g_ptr_array_index (result->evidence, i);
      g_autofree char *text = g_strdup_printf ("• %s", e->text);
      GtkWidget *label = pa_editor_step_wrapped_label (text, NULL);

      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_box_append (GTK_BOX (ui->evidence_box), label);
    }
}

static GtkWidget *
missing_line (const PaChecklistMissing *missing)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = pa_editor_step_wrapped_label (missing->question, NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (missing->field_path != NULL)
    {
      /* Translators: the go-to button read aloud with its question */
      g_autofree char *name = g_strdup_printf (_("Go to the field: %s"), missing->question);
      /* Translators: a button beside a question of the checklist: to the field that answers it */
      GtkWidget *button = named_button (_("Go to Field"), name);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.show-field");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", missing->field_path);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static void
fill_missing (ItemUi                      *ui,
              const PaChecklistItemResult *result)
{
  clear_box (ui->missing_box);
  gtk_widget_set_visible (ui->missing_row, result->missing->len > 0);
  /* Translators: above the questions a checklist point still needs answered */
  gtk_box_append (GTK_BOX (ui->missing_box), heading (_("What Is Missing")));
  for (guint i = 0; i < result->missing->len; i++)
    gtk_box_append (GTK_BOX (ui->missing_box), missing_line (g_ptr_array_index (result->missing, i)));
}

static void
show_item_state (ItemUi                      *ui,
                 const PaChecklistItemResult *result)
{
  const char *icon = "dialog-warning-symbolic";
  const char *css = "warning";
  g_autofree char *subtitle = NULL;

  /* A confirmed point counts as in order, whatever the agreement shows. */
  if (result->confirmed_by_hand)
    {
      icon = "object-select-symbolic";
      css = "accent";
      /* Translators: the state of a checklist point the consultant confirmed */
      subtitle = g_strdup (_("Confirmed by hand"));
    }
  else if (result->ok)
    {
      icon = "object-select-symbolic";
      css = "success";
      /* Translators: the state of a checklist point */
      subtitle = g_strdup (_("In order"));
    }
  else if (result->missing->len > 0)
    /* Translators: the state of a checklist point, with the first question to ask */
    subtitle = g_strdup_printf (_("Missing: %s"),
                                ((PaChecklistMissing *) g_ptr_array_index (result->missing, 0))->question);
  else
    subtitle = g_strdup (_("Not in order yet"));

  gtk_image_set_from_icon_name (ui->icon, icon);
  gtk_widget_remove_css_class (GTK_WIDGET (ui->icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (ui->icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (ui->icon), "accent");
  gtk_widget_add_css_class (GTK_WIDGET (ui->icon), css);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ui->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle,
                                  -1);
  adw_expander_row_set_subtitle (ui->row, subtitle);
}

static void
show_item (ItemUi                      *ui,
           const PaChecklistItemResult *result)
{
  g_autofree char *signature = item_signature (result);

  show_item_state (ui, result);
  if (g_strcmp0 (signature, ui->signature) == 0)
    return;
  g_free (ui->signature);
  ui->signature = g_steal_pointer (&signature);
  fill_evidence (ui, result);
  fill_missing (ui, result);
}

/* One point: its rows */

static GtkWidget *
questions_label (int id)
{
  const char * const *questions = pa_checklist_item_questions (id);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; questions != NULL && questions[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", questions[i]);
  return pa_editor_step_wrapped_label (text->str, "dim-label");
}

static void
build_confirm (ItemUi *ui)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  GtkWidget *note = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Confirmed by hand"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("When the answer is elsewhere, for example in the case file"));
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  adw_expander_row_add_row (ui->row, row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Where the answer is"));
  adw_expander_row_add_row (ui->row, note);

  ui->confirm_switch = GTK_SWITCH (sw);
  ui->note_row = ADW_ENTRY_ROW (note);
}

static void
build_item (PaStepChecklist *self,
            ItemUi          *ui,
            int              id)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new ();
  /* Translators: a checklist point's title with its number, "1. Klart mål og formål" */
  g_autofree char *title = g_strdup_printf (_("%d. %s"), id, pa_checklist_item_title (id));

  ui->id = id;
  ui->row = ADW_EXPANDER_ROW (row);
  ui->icon = GTK_IMAGE (icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  name_row (row, title);
  adw_expander_row_add_prefix (ui->row, icon);

  /* Translators: the help questions of a checklist point, read aloud */
  name_row (pa_editor_step_add_widget_row (ui->row, questions_label (id)), _("Questions to ask"));
  ui->evidence_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  name_row (pa_editor_step_add_widget_row (ui->row, ui->evidence_box), _("What Counts"));
  ui->missing_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  ui->missing_row = pa_editor_step_add_widget_row (ui->row, ui->missing_box);
  name_row (ui->missing_row, _("What Is Missing"));
  build_confirm (ui);
  adw_preferences_group_add (self->items_group, row);
}

/* The purpose side by side */

static GtkWidget *
purpose_card (const char  *title,
              const char  *button_label,
              const char  *button_name,
              const char  *path,
              GtkLabel   **body)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *label = pa_editor_step_wrapped_label (NULL, NULL);
  GtkWidget *button = named_button (button_label, button_name);

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_margin_top (card, 12);
  gtk_widget_set_margin_bottom (card, 12);
  gtk_widget_set_margin_start (card, 12);
  gtk_widget_set_margin_end (card, 12);
  gtk_widget_set_vexpand (card, TRUE);
  gtk_box_append (GTK_BOX (frame), card);
  gtk_box_append (GTK_BOX (card), heading (title));
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (card), label);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.show-field");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  gtk_box_append (GTK_BOX (card), button);
  *body = GTK_LABEL (label);
  return frame;
}

static void
build_purpose (PaStepChecklist *self)
{
  gtk_box_append (self->purpose_box,
                  purpose_card (_("In the Citizen’s Own Words"), _("Edit"),
                                _("Edit the purpose in the citizen’s own words"),
                                "individual-purpose", &self->own_words_label));
  gtk_box_append (self->purpose_box,
                  purpose_card (_("Purpose Field in VITAS"), _("Choose"),
                                _("Choose the purpose field in VITAS"),
                                "vitas-purpose", &self->vitas_purpose_label));
}

static void
set_card_text (GtkLabel   *label,
               const char *text,
               const char *empty)
{
  gboolean has = text != NULL && *text != '\0';

  gtk_label_set_label (label, has ? text : empty);
  if (has)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static void
show_purpose (PaStepChecklist *self,
              PaRecord        *agreement)
{
  const char *own = agreement ? pa_record_get_string (agreement, "individual-purpose") : NULL;
  const char *vitas = agreement ? pa_record_get_string (agreement, "vitas-purpose") : NULL;
  const char *vitas_label = NULL;

  if (vitas != NULL)
    {
      PaRuleSet *rules = pa_rule_book_get_for_date (pa_rule_book_get_default (),
                                                    pa_record_get_string (agreement, "start-date"));
      const PaVitasField *field = rules ? pa_rule_set_find_vitas_field (rules, vitas) : NULL;

      vitas_label = field ? field->label : vitas;
    }
  set_card_text (self->own_words_label, own, _("Not written yet (step 3)."));
  set_card_text (self->vitas_purpose_label, vitas_label, _("Not chosen yet (step 3)."));
}

/* Judging */

void
pa_step_checklist_refresh (PaStepChecklist *self)
{
  PaAgreement *agreement;
  g_autoptr(PaChecklistReport) report = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  g_autofree char *score = NULL;

  g_return_if_fail (PA_IS_STEP_CHECKLIST (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  agreement = pa_editor_step_get_agreement (PA_EDITOR_STEP (self));
  if (!self->built)
    return;
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    pa_vitas_text_box_refresh (self->vitas[i]);
  show_purpose (self, agreement ? PA_RECORD (agreement) : NULL);
  if (agreement == NULL)
    return;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  report = pa_checklist_evaluate_agreement (agreement, &today);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    show_item (&self->items[i], &report->items[i]);
  self->score = report->score;
  /* Translators: how many of the seven checklist points are in order */
  score = g_strdup_printf (_("%d of %d in order"), report->score, PA_CHECKLIST_ITEMS);
  gtk_label_set_label (self->score_label, score);
}

static gboolean
refresh_timeout (gpointer data)
{
  PaStepChecklist *self = data;

  self->refresh_source = 0;
  pa_step_checklist_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_agreement_changed (PaStepChecklist *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (PA_STEP_CHECKLIST_DELAY_MS, refresh_timeout, self);
}

static void ensure_built (PaStepChecklist *self);

/* PaEditorStep */

static void
bind_items (PaStepChecklist *self,
            PaAgreement     *agreement)
{
  g_ptr_array_set_size (self->bindings, 0);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      ItemUi *ui = &self->items[i];
      PaRecord *item = agreement ? PA_RECORD (pa_agreement_get_checklist_item (agreement, ui->id)) : NULL;

      g_clear_pointer (&ui->signature, g_free);
      gtk_widget_set_sensitive (GTK_WIDGET (ui->confirm_switch), item != NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (ui->note_row), item != NULL);
      if (item == NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (ui->note_row), "");
          continue;
        }
      g_ptr_array_add (self->bindings,
                       pa_field_binding_boolean (item, "confirmed", GTK_WIDGET (ui->confirm_switch)));
      g_ptr_array_add (self->bindings,
                       pa_field_binding_text (item, "note", GTK_EDITABLE (ui->note_row)));
    }
}

static void
show_agreement (PaStepChecklist *self,
                PaAgreement     *agreement)
{
  bind_items (self, agreement);
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    pa_vitas_text_box_set_agreement (self->vitas[i], agreement);
  pa_step_checklist_refresh (self);
}

static void
pa_step_checklist_set_agreement (PaEditorStep *step,
                                 PaAgreement  *agreement)
{
  PaStepChecklist *self = PA_STEP_CHECKLIST (step);

  if (agreement != NULL)
    g_signal_connect_swapped (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
  if (self->built)
    show_agreement (self, agreement);
}

static void
register_built (PaStepChecklist *self)
{
  if (self->registry == NULL || !self->built)
    return;
  pa_field_registry_add (self->registry, "checklist", GTK_WIDGET (self->items[0].row));
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    pa_field_registry_add (self->registry, pa_vitas_text_field (i),
                           GTK_WIDGET (pa_vitas_text_box_get_text_view (self->vitas[i])));
}

static void
pa_step_checklist_register_fields (PaEditorStep    *step,
                                   PaFieldRegistry *registry)
{
  PaStepChecklist *self = PA_STEP_CHECKLIST (step);

  g_set_object (&self->registry, registry);
  register_built (self);
}

static void
pa_step_checklist_commit (PaEditorStep *step)
{
  pa_field_bindings_commit (PA_STEP_CHECKLIST (step)->bindings);
}

/* Judged here, not taken from the rows: they may not be made yet. */
static gboolean
pa_step_checklist_is_complete (PaEditorStep *step)
{
  g_autoptr(PaChecklistReport) report =
    pa_checklist_evaluate_agreement (pa_editor_step_get_agreement (step), NULL);

  return report->score == PA_CHECKLIST_ITEMS;
}

/* The points first: they are what the step is for. */
static GtkWidget *
pa_step_checklist_get_first_field (PaEditorStep *step)
{
  PaStepChecklist *self = PA_STEP_CHECKLIST (step);

  ensure_built (self);
  return GTK_WIDGET (self->items[0].row);
}

/* GObject */

static void
pa_step_checklist_dispose (GObject *object)
{
  PaStepChecklist *self = PA_STEP_CHECKLIST (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->registry);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    g_clear_pointer (&self->items[i].signature, g_free);

  G_OBJECT_CLASS (pa_step_checklist_parent_class)->dispose (object);
}

static void
pa_step_checklist_class_init (PaStepChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_checklist_dispose;
  step_class->set_agreement = pa_step_checklist_set_agreement;
  step_class->register_fields = pa_step_checklist_register_fields;
  step_class->commit = pa_step_checklist_commit;
  step_class->is_complete = pa_step_checklist_is_complete;
  step_class->get_first_field = pa_step_checklist_get_first_field;
  pa_editor_step_class_set_fields (step_class, fields, G_N_ELEMENTS (fields));

  g_type_ensure (PA_TYPE_TEXT_AREA);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-checklist.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, items_group);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, responsibilities_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, contingency_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, no_restrictions_switch);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, purpose_box);
  gtk_widget_class_bind_template_child (widget_class, PaStepChecklist, vitas_box);
}

/* Seven switches in a row: each says which point it confirms. */
static void
name_confirm_switches (PaStepChecklist *self)
{
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      /* Translators: the hand-confirmation switch of a checklist point, read aloud */
      g_autofree char *name = g_strdup_printf (_("Point %d confirmed by hand"), i + 1);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->items[i].confirm_switch),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
}

static void
ensure_built (PaStepChecklist *self)
{
  PaAgreement *agreement = pa_editor_step_get_agreement (PA_EDITOR_STEP (self));

  if (self->built)
    return;
  self->built = TRUE;
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    build_item (self, &self->items[i], i + 1);
  build_purpose (self);
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    {
      self->vitas[i] = PA_VITAS_TEXT_BOX (pa_vitas_text_box_new (i));
      gtk_box_append (self->vitas_box, GTK_WIDGET (self->vitas[i]));
    }
  name_confirm_switches (self);
  register_built (self);
  show_agreement (self, agreement);
}

static void
pa_step_checklist_init (PaStepChecklist *self)
{
  GtkWidget *score = gtk_label_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = pa_field_bindings_new ();
  gtk_widget_add_css_class (score, "dim-label");
  gtk_widget_set_valign (score, GTK_ALIGN_END);
  adw_preferences_group_set_header_suffix (self->items_group, score);
  self->score_label = GTK_LABEL (score);
  /* The seven points, the purpose and the VITAS texts are made when the
   * step is first shown: a hundred widgets less to lay out while the
   * consultant works in the other steps. */
  g_signal_connect (self, "map", G_CALLBACK (ensure_built), NULL);
  pa_editor_step_name_controls (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->no_restrictions_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("No restrictions are relevant to the work"),
                                  -1);
}

int
pa_step_checklist_get_score (PaStepChecklist *self)
{
  g_return_val_if_fail (PA_IS_STEP_CHECKLIST (self), 0);

  ensure_built (self);
  return self->score;
}

AdwExpanderRow *
pa_step_checklist_get_item_row (PaStepChecklist *self,
                                int              id)
{
  g_return_val_if_fail (PA_IS_STEP_CHECKLIST (self), NULL);
  g_return_val_if_fail (id >= 1 && id <= PA_CHECKLIST_ITEMS, NULL);

  ensure_built (self);
  return self->items[id - 1].row;
}

PaVitasTextBox *
pa_step_checklist_get_vitas_box (PaStepChecklist *self,
                                 PaVitasText      text)
{
  g_return_val_if_fail (PA_IS_STEP_CHECKLIST (self), NULL);
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, NULL);

  ensure_built (self);
  return self->vitas[text];
}
