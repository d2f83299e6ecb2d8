/* pa-draft-row.h: one agreement in the sidebar list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pa-draft-summary.h"

G_BEGIN_DECLS

#define PA_TYPE_DRAFT_ROW (pa_draft_row_get_type ())
G_DECLARE_FINAL_TYPE (PaDraftRow, pa_draft_row, PA, DRAFT_ROW, GtkWidget)

GtkWidget      *pa_draft_row_new         (void);
PaDraftSummary *pa_draft_row_get_summary (PaDraftRow     *self);
void            pa_draft_row_set_summary (PaDraftRow     *self,
                                          PaDraftSummary *summary);

G_END_DECLS
