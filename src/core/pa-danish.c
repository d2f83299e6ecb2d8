/* pa-danish.c: Danish words as written: folding, stems, numbers, tokens
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folding goes one way only, to ASCII: æ -> ae, ø -> oe, å -> aa. Text
 * written without the Danish letters ("faa", "hjaelp") then meets the
 * lexicon, and a word with a real "aa" ("ekstraarbejde") is never turned
 * into an "å" it does not have. The stemmer strips one inflectional or
 * derivational suffix and undoubles a final consonant, so "sortere",
 * "sorterer", "sorteret", "sortering" and "sorteringen" share a stem.
 */
#include "config.h"

#include <string.h>

#include "pa-danish.h"

static const char *
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x00e6: return "ae";                    /* æ */
    case 0x00f8: case 0x00f6: return "oe";       /* ø ö */
    case 0x00e5: return "aa";                    /* å */
    case 0x00e4: return "ae";                    /* ä */
    case 0x00e9: case 0x00e8: case 0x00ea: case 0x00eb: return "e";
    case 0x00e1: case 0x00e0: case 0x00e2: return "a";
    case 0x00ed: case 0x00ec: case 0x00ee: case 0x00ef: return "i";
    case 0x00f3: case 0x00f2: case 0x00f4: return "o";
    case 0x00fa: case 0x00f9: case 0x00fb: case 0x00fc: return "u";
    case 0x00f1: return "n";
    case 0x00e7: return "c";
    default: return NULL;
    }
}

/**
 * pa_danish_fold:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 when nul-terminated
 *
 * Returns: @text in lower case with æ, ø and å written as ae, oe and aa
 *   and accents dropped (é -> e). Letters of other scripts stay.
 */
char *
pa_danish_fold (const char *text,
                gssize      len)
{
  GString *out;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  end = len < 0 ? text + strlen (text) : text + len;
  out = g_string_sized_new (end - text + 8);
  for (const char *p = text; p < end && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      const char *folded = fold_char (c);

      if (folded != NULL)
        g_string_append (out, folded);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * pa_danish_normalise:
 * @text: UTF-8 text
 *
 * Returns: @text folded (see pa_danish_fold()), with runs of white space
 *   made one space and none at either end.
 */
char *
pa_danish_normalise (const char *text)
{
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  folded = pa_danish_fold (text, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, c);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Longest first; each is tried at the end of the word. */
static const char * const suffixes[] = {
  "erendes", "erende", "hedernes", "hederne", "hedens", "heden", "heder",
  "elsens", "elsen", "elser", "else", "ingens", "ingerne", "ingen", "inger",
  "ernes", "erens", "erne", "eren", "endes", "ende", "edes", "ede",
  "ene", "ens", "ers", "ets", "hed", "ing", "er", "en", "et", "es", "ne",
  "e", "s",
};

static gboolean
is_vowel (char c)
{
  return strchr ("aeiouy", c) != NULL;
}

/**
 * pa_danish_stem_into:
 * @word: a folded word (see pa_danish_fold())
 * @buf: where the stem goes
 * @size: the size of @buf
 *
 * Strips the longest known suffix that leaves at least two letters, then
 * undoubles a final consonant ("pakk" -> "pak").
 */
void
pa_danish_stem_into (const char *word,
                     char       *buf,
                     gsize       size)
{
  gsize len;

  g_return_if_fail (word != NULL && buf != NULL && size > 0);

  g_strlcpy (buf, word, size);
  len = strlen (buf);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize slen = strlen (suffixes[i]);

      if (len >= slen + 2 && strcmp (buf + len - slen, suffixes[i]) == 0)
        {
          len -= slen;
          buf[len] = '\0';
          break;
        }
    }
  if (len >= 3 && buf[len - 1] == buf[len - 2] && !is_vowel (buf[len - 1]))
    buf[len - 1] = '\0';
}

/**
 * pa_danish_stem:
 * @word: a folded word
 *
 * Returns: (transfer full): the stem of @word
 */
char *
pa_danish_stem (const char *word)
{
  gsize size;
  char *buf;

  g_return_val_if_fail (word != NULL, NULL);

  size = strlen (word) + 1;
  buf = g_malloc (size);
  pa_danish_stem_into (word, buf, size);
  return buf;
}

typedef struct {
  const char *word;
  int         value;
  gboolean    ordinal;
  gboolean    weak;
} NumberWord;

static const NumberWord number_words[] = {
  { "nul", 0 }, { "en", 1, FALSE, TRUE }, { "et", 1, FALSE, TRUE },
  { "een", 1 }, { "eet", 1 }, { "to", 2 }, { "tre", 3 }, { "fire", 4 },
  { "fem", 5 }, { "seks", 6 }, { "syv", 7 }, { "otte", 8 }, { "ni", 9 },
  { "ti", 10 }, { "elleve", 11 }, { "tolv", 12 }, { "tretten", 13 },
  { "fjorten", 14 }, { "femten", 15 }, { "seksten", 16 }, { "sytten", 17 },
  { "atten", 18 }, { "nitten", 19 }, { "tyve", 20 }, { "tredive", 30 },
  { "tredve", 30 }, { "fyrre", 40 }, { "halvtreds", 50 }, { "tres", 60 },
  { "halvfjerds", 70 }, { "firs", 80 }, { "halvfems", 90 },
  { "hundrede", 100 }, { "halvanden", 1 },
  { "foerste", 1, TRUE }, { "anden", 2, TRUE, TRUE }, { "andet", 2, TRUE, TRUE },
  { "tredje", 3, TRUE }, { "fjerde", 4, TRUE }, { "femte", 5, TRUE },
  { "sjette", 6, TRUE }, { "syvende", 7, TRUE }, { "ottende", 8, TRUE },
  { "niende", 9, TRUE }, { "tiende", 10, TRUE }, { "ellevte", 11, TRUE },
  { "tolvte", 12, TRUE }, { "trettende", 13, TRUE }, { "fjortende", 14, TRUE },
  { "femtende", 15, TRUE }, { "sekstende", 16, TRUE }, { "syttende", 17, TRUE },
  { "attende", 18, TRUE }, { "nittende", 19, TRUE }, { "tyvende", 20, TRUE },
};

static int
simple_number_word (const char *word,
                    gboolean   *ordinal,
                    gboolean   *weak)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_words); i++)
    if (strcmp (word, number_words[i].word) == 0)
      {
        *ordinal = number_words[i].ordinal;
        *weak = number_words[i].weak;
        return number_words[i].value;
      }
  return -1;
}

/**
 * pa_danish_number_word:
 * @word: a folded word
 * @ordinal: (out) (optional): whether it is an ordinal ("tredje")
 * @weak: (out) (optional): whether it is also a common word ("en", "anden")
 *
 * Reads "tre", "fjorten", "enogtyve", "tredje" and the like.
 *
 * Returns: the value, or -1 when @word is not a number
 */
int
pa_danish_number_word (const char *word,
                       gboolean   *ordinal,
                       gboolean   *weak)
{
  gboolean o = FALSE, w = FALSE;
  const char *og;
  int value;

  g_return_val_if_fail (word != NULL, -1);

  value = simple_number_word (word, &o, &w);
  og = strstr (word, "og");
  if (value < 0 && og != NULL && og > word && og[2] != '\0')
    {
      g_autofree char *unit = g_strndup (word, og - word);
      gboolean uo, uw, to, tw;
      int u = simple_number_word (unit, &uo, &uw);
      int tens = simple_number_word (og + 2, &to, &tw);

      if (u > 0 && u < 10 && tens >= 20 && tens % 10 == 0 && !to)
        value = tens + u, w = FALSE;
    }
  if (ordinal)
    *ordinal = o;
  if (weak)
    *weak = w;
  return value;
}

/**
 * pa_danish_within_one:
 *
 * Returns: whether @a and @b differ by at most one edit: a letter
 *   inserted, deleted or replaced, or two neighbours swapped
 */
gboolean
pa_danish_within_one (const char *a,
                      gsize       len_a,
                      const char *b,
                      gsize       len_b)
{
  gsize i = 0;

  if (len_a > len_b)
    return pa_danish_within_one (b, len_b, a, len_a);
  if (len_b - len_a > 1)
    return FALSE;
  while (i < len_a && a[i] == b[i])
    i++;
  if (i == len_a)
    return TRUE;
  if (len_a == len_b)
    {
      if (memcmp (a + i + 1, b + i + 1, len_a - i - 1) == 0)
        return TRUE;
      return i + 1 < len_a && a[i] == b[i + 1] && a[i + 1] == b[i]
             && memcmp (a + i + 2, b + i + 2, len_a - i - 2) == 0;
    }
  return memcmp (a + i, b + i + 1, len_a - i) == 0;
}

static const char * const months[] = {
  "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
  "september", "oktober", "november", "december",
};
static const char * const month_abbrevs[] = {
  "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
  "nov", "dec",
};

/**
 * pa_danish_month:
 * @word: a folded word
 *
 * Returns: 1-12 for a month's name ("juni", "jun"), or 0
 */
int
pa_danish_month (const char *word)
{
  g_return_val_if_fail (word != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (strcmp (word, months[i]) == 0 || strcmp (word, month_abbrevs[i]) == 0)
      return i + 1;
  if (strcmp (word, "sept") == 0)
    return 9;
  return 0;
}

/* Abbreviations whose full stop does not end a clause. */
static const char * const abbrevs[] = {
  "kl", "pr", "d", "maks", "max", "min", "ca", "fx", "bl", "a", "nr", "stk",
  "evt", "inkl", "ekskl", "mv", "osv", "dvs", "jf", "tlf", "man", "tirs",
  "tir", "ons", "tors", "tor", "fre", "loer", "soen", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "mdr", "md",
  "pct", "t",
};

static gboolean
is_abbrev (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
    if (strcmp (word, abbrevs[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
token_clear (gpointer data)
{
  PaDaToken *token = data;

  g_free (token->norm);
}

static int
read_digits (const char **p,
             int         *n_digits)
{
  int value = 0;

  *n_digits = 0;
  while (g_ascii_isdigit (**p))
    {
      if (value < 100000)
        value = value * 10 + (**p - '0');
      (*p)++;
      (*n_digits)++;
    }
  return value;
}

static void
push (GArray        *tokens,
      PaDaTokenKind  kind,
      const char    *start,
      const char    *end,
      int            value)
{
  PaDaToken token = { kind, NULL, start, end - start, value };

  if (kind == PA_DA_TOKEN_WORD)
    token.norm = pa_danish_fold (start, end - start);
  else
    token.norm = g_strndup (start, end - start);
  g_array_append_val (tokens, token);
}

/* "2026-06-01" */
static const char *
scan_iso_date (const char *p,
               PaDaToken  *date)
{
  const char *q = p;
  int n, y, m, d;

  y = read_digits (&q, &n);
  if (n != 4 || *q != '-' || !g_ascii_isdigit (q[1]))
    return NULL;
  q++;
  m = read_digits (&q, &n);
  if (n > 2 || *q != '-' || !g_ascii_isdigit (q[1]))
    return NULL;
  q++;
  d = read_digits (&q, &n);
  if (n > 2 || m < 1 || m > 12 || d < 1 || d > 31)
    return NULL;
  date->day = d, date->month = m, date->year = y;
  return q;
}

/* "1/6", "1.6.", "01.06.2026", "15/3-2026", "1.6.26" */
static const char *
scan_day_month (const char *p,
                PaDaToken  *date)
{
  const char *q = p;
  int n, d, m;

  d = read_digits (&q, &n);
  if (n > 2 || (*q != '.' && *q != '/') || !g_ascii_isdigit (q[1]))
    return NULL;
  q++;
  m = read_digits (&q, &n);
  if (n > 2 || d < 1 || d > 31 || m < 1 || m > 12)
    return NULL;
  date->day = d, date->month = m, date->year = 0;
  if ((*q == '.' || *q == '/' || *q == '-') && g_ascii_isdigit (q[1]))
    {
      const char *r = q + 1;
      int y = read_digits (&r, &n);

      if (n == 4 || n == 2)
        {
          date->year = n == 2 ? 2000 + y : y;
          q = r;
        }
    }
  else if (*q == '.' && !g_ascii_isdigit (q[1]))
    q++;
  return q;
}

static const char *
scan_number (GArray     *tokens,
             const char *p)
{
  PaDaToken date = { 0 };
  const char *q = p, *end;
  int n, value;

  if ((end = scan_iso_date (p, &date)) || (end = scan_day_month (p, &date)))
    {
      push (tokens, PA_DA_TOKEN_DATE, p, end, date.day);
      g_array_index (tokens, PaDaToken, tokens->len - 1).day = date.day;
      g_array_index (tokens, PaDaToken, tokens->len - 1).month = date.month;
      g_array_index (tokens, PaDaToken, tokens->len - 1).year = date.year;
      return end;
    }
  value = read_digits (&q, &n);
  /* 8.30, 2,5: a time of day or a decimal; the whole part counts */
  if ((*q == '.' || *q == ',' || *q == ':') && g_ascii_isdigit (q[1]))
    {
      q++;
      read_digits (&q, &n);
      push (tokens, PA_DA_TOKEN_NUMBER, p, q, value);
      return q;
    }
  push (tokens, PA_DA_TOKEN_NUMBER, p, q, value);
  /* "3. uge", "1. juni": an ordinal, when a lower-case word follows */
  if (*q == '.' && q[1] == ' ' && q[2] != '\0'
      && g_unichar_islower (g_utf8_get_char (q + 2)))
    {
      g_array_index (tokens, PaDaToken, tokens->len - 1).ordinal = TRUE;
      q++;
    }
  return q;
}

static const char *
scan_word (GArray     *tokens,
           const char *p)
{
  const char *q = p;
  PaDaToken *token;
  gboolean ordinal, weak;

  while (*q)
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c))
        break;
      q = g_utf8_next_char (q);
    }
  push (tokens, PA_DA_TOKEN_WORD, p, q, -1);
  token = &g_array_index (tokens, PaDaToken, tokens->len - 1);
  token->capital = g_unichar_isupper (g_utf8_get_char (p));
  token->value = pa_danish_number_word (token->norm, &ordinal, &weak);
  token->ordinal = ordinal;
  /* "én", "ét" with the accent are the number, not the article */
  token->weak = weak && !(q - p == 3 && (strncmp (p, "én", 3) == 0 || strncmp (p, "ét", 3) == 0
                                         || strncmp (p, "Én", 3) == 0 || strncmp (p, "Ét", 3) == 0));
  if (*q == '.' && is_abbrev (token->norm))
    q++;
  return q;
}

/**
 * pa_danish_tokenise:
 * @text: UTF-8 text
 *
 * Splits @text into words, numbers, dates and punctuation. Each token
 * points back into @text, which must outlive the array.
 *
 * Returns: (transfer full) (element-type PaDaToken): the tokens
 */
GArray *
pa_danish_tokenise (const char *text)
{
  GArray *tokens = g_array_sized_new (FALSE, TRUE, sizeof (PaDaToken), 32);

  g_array_set_clear_func (tokens, token_clear);
  g_return_val_if_fail (text != NULL, tokens);

  for (const char *p = text; *p;)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p))
        p = scan_number (tokens, p);
      else if (g_unichar_isalpha (c))
        p = scan_word (tokens, p);
      else
        {
          const char *next = g_utf8_next_char (p);

          if (c < 128 && strchr (",;:.!?()/%-+", (char) c))
            push (tokens, PA_DA_TOKEN_PUNCT, p, next, -1);
          else if (c == 0x2013 || c == 0x2014)   /* en and em dash */
            {
              push (tokens, PA_DA_TOKEN_PUNCT, p, next, -1);
              g_free (g_array_index (tokens, PaDaToken, tokens->len - 1).norm);
              g_array_index (tokens, PaDaToken, tokens->len - 1).norm = g_strdup ("-");
            }
          p = next;
        }
    }
  return tokens;
}

/**
 * pa_danish_parse_date:
 * @text: a date as people write it: "2026-06-01", "1.6.2026",
 *   "1/6-2026", "1. juni 2026"
 * @date: (out): the date
 *
 * Returns: whether @text holds a complete date (with its year)
 */
gboolean
pa_danish_parse_date (const char *text,
                      GDate      *date)
{
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (text != NULL && date != NULL, FALSE);

  g_date_clear (date, 1);
  tokens = pa_danish_tokenise (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      PaDaToken *t = &g_array_index (tokens, PaDaToken, i);
      int day = 0, month = 0, year = 0;

      if (t->kind == PA_DA_TOKEN_DATE && t->year > 0)
        day = t->day, month = t->month, year = t->year;
      else if (t->kind == PA_DA_TOKEN_NUMBER && i + 2 < tokens->len)
        {
          PaDaToken *m = t + 1, *y = t + 2;

          if (m->kind == PA_DA_TOKEN_WORD && y->kind == PA_DA_TOKEN_NUMBER)
            day = t->value, month = pa_danish_month (m->norm), year = y->value;
        }
      if (month > 0 && year >= 1900 && year < 3000
          && g_date_valid_dmy (day, month, year))
        {
          g_date_set_dmy (date, day, month, year);
          return TRUE;
        }
    }
  return FALSE;
}
