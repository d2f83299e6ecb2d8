/* test-smart.c: the SMART analysis of goals against labelled Danish texts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every *.tsv file in tests/data/smart/ is a table of goal texts labelled
 * by hand, one goal a line: text<TAB>S<TAB>M<TAB>T with 1 (yes) or 0 (no),
 * '#' lines are comments and a first line starting "text" is a header.
 * Each file becomes one test that lists every disagreement. Drop another
 * labelled file in the folder (or point PA_SMART_LABELS at a folder) and
 * it runs too. The other tests cover the Danish normaliser, the separate
 * measure and deadline fields, Attractive and Realistic, the hints and
 * the JSON.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "core/pa-danish.h"
#include "core/pa-smart.h"

#define LABELS_DIR TEST_SRCDIR "/../data/smart"

/* Labelled files */

static gboolean
parse_label (const char *field,
             gboolean   *value)
{
  g_autofree char *f = g_strstrip (g_ascii_strdown (field, -1));

  if (g_str_equal (f, "1") || g_str_equal (f, "y") || g_str_equal (f, "ja")
      || g_str_equal (f, "true") || g_str_equal (f, "s") || g_str_equal (f, "m")
      || g_str_equal (f, "t"))
    *value = TRUE;
  else if (g_str_equal (f, "0") || g_str_equal (f, "n") || g_str_equal (f, "nej")
           || g_str_equal (f, "false") || g_str_equal (f, "-"))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static const PaSmartPart labelled_parts[] = {
  PA_SMART_SPECIFIC, PA_SMART_MEASURABLE, PA_SMART_TIME_BOUND,
};

/* Returns the number of disagreements on one line, or -1 when the line
 * is not a goal. */
static int
check_line (const char *line,
            guint       lineno,
            GString    *report)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  g_autoptr(PaSmartResult) result = NULL;
  int wrong = 0;

  if (line[0] == '#' || line[0] == '\0' || g_str_has_prefix (line, "text\t"))
    return -1;
  g_assert_cmpuint (g_strv_length (fields), >=, 4);
  result = pa_smart_analyse (fields[0], NULL, NULL);
  for (guint p = 0; p < G_N_ELEMENTS (labelled_parts); p++)
    {
      gboolean want = FALSE, got = pa_smart_result_is_ok (result, labelled_parts[p]);

      g_assert_true (parse_label (fields[1 + p], &want));
      if (want != got)
        {
          const char *evidence = pa_smart_result_get_evidence (result, labelled_parts[p]);

          g_string_append_printf (report, "  line %u: %s should %sbe %s: %s%s%s%s\n", lineno,
                                  pa_smart_part_get_letter (labelled_parts[p]),
                                  want ? "" : "not ",
                                  pa_smart_part_get_key (labelled_parts[p]), fields[0],
                                  evidence ? " (read: \"" : "", evidence ? evidence : "",
                                  evidence ? "\")" : "");
          wrong++;
        }
    }
  return wrong;
}

static void
test_labelled_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  guint goals = 0, wrong = 0, parts = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      int w;

      g_strchomp (lines[i]);
      w = check_line (lines[i], i + 1, report);
      if (w < 0)
        continue;
      goals++;
      parts += G_N_ELEMENTS (labelled_parts);
      wrong += w;
    }
  g_test_message ("%s: %u goals, %u of %u labels agree", path, goals, parts - wrong, parts);
  if (wrong > 0)
    g_test_message ("Disagreements:\n%s", report->str);
  g_assert_cmpuint (goals, >, 0);
  g_assert_cmpuint (wrong, ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_labelled_files (void)
{
  const char *dir_path = g_getenv ("PA_SMART_LABELS");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir_path == NULL)
    dir_path = LABELS_DIR;
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *testpath = g_strconcat ("/pa/smart/labels/", file, NULL);

      g_test_add_data_func_full (testpath, g_build_filename (dir_path, file, NULL),
                                 test_labelled_file, g_free);
    }
}

/* The Danish normaliser */

static void
test_normalise (void)
{
  g_autofree char *a = pa_danish_normalise ("  Jeg vil  gerne FÅ hjælp, tak!\n");
  g_autofree char *b = pa_danish_normalise ("Ekstraarbejde på Ærø, idé");
  g_autofree char *c = pa_danish_normalise ("محمد ØVER");

  g_assert_cmpstr (a, ==, "jeg vil gerne faa hjaelp, tak!");
  /* a written "aa" stays; nothing is turned back into "å" */
  g_assert_cmpstr (b, ==, "ekstraarbejde paa aeroe, ide");
  g_assert_cmpstr (c, ==, "محمد oever");
}

static void
assert_same_stem (const char * const *words)
{
  g_autofree char *first = pa_danish_stem (words[0]);

  for (guint i = 1; words[i]; i++)
    {
      g_autofree char *stem = pa_danish_stem (words[i]);

      g_assert_cmpstr (stem, ==, first);
    }
}

static void
test_stem (void)
{
  const char *sortere[] = { "sortere", "sorterer", "sorteret", "sortering",
                            "sorteringen", "sorterede", NULL };
  const char *kasse[] = { "kasse", "kassen", "kasser", "kasserne", NULL };
  const char *modtage[] = { "modtage", "modtager", "modtagelse", "modtagelsen", NULL };
  g_autofree char *uge = pa_danish_stem ("ugerne");

  assert_same_stem (sortere);
  assert_same_stem (kasse);
  assert_same_stem (modtage);
  g_assert_cmpstr (uge, ==, "ug");
}

static void
test_number_words (void)
{
  gboolean ordinal, weak;

  g_assert_cmpint (pa_danish_number_word ("tre", &ordinal, &weak), ==, 3);
  g_assert_false (ordinal);
  g_assert_cmpint (pa_danish_number_word ("to", NULL, &weak), ==, 2);
  g_assert_false (weak);
  g_assert_cmpint (pa_danish_number_word ("fjorten", NULL, NULL), ==, 14);
  g_assert_cmpint (pa_danish_number_word ("enogtyve", NULL, NULL), ==, 21);
  g_assert_cmpint (pa_danish_number_word ("tredje", &ordinal, NULL), ==, 3);
  g_assert_true (ordinal);
  g_assert_cmpint (pa_danish_number_word ("en", NULL, &weak), ==, 1);
  g_assert_true (weak);
  g_assert_cmpint (pa_danish_number_word ("tog", NULL, NULL), ==, -1);
  g_assert_cmpint (pa_danish_number_word ("kasse", NULL, NULL), ==, -1);
}

static gboolean
within_one (const char *a,
            const char *b)
{
  return pa_danish_within_one (a, strlen (a), b, strlen (b));
}

static void
test_misspelling (void)
{
  g_assert_true (within_one ("sortre", "sortere"));    /* a letter left out */
  g_assert_true (within_one ("modtagge", "modtage"));  /* one too many */
  g_assert_true (within_one ("betjene", "betjane"));   /* one replaced */
  g_assert_true (within_one ("sotrere", "sortere"));   /* two swapped */
  g_assert_false (within_one ("sotere", "sortre"));
  g_assert_false (within_one ("kasse", "kassererne"));
}

static PaDaToken *
token_at (GArray *tokens,
          guint   i)
{
  g_assert_cmpuint (i, <, tokens->len);
  return &g_array_index (tokens, PaDaToken, i);
}

static void
assert_date (const char *text,
             guint       day,
             guint       month,
             guint       year)
{
  g_autoptr(GArray) tokens = pa_danish_tokenise (text);
  PaDaToken *t = token_at (tokens, 1);

  g_assert_cmpint (t->kind, ==, PA_DA_TOKEN_DATE);
  g_assert_cmpuint (t->day, ==, day);
  g_assert_cmpuint (t->month, ==, month);
  g_assert_cmpuint (t->year, ==, year);
}

static void
test_tokens (void)
{
  g_autoptr(GArray) tokens = pa_danish_tokenise ("Møde kl. 8.30 i 3. uge, tre dage");

  assert_date ("inden 1/6", 1, 6, 0);
  assert_date ("senest 1.6.", 1, 6, 0);
  assert_date ("inden 01.06.2026", 1, 6, 2026);
  assert_date ("inden 1.6.2026", 1, 6, 2026);
  assert_date ("færdig 2026-06-01", 1, 6, 2026);
  assert_date ("inden 15/3-2026", 15, 3, 2026);
  g_assert_cmpstr (token_at (tokens, 0)->norm, ==, "moede");
  g_assert_true (token_at (tokens, 0)->capital);
  g_assert_cmpstr (token_at (tokens, 1)->norm, ==, "kl");   /* its full stop goes */
  g_assert_cmpint (token_at (tokens, 2)->kind, ==, PA_DA_TOKEN_NUMBER);
  g_assert_cmpint (token_at (tokens, 2)->value, ==, 8);
  g_assert_true (token_at (tokens, 4)->ordinal);
  g_assert_cmpint (token_at (tokens, 4)->value, ==, 3);
  g_assert_cmpstr (token_at (tokens, 6)->norm, ==, ",");
  g_assert_cmpint (token_at (tokens, 7)->value, ==, 3);
}

static void
test_parse_date (void)
{
  GDate date;

  g_assert_true (pa_danish_parse_date ("2026-06-01", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 1);
  g_assert_cmpuint (g_date_get_month (&date), ==, 6);
  g_assert_true (pa_danish_parse_date ("1.6.2026", &date));
  g_assert_true (pa_danish_parse_date ("1. juni 2026", &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 2026);
  g_assert_false (pa_danish_parse_date ("31.2.2026", &date));
  g_assert_false (pa_danish_parse_date ("snart", &date));
  g_assert_false (pa_danish_parse_date ("", &date));
}

/* The analysis */

static void
assert_verdicts (PaSmartResult *result,
                 gboolean       s,
                 gboolean       m,
                 gboolean       t)
{
  g_assert_cmpint (pa_smart_result_is_ok (result, PA_SMART_SPECIFIC), ==, s);
  g_assert_cmpint (pa_smart_result_is_ok (result, PA_SMART_MEASURABLE), ==, m);
  g_assert_cmpint (pa_smart_result_is_ok (result, PA_SMART_TIME_BOUND), ==, t);
}

static void
test_spelling_variants (void)
{
  const char *variants[][2] = {
    { "Få erfaring med at modtage varer hver dag inden uge 14",
      "Faa erfaring med at modtage varer hver dag inden uge 14" },
    { "Betjene kassen uden hjælp", "betjene kassen uden hjaelp" },
    { "Gøre rent på toiletterne alene", "GOERE RENT PAA TOILETTERNE ALENE" },
    { "Sortere varer efter tre uger", "Sortre varer efter 3 uger" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(PaSmartResult) a = pa_smart_analyse (variants[i][0], NULL, NULL);
      g_autoptr(PaSmartResult) b = pa_smart_analyse (variants[i][1], NULL, NULL);

      g_assert_true (pa_smart_result_is_ok (a, PA_SMART_SPECIFIC));
      assert_verdicts (b, pa_smart_result_is_ok (a, PA_SMART_SPECIFIC),
                       pa_smart_result_is_ok (a, PA_SMART_MEASURABLE),
                       pa_smart_result_is_ok (a, PA_SMART_TIME_BOUND));
    }
}

static void
test_measure_field (void)
{
  g_autoptr(PaSmartResult) clear = pa_smart_analyse ("Afklare arbejdsevnen",
                                                     "Lene vurderer, om han kan modtage varer uden hjælp",
                                                     NULL);
  g_autoptr(PaSmartResult) vague = pa_smart_analyse ("Modtage varer", "Det går godt", NULL);
  g_autoptr(PaSmartResult) amount = pa_smart_analyse ("Modtage varer", "12 timer om ugen", NULL);

  /* a vague goal text with a clear measure is measurable, not specific */
  assert_verdicts (clear, FALSE, TRUE, FALSE);
  assert_verdicts (vague, TRUE, FALSE, FALSE);
  assert_verdicts (amount, TRUE, TRUE, FALSE);
  g_assert_cmpstr (pa_smart_result_get_evidence (amount, PA_SMART_MEASURABLE), ==, "12 timer om ugen");
}

static void
test_deadline_field (void)
{
  g_autoptr(PaSmartResult) iso = pa_smart_analyse ("Betjene kassen", NULL, "2026-06-01");
  g_autoptr(PaSmartResult) danish = pa_smart_analyse ("Betjene kassen", NULL, "1.6.2026");
  g_autoptr(PaSmartResult) week = pa_smart_analyse ("Betjene kassen", NULL, "uge 14");
  g_autoptr(PaSmartResult) soon = pa_smart_analyse ("Betjene kassen", NULL, "snart");
  const char * const *hints = pa_smart_result_get_hints (soon, PA_SMART_TIME_BOUND);

  assert_verdicts (iso, TRUE, FALSE, TRUE);
  assert_verdicts (danish, TRUE, FALSE, TRUE);
  assert_verdicts (week, TRUE, FALSE, TRUE);
  assert_verdicts (soon, TRUE, FALSE, FALSE);
  g_assert_cmpuint (g_strv_length ((char **) hints), ==, 2);
  g_assert_cmpstr (hints[1], ==, "The deadline “snart” is not a date.");
}

static void
test_attractive_realistic (void)
{
  PaSmartGoal goal = { "Betjene kassen 3 dage om ugen inden uge 14" };
  g_autoptr(PaSmartResult) missing = pa_smart_analyse_goal (&goal);
  g_autoptr(PaSmartResult) blank = NULL;
  g_autoptr(PaSmartResult) given = NULL;

  assert_verdicts (missing, TRUE, TRUE, TRUE);
  g_assert_false (pa_smart_result_is_ok (missing, PA_SMART_ATTRACTIVE));
  g_assert_false (pa_smart_result_is_ok (missing, PA_SMART_REALISTIC));
  g_assert_false (pa_smart_result_all_ok (missing));
  g_assert_cmpint (pa_smart_result_get_gaps (missing), ==, PA_SMART_GAP_REASON | PA_SMART_GAP_REALISM);
  g_assert_cmpstr (pa_smart_result_get_hints (missing, PA_SMART_ATTRACTIVE)[1], ==,
                   "What would you like to be able to do when the placement ends?");

  goal.attractive = "  \n ";
  goal.realistic = "";
  blank = pa_smart_analyse_goal (&goal);
  g_assert_false (pa_smart_result_is_ok (blank, PA_SMART_ATTRACTIVE));
  g_assert_false (pa_smart_result_is_ok (blank, PA_SMART_REALISTIC));

  goal.attractive = "Jeg vil gerne have et job, hvor jeg møder kunder";
  goal.realistic_confirmed = TRUE;
  given = pa_smart_analyse_goal (&goal);
  g_assert_true (pa_smart_result_all_ok (given));
  g_assert_cmpint (pa_smart_result_get_gaps (given), ==, PA_SMART_GAP_NONE);
  g_assert_null (pa_smart_result_get_hints (given, PA_SMART_REALISTIC)[0]);
}

static void
test_record (void)
{
  g_autoptr(PaGoal) goal = g_object_new (PA_TYPE_GOAL, NULL);
  g_autoptr(PaSmartResult) vague = NULL;
  g_autoptr(PaSmartResult) done = NULL;

  pa_record_set_string (PA_RECORD (goal), "specific", "Afklare arbejdsevnen");
  vague = pa_smart_analyse_record (goal);
  assert_verdicts (vague, FALSE, FALSE, FALSE);

  pa_record_set_string (PA_RECORD (goal), "measure", "Lene vurderer, om han kan modtage varer uden hjælp");
  pa_record_set_string (PA_RECORD (goal), "attractive", "Jeg vil gerne arbejde på et lager");
  pa_record_set_string (PA_RECORD (goal), "realistic", "Han har kørt truck før");
  pa_record_set_string (PA_RECORD (goal), "deadline", "2026-05-29");
  done = pa_smart_analyse_record (goal);
  assert_verdicts (done, FALSE, TRUE, TRUE);
  g_assert_true (pa_smart_result_is_ok (done, PA_SMART_ATTRACTIVE));
  g_assert_true (pa_smart_result_is_ok (done, PA_SMART_REALISTIC));
  g_assert_cmpint (pa_smart_result_get_gaps (done), ==, PA_SMART_GAP_TASK | PA_SMART_GAP_ABSTRACT);
}

static void
assert_hint (PaSmartResult *result,
             PaSmartPart    part,
             guint          i,
             const char    *hint)
{
  const char * const *hints = pa_smart_result_get_hints (result, part);

  g_assert_cmpuint (g_strv_length ((char **) hints), >, i);
  g_assert_cmpstr (hints[i], ==, hint);
}

static void
test_hints_specific (void)
{
  g_autoptr(PaSmartResult) abstract = pa_smart_analyse ("Afklare arbejdsevnen", NULL, NULL);
  g_autoptr(PaSmartResult) trade = pa_smart_analyse ("Jeg vil gerne prøve lager", NULL, NULL);
  g_autoptr(PaSmartResult) vague = pa_smart_analyse ("Diverse opgaver", NULL, NULL);

  assert_hint (abstract, PA_SMART_SPECIFIC, 0, "Name the task or work function: what will the citizen do?");
  assert_hint (abstract, PA_SMART_SPECIFIC, 1, "“Afklare” is abstract: which task or behaviour will show it?");
  g_assert_true (pa_smart_result_get_gaps (abstract) & PA_SMART_GAP_ABSTRACT);
  assert_hint (trade, PA_SMART_SPECIFIC, 1, "“lager” says where, not what: which tasks will the citizen do there?");
  g_assert_true (pa_smart_result_get_gaps (trade) & PA_SMART_GAP_TRADE_ONLY);
  assert_hint (vague, PA_SMART_SPECIFIC, 1, "“Diverse” is too general: name the concrete tasks.");
}

static void
test_hints_measurable (void)
{
  g_autoptr(PaSmartResult) better = pa_smart_analyse ("Blive bedre til at sortere varer", NULL, NULL);
  g_autoptr(PaSmartResult) hall = pa_smart_analyse ("Pakke ordrer i hal 2", NULL, NULL);
  g_autoptr(PaSmartResult) judge = pa_smart_analyse ("Lene vurderer hver anden uge, hvordan det går", NULL, NULL);
  g_autoptr(PaSmartResult) colleagues = pa_smart_analyse ("Vaske op sammen med to kolleger", NULL, NULL);
  g_autoptr(PaSmartResult) team = pa_smart_analyse ("Arbejde i et team på 4 og pakke ordrer", NULL, NULL);
  g_autoptr(PaSmartResult) weeks = pa_smart_analyse ("Betjene kassen efter 4 uger", NULL, NULL);

  assert_hint (better, PA_SMART_MEASURABLE, 0, "Say how you will know the goal is reached: an amount, how often, a level, or “without help”.");
  assert_hint (better, PA_SMART_MEASURABLE, 1, "“bedre” compares without a baseline: from what, to what?");
  g_assert_true (pa_smart_result_get_gaps (better) & PA_SMART_GAP_BASELINE);
  assert_hint (hall, PA_SMART_MEASURABLE, 1, "“hal 2” counts something other than the result: how much or how often should the citizen manage?");
  assert_hint (colleagues, PA_SMART_MEASURABLE, 1, "“to kolleger” counts something other than the result: how much or how often should the citizen manage?");
  assert_hint (team, PA_SMART_MEASURABLE, 1, "“team på 4” counts something other than the result: how much or how often should the citizen manage?");
  /* a time frame is not counted as something else */
  g_assert_cmpuint (g_strv_length ((char **) pa_smart_result_get_hints (weeks, PA_SMART_MEASURABLE)), ==, 1);
  assert_hint (judge, PA_SMART_MEASURABLE, 1, "Say what the judgement is against, e.g. whether the citizen can do the task without help.");
  g_assert_true (pa_smart_result_get_gaps (judge) & PA_SMART_GAP_JUDGE);
}

static void
test_hints_time_bound (void)
{
  g_autoptr(PaSmartResult) weekday = pa_smart_analyse ("Fylde op om tirsdagen", NULL, NULL);
  g_autoptr(PaSmartResult) later = pa_smart_analyse ("Betjene kassen på sigt", NULL, NULL);

  assert_hint (weekday, PA_SMART_TIME_BOUND, 0, "Say by when: a date, a week number or a time from the start, e.g. “within 4 weeks”.");
  assert_hint (weekday, PA_SMART_TIME_BOUND, 1, "“om tirsdagen” says how often, not by when: add a date or a week.");
  assert_hint (later, PA_SMART_TIME_BOUND, 1, "“på sigt” is not a deadline: by which date or week?");
  g_assert_true (pa_smart_result_get_gaps (later) & PA_SMART_GAP_DEADLINE);
}

static void
test_hints_none_when_ok (void)
{
  g_autoptr(PaSmartResult) result =
    pa_smart_analyse ("Inden 29. maj arbejder Thomas 12 timer om ugen med varemodtagelse", NULL, NULL);

  for (PaSmartPart p = PA_SMART_SPECIFIC; p <= PA_SMART_TIME_BOUND; p++)
    if (p != PA_SMART_ATTRACTIVE && p != PA_SMART_REALISTIC)
      {
        g_assert_true (pa_smart_result_is_ok (result, p));
        g_assert_null (pa_smart_result_get_hints (result, p)[0]);
        g_assert_nonnull (pa_smart_result_get_evidence (result, p));
      }
  g_assert_cmpstr (pa_smart_result_get_evidence (result, PA_SMART_TIME_BOUND), ==, "Inden 29. maj");
  g_assert_cmpstr (pa_smart_result_get_evidence (result, PA_SMART_MEASURABLE), ==, "12 timer om ugen");
}

/* Runs in a child: the Danish catalogue, compiled from po/da.po. */
static void
test_hints_danish (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *mo_dir = NULL;
  g_autofree char *mo = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  const char *argv[] = { msgfmt, "-o", NULL, TEST_SRCDIR "/../../po/da.po", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }
  dir = g_dir_make_tmp ("test-smart-XXXXXX", &error);
  g_assert_no_error (error);
  mo_dir = g_build_filename (dir, "da", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  argv[2] = mo;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  {
    g_autoptr(PaSmartResult) result = pa_smart_analyse ("Jeg vil gerne prøve lager", NULL, NULL);

    assert_hint (result, PA_SMART_SPECIFIC, 0, "Nævn opgaven eller arbejdsfunktionen: hvad skal borgeren lave?");
    assert_hint (result, PA_SMART_SPECIFIC, 1, "“lager” siger hvor, ikke hvad: hvilke opgaver skal borgeren lave der?");
    g_assert_cmpstr (pa_smart_part_get_label (PA_SMART_TIME_BOUND), ==, "Tidsbestemt");
  }
}

static void
test_json (void)
{
  g_autoptr(PaSmartResult) result = pa_smart_analyse ("Fylde op om tirsdagen", NULL, NULL);
  g_autoptr(JsonNode) node = pa_smart_result_to_json (result);
  g_autofree char *json = json_to_string (node, FALSE);
  g_autoptr(JsonNode) parsed = json_from_string (json, NULL);
  JsonObject *root = json_node_get_object (parsed);
  JsonObject *time_bound = json_object_get_object_member (root, "time_bound");

  g_assert_cmpstr (json_object_get_string_member (root, "text"), ==, "Fylde op om tirsdagen");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (root, "specific"), "ok"));
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (root, "measurable"), "ok") == FALSE);
  g_assert_false (json_object_get_boolean_member (time_bound, "ok"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (time_bound, "hints")), ==, 2);
  g_assert_cmpuint (json_object_get_size (root), ==, 4);
  g_assert_false (json_object_has_member (root, "attractive"));
}

static void
test_result_type (void)
{
  PaSmartResult *result = pa_smart_analyse (NULL, NULL, NULL);
  PaSmartResult *copy = g_boxed_copy (PA_TYPE_SMART_RESULT, result);

  g_assert_true (copy == result);
  g_boxed_free (PA_TYPE_SMART_RESULT, copy);
  g_assert_cmpstr (pa_smart_result_get_text (result), ==, "");
  assert_verdicts (result, FALSE, FALSE, FALSE);
  g_assert_cmpint (pa_smart_result_get_gaps (result) & PA_SMART_GAP_TASK, !=, 0);
  pa_smart_result_unref (result);

  g_assert_cmpstr (pa_smart_part_get_key (PA_SMART_TIME_BOUND), ==, "time_bound");
  g_assert_cmpstr (pa_smart_part_get_letter (PA_SMART_MEASURABLE), ==, "M");
  g_assert_cmpstr (pa_smart_part_get_label (PA_SMART_SPECIFIC), ==, "Specific");
}

static void
test_questions (void)
{
  g_autoptr(PaSmartResult) result = pa_smart_analyse ("Afklare arbejdsevnen", NULL, NULL);
  PaSmartGaps gaps = pa_smart_result_get_gaps (result);

  g_assert_true (gaps & PA_SMART_GAP_MEASURE);
  g_assert_cmpstr (pa_smart_gap_get_question (PA_SMART_GAP_MEASURE), ==,
                   "How many hours a week, and which days?");
  g_assert_cmpstr (pa_smart_gap_get_question (PA_SMART_GAP_JUDGE), ==, "Who judges, and when?");
  g_assert_nonnull (pa_smart_gap_get_question (PA_SMART_GAP_TASK));
  g_assert_nonnull (pa_smart_gap_get_question (PA_SMART_GAP_DEADLINE));
  g_assert_null (pa_smart_gap_get_question (PA_SMART_GAP_TRADE_ONLY));
  g_assert_null (pa_smart_gap_get_question (PA_SMART_GAP_TASK | PA_SMART_GAP_MEASURE));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(PaSmartResult) result = pa_smart_analyse ("Betjene kassen \xff\xfe inden uge 14 \xf0", "\xc3", "\xe2\x82");

  assert_verdicts (result, TRUE, FALSE, TRUE);
  g_assert_true (g_utf8_validate (pa_smart_result_get_text (result), -1, NULL));
  for (PaSmartPart p = 0; p < PA_SMART_N_PARTS; p++)
    for (const char * const *h = pa_smart_result_get_hints (result, p); *h; h++)
      g_assert_true (g_utf8_validate (*h, -1, NULL));
}

static void
test_long_text (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PaSmartResult) result = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "og jeg vil gerne blive bedre til at komme ud blandt andre, ");
  g_string_append (text, "så jeg kan sortere varer alene inden uge 14.");
  result = pa_smart_analyse (text->str, NULL, NULL);
  assert_verdicts (result, TRUE, TRUE, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/smart/normalise", test_normalise);
  g_test_add_func ("/pa/smart/normalise/stem", test_stem);
  g_test_add_func ("/pa/smart/normalise/number-words", test_number_words);
  g_test_add_func ("/pa/smart/normalise/misspelling", test_misspelling);
  g_test_add_func ("/pa/smart/normalise/tokens", test_tokens);
  g_test_add_func ("/pa/smart/normalise/parse-date", test_parse_date);
  g_test_add_func ("/pa/smart/spelling-variants", test_spelling_variants);
  g_test_add_func ("/pa/smart/measure-field", test_measure_field);
  g_test_add_func ("/pa/smart/deadline-field", test_deadline_field);
  g_test_add_func ("/pa/smart/attractive-realistic", test_attractive_realistic);
  g_test_add_func ("/pa/smart/record", test_record);
  g_test_add_func ("/pa/smart/hints/specific", test_hints_specific);
  g_test_add_func ("/pa/smart/hints/measurable", test_hints_measurable);
  g_test_add_func ("/pa/smart/hints/time-bound", test_hints_time_bound);
  g_test_add_func ("/pa/smart/hints/none-when-ok", test_hints_none_when_ok);
  g_test_add_func ("/pa/smart/hints/danish", test_hints_danish);
  g_test_add_func ("/pa/smart/json", test_json);
  g_test_add_func ("/pa/smart/result-type", test_result_type);
  g_test_add_func ("/pa/smart/questions", test_questions);
  g_test_add_func ("/pa/smart/long-text", test_long_text);
  g_test_add_func ("/pa/smart/invalid-utf8", test_invalid_utf8);
  add_labelled_files ();
  return g_test_run ();
}
