/* pa-smart-reading.c: finds tasks, measures and deadlines in a goal's words
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision rules of issue 9, applied to the tokens of one text:
 *
 * Specific: a named task, work function or concrete behaviour ("betjene
 *   kassen", "lagermedhjælper", "møde kl. 8", "tale dansk med kunderne",
 *   "hjælpe beboerne op"). An abstract verb with a concrete object counts
 *   ("lære at betjene kassen"); an abstract aim alone does not ("afklare
 *   arbejdsevnen", "blive bedre til dansk": a language is not a task,
 *   speaking it with someone is).
 *   A trade or workplace alone ("prøve lager", "arbejde i køkkenet",
 *   "lagerarbejde") does not: it says where the citizen will be, not what
 *   they will do, and two readers could check it against two different
 *   sets of tasks. The same for a field of work ("gartnerarbejde",
 *   "pedelopgaver") and vague tasks ("diverse opgaver").
 *   Working time is a behaviour ("arbejde 20 timer om ugen", "øge
 *   timetallet"), and so is attendance ("møde kl. 8", "stabilt fremmøde",
 *   "komme til tiden"), but meeting the mentor is follow-up.
 *   Hours and attendance are a behaviour when they are the goal itself
 *   ("komme op på 25 timer om ugen", "afklare, om hun kan arbejde 10
 *   timer": the hours are what is clarified), but only the measure of an
 *   abstract aim they are attached to with "med" or "ved at" ("afklare
 *   arbejdsevnen med 95 % fremmøde", "blive tryg ved at komme på
 *   arbejde"): that goal stays abstract. "Komme (godt) i gang" is an
 *   abstract aim even with hours attached. "Inden for" names a field, not
 *   a task ("kompetencer inden for rengøring"). A capitalised word inside
 *   a sentence that the lexicon would only read as a misspelling is a
 *   name ("Kasper", not "kasser").
 * Measurable: an amount with what it counts ("80 kasser i timen", "12
 *   timer", "90 %", "3 ud af 4"), a limit ("højst én påmindelse"), a
 *   frequency ("3 dage om ugen", "hver fredag", "alle dage", "om
 *   tirsdagen"), a level ("niveau 3", "selvkørende", "som en nyansat"), an
 *   error rate ("højst 2 fejl", "uden fejl"), independence about a named
 *   task ("uden hjælp", "alene", "selvstændigt", "kan selv åbne butikken",
 *   not "mere selvstændigt", and not without a task: "kunne arbejde
 *   selvstændigt") or about a stated amount of work ("klare en hel vagt
 *   uden hjælp", "arbejde alene hele formiddagen", "en almindelig
 *   arbejdsdag"), or a named person's judgement against a stated
 *   criterion ("Lene vurderer, om han kan modtage varer", "om hun følger
 *   plejeplanen"). Not: a comparative without a baseline ("bedre til"), a
 *   number that counts something else ("hal 2", "et team på 4",
 *   "4 kolleger"), the clock ("kl. 8"), a single weekday ("på fredag") or
 *   how often someone follows up ("Lene vurderer hver anden uge"), a
 *   frequency or weekday attached only to an abstract aim or a goal that
 *   is a comparative, with no task ("styrke kompetencerne hver torsdag",
 *   "blive mere tryg … om mandagen": when the placement meets, not how
 *   much of the result; an amount such as "3 dage om ugen", or the
 *   attendance itself, "med fremmøde hver dag", still counts).
 *   "Kan betjene kassen" alone is not a measure: none of the kinds.
 * Time-bound: a date ("1. juni", "1/6", "01.06.2026"), a month, a year, a
 *   week number ("uge 14", "tredje uge"), a time from the start ("efter
 *   tre uger", "inden for 4 uger", "i løbet af de 13 uger", "om 3 uger",
 *   "i 4 uger"), the end or middle of the placement ("ved praktikkens
 *   afslutning", "efter praktikken", "midtvejsevalueringen"), or a holiday
 *   after a preposition ("inden sommerferien"). Not: a weekday as a
 *   frequency ("om tirsdagen"), the clock, a follow-up meeting ("inden
 *   næste opfølgning": its date is not in the goal), "snart", "på sigt",
 *   "hurtigst muligt".
 */
#include "config.h"

#include <string.h>

#include "pa-smart-reading.h"

static gboolean is_punct (PaSmartReading *r,
                          int             i,
                          const char     *chars);

/* "Kasper" inside a sentence is a name, not a misspelling of "kasser". */
static gboolean
is_name (PaSmartReading *r,
         int             i)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  return t->kind == PA_DA_TOKEN_WORD && t->capital && !r->all_caps && r->klass[i] != 0
         && !is_punct (r, i - 1, ".!?:\n") && !pa_smart_lexicon_knows (t->norm)
         && pa_smart_lexicon_misspelling_of (t->norm, NULL) != 0;
}

void
pa_smart_reading_init (PaSmartReading *r,
                       const char     *text)
{
  gboolean lower = FALSE;

  memset (r, 0, sizeof *r);
  r->other = r->compare = r->judge = r->weekday = r->vague_time = pa_smart_span (-1, -1);
  r->text = text ? text : "";
  if (!g_utf8_validate (r->text, -1, NULL))
    r->text = r->valid = g_utf8_make_valid (r->text, -1);
  r->tokens = pa_danish_tokenise (r->text);
  r->n = r->tokens->len;
  r->klass = g_new0 (guint32, MAX (r->n, 1));
  for (int i = 0; i < r->n; i++)
    {
      PaDaToken *t = pa_smart_reading_token (r, i);

      if (t->kind == PA_DA_TOKEN_WORD)
        {
          r->klass[i] = pa_smart_lexicon_classify (t->norm, g_utf8_strlen (t->start, t->len));
          lower |= !t->capital;
        }
    }
  r->all_caps = !lower;
  for (int i = 1; i < r->n; i++)
    if (is_name (r, i))
      r->klass[i] = 0;
}

void
pa_smart_reading_clear (PaSmartReading *r)
{
  g_clear_pointer (&r->tokens, g_array_unref);
  g_clear_pointer (&r->klass, g_free);
  g_clear_pointer (&r->valid, g_free);
}

PaDaToken *
pa_smart_reading_token (PaSmartReading *r,
                        int             i)
{
  if (i < 0 || i >= r->n)
    return NULL;
  return &g_array_index (r->tokens, PaDaToken, i);
}

static guint32
kl (PaSmartReading *r,
    int             i)
{
  return i >= 0 && i < r->n ? r->klass[i] : 0;
}

static gboolean
is (PaSmartReading *r,
    int             i,
    const char     *norm)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  return t != NULL && t->kind != PA_DA_TOKEN_DATE && strcmp (t->norm, norm) == 0;
}

/* Whether token @i is one of the nul-separated words in @words. */
static gboolean
is_any (PaSmartReading *r,
        int             i,
        const char     *words)
{
  for (const char *w = words; *w; w += strlen (w) + 1)
    if (is (r, i, w))
      return TRUE;
  return FALSE;
}

static gboolean
is_punct (PaSmartReading *r,
          int             i,
          const char     *chars)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  return t != NULL && t->kind == PA_DA_TOKEN_PUNCT && strchr (chars, t->norm[0]);
}

static gboolean
is_clause_end (PaSmartReading *r,
               int             i)
{
  return is_punct (r, i, ",;:.!?()");
}

/* The value of a number in digits or words; weak words ("en") only
 * when @weak_ok. */
static int
number (PaSmartReading *r,
        int             i,
        gboolean        weak_ok)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  if (t == NULL || t->kind == PA_DA_TOKEN_DATE || t->kind == PA_DA_TOKEN_PUNCT)
    return -1;
  if (t->kind == PA_DA_TOKEN_WORD && t->weak && !weak_ok)
    return -1;
  return t->value;
}

/* "kl. 8", and the end of "kl. 9-13", "mellem kl. 6 og 10" */
static gboolean
is_clock (PaSmartReading *r,
          int             i)
{
  if (is_any (r, i - 1, "kl\0klokken\0"))
    return TRUE;
  return (is_punct (r, i - 1, "-") || is_any (r, i - 1, "til\0og\0"))
         && is_any (r, i - 3, "kl\0klokken\0");
}

PaSmartSpan
pa_smart_span (int first,
               int last)
{
  PaSmartSpan span = { first, last };

  return span;
}

char *
pa_smart_reading_span_text (PaSmartReading *r,
                            PaSmartSpan     span)
{
  PaDaToken *a = pa_smart_reading_token (r, span.first);
  PaDaToken *b = pa_smart_reading_token (r, span.last);

  if (a == NULL || b == NULL)
    return NULL;
  return g_strndup (a->start, b->start + b->len - a->start);
}

static gboolean is_month (PaSmartReading *r,
                          int             i);

/* Specific */

static gboolean
meet_has_time (PaSmartReading *r,
               int             i)
{
  if (is (r, i + 1, "med"))
    return FALSE;   /* "mødes med mentor": a meeting, not attendance */
  for (int k = i + 1; k <= i + 5 && k < r->n && !is_punct (r, k, ".!?;"); k++)
    if (is_any (r, k, "kl\0klokken\0tiden\0hver\0alle\0stabilt\0stabil\0dagligt\0praecis\0punktligt\0sent\0forsinket\0")
        || (kl (r, k) & (PA_W_WEEKDAY | PA_W_FREQ))
        || (number (r, k, FALSE) > 0 && (kl (r, k + 1) & (PA_W_DAY | PA_W_UNIT)))
        || (!is_any (r, i, "komme\0kommer\0kom\0") && is_any (r, k, "op\0ind\0frem\0")))
      return TRUE;
  for (int k = i - 1; k >= i - 3 && k >= 0; k--)
    if (is_any (r, k, "deltage\0deltager\0deltog\0"))
      return TRUE;
  return FALSE;
}

static gboolean
hours_follow (PaSmartReading *r,
              int             i)
{
  for (int k = i + 1; k <= i + 5 && k + 1 < r->n; k++)
    if (number (r, k, TRUE) > 0 && (kl (r, k + 1 + is_punct (r, k + 1, "-")) & PA_W_HOUR))
      return TRUE;   /* "20 timer", "en 8-timers arbejdsdag" */
  return FALSE;
}

static gboolean
after_any (PaSmartReading *r,
           int             i,
           int             back,
           const char     *words)
{
  for (int k = i - 1; k >= i - back && k >= 0; k--)
    if (is_any (r, k, words))
      return TRUE;
  return FALSE;
}

/* "hjælpe beboerne med …", "hjælpe børnene op", "passe børnene": care
 * for named people */
static gboolean
helps_someone (PaSmartReading *r,
               int             i,
               gboolean        with_what)
{
  const char *people = "beboer\0beboere\0beboerne\0borgere\0borgerne\0boern\0boernene\0"
                       "patienter\0patienterne\0gaester\0gaesterne\0kunder\0kunderne\0"
                       "aeldre\0elever\0eleverne\0brugere\0brugerne\0dem\0ham\0hende\0"
                       "dyr\0dyrene\0hunde\0hundene\0baby\0babyer\0";

  for (int k = i + 1; k <= i + 2; k++)
    if (is_any (r, k, people))
      return !with_what || is_any (r, k + 1, "med\0op\0i\0ud\0ind\0til\0paa\0af\0");
  return FALSE;
}

/* Phrases whose words are not concrete on their own. */
static gboolean
concrete_phrase (PaSmartReading *r,
                 int             i)
{
  if (is (r, i, "imod"))
    return after_any (r, i, 2, "tage\0tager\0tog\0taget\0");
  if (is_any (r, i, "pause\0pauser\0pausen\0pauserne\0"))
    return after_any (r, i, 2, "holde\0holder\0tage\0tager\0");
  if (is_any (r, i, "hjaelpe\0hjaelper\0hjalp\0"))
    return helps_someone (r, i, TRUE);
  if (is_any (r, i, "passe\0passer\0"))
    return helps_someone (r, i, FALSE);
  if (is_any (r, i, "aabne\0aabner\0lukke\0lukker\0"))   /* "åbne butikken" */
    return ((kl (r, i + 1) | kl (r, i + 2)) & (PA_W_TRADE | PA_W_TASK)) != 0;
  if (is_any (r, i, "sige\0siger\0sagde\0"))   /* "sige til", not "han siger" */
    return is_any (r, i + 1, "til\0fra\0goddag\0godmorgen\0farvel\0hej\0sin\0sine\0tak\0");
  if (is_any (r, i, "tur\0ture\0turen\0"))
    return after_any (r, i, 1, "gaa\0gaar\0gik\0");
  if (is (r, i, "plads"))
    return is (r, i - 1, "paa") && after_any (r, i, 5, "laegge\0laegger\0saette\0saetter\0stille\0stiller\0");
  return FALSE;
}

/* "kompetencer inden for rengøring": a field of work, not a task */
static gboolean
names_field (PaSmartReading *r,
             int             i)
{
  return is (r, i - 1, "indenfor") || (is (r, i - 1, "for") && is (r, i - 2, "inden"));
}

/* "komme (godt) i gang": an abstract aim, even with hours attached */
static gboolean
gets_going (PaSmartReading *r,
            int             i)
{
  return is_any (r, i, "komme\0kommer\0kom\0")
         && ((is (r, i + 1, "i") && is (r, i + 2, "gang"))
             || (is (r, i + 2, "i") && is (r, i + 3, "gang")));
}

static gboolean
is_concrete (PaSmartReading *r,
             int             i)
{
  guint32 k = kl (r, i);

  if (gets_going (r, i))
    return FALSE;

  if (k & (PA_W_TASK | PA_W_FUNCTION))
    return !names_field (r, i);
  if ((k & PA_W_MEET) && meet_has_time (r, i))
    return TRUE;
  if ((k & PA_W_TALK) && (is (r, i + 1, "dansk") || is (r, i + 1, "med")
                          || is (r, i + 2, "dansk")))
    return TRUE;
  if ((k & PA_W_WORK) && hours_follow (r, i))
    return TRUE;
  return concrete_phrase (r, i);
}

/* Attendance and working time: "møde kl. 8", "fremmøde", "arbejde 20
 * timer", "timetallet". */
static gboolean
is_attendance (PaSmartReading *r,
               int             i)
{
  static const char * const words[] = {
    "fremmoede", "arbejdstid", "timetal", "moedestabilitet", "moedetid", NULL,
  };
  guint32 k = kl (r, i);

  if ((k & PA_W_MEET) || ((k & PA_W_WORK) && !(k & PA_W_TASK)))
    return TRUE;
  for (int w = 0; words[w]; w++)
    if (g_str_has_prefix (pa_smart_reading_token (r, i)->norm, words[w]))
      return TRUE;
  return FALSE;
}

/* An abstract aim with the attendance attached by "med" or "ved at":
 * "arbejdsevnen med 95 % fremmøde", "tryg ved at komme på arbejde"; not
 * "afklare, om hun kan arbejde 10 timer", where the hours are what is
 * clarified. */
static gboolean
abstract_before (PaSmartReading *r,
                 int             i)
{
  gboolean attached = FALSE;

  for (int k = i - 1; k >= 0 && !is_punct (r, k, ".!?"); k--)
    {
      if (is_any (r, k, "med\0ved\0"))
        attached = TRUE;
      else if (attached && (kl (r, k) & PA_W_ABSTRACT))
        return TRUE;
    }
  return FALSE;
}

/* Attendance or hours are the goal itself in "møde kl. 8 hver dag" and
 * "komme op på 25 timer om ugen", but only the measure of an abstract aim
 * in "afklare arbejdsevnen med 95 % fremmøde": that goal stays abstract. */
PaSmartSpan
pa_smart_find_concrete (PaSmartReading *r)
{
  for (int i = 0; i < r->n; i++)
    if (is_concrete (r, i) && !(is_attendance (r, i) && abstract_before (r, i)))
      return pa_smart_span (i, i);
  return pa_smart_span (-1, -1);
}

PaSmartSpan
pa_smart_find_class (PaSmartReading *r,
                     guint32         klass)
{
  for (int i = 0; i < r->n; i++)
    if (kl (r, i) & klass)
      return pa_smart_span (i, i);
  return pa_smart_span (-1, -1);
}

/* The words around token @i that say the same thing, for the evidence:
 * "Inden 29. maj", "12 timer om ugen", "uden hjælp", "niveau 3". */
static gboolean
extends (PaSmartReading *r,
         int             k)
{
  PaDaToken *t = pa_smart_reading_token (r, k);
  guint32 words = PA_W_TIME_UNIT | PA_W_UNIT | PA_W_HOUR | PA_W_WEEKDAY | PA_W_PLACEMENT
                  | PA_W_END | PA_W_SEASON | PA_W_HELP | PA_W_ERROR | PA_W_FREQ;

  if (t == NULL || t->kind == PA_DA_TOKEN_DATE || is_punct (r, k, "%"))
    return t != NULL;
  if (t->kind == PA_DA_TOKEN_PUNCT)
    return is_punct (r, k, "-/") && number (r, k + 1, TRUE) >= 0;
  return t->value >= 0 || (kl (r, k) & words) || pa_danish_month (t->norm) > 0;
}

static PaSmartSpan
phrase_span (PaSmartReading *r,
             int             i)
{
  const char *connectors = "af\0de\0for\0loebet\0om\0pr\0i\0ud\0at\0ad\0";
  int first = i, last = i;

  if (number (r, i - 1, TRUE) >= 0 && pa_smart_reading_token (r, i)->kind == PA_DA_TOKEN_WORD
      && pa_danish_month (pa_smart_reading_token (r, i)->norm) > 0)
    first--;
  if (kl (r, first - 1) & PA_W_LEVEL)
    first--;
  if (is_any (r, first - 1, "inden\0senest\0efter\0fra\0ved\0indtil\0foer\0om\0"))
    first--;
  for (int n = 0; n < 6 && last + 1 < r->n; n++)
    {
      if (extends (r, last + 1))
        last++;
      else if (is_any (r, last + 1, connectors) && extends (r, last + 2))
        last += 2;
      else if (is_any (r, last + 1, connectors) && is_any (r, last + 2, connectors)
               && extends (r, last + 3))
        last += 3;
      else
        break;
    }
  return pa_smart_span (first, last);
}

/* Measurable */

/* After an amount of days or weeks: "om ugen", "pr. uge", "/uge". */
static gboolean
has_rate (PaSmartReading *r,
          int             j)
{
  guint32 units = PA_W_DAY | PA_W_WEEK | PA_W_MONTHS | PA_W_HOUR;

  if (is_any (r, j, "om\0i\0pr\0per\0hver\0ad\0") || is_punct (r, j, "/"))
    return (kl (r, j + 1) & units) || is (r, j + 1, "gangen");
  return (kl (r, j) & PA_W_FREQ) != 0;
}

/* Past "-3", "til 12", "eller 4", "hele": to what the amount counts. */
static int
skip_to_counted (PaSmartReading *r,
                 int             j)
{
  while (j < r->n)
    {
      if ((is_punct (r, j, "-") || is_any (r, j, "til\0eller\0og\0a\0")) && number (r, j + 1, FALSE) >= 0)
        j += 2;
      else if (is_any (r, j, "hele\0fulde\0ekstra\0nye\0faerdige\0x\0"))
        j++;
      else if (is_punct (r, j, "-") && pa_smart_reading_token (r, j + 1)
               && pa_smart_reading_token (r, j + 1)->kind == PA_DA_TOKEN_WORD)
        j++;   /* "8-timers" */
      else
        break;
    }
  return j;
}

static gboolean
counts_other (PaSmartReading *r,
              int             i)
{
  if (kl (r, i - 1) & PA_W_OTHER_COUNT)
    return TRUE;
  return is (r, i - 1, "paa") && (kl (r, i - 2) & PA_W_OTHER_COUNT);
}

/* What the number before token @j counts: an amount of the result,
 * hours, errors, or days and weeks at a rate ("3 dage om ugen"). */
static gboolean
counts_amount (PaSmartReading *r,
               PaDaToken      *t,
               int             j)
{
  guint32 k = kl (r, j);

  if (t->weak && (k & PA_W_HOUR) && is_any (r, j - 2, "for\0indenfor\0paa\0under\0"))
    return TRUE;   /* "inden for en time" */
  if (t->weak)
    return (k & (PA_W_HOUR | PA_W_TIME_UNIT | PA_W_UNIT)) && has_rate (r, j + 1);
  if (is_punct (r, j, "%") || (k & (PA_W_UNIT | PA_W_HOUR | PA_W_ERROR | PA_W_FREQ)))
    return TRUE;
  if (k & PA_W_TIME_UNIT)
    return has_rate (r, j + 1);
  if (is (r, j, "ud") && is (r, j + 1, "af"))
    return TRUE;
  return is_any (r, j, "om\0i\0pr\0per\0") && (kl (r, j + 1) & (PA_W_DAY | PA_W_WEEK | PA_W_HOUR));
}

/* "højst én påmindelse", "mindst 90", "maks. 2": a limit on a count */
static gboolean
is_limit (PaSmartReading *r,
          int             i)
{
  const char *limits = "hoejst\0mindst\0maks\0max\0maksimalt\0minimum\0maksimum\0"
                       "minimalt\0under\0over\0faerre\0";

  return is_any (r, i - 1, limits) || (is (r, i - 1, "end") && is_any (r, i - 2, "faerre\0mere\0flere\0"));
}

static gboolean
number_measures (PaSmartReading *r,
                 int             i)
{
  PaDaToken *t = pa_smart_reading_token (r, i);
  int value = number (r, i, TRUE), j;

  if (value < 0 || is_clock (r, i) || (kl (r, i - 1) & PA_W_WEEK) || t->ordinal)
    return FALSE;
  if (kl (r, i - 1) & PA_W_LEVEL)
    return TRUE;
  if (((is_punct (r, i - 1, "-") || is_any (r, i - 1, "til\0og\0eller\0"))
       && number (r, i - 2, TRUE) >= 0)
      || (t->kind == PA_DA_TOKEN_NUMBER && value >= 1900))
    return FALSE;   /* the end of a range, or a year */
  j = skip_to_counted (r, i + 1);
  if (counts_amount (r, t, j))
    return TRUE;
  if (counts_other (r, i))
    {
      if (r->other.first < 0)
        r->other = pa_smart_span (i - 1 - is (r, i - 1, "paa"), i);
      return FALSE;
    }
  if (is_limit (r, i) && !(kl (r, j) & PA_W_TIME_UNIT))
    return TRUE;
  if (is_any (r, j, "personer\0gaester\0kuverter\0mennesker\0") && is_any (r, i - 1, "til\0for\0"))
    return TRUE;   /* "mad til 20 personer" */
  if (j < r->n && !t->weak && !is_clause_end (r, j) && r->other.first < 0
           && !(kl (r, j) & (PA_W_TIME_UNIT | PA_W_STOP)) && !is_month (r, j)
           && pa_smart_reading_token (r, j)->kind == PA_DA_TOKEN_WORD)
    r->other = pa_smart_span (i, j);   /* "4 kolleger" */
  return FALSE;
}

static gboolean
near_follow_up (PaSmartReading *r,
                int             i)
{
  for (int k = i - 1; k >= i - 5 && k >= 0 && !is_punct (r, k, ".!?;"); k--)
    if (kl (r, k) & PA_W_FOLLOW_UP)
      return TRUE;
  return FALSE;
}

/* "om tirsdagen", "tirsdage", "hver tirsdag", "tirsdag og torsdag",
 * "man, ons, fre" repeat; "på fredag", "tirsdag den 5. maj" do not. */
static gboolean
weekday_repeats (PaSmartReading *r,
                 int             i)
{
  static const char * const once[] = {
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "loerdag", "soendag", NULL,
  };
  PaDaToken *t = pa_smart_reading_token (r, i);

  if (is (r, i + 1, "den") && number (r, i + 2, FALSE) > 0)
    return FALSE;
  if (!g_strv_contains (once, t->norm) || is_any (r, i - 1, "hver\0alle\0om\0"))
    return TRUE;
  for (int k = i - 3; k <= i + 3; k++)
    if (k != i && (kl (r, k) & PA_W_WEEKDAY))
      return TRUE;
  return FALSE;
}

static gboolean
is_frequency (PaSmartReading *r,
              int             i)
{
  guint32 when = PA_W_DAY | PA_W_WEEK | PA_W_WEEKDAY | PA_W_HOUR | PA_W_MONTHS;

  if (is_any (r, i, "hver\0hvert\0"))
    {
      int j = i + 1;

      while (is_any (r, j, "eneste\0anden\0andet\0") || number (r, j, TRUE) > 0)
        j++;
      return (kl (r, j) & when) || is_any (r, j, "morgen\0formiddag\0eftermiddag\0aften\0gang\0");
    }
  if (is (r, i, "alle"))
    return (kl (r, i + 1) & (when | PA_W_FREQ)) || is (r, i + 1, "morgener");
  if (kl (r, i) & PA_W_FREQ)
    return TRUE;
  if (is_any (r, i, "fuld\0fulde\0") && is (r, i + 1, "tid"))
    return TRUE;
  if (kl (r, i) & PA_W_WEEKDAY)
    return weekday_repeats (r, i);
  if (is (r, i, "man"))
    return (kl (r, i + 2) & PA_W_WEEKDAY) && is_punct (r, i + 1, ",-/");
  return FALSE;
}

/* "styrke identiteten hver torsdag", "blive mere tryg … om mandagen":
 * with no task, a frequency right after an abstract aim, or in a goal
 * that is a comparative, says when the placement meets, not how much of
 * the result is reached. */
static gboolean
abstract_frequency (PaSmartReading *r,
                    int             i)
{
  int k = i - 1;

  if (r->compare.first >= 0 && r->compare.first < i)
    return TRUE;
  /* back over the rest of the frequency: "hver mandag og onsdag" */
  while (k >= 0 && ((kl (r, k) & (PA_W_WEEKDAY | PA_W_FREQ | PA_W_DAY))
                    || is_any (r, k, "hver\0hvert\0alle\0om\0og\0samt\0eller\0")
                    || is_punct (r, k, ",")))
    k--;
  if (k >= 0 && is_attendance (r, k))
    return FALSE;   /* "med fremmøde hver dag": the attendance is measured */
  for (int stop = k - 2; k >= stop && k >= 0; k--)
    if (kl (r, k) & PA_W_ABSTRACT)
      return TRUE;
  return FALSE;
}

static gboolean
compared_before (PaSmartReading *r,
                 int             i)
{
  return (kl (r, i - 1) & PA_W_COMPARE) || (kl (r, i - 2) & PA_W_COMPARE);
}

/* "en hel vagt", "hele formiddagen", "en almindelig arbejdsdag", "6
 * timer" near token @i: an amount of work that "alene" or "uden hjælp"
 * can be checked against even when no task is named. */
static gboolean
amount_of_work (PaSmartReading *r,
                int             i)
{
  const char *whole = "hel\0hele\0helt\0fuld\0fulde\0almindelig\0almindelige\0normal\0normale\0";
  guint32 units = PA_W_DAY | PA_W_HOUR;

  for (int k = MAX (i - 8, 0); k <= i + 8 && k < r->n; k++)
    {
      if (k != i && is_punct (r, k, ".!?;"))
        {
          if (k < i)
            continue;
          break;
        }
      if ((kl (r, k) & units) && (is_any (r, k - 1, whole) || number (r, k - 1, FALSE) > 0))
        return TRUE;
    }
  return FALSE;
}

/* "alene", "selvstændigt", "uden hjælp", "på egen hånd", "kan selv åbne" */
static gboolean
is_independence (PaSmartReading *r,
                 int             i)
{
  if (kl (r, i) & PA_W_INDEP)
    return !compared_before (r, i);
  if (is (r, i, "selv"))
    return is_any (r, i - 1, "kan\0kunne\0skal\0vil\0han\0hun\0jeg\0du\0de\0")
           && !is_any (r, i + 1, "om\0at\0")
           && (is_concrete (r, i + 1) || is_concrete (r, i + 2));
  if (is (r, i, "uden"))
    {
      int j = i + 1;

      while (is_any (r, j, "at\0brug\0af\0nogen\0megen\0for\0lave\0begaa\0have\0"
                     "skulle\0faa\0behoeve\0bede\0om\0bruge\0"))
        j++;
      return (kl (r, j) & PA_W_HELP) || is (r, j, "hjaelpe");
    }
  return is (r, i, "egen") && is (r, i + 1, "haand");
}

static gboolean
is_error_rate (PaSmartReading *r,
               int             i)
{
  if (!(kl (r, i) & PA_W_ERROR))
    return FALSE;
  return is_any (r, i, "fejlfri\0fejlfrit\0")
         || is_any (r, i - 1, "uden\0ingen\0hoejst\0maks\0max\0maksimalt\0faerre\0under\0")
         || is_any (r, i - 2, "hoejst\0maks\0max\0maksimalt\0faerre\0under\0");
}

/* "selvkørende", "niveau med", "som en nyansat" */
static gboolean
is_level (PaSmartReading *r,
          int             i)
{
  const char *peers = "nyansat\0nyansatte\0ordinaer\0ordinaere\0faglaert\0faglaerte\0udlaert\0";

  if (kl (r, i) & PA_W_LADDER)
    return TRUE;
  if ((kl (r, i) & PA_W_LEVEL) && is (r, i + 1, "med"))
    return TRUE;
  return is (r, i, "som") && (is_any (r, i + 1, peers) || is_any (r, i + 2, peers));
}

static gboolean
is_actor (PaSmartReading *r,
          int             i)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  if (kl (r, i) & PA_W_ROLE)
    return TRUE;
  return t && t->kind == PA_DA_TOKEN_WORD && t->capital && !r->all_caps
         && kl (r, i) == 0 && strlen (t->norm) > 1;
}

static gboolean
has_actor (PaSmartReading *r,
           int             i)
{
  for (int k = i - 1; k >= 0 && !is_punct (r, k, ".!?"); k--)
    if (is_actor (r, k))
      return TRUE;
  return is (r, i + 1, "af") && is_actor (r, i + 2);   /* "vurderes af Lene" */
}

/* "…, om han kan modtage varer": a question that names the task */
static gboolean
has_criterion (PaSmartReading *r,
               int             i)
{
  gboolean question = FALSE;

  for (int k = i + 1; k < r->n && !is_punct (r, k, ".!?"); k++)
    {
      if (is_any (r, k, "om\0hvorvidt\0") && !(kl (r, k + 1) & PA_W_TIME_UNIT))
        question = TRUE;
      else if (question && (is_concrete (r, k)
                            || is_any (r, k, "foelger\0foelge\0overholder\0overholde\0")))
        return TRUE;   /* "om hun følger plejeplanen": a stated criterion */
    }
  return FALSE;
}

/* "Lene vurderer, om han kan modtage varer": someone named, a judgement,
 * and a criterion that names the task. */
static gboolean
is_judged (PaSmartReading *r,
           int             i)
{
  if (!(kl (r, i) & PA_W_JUDGE))
    return FALSE;
  if (has_actor (r, i) && has_criterion (r, i))
    return TRUE;
  if (r->judge.first < 0)
    r->judge = pa_smart_span (i, i);
  return FALSE;
}

/* What in this text shows the goal can be checked; @have_task says
 * whether a task was named (independence must be about a task). */
PaSmartSpan
pa_smart_find_measure (PaSmartReading *r,
                       gboolean        have_task)
{
  for (int i = 0; i < r->n; i++)
    {
      if (number_measures (r, i))
        return phrase_span (r, i);
      if ((is_frequency (r, i) && !near_follow_up (r, i) && (have_task || !abstract_frequency (r, i)))
          || is_error_rate (r, i) || is_level (r, i)
          || ((have_task || amount_of_work (r, i)) && is_independence (r, i))
          || is_judged (r, i))
        return phrase_span (r, i);
      if ((kl (r, i) & PA_W_COMPARE) && r->compare.first < 0)
        r->compare = pa_smart_span (i, i);
    }
  return pa_smart_span (-1, -1);
}

/* Time-bound */

static gboolean
is_month (PaSmartReading *r,
          int             i)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  if (t == NULL || t->kind != PA_DA_TOKEN_WORD || pa_danish_month (t->norm) == 0)
    return FALSE;
  return strlen (t->norm) >= 4 || strcmp (t->norm, "maj") == 0 || number (r, i - 1, FALSE) > 0;
}

static gboolean
is_week_number (PaSmartReading *r,
                int             i)
{
  PaDaToken *prev = pa_smart_reading_token (r, i - 1);

  if (!(kl (r, i) & PA_W_TIME_UNIT) || is_any (r, i - 1, "hver\0hvert\0")
      || is_any (r, i - 2, "hver\0hvert\0"))
    return FALSE;
  if ((kl (r, i) & PA_W_WEEK) && number (r, i + 1, FALSE) > 0 && !is_clock (r, i + 1))
    return TRUE;
  if (prev && prev->ordinal
      && (!prev->weak || (kl (r, i - 2) & PA_W_PLACEMENT)
          || is_any (r, i - 2, "fra\0i\0den\0inden\0efter\0til\0")))
    return TRUE;
  return number (r, i - 1, FALSE) > 0 && is_any (r, i - 2, "foerste\0sidste\0");
}

/* "efter tre uger", "inden for 4 uger", "om 3 uger", "i 4 uger", but not
 * "i 3 dage om ugen". */
static gboolean
is_duration (PaSmartReading *r,
             int             i)
{
  const char *between = "for\0de\0den\0det\0loebet\0af\0foerste\0ca\0cirka\0hele\0"
                        "praktikkens\0forloebets\0kun\0blot\0mindst\0hoejst\0maks\0senest\0"
                        "naeste\0kommende\0foerstkommende\0";

  int from = i + 1;

  if (is_any (r, i, "tid\0varighed\0periode\0") && is_punct (r, i + 1, ":"))
    from++;   /* "Tid: 13 uger" */
  else if (!is_any (r, i, "efter\0inden\0indenfor\0om\0senest\0foer\0indtil\0i\0paa\0gaaet\0over\0"))
    return FALSE;
  for (int j = from; j <= i + 5 && j + 1 < r->n; j++)
    {
      PaDaToken *t = pa_smart_reading_token (r, j);

      /* "på 4 uger" is a time frame, "fordelt på 3 dage" is not */
      guint32 units = is (r, i, "paa") ? PA_W_WEEK | PA_W_MONTHS | PA_W_YEAR : PA_W_TIME_UNIT;

      int u = j + 1 + is_any (r, j + 1, "halvt\0halv\0hel\0hele\0");   /* "et halvt år" */

      if (number (r, j, TRUE) > 0 && !t->ordinal)
        return (kl (r, u) & units) && !has_rate (r, u + 1)
               && !is_clock (r, j) && !is (r, i - 1, "fordelt");
      if (!is_any (r, j, between))
        return FALSE;
    }
  return FALSE;
}

static gboolean
near_placement (PaSmartReading *r,
                int             i)
{
  for (int k = i - 3; k <= i + 3; k++)
    if (k != i && (kl (r, k) & PA_W_PLACEMENT))
      return TRUE;
  return FALSE;
}

static gboolean
is_end (PaSmartReading *r,
        int             i)
{
  guint32 k = kl (r, i);

  if (k & PA_W_END_EVENT)
    return TRUE;
  if (!(k & PA_W_END))
    return FALSE;
  if (is (r, i, "sidste"))
    return (kl (r, i + 1) & PA_W_TIME_UNIT) || near_placement (r, i);
  return near_placement (r, i)
         || (is (r, i + 1, "af") && (is_month (r, i + 2) || number (r, i + 2, FALSE) >= 1900
                                     || (kl (r, i + 2) & (PA_W_SEASON | PA_W_TIME_UNIT))));
}

static gboolean
is_time_frame (PaSmartReading *r,
               int             i)
{
  PaDaToken *t = pa_smart_reading_token (r, i);

  if (t->kind == PA_DA_TOKEN_DATE)
    return !is_clock (r, i);
  if (t->kind == PA_DA_TOKEN_NUMBER)   /* a year, but not "siden 2019" */
    return t->value >= 2020 && t->value < 2100 && t->len == 4 && !is (r, i - 1, "siden");
  if (is (r, i, "loebet") && is (r, i + 1, "af"))
    return near_placement (r, i + 1) || (kl (r, i + 2) & PA_W_SEASON) || is_month (r, i + 2);
  if (is_any (r, i, "efter\0inden\0foer\0indtil\0senest\0")
      && (kl (r, i + 1) & PA_W_PLACEMENT))
    return TRUE;
  if (kl (r, i) & PA_W_SEASON)
    {
      /* "inden sommerferien", "i julen", "i løbet af foråret"; not "om
       * sommeren", which is every summer */
      const char *before = "inden\0foer\0til\0efter\0ved\0senest\0indtil\0omkring\0af\0i\0over\0";
      int k = i - 1 - is_any (r, i - 1, "den\0denne\0naeste\0kommende\0");

      return is_any (r, k, before);
    }
  return is_month (r, i) || is_week_number (r, i) || is_duration (r, i) || is_end (r, i);
}

static PaSmartSpan
vague_time_span (PaSmartReading *r,
                 int             i)
{
  int first = i, last = i;

  if (is (r, i, "sigt"))
    while (is_any (r, first - 1, "paa\0laengere\0lang\0laeng\0kort\0"))
      first--;
  if (is (r, i, "hurtigst") && is (r, i + 1, "muligt"))
    last++;
  return pa_smart_span (first, last);
}

PaSmartSpan
pa_smart_find_deadline (PaSmartReading *r)
{
  for (int i = 0; i < r->n; i++)
    {
      if (is_time_frame (r, i))
        return phrase_span (r, i);
      if ((kl (r, i) & PA_W_VAGUE_TIME) && r->vague_time.first < 0)
        r->vague_time = vague_time_span (r, i);
      if ((kl (r, i) & PA_W_WEEKDAY) && r->weekday.first < 0 && weekday_repeats (r, i))
        r->weekday = pa_smart_span (is_any (r, i - 1, "om\0hver\0paa\0alle\0") ? i - 1 : i, i);
    }
  return pa_smart_span (-1, -1);
}
