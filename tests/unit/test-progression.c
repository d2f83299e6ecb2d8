/* test-progression.c: vague tasks, the progression ladder's checks and its drawing
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-agreement.h"
#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "core/pa-task-check.h"
#include "docs/pa-ladder-draw.h"

/* Task texts as consultants write them, labelled by hand before the
 * check was run: TRUE where the task does not say what the citizen will do. */
static const struct {
  const char *text;
  gboolean    vague;
} tasks[] = {
  { "Forefaldende arbejde", TRUE },
  { "forefaldende opgaver på lageret", TRUE },
  { "Andet forefaldne arbejde", TRUE },
  { "forfaldende arbejde", TRUE },
  { "Det daglige arbejde", TRUE },
  { "deltage i det daglige arbejde i butikken", TRUE },
  { "Dagligt arbejde", TRUE },
  { "Daglige opgaver", TRUE },
  { "indgå i den daglige drift", TRUE },
  { "Diverse opgaver", TRUE },
  { "diverse", TRUE },
  { "Div. opgaver", TRUE },
  { "Hjælpe til hvor der er brug for det", TRUE },
  { "hjaelpe til hvor der er brug for det", TRUE },
  { "Hjælper til, hvor der er behov", TRUE },
  { "Hjælpe til", TRUE },
  { "hjælpe med alt", TRUE },
  { "Alt muligt", TRUE },
  { "Lidt af hvert", TRUE },
  { "Forskellige opgaver i køkkenet", TRUE },
  { "praktiske opgaver", TRUE },
  { "almindeligt forefaldende kontorarbejde", TRUE },
  { "Modtage varer og forefaldende arbejde", TRUE },
  { "ad hoc-opgaver", TRUE },
  { "Løse opgaver på pladsen", TRUE },
  { "Modtage varer", FALSE },
  { "Sortere returflasker", FALSE },
  { "Oprydning på lageret", FALSE },
  { "Fylde varer op på hylderne i frugt og grønt", FALSE },
  { "Tømme opvaskemaskinen og sætte service på plads", FALSE },
  { "Daglig rengøring af kantinen", FALSE },
  { "Hjælpe til med opvasken efter frokost", FALSE },
  { "Varemodtagelse: tjekke følgesedler mod leverancen", FALSE },
  { "Køre truck (med truckcertifikat)", FALSE },
  { "Besvare telefonen og notere beskeder", FALSE },
  { "Scanne fakturaer ind i økonomisystemet", FALSE },
  { "Slå græs og rive blade på kirkegården", FALSE },
  { "Pakke ordrer efter plukseddel", FALSE },
  { "Smøre sandwich til caféen", FALSE },
  { "Kassebetjening i spidsbelastning", FALSE },
  { "Vaske biler før udlevering", FALSE },
  { "Hjælpe beboerne med at dække bord", FALSE },
  { "Diversitet i teamet: deltage i morgenmødet", FALSE },
  { "", FALSE },
};

static void
test_vague_tasks (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (tasks), >=, 25);
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      const char *phrase = NULL;
      gboolean vague = pa_task_is_vague (tasks[i].text, &phrase);

      if (vague != tasks[i].vague)
        g_error ("“%s”: expected %s, got %s (%s)", tasks[i].text,
                 tasks[i].vague ? "vague" : "concrete",
                 vague ? "vague" : "concrete", phrase ? phrase : "-");
      g_assert_true (vague == (phrase != NULL));
    }
  g_assert_false (pa_task_is_vague (NULL, NULL));
  g_assert_nonnull (pa_task_vague_hint ());
}

static void
test_normalize (void)
{
  g_autofree char *a = pa_task_normalize ("  Hjælpe til, hvor der er BRUG! ");
  g_autofree char *b = pa_task_normalize ("Sørge for Åbning");

  g_assert_cmpstr (a, ==, "hjaelpe til hvor der er brug");
  g_assert_cmpstr (b, ==, "soerge for aabning");
}

/* The ladder model */

static PaRecord *
work_function (int start_level)
{
  PaRecord *wf = g_object_new (PA_TYPE_WORK_FUNCTION, NULL);

  pa_record_set_string (wf, "name", "Varemodtagelse");
  pa_record_set_int (wf, "start-level", start_level);
  return wf;
}

static void
add_target (PaRecord   *wf,
            int         level,
            const char *date)
{
  PaRecord *target = pa_record_add (wf, "targets");

  pa_record_set_int (target, "level", level);
  pa_record_set_string (target, "date", date);
}

static gboolean
has_problem (GArray                   *problems,
             PaProgressionProblemKind  kind,
             guint                     target)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PaProgressionProblem *p = &g_array_index (problems, PaProgressionProblem, i);

      if (p->kind == kind && p->target == target)
        {
          g_autofree char *message = pa_progression_problem_message (p);

          g_assert_cmpstr (message, !=, "");
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_ladder_ok (void)
{
  g_autoptr(PaRecord) wf = work_function (1);
  g_autoptr(GArray) problems = NULL;

  add_target (wf, 3, "2026-04-03");
  add_target (wf, 4, "2026-05-01");
  add_target (wf, 5, "2026-05-29");
  problems = pa_progression_check (wf, "2026-03-02", "2026-05-29");
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_ladder_levels (void)
{
  g_autoptr(PaRecord) wf = work_function (1);
  g_autoptr(GArray) problems = NULL;

  g_assert_cmpstr (pa_progression_level_name (1), ==, "Beginner");
  g_assert_cmpstr (pa_progression_level_name (5), ==, "Trained");
  g_assert_null (pa_progression_level_name (0));
  g_assert_null (pa_progression_level_name (6));
  g_assert_cmpint (pa_progression_clamp_level (0), ==, 1);
  g_assert_cmpint (pa_progression_clamp_level (7), ==, 5);
  g_assert_cmpint (pa_progression_clamp_level (3), ==, 3);

  /* Every level of the ladder passes the check. */
  for (int level = 1; level <= 5; level++)
    {
      g_autoptr(GArray) each = NULL;

      pa_record_set_int (wf, "start-level", level);
      each = pa_progression_check (wf, NULL, NULL);
      g_assert_cmpuint (each->len, ==, 0);
    }
  add_target (wf, 3, "2026-04-03");
  problems = pa_progression_check (wf, NULL, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_ladder_dates (void)
{
  g_autoptr(PaRecord) wf = work_function (2);
  g_autoptr(GArray) problems = NULL;

  add_target (wf, 3, "2026-05-01");
  add_target (wf, 4, "2026-04-03");   /* before target 1 */
  add_target (wf, 5, "2026-07-01");   /* after the end */
  problems = pa_progression_check (wf, "2026-03-02", "2026-05-29");
  g_assert_false (has_problem (problems, PA_PROGRESSION_DATE_ORDER, 1));
  g_assert_true (has_problem (problems, PA_PROGRESSION_DATE_ORDER, 2));
  g_assert_true (has_problem (problems, PA_PROGRESSION_DATE_AFTER_END, 3));
  g_assert_false (has_problem (problems, PA_PROGRESSION_DATE_AFTER_END, 1));
  g_clear_pointer (&problems, g_array_unref);

  /* Same day twice is not progress; before the start is out. */
  {
    g_autoptr(PaRecord) other = work_function (1);

    add_target (other, 2, "2026-03-01");
    add_target (other, 3, "2026-03-01");
    add_target (other, 4, "");
    problems = pa_progression_check (other, "2026-03-02", "2026-05-29");
    g_assert_true (has_problem (problems, PA_PROGRESSION_DATE_BEFORE_START, 1));
    g_assert_true (has_problem (problems, PA_PROGRESSION_DATE_ORDER, 2));
    g_assert_true (has_problem (problems, PA_PROGRESSION_DATE_MISSING, 3));
  }
}

static void
test_ladder_extensions (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);
  PaRecord *extension;
  g_autoptr(PaRecord) wf = work_function (1);
  g_autoptr(GArray) problems = NULL;
  g_autofree char *end = NULL;

  g_assert_null (pa_progression_final_end (record));
  pa_record_set_string (record, "start-date", "2026-03-02");
  pa_record_set_string (record, "end-date", "2026-05-29");
  extension = pa_record_add (record, "extensions");
  pa_record_set_string (extension, "end-date", "2026-06-26");
  end = pa_progression_final_end (record);
  g_assert_cmpstr (end, ==, "2026-06-26");

  add_target (wf, 4, "2026-06-19");   /* within the extension */
  problems = pa_progression_check (wf, "2026-03-02", end);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_describe (void)
{
  g_autoptr(PaRecord) wf = work_function (1);
  g_autofree char *plain = pa_progression_describe (wf);
  g_autofree char *with_target = NULL;

  g_assert_cmpstr (plain, ==, "Varemodtagelse: now Beginner");
  add_target (wf, 3, "2026-04-03");
  with_target = pa_progression_describe (wf);
  g_assert_cmpstr (with_target, ==, "Varemodtagelse: now Beginner, target 1 Self-starting by April 3, 2026");
}

/* The drawing */

static guint64
render_sum (PaRecord *wf,
            int       focus)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480, 220);
  cairo_t *cr = cairo_create (surface);
  PaLadder ladder;
  guint64 sum = 0;
  const guchar *data;
  int stride;

  pa_ladder_init (&ladder);
  pa_ladder_set_work_function (&ladder, wf);
  ladder.focus = focus;
  pa_ladder_draw (cr, &ladder, 480, 220);
  pa_ladder_clear (&ladder);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 220; y++)
    for (int x = 0; x < 480 * 4; x++)
      sum += (guint64) data[y * stride + x] * (guint64) (y + 1);
  cairo_surface_destroy (surface);
  return sum;
}

static void
test_draw (void)
{
  g_autoptr(PaRecord) low = work_function (1);
  g_autoptr(PaRecord) high = work_function (4);
  guint64 s_low, s_high, s_focus;

  s_low = render_sum (low, -1);
  s_high = render_sum (high, -1);
  s_focus = render_sum (low, 0);
  g_assert_cmpuint (s_low, >, 0);
  /* Weighted by the row: a higher start level draws higher up. */
  g_assert_cmpuint (s_low, !=, s_high);
  g_assert_cmpuint (s_focus, !=, s_low);

  add_target (low, 3, "2026-04-03");
  g_assert_cmpuint (render_sum (low, -1), !=, s_low);

  /* Where a click lands: the last column, the middle rung. */
  {
    PaLadder ladder;
    int column = -1, level = -1;

    pa_ladder_init (&ladder);
    g_assert_false (pa_ladder_hit (&ladder, 480, 220, 1, 110, &column, &level));
    g_assert_true (pa_ladder_hit (&ladder, 480, 220, 470, 110, &column, &level));
    g_assert_cmpint (column, ==, 3);
    g_assert_cmpint (level, ==, 3);
  }

  /* Too small to draw: nothing happens, nothing breaks. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
    cairo_t *cr = cairo_create (surface);
    PaLadder ladder;

    pa_ladder_init (&ladder);
    pa_ladder_draw (cr, &ladder, 4, 4);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/progression/vague-tasks", test_vague_tasks);
  g_test_add_func ("/pa/progression/normalize", test_normalize);
  g_test_add_func ("/pa/progression/ladder-ok", test_ladder_ok);
  g_test_add_func ("/pa/progression/ladder-levels", test_ladder_levels);
  g_test_add_func ("/pa/progression/ladder-dates", test_ladder_dates);
  g_test_add_func ("/pa/progression/ladder-extensions", test_ladder_extensions);
  g_test_add_func ("/pa/progression/describe", test_describe);
  g_test_add_func ("/pa/progression/draw", test_draw);

  return g_test_run ();
}
