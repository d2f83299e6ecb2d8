/* pa-field-binding.h: keeps a widget and a field of the model in step
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-record.h"

G_BEGIN_DECLS

/* Fields with a format: the model takes only a valid value. */
typedef enum {
  PA_FIELD_FORMAT_CPR,
  PA_FIELD_FORMAT_CVR,
  PA_FIELD_FORMAT_P_NUMBER,
  PA_FIELD_FORMAT_EMAIL,
  PA_FIELD_FORMAT_DATE,
  PA_FIELD_FORMAT_TIME,
} PaFieldFormat;

#define PA_TYPE_FIELD_BINDING (pa_field_binding_get_type ())
G_DECLARE_FINAL_TYPE (PaFieldBinding, pa_field_binding, PA, FIELD_BINDING, GObject)

PaFieldBinding *pa_field_binding_text       (PaRecord           *record,
                                             const char         *field,
                                             GtkEditable        *editable);
PaFieldBinding *pa_field_binding_text_view  (PaRecord           *record,
                                             const char         *field,
                                             GtkTextView        *view);
PaFieldBinding *pa_field_binding_number     (PaRecord           *record,
                                             const char         *field,
                                             GtkSpinButton      *spin);
PaFieldBinding *pa_field_binding_boolean    (PaRecord           *record,
                                             const char         *field,
                                             GtkWidget          *toggle);
PaFieldBinding *pa_field_binding_choice     (PaRecord           *record,
                                             const char         *field,
                                             AdwComboRow        *row,
                                             const char * const *ids,
                                             guint               n_ids);
PaFieldBinding *pa_field_binding_index      (PaRecord           *record,
                                             const char         *field,
                                             AdwComboRow        *row,
                                             int                 first);
PaFieldBinding *pa_field_binding_checked    (PaRecord           *record,
                                             const char         *field,
                                             AdwEntryRow        *row,
                                             PaFieldFormat       format,
                                             const char         *label);

GtkWidget      *pa_field_binding_get_widget (PaFieldBinding     *self);
void            pa_field_binding_commit     (PaFieldBinding     *self);
void            pa_field_binding_unbind     (PaFieldBinding     *self);

/* A set of bindings that goes when the agreement goes. */
GPtrArray      *pa_field_bindings_new       (void);
void            pa_field_bindings_commit    (GPtrArray          *bindings);

/* Parsers, for the tests and for rows outside a binding. */
char           *pa_parse_user_time          (const char         *label,
                                             const char         *text,
                                             GError            **error);

G_END_DECLS
