/* pa-draft-summary.h: one row of the draft list, read without loading the draft
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PA_TYPE_DRAFT_SUMMARY (pa_draft_summary_get_type ())
G_DECLARE_FINAL_TYPE (PaDraftSummary, pa_draft_summary, PA, DRAFT_SUMMARY, GObject)

/* Properties (all strings, read-only after construction): "id",
 * "citizen-name", "company-name", "start-date", "end-date" (YYYY-MM-DD),
 * "status" (draft, agreed, ...), "modified" (ISO 8601). */
PaDraftSummary *pa_draft_summary_new              (const char     *id,
                                                   const char     *citizen_name,
                                                   const char     *company_name,
                                                   const char     *start_date,
                                                   const char     *end_date,
                                                   const char     *status,
                                                   const char     *modified);
const char     *pa_draft_summary_get_id           (PaDraftSummary *self);
const char     *pa_draft_summary_get_citizen_name (PaDraftSummary *self);
const char     *pa_draft_summary_get_company_name (PaDraftSummary *self);
const char     *pa_draft_summary_get_start_date   (PaDraftSummary *self);
const char     *pa_draft_summary_get_end_date     (PaDraftSummary *self);
const char     *pa_draft_summary_get_status       (PaDraftSummary *self);
const char     *pa_draft_summary_get_modified     (PaDraftSummary *self);

/* Search results: what to highlight and where the match was. */
void            pa_draft_summary_set_match         (PaDraftSummary     *self,
                                                    const char * const *terms,
                                                    const char         *where,
                                                    const char         *excerpt);
const char * const *pa_draft_summary_get_terms     (PaDraftSummary *self);
const char     *pa_draft_summary_get_match_where   (PaDraftSummary *self);
const char     *pa_draft_summary_get_match_excerpt (PaDraftSummary *self);

G_END_DECLS
