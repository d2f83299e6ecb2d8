/* test-rules.c: the rule sets in data/rules and their loader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/pa-checks.h"
#include "core/pa-rules.h"

#define RULES_DIR TEST_SRCDIR "/../../data/rules"
#define RULES_2024 RULES_DIR "/rules-2024-01-01.xml"
#define RULES_2027 RULES_DIR "/rules-2027-01-01.xml"

/* A temporary folder of rules files, removed afterwards. */
typedef struct {
  char *dir;
} TmpDir;

static void
tmp_dir_setup (TmpDir        *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pa-rules-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
tmp_dir_teardown (TmpDir        *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The 2024 rules with one piece of text replaced, for the error cases. */
static char *
rules_2024_with (const char *find,
                 const char *replace)
{
  g_autofree char *contents = read_file (RULES_2024);
  GString *s = g_string_new (contents);

  g_assert_nonnull (strstr (contents, find));
  g_string_replace (s, find, replace, 1);
  return g_string_free (s, FALSE);
}

static PaRuleBook *
load_source_rules (void)
{
  g_autoptr(GPtrArray) errors = NULL;
  PaRuleBook *book = pa_rule_book_load_dir (RULES_DIR, &errors);

  g_assert_nonnull (errors);
  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s", ((GError *) g_ptr_array_index (errors, i))->message);
  g_assert_cmpuint (errors->len, ==, 0);
  return book;
}

static void
test_default_dir (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("PRAKTIKAFTALE_RULES_DIR"));
  g_autofree char *dir = NULL;
  g_autofree char *from_env = NULL;
  g_autofree char *rules = NULL;

  g_setenv ("PRAKTIKAFTALE_RULES_DIR", "/some/where/rules", TRUE);
  from_env = pa_rule_book_default_dir ();
  g_assert_cmpstr (from_env, ==, "/some/where/rules");

  /* Without the variable: the installed rules, else the source tree's;
   * either way a folder that has the 2024 rules. */
  g_unsetenv ("PRAKTIKAFTALE_RULES_DIR");
  dir = pa_rule_book_default_dir ();
  rules = g_build_filename (dir, "rules-2024-01-01.xml", NULL);
  g_assert_true (g_file_test (rules, G_FILE_TEST_IS_REGULAR));
  if (!g_file_test (PKGDATADIR "/rules", G_FILE_TEST_IS_DIR))
    g_assert_cmpstr (dir, ==, SOURCE_DATADIR "/rules");

  if (saved != NULL)
    g_setenv ("PRAKTIKAFTALE_RULES_DIR", saved, TRUE);
}

static void
test_load_dir (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();

  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 2);
  g_assert_cmpuint (pa_rule_book_get_errors (book)->len, ==, 0);
  /* Oldest first. */
  g_assert_cmpstr (pa_rule_set_get_effective_date (pa_rule_book_get_set (book, 0)), ==, "2024-01-01");
  g_assert_cmpstr (pa_rule_set_get_effective_date (pa_rule_book_get_set (book, 1)), ==, "2027-01-01");
}

static void
test_get_default (void)
{
  PaRuleBook *book = pa_rule_book_get_default ();

  g_assert_true (PA_IS_RULE_BOOK (book));
  g_assert_true (pa_rule_book_get_default () == book);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 2);
}

/* Runs in a subprocess: the default book is loaded once per process. */
static void
test_get_default_empty (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("pa-rules-empty-XXXXXX", NULL);
      PaRuleBook *book;

      g_setenv ("PRAKTIKAFTALE_RULES_DIR", dir, TRUE);
      g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "No rule set could be loaded from*");
      book = pa_rule_book_get_default ();
      g_test_assert_expected_messages ();
      g_rmdir (dir);

      g_assert_true (PA_IS_RULE_BOOK (book));
      g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 0);
      g_assert_null (pa_rule_book_get_for_date (book, NULL));
      g_assert_cmpuint (pa_rule_book_get_errors (book)->len, ==, 1);
      g_assert_true (g_error_matches (g_ptr_array_index (pa_rule_book_get_errors (book), 0),
                                      PA_RULES_ERROR, PA_RULES_ERROR_EMPTY));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_both_sets_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaRuleSet) set_2024 = NULL;
  g_autoptr(PaRuleSet) set_2027 = NULL;

  set_2024 = pa_rule_set_load_file (RULES_2024, &error);
  g_assert_no_error (error);
  set_2027 = pa_rule_set_load_file (RULES_2027, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pa_rule_set_get_effective_date (set_2024), ==, "2024-01-01");
  g_assert_cmpstr (pa_rule_set_get_effective_date (set_2027), ==, "2027-01-01");
  g_assert_nonnull (strstr (pa_rule_set_get_name (set_2027), "draft"));

  g_assert_cmpuint (pa_rule_set_get_target_groups (set_2024)->len, ==, 12);
  g_assert_cmpuint (pa_rule_set_get_target_groups (set_2027)->len, ==, 11);
  for (guint i = 0; i < pa_rule_set_get_target_groups (set_2024)->len; i++)
    {
      const PaTargetGroup *group = g_ptr_array_index (pa_rule_set_get_target_groups (set_2024), i);

      g_assert_nonnull (group->label);
      g_assert_cmpuint (strlen (group->label), >, 0);
      g_assert_cmpint (group->max_weeks, >, 0);
    }

  /* The reform renames the authority and merges two groups. */
  g_assert_nonnull (strstr (pa_rule_set_get_term (set_2024, "authority"), "jobcentret"));
  g_assert_nonnull (strstr (pa_rule_set_get_term (set_2027, "authority"), "kommunen"));
  g_assert_null (pa_rule_set_get_term (set_2024, "no-such-term"));
  g_assert_nonnull (pa_rule_set_find_target_group (set_2024, "uddannelsesparat"));
  g_assert_null (pa_rule_set_find_target_group (set_2027, "uddannelsesparat"));
  g_assert_cmpint (pa_rule_set_find_target_group (set_2027, "jobparat")->max_weeks, ==, 4);
}

static void
test_effective_date (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  const struct {
    const char *date;
    const char *effective;
  } cases[] = {
    { "2024-01-01", "2024-01-01" },
    { "2025-06-15", "2024-01-01" },
    { "2026-12-31", "2024-01-01" },
    { "2027-01-01", "2027-01-01" },
    { "2027-03-01", "2027-01-01" },
    { "2031-01-01", "2027-01-01" },
    /* Before every set: the oldest set, so an old agreement is still
     * checked against the earliest rules we know. */
    { "2020-05-01", "2024-01-01" },
    /* No date yet: the newest set. */
    { NULL, "2027-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PaRuleSet *set = pa_rule_book_get_for_date (book, cases[i].date);

      g_assert_nonnull (set);
      g_assert_cmpstr (pa_rule_set_get_effective_date (set), ==, cases[i].effective);
    }
}

static void
test_target_groups (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  PaRuleSet *set = pa_rule_book_get_for_date (book, "2025-06-15");
  const PaTargetGroup *group;
  const char * const long_groups[] = {
    "aktivitetsparat", "sygedagpenge", "jobafklaring", "ressourceforloeb",
    "revalidering", "fleksjob", "foertidspension",
  };

  group = pa_rule_set_find_target_group (set, "dagpenge");
  g_assert_nonnull (group);
  g_assert_cmpint (group->max_weeks, ==, 4);
  g_assert_cmpint (group->extension_max_weeks, ==, 0);
  g_assert_cmpint (group->extension_step_weeks, ==, 0);
  g_assert_true (group->availability_test);
  g_assert_true (group->repeat_needs_new_function);
  g_assert_false (group->close_follow_up);
  /* Issue 7, item 14: which groups may be placed at the most recent
   * employer after a concrete assessment is data; job-ready never. */
  g_assert_false (group->recent_employer_assessment);
  g_assert_nonnull (strstr (group->label, "dagpenge"));
  g_assert_cmpstr (pa_rule_set_get_group_reference (set, "dagpenge"), ==, "LAB § 61");

  for (guint i = 0; i < 3; i++)
    {
      const char *four[] = { "dagpenge", "jobparat", "uddannelsesparat" };
      group = pa_rule_set_find_target_group (set, four[i]);
      g_assert_cmpint (group->max_weeks, ==, 4);
      g_assert_cmpint (group->extension_max_weeks, ==, 0);
      g_assert_false (group->recent_employer_assessment);
    }

  group = pa_rule_set_find_target_group (set, "dimittend");
  g_assert_cmpint (group->max_weeks, ==, 8);
  g_assert_true (group->availability_test);
  g_assert_true (group->repeat_needs_new_function);
  g_assert_cmpint (pa_rule_set_find_target_group (set, "ledig-over-50")->max_weeks, ==, 8);

  for (guint i = 0; i < G_N_ELEMENTS (long_groups); i++)
    {
      group = pa_rule_set_find_target_group (set, long_groups[i]);
      g_assert_nonnull (group);
      g_assert_cmpint (group->max_weeks, ==, 13);
      g_assert_cmpint (group->extension_max_weeks, ==, 26);
      g_assert_cmpint (group->extension_step_weeks, ==, 13);
      g_assert_false (group->availability_test);
      g_assert_true (group->recent_employer_assessment);
    }
  g_assert_true (pa_rule_set_find_target_group (set, "aktivitetsparat")->close_follow_up);
  g_assert_true (pa_rule_set_find_target_group (set, "ressourceforloeb")->close_follow_up);
  g_assert_false (pa_rule_set_find_target_group (set, "sygedagpenge")->close_follow_up);
  g_assert_false (pa_rule_set_find_target_group (set, "revalidering")->close_follow_up);

  g_assert_null (pa_rule_set_find_target_group (set, "no-such-group"));
  g_assert_null (pa_rule_set_get_group_reference (set, "no-such-group"));
}

static void
test_purposes (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  PaRuleSet *set = pa_rule_book_get_for_date (book, "2025-06-15");
  GPtrArray *purposes = pa_rule_set_get_purposes (set);
  const PaPurposeRule *purpose;
  guint n_bab_60_2 = 0;

  g_assert_cmpuint (purposes->len, ==, 6);
  for (guint i = 0; i < purposes->len; i++)
    {
      purpose = g_ptr_array_index (purposes, i);
      g_assert_nonnull (purpose->label);
      if (purpose->reference != NULL && g_str_has_prefix (purpose->reference, "BAB § 60, stk. 2"))
        n_bab_60_2++;
      if (purpose->legal)
        g_assert_nonnull (purpose->reference);
      if (purpose->vitas_field != NULL)
        g_assert_nonnull (pa_rule_set_find_vitas_field (set, purpose->vitas_field));
    }
  g_assert_cmpuint (n_bab_60_2, ==, 3);

  purpose = pa_rule_set_find_purpose (set, "ordinary-hours");
  g_assert_true (purpose->legal);
  g_assert_cmpstr (purpose->reference, ==, "BAB § 60, stk. 2, nr. 1");
  g_assert_false (purpose->needs_reason);

  purpose = pa_rule_set_find_purpose (set, "availability-test");
  g_assert_true (purpose->needs_reason);

  purpose = pa_rule_set_find_purpose (set, "individual");
  g_assert_false (purpose->legal);
  g_assert_null (pa_rule_set_find_purpose (set, "no-such-purpose"));

  /* Rådighedsafprøvning only for groups with an availability test. */
  g_assert_true (pa_rule_set_purpose_applies (set, "availability-test", "dagpenge"));
  g_assert_true (pa_rule_set_purpose_applies (set, "availability-test", "dimittend"));
  g_assert_false (pa_rule_set_purpose_applies (set, "availability-test", "aktivitetsparat"));
  g_assert_false (pa_rule_set_purpose_applies (set, "availability-test", "no-such-group"));
  g_assert_true (pa_rule_set_purpose_applies (set, "job-retention", "sygedagpenge"));
  g_assert_false (pa_rule_set_purpose_applies (set, "job-retention", "dagpenge"));
  g_assert_true (pa_rule_set_purpose_applies (set, "clarify-goal", "aktivitetsparat"));
  g_assert_true (pa_rule_set_purpose_applies (set, "availability-test", NULL));
  g_assert_false (pa_rule_set_purpose_applies (set, "no-such-purpose", "dagpenge"));
}

static void
test_vitas_fields_and_hours (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  PaRuleSet *set = pa_rule_book_get_for_date (book, "2025-06-15");
  int start, end;
  gboolean weekdays_only;

  g_assert_cmpuint (pa_rule_set_get_vitas_fields (set)->len, ==, 4);
  g_assert_nonnull (strstr (pa_rule_set_find_vitas_field (set, "job-retention")->label,
                            "Arbejdsfastholdelse"));
  g_assert_null (pa_rule_set_find_vitas_field (set, "no-such-field"));

  g_assert_cmpfloat (pa_rule_set_get_full_time_hours (set), ==, 37.0);
  pa_rule_set_get_normal_hours (set, &start, &end, &weekdays_only);
  g_assert_cmpint (start, ==, 6 * 60);
  g_assert_cmpint (end, ==, 18 * 60);
  g_assert_true (weekdays_only);
  g_assert_cmpstr (pa_rule_set_get_reference (set, "hours"), ==, "LAB § 59");
  g_assert_nonnull (pa_rule_set_get_reference (set, "ratio"));
  g_assert_null (pa_rule_set_get_reference (set, "nothing"));
}

static void
test_ratio (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  const struct {
    int employees;
    int max;
  } cases[] = {
    { 0, 1 }, { 1, 1 }, { 4, 1 }, { 5, 1 }, { 6, 1 }, { 10, 2 },
    { 49, 9 }, { 50, 10 }, { 51, 10 }, { 59, 10 }, { 60, 11 }, { 100, 15 },
    { 1000, 105 },
  };
  int per_first, first_limit, per_after, minimum;

  for (guint s = 0; s < pa_rule_book_get_n_sets (book); s++)
    {
      PaRuleSet *set = pa_rule_book_get_set (book, s);

      pa_rule_set_get_ratio (set, &per_first, &first_limit, &per_after, &minimum);
      g_assert_cmpint (per_first, ==, 5);
      g_assert_cmpint (first_limit, ==, 50);
      g_assert_cmpint (per_after, ==, 10);
      g_assert_cmpint (minimum, ==, 1);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_test_message ("%d employees", cases[i].employees);
          g_assert_cmpint (pa_rule_set_max_in_placement (set, cases[i].employees), ==, cases[i].max);
        }
    }
}

static const char broken_xml[] =
  "<?xml version=\"1.0\"?>\n"                                     /* 1 */
  "<rules xmlns=\"https://praktikaftale.github.io/ns/rules/1\"\n" /* 2 */
  "       effective=\"2030-01-01\" name=\"Broken\">\n"            /* 3 */
  "  <terms>\n"                                                   /* 4 */
  "    <term id=\"authority\"><label>x</label></term>\n"          /* 5 */
  "  </terms\n"                                                   /* 6 */
  "  <vitas-fields>\n"                                            /* 7 */
  "</rules>\n";

static void
test_malformed (TmpDir        *fixture,
                gconstpointer  user_data)
{
  g_autofree char *good = read_file (RULES_2024);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PaRuleBook) book = NULL;
  const GError *error;

  write_file (fixture->dir, "rules-2024-01-01.xml", good);
  write_file (fixture->dir, "rules-2030-01-01.xml", broken_xml);

  book = pa_rule_book_load_dir (fixture->dir, &errors);

  /* The good set still applies, also on dates the broken one meant to cover. */
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 1);
  g_assert_cmpstr (pa_rule_set_get_effective_date (pa_rule_book_get_for_date (book, "2030-06-01")),
                   ==, "2024-01-01");

  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_cmpuint (pa_rule_book_get_errors (book)->len, ==, 1);
  error = g_ptr_array_index (errors, 0);
  g_test_message ("%s", error->message);
  g_assert_error ((GError *) error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "rules-2030-01-01.xml, line "));
  /* The unclosed </terms is noticed where the next tag starts. */
  g_assert_true (g_str_has_prefix (error->message, "rules-2030-01-01.xml, line 6: ") ||
                 g_str_has_prefix (error->message, "rules-2030-01-01.xml, line 7: "));
  g_assert_null (strstr (error->message, "Error on line"));
}

static void
test_missing_attribute (TmpDir        *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "rules-2024-01-01.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PaRuleSet) set = NULL;
  int line = 0;

  contents = rules_2024_with ("<target-group id=\"jobparat\" reference=\"LAB § 61\" max-weeks=\"4\">",
                              "<target-group id=\"jobparat\" reference=\"LAB § 61\">");
  write_file (fixture->dir, "rules-2024-01-01.xml", contents);

  /* The line of the changed tag, counted in the file. */
  for (const char *p = contents; p < strstr (contents, "id=\"jobparat\""); p++)
    line += *p == '\n';
  line++;

  set = pa_rule_set_load_file (path, &error);
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_test_message ("%s", error->message);
  {
    g_autofree char *prefix = g_strdup_printf ("rules-2024-01-01.xml, line %d: ", line);
    g_assert_true (g_str_has_prefix (error->message, prefix));
  }
  g_assert_nonnull (strstr (error->message, "max-weeks"));
}

/* Well-formed files with wrong values: each is refused as INVALID with
 * a message that says what is wrong. */
static void
test_invalid_values (TmpDir        *fixture,
                     gconstpointer  user_data)
{
  const struct {
    const char *find;
    const char *replace;
    const char *says;
  } cases[] = {
    { "max-weeks=\"4\"", "max-weeks=\"0\"", "max-weeks" },
    { "max-weeks=\"4\"", "max-weeks=\"four\"", "four" },
    { "effective=\"2024-01-01\"", "effective=\"2024-02-30\"", "2024-02-30" },
    { "effective=\"2024-01-01\"", "effective=\"1.1.2024\"", "1.1.2024" },
    { "id=\"jobparat\"", "id=\"dagpenge\"", "dagpenge" },
    { "id=\"goal-clarification\"", "id=\"job-retention\"", "job-retention" },
    { "close-follow-up=\"true\"", "close-follow-up=\"yes please\"", "yes please" },
    { "recent-employer-assessment=\"true\"", "recent-employer-assessment=\"maybe\"", "maybe" },
    { "extension-max-weeks=\"26\"", "extension-max-weeks=\"10\"", "extension-max-weeks" },
    { "<hours ", "<hours colour=\"blue\" ", "colour" },
    { "<terms>", "<terms><glossary/>", "glossary" },
    { "vitas-field=\"job-retention\"", "vitas-field=\"nowhere\"", "vitas-field" },
    { "groups=\"sygedagpenge jobafklaring\"", "groups=\"sygedagpenge nobody\"", "nobody" },
    { "day-end=\"18:00\"", "day-end=\"25:00\"", "25:00" },
    { "full-time=\"37\"", "full-time=\"200\"", "200" },
    { "<label>Sickness benefit (sygedagpenge)</label>", "<label>  </label>", "<label>" },
    { "<label>Sickness benefit (sygedagpenge)</label>", "", "<label>" },
    { "xmlns=\"https://praktikaftale.github.io/ns/rules/1\"",
      "xmlns=\"https://praktikaftale.github.io/ns/rules/2\"", "namespace" },
    /* The messages of the checks. */
    { "<message code=\"cvr-invalid\" severity=\"error\">",
      "<message code=\"cvr-invalid\" severity=\"fatal\">", "fatal" },
    { "code=\"cvr-invalid\"", "code=\"cvr-invalide\"", "cvr-invalide" },
    { "code=\"cvr-invalid\"", "code=\"cpr-invalid\"", "used twice" },
    { "code=\"cvr-invalid\"", "code=\"CVR invalid\"", "CVR invalid" },
    { "<message code=\"cvr-invalid\"", "<message lang=\"en\" code=\"cvr-invalid\"", "lang" },
    { "<message code=\"cvr-invalid\" severity=\"error\">",
      "<message code=\"cvr-invalid\" severity=\"error\" reference=\" \">", "reference" },
    { "<message code=\"cvr-invalid\" severity=\"error\">",
      "<message code=\"cvr-invalid\">", "severity" },
    { "{field}: “{value}” is not an e-mail", "{feild}: “{value}” is not an e-mail", "{feild}" },
    /* A placeholder another check has, but not this one. */
    { "{field}: “{value}” is not an e-mail", "{field}: “{weeks}” is not an e-mail", "{weeks}" },
    { "{field}: “{value}” is not an e-mail", "{field: “{value}” is not an e-mail", "does not start" },
    { "{field}: “{value}” is not an e-mail", "{Field}: “{value}” is not an e-mail", "does not start" },
    { "name@example.dk.</text>", "name@example.dk.}</text>", "without" },
    { "<text>Fill in “{field}”, so that the period can be checked.</text>", "<text>\n </text>",
      "<text> is empty" },
    { "<text>Fill in “{field}”, so that the period can be checked.</text>", "",
      "<message> has no <text>" },
    { "<text>Fill in “{field}”, so that the period can be checked.</text>",
      "<text>Fill in {field}.</text><text>Again.</text>", "more than one <text>" },
    { "<text>Fill in “{field}”, so that the period can be checked.</text>",
      "<label>Fill in {field}.</label>", "<label> is not expected" },
    { "<label>Sickness benefit (sygedagpenge)</label>", "<text>Sickness benefit</text>",
      "<text> is not expected" },
    { "<message code=\"cvr-invalid\" severity=\"error\">",
      "<message code=\"cvr-invalid\" severity=\"error\"><note/>", "note" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "rules-2024-01-01.xml", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = rules_2024_with (cases[i].find, cases[i].replace);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaRuleSet) set = NULL;

      write_file (fixture->dir, "rules-2024-01-01.xml", contents);
      set = pa_rule_set_load_file (path, &error);
      g_test_message ("%s -> %s", cases[i].replace, error ? error->message : "(loaded)");
      g_assert_null (set);
      g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "rules-2024-01-01.xml, line "));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static void
test_messages (void)
{
  g_autoptr(PaRuleBook) book = load_source_rules ();
  const char * const *codes = pa_finding_codes_get_all ();

  for (guint s = 0; s < pa_rule_book_get_n_sets (book); s++)
    {
      PaRuleSet *set = pa_rule_book_get_set (book, s);
      const PaRuleMessage *message;

      /* One text per code the checks use, no more. */
      g_assert_cmpuint (pa_rule_set_get_messages (set)->len, ==, g_strv_length ((char **) codes));
      for (guint i = 0; codes[i] != NULL; i++)
        {
          message = pa_rule_set_find_message (set, codes[i]);
          g_assert_nonnull (message);
          g_assert_cmpstr (message->code, ==, codes[i]);
          /* Folded to single spaces, as xgettext extracts it. */
          g_assert_null (strchr (message->text, '\n'));
          g_assert_null (strstr (message->text, "  "));
          g_assert_false (g_ascii_isspace (message->text[0]));
          g_assert_false (g_ascii_isspace (message->text[strlen (message->text) - 1]));
          g_assert_true (message->reference == NULL || *message->reference != '\0');
        }

      message = pa_rule_set_find_message (set, "duration-over-maximum");
      g_assert_cmpint (message->severity, ==, PA_SEVERITY_ERROR);
      g_assert_cmpstr (message->reference, ==, "LAB § 61, stk. 1");
      g_assert_nonnull (strstr (message->text, "at most {max_weeks} weeks"));

      message = pa_rule_set_find_message (set, "extension-beyond-limit");
      g_assert_cmpint (message->severity, ==, PA_SEVERITY_WARNING);
      message = pa_rule_set_find_message (set, "target-group-missing");
      g_assert_cmpint (message->severity, ==, PA_SEVERITY_INFO);
      g_assert_null (message->reference);

      message = pa_rule_set_find_message (set, "cvr-invalid");
      g_assert_cmpstr (message->text, ==,
                       "The CVR number is not valid. Check the eight digits against the "
                       "company's papers or cvr.dk.");
      g_assert_null (pa_rule_set_find_message (set, "no-such-code"));
    }
}

/* The 2024 rules without the element that starts with @start. */
static char *
rules_2024_without (const char *start,
                    const char *end_tag)
{
  g_autofree char *contents = read_file (RULES_2024);
  const char *from = strstr (contents, start);
  const char *to = from ? strstr (from, end_tag) : NULL;
  GString *s;

  g_assert_nonnull (to);
  s = g_string_new_len (contents, from - contents);
  g_string_append (s, to + strlen (end_tag));
  return g_string_free (s, FALSE);
}

static int
line_of (const char *contents,
         const char *text)
{
  const char *at = strstr (contents, text);
  int line = 1;

  g_assert_nonnull (at);
  for (const char *p = contents; p < at; p++)
    line += *p == '\n';
  return line;
}

/* A placeholder error names the line where the text starts, though
 * the text runs over two lines. */
static void
test_message_placeholder_line (TmpDir        *fixture,
                               gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "rules-2024-01-01.xml", NULL);
  g_autofree char *contents = rules_2024_with ("{field}: “{value}” is not an e-mail address",
                                               "{fields}: “{value}” is not an e-mail address");
  g_autofree char *prefix = g_strdup_printf ("rules-2024-01-01.xml, line %d: ",
                                             line_of (contents, "{fields}"));
  g_autoptr(GError) error = NULL;

  write_file (fixture->dir, "rules-2024-01-01.xml", contents);
  g_assert_null (pa_rule_set_load_file (path, &error));
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, "“email-invalid”"));
  g_assert_nonnull (strstr (error->message, "{fields}"));
}

/* A code the checks need, without its text: the file is refused, at
 * the line of <messages>, naming the code. */
static void
test_missing_message (TmpDir        *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "rules-2024-01-01.xml", NULL);
  g_autofree char *contents = rules_2024_without ("<message code=\"ratio-exceeded\"", "</message>");
  g_autofree char *prefix = g_strdup_printf ("rules-2024-01-01.xml, line %d: ",
                                             line_of (contents, "<messages>"));
  g_autofree char *no_messages = rules_2024_without ("<messages>", "</messages>");
  g_autofree char *rules_2027 = read_file (RULES_2027);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PaRuleBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PaRuleSet) set = NULL;
  const GError *book_error;

  g_assert_null (strstr (contents, "ratio-exceeded"));
  write_file (fixture->dir, "rules-2024-01-01.xml", contents);
  set = pa_rule_set_load_file (path, &error);
  g_test_message ("%s", error ? error->message : "(loaded)");
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, "“ratio-exceeded”"));

  /* In a folder, the other set still applies. */
  write_file (fixture->dir, "rules-2027-01-01.xml", rules_2027);
  book = pa_rule_book_load_dir (fixture->dir, &errors);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 1);
  g_assert_cmpuint (errors->len, ==, 1);
  book_error = g_ptr_array_index (errors, 0);
  g_assert_error ((GError *) book_error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (book_error->message, prefix));

  /* Without <messages> at all. */
  g_clear_error (&error);
  write_file (fixture->dir, "rules-2024-01-01.xml", no_messages);
  g_assert_null (pa_rule_set_load_file (path, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "rules-2024-01-01.xml, line "));
  g_assert_nonnull (strstr (error->message, "<messages>"));
}

static void
test_not_rules (TmpDir        *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaRuleSet) set = NULL;

  write_file (fixture->dir, "other.xml", "<?xml version=\"1.0\"?>\n<schemalist/>\n");
  set = pa_rule_set_load_file (path, &error);
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "other.xml, line 2: "));
  g_clear_error (&error);

  write_file (fixture->dir, "other.xml", "");
  set = pa_rule_set_load_file (path, &error);
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "other.xml"));
}

/* A pipe named like a rules file is refused at once, not waited on; a
 * file larger than any rules file is not read into memory. */
static void
test_special_files (TmpDir        *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *pipe = g_build_filename (fixture->dir, "rules-2030-01-01.xml", NULL);
  g_autofree char *huge = g_build_filename (fixture->dir, "rules-2031-01-01.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaRuleSet) set = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PaRuleBook) book = NULL;
  g_autofree char *padding = g_strnfill (5 * 1024 * 1024, ' ');
  GStatBuf st;

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  set = pa_rule_set_load_file (pipe, &error);
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "rules-2030-01-01.xml is not an ordinary file but a folder, a device or a pipe, so it cannot be read.");
  g_clear_error (&error);

  write_file (fixture->dir, "rules-2031-01-01.xml", padding);
  set = pa_rule_set_load_file (huge, &error);
  g_assert_null (set);
  g_assert_error (error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "The file rules-2031-01-01.xml is too large"));
  g_clear_error (&error);

  /* In a folder of rules, both are reported and the pipe left alone. */
  book = pa_rule_book_load_dir (fixture->dir, &errors);
  g_assert_nonnull (errors);
  g_assert_cmpuint (errors->len, >=, 2);
  g_assert_cmpint (g_stat (pipe, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

static void
test_same_effective_date (TmpDir        *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *good = read_file (RULES_2024);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PaRuleBook) book = NULL;

  write_file (fixture->dir, "rules-2024-01-01.xml", good);
  /* Sorts after the original, so the copy is the one refused. */
  write_file (fixture->dir, "rules-2024-01-01x.xml", good);
  book = pa_rule_book_load_dir (fixture->dir, &errors);

  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 1);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (errors, 0), PA_RULES_ERROR, PA_RULES_ERROR_INVALID);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (errors, 0))->message,
                            "rules-2024-01-01x.xml"));
}

static void
test_empty_dir (TmpDir        *fixture,
                gconstpointer  user_data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(PaRuleBook) book = NULL;
  g_autoptr(PaRuleBook) book2 = NULL;

  /* Files that are not *.xml are not rule sets. */
  write_file (fixture->dir, "README", "not rules");
  book = pa_rule_book_load_dir (fixture->dir, &errors);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book), ==, 0);
  g_assert_null (pa_rule_book_get_for_date (book, "2025-01-01"));
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (errors, 0), PA_RULES_ERROR, PA_RULES_ERROR_EMPTY);

  /* A missing folder: the same, and the errors are appended. */
  book2 = pa_rule_book_load_dir (missing, &errors);
  g_assert_cmpuint (pa_rule_book_get_n_sets (book2), ==, 0);
  g_assert_cmpuint (errors->len, >=, 2);
  g_assert_error ((GError *) g_ptr_array_index (errors, 1), PA_RULES_ERROR, PA_RULES_ERROR_EMPTY);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (errors, 1))->message, missing));
}

int
main (int   argc,
      char *argv[])
{
  /* The default book is loaded once; point it at the source tree. */
  g_setenv ("PRAKTIKAFTALE_RULES_DIR", RULES_DIR, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/rules/default-dir", test_default_dir);
  g_test_add_func ("/pa/rules/load-dir", test_load_dir);
  g_test_add_func ("/pa/rules/get-default", test_get_default);
  g_test_add_func ("/pa/rules/get-default-empty", test_get_default_empty);
  g_test_add_func ("/pa/rules/both-sets-load", test_both_sets_load);
  g_test_add_func ("/pa/rules/effective-date", test_effective_date);
  g_test_add_func ("/pa/rules/target-groups", test_target_groups);
  g_test_add_func ("/pa/rules/purposes", test_purposes);
  g_test_add_func ("/pa/rules/vitas-fields-and-hours", test_vitas_fields_and_hours);
  g_test_add_func ("/pa/rules/ratio", test_ratio);
  g_test_add ("/pa/rules/malformed", TmpDir, NULL, tmp_dir_setup, test_malformed, tmp_dir_teardown);
  g_test_add ("/pa/rules/missing-attribute", TmpDir, NULL,
              tmp_dir_setup, test_missing_attribute, tmp_dir_teardown);
  g_test_add ("/pa/rules/invalid-values", TmpDir, NULL,
              tmp_dir_setup, test_invalid_values, tmp_dir_teardown);
  g_test_add_func ("/pa/rules/messages", test_messages);
  g_test_add ("/pa/rules/message-placeholder-line", TmpDir, NULL,
              tmp_dir_setup, test_message_placeholder_line, tmp_dir_teardown);
  g_test_add ("/pa/rules/missing-message", TmpDir, NULL,
              tmp_dir_setup, test_missing_message, tmp_dir_teardown);
  g_test_add ("/pa/rules/not-rules", TmpDir, NULL, tmp_dir_setup, test_not_rules, tmp_dir_teardown);
  g_test_add ("/pa/rules/special-files", TmpDir, NULL, tmp_dir_setup, test_special_files, tmp_dir_teardown);
  g_test_add ("/pa/rules/same-effective-date", TmpDir, NULL,
              tmp_dir_setup, test_same_effective_date, tmp_dir_teardown);
  g_test_add ("/pa/rules/empty-dir", TmpDir, NULL, tmp_dir_setup, test_empty_dir, tmp_dir_teardown);

  return g_test_run ();
}
