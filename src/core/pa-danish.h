/* pa-danish.h: Danish words as written: folding, stems, numbers, tokens
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The small amount of Danish that the goal analyser needs to read text as
 * people type it: lower case with æ, ø and å folded to ae, oe and aa (so
 * "hjælp" and "hjaelp" meet), a light suffix stripper for inflections,
 * numbers written as words, and a tokeniser that keeps dates, ordinals
 * and the place of each token in the original text. GLib only.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PA_DA_TOKEN_WORD,
  PA_DA_TOKEN_NUMBER,   /* digits; number words are WORD with a value */
  PA_DA_TOKEN_DATE,     /* 1/6, 1.6., 01.06.2026, 2026-06-01 */
  PA_DA_TOKEN_PUNCT,
} PaDaTokenKind;

typedef struct {
  PaDaTokenKind  kind;
  char          *norm;        /* folded word, the digits or the character */
  const char    *start;       /* where it starts in the original text */
  gsize          len;         /* its length there, in bytes */
  int            value;       /* number value, or -1 */
  guint          ordinal : 1; /* "3." before a word, or "tredje" */
  guint          weak : 1;    /* "en", "et", "anden": a number only in context */
  guint          capital : 1; /* began with an upper-case letter */
  guint8         day;         /* DATE only */
  guint8         month;       /* DATE only */
  guint16        year;        /* DATE only, 0 when not given */
} PaDaToken;

char      *pa_danish_fold          (const char *text,
                                    gssize      len);
char      *pa_danish_normalise     (const char *text);
void       pa_danish_stem_into     (const char *word,
                                    char       *buf,
                                    gsize       size);
char      *pa_danish_stem          (const char *word);
int        pa_danish_number_word   (const char *word,
                                    gboolean   *ordinal,
                                    gboolean   *weak);
gboolean   pa_danish_within_one    (const char *a,
                                    gsize       len_a,
                                    const char *b,
                                    gsize       len_b);
int        pa_danish_month         (const char *word);
GArray    *pa_danish_tokenise      (const char *text);
gboolean   pa_danish_parse_date    (const char *text,
                                    GDate      *date);

G_END_DECLS
