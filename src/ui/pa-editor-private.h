/* pa-editor-private.h: what the tests reach inside the editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor.h"
#include "pa-field-message.h"
#include "pa-field-registry.h"
#include "pa-findings-bar.h"

G_BEGIN_DECLS

/* How long the checks wait after the last edit. */
#define PA_EDITOR_CHECK_DELAY_MS 300

/* Rows of the first steps; they are GtkEditable (AdwEntryRow) or AdwComboRow. */
AdwEntryRow     *pa_editor_get_citizen_name_row  (PaEditor    *self);
AdwEntryRow     *pa_editor_get_cpr_row           (PaEditor    *self);
AdwComboRow     *pa_editor_get_target_group_row  (PaEditor    *self);
AdwEntryRow     *pa_editor_get_company_name_row  (PaEditor    *self);
AdwEntryRow     *pa_editor_get_cvr_row           (PaEditor    *self);
AdwEntryRow     *pa_editor_get_start_date_row    (PaEditor    *self);
AdwEntryRow     *pa_editor_get_end_date_row      (PaEditor    *self);
GtkDropDown     *pa_editor_get_status_dropdown   (PaEditor    *self);
/* "Duration: 4 weeks" */
GtkLabel        *pa_editor_get_duration_label    (PaEditor    *self);

/* The message under a field's widget: hidden while there is nothing to say. */
PaFieldMessage  *pa_editor_get_message_for_row   (PaEditor    *self,
                                                  gpointer     row);

PaFieldRegistry *pa_editor_get_registry          (PaEditor    *self);
PaFindingsBar   *pa_editor_get_findings_bar      (PaEditor    *self);
/* The findings shown, (element-type PaFinding) (nullable). */
GPtrArray       *pa_editor_get_findings          (PaEditor    *self);
/* Runs the checks now instead of after the pause. */
void             pa_editor_check_now             (PaEditor    *self);
/* The step a field path belongs to, or NULL. */
const char      *pa_editor_get_step_for_path     (PaEditor    *self,
                                                  const char  *path);
/* "complete", "incomplete", "warnings", "errors" or "later" */
const char      *pa_editor_get_step_state        (PaEditor    *self,
                                                  const char  *step_id);
guint            pa_editor_get_n_steps           (PaEditor    *self);
const char      *pa_editor_get_step_id_at        (PaEditor    *self,
                                                  guint        index);
/* The scrolled page that holds the step. */
GtkWidget       *pa_editor_get_step_page         (PaEditor    *self,
                                                  const char  *step_id);

G_END_DECLS
