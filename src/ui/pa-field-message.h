/* pa-field-message.h: what is wrong or worth knowing about one field, shown under it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-checks.h"

G_BEGIN_DECLS

#define PA_TYPE_FIELD_MESSAGE (pa_field_message_get_type ())
G_DECLARE_FINAL_TYPE (PaFieldMessage, pa_field_message, PA, FIELD_MESSAGE, GtkWidget)

/* No message at all. */
#define PA_FIELD_MESSAGE_NONE (-1)

GtkWidget      *pa_field_message_new            (void);
PaFieldMessage *pa_field_message_for_widget     (GtkWidget      *widget);
GtkWidget      *pa_field_message_new_row        (PaFieldMessage **message);
void            pa_field_message_set_for_widget (GtkWidget      *widget,
                                                 PaFieldMessage *message);

void            pa_field_message_set            (PaFieldMessage *self,
                                                 const char     *source,
                                                 PaSeverity      severity,
                                                 const char     *text);
void            pa_field_message_clear          (PaFieldMessage *self,
                                                 const char     *source);
void            pa_field_message_add_finding    (PaFieldMessage *self,
                                                 const PaFinding *finding);
void            pa_field_message_clear_findings (PaFieldMessage *self);
void            pa_field_message_collect_local  (PaFieldMessage *self,
                                                 const char     *path,
                                                 GPtrArray      *into);

int             pa_field_message_get_severity   (PaFieldMessage *self);
char           *pa_field_message_get_text       (PaFieldMessage *self);
gboolean        pa_field_message_has_source     (PaFieldMessage *self,
                                                 const char     *source);
const char     *pa_field_message_get_source_text (PaFieldMessage *self,
                                                  const char     *source);

/* The icon and its spoken name for a severity, shared with the summary. */
const char     *pa_severity_icon_name           (PaSeverity      severity);
const char     *pa_severity_label               (PaSeverity      severity);
const char     *pa_severity_css_class           (PaSeverity      severity);

G_END_DECLS
