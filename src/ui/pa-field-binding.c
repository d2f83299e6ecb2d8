/* pa-field-binding.c: keeps a widget and a field of the model in step
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain fields are GBindings. Fields with a format (CPR, CVR, P-number,
 * e-mail, dates, times) are "checked": the model only takes a valid value,
 * and the text the user typed stays in the row with a sentence under it
 * that says what is wrong. The sentence waits until the user pauses,
 * presses Enter or leaves the row, so it does not nag while they type.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-field-binding.h"
#include "pa-field-message.h"

/* How long the user may pause in a half-typed field before it is called
 * wrong. */
#define MESSAGE_DELAY_MS 1200
#define MESSAGE_SOURCE "format"

struct _PaFieldBinding
{
  GObject          parent_instance;

  PaRecord        *record;
  char            *field;
  GtkWidget       *widget;        /* (weak) */
  GBinding        *binding;       /* (unowned) (nullable) */

  /* Checked fields */
  PaFieldFormat    format;
  char            *label;
  PaFieldMessage  *message;       /* (weak) (nullable) */
  GtkEventController *focus;      /* (unowned) */
  char            *pending_error;
  guint            message_source;
  gboolean         updating;
  gboolean         checked;

  /* Choice fields */
  GPtrArray       *ids;
};

G_DEFINE_FINAL_TYPE (PaFieldBinding, pa_field_binding, G_TYPE_OBJECT)

static void
pa_field_binding_finalize (GObject *object)
{
  PaFieldBinding *self = PA_FIELD_BINDING (object);

  pa_field_binding_unbind (self);
  g_clear_object (&self->record);
  g_free (self->field);
  g_free (self->label);
  g_free (self->pending_error);
  g_clear_pointer (&self->ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_field_binding_parent_class)->finalize (object);
}

static void
pa_field_binding_class_init (PaFieldBindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_field_binding_finalize;
}

static void
pa_field_binding_init (PaFieldBinding *self)
{
}

static PaFieldBinding *
pa_field_binding_new (PaRecord   *record,
                      const char *field,
                      GtkWidget  *widget)
{
  PaFieldBinding *self = g_object_new (PA_TYPE_FIELD_BINDING, NULL);

  self->record = g_object_ref (record);
  self->field = g_strdup (field);
  g_set_weak_pointer (&self->widget, widget);
  return self;
}

/* Plain fields */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  const char *s = g_value_get_string (from);

  g_value_set_string (to, s ? s : "");
  return TRUE;
}

PaFieldBinding *
pa_field_binding_text (PaRecord    *record,
                       const char  *field,
                       GtkEditable *editable)
{
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (editable));
  self->binding = g_object_bind_property_full (record, field, editable, "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               string_to_text, NULL, NULL, NULL);
  return self;
}

PaFieldBinding *
pa_field_binding_text_view (PaRecord    *record,
                            const char  *field,
                            GtkTextView *view)
{
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (view));
  self->binding = g_object_bind_property_full (record, field,
                                               gtk_text_view_get_buffer (view), "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               string_to_text, NULL, NULL, NULL);
  return self;
}

static gboolean
int_to_double (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      data)
{
  g_value_set_double (to, g_value_get_int (from));
  return TRUE;
}

static gboolean
double_to_int (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      data)
{
  g_value_set_int (to, (int) (g_value_get_double (from) + 0.5));
  return TRUE;
}

/* INT and DOUBLE fields alike; the spin button's range is the template's. */
PaFieldBinding *
pa_field_binding_number (PaRecord      *record,
                         const char    *field,
                         GtkSpinButton *spin)
{
  const PaField *f;
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  f = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), field, NULL);
  g_return_val_if_fail (f != NULL, NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (spin));
  if (f->kind == PA_FIELD_INT)
    self->binding = g_object_bind_property_full (record, field, spin, "value",
                                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                 int_to_double, double_to_int, NULL, NULL);
  else
    self->binding = g_object_bind_property (record, field, spin, "value",
                                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return self;
}

PaFieldBinding *
pa_field_binding_boolean (PaRecord   *record,
                          const char *field,
                          GtkWidget  *toggle)
{
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (toggle), NULL);

  self = pa_field_binding_new (record, field, toggle);
  self->binding = g_object_bind_property (record, field, toggle, "active",
                                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return self;
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  PaFieldBinding *self = data;
  const char *id = g_value_get_string (from);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->ids, i), id) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }

  g_value_set_uint (to, GTK_INVALID_LIST_POSITION);
  return TRUE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      data)
{
  PaFieldBinding *self = data;
  guint position = g_value_get_uint (from);

  if (position >= self->ids->len)
    return FALSE;
  g_value_set_string (to, g_ptr_array_index (self->ids, position));
  return TRUE;
}

/**
 * pa_field_binding_choice:
 * @ids: (array length=n_ids): the value of each item of @row's model;
 *   an item with a %NULL id means "not chosen"
 */
PaFieldBinding *
pa_field_binding_choice (PaRecord           *record,
                         const char         *field,
                         AdwComboRow        *row,
                         const char * const *ids,
                         guint               n_ids)
{
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (row));
  self->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_ids; i++)
    g_ptr_array_add (self->ids, g_strdup (ids[i]));

  self->binding = g_object_bind_property_full (record, field, row, "selected",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               id_to_position, position_to_id,
                                               self, NULL);
  return self;
}

static gboolean
int_to_position (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      data)
{
  int position = g_value_get_int (from) - GPOINTER_TO_INT (data);

  g_value_set_uint (to, position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  return TRUE;
}

static gboolean
position_to_int (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_int (to, (int) position + GPOINTER_TO_INT (data));
  return TRUE;
}

/**
 * pa_field_binding_index:
 * @first: the value of the first item of @row's model
 *
 * An INT field chosen from a list: weekday 1 is the first item.
 */
PaFieldBinding *
pa_field_binding_index (PaRecord    *record,
                        const char  *field,
                        AdwComboRow *row,
                        int          first)
{
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (row));
  self->binding = g_object_bind_property_full (record, field, row, "selected",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               int_to_position, position_to_int,
                                               GINT_TO_POINTER (first), NULL);
  return self;
}

/* Checked fields */

static char *
strip_spaces (const char *text)
{
  char *digits = g_strdup (text);
  char *out = digits;

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      *out++ = *p;
  *out = '\0';
  return digits;
}

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

/**
 * pa_parse_user_time:
 *
 * Reads a time as people type it: "8", "8.30", "8:30", "0830".
 *
 * Returns: (transfer full) (nullable): "08:30", or %NULL with @error set
 */
char *
pa_parse_user_time (const char  *label,
                    const char  *text,
                    GError     **error)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  const char *sep = strpbrk (s, ":.");
  int h = -1, m = -1;
  size_t len = strlen (s);
  gboolean digits = TRUE;

  for (const char *p = s; *p; p++)
    if (!g_ascii_isdigit (*p) && p != sep)
      digits = FALSE;

  if (digits && sep != NULL && sep != s && sep[1] != '\0' && strlen (sep + 1) <= 2 && sep - s <= 2)
    {
      h = atoi (s);
      m = atoi (sep + 1);
    }
  else if (digits && sep == NULL && len >= 1 && len <= 2)
    {
      h = atoi (s);
      m = 0;
    }
  else if (digits && sep == NULL && (len == 3 || len == 4))
    {
      m = atoi (s + len - 2);
      s[len - 2] = '\0';
      h = atoi (s);
    }

  if (h < 0 || h > 23 || m < 0 || m > 59)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   /* Translators: %s is the field, e.g. "From" */
                   _("%s: write the time as hours and minutes, for example 8:30."),
                   label);
      return NULL;
    }

  return g_strdup_printf ("%02d:%02d", h, m);
}

/* Returns the value to store, or NULL and sets @error. */
static char *
checked_parse (PaFieldBinding  *self,
               const char      *text,
               GError         **error)
{
  g_autofree char *compact = NULL;

  switch (self->format)
    {
    case PA_FIELD_FORMAT_CPR:
      return parse_cpr (text, error);
    case PA_FIELD_FORMAT_CVR:
      /* People copy CVR numbers as "12 34 56 78". */
      compact = strip_spaces (text);
      return pa_validate_cvr (compact, error) ? g_steal_pointer (&compact) : NULL;
    case PA_FIELD_FORMAT_P_NUMBER:
      compact = strip_spaces (text);
      return pa_validate_p_number (compact, error) ? g_steal_pointer (&compact) : NULL;
    case PA_FIELD_FORMAT_EMAIL:
      return pa_validate_email (self->label, text, error) ? g_strdup (text) : NULL;
    case PA_FIELD_FORMAT_DATE:
      return pa_parse_user_date (self->label, text, error);
    case PA_FIELD_FORMAT_TIME:
      return pa_parse_user_time (self->label, text, error);
    default:
      g_assert_not_reached ();
    }
}

/* Returns the text to show for a stored value. */
static char *
checked_format (PaFieldBinding *self,
                const char     *value)
{
  if (value == NULL)
    return g_strdup ("");
  if (self->format == PA_FIELD_FORMAT_DATE)
    return pa_wording_date_numeric (value);
  return g_strdup (value);
}

static void
checked_show_message (PaFieldBinding *self,
                      const char     *message)
{
  g_clear_handle_id (&self->message_source, g_source_remove);

  if (self->message != NULL)
    pa_field_message_set (self->message, MESSAGE_SOURCE, PA_SEVERITY_ERROR, message);
  if (self->widget == NULL)
    return;

  if (message != NULL)
    gtk_widget_add_css_class (self->widget, "error");
  else
    gtk_widget_remove_css_class (self->widget, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->widget),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
checked_store (PaFieldBinding *self,
               const char     *value)
{
  self->updating = TRUE;
  pa_record_set_string (self->record, self->field, value);
  self->updating = FALSE;
}

static gboolean
checked_is_empty (PaFieldBinding *self)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->widget))));

  return *stripped == '\0';
}

/* The user paused, pressed Enter or left the row: say what is wrong, or
 * clear the field if they emptied it. An empty row clears the field only
 * then: while they replace a value the row is empty for a moment, and the
 * old value must stay until the new one is valid. */
static void
checked_settle (PaFieldBinding *self)
{
  g_clear_handle_id (&self->message_source, g_source_remove);

  if (checked_is_empty (self))
    {
      checked_store (self, NULL);
      checked_show_message (self, NULL);
      return;
    }

  if (self->pending_error != NULL)
    checked_show_message (self, self->pending_error);
}

static gboolean
checked_timeout (gpointer data)
{
  PaFieldBinding *self = data;

  self->message_source = 0;
  checked_settle (self);
  return G_SOURCE_REMOVE;
}

/* Reads the row: stores a valid value at once; anything else waits. */
static void
on_checked_changed (GtkEditable    *editable,
                    PaFieldBinding *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *value = NULL;

  if (self->updating)
    return;

  g_clear_pointer (&self->pending_error, g_free);
  g_clear_handle_id (&self->message_source, g_source_remove);
  stripped = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*stripped != '\0')
    {
      value = checked_parse (self, stripped, &error);
      if (value != NULL)
        {
          checked_store (self, value);
          checked_show_message (self, NULL);
          return;
        }
      /* The model keeps its last valid value; the typed text stays. */
      self->pending_error = g_strdup (error->message);
    }

  self->message_source = g_timeout_add (MESSAGE_DELAY_MS, checked_timeout, self);
}

static void
checked_load (PaFieldBinding *self)
{
  g_autofree char *text = checked_format (self, pa_record_get_string (self->record, self->field));

  g_clear_pointer (&self->pending_error, g_free);
  checked_show_message (self, NULL);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->widget), text);
  self->updating = FALSE;
}

/* Someone else changed the field (undo, another row): show it. */
static void
on_checked_record_notify (PaFieldBinding *self)
{
  if (!self->updating)
    checked_load (self);
}

static void
on_checked_activated (PaFieldBinding *self)
{
  pa_field_binding_commit (self);
}

static void
on_checked_focus_leave (PaFieldBinding *self)
{
  pa_field_binding_commit (self);
}

/**
 * pa_field_binding_checked:
 * @label: the field's name, to start its messages with
 *
 * Messages go to pa_field_message_for_widget() of @row.
 */
PaFieldBinding *
pa_field_binding_checked (PaRecord      *record,
                          const char    *field,
                          AdwEntryRow   *row,
                          PaFieldFormat  format,
                          const char    *label)
{
  g_autofree char *signal = NULL;
  PaFieldBinding *self;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  self = pa_field_binding_new (record, field, GTK_WIDGET (row));
  self->checked = TRUE;
  self->format = format;
  self->label = g_strdup (label);
  g_set_weak_pointer (&self->message, pa_field_message_for_widget (GTK_WIDGET (row)));

  g_signal_connect (row, "changed", G_CALLBACK (on_checked_changed), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_checked_activated), self);
  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus, "leave", G_CALLBACK (on_checked_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (row), self->focus);

  signal = g_strdup_printf ("notify::%s", field);
  g_signal_connect_swapped (record, signal, G_CALLBACK (on_checked_record_notify), self);

  checked_load (self);
  return self;
}

GtkWidget *
pa_field_binding_get_widget (PaFieldBinding *self)
{
  g_return_val_if_fail (PA_IS_FIELD_BINDING (self), NULL);

  return self->widget;
}

/**
 * pa_field_binding_commit:
 *
 * Takes what is typed as if the user had left the row: an emptied field
 * is cleared, a wrong one shows its message, a valid one is tidied
 * ("0101901234" becomes "010190-1234").
 */
void
pa_field_binding_commit (PaFieldBinding *self)
{
  const char *value;
  g_autofree char *shown = NULL;

  g_return_if_fail (PA_IS_FIELD_BINDING (self));

  if (!self->checked || self->widget == NULL)
    return;

  checked_settle (self);
  if (self->pending_error != NULL)
    return;

  value = pa_record_get_string (self->record, self->field);
  shown = checked_format (self, value);
  if (value != NULL && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self->widget))) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->widget), shown);
      self->updating = FALSE;
    }
}

/* Lets go of the widget and the record; the widget keeps what it shows. */
void
pa_field_binding_unbind (PaFieldBinding *self)
{
  g_return_if_fail (PA_IS_FIELD_BINDING (self));

  if (self->binding != NULL)
    {
      g_binding_unbind (self->binding);
      self->binding = NULL;
    }

  if (self->checked)
    {
      g_clear_handle_id (&self->message_source, g_source_remove);
      g_signal_handlers_disconnect_by_data (self->record, self);
      if (self->widget != NULL)
        {
          g_signal_handlers_disconnect_by_data (self->widget, self);
          if (self->focus != NULL)
            gtk_widget_remove_controller (self->widget, self->focus);
          checked_show_message (self, NULL);
        }
      self->focus = NULL;
      self->checked = FALSE;
    }

  g_clear_weak_pointer (&self->widget);
  g_clear_weak_pointer (&self->message);
}

static void
binding_free (gpointer data)
{
  PaFieldBinding *self = data;

  pa_field_binding_unbind (self);
  g_object_unref (self);
}

/* (element-type PaFieldBinding): unbinds each binding it frees. */
GPtrArray *
pa_field_bindings_new (void)
{
  return g_ptr_array_new_with_free_func (binding_free);
}

void
pa_field_bindings_commit (GPtrArray *bindings)
{
  for (guint i = 0; bindings != NULL && i < bindings->len; i++)
    pa_field_binding_commit (g_ptr_array_index (bindings, i));
}
