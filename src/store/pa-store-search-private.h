/* pa-store-search-private.h: what the search index and the search share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-store-private.h"
#include "pa-store-search.h"

G_BEGIN_DECLS

/* The letters that say where in a draft an indexed word was: every word
 * is indexed as one token, this letter followed by the folded word, so a
 * tier of the ranking is a handful of plain term and prefix lookups. */
#define PA_SEARCH_NAME     'n'   /* the citizen's name */
#define PA_SEARCH_COMPANY  'c'   /* company name and contact person */
#define PA_SEARCH_GOALS    'g'   /* goals, work functions and tasks, purpose */
#define PA_SEARCH_OTHER    'o'   /* notes and everything else searchable */
#define PA_SEARCH_KEY      'k'   /* CPR (hashed), CVR, dates */

/* Separators of the lines of search_doc.shown: "label\037text\036". */
#define PA_SEARCH_UNIT     '\037'
#define PA_SEARCH_RECORD   '\036'

/* Calls @func for each word of @text, with byte offsets. */
typedef void (*PaSearchWordFunc) (const char *text,
                                  gsize       start,
                                  gsize       end,
                                  gpointer    user_data);
void      pa_search_foreach_word  (const char      *text,
                                   PaSearchWordFunc func,
                                   gpointer         user_data);
/* The short (ø → o) and long (ø → oe) folding of one word; @long_form
 * is set to NULL when it is the same. */
char     *pa_search_fold_word     (const char      *word,
                                   gssize           len,
                                   char           **long_form);
/* The whole text folded short, words separated by one space. */
char     *pa_search_fold_text     (const char      *text,
                                   gboolean         long_form);

/* Identifiers: digits only, or NULL when @text is not one. */
char     *pa_search_cpr_digits    (const char      *text);
char     *pa_search_parse_date    (const char      *text);   /* YYYYMMDD */
/* The index tokens of a CPR number: the whole and the first six digits. */
char     *pa_search_cpr_token     (const char      *digits);

G_END_DECLS
