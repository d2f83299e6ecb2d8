/* pa-restriction-analysis.h: a restriction's category, reformulations,
 * questions, measures and the diagnoses it names
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the citizen's own wording of a work restriction against the
 * phrase library (pa-phrases.h) and proposes what step 5 and
 * `praktikaftale --reformulate` show: the category, positive
 * reformulations (filled with the concrete answers when given), the
 * concretising questions, typical handling measures, and the diagnosis
 * and medication terms found. A wording that is not a work restriction
 * gets category "other" and no suggestion. GLib only.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "pa-phrases.h"

G_BEGIN_DECLS

typedef struct {
  char      *input;
  char      *category;     /* one of pa_phrase_categories, or "other" */
  char      *pattern_id;   /* the pattern that won, or NULL */
  GPtrArray *suggestions;  /* char * */
  GPtrArray *questions;    /* char * */
  GPtrArray *slots;        /* char *, the slot of each question or "" */
  GPtrArray *measures;     /* char * */
  GPtrArray *diagnoses;    /* char *, names from the library's list */
} PaRestrictionAnalysis;

PaRestrictionAnalysis *pa_restriction_analyse          (PaPhrases             *phrases,
                                                        const char            *text,
                                                        GHashTable            *answers);
GPtrArray             *pa_restriction_find_diagnoses   (PaPhrases             *phrases,
                                                        const char            *text);
JsonNode              *pa_restriction_analysis_to_json (PaRestrictionAnalysis *analysis);
char                  *pa_restriction_analysis_to_json_string (PaRestrictionAnalysis *analysis);
void                   pa_restriction_analysis_free    (PaRestrictionAnalysis *analysis);
const char            *pa_restriction_category_label   (const char            *category);
const char            *pa_restriction_category_upgrade (const char            *category,
                                                        const char            *original);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaRestrictionAnalysis, pa_restriction_analysis_free)

G_END_DECLS
