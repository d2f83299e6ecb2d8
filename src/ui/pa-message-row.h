/* pa-message-row.h: a row of a boxed list that shows a message and passes the keyboard focus on
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_MESSAGE_ROW (pa_message_row_get_type ())
G_DECLARE_FINAL_TYPE (PaMessageRow, pa_message_row, PA, MESSAGE_ROW, AdwPreferencesRow)

GtkWidget *pa_message_row_new (GtkWidget *child);

G_END_DECLS
