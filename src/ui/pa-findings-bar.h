/* pa-findings-bar.h: what the rules say about the agreement, counted, with a list that jumps to each field
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-checks.h"

#include "pa-field-state.h"

G_BEGIN_DECLS

#define PA_TYPE_FINDINGS_BAR (pa_findings_bar_get_type ())
G_DECLARE_FINAL_TYPE (PaFindingsBar, pa_findings_bar, PA, FINDINGS_BAR, GtkWidget)

/* Where a finding is, for its line: "Period and Working Hours". */
typedef char *(*PaFindingsLocateFunc) (const PaFinding *finding,
                                       gpointer         user_data);

GtkWidget  *pa_findings_bar_new            (void);
/* (element-type PaFinding) (nullable) */
void        pa_findings_bar_set_findings   (PaFindingsBar        *self,
                                            GPtrArray            *findings,
                                            PaFindingsLocateFunc  locate,
                                            gpointer              user_data);
void        pa_findings_bar_set_states     (PaFindingsBar        *self,
                                            PaFieldStates        *states,
                                            PaFindingsLocateFunc  locate,
                                            gpointer              user_data);
guint       pa_findings_bar_get_count      (PaFindingsBar        *self,
                                            PaSeverity            severity);
guint       pa_findings_bar_get_n_to_fill_in (PaFindingsBar      *self);
const char *pa_findings_bar_get_summary    (PaFindingsBar        *self);
guint       pa_findings_bar_get_n_items    (PaFindingsBar        *self);
/* The field path of the item at @index. */
const char *pa_findings_bar_get_item_field (PaFindingsBar        *self,
                                            guint                 index);
/* The PaFieldLevel of the item at @index. */
int         pa_findings_bar_get_item_level (PaFindingsBar        *self,
                                            guint                 index);
/* What clicking the item at @index does. */
void        pa_findings_bar_activate_item  (PaFindingsBar        *self,
                                            guint                 index);
void        pa_findings_bar_popup          (PaFindingsBar        *self);

G_END_DECLS
