/* pa-week-view.h: the working week at a glance, Monday to Sunday
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_WEEK_VIEW (pa_week_view_get_type ())
G_DECLARE_FINAL_TYPE (PaWeekView, pa_week_view, PA, WEEK_VIEW, GtkWidget)

GtkWidget *pa_week_view_new          (void);
/* (element-type PaWorkday) (nullable) */
void       pa_week_view_set_workdays (PaWeekView *self,
                                      GListModel *workdays);
void       pa_week_view_update       (PaWeekView *self);
double     pa_week_view_get_hours    (PaWeekView *self);
/* What a screen reader says: "Monday 8:00 to 12:00, ..." */
char      *pa_week_view_describe     (PaWeekView *self);
/* What it shows for one day: "8:00–12:45 · 4.75 hours" */
char      *pa_week_view_describe_day (PaWeekView *self,
                                      int         weekday);

/* Shared with the step; the wording is pa-wording.h's. */
gboolean    pa_workday_minutes       (gpointer    workday,
                                      int        *start,
                                      int        *end);

G_END_DECLS
