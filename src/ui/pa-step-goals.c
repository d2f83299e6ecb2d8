/* pa-step-goals.c: step 4, the SMART goals and their sub-goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the goals, the legal purposes chosen in step 3. Each goal is a
 * card (a row of the list editor) with the five SMART parts as separate
 * fields, the purpose it serves and its dated sub-goals. The analysis
 * runs on every change of the goal (it takes microseconds): the marks,
 * the hints under each field, the question that helps to fill a missing
 * part, and for a vague goal a wording composed of the agreement's own
 * facts, to take, edit or ignore.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/pa-wording.h"
#include "core/pa-goal-suggest.h"
#include "core/pa-model.h"
#include "core/pa-rules.h"
#include "core/pa-smart.h"
#include "core/pa-validate.h"

#include "pa-field-state.h"
#include "pa-resources.h"
#include "pa-smart-marks.h"
#include "pa-step-goals.h"
#include "pa-text-area.h"

#define CARD_KEY "pa-goal-card"
#define TITLE_CHARS 70

struct _PaStepGoals
{
  PaEditorStep        parent_instance;

  GtkWidget          *purposes_box;
  GtkFlowBox         *purposes_flow;
  PaRecordListEditor *goals_editor;

  PaFieldRegistry    *registry;
};

G_DEFINE_FINAL_TYPE (PaStepGoals, pa_step_goals, PA_TYPE_EDITOR_STEP)

/* What a goal's row shows beyond its bound fields. */
typedef struct {
  PaStepGoals        *step;        /* (unowned) */
  PaGoal             *goal;
  PaSmartMarks       *marks;
  GtkLabel           *hints[PA_SMART_N_PARTS];
  GtkWidget          *suggestion_row;
  GtkLabel           *suggestion_label;
  GtkTextView        *specific_view;
  PaRecordListEditor *subgoals;
  gboolean            ignored;
} GoalCard;

static PaRecord *
agreement_record (PaStepGoals *self)
{
  return PA_RECORD (pa_editor_step_get_agreement (PA_EDITOR_STEP (self)));
}

/* Purposes */

static const char *
purpose_label (PaStepGoals *self,
               const char  *id)
{
  PaRuleBook *book = pa_rule_book_get_default ();
  const char *start = pa_record_get_string (agreement_record (self), "start-date");
  PaRuleSet *rules = book ? pa_rule_book_get_for_date (book, start) : NULL;
  const PaPurposeRule *rule = rules ? pa_rule_set_find_purpose (rules, id) : NULL;

  return rule != NULL ? rule->label : id;
}

static gboolean
purpose_has_goal (PaStepGoals *self,
                  const char  *id)
{
  GListModel *goals = G_LIST_MODEL (pa_record_get_list (agreement_record (self), "goals"));

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);

      if (g_strcmp0 (pa_record_get_string (goal, "purpose-id"), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
purpose_chip (const char *text,
              gboolean    has_goal)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *state = gtk_label_new (has_goal ? _("Has a goal") : _("No goal serves it yet"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_label_set_wrap (GTK_LABEL (state), TRUE);
  gtk_widget_add_css_class (state, "caption");
  gtk_widget_add_css_class (state, has_goal ? "dim-label" : "warning");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), state);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (state, 12);
  gtk_widget_set_margin_end (state, 12);
  gtk_widget_set_margin_bottom (state, 6);
  return box;
}

static void
pa_step_goals_update_purposes (PaStepGoals *self)
{
  GListModel *purposes;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->purposes_flow))) != NULL)
    gtk_flow_box_remove (self->purposes_flow, child);
  if (agreement_record (self) == NULL)
    return;
  purposes = G_LIST_MODEL (pa_record_get_list (agreement_record (self), "purposes"));
  n = g_list_model_get_n_items (purposes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);
      const char *id = pa_record_get_string (purpose, "purpose-id");
      GtkWidget *chip;

      if (id == NULL)
        continue;
      chip = purpose_chip (purpose_label (self, id), purpose_has_goal (self, id));
      gtk_flow_box_append (self->purposes_flow, chip);
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }
  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("No purpose chosen yet: choose the legal purposes in step 3."));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_flow_box_append (self->purposes_flow, none);
      gtk_widget_set_focusable (gtk_widget_get_parent (none), FALSE);
    }
}

/* The purpose combo: not chosen, then the chosen purposes (and the
 * goal's own, should step 3 have dropped it since). */
static AdwComboRow *
add_purpose_combo (PaStepGoals        *self,
                   PaRecordListEditor *editor,
                   PaRecord           *goal,
                   AdwExpanderRow     *row)
{
  GListModel *purposes = G_LIST_MODEL (pa_record_get_list (agreement_record (self), "purposes"));
  const char *own = pa_record_get_string (goal, "purpose-id");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean has_own = own == NULL;
  AdwComboRow *combo;

  /* Translators: no purpose chosen for this goal yet */
  gtk_string_list_append (labels, C_("purpose", "Not chosen"));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (purposes); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);
      const char *id = pa_record_get_string (purpose, "purpose-id");

      if (id == NULL)
        continue;
      has_own = has_own || g_strcmp0 (id, own) == 0;
      gtk_string_list_append (labels, purpose_label (self, id));
      g_ptr_array_add (ids, (gpointer) g_intern_string (id));
    }
  if (!has_own)
    {
      gtk_string_list_append (labels, purpose_label (self, own));
      g_ptr_array_add (ids, (gpointer) g_intern_string (own));
    }
  combo = pa_editor_step_add_combo (row, _("Serves the Purpose"), G_LIST_MODEL (labels));
  /* A purpose's name is long: under the title it wraps, beside it it
   * would be cut. */
  adw_combo_row_set_use_subtitle (combo, TRUE);
  pa_record_list_editor_add_field (editor, row, "purpose-id", GTK_WIDGET (combo));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_choice (goal, "purpose-id", combo,
                                                               (const char * const *) ids->pdata,
                                                               ids->len));
  return combo;
}

/* The analysis on the card */

static const PaSmartGaps part_gaps[PA_SMART_N_PARTS][3] = {
  [PA_SMART_SPECIFIC] = { PA_SMART_GAP_TASK },
  [PA_SMART_MEASURABLE] = { PA_SMART_GAP_MEASURE, PA_SMART_GAP_BASELINE, PA_SMART_GAP_JUDGE },
  [PA_SMART_ATTRACTIVE] = { PA_SMART_GAP_REASON },
  [PA_SMART_REALISTIC] = { PA_SMART_GAP_REALISM },
  [PA_SMART_TIME_BOUND] = { PA_SMART_GAP_DEADLINE },
};

/* Specific reads the task gaps as one: any of them asks for the task. */
static PaSmartGaps
gaps_of (PaSmartResult *result)
{
  PaSmartGaps gaps = pa_smart_result_get_gaps (result);

  if (gaps & (PA_SMART_GAP_ABSTRACT | PA_SMART_GAP_TRADE_ONLY))
    gaps |= PA_SMART_GAP_TASK;
  return gaps;
}

/* The hints of @part, one a line, and the questions that help. */
static char *
part_text (PaSmartResult *result,
           PaSmartPart    part,
           const char    *extra)
{
  const char * const *hints = pa_smart_result_get_hints (result, part);
  PaSmartGaps gaps = gaps_of (result);
  GString *text = g_string_new (extra);

  for (guint i = 0; hints != NULL && hints[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", hints[i]);
  for (guint i = 0; i < G_N_ELEMENTS (part_gaps[part]) && part_gaps[part][i] != 0; i++)
    {
      const char *question = (gaps & part_gaps[part][i]) ? pa_smart_gap_get_question (part_gaps[part][i]) : NULL;

      if (question == NULL || (hints != NULL && g_strv_contains (hints, question)))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a question to put to the citizen, under a field */
      g_string_append_printf (text, _("Ask: %s"), question);
    }
  return g_string_free (text, FALSE);
}

static void
set_hint (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The first gap left in the text, "[hvem vurderer?]", or NULL. */
static char *
first_gap (const char *text)
{
  const char *open = text ? strchr (text, '[') : NULL;
  const char *close = open ? strchr (open, ']') : NULL;

  return close != NULL ? g_strndup (open, close - open + 1) : NULL;
}

static void
goal_card_update (GoalCard *card)
{
  g_autoptr(PaSmartResult) result = pa_smart_analyse_record (card->goal);
  const char *specific = pa_record_get_string (PA_RECORD (card->goal), "specific");
  g_autofree char *gap = first_gap (specific);
  g_autofree char *gap_hint = NULL;
  gboolean ok[PA_SMART_N_PARTS];
  const char *first[PA_SMART_N_PARTS];
  g_autofree char *suggestion = NULL;

  if (gap != NULL)
    /* Translators: under a goal that still holds a gap from the suggestion */
    gap_hint = g_strdup_printf (_("Fill in the parts in square brackets, first %s."), gap);
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    {
      const char * const *hints = pa_smart_result_get_hints (result, i);
      g_autofree char *text = part_text (result, i, i == PA_SMART_SPECIFIC ? gap_hint : NULL);

      ok[i] = pa_smart_result_is_ok (result, i) && !(i == PA_SMART_SPECIFIC && gap != NULL);
      first[i] = i == PA_SMART_SPECIFIC && gap_hint != NULL ? gap_hint
                 : (hints != NULL ? hints[0] : NULL);
      set_hint (card->hints[i], ok[i] ? NULL : text);
    }
  pa_smart_marks_set_verdict (card->marks, ok, first);
  {
    g_autofree char *summary = pa_smart_marks_dup_summary (card->marks);

    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_ancestor (GTK_WIDGET (card->marks),
                                                                              GTK_TYPE_LIST_BOX_ROW)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                    -1);
  }

  if (!card->ignored && pa_goal_suggest_is_wanted (result) && gap == NULL)
    suggestion = pa_goal_suggest (pa_editor_step_get_agreement (PA_EDITOR_STEP (card->step)),
                                  card->goal, NULL);
  gtk_widget_set_visible (card->suggestion_row, suggestion != NULL);
  if (suggestion != NULL)
    gtk_label_set_label (card->suggestion_label, suggestion);
}

static void
on_goal_changed (PaRecord   *goal,
                 PaRecord   *origin,
                 const char *field,
                 gboolean    content,
                 GoalCard   *card)
{
  goal_card_update (card);
}

/* Rows of the card */

static GtkLabel *
hint_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "smart-hint");
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_visible (label, FALSE);
  return GTK_LABEL (label);
}

/* A box as a row of its own inside the goal's row. */
static GtkWidget *
add_box_row (AdwExpanderRow *row,
             const char     *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *list_row = pa_editor_step_add_widget_row (row, box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return box;
}

/* A SMART part's text, with its hints under it. */
static PaTextArea *
add_part (PaRecordListEditor *editor,
          AdwExpanderRow     *row,
          GoalCard           *card,
          PaSmartPart         part,
          const char         *field,
          const char         *title,
          const char         *description)
{
  GtkWidget *box = add_box_row (row, title);
  GtkWidget *area = pa_text_area_new (title);

  pa_text_area_set_description (PA_TEXT_AREA (area), description);
  gtk_box_append (GTK_BOX (box), area);
  card->hints[part] = hint_label ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->hints[part]));
  /* A screen reader reads the hints with the field. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (pa_text_area_get_text_view (PA_TEXT_AREA (area))),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, card->hints[part], NULL,
                                  -1);
  pa_record_list_editor_add_field (editor, row, field, area);
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text_view (PA_RECORD (card->goal), field,
                                                                  pa_text_area_get_text_view (PA_TEXT_AREA (area))));
  return PA_TEXT_AREA (area);
}

/* A confirmation in the meeting, as a switch in a row. */
static void
add_confirmation (PaRecordListEditor *editor,
                  AdwExpanderRow     *row,
                  GoalCard           *card,
                  const char         *field,
                  const char         *title)
{
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (action_row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), toggle);
  adw_expander_row_add_row (row, action_row);
  pa_record_list_editor_add_field (editor, row, field, toggle);
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_boolean (PA_RECORD (card->goal), field, toggle));
}

/* Selects the first gap of the goal text, to type over it. */
static void
select_first_gap (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, open, close;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (gtk_text_iter_forward_search (&start, "[", 0, &open, NULL, NULL) &&
      gtk_text_iter_forward_search (&open, "]", 0, NULL, &close, NULL))
    gtk_text_buffer_select_range (buffer, &open, &close);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static void
on_use_suggestion (GtkButton *button,
                   GoalCard  *card)
{
  const char *text = gtk_label_get_label (card->suggestion_label);

  pa_record_set_string (PA_RECORD (card->goal), "specific", text);
  select_first_gap (card->specific_view);
}

static void
on_ignore_suggestion (GtkButton *button,
                      GoalCard  *card)
{
  card->ignored = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (card->specific_view));
  goal_card_update (card);
}

static GtkWidget *
suggestion_button (const char *label,
                   const char *name,
                   const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

/* "Forslag: Inden 29. maj arbejder Thomas ...", Use / Ignore */
static void
add_suggestion (AdwExpanderRow *row,
                GoalCard       *card)
{
  GtkWidget *box = add_box_row (row, _("Suggested wording"));
  GtkWidget *heading = gtk_label_new (_("Suggested wording from what the agreement holds"));
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *use = suggestion_button (_("_Use the Suggestion"), _("Use the suggestion"),
                                      _("Put the suggestion in the goal, to edit it there"));
  GtkWidget *ignore = suggestion_button (_("_Ignore"), _("Ignore the suggestion"),
                                         _("Hide the suggestion for this goal"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (use, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), use);
  gtk_box_append (GTK_BOX (buttons), ignore);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect (use, "clicked", G_CALLBACK (on_use_suggestion), card);
  g_signal_connect (ignore, "clicked", G_CALLBACK (on_ignore_suggestion), card);
  card->suggestion_row = gtk_widget_get_parent (box);
  card->suggestion_label = GTK_LABEL (label);
}

/* Sub-goals */

static void
fill_subgoal (PaRecordListEditor *editor,
              PaRecord           *item,
              AdwExpanderRow     *row,
              gpointer            data)
{
  AdwEntryRow *text = pa_editor_step_add_entry (row, _("Sub-goal"));
  AdwEntryRow *date = pa_editor_step_add_entry (row, _("Date"));
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *reached = gtk_switch_new ();

  gtk_widget_set_valign (reached, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _("Reached"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), reached);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), reached);
  adw_expander_row_add_row (row, action_row);

  pa_record_list_editor_add_field (editor, row, "text", GTK_WIDGET (text));
  pa_record_list_editor_add_field (editor, row, "date", GTK_WIDGET (date));
  pa_record_list_editor_add_field (editor, row, "reached", reached);
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_text (item, "text", GTK_EDITABLE (text)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "date", date,
                                                                PA_FIELD_FORMAT_DATE, _("Date")));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_boolean (item, "reached", reached));
}

static char *
title_subgoal (PaRecord  *item,
               guint      position,
               char     **subtitle,
               gpointer   data)
{
  const char *text = pa_record_get_string (item, "text");
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (item, "date"));
  const char *state = pa_record_get_boolean (item, "reached") ? _("Reached") : _("Not reached yet");

  if (*date == '\0')
    *subtitle = g_strdup (state);
  else
    /* Translators: a sub-goal's date and state, "12.3.2026 · Reached" */
    *subtitle = g_strdup_printf (_("%s · %s"), date, state);
  if (text == NULL)
    /* Translators: the title of a sub-goal with no text yet */
    return g_strdup_printf (_("Sub-goal %u"), position + 1);
  return g_strdup (text);
}

static PaRecordListEditor *
add_subgoals (AdwExpanderRow *row,
              GoalCard       *card)
{
  GtkWidget *box = add_box_row (row, _("Sub-goals"));
  PaRecordListEditor *editor = PA_RECORD_LIST_EDITOR (pa_record_list_editor_new ());

  g_object_set (editor,
                "title", _("Sub-goals"),
                "description", _("Dated steps on the way, so the citizen sees progress often."),
                /* Translators: a button; a mnemonic other than the goals' own */
                "add-label", _("Add _Sub-goal"),
                "empty-label", _("No sub-goal yet"),
                "removed-label", _("Sub-goal removed"),
                NULL);
  pa_record_list_editor_setup (editor, "subgoals", fill_subgoal, title_subgoal, NULL, card);
  gtk_widget_add_css_class (GTK_WIDGET (editor), "subgoals");
  pa_record_list_editor_set_record (editor, PA_RECORD (card->goal));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor));
  return editor;
}

/* Goals */

static void
goal_card_free (GoalCard *card)
{
  g_signal_handlers_disconnect_by_data (card->goal, card);
  g_object_unref (card->goal);
  g_free (card);
}

static void
fill_goal (PaRecordListEditor *editor,
           PaRecord           *item,
           AdwExpanderRow     *row,
           gpointer            data)
{
  PaStepGoals *self = data;
  GoalCard *card = g_new0 (GoalCard, 1);
  GtkWidget *marks_box = add_box_row (row, _("SMART verdict"));
  /* Rows without a control of their own take the focus themselves, or
   * Tab would leave the card there; a screen reader reads them then. */
  gtk_widget_set_focusable (gtk_widget_get_parent (marks_box), TRUE);
  AdwEntryRow *deadline;
  GtkWidget *deadline_box;
  PaTextArea *specific;

  card->step = self;
  card->goal = g_object_ref (PA_GOAL (item));
  card->marks = PA_SMART_MARKS (pa_smart_marks_new ());
  gtk_box_append (GTK_BOX (marks_box), GTK_WIDGET (card->marks));

  specific = add_part (editor, row, card, PA_SMART_SPECIFIC, "specific", _("Goal: What Exactly"),
                       _("Name the task, work function or behaviour: what will the citizen do?"));
  card->specific_view = pa_text_area_get_text_view (specific);
  add_suggestion (row, card);
  add_part (editor, row, card, PA_SMART_MEASURABLE, "measure", _("How We Will Know"),
            _("An amount, a frequency, a level, “without help”, or who judges it against what."));
  add_part (editor, row, card, PA_SMART_ATTRACTIVE, "attractive", _("Why the Citizen Wants It"),
            _("The citizen’s own reason, in their own words."));
  add_confirmation (editor, row, card, "attractive-confirmed",
                    _("The citizen confirms that this is their own goal"));
  add_part (editor, row, card, PA_SMART_REALISTIC, "realistic", _("Why It Can Be Reached"),
            _("What the citizen already masters, and what the company provides."));
  add_confirmation (editor, row, card, "realistic-confirmed",
                    _("The parties agree that the goal is realistic"));

  deadline = pa_editor_step_add_entry (row, _("Deadline"));
  pa_record_list_editor_add_field (editor, row, "deadline", GTK_WIDGET (deadline));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "deadline", deadline,
                                                                PA_FIELD_FORMAT_DATE, _("Deadline")));
  deadline_box = add_box_row (row, _("Deadline"));
  gtk_widget_set_focusable (gtk_widget_get_parent (deadline_box), TRUE);
  card->hints[PA_SMART_TIME_BOUND] = hint_label ();
  gtk_box_append (GTK_BOX (deadline_box), GTK_WIDGET (card->hints[PA_SMART_TIME_BOUND]));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (deadline),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, card->hints[PA_SMART_TIME_BOUND], NULL,
                                  -1);
  g_object_bind_property (card->hints[PA_SMART_TIME_BOUND], "visible",
                          gtk_widget_get_parent (deadline_box), "visible", G_BINDING_SYNC_CREATE);

  add_purpose_combo (self, editor, item, row);
  card->subgoals = add_subgoals (row, card);
  pa_record_list_editor_add_field (editor, row, "subgoals", GTK_WIDGET (card->subgoals));

  g_object_set_data_full (G_OBJECT (row), CARD_KEY, card, (GDestroyNotify) goal_card_free);
  g_signal_connect (item, "changed", G_CALLBACK (on_goal_changed), card);
  goal_card_update (card);
}

static char *
title_goal (PaRecord  *item,
            guint      position,
            char     **subtitle,
            gpointer   data)
{
  const char *text = pa_record_get_string (item, "specific");
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (item, "deadline"));
  g_autoptr(PaSmartResult) result = pa_smart_analyse_record (PA_GOAL (item));
  guint met = 0;

  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    met += pa_smart_result_is_ok (result, i);
  if (*date == '\0')
    /* Translators: a goal's summary, "3 of 5 SMART parts met" */
    *subtitle = g_strdup_printf (_("%u of 5 SMART parts met"), met);
  else
    /* Translators: a goal's summary, "By 29.5.2026 · 3 of 5 SMART parts met" */
    *subtitle = g_strdup_printf (_("By %s · %u of 5 SMART parts met"), date, met);

  if (text == NULL)
    /* Translators: the title of a goal with no text yet */
    return g_strdup_printf (_("Goal %u"), position + 1);
  if (g_utf8_strlen (text, -1) > TITLE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (text, 0, TITLE_CHARS);

      return g_strconcat (start, "…", NULL);
    }
  return g_strdup (text);
}

static GoalCard *
card_at (PaStepGoals *self,
         guint        position)
{
  AdwExpanderRow *row = pa_record_list_editor_get_row (self->goals_editor, position);

  return row != NULL ? g_object_get_data (G_OBJECT (row), CARD_KEY) : NULL;
}

/* The sub-goal lists register under their goal's path, which changes
 * as goals move, and the goal list registers its rows anew each time. */
static void
pa_step_goals_update_paths (PaStepGoals *self)
{
  GListModel *goals;

  if (agreement_record (self) == NULL)
    return;
  goals = G_LIST_MODEL (pa_record_get_list (agreement_record (self), "goals"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      GoalCard *card = card_at (self, i);
      g_autofree char *path = g_strdup_printf ("goals/%u/subgoals", i);

      if (card == NULL)
        continue;
      if (self->registry != NULL)
        pa_record_list_editor_set_registry (card->subgoals, self->registry);
      pa_record_list_editor_set_path (card->subgoals, path);
    }
}

static void
on_goals_changed (PaStepGoals *self)
{
  pa_step_goals_update_paths (self);
  pa_step_goals_update_purposes (self);
}

/* A change in step 3 or to the facts the suggestion uses. */
static void
on_agreement_changed (PaRecord    *agreement,
                      PaRecord    *origin,
                      const char  *field,
                      gboolean     content,
                      PaStepGoals *self)
{
  if (g_strcmp0 (field, "purposes") == 0 || PA_IS_PURPOSE (origin))
    {
      /* The purpose combos are made from the chosen purposes. */
      pa_record_list_editor_set_record (self->goals_editor, NULL);
      pa_record_list_editor_set_record (self->goals_editor, agreement);
      on_goals_changed (self);
    }
  else if (PA_IS_GOAL (origin) && g_strcmp0 (field, "purpose-id") == 0)
    pa_step_goals_update_purposes (self);
  else if (!PA_IS_GOAL (origin) && !PA_IS_SUBGOAL (origin))
    {
      /* A fact the suggestions draw on may have changed. */
      guint n = pa_editor_step_count (agreement, "goals");

      for (guint i = 0; i < n; i++)
        {
          GoalCard *card = card_at (self, i);

          if (card != NULL)
            goal_card_update (card);
        }
    }
}

/* PaEditorStep */

static void
pa_step_goals_set_agreement (PaEditorStep *step,
                             PaAgreement  *agreement)
{
  PaStepGoals *self = PA_STEP_GOALS (step);

  pa_record_list_editor_set_record (self->goals_editor, PA_RECORD (agreement));
  if (agreement != NULL)
    {
      g_signal_connect_object (agreement, "changed", G_CALLBACK (on_agreement_changed), self, 0);
      /* After the list editor has made and registered its rows. */
      g_signal_connect_object (pa_record_get_list (PA_RECORD (agreement), "goals"), "items-changed",
                               G_CALLBACK (on_goals_changed), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  on_goals_changed (self);
}

static void
pa_step_goals_register_fields (PaEditorStep    *step,
                               PaFieldRegistry *registry)
{
  PaStepGoals *self = PA_STEP_GOALS (step);

  g_set_object (&self->registry, registry);
  pa_record_list_editor_set_registry (self->goals_editor, registry);
  pa_step_goals_update_paths (self);
}

static void
pa_step_goals_commit (PaEditorStep *step)
{
  PaStepGoals *self = PA_STEP_GOALS (step);
  guint n = agreement_record (self) ? pa_editor_step_count (agreement_record (self), "goals") : 0;

  pa_record_list_editor_commit (self->goals_editor);
  for (guint i = 0; i < n; i++)
    {
      GoalCard *card = card_at (self, i);

      if (card != NULL)
        pa_record_list_editor_commit (card->subgoals);
    }
}

/* Complete when there is a goal and every goal is SMART. */
static gboolean
pa_step_goals_is_complete (PaEditorStep *step)
{
  PaRecord *agreement = PA_RECORD (pa_editor_step_get_agreement (step));
  GListModel *goals = G_LIST_MODEL (pa_record_get_list (agreement, "goals"));
  guint n = g_list_model_get_n_items (goals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(PaSmartResult) result = pa_smart_analyse_record (goal);

      if (!pa_smart_result_all_ok (result))
        return FALSE;
    }
  return n > 0;
}

/* The first goal's text, opened; else the button that adds a goal. */
static GtkWidget *
pa_step_goals_get_first_field (PaEditorStep *step)
{
  PaStepGoals *self = PA_STEP_GOALS (step);
  AdwExpanderRow *row = pa_record_list_editor_get_row (self->goals_editor, 0);
  GoalCard *card = card_at (self, 0);

  if (row == NULL || card == NULL)
    return pa_record_list_editor_get_first_focus (self->goals_editor);
  adw_expander_row_set_expanded (row, TRUE);
  return GTK_WIDGET (card->specific_view);
}

/* GObject */

static void
pa_step_goals_dispose (GObject *object)
{
  PaStepGoals *self = PA_STEP_GOALS (object);

  g_clear_object (&self->registry);

  G_OBJECT_CLASS (pa_step_goals_parent_class)->dispose (object);
}

/* libadwaita 1.2 turns the arrow of every expander row inside an
 * opened one, as if the sub-goals were open too. */
static void
add_nested_arrow_style (void)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   ".subgoals row.expander:not(:checked) image.expander-row-arrow:dir(ltr) "
                                   "{ -gtk-icon-transform: rotate(0.5turn); color: inherit; opacity: 0.9; }\n"
                                   ".subgoals row.expander:not(:checked) image.expander-row-arrow:dir(rtl) "
                                   "{ -gtk-icon-transform: rotate(-0.5turn); color: inherit; opacity: 0.9; }",
                                   -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
pa_step_goals_class_init (PaStepGoalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  /* The card's hints under the text, the measure, the citizen's reason
   * and the deadline say what these findings say, as the user types. */
  static const char * const live_codes[] = {
    "goal-not-specific", "goal-not-measurable", "goal-not-time-bound",
    "goal-attractive-missing", NULL
  };

  object_class->dispose = pa_step_goals_dispose;
  pa_field_states_declare_live_codes (live_codes);
  step_class->set_agreement = pa_step_goals_set_agreement;
  step_class->register_fields = pa_step_goals_register_fields;
  step_class->commit = pa_step_goals_commit;
  step_class->is_complete = pa_step_goals_is_complete;
  step_class->get_first_field = pa_step_goals_get_first_field;

  g_type_ensure (PA_TYPE_RECORD_LIST_EDITOR);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-goals.ui");
  add_nested_arrow_style ();
  gtk_widget_class_bind_template_child (widget_class, PaStepGoals, purposes_box);
  gtk_widget_class_bind_template_child (widget_class, PaStepGoals, purposes_flow);
  gtk_widget_class_bind_template_child (widget_class, PaStepGoals, goals_editor);
}

static void
pa_step_goals_init (PaStepGoals *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  pa_record_list_editor_setup (self->goals_editor, "goals", fill_goal, title_goal, NULL, self);
  pa_editor_step_name_controls (GTK_WIDGET (self));
}

PaRecordListEditor *
pa_step_goals_get_list_editor (PaStepGoals *self)
{
  g_return_val_if_fail (PA_IS_STEP_GOALS (self), NULL);

  return self->goals_editor;
}
