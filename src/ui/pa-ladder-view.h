/* pa-ladder-view.h: a work function's progression ladder, shown and changed from the keyboard
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/pa-record.h"

G_BEGIN_DECLS

#define PA_TYPE_LADDER_VIEW (pa_ladder_view_get_type ())
G_DECLARE_FINAL_TYPE (PaLadderView, pa_ladder_view, PA, LADDER_VIEW, GtkWidget)

GtkWidget *pa_ladder_view_new               (void);
void       pa_ladder_view_set_work_function (PaLadderView *self,
                                             PaRecord     *work_function);
PaRecord  *pa_ladder_view_get_work_function (PaLadderView *self);

/* The focused column: 0 the start level, 1-3 a target. */
guint      pa_ladder_view_get_column        (PaLadderView *self);
void       pa_ladder_view_set_column        (PaLadderView *self,
                                             guint         column);
/* What Up (+1) and Down (-1) do: changes the focused column's level,
 * within 1-5; on the first empty target it adds that target. */
void       pa_ladder_view_step_level        (PaLadderView *self,
                                             int           delta);
/* The sentence a screen reader reads, as set on the widget. */
const char *pa_ladder_view_get_description  (PaLadderView *self);

G_END_DECLS
