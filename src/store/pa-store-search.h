/* pa-store-search.h: ranked, paged and cancellable search of the drafts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words typed are folded the same way as the index (case, accents,
 * ø/æ/å/ł and their two-letter spellings), so "Soren" finds "Søren" and
 * "Malgorzata" finds "Małgorzata". Results come in tiers, best first: the
 * citizen's whole name, then every word in the name (whole words before
 * first letters), the company and contact person, goals and tasks, and
 * the rest; within a tier the most recently edited first. A CPR number
 * (in full or its first six digits), a CVR number or a date (2.3.2026)
 * finds its draft too; the CPR number is indexed only as a hash.
 */
#pragma once

#include <gio/gio.h>

#include "store/pa-draft-summary.h"
#include "store/pa-store.h"

G_BEGIN_DECLS

/* Where a page of results ends, to fetch the next one from there.
 * Start with PA_SEARCH_CURSOR_INIT. */
typedef struct {
  int     tier;
  gint64  after;   /* the last document shown in that tier */
  gboolean done;
} PaSearchCursor;

#define PA_SEARCH_CURSOR_INIT { -1, G_MAXINT64, FALSE }

/* The query's words, folded, for highlighting; NULL when none. */
GStrv       pa_search_query_terms      (const char          *query);
/* Every word of @text one of @terms begins, in bold; escaped markup. */
char       *pa_search_markup           (const char          *text,
                                        const char * const  *terms);
char       *pa_search_markup_full      (const char          *text,
                                        const char * const  *terms,
                                        const char          *open,
                                        const char          *close);
/* Whether a word of @text begins with one of @terms. */
gboolean    pa_search_text_matches     (const char          *text,
                                        const char * const  *terms);
/* Up to about @width characters of @text around its first match, with
 * "…" where cut; NULL when nothing matches. */
char       *pa_search_excerpt          (const char          *text,
                                        const char * const  *terms,
                                        guint                width);

/* The next page of results in rank order (element-type PaDraftSummary),
 * each carrying the terms to highlight and, when the match is not in the
 * name or company, where it matched. Advances @cursor. */
GPtrArray  *pa_store_search_page       (PaStore             *self,
                                        const char          *query,
                                        PaSearchCursor      *cursor,
                                        guint                limit,
                                        GCancellable        *cancellable,
                                        GError             **error);
/* How many drafts match, counted no further than @cap. */
guint       pa_store_search_count      (PaStore             *self,
                                        const char          *query,
                                        guint                cap,
                                        GCancellable        *cancellable,
                                        GError             **error);

/* The first page and the count (up to @cap) in a thread, on a connection
 * of its own; a cancelled search stops within a few milliseconds. */
typedef struct {
  GPtrArray      *page;     /* (element-type PaDraftSummary) */
  PaSearchCursor  cursor;
  guint           count;
} PaSearchResult;

void        pa_search_result_free      (PaSearchResult      *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaSearchResult, pa_search_result_free)

void        pa_store_search_async      (PaStore             *self,
                                        const char          *query,
                                        const PaSearchCursor *cursor,
                                        guint                limit,
                                        guint                cap,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
PaSearchResult *pa_store_search_finish (PaStore             *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
