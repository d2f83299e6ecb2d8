/* test-checklist.c: the seven checklist items judged from an agreement, the report's JSON, and text reviews beyond the labelled files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-checklist.h"
#include "core/pa-danish.h"
#include "../common/pa-test-util.h"

/* Building agreements */

static void
set (PaRecord   *record,
     const char *field,
     const char *value)
{
  pa_record_set_string (record, field, value);
}

static PaRecord *
item_at (PaRecord   *record,
         const char *list,
         guint       i)
{
  g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (record, list)), i);

  return item;
}

static PaRecord *
add_goal (PaAgreement *agreement,
          const char  *text)
{
  PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");

  set (goal, "specific", text);
  set (goal, "measure", "Mette vurderer hver fredag, hvor meget hun klarer uden hjælp");
  set (goal, "deadline", "2026-05-29");
  return goal;
}

static PaRecord *
add_subgoal (PaRecord   *goal,
             const char *date)
{
  PaRecord *subgoal = pa_record_add (goal, "subgoals");

  set (subgoal, "text", "Lone sorterer varerne uden at spørge");
  set (subgoal, "date", date);
  return subgoal;
}

static PaRecord *
add_restriction (PaAgreement *agreement,
                 const char  *reformulation,
                 gboolean     handled)
{
  PaRecord *restriction = pa_record_add (PA_RECORD (agreement), "restrictions");

  set (restriction, "original", "Jeg kan ikke løfte tungt");
  set (restriction, "category", "physical");
  set (restriction, "reformulation", reformulation);
  pa_record_set_boolean (restriction, "consent", TRUE);
  set (restriction, "consent-date", "2026-02-20");
  if (handled)
    {
      PaRecord *measure = pa_record_add (restriction, "measures");

      set (measure, "kind", "aids");
      set (measure, "description", "Sækkevogn til kasser over 5 kg");
    }
  return restriction;
}

/* 13 weeks from 2.3.2026, 20 hours Monday to Thursday, one SMART goal
 * with two sub-goals, concrete tasks, a handled restriction and every
 * arrangement of item 5, 6 and 7 filled in. */
static PaAgreement *
new_complete_agreement (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *record = PA_RECORD (agreement);
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
  PaRecord *goal, *function, *task, *follow_up;

  set (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Lone Sørensen");
  set (PA_RECORD (pa_agreement_get_citizen (agreement)), "target-group", "dagpenge");
  set (company, "name", "Brugsen Ærøskøbing");
  set (company, "contact-name", "Mette Holm");
  set (company, "contact-role", "Butiksleder");
  set (record, "start-date", "2026-03-02");
  set (record, "end-date", "2026-05-29");
  pa_record_set_double (record, "start-hours", 20);
  for (int day = 1; day <= 4; day++)
    {
      PaRecord *workday = pa_record_add (record, "workdays");

      pa_record_set_int (workday, "weekday", day);
      set (workday, "start-time", "08:00");
      set (workday, "end-time", "13:00");
    }
  set (pa_record_add (record, "purposes"), "purpose-id", "competences");
  set (record, "individual-purpose", "Jeg vil vise, at jeg kan passe et job på et lager igen");
  goal = add_goal (agreement, "Lone modtager varer og sorterer dem på lageret 20 timer om ugen i løbet af de 13 uger");
  add_subgoal (goal, "2026-03-27");
  add_subgoal (goal, "2026-04-24");
  function = pa_record_add (record, "work-functions");
  set (function, "name", "Lagermedhjælper");
  task = pa_record_add (function, "tasks");
  set (task, "text", "modtage varer og tjekke dem mod følgesedlen");
  set (task, "kind", "placement");
  add_restriction (agreement, "Jeg kan løfte op til 5 kg, og mere med sækkevogn", TRUE);
  follow_up = pa_record_add (record, "follow-ups");
  set (follow_up, "date", "2026-03-20");
  set (follow_up, "kind", "company");
  set (record, "responsibilities", "Mette oplærer Lone og registrerer fravær");
  set (record, "follow-up-frequency", "Hver fjerde uge på lageret");
  set (record, "contingency", "Går det ikke som aftalt, holder vi et møde inden for en uge");
  set (record, "next-step", "Lone søger job som lagermedhjælper med en udtalelse fra Mette");
  set (record, "ordinary-hours-prospect", "Brugsen kan ansætte Lone 15 timer om ugen fra juni");
  return agreement;
}

static GDate *
today (void)
{
  return g_date_new_dmy (1, 3, 2026);
}

static PaChecklistReport *
evaluate (PaAgreement *agreement)
{
  g_autoptr(GDate) date = today ();

  return pa_checklist_evaluate_agreement (agreement, date);
}

static gboolean
has_evidence_at (PaChecklistItemResult *item,
                 const char            *path)
{
  for (guint i = 0; i < item->evidence->len; i++)
    if (g_strcmp0 (((PaChecklistEvidence *) g_ptr_array_index (item->evidence, i))->field_path, path) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_missing_at (PaChecklistItemResult *item,
                const char            *path)
{
  for (guint i = 0; i < item->missing->len; i++)
    if (g_strcmp0 (((PaChecklistMissing *) g_ptr_array_index (item->missing, i))->field_path, path) == 0)
      return TRUE;
  return FALSE;
}

static void
dump (PaChecklistReport *report)
{
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    for (guint j = 0; j < report->items[i].missing->len; j++)
      {
        PaChecklistMissing *m = g_ptr_array_index (report->items[i].missing, j);

        g_test_message ("item %d missing: %s [%s]", i + 1, m->question, m->field_path);
      }
}

/* Titles and questions */

static void
test_titles (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int id = 1; id <= PA_CHECKLIST_ITEMS; id++)
    {
      const char * const *questions = pa_checklist_item_questions (id);

      g_assert_nonnull (pa_checklist_item_title (id));
      g_assert_true (g_hash_table_add (seen, (gpointer) pa_checklist_item_title (id)));
      g_assert_cmpuint (g_strv_length ((char **) questions), >=, 2);
    }
}

/* The agreement */

static void
test_complete (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = evaluate (agreement);
  static const struct { int item; const char *path; } evidence[] = {
    { 1, "individual-purpose" }, { 1, "goals/0/specific" },
    { 2, "goals/0/subgoals/0/text" }, { 2, "goals/0/subgoals/1/text" },
    { 3, "work-functions/0/tasks/0/text" }, { 3, "start-hours" }, { 3, "workdays" },
    { 4, "restrictions/0/reformulation" }, { 4, "restrictions/0/measures/0/description" },
    { 5, "company/contact-name" }, { 5, "responsibilities" }, { 5, "follow-up-frequency" },
    { 5, "follow-ups/0/date" }, { 5, "contingency" },
    { 6, "next-step" }, { 7, "ordinary-hours-prospect" },
  };

  dump (report);
  g_assert_cmpint (report->score, ==, 7);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      g_assert_cmpint (report->items[i].id, ==, i + 1);
      g_assert_true (report->items[i].ok);
      g_assert_false (report->items[i].confirmed_by_hand);
      g_assert_cmpuint (report->items[i].missing->len, ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (evidence); i++)
    {
      g_test_message ("item %d at %s", evidence[i].item, evidence[i].path);
      g_assert_true (has_evidence_at (&report->items[evidence[i].item - 1], evidence[i].path));
    }
  /* "Label: value", in a sentence a consultant can read */
  g_assert_nonnull (strstr (((PaChecklistEvidence *) g_ptr_array_index (report->items[5].evidence, 0))->text,
                            "Lone søger job"));
}

static void
test_empty (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(PaChecklistReport) report = evaluate (agreement);
  static const struct { int item; const char *path; } missing[] = {
    { 1, "individual-purpose" }, { 1, "goals" }, { 2, "goals" },
    { 3, "work-functions" }, { 3, "start-hours" }, { 3, "workdays" },
    { 4, "restrictions" },
    { 5, "company/contact-name" }, { 5, "responsibilities" }, { 5, "follow-up-frequency" },
    { 5, "contingency" }, { 6, "next-step" }, { 7, "ordinary-hours-prospect" },
  };

  g_assert_cmpint (report->score, ==, 0);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      g_assert_false (report->items[i].ok);
      g_assert_cmpuint (report->items[i].evidence->len, ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      g_test_message ("item %d at %s", missing[i].item, missing[i].path);
      g_assert_true (has_missing_at (&report->items[missing[i].item - 1], missing[i].path));
    }
  g_assert_cmpuint (report->names->len, ==, 0);
}

/* The SMART analysis: a goal that is not specific is no evidence. */
static void
test_vague_goal (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  set (item_at (PA_RECORD (agreement), "goals", 0), "specific", "Afklare arbejdsevnen");
  report = evaluate (agreement);
  g_assert_false (report->items[0].ok);
  g_assert_true (has_missing_at (&report->items[0], "goals/0/specific"));
  g_assert_false (has_evidence_at (&report->items[0], "goals/0/specific"));
  /* A second, specific goal is enough. */
  add_goal (agreement, "Lone fylder kølediske op alene 3 dage om ugen inden uge 20");
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[0].ok);
  g_assert_true (has_evidence_at (&report->items[0], "goals/1/specific"));
}

static void
test_subgoals_point_forward (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  PaRecord *goal = item_at (PA_RECORD (agreement), "goals", 0);

  /* Before the start: does not point forward */
  set (item_at (goal, "subgoals", 0), "date", "2026-02-20");
  set (item_at (goal, "subgoals", 1), "date", NULL);
  report = evaluate (agreement);
  dump (report);
  g_assert_false (report->items[1].ok);
  g_assert_true (has_missing_at (&report->items[1], "goals/0/subgoals/0/date"));
  g_assert_true (has_missing_at (&report->items[1], "goals/0/subgoals/1/date"));
  /* Out of order */
  set (item_at (goal, "subgoals", 0), "date", "2026-04-24");
  set (item_at (goal, "subgoals", 1), "date", "2026-03-27");
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_false (report->items[1].ok);
  g_assert_true (has_missing_at (&report->items[1], "goals/0/subgoals/1/date"));
}

/* Without a start date, the dates point forward from today. */
static void
test_subgoals_from_today (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  g_autoptr(GDate) later = g_date_new_dmy (1, 4, 2026);

  set (PA_RECORD (agreement), "start-date", NULL);
  report = pa_checklist_evaluate_agreement (agreement, later);
  g_assert_false (report->items[1].ok);
  g_assert_true (has_missing_at (&report->items[1], "goals/0/subgoals/0/date"));
  g_assert_true (has_evidence_at (&report->items[1], "goals/0/subgoals/1/text"));
}

static void
test_vague_task (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  PaRecord *function = item_at (PA_RECORD (agreement), "work-functions", 0);

  set (item_at (function, "tasks", 0), "text", "Forefaldende arbejde");
  report = evaluate (agreement);
  g_assert_false (report->items[2].ok);
  g_assert_true (has_missing_at (&report->items[2], "work-functions/0/tasks/0/text"));
}

static void
test_hours_and_days (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  GListStore *days = pa_record_get_list (PA_RECORD (agreement), "workdays");

  pa_record_set_double (PA_RECORD (agreement), "start-hours", 0);
  g_list_store_remove_all (days);
  report = evaluate (agreement);
  g_assert_false (report->items[2].ok);
  g_assert_true (has_missing_at (&report->items[2], "start-hours"));
  g_assert_true (has_missing_at (&report->items[2], "workdays"));
}

/* A rule finding feeds its item: the days add up to 20 hours, not 37. */
static void
test_finding_feeds_hours (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  pa_record_set_double (PA_RECORD (agreement), "start-hours", 37);
  report = evaluate (agreement);
  dump (report);
  g_assert_false (report->items[2].ok);
  g_assert_true (has_missing_at (&report->items[2], "start-hours"));
  g_assert_true (report->items[0].ok);
}

static void
test_no_restrictions (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  g_list_store_remove_all (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
  report = evaluate (agreement);
  g_assert_false (report->items[3].ok);
  g_assert_true (has_missing_at (&report->items[3], "restrictions"));

  pa_record_set_boolean (PA_RECORD (agreement), "no-restrictions", TRUE);
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[3].ok);
  g_assert_true (has_evidence_at (&report->items[3], "no-restrictions"));
}

static void
test_restriction_unhandled (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  add_restriction (agreement, "Jeg trives bedst med rutineopgaver", FALSE);
  report = evaluate (agreement);
  g_assert_false (report->items[3].ok);
  g_assert_true (has_missing_at (&report->items[3], "restrictions/1/measures"));
  g_assert_false (has_missing_at (&report->items[3], "restrictions/0/measures"));
}

/* The diagnosis guard: a shared restriction naming a diagnosis. */
static void
test_diagnosis_shared (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  set (item_at (PA_RECORD (agreement), "restrictions", 0), "reformulation",
       "Jeg har ADHD og arbejder bedst med én opgave ad gangen");
  report = evaluate (agreement);
  dump (report);
  g_assert_false (report->items[3].ok);
  g_assert_true (has_missing_at (&report->items[3], "restrictions/0/reformulation"));
}

static void
test_follow_up_dates_or_frequency (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;

  /* Planned follow-ups stand in for a frequency */
  set (PA_RECORD (agreement), "follow-up-frequency", NULL);
  report = evaluate (agreement);
  g_assert_true (report->items[4].ok);
  g_assert_true (has_evidence_at (&report->items[4], "follow-ups/0/date"));

  g_list_store_remove_all (pa_record_get_list (PA_RECORD (agreement), "follow-ups"));
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_false (report->items[4].ok);
  g_assert_true (has_missing_at (&report->items[4], "follow-up-frequency"));
}

static void
test_contact_or_mentor (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));

  set (company, "contact-name", NULL);
  report = evaluate (agreement);
  g_assert_false (report->items[4].ok);
  g_assert_true (has_missing_at (&report->items[4], "company/contact-name"));

  set (company, "mentor-name", "Kurt Berg");
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[4].ok);
  g_assert_true (has_evidence_at (&report->items[4], "company/mentor-name"));
}

static void
test_paid_hours_paths (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  PaRecord *paid;

  set (PA_RECORD (agreement), "ordinary-hours-prospect", NULL);
  report = evaluate (agreement);
  g_assert_false (report->items[6].ok);
  g_assert_true (has_missing_at (&report->items[6], "ordinary-hours-prospect"));

  pa_record_set_double (PA_RECORD (agreement), "ordinary-hours-expected", 15);
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[6].ok);
  g_assert_true (has_evidence_at (&report->items[6], "ordinary-hours-expected"));

  pa_record_set_double (PA_RECORD (agreement), "ordinary-hours-expected", 0);
  paid = pa_record_add (PA_RECORD (agreement), "hybrid-hours");
  set (paid, "work-function", "Kasseekspedient");
  pa_record_set_double (paid, "hours", 8);
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[6].ok);
  g_assert_true (has_evidence_at (&report->items[6], "hybrid-hours/0/work-function"));
}

/* Confirmed by hand: ok, marked, with the note; nothing missing. */
static void
test_confirmed_by_hand (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) report = NULL;
  PaRecord *item6 = PA_RECORD (pa_agreement_get_checklist_item (agreement, 6));

  set (PA_RECORD (agreement), "next-step", NULL);
  report = evaluate (agreement);
  g_assert_false (report->items[5].ok);
  g_assert_cmpint (report->score, ==, 6);

  pa_record_set_boolean (item6, "confirmed", TRUE);
  set (item6, "note", "Aftalt på opstartsmødet: AMU-kursus i truckkørsel");
  g_clear_pointer (&report, pa_checklist_report_free);
  report = evaluate (agreement);
  g_assert_true (report->items[5].ok);
  g_assert_true (report->items[5].confirmed_by_hand);
  g_assert_cmpstr (report->items[5].note, ==, "Aftalt på opstartsmødet: AMU-kursus i truckkørsel");
  g_assert_cmpuint (report->items[5].missing->len, ==, 0);
  g_assert_cmpint (report->score, ==, 7);
  g_assert_false (report->items[4].confirmed_by_hand);
}

/* JSON */

static void
assert_json_shape (const char *json,
                   int         score)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *items;
  int ok = 0;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 2);
  items = json_object_get_array_member (root, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonArray *evidence = json_object_get_array_member (item, "evidence");
      JsonArray *missing = json_object_get_array_member (item, "missing");

      g_assert_cmpuint (json_object_get_size (item), ==, 4);
      g_assert_cmpint (json_object_get_int_member (item, "id"), ==, i + 1);
      g_assert_cmpint (json_node_get_value_type (json_object_get_member (item, "ok")), ==, G_TYPE_BOOLEAN);
      for (guint j = 0; j < json_array_get_length (evidence); j++)
        g_assert_cmpint (json_node_get_value_type (json_array_get_element (evidence, j)), ==, G_TYPE_STRING);
      for (guint j = 0; j < json_array_get_length (missing); j++)
        g_assert_cmpint (json_node_get_value_type (json_array_get_element (missing, j)), ==, G_TYPE_STRING);
      g_assert_cmpint (json_object_get_boolean_member (item, "ok"), ==, json_array_get_length (missing) == 0);
      ok += json_object_get_boolean_member (item, "ok");
    }
  g_assert_cmpint (json_object_get_int_member (root, "score"), ==, ok);
  g_assert_cmpint (ok, ==, score);
}

static void
test_json (void)
{
  g_autoptr(PaAgreement) agreement = new_complete_agreement ();
  g_autoptr(PaChecklistReport) full = evaluate (agreement);
  g_autoptr(PaAgreement) empty = pa_agreement_new ();
  g_autoptr(PaChecklistReport) none = evaluate (empty);
  g_autofree char *a = pa_checklist_report_to_json (full);
  g_autofree char *b = pa_checklist_report_to_json (none);

  assert_json_shape (a, 7);
  assert_json_shape (b, 0);
}

/* Text reviews beyond the labelled files */

static const char good_text[] =
  "Virksomhedspraktik hos Bager Jensen ApS, Odense – Amina Yusuf, 13 uger.\n"
  "\n"
  "Formålet er, at Amina optræner opgaverne som bagerimedhjælper, så hun kan søge job som bagerimedhjælper.\n"
  "Opgaver: afveje råvarer efter opskrift, forme boller, vaske bageplader op og fylde brød på hylderne i butikken.\n"
  "Timer: 15 timer om ugen, mandag, onsdag og fredag kl. 6-11, fra uge 5 20 timer.\n"
  "Delmål: i uge 4 kan Amina forme 100 boller på en time med hjælp; i uge 9 kan hun fylde butikken op alene.\n"
  "Skånehensyn: Amina har ondt i knæet og kan stå i højst en time ad gangen. Hun har en høj stol ved bordet og holder pause hver time.\n"
  "Kontaktperson er bagermester Ole Jensen, som har ansvaret for oplæringen. Jobkonsulent Per Lund ringer til Amina og Ole hver anden uge. "
  "Hvis praktikken ikke går som aftalt, holdes der straks et møde.\n"
  "Efter praktikken vil Bager Jensen ansætte Amina 15 timer om ugen, hvis hun når delmålene.\n";

static const char filler_paragraph[] =
  "Borgeren skal i virksomhedspraktik med henblik på afklaring af arbejdsevnen og udvikling af de "
  "personlige, sociale og faglige kompetencer, så borgeren kommer tættere på arbejdsmarkedet. "
  "Borgeren indgår i det daglige arbejde og hjælper med forefaldende opgaver, hvor der er brug for det. "
  "Der tages de nødvendige hensyn, og der følges løbende op efter behov i et godt samarbejde. "
  "Virksomheden er rummelig og har stor erfaring med praktikanter, og alle parter er motiverede.\n\n";

static void
test_text_filler (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(PaChecklistReport) report = NULL;

  /* However many words: 30 paragraphs, some 1,900 words */
  for (int i = 0; i < 30; i++)
    g_string_append (text, filler_paragraph);
  report = pa_checklist_review_text (text->str);
  g_assert_cmpint (report->score, ==, 0);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    g_assert_cmpuint (report->items[i].missing->len, >, 0);
  g_string_free (text, TRUE);
}

static void
test_text_good (void)
{
  g_autoptr(PaChecklistReport) report = pa_checklist_review_text (good_text);

  dump (report);
  g_assert_cmpint (report->score, ==, 7);
}

/* ae/oe/aa for æ/ø/å, as a keyboard without them writes: the same. */
static void
test_text_spelling (void)
{
  g_autoptr(PaChecklistReport) report = NULL;
  GString *text = g_string_new (good_text);

  g_string_replace (text, "æ", "ae", 0);
  g_string_replace (text, "ø", "oe", 0);
  g_string_replace (text, "å", "aa", 0);
  g_string_replace (text, "Å", "Aa", 0);
  report = pa_checklist_review_text (text->str);
  dump (report);
  g_assert_cmpint (report->score, ==, 7);
  g_string_free (text, TRUE);
}

/* Without headings, in another order, as one paragraph. */
static void
test_text_no_headings (void)
{
  static const char text[] =
    "Karim Haidari starter i praktik på Lageret hos Dansk Fragt A/S i Kolding den 4. maj. "
    "Han er på dagpenge og skal have dansk erfaring, så han kan få et job som lagerarbejder. "
    "Han møder mandag til torsdag kl. 7-12, i alt 20 timer om ugen, og fra uge 3 arbejder han 30 timer. "
    "Han skal modtage gods, scanne pakker, stable paller og køre med el-palleløfter. "
    "Efter to uger kan han scanne en hel lastbil alene, og efter fire uger kan han plukke 60 ordrelinjer i timen. "
    "Karim har ingen skånehensyn. "
    "Hans kontaktperson er lagerchef Bo Rask, som oplærer ham. "
    "Konsulenten fra jobcentret ringer til Karim og Bo hver uge. "
    "Dansk Fragt regner med at ansætte to lagerarbejdere efter sommerferien, og hvis Karim når målene, kommer han til samtale.";
  g_autoptr(PaChecklistReport) report = pa_checklist_review_text (text);

  dump (report);
  g_assert_cmpint (report->score, ==, 7);
}

static void
test_text_names (void)
{
  g_autoptr(PaChecklistReport) report = pa_checklist_review_text (good_text);
  gboolean kinds[3] = { FALSE };

  for (guint i = 0; i < report->names->len; i++)
    {
      PaChecklistName *name = g_ptr_array_index (report->names, i);

      g_test_message ("%d: %s", name->kind, name->name);
      kinds[name->kind] = TRUE;
      g_assert_cmpint (strncmp (good_text + name->start, name->name, name->end - name->start), ==, 0);
      if (name->kind == PA_CHECKLIST_NAME_CITIZEN)
        g_assert_cmpstr (name->name, ==, "Amina Yusuf");
      if (name->kind == PA_CHECKLIST_NAME_CONTACT)
        g_assert_cmpstr (name->name, ==, "Ole Jensen");
      if (name->kind == PA_CHECKLIST_NAME_COMPANY)
        g_assert_cmpstr (name->name, ==, "Bager Jensen ApS");
    }
  g_assert_true (kinds[0] && kinds[1] && kinds[2]);
}

static void
test_text_odd_input (void)
{
  g_autoptr(PaChecklistReport) empty = pa_checklist_review_text ("");
  g_autoptr(PaChecklistReport) invalid = pa_checklist_review_text ("Formål: \xff\xfe job som lager\xc3");
  g_autoptr(PaChecklistReport) dots = pa_checklist_review_text ("... !!! ??? - * \n\n\n:::");

  g_assert_cmpint (empty->score, ==, 0);
  g_assert_cmpint (invalid->score, ==, 0);
  g_assert_cmpint (dots->score, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pa_test_use_danish ();

  g_test_add_func ("/pa/checklist/titles", test_titles);
  g_test_add_func ("/pa/checklist/agreement/complete", test_complete);
  g_test_add_func ("/pa/checklist/agreement/empty", test_empty);
  g_test_add_func ("/pa/checklist/agreement/vague-goal", test_vague_goal);
  g_test_add_func ("/pa/checklist/agreement/subgoals-point-forward", test_subgoals_point_forward);
  g_test_add_func ("/pa/checklist/agreement/subgoals-from-today", test_subgoals_from_today);
  g_test_add_func ("/pa/checklist/agreement/vague-task", test_vague_task);
  g_test_add_func ("/pa/checklist/agreement/hours-and-days", test_hours_and_days);
  g_test_add_func ("/pa/checklist/agreement/finding-feeds-hours", test_finding_feeds_hours);
  g_test_add_func ("/pa/checklist/agreement/no-restrictions", test_no_restrictions);
  g_test_add_func ("/pa/checklist/agreement/restriction-unhandled", test_restriction_unhandled);
  g_test_add_func ("/pa/checklist/agreement/diagnosis-shared", test_diagnosis_shared);
  g_test_add_func ("/pa/checklist/agreement/follow-up-dates-or-frequency", test_follow_up_dates_or_frequency);
  g_test_add_func ("/pa/checklist/agreement/contact-or-mentor", test_contact_or_mentor);
  g_test_add_func ("/pa/checklist/agreement/paid-hours-paths", test_paid_hours_paths);
  g_test_add_func ("/pa/checklist/agreement/confirmed-by-hand", test_confirmed_by_hand);
  g_test_add_func ("/pa/checklist/json", test_json);
  g_test_add_func ("/pa/checklist/text/filler", test_text_filler);
  g_test_add_func ("/pa/checklist/text/good", test_text_good);
  g_test_add_func ("/pa/checklist/text/spelling", test_text_spelling);
  g_test_add_func ("/pa/checklist/text/no-headings", test_text_no_headings);
  g_test_add_func ("/pa/checklist/text/names", test_text_names);
  g_test_add_func ("/pa/checklist/text/odd-input", test_text_odd_input);
  return g_test_run ();
}
