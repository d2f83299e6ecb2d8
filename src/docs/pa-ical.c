/* pa-ical.c: the planned follow-ups as an iCalendar file, for Outlook and GNOME Calendar
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical builds the components and writes them: it escapes commas,
 * semicolons and newlines in text and folds long lines as RFC 5545 asks,
 * which hand-written iCalendar gets wrong in ways only Outlook notices.
 *
 * The VTIMEZONE is written out here rather than taken from libical's
 * zone data: that data follows the system's zoneinfo, names the zone
 * "/freeassociation.sourceforge.net/..." and carries decades of history.
 * Today's EU rule (summer time from the last Sunday of March to the last
 * Sunday of October) under the plain id "Europe/Copenhagen" is what
 * Outlook, GNOME Calendar and Google all read, and the same bytes on
 * every machine.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#include "core/pa-gerror.h"
#include "core/pa-privacy.h"

#include "pa-document-file.h"
#include "pa-ical.h"

G_DEFINE_QUARK (pa-ical-error-quark, pa_ical_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define UID_DOMAIN "praktikaftale.github.io"

static const char vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:" PA_ICAL_TZID "\r\n"
  "X-LIC-LOCATION:" PA_ICAL_TZID "\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19700329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19701025T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n";

/* Text from documents anyone can write: valid UTF-8 without the control
 * characters a calendar would choke on; tabs become spaces. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p++)
    {
      if (*p == '\n')
        g_string_append_c (out, '\n');
      else if (*p == '\t')
        g_string_append_c (out, ' ');
      else if ((guchar) *p >= 0x20 && *p != 0x7f)
        g_string_append_c (out, *p);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static const char *
get (PaRecord   *record,
     const char *field)
{
  const char *value = pa_record_get_string (record, field);

  return value != NULL ? value : "";
}

/* "Amira Haddad, Netto Lager", leaving out what is empty. */
static char *
names (PaAgreement *agreement)
{
  const char *citizen = get (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
  const char *company = get (PA_RECORD (pa_agreement_get_company (agreement)), "name");

  if (*citizen != '\0' && *company != '\0')
    return g_strdup_printf ("%s, %s", citizen, company);
  return g_strdup (*citizen != '\0' ? citizen : company);
}

static char *
summary (PaAgreement *agreement,
         const char  *kind)
{
  g_autofree char *who = names (agreement);

  if (*who == '\0')
    {
      g_free (who);
      /* Translators: in a calendar event's title when the agreement names nobody yet */
      who = g_strdup (_("work placement"));
    }
  if (g_strcmp0 (kind, "phone") == 0)
    /* Translators: a calendar event's title; %s is the citizen and the company */
    return g_strdup_printf (_("Follow-up by phone: %s"), who);
  if (g_strcmp0 (kind, "company") == 0)
    /* Translators: a calendar event's title; %s is the citizen and the company */
    return g_strdup_printf (_("Follow-up meeting at the company: %s"), who);
  if (g_strcmp0 (kind, "three-party") == 0)
    /* Translators: a calendar event's title (trepartsmøde); %s is the citizen and the company */
    return g_strdup_printf (_("Three-party meeting: %s"), who);
  /* Translators: a calendar event's title; %s is the citizen and the company */
  return g_strdup_printf (_("Follow-up: %s"), who);
}

/* Minutes: a call is short, a meeting at the company takes an hour. */
static int
duration (const char *kind)
{
  if (g_strcmp0 (kind, "phone") == 0)
    return 30;
  if (g_strcmp0 (kind, "three-party") == 0)
    return 90;
  return 60;
}

static void
add_line (GString    *out,
          const char *label,
          const char *value)
{
  g_autofree char *clean = clean_text (value);

  if (*clean == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s: %s", label, clean);
}

static void
add_block (GString    *out,
           const char *label,
           const char *value)
{
  g_autofree char *clean = clean_text (value);

  if (*clean == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append_printf (out, "%s:\n%s", label, clean);
}

static char *
person (PaRecord   *record,
        const char *name_field,
        const char *phone_field)
{
  const char *name = get (record, name_field);
  const char *phone = get (record, phone_field);

  if (*name != '\0' && *phone != '\0')
    return g_strdup_printf ("%s (%s)", name, phone);
  return g_strdup (*name != '\0' ? name : phone);
}

/* The participants and the agenda first, then who is who; the notes
 * taken afterwards only in the full variant (the company copy has none). */
static char *
description (PaAgreement *agreement,
             PaRecord    *follow_up)
{
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
  PaRecord *jobcentre = PA_RECORD (pa_agreement_get_jobcentre (agreement));
  g_autofree char *contact = person (company, "contact-name", "contact-phone");
  g_autofree char *consultant = person (jobcentre, "consultant-name", "consultant-phone");
  GString *out = g_string_new (NULL);
  GString *who = g_string_new (NULL);

  add_line (out, _("Participants"), get (follow_up, "participants"));
  add_block (out, _("Agenda"), get (follow_up, "agenda"));

  add_line (who, _("Citizen"), get (PA_RECORD (pa_agreement_get_citizen (agreement)), "name"));
  add_line (who, _("Company"), get (company, "name"));
  add_line (who, _("Address"), get (company, "address"));
  add_line (who, _("Contact person"), contact);
  add_line (who, _("Consultant"), consultant);
  if (who->len > 0)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "\n\n" : "", who->str);
  g_string_free (who, TRUE);

  add_block (out, _("Notes afterwards"), get (follow_up, "notes"));
  return g_string_free (out, FALSE);
}

static gboolean
parse_date (const char *iso,
            int        *y,
            int        *m,
            int        *d)
{
  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", y, m, d) != 3)
    return FALSE;
  return g_date_valid_dmy (*d, *m, *y);
}

static gboolean
parse_time (const char *hhmm,
            int        *h,
            int        *min)
{
  return hhmm != NULL && sscanf (hhmm, "%2d:%2d", h, min) == 2 &&
         *h >= 0 && *h < 24 && *min >= 0 && *min < 60;
}

static icalproperty *
with_tzid (icalproperty *prop)
{
  icalproperty_add_parameter (prop, icalparameter_new_tzid (PA_ICAL_TZID));
  return prop;
}

/* DTSTART and DTEND: a time in Copenhagen, or the whole day when the
 * follow-up has a date and no time yet. */
static gboolean
add_times (icalcomponent *event,
           PaRecord      *follow_up)
{
  struct icaltimetype start = icaltime_null_time ();
  struct icaltimetype end;
  int y, m, d, h, min;

  if (!parse_date (pa_record_get_string (follow_up, "date"), &y, &m, &d))
    return FALSE;
  start.year = y;
  start.month = m;
  start.day = d;

  if (!parse_time (pa_record_get_string (follow_up, "time"), &h, &min))
    {
      start.is_date = 1;
      end = start;
      icaltime_adjust (&end, 1, 0, 0, 0);
      icalcomponent_add_property (event, icalproperty_new_dtstart (start));
      icalcomponent_add_property (event, icalproperty_new_dtend (end));
      return TRUE;
    }

  start.hour = h;
  start.minute = min;
  end = start;
  icaltime_adjust (&end, 0, 0, duration (pa_record_get_string (follow_up, "kind")), 0);
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (start)));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (end)));
  return TRUE;
}

static gboolean
meets_at_company (const char *kind)
{
  return g_strcmp0 (kind, "company") == 0 || g_strcmp0 (kind, "three-party") == 0;
}

static icalcomponent *
make_event (PaAgreement         *agreement,
            PaRecord            *follow_up,
            struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  const char *kind = pa_record_get_string (follow_up, "kind");
  g_autofree char *uid = pa_ical_event_uid (agreement, follow_up);
  g_autofree char *title = summary (agreement, kind);
  g_autofree char *clean_title = clean_text (title);
  g_autofree char *text = description (agreement, follow_up);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  add_times (event, follow_up);
  icalcomponent_add_property (event, icalproperty_new_summary (clean_title));
  if (meets_at_company (kind))
    {
      PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
      const char *address = get (company, "address");
      g_autofree char *place = clean_text (*address != '\0' ? address : get (company, "name"));

      if (*place != '\0')
        icalcomponent_add_property (event, icalproperty_new_location (place));
    }
  if (*text != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (text));
  /* A later revision of the agreement is a later version of the event. */
  icalcomponent_add_property (event, icalproperty_new_sequence (MAX (pa_agreement_get_revision (agreement) - 1, 0)));
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_OPAQUE));
  return event;
}

static icalcomponent *
make_calendar (PaAgreement *agreement)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  g_autofree char *who = names (agreement);
  g_autofree char *name = NULL;
  g_autofree char *clean_name = NULL;
  icalproperty *calname;

  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Praktikaftale//Praktikaftale " PACKAGE_VERSION "//DA"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* PUBLISH: events to put in a calendar, not invitations to answer. */
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  if (*who != '\0')
    /* Translators: the name of a calendar file; %s is the citizen and the company */
    name = g_strdup_printf (_("Follow-ups: %s"), who);
  else
    name = g_strdup (_("Follow-ups"));
  clean_name = clean_text (name);
  calname = icalproperty_new_x (clean_name);
  icalproperty_set_x_name (calname, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, calname);
  icalcomponent_add_component (calendar, icalcomponent_new_from_string (vtimezone));
  return calendar;
}

/**
 * pa_ical_event_uid:
 *
 * The event's UID: the agreement's id and the follow-up's own uid, both
 * kept by the store, so the same follow-up has the same UID in every
 * export, in the full and in the company's file.
 *
 * Returns: (transfer full) (nullable): the UID, or %NULL without a uid
 */
char *
pa_ical_event_uid (PaAgreement *agreement,
                   PaRecord    *follow_up)
{
  const char *id;
  const char *uid;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (PA_IS_FOLLOW_UP (follow_up), NULL);

  id = pa_agreement_get_id (agreement);
  uid = pa_record_get_string (follow_up, "uid");
  if (uid == NULL)
    return NULL;
  return g_strdup_printf ("%s.%s@" UID_DOMAIN, id ? id : "", uid);
}

static gboolean
has_date (PaRecord *follow_up)
{
  int y, m, d;

  return parse_date (pa_record_get_string (follow_up, "date"), &y, &m, &d);
}

/* The follow-ups that go in the calendar: with a date and a uid. */
static GPtrArray *
dated_follow_ups (PaAgreement *agreement,
                  guint       *n_skipped)
{
  GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "follow-ups"));
  GPtrArray *dated = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  *n_skipped = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) follow_up = g_list_model_get_item (list, i);

      if (has_date (follow_up) && pa_record_get_string (follow_up, "uid") != NULL)
        g_ptr_array_add (dated, g_steal_pointer (&follow_up));
      else
        (*n_skipped)++;
    }
  return dated;
}

/**
 * pa_ical_write_to_string:
 * @variant: %PA_DOCUMENT_COMPANY for the company's calendar: made from
 *   pa_privacy_company_copy(), so without notes or anything else it
 *   leaves out
 *
 * Returns: (transfer full) (nullable): the calendar, or %NULL with
 *   %PA_ICAL_ERROR_NO_DATES when no follow-up has a date
 */
char *
pa_ical_write_to_string (PaAgreement        *agreement,
                         PaDocumentVariant   variant,
                         guint              *n_events,
                         guint              *n_skipped,
                         GError            **error)
{
  g_autoptr(PaAgreement) source = NULL;
  g_autoptr(GPtrArray) dated = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  struct icaltimetype stamp;
  char *ics;
  char *copy;
  guint skipped;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = variant == PA_DOCUMENT_COMPANY ? pa_privacy_company_copy (agreement)
                                          : g_object_ref (agreement);
  dated = dated_follow_ups (source, &skipped);
  if (n_skipped != NULL)
    *n_skipped = skipped;
  if (n_events != NULL)
    *n_events = dated->len;
  if (dated->len == 0)
    {
      g_set_error_literal (error, PA_ICAL_ERROR, PA_ICAL_ERROR_NO_DATES,
                           _("No follow-up has a date yet, so there is nothing to put in a calendar. "
                             "Give the follow-ups a date in step 7."));
      PA_RETURN_ERROR (error, NULL);
    }

  calendar = make_calendar (source);
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  for (guint i = 0; i < dated->len; i++)
    icalcomponent_add_component (calendar, make_event (source, g_ptr_array_index (dated, i), stamp));

  ics = icalcomponent_as_ical_string_r (calendar);
  if (ics == NULL)
    {
      g_set_error_literal (error, PA_ICAL_ERROR, PA_ICAL_ERROR_FAILED,
                           _("The calendar file could not be made."));
      PA_RETURN_ERROR (error, NULL);
    }
  /* libical's buffer goes back to libical; callers g_free() ours. */
  copy = g_strdup (ics);
  icalmemory_free_buffer (ics);
  return copy;
}

/**
 * pa_ical_export_file:
 *
 * Writes the calendar to @path atomically: a reader sees the old file or
 * the new one, never half of it. Private to the user (0600), as every
 * document of the app.
 */
gboolean
pa_ical_export_file (PaAgreement        *agreement,
                     PaDocumentVariant   variant,
                     const char         *path,
                     guint              *n_events,
                     guint              *n_skipped,
                     GError            **error)
{
  g_autofree char *ics = NULL;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ics = pa_ical_write_to_string (agreement, variant, n_events, n_skipped, error);
  if (ics == NULL)
    PA_RETURN_ERROR (error, FALSE);

  return pa_document_write_file (path, ics, strlen (ics), error);
}

/* No slashes, no control characters, no leading dot. */
static void
make_safe (GString *name)
{
  for (gsize i = 0; i < name->len; i++)
    if (name->str[i] == '/' || name->str[i] == '\\' || (guchar) name->str[i] < 0x20)
      name->str[i] = '-';
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
}

/**
 * pa_ical_default_filename:
 *
 * Returns: (transfer full): "Opfølgninger - CITIZEN - COMPANY.ics" in
 *   Danish, the company's file with " - virksomhedens kopi" before ".ics"
 */
char *
pa_ical_default_filename (PaAgreement       *agreement,
                          PaDocumentVariant  variant)
{
  const char *citizen, *company;
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  citizen = get (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
  company = get (PA_RECORD (pa_agreement_get_company (agreement)), "name");
  /* Translators: the start of a calendar file's name */
  name = g_string_new (_("Follow-ups"));
  if (*citizen != '\0')
    g_string_append_printf (name, " - %s", citizen);
  if (*company != '\0')
    g_string_append_printf (name, " - %s", company);
  if (variant == PA_DOCUMENT_COMPANY)
    /* Translators: the end of the company copy's file name, before .ics */
    g_string_append_printf (name, " - %s", _("company copy"));
  g_string_append (name, ".ics");
  make_safe (name);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
