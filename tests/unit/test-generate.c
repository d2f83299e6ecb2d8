/* test-generate.c: the synthetic drafts of bench/ are valid, lawful and realistic
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The benchmarks are only worth their figures if the drafts they measure
 * look like real ones, so the generator is held to the same rules as a
 * consultant: known target groups and purposes, durations within LAB § 61,
 * valid CVR numbers, at least one goal, and a store round trip.
 */
#include "config.h"

#include "core/pa-checks.h"
#include "core/pa-rules.h"
#include "core/pa-validate.h"
#include "store/pa-store.h"
#include "../../bench/pa-generate.h"
#include "../common/pa-test-util.h"

#define N_DRAFTS 200
#define SEED     20240101

static GPtrArray *
generate (guint32 seed,
          guint   n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *drafts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (drafts, pa_generate_agreement (rand));
  return drafts;
}

static const char *
citizen_string (PaAgreement *agreement,
                const char  *field)
{
  return pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), field);
}

static const char *
company_string (PaAgreement *agreement,
                const char  *field)
{
  return pa_record_get_string (PA_RECORD (pa_agreement_get_company (agreement)), field);
}

static guint
list_length (PaRecord   *record,
             const char *field)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, field)));
}

/* The last day of the placement, extensions included. */
static void
final_end (PaAgreement *agreement,
           GDate       *out)
{
  GListModel *extensions = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "extensions"));
  guint n = g_list_model_get_n_items (extensions);

  g_assert_true (pa_validate_iso_date (pa_record_get_string (PA_RECORD (agreement), "end-date"), out, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
      GDate date;

      g_assert_true (pa_validate_iso_date (pa_record_get_string (extension, "end-date"), &date, NULL));
      g_assert_cmpint (g_date_compare (&date, out), >, 0);
      *out = date;
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) drafts = generate (SEED, N_DRAFTS);
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(GListModel) list = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < drafts->len; i++)
    {
      pa_store_save (store, g_ptr_array_index (drafts, i), &error);
      g_assert_no_error (error);
    }

  /* Read back through a new connection, as the app after a restart. */
  g_clear_object (&store);
  store = pa_store_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < drafts->len; i++)
    {
      PaAgreement *saved = g_ptr_array_index (drafts, i);
      g_autoptr(PaAgreement) loaded = pa_store_load (store, pa_agreement_get_id (saved), &error);

      g_assert_no_error (error);
      g_assert_true (pa_record_equal (PA_RECORD (saved), PA_RECORD (loaded)));
    }

  list = pa_store_list_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_DRAFTS);

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

static PaRuleBook *
load_rules (void)
{
  const char *env = g_getenv ("PRAKTIKAFTALE_RULES_DIR");
  g_autofree char *dir = g_strdup (env ? env : SOURCE_DATADIR "/rules");
  g_autoptr(GPtrArray) errors = NULL;
  PaRuleBook *book = pa_rule_book_load_dir (dir, &errors);

  g_assert_nonnull (book);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), >, 0);
  return book;
}

/* Every draft within the law in force on its start date. */
static void
test_rules (void)
{
  g_autoptr(GPtrArray) drafts = generate (SEED, N_DRAFTS);
  g_autoptr(PaRuleBook) book = load_rules ();

  for (guint i = 0; i < drafts->len; i++)
    {
      PaAgreement *agreement = g_ptr_array_index (drafts, i);
      PaRecord *record = PA_RECORD (agreement);
      PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
      const char *group_id = citizen_string (agreement, "target-group");
      PaRuleSet *rules = pa_rule_book_get_for_date (book, pa_record_get_string (record, "start-date"));
      const PaTargetGroup *group;
      GListModel *purposes = G_LIST_MODEL (pa_record_get_list (record, "purposes"));
      GDate start, end;
      int weeks;

      g_assert_true (g_strv_contains (pa_generate_target_groups, group_id));
      group = pa_rule_set_find_target_group (rules, group_id);
      g_assert_nonnull (group);

      g_assert_cmpuint (g_list_model_get_n_items (purposes), >, 0);
      for (guint p = 0; p < g_list_model_get_n_items (purposes); p++)
        {
          g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, p);
          const char *id = pa_record_get_string (purpose, "purpose-id");

          g_assert_nonnull (pa_rule_set_find_purpose (rules, id));
          g_assert_true (pa_rule_set_purpose_applies (rules, id, group_id));
        }

      g_assert_true (pa_validate_iso_date (pa_record_get_string (record, "start-date"), &start, NULL));
      final_end (agreement, &end);
      g_assert_true (pa_validate_period (pa_record_get_string (record, "start-date"),
                                         pa_record_get_string (record, "end-date"), NULL));
      weeks = (g_date_days_between (&start, &end) + 7) / 7;
      if (list_length (record, "extensions") > 0)
        g_assert_cmpint (weeks, <=, group->extension_max_weeks);
      else
        g_assert_cmpint (weeks, <=, group->max_weeks);

      g_assert_cmpfloat (pa_record_get_double (record, "start-hours"), >=, 2);
      g_assert_cmpfloat (pa_record_get_double (record, "start-hours"), <=,
                         pa_rule_set_get_full_time_hours (rules));

      /* The ratio rule counts this placement too. */
      g_assert_cmpint (pa_record_get_int (company, "placements-in-use") + 1, <=,
                       pa_rule_set_max_in_placement (rules, pa_record_get_int (company, "employees")));
    }
}

static void
test_identifiers (void)
{
  g_autoptr(GPtrArray) drafts = generate (SEED, N_DRAFTS);

  for (guint i = 0; i < drafts->len; i++)
    {
      PaAgreement *agreement = g_ptr_array_index (drafts, i);
      PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
      g_autoptr(GError) error = NULL;
      const char *email = citizen_string (agreement, "email");

      pa_validate_cvr (company_string (agreement, "cvr"), &error);
      g_assert_no_error (error);
      pa_validate_p_number (company_string (agreement, "p-number"), &error);
      g_assert_no_error (error);
      pa_validate_cpr (citizen_string (agreement, "cpr"), &error);
      g_assert_no_error (error);
      if (email != NULL)
        {
          pa_validate_email ("E-mail", email, &error);
          g_assert_no_error (error);
        }
      pa_validate_email ("E-mail", company_string (agreement, "contact-email"), &error);
      g_assert_no_error (error);

      g_assert_cmpint (pa_record_get_int (company, "employees"), >=, 2);

      /* No placement where the citizen last worked. */
      g_assert_cmpstr (citizen_string (agreement, "recent-employer"), !=, company_string (agreement, "name"));
    }
}

static gboolean
has_script (const char    *text,
            GUnicodeScript script)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == script)
      return TRUE;
  return FALSE;
}

/* The mix of domain.md § 10: about 60 % dagpenge, names from several
 * origins written in their own scripts too. */
static void
test_shares (void)
{
  g_autoptr(GPtrArray) drafts = generate (SEED, N_DRAFTS);
  guint dagpenge = 0, far = 0, arabic = 0, ethiopic = 0, interpreter = 0, restricted = 0;

  for (guint i = 0; i < drafts->len; i++)
    {
      PaAgreement *agreement = g_ptr_array_index (drafts, i);
      const char *group = citizen_string (agreement, "target-group");
      const char *name = citizen_string (agreement, "name");

      /* Everybody on dagpenge: dimittender and ledige over 50 too. */
      dagpenge += g_str_equal (group, "dagpenge") || g_str_equal (group, "dimittend") ||
                  g_str_equal (group, "ledig-over-50");
      far += g_str_equal (group, "aktivitetsparat") || g_str_equal (group, "sygedagpenge") ||
             g_str_equal (group, "jobafklaring") || g_str_equal (group, "ressourceforloeb");
      arabic += has_script (name, G_UNICODE_SCRIPT_ARABIC);
      ethiopic += has_script (name, G_UNICODE_SCRIPT_ETHIOPIC);
      interpreter += pa_record_get_boolean (PA_RECORD (pa_agreement_get_citizen (agreement)),
                                            "needs-interpreter");
      restricted += list_length (PA_RECORD (agreement), "restrictions") > 0;
    }

  g_assert_cmpuint (dagpenge * 100, >=, 50 * N_DRAFTS);
  g_assert_cmpuint (dagpenge * 100, <=, 70 * N_DRAFTS);
  g_assert_cmpuint (far * 100, >=, 25 * N_DRAFTS);
  g_assert_cmpuint (arabic, >, 0);
  g_assert_cmpuint (ethiopic, >, 0);
  g_assert_cmpuint (interpreter, >, 0);
  g_assert_cmpuint (restricted, >, 0);
}

static void
check_date_in (const char  *iso,
               const GDate *first,
               const GDate *last)
{
  GDate date;

  g_assert_true (pa_validate_iso_date (iso, &date, NULL));
  g_assert_cmpint (g_date_compare (&date, first), >=, 0);
  g_assert_cmpint (g_date_compare (&date, last), <=, 0);
}

/* Goals with sub-goals dated within the placement, work functions with
 * tasks, and working days with a start before the end. */
static void
test_content (void)
{
  g_autoptr(GPtrArray) drafts = generate (SEED, N_DRAFTS);

  for (guint i = 0; i < drafts->len; i++)
    {
      PaRecord *record = g_ptr_array_index (drafts, i);
      GListModel *goals = G_LIST_MODEL (pa_record_get_list (record, "goals"));
      GListModel *days = G_LIST_MODEL (pa_record_get_list (record, "workdays"));
      GDate start, end;

      g_assert_true (pa_validate_iso_date (pa_record_get_string (record, "start-date"), &start, NULL));
      final_end (PA_AGREEMENT (record), &end);

      g_assert_cmpuint (g_list_model_get_n_items (goals), >=, 1);
      for (guint g = 0; g < g_list_model_get_n_items (goals); g++)
        {
          g_autoptr(PaRecord) goal = g_list_model_get_item (goals, g);
          GListModel *subgoals = G_LIST_MODEL (pa_record_get_list (goal, "subgoals"));

          g_assert_nonnull (pa_record_get_string (goal, "specific"));
          g_assert_nonnull (pa_record_get_string (goal, "measure"));
          check_date_in (pa_record_get_string (goal, "deadline"), &start, &end);
          g_assert_cmpuint (g_list_model_get_n_items (subgoals), >=, 1);
          for (guint s = 0; s < g_list_model_get_n_items (subgoals); s++)
            {
              g_autoptr(PaRecord) subgoal = g_list_model_get_item (subgoals, s);

              check_date_in (pa_record_get_string (subgoal, "date"), &start, &end);
            }
        }

      g_assert_cmpuint (list_length (record, "work-functions"), >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (days), >=, 2);
      for (guint d = 0; d < g_list_model_get_n_items (days); d++)
        {
          g_autoptr(PaRecord) day = g_list_model_get_item (days, d);

          g_assert_cmpint (pa_record_get_int (day, "weekday"), <=, 5);
          g_assert_cmpstr (pa_record_get_string (day, "start-time"), <, pa_record_get_string (day, "end-time"));
        }

      g_assert_cmpuint (list_length (record, "follow-ups"), >=, 1);
      g_assert_cmpstr (pa_record_get_string (record, "created"), <=, pa_record_get_string (record, "modified"));
    }
}

static void
test_deterministic (void)
{
  g_autoptr(GPtrArray) a = generate (SEED, 20);
  g_autoptr(GPtrArray) b = generate (SEED, 20);
  g_autoptr(GPtrArray) c = generate (SEED + 1, 20);
  guint differ = 0;

  for (guint i = 0; i < a->len; i++)
    {
      PaRecord *ra = g_ptr_array_index (a, i);
      PaRecord *rb = g_ptr_array_index (b, i);
      PaRecord *rc = g_ptr_array_index (c, i);

      /* Ids are fresh every time: pa_agreement_new() makes them. */
      g_assert_cmpstr (pa_agreement_get_id (PA_AGREEMENT (ra)), !=, pa_agreement_get_id (PA_AGREEMENT (rb)));
      pa_agreement_freeze_tracking (PA_AGREEMENT (rb));
      pa_agreement_freeze_tracking (PA_AGREEMENT (rc));
      pa_record_set_string (rb, "id", pa_agreement_get_id (PA_AGREEMENT (ra)));
      pa_record_set_string (rc, "id", pa_agreement_get_id (PA_AGREEMENT (ra)));

      g_assert_true (pa_record_equal (ra, rb));
      differ += !pa_record_equal (ra, rc);
    }
  g_assert_cmpuint (differ, ==, a->len);
}

/* More drafts than one batch, into a new file. */
static void
test_database (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) found = NULL;

  g_assert_true (pa_generate_database (path, 300, 7, &error));
  g_assert_no_error (error);

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pa_store_check_integrity (store, &error));
  list = pa_store_list_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 300);

  /* The search index was written along with the drafts. */
  found = pa_store_search (store, "modtage varer", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (found), <, 300);

  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* Realistic drafts are lawful ones: the rules engine finds no errors. */
static void
test_no_rule_errors (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);

  for (int i = 0; i < 500; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_generate_agreement (rand);
      g_autoptr(GPtrArray) findings = pa_check_agreement (agreement, NULL, NULL);

      for (guint j = 0; j < findings->len; j++)
        {
          PaFinding *finding = g_ptr_array_index (findings, j);

          if (finding->severity == PA_SEVERITY_ERROR)
            g_error ("draft %d: %s at %s: %s", i, finding->code, finding->field, finding->message);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/bench/generate/round-trip", test_round_trip);
  g_test_add_func ("/pa/bench/generate/rules", test_rules);
  g_test_add_func ("/pa/bench/generate/identifiers", test_identifiers);
  g_test_add_func ("/pa/bench/generate/shares", test_shares);
  g_test_add_func ("/pa/bench/generate/content", test_content);
  g_test_add_func ("/pa/bench/generate/deterministic", test_deterministic);
  g_test_add_func ("/pa/bench/generate/database", test_database);
  g_test_add_func ("/pa/bench/generate/no-rule-errors", test_no_rule_errors);

  return g_test_run ();
}
