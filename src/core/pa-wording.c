/* pa-wording.c: how dates, weekdays, times, hours and weeks are written
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every name and separator is a translatable English string with a
 * context, so the catalogue decides the Danish wording; nothing here
 * asks the C library's locale (no %A, %B, %g or %f of the locale).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "pa-validate.h"
#include "pa-wording.h"

static const char * const weekdays[] = {
  /* Translators: a weekday as it stands inside a sentence ("mandag" in
   * Danish, lowercase); labels get a capital first letter from the code */
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static const char * const weekdays_short[] = {
  /* Translators: a short weekday for narrow columns ("man." in Danish) */
  NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
  NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
  NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
  NC_("weekday abbreviation", "Sun"),
};

static const char * const months[] = {
  /* Translators: a month's name inside a date ("marts" in Danish, lowercase) */
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/**
 * pa_wording_weekday:
 * @weekday: 1 for Monday to 7 for Sunday
 *
 * Returns: (transfer none): the weekday's name as it stands inside a
 *   sentence ("mandag" in Danish), or "Day not chosen" out of range
 */
const char *
pa_wording_weekday (int weekday)
{
  if (weekday < 1 || weekday > 7)
    /* Translators: a workday whose weekday is not chosen yet */
    return _("Day not chosen");
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekdays[weekday - 1]);
}

/**
 * pa_wording_weekday_title:
 *
 * Returns: (transfer full): the weekday's name with a capital first
 *   letter, for a label or the start of a line ("Mandag")
 */
char *
pa_wording_weekday_title (int weekday)
{
  const char *name = pa_wording_weekday (weekday);
  gunichar first = g_utf8_get_char (name);
  char buf[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strconcat (buf, g_utf8_next_char (name), NULL);
}

const char *
pa_wording_weekday_short (int weekday)
{
  if (weekday < 1 || weekday > 7)
    return "";
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation", weekdays_short[weekday - 1]);
}

const char *
pa_wording_month (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", months[month - 1]);
}

/**
 * pa_wording_date_gdate:
 *
 * Returns: (transfer full): "2. marts 2026" in Danish, "March 2, 2026"
 *   in English; "" for an invalid date
 */
char *
pa_wording_date_gdate (const GDate *date)
{
  g_return_val_if_fail (date != NULL, g_strdup (""));

  if (!g_date_valid (date))
    return g_strdup ("");
  /* Translators: a date in a sentence: %1$d is the day, %2$s the month's
   * name, %3$d the year; in Danish "%1$d. %2$s %3$d" (2. marts 2026) */
  return g_strdup_printf (C_("long date", "%2$s %1$d, %3$d"),
                          (int) g_date_get_day (date),
                          pa_wording_month (g_date_get_month (date)),
                          (int) g_date_get_year (date));
}

char *
pa_wording_date (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL || !pa_validate_iso_date (iso_date, &date, NULL))
    return g_strdup ("");
  return pa_wording_date_gdate (&date);
}

/**
 * pa_wording_date_numeric_gdate:
 *
 * Returns: (transfer full): a date as the Danish users write it in a
 *   form (2.3.2026), the way the date fields read it back
 */
char *
pa_wording_date_numeric_gdate (const GDate *date)
{
  g_return_val_if_fail (date != NULL, g_strdup (""));

  if (!g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", g_date_get_day (date),
                          g_date_get_month (date), g_date_get_year (date));
}

/* Returns: (transfer full): "2.3.2026", or "" when unset */
char *
pa_wording_date_numeric (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL || !pa_validate_iso_date (iso_date, &date, NULL))
    return g_strdup ("");
  return pa_wording_date_numeric_gdate (&date);
}

/* ISO 8601 week numbers, which Danish calendars use. */
char *
pa_wording_week_number (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  /* Translators: a week number of the calendar, "week 10" ("uge 10") */
  return g_strdup_printf (C_("week number", "week %u"), g_date_get_iso8601_week_of_year (date));
}

/**
 * pa_wording_decimal:
 * @max_decimals: 0 to 6
 *
 * Returns: (transfer full): @value rounded to @max_decimals decimals,
 *   trailing zeros dropped, with the decimal separator of the catalogue
 */
char *
pa_wording_decimal (double value,
                    int    max_decimals)
{
  g_autofree char *digits = NULL;
  gint64 scale = 1, scaled, whole, frac;
  GString *out;

  g_return_val_if_fail (max_decimals >= 0 && max_decimals <= 6, NULL);

  for (int i = 0; i < max_decimals; i++)
    scale *= 10;
  scaled = (gint64) llround (fabs (value) * scale);
  whole = scaled / scale;
  frac = scaled % scale;

  out = g_string_new (value < 0 && scaled != 0 ? "-" : "");
  g_string_append_printf (out, "%" G_GINT64_FORMAT, whole);
  if (frac == 0)
    return g_string_free (out, FALSE);

  digits = g_strdup_printf ("%0*" G_GINT64_FORMAT, max_decimals, frac);
  for (int i = max_decimals - 1; i > 0 && digits[i] == '0'; i--)
    digits[i] = '\0';
  /* Translators: the decimal separator of numbers such as 4.5 hours; "," in Danish */
  g_string_append (out, C_("decimal separator", "."));
  g_string_append (out, digits);
  return g_string_free (out, FALSE);
}

static char *
hours_of_number (const char *number,
                 gboolean    one)
{
  /* Translators: a number of hours, e.g. "4 hours" or "4.5 hours"; the
   * number is already formatted */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", one ? 1 : 2), number);
}

char *
pa_wording_hours (double hours)
{
  g_autofree char *number = pa_wording_decimal (hours, 2);

  return hours_of_number (number, g_str_equal (number, "1"));
}

/**
 * pa_wording_hours_of_minutes:
 * @minutes: a length of time, e.g. a day's or a week's work
 *
 * Exact, so a week's total is the sum of what its days show: in hours
 * with up to two decimals where that is exact ("4,75 timer" for 4:45),
 * otherwise hours and minutes ("4 t. 20 min." for 4:20, not "4,33").
 *
 * Returns: (transfer full): the time as hours
 */
char *
pa_wording_hours_of_minutes (int minutes)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (minutes >= 0, g_strdup (""));

  if (minutes % 3 != 0)
    /* Translators: a length of time that is not a round number of
     * hundredths of an hour, "4 h 20 min"; "4 t. 20 min." in Danish */
    return g_strdup_printf (C_("hours and minutes", "%d h %d min"), minutes / 60, minutes % 60);

  number = pa_wording_decimal (minutes / 60.0, 2);
  return hours_of_number (number, minutes == 60);
}

char *
pa_wording_file_size (guint64 bytes)
{
  g_autofree char *number = NULL;

  if (bytes < 1000)
    /* Translators: a file's size under a kilobyte */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u byte", "%u bytes", (gulong) bytes),
                            (guint) bytes);
  if (bytes < 1000 * 1000)
    {
      number = pa_wording_decimal (bytes / 1e3, 1);
      /* Translators: a file's size in kilobytes, the number already formatted: "1.5 kB" */
      return g_strdup_printf (C_("file size", "%s kB"), number);
    }
  if (bytes < G_GUINT64_CONSTANT (1000) * 1000 * 1000)
    {
      number = pa_wording_decimal (bytes / 1e6, 1);
      /* Translators: a file's size in megabytes, the number already formatted: "1.5 MB" */
      return g_strdup_printf (C_("file size", "%s MB"), number);
    }
  number = pa_wording_decimal (bytes / 1e9, 1);
  /* Translators: a file's size in gigabytes, the number already formatted: "1.5 GB" */
  return g_strdup_printf (C_("file size", "%s GB"), number);
}

char *
pa_wording_time (int minutes)
{
  g_return_val_if_fail (minutes >= 0, g_strdup (""));

  /* Translators: a time of day, hours and minutes: "8:00"; "8.00" in Danish */
  return g_strdup_printf (C_("time of day", "%d:%02d"), minutes / 60, minutes % 60);
}

char *
pa_wording_time_range (int from,
                       int to)
{
  g_autofree char *a = pa_wording_time (from);
  g_autofree char *b = pa_wording_time (to);

  /* Translators: from one time of day to another, "8:00–12:30"; keep it
   * short, the week view has little room */
  return g_strdup_printf (C_("time range", "%s–%s"), a, b);
}

char *
pa_wording_weeks (int weeks)
{
  /* Translators: part of a duration, e.g. "4 weeks" or "4 weeks and 2 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", weeks), weeks);
}

static char *
days_text (int days)
{
  /* Translators: part of a duration, e.g. "2 days" or "4 weeks and 2 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

/**
 * pa_wording_duration:
 *
 * Counts both the first and the last day, so a placement from Monday
 * 2.3.2026 to Sunday 29.3.2026 lasts "4 weeks".
 *
 * Returns: (transfer full) (nullable): "4 weeks and 2 days", or %NULL
 *   when a date is missing or the period ends before it starts
 */
char *
pa_wording_duration (const char *start_iso,
                     const char *end_iso)
{
  GDate start, end;
  g_autofree char *weeks_part = NULL;
  g_autofree char *days_part = NULL;
  int days, weeks;

  if (start_iso == NULL || end_iso == NULL ||
      !pa_validate_iso_date (start_iso, &start, NULL) ||
      !pa_validate_iso_date (end_iso, &end, NULL) ||
      g_date_compare (&end, &start) < 0)
    return NULL;

  days = g_date_days_between (&start, &end) + 1;
  weeks = days / 7;
  days %= 7;

  weeks_part = pa_wording_weeks (weeks);
  days_part = days_text (days);
  if (days == 0)
    return g_steal_pointer (&weeks_part);
  if (weeks == 0)
    return g_steal_pointer (&days_part);
  /* Translators: a duration of weeks and days, e.g. "4 weeks and 2 days" */
  return g_strdup_printf (_("%s and %s"), weeks_part, days_part);
}
