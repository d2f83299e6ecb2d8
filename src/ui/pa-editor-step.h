/* pa-editor-step.h: what the editor asks of each of its steps
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"

#include "pa-field-binding.h"
#include "pa-field-registry.h"

G_BEGIN_DECLS

#define PA_TYPE_EDITOR_STEP (pa_editor_step_get_type ())
G_DECLARE_INTERFACE (PaEditorStep, pa_editor_step, PA, EDITOR_STEP, GtkWidget)

struct _PaEditorStepInterface
{
  GTypeInterface parent_iface;

  /* Show @agreement (or nothing); every edit goes straight into it. */
  void     (*set_agreement)   (PaEditorStep    *self,
                               PaAgreement     *agreement);
  /* Tell @registry which widget edits which field path. */
  void     (*register_fields) (PaEditorStep    *self,
                               PaFieldRegistry *registry);
  /* Take what is typed, as if the user had left each row. */
  void     (*commit)          (PaEditorStep    *self);
  /* Whether what the step asks for is filled in. */
  gboolean (*is_complete)     (PaEditorStep    *self);
};

void     pa_editor_step_set_agreement   (PaEditorStep    *self,
                                         PaAgreement     *agreement);
void     pa_editor_step_register_fields (PaEditorStep    *self,
                                         PaFieldRegistry *registry);
void     pa_editor_step_commit          (PaEditorStep    *self);
gboolean pa_editor_step_is_complete     (PaEditorStep    *self);

/* A field of the step's template: the widget at @offset in the step's
 * instance struct edits the field at @path ("company/employees").
 * Plain fields bind by the widget's type (entry row, spin button,
 * switch, text area); @format > 0 is a checked field of that format + 1. */
typedef struct {
  const char *path;
  gsize       offset;
  int         format;
} PaStepField;

#define PA_STEP_PLAIN 0
#define PA_STEP_CHECKED(f) ((f) + 1)

void     pa_editor_step_bind_table      (GtkWidget         *step,
                                         const PaStepField *fields,
                                         guint              n_fields,
                                         PaAgreement       *agreement,
                                         GPtrArray         *bindings);
void     pa_editor_step_register_table  (GtkWidget         *step,
                                         const PaStepField *fields,
                                         guint              n_fields,
                                         PaFieldRegistry   *registry);
PaRecord *pa_editor_step_resolve        (PaAgreement       *agreement,
                                         const char        *path,
                                         const char       **field);

/* Rows inside a list item's row, for the fill functions */
AdwEntryRow   *pa_editor_step_add_entry     (AdwExpanderRow *row,
                                             const char     *title);
GtkSpinButton *pa_editor_step_add_spin      (AdwExpanderRow *row,
                                             const char     *title,
                                             const char     *subtitle,
                                             double          upper,
                                             double          step,
                                             guint           digits);
AdwComboRow   *pa_editor_step_add_combo     (AdwExpanderRow *row,
                                             const char     *title,
                                             GListModel     *labels);

/* Helpers for the steps */
gboolean pa_editor_step_has_text        (PaRecord        *record,
                                         const char      *field);
guint    pa_editor_step_count           (PaRecord        *record,
                                         const char      *list_field);
void     pa_editor_step_name_controls   (GtkWidget       *root);
GtkListItemFactory *pa_editor_step_string_factory (void);

G_END_DECLS
