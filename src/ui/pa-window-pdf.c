/* pa-window-pdf.c: the window's PDF and print actions for the open agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.export-pdf('full' or 'company') asks for a file name with the
 * native file chooser and writes the PDF in a worker thread, from a copy
 * of the agreement; win.print-agreement(...) opens the print dialog.
 * Ctrl+Shift+E saves the full agreement as PDF from anywhere in the
 * window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "docs/pa-pdf.h"

#include "pa-document-print.h"
#include "pa-window-private.h"

static PaDocumentVariant
variant_of (GVariant *parameter)
{
  return parameter != NULL && g_strcmp0 (g_variant_get_string (parameter, NULL), "company") == 0
    ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL;
}

static PaAgreement *
open_agreement (PaWindow *self)
{
  if (self->autosave == NULL)
    return NULL;
  _pa_window_commit_editor (self);
  return pa_autosave_get_agreement (self->autosave);
}

/* Writing */

typedef struct {
  PaAgreement       *agreement;  /* a copy, the worker's own */
  PaDocumentVariant  variant;
  char              *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->agreement);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (pa_pdf_export_file (job->agreement, job->variant, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  PaWindow *self = PA_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *base = g_path_get_basename (job->path);
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Saved as %s"), base);

      _pa_window_show_toast (self, title);
    }
  else
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self),
                                                   _("The Document Could Not Be Saved"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

static PaAgreement *
copy_agreement (PaAgreement *agreement)
{
  PaAgreement *copy = g_object_new (PA_TYPE_AGREEMENT, NULL);

  pa_agreement_freeze_tracking (copy);
  pa_record_copy_into (PA_RECORD (agreement), PA_RECORD (copy));
  return copy;
}

/**
 * _pa_window_export_pdf_to:
 *
 * Writes the open agreement's PDF to @path in a worker thread, then
 * shows a toast or what went wrong. Also for the tests, without a dialog.
 */
void
_pa_window_export_pdf_to (PaWindow          *self,
                          PaDocumentVariant  variant,
                          const char        *path)
{
  PaAgreement *agreement = open_agreement (self);
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (agreement == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->agreement = copy_agreement (agreement);
  job->variant = variant;
  job->path = g_strdup (path);
  task = g_task_new (self, NULL, on_exported, NULL);
  g_task_set_source_tag (task, _pa_window_export_pdf_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/* The dialog */

typedef struct {
  PaWindow          *window;
  PaDocumentVariant  variant;
} ChooserState;

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     ChooserState    *state)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    _pa_window_export_pdf_to (state->window, state->variant, path);

  g_object_unref (dialog);
  g_object_unref (state->window);
  g_free (state);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  PaAgreement *agreement = open_agreement (self);
  PaDocumentVariant variant = variant_of (parameter);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  ChooserState *state;

  if (agreement == NULL)
    return;
  dialog = gtk_file_chooser_native_new (variant == PA_DOCUMENT_COMPANY
                                        ? _("Save the Company’s Copy as PDF")
                                        : _("Save Agreement as PDF"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  name = pa_pdf_default_filename (agreement, variant);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  state = g_new0 (ChooserState, 1);
  state->window = g_object_ref (self);
  state->variant = variant;
  g_signal_connect (dialog, "response", G_CALLBACK (on_chooser_response), state);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  PaAgreement *agreement = open_agreement (self);

  if (agreement != NULL)
    pa_document_print (GTK_WINDOW (self), agreement, variant_of (parameter), self->settings);
}

void
_pa_window_class_init_pdf (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.print-agreement", "s", print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", "s", "full");
}
