/* bench-smart.c: how long one SMART analysis of a goal takes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   build/bench/bench-smart [ROUNDS] [DIR]
 *   build/bench/bench-smart --real-words /usr/share/dict/danish
 *
 * Analyses every goal text of the labelled files in tests/data/smart/ (or
 * DIR) ROUNDS times (default 50) and prints the median and 95th
 * percentile of one analysis, against the 1 ms target (typing never
 * waits), and the one-off cost of compiling the lexicon.
 *
 * Then the median time of `--check` on a complete agreement
 * (tests/fixtures/xml/valid-complete.xml), whose goals the analyser now
 * reads too: pa_check_agreement() on the imported agreement in this
 * process, and the whole `praktikaftale --check FILE` as a process
 * (start-up, import, rules, checks, printing).
 *
 * With --real-words it prints instead the words of a Danish word list
 * (Debian package wdanish) that the analyser would take for a misspelling
 * of one of its own words: src/core/pa-smart-words.c is made from them, so
 * that "tænke" is never read as "tanke" (refuel). Run it again after
 * adding to the lexicon.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/pa-checks.h"
#include "core/pa-danish.h"
#include "core/pa-smart.h"
#include "core/pa-smart-private.h"
#include "docs/pa-xml-reader.h"

#define CHECK_ROUNDS 50

static double
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static void
load_texts (const char *dir_path,
            GPtrArray  *texts)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_str_has_suffix (name, ".tsv") || !g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          char *tab = strchr (lines[i], '\t');

          if (lines[i][0] == '#' || tab == NULL || g_str_has_prefix (lines[i], "text\t"))
            continue;
          g_ptr_array_add (texts, g_strndup (lines[i], tab - lines[i]));
        }
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* "sendte" of "sende" is an inflection, and may stay a misspelling;
 * "plads" of "plade" is not. */
static gboolean
is_inflection (const char *word,
               const char *form)
{
  static const char * const endings[] = {
    "e", "er", "en", "et", "ne", "erne", "ene", "te", "t", "ede", "de", "ing",
    "ning", "else", "ende", "ers", "ens", "ets", NULL,
  };
  g_autofree char *stem = pa_danish_stem (form);

  return strlen (stem) >= 4 && g_str_has_prefix (word, stem)
         && g_strv_contains (endings, word + strlen (stem));
}

static int
print_real_words (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) words = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      fprintf (stderr, "Cannot read %s\n", path);
      return 1;
    }
  words = g_strsplit (contents, "\n", -1);
  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *folded = NULL;
      const char *form = NULL;

      if (!g_utf8_validate (words[i], -1, NULL) || g_utf8_strlen (words[i], -1) < 5
          || strchr (words[i], '\'') || strchr (words[i], '-'))
        continue;
      folded = pa_danish_fold (words[i], -1);
      if (g_strcmp0 (folded, words[i]) != 0 && g_unichar_isupper (g_utf8_get_char (words[i])))
        continue;   /* a name */
      if (!pa_smart_lexicon_knows (folded) && pa_smart_lexicon_misspelling_of (folded, &form) != 0)
        {
          if (!is_inflection (folded, form))
            printf ("%s\n", folded);
        }
    }
  return 0;
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  return samples[n / 2];
}

/* pa_check_agreement() over the imported agreement, in this process */
static void
bench_check_in_process (PaAgreement *agreement)
{
  double samples[CHECK_ROUNDS], start;

  g_ptr_array_unref (pa_check_agreement (agreement, NULL, NULL));   /* the rules load once */
  for (guint r = 0; r < CHECK_ROUNDS; r++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      start = now_us ();
      findings = pa_check_agreement (agreement, NULL, NULL);
      samples[r] = now_us () - start;
    }
  printf ("  pa_check_agreement, in process:    %8.1f us (median of %d)\n",
          median (samples, CHECK_ROUNDS), CHECK_ROUNDS);
}

/* `praktikaftale --check FILE` as a process, output thrown away */
static void
bench_check_process (const char *file)
{
  const char *argv[] = { BENCH_APP_PATH, "--database", "/nonexistent/drafts.db",
                         "--check", file, NULL };
  double samples[CHECK_ROUNDS], start;

  if (!g_file_test (BENCH_APP_PATH, G_FILE_TEST_IS_EXECUTABLE))
    {
      printf ("  praktikaftale --check, a process:  skipped (%s not built)\n", BENCH_APP_PATH);
      return;
    }
  for (guint r = 0; r < CHECK_ROUNDS; r++)
    {
      g_autoptr(GError) error = NULL;
      int status;

      start = now_us ();
      if (!g_spawn_sync (NULL, (char **) argv, NULL,
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error))
        {
          printf ("  praktikaftale --check, a process:  failed: %s\n", error->message);
          return;
        }
      samples[r] = now_us () - start;
    }
  printf ("  praktikaftale --check, a process:  %8.1f ms (median of %d)\n",
          median (samples, CHECK_ROUNDS) / 1000, CHECK_ROUNDS);
}

static int
bench_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  double start = now_us (), import;

  agreement = pa_xml_import_file (BENCH_CHECK_FILE, &error);
  import = now_us () - start;
  if (agreement == NULL)
    {
      fprintf (stderr, "%s: %s\n", BENCH_CHECK_FILE, error->message);
      return 1;
    }
  printf ("--check on a complete agreement (%s)\n", BENCH_CHECK_FILE);
  printf ("  import, once:                      %8.1f us\n", import);
  bench_check_in_process (agreement);
  bench_check_process (BENCH_CHECK_FILE);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  guint rounds;
  const char *dir = argc > 2 ? argv[2] : BENCH_SMART_DIR;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *samples = NULL;
  guint n = 0;
  double start, first;

  if (argc > 2 && g_str_equal (argv[1], "--real-words"))
    return print_real_words (argv[2]);
  rounds = argc > 1 ? (guint) atoi (argv[1]) : 50;
  load_texts (dir, texts);
  if (texts->len == 0 || rounds == 0)
    {
      fprintf (stderr, "No goal texts in %s\n", dir);
      return 1;
    }
  start = now_us ();
  pa_smart_result_unref (pa_smart_analyse (g_ptr_array_index (texts, 0), NULL, NULL));
  first = now_us () - start;

  samples = g_new (double, (gsize) rounds * texts->len);
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < texts->len; i++)
      {
        start = now_us ();
        pa_smart_result_unref (pa_smart_analyse (g_ptr_array_index (texts, i), NULL, NULL));
        samples[n++] = now_us () - start;
      }
  qsort (samples, n, sizeof (double), compare_doubles);
  printf ("SMART analysis of one goal (%u texts x %u rounds = %u analyses)\n",
          texts->len, rounds, n);
  printf ("  first call, lexicon compiled once: %8.1f us\n", first);
  printf ("  median:                            %8.1f us\n", samples[n / 2]);
  printf ("  p95:                               %8.1f us\n", samples[(gsize) (n * 0.95)]);
  printf ("  max:                               %8.1f us\n", samples[n - 1]);
  printf ("  target: <= 1000 us (median %s, p95 %s)\n",
          samples[n / 2] <= 1000 ? "met" : "MISSED",
          samples[(gsize) (n * 0.95)] <= 1000 ? "met" : "MISSED");
  return bench_check ();
}
