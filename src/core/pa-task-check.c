/* pa-task-check.c: whether a task names concrete work or only says "whatever comes up"
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A task the company can plan and the citizen can learn names the work:
 * "modtage varer", "sortere returflasker". Agreements often say only
 * "forefaldende arbejde" or "diverse opgaver", which tells nobody what
 * the citizen will do. The patterns are word stems matched against the
 * normalized text, so "forefaldne", "daglig drift" and "hjaelpe til"
 * are caught as well; "|" separates alternatives, "$" ends the text.
 * The description checklist reuses this check.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pa-task-check.h"

/* Each pattern is a run of consecutive words; a word matches a stem when
 * it starts with one of its alternatives, or equals it when the stem
 * ends with "=". */
static const char * const patterns[] = {
  "forefald",                          /* forefaldende arbejde, forefaldne opgaver */
  "forfald",                           /* the common misspelling */
  "daglig dag=",                       /* i det daglige = the daily routine */
  "daglig arbejd|opgav|drift|goeremaal|gang=|rutine",
  "diverse",                           /* diverse opgaver, diverse */
  "div=",                              /* div. opgaver */
  "forskellig opgav|arbejd|ting|goeremaal",
  "alle slags",
  "alt muligt",
  "alt forefald",
  "med alt=",                          /* hjælpe med alt */
  "lidt af hvert",
  "ad hoc",
  "andre opgav",
  "almindelig opgav|arbejd|goeremaal",
  "generel opgav|arbejd|goeremaal",
  "praktisk opgav|arbejd|goeremaal",
  "loese opgav",                       /* løse opgaver */
  "hvor der er brug|behov",            /* hjælpe til hvor der er brug for det */
  "hvor det er noedvendig|brug",
  "hvor der mangler",
  "hvor man kan",
  "hjaelp til= $",                     /* hjælpe til (and nothing more) */
  "hjaelp til= hvor",
  "hjaelp til= i= alt",
  "hjaelp generelt",
  "opgaver der opstaar",
  "det der nu",
  "hvad der nu",
  "hvad der opstaar|kommer",
};

char *
pa_task_normalize (const char *text)
{
  g_autofree char *lower = NULL;
  GString *out;
  gboolean space = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  lower = g_utf8_strdown (text, -1);
  out = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *ascii = NULL;

      if (c == 0xe6 || c == 0xe4)               /* æ ä */
        ascii = "ae";
      else if (c == 0xf8 || c == 0xf6)          /* ø ö */
        ascii = "oe";
      else if (c == 0xe5)                       /* å */
        ascii = "aa";
      else if (c == 0xe9 || c == 0xe8)          /* é è */
        ascii = "e";

      if (ascii != NULL || g_unichar_isalnum (c))
        {
          if (ascii != NULL)
            g_string_append (out, ascii);
          else
            g_string_append_unichar (out, c);
          space = FALSE;
        }
      else if (!space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Whether @word matches one of the alternatives of @stem. */
static gboolean
word_matches (const char *word,
              const char *stem)
{
  g_auto(GStrv) alternatives = g_strsplit (stem, "|", -1);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      const char *alt = alternatives[i];
      gsize len = strlen (alt);

      if (len > 0 && alt[len - 1] == '=')
        {
          if (strlen (word) == len - 1 && strncmp (word, alt, len - 1) == 0)
            return TRUE;
        }
      else if (g_str_has_prefix (word, alt))
        return TRUE;
    }
  return FALSE;
}

static gboolean
pattern_matches_at (char       **words,
                    guint        n_words,
                    guint        at,
                    char       **stems)
{
  guint i;

  for (i = 0; stems[i] != NULL; i++)
    {
      if (g_str_equal (stems[i], "$"))
        return at + i == n_words;
      if (at + i >= n_words || !word_matches (words[at + i], stems[i]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
pattern_matches (char       **words,
                 const char  *pattern)
{
  g_auto(GStrv) stems = g_strsplit (pattern, " ", -1);
  guint n_words = g_strv_length (words);

  for (guint at = 0; at < n_words; at++)
    if (pattern_matches_at (words, n_words, at, stems))
      return TRUE;
  return FALSE;
}

/**
 * pa_task_is_vague:
 * @text: a task as written
 * @phrase: (out) (optional) (transfer none): the matched pattern
 *
 * Returns: whether @text holds a vague task
 */
gboolean
pa_task_is_vague (const char  *text,
                  const char **phrase)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) words = NULL;

  if (phrase != NULL)
    *phrase = NULL;
  if (text == NULL)
    return FALSE;

  normal = pa_task_normalize (text);
  if (*normal == '\0')
    return FALSE;
  words = g_strsplit (normal, " ", -1);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    if (pattern_matches (words, patterns[i]))
      {
        if (phrase != NULL)
          *phrase = patterns[i];
        return TRUE;
      }
  return FALSE;
}

const char *
pa_task_vague_hint (void)
{
  /* Translators: shown at a task such as "forefaldende arbejde" */
  return _("Name the concrete tasks, e.g. “receive goods, sort returns, tidy the warehouse”: “odd jobs” tells neither the citizen nor the company what to learn.");
}
