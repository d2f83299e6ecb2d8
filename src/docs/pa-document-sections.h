/* pa-document-sections.h: the sections of the printed agreement, and their small helpers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pa-rules.h"
#include "pa-document-private.h"

G_BEGIN_DECLS

/* Helpers: a string field or NULL when empty; a worded date ("" when
 * unset); minutes of "HH:MM" or -1; worded hours or NULL for none. */
const char *pa_doc_str      (PaRecord   *record,
                             const char *field);
char       *pa_doc_date     (PaRecord   *record,
                             const char *field);
int         pa_doc_minutes  (const char *time);
char       *pa_doc_hours    (double      hours);
GListModel *pa_doc_list     (PaRecord   *record,
                             const char *field);
PaRuleSet  *pa_doc_rules    (PaRecord   *agreement);
void        pa_doc_add_check (PaDocumentLayout *doc,
                              PaRecord         *record,
                              const char       *field,
                              const char       *label);

/* pa-document-sections.c */
void pa_doc_write_parties   (PaDocumentLayout *doc,
                             PaRecord         *agreement);
void pa_doc_write_period    (PaDocumentLayout *doc,
                             PaRecord         *agreement);
void pa_doc_write_purpose   (PaDocumentLayout *doc,
                             PaRecord         *agreement);
void pa_doc_write_goals     (PaDocumentLayout *doc,
                             PaRecord         *agreement);
/* pa-document-sections-end.c */
void pa_doc_write_tasks        (PaDocumentLayout *doc,
                                PaRecord         *agreement);
void pa_doc_write_restrictions (PaDocumentLayout *doc,
                                PaRecord         *agreement);
void pa_doc_write_follow_ups   (PaDocumentLayout *doc,
                                PaRecord         *agreement);
void pa_doc_write_next_step    (PaDocumentLayout *doc,
                                PaRecord         *agreement);
void pa_doc_write_checklist    (PaDocumentLayout *doc,
                                PaRecord         *agreement,
                                PaDocumentVariant variant);
void pa_doc_write_internal     (PaDocumentLayout *doc,
                                PaRecord         *agreement);
void pa_doc_write_signatures   (PaDocumentLayout *doc,
                                PaRecord         *agreement);

G_END_DECLS
