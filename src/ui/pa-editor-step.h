/* pa-editor-step.h: the base of the editor's steps: agreement, field bindings, page
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"

#include "pa-field-binding.h"
#include "pa-field-registry.h"

G_BEGIN_DECLS

/* A field of the step's template: the widget at @offset in the step's
 * instance struct edits the field at @path ("company/employees").
 * Plain fields bind by the widget's type (entry row, spin button,
 * switch, text area); @format > 0 is a checked field of that format + 1;
 * PA_STEP_OWN is only registered: the step binds it itself. */
typedef struct {
  const char *path;
  gsize       offset;
  int         format;
} PaStepField;

#define PA_STEP_OWN (-1)
#define PA_STEP_PLAIN 0
#define PA_STEP_CHECKED(f) ((f) + 1)

#define PA_TYPE_EDITOR_STEP (pa_editor_step_get_type ())
G_DECLARE_DERIVABLE_TYPE (PaEditorStep, pa_editor_step, PA, EDITOR_STEP, GtkWidget)

/* The base of the editor's nine steps. It owns the agreement, binds and
 * registers the step's field table, and draws the page around the step:
 * "Step N of 9", the title and subtitle, the content, and the buttons to
 * the previous and the next step, in a scrolled window. A step's template
 * has parent="PaEditorStep"; its children go into the content.
 *
 * A new step writes only its content:
 *  - pa-step-x.h: G_DECLARE_FINAL_TYPE (PaStepX, pa_step_x, PA, STEP_X, PaEditorStep)
 *  - pa-step-x.c: the instance struct (PaEditorStep parent_instance, then
 *    its template's widgets), G_DEFINE_FINAL_TYPE (..., PA_TYPE_EDITOR_STEP),
 *    a PaStepField table, and class_init: pa_editor_step_class_set_fields(),
 *    the template and its children, and the vfuncs it needs (is_complete
 *    at least); init: gtk_widget_init_template(). No dispose unless it
 *    owns more than its template: the base disposes the template, the
 *    bindings and the handlers connected to the agreement with the step
 *    as their data.
 *  - ui/pa-step-x.ui: <template class="PaStepX" parent="PaEditorStep">
 *  - a line each in src/ui/meson.build, ui/praktikaftale.gresource.xml,
 *    po/POTFILES.in, and its get_type in step_infos in pa-editor.c. */
struct _PaEditorStepClass
{
  GtkWidgetClass parent_class;

  /* All optional. After the base has bound the field table to
   * @agreement (or cleared it): what else the step shows of it. */
  void       (*set_agreement)   (PaEditorStep    *self,
                                 PaAgreement     *agreement);
  /* Widgets beyond the field table, e.g. the list editors. */
  void       (*register_fields) (PaEditorStep    *self,
                                 PaFieldRegistry *registry);
  /* Take what is typed beyond the table, as if the user had left it. */
  void       (*commit)          (PaEditorStep    *self);
  /* Whether what the step asks for is filled in (default: no). */
  gboolean   (*is_complete)     (PaEditorStep    *self);
  /* The widget the cursor goes to on arrival (default: the first shown
   * widget of the field table, else the first button of the content). */
  GtkWidget *(*get_first_field) (PaEditorStep    *self);

  /*< private >*/
  const PaStepField *fields;
  guint              n_fields;
  gpointer           padding[6];
};

void         pa_editor_step_class_set_fields (PaEditorStepClass *klass,
                                              const PaStepField *fields,
                                              guint              n_fields);

PaAgreement *pa_editor_step_get_agreement    (PaEditorStep    *self);
void         pa_editor_step_set_agreement    (PaEditorStep    *self,
                                              PaAgreement     *agreement);
void         pa_editor_step_register_fields  (PaEditorStep    *self,
                                              PaFieldRegistry *registry);
void         pa_editor_step_commit           (PaEditorStep    *self);
gboolean     pa_editor_step_is_complete      (PaEditorStep    *self);

/* The page around the step */
void         pa_editor_step_set_place        (PaEditorStep    *self,
                                              guint            number,
                                              guint            n_steps,
                                              const char      *previous_title,
                                              const char      *next_title);
GtkScrolledWindow *pa_editor_step_get_scrolled_window (PaEditorStep *self);
void         pa_editor_step_set_maximum_width (PaEditorStep   *self,
                                               int             width);
GtkWidget   *pa_editor_step_get_first_field  (PaEditorStep    *self);
/* Moves the cursor to @widget (NULL: the first field) with a visible
 * focus ring, and scrolls it into view once the page is laid out. */
void         pa_editor_step_focus            (PaEditorStep    *self,
                                              GtkWidget       *widget);

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
GtkWidget     *pa_editor_step_add_widget_row (AdwExpanderRow *row,
                                              GtkWidget      *child);
GtkWidget     *pa_editor_step_wrapped_label  (const char     *text,
                                              const char     *style);

/* Helpers for the steps */
gboolean pa_editor_step_has_text        (PaRecord        *record,
                                         const char      *field);
guint    pa_editor_step_count           (PaRecord        *record,
                                         const char      *list_field);
void     pa_editor_step_name_controls   (GtkWidget       *root);
GtkListItemFactory *pa_editor_step_string_factory (void);

G_END_DECLS
