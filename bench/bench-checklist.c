/* bench-checklist.c: how long the review of a 2,000-word description takes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   build/bench/bench-checklist [ROUNDS] [DIR]
 *
 * Joins the labelled descriptions of
 * tests/data/labels-blind/descriptions/ (or DIR), in name order, into
 * texts of at least 2,000 words, and reviews each ROUNDS times (default
 * 50), as the review window and `--check FILE.txt` do. Prints the median
 * and 95th percentile of one review against the 20 ms target, and the
 * one-off cost of the first review (the word lists are compiled then).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/pa-checklist.h"

#define TARGET_MS 20.0
#define WORDS 2000

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The processor time of this thread: on a machine shared with other
 * work, the wall clock also counts the time others had the processor. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';
  return n;
}

/* The descriptions, in name order */
static GPtrArray *
load_descriptions (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return texts;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, *(char **) &names->pdata[i], NULL);
      char *text = NULL;

      if (g_file_get_contents (path, &text, NULL, NULL))
        g_ptr_array_add (texts, text);
    }
  return texts;
}

/* Texts of at least WORDS words, each made of whole descriptions */
static GPtrArray *
join_texts (GPtrArray *descriptions,
            guint     *words)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  *words = 0;
  for (guint i = 0; i < descriptions->len; i++)
    {
      g_string_append (text, g_ptr_array_index (descriptions, i));
      g_string_append (text, "\n\n");
      if (count_words (text->str) >= WORDS)
        {
          *words += count_words (text->str);
          g_ptr_array_add (texts, g_string_free (text, FALSE));
          text = g_string_new (NULL);
        }
    }
  g_string_free (text, TRUE);
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
  const char *dir = argc > 2 ? argv[2] : BENCH_DESCRIPTIONS_DIR;
  g_autoptr(GPtrArray) descriptions = load_descriptions (dir);
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree double *times = NULL;
  g_autofree double *cpu = NULL;
  double start, cpu_start, first_ms, median, p95;
  guint words, n = 0;

  texts = join_texts (descriptions, &words);
  if (texts->len == 0 || rounds == 0)
    {
      fprintf (stderr, "Not %d words of descriptions in %s\n", WORDS, dir);
      return 1;
    }

  start = now_ms ();
  pa_checklist_report_free (pa_checklist_review_text (g_ptr_array_index (texts, 0)));
  first_ms = now_ms () - start;

  times = g_new (double, (gsize) texts->len * rounds);
  cpu = g_new (double, (gsize) texts->len * rounds);
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < texts->len; i++)
      {
        PaChecklistReport *report;

        start = now_ms ();
        cpu_start = cpu_ms ();
        report = pa_checklist_review_text (g_ptr_array_index (texts, i));
        cpu[n] = cpu_ms () - cpu_start;
        times[n++] = now_ms () - start;
        pa_checklist_report_free (report);
      }
  qsort (times, n, sizeof (double), compare_doubles);
  qsort (cpu, n, sizeof (double), compare_doubles);
  median = times[n / 2];
  p95 = times[(gsize) (n * 0.95)];

  printf ("description review: %u texts of %u words on average x %u rounds\n",
          texts->len, words / texts->len, rounds);
  printf ("  first review (compiles the word lists): %.1f ms (once)\n", first_ms);
  printf ("  median %.2f ms, p95 %.2f ms, target <= %.0f ms: %s\n",
          median, p95, TARGET_MS, median <= TARGET_MS ? "met" : "NOT met");
  printf ("  processor time: median %.2f ms, p95 %.2f ms\n", cpu[n / 2], cpu[(gsize) (n * 0.95)]);
  return 0;
}
