/* pa-labels.c: how the window words statuses, periods and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-wording.h"

#include "pa-labels.h"

static const struct {
  const char *id;
  const char *label;
} status_labels[] = {
  /* Translators: the status of an agreement that is still being written */
  { "draft", NC_("agreement status", "Draft") },
  /* Translators: the status of an agreement that all parties have agreed to */
  { "agreed", NC_("agreement status", "Agreed") },
  /* Translators: the status of a placement that is under way */
  { "active", NC_("agreement status", "Active") },
  /* Translators: the status of a placement that has finished */
  { "ended", NC_("agreement status", "Ended") },
  /* Translators: the status of a placement that was called off */
  { "cancelled", NC_("agreement status", "Cancelled") },
};

/**
 * pa_labels_status:
 * @status: (nullable): a value of pa_agreement_statuses; %NULL is a draft
 *
 * Returns: the translated name of the status, for pills and menus
 */
const char *
pa_labels_status (const char *status)
{
  if (status == NULL)
    status = "draft";

  for (guint i = 0; i < G_N_ELEMENTS (status_labels); i++)
    if (g_str_equal (status, status_labels[i].id))
      return g_dpgettext2 (NULL, "agreement status", status_labels[i].label);

  return status;
}

/**
 * pa_labels_period:
 *
 * Returns: (transfer full): "2.3.2026 – 30.3.2026", one side when only
 *   one date is known, or "" when neither is
 */
char *
pa_labels_period (const char *start_iso,
                  const char *end_iso)
{
  g_autofree char *start = pa_wording_date_numeric (start_iso);
  g_autofree char *end = pa_wording_date_numeric (end_iso);

  if (*start == '\0' && *end == '\0')
    return g_strdup ("");
  if (*end == '\0')
    /* Translators: a period with a known start date only, e.g. "from 2.3.2026" */
    return g_strdup_printf (_("from %s"), start);
  if (*start == '\0')
    /* Translators: a period with a known end date only, e.g. "until 30.3.2026" */
    return g_strdup_printf (_("until %s"), end);
  /* Translators: a period from a start date to an end date; keep the en dash */
  return g_strdup_printf (_("%s – %s"), start, end);
}

/**
 * pa_labels_duration:
 *
 * Returns: (transfer full) (nullable): "4 weeks and 2 days", or %NULL
 *   when a date is missing or the period ends before it starts; see
 *   pa_wording_duration()
 */
char *
pa_labels_duration (const char *start_iso,
                    const char *end_iso)
{
  return pa_wording_duration (start_iso, end_iso);
}

/**
 * pa_labels_last_edited:
 * @now: the time to compare with, so tests can fix it
 *
 * Returns: (transfer full): "today 14:32", "yesterday" or "2.3.2026"
 */
char *
pa_labels_last_edited (const char *modified_iso,
                       GDateTime  *now)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *time = NULL;
  GDate day, today;

  if (modified_iso == NULL ||
      (utc = g_date_time_new_from_iso8601 (modified_iso, NULL)) == NULL)
    return g_strdup ("");

  when = g_date_time_to_local (utc);
  local_now = g_date_time_to_local (now);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (when),
                  g_date_time_get_month (when), g_date_time_get_year (when));
  g_date_set_dmy (&today, g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now), g_date_time_get_year (local_now));

  switch (g_date_days_between (&day, &today))
    {
    case 0:
      time = pa_wording_time (g_date_time_get_hour (when) * 60 + g_date_time_get_minute (when));
      /* Translators: when a draft was last edited, e.g. "today 14:32" */
      return g_strdup_printf (_("today %s"), time);
    case 1:
      /* Translators: when a draft was last edited */
      return g_strdup (_("yesterday"));
    default:
      return pa_wording_date_numeric_gdate (&day);
    }
}
