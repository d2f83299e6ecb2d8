/* pa-restriction-analysis.c: a restriction's category, reformulations,
 * questions, measures and the diagnoses it names
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording is folded and cut into words (pa-danish). A pattern's
 * <match> holds when all its words occur in any order, or written
 * together as one compound (and, when marked, a negation form occurs
 * too). Each category scores the words its patterns cover, each word
 * once, double when it comes just after a negation form ("kan ikke
 * koncentrere mig i støj" is about concentration); the highest wins,
 * and within it the pattern that covers most. A blocker ("kan ikke
 * lide", "sagtens", ...), compared strictly, makes the wording not a
 * restriction. Diagnosis terms are word sequences with at most two
 * words between, so "lider af angst" is a diagnosis and "får angst" not.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pa-danish.h"
#include "pa-restriction-analysis.h"

#define MAX_GAP 2
#define NEAR_SIGNAL 3

static GPtrArray *
words_of (const char *text)
{
  g_autoptr(GArray) tokens = pa_danish_tokenise (text);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      PaDaToken *t = &g_array_index (tokens, PaDaToken, i);

      if (t->kind == PA_DA_TOKEN_WORD || t->kind == PA_DA_TOKEN_NUMBER)
        g_ptr_array_add (words, g_strdup (t->norm));
    }
  return words;
}

/* @keys from word @from on, each within MAX_GAP words of the one before */
static gboolean
sequence_from (GPtrArray  *words,
               GStrv       keys,
               guint       from)
{
  if (keys[0] == NULL)
    return TRUE;
  for (guint i = from; i < words->len && i <= from + MAX_GAP; i++)
    if (pa_phrases_key_matches (keys[0], g_ptr_array_index (words, i))
        && sequence_from (words, keys + 1, i + 1))
      return TRUE;
  return FALSE;
}

static gboolean
has_sequence (GPtrArray *words,
              GStrv      keys)
{
  for (guint i = 0; i < words->len; i++)
    if (pa_phrases_key_matches (keys[0], g_ptr_array_index (words, i))
        && sequence_from (words, keys + 1, i + 1))
      return TRUE;
  return FALSE;
}

static gboolean
any_sequence (GPtrArray *words,
              GPtrArray *sequences)
{
  for (guint i = 0; i < sequences->len; i++)
    if (has_sequence (words, g_ptr_array_index (sequences, i)))
      return TRUE;
  return FALSE;
}

/* A blocker is compared strictly: the word itself, a prefix key, or one
 * letter wrong from six letters, never a shared stem ("sagt" is not
 * "sagtens") */
static gboolean
strict_matches (const char *key,
                const char *word)
{
  gsize kl = strlen (key);

  if (kl > 1 && key[kl - 1] == '*')
    return strncmp (word, key, kl - 1) == 0;
  return g_str_equal (key, word)
         || (kl >= 6 && pa_danish_within_one (key, kl, word, strlen (word)));
}

static gboolean
strict_sequence_from (GPtrArray *words,
                      GStrv      keys,
                      guint      from)
{
  if (keys[0] == NULL)
    return TRUE;
  for (guint i = from; i < words->len && i <= from + MAX_GAP; i++)
    if (strict_matches (keys[0], g_ptr_array_index (words, i))
        && strict_sequence_from (words, keys + 1, i + 1))
      return TRUE;
  return FALSE;
}

static gboolean
any_blocker (GPtrArray *words,
             GPtrArray *blockers)
{
  for (guint b = 0; b < blockers->len; b++)
    {
      GStrv keys = g_ptr_array_index (blockers, b);

      for (guint i = 0; i < words->len; i++)
        if (strict_matches (keys[0], g_ptr_array_index (words, i))
            && strict_sequence_from (words, keys + 1, i + 1))
          return TRUE;
    }
  return FALSE;
}

/* The end of a sequence that starts at @from, or -1 */
static int
sequence_end (GPtrArray *words,
              GStrv      keys,
              guint      from)
{
  if (keys[0] == NULL)
    return (int) from - 1;
  for (guint i = from; i < words->len && i <= from + MAX_GAP; i++)
    if (pa_phrases_key_matches (keys[0], g_ptr_array_index (words, i)))
      {
        int end = sequence_end (words, keys + 1, i + 1);

        if (end >= 0)
          return end;
      }
  return -1;
}

/* Marks the word just after a negation or restriction form: what
 * follows "kan ikke", "har svært ved", "tåler ikke" is the restriction
 * itself, and weighs double (weigh()). Returns whether any form occurs. */
static gboolean
mark_after_signals (GPtrArray *words,
                    GPtrArray *signals,
                    guint8    *near)
{
  gboolean any = FALSE;

  for (guint s = 0; s < signals->len; s++)
    {
      GStrv keys = g_ptr_array_index (signals, s);

      for (guint i = 0; i < words->len; i++)
        {
          int end;

          if (!pa_phrases_key_matches (keys[0], g_ptr_array_index (words, i)))
            continue;
          end = sequence_end (words, keys + 1, i + 1);
          if (end < 0)
            continue;
          any = TRUE;
          if ((guint) end + 1 < words->len)
            near[end + 1] = 1;
        }
    }
  return any;
}

/* The word @key meets best, or -1; *quality says how well */
static int
find_word (GPtrArray  *words,
           const char *key,
           guint8     *quality)
{
  int found = -1;

  *quality = PA_PHRASE_MATCH_NONE;
  for (guint i = 0; i < words->len && *quality < PA_PHRASE_MATCH_EXACT; i++)
    {
      PaPhraseMatchQuality q = pa_phrases_key_match_quality (key, g_ptr_array_index (words, i));

      if (q > *quality)
        found = i, *quality = q;
    }
  return found;
}

/* Several words written as one compound: "fuld tid" in "fuldtidsjob" */
static int
find_compound (GPtrArray *words,
               GStrv      keys,
               guint8    *quality)
{
  GString *joined = g_string_new (NULL);
  int found;

  for (guint k = 0; keys[k] != NULL; k++)
    {
      const char *key = keys[k];
      gsize n = strlen (key);

      if (key[0] == '*')
        key++, n--;
      if (n > 0 && key[n - 1] == '*')
        n--;
      g_string_append_len (joined, key, n);
    }
  g_string_append_c (joined, '*');
  found = find_word (words, joined->str, quality);
  g_string_free (joined, TRUE);
  return found;
}

/* Marks in @covered how well the match @m finds each word; FALSE when
 * it does not hold */
static gboolean
cover_match (PaPhraseMatch *m,
             GPtrArray     *words,
             guint8        *covered)
{
  guint n = g_strv_length (m->keys);
  g_autofree int *at = g_new (int, n);
  g_autofree guint8 *quality = g_new (guint8, n);

  for (guint k = 0; k < n; k++)
    if ((at[k] = find_word (words, m->keys[k], &quality[k])) < 0)
      {
        int c = n > 1 ? find_compound (words, m->keys, &quality[0]) : -1;

        if (c < 0)
          return FALSE;
        covered[c] = MAX (covered[c], quality[0]);
        return TRUE;
      }
  for (guint k = 0; k < n; k++)
    covered[at[k]] = MAX (covered[at[k]], quality[k]);
  return TRUE;
}

/* Each word counts once, by how well it matched; the first covered
 * word within NEAR_SIGNAL words after a negation form (@near marks
 * where they start) counts double */
static guint
weigh (const guint8 *covered,
       const guint8 *near,
       guint         n_words)
{
  guint score = 0;
  int window = 0;

  for (guint i = 0; i < n_words; i++)
    {
      if (near[i])
        window = NEAR_SIGNAL + 1;
      if (covered[i])
        {
          score += covered[i] * (1 + (window > 0));
          window = 0;
        }
      else if (window > 0)
        window--;
    }
  return score;
}

static void
cover_pattern (PaPhrasePattern *p,
               GPtrArray       *words,
               gboolean         signal,
               guint8          *covered)
{
  for (guint i = 0; i < p->matches->len; i++)
    {
      PaPhraseMatch *m = g_ptr_array_index (p->matches, i);

      if (!m->needs_signal || signal)
        cover_match (m, words, covered);
    }
}

/* The category whose patterns cover the most words wins (the earlier
 * category on a tie), then its pattern that covers most */
static PaPhrasePattern *
best_pattern (PaPhrases *lib,
              GPtrArray *words,
              gboolean   signal,
              guint8    *near)
{
  guint n = MAX (words->len, 1);
  g_autofree guint8 *covered = g_new0 (guint8, (gsize) n * lib->patterns->len);
  g_autofree guint8 *union_ = g_new (guint8, n);
  PaPhrasePattern *best = NULL;
  guint best_cat = 0;

  for (guint i = 0; i < lib->patterns->len; i++)
    cover_pattern (g_ptr_array_index (lib->patterns, i), words, signal, covered + (gsize) i * n);
  for (guint c = 0; pa_phrase_categories[c] != NULL; c++)
    {
      PaPhrasePattern *cat_best = NULL;
      guint cat_best_score = 0, score;

      memset (union_, 0, n);
      for (guint i = 0; i < lib->patterns->len; i++)
        {
          PaPhrasePattern *p = g_ptr_array_index (lib->patterns, i);
          guint8 *mine = covered + (gsize) i * n;
          guint own;

          if (!g_str_equal (p->category, pa_phrase_categories[c]))
            continue;
          for (guint w = 0; w < n; w++)
            union_[w] = MAX (union_[w], mine[w]);
          own = weigh (mine, near, words->len);
          if (own > cat_best_score)
            cat_best = p, cat_best_score = own;
        }
      score = weigh (union_, near, words->len);
      if (score > best_cat)
        best_cat = score, best = cat_best;
    }
  return best;
}

static GPtrArray *
find_diagnoses (PaPhrases *phrases,
                GPtrArray *words)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < phrases->diagnoses->len; i++)
    {
      PaPhraseDiagnosis *d = g_ptr_array_index (phrases->diagnoses, i);

      if (any_sequence (words, d->terms) && !any_sequence (words, d->excepts))
        g_ptr_array_add (found, g_strdup (d->name));
    }
  return found;
}

/**
 * pa_restriction_find_diagnoses:
 * @phrases: (nullable): the library, or NULL for the one the app uses
 *   (pa_phrases_get_default())
 * @text: any free text
 *
 * Returns: (transfer full): the diagnosis and medication names in @text
 */
GPtrArray *
pa_restriction_find_diagnoses (PaPhrases  *phrases,
                               const char *text)
{
  g_autoptr(PaPhrases) lib = phrases ? pa_phrases_ref (phrases) : pa_phrases_get_default ();
  g_autoptr(GPtrArray) words = words_of (text);

  return find_diagnoses (lib, words);
}

/* The answer without a last word that the template says right after
 * the slot: "5 kg" into "{kg} kg" gives "5 kg", not "5 kg kg" */
static void
append_answer (GString    *out,
               const char *answer,
               const char *rest)
{
  g_autofree char *value = g_strstrip (g_strdup (answer));
  const char *space = strrchr (value, ' ');

  if (space != NULL && rest[0] == ' ')
    {
      gsize n = strlen (space + 1);

      if (g_ascii_strncasecmp (rest + 1, space + 1, n) == 0
          && !g_unichar_isalnum (g_utf8_get_char (rest + 1 + n)))
        value[space - value] = '\0';
    }
  g_string_append (out, value);
}

/* @template with its slots filled, or NULL when an answer is missing;
 * *has_slots tells whether it had any */
static char *
fill_template (const char *template,
               GHashTable *answers,
               gboolean   *has_slots)
{
  GString *out = g_string_new (NULL);
  const char *p = template;

  *has_slots = FALSE;
  while (*p)
    {
      const char *open = strchr (p, '{');
      const char *close = open ? strchr (open, '}') : NULL;
      g_autofree char *slot = NULL;
      const char *answer;

      if (close == NULL)
        {
          g_string_append (out, p);
          break;
        }
      *has_slots = TRUE;
      g_string_append_len (out, p, open - p);
      slot = g_strndup (open + 1, close - open - 1);
      answer = answers ? g_hash_table_lookup (answers, slot) : NULL;
      if (answer == NULL || *answer == '\0')
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      append_answer (out, answer, close + 1);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

static void
add_suggestions (PaRestrictionAnalysis *analysis,
                 PaPhrasePattern       *p,
                 GHashTable            *answers)
{
  g_autoptr(GPtrArray) generic = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < p->templates->len; i++)
    {
      gboolean has_slots;
      char *text = fill_template (g_ptr_array_index (p->templates, i), answers, &has_slots);

      if (text == NULL)
        continue;
      g_ptr_array_add (has_slots ? analysis->suggestions : generic, text);
    }
  /* A suggestion with the concrete answers replaces the generic ones */
  if (analysis->suggestions->len == 0)
    g_ptr_array_extend_and_steal (analysis->suggestions, g_steal_pointer (&generic));
}

static void
add_pattern (PaRestrictionAnalysis *analysis,
             PaPhrasePattern       *p,
             GHashTable            *answers)
{
  g_free (analysis->category);
  analysis->category = g_strdup (p->category);
  analysis->pattern_id = g_strdup (p->id);
  add_suggestions (analysis, p, answers);
  for (guint i = 0; i < p->questions->len; i++)
    {
      PaPhraseQuestion *q = g_ptr_array_index (p->questions, i);

      g_ptr_array_add (analysis->questions, g_strdup (q->text));
      g_ptr_array_add (analysis->slots, g_strdup (q->slot ? q->slot : ""));
    }
  for (guint i = 0; i < p->measures->len; i++)
    g_ptr_array_add (analysis->measures, g_strdup (g_ptr_array_index (p->measures, i)));
}

/**
 * pa_restriction_analyse:
 * @phrases: (nullable): the library, or NULL for the one the app uses
 *   (pa_phrases_get_default())
 * @text: the citizen's own wording
 * @answers: (nullable): slot name -> answer (e.g. "kg" -> "5 kg")
 *
 * Returns: (transfer full): the analysis
 */
PaRestrictionAnalysis *
pa_restriction_analyse (PaPhrases  *phrases,
                        const char *text,
                        GHashTable *answers)
{
  g_autoptr(PaPhrases) lib = phrases ? pa_phrases_ref (phrases) : pa_phrases_get_default ();
  g_autoptr(GPtrArray) words = words_of (text);
  PaRestrictionAnalysis *analysis = g_new0 (PaRestrictionAnalysis, 1);
  PaPhrasePattern *best;
  g_autofree guint8 *near = g_new0 (guint8, MAX (words->len, 1));
  gboolean signal = mark_after_signals (words, lib->signals, near);

  analysis->input = g_strdup (text);
  analysis->category = g_strdup ("other");
  analysis->suggestions = g_ptr_array_new_with_free_func (g_free);
  analysis->questions = g_ptr_array_new_with_free_func (g_free);
  analysis->slots = g_ptr_array_new_with_free_func (g_free);
  analysis->measures = g_ptr_array_new_with_free_func (g_free);
  analysis->diagnoses = find_diagnoses (lib, words);
  if (any_blocker (words, lib->blockers))
    return analysis;
  best = best_pattern (lib, words, signal, near);
  if (best != NULL)
    add_pattern (analysis, best, answers);
  return analysis;
}

static void
add_array (JsonBuilder *builder,
           const char  *name,
           GPtrArray   *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

/**
 * pa_restriction_analysis_to_json:
 *
 * Returns: (transfer full): `{input, category, suggestions, questions,
 *   measures, diagnoses}`, the object `--reformulate --json` prints
 */
JsonNode *
pa_restriction_analysis_to_json (PaRestrictionAnalysis *analysis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "input");
  json_builder_add_string_value (builder, analysis->input);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, analysis->category);
  add_array (builder, "suggestions", analysis->suggestions);
  add_array (builder, "questions", analysis->questions);
  add_array (builder, "measures", analysis->measures);
  add_array (builder, "diagnoses", analysis->diagnoses);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
pa_restriction_analysis_to_json_string (PaRestrictionAnalysis *analysis)
{
  g_autoptr(JsonNode) root = pa_restriction_analysis_to_json (analysis);

  return json_to_string (root, TRUE);
}

void
pa_restriction_analysis_free (PaRestrictionAnalysis *analysis)
{
  if (analysis == NULL)
    return;
  g_free (analysis->input);
  g_free (analysis->category);
  g_free (analysis->pattern_id);
  g_ptr_array_unref (analysis->suggestions);
  g_ptr_array_unref (analysis->questions);
  g_ptr_array_unref (analysis->slots);
  g_ptr_array_unref (analysis->measures);
  g_ptr_array_unref (analysis->diagnoses);
  g_free (analysis);
}

/**
 * pa_restriction_category_label:
 * @category: (nullable): one of pa_restriction_categories
 *
 * Returns: the category's name in the user's language, as step 5 and
 *   `--reformulate` show it; "Other" for "other" or an unknown value
 */
const char *
pa_restriction_category_label (const char *category)
{
  /* Translators: the categories of a work restriction (skånehensyn),
   * in step 5 and printed by --reformulate */
  static const struct { const char *id; const char *label; } labels[] = {
    { "physical", NC_("restriction category", "Physical") },
    { "energy", NC_("restriction category", "Energy") },
    { "stress", NC_("restriction category", "Stress") },
    { "anxiety", NC_("restriction category", "Anxiety and social situations") },
    { "concentration", NC_("restriction category", "Concentration and memory") },
    { "attendance", NC_("restriction category", "Stable attendance") },
    { "sensory", NC_("restriction category", "Senses") },
    { "language", NC_("restriction category", "Language and reading") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (category, labels[i].id) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "restriction category", labels[i].label);
  return C_("restriction category", "Other");
}

/**
 * pa_restriction_category_upgrade:
 * @category: a restriction's category, possibly one of the model's old
 *   four (physical, psychological, social, other)
 * @original: (nullable): the citizen's own words
 *
 * Maps an old category to one of the nine: "psychological" becomes what
 * the analyser reads in @original when that is a psychological category
 * (energy, stress, anxiety, concentration, attendance), else "stress";
 * "social" becomes "anxiety", or "language" when the words say so. Any
 * other value is returned as it is. Used by the store's migration 7 and
 * when reading an older XML document.
 *
 * Returns: (transfer none): the category to store
 */
const char *
pa_restriction_category_upgrade (const char *category,
                                 const char *original)
{
  static const char * const psychological[] = {
    "energy", "stress", "anxiety", "concentration", "attendance", NULL
  };
  static const char * const social[] = { "anxiety", "language", NULL };
  const char * const *allowed;
  g_autoptr(PaRestrictionAnalysis) analysis = NULL;

  if (g_strcmp0 (category, "psychological") == 0)
    allowed = psychological;
  else if (g_strcmp0 (category, "social") == 0)
    allowed = social;
  else
    return category;
  if (original != NULL)
    analysis = pa_restriction_analyse (NULL, original, NULL);
  for (guint i = 0; analysis != NULL && allowed[i] != NULL; i++)
    if (g_str_equal (analysis->category, allowed[i]))
      return allowed[i];
  return allowed == psychological ? "stress" : "anxiety";
}
