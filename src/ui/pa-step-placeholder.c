/* pa-step-placeholder.c: a step that a later version fills
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Says plainly that the step is not there yet and what to do meanwhile,
 * so nobody looks for a field that does not exist.
 */
#include "config.h"

#include "pa-editor-step.h"
#include "pa-resources.h"
#include "pa-step-placeholder.h"

struct _PaStepPlaceholder
{
  GtkWidget      parent_instance;

  AdwStatusPage *status_page;
};

static void pa_step_placeholder_step_init (PaEditorStepInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PaStepPlaceholder, pa_step_placeholder, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (PA_TYPE_EDITOR_STEP, pa_step_placeholder_step_init))

static void
pa_step_placeholder_step_init (PaEditorStepInterface *iface)
{
  /* Nothing to edit, nothing to register: the defaults do. */
}

static void
pa_step_placeholder_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PA_TYPE_STEP_PLACEHOLDER);

  G_OBJECT_CLASS (pa_step_placeholder_parent_class)->dispose (object);
}

static void
pa_step_placeholder_class_init (PaStepPlaceholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_step_placeholder_dispose;

  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-placeholder.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepPlaceholder, status_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pa_step_placeholder_init (PaStepPlaceholder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pa_step_placeholder_new (const char *icon_name,
                         const char *title,
                         const char *description)
{
  PaStepPlaceholder *self = g_object_new (PA_TYPE_STEP_PLACEHOLDER, NULL);

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  return GTK_WIDGET (self);
}

AdwStatusPage *
pa_step_placeholder_get_status_page (PaStepPlaceholder *self)
{
  g_return_val_if_fail (PA_IS_STEP_PLACEHOLDER (self), NULL);

  return self->status_page;
}
