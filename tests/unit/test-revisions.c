/* test-revisions.c: approvals with their revision, sealed revisions in the store, status, the difference in Danish
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "core/pa-record-variant.h"
#include "core/pa-revision-diff.h"
#include "store/pa-store.h"
#include "store/pa-store-private.h"
#include "../common/pa-test-util.h"

static PaAgreement *
new_plain (void)
{
  PaAgreement *agreement = pa_agreement_new ();

  pa_record_set_string (PA_RECORD (agreement), "start-date", "2026-03-02");
  pa_record_set_string (PA_RECORD (agreement), "end-date", "2026-03-29");
  return agreement;
}

static void
approve_all (PaAgreement *agreement)
{
  const char * const *parties = pa_agreement_required_parties (agreement);

  for (guint i = 0; parties[i] != NULL; i++)
    pa_agreement_approve_on_behalf (agreement, parties[i], NULL, NULL);
}

static void
test_snapshot_round_trip (void)
{
  g_autoptr(PaAgreement) full = pa_test_new_full_agreement (42);
  g_autoptr(PaAgreement) back = g_object_new (PA_TYPE_AGREEMENT, NULL);
  g_autoptr(GVariant) v = g_variant_ref_sink (pa_record_to_variant (PA_RECORD (full)));
  g_autofree char *text = g_variant_print (v, TRUE);
  g_autoptr(GVariant) parsed = g_variant_parse (NULL, text, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;

  pa_agreement_freeze_tracking (back);
  g_assert_nonnull (parsed);
  g_assert_true (pa_record_from_variant (PA_RECORD (back), parsed, &error));
  g_assert_no_error (error);
  g_assert_true (pa_record_equal (PA_RECORD (full), PA_RECORD (back)));
}

static void
test_approval_keeps_revision_and_reason (void)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  PaRecord *citizen, *company;

  pa_record_set_int (PA_RECORD (agreement), "revision", 4);
  pa_agreement_approve_on_behalf (agreement, "citizen", "paper-later", NULL);
  pa_agreement_approve_on_behalf (agreement, "company", "other", "Direktøren var syg");
  citizen = PA_RECORD (pa_agreement_get_approval (agreement, "citizen"));
  company = PA_RECORD (pa_agreement_get_approval (agreement, "company"));

  g_assert_cmpint (pa_record_get_int (citizen, "revision"), ==, 4);
  g_assert_cmpstr (pa_record_get_string (citizen, "on-behalf-kind"), ==, "paper-later");
  g_assert_nonnull (pa_record_get_string (citizen, "approved-at"));
  g_assert_cmpstr (pa_record_get_string (company, "on-behalf-reason"), ==, "Direktøren var syg");
  /* An approval changes no content: same revision, nothing sealed. */
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 4);
  g_assert_cmpuint (pa_agreement_get_sealed_revisions (agreement)->len, ==, 0);
}

static void
test_edit_seals_approved_revision (void)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  PaAgreement *sealed;

  /* Not started yet: an agreed placement goes back to draft. */
  pa_record_set_string (PA_RECORD (agreement), "start-date", "2099-03-02");
  approve_all (agreement);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "agreed");

  pa_record_set_string (PA_RECORD (agreement), "end-date", "2026-04-26");

  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 2);
  g_assert_false (pa_agreement_has_approvals (agreement));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "draft");
  g_assert_cmpuint (pa_agreement_get_sealed_revisions (agreement)->len, ==, 1);
  sealed = g_ptr_array_index (pa_agreement_get_sealed_revisions (agreement), 0);
  g_assert_cmpint (pa_agreement_get_revision (sealed), ==, 1);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (sealed), "end-date"), ==, "2026-03-29");
  g_assert_true (pa_agreement_is_fully_approved (sealed));
}

static void
test_required_parties (void)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));

  g_assert_false (pa_agreement_party_required (agreement, "employee-rep"));
  pa_record_set_int (company, "employees", 3);
  g_assert_true (pa_agreement_party_required (agreement, "employee-rep"));

  pa_agreement_approve (agreement, "citizen", NULL);
  pa_agreement_approve (agreement, "company", NULL);
  pa_agreement_approve (agreement, "jobcentre", NULL);
  g_assert_false (pa_agreement_is_fully_approved (agreement));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "draft");
  pa_agreement_approve (agreement, "employee-rep", NULL);
  g_assert_true (pa_agreement_is_fully_approved (agreement));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), !=, "draft");
}

static void
test_status_course (void)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  g_autoptr(GDate) before = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GDate) on_start = g_date_new_dmy (2, 3, 2026);

  approve_all (agreement);
  pa_record_set_string (PA_RECORD (agreement), "status", "agreed");
  pa_agreement_sync_status (agreement, before);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "agreed");
  pa_agreement_sync_status (agreement, on_start);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "active");
  g_assert_cmpstr (pa_agreement_status_for_date ("agreed", "2026-03-02", on_start), ==, "active");
  g_assert_cmpstr (pa_agreement_status_for_date ("agreed", "2026-03-02", before), ==, "agreed");

  pa_agreement_close (agreement, "ended", "ordinary-work", NULL);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "ended");
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status-reason"), ==, "ordinary-work");
  /* Closing is bookkeeping: the approvals stand. */
  g_assert_true (pa_agreement_is_fully_approved (agreement));
  pa_agreement_sync_status (agreement, on_start);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "ended");
}

typedef struct {
  char    *dir;
  char    *path;
  PaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = pa_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = pa_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  pa_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = pa_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
test_store_keeps_revisions (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (pa_agreement_get_id (agreement));

  approve_all (agreement);
  g_assert_true (pa_store_save (f->store, agreement, &error));
  pa_record_set_string (PA_RECORD (agreement), "end-date", "2026-04-26");
  approve_all (agreement);
  pa_record_set_string (PA_RECORD (agreement), "next-step", "Løntimer fra maj");
  g_assert_true (pa_store_save (f->store, agreement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pa_agreement_get_sealed_revisions (agreement)->len, ==, 0);

  reopen (f);
  revisions = pa_store_list_revisions (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_assert_cmpint (pa_agreement_get_revision (g_ptr_array_index (revisions, 0)), ==, 1);
  g_assert_cmpint (pa_agreement_get_revision (g_ptr_array_index (revisions, 1)), ==, 2);
  g_assert_cmpstr (pa_record_get_string (g_ptr_array_index (revisions, 1), "end-date"), ==, "2026-04-26");
  g_assert_true (pa_agreement_is_fully_approved (g_ptr_array_index (revisions, 0)));
  g_assert_true (pa_agreement_is_fully_approved (g_ptr_array_index (revisions, 1)));

  loaded = pa_store_load (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_agreement_get_revision (loaded), ==, 3);
  g_assert_false (pa_agreement_has_approvals (loaded));

  /* Deleting the draft takes its revisions along. */
  g_assert_true (pa_store_delete (f->store, id, &error));
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = pa_store_list_revisions (f->store, id, &error);
  g_assert_cmpuint (revisions->len, ==, 0);
}

/* A save that fails keeps the sealed revision for the next try. */
static void
test_failed_save_keeps_sealed (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = new_plain ();
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;

  approve_all (agreement);
  pa_record_set_string (PA_RECORD (agreement), "end-date", "2026-04-26");
  pa_store_simulate_failure (f->store, PA_STORE_ERROR_READ_ONLY, TRUE);
  g_assert_false (pa_store_save (f->store, agreement, &error));
  g_clear_error (&error);
  g_assert_cmpuint (pa_agreement_get_sealed_revisions (agreement)->len, ==, 1);
  pa_store_simulate_failure (f->store, PA_STORE_ERROR_READ_ONLY, FALSE);
  g_assert_true (pa_store_save (f->store, agreement, &error));
  g_assert_no_error (error);

  revisions = pa_store_list_revisions (f->store, pa_agreement_get_id (agreement), &error);
  g_assert_cmpuint (revisions->len, ==, 1);
  g_assert_cmpstr (pa_record_get_string (g_ptr_array_index (revisions, 0), "end-date"), ==, "2026-03-29");
}

/* Every draft of a version 6 database opens whole; an approval given on
 * someone's behalf gets the kind "other" and its agreement's revision. */
static void
test_migrate_from_6 (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(PaAgreement) loaded = NULL;
  PaRecord *approval;

  pa_test_make_old_database (path, 6,
    "INSERT INTO agreement (pk, id, modified, status, revision) VALUES "
      "(1, 'a', '2026-01-01T10:00:00+01:00', 'draft', 3),"
      "(2, 'b', '2026-01-02T10:00:00+01:00', 'agreed', 1),"
      "(3, 'c', '2026-01-03T10:00:00+01:00', 'cancelled', 2);"
    "INSERT INTO citizen (parent, position, name) VALUES (1, 0, 'Anna'), (2, 0, 'Bo'), (3, 0, 'Carl');"
    "INSERT INTO approval (parent, position, party, approved_at, on_behalf_reason) VALUES "
      "(1, 0, 'citizen', '2026-01-01T09:00:00+01:00', 'Mor godkendte'),"
      "(1, 1, 'company', NULL, NULL);");

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);
  drafts = pa_store_list_drafts (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 3);

  loaded = pa_store_load (store, "a", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (loaded)), "name"), ==, "Anna");
  approval = PA_RECORD (pa_agreement_get_approval (loaded, "citizen"));
  g_assert_cmpstr (pa_record_get_string (approval, "on-behalf-kind"), ==, "other");
  g_assert_cmpstr (pa_record_get_string (approval, "on-behalf-reason"), ==, "Mor godkendte");
  g_assert_cmpint (pa_record_get_int (approval, "revision"), ==, 3);
  g_assert_null (pa_record_get_string (PA_RECORD (pa_agreement_get_approval (loaded, "company")), "on-behalf-kind"));

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

static gboolean
has_line (GPtrArray  *lines,
          const char *want)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), want))
      return TRUE;
  for (guint i = 0; i < lines->len; i++)
    g_test_message ("have: %s", (char *) g_ptr_array_index (lines, i));
  return FALSE;
}

static void
test_diff_in_danish (void)
{
  g_autoptr(PaAgreement) older = new_plain ();
  g_autoptr(PaAgreement) newer = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PaRecord *goal, *sub, *r;

  if (!pa_test_use_danish ())
    {
      g_test_skip ("no Danish catalogue in this build");
      return;
    }

  goal = pa_record_add (PA_RECORD (older), "goals");
  pa_record_set_string (goal, "specific", "Fylde varer op");
  sub = pa_record_add (goal, "subgoals");
  pa_record_set_string (sub, "text", "Kender lageret");
  for (int i = 0; i < 2; i++)
    {
      r = pa_record_add (PA_RECORD (older), "restrictions");
      pa_record_set_string (r, "reformulation", i ? "Arbejder i eget tempo" : "Korte pauser");
    }

  newer = pa_agreement_snapshot (older);
  pa_record_set_string (PA_RECORD (newer), "end-date", "2026-04-26");
  goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (newer), "goals")), 0);
  sub = pa_record_add (goal, "subgoals");
  pa_record_set_string (sub, "text", "Fylder mælk op alene");
  g_object_unref (goal);
  r = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (newer), "restrictions")), 1);
  pa_record_set_boolean (r, "consent", TRUE);
  g_object_unref (r);

  lines = pa_revision_diff (older, newer);
  g_assert_true (has_line (lines, "Slutdato ændret fra 29.3.2026 til 26.4.2026"));
  g_assert_true (has_line (lines, "Mål 1: Nyt delmål: Fylder mælk op alene"));
  g_assert_true (has_line (lines, "Skånehensyn 2 deles nu med virksomheden"));
  g_assert_cmpuint (lines->len, ==, 3);

  /* No change, no lines; bookkeeping is not a change. */
  g_clear_pointer (&lines, g_ptr_array_unref);
  pa_record_set_int (PA_RECORD (newer), "revision", 9);
  lines = pa_revision_diff (newer, newer);
  g_assert_cmpuint (lines->len, ==, 0);
}

/* A removed item in the middle names that item only, not every one after. */
static void
test_diff_matches_list_items (void)
{
  g_autoptr(PaAgreement) older = new_plain ();
  g_autoptr(PaAgreement) newer = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  for (int i = 0; i < 3; i++)
    {
      PaRecord *goal = pa_record_add (PA_RECORD (older), "goals");
      g_autofree char *text = g_strdup_printf ("Mål nummer %d", i);

      pa_record_set_string (goal, "specific", text);
    }
  newer = pa_agreement_snapshot (older);
  g_list_store_remove (pa_record_get_list (PA_RECORD (newer), "goals"), 1);

  lines = pa_revision_diff (older, newer);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (lines, 0), "Mål nummer 1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pa/revisions/snapshot-round-trip", test_snapshot_round_trip);
  g_test_add_func ("/pa/revisions/approval-keeps-revision-and-reason", test_approval_keeps_revision_and_reason);
  g_test_add_func ("/pa/revisions/edit-seals-approved-revision", test_edit_seals_approved_revision);
  g_test_add_func ("/pa/revisions/required-parties", test_required_parties);
  g_test_add_func ("/pa/revisions/status-course", test_status_course);
  g_test_add ("/pa/revisions/store-keeps-revisions", Fixture, NULL,
              fixture_set_up, test_store_keeps_revisions, fixture_tear_down);
  g_test_add ("/pa/revisions/failed-save-keeps-sealed", Fixture, NULL,
              fixture_set_up, test_failed_save_keeps_sealed, fixture_tear_down);
  g_test_add_func ("/pa/revisions/migrate-from-6", test_migrate_from_6);
  g_test_add_func ("/pa/revision-diff/danish", test_diff_in_danish);
  g_test_add_func ("/pa/revision-diff/list-items", test_diff_matches_list_items);
  return g_test_run ();
}
