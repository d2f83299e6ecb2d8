/* pa-checklist-private.h: building a checklist report, shared by the text review and the agreement evaluation
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-checklist.h"

G_BEGIN_DECLS

PaChecklistReport *pa_checklist_report_new      (void);
void               pa_checklist_add_evidence    (PaChecklistItemResult *item,
                                                 const char            *text,
                                                 int                    start,
                                                 int                    end,
                                                 const char            *field_path);
void               pa_checklist_add_missing     (PaChecklistItemResult *item,
                                                 const char            *question,
                                                 const char            *field_path);
void               pa_checklist_add_name        (PaChecklistReport     *report,
                                                 PaChecklistNameKind    kind,
                                                 const char            *name,
                                                 int                    start,
                                                 int                    end);
/* Sets each item's ok from whether it has anything missing, clears
 * what is missing from confirmed items, and counts the score. */
void               pa_checklist_report_finish   (PaChecklistReport     *report);

G_END_DECLS
