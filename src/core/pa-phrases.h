/* pa-phrases.h: the phrase library for work restrictions, read from data
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Restriction patterns (how a wording is recognised, its positive
 * reformulations with slots for concrete answers, concretising questions
 * and handling measures), the negation forms, the forms that make a
 * wording not a restriction, and the diagnosis and medication list. The
 * format is documented in data/phrases/README.md; the built-in library
 * is compiled into the app. A user's or jobcentre's own library
 * (pa_phrases_load_default: $PRAKTIKAFTALE_PHRASES, then
 * praktikaftale/phrases/restrictions.xml in the user's and the system's
 * configuration folders) replaces it; one that cannot be read falls
 * back to it, with a warning naming the file and line. The structures are read-only for callers.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PA_PHRASES_ERROR (pa_phrases_error_quark ())

typedef enum {
  PA_PHRASES_ERROR_READ,    /* the file cannot be read */
  PA_PHRASES_ERROR_PARSE,   /* not well-formed; names file and line */
  PA_PHRASES_ERROR_INVALID, /* well-formed but wrong; names file and line */
} PaPhrasesError;

GQuark pa_phrases_error_quark (void);

/* Words, folded; "x*" prefix, "*x" suffix, "*x*" inside, "x" inflection */
typedef struct {
  GStrv     keys;
  gboolean  needs_signal;
} PaPhraseMatch;

typedef struct {
  char *slot;   /* NULL when the question has no answer slot */
  char *text;
} PaPhraseQuestion;

typedef struct {
  char      *id;
  char      *category;
  GPtrArray *matches;    /* PaPhraseMatch */
  GPtrArray *templates;  /* char *, with {slot} */
  GPtrArray *questions;  /* PaPhraseQuestion */
  GPtrArray *measures;   /* char * */
} PaPhrasePattern;

typedef struct {
  char      *name;
  GPtrArray *terms;      /* GStrv, words in order */
  GPtrArray *excepts;    /* GStrv, words in order */
} PaPhraseDiagnosis;

typedef struct {
  GPtrArray *patterns;   /* PaPhrasePattern */
  GPtrArray *signals;    /* GStrv, words in order */
  GPtrArray *blockers;   /* GStrv, words in order */
  GPtrArray *diagnoses;  /* PaPhraseDiagnosis */
} PaPhrases;

extern const char * const pa_phrase_categories[];

/* How a word meets a key: a spelling with one letter wrong weighs less
 * than the word or its inflection, so "overskue" is about overview
 * before it is "overskud" misspelt. */
typedef enum {
  PA_PHRASE_MATCH_NONE = 0,
  PA_PHRASE_MATCH_SPELLING = 1,
  PA_PHRASE_MATCH_EXACT = 2,
} PaPhraseMatchQuality;

PaPhrases  *pa_phrases_load_file        (const char   *path,
                                         GError      **error);
PaPhrases  *pa_phrases_load_data        (const char   *data,
                                         gssize        len,
                                         const char   *name,
                                         GError      **error);
PaPhrases  *pa_phrases_load_or_builtin  (const char   *path,
                                         GError      **error);
PaPhrases  *pa_phrases_get_builtin      (void);
PaPhrases  *pa_phrases_load_default     (GError      **warning);
PaPhrases  *pa_phrases_get_default      (void);
const GError *pa_phrases_get_default_warning (void);
PaPhrases  *pa_phrases_ref              (PaPhrases    *phrases);
void        pa_phrases_unref            (PaPhrases    *phrases);
guint       pa_phrases_count_category   (PaPhrases    *phrases,
                                         const char   *category);
gboolean    pa_phrases_key_matches      (const char   *key,
                                         const char   *word);
PaPhraseMatchQuality
            pa_phrases_key_match_quality (const char  *key,
                                          const char  *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaPhrases, pa_phrases_unref)

G_END_DECLS
