/* test-checklist-text.c: the description review against texts labelled blind, item by item
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/labels-blind/descriptions/ holds placement descriptions
 * written and labelled from domain.md section 5 by someone who never saw
 * the analyser; tests/data/descriptions/ more, written to try the review
 * on other wordings (see its README). Every label must hold: a test per
 * text fails on any item the review judges otherwise, and prints the
 * item's evidence and questions so the mismatch can be read.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/pa-checklist.h"

#define BLIND_DIR TEST_SRCDIR "/../data/labels-blind/descriptions"
#define OWN_DIR TEST_SRCDIR "/../data/descriptions"

typedef struct {
  const char *dir;
  char    *file;
  gboolean labels[PA_CHECKLIST_ITEMS];
  char    *note;
} Labelled;

static void
labelled_free (gpointer data)
{
  Labelled *l = data;

  g_free (l->file);
  g_free (l->note);
  g_free (l);
}

static GPtrArray *
read_labels (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "labels.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (labelled_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", -1);
      Labelled *l;

      if (g_strv_length (cols) < 1 + PA_CHECKLIST_ITEMS)
        continue;
      l = g_new0 (Labelled, 1);
      l->dir = dir;
      l->file = g_strdup (cols[0]);
      for (int j = 0; j < PA_CHECKLIST_ITEMS; j++)
        l->labels[j] = g_str_equal (cols[1 + j], "1");
      l->note = g_strdup (cols[1 + PA_CHECKLIST_ITEMS] ? cols[1 + PA_CHECKLIST_ITEMS] : "");
      g_ptr_array_add (rows, l);
    }
  return rows;
}

static void
print_item (PaChecklistItemResult *item)
{
  for (guint i = 0; i < item->evidence->len; i++)
    g_test_message ("    evidence: %s", ((PaChecklistEvidence *) g_ptr_array_index (item->evidence, i))->text);
  for (guint i = 0; i < item->missing->len; i++)
    g_test_message ("    missing: %s", ((PaChecklistMissing *) g_ptr_array_index (item->missing, i))->question);
}

static void
test_labelled (gconstpointer data)
{
  const Labelled *l = data;
  g_autofree char *path = g_build_filename (l->dir, l->file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(PaChecklistReport) report = NULL;
  guint wrong = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  report = pa_checklist_review_text (text);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      PaChecklistItemResult *item = &report->items[i];

      g_assert_cmpint (item->id, ==, i + 1);
      /* ok and missing agree */
      g_assert_cmpint (item->ok, ==, item->missing->len == 0);
      if (item->ok == l->labels[i])
        continue;
      wrong++;
      g_test_message ("MISMATCH %s item %d: label %d, review %d (%s)", l->file, i + 1,
                      l->labels[i], item->ok, l->note);
      print_item (item);
    }
  if (wrong > 0)
    g_test_fail_printf ("%s: %u of 7 labels do not hold", l->file, wrong);
}

/* Evidence is a sentence of the text, at its byte range. */
static void
test_evidence_ranges (void)
{
  g_autoptr(GPtrArray) rows = read_labels (BLIND_DIR);

  for (guint r = 0; r < rows->len; r++)
    {
      Labelled *l = g_ptr_array_index (rows, r);
      g_autofree char *path = g_build_filename (l->dir, l->file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(PaChecklistReport) report = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      report = pa_checklist_review_text (text);
      for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
        for (guint j = 0; j < report->items[i].evidence->len; j++)
          {
            PaChecklistEvidence *e = g_ptr_array_index (report->items[i].evidence, j);

            g_assert_cmpint (e->start, >=, 0);
            g_assert_cmpint (e->end, <=, (int) strlen (text));
            g_assert_cmpint (strncmp (text + e->start, e->text, e->end - e->start), ==, 0);
            g_assert_null (e->field_path);
          }
    }
}

/* probes.tsv: one or two sentences each, written for one item, with
 * whether that item is ok: the wordings of each item the review must
 * tell apart, one line at a time. */
static void
test_probes (void)
{
  g_autofree char *path = g_build_filename (OWN_DIR, "probes.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0, wrong = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", 3);
      g_autoptr(PaChecklistReport) report = NULL;
      int item;

      if (g_strv_length (cols) < 3)
        continue;
      item = atoi (cols[0]);
      g_assert_true (item >= 1 && item <= PA_CHECKLIST_ITEMS);
      report = pa_checklist_review_text (cols[2]);
      n++;
      if (report->items[item - 1].ok != g_str_equal (cols[1], "1"))
        {
          wrong++;
          g_test_message ("MISMATCH item %d want %s: %s", item, cols[1], cols[2]);
          print_item (&report->items[item - 1]);
        }
    }
  g_test_message ("%u of %u probes hold", n - wrong, n);
  g_assert_cmpuint (n, >=, 80);
  g_assert_cmpuint (wrong, ==, 0);
}

static void
add_tests (GPtrArray  *rows,
           const char *set)
{
  for (guint i = 0; i < rows->len; i++)
    {
      Labelled *l = g_ptr_array_index (rows, i);
      g_autofree char *name = g_strndup (l->file, strlen (l->file) - 4);
      g_autofree char *test_path = g_strdup_printf ("/pa/checklist/text/%s/%s", set, name);

      g_test_add_data_func (test_path, l, test_labelled);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) blind = NULL;
  g_autoptr(GPtrArray) own = NULL;

  g_test_init (&argc, &argv, NULL);
  blind = read_labels (BLIND_DIR);
  own = read_labels (OWN_DIR);
  g_assert_cmpuint (blind->len, >=, 30);
  g_assert_cmpuint (own->len, >=, 21);
  add_tests (blind, "blind");
  add_tests (own, "own");
  g_test_add_func ("/pa/checklist/text/evidence-ranges", test_evidence_ranges);
  g_test_add_func ("/pa/checklist/text/probes", test_probes);
  return g_test_run ();
}
