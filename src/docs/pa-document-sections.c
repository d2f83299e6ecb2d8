/* pa-document-sections.c: the first part of the printed agreement: parties, period, purpose, goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections follow the agreement's order. They print what the
 * agreement they are given holds and decide nothing about privacy: the
 * company's copy arrives already stripped by pa_privacy_company_copy(),
 * so a field left out there is simply empty here. Dates, hours and
 * weekdays are worded by core/pa-wording.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-model.h"
#include "core/pa-rules.h"
#include "core/pa-wording.h"
#include "pa-document-sections.h"

const char *
pa_doc_str (PaRecord   *record,
            const char *field)
{
  const char *value = pa_record_get_string (record, field);

  return value != NULL && *value != '\0' ? value : NULL;
}

char *
pa_doc_date (PaRecord   *record,
             const char *field)
{
  return pa_wording_date (pa_record_get_string (record, field));
}

/* "HH:MM" in minutes after midnight, or -1. */
int
pa_doc_minutes (const char *time)
{
  int h, m;

  if (time == NULL || sscanf (time, "%d:%d", &h, &m) != 2)
    return -1;
  return h * 60 + m;
}

char *
pa_doc_hours (double hours)
{
  return hours > 0 ? pa_wording_hours (hours) : NULL;
}

GListModel *
pa_doc_list (PaRecord   *record,
             const char *field)
{
  return G_LIST_MODEL (pa_record_get_list (record, field));
}

PaRuleSet *
pa_doc_rules (PaRecord *agreement)
{
  PaRuleBook *book = pa_rule_book_get_default ();

  return book != NULL ? pa_rule_book_get_for_date (book, pa_record_get_string (agreement, "start-date"))
                      : NULL;
}

static void
add_yes (PaDocumentLayout *doc,
         PaRecord         *record,
         const char       *field,
         const char       *label)
{
  if (pa_record_get_boolean (record, field))
    /* Translators: the value of a yes/no line of the printed agreement */
    pa_document_add_field (doc, label, C_("document", "Yes"));
}

static void
add_int (PaDocumentLayout *doc,
         PaRecord         *record,
         const char       *field,
         const char       *label)
{
  int value = pa_record_get_int (record, field);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : NULL;

  pa_document_add_field (doc, label, text);
}

/* "✓ @label" when @field is set. */
void
pa_doc_add_check (PaDocumentLayout *doc,
                  PaRecord         *record,
                  const char       *field,
                  const char       *label)
{
  g_autofree char *line = NULL;

  if (!pa_record_get_boolean (record, field))
    return;
  line = g_strdup_printf ("✓  %s", label);
  pa_document_add_text (doc, PA_DOC_SMALL, line);
}

/* Parties */

static void
write_citizen (PaDocumentLayout *doc,
               PaRecord         *citizen,
               PaRuleSet        *rules)
{
  const char *group = pa_doc_str (citizen, "target-group");
  const PaTargetGroup *target = group && rules ? pa_rule_set_find_target_group (rules, group) : NULL;

  /* Translators: a heading of the printed agreement */
  pa_document_add_text (doc, PA_DOC_HEADING, _("Citizen"));
  pa_document_add_field (doc, _("Name"), pa_doc_str (citizen, "name"));
  pa_document_add_field (doc, _("CPR number"), pa_doc_str (citizen, "cpr"));
  pa_document_add_field (doc, _("Phone"), pa_doc_str (citizen, "phone"));
  pa_document_add_field (doc, _("E-mail"), pa_doc_str (citizen, "email"));
  pa_document_add_field (doc, _("Languages"), pa_doc_str (citizen, "languages"));
  add_yes (doc, citizen, "needs-interpreter", _("Needs an interpreter"));
  add_yes (doc, citizen, "needs-language-mentor", _("Needs a language mentor"));
  pa_document_add_field (doc, _("Target group"), target ? target->label : group);
  pa_document_add_field (doc, _("Most recent employer"), pa_doc_str (citizen, "recent-employer"));
  pa_document_add_field (doc, _("Most recent employer's CVR number"),
                         pa_doc_str (citizen, "recent-employer-cvr"));
  pa_document_add_paragraph (doc, _("Job goal in the citizen's own words"), pa_doc_str (citizen, "job-goal"));
}

static void
write_company (PaDocumentLayout *doc,
               PaRecord         *company)
{
  pa_document_add_text (doc, PA_DOC_HEADING, _("Company"));
  pa_document_add_field (doc, _("Company name"), pa_doc_str (company, "name"));
  pa_document_add_field (doc, _("CVR number"), pa_doc_str (company, "cvr"));
  pa_document_add_field (doc, _("P-number"), pa_doc_str (company, "p-number"));
  pa_document_add_field (doc, _("Address"), pa_doc_str (company, "address"));
  add_int (doc, company, "employees", _("Ordinary employees"));
  add_int (doc, company, "placements-in-use", _("People already in placement or wage subsidy"));
  pa_document_add_field (doc, _("Contact person"), pa_doc_str (company, "contact-name"));
  pa_document_add_field (doc, _("Contact person's role"), pa_doc_str (company, "contact-role"));
  pa_document_add_field (doc, _("Contact person's phone"), pa_doc_str (company, "contact-phone"));
  pa_document_add_field (doc, _("Contact person's e-mail"), pa_doc_str (company, "contact-email"));
  pa_document_add_field (doc, _("Mentor"), pa_doc_str (company, "mentor-name"));
  pa_document_add_field (doc, _("Mentor's phone"), pa_doc_str (company, "mentor-phone"));
  pa_document_add_field (doc, _("Employee representative"), pa_doc_str (company, "employee-rep-name"));
  pa_document_add_field (doc, _("Employee representative's phone"),
                         pa_doc_str (company, "employee-rep-phone"));
}

static void
write_jobcentre (PaDocumentLayout *doc,
                 PaRecord         *jobcentre)
{
  pa_document_add_text (doc, PA_DOC_HEADING, _("Jobcentre"));
  pa_document_add_field (doc, _("Municipality"), pa_doc_str (jobcentre, "municipality"));
  pa_document_add_field (doc, _("Consultant"), pa_doc_str (jobcentre, "consultant-name"));
  pa_document_add_field (doc, _("Consultant's phone"), pa_doc_str (jobcentre, "consultant-phone"));
  pa_document_add_field (doc, _("Consultant's e-mail"), pa_doc_str (jobcentre, "consultant-email"));
  pa_document_add_field (doc, _("Caseworker"), pa_doc_str (jobcentre, "caseworker-name"));
  pa_document_add_field (doc, _("Caseworker's phone"), pa_doc_str (jobcentre, "caseworker-phone"));
}

void
pa_doc_write_parties (PaDocumentLayout *doc,
                      PaRecord         *agreement)
{
  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("The Parties"));
  write_citizen (doc, pa_record_get_child (agreement, "citizen"), pa_doc_rules (agreement));
  write_company (doc, pa_record_get_child (agreement, "company"));
  write_jobcentre (doc, pa_record_get_child (agreement, "jobcentre"));
}

/* Period and working time */

static void
write_extensions (PaDocumentLayout *doc,
                  PaRecord         *agreement)
{
  GListModel *list = pa_doc_list (agreement, "extensions");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (list, i);
      g_autofree char *end = pa_doc_date (extension, "end-date");
      /* Translators: a heading: the first, second ... extension of the placement */
      g_autofree char *title = g_strdup_printf (_("Extension %u"), i + 1);

      pa_document_begin_group (doc, TRUE);
      pa_document_add_text (doc, PA_DOC_LABEL, title);
      pa_document_add_field (doc, _("New end date"), end);
      pa_document_add_paragraph (doc, _("Purpose of the extension"), pa_doc_str (extension, "purpose"));
      pa_document_add_paragraph (doc, _("Reason for the extension"), pa_doc_str (extension, "reason"));
      pa_document_add_paragraph (doc, _("The very special need for a longer placement"),
                                 pa_doc_str (extension, "special-need"));
      pa_document_end_group (doc);
    }
}

static void
write_week (PaDocumentLayout *doc,
            PaRecord         *agreement)
{
  static const double widths[] = { 0.34, 0.22, 0.22, 0.22 };
  GListModel *list = pa_doc_list (agreement, "workdays");
  /* Translators: the columns of the week schedule in the printed agreement */
  const char *head[] = { _("Weekday"), C_("workday", "From"), C_("workday", "To"), _("Hours") };

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_begin_group (doc, FALSE);
  pa_document_add_text (doc, PA_DOC_LABEL, _("Weekdays and times"));
  pa_document_add_row (doc, TRUE, 4, widths, head);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (list, i);
      int from = pa_doc_minutes (pa_record_get_string (day, "start-time"));
      int to = pa_doc_minutes (pa_record_get_string (day, "end-time"));
      g_autofree char *weekday = pa_wording_weekday_title (pa_record_get_int (day, "weekday"));
      g_autofree char *start = from >= 0 ? pa_wording_time (from) : NULL;
      g_autofree char *end = to >= 0 ? pa_wording_time (to) : NULL;
      g_autofree char *hours = from >= 0 && to > from ? pa_wording_hours_of_minutes (to - from) : NULL;
      const char *cells[] = { weekday, start, end, hours };

      pa_document_add_row (doc, FALSE, 4, widths, cells);
    }
  pa_document_end_group (doc);
}

static void
write_step_ups (PaDocumentLayout *doc,
                PaRecord         *agreement)
{
  static const double widths[] = { 0.34, 0.33, 0.33 };
  GListModel *list = pa_doc_list (agreement, "step-ups");
  /* Translators: the columns of the step-up plan in the printed agreement */
  const char *head[] = { _("From week of the placement"), _("From date"), _("Hours per week") };

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_begin_group (doc, FALSE);
  pa_document_add_text (doc, PA_DOC_LABEL, _("Step-up plan"));
  pa_document_add_row (doc, TRUE, 3, widths, head);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) step = g_list_model_get_item (list, i);
      int week = pa_record_get_int (step, "from-week");
      /* Translators: a week of the placement in the step-up plan, "uge 3" */
      g_autofree char *from_week = week > 0 ? g_strdup_printf (_("week %d"), week) : NULL;
      g_autofree char *from_date = pa_doc_date (step, "from-date");
      g_autofree char *hours = pa_doc_hours (pa_record_get_double (step, "hours"));
      const char *cells[] = { from_week, from_date, hours };

      pa_document_add_row (doc, FALSE, 3, widths, cells);
    }
  pa_document_end_group (doc);
}

static void
write_hybrid (PaDocumentLayout *doc,
              PaRecord         *agreement)
{
  static const double widths[] = { 0.5, 0.25, 0.25 };
  GListModel *list = pa_doc_list (agreement, "hybrid-hours");
  const char *head[] = { _("Work function with paid hours"), _("Paid hours per week"), _("From date") };

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_begin_group (doc, FALSE);
  pa_document_add_text (doc, PA_DOC_LABEL, _("Paid hours (hybrid placement)"));
  pa_document_add_row (doc, TRUE, 3, widths, head);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (list, i);
      g_autofree char *hours = pa_doc_hours (pa_record_get_double (item, "hours"));
      g_autofree char *from = pa_doc_date (item, "from-date");
      const char *cells[] = { pa_doc_str (item, "work-function"), hours, from };

      pa_document_add_row (doc, FALSE, 3, widths, cells);
    }
  pa_document_end_group (doc);
}

void
pa_doc_write_period (PaDocumentLayout *doc,
                     PaRecord         *agreement)
{
  g_autofree char *start = pa_doc_date (agreement, "start-date");
  g_autofree char *end = pa_doc_date (agreement, "end-date");
  g_autofree char *length = pa_wording_duration (pa_record_get_string (agreement, "start-date"),
                                                 pa_record_get_string (agreement, "end-date"));
  g_autofree char *hours = pa_doc_hours (pa_record_get_double (agreement, "start-hours"));

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Period and Working Hours"));
  pa_document_add_field (doc, _("Start date"), start);
  pa_document_add_field (doc, _("End date"), end);
  /* Translators: how long the placement lasts, "4 uger og 2 dage" */
  pa_document_add_field (doc, _("Duration"), length);
  pa_document_add_field (doc, _("Hours per week at the start"), hours);
  write_extensions (doc, agreement);
  write_week (doc, agreement);
  write_step_ups (doc, agreement);
  write_hybrid (doc, agreement);
}

/* Purpose */

static void
write_legal_purposes (PaDocumentLayout *doc,
                      PaRecord         *agreement,
                      PaRuleSet        *rules)
{
  GListModel *list = pa_doc_list (agreement, "purposes");

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_add_text (doc, PA_DOC_LABEL, _("Legal purposes"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (list, i);
      const char *id = pa_doc_str (purpose, "purpose-id");
      const PaPurposeRule *rule = id && rules ? pa_rule_set_find_purpose (rules, id) : NULL;
      g_autofree char *line = NULL;

      if (id == NULL)
        continue;
      if (rule != NULL && rule->reference != NULL)
        line = g_strdup_printf ("•  %s (%s)", rule->label, rule->reference);
      else
        line = g_strdup_printf ("•  %s", rule ? rule->label : id);
      pa_document_add_text (doc, PA_DOC_BODY, line);
    }
}

void
pa_doc_write_purpose (PaDocumentLayout *doc,
                      PaRecord         *agreement)
{
  PaRuleSet *rules = pa_doc_rules (agreement);
  const char *vitas = pa_doc_str (agreement, "vitas-purpose");
  const PaVitasField *field = vitas && rules ? pa_rule_set_find_vitas_field (rules, vitas) : NULL;

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Purpose"));
  write_legal_purposes (doc, agreement, rules);
  pa_document_add_paragraph (doc, _("Purpose in the citizen's own words"),
                             pa_doc_str (agreement, "individual-purpose"));
  pa_document_add_field (doc, _("Purpose field in VITAS"), field ? field->label : vitas);
  pa_document_add_paragraph (doc, _("Reason for testing availability"),
                             pa_doc_str (agreement, "availability-reason"));
  pa_document_add_paragraph (doc, _("How this placement differs from an earlier one"),
                             pa_doc_str (agreement, "repeat-explanation"));
  pa_document_add_paragraph (doc, _("Assessment of a placement at the most recent employer"),
                             pa_doc_str (agreement, "recent-employer-assessment"));
}

/* Goals */

static void
write_subgoals (PaDocumentLayout *doc,
                PaRecord         *goal)
{
  static const double widths[] = { 0.62, 0.23, 0.15 };
  GListModel *list = pa_doc_list (goal, "subgoals");
  const char *head[] = { _("Sub-goal"), _("Date"), _("Reached") };

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_add_row (doc, TRUE, 3, widths, head);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) subgoal = g_list_model_get_item (list, i);
      g_autofree char *date = pa_doc_date (subgoal, "date");
      const char *cells[] = {
        pa_doc_str (subgoal, "text"), date,
        /* Translators: a sub-goal is reached (yes) or not yet (empty) */
        pa_record_get_boolean (subgoal, "reached") ? C_("document", "Yes") : "",
      };

      pa_document_add_row (doc, FALSE, 3, widths, cells);
    }
}

static void
write_goal (PaDocumentLayout *doc,
            PaRecord         *goal,
            guint             number,
            PaRuleSet        *rules)
{
  /* Translators: the heading of a SMART goal in the printed agreement */
  g_autofree char *title = g_strdup_printf (_("Goal %u"), number);
  g_autofree char *deadline = pa_doc_date (goal, "deadline");
  const char *purpose_id = pa_doc_str (goal, "purpose-id");
  const PaPurposeRule *purpose = purpose_id && rules ? pa_rule_set_find_purpose (rules, purpose_id) : NULL;

  pa_document_begin_group (doc, TRUE);
  pa_document_add_text (doc, PA_DOC_HEADING, title);
  pa_document_add_text (doc, PA_DOC_BODY, pa_doc_str (goal, "specific") ? pa_doc_str (goal, "specific") : "–");
  pa_document_add_field (doc, _("Deadline"), deadline);
  pa_document_add_field (doc, _("Purpose the goal serves"), purpose ? purpose->label : purpose_id);
  pa_document_add_paragraph (doc, _("How we will know it is reached"), pa_doc_str (goal, "measure"));
  pa_document_add_paragraph (doc, _("Why the citizen wants it"), pa_doc_str (goal, "attractive"));
  pa_document_add_paragraph (doc, _("Why it is realistic"), pa_doc_str (goal, "realistic"));
  pa_doc_add_check (doc, goal, "attractive-confirmed", _("The citizen confirms that this is their own goal"));
  pa_doc_add_check (doc, goal, "realistic-confirmed", _("The parties agree that the goal is realistic"));
  write_subgoals (doc, goal);
  pa_document_end_group (doc);
}

void
pa_doc_write_goals (PaDocumentLayout *doc,
                    PaRecord         *agreement)
{
  GListModel *list = pa_doc_list (agreement, "goals");
  PaRuleSet *rules = pa_doc_rules (agreement);

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Goals and Sub-goals"));
  if (g_list_model_get_n_items (list) == 0)
    pa_document_add_text (doc, PA_DOC_SMALL, _("No goals have been agreed yet."));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (list, i);

      write_goal (doc, goal, i + 1, rules);
    }
}
