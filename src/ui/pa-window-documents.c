/* pa-window-documents.c: the window's agreement documents: save as XML, import, drag and drop
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import is all or nothing: the file is read and checked in a thread, and
 * only a whole, valid agreement reaches the store. When its id is already
 * in the list the user chooses to replace it or keep both; a company copy
 * never replaces the full agreement it came from.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"

#include "pa-window-private.h"

/* Export */

typedef struct {
  PaWindow     *window;
  PaAgreement  *agreement;  /* the one open when the dialog opened */
  PaXmlVariant  variant;
} ExportState;

static char *
suggested_name (PaAgreement  *agreement,
                PaXmlVariant  variant)
{
  const char *citizen = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
  const char *start = pa_record_get_string (PA_RECORD (agreement), "start-date");
  g_autoptr(GString) name = g_string_new (citizen ? citizen : _("agreement"));

  if (start != NULL)
    g_string_append_printf (name, " %s", start);
  if (variant == PA_XML_VARIANT_COMPANY)
    /* Translators: added to the file name of the company's copy */
    g_string_append_printf (name, " %s", _("company copy"));
  g_string_append (name, ".xml");
  /* No slashes in a file name. */
  g_strdelimit (name->str, "/\\", '-');
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    ExportState     *state)
{
  PaWindow *self = state->window;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      _pa_window_commit_editor (self);
      if (pa_xml_export_file (state->agreement, state->variant, path, &error))
        {
          g_autofree char *base = g_file_get_basename (file);
          g_autofree char *title =
            /* Translators: %s is a file name */
            g_strdup_printf (_("Saved as %s"), base);

          _pa_window_show_toast (self, title);
        }
      else
        {
          AdwMessageDialog *message =
            ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                        _("The Document Could Not Be Saved"),
                                                        error->message));

          adw_message_dialog_add_response (message, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }

  g_object_unref (dialog);
  g_object_unref (state->window);
  g_object_unref (state->agreement);
  g_free (state);
}

static void
export (PaWindow     *self,
        PaXmlVariant  variant)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  ExportState *state;

  if (self->autosave == NULL)
    return;

  dialog = gtk_file_chooser_native_new (variant == PA_XML_VARIANT_COMPANY
                                        ? _("Save the Company’s Copy as XML")
                                        : _("Save Agreement as XML"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Agreement documents (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  name = suggested_name (pa_autosave_get_agreement (self->autosave), variant);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  state = g_new0 (ExportState, 1);
  state->window = g_object_ref (self);
  state->agreement = g_object_ref (pa_autosave_get_agreement (self->autosave));
  state->variant = variant;
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), state);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_xml_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (PA_WINDOW (widget), PA_XML_VARIANT_FULL);
}

static void
export_company_xml_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  export (PA_WINDOW (widget), PA_XML_VARIANT_COMPANY);
}

/* Import */

typedef struct {
  PaAgreement  *agreement;
  PaXmlVariant  variant;
} Imported;

static void
imported_free (Imported *imported)
{
  g_clear_object (&imported->agreement);
  g_free (imported);
}

typedef struct {
  GFile          *file;
  PaXmlReadFlags  flags;
} ImportRequest;

static void
import_request_free (ImportRequest *request)
{
  g_clear_object (&request->file);
  g_free (request);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportRequest *request = task_data;
  g_autofree char *path = g_file_get_path (request->file);
  Imported *imported = g_new0 (Imported, 1);
  GError *error = NULL;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only files on this computer can be imported."));
      imported_free (imported);
      g_task_return_error (task, error);
      return;
    }

  imported->agreement = pa_xml_import_file_flags (path, request->flags, &imported->variant, &error);
  if (imported->agreement == NULL)
    {
      imported_free (imported);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, imported, (GDestroyNotify) imported_free);
}

static void
show_import_error (PaWindow   *self,
                   GFile      *file,
                   const char *message)
{
  g_autofree char *base = g_file_get_basename (file);
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                _("The File Cannot Be Imported"), NULL));

  /* Translators: %s is a file name, then what is wrong with it */
  adw_message_dialog_format_body (dialog, _("%s: %s\n\nNothing has been added to the list."),
                                  base, message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_imported (PaWindow    *self,
                PaAgreement *agreement)
{
  g_autoptr(GError) error = NULL;

  /* The draft on screen is about to change under the editor. */
  if (g_strcmp0 (pa_agreement_get_id (agreement),
                 self->autosave ? pa_agreement_get_id (pa_autosave_get_agreement (self->autosave)) : NULL) == 0)
    _pa_window_close_draft (self, FALSE);

  if (!pa_store_save (self->store, agreement, &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why, e.g. "The disk is full." */
        g_strdup_printf (_("The imported agreement could not be saved: %s"), error->message);

      _pa_window_show_toast (self, title);
      return;
    }

  _pa_window_clear_search (self);
  _pa_window_reload_list (self);
  _pa_window_open_agreement (self, agreement);
  _pa_window_show_toast (self, _("Agreement imported"));
}

typedef struct {
  PaWindow    *window;
  PaAgreement *agreement;
} SameIdState;

static void
on_same_id_response (AdwMessageDialog *dialog,
                     const char       *response,
                     SameIdState      *state)
{
  if (g_str_equal (response, "keep-both"))
    {
      g_autofree char *id = g_uuid_string_random ();

      pa_agreement_freeze_tracking (state->agreement);
      pa_record_set_string (PA_RECORD (state->agreement), "id", id);
      pa_agreement_thaw_tracking (state->agreement);
      store_imported (state->window, state->agreement);
    }
  else if (g_str_equal (response, "replace"))
    store_imported (state->window, state->agreement);
}

static void
same_id_state_free (gpointer  data,
                    GClosure *closure)
{
  SameIdState *state = data;

  g_object_unref (state->window);
  g_object_unref (state->agreement);
  g_free (state);
}

static void
ask_same_id (PaWindow     *self,
             PaAgreement  *agreement,
             PaXmlVariant  variant)
{
  const char *citizen = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                _("This Agreement Is Already in the List"), NULL));
  SameIdState *state = g_new0 (SameIdState, 1);

  if (variant == PA_XML_VARIANT_COMPANY)
    adw_message_dialog_format_body (dialog,
                                    _("The file is the company’s copy of the agreement for %s. It leaves out personal data, so it cannot replace the agreement in the list. You can import it as a new draft."),
                                    citizen ? citizen : _("an unnamed citizen"));
  else
    adw_message_dialog_format_body (dialog,
                                    _("The agreement for %s in the file is also in the list. Replace the one in the list with the file, or keep both?"),
                                    citizen ? citizen : _("an unnamed citizen"));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "keep-both", _("_Keep Both"));
  if (variant != PA_XML_VARIANT_COMPANY)
    {
      adw_message_dialog_add_response (dialog, "replace", _("_Replace"));
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (dialog, "keep-both");
  adw_message_dialog_set_close_response (dialog, "cancel");

  state->window = g_object_ref (self);
  state->agreement = g_object_ref (agreement);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_same_id_response),
                         state, same_id_state_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void import_file (PaWindow       *self,
                         GFile          *file,
                         PaXmlReadFlags  flags);

static void
on_import_as_new_response (AdwMessageDialog *dialog,
                           const char       *response,
                           GFile            *file)
{
  PaWindow *self = PA_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (g_str_equal (response, "import-new") && self != NULL)
    import_file (self, file, PA_XML_READ_NEW_ID);
}

static void
unref_file (gpointer  data,
            GClosure *closure)
{
  g_object_unref (data);
}

/* A document without a usable id matches no draft: it can only come in
 * as a new agreement, and the user says whether it should. */
static void
ask_import_as_new (PaWindow   *self,
                   GFile      *file,
                   const char *message)
{
  g_autofree char *base = g_file_get_basename (file);
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                _("The Document Has No Usable Id"), NULL));

  /* Translators: %s is a file name, then what is wrong with it */
  adw_message_dialog_format_body (dialog, _("%s: %s\n\nAs a new agreement it gets an id of its own, "
                                            "and nothing in the list is replaced."),
                                  base, message);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "import-new", _("_Import as New Agreement"));
  adw_message_dialog_set_response_appearance (dialog, "import-new", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import-new");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_import_as_new_response),
                         g_object_ref (file), unref_file, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  PaWindow *self = PA_WINDOW (source);
  GFile *file = ((ImportRequest *) g_task_get_task_data (G_TASK (result)))->file;
  g_autoptr(GError) error = NULL;
  Imported *imported = g_task_propagate_pointer (G_TASK (result), &error);

  if (imported == NULL && g_error_matches (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID))
    {
      ask_import_as_new (self, file, error->message);
      return;
    }
  if (imported == NULL)
    {
      show_import_error (self, file, error->message);
      return;
    }

  if (self->store == NULL)
    ;
  else if (pa_store_contains (self->store, pa_agreement_get_id (imported->agreement)))
    ask_same_id (self, imported->agreement, imported->variant);
  else
    store_imported (self, imported->agreement);

  imported_free (imported);
}

static void
import_file (PaWindow       *self,
             GFile          *file,
             PaXmlReadFlags  flags)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_imported, NULL);
  ImportRequest *request = g_new0 (ImportRequest, 1);

  request->file = g_object_ref (file);
  request->flags = flags;
  g_task_set_source_tag (task, pa_window_import_file);
  g_task_set_task_data (task, request, (GDestroyNotify) import_request_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * pa_window_import_file:
 *
 * Reads @file in a thread and adds the agreement in it to the list.
 */
void
pa_window_import_file (PaWindow *self,
                       GFile    *file)
{
  g_return_if_fail (PA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  import_file (self, file, PA_XML_READ_DEFAULT);
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    PaWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    pa_window_import_file (self, file);

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_xml_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Agreement"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Agreement documents (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PaWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->store == NULL)
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    pa_window_import_file (self, l->data);
  g_slist_free (files);
  return files != NULL;
}

/* Called from the window's init: drag and drop of .xml files. */
void
_pa_window_init_documents (PaWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_pa_window_class_init_documents (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-xml", NULL, export_xml_action);
  gtk_widget_class_install_action (widget_class, "win.export-company-xml", NULL, export_company_xml_action);
  gtk_widget_class_install_action (widget_class, "win.import-xml", NULL, import_xml_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import-xml", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-xml", NULL);
}
