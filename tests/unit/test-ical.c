/* test-ical.c: the follow-ups as an iCalendar file, read back with libical
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "core/pa-privacy.h"
#include "docs/pa-ical.h"
#include "store/pa-store.h"
#include "../common/pa-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static PaRecord *
add_follow_up (PaAgreement *agreement,
               const char  *date,
               const char  *time,
               const char  *kind,
               const char  *token)
{
  PaRecord *follow_up = pa_record_add (PA_RECORD (agreement), "follow-ups");
  g_autofree char *participants = g_strdup_printf ("Amira, Lone (mentor) participants-%s", token);
  g_autofree char *agenda = g_strdup_printf ("• Delmål; hvordan går det?\n• Timer agenda-%s", token);
  g_autofree char *notes = g_strdup_printf ("Gik godt notes-%s", token);

  pa_record_set_string (follow_up, "date", date);
  pa_record_set_string (follow_up, "time", time);
  pa_record_set_string (follow_up, "kind", kind);
  pa_record_set_string (follow_up, "participants", participants);
  pa_record_set_string (follow_up, "agenda", agenda);
  pa_record_set_string (follow_up, "notes", notes);
  return follow_up;
}

/* Three dated follow-ups (winter, summer, a day without a time) and one
 * without a date. */
static PaAgreement *
new_agreement (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Amira Haddad");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "cpr", "0101901234");
  pa_record_set_string (company, "name", "Netto Lager");
  pa_record_set_string (company, "address", "Lagervej 4, 8000 Aarhus C");
  pa_record_set_string (company, "contact-name", "Lone Sørensen");
  pa_record_set_string (PA_RECORD (pa_agreement_get_jobcentre (agreement)), "consultant-name", "Jens Jensen");
  pa_record_set_string (PA_RECORD (agreement), "notes", "Intern note agreement-notes-token");
  add_follow_up (agreement, "2026-03-16", "10:00", "phone", "a");
  add_follow_up (agreement, "2026-06-15", "13:30", "three-party", "b");
  add_follow_up (agreement, "2026-07-01", NULL, "company", "c");
  add_follow_up (agreement, NULL, "09:00", "company", "d");
  return agreement;
}

static char *
export (PaAgreement       *agreement,
        PaDocumentVariant  variant,
        guint              expect_events,
        guint              expect_skipped)
{
  g_autoptr(GError) error = NULL;
  guint n_events = 0, n_skipped = 0;
  char *ics = pa_ical_write_to_string (agreement, variant, &n_events, &n_skipped, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ics);
  g_assert_cmpuint (n_events, ==, expect_events);
  g_assert_cmpuint (n_skipped, ==, expect_skipped);
  return ics;
}

static icalcomponent *
parse (const char *ics)
{
  icalcomponent *calendar = icalparser_parse_string (ics);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
      return c;
  return NULL;
}

static icalcomponent *
event_of (icalcomponent *calendar,
          PaAgreement   *agreement,
          guint          index)
{
  GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "follow-ups"));
  g_autoptr(PaRecord) follow_up = g_list_model_get_item (list, index);
  g_autofree char *uid = pa_ical_event_uid (agreement, follow_up);
  icalcomponent *event = find_event (calendar, uid);

  g_assert_nonnull (event);
  return event;
}

/* "YYYYMMDDTHHMMSSZ" of a time, in UTC. */
static char *
utc_string (struct icaltimetype t)
{
  struct icaltimetype utc = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());

  return g_strdup (icaltime_as_ical_string (utc));
}

/* Every dated follow-up comes back as an event at the right moment:
 * 10:00 in March is 09:00 UTC (CET), 13:30 in June is 11:30 UTC (CEST);
 * a day without a time is a whole-day event; the one without a date is
 * skipped and counted. */
static void
test_parse_back (void)
{
  g_autoptr(PaAgreement) agreement = new_agreement ();
  g_autofree char *ics = export (agreement, PA_DOCUMENT_FULL, 3, 1);
  g_autoptr(icalcomponent) calendar = parse (ics);
  icalcomponent *phone, *meeting, *day;
  struct icaltimetype start;
  g_autofree char *s1 = NULL, *e1 = NULL, *s2 = NULL, *e2 = NULL;

  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 3);
  g_assert_nonnull (icalcomponent_get_timezone (calendar, PA_ICAL_TZID));
  g_assert_true (g_str_has_suffix (ics, "\r\n"));

  phone = event_of (calendar, agreement, 0);
  s1 = utc_string (icalcomponent_get_dtstart (phone));
  e1 = utc_string (icalcomponent_get_dtend (phone));
  g_assert_cmpstr (s1, ==, "20260316T090000Z");
  g_assert_cmpstr (e1, ==, "20260316T093000Z");
  g_assert_null (icalcomponent_get_location (phone));
  g_assert_nonnull (strstr (icalcomponent_get_summary (phone), "Amira Haddad"));
  g_assert_nonnull (strstr (icalcomponent_get_summary (phone), "Netto Lager"));

  meeting = event_of (calendar, agreement, 1);
  s2 = utc_string (icalcomponent_get_dtstart (meeting));
  e2 = utc_string (icalcomponent_get_dtend (meeting));
  g_assert_cmpstr (s2, ==, "20260615T113000Z");
  g_assert_cmpstr (e2, ==, "20260615T130000Z");
  g_assert_cmpstr (icalcomponent_get_location (meeting), ==, "Lagervej 4, 8000 Aarhus C");
  g_assert_nonnull (strstr (icalcomponent_get_description (meeting), "Amira, Lone (mentor) participants-b"));
  g_assert_nonnull (strstr (icalcomponent_get_description (meeting), "• Delmål; hvordan går det?\n• Timer agenda-b"));
  g_assert_nonnull (strstr (icalcomponent_get_description (meeting), "Lone Sørensen"));
  g_assert_nonnull (icalcomponent_get_first_property (meeting, ICAL_DTSTAMP_PROPERTY));

  day = event_of (calendar, agreement, 2);
  start = icalcomponent_get_dtstart (day);
  g_assert_true (start.is_date);
  g_assert_cmpint (start.year, ==, 2026);
  g_assert_cmpint (start.month, ==, 7);
  g_assert_cmpint (start.day, ==, 1);
  g_assert_cmpstr (icalcomponent_get_location (day), ==, "Lagervej 4, 8000 Aarhus C");

  g_assert_null (strstr (ics, "participants-d"));
}

static GPtrArray *
uids (const char *ics)
{
  g_autoptr(icalcomponent) calendar = parse (ics);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (out, g_strdup (icalcomponent_get_uid (c)));
  return out;
}

static void
assert_same_uids (GPtrArray *a,
                  GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

/* The same follow-ups have the same UIDs in two exports, after a save
 * and a load, after another follow-up is added before them, and in the
 * company's file; two follow-ups never share one. */
static void
test_uids_stable (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "drafts.db", NULL);
  g_autoptr(PaAgreement) agreement = new_agreement ();
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export (agreement, PA_DOCUMENT_FULL, 3, 1);
  g_autofree char *second = NULL, *third = NULL, *company = NULL;
  g_autoptr(GPtrArray) u1 = uids (first);
  g_autoptr(GPtrArray) u2 = NULL, u3 = NULL, u4 = NULL;
  g_autoptr(GHashTable) distinct = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < u1->len; i++)
    {
      g_assert_true (g_str_has_prefix (g_ptr_array_index (u1, i), pa_agreement_get_id (agreement)));
      g_hash_table_add (distinct, g_ptr_array_index (u1, i));
    }
  g_assert_cmpuint (g_hash_table_size (distinct), ==, 3);

  second = export (agreement, PA_DOCUMENT_FULL, 3, 1);
  u2 = uids (second);
  assert_same_uids (u1, u2);

  store = pa_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (pa_store_save (store, agreement, &error));
  g_assert_no_error (error);
  loaded = pa_store_load (store, pa_agreement_get_id (agreement), &error);
  g_assert_no_error (error);
  third = export (loaded, PA_DOCUMENT_FULL, 3, 1);
  u3 = uids (third);
  assert_same_uids (u1, u3);

  company = export (loaded, PA_DOCUMENT_COMPANY, 3, 1);
  u4 = uids (company);
  assert_same_uids (u1, u4);

  /* A follow-up inserted first moves the others: their UIDs stay. */
  {
    GListStore *list = pa_record_get_list (PA_RECORD (loaded), "follow-ups");
    g_autoptr(PaRecord) extra = g_object_new (PA_TYPE_FOLLOW_UP, NULL);
    g_autofree char *fourth = NULL;
    g_autoptr(GPtrArray) u5 = NULL;

    pa_record_set_string (extra, "date", "2026-03-09");
    g_list_store_insert (list, 0, extra);
    fourth = export (loaded, PA_DOCUMENT_FULL, 4, 1);
    u5 = uids (fourth);
    for (guint i = 0; i < u1->len; i++)
      g_assert_true (g_ptr_array_find_with_equal_func (u5, g_ptr_array_index (u1, i), g_str_equal, NULL));
  }

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* Follow-ups saved before version 7 get a uid from the migration, which
 * then stays: the calendar's UIDs are the same in every export. */
static void
test_uid_migration (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaAgreement) again = NULL;
  g_autoptr(PaRecord) a = NULL, b = NULL, a2 = NULL;

  pa_test_make_old_database (path, 6,
                             "INSERT INTO agreement (pk, id, status, revision, start_date, end_date) "
                             "VALUES (1, 'c2d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d', 'draft', 1, '2026-03-02', '2026-05-31');"
                             "INSERT INTO follow_up (parent, position, date, kind) VALUES (1, 0, '2026-03-16', 'phone');"
                             "INSERT INTO follow_up (parent, position, date, kind) VALUES (1, 1, '2026-04-13', 'company');");
  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);
  loaded = pa_store_load (store, "c2d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d", &error);
  g_assert_no_error (error);
  a = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "follow-ups")), 0);
  b = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "follow-ups")), 1);
  g_assert_true (g_uuid_string_is_valid (pa_record_get_string (a, "uid")));
  g_assert_true (g_uuid_string_is_valid (pa_record_get_string (b, "uid")));
  g_assert_cmpstr (pa_record_get_string (a, "uid"), !=, pa_record_get_string (b, "uid"));

  pa_record_set_string (a, "agenda", "Første opfølgning");
  g_assert_true (pa_store_save (store, loaded, &error));
  g_assert_no_error (error);
  again = pa_store_load (store, "c2d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d", &error);
  g_assert_no_error (error);
  a2 = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (again), "follow-ups")), 0);
  g_assert_cmpstr (pa_record_get_string (a2, "uid"), ==, pa_record_get_string (a, "uid"));

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* The company's file holds no notes (the follow-ups' or the agreement's)
 * and no CPR number; the full file has the follow-ups' notes. */
static void
test_company_copy (void)
{
  g_autoptr(PaAgreement) agreement = new_agreement ();
  g_autofree char *full = export (agreement, PA_DOCUMENT_FULL, 3, 1);
  g_autofree char *company = export (agreement, PA_DOCUMENT_COMPANY, 3, 1);
  g_autoptr(icalcomponent) calendar = parse (company);

  g_assert_nonnull (strstr (full, "notes-b"));
  g_assert_null (strstr (company, "notes-"));
  g_assert_null (strstr (company, "agreement-notes-token"));
  g_assert_null (strstr (company, "0101901234"));
  g_assert_null (strstr (full, "0101901234"));
  /* What the company needs stays. */
  g_assert_nonnull (strstr (company, "agenda-b"));
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 3);
}

/* Commas, semicolons, backslashes and newlines come back as written;
 * control characters from a hostile document are dropped. */
static void
test_escaping (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *follow_up = add_follow_up (agreement, "2026-03-16", "10:00", "company", "x");
  g_autofree char *ics = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *event;
  const char *agenda = "Punkt 1, punkt 2; punkt 3\\4\nNæste linje: أحمد ዮሃንስ "
                       "og en lang linje der skal foldes fordi den er meget længere end 75 tegn i alt";

  pa_record_set_string (follow_up, "agenda", agenda);
  pa_record_set_string (follow_up, "participants", "Lone\x1b[31m rød");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "address", "Vej 1, 2; 3");
  ics = export (agreement, PA_DOCUMENT_FULL, 1, 0);
  calendar = parse (ics);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (strstr (icalcomponent_get_description (event), agenda));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Lone[31m rød"));
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Vej 1, 2; 3");
  g_assert_null (strchr (ics, '\x1b'));
  g_assert_true (g_utf8_validate (ics, -1, NULL));
  /* Folded: no line longer than 75 octets. */
  lines = g_strsplit (ics, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 75);
}

static void
test_no_dates (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GError) error = NULL;
  guint n_events = 9, n_skipped = 9;
  char *ics;

  pa_record_add (PA_RECORD (agreement), "follow-ups");
  ics = pa_ical_write_to_string (agreement, PA_DOCUMENT_FULL, &n_events, &n_skipped, &error);
  g_assert_null (ics);
  g_assert_error (error, PA_ICAL_ERROR, PA_ICAL_ERROR_NO_DATES);
  g_assert_cmpuint (n_events, ==, 0);
  g_assert_cmpuint (n_skipped, ==, 1);
}

/* Atomic and private: 0600, no temporary file left, the old file whole
 * when writing fails; a missing folder is said in words. */
static void
test_export_file (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "opfølgninger.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "nope", "x.ics", NULL);
  g_autoptr(PaAgreement) agreement = new_agreement ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  guint n_events = 0;
  GStatBuf st;

  g_assert_true (pa_ical_export_file (agreement, PA_DOCUMENT_FULL, path, &n_events, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 3);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "opfølgninger.ics");
  g_assert_null (g_dir_read_name (listing));

  g_assert_false (pa_ical_export_file (agreement, PA_DOCUMENT_FULL, missing, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (strstr (error->message, "g_"));
  g_assert_null (strstr (error->message, "(null)"));

  g_unlink (path);
  pa_test_rm_rf (dir);
}

static void
test_danish (void)
{
  g_autoptr(PaAgreement) agreement = new_agreement ();
  g_autofree char *ics = NULL;
  g_autofree char *name = NULL;
  g_autofree char *company_name = NULL;
  g_autoptr(icalcomponent) calendar = NULL;

  if (!pa_test_use_danish ())
    {
      g_test_skip ("no Danish catalogue in this build");
      return;
    }
  ics = export (agreement, PA_DOCUMENT_FULL, 3, 1);
  calendar = parse (ics);
  g_assert_cmpstr (icalcomponent_get_summary (event_of (calendar, agreement, 0)), ==,
                   "Opfølgning pr. telefon: Amira Haddad, Netto Lager");
  g_assert_cmpstr (icalcomponent_get_summary (event_of (calendar, agreement, 1)), ==,
                   "Trepartsmøde: Amira Haddad, Netto Lager");
  g_assert_cmpstr (icalcomponent_get_summary (event_of (calendar, agreement, 2)), ==,
                   "Opfølgningsmøde på virksomheden: Amira Haddad, Netto Lager");
  g_assert_nonnull (strstr (icalcomponent_get_description (event_of (calendar, agreement, 1)), "Deltagere: "));
  g_assert_nonnull (strstr (icalcomponent_get_description (event_of (calendar, agreement, 1)), "Dagsorden:\n"));

  name = pa_ical_default_filename (agreement, PA_DOCUMENT_FULL);
  company_name = pa_ical_default_filename (agreement, PA_DOCUMENT_COMPANY);
  g_assert_cmpstr (name, ==, "Opfølgninger - Amira Haddad - Netto Lager.ics");
  g_assert_cmpstr (company_name, ==, "Opfølgninger - Amira Haddad - Netto Lager - virksomhedens kopi.ics");
}

static void
test_filename_safe (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autofree char *name = NULL;

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "../A/B\\C\nD");
  name = pa_ical_default_filename (agreement, PA_DOCUMENT_FULL);
  g_assert_null (strchr (name, '/'));
  g_assert_null (strchr (name, '\\'));
  g_assert_null (strchr (name, '\n'));
  g_assert_true (g_str_has_suffix (name, ".ics"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/ical/parse-back", test_parse_back);
  g_test_add_func ("/pa/ical/uids-stable", test_uids_stable);
  g_test_add_func ("/pa/ical/uid-migration", test_uid_migration);
  g_test_add_func ("/pa/ical/company-copy", test_company_copy);
  g_test_add_func ("/pa/ical/escaping", test_escaping);
  g_test_add_func ("/pa/ical/no-dates", test_no_dates);
  g_test_add_func ("/pa/ical/export-file", test_export_file);
  g_test_add_func ("/pa/ical/filename-safe", test_filename_safe);
  /* Last: it switches the messages to Danish. */
  g_test_add_func ("/pa/ical/danish", test_danish);

  return g_test_run ();
}
