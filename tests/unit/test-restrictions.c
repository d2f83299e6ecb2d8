/* test-restrictions.c: the phrase library, its loader and the
 * restriction analyser against the blind labelled wordings
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-danish.h"
#include "core/pa-phrases.h"
#include "core/pa-restriction-analysis.h"
#include "../common/pa-test-util.h"

#define BLIND_TSV TEST_SRCDIR "/../data/labels-blind/restrictions.tsv"
#define FRESH_TSV TEST_SRCDIR "/../data/restrictions-fresh.tsv"
#define OWN_TSV TEST_SRCDIR "/../data/restrictions-own.tsv"
#define LIBRARY_XML TEST_SRCDIR "/../../data/phrases/restrictions.xml"

/* Every labelled row must pass: a miss fails the test and is printed
 * ("category: ..." / "diagnosis: ..."). The patterns were written after
 * reading the blind file, so its figure is not blind; the fresh file
 * was labelled before the analyser was run on it. */

static void
test_builtin (void)
{
  g_autoptr(PaPhrases) phrases = pa_phrases_get_builtin ();

  g_assert_nonnull (phrases);
  g_assert_cmpuint (phrases->patterns->len, >=, 40);
  for (guint i = 0; pa_phrase_categories[i] != NULL; i++)
    {
      guint n = pa_phrases_count_category (phrases, pa_phrase_categories[i]);

      g_test_message ("%s: %u patterns", pa_phrase_categories[i], n);
      g_assert_cmpuint (n, >=, 3);
    }
  g_assert_cmpuint (phrases->diagnoses->len, >=, 20);
}

static void
test_file_matches_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaPhrases) file = pa_phrases_load_file (LIBRARY_XML, &error);
  g_autoptr(PaPhrases) builtin = pa_phrases_get_builtin ();

  g_assert_no_error (error);
  g_assert_cmpuint (file->patterns->len, ==, builtin->patterns->len);
}

static char *
write_tmp (const char *dir,
           const char *name,
           const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_malformed (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = write_tmp (dir, "broken.xml",
                                     "<phrases version=\"1\">\n"
                                     "  <pattern id=\"x\" category=\"physical\">\n"
                                     "    <match>løft*</match>\n"
                                     "    <template>Jeg kan løfte</templat>\n"
                                     "  </pattern>\n"
                                     "</phrases>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaPhrases) phrases = pa_phrases_load_file (path, &error);

  g_assert_null (phrases);
  g_assert_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "broken.xml"));
  g_assert_nonnull (strstr (error->message, " 4"));
  g_assert_null (strstr (error->message, "(null)"));
  pa_test_rm_rf (dir);
}

static void
test_invalid_category (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaPhrases) phrases =
    pa_phrases_load_data ("<phrases>\n\n<pattern category=\"mood\">"
                          "<match>x</match><template>y</template></pattern>\n"
                          "</phrases>", -1, "mine.xml", &error);

  g_assert_null (phrases);
  g_assert_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "mine.xml"));
  g_assert_nonnull (strstr (error->message, " 3"));
}

static void
test_fallback (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = write_tmp (dir, "half.xml", "<phrases><pattern");
  g_autofree char *missing = g_build_filename (dir, "none.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(PaPhrases) phrases = pa_phrases_load_or_builtin (path, &error);
  g_autoptr(PaPhrases) phrases2 = pa_phrases_load_or_builtin (missing, &error2);

  g_assert_nonnull (phrases);
  g_assert_cmpuint (phrases->patterns->len, >=, 40);
  g_assert_error (error, PA_PHRASES_ERROR, PA_PHRASES_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "half.xml"));
  g_assert_nonnull (phrases2);
  g_assert_error (error2, PA_PHRASES_ERROR, PA_PHRASES_ERROR_READ);
  g_assert_nonnull (strstr (error2->message, "none.xml"));
  pa_test_rm_rf (dir);
}

/* The user's or jobcentre's own library: used when it is good; when it
 * is broken, the built-in one is used and the warning names file and
 * line */
static void
test_own_library (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *good = write_tmp (dir, "good.xml",
                                     "<phrases version=\"1\">\n"
                                     "  <pattern id=\"x\" category=\"physical\">\n"
                                     "    <match>hakke*</match>\n"
                                     "    <template>Jeg arbejder bedst uden hakkejern</template>\n"
                                     "  </pattern>\n"
                                     "</phrases>\n");
  g_autofree char *broken = write_tmp (dir, "broken.xml",
                                       "<phrases version=\"1\">\n"
                                       "  <pattern id=\"x\" category=\"physical\">\n"
                                       "    <match>løft*</match>\n"
                                       "  </patern>\n"
                                       "</phrases>\n");
  g_autoptr(PaPhrases) builtin = pa_phrases_get_builtin ();
  g_autoptr(PaPhrases) own = NULL;
  g_autoptr(PaPhrases) fallback = NULL;
  g_autoptr(GError) no_warning = NULL;
  g_autoptr(GError) warning = NULL;

  g_setenv ("PRAKTIKAFTALE_PHRASES", good, TRUE);
  own = pa_phrases_load_default (&no_warning);
  g_assert_no_error (no_warning);
  g_assert_cmpuint (own->patterns->len, ==, 1);

  g_setenv ("PRAKTIKAFTALE_PHRASES", broken, TRUE);
  fallback = pa_phrases_load_default (&warning);
  g_unsetenv ("PRAKTIKAFTALE_PHRASES");
  g_assert_true (fallback == builtin);
  g_assert_nonnull (warning);
  g_test_message ("%s", warning->message);
  g_assert_nonnull (strstr (warning->message, "broken.xml"));
  g_assert_nonnull (strstr (warning->message, " 4"));
  g_assert_null (strstr (warning->message, "(null)"));
  pa_test_rm_rf (dir);
}

static void
test_answer_kg (void)
{
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PaRestrictionAnalysis) generic = pa_restriction_analyse (NULL, "Jeg kan ikke løfte tungt", NULL);
  g_autoptr(PaRestrictionAnalysis) a = NULL;

  g_assert_cmpstr (generic->category, ==, "physical");
  g_assert_cmpuint (generic->suggestions->len, >, 0);
  g_assert_null (strstr (g_ptr_array_index (generic->suggestions, 0), "{"));
  g_assert_cmpuint (generic->questions->len, >, 0);
  g_assert_cmpuint (generic->measures->len, >, 0);

  g_hash_table_insert (answers, "kg", "5 kg");
  a = pa_restriction_analyse (NULL, "Jeg kan ikke løfte tungt", answers);
  g_assert_cmpuint (a->suggestions->len, >, 0);
  g_assert_cmpstr (g_ptr_array_index (a->suggestions, 0), ==,
                   "Jeg kan løfte op til 5 kg, og mere med hjælpemidler");
}

static void
test_not_restriction (void)
{
  const char *texts[] = {
    "Jeg kan ikke lide kaffe", "Jeg vil gerne arbejde med dyr",
    "Jeg kan sagtens stå op hele dagen", "Jeg er bange for at komme for sent",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PaRestrictionAnalysis) a = pa_restriction_analyse (NULL, texts[i], NULL);

      g_assert_cmpstr (a->category, ==, "other");
      g_assert_cmpuint (a->suggestions->len, ==, 0);
      g_assert_cmpuint (a->diagnoses->len, ==, 0);
    }
}

/* The negation forms, æ/ø/å written as ae/oe/aa and one letter wrong */
static void
test_forms (void)
{
  const struct { const char *text; const char *category; } cases[] = {
    { "Jeg magter ikke at løfte tunge ting", "physical" },
    { "Klarer ikke at stå op hele dagen", "physical" },
    { "Orker ikke mere end fire timer om dagen", "energy" },
    { "Jeg taaler ikke stoej", "sensory" },
    { "Jeg bliver svimmel af skarpt lys", "sensory" },
    { "Kan kun gaa kort", "physical" },
    { "Får ondt når jeg bøjer mig", "physical" },
    { "Jeg har svaert ved at konsentrere mig", "concentration" },
    { "Jeg kan ikke loefte tungt", "physical" },
    { "Er helt smadet om aftenen", "energy" },
    { "Jeg har svært ved at kocentrere mig", "concentration" },
    { "Jeg magter ikke at gaa langt", "physical" },
    { "Han taaler ikke hoej larm", "sensory" },
    { "Jeg har svaert ved at laese danske tekster", "language" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PaRestrictionAnalysis) a = pa_restriction_analyse (NULL, cases[i].text, NULL);

      g_test_message ("%s -> %s", cases[i].text, a->category);
      g_assert_cmpstr (a->category, ==, cases[i].category);
      g_assert_cmpuint (a->suggestions->len, >, 0);
    }
}

/* What the matcher does beyond the library's words: compounds, words
 * written together, word order, the word after a negation form, and
 * blockers compared strictly */
static void
test_generalises (void)
{
  const struct { const char *text; const char *category; } cases[] = {
    { "Jeg kan ikke tåle arbejdsstress", "stress" },
    { "Jeg har meget sygefravær", "attendance" },
    { "Baggrundsstøjen i kantinen er for meget", "sensory" },
    { "Et fuldtidsjob er ikke realistisk for mig", "energy" },
    { "Tunge kasser kan jeg ikke løfte", "physical" },
    { "Jeg kan ikke koncentrere mig i støj", "concentration" },
    { "Jeg har svært ved at huske, hvad der bliver sagt", "concentration" },
    { "Jeg har flere frokostpauser brug for", "energy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PaRestrictionAnalysis) a = pa_restriction_analyse (NULL, cases[i].text, NULL);

      g_test_message ("%s -> %s", cases[i].text, a->category);
      g_assert_cmpstr (a->category, ==, cases[i].category);
      g_assert_cmpuint (a->suggestions->len, >, 0);
    }
  /* "op" is too short a first part: optrapning is not about stairs */
  g_assert_false (pa_phrases_key_matches ("trappe*", "optrappe"));
  g_assert_false (pa_phrases_key_matches ("staa*", "forstaa"));
  g_assert_true (pa_phrases_key_matches ("stress*", "arbejdsstress"));
  g_assert_true (pa_phrases_key_matches ("stoej", "baggrundsstoejen"));
}

static void
test_angst_guard (void)
{
  g_autoptr(GPtrArray) hit = pa_restriction_find_diagnoses (NULL, "Jeg har fået diagnosen angst");
  g_autoptr(GPtrArray) hit2 = pa_restriction_find_diagnoses (NULL, "Min søn lider af angst");
  g_autoptr(GPtrArray) miss = pa_restriction_find_diagnoses (NULL, "Jeg får angst blandt fremmede");
  g_autoptr(GPtrArray) miss2 = pa_restriction_find_diagnoses (NULL, "Jeg er bange for at komme for sent");

  g_assert_cmpuint (hit->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hit, 0), ==, "angst");
  g_assert_cmpuint (hit2->len, ==, 1);
  g_assert_cmpuint (miss->len, ==, 0);
  g_assert_cmpuint (miss2->len, ==, 0);
}

/* "kræfter" (strength) is not "kræft" (cancer); the disease still is,
 * alone, inflected or in a compound */
static void
test_kraeft_guard (void)
{
  const char *hits[] = { "Hun har brystkræft", "Kræften er væk", "Efter min kræftbehandling", "Jeg har kraeft" };

  for (guint i = 0; i < G_N_ELEMENTS (hits); i++)
    {
      g_autoptr(GPtrArray) found = pa_restriction_find_diagnoses (NULL, hits[i]);

      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (found, 0), ==, "kræft");
    }
  {
    g_autoptr(GPtrArray) miss = pa_restriction_find_diagnoses (NULL, "Jeg har ikke kræfter til fuld tid");

    g_assert_cmpuint (miss->len, ==, 0);
  }
}

static void
test_json (void)
{
  g_autoptr(PaRestrictionAnalysis) a = pa_restriction_analyse (NULL, "Har ADHD og mister let fokus", NULL);
  g_autoptr(JsonNode) node = pa_restriction_analysis_to_json (a);
  JsonObject *o = json_node_get_object (node);
  const char *members[] = { "input", "category", "suggestions", "questions", "measures", "diagnoses" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (json_object_has_member (o, members[i]));
  g_assert_cmpstr (json_object_get_string_member (o, "category"), ==, "concentration");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "diagnoses"), 0),
                   ==, "ADHD");
}

/* Folded, sorted, comma-joined: "-" and "" are no diagnosis */
static char *
diagnosis_key (GPtrArray *names)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (folded, pa_danish_fold (g_ptr_array_index (names, i), -1));
  g_ptr_array_sort (folded, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (folded, NULL);
  return g_strjoinv (",", (char **) folded->pdata);
}

/* A label names a term as written ("Sklerosen" is labelled "sklerose");
 * the library reports its own name for it ("sclerose") */
static char *
label_key (const char *label)
{
  g_auto(GStrv) parts = g_strsplit (label, ",", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) found = NULL;

      g_strstrip (parts[i]);
      if (*parts[i] == '\0' || g_str_equal (parts[i], "-"))
        continue;
      found = pa_restriction_find_diagnoses (NULL, parts[i]);
      g_ptr_array_add (names, g_strdup (found->len == 1 ? g_ptr_array_index (found, 0) : parts[i]));
    }
  return diagnosis_key (names);
}

/* Runs every row of a labelled file; prints the agreement and each
 * disagreement, so the next session knows what to fix */
static void
run_labelled (const char *path,
              guint      *rows,
              guint      *cat_ok,
              guint      *diag_ok)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  *rows = *cat_ok = *diag_ok = 0;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", -1);
      g_autoptr(PaRestrictionAnalysis) a = NULL;
      g_autofree char *want = NULL, *got = NULL;

      if (g_strv_length (cols) < 3)
        continue;
      (*rows)++;
      a = pa_restriction_analyse (NULL, cols[0], NULL);
      want = label_key (cols[2]);
      got = diagnosis_key (a->diagnoses);
      /* Not a restriction: no suggestion; a restriction: at least one */
      if (g_str_equal (a->category, cols[1])
          && (a->suggestions->len == 0) == g_str_equal (cols[1], "other"))
        (*cat_ok)++;
      else
        g_printerr ("MISS category: \"%s\": labelled %s, got %s (%s) with %u suggestions\n",
                    cols[0], cols[1], a->category, a->pattern_id ? a->pattern_id : "-",
                    a->suggestions->len);
      if (g_str_equal (want, got))
        (*diag_ok)++;
      else
        g_printerr ("MISS diagnosis: \"%s\": labelled [%s], got [%s]\n", cols[0], want, got);
    }
  g_test_message ("%s: %u rows; category %u/%u (%.1f %%), diagnoses %u/%u (%.1f %%)",
                  path, *rows, *cat_ok, *rows, 100.0 * *cat_ok / *rows,
                  *diag_ok, *rows, 100.0 * *diag_ok / *rows);
}

static void
test_blind (void)
{
  guint rows, cat_ok, diag_ok;

  run_labelled (BLIND_TSV, &rows, &cat_ok, &diag_ok);
  g_assert_cmpuint (rows, >=, 131);
  g_assert_cmpuint (cat_ok, ==, rows);
  g_assert_cmpuint (diag_ok, ==, rows);
}

/* Wordings written after the library, labelled before running it */
static void
test_fresh (void)
{
  guint rows, cat_ok, diag_ok;

  run_labelled (FRESH_TSV, &rows, &cat_ok, &diag_ok);
  g_assert_cmpuint (rows, >=, 28);
  g_assert_cmpuint (cat_ok, ==, rows);
  g_assert_cmpuint (diag_ok, ==, rows);
}

/* The finishing session's own wordings; the note column says which were
 * tuned on */
static void
test_own (void)
{
  guint rows, cat_ok, diag_ok;

  run_labelled (OWN_TSV, &rows, &cat_ok, &diag_ok);
  g_assert_cmpuint (rows, >=, 88);
  g_assert_cmpuint (cat_ok, ==, rows);
  g_assert_cmpuint (diag_ok, ==, rows);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pa/phrases/builtin", test_builtin);
  g_test_add_func ("/pa/phrases/file-matches-builtin", test_file_matches_builtin);
  g_test_add_func ("/pa/phrases/malformed-names-file-and-line", test_malformed);
  g_test_add_func ("/pa/phrases/invalid-category", test_invalid_category);
  g_test_add_func ("/pa/phrases/fallback", test_fallback);
  g_test_add_func ("/pa/phrases/own-library", test_own_library);
  g_test_add_func ("/pa/restriction/answer-kg", test_answer_kg);
  g_test_add_func ("/pa/restriction/not-restriction", test_not_restriction);
  g_test_add_func ("/pa/restriction/forms", test_forms);
  g_test_add_func ("/pa/restriction/generalises", test_generalises);
  g_test_add_func ("/pa/restriction/angst-guard", test_angst_guard);
  g_test_add_func ("/pa/restriction/kraeft-guard", test_kraeft_guard);
  g_test_add_func ("/pa/restriction/json", test_json);
  g_test_add_func ("/pa/restriction/blind", test_blind);
  g_test_add_func ("/pa/restriction/fresh", test_fresh);
  g_test_add_func ("/pa/restriction/own", test_own);
  return g_test_run ();
}
