/* bench-restrictions.c: how long one analysis of a restriction's wording takes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   build/bench/bench-restrictions [ROUNDS] [FILE]
 *
 * Analyses every wording of the labelled file
 * tests/data/labels-blind/restrictions.tsv (or FILE) ROUNDS times
 * (default 50) with the built-in phrase library, as `--reformulate` and
 * step 5 do, and prints the median and 95th percentile of one analysis
 * against the 1 ms target (suggestions follow typing), and the one-off
 * cost of loading the built-in library.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/pa-restriction-analysis.h"

#define TARGET_US 1000.0

static double
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* The first column of each row, without the header and comments */
static GPtrArray *
load_texts (const char *path)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return texts;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *tab = strchr (lines[i], '\t');

      if (lines[i][0] == '#' || tab == NULL || g_str_has_prefix (lines[i], "text\t"))
        continue;
      g_ptr_array_add (texts, g_strndup (lines[i], tab - lines[i]));
    }
  return texts;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 50;
  const char *path = argc > 2 ? argv[2] : BENCH_RESTRICTIONS_FILE;
  g_autoptr(GPtrArray) texts = load_texts (path);
  g_autoptr(PaPhrases) phrases = NULL;
  g_autofree double *times = NULL;
  double start, load_us, median, p95;
  guint n = 0;

  if (texts->len == 0 || rounds == 0)
    {
      fprintf (stderr, "No wordings in %s\n", path);
      return 1;
    }

  start = now_us ();
  phrases = pa_phrases_get_builtin ();
  load_us = now_us () - start;

  times = g_new (double, (gsize) texts->len * rounds);
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < texts->len; i++)
      {
        PaRestrictionAnalysis *analysis;

        start = now_us ();
        analysis = pa_restriction_analyse (phrases, g_ptr_array_index (texts, i), NULL);
        times[n++] = now_us () - start;
        pa_restriction_analysis_free (analysis);
      }
  qsort (times, n, sizeof (double), compare_doubles);
  median = times[n / 2];
  p95 = times[(gsize) (n * 0.95)];

  printf ("restriction analysis: %u wordings x %u rounds\n", texts->len, rounds);
  printf ("  loading the built-in library: %.0f µs (once)\n", load_us);
  printf ("  median %.1f µs, p95 %.1f µs, target <= %.0f µs: %s\n",
          median, p95, TARGET_US, median <= TARGET_US ? "met" : "NOT met");
  return 0;
}
