/* pa-widget-util.h: small helpers shared by the widget classes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pa_widget_dispose_template_all (GtkWidget *widget,
                                     GType      widget_type);

G_END_DECLS
