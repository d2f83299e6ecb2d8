/* pa-phrases.c: the phrase library for work restrictions, read from data
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GMarkup reader for data/phrases/restrictions.xml (format in that
 * file's header comment and data/phrases/README.md). All words are folded
 * (pa_danish_fold) when read, so matching compares folded text only.
 * Errors name the file and the line in plain words.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pa-danish.h"
#include "pa-gerror.h"
#include "pa-phrases.h"
#include "pa-phrases-resources.h"

#define BUILTIN_PATH "/io/github/praktikaftale/Praktikaftale/phrases/restrictions.xml"

const char * const pa_phrase_categories[] = {
  "physical", "energy", "stress", "anxiety", "concentration",
  "attendance", "sensory", "language", NULL
};

G_DEFINE_QUARK (pa-phrases-error-quark, pa_phrases_error)

typedef struct {
  PaPhrases         *phrases;
  PaPhrasePattern   *pattern;     /* inside <pattern> */
  PaPhraseDiagnosis *diagnosis;   /* inside <diagnosis> */
  GString           *text;        /* text of the current leaf element */
  char              *slot;        /* slot of the current <question> */
  gboolean           needs_signal;
  const char        *name;        /* file name for messages */
} ParseState;

static void
match_free (gpointer data)
{
  PaPhraseMatch *m = data;

  g_strfreev (m->keys);
  g_free (m);
}

static void
question_free (gpointer data)
{
  PaPhraseQuestion *q = data;

  g_free (q->slot);
  g_free (q->text);
  g_free (q);
}

static void
pattern_free (gpointer data)
{
  PaPhrasePattern *p = data;

  g_free (p->id);
  g_free (p->category);
  g_ptr_array_unref (p->matches);
  g_ptr_array_unref (p->templates);
  g_ptr_array_unref (p->questions);
  g_ptr_array_unref (p->measures);
  g_free (p);
}

static void
diagnosis_free (gpointer data)
{
  PaPhraseDiagnosis *d = data;

  g_free (d->name);
  g_ptr_array_unref (d->terms);
  g_ptr_array_unref (d->excepts);
  g_free (d);
}

static void
phrases_clear (gpointer data)
{
  PaPhrases *phrases = data;

  g_clear_pointer (&phrases->patterns, g_ptr_array_unref);
  g_clear_pointer (&phrases->signals, g_ptr_array_unref);
  g_clear_pointer (&phrases->blockers, g_ptr_array_unref);
  g_clear_pointer (&phrases->diagnoses, g_ptr_array_unref);
}

static PaPhrases *
phrases_new (void)
{
  PaPhrases *phrases = g_atomic_rc_box_new0 (PaPhrases);

  phrases->patterns = g_ptr_array_new_with_free_func (pattern_free);
  phrases->signals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  phrases->blockers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  phrases->diagnoses = g_ptr_array_new_with_free_func (diagnosis_free);
  return phrases;
}

PaPhrases *
pa_phrases_ref (PaPhrases *phrases)
{
  g_return_val_if_fail (phrases != NULL, NULL);
  return g_atomic_rc_box_acquire (phrases);
}

void
pa_phrases_unref (PaPhrases *phrases)
{
  if (phrases != NULL)
    g_atomic_rc_box_release_full (phrases, phrases_clear);
}

/* Folded words of @text, split at white space */
static GStrv
fold_words (const char *text)
{
  g_autofree char *norm = pa_danish_normalise (text);

  return g_strsplit (norm, " ", -1);
}

static void
set_invalid (GMarkupParseContext *context,
             ParseState          *state,
             GError             **error,
             const char          *what)
{
  int line = 0;

  g_markup_parse_context_get_position (context, &line, NULL);
  g_set_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_INVALID,
               /* Translators: %s is a file name, %d a line number, the
                * last %s says what is wrong */
               _("The phrase library “%s” cannot be used: line %d: %s."),
               state->name, line, what);
}

static gboolean
known_category (const char *category)
{
  return category != NULL
         && g_strv_contains ((const char * const *) pa_phrase_categories, category);
}

static void
start_pattern (GMarkupParseContext *context,
               ParseState          *state,
               const char         **names,
               const char         **values,
               GError             **error)
{
  const char *id = NULL, *category = NULL;
  PaPhrasePattern *p;

  for (int i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "category"))
        category = values[i];
    }
  if (!known_category (category))
    {
      set_invalid (context, state, error,
                   _("a pattern needs a category: physical, energy, stress, anxiety, concentration, attendance, sensory or language"));
      return;
    }
  p = g_new0 (PaPhrasePattern, 1);
  p->id = g_strdup (id != NULL ? id : "");
  p->category = g_strdup (category);
  p->matches = g_ptr_array_new_with_free_func (match_free);
  p->templates = g_ptr_array_new_with_free_func (g_free);
  p->questions = g_ptr_array_new_with_free_func (question_free);
  p->measures = g_ptr_array_new_with_free_func (g_free);
  state->pattern = p;
}

static void
start_element (GMarkupParseContext *context,
               const char          *element,
               const char         **names,
               const char         **values,
               gpointer             user_data,
               GError             **error)
{
  ParseState *state = user_data;

  g_string_truncate (state->text, 0);
  if (g_str_equal (element, "pattern"))
    start_pattern (context, state, names, values, error);
  else if (g_str_equal (element, "diagnosis"))
    {
      const char *name = NULL;

      for (int i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "name"))
          name = values[i];
      if (name == NULL || *name == '\0')
        {
          set_invalid (context, state, error, _("a diagnosis needs a name"));
          return;
        }
      state->diagnosis = g_new0 (PaPhraseDiagnosis, 1);
      state->diagnosis->name = g_strdup (name);
      state->diagnosis->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      state->diagnosis->excepts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    }
  else if (g_str_equal (element, "match"))
    {
      state->needs_signal = FALSE;
      for (int i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "signal") && g_str_equal (values[i], "yes"))
          state->needs_signal = TRUE;
    }
  else if (g_str_equal (element, "question"))
    {
      g_clear_pointer (&state->slot, g_free);
      for (int i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "slot"))
          state->slot = g_strdup (values[i]);
    }
}

static gboolean
inside_pattern (GMarkupParseContext *context,
                ParseState          *state,
                const char          *element,
                GError             **error)
{
  g_autofree char *what = NULL;

  if (state->pattern != NULL)
    return TRUE;
  /* Translators: %s is an element name such as <match> */
  what = g_strdup_printf (_("<%s> belongs inside a <pattern>"), element);
  set_invalid (context, state, error, what);
  return FALSE;
}

static void
end_leaf (GMarkupParseContext *context,
          ParseState          *state,
          const char          *element,
          const char          *text,
          GError             **error)
{
  if (g_str_equal (element, "signal"))
    g_ptr_array_add (state->phrases->signals, fold_words (text));
  else if (g_str_equal (element, "blocker"))
    g_ptr_array_add (state->phrases->blockers, fold_words (text));
  else if ((g_str_equal (element, "term") || g_str_equal (element, "except"))
           && state->diagnosis != NULL)
    g_ptr_array_add (g_str_equal (element, "term") ? state->diagnosis->terms
                                                   : state->diagnosis->excepts,
                     fold_words (text));
  else if (g_str_equal (element, "match") && inside_pattern (context, state, element, error))
    {
      PaPhraseMatch *m = g_new0 (PaPhraseMatch, 1);

      m->keys = fold_words (text);
      m->needs_signal = state->needs_signal;
      g_ptr_array_add (state->pattern->matches, m);
    }
  else if (g_str_equal (element, "template") && inside_pattern (context, state, element, error))
    g_ptr_array_add (state->pattern->templates, g_strdup (text));
  else if (g_str_equal (element, "measure") && inside_pattern (context, state, element, error))
    g_ptr_array_add (state->pattern->measures, g_strdup (text));
  else if (g_str_equal (element, "question") && inside_pattern (context, state, element, error))
    {
      PaPhraseQuestion *q = g_new0 (PaPhraseQuestion, 1);

      q->slot = g_steal_pointer (&state->slot);
      q->text = g_strdup (text);
      g_ptr_array_add (state->pattern->questions, q);
    }
}

static void
end_element (GMarkupParseContext *context,
             const char          *element,
             gpointer             user_data,
             GError             **error)
{
  ParseState *state = user_data;
  g_autofree char *text = g_strstrip (g_strdup (state->text->str));

  g_string_truncate (state->text, 0);
  if (g_str_equal (element, "pattern") && state->pattern != NULL)
    {
      if (state->pattern->matches->len == 0 || state->pattern->templates->len == 0)
        {
          set_invalid (context, state, error,
                       _("a pattern needs at least one <match> and one <template>"));
          return;
        }
      g_ptr_array_add (state->phrases->patterns, g_steal_pointer (&state->pattern));
    }
  else if (g_str_equal (element, "diagnosis") && state->diagnosis != NULL)
    g_ptr_array_add (state->phrases->diagnoses, g_steal_pointer (&state->diagnosis));
  else if (*text == '\0' && !g_str_equal (element, "phrases"))
    {
      g_autofree char *what = g_strdup_printf (_("<%s> is empty"), element);
      set_invalid (context, state, error, what);
    }
  else
    end_leaf (context, state, element, text, error);
}

static void
text_cb (GMarkupParseContext *context,
         const char          *text,
         gsize                len,
         gpointer             user_data,
         GError             **error)
{
  ParseState *state = user_data;

  g_string_append_len (state->text, text, len);
}

static const GMarkupParser parser = {
  start_element, end_element, text_cb, NULL, NULL
};

static void
plain_parse_error (GMarkupParseContext *context,
                   ParseState          *state,
                   const GError        *markup_error,
                   GError             **error)
{
  int line = 0;
  const char *what;

  if (markup_error->domain == PA_PHRASES_ERROR)
    {
      g_propagate_error (error, g_error_copy (markup_error));
      return;
    }
  g_markup_parse_context_get_position (context, &line, NULL);
  if (g_error_matches (markup_error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8))
    what = _("the text is not valid UTF-8");
  else if (g_error_matches (markup_error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY))
    what = _("the file is empty");
  else
    what = _("the XML is broken here (a tag is not closed, misspelt or in the wrong place)");
  g_set_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_PARSE,
               _("The phrase library “%s” cannot be used: line %d: %s."),
               state->name, line, what);
}

/**
 * pa_phrases_load_data:
 * @data: the XML text
 * @len: its length, or -1
 * @name: the file name to use in messages
 * @error: set when the text is not a phrase library
 *
 * Returns: (transfer full) (nullable): the library
 */
PaPhrases *
pa_phrases_load_data (const char  *data,
                      gssize       len,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(PaPhrases) phrases = phrases_new ();
  g_autoptr(GError) local = NULL;
  GMarkupParseContext *context;
  ParseState state = { phrases, NULL, NULL, g_string_new (NULL), NULL, FALSE, name };

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  if (!g_markup_parse_context_parse (context, data, len, &local)
      || !g_markup_parse_context_end_parse (context, &local))
    plain_parse_error (context, &state, local, error);
  g_markup_parse_context_free (context);
  g_string_free (state.text, TRUE);
  g_free (state.slot);
  g_clear_pointer (&state.pattern, pattern_free);
  g_clear_pointer (&state.diagnosis, diagnosis_free);
  if (local != NULL)
    PA_RETURN_ERROR (error, NULL);
  if (phrases->patterns->len == 0)
    {
      g_set_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_INVALID,
                   _("The phrase library “%s” cannot be used: it has no patterns."),
                   name);
      PA_RETURN_ERROR (error, NULL);
    }
  return g_steal_pointer (&phrases);
}

/**
 * pa_phrases_load_file:
 * @path: a phrase library file
 * @error: set when it cannot be read or used; the message names the
 *   file and, for a broken file, the line
 *
 * Returns: (transfer full) (nullable): the library
 */
PaPhrases *
pa_phrases_load_file (const char  *path,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = g_filename_display_name (path);
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    {
      g_set_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_READ,
                   _("The phrase library “%s” cannot be read: the file is missing or not readable."),
                   display);
      PA_RETURN_ERROR (error, NULL);
    }
  return pa_phrases_load_data (contents, len, display, error);
}

/**
 * pa_phrases_get_builtin:
 *
 * Returns: (transfer full): the library compiled into the app
 */
PaPhrases *
pa_phrases_get_builtin (void)
{
  static PaPhrases *builtin;

  if (g_once_init_enter (&builtin))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (pa_phrases_get_resource (),
                                                        BUILTIN_PATH, 0, NULL);
      g_autoptr(GError) error = NULL;
      PaPhrases *loaded;
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      loaded = pa_phrases_load_data (data, len, "restrictions.xml", &error);
      if (loaded == NULL)
        g_error ("built-in phrase library: %s", error->message);
      g_once_init_leave (&builtin, loaded);
    }
  return pa_phrases_ref (builtin);
}

/**
 * pa_phrases_load_or_builtin:
 * @path: (nullable): a phrase library file
 * @error: set when @path was given but cannot be used
 *
 * Returns: (transfer full): the library in @path, or the built-in one
 *   when there is none or it cannot be used (then @error says why)
 */
PaPhrases *
pa_phrases_load_or_builtin (const char  *path,
                            GError     **error)
{
  PaPhrases *phrases = NULL;

  if (path != NULL)
    phrases = pa_phrases_load_file (path, error);
  return phrases != NULL ? phrases : pa_phrases_get_builtin ();
}

/* Where a user's or a jobcentre's own library is looked for, first
 * found first: $PRAKTIKAFTALE_PHRASES, then restrictions.xml under
 * praktikaftale/phrases/ in the user's configuration folder
 * ($XDG_CONFIG_HOME, ~/.config), then in the system's
 * ($XDG_CONFIG_DIRS, /etc/xdg), where a jobcentre installs it for all. */
static char *
find_override (void)
{
  const char *env = g_getenv ("PRAKTIKAFTALE_PHRASES");
  const char * const *system = g_get_system_config_dirs ();
  char *path;

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  path = g_build_filename (g_get_user_config_dir (), "praktikaftale", "phrases", "restrictions.xml", NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_free (path);
  for (guint i = 0; system[i] != NULL; i++)
    {
      path = g_build_filename (system[i], "praktikaftale", "phrases", "restrictions.xml", NULL);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
  return NULL;
}

/**
 * pa_phrases_load_default:
 * @warning: set when the user's or jobcentre's own library exists but
 *   cannot be used; the message names the file and, for a broken file,
 *   the line, and says the built-in library is used instead
 *
 * Reads the library the app uses: an own library where find_override()
 * looks, or the built-in one. Never fails: a broken own library falls
 * back to the built-in one and says so in @warning.
 *
 * Returns: (transfer full): the library
 */
PaPhrases *
pa_phrases_load_default (GError **warning)
{
  g_autofree char *path = find_override ();
  g_autoptr(GError) error = NULL;
  PaPhrases *phrases;

  if (path == NULL)
    return pa_phrases_get_builtin ();
  phrases = pa_phrases_load_file (path, &error);
  if (phrases != NULL)
    return phrases;
  /* Translators: %s is why the user's own phrase library cannot be used,
   * naming the file and line */
  g_set_error (warning, error->domain, error->code,
               _("%s Praktikaftale uses its built-in phrase library instead."), error->message);
  return pa_phrases_get_builtin ();
}

static PaPhrases *default_phrases;
static GError *default_warning;

static void
ensure_default (void)
{
  if (g_once_init_enter (&default_phrases))
    {
      PaPhrases *loaded = pa_phrases_load_default (&default_warning);

      g_once_init_leave (&default_phrases, loaded);
    }
}

/**
 * pa_phrases_get_default:
 *
 * The library the app uses, read once (pa_phrases_load_default()).
 *
 * Returns: (transfer full): the library
 */
PaPhrases *
pa_phrases_get_default (void)
{
  ensure_default ();
  return pa_phrases_ref (default_phrases);
}

/**
 * pa_phrases_get_default_warning:
 *
 * Returns: (transfer none) (nullable): why the own library could not be
 *   used, when pa_phrases_get_default() fell back to the built-in one
 */
const GError *
pa_phrases_get_default_warning (void)
{
  ensure_default ();
  return default_warning;
}

guint
pa_phrases_count_category (PaPhrases  *phrases,
                           const char *category)
{
  guint n = 0;

  for (guint i = 0; i < phrases->patterns->len; i++)
    {
      PaPhrasePattern *p = g_ptr_array_index (phrases->patterns, i);

      n += g_str_equal (p->category, category);
    }
  return n;
}

/* The first letters of @word are @key (@len letters, six or more) with
 * one letter wrong: "konsentrere" for "koncentr*". A missing or extra
 * letter only from seven letters: below, it let "kraftigt" meet "kræft*"
 * and "glemmer" meet "gemmer*". */
static gboolean
prefix_within_one (const char *key,
                   gsize       len,
                   const char *word)
{
  gsize wl = strlen (word);

  if (len >= 6 && wl >= len && pa_danish_within_one (key, len, word, len))
    return TRUE;
  /* From seven letters a missing or an extra letter too: "kocentrere"
   * for "koncentr*" */
  if (len < 7)
    return FALSE;
  return (wl >= len - 1 && pa_danish_within_one (key, len, word, len - 1))
         || (wl >= len + 1 && pa_danish_within_one (key, len, word, len + 1));
}

/* The first @len letters of a prefix key inside a compound, after a
 * first part of three letters or more: "stress*" in "arbejdsstress",
 * "fravær*" in "sygefraværet". Only from five letters, so "stå*" does
 * not meet "forstå" and "trappe*" not "optrappe". */
static gboolean
inside_compound (const char *key,
                 gsize       len,
                 const char *word)
{
  gsize wl = strlen (word);

  if (len < 5 || wl < len + 3)
    return FALSE;
  for (gsize i = 3; i + len <= wl; i++)
    if (strncmp (word + i, key, len) == 0)
      return TRUE;
  return FALSE;
}

/* A plain key of five letters or more (folded) as the last part of a
 * compound, inflected or not: "støj" in "baggrundsstøjen", "pause" in
 * "frokostpauser"; not "stå" in "forstå" */
static gboolean
compound_tail (const char *key_stem,
               const char *word_stem)
{
  gsize kl = strlen (key_stem);
  gsize wl = strlen (word_stem);

  return kl >= 5 && wl >= kl + 3 && strcmp (word_stem + wl - kl, key_stem) == 0;
}

/**
 * pa_phrases_key_match_quality:
 * @key: a folded key: "x*", "*x", "*x*" or "x"
 * @word: a folded word
 *
 * Returns: how well @word is what @key describes:
 *   %PA_PHRASE_MATCH_EXACT for the word itself, an inflection, the
 *   key's beginning ("x*") or end ("*x"), or a compound holding it
 *   ("baggrundsstøj" for "støj", "arbejdsstress" for "stress*", from
 *   five letters); %PA_PHRASE_MATCH_SPELLING for one letter wrong (a
 *   plain key from five letters, a prefix key from six);
 *   %PA_PHRASE_MATCH_NONE otherwise
 */
PaPhraseMatchQuality
pa_phrases_key_match_quality (const char *key,
                              const char *word)
{
  gsize kl = strlen (key);
  gboolean pre = kl > 1 && key[0] == '*';
  gboolean suf = kl > 1 && key[kl - 1] == '*';
  char a[64], b[64];

  if (pre && suf)
    {
      g_autofree char *inner = g_strndup (key + 1, kl - 2);
      return strstr (word, inner) != NULL ? PA_PHRASE_MATCH_EXACT : PA_PHRASE_MATCH_NONE;
    }
  if (suf)
    {
      if (strncmp (word, key, kl - 1) == 0 || inside_compound (key, kl - 1, word))
        return PA_PHRASE_MATCH_EXACT;
      return prefix_within_one (key, kl - 1, word) ? PA_PHRASE_MATCH_SPELLING : PA_PHRASE_MATCH_NONE;
    }
  if (pre)
    return g_str_has_suffix (word, key + 1) ? PA_PHRASE_MATCH_EXACT : PA_PHRASE_MATCH_NONE;
  if (g_str_equal (key, word))
    return PA_PHRASE_MATCH_EXACT;
  if (kl < 3)
    return PA_PHRASE_MATCH_NONE;
  pa_danish_stem_into (key, a, sizeof a);
  pa_danish_stem_into (word, b, sizeof b);
  /* A stem of one or two letters says too little ("toer" and "to") */
  if (strlen (a) >= 3 && (g_str_equal (a, b) || compound_tail (a, b)))
    return PA_PHRASE_MATCH_EXACT;
  if (kl >= 5 && pa_danish_within_one (key, kl, word, strlen (word)))
    return PA_PHRASE_MATCH_SPELLING;
  return PA_PHRASE_MATCH_NONE;
}

/**
 * pa_phrases_key_matches:
 * @key: a folded key: "x*", "*x", "*x*" or "x"
 * @word: a folded word
 *
 * Returns: whether @word is what @key describes, exactly or with one
 *   letter wrong (pa_phrases_key_match_quality())
 */
gboolean
pa_phrases_key_matches (const char *key,
                        const char *word)
{
  return pa_phrases_key_match_quality (key, word) != PA_PHRASE_MATCH_NONE;
}
