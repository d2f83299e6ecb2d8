/* pa-store-search-text.c: folding words for the search index, and finding them again for highlights
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's unicode61 tokenizer removes accents but leaves ø, æ, å and ł
 * alone, and knows nothing of "aa" for "å". So the store folds every
 * word itself, at index and at query time alike, and hands SQLite ready
 * tokens (with the 'ascii' tokenizer, which keeps them whole). A word has
 * a short form (ø → o, æ → a, å → a, ł → l, accents dropped) and, when it
 * differs, a long one (ø → oe, æ → ae, å → aa): the index holds both; a
 * query word with such a letter asks for the long one only (typing ø
 * means ø or oe, not any o), so "Soren", "Søren" and "Soeren" all find
 * "Søren", "Åse" finds "Aase", and "Sør" does not find "sortere".
 *
 * A word is a run of letters and digits (and their combining marks);
 * everything else separates words, in the index and in highlights.
 */
#include "config.h"

#include <string.h>

#include "pa-store-search-private.h"

typedef struct {
  gunichar    c;
  const char *short_form;
  const char *long_form;
} Special;

/* After case folding. Letters that do not decompose into a base letter
 * and an accent, and the Nordic and German ones with a two-letter
 * spelling. */
static const Special specials[] = {
  { 0x00e5, "a", "aa" },   /* å */
  { 0x00e6, "a", "ae" },   /* æ */
  { 0x00f8, "o", "oe" },   /* ø */
  { 0x00e4, "a", "ae" },   /* ä */
  { 0x00f6, "o", "oe" },   /* ö */
  { 0x00fc, "u", "ue" },   /* ü */
  { 0x0142, "l", "l" },    /* ł */
  { 0x0111, "d", "d" },    /* đ */
  { 0x00f0, "d", "d" },    /* ð */
  { 0x00fe, "th", "th" },  /* þ */
  { 0x0153, "oe", "oe" },  /* œ */
  { 0x0131, "i", "i" },    /* ı */
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) ||
         g_unichar_type (c) == G_UNICODE_PRIVATE_USE;
}

void
pa_search_foreach_word (const char       *text,
                        PaSearchWordFunc  func,
                        gpointer          user_data)
{
  const char *p = text;
  const char *start = NULL;

  if (text == NULL)
    return;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c) && !(start == NULL && g_unichar_ismark (c)))
        {
          if (start == NULL)
            start = p;
        }
      else if (start != NULL)
        {
          func (text, start - text, p - text, user_data);
          start = NULL;
        }
    }
  if (start != NULL)
    func (text, start - text, p - text, user_data);
}

static void
append_folded (GString  *out_short,
               GString  *out_long,
               gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    if (specials[i].c == c)
      {
        g_string_append (out_short, specials[i].short_form);
        g_string_append (out_long, specials[i].long_form);
        return;
      }

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    if (!g_unichar_ismark (decomposed[i]))
      {
        g_string_append_unichar (out_short, decomposed[i]);
        g_string_append_unichar (out_long, decomposed[i]);
      }
}

/**
 * pa_search_fold_word:
 * @word: one word (see pa_search_foreach_word())
 * @len: its length in bytes, or -1
 * @long_form: (out) (transfer full) (nullable): the long form when it
 *   differs from the short one
 *
 * Returns: (transfer full): the short form: lower case, no accents
 */
char *
pa_search_fold_word (const char  *word,
                     gssize       len,
                     char       **long_form)
{
  g_autofree char *folded = g_utf8_casefold (word, len);
  g_autoptr(GString) out_short = g_string_new (NULL);
  g_autoptr(GString) out_long = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    append_folded (out_short, out_long, g_utf8_get_char (p));

  if (long_form != NULL)
    *long_form = g_str_equal (out_short->str, out_long->str)
                 ? NULL : g_strdup (out_long->str);
  return g_strdup (out_short->str);
}

typedef struct {
  GString  *out;
  gboolean  long_form;
} FoldText;

static void
fold_text_word (const char *text,
                gsize       start,
                gsize       end,
                gpointer    user_data)
{
  FoldText *state = user_data;
  g_autofree char *long_form = NULL;
  g_autofree char *short_form = pa_search_fold_word (text + start, end - start, &long_form);

  if (*short_form == '\0')
    return;
  if (state->out->len > 0)
    g_string_append_c (state->out, ' ');
  g_string_append (state->out, state->long_form && long_form ? long_form : short_form);
}

char *
pa_search_fold_text (const char *text,
                     gboolean    long_form)
{
  FoldText state = { g_string_new (NULL), long_form };

  pa_search_foreach_word (text, fold_text_word, &state);
  return g_string_free (state.out, FALSE);
}

/* ---------------------------------------------------------------------
 * Identifiers
 */

/* "0102031234" or "010203-1234" (ten digits), or "010203" (six). */
char *
pa_search_cpr_digits (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint dashes = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '-' && digits->len == 6 && dashes++ == 0)
        continue;
      else
        return NULL;
    }
  if (digits->len != 10 && !(digits->len == 6 && dashes == 0))
    return NULL;
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

char *
pa_search_cpr_token (const char *digits)
{
  g_autofree char *salted = g_strconcat ("praktikaftale-cpr:", digits, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);

  /* A hash, so the index never holds the number itself. */
  return g_strdup_printf ("%c%c%.16s", PA_SEARCH_KEY, strlen (digits) == 10 ? 'p' : 's', hash);
}

static gboolean
parse_number (const char *text,
              guint       min_len,
              guint       max_len,
              guint      *value)
{
  guint len = strlen (text);
  guint64 v;

  if (len < min_len || len > max_len)
    return FALSE;
  for (guint i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  v = g_ascii_strtoull (text, NULL, 10);
  *value = (guint) v;
  return TRUE;
}

/* A date as the user writes it: 2.3.2026, 02.03.2026, 2/3-2026,
 * 2-3-26 or 2026-03-02. Returns YYYYMMDD, or NULL. */
char *
pa_search_parse_date (const char *text)
{
  g_auto(GStrv) parts = NULL;
  guint d, m, y;

  if (text == NULL || strpbrk (text, "./-") == NULL)
    return NULL;
  parts = g_regex_split_simple ("[./-]", text, 0, 0);
  if (g_strv_length (parts) != 3)
    return NULL;

  if (parse_number (parts[0], 4, 4, &y))
    {
      if (!parse_number (parts[1], 1, 2, &m) || !parse_number (parts[2], 1, 2, &d))
        return NULL;
    }
  else if (!parse_number (parts[0], 1, 2, &d) || !parse_number (parts[1], 1, 2, &m) ||
           !(parse_number (parts[2], 4, 4, &y) || parse_number (parts[2], 2, 2, &y)))
    return NULL;
  if (y < 100)
    y += 2000;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04u%02u%02u", y, m, d);
}

/* ---------------------------------------------------------------------
 * The query's words, and finding them in a text
 */

typedef struct {
  GPtrArray *terms;
} CollectTerms;

static void
collect_term (const char *text,
              gsize       start,
              gsize       end,
              gpointer    user_data)
{
  CollectTerms *state = user_data;
  g_autofree char *long_form = NULL;
  char *short_form = pa_search_fold_word (text + start, end - start, &long_form);

  if (*short_form == '\0')
    {
      g_free (short_form);
      return;
    }
  if (long_form != NULL)
    {
      g_ptr_array_add (state->terms, g_steal_pointer (&long_form));
      g_free (short_form);
    }
  else
    g_ptr_array_add (state->terms, short_form);
}

/**
 * pa_search_query_terms:
 *
 * Returns: (transfer full) (nullable): every word of @query folded as
 *   the search looks for it, as pa_search_markup() wants them; %NULL when it has none
 */
GStrv
pa_search_query_terms (const char *query)
{
  CollectTerms state = { g_ptr_array_new () };

  pa_search_foreach_word (query, collect_term, &state);
  if (state.terms->len == 0)
    {
      g_ptr_array_free (state.terms, TRUE);
      return NULL;
    }
  g_ptr_array_add (state.terms, NULL);
  return (GStrv) g_ptr_array_free (state.terms, FALSE);
}

static gboolean
is_ascii (const char *word,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) word[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Most words are plain ASCII: compared without folding them. */
static gboolean
ascii_word_matches (const char         *word,
                    gsize               len,
                    const char * const *terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    {
      gsize n = strlen (terms[i]);

      if (n <= len && g_ascii_strncasecmp (word, terms[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
word_matches (const char         *word,
              gsize               len,
              const char * const *terms)
{
  g_autofree char *long_form = NULL;
  g_autofree char *short_form = NULL;

  if (terms == NULL)
    return FALSE;
  if (is_ascii (word, len))
    return ascii_word_matches (word, len, terms);
  short_form = pa_search_fold_word (word, len, &long_form);

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    if (g_str_has_prefix (short_form, terms[i]) ||
        (long_form != NULL && g_str_has_prefix (long_form, terms[i])))
      return TRUE;
  return FALSE;
}

typedef struct {
  const char * const *terms;
  GArray             *ranges;   /* of gsize pairs */
} FindMatches;

static void
find_match (const char *text,
            gsize       start,
            gsize       end,
            gpointer    user_data)
{
  FindMatches *state = user_data;

  if (word_matches (text + start, end - start, state->terms))
    {
      g_array_append_val (state->ranges, start);
      g_array_append_val (state->ranges, end);
    }
}

static GArray *
find_matches (const char         *text,
              const char * const *terms)
{
  FindMatches state = { terms, g_array_new (FALSE, FALSE, sizeof (gsize)) };

  pa_search_foreach_word (text, find_match, &state);
  return state.ranges;
}

gboolean
pa_search_text_matches (const char         *text,
                        const char * const *terms)
{
  g_autoptr(GArray) ranges = NULL;

  if (text == NULL || terms == NULL)
    return FALSE;
  ranges = find_matches (text, terms);
  return ranges->len > 0;
}

static void
append_escaped (GString    *out,
                const char *text,
                gssize      len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

  g_string_append (out, escaped);
}

/**
 * pa_search_markup:
 *
 * Returns: (transfer full): @text as Pango markup, escaped, with every
 *   word that one of @terms begins in bold
 */
char *
pa_search_markup (const char         *text,
                  const char * const *terms)
{
  return pa_search_markup_full (text, terms, "<b>", "</b>");
}

/**
 * pa_search_markup_full:
 * @open: markup before each matched word, such as "<b>"
 * @close: the markup that closes it
 *
 * Like pa_search_markup(), with the highlight of one's choice.
 */
char *
pa_search_markup_full (const char         *text,
                       const char * const *terms,
                       const char         *open,
                       const char         *close)
{
  g_autoptr(GArray) ranges = NULL;
  GString *out = g_string_new (NULL);
  gsize done = 0;

  if (text == NULL)
    return g_string_free (out, FALSE);
  ranges = terms ? find_matches (text, terms) : g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i + 1 < ranges->len; i += 2)
    {
      gsize start = g_array_index (ranges, gsize, i);
      gsize end = g_array_index (ranges, gsize, i + 1);

      append_escaped (out, text + done, start - done);
      g_string_append (out, open);
      append_escaped (out, text + start, end - start);
      g_string_append (out, close);
      done = end;
    }
  append_escaped (out, text + done, -1);
  return g_string_free (out, FALSE);
}

/* Moves @p back to the start of the word it is in. */
static const char *
word_start (const char *text,
            const char *p)
{
  while (p > text)
    {
      const char *prev = g_utf8_prev_char (p);

      if (!is_word_char (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  return p;
}

/**
 * pa_search_excerpt:
 *
 * Returns: (transfer full) (nullable): about @width characters of @text
 *   on one line, from a little before its first word that @terms match,
 *   with "…" where it was cut; %NULL when no word matches
 */
char *
pa_search_excerpt (const char         *text,
                   const char * const *terms,
                   guint               width)
{
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *line = NULL;
  const char *start, *end;
  GString *out;
  gsize match;

  if (text == NULL || terms == NULL)
    return NULL;
  line = g_strdelimit (g_strdup (text), "\n\r\t", ' ');
  ranges = find_matches (line, terms);
  if (ranges->len == 0)
    return NULL;

  match = g_array_index (ranges, gsize, 0);
  start = line + match;
  for (guint back = 0; start > line && back < width / 3; back++)
    start = g_utf8_prev_char (start);
  start = word_start (line, start);
  end = start;
  for (guint n = 0; *end != '\0' && n < width; n++)
    end = g_utf8_next_char (end);
  if (*end != '\0')
    {
      const char *cut = word_start (line, end);

      if (cut > line + match)
        end = cut;
    }

  out = g_string_new (start > line ? "…" : "");
  g_string_append_len (out, start, end - start);
  g_strchomp (out->str);
  out->len = strlen (out->str);
  if (*end != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
