/* test-restriction-checks.c: the diagnosis guard and consent in the company copy
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A shared restriction whose reformulation names a diagnosis, and any
 * free text that reaches the company copy naming one, give a warning at
 * the field (issue 10). The XML company copy holds a restriction only
 * with consent, and then only its reformulation and measures.
 */
#include "config.h"

#include <string.h>

#include "core/pa-checks.h"
#include "core/pa-privacy.h"
#include "core/pa-restriction-analysis.h"
#include "docs/pa-xml-writer.h"
#include "../common/pa-test-util.h"

#define RULES_DIR TEST_SRCDIR "/../../data/rules"

static PaRuleBook *book;
static PaRuleSet *rules;

static PaRecord *
add_restriction (PaAgreement *agreement,
                 const char  *original,
                 const char  *reformulation,
                 gboolean     consent)
{
  PaRecord *restriction = pa_record_add (PA_RECORD (agreement), "restrictions");

  pa_record_set_string (restriction, "original", original);
  pa_record_set_string (restriction, "reformulation", reformulation);
  pa_record_set_boolean (restriction, "consent", consent);
  return restriction;
}

/* The fields of the findings with @code, in the order pa_check_agreement
 * sorts them (the fields' order in the model) */
static GStrv
fields_with (PaAgreement *agreement,
             const char  *code)
{
  g_autoptr(GPtrArray) findings = pa_check_agreement (agreement, rules, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < findings->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (findings, i);

      if (!g_str_equal (finding->code, code))
        continue;
      g_assert_cmpint (finding->severity, ==, PA_SEVERITY_WARNING);
      g_assert_nonnull (finding->message);
      g_assert_null (strchr (finding->message, '{'));
      g_strv_builder_add (builder, finding->field);
    }
  return g_strv_builder_end (builder);
}

static void
assert_fields (GStrv        got,
               const char **want)
{
  g_autofree char *joined = g_strjoinv (", ", got);

  if (!g_strv_equal ((const char * const *) got, want))
    g_test_fail_printf ("findings at [%s]", joined);
}

static void
test_diagnosis_words (void)
{
  static const char *hits[] = {
    "Jeg lider af angst", "Har fået diagnosen angst for et år siden",
    "Hun har ADHD", "Han tager Ritalin om morgenen", "depression", "Jeg har autisme",
  };
  static const char *misses[] = {
    "Jeg er bange for at komme for sent", "Jeg bliver nervøs blandt fremmede",
    "Jeg arbejder bedst med pauser", "Sortere varer alene 3 dage om ugen", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hits); i++)
    {
      g_autoptr(GPtrArray) found = pa_restriction_find_diagnoses (NULL, hits[i]);

      if (found->len == 0)
        g_test_fail_printf ("no diagnosis in “%s”", hits[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (misses); i++)
    {
      g_autoptr(GPtrArray) found = pa_restriction_find_diagnoses (NULL, misses[i]);

      if (found->len != 0)
        g_test_fail_printf ("“%s” taken for %s", misses[i], (char *) g_ptr_array_index (found, 0));
    }
}

static void
test_shared_restriction (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_auto(GStrv) got = NULL;
  static const char *want[] = { "restrictions/1/reformulation", "restrictions/3/reformulation", NULL };

  /* 0: names a diagnosis, but is not shared */
  add_restriction (agreement, "Jeg har angst", "Jeg lider af angst og arbejder bedst alene", FALSE);
  /* 1: shared and names a diagnosis */
  add_restriction (agreement, "Jeg har ADHD", "Jeg har ADHD og arbejder bedst med én opgave ad gangen", TRUE);
  /* 2: shared, the need without the diagnosis */
  add_restriction (agreement, "Jeg er bange for at komme for sent",
                   "Jeg arbejder bedst med faste mødetider", TRUE);
  /* 3: shared and names a medication */
  add_restriction (agreement, "Jeg er træt", "Jeg tager Sertralin og har brug for pauser", TRUE);

  got = fields_with (agreement, "restriction-diagnosis-shared");
  assert_fields (got, want);
}

static void
test_company_texts (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *root = PA_RECORD (agreement);
  PaRecord *goal0 = pa_record_add (root, "goals");
  PaRecord *goal1 = pa_record_add (root, "goals");
  PaRecord *follow_up = pa_record_add (root, "follow-ups");
  g_auto(GStrv) got = NULL;
  g_auto(GStrv) none = NULL;
  static const char *want[] = {
    "citizen/job-goal", "goals/0/specific", "goals/1/measure",
    "follow-ups/0/participants", "follow-ups/0/agenda", NULL,
  };
  static const char *empty[] = { NULL };

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "job-goal",
                        "Lagerarbejde, selvom jeg lider af angst");
  pa_record_set_string (goal0, "specific", "Sortere varer trods sin depression");
  pa_record_set_string (goal0, "measure", "3 dage om ugen");
  pa_record_set_string (goal1, "specific", "Komme til tiden");
  pa_record_set_string (goal1, "measure", "Mentor noterer, om ADHD-medicinen Ritalin virker");
  pa_record_set_string (follow_up, "agenda", "Hvordan går det med skizofrenien");
  pa_record_set_string (follow_up, "participants", "Borger, mentor, psykiater (bipolar lidelse)");

  got = fields_with (agreement, "diagnosis-in-company-text");
  assert_fields (got, want);

  /* The same fields with everyday worry and needs only: no warning */
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "job-goal", "Lagerarbejde");
  pa_record_set_string (goal0, "specific", "Er bange for at komme for sent, så møder kl. 8 med mentor");
  pa_record_set_string (goal1, "measure", "Mentor noterer fremmøde hver dag");
  pa_record_set_string (follow_up, "agenda", "Pauser og arbejdstempo");
  pa_record_set_string (follow_up, "participants", "Borger, mentor, konsulent");
  none = fields_with (agreement, "diagnosis-in-company-text");
  assert_fields (none, empty);
}

/* The message names the term and tells what to do instead. */
static void
test_message (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GPtrArray) findings = NULL;
  gboolean seen = FALSE;

  add_restriction (agreement, "Jeg har autisme", "Jeg har autisme", TRUE);
  findings = pa_check_agreement (agreement, rules, NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (findings, i);

      if (!g_str_equal (finding->code, "restriction-diagnosis-shared"))
        continue;
      seen = TRUE;
      g_assert_nonnull (strstr (finding->message, "autisme"));
      g_assert_nonnull (strstr (finding->message, "1"));
    }
  g_assert_true (seen);
}

static char *
company_xml (PaAgreement *agreement)
{
  g_autoptr(GError) error = NULL;
  char *xml = pa_xml_write_to_string (agreement, PA_XML_VARIANT_COMPANY, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (xml);
  return xml;
}

static int
count (const char *haystack,
       const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The XML company copy: a restriction only with consent, and then only
 * its reformulation and measures, never the wording or the answers. */
static void
test_company_copy_consent (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *restriction = add_restriction (agreement, "Jeg kan ikke løfte tungt",
                                           "Jeg kan løfte op til 5 kg, og mere med hjælpemidler",
                                           FALSE);
  PaRecord *answer = pa_record_add (restriction, "answers");
  PaRecord *measure = pa_record_add (restriction, "measures");
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;
  g_autoptr(PaAgreement) copy = NULL;

  pa_record_set_string (restriction, "category", "physical");
  pa_record_set_string (answer, "question", "Hvor mange kilo kan du løfte?");
  pa_record_set_string (answer, "answer", "Højst femkilo-kasser");
  pa_record_set_string (measure, "description", "Løftevogn ved pakkebordet");

  /* Without consent: nothing of the restriction */
  without = company_xml (agreement);
  g_assert_cmpint (count (without, "<restriction>"), ==, 0);
  g_assert_null (strstr (without, "løfte"));
  g_assert_null (strstr (without, "Løftevogn"));
  copy = pa_privacy_company_copy (agreement);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (copy), "restrictions"))),
                    ==, 0);
  g_clear_object (&copy);

  /* With consent: the reformulation and the measure, nothing else */
  pa_record_set_boolean (restriction, "consent", TRUE);
  pa_record_set_string (restriction, "consent-date", "2026-03-02");
  with = company_xml (agreement);
  g_assert_cmpint (count (with, "<restriction>"), ==, 1);
  g_assert_nonnull (strstr (with, "Jeg kan løfte op til 5 kg, og mere med hjælpemidler"));
  g_assert_nonnull (strstr (with, "Løftevogn ved pakkebordet"));
  g_assert_null (strstr (with, "Jeg kan ikke løfte tungt"));
  g_assert_null (strstr (with, "<original>"));
  g_assert_null (strstr (with, "Hvor mange kilo"));
  g_assert_null (strstr (with, "Højst femkilo-kasser"));
  g_assert_null (strstr (with, "<answers>"));
  g_assert_null (strstr (with, "<answer>"));
  g_assert_null (strstr (with, "<category>"));
  copy = pa_privacy_company_copy (agreement);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (copy), "restrictions"))),
                    ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) errors = NULL;

  g_setenv ("PRAKTIKAFTALE_RULES_DIR", RULES_DIR, TRUE);
  g_test_init (&argc, &argv, NULL);

  book = pa_rule_book_load_dir (RULES_DIR, &errors);
  g_assert_cmpuint (errors->len, ==, 0);
  rules = pa_rule_book_get_set (book, pa_rule_book_get_n_sets (book) - 1);

  g_test_add_func ("/pa/restriction-checks/diagnosis-words", test_diagnosis_words);
  g_test_add_func ("/pa/restriction-checks/shared-restriction", test_shared_restriction);
  g_test_add_func ("/pa/restriction-checks/company-texts", test_company_texts);
  g_test_add_func ("/pa/restriction-checks/message", test_message);
  g_test_add_func ("/pa/restriction-checks/company-copy-consent", test_company_copy_consent);

  return g_test_run ();
}
