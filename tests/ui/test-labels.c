/* test-labels.c: how the window words periods, durations, times and the week
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording itself lives in src/core/pa-wording.c; these tests hold
 * the window's labels and the week view to it, in English and, with the
 * catalogue built from po/da.po, in Danish.
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "core/pa-model.h"
#include "core/pa-wording.h"
#include "ui/pa-labels.h"
#include "ui/pa-week-view.h"
#include "../common/pa-test-util.h"

static gboolean have_display;

static void
test_period (void)
{
  g_autofree char *both = pa_labels_period ("2026-03-02", "2026-03-30");
  g_autofree char *start = pa_labels_period ("2026-03-02", NULL);
  g_autofree char *none = pa_labels_period (NULL, NULL);

  g_assert_cmpstr (both, ==, "2.3.2026 – 30.3.2026");
  g_assert_cmpstr (start, ==, "from 2.3.2026");
  g_assert_cmpstr (none, ==, "");
}

static void
test_duration (void)
{
  struct {
    const char *start, *end, *expected;
  } cases[] = {
    { "2026-03-02", "2026-03-29", "4 weeks" },         /* Monday to Sunday, both counted */
    { "2026-03-02", "2026-03-31", "4 weeks and 2 days" },
    { "2026-03-02", "2026-03-02", "1 day" },
    { "2026-03-02", "2026-03-08", "1 week" },
    { "2026-03-02", "2026-03-09", "1 week and 1 day" },
    { "2026-03-02", "2026-06-07", "14 weeks" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pa_labels_duration (cases[i].start, cases[i].end);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  g_assert_null (pa_labels_duration ("2026-03-10", "2026-03-02"));
  g_assert_null (pa_labels_duration ("2026-03-10", NULL));
}

static void
test_last_edited (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 3, 5, 16, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new (tz, 2026, 3, 5, 14, 32, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 3, 4, 23, 59, 0);
  g_autofree char *today_iso = g_date_time_format (today, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *yesterday_iso = g_date_time_format (yesterday, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *a = pa_labels_last_edited (today_iso, now);
  g_autofree char *b = pa_labels_last_edited (yesterday_iso, now);
  g_autofree char *c = pa_labels_last_edited ("2026-02-02T09:00:00+01:00", now);
  g_autofree char *d = pa_labels_last_edited (NULL, now);

  g_assert_cmpstr (a, ==, "today 14:32");
  g_assert_cmpstr (b, ==, "yesterday");
  g_assert_cmpstr (c, ==, "2.2.2026");
  g_assert_cmpstr (d, ==, "");
}

static void
test_status (void)
{
  g_assert_cmpstr (pa_labels_status ("draft"), ==, "Draft");
  g_assert_cmpstr (pa_labels_status ("cancelled"), ==, "Cancelled");
  g_assert_cmpstr (pa_labels_status (NULL), ==, "Draft");
}

static GListStore *
week_of (int         days,
         const char *from,
         const char *to)
{
  GListStore *workdays = g_list_store_new (PA_TYPE_WORKDAY);

  for (int d = 1; d <= days; d++)
    {
      g_autoptr(PaRecord) day = g_object_new (PA_TYPE_WORKDAY, NULL);

      pa_record_set_int (day, "weekday", d);
      pa_record_set_string (day, "start-time", from);
      pa_record_set_string (day, "end-time", to);
      g_list_store_append (workdays, day);
    }
  return workdays;
}

static PaWeekView *
week_view_of (GListStore *workdays)
{
  PaWeekView *view = PA_WEEK_VIEW (g_object_ref_sink (pa_week_view_new ()));

  pa_week_view_set_workdays (view, G_LIST_MODEL (workdays));
  return view;
}

/* Issue 8: four days of 4:45 showed "4.8 hours" each and "19 hours" in
 * all. Each day is worded exactly, so the days add up to the total. */
static void
test_week_hours_agree (void)
{
  g_autoptr(GListStore) quarter = week_of (4, "08:00", "12:45");
  g_autoptr(GListStore) third = week_of (3, "08:00", "12:20");
  g_autoptr(PaWeekView) view = NULL;
  g_autofree char *all = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  view = week_view_of (quarter);
  for (int d = 1; d <= 4; d++)
    {
      g_autofree char *day = pa_week_view_describe_day (view, d);

      g_assert_cmpstr (day, ==, "8:00–12:45 · 4.75 hours");
    }
  g_assert_null (pa_week_view_describe_day (view, 5));
  g_assert_cmpfloat (pa_week_view_get_hours (view), ==, 19);
  all = pa_week_view_describe (view);
  g_assert_true (g_str_has_suffix (all, "In all 19 hours a week."));

  /* 4:20 is not 4.33 hours: three of them are 13 hours, not 12.99. */
  pa_week_view_set_workdays (view, G_LIST_MODEL (third));
  for (int d = 1; d <= 3; d++)
    {
      g_autofree char *day = pa_week_view_describe_day (view, d);

      g_assert_cmpstr (day, ==, "8:00–12:20 · 4 h 20 min");
    }
  g_clear_pointer (&all, g_free);
  all = pa_week_view_describe (view);
  g_assert_true (g_str_has_suffix (all, "In all 13 hours a week."));
}

/* One wording for hours, dates and weeks, whoever asks. */
static void
test_wording (void)
{
  const struct {
    int         minutes;
    const char *text;
  } hours[] = {
    { 60, "1 hour" }, { 270, "4.5 hours" }, { 285, "4.75 hours" },
    { 2220, "37 hours" }, { 260, "4 h 20 min" }, { 0, "0 hours" },
  };
  GDate date;
  g_autofree char *long_date = pa_wording_date ("2026-03-01");
  g_autofree char *numeric = pa_wording_date_numeric ("2026-03-01");
  g_autofree char *week = NULL;
  g_autofree char *weeks = pa_wording_weeks (13);
  g_autofree char *range = pa_wording_time_range (9 * 60, 13 * 60 + 30);
  g_autofree char *decimal = pa_wording_decimal (37.5, 2);
  g_autofree char *title = pa_wording_weekday_title (3);

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    {
      g_autofree char *text = pa_wording_hours_of_minutes (hours[i].minutes);

      g_assert_cmpstr (text, ==, hours[i].text);
    }
  g_date_set_dmy (&date, 2, 3, 2026);
  week = pa_wording_week_number (&date);

  g_assert_cmpstr (long_date, ==, "March 1, 2026");
  g_assert_cmpstr (numeric, ==, "1.3.2026");
  g_assert_cmpstr (week, ==, "week 10");
  g_assert_cmpstr (weeks, ==, "13 weeks");
  g_assert_cmpstr (range, ==, "9:00–13:30");
  g_assert_cmpstr (decimal, ==, "37.5");
  g_assert_cmpstr (pa_wording_weekday (6), ==, "Saturday");
  g_assert_cmpstr (pa_wording_weekday_short (7), ==, "Sun");
  g_assert_cmpstr (title, ==, "Wednesday");
}

/* Issue 7, item 16 and issue 8: weekday names, hours and dates in the
 * user's language from the catalogue, not from libc's %A. */
static void
test_danish (void)
{
  if (!g_test_subprocess ())
    {
      if (!have_display)
        {
          g_test_skip ("no display");
          return;
        }
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (!pa_test_use_danish ())
    {
      g_test_skip ("the Danish catalogue is not built");
      return;
    }

  {
    g_autoptr(GListStore) quarter = week_of (4, "08:00", "12:45");
    g_autoptr(PaWeekView) view = week_view_of (quarter);
    g_autofree char *day = pa_week_view_describe_day (view, 1);
    g_autofree char *all = pa_week_view_describe (view);
    g_autofree char *long_date = pa_wording_date ("2026-03-01");
    g_autofree char *duration = pa_labels_duration ("2026-03-02", "2026-03-31");
    g_autofree char *odd = pa_wording_hours_of_minutes (260);
    g_autofree char *monday = pa_wording_weekday_title (1);

    g_assert_cmpstr (setlocale (LC_TIME, NULL), !=, "da_DK.UTF-8");
    g_assert_cmpstr (monday, ==, "Mandag");
    g_assert_cmpstr (pa_wording_weekday (6), ==, "lørdag");
    g_assert_cmpstr (day, ==, "8.00–12.45 · 4,75 timer");
    g_assert_true (g_str_has_prefix (all, "Mandag 8.00 til 12.45. "));
    g_assert_true (g_str_has_suffix (all, "I alt 19 timer om ugen."));
    g_assert_cmpstr (long_date, ==, "1. marts 2026");
    g_assert_cmpstr (duration, ==, "4 uger og 2 dage");
    g_assert_cmpstr (odd, ==, "4 t. 20 min.");
  }

  /* Sizes in messages and the preferences: "60 MB", "1,5 MB", never
   * g_format_size()'s "60.0 MB" from the C locale. */
  {
    g_autofree char *limit = pa_wording_file_size (10 * 1000 * 1000);
    g_autofree char *half = pa_wording_file_size (1500 * 1000);
    g_autofree char *small = pa_wording_file_size (980);
    g_autofree char *kilo = pa_wording_file_size (221184);

    g_assert_cmpstr (limit, ==, "10 MB");
    g_assert_cmpstr (half, ==, "1,5 MB");
    g_assert_cmpstr (small, ==, "980 byte");
    g_assert_cmpstr (kilo, ==, "221,2 kB");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/pa/ui/labels/period", test_period);
  g_test_add_func ("/pa/ui/labels/duration", test_duration);
  g_test_add_func ("/pa/ui/labels/last-edited", test_last_edited);
  g_test_add_func ("/pa/ui/labels/status", test_status);
  g_test_add_func ("/pa/ui/labels/wording", test_wording);
  g_test_add_func ("/pa/ui/labels/week-hours-agree", test_week_hours_agree);
  g_test_add_func ("/pa/ui/labels/danish", test_danish);

  return g_test_run ();
}
