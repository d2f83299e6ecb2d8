/* pa-field-message.c: what is wrong or worth knowing about one field, shown under it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field can have a message of its own (a CPR number with the wrong
 * shape, typed a moment ago) and findings of the rules engine (more hours
 * than a full-time week). Each line has an icon and words, so the
 * severity never rests on colour alone. Errors come first.
 *
 * Under a row of a boxed list the message sits in a row of its own right
 * below it, hidden while there is nothing to say.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-field-message.h"
#include "pa-message-row.h"
#include "pa-field-state.h"

#define MESSAGE_KEY "pa-field-message"

typedef struct {
  char       *source;     /* NULL: a finding */
  PaSeverity  severity;
  char       *text;
  char       *reference;
} Line;

struct _PaFieldMessage
{
  GtkWidget  parent_instance;

  GPtrArray *lines;       /* (element-type Line) */
  GtkWidget *row;         /* (unowned) (nullable): the row that holds us */
};

G_DEFINE_FINAL_TYPE (PaFieldMessage, pa_field_message, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
line_free (Line *line)
{
  g_free (line->source);
  g_free (line->text);
  g_free (line->reference);
  g_free (line);
}

const char *
pa_severity_icon_name (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case PA_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case PA_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

/* What a screen reader says for the icon. */
const char *
pa_severity_label (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      /* Translators: spoken before a message that must be fixed */
      return _("Error");
    case PA_SEVERITY_WARNING:
      /* Translators: spoken before a message that should be looked at */
      return _("Warning");
    case PA_SEVERITY_INFO:
    default:
      /* Translators: spoken before a message that is good to know */
      return _("Note");
    }
}

const char *
pa_severity_css_class (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      return "error";
    case PA_SEVERITY_WARNING:
      return "warning";
    case PA_SEVERITY_INFO:
    default:
      return "info";
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *la = *(const Line **) a;
  const Line *lb = *(const Line **) b;

  return (int) lb->severity - (int) la->severity;
}

static GtkWidget *
line_widget (const Line *line)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (pa_severity_icon_name (line->severity));
  GtkWidget *label;

  if (line->reference != NULL && *line->reference != '\0')
    {
      g_autofree char *text = g_markup_escape_text (line->text, -1);
      g_autofree char *reference = g_markup_escape_text (line->reference, -1);
      /* The paragraph behind the message, quieter than the message. */
      g_autofree char *markup = g_strdup_printf ("%s  <span alpha=\"70%%\">%s</span>", text, reference);

      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
    }
  else
    label = gtk_label_new (line->text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pa_severity_label (line->severity),
                                  -1);

  gtk_widget_add_css_class (box, "field-message-line");
  gtk_widget_add_css_class (box, pa_severity_css_class (line->severity));
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
pa_field_message_update (PaFieldMessage *self)
{
  GtkWidget *child;
  gboolean visible = self->lines->len > 0;
  g_autofree char *text = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_ptr_array_sort (self->lines, compare_lines);
  for (guint i = 0; i < self->lines->len; i++)
    gtk_widget_set_parent (line_widget (g_ptr_array_index (self->lines, i)), GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self), visible);

  for (guint i = PA_SEVERITY_INFO; i <= PA_SEVERITY_ERROR; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), pa_severity_css_class (i));
  if (visible)
    gtk_widget_add_css_class (GTK_WIDGET (self),
                              pa_severity_css_class (pa_field_message_get_severity (self)));

  if (self->row != NULL)
    {
      text = pa_field_message_get_text (self);
      gtk_widget_set_visible (self->row, visible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text ? text : "",
                                      -1);
      for (guint i = PA_SEVERITY_INFO; i <= PA_SEVERITY_ERROR; i++)
        gtk_widget_remove_css_class (self->row, pa_severity_css_class (i));
      if (visible)
        gtk_widget_add_css_class (self->row,
                                  pa_severity_css_class (pa_field_message_get_severity (self)));
    }
}

static void
pa_field_message_dispose (GObject *object)
{
  PaFieldMessage *self = PA_FIELD_MESSAGE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_field_message_parent_class)->dispose (object);
}

static void
pa_field_message_class_init (PaFieldMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_field_message_dispose;

  /**
   * PaFieldMessage::changed:
   *
   * The field's own message changed (not the findings of the checks):
   * what the summary and the step's mark say follows it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fieldmessage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pa_field_message_init (PaFieldMessage *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  gtk_widget_add_css_class (GTK_WIDGET (self), "field-message");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pa_field_message_new (void)
{
  return g_object_new (PA_TYPE_FIELD_MESSAGE, NULL);
}

/**
 * pa_field_message_new_row:
 * @message: (out) (transfer none): the message in the row
 *
 * Returns: (transfer floating): a row of a boxed list that shows only
 *   while @message has something to say, and says it to a screen reader
 */
GtkWidget *
pa_field_message_new_row (PaFieldMessage **message)
{
  PaFieldMessage *self = PA_FIELD_MESSAGE (pa_field_message_new ());
  GtkWidget *holder;

  /* Passes Tab on to the next field, instead of out of the list. */
  holder = pa_message_row_new (GTK_WIDGET (self));
  gtk_widget_add_css_class (holder, "field-message-row");
  self->row = holder;
  *message = self;
  return holder;
}

/* A row of its own, right under @row, that shows only with a message. */
static PaFieldMessage *
pa_field_message_new_after_row (GtkListBoxRow *row)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (row));
  PaFieldMessage *self;
  GtkWidget *holder = pa_field_message_new_row (&self);

  gtk_list_box_insert (GTK_LIST_BOX (list), holder, gtk_list_box_row_get_index (row) + 1);
  return self;
}

/**
 * pa_field_message_for_widget:
 *
 * The message of the field edited by @widget: the one given with
 * pa_field_message_set_for_widget(), or a new one in a row under the
 * boxed-list row that holds @widget.
 *
 * Returns: (transfer none) (nullable): the message, or %NULL when
 *   @widget has none and is in no list
 */
PaFieldMessage *
pa_field_message_for_widget (GtkWidget *widget)
{
  PaFieldMessage *message;
  GtkWidget *row;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  message = g_object_get_data (G_OBJECT (widget), MESSAGE_KEY);
  if (message != NULL)
    return message;

  row = GTK_IS_LIST_BOX_ROW (widget) ? widget : gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || !GTK_IS_LIST_BOX (gtk_widget_get_parent (row)))
    return NULL;

  message = pa_field_message_new_after_row (GTK_LIST_BOX_ROW (row));
  pa_field_message_set_for_widget (widget, message);
  return message;
}

/* @message says what there is to say about @widget's field. */
void
pa_field_message_set_for_widget (GtkWidget      *widget,
                                 PaFieldMessage *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PA_IS_FIELD_MESSAGE (message));

  g_object_set_data (G_OBJECT (widget), MESSAGE_KEY, message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL,
                                  -1);
}

static void
pa_field_message_remove (PaFieldMessage *self,
                         const char     *source)
{
  for (guint i = self->lines->len; i > 0; i--)
    {
      Line *line = g_ptr_array_index (self->lines, i - 1);

      if (g_strcmp0 (line->source, source) == 0)
        g_ptr_array_remove_index (self->lines, i - 1);
    }
}

/**
 * pa_field_message_set:
 * @source: who says it, e.g. "format": a new text replaces the old one
 * @text: (nullable): the message; %NULL clears it
 */
void
pa_field_message_set (PaFieldMessage *self,
                      const char     *source,
                      PaSeverity      severity,
                      const char     *text)
{
  Line *line;

  g_return_if_fail (PA_IS_FIELD_MESSAGE (self));
  g_return_if_fail (source != NULL);

  if (g_strcmp0 (pa_field_message_get_source_text (self, source), text) == 0)
    return;

  pa_field_message_remove (self, source);
  if (text != NULL)
    {
      line = g_new0 (Line, 1);
      line->source = g_strdup (source);
      line->severity = severity;
      line->text = g_strdup (text);
      g_ptr_array_add (self->lines, line);
    }
  pa_field_message_update (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
pa_field_message_clear (PaFieldMessage *self,
                        const char     *source)
{
  pa_field_message_set (self, source, PA_SEVERITY_INFO, NULL);
}

void
pa_field_message_add_finding (PaFieldMessage  *self,
                              const PaFinding *finding)
{
  Line *line;

  g_return_if_fail (PA_IS_FIELD_MESSAGE (self));
  g_return_if_fail (finding != NULL);

  /* One message per problem: the field may say it already. */
  for (guint i = 0; i < self->lines->len; i++)
    if (g_strcmp0 (((Line *) g_ptr_array_index (self->lines, i))->text, finding->message) == 0)
      return;

  line = g_new0 (Line, 1);
  line->severity = finding->severity;
  line->text = g_strdup (finding->message);
  line->reference = g_strdup (finding->reference);
  g_ptr_array_add (self->lines, line);
  pa_field_message_update (self);
}

void
pa_field_message_clear_findings (PaFieldMessage *self)
{
  g_return_if_fail (PA_IS_FIELD_MESSAGE (self));

  if (!pa_field_message_has_source (self, NULL))
    return;
  pa_field_message_remove (self, NULL);
  pa_field_message_update (self);
}

/* Whether a line from @source is shown; %NULL: any finding. */
gboolean
pa_field_message_has_source (PaFieldMessage *self,
                             const char     *source)
{
  g_return_val_if_fail (PA_IS_FIELD_MESSAGE (self), FALSE);

  for (guint i = 0; i < self->lines->len; i++)
    if (g_strcmp0 (((Line *) g_ptr_array_index (self->lines, i))->source, source) == 0)
      return TRUE;
  return FALSE;
}

/* The line from @source, or %NULL. */
const char *
pa_field_message_get_source_text (PaFieldMessage *self,
                                  const char     *source)
{
  g_return_val_if_fail (PA_IS_FIELD_MESSAGE (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      if (g_strcmp0 (line->source, source) == 0)
        return line->text;
    }
  return NULL;
}

/* The highest severity shown, or PA_FIELD_MESSAGE_NONE. */
int
pa_field_message_get_severity (PaFieldMessage *self)
{
  int severity = PA_FIELD_MESSAGE_NONE;

  g_return_val_if_fail (PA_IS_FIELD_MESSAGE (self), PA_FIELD_MESSAGE_NONE);

  for (guint i = 0; i < self->lines->len; i++)
    severity = MAX (severity, (int) ((Line *) g_ptr_array_index (self->lines, i))->severity);
  return severity;
}

/**
 * pa_field_message_get_text:
 *
 * Returns: (transfer full) (nullable): the lines as shown, one per line,
 *   or %NULL when there is nothing to say
 */
char *
pa_field_message_get_text (PaFieldMessage *self)
{
  GString *text;

  g_return_val_if_fail (PA_IS_FIELD_MESSAGE (self), NULL);

  if (self->lines->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line->text);
    }
  return g_string_free (text, FALSE);
}

/**
 * pa_field_message_collect_local:
 * @path: the field's path, for the findings
 * @into: (element-type PaFinding): where to add them
 *
 * Adds what the field says of itself (not the findings of the checks)
 * to @into, as findings of @path.
 */
void
pa_field_message_collect_local (PaFieldMessage *self,
                                const char     *path,
                                GPtrArray      *into)
{
  g_return_if_fail (PA_IS_FIELD_MESSAGE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (into != NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      PaFinding *finding;

      if (line->source == NULL)
        continue;
      finding = g_new0 (PaFinding, 1);
      finding->severity = line->severity;
      finding->code = g_strdup (PA_FIELD_LOCAL_CODE);
      finding->message = g_strdup (line->text);
      finding->field = g_strdup (path);
      g_ptr_array_add (into, finding);
    }
}
