/* pa-editor.h: the guided editor for one agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"

G_BEGIN_DECLS

#define PA_TYPE_EDITOR (pa_editor_get_type ())
G_DECLARE_FINAL_TYPE (PaEditor, pa_editor, PA, EDITOR, GtkWidget)

GtkWidget   *pa_editor_new           (void);
PaAgreement *pa_editor_get_agreement (PaEditor    *self);
void         pa_editor_set_agreement (PaEditor    *self,
                                      PaAgreement *agreement);
void         pa_editor_commit        (PaEditor    *self);
/* Earlier agreements of the same citizen, for the repeat-placement rule
 * (element-type PaAgreement) (nullable) */
void         pa_editor_set_earlier   (PaEditor    *self,
                                      GPtrArray   *earlier);
void         pa_editor_focus_start   (PaEditor    *self);
/* "parties", "period", "purpose", "goals", "restrictions", "tasks",
 * "follow-up", "checklist", "documents" */
gboolean     pa_editor_show_step     (PaEditor    *self,
                                      const char  *step_id);
const char  *pa_editor_get_step_id   (PaEditor    *self);
/* The step's widget, for the issues that fill the later steps. */
GtkWidget   *pa_editor_get_step      (PaEditor    *self,
                                      const char  *step_id);

G_END_DECLS
