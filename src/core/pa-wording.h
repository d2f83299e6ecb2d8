/* pa-wording.h: how dates, weekdays, times, hours and weeks are written
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place, GLib only, for the checks, the window, the PDF and the
 * VITAS texts. Names and separators come from the message catalogue, not
 * from the C library's locale, so a Danish user gets "mandag" and
 * "4,5 timer" whatever LC_TIME and LC_NUMERIC say.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Weekdays count 1 for Monday to 7 for Sunday, as the model does. */
const char *pa_wording_weekday            (int          weekday);  /* "mandag", in a sentence */
char       *pa_wording_weekday_title      (int          weekday);  /* "Mandag", as a label */
const char *pa_wording_weekday_short      (int          weekday);  /* "man." */
const char *pa_wording_month              (int          month);    /* 1-12: "marts" */

/* Dates from "YYYY-MM-DD"; "" when unset or not a date. */
char       *pa_wording_date               (const char  *iso_date); /* "2. marts 2026" */
char       *pa_wording_date_gdate         (const GDate *date);
char       *pa_wording_date_numeric       (const char  *iso_date); /* "2.3.2026" */
char       *pa_wording_date_numeric_gdate (const GDate *date);
char       *pa_wording_week_number        (const GDate *date);     /* "uge 10" */

/* Numbers with the user's decimal separator, at most @max_decimals
 * decimals, trailing zeros dropped: "37", "4,5", "4,75". */
char       *pa_wording_decimal            (double       value,
                                           int          max_decimals);
/* "1 time", "4,5 timer", "37 timer"; to two decimals. */
char       *pa_wording_hours              (double       hours);
/* Exactly: "4,75 timer" for 4:45, "4 t. 20 min." for 4:20. */
char       *pa_wording_hours_of_minutes   (int          minutes);

/* A file's size in decimal units, one decimal at most: "980 bytes",
 * "1,5 MB", "10 MB" (g_format_size() takes "1.5" from the C locale). */
char       *pa_wording_file_size          (guint64      bytes);

/* Times of day from minutes after midnight: "8:00" ("8.00" in Danish). */
char       *pa_wording_time               (int          minutes);
/* "8:00–12:30" */
char       *pa_wording_time_range         (int          from,
                                           int          to);

/* "13 uger", "1 uge" */
char       *pa_wording_weeks              (int          weeks);
/* Both days counted: "4 uger og 2 dage"; %NULL when a date is missing
 * or the period ends before it starts. */
char       *pa_wording_duration           (const char  *start_iso,
                                           const char  *end_iso);

G_END_DECLS
