/* pa-text-area.c: a titled box for text of more than one line
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the texts people write in sentences: the purpose in the citizen's
 * own words, an agenda, notes after a meeting. Tab leaves the box (a
 * keyboard user fills the form with Tab); the messages about the text
 * show under it.
 */
#include "config.h"

#include "pa-field-message.h"
#include "pa-resources.h"
#include "pa-text-area.h"
#include "pa-widget-util.h"

struct _PaTextArea
{
  GtkWidget       parent_instance;

  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkTextView    *text_view;
  PaFieldMessage *message;
};

G_DEFINE_FINAL_TYPE (PaTextArea, pa_text_area, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pa_text_area_dispose (GObject *object)
{

  pa_widget_dispose_template_all (GTK_WIDGET (object), PA_TYPE_TEXT_AREA);

  G_OBJECT_CLASS (pa_text_area_parent_class)->dispose (object);
}

static void
pa_text_area_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaTextArea *self = PA_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_label (self->description_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_text_area_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PaTextArea *self = PA_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pa_text_area_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pa_text_area_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
pa_text_area_grab_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Shift+Tab out of the text offers the focus to the area itself
   * (GtkWidget's focus()): taking it kept the focus in the text. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (PA_TEXT_AREA (widget)->text_view));
}

static void
pa_text_area_class_init (PaTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_text_area_dispose;
  object_class->get_property = pa_text_area_get_property;
  object_class->set_property = pa_text_area_set_property;
  widget_class->grab_focus = pa_text_area_grab_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PA_TYPE_FIELD_MESSAGE);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-text-area.ui");
  gtk_widget_class_bind_template_child (widget_class, PaTextArea, title_label);
  gtk_widget_class_bind_template_child (widget_class, PaTextArea, description_label);
  gtk_widget_class_bind_template_child (widget_class, PaTextArea, text_view);
  gtk_widget_class_bind_template_child (widget_class, PaTextArea, message);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "textarea");
}

static void
pa_text_area_init (PaTextArea *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* Findings for the text show under the box, whichever widget the
   * registry was given. */
  pa_field_message_set_for_widget (GTK_WIDGET (self), self->message);
  pa_field_message_set_for_widget (GTK_WIDGET (self->text_view), self->message);
}

GtkWidget *
pa_text_area_new (const char *title)
{
  return g_object_new (PA_TYPE_TEXT_AREA, "title", title, NULL);
}

GtkTextView *
pa_text_area_get_text_view (PaTextArea *self)
{
  g_return_val_if_fail (PA_IS_TEXT_AREA (self), NULL);

  return self->text_view;
}

const char *
pa_text_area_get_title (PaTextArea *self)
{
  g_return_val_if_fail (PA_IS_TEXT_AREA (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
pa_text_area_set_title (PaTextArea *self,
                        const char *title)
{
  g_return_if_fail (PA_IS_TEXT_AREA (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;
  gtk_label_set_label (self->title_label, title ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
pa_text_area_set_description (PaTextArea *self,
                              const char *description)
{
  g_return_if_fail (PA_IS_TEXT_AREA (self));

  if (g_strcmp0 (description, gtk_label_get_label (self->description_label)) == 0)
    return;
  gtk_label_set_label (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* Returns: (transfer full): the text as typed */
char *
pa_text_area_get_text (PaTextArea *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PA_IS_TEXT_AREA (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
