/* pa-widget-util.h: small helpers shared by the widget classes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pa_widget_dispose_template_all (GtkWidget *widget,
                                     GType      widget_type);
void pa_widget_unscroll_inner        (GtkWidget *widget);
void pa_widget_tidy_key_labels       (GtkWidget *widget);
void pa_widget_tidy_accessible_names (GtkWidget *root);

G_END_DECLS
