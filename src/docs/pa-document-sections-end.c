/* pa-document-sections-end.c: the second part of the printed agreement: tasks to signatures
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like pa-document-sections.c, these print what they are given: the
 * company's copy is stripped before it gets here.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-restriction-analysis.h"
#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "core/pa-wording.h"
#include "pa-document-sections.h"

/* Tasks and progression */

static const char *
task_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "paid") == 0)
    return C_("task kind", "Paid hours");
  return NULL;
}

static void
write_task_list (PaDocumentLayout *doc,
                 PaRecord         *function)
{
  GListModel *tasks = pa_doc_list (function, "tasks");

  if (g_list_model_get_n_items (tasks) == 0)
    return;
  pa_document_add_text (doc, PA_DOC_LABEL, _("Tasks"));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(PaRecord) task = g_list_model_get_item (tasks, i);
      const char *kind = task_kind_label (pa_record_get_string (task, "kind"));
      const char *text = pa_doc_str (task, "text");
      g_autofree char *line = NULL;

      if (text == NULL)
        continue;
      line = kind ? g_strdup_printf ("•  %s (%s)", text, kind) : g_strdup_printf ("•  %s", text);
      pa_document_add_text (doc, PA_DOC_BODY, line);
    }
}

static void
write_competences (PaDocumentLayout *doc,
                   PaRecord         *function)
{
  GListModel *list = pa_doc_list (function, "competences");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) competence = g_list_model_get_item (list, i);

      if (pa_doc_str (competence, "name") != NULL)
        g_ptr_array_add (names, (gpointer) pa_doc_str (competence, "name"));
    }
  g_ptr_array_add (names, NULL);
  if (names->len > 1)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);

      pa_document_add_paragraph (doc, _("Core competences the company names"), joined);
    }
}

static void
write_work_function (PaDocumentLayout *doc,
                     PaRecord         *function)
{
  const char *name = pa_doc_str (function, "name");
  g_autofree char *hours = pa_doc_hours (pa_record_get_double (function, "hours"));
  g_autofree char *described = pa_progression_describe (function);

  pa_document_begin_group (doc, TRUE);
  pa_document_add_text (doc, PA_DOC_HEADING, name ? name : _("Work function"));
  pa_document_add_field (doc, _("Hours per week in this work function"), hours);
  write_task_list (doc, function);
  pa_document_add_text (doc, PA_DOC_LABEL, _("Progression"));
  pa_document_add_ladder (doc, function);
  pa_document_add_text (doc, PA_DOC_SMALL, described);
  pa_document_end_group (doc);

  pa_document_begin_group (doc, TRUE);
  pa_document_add_paragraph (doc, _("Pace or hours a new employee manages"), pa_doc_str (function, "pace"));
  pa_document_add_paragraph (doc, _("Error rate a new employee keeps within"), pa_doc_str (function, "error-rate"));
  pa_document_add_paragraph (doc, _("Independence a new employee shows"), pa_doc_str (function, "independence"));
  write_competences (doc, function);
  pa_document_end_group (doc);
}

void
pa_doc_write_tasks (PaDocumentLayout *doc,
                    PaRecord         *agreement)
{
  GListModel *list = pa_doc_list (agreement, "work-functions");

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Tasks and Progression"));
  if (g_list_model_get_n_items (list) == 0)
    pa_document_add_text (doc, PA_DOC_SMALL, _("No work functions have been agreed yet."));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (list, i);

      write_work_function (doc, function);
    }
}

/* Restrictions */


static void
write_answers (PaDocumentLayout *doc,
               PaRecord         *restriction)
{
  GListModel *list = pa_doc_list (restriction, "answers");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) answer = g_list_model_get_item (list, i);

      pa_document_add_paragraph (doc, pa_doc_str (answer, "question") ? pa_doc_str (answer, "question")
                                                                      : _("Question"),
                                 pa_doc_str (answer, "answer"));
    }
}

static void
write_measures (PaDocumentLayout *doc,
                PaRecord         *restriction)
{
  GListModel *list = pa_doc_list (restriction, "measures");

  if (g_list_model_get_n_items (list) == 0)
    return;
  pa_document_add_text (doc, PA_DOC_LABEL, _("How it is handled"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) measure = g_list_model_get_item (list, i);
      const char *text = pa_doc_str (measure, "description");
      g_autofree char *line = NULL;

      if (text == NULL)
        continue;
      line = g_strdup_printf ("•  %s", text);
      pa_document_add_text (doc, PA_DOC_BODY, line);
    }
}

static void
write_restriction (PaDocumentLayout *doc,
                   PaRecord         *restriction,
                   guint             number)
{
  const char *reformulation = pa_doc_str (restriction, "reformulation");
  /* Translators: the heading of a restriction (skånehensyn) in the printed agreement */
  g_autofree char *title = g_strdup_printf (_("Restriction %u"), number);
  g_autofree char *date = pa_doc_date (restriction, "consent-date");

  pa_document_begin_group (doc, TRUE);
  pa_document_add_text (doc, PA_DOC_HEADING, title);
  pa_document_add_text (doc, PA_DOC_BODY, reformulation ? reformulation : "–");
  pa_document_add_paragraph (doc, _("Restriction in the citizen's words"), pa_doc_str (restriction, "original"));
  pa_document_add_field (doc, _("Category"), pa_restriction_category_label (pa_doc_str (restriction, "category")));
  write_answers (doc, restriction);
  write_measures (doc, restriction);
  if (pa_record_get_boolean (restriction, "consent"))
    {
      g_autofree char *line =
        *date != '\0'
        /* Translators: %s is the date the citizen agreed to share a restriction */
        ? g_strdup_printf (_("The citizen agreed on %s to share this with the company."), date)
        : g_strdup (_("The citizen agrees to share this with the company"));

      pa_document_add_text (doc, PA_DOC_SMALL, line);
    }
  else
    pa_document_add_text (doc, PA_DOC_SMALL, _("Not shared with the company: not in the company’s copy."));
  pa_document_end_group (doc);
}

void
pa_doc_write_restrictions (PaDocumentLayout *doc,
                           PaRecord         *agreement)
{
  GListModel *list = pa_doc_list (agreement, "restrictions");

  /* Translators: a section of the printed agreement; skånehensyn */
  pa_document_add_section (doc, _("Restrictions and How They Are Handled"));
  if (pa_record_get_boolean (agreement, "no-restrictions"))
    pa_document_add_text (doc, PA_DOC_BODY, _("No restrictions are relevant to the work"));
  else if (g_list_model_get_n_items (list) == 0)
    pa_document_add_text (doc, PA_DOC_SMALL, _("No restrictions are described."));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) restriction = g_list_model_get_item (list, i);

      write_restriction (doc, restriction, i + 1);
    }
}

/* Follow-ups */

static const char *
follow_up_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "phone") == 0)
    return C_("follow-up", "By phone");
  if (g_strcmp0 (kind, "company") == 0)
    return C_("follow-up", "At the company");
  if (g_strcmp0 (kind, "three-party") == 0)
    return C_("follow-up", "Three-party meeting");
  return NULL;
}

static char *
follow_up_title (PaRecord *follow_up,
                 guint     number)
{
  g_autofree char *date = pa_doc_date (follow_up, "date");
  int minutes = pa_doc_minutes (pa_record_get_string (follow_up, "time"));
  g_autofree char *time = minutes >= 0 ? pa_wording_time (minutes) : NULL;
  const char *kind = follow_up_kind_label (pa_record_get_string (follow_up, "kind"));
  GString *title = g_string_new (NULL);

  /* Translators: the heading of a follow-up meeting, "Opfølgning 2" */
  g_string_printf (title, _("Follow-up %u"), number);
  if (*date != '\0')
    g_string_append_printf (title, ": %s", date);
  if (time != NULL)
    /* Translators: the time of a follow-up after its date, " kl. 10.00" */
    g_string_append_printf (title, _(" at %s"), time);
  if (kind != NULL)
    g_string_append_printf (title, " · %s", kind);
  return g_string_free (title, FALSE);
}

static void
write_follow_up (PaDocumentLayout *doc,
                 PaRecord         *follow_up,
                 guint             number)
{
  g_autofree char *title = follow_up_title (follow_up, number);

  pa_document_begin_group (doc, TRUE);
  pa_document_add_text (doc, PA_DOC_HEADING, title);
  pa_document_add_field (doc, _("Participants"), pa_doc_str (follow_up, "participants"));
  pa_document_add_paragraph (doc, _("Agenda"), pa_doc_str (follow_up, "agenda"));
  pa_document_add_paragraph (doc, _("Notes afterwards"), pa_doc_str (follow_up, "notes"));
  pa_document_end_group (doc);
}

void
pa_doc_write_follow_ups (PaDocumentLayout *doc,
                         PaRecord         *agreement)
{
  GListModel *list = pa_doc_list (agreement, "follow-ups");

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Follow-up and Arrangements"));
  pa_document_add_paragraph (doc, _("Who is responsible for what"), pa_doc_str (agreement, "responsibilities"));
  pa_document_add_paragraph (doc, _("How often the placement is followed up"),
                             pa_doc_str (agreement, "follow-up-frequency"));
  pa_document_add_paragraph (doc, _("What happens if the placement does not go to plan"),
                             pa_doc_str (agreement, "contingency"));
  if (g_list_model_get_n_items (list) == 0)
    pa_document_add_text (doc, PA_DOC_SMALL, _("No follow-ups are planned yet."));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) follow_up = g_list_model_get_item (list, i);

      write_follow_up (doc, follow_up, i + 1);
    }
}

void
pa_doc_write_next_step (PaDocumentLayout *doc,
                        PaRecord         *agreement)
{
  g_autofree char *hours = pa_doc_hours (pa_record_get_double (agreement, "ordinary-hours-expected"));

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Next Step and Ordinary Hours"));
  pa_document_add_paragraph (doc, _("Next step"), pa_doc_str (agreement, "next-step"));
  pa_document_add_paragraph (doc, _("Prospect of ordinary paid hours"),
                             pa_doc_str (agreement, "ordinary-hours-prospect"));
  pa_document_add_field (doc, _("Expected paid hours per week"), hours);
}

/* Internal: the VITAS texts and the notes, full document only (the
 * company copy has them cleared). */
void
pa_doc_write_internal (PaDocumentLayout *doc,
                       PaRecord         *agreement)
{
  static const char * const fields[] = { "vitas-description", "vitas-conditions", "vitas-working-time", "notes" };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    any |= pa_doc_str (agreement, fields[i]) != NULL;
  if (!any)
    return;
  /* Translators: a section of the full printed agreement, not in the company's copy */
  pa_document_add_section (doc, _("For the Jobcentre Only"));
  pa_document_add_text (doc, PA_DOC_SMALL, _("This section is not in the company’s copy."));
  pa_document_add_paragraph (doc, _("Placement description for VITAS"), pa_doc_str (agreement, "vitas-description"));
  pa_document_add_paragraph (doc, _("Qualifications and special conditions for VITAS"),
                             pa_doc_str (agreement, "vitas-conditions"));
  pa_document_add_paragraph (doc, _("Working time for VITAS"), pa_doc_str (agreement, "vitas-working-time"));
  pa_document_add_paragraph (doc, _("Notes"), pa_doc_str (agreement, "notes"));
}
