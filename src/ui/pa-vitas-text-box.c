/* pa-vitas-text-box.c: one VITAS text in step 8: editable, counted, copied, composed again
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text composed from the agreement, in a text area the consultant may
 * edit. An edit goes into the agreement at once, with the composed text
 * it started from (pa-vitas-compose.h); the box then says it is edited,
 * and when the agreement has changed since, that composing again would
 * give another text, with the choice to compose again or keep the edit.
 * Nothing overwrites an edit without the consultant asking for it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-text-area.h"
#include "pa-vitas-text-box.h"

struct _PaVitasTextBox
{
  GtkWidget       parent_instance;

  PaVitasText     text;
  PaAgreement    *agreement;
  PaVitasState    state;
  gboolean        updating;
  guint           copied_source;

  PaTextArea     *area;
  GtkWidget      *outdated_box;
  GtkLabel       *count_label;
  GtkButton      *copy_button;
  GtkButton      *compose_button;
  GtkButton      *keep_button;
};

G_DEFINE_FINAL_TYPE (PaVitasTextBox, pa_vitas_text_box, GTK_TYPE_WIDGET)

static GtkTextBuffer *
buffer_of (PaVitasTextBox *self)
{
  return gtk_text_view_get_buffer (pa_text_area_get_text_view (self->area));
}

static char *
buffer_text (PaVitasTextBox *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (self), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (self), &start, &end, FALSE);
}

static void
update_count (PaVitasTextBox *self)
{
  int n = gtk_text_buffer_get_char_count (buffer_of (self));
  /* Translators: the length of a VITAS text, "1234 tegn" */
  g_autofree char *count = g_strdup_printf (ngettext ("%d character", "%d characters", n), n);

  gtk_label_set_label (self->count_label, count);
}

static void
show_state (PaVitasTextBox *self)
{
  const char *description;

  switch (self->state)
    {
    case PA_VITAS_STATE_EDITED:
    case PA_VITAS_STATE_OUTDATED:
      description = _("Edited by you. Changes to the agreement do not overwrite your text.");
      break;
    case PA_VITAS_STATE_COMPOSED:
    default:
      description = _("Composed from the agreement. Edit it here if you like: your edit is kept.");
      break;
    }
  pa_text_area_set_description (self->area, description);
  gtk_widget_set_visible (GTK_WIDGET (self->compose_button), self->state == PA_VITAS_STATE_EDITED);
  gtk_widget_set_visible (self->outdated_box, self->state == PA_VITAS_STATE_OUTDATED);
}

void
pa_vitas_text_box_refresh (PaVitasTextBox *self)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *view;

  g_return_if_fail (PA_IS_VITAS_TEXT_BOX (self));

  if (self->agreement == NULL)
    {
      self->updating = TRUE;
      gtk_text_buffer_set_text (buffer_of (self), "", -1);
      self->updating = FALSE;
      self->state = PA_VITAS_STATE_COMPOSED;
      show_state (self);
      return;
    }

  self->state = pa_vitas_get_state (self->agreement, self->text);
  text = pa_vitas_get_text (self->agreement, self->text);
  shown = buffer_text (self);
  view = GTK_WIDGET (pa_text_area_get_text_view (self->area));
  /* An emptied box the consultant is typing in stays empty. */
  if (g_strcmp0 (text, shown) != 0 && !(*shown == '\0' && gtk_widget_has_focus (view)))
    {
      self->updating = TRUE;
      gtk_text_buffer_set_text (buffer_of (self), text, -1);
      self->updating = FALSE;
    }
  update_count (self);
  show_state (self);
}

static void
on_buffer_changed (PaVitasTextBox *self)
{
  g_autofree char *text = NULL;

  update_count (self);
  if (self->updating || self->agreement == NULL)
    return;
  text = buffer_text (self);
  pa_vitas_keep_edit (self->agreement, self->text, text);
  self->state = pa_vitas_get_state (self->agreement, self->text);
  show_state (self);
}

static gboolean
reset_copy_label (gpointer data)
{
  PaVitasTextBox *self = data;

  self->copied_source = 0;
  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (self->copy_button)), _("Copy"));
  return G_SOURCE_REMOVE;
}

static void
on_copy (PaVitasTextBox *self)
{
  g_autofree char *text = buffer_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  /* Translators: the copy button's label for a moment after copying */
  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (self->copy_button)), _("Copied"));
  g_clear_handle_id (&self->copied_source, g_source_remove);
  self->copied_source = g_timeout_add_seconds (3, reset_copy_label, self);
}

static void
on_compose_again (PaVitasTextBox *self)
{
  if (self->agreement == NULL)
    return;
  pa_vitas_compose_again (self->agreement, self->text);
  pa_vitas_text_box_refresh (self);
}

static void
on_keep (PaVitasTextBox *self)
{
  if (self->agreement == NULL)
    return;
  pa_vitas_accept_edit (self->agreement, self->text);
  pa_vitas_text_box_refresh (self);
}

/* Building */

static GtkButton *
add_button (GtkWidget  *box,
            const char *label,
            const char *name,
            const char *tooltip,
            GCallback   callback,
            gpointer    data)
{
  GtkWidget *button = gtk_button_new ();

  /* The text as a label child, not the button's label: the window's
   * tidying of names keeps the fuller name given here. */
  gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (label));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect_swapped (button, "clicked", callback, data);
  gtk_box_append (GTK_BOX (box), button);
  return GTK_BUTTON (button);
}

static void
build_outdated (PaVitasTextBox *self,
                const char     *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (_("The agreement has changed since you edited this text. Composed again, it would read differently."));
  g_autofree char *compose_name = g_strdup_printf (_("Compose the %s again"), title);
  g_autofree char *keep_name = g_strdup_printf (_("Keep my edit of the %s"), title);

  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "warning");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  add_button (box, _("Compose Again"), compose_name,
              _("Replace your edit with the text composed from the agreement now"),
              G_CALLBACK (on_compose_again), self);
  self->keep_button = add_button (box, _("Keep My Text"), keep_name,
                                  _("Keep your edit and stop saying the agreement has changed"),
                                  G_CALLBACK (on_keep), self);
  gtk_widget_set_visible (box, FALSE);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  self->outdated_box = box;
}

static void
build_footer (PaVitasTextBox *self,
              const char     *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *count = gtk_label_new (NULL);
  g_autofree char *copy_name = g_strdup_printf (_("Copy the %s"), title);
  g_autofree char *compose_name = g_strdup_printf (_("Compose the %s again"), title);

  gtk_label_set_xalign (GTK_LABEL (count), 0);
  gtk_widget_set_hexpand (count, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "caption");
  gtk_box_append (GTK_BOX (box), count);
  self->count_label = GTK_LABEL (count);
  self->compose_button = add_button (box, _("Compose Again"), compose_name,
                                     _("Replace your edit with the text composed from the agreement now"),
                                     G_CALLBACK (on_compose_again), self);
  self->copy_button = add_button (box, _("Copy"), copy_name,
                                  _("Copy the text, to paste it into VITAS"),
                                  G_CALLBACK (on_copy), self);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
}

static void
pa_vitas_text_box_build (PaVitasTextBox *self)
{
  const char *title = pa_vitas_text_title (self->text);
  g_autofree char *lower = g_utf8_strdown (title, -1);

  self->area = PA_TEXT_AREA (pa_text_area_new (title));
  gtk_widget_set_parent (GTK_WIDGET (self->area), GTK_WIDGET (self));
  build_outdated (self, lower);
  build_footer (self, lower);
  g_signal_connect_object (buffer_of (self), "changed", G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
  update_count (self);
  show_state (self);
}

void
pa_vitas_text_box_set_agreement (PaVitasTextBox *self,
                                 PaAgreement    *agreement)
{
  g_return_if_fail (PA_IS_VITAS_TEXT_BOX (self));

  g_set_object (&self->agreement, agreement);
  /* A new agreement's text replaces whatever the box showed. */
  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer_of (self), "", -1);
  self->updating = FALSE;
  pa_vitas_text_box_refresh (self);
}

GtkTextView *
pa_vitas_text_box_get_text_view (PaVitasTextBox *self)
{
  g_return_val_if_fail (PA_IS_VITAS_TEXT_BOX (self), NULL);

  return pa_text_area_get_text_view (self->area);
}

PaVitasState
pa_vitas_text_box_get_state (PaVitasTextBox *self)
{
  g_return_val_if_fail (PA_IS_VITAS_TEXT_BOX (self), PA_VITAS_STATE_COMPOSED);

  return self->state;
}

/* GObject */

static void
pa_vitas_text_box_dispose (GObject *object)
{
  PaVitasTextBox *self = PA_VITAS_TEXT_BOX (object);
  GtkWidget *child;

  g_clear_handle_id (&self->copied_source, g_source_remove);
  g_clear_object (&self->agreement);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pa_vitas_text_box_parent_class)->dispose (object);
}

static void
pa_vitas_text_box_class_init (PaVitasTextBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_vitas_text_box_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vitas-text");
}

static void
pa_vitas_text_box_init (PaVitasTextBox *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
}

GtkWidget *
pa_vitas_text_box_new (PaVitasText text)
{
  PaVitasTextBox *self = g_object_new (PA_TYPE_VITAS_TEXT_BOX, NULL);

  self->text = text;
  pa_vitas_text_box_build (self);
  return GTK_WIDGET (self);
}
