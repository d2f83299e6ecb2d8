/* pa-test-complete.c: a complete, realistic agreement for the checklist and VITAS tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written as a consultant would fill in the nine steps for Amina Hassan
 * at Netto Vejle Nord, so that each of the seven points of a good
 * description (domain.md section 5) has what it asks for. Words from
 * pa-test-complete.h mark what must never reach the company or VITAS.
 */
#include "config.h"

#include "pa-test-complete.h"

static void
set (PaRecord   *record,
     const char *field,
     const char *value)
{
  pa_record_set_string (record, field, value);
}

static void
add_workday (PaRecord *a,
             int       weekday,
             const char *from,
             const char *to)
{
  PaRecord *day = pa_record_add (a, "workdays");

  pa_record_set_int (day, "weekday", weekday);
  set (day, "start-time", from);
  set (day, "end-time", to);
}

static void
fill_parties (PaRecord *a)
{
  PaRecord *citizen = pa_record_get_child (a, "citizen");
  PaRecord *company = pa_record_get_child (a, "company");
  PaRecord *jobcentre = pa_record_get_child (a, "jobcentre");

  set (citizen, "name", "Amina Hassan");
  set (citizen, "cpr", "010190-1234");
  set (citizen, "languages", "arabisk og dansk");
  set (citizen, "target-group", "aktivitetsparat");
  set (citizen, "job-goal", "Arbejde i et supermarked, gerne ved kassen");
  set (citizen, "recent-employer", PA_TEST_SENSITIVE_TOKEN " Bageri");
  set (company, "name", "Netto Vejle Nord");
  set (company, "cvr", "10150817");
  pa_record_set_int (company, "employees", 14);
  set (company, "contact-name", "Lars Nielsen");
  set (company, "contact-role", "butikschef");
  set (company, "contact-phone", "75 82 11 40");
  set (company, "mentor-name", "Mette Skov");
  set (jobcentre, "consultant-name", "Sara Poulsen");
  set (jobcentre, "municipality", "Vejle Kommune");
}

static void
fill_period (PaRecord *a)
{
  PaRecord *r;

  set (a, "start-date", "2026-03-02");
  set (a, "end-date", "2026-05-31");
  pa_record_set_double (a, "start-hours", 12);
  add_workday (a, 1, "08:00", "12:00");
  add_workday (a, 2, "08:00", "12:00");
  add_workday (a, 4, "08:00", "12:00");
  r = pa_record_add (a, "step-ups");
  pa_record_set_int (r, "from-week", 5);
  pa_record_set_double (r, "hours", 16);
  r = pa_record_add (a, "step-ups");
  set (r, "from-date", "2026-04-27");
  pa_record_set_double (r, "hours", 20);
}

static void
fill_purpose_and_goals (PaRecord *a)
{
  PaRecord *r, *goal;

  r = pa_record_add (a, "purposes");
  set (r, "purpose-id", "competences");
  set (a, "individual-purpose",
       "Amina vil prøve at være på en arbejdsplads igen og lære dansk i hverdagen sammen med kollegerne");
  set (a, "vitas-purpose", "professional-competences");
  set (a, "availability-reason", PA_TEST_SENSITIVE_TOKEN " rådighed");

  goal = pa_record_add (a, "goals");
  set (goal, "specific", "Amina fylder selv kølediske op om morgenen efter varelisten");
  set (goal, "measure", "Mette Skov ser, at kølediskene er fyldt op kl. 9.00 tre dage i træk");
  set (goal, "deadline", "2026-05-22");
  r = pa_record_add (goal, "subgoals");
  set (r, "text", "Amina kender varernes pladser i kølerummet");
  set (r, "date", "2026-03-27");
  r = pa_record_add (goal, "subgoals");
  set (r, "text", "Amina fylder mejerivarer op uden hjælp");
  set (r, "date", "2026-04-24");
}

static void
fill_tasks (PaRecord *a)
{
  PaRecord *function = pa_record_add (a, "work-functions");
  PaRecord *r;

  set (function, "name", "Varemodtagelse og opfyldning");
  pa_record_set_int (function, "start-level", 1);
  r = pa_record_add (function, "tasks");
  set (r, "text", "pakke kølevarer ud");
  r = pa_record_add (function, "tasks");
  set (r, "text", "fylde mejerivarer op i kølediskene");
  r = pa_record_add (function, "tasks");
  set (r, "text", "tjekke datoer på mælk og yoghurt");
  r = pa_record_add (function, "targets");
  pa_record_set_int (r, "level", 3);
  set (r, "date", "2026-04-24");
}

static void
fill_restrictions (PaRecord *a)
{
  PaRecord *r, *m, *answer;

  r = pa_record_add (a, "restrictions");
  set (r, "original", PA_TEST_SENSITIVE_TOKEN " ondt i ryggen efter en diskusprolaps");
  set (r, "category", "physical");
  answer = pa_record_add (r, "answers");
  set (answer, "question", "Hvor længe kan du stå?");
  set (answer, "answer", PA_TEST_SENSITIVE_TOKEN " en time");
  set (r, "reformulation", "Amina arbejder bedst med en pause hver time i " PA_TEST_SHARED_TOKEN "t");
  m = pa_record_add (r, "measures");
  set (m, "kind", "hours");
  set (m, "description", PA_TEST_SHARED_MEASURE);
  pa_record_set_boolean (r, "consent", TRUE);
  set (r, "consent-date", "2026-02-20");

  r = pa_record_add (a, "restrictions");
  set (r, "original", PA_TEST_PRIVATE_TOKEN " angst i mængder");
  set (r, "reformulation", "Amina arbejder bedst " PA_TEST_PRIVATE_TOKEN " i et roligt hjørne");
  m = pa_record_add (r, "measures");
  set (m, "kind", "other");
  set (m, "description", PA_TEST_PRIVATE_TOKEN " skærm");
  pa_record_set_boolean (r, "consent", FALSE);
}

static void
add_follow_up (PaRecord   *a,
               const char *date,
               const char *time,
               const char *kind,
               const char *participants)
{
  PaRecord *r = pa_record_add (a, "follow-ups");

  set (r, "date", date);
  set (r, "time", time);
  set (r, "kind", kind);
  set (r, "participants", participants);
  set (r, "notes", PA_TEST_SENSITIVE_TOKEN " noter");
}

static void
fill_follow_up (PaRecord *a)
{
  add_follow_up (a, "2026-03-02", "09:00", "three-party", "Amina, Lars Nielsen, Mette Skov og Sara Poulsen");
  add_follow_up (a, "2026-03-30", "10:00", "company", "Amina, Mette Skov og Sara Poulsen");
  add_follow_up (a, "2026-05-28", "13:00", "three-party", "Amina, Lars Nielsen og Sara Poulsen");
  set (a, "responsibilities",
       "Mette Skov viser Amina opgaverne og svarer på spørgsmål. Lars Nielsen sørger for vagtplanen. "
       "Sara Poulsen fra jobcentret følger op og er kontakt for Amina");
  set (a, "follow-up-frequency", "Sara Poulsen følger op hver fjerde uge, og ringer til Mette Skov hver fredag");
  set (a, "contingency",
       "Hvis det ikke går som planlagt, ringer Lars Nielsen til Sara Poulsen samme dag, og vi holder et møde inden for en uge");
  set (a, "next-step", "Samtale om løntimer ved kassen og danskundervisning på modul 4 ved siden af");
  set (a, "ordinary-hours-prospect",
       "Butikken mangler folk til opfyldning om morgenen. Hvis Amina klarer kølevarerne alene, kan det blive til 8 løntimer om ugen");
  pa_record_set_double (a, "ordinary-hours-expected", 8);
  set (a, "notes", PA_TEST_SENSITIVE_TOKEN " intern note");
}

PaAgreement *
pa_test_new_complete_agreement (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *a = PA_RECORD (agreement);

  fill_parties (a);
  fill_period (a);
  fill_purpose_and_goals (a);
  fill_tasks (a);
  fill_restrictions (a);
  fill_follow_up (a);
  return agreement;
}
