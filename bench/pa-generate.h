/* pa-generate.h: realistic synthetic drafts for benchmarks and tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures follow domain.md section 10: about 60 % dagpenge placements
 * of four weeks and 40 % for people far from the labour market (13 weeks,
 * often extended to 26), 7 in 10 at private companies, trade and care the
 * largest sectors. Everything but the id is derived from the GRand, so a
 * seed gives the same drafts every time.
 */
#pragma once

#include "core/pa-agreement.h"

G_BEGIN_DECLS

/* Target groups the generator uses, ids of data/rules/rules-2024-01-01.xml. */
extern const char * const pa_generate_target_groups[];

PaAgreement *pa_generate_agreement    (GRand       *rand);
gboolean     pa_generate_database     (const char  *path,
                                       guint        n,
                                       guint32      seed,
                                       GError     **error);

/* What a consultant types into the search field: a name, a company, a
 * task; one or two words, sometimes only the first letters. */
char        *pa_generate_search_query (GRand       *rand);

/* A small edit as made while typing: a sub-goal, a note, the hours. */
void         pa_generate_small_edit   (PaAgreement *agreement,
                                       GRand       *rand);

G_END_DECLS
