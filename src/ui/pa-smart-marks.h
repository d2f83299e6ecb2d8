/* pa-smart-marks.h: the five S-M-A-R-T marks of a goal card
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/pa-smart.h"

G_BEGIN_DECLS

#define PA_TYPE_SMART_MARKS (pa_smart_marks_get_type ())
G_DECLARE_FINAL_TYPE (PaSmartMarks, pa_smart_marks, PA, SMART_MARKS, GtkWidget)

GtkWidget *pa_smart_marks_new         (void);
/* Shows @ok for each part, with @hints[part] (nullable) as the reason a
 * screen reader gives for a part that is missing. */
void       pa_smart_marks_set_verdict (PaSmartMarks      *self,
                                       const gboolean    *ok,
                                       const char *const *first_hints);

/* The five verdicts in one sentence, for the row that holds the marks. */
char      *pa_smart_marks_dup_summary (PaSmartMarks      *self);

G_END_DECLS
