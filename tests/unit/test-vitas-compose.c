/* test-vitas-compose.c: the three VITAS texts composed from an agreement, and the kept edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-privacy.h"
#include "core/pa-vitas-compose.h"
#include "core/pa-wording.h"
#include "../common/pa-test-complete.h"
#include "../common/pa-test-util.h"


#include "core/pa-checklist.h"


static char *texts[PA_VITAS_N_TEXTS];
static gboolean danish;

static void
compose_all (PaAgreement *agreement)
{
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    {
      g_free (texts[i]);
      texts[i] = pa_vitas_compose (agreement, i);
      g_assert_nonnull (texts[i]);
    }
}

/* @needle is in text @in, and in none of the others unless @also. */
static void
assert_in (const char  *needle,
           PaVitasText  in,
           int          also)
{
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    {
      gboolean found = strstr (texts[i], needle) != NULL;

      if (i == in || (int) i == also)
        {
          if (!found)
            g_error ("“%s” is missing from text %u:\n%s", needle, i, texts[i]);
        }
      else if (found)
        g_error ("“%s” is in text %u, where it does not belong:\n%s", needle, i, texts[i]);
    }
}

static void
assert_nowhere (const char *needle)
{
  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    if (strstr (texts[i], needle) != NULL)
      g_error ("“%s” must not be in text %u:\n%s", needle, i, texts[i]);
}

/* Every filled field of the description's points is in the description. */
static void
test_description_fields (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *start = pa_wording_date ("2026-03-02");
  g_autofree char *end = pa_wording_date ("2026-05-31");
  g_autofree char *deadline = pa_wording_date ("2026-05-22");
  g_autofree char *subgoal_date = pa_wording_date ("2026-03-27");
  g_autofree char *follow_up_date = pa_wording_date ("2026-03-30");
  static const char * const fields[] = {
    "Amina Hassan", "Netto Vejle Nord",
    "lære dansk i hverdagen sammen med kollegerne", "gerne ved kassen",
    "fylder selv kølediske op", "tre dage i træk",
    "kender varernes pladser", "mejerivarer op uden hjælp",
    "Varemodtagelse og opfyldning", "pakke kølevarer ud", "tjekke datoer på mælk",
    "Lars Nielsen", "butikschef", "Mette Skov",
    "sørger for vagtplanen", "hver fjerde uge", "inden for en uge",
    "Amina, Mette Skov og Sara Poulsen",
    "danskundervisning på modul 4", "mangler folk til opfyldning",
  };

  compose_all (agreement);
  g_test_message ("%s", texts[PA_VITAS_DESCRIPTION]);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strstr (texts[PA_VITAS_DESCRIPTION], fields[i]) == NULL)
      g_error ("“%s” is missing from the description:\n%s", fields[i], texts[PA_VITAS_DESCRIPTION]);
  assert_in (start, PA_VITAS_DESCRIPTION, -1);
  assert_in (end, PA_VITAS_DESCRIPTION, -1);
  assert_in (deadline, PA_VITAS_DESCRIPTION, -1);
  assert_in (subgoal_date, PA_VITAS_DESCRIPTION, -1);
  assert_in (follow_up_date, PA_VITAS_DESCRIPTION, -1);
  /* Tasks and goals belong to the description, not to the other fields. */
  assert_in ("pakke kølevarer ud", PA_VITAS_DESCRIPTION, -1);
  assert_in ("kender varernes pladser", PA_VITAS_DESCRIPTION, -1);
}

/* Of the restrictions only the shared one, as reformulated and with its
 * handling; nothing the citizen did not agree to share, nothing sensitive. */
static void
test_consent (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();

  compose_all (agreement);
  g_test_message ("%s", texts[PA_VITAS_CONDITIONS]);
  assert_in (PA_TEST_SHARED_TOKEN, PA_VITAS_CONDITIONS, PA_VITAS_DESCRIPTION);
  assert_in (PA_TEST_SHARED_MEASURE, PA_VITAS_CONDITIONS, PA_VITAS_DESCRIPTION);
  assert_in ("arabisk og dansk", PA_VITAS_CONDITIONS, -1);
  assert_nowhere (PA_TEST_PRIVATE_TOKEN);
  assert_nowhere (PA_TEST_SENSITIVE_TOKEN);
  assert_nowhere ("010190");
  assert_nowhere ("Hvor længe kan du stå");

  /* Consent given later: now it may go in. */
  {
    GListModel *restrictions = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
    g_autoptr(PaRecord) second = g_list_model_get_item (restrictions, 1);

    pa_record_set_boolean (second, "consent", TRUE);
    compose_all (agreement);
    assert_in ("roligt hjørne", PA_VITAS_CONDITIONS, PA_VITAS_DESCRIPTION);
    assert_nowhere ("angst");
  }
}

static void
test_no_restrictions (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autoptr(PaAgreement) none = pa_test_new_complete_agreement ();
  g_autofree char *without = NULL;

  g_list_store_remove_all (pa_record_get_list (PA_RECORD (none), "restrictions"));
  without = pa_vitas_compose (none, PA_VITAS_CONDITIONS);
  pa_record_set_boolean (PA_RECORD (none), "no-restrictions", TRUE);
  compose_all (none);
  /* The explicit "no restrictions" adds a sentence to both texts. */
  g_assert_cmpuint (strlen (texts[PA_VITAS_CONDITIONS]), >, strlen (without));
  g_assert_nonnull (strstr (texts[PA_VITAS_DESCRIPTION], "Amina"));
  g_assert_null (strstr (texts[PA_VITAS_CONDITIONS], PA_TEST_SHARED_TOKEN));
}

/* The start hours, the days with their times, and every step-up. */
static void
test_working_time (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *start = pa_wording_hours (12);
  g_autofree char *first = pa_wording_hours (16);
  g_autofree char *second = pa_wording_hours (20);
  g_autofree char *times = pa_wording_time_range (8 * 60, 12 * 60);
  g_autofree char *date = pa_wording_date ("2026-04-27");
  const char *text;

  compose_all (agreement);
  text = texts[PA_VITAS_WORKING_TIME];
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, start));
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, second));
  g_assert_nonnull (strstr (text, times));
  g_assert_nonnull (strstr (text, date));
  g_assert_nonnull (strstr (text, " 5"));
  for (int day = 1; day <= 7; day++)
    {
      gboolean works = day == 1 || day == 2 || day == 4;

      g_assert_cmpint (strstr (text, pa_wording_weekday (day)) != NULL, ==, works);
    }
  /* The times are said once for the three days with the same times. */
  g_assert_null (strstr (strstr (text, times) + 1, times));
  assert_nowhere (PA_TEST_SENSITIVE_TOKEN);
}

static void
test_working_time_different_days (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autoptr(PaRecord) tuesday = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "workdays")), 1);
  g_autofree char *late = pa_wording_time_range (9 * 60, 13 * 60);
  g_autofree char *text = NULL;

  pa_record_set_string (tuesday, "start-time", "09:00");
  pa_record_set_string (tuesday, "end-time", "13:00");
  text = pa_vitas_compose (agreement, PA_VITAS_WORKING_TIME);
  g_assert_nonnull (strstr (text, late));
  g_assert_nonnull (strstr (text, pa_wording_weekday (2)));
}

/* An empty agreement composes to short texts, not to "(null)". */
static void
test_empty (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();

  compose_all (agreement);
  assert_nowhere ("(null)");
  g_assert_cmpstr (texts[PA_VITAS_WORKING_TIME], ==, "");
  g_assert_cmpstr (texts[PA_VITAS_CONDITIONS], ==, "");
  g_assert_cmpuint (strlen (texts[PA_VITAS_DESCRIPTION]), >, 0);
}

/* Random text in every field: nothing sensitive, never "(null)". */
static void
test_full_random (void)
{
  for (guint32 seed = 1; seed <= 5; seed++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (seed);
      PaRecord *citizen = pa_record_get_child (PA_RECORD (agreement), "citizen");

      pa_record_set_string (citizen, "cpr", "311299-9999");
      compose_all (agreement);
      assert_nowhere ("(null)");
      assert_nowhere ("311299-9999");
      for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
        g_assert_true (g_utf8_validate (texts[i], -1, NULL));
    }
}

/* An edit is kept and marked; a change of the agreement shows; composing
 * again drops the edit only when asked. */
static void
test_edit_kept (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  PaRecord *a = PA_RECORD (agreement);
  g_autofree char *composed = pa_vitas_compose (agreement, PA_VITAS_DESCRIPTION);
  g_autofree char *edited = g_strconcat (composed, "\nRettet af konsulenten.", NULL);
  g_autofree char *now = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_COMPOSED);
  pa_vitas_keep_edit (agreement, PA_VITAS_DESCRIPTION, edited);
  g_assert_cmpstr (pa_record_get_string (a, "vitas-description"), ==, edited);
  g_assert_cmpstr (pa_record_get_string (a, "vitas-description-composed"), ==, composed);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_EDITED);
  /* The other texts are untouched. */
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_WORKING_TIME), ==, PA_VITAS_STATE_COMPOSED);

  /* The agreement changes: the edit stays, the change shows. */
  pa_record_set_string (a, "next-step", "Fast job ved kassen");
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_OUTDATED);
  now = pa_vitas_get_text (agreement, PA_VITAS_DESCRIPTION);
  g_assert_cmpstr (now, ==, edited);

  /* Editing on keeps what the first edit started from. */
  pa_vitas_keep_edit (agreement, PA_VITAS_DESCRIPTION, "Kort tekst");
  g_assert_cmpstr (pa_record_get_string (a, "vitas-description-composed"), ==, composed);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_OUTDATED);

  /* Keep my text: counted from today's composition. */
  pa_vitas_accept_edit (agreement, PA_VITAS_DESCRIPTION);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_EDITED);
  g_assert_cmpstr (pa_record_get_string (a, "vitas-description"), ==, "Kort tekst");

  /* Compose again: the edit goes. */
  pa_vitas_compose_again (agreement, PA_VITAS_DESCRIPTION);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_DESCRIPTION), ==, PA_VITAS_STATE_COMPOSED);
  g_assert_null (pa_record_get_string (a, "vitas-description"));
  after = pa_vitas_get_text (agreement, PA_VITAS_DESCRIPTION);
  g_assert_nonnull (strstr (after, "Fast job ved kassen"));
}

/* Typing the composed text back is no edit. */
static void
test_edit_back_to_composed (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *composed = pa_vitas_compose (agreement, PA_VITAS_WORKING_TIME);

  pa_vitas_keep_edit (agreement, PA_VITAS_WORKING_TIME, composed);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_WORKING_TIME), ==, PA_VITAS_STATE_COMPOSED);
  pa_vitas_keep_edit (agreement, PA_VITAS_WORKING_TIME, "12 timer");
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_WORKING_TIME), ==, PA_VITAS_STATE_EDITED);
  pa_vitas_keep_edit (agreement, PA_VITAS_WORKING_TIME, composed);
  g_assert_cmpint (pa_vitas_get_state (agreement, PA_VITAS_WORKING_TIME), ==, PA_VITAS_STATE_COMPOSED);
  g_assert_null (pa_record_get_string (PA_RECORD (agreement), "vitas-working-time-composed"));
}


/* What the composer writes passes the review of a description written
 * elsewhere: 7 of 7 for a complete agreement. */
static void
test_review_scores_seven (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_complete_agreement ();
  g_autofree char *description = pa_vitas_compose (agreement, PA_VITAS_DESCRIPTION);
  g_autoptr(PaChecklistReport) report = NULL;

  /* The review reads Danish: the texts must be composed in Danish. */
  if (!danish)
    {
      g_test_skip ("needs the Danish catalogue (PRAKTIKAFTALE_LOCALEDIR)");
      return;
    }
  report = pa_checklist_review_text (description);

  for (guint i = 0; i < PA_CHECKLIST_ITEMS; i++)
    if (!report->items[i].ok)
      g_test_message ("item %d fails: %s", report->items[i].id,
                      report->items[i].missing->len > 0
                        ? ((PaChecklistMissing *) g_ptr_array_index (report->items[i].missing, 0))->question
                        : "");
  g_assert_cmpint (report->score, ==, 7);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  danish = pa_test_use_danish ();

  g_test_add_func ("/pa/vitas/description-fields", test_description_fields);
  g_test_add_func ("/pa/vitas/consent", test_consent);
  g_test_add_func ("/pa/vitas/no-restrictions", test_no_restrictions);
  g_test_add_func ("/pa/vitas/working-time", test_working_time);
  g_test_add_func ("/pa/vitas/working-time-different-days", test_working_time_different_days);
  g_test_add_func ("/pa/vitas/empty", test_empty);
  g_test_add_func ("/pa/vitas/full-random", test_full_random);
  g_test_add_func ("/pa/vitas/edit-kept", test_edit_kept);
  g_test_add_func ("/pa/vitas/edit-back-to-composed", test_edit_back_to_composed);

  g_test_add_func ("/pa/vitas/review-scores-seven", test_review_scores_seven);

  int status = g_test_run ();

  for (guint i = 0; i < PA_VITAS_N_TEXTS; i++)
    g_free (texts[i]);
  return status;
}
