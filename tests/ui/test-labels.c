/* test-labels.c: how the window words periods, durations and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "ui/pa-labels.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/ui/labels/period", test_period);
  g_test_add_func ("/pa/ui/labels/duration", test_duration);
  g_test_add_func ("/pa/ui/labels/last-edited", test_last_edited);
  g_test_add_func ("/pa/ui/labels/status", test_status);

  return g_test_run ();
}
