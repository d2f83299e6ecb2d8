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
  PaEditorStep   parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (PaStepPlaceholder, pa_step_placeholder, PA_TYPE_EDITOR_STEP)

static void
pa_step_placeholder_class_init (PaStepPlaceholderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Nothing to edit, nothing to register: the base does. */
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-placeholder.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepPlaceholder, status_page);
}

/* The status page scrolls on its own, and GtkScrolledWindow (4.8) claims
 * to take the focus when nothing inside can: Shift+Tab then stopped dead
 * on a page without buttons. The step's page scrolls already. */
static void
set_scrolled_can_focus (GtkWidget *root,
                        gboolean   can_focus)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        {
          gtk_widget_set_can_focus (child, can_focus);
          gtk_widget_set_focusable (child, FALSE);
        }
      set_scrolled_can_focus (child, can_focus);
    }
}

static void
pa_step_placeholder_init (PaStepPlaceholder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_scrolled_can_focus (GTK_WIDGET (self->status_page), FALSE);
}

/**
 * pa_step_placeholder_new:
 * @title: the step's title, above the page
 * @subtitle: what the step is about
 * @message: the title of the status page: the step is to come
 * @description: what to do meanwhile
 */
GtkWidget *
pa_step_placeholder_new (const char *title,
                         const char *subtitle,
                         const char *icon_name,
                         const char *message,
                         const char *description)
{
  PaStepPlaceholder *self = g_object_new (PA_TYPE_STEP_PLACEHOLDER,
                                          "title", title,
                                          "subtitle", subtitle,
                                          NULL);

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, message);
  adw_status_page_set_description (self->status_page, description);
  return GTK_WIDGET (self);
}

AdwStatusPage *
pa_step_placeholder_get_status_page (PaStepPlaceholder *self)
{
  g_return_val_if_fail (PA_IS_STEP_PLACEHOLDER (self), NULL);

  return self->status_page;
}

/**
 * pa_step_placeholder_set_child:
 * @child: (nullable): what the step can do already, under the description
 *   (the buttons of step 9)
 */
void
pa_step_placeholder_set_child (PaStepPlaceholder *self,
                               GtkWidget         *child)
{
  g_return_if_fail (PA_IS_STEP_PLACEHOLDER (self));

  adw_status_page_set_child (self->status_page, child);
  /* Now there is something to reach inside. */
  set_scrolled_can_focus (GTK_WIDGET (self->status_page), child != NULL);
}
