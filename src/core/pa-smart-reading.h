/* pa-smart-reading.h: finds tasks, measures and deadlines in a goal's words
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the SMART analyser: one text, tokenised and classified
 * once, searched by the rules of each SMART part.
 */
#pragma once

#include "pa-danish.h"
#include "pa-smart-private.h"

G_BEGIN_DECLS

/* Tokens first..last of a reading; first < 0 when nothing was found. */
typedef struct {
  int first;
  int last;
} PaSmartSpan;

typedef struct {
  const char  *text;
  char        *valid;      /* a valid UTF-8 copy, when the text was not */
  GArray      *tokens;
  guint32     *klass;
  int          n;
  gboolean     all_caps;
  /* Found on the way, for the hints: */
  PaSmartSpan  other;      /* a number that counts something else */
  PaSmartSpan  compare;    /* a comparative */
  PaSmartSpan  judge;      /* a judgement without a criterion */
  PaSmartSpan  weekday;    /* a weekday, a frequency */
  PaSmartSpan  vague_time; /* "snart", "på sigt" */
} PaSmartReading;

void         pa_smart_reading_init      (PaSmartReading *r,
                                         const char     *text);
void         pa_smart_reading_clear     (PaSmartReading *r);
PaDaToken   *pa_smart_reading_token     (PaSmartReading *r,
                                         int             i);
char        *pa_smart_reading_span_text (PaSmartReading *r,
                                         PaSmartSpan     span);
PaSmartSpan  pa_smart_span              (int             first,
                                         int             last);
PaSmartSpan  pa_smart_find_concrete     (PaSmartReading *r);
PaSmartSpan  pa_smart_find_class        (PaSmartReading *r,
                                         guint32         klass);
PaSmartSpan  pa_smart_find_measure      (PaSmartReading *r,
                                         gboolean        have_task);
PaSmartSpan  pa_smart_find_deadline     (PaSmartReading *r);

G_END_DECLS
