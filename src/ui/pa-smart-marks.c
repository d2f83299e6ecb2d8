/* pa-smart-marks.c: the five S-M-A-R-T marks of a goal card
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each mark is the part's letter with an icon and a word for its state,
 * so the verdict never rests on colour alone; its accessible name reads
 * the verdict and the first hint ("Specifikt: mangler — nævn opgaven").
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-smart-marks.h"

struct _PaSmartMarks
{
  GtkWidget  parent_instance;

  GtkWidget *marks[PA_SMART_N_PARTS];
  GtkImage  *icons[PA_SMART_N_PARTS];
  GtkLabel  *states[PA_SMART_N_PARTS];
  char      *names[PA_SMART_N_PARTS + 1];   /* NULL-terminated */
};

G_DEFINE_FINAL_TYPE (PaSmartMarks, pa_smart_marks, GTK_TYPE_WIDGET)

static void
pa_smart_marks_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    g_clear_pointer (&PA_SMART_MARKS (object)->names[i], g_free);

  G_OBJECT_CLASS (pa_smart_marks_parent_class)->dispose (object);
}

static void
pa_smart_marks_class_init (PaSmartMarksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_smart_marks_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "smart-marks");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
mark_new (PaSmartMarks *self,
          PaSmartPart   part)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *letter = gtk_label_new (pa_smart_part_get_letter (part));
  GtkWidget *state = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new ();

  gtk_widget_add_css_class (letter, "title-3");
  gtk_widget_set_halign (top, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), icon);
  gtk_box_append (GTK_BOX (top), letter);
  gtk_label_set_wrap (GTK_LABEL (state), TRUE);
  gtk_label_set_justify (GTK_LABEL (state), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (state, "caption");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), state);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pa_smart_part_get_label (part),
                                  -1);
  /* The mark's name says it all; its pieces would only repeat it. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (top), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (state), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  self->icons[part] = GTK_IMAGE (icon);
  self->states[part] = GTK_LABEL (state);
  return box;
}

static void
pa_smart_marks_init (PaSmartMarks *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gboolean none[PA_SMART_N_PARTS] = { FALSE, };

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (layout), TRUE);
  /* Translators: the accessible name of the five S-M-A-R-T marks */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("SMART verdict"),
                                  -1);
  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    {
      self->marks[i] = mark_new (self, i);
      gtk_widget_set_parent (self->marks[i], GTK_WIDGET (self));
    }
  pa_smart_marks_set_verdict (self, none, NULL);
}

GtkWidget *
pa_smart_marks_new (void)
{
  return g_object_new (PA_TYPE_SMART_MARKS, NULL);
}

static void
set_mark (PaSmartMarks *self,
          PaSmartPart   part,
          gboolean      ok,
          const char   *hint)
{
  const char *label = pa_smart_part_get_label (part);
  g_autofree char *name = NULL;

  gtk_image_set_from_icon_name (self->icons[part], ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  /* Translators: the state of one SMART part under its letter */
  gtk_label_set_label (self->states[part], ok ? _("met") : _("missing"));
  gtk_widget_remove_css_class (self->marks[part], ok ? "warning" : "success");
  gtk_widget_add_css_class (self->marks[part], ok ? "success" : "warning");
  if (ok)
    /* Translators: a SMART mark read by a screen reader, "Specifikt: opfyldt" */
    name = g_strdup_printf (_("%s: met"), label);
  else if (hint != NULL)
    /* Translators: a SMART mark read by a screen reader, "Specifikt: mangler — nævn opgaven" */
    name = g_strdup_printf (_("%s: missing — %s"), label, hint);
  else
    /* Translators: a SMART mark read by a screen reader, "Attraktivt: mangler" */
    name = g_strdup_printf (_("%s: missing"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->marks[part]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_tooltip_text (self->marks[part], name);
  g_free (self->names[part]);
  self->names[part] = g_steal_pointer (&name);
}

void
pa_smart_marks_set_verdict (PaSmartMarks      *self,
                            const gboolean    *ok,
                            const char *const *first_hints)
{
  g_return_if_fail (PA_IS_SMART_MARKS (self));
  g_return_if_fail (ok != NULL);

  for (guint i = 0; i < PA_SMART_N_PARTS; i++)
    set_mark (self, i, ok[i], first_hints != NULL ? first_hints[i] : NULL);
}

char *
pa_smart_marks_dup_summary (PaSmartMarks *self)
{
  g_return_val_if_fail (PA_IS_SMART_MARKS (self), NULL);

  /* Translators: between the verdicts of the five SMART parts */
  return g_strjoinv (_("; "), self->names);
}
