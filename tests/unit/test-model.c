/* test-model.c: the agreement model: fields, notification, approvals, copies
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-agreement.h"
#include "core/pa-validate.h"
#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"
#include "store/pa-store-private.h"
#include "../common/pa-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

typedef struct {
  guint    count;
  gboolean content;
  char    *field;
} ChangedLog;

static void
log_changed (PaRecord   *record,
             PaRecord   *origin,
             const char *field,
             gboolean    content,
             ChangedLog *log)
{
  log->count++;
  log->content = content;
  g_free (log->field);
  log->field = g_strdup (field);
}

static void
test_new (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);

  g_assert_true (g_uuid_string_is_valid (pa_agreement_get_id (agreement)));
  g_assert_cmpstr (pa_record_get_string (record, "status"), ==, "draft");
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 1);
  g_assert_true (pa_validate_iso_datetime (pa_record_get_string (record, "created"), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, "checklist"))), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, "approvals"))), ==, 4);
  for (int i = 1; i <= 7; i++)
    g_assert_nonnull (pa_agreement_get_checklist_item (agreement, i));
  g_assert_nonnull (pa_agreement_get_approval (agreement, "employee-rep"));
  g_assert_false (pa_agreement_has_approvals (agreement));

  {
    g_autoptr(PaAgreement) other = pa_agreement_new ();

    g_assert_cmpstr (pa_agreement_get_id (agreement), !=, pa_agreement_get_id (other));
  }
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaCitizen *citizen = pa_agreement_get_citizen (agreement);
  ChangedLog log = { 0 };
  guint notifies = 0;

  g_signal_connect (citizen, "notify::name", G_CALLBACK (count_notify), &notifies);
  g_signal_connect (agreement, "changed", G_CALLBACK (log_changed), &log);

  g_object_set (citizen, "name", "Lone", NULL);
  g_object_set (citizen, "name", "Lone", NULL);
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (citizen), "name"), ==, "Lone");
  g_assert_true (log.content);

  /* "" is unset, like NULL */
  pa_record_set_string (PA_RECORD (citizen), "name", "");
  g_assert_null (pa_record_get_string (PA_RECORD (citizen), "name"));
  g_assert_cmpuint (notifies, ==, 2);

  /* A change deep down reaches the agreement. */
  log.count = 0;
  {
    PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");
    PaRecord *subgoal = pa_record_add (goal, "subgoals");

    log.count = 0;
    pa_record_set_boolean (subgoal, "reached", TRUE);
    g_assert_cmpuint (log.count, >=, 1);
    g_assert_true (log.content);
  }
  g_free (log.field);
}

static void
test_removed_item_detached (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(PaRecord) goal = NULL;
  ChangedLog log = { 0 };

  goal = g_object_ref (pa_record_add (PA_RECORD (agreement), "goals"));
  g_assert_true (pa_record_get_parent (goal) == PA_RECORD (agreement));
  g_list_store_remove (pa_record_get_list (PA_RECORD (agreement), "goals"), 0);
  g_assert_null (pa_record_get_parent (goal));

  g_signal_connect (agreement, "changed", G_CALLBACK (log_changed), &log);
  pa_record_set_string (goal, "specific", "Sortere varer");
  g_assert_cmpuint (log.count, ==, 0);
}

static void
test_approvals_cleared_by_content (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);
  PaApproval *approval;

  pa_agreement_approve (agreement, "citizen", NULL);
  pa_agreement_approve (agreement, "company", "Mentor underskrev for direktøren");
  approval = pa_agreement_get_approval (agreement, "company");
  g_assert_nonnull (pa_record_get_string (PA_RECORD (approval), "approved-at"));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (approval), "on-behalf-reason"), ==,
                   "Mentor underskrev for direktøren");
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 1);

  /* Bookkeeping keeps the approvals. */
  pa_record_set_string (record, "status", "agreed");
  pa_record_set_boolean (PA_RECORD (pa_agreement_get_checklist_item (agreement, 3)), "confirmed", TRUE);
  g_assert_true (pa_agreement_has_approvals (agreement));
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 1);

  /* Content clears them all and starts a new revision. */
  pa_record_set_double (record, "start-hours", 12.5);
  g_assert_false (pa_agreement_has_approvals (agreement));
  g_assert_null (pa_record_get_string (PA_RECORD (approval), "on-behalf-reason"));
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 2);

  /* Without approvals, edits do not bump the revision. */
  pa_record_set_double (record, "start-hours", 15);
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 2);
}

static void
test_modified_follows_edits (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);

  pa_record_set_string (record, "modified", "2020-01-01T00:00:00+01:00");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", "Netto");
  g_assert_cmpstr (pa_record_get_string (record, "modified"), >, "2026");
}

static void
test_list_maximum (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *function = pa_record_add (PA_RECORD (agreement), "work-functions");

  for (int i = 0; i < 3; i++)
    g_assert_nonnull (pa_record_add (function, "targets"));
  g_assert_null (pa_record_add (function, "targets"));
  g_assert_cmpint (pa_record_get_int (function, "start-level"), ==, 1);
}

static void
test_invalid_values_refused (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);

  if (g_test_subprocess ())
    {
      pa_record_set_string (record, "start-date", "2026-02-30");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Invalid value for agreement.start-date*");
}

static void
test_copy_equal (void)
{
  g_autoptr(PaAgreement) a = pa_test_new_full_agreement (7);
  g_autoptr(PaAgreement) b = g_object_new (PA_TYPE_AGREEMENT, NULL);

  pa_agreement_freeze_tracking (b);
  pa_record_copy_into (PA_RECORD (a), PA_RECORD (b));
  pa_agreement_thaw_tracking (b);
  g_assert_true (pa_record_equal (PA_RECORD (a), PA_RECORD (b)));

  /* One field deep down makes them differ. */
  {
    GListModel *goals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (b), "goals"));
    g_autoptr(PaRecord) goal = g_list_model_get_item (goals, 1);
    GListModel *subgoals = G_LIST_MODEL (pa_record_get_list (goal, "subgoals"));
    g_autoptr(PaRecord) subgoal = g_list_model_get_item (subgoals, 0);

    pa_record_set_boolean (subgoal, "reached", !pa_record_get_boolean (subgoal, "reached"));
    g_assert_false (pa_record_equal (PA_RECORD (a), PA_RECORD (b)));
  }
}

static void
test_duplicate (void)
{
  g_autoptr(PaAgreement) a = pa_test_new_full_agreement (11);
  g_autoptr(PaAgreement) b = NULL;
  PaRecord *rb;

  pa_agreement_approve (a, "jobcentre", NULL);
  b = pa_agreement_duplicate (a);
  rb = PA_RECORD (b);

  g_assert_cmpstr (pa_agreement_get_id (a), !=, pa_agreement_get_id (b));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (b)), "name"), ==,
                   pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (a)), "name"));
  g_assert_cmpstr (pa_record_get_string (rb, "status"), ==, "draft");
  g_assert_cmpint (pa_agreement_get_revision (b), ==, 1);
  g_assert_null (pa_record_get_string (rb, "start-date"));
  g_assert_null (pa_record_get_string (rb, "end-date"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (rb, "extensions"))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (rb, "follow-ups"))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (rb, "goals"))), ==, 2);
  g_assert_false (pa_agreement_has_approvals (b));
  g_assert_true (pa_agreement_has_approvals (a));
}

static void
test_fields_have_labels (void)
{
  guint n_types;
  const GType *types = pa_model_get_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      guint n;
      const PaField *fields = pa_record_class_get_fields (PA_RECORD_CLASS (klass), &n);

      g_assert_nonnull (pa_record_class_get_type_name (PA_RECORD_CLASS (klass)));
      for (guint i = 0; i < n; i++)
        {
          g_assert_nonnull (fields[i].label);
          g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass), fields[i].name));
        }
    }
}

/* The fields issue 7 (items 13 and 14) added: the very special need of
 * an extension, the most recent employer's CVR number and the concrete
 * assessment of a placement there. */
static PaAgreement *
agreement_with_new_fields (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *extension = pa_record_add (PA_RECORD (agreement), "extensions");

  pa_record_set_string (extension, "end-date", "2026-09-30");
  pa_record_set_string (extension, "special-need", "Tæt på fleksjob; et skift nu sætter forløbet tilbage");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "recent-employer-cvr", "12345674");
  pa_record_set_string (PA_RECORD (agreement), "recent-employer-assessment",
                        "Ny funktion på lageret, vurderet med borgeren");
  return agreement;
}

static void
assert_new_fields (PaAgreement *agreement)
{
  g_autoptr(PaRecord) extension =
    g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "extensions")), 0);

  g_assert_cmpstr (pa_record_get_string (extension, "special-need"), ==,
                   "Tæt på fleksjob; et skift nu sætter forløbet tilbage");
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "recent-employer-cvr"),
                   ==, "12345674");
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "recent-employer-assessment"), ==,
                   "Ny funktion på lageret, vurderet med borgeren");
}

/* Stored and read back, exported to XML and imported; never in the
 * company's copy. */
static void
test_new_fields_round_trip (void)
{
  g_autoptr(PaAgreement) agreement = agreement_with_new_fields ();
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaAgreement) imported = NULL;
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;
  gsize len;

  g_assert_no_error (error);
  g_assert_true (pa_store_save (store, agreement, &error));
  g_assert_no_error (error);
  loaded = pa_store_load (store, pa_agreement_get_id (agreement), &error);
  g_assert_no_error (error);
  assert_new_fields (loaded);

  full = pa_xml_write_to_string (agreement, PA_XML_VARIANT_FULL, &len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (full, "<special-need>"));
  g_assert_nonnull (strstr (full, "<recent-employer-assessment>"));
  imported = pa_xml_read_from_data (full, len, &error);
  g_assert_no_error (error);
  assert_new_fields (imported);

  company = pa_xml_write_to_string (agreement, PA_XML_VARIANT_COMPANY, &len, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (company, "special-need"));
  g_assert_null (strstr (company, "recent-employer"));

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* A database of version 2 (before the new columns) with an extension
 * opens with the extension intact and takes the new fields. */
static void
test_new_fields_migration (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaAgreement) again = NULL;
  g_autoptr(PaRecord) extension = NULL;

  pa_test_make_old_database (path, 2,
                             "INSERT INTO agreement (pk, id, status, revision, start_date, end_date) "
                             "VALUES (1, 'v2-draft', 'draft', 1, '2026-03-02', '2026-05-31');"
                             "INSERT INTO citizen (parent, position, name, recent_employer) VALUES (1, 0, 'Bo Berg', 'Netto');"
                             "INSERT INTO extension (parent, position, end_date, purpose, reason) "
                             "VALUES (1, 0, '2026-08-30', 'Kassen', 'Godt forløb');");

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);
  loaded = pa_store_load (store, "v2-draft", &error);
  g_assert_no_error (error);
  extension = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "extensions")), 0);
  g_assert_cmpstr (pa_record_get_string (extension, "reason"), ==, "Godt forløb");
  g_assert_null (pa_record_get_string (extension, "special-need"));

  pa_record_set_string (extension, "special-need", "Tæt på fleksjob; et skift nu sætter forløbet tilbage");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (loaded)), "recent-employer-cvr", "12345674");
  pa_record_set_string (PA_RECORD (loaded), "recent-employer-assessment",
                        "Ny funktion på lageret, vurderet med borgeren");
  g_assert_true (pa_store_save (store, loaded, &error));
  g_assert_no_error (error);
  again = pa_store_load (store, "v2-draft", &error);
  g_assert_no_error (error);
  assert_new_fields (again);

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* Version 4: a goal's confirmations and purpose, a work function's hours,
 * what a new employee must manage, and the company's core competences.
 * A database of version 3 with a goal and a work function opens with
 * both intact, takes the new fields, and they reach the XML documents. */
static void
test_smart_fields_migration (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v3.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaAgreement) again = NULL;
  g_autoptr(PaAgreement) imported = NULL;
  g_autoptr(PaRecord) goal = NULL;
  g_autoptr(PaRecord) function = NULL;
  g_autoptr(PaRecord) competence = NULL;
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;
  PaAgreement *copies[2];
  GListModel *competences;
  gsize len;

  pa_test_make_old_database (path, 3,
                             "INSERT INTO agreement (pk, id, status, revision, start_date, end_date) "
                             "VALUES (1, 'b1d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d', 'draft', 1, '2026-03-02', '2026-05-31');"
                             "INSERT INTO goal (pk, parent, position, specific) VALUES (1, 1, 0, 'Modtage varer alene');"
                             "INSERT INTO work_function (pk, parent, position, name, start_level) "
                             "VALUES (1, 1, 0, 'Lagermedhjælper', 1);");

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);
  loaded = pa_store_load (store, "b1d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d", &error);
  g_assert_no_error (error);
  goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "goals")), 0);
  function = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "work-functions")), 0);
  g_assert_cmpstr (pa_record_get_string (goal, "specific"), ==, "Modtage varer alene");
  g_assert_false (pa_record_get_boolean (goal, "attractive-confirmed"));
  g_assert_null (pa_record_get_string (goal, "purpose-id"));
  g_assert_cmpstr (pa_record_get_string (function, "name"), ==, "Lagermedhjælper");

  pa_record_set_boolean (goal, "attractive-confirmed", TRUE);
  pa_record_set_boolean (goal, "realistic-confirmed", TRUE);
  pa_record_set_string (goal, "purpose-id", "clarify-goal");
  pa_record_set_double (function, "hours", 12.5);
  pa_record_set_string (function, "pace", "30 kasser i timen");
  pa_record_set_string (function, "error-rate", "Højst 1 fejl om ugen");
  pa_record_set_string (function, "independence", "Starter alene om morgenen");
  competences = G_LIST_MODEL (pa_record_get_list (function, "competences"));
  competence = g_object_new (PA_TYPE_COMPETENCE, NULL);
  pa_record_set_string (competence, "name", "Tager ansvar og retter egne fejl");
  g_list_store_append (G_LIST_STORE (competences), competence);
  g_assert_true (pa_store_save (store, loaded, &error));
  g_assert_no_error (error);

  again = pa_store_load (store, "b1d7c6a2-3f4e-4b5a-9c8d-7e6f5a4b3c2d", &error);
  g_assert_no_error (error);
  full = pa_xml_write_to_string (again, PA_XML_VARIANT_FULL, &len, &error);
  g_assert_no_error (error);
  imported = pa_xml_read_from_data (full, len, &error);
  g_assert_no_error (error);
  company = pa_xml_write_to_string (again, PA_XML_VARIANT_COMPANY, &len, &error);
  g_assert_no_error (error);
  /* Goals and what the work asks are the company's business too. */
  g_assert_nonnull (strstr (company, "Tager ansvar og retter egne fejl"));
  g_assert_nonnull (strstr (company, "<purpose-id>clarify-goal</purpose-id>"));

  copies[0] = again;
  copies[1] = imported;
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autoptr(PaRecord) g = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (copies[i]), "goals")), 0);
      g_autoptr(PaRecord) f = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (copies[i]), "work-functions")), 0);
      g_autoptr(PaRecord) c = NULL;

      g_assert_true (pa_record_get_boolean (g, "attractive-confirmed"));
      g_assert_true (pa_record_get_boolean (g, "realistic-confirmed"));
      g_assert_cmpstr (pa_record_get_string (g, "purpose-id"), ==, "clarify-goal");
      g_assert_cmpfloat (pa_record_get_double (f, "hours"), ==, 12.5);
      g_assert_cmpstr (pa_record_get_string (f, "pace"), ==, "30 kasser i timen");
      g_assert_cmpstr (pa_record_get_string (f, "error-rate"), ==, "Højst 1 fejl om ugen");
      g_assert_cmpstr (pa_record_get_string (f, "independence"), ==, "Starter alene om morgenen");
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (f, "competences"))), ==, 1);
      c = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (f, "competences")), 0);
      g_assert_cmpstr (pa_record_get_string (c, "name"), ==, "Tager ansvar og retter egne fejl");
    }

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/model/new", test_new);
  g_test_add_func ("/pa/model/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/pa/model/removed-item-detached", test_removed_item_detached);
  g_test_add_func ("/pa/model/approvals-cleared-by-content", test_approvals_cleared_by_content);
  g_test_add_func ("/pa/model/modified-follows-edits", test_modified_follows_edits);
  g_test_add_func ("/pa/model/list-maximum", test_list_maximum);
  g_test_add_func ("/pa/model/invalid-values-refused", test_invalid_values_refused);
  g_test_add_func ("/pa/model/copy-equal", test_copy_equal);
  g_test_add_func ("/pa/model/duplicate", test_duplicate);
  g_test_add_func ("/pa/model/fields-have-labels", test_fields_have_labels);
  g_test_add_func ("/pa/model/new-fields/round-trip", test_new_fields_round_trip);
  g_test_add_func ("/pa/model/new-fields/migration", test_new_fields_migration);
  g_test_add_func ("/pa/model/smart-fields/migration", test_smart_fields_migration);

  return g_test_run ();
}
