/* pa-ical.h: the planned follow-ups as an iCalendar file, for Outlook and GNOME Calendar
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VEVENT per follow-up with a date, in Europe/Copenhagen time (the
 * VTIMEZONE is in the file). Each event's UID comes from the agreement's
 * id and the follow-up's own "uid", so a calendar that imports the file
 * again updates the events instead of adding them twice. The company
 * variant is made from pa_privacy_company_copy() and nothing else.
 */
#pragma once

#include <gio/gio.h>

#include "core/pa-agreement.h"
#include "docs/pa-pdf.h"

G_BEGIN_DECLS

#define PA_ICAL_ERROR (pa_ical_error_quark ())

typedef enum {
  PA_ICAL_ERROR_NO_DATES,  /* no follow-up has a date: nothing to put in a calendar */
  PA_ICAL_ERROR_FAILED,    /* libical could not make the file */
} PaIcalError;

/* The time zone every event is in. */
#define PA_ICAL_TZID "Europe/Copenhagen"

GQuark    pa_ical_error_quark      (void);

/* The calendar as text (CRLF lines, as RFC 5545 says). @n_events and
 * @n_skipped (follow-ups without a date) may be %NULL. */
char     *pa_ical_write_to_string  (PaAgreement        *agreement,
                                    PaDocumentVariant   variant,
                                    guint              *n_events,
                                    guint              *n_skipped,
                                    GError            **error);
/* Writes it atomically (temporary file + rename) with mode 0600. */
gboolean  pa_ical_export_file      (PaAgreement        *agreement,
                                    PaDocumentVariant   variant,
                                    const char         *path,
                                    guint              *n_events,
                                    guint              *n_skipped,
                                    GError            **error);
/* "AGREEMENT-ID.FOLLOW-UP-UID@praktikaftale.github.io"; %NULL when the
 * follow-up has no uid. */
char     *pa_ical_event_uid        (PaAgreement        *agreement,
                                    PaRecord           *follow_up);
/* "Opfølgninger - CITIZEN - COMPANY.ics", the company's with
 * " - virksomhedens kopi" before ".ics"; safe as a file name. */
char     *pa_ical_default_filename (PaAgreement        *agreement,
                                    PaDocumentVariant   variant);

G_END_DECLS
