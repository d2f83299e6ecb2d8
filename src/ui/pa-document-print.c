/* pa-document-print.c: prints the agreement through GtkPrintOperation, the same pages as the PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages are laid out once, for A4, by pa_document_layout_new() and
 * drawn by pa_document_layout_draw_page(), the drawing the PDF gets; on
 * other paper they are scaled to fit. The printer, its options and the
 * page setup are remembered in GSettings.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-document-print.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89

typedef struct {
  PaAgreement       *agreement;   /* a copy */
  PaDocumentVariant  variant;
  PaDocumentLayout  *layout;
  GSettings         *settings;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->agreement);
  g_clear_pointer (&job->layout, pa_document_layout_free);
  g_clear_object (&job->settings);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  if (job->layout == NULL)
    job->layout = pa_document_layout_new (job->agreement, job->variant, A4_WIDTH, A4_HEIGHT);
  gtk_print_operation_set_n_pages (operation, pa_document_layout_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / A4_WIDTH, height / A4_HEIGHT);

  /* The units are points (set below); another paper than A4 shrinks
   * the page to fit, centred across. */
  cairo_save (cr);
  cairo_translate (cr, (width - A4_WIDTH * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  pa_document_layout_draw_page (job->layout, cr, page);
  cairo_restore (cr);
}

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

static void
restore_settings (GtkPrintOperation *operation,
                  GSettings         *settings)
{
  g_autoptr(GVariant) print = settings ? g_settings_get_value (settings, "print-settings") : NULL;
  g_autoptr(GVariant) page = settings ? g_settings_get_value (settings, "page-setup") : NULL;
  g_autoptr(GtkPageSetup) setup = NULL;

  if (print != NULL && g_variant_n_children (print) > 0)
    {
      g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new_from_gvariant (print);

      gtk_print_operation_set_print_settings (operation, print_settings);
    }
  if (page != NULL && g_variant_n_children (page) > 0)
    setup = gtk_page_setup_new_from_gvariant (page);
  if (setup == NULL)
    setup = default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, setup);
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  GtkPrintSettings *print_settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (operation);

  if (result != GTK_PRINT_OPERATION_RESULT_APPLY || job->settings == NULL)
    return;
  if (print_settings != NULL)
    g_settings_set_value (job->settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));
  if (setup != NULL)
    g_settings_set_value (job->settings, "page-setup", gtk_page_setup_to_gvariant (setup));
}

static PaAgreement *
copy_agreement (PaAgreement *agreement)
{
  PaAgreement *copy = g_object_new (PA_TYPE_AGREEMENT, NULL);

  pa_agreement_freeze_tracking (copy);
  pa_record_copy_into (PA_RECORD (agreement), PA_RECORD (copy));
  return copy;
}

GtkPrintOperation *
pa_document_print_operation_new (PaAgreement       *agreement,
                                 PaDocumentVariant  variant,
                                 GSettings         *settings)
{
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  job = g_new0 (PrintJob, 1);
  job->agreement = copy_agreement (agreement);
  job->variant = variant;
  job->settings = settings ? g_object_ref (settings) : NULL;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  {
    g_autofree char *name = pa_pdf_default_filename (agreement, variant);

    gtk_print_operation_set_job_name (operation, name);
  }
  restore_settings (operation, settings);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  g_object_set_data_full (G_OBJECT (operation), "pa-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}

void
pa_document_print (GtkWindow         *parent,
                   PaAgreement       *agreement,
                   PaDocumentVariant  variant,
                   GSettings         *settings)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PA_IS_AGREEMENT (agreement));

  operation = pa_document_print_operation_new (agreement, variant, settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("The Agreement Could Not Be Printed"),
                                                  /* Translators: printing failed; the system's reason is not shown */
                                                  _("Check that the printer is on and connected, and try again."));

      g_warning ("Printing failed: %s", error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}
