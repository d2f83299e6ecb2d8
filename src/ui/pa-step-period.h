/* pa-step-period.h: step 2, the period and the working hours
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

#include "pa-record-list-editor.h"
#include "pa-week-view.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_PERIOD (pa_step_period_get_type ())
G_DECLARE_FINAL_TYPE (PaStepPeriod, pa_step_period, PA, STEP_PERIOD, PaEditorStep)

AdwComboRow        *pa_step_period_get_target_group_row (PaStepPeriod *self);
AdwEntryRow        *pa_step_period_get_start_date_row   (PaStepPeriod *self);
AdwEntryRow        *pa_step_period_get_end_date_row     (PaStepPeriod *self);
GtkLabel           *pa_step_period_get_duration_label   (PaStepPeriod *self);
AdwActionRow       *pa_step_period_get_duration_row     (PaStepPeriod *self);
GtkSpinButton      *pa_step_period_get_start_hours_spin (PaStepPeriod *self);
PaRecordListEditor *pa_step_period_get_list_editor      (PaStepPeriod *self,
                                                         const char   *field);
PaWeekView         *pa_step_period_get_week_view        (PaStepPeriod *self);

G_END_DECLS
