/* pa-smart-private.h: the word classes of the SMART analyser's lexicon
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a word can tell the analyser; a word may be in several classes. */
typedef enum {
  PA_W_TASK        = 1u << 0,  /* a concrete task verb or noun: sortere, kassen */
  PA_W_FUNCTION    = 1u << 1,  /* a work function: lagermedhjælper, chauffør */
  PA_W_TRADE       = 1u << 2,  /* a trade or workplace: lager, køkken, butik */
  PA_W_ABSTRACT    = 1u << 3,  /* an abstract aim: afklare, arbejdsevne */
  PA_W_VAGUE       = 1u << 4,  /* a vague task word: opgaver, arbejde, diverse */
  PA_W_UNIT        = 1u << 5,  /* what an amount counts: kasser, kunder, % */
  PA_W_HOUR        = 1u << 6,  /* timer, minutter */
  PA_W_DAY         = 1u << 7,
  PA_W_WEEK        = 1u << 8,
  PA_W_MONTHS      = 1u << 9,  /* måned as a unit */
  PA_W_YEAR        = 1u << 10,
  PA_W_OTHER_COUNT = 1u << 11, /* a number after it counts something else: hal 2 */
  PA_W_LEVEL       = 1u << 12, /* niveau, trin */
  PA_W_LADDER      = 1u << 13, /* selvstartende, selvkørende */
  PA_W_JUDGE       = 1u << 14, /* vurdere, bedømme */
  PA_W_ROLE        = 1u << 15, /* who judges: mentor, kontaktperson */
  PA_W_COMPARE     = 1u << 16, /* bedre, mere, hurtigere */
  PA_W_INDEP       = 1u << 17, /* alene, selvstændigt */
  PA_W_HELP        = 1u << 18, /* after "uden": hjælp, støtte, vejledning */
  PA_W_WEEKDAY     = 1u << 19,
  PA_W_VAGUE_TIME  = 1u << 20, /* snart, på sigt, hurtigst muligt */
  PA_W_PLACEMENT   = 1u << 21, /* praktik, forløb, periode */
  PA_W_END         = 1u << 22, /* afslutning, slut, udgang */
  PA_W_END_EVENT   = 1u << 23, /* slutevaluering, midtvejsmøde */
  PA_W_SEASON      = 1u << 24, /* jul, sommerferien */
  PA_W_MEET        = 1u << 25, /* møde: a behaviour with a time */
  PA_W_TALK        = 1u << 26, /* tale: a behaviour with a language or person */
  PA_W_FREQ        = 1u << 27, /* dagligt, ugentligt */
  PA_W_ERROR       = 1u << 28, /* fejl */
  PA_W_WORK        = 1u << 29, /* arbejde: a behaviour with hours */
  PA_W_FOLLOW_UP   = 1u << 30, /* opfølgning, samtale: frequency is not a measure */
  PA_W_STOP        = 1u << 31, /* a common word: no class, never a typo */
} PaWordClass;

#define PA_W_TIME_UNIT (PA_W_DAY | PA_W_WEEK | PA_W_MONTHS | PA_W_YEAR)

guint32  pa_smart_lexicon_classify (const char *folded_word,
                                   gsize       n_letters);
guint32  pa_smart_lexicon_misspelling_of (const char  *folded_word,
                                          const char **form);
gboolean pa_smart_lexicon_knows    (const char *folded_word);
gboolean pa_smart_is_real_word     (const char *folded_word);

G_END_DECLS
