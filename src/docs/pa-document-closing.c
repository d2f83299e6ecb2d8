/* pa-document-closing.c: the close of the printed agreement: checklist, approvals, signatures; and the order of all sections
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checklist prints the seven points as core/pa-checklist.h judges
 * the full agreement (evaluated once per layout, before a company copy
 * is made, see pa-document-layout.c): fulfilled, confirmed by hand (the
 * consultant's PaChecklistItem), or not yet; and the hand confirmation's
 * note where the agreement given still holds it (not the company copy).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-checklist.h"
#include "core/pa-model.h"
#include "core/pa-wording.h"
#include "pa-document-sections.h"

/* Checklist */

static const char *
checklist_status (const PaChecklistItemResult *item)
{
  if (item->confirmed_by_hand)
    /* Translators: a checklist point the consultant confirmed by hand */
    return _("✓ Confirmed by hand");
  if (item->ok)
    /* Translators: a checklist point the agreement fulfils */
    return _("✓ Fulfilled");
  /* Translators: a checklist point the agreement does not fulfil yet */
  return _("Not yet");
}

void
pa_doc_write_checklist (PaDocumentLayout *doc,
                        PaRecord         *agreement,
                        PaDocumentVariant variant)
{
  static const double widths[] = { 0.05, 0.42, 0.24, 0.29 };
  PaChecklistReport *report = pa_document_get_checklist (doc);
  const char *head[] = { "", _("Point"), _("Status"), _("Note") };
  guint n_cells = variant == PA_DOCUMENT_FULL ? 4 : 3;
  static const double company_widths[] = { 0.05, 0.6, 0.35 };

  /* Translators: a section of the printed agreement; "Den gode beskrivelse" */
  pa_document_add_section (doc, _("Checklist: a Good Description"));
  pa_document_begin_group (doc, FALSE);
  pa_document_add_row (doc, TRUE, n_cells, n_cells == 4 ? widths : company_widths, head);
  for (int id = 1; report != NULL && id <= PA_CHECKLIST_ITEMS; id++)
    {
      const PaChecklistItemResult *result = &report->items[id - 1];
      PaRecord *item = PA_RECORD (pa_agreement_get_checklist_item (PA_AGREEMENT (agreement), id));
      g_autofree char *num = g_strdup_printf ("%d", id);
      const char *cells[] = { num, pa_checklist_item_title (id), checklist_status (result),
                              item != NULL ? pa_doc_str (item, "note") : NULL };

      pa_document_add_row (doc, FALSE, n_cells, n_cells == 4 ? widths : company_widths, cells);
    }
  pa_document_end_group (doc);
}

/* Approvals and signatures */

static const char *
party_label (const char *party)
{
  if (g_strcmp0 (party, "citizen") == 0)
    return _("Citizen");
  if (g_strcmp0 (party, "company") == 0)
    return _("Company");
  if (g_strcmp0 (party, "employee-rep") == 0)
    return _("Employee representative");
  return _("Jobcentre");
}

/* "2. marts 2026 kl. 10.15" */
static char *
approved_at (PaRecord *approval)
{
  const char *stamp = pa_doc_str (approval, "approved-at");
  g_autoptr(GDateTime) time = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;

  if (time == NULL)
    return NULL;
  iso = g_date_time_format (time, "%Y-%m-%d");
  date = pa_wording_date (iso);
  clock = pa_wording_time (g_date_time_get_hour (time) * 60 + g_date_time_get_minute (time));
  /* Translators: when a party approved: a date, then a time of day */
  return g_strdup_printf (_("%s at %s"), date, clock);
}

static void
write_approvals (PaDocumentLayout *doc,
                 PaRecord         *agreement)
{
  static const double widths[] = { 0.3, 0.32, 0.38 };
  GListModel *list = pa_doc_list (agreement, "approvals");
  const char *head[] = { _("Party"), _("Approved at"), _("Approved on behalf because") };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  /* Translators: the agreement's revision in the printed agreement */
  g_autofree char *revision = g_strdup_printf (_("Approvals recorded in the app, revision %d"),
                                               pa_record_get_int (agreement, "revision"));

  pa_document_begin_group (doc, FALSE);
  pa_document_add_text (doc, PA_DOC_LABEL, revision);
  pa_document_add_row (doc, TRUE, 3, widths, head);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) approval = g_list_model_get_item (list, i);
      g_autofree char *when = approved_at (approval);
      const char *cells[] = {
        party_label (pa_record_get_string (approval, "party")),
        /* Translators: a party has not approved this revision */
        when ? when : _("Not approved"),
        pa_doc_str (approval, "on-behalf-reason"),
      };

      pa_document_add_row (doc, FALSE, 3, widths, cells);
    }
  pa_document_end_group (doc);
}

static void
add_signature (PaDocumentLayout *doc,
               const char       *party,
               const char       *name)
{
  g_autofree char *caption = name ? g_strdup_printf ("%s: %s", party, name) : g_strdup (party);

  pa_document_add_signature (doc, caption);
}

void
pa_doc_write_signatures (PaDocumentLayout *doc,
                         PaRecord         *agreement)
{
  PaRecord *citizen = pa_record_get_child (agreement, "citizen");
  PaRecord *company = pa_record_get_child (agreement, "company");
  PaRecord *jobcentre = pa_record_get_child (agreement, "jobcentre");
  const char *rep = pa_doc_str (company, "employee-rep-name");
  const char *contact = pa_doc_str (company, "contact-name");
  g_autofree char *company_signer = NULL;

  if (pa_doc_str (company, "name") != NULL && contact != NULL)
    company_signer = g_strdup_printf ("%s, %s", contact, pa_doc_str (company, "name"));

  /* Translators: a section of the printed agreement */
  pa_document_add_section (doc, _("Approval and Signatures"));
  write_approvals (doc, agreement);
  pa_document_begin_group (doc, FALSE);
  /* Translators: the heading over the signature lines */
  pa_document_add_text (doc, PA_DOC_LABEL, _("Signatures"));
  pa_document_add_text (doc, PA_DOC_SMALL,
                        _("By signing, the parties confirm that they agree to the placement as described in this agreement."));
  add_signature (doc, _("Citizen"), pa_doc_str (citizen, "name"));
  add_signature (doc, _("Company"), company_signer ? company_signer : pa_doc_str (company, "name"));
  if (rep != NULL)
    add_signature (doc, _("Employee representative"), rep);
  add_signature (doc, _("Jobcentre"), pa_doc_str (jobcentre, "consultant-name"));
  pa_document_end_group (doc);
}

/* The whole */

static void
write_header (PaDocumentLayout *doc,
              PaRecord         *agreement,
              PaDocumentVariant variant)
{
  const char *citizen = pa_doc_str (pa_record_get_child (agreement, "citizen"), "name");
  const char *company = pa_doc_str (pa_record_get_child (agreement, "company"), "name");
  g_autofree char *start = pa_wording_date_numeric (pa_record_get_string (agreement, "start-date"));
  g_autofree char *end = pa_wording_date_numeric (pa_record_get_string (agreement, "end-date"));
  /* Translators: the running header: the citizen, then the company ("Lone hos Brugsen") */
  g_autofree char *parties = g_strdup_printf (C_("document header", "%s at %s"), citizen ? citizen : "–", company ? company : "–");
  /* Translators: the placement's period in the running header, "2.3.2026–31.5.2026" */
  g_autofree char *period = g_strdup_printf (_("Period %s–%s"), *start ? start : "…", *end ? end : "…");
  g_autofree char *line = g_strdup_printf ("%s  ·  %s", parties, period);
  g_autofree char *footer =
    variant == PA_DOCUMENT_COMPANY
    /* Translators: the footer of the company's copy; %d is the revision */
    ? g_strdup_printf (_("Work placement agreement, revision %d · The company’s copy"),
                       pa_record_get_int (agreement, "revision"))
    /* Translators: the footer of the full agreement; %d is the revision */
    : g_strdup_printf (_("Work placement agreement, revision %d"), pa_record_get_int (agreement, "revision"));

  pa_document_set_header (doc, line, NULL);
  pa_document_set_footer_note (doc, footer);
}

static void
write_title (PaDocumentLayout *doc,
             PaDocumentVariant variant)
{
  /* Translators: the title on the first page of the printed agreement */
  pa_document_add_text (doc, PA_DOC_TITLE, _("Work Placement Agreement"));
  if (variant == PA_DOCUMENT_COMPANY)
    pa_document_add_text (doc, PA_DOC_SMALL,
                          _("The company’s copy. It leaves out what the citizen has not agreed to share, and the jobcentre’s internal notes."));
  else
    pa_document_add_text (doc, PA_DOC_SMALL,
                          _("The full agreement, for the citizen and the case file. It holds personal data: keep it safe."));
}

void
pa_document_write_agreement (PaDocumentLayout *doc,
                             PaAgreement      *agreement,
                             PaDocumentVariant variant)
{
  PaRecord *record = PA_RECORD (agreement);

  write_header (doc, record, variant);
  write_title (doc, variant);
  pa_doc_write_parties (doc, record);
  pa_doc_write_period (doc, record);
  pa_doc_write_purpose (doc, record);
  pa_doc_write_goals (doc, record);
  pa_doc_write_tasks (doc, record);
  pa_doc_write_restrictions (doc, record);
  pa_doc_write_follow_ups (doc, record);
  pa_doc_write_next_step (doc, record);
  pa_doc_write_checklist (doc, record, variant);
  if (variant == PA_DOCUMENT_FULL)
    pa_doc_write_internal (doc, record);
  pa_doc_write_signatures (doc, record);
}
