/* pa-editor-private.h: what the tests reach inside the editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor.h"

G_BEGIN_DECLS

/* The rows are GtkEditable (AdwEntryRow) or AdwComboRow. */
AdwEntryRow *pa_editor_get_citizen_name_row  (PaEditor *self);
AdwEntryRow *pa_editor_get_cpr_row           (PaEditor *self);
AdwComboRow *pa_editor_get_target_group_row  (PaEditor *self);
AdwEntryRow *pa_editor_get_company_name_row  (PaEditor *self);
AdwEntryRow *pa_editor_get_cvr_row           (PaEditor *self);
AdwEntryRow *pa_editor_get_start_date_row    (PaEditor *self);
AdwEntryRow *pa_editor_get_end_date_row      (PaEditor *self);
AdwComboRow *pa_editor_get_status_row        (PaEditor *self);

/* The inline message under a validated row: hidden when the text is
 * valid, else visible with a sentence naming the field. */
GtkLabel    *pa_editor_get_message_for_row   (PaEditor    *self,
                                              AdwEntryRow *row);
/* "End date: the placement ends before it starts." */
GtkLabel    *pa_editor_get_period_message    (PaEditor *self);
/* "4 weeks and 2 days" */
GtkLabel    *pa_editor_get_duration_label    (PaEditor *self);

G_END_DECLS
