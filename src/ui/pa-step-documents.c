/* pa-step-documents.c: step 9, the agreement as documents: preview, PDF, XML, print, calendar
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preview shows the PDF as it will be saved or printed and follows
 * the edits of the other steps. The switch above it chooses the full
 * agreement or the company's copy, and the buttons save, print and
 * export the version shown: the window's actions win.export-pdf,
 * win.export-xml / win.export-company-xml, win.print-agreement and
 * win.export-ics. The calendar button shows only once an action
 * win.export-ics is installed (the calendar export of issue 12).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-resources.h"
#include "pa-step-documents.h"

#define ZOOM_STEP 1.25
#define WIDE_PAGE 1180

struct _PaStepDocuments
{
  PaEditorStep       parent_instance;

  GtkToggleButton   *full_toggle;
  GtkToggleButton   *company_toggle;
  GtkLabel          *pages_label;
  GtkButton         *zoom_out_button;
  GtkButton         *zoom_reset_button;
  GtkButton         *zoom_in_button;
  GtkButton         *pdf_button;
  GtkButton         *xml_button;
  GtkButton         *print_button;
  GtkButton         *calendar_button;
  GtkFlowBox        *buttons_box;
  GtkLabel          *variant_label;
  PaDocumentPreview *preview;
};

G_DEFINE_FINAL_TYPE (PaStepDocuments, pa_step_documents, PA_TYPE_EDITOR_STEP)

static void
set_target (GtkButton  *button,
            const char *target)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
}

/* The buttons do what the preview shows. */
static void
update_variant (PaStepDocuments *self)
{
  gboolean company = gtk_toggle_button_get_active (self->company_toggle);
  const char *target = company ? "company" : "full";

  pa_document_preview_set_variant (self->preview, company ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL);
  set_target (self->pdf_button, target);
  set_target (self->print_button, target);
  set_target (self->calendar_button, target);
  gtk_button_set_label (self->pdf_button, company ? _("Save Company’s Copy as _PDF…") : _("Save as _PDF…"));
  gtk_button_set_label (self->xml_button, company ? _("Save _Company’s Copy as XML…") : _("Save as _XML…"));
  gtk_button_set_label (self->print_button, company ? _("P_rint Company’s Copy…") : _("_Print…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->xml_button),
                                  company ? "win.export-company-xml" : "win.export-xml");
  gtk_label_set_text (self->variant_label,
                      company
                      ? _("The company’s copy leaves out the CPR number, internal notes and the restrictions the citizen has not agreed to share, with their wording and answers.")
                      : _("The full agreement, for the citizen and the case file. It holds personal data: keep it safe."));
}

static void
on_variant_toggled (GtkToggleButton *toggle,
                    PaStepDocuments *self)
{
  update_variant (self);
}

/* "Side 1 af 4 · 90 %" above the preview. */
static void
update_status (PaStepDocuments *self)
{
  PaDocumentPreview *preview = self->preview;
  int n = pa_document_preview_get_n_pages (preview);
  double zoom = pa_document_preview_get_zoom (preview);
  g_autofree char *text = NULL;

  if (n > 0)
    /* Translators: above the preview: the page shown, how many there are, the zoom */
    text = g_strdup_printf (_("Page %d of %d · %d %%"), pa_document_preview_get_page (preview) + 1, n,
                            (int) (zoom * 100 + 0.5));
  gtk_label_set_text (self->pages_label, text ? text : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_out_button), zoom > PA_DOCUMENT_PREVIEW_ZOOM_MIN + 0.001);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_in_button), zoom < PA_DOCUMENT_PREVIEW_ZOOM_MAX - 0.001);
}

static void
on_pages_changed (PaDocumentPreview *preview,
                  GParamSpec        *pspec,
                  PaStepDocuments   *self)
{
  update_status (self);
}

static void
on_zoom_changed (PaDocumentPreview *preview,
                 GParamSpec        *pspec,
                 PaStepDocuments   *self)
{
  update_status (self);
}

static void
on_zoom_in (GtkButton       *button,
            PaStepDocuments *self)
{
  pa_document_preview_set_zoom (self->preview, pa_document_preview_get_zoom (self->preview) * ZOOM_STEP);
}

static void
on_zoom_out (GtkButton       *button,
             PaStepDocuments *self)
{
  pa_document_preview_set_zoom (self->preview, pa_document_preview_get_zoom (self->preview) / ZOOM_STEP);
}

static void
on_zoom_reset (GtkButton       *button,
               PaStepDocuments *self)
{
  pa_document_preview_fit_width (self->preview);
}

static void
pa_step_documents_set_agreement (PaEditorStep *step,
                                 PaAgreement  *agreement)
{
  PaStepDocuments *self = PA_STEP_DOCUMENTS (step);

  pa_document_preview_set_agreement (self->preview, agreement);
}

/* The documents are made from the other steps; what step 9 owns is the
 * approvals: complete when every party has approved this revision (the
 * employee representative only where the company names one). */
static gboolean
pa_step_documents_is_complete (PaEditorStep *step)
{
  PaAgreement *agreement = pa_editor_step_get_agreement (step);
  PaRecord *company;

  if (agreement == NULL)
    return FALSE;
  company = PA_RECORD (pa_agreement_get_company (agreement));
  for (guint i = 0; pa_approval_parties[i] != NULL; i++)
    {
      PaApproval *approval = pa_agreement_get_approval (agreement, pa_approval_parties[i]);
      const char *at = approval ? pa_record_get_string (PA_RECORD (approval), "approved-at") : NULL;

      if (g_str_equal (pa_approval_parties[i], "employee-rep") &&
          !pa_editor_step_has_text (company, "employee-rep-name"))
        continue;
      if (at == NULL || *at == '\0')
        return FALSE;
    }
  return TRUE;
}

static GtkWidget *
pa_step_documents_get_first_field (PaEditorStep *step)
{
  return GTK_WIDGET (PA_STEP_DOCUMENTS (step)->pdf_button);
}

static void
pa_step_documents_dispose (GObject *object)
{
  PaStepDocuments *self = PA_STEP_DOCUMENTS (object);

  if (self->preview != NULL)
    pa_document_preview_set_agreement (self->preview, NULL);

  G_OBJECT_CLASS (pa_step_documents_parent_class)->dispose (object);
}

static void
pa_step_documents_class_init (PaStepDocumentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_documents_dispose;
  step_class->set_agreement = pa_step_documents_set_agreement;
  step_class->is_complete = pa_step_documents_is_complete;
  step_class->get_first_field = pa_step_documents_get_first_field;

  g_type_ensure (PA_TYPE_DOCUMENT_PREVIEW);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-documents.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, full_toggle);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, company_toggle);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, pages_label);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, zoom_reset_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, xml_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, print_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, variant_label);
  gtk_widget_class_bind_template_child (widget_class, PaStepDocuments, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_variant_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_pages_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_in);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_out);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_reset);
}

static void
pa_step_documents_init (PaStepDocuments *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  pa_editor_step_set_maximum_width (PA_EDITOR_STEP (self), WIDE_PAGE);
  /* Hidden while nothing can save a calendar file (no win.export-ics). */
  g_object_bind_property (self->calendar_button, "sensitive",
                          gtk_widget_get_parent (GTK_WIDGET (self->calendar_button)), "visible",
                          G_BINDING_SYNC_CREATE);
  /* The flow box only wraps the buttons: Tab goes to the buttons, not
   * to the boxes around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->buttons_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->zoom_reset_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Fit to Width"), -1);
  update_variant (self);
  on_zoom_changed (self->preview, NULL, self);
}

PaDocumentPreview *
pa_step_documents_get_preview (PaStepDocuments *self)
{
  g_return_val_if_fail (PA_IS_STEP_DOCUMENTS (self), NULL);

  return self->preview;
}
