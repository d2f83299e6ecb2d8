/* pa-field-registry.h: which widget edits which field of the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_FIELD_REGISTRY (pa_field_registry_get_type ())
G_DECLARE_FINAL_TYPE (PaFieldRegistry, pa_field_registry, PA, FIELD_REGISTRY, GObject)

/* An ancestor of a field's widget (a collapsed list row) that shows the
 * worst finding inside it sets this data to a GtkImage. */
#define PA_FINDING_INDICATOR_KEY "pa-finding-indicator"

PaFieldRegistry *pa_field_registry_new             (void);
void             pa_field_registry_add             (PaFieldRegistry *self,
                                                    const char      *path,
                                                    GtkWidget       *widget);
void             pa_field_registry_remove_prefix   (PaFieldRegistry *self,
                                                    const char      *prefix);
GtkWidget       *pa_field_registry_lookup          (PaFieldRegistry *self,
                                                    const char      *path);
const char      *pa_field_registry_resolve         (PaFieldRegistry *self,
                                                    const char      *path);
/* (element-type utf8) (transfer container): the paths, in the order added */
GPtrArray       *pa_field_registry_get_paths       (PaFieldRegistry *self);
/* (element-type PaFinding): shows each finding under its field */
void             pa_field_registry_show_findings   (PaFieldRegistry *self,
                                                    GPtrArray       *findings);
/* Expands what hides @widget and moves the keyboard focus to it. */
gboolean         pa_field_registry_focus_widget    (GtkWidget       *widget);

G_END_DECLS
