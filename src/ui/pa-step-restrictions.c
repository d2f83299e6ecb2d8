/* pa-step-restrictions.c: step 5, the citizen's work restrictions made concrete and positive
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per restriction (skånehensyn): the citizen's own words, a category,
 * the concretising questions the phrase library has for it with their
 * answers, positive reformulations built from the words and the answers
 * ("Jeg kan løfte op til 5 kg, og mere med hjælpemidler"), the chosen
 * reformulation, handling measures, and the consent to share it with the
 * company, with its date and a sentence saying what the company sees. A
 * diagnosis named in the words or the reformulation gets a warning.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-model.h"
#include "core/pa-restriction-analysis.h"

#include "pa-editor-step.h"
#include "pa-resources.h"
#include "pa-step-restrictions.h"
#include "pa-text-area.h"

struct _PaStepRestrictions
{
  PaEditorStep        parent_instance;

  GtkStringList      *category_labels;

  GtkLabel           *library_warning;
  PaRecordListEditor *restrictions_editor;
};

G_DEFINE_FINAL_TYPE (PaStepRestrictions, pa_step_restrictions, PA_TYPE_EDITOR_STEP)

/* The model's categories, in the order of the combo row; the first
 * entry stands for "not chosen yet". */
static const char * const category_ids[] = {
  NULL, "physical", "energy", "stress", "anxiety", "concentration",
  "attendance", "sensory", "language", "other"
};
G_STATIC_ASSERT (G_N_ELEMENTS (category_ids) == 10);

static const char *
category_label (const char *category)
{
  if (category == NULL)
    /* Translators: the category of a restriction is not chosen yet */
    return C_("restriction", "Not chosen");
  return pa_restriction_category_label (category);
}

/* The widgets of one restriction's row that follow the analysis. */
typedef struct {
  GtkWidget   *row;         /* not a reference: the row owns this */
  PaRecord    *item;
  GtkTextView *original;
  GtkTextView *reformulation;
  GtkWidget   *original_warning;
  GtkWidget   *reformulation_warning;
  GtkWidget   *questions_row;
  GtkWidget   *questions;
  GtkWidget   *suggestions_row;
  GtkWidget   *suggestions;
  GtkWidget   *measures_row;
  GtkWidget   *measures;
  GtkWidget   *consent;
  GtkWidget   *consent_note;
  char        *pattern_id;
  GStrv        shown_suggestions;
  gboolean     built;
  gboolean     writing;     /* the row itself changes the agreement */
} RowUi;

static void
row_ui_free (gpointer data)
{
  RowUi *ui = data;

  g_clear_object (&ui->item);
  g_free (ui->pattern_id);
  g_strfreev (ui->shown_suggestions);
  g_free (ui);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* Answers */

static PaRecord *
find_answer (PaRecord   *item,
             const char *question)
{
  GListModel *answers = G_LIST_MODEL (pa_record_get_list (item, "answers"));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(PaRecord) answer = g_list_model_get_item (answers, i);

      if (g_strcmp0 (pa_record_get_string (answer, "question"), question) == 0)
        return answer;
    }
  return NULL;
}

static void
on_answer_changed (GtkEditable *entry,
                   GtkWidget   *row)
{
  RowUi *ui = g_object_get_data (G_OBJECT (row), "pa-row-ui");
  const char *question = g_object_get_data (G_OBJECT (entry), "pa-question");
  const char *text = gtk_editable_get_text (entry);
  PaRecord *answer = find_answer (ui->item, question);

  if (answer == NULL && *text == '\0')
    return;
  ui->writing = TRUE;
  if (answer == NULL)
    {
      answer = pa_record_add (ui->item, "answers");
      pa_record_set_string (answer, "question", question);
    }
  ui->writing = FALSE;
  pa_record_set_string (answer, "answer", *text ? text : NULL);
}

/* slot -> answer, for the analyser */
static GHashTable *
answers_by_slot (PaRecord              *item,
                 PaRestrictionAnalysis *analysis)
{
  GHashTable *answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < analysis->questions->len; i++)
    {
      const char *slot = g_ptr_array_index (analysis->slots, i);
      PaRecord *answer = find_answer (item, g_ptr_array_index (analysis->questions, i));
      const char *text = answer ? pa_record_get_string (answer, "answer") : NULL;

      if (*slot != '\0' && text != NULL && *text != '\0')
        g_hash_table_insert (answers, g_strdup (slot), g_strdup (text));
    }
  return answers;
}

static void
add_question (RowUi      *ui,
              const char *question)
{
  GtkWidget *entry = adw_entry_row_new ();
  PaRecord *answer = find_answer (ui->item, question);
  const char *text = answer ? pa_record_get_string (answer, "answer") : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), question);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  g_object_set_data_full (G_OBJECT (entry), "pa-question", g_strdup (question), g_free);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_answer_changed), ui->row, 0);
  gtk_list_box_append (GTK_LIST_BOX (ui->questions), entry);
}

/* The analysis's questions, then answers kept from an earlier wording. */
static void
build_questions (RowUi                 *ui,
                 PaRestrictionAnalysis *analysis)
{
  GListModel *answers = G_LIST_MODEL (pa_record_get_list (ui->item, "answers"));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  remove_children (ui->questions);
  for (guint i = 0; i < analysis->questions->len; i++)
    {
      add_question (ui, g_ptr_array_index (analysis->questions, i));
      g_hash_table_add (seen, g_ptr_array_index (analysis->questions, i));
    }
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(PaRecord) answer = g_list_model_get_item (answers, i);
      const char *question = pa_record_get_string (answer, "question");

      if (question != NULL && !g_hash_table_contains (seen, question))
        add_question (ui, question);
    }
  gtk_widget_set_visible (ui->questions_row, gtk_widget_get_first_child (ui->questions) != NULL);
}

/* Measures */

static const char *
measure_kind (const char *description)
{
  g_autofree char *text = g_utf8_strdown (description, -1);

  if (strstr (text, "sprog") != NULL && strstr (text, "mentor") != NULL)
    return "language-mentor";
  if (strstr (text, "mentor") != NULL)
    return "mentor";
  if (strstr (text, "hjælpemid") != NULL)
    return "aids";
  if (strstr (text, "billede") != NULL)
    return "pictures";
  if (strstr (text, "assist") != NULL)
    return "assistance";
  if (strstr (text, "makker") != NULL || strstr (text, "buddy") != NULL)
    return "buddy";
  if (strstr (text, "timer") != NULL || strstr (text, "timetal") != NULL)
    return "hours";
  return "other";
}

static void
on_measure_toggled (GtkCheckButton *check,
                    GtkWidget      *row)
{
  RowUi *ui = g_object_get_data (G_OBJECT (row), "pa-row-ui");
  PaRecord *item = ui->item;
  const char *description = gtk_check_button_get_label (check);
  GListStore *measures = pa_record_get_list (item, "measures");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_autoptr(PaRecord) measure = g_list_model_get_item (G_LIST_MODEL (measures), i);

      if (g_strcmp0 (pa_record_get_string (measure, "description"), description) == 0)
        {
          if (!gtk_check_button_get_active (check))
            g_list_store_remove (measures, i);
          return;
        }
    }
  if (gtk_check_button_get_active (check))
    {
      PaRecord *measure;

      ui->writing = TRUE;
      measure = pa_record_add (item, "measures");
      pa_record_set_string (measure, "kind", measure_kind (description));
      ui->writing = FALSE;
      pa_record_set_string (measure, "description", description);
    }
}

static gboolean
has_measure (PaRecord   *item,
             const char *description)
{
  GListModel *measures = G_LIST_MODEL (pa_record_get_list (item, "measures"));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(PaRecord) measure = g_list_model_get_item (measures, i);

      if (g_strcmp0 (pa_record_get_string (measure, "description"), description) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_measure (RowUi      *ui,
             const char *description)
{
  GtkWidget *check = gtk_check_button_new_with_label (description);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_measure (ui->item, description));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_measure_toggled), ui->row, 0);
  gtk_box_append (GTK_BOX (ui->measures), check);
}

/* The suggested measures, then those chosen earlier. */
static void
build_measures (RowUi                 *ui,
                PaRestrictionAnalysis *analysis)
{
  GListModel *measures = G_LIST_MODEL (pa_record_get_list (ui->item, "measures"));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  remove_children (ui->measures);
  for (guint i = 0; i < analysis->measures->len; i++)
    {
      add_measure (ui, g_ptr_array_index (analysis->measures, i));
      g_hash_table_add (seen, g_ptr_array_index (analysis->measures, i));
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(PaRecord) measure = g_list_model_get_item (measures, i);
      const char *description = pa_record_get_string (measure, "description");

      if (description != NULL && !g_hash_table_contains (seen, description))
        add_measure (ui, description);
    }
  gtk_widget_set_visible (ui->measures_row, gtk_widget_get_first_child (ui->measures) != NULL);
}

/* Suggestions */

static void
on_use_suggestion (GtkButton *button,
                   PaRecord  *item)
{
  pa_record_set_string (item, "reformulation", g_object_get_data (G_OBJECT (button), "pa-suggestion"));
}

static void
build_suggestions (RowUi                 *ui,
                   PaRestrictionAnalysis *analysis)
{
  g_ptr_array_add (analysis->suggestions, NULL);
  if (ui->shown_suggestions != NULL &&
      g_strv_equal ((const char * const *) ui->shown_suggestions, (const char * const *) analysis->suggestions->pdata))
    {
      g_ptr_array_remove_index (analysis->suggestions, analysis->suggestions->len - 1);
      return;
    }
  g_strfreev (ui->shown_suggestions);
  ui->shown_suggestions = g_strdupv ((GStrv) analysis->suggestions->pdata);
  g_ptr_array_remove_index (analysis->suggestions, analysis->suggestions->len - 1);

  remove_children (ui->suggestions);
  for (guint i = 0; ui->shown_suggestions[i] != NULL; i++)
    {
      const char *text = ui->shown_suggestions[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = pa_editor_step_wrapped_label (text, NULL);
      /* Translators: takes a suggested reformulation into the field */
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Use"));
      /* Translators: the name of the button that takes a suggestion, "Brug “Jeg kan …”" */
      g_autofree char *name = g_strdup_printf (_("Use “%s”"), text);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Take this reformulation"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "pa-suggestion", g_strdup (text), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_use_suggestion), ui->item, 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_box_append (GTK_BOX (ui->suggestions), box);
    }
  gtk_widget_set_visible (ui->suggestions_row, ui->shown_suggestions[0] != NULL);
}

/* Diagnoses */

static void
update_warning (GtkWidget   *warning,
                GtkTextView *view)
{
  g_autofree char *text = view_text (view);
  g_autoptr(GPtrArray) found = pa_restriction_find_diagnoses (NULL, text);

  gtk_widget_set_visible (warning, found->len > 0);
  if (found->len > 0)
    {
      g_autofree char *names = NULL;
      g_autofree char *message = NULL;

      g_ptr_array_add (found, NULL);
      names = g_strjoinv (", ", (GStrv) found->pdata);
      /* Translators: under a restriction that names a diagnosis; %s lists the terms found */
      message = g_strdup_printf (_("The company needs to know needs, not diagnoses (%s). Describe what helps the citizen work well instead."),
                                 names);
      gtk_label_set_text (GTK_LABEL (warning), message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Consent */

static void
update_consent_note (RowUi *ui)
{
  if (gtk_switch_get_active (GTK_SWITCH (ui->consent)))
    gtk_label_set_text (GTK_LABEL (ui->consent_note),
                        _("The company sees the reformulation and the adjustments — never the citizen's own words or the answers"));
  else
    gtk_label_set_text (GTK_LABEL (ui->consent_note),
                        _("The company sees nothing about this restriction"));
}

static void
on_consent_active (GtkSwitch  *consent,
                   GParamSpec *pspec,
                   GtkWidget  *row)
{
  RowUi *ui = g_object_get_data (G_OBJECT (row), "pa-row-ui");

  if (gtk_switch_get_active (consent) && !pa_editor_step_has_text (ui->item, "consent-date"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      pa_record_set_string (ui->item, "consent-date", today);
    }
  update_consent_note (ui);
}

/* The answers and ticks as the agreement has them, after a change that
 * did not come from the row (undo, a change elsewhere). */
static void
sync_row (RowUi *ui)
{
  for (GtkWidget *entry = gtk_widget_get_first_child (ui->questions);
       entry != NULL;
       entry = gtk_widget_get_next_sibling (entry))
    {
      const char *question = g_object_get_data (G_OBJECT (entry), "pa-question");
      PaRecord *answer = question ? find_answer (ui->item, question) : NULL;
      const char *text = answer ? pa_record_get_string (answer, "answer") : NULL;

      if (question != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
    }
  for (GtkWidget *check = gtk_widget_get_first_child (ui->measures);
       check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      gboolean active;

      if (!GTK_IS_CHECK_BUTTON (check))
        continue;
      active = has_measure (ui->item, gtk_check_button_get_label (GTK_CHECK_BUTTON (check)));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != active)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
    }
}

/* The analysis of the words as typed, with the answers given */

static void
update_row (GtkWidget *row)
{
  RowUi *ui = g_object_get_data (G_OBJECT (row), "pa-row-ui");
  g_autofree char *original = view_text (ui->original);
  g_autoptr(PaRestrictionAnalysis) bare = pa_restriction_analyse (NULL, original, NULL);
  g_autoptr(GHashTable) answers = answers_by_slot (ui->item, bare);
  g_autoptr(PaRestrictionAnalysis) analysis = pa_restriction_analyse (NULL, original, answers);

  if (!ui->built || g_strcmp0 (ui->pattern_id, analysis->pattern_id) != 0)
    {
      g_free (ui->pattern_id);
      ui->pattern_id = g_strdup (analysis->pattern_id);
      ui->built = TRUE;
      build_questions (ui, analysis);
      build_measures (ui, analysis);
    }
  else if (!ui->writing)
    sync_row (ui);
  build_suggestions (ui, analysis);
  if (pa_record_get_string (ui->item, "category") == NULL && g_strcmp0 (analysis->category, "other") != 0)
    pa_record_set_string (ui->item, "category", analysis->category);
  update_warning (ui->original_warning, ui->original);
  update_warning (ui->reformulation_warning, ui->reformulation);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   GtkWidget     *row)
{
  update_row (row);
}

static void
on_item_changed (PaRecord   *item,
                 PaRecord   *origin,
                 const char *field,
                 gboolean    content,
                 GtkWidget  *row)
{
  update_row (row);
}

/* Rows of the restriction */

static PaTextArea *
add_text_row (AdwExpanderRow *row,
              const char     *title,
              const char     *description,
              GtkWidget     **warning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *area = pa_text_area_new (title);

  pa_text_area_set_description (PA_TEXT_AREA (area), description);
  *warning = pa_editor_step_wrapped_label ("", "warning");
  gtk_widget_add_css_class (*warning, "caption");
  gtk_widget_set_visible (*warning, FALSE);
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), *warning);
  pa_editor_step_add_widget_row (row, box);
  return PA_TEXT_AREA (area);
}

/* A heading and a list or box under it, as one row, hidden while empty. */
static GtkWidget *
add_section (AdwExpanderRow *row,
             const char     *heading,
             const char     *description,
             GtkWidget      *content)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list_row;

  gtk_box_append (GTK_BOX (box), pa_editor_step_wrapped_label (heading, "heading"));
  gtk_box_append (GTK_BOX (box), pa_editor_step_wrapped_label (description, "dim-label"));
  gtk_box_append (GTK_BOX (box), content);
  list_row = pa_editor_step_add_widget_row (row, box);
  gtk_widget_set_visible (list_row, FALSE);
  return list_row;
}

static void
add_consent (RowUi              *ui,
             PaRecordListEditor *editor,
             AdwExpanderRow     *row)
{
  GtkWidget *consent_row = adw_action_row_new ();
  AdwEntryRow *date;

  ui->consent = gtk_switch_new ();
  gtk_widget_set_valign (ui->consent, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (consent_row), _("_Share with the Company"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (consent_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (consent_row), _("The citizen agrees"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (consent_row), ui->consent);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (consent_row), ui->consent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ui->consent),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Share with the company"),
                                  -1);
  adw_expander_row_add_row (row, consent_row);
  date = pa_editor_step_add_entry (row, _("Consent Given On"));

  ui->consent_note = pa_editor_step_wrapped_label ("", "dim-label");
  /* Last in the item: a row that cannot take the focus ends Tab's walk. */
  pa_editor_step_add_widget_row (row, ui->consent_note);

  pa_record_list_editor_add_field (editor, row, "consent", ui->consent);
  pa_record_list_editor_add_field (editor, row, "consent-date", GTK_WIDGET (date));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_boolean (ui->item, "consent", ui->consent));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (ui->item, "consent-date", date,
                                                                PA_FIELD_FORMAT_DATE, _("Consent given on")));
  g_signal_connect_object (ui->consent, "notify::active", G_CALLBACK (on_consent_active), row, 0);
  update_consent_note (ui);
}

static void
fill_restriction (PaRecordListEditor *editor,
                  PaRecord           *item,
                  AdwExpanderRow     *row,
                  gpointer            data)
{
  PaStepRestrictions *self = data;
  RowUi *ui = g_new0 (RowUi, 1);
  PaTextArea *original, *reformulation;
  AdwComboRow *category;

  ui->row = GTK_WIDGET (row);
  ui->item = g_object_ref (item);
  g_object_set_data_full (G_OBJECT (row), "pa-row-ui", ui, row_ui_free);

  original = add_text_row (row, _("The Citizen's Own _Words"),
                           _("As the citizen says it, e.g. “Jeg kan ikke løfte tungt”. Never shown to the company."),
                           &ui->original_warning);
  category = pa_editor_step_add_combo (row, _("Category"), G_LIST_MODEL (self->category_labels));

  ui->questions = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (ui->questions), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (ui->questions, "boxed-list");
  ui->questions_row = add_section (row, _("Make It Concrete"),
                                   _("The answers stay between you and the citizen."), ui->questions);
  ui->suggestions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  ui->suggestions_row = add_section (row, _("Suggested Reformulations"),
                                     _("The conditions under which the citizen works well. Take one and adjust it with the citizen."),
                                     ui->suggestions);
  reformulation = add_text_row (row, _("_Positive Reformulation"),
                                _("What the company sees, with consent."),
                                &ui->reformulation_warning);
  ui->measures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  ui->measures_row = add_section (row, _("How It Can Be Handled"),
                                  _("Tick the adjustments agreed."), ui->measures);
  ui->original = pa_text_area_get_text_view (original);
  ui->reformulation = pa_text_area_get_text_view (reformulation);
  add_consent (ui, editor, row);

  pa_record_list_editor_add_field (editor, row, "original", GTK_WIDGET (original));
  pa_record_list_editor_add_field (editor, row, "category", GTK_WIDGET (category));
  pa_record_list_editor_add_field (editor, row, "answers", ui->questions);
  pa_record_list_editor_add_field (editor, row, "reformulation", GTK_WIDGET (reformulation));
  pa_record_list_editor_add_field (editor, row, "measures", ui->measures);
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_text_view (item, "original", ui->original));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_choice (item, "category", category, category_ids,
                                                               G_N_ELEMENTS (category_ids)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text_view (item, "reformulation", ui->reformulation));

  g_signal_connect_object (gtk_text_view_get_buffer (ui->original), "changed",
                           G_CALLBACK (on_buffer_changed), row, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (ui->reformulation), "changed",
                           G_CALLBACK (on_buffer_changed), row, 0);
  g_signal_connect_object (item, "changed", G_CALLBACK (on_item_changed), row, 0);
  update_row (GTK_WIDGET (row));
}

static char *
title_restriction (PaRecord  *item,
                   guint      position,
                   char     **subtitle,
                   gpointer   data)
{
  const char *reformulation = pa_record_get_string (item, "reformulation");
  const char *original = pa_record_get_string (item, "original");
  const char *category = category_label (pa_record_get_string (item, "category"));

  if (pa_record_get_boolean (item, "consent"))
    /* Translators: the subtitle of a restriction: its category, shared with the company */
    *subtitle = g_strdup_printf (_("%s · shared with the company"), category);
  else
    /* Translators: the subtitle of a restriction: its category, not shared */
    *subtitle = g_strdup_printf (_("%s · not shared"), category);
  if (reformulation != NULL && *reformulation != '\0')
    return g_strdup (reformulation);
  if (original != NULL && *original != '\0')
    return g_strdup (original);
  /* Translators: the title of a restriction without words */
  return g_strdup_printf (_("Restriction %u"), position + 1);
}

/* PaEditorStep */

static void
pa_step_restrictions_set_agreement (PaEditorStep *step,
                                    PaAgreement  *agreement)
{
  pa_record_list_editor_set_record (PA_STEP_RESTRICTIONS (step)->restrictions_editor, PA_RECORD (agreement));
}

static void
pa_step_restrictions_register_fields (PaEditorStep    *step,
                                      PaFieldRegistry *registry)
{
  pa_record_list_editor_set_registry (PA_STEP_RESTRICTIONS (step)->restrictions_editor, registry);
}

static void
pa_step_restrictions_commit (PaEditorStep *step)
{
  pa_record_list_editor_commit (PA_STEP_RESTRICTIONS (step)->restrictions_editor);
}

/* Complete when every restriction has its reformulation. */
static gboolean
pa_step_restrictions_is_complete (PaEditorStep *step)
{
  PaRecord *agreement = PA_RECORD (pa_editor_step_get_agreement (step));
  GListModel *list = G_LIST_MODEL (pa_record_get_list (agreement, "restrictions"));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) restriction = g_list_model_get_item (list, i);

      if (!pa_editor_step_has_text (restriction, "reformulation"))
        return FALSE;
    }
  return n > 0;
}

static GtkWidget *
pa_step_restrictions_get_first_field (PaEditorStep *step)
{
  return pa_record_list_editor_get_first_focus (PA_STEP_RESTRICTIONS (step)->restrictions_editor);
}

/* GObject */

/* A user's or jobcentre's own phrase library that cannot be used: the
 * step says so above the list, naming the file and line, and works with
 * the built-in one */
static void
show_library_warning (PaStepRestrictions *self)
{
  const GError *warning = pa_phrases_get_default_warning ();

  if (warning == NULL)
    return;
  gtk_label_set_text (self->library_warning, warning->message);
  gtk_widget_set_visible (GTK_WIDGET (self->library_warning), TRUE);
}

static void
pa_step_restrictions_dispose (GObject *object)
{
  g_clear_object (&PA_STEP_RESTRICTIONS (object)->category_labels);

  G_OBJECT_CLASS (pa_step_restrictions_parent_class)->dispose (object);
}

static void
pa_step_restrictions_class_init (PaStepRestrictionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_restrictions_dispose;
  step_class->set_agreement = pa_step_restrictions_set_agreement;
  step_class->register_fields = pa_step_restrictions_register_fields;
  step_class->commit = pa_step_restrictions_commit;
  step_class->is_complete = pa_step_restrictions_is_complete;
  step_class->get_first_field = pa_step_restrictions_get_first_field;

  g_type_ensure (PA_TYPE_RECORD_LIST_EDITOR);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-restrictions.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepRestrictions, library_warning);
  gtk_widget_class_bind_template_child (widget_class, PaStepRestrictions, restrictions_editor);
}

static void
pa_step_restrictions_init (PaStepRestrictions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->category_labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (category_ids); i++)
    gtk_string_list_append (self->category_labels, category_label (category_ids[i]));

  pa_record_list_editor_setup (self->restrictions_editor, "restrictions",
                               fill_restriction, title_restriction, NULL, self);
  pa_editor_step_name_controls (GTK_WIDGET (self));
  show_library_warning (self);
}

PaRecordListEditor *
pa_step_restrictions_get_list_editor (PaStepRestrictions *self)
{
  g_return_val_if_fail (PA_IS_STEP_RESTRICTIONS (self), NULL);
  return self->restrictions_editor;
}
