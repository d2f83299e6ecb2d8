/* pa-editor.c: the form for one agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain text fields are bound to the model. Fields with a format (CPR,
 * CVR, dates) are "checked": the model only takes a valid value, and the
 * text the user typed stays in the row with a sentence under the group
 * that says what is wrong. The message waits until the user pauses, presses
 * Enter or leaves the row, so it does not nag while they are typing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-rules.h"
#include "core/pa-validate.h"

#include "pa-resources.h"
#include "pa-editor-private.h"
#include "pa-labels.h"

/* How long the user may pause in a half-typed field before it is called
 * wrong. */
#define MESSAGE_DELAY_MS 1200

typedef struct _PaCheckedField PaCheckedField;

struct _PaCheckedField
{
  PaEditor     *editor;
  AdwEntryRow  *row;
  GtkLabel     *message;
  const char   *child;      /* "citizen", "company", or NULL: the agreement */
  const char   *field;
  /* Returns the value to store, or NULL and sets @error. */
  char       *(*parse)   (const char *text, GError **error);
  /* Returns the text to show for a stored value. */
  char       *(*format)  (const char *value);
  char         *pending_error;
  guint         message_source;
};

enum {
  CHECKED_CPR,
  CHECKED_CVR,
  CHECKED_START_DATE,
  CHECKED_END_DATE,
  N_CHECKED
};

struct _PaEditor
{
  GtkWidget          parent_instance;

  PaAgreement       *agreement;
  GPtrArray         *bindings;          /* (element-type GBinding) (unowned) */
  PaCheckedField     checked[N_CHECKED];
  GPtrArray         *target_group_ids;  /* index-aligned with the combo, [0] = NULL */
  PaRuleSet         *rule_set;          /* (unowned): the book keeps its sets */
  gboolean           loading;

  GtkScrolledWindow *scrolled_window;
  GtkBox            *steps_box;
  AdwEntryRow       *citizen_name_row;
  AdwEntryRow       *cpr_row;
  AdwComboRow       *target_group_row;
  GtkLabel          *cpr_message;
  AdwEntryRow       *company_name_row;
  AdwEntryRow       *cvr_row;
  GtkLabel          *cvr_message;
  AdwEntryRow       *start_date_row;
  AdwEntryRow       *end_date_row;
  GtkLabel          *start_date_message;
  GtkLabel          *end_date_message;
  GtkLabel          *period_message;
  GtkLabel          *duration_label;
  AdwComboRow       *status_row;
};

G_DEFINE_FINAL_TYPE (PaEditor, pa_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parsers and formatters of the checked fields. */

static char *
parse_cpr (const char  *text,
           GError     **error)
{
  g_autofree char *normal = pa_normalize_cpr (text);

  if (normal == NULL)
    {
      /* Not ten digits: let the validator word the format message. */
      pa_validate_cpr (text, error);
      return NULL;
    }
  if (!pa_validate_cpr (normal, error))
    return NULL;
  return g_steal_pointer (&normal);
}

static char *
parse_cvr (const char  *text,
           GError     **error)
{
  /* People copy CVR numbers as "12 34 56 78". */
  g_autofree char *digits = g_strdup (text);
  char *out = digits;

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      *out++ = *p;
  *out = '\0';

  if (!pa_validate_cvr (digits, error))
    return NULL;
  return g_steal_pointer (&digits);
}

static char *
parse_start_date (const char  *text,
                  GError     **error)
{
  return pa_parse_user_date (_("Start date"), text, error);
}

static char *
parse_end_date (const char  *text,
                GError     **error)
{
  return pa_parse_user_date (_("End date"), text, error);
}

static char *
format_as_is (const char *value)
{
  return g_strdup (value ? value : "");
}

/* The record a checked field is stored in. */
static PaRecord *
checked_field_record (PaCheckedField *cf)
{
  PaRecord *agreement = PA_RECORD (cf->editor->agreement);

  return cf->child ? pa_record_get_child (agreement, cf->child) : agreement;
}

static void
checked_field_show_message (PaCheckedField *cf,
                            const char     *message)
{
  GtkWidget *row = GTK_WIDGET (cf->row);

  g_clear_handle_id (&cf->message_source, g_source_remove);
  gtk_label_set_label (cf->message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (cf->message), message != NULL);
  gtk_widget_set_tooltip_text (row, message);

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* An empty row clears the field only once the user stops there: while
 * they replace a value, the row is empty for a moment, and the old value
 * must stay until the new one is valid. */
static gboolean
checked_field_is_empty (PaCheckedField *cf)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (cf->row))));

  return *stripped == '\0';
}

/* The user paused, pressed Enter or left the row: say what is wrong, or
 * clear the field if they emptied it. */
static void
checked_field_settle (PaCheckedField *cf)
{
  g_clear_handle_id (&cf->message_source, g_source_remove);

  if (cf->editor->agreement == NULL)
    return;

  if (checked_field_is_empty (cf))
    {
      pa_record_set_string (checked_field_record (cf), cf->field, NULL);
      checked_field_show_message (cf, NULL);
      return;
    }

  if (cf->pending_error != NULL)
    checked_field_show_message (cf, cf->pending_error);
}

static gboolean
checked_field_timeout (gpointer data)
{
  PaCheckedField *cf = data;

  cf->message_source = 0;
  checked_field_settle (cf);
  return G_SOURCE_REMOVE;
}

/* Reads the row: stores a valid value at once; anything else waits. */
static void
checked_field_changed (PaCheckedField *cf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *value = NULL;

  if (cf->editor->loading || cf->editor->agreement == NULL)
    return;

  g_clear_pointer (&cf->pending_error, g_free);
  g_clear_handle_id (&cf->message_source, g_source_remove);
  stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (cf->row))));

  if (*stripped != '\0')
    {
      value = cf->parse (stripped, &error);
      if (value != NULL)
        {
          pa_record_set_string (checked_field_record (cf), cf->field, value);
          checked_field_show_message (cf, NULL);
          return;
        }
      /* The model keeps its last valid value; the typed text stays. */
      cf->pending_error = g_strdup (error->message);
    }

  cf->message_source = g_timeout_add (MESSAGE_DELAY_MS, checked_field_timeout, cf);
}

/* Enter or leaving the row: judge now, and tidy a valid text. */
static void
checked_field_commit (PaCheckedField *cf)
{
  const char *value;
  g_autofree char *shown = NULL;

  if (cf->editor->agreement == NULL)
    return;

  checked_field_settle (cf);
  if (cf->pending_error != NULL)
    return;

  value = pa_record_get_string (checked_field_record (cf), cf->field);
  shown = cf->format (value);
  if (value != NULL && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (cf->row))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (cf->row), shown);
}

static void
on_checked_row_changed (GtkEditable    *editable,
                        PaCheckedField *cf)
{
  checked_field_changed (cf);
}

static void
on_checked_row_activated (AdwEntryRow    *row,
                          PaCheckedField *cf)
{
  checked_field_commit (cf);
}

static void
on_checked_row_focus_leave (GtkEventControllerFocus *controller,
                            PaCheckedField          *cf)
{
  checked_field_commit (cf);
}

static void
checked_field_setup (PaEditor     *self,
                     guint         index,
                     AdwEntryRow  *row,
                     GtkLabel     *message,
                     const char   *child,
                     const char   *field,
                     char       *(*parse)  (const char *, GError **),
                     char       *(*format) (const char *))
{
  PaCheckedField *cf = &self->checked[index];
  GtkEventController *focus = gtk_event_controller_focus_new ();

  cf->editor = self;
  cf->row = row;
  cf->message = message;
  cf->child = child;
  cf->field = field;
  cf->parse = parse;
  cf->format = format;

  g_signal_connect (row, "changed", G_CALLBACK (on_checked_row_changed), cf);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_checked_row_activated), cf);
  g_signal_connect (focus, "leave", G_CALLBACK (on_checked_row_focus_leave), cf);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL,
                                  -1);
}

static void
checked_field_load (PaCheckedField *cf)
{
  g_autofree char *text = NULL;

  g_clear_pointer (&cf->pending_error, g_free);
  checked_field_show_message (cf, NULL);

  if (cf->editor->agreement != NULL)
    text = cf->format (pa_record_get_string (checked_field_record (cf), cf->field));
  gtk_editable_set_text (GTK_EDITABLE (cf->row), text ? text : "");
}

/* Period: the length, and whether it ends before it starts. */

static void
pa_editor_update_period (PaEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *text = NULL;
  const char *start = NULL;
  const char *end = NULL;

  if (self->agreement != NULL)
    {
      start = pa_record_get_string (PA_RECORD (self->agreement), "start-date");
      end = pa_record_get_string (PA_RECORD (self->agreement), "end-date");
    }

  pa_validate_period (start, end, &error);
  gtk_label_set_label (self->period_message, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->period_message), error != NULL);

  duration = pa_labels_duration (start, end);
  if (duration != NULL)
    /* Translators: %s is a length like "4 weeks and 2 days" */
    text = g_strdup_printf (_("Duration: %s"), duration);
  gtk_label_set_label (self->duration_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->duration_label), text != NULL);
}

/* Target groups come from the rule set in force on the start date. */

static void
pa_editor_load_target_groups (PaEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = NULL;
  const char *start = NULL;
  PaRuleBook *book;
  PaRuleSet *rule_set = NULL;
  guint selected = 0;

  if (self->agreement != NULL)
    {
      current = pa_record_get_string (pa_record_get_child (PA_RECORD (self->agreement), "citizen"),
                                      "target-group");
      start = pa_record_get_string (PA_RECORD (self->agreement), "start-date");
    }

  book = pa_rule_book_get_default ();
  if (book != NULL)
    rule_set = pa_rule_book_get_for_date (book, start);
  self->rule_set = rule_set;

  g_ptr_array_set_size (self->target_group_ids, 0);
  g_ptr_array_add (self->target_group_ids, NULL);
  /* Translators: the target group has not been chosen yet */
  gtk_string_list_append (labels, _("Not chosen"));

  if (rule_set != NULL)
    {
      GPtrArray *groups = pa_rule_set_get_target_groups (rule_set);

      for (guint i = 0; groups != NULL && i < groups->len; i++)
        {
          const PaTargetGroup *group = g_ptr_array_index (groups, i);

          g_ptr_array_add (self->target_group_ids, g_strdup (group->id));
          gtk_string_list_append (labels, group->label);
          if (g_strcmp0 (group->id, current) == 0)
            selected = i + 1;
        }
    }

  /* A group the current rules no longer know is kept, not dropped. */
  if (current != NULL && selected == 0)
    {
      g_ptr_array_add (self->target_group_ids, g_strdup (current));
      gtk_string_list_append (labels, current);
      selected = self->target_group_ids->len - 1;
    }

  adw_combo_row_set_model (self->target_group_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->target_group_row, selected);
}

static void
on_target_group_selected (PaEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->target_group_row);
  PaRecord *citizen;

  if (self->loading || self->agreement == NULL ||
      selected == GTK_INVALID_LIST_POSITION || selected >= self->target_group_ids->len)
    return;

  citizen = pa_record_get_child (PA_RECORD (self->agreement), "citizen");
  pa_record_set_string (citizen, "target-group",
                        g_ptr_array_index (self->target_group_ids, selected));
}

static void
on_start_date_changed (PaEditor *self)
{
  PaRuleBook *book = pa_rule_book_get_default ();
  const char *start = pa_record_get_string (PA_RECORD (self->agreement), "start-date");
  gboolean was_loading = self->loading;

  pa_editor_update_period (self);

  /* Another rule set may be in force on the new start date. */
  if (book == NULL || pa_rule_book_get_for_date (book, start) == self->rule_set)
    return;

  self->loading = TRUE;
  pa_editor_load_target_groups (self);
  self->loading = was_loading;
}

/* Bindings of the plain fields. */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *s = g_value_get_string (from);

  g_value_set_string (to, s ? s : "");
  return TRUE;
}

static gboolean
status_to_index (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char *status = g_value_get_string (from);

  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    if (g_strcmp0 (status, pa_agreement_statuses[i]) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  g_value_set_uint (to, 0);
  return TRUE;
}

static gboolean
index_to_status (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  guint index = g_value_get_uint (from);

  if (index >= g_strv_length ((char **) pa_agreement_statuses))
    return FALSE;
  g_value_set_string (to, pa_agreement_statuses[index]);
  return TRUE;
}

static void
bind_text (PaEditor    *self,
           PaRecord    *record,
           const char  *field,
           AdwEntryRow *row)
{
  GBinding *binding =
    g_object_bind_property_full (record, field, row, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 string_to_text, NULL, NULL, NULL);

  g_ptr_array_add (self->bindings, binding);
}

static void
pa_editor_unbind (PaEditor *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
}

static void
pa_editor_bind (PaEditor *self)
{
  PaRecord *agreement = PA_RECORD (self->agreement);
  PaRecord *citizen = pa_record_get_child (agreement, "citizen");
  PaRecord *company = pa_record_get_child (agreement, "company");

  bind_text (self, citizen, "name", self->citizen_name_row);
  bind_text (self, company, "name", self->company_name_row);
  g_ptr_array_add (self->bindings,
                   g_object_bind_property_full (agreement, "status",
                                                self->status_row, "selected",
                                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                status_to_index, index_to_status,
                                                NULL, NULL));

  g_signal_connect_swapped (agreement, "notify::start-date",
                            G_CALLBACK (on_start_date_changed), self);
  g_signal_connect_swapped (agreement, "notify::end-date",
                            G_CALLBACK (pa_editor_update_period), self);
}

static void
pa_editor_dispose (GObject *object)
{
  PaEditor *self = PA_EDITOR (object);

  pa_editor_unbind (self);
  for (guint i = 0; i < N_CHECKED; i++)
    {
      g_clear_handle_id (&self->checked[i].message_source, g_source_remove);
      g_clear_pointer (&self->checked[i].pending_error, g_free);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_EDITOR);

  g_clear_object (&self->agreement);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->target_group_ids, g_ptr_array_unref);

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

  /* Referencing the resources links them in from the static library;
   * their constructor registers them. */
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PaEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, steps_box);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, citizen_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, cpr_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, target_group_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, cpr_message);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, company_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, cvr_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, cvr_message);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, start_date_message);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, end_date_message);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, period_message);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, duration_label);
  gtk_widget_class_bind_template_child (widget_class, PaEditor, status_row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "editor");
}

static void
pa_editor_init_status_row (PaEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    gtk_string_list_append (labels, pa_labels_status (pa_agreement_statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));
}

/* AdwPasswordEntryRow 1.2 leaves its show/hide button without a name. */
static void
label_unnamed_buttons (GtkWidget  *widget,
                       const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                        -1);
      label_unnamed_buttons (child, label);
    }
}

static void
pa_editor_init (PaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new ();
  self->target_group_ids = g_ptr_array_new_with_free_func (g_free);

  checked_field_setup (self, CHECKED_CPR, self->cpr_row, self->cpr_message,
                       "citizen", "cpr", parse_cpr, format_as_is);
  checked_field_setup (self, CHECKED_CVR, self->cvr_row, self->cvr_message,
                       "company", "cvr", parse_cvr, format_as_is);
  checked_field_setup (self, CHECKED_START_DATE, self->start_date_row, self->start_date_message,
                       NULL, "start-date", parse_start_date, pa_format_date);
  checked_field_setup (self, CHECKED_END_DATE, self->end_date_row, self->end_date_message,
                       NULL, "end-date", parse_end_date, pa_format_date);

  pa_editor_init_status_row (self);
  label_unnamed_buttons (GTK_WIDGET (self->cpr_row), _("Show or hide the CPR number"));
  g_signal_connect_swapped (self->target_group_row, "notify::selected",
                            G_CALLBACK (on_target_group_selected), self);
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
 * Shows @agreement; every edit goes straight into it.
 */
void
pa_editor_set_agreement (PaEditor    *self,
                         PaAgreement *agreement)
{
  g_return_if_fail (PA_IS_EDITOR (self));
  g_return_if_fail (agreement == NULL || PA_IS_AGREEMENT (agreement));

  if (self->agreement == agreement)
    return;

  self->loading = TRUE;

  pa_editor_unbind (self);
  g_set_object (&self->agreement, agreement);

  if (agreement != NULL)
    pa_editor_bind (self);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->citizen_name_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->company_name_row), "");
    }

  for (guint i = 0; i < N_CHECKED; i++)
    checked_field_load (&self->checked[i]);
  pa_editor_load_target_groups (self);
  pa_editor_update_period (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  self->loading = FALSE;

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

  for (guint i = 0; i < N_CHECKED; i++)
    checked_field_settle (&self->checked[i]);
}

/* Puts the cursor in the first field, for a new agreement. */
void
pa_editor_focus_start (PaEditor *self)
{
  g_return_if_fail (PA_IS_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->citizen_name_row));
}

/* Test access, see pa-editor-private.h. */

AdwEntryRow *
pa_editor_get_citizen_name_row (PaEditor *self)
{
  return self->citizen_name_row;
}

AdwEntryRow *
pa_editor_get_cpr_row (PaEditor *self)
{
  return self->cpr_row;
}

AdwComboRow *
pa_editor_get_target_group_row (PaEditor *self)
{
  return self->target_group_row;
}

AdwEntryRow *
pa_editor_get_company_name_row (PaEditor *self)
{
  return self->company_name_row;
}

AdwEntryRow *
pa_editor_get_cvr_row (PaEditor *self)
{
  return self->cvr_row;
}

AdwEntryRow *
pa_editor_get_start_date_row (PaEditor *self)
{
  return self->start_date_row;
}

AdwEntryRow *
pa_editor_get_end_date_row (PaEditor *self)
{
  return self->end_date_row;
}

AdwComboRow *
pa_editor_get_status_row (PaEditor *self)
{
  return self->status_row;
}

GtkLabel *
pa_editor_get_message_for_row (PaEditor    *self,
                               AdwEntryRow *row)
{
  for (guint i = 0; i < N_CHECKED; i++)
    if (self->checked[i].row == row)
      return self->checked[i].message;
  return NULL;
}

GtkLabel *
pa_editor_get_period_message (PaEditor *self)
{
  return self->period_message;
}

GtkLabel *
pa_editor_get_duration_label (PaEditor *self)
{
  return self->duration_label;
}
