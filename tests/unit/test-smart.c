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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add_labelled_files ();
  return g_test_run ();
}
