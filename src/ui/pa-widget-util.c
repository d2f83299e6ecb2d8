/* pa-widget-util.c: small helpers shared by the widget classes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pa-widget-util.h"

/**
 * pa_widget_dispose_template_all:
 *
 * gtk_widget_dispose_template(), and then unparents the children the
 * template gave no id: GTK 4.8 leaves those for a layout-less widget.
 */
void
pa_widget_dispose_template_all (GtkWidget *widget,
                                GType      widget_type)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_dispose_template (widget, widget_type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
