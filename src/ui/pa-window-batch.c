/* pa-window-batch.c: several drafts selected in the list, exported into a folder at once
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list opens the draft that is clicked: its model is a single
 * selection. Selection mode (the Select button, Ctrl+A in the list, or a
 * Ctrl or Shift click) shows the same drafts through a GtkMultiSelection,
 * where a click, Ctrl+click, Shift+click, Shift+arrows and Ctrl+Space
 * select as in any GTK list; Escape leaves it. A bar below the list says
 * how many are selected and exports them.
 *
 * The export runs in a GTask thread with its own read-only connection to
 * the database: the store's connection and statement cache belong to the
 * main thread, and loading 100 agreements there would freeze the window
 * for a noticeable time. The draft open in the editor is saved first, so
 * the thread reads what is on screen. Each file is written atomically
 * (temporary file, then rename), so a cancel between or during files
 * leaves only whole ones; a file of the same name from an earlier export
 * is replaced, so exporting again updates the folder.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "docs/pa-pdf.h"
#include "docs/pa-xml-writer.h"

#include "pa-draft-row.h"
#include "pa-window-private.h"

struct _PaWindowBatch
{
  GtkMultiSelection *multi;        /* the list's model in selection mode, or NULL */
  GCancellable      *cancellable;  /* while an export runs */
  GtkToggleButton   *select_button;
  GtkRevealer       *revealer;
  GtkLabel          *count_label;
  GtkWidget         *progress_box;
  GtkProgressBar    *progress;
  GtkButton         *cancel_button;
  GtkLabel          *summary_label;
  guint              in_toggle : 1;
};

typedef struct {
  char          *db_path;
  GPtrArray     *ids;
  char          *folder;
  PaBatchFormat  format;
} ExportJob;

typedef struct {
  guint      written;
  guint      total;
  GPtrArray *failures;  /* "name: reason", in the user's language */
  gboolean   cancelled;
} ExportResult;

typedef struct {
  PaWindow *window;
  guint     done;
  guint     total;
} Progress;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_ptr_array_unref (job->ids);
  g_free (job->folder);
  g_free (job);
}

static void
export_result_free (ExportResult *result)
{
  g_ptr_array_unref (result->failures);
  g_free (result);
}

/* The selection */

static GtkSelectionModel *
list_model (PaWindow *self)
{
  return gtk_list_view_get_model (self->draft_list);
}

static guint
n_selected (PaWindow *self)
{
  g_autoptr(GtkBitset) set = NULL;

  if (self->batch->multi == NULL)
    return 0;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->batch->multi));
  return (guint) gtk_bitset_get_size (set);
}

static void
update_bar (PaWindow *self)
{
  PaWindowBatch *batch = self->batch;
  guint n = n_selected (self);
  gboolean running = batch->cancellable != NULL;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No agreements selected"));
  else
    /* Translators: how many drafts are selected in the list */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement selected",
                                         "%u agreements selected", n), n);
  gtk_label_set_text (batch->count_label, text);
  gtk_revealer_set_reveal_child (batch->revealer, batch->multi != NULL || running);
  gtk_widget_set_visible (batch->progress_box, running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-selected", n > 0 && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-export", running);
}

static void
set_summary (PaWindow   *self,
             const char *text)
{
  gtk_label_set_text (self->batch->summary_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->batch->summary_label), text != NULL);
}

static void
on_multi_changed (PaWindow *self)
{
  update_bar (self);
}

static void
enter_selection_mode (PaWindow *self)
{
  PaWindowBatch *batch = self->batch;

  if (batch->multi != NULL)
    return;
  /* The list shows more rows as the user scrolls; "select all" means
   * every draft, so all of them are in the list while selecting. */
  if (self->query == NULL && self->drafts != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!pa_draft_list_show_more (self->drafts, G_MAXUINT, &error))
        {
          g_autofree char *title =
            /* Translators: %s explains why, e.g. "The disk is full." */
            g_strdup_printf (_("The list of agreements cannot be read: %s"), error->message);

          _pa_window_show_toast (self, title);
        }
    }
  batch->multi = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->selection)));
  g_signal_connect_swapped (batch->multi, "selection-changed", G_CALLBACK (on_multi_changed), self);
  g_signal_connect_swapped (batch->multi, "items-changed", G_CALLBACK (on_multi_changed), self);
  gtk_list_view_set_model (self->draft_list, GTK_SELECTION_MODEL (batch->multi));
  batch->in_toggle = TRUE;
  gtk_toggle_button_set_active (batch->select_button, TRUE);
  batch->in_toggle = FALSE;
  set_summary (self, NULL);
  update_bar (self);
}

static void
leave_selection_mode (PaWindow *self)
{
  PaWindowBatch *batch = self->batch;

  if (batch->multi == NULL)
    return;
  gtk_list_view_set_model (self->draft_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_handlers_disconnect_by_data (batch->multi, self);
  g_clear_object (&batch->multi);
  batch->in_toggle = TRUE;
  gtk_toggle_button_set_active (batch->select_button, FALSE);
  batch->in_toggle = FALSE;
  set_summary (self, NULL);
  update_bar (self);
}

static void
on_select_toggled (GtkToggleButton *button,
                   PaWindow        *self)
{
  if (self->batch->in_toggle)
    return;
  if (gtk_toggle_button_get_active (button))
    enter_selection_mode (self);
  else
    leave_selection_mode (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->draft_list));
}

/* Where the open draft is in the list, or GTK_INVALID_LIST_POSITION. */
static guint
open_position (PaWindow *self)
{
  return gtk_single_selection_get_selected (self->selection);
}

/* The row under (@x, @y) of the list. */
static guint
position_at (PaWindow *self,
             double    x,
             double    y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->draft_list), x, y, GTK_PICK_DEFAULT);
  GListModel *model = G_LIST_MODEL (self->selection);
  PaDraftSummary *summary = NULL;
  guint n = g_list_model_get_n_items (model);

  for (; widget != NULL && summary == NULL; widget = gtk_widget_get_parent (widget))
    if (PA_IS_DRAFT_ROW (widget))
      summary = pa_draft_row_get_summary (PA_DRAFT_ROW (widget));
  for (guint i = 0; summary != NULL && i < n; i++)
    {
      g_autoptr(PaDraftSummary) item = g_list_model_get_item (model, i);

      if (item == summary)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* A Ctrl or Shift click while the list opens drafts: selection mode,
 * with the open draft and the clicked one (Shift: all between). */
static void
on_list_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 PaWindow        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint anchor = open_position (self);
  guint position;
  GtkSelectionModel *model;

  if (self->batch->multi != NULL || !(state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)))
    return;
  if ((position = position_at (self, x, y)) == GTK_INVALID_LIST_POSITION)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  enter_selection_mode (self);
  model = list_model (self);
  if ((state & GDK_SHIFT_MASK) && anchor != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_select_range (model, MIN (anchor, position),
                                      MAX (anchor, position) - MIN (anchor, position) + 1, TRUE);
  else
    {
      if (anchor != GTK_INVALID_LIST_POSITION)
        gtk_selection_model_select_item (model, anchor, TRUE);
      gtk_selection_model_select_item (model, position, FALSE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->draft_list));
}

static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PaWindow              *self)
{
  state &= gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_a || keyval == GDK_KEY_A) && state == GDK_CONTROL_MASK)
    {
      enter_selection_mode (self);
      gtk_selection_model_select_all (list_model (self));
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape && state == 0 && self->batch->multi != NULL &&
      self->batch->cancellable == NULL)
    {
      leave_selection_mode (self);
      return TRUE;
    }
  return FALSE;
}

/* The ids of the selected drafts, in list order. */
static GPtrArray *
selected_ids (PaWindow *self)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->batch->multi == NULL)
    return ids;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->batch->multi));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(PaDraftSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->batch->multi), position);

      g_ptr_array_add (ids, g_strdup (pa_draft_summary_get_id (summary)));
    }
  return ids;
}

/* The worker */

static gboolean
format_is_pdf (PaBatchFormat format)
{
  return format == PA_BATCH_PDF || format == PA_BATCH_PDF_COMPANY;
}

static gboolean
format_is_company (PaBatchFormat format)
{
  return format == PA_BATCH_PDF_COMPANY || format == PA_BATCH_XML_COMPANY;
}

/* The PDF's default name, with .xml for XML; " (2)", " (3)" ... when an
 * earlier draft of this export already took it. */
static char *
unique_name (PaAgreement   *agreement,
             PaBatchFormat  format,
             GHashTable    *used)
{
  g_autofree char *name = pa_pdf_default_filename (agreement, format_is_company (format)
                                                              ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL);
  const char *ext = format_is_pdf (format) ? ".pdf" : ".xml";
  g_autofree char *stem = g_str_has_suffix (name, ".pdf") ? g_strndup (name, strlen (name) - 4)
                                                          : g_strdup (name);
  char *candidate = g_strconcat (stem, ext, NULL);
  /* Folders on other disks may not tell case apart. */
  char *key = g_utf8_casefold (candidate, -1);

  for (guint n = 2; g_hash_table_contains (used, key); n++)
    {
      g_free (candidate);
      g_free (key);
      candidate = g_strdup_printf ("%s (%u)%s", stem, n, ext);
      key = g_utf8_casefold (candidate, -1);
    }
  g_hash_table_add (used, key);
  return candidate;
}

static gboolean
export_one (PaAgreement   *agreement,
            PaBatchFormat  format,
            const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  if (format_is_pdf (format))
    return pa_pdf_export_file (agreement, format_is_company (format) ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL,
                               path, cancellable, error);
  return pa_xml_export_file (agreement, format_is_company (format) ? PA_XML_VARIANT_COMPANY : PA_XML_VARIANT_FULL,
                             path, error);
}

static gboolean
report_progress (gpointer data)
{
  Progress *progress = data;
  PaWindowBatch *batch = progress->window->batch;
  g_autofree char *text = NULL;

  if (batch == NULL || batch->cancellable == NULL)
    return G_SOURCE_REMOVE;
  /* Translators: the export's progress: 7 of 20 agreements */
  text = g_strdup_printf (_("%u of %u"), progress->done, progress->total);
  gtk_progress_bar_set_fraction (batch->progress, (double) progress->done / MAX (progress->total, 1));
  gtk_progress_bar_set_text (batch->progress, text);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->window);
  g_free (progress);
}

static void
post_progress (GTask *task,
               guint  done,
               guint  total)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->window = g_object_ref (g_task_get_source_object (task));
  progress->done = done;
  progress->total = total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              report_progress, progress, progress_free);
}

static void
add_failure (ExportResult *result,
             const char   *what,
             const GError *error)
{
  /* Translators: one line of the export's summary: a draft (or file) and why it failed */
  g_ptr_array_add (result->failures, g_strdup_printf (_("%s: %s"), what, error->message));
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  ExportResult *result = g_new0 (ExportResult, 1);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open_full (job->db_path, PA_STORE_OPEN_READ_ONLY |
                                                 PA_STORE_OPEN_DEFER_INTEGRITY_CHECK, &error);

  result->failures = g_ptr_array_new_with_free_func (g_free);
  result->total = job->ids->len;
  if (store == NULL)
    add_failure (result, _("The list of agreements"), error);

  for (guint i = 0; store != NULL && i < job->ids->len; i++)
    {
      const char *id = g_ptr_array_index (job->ids, i);
      g_autoptr(PaAgreement) agreement = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) local = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if ((agreement = pa_store_load (store, id, &local)) == NULL)
        {
          add_failure (result, id, local);
          continue;
        }
      name = unique_name (agreement, job->format, used);
      path = g_build_filename (job->folder, name, NULL);
      if (export_one (agreement, job->format, path, cancellable, &local))
        result->written++;
      else if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        add_failure (result, name, local);
      post_progress (task, i + 1, job->ids->len);
    }

  result->cancelled = g_cancellable_is_cancelled (cancellable);
  g_task_return_pointer (task, result, (GDestroyNotify) export_result_free);
}

/* The end */

static char *
summary_text (ExportResult *result,
              const char   *folder)
{
  g_autofree char *where = g_filename_display_basename (folder);
  GString *text = g_string_new (NULL);

  if (result->cancelled)
    g_string_append_printf (text,
                            /* Translators: after a cancelled export; %u of %u, then a folder's name */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Export cancelled. %u of %u agreement was saved in %s; no file is half-written.",
                                         "Export cancelled. %u of %u agreements were saved in %s; no file is half-written.",
                                         result->total),
                            result->written, result->total, where);
  else if (result->failures->len == 0)
    g_string_append_printf (text,
                            /* Translators: %u is a number, %s a folder's name */
                            g_dngettext (GETTEXT_PACKAGE, "%u agreement saved in %s.",
                                         "%u agreements saved in %s.", result->written),
                            result->written, where);
  else
    g_string_append_printf (text,
                            /* Translators: %u of %u, then a folder's name; the failures follow, one a line */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u agreement saved in %s. Not saved:",
                                         "%u of %u agreements saved in %s. Not saved:", result->total),
                            result->written, result->total, where);
  for (guint i = 0; i < result->failures->len; i++)
    g_string_append_printf (text, "\n• %s", (char *) g_ptr_array_index (result->failures, i));
  return g_string_free (text, FALSE);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  PaWindow *self = PA_WINDOW (source);
  g_autofree char *folder = user_data;
  ExportResult *result = g_task_propagate_pointer (G_TASK (res), NULL);
  g_autofree char *text = NULL;

  /* The window was closed while the thread finished. */
  if (self->batch == NULL)
    {
      g_clear_pointer (&result, export_result_free);
      return;
    }
  g_clear_object (&self->batch->cancellable);
  if (result == NULL)
    {
      update_bar (self);
      return;
    }

  text = summary_text (result, folder);
  gtk_progress_bar_set_fraction (self->batch->progress, 1.0);
  set_summary (self, text);
  update_bar (self);
  if (result->failures->len > 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Some Agreements Were Not Saved"), text);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    _pa_window_show_toast (self, text);
  export_result_free (result);
}

/**
 * pa_window_export_selected:
 * @folder: where the files go
 *
 * Exports the drafts selected in the list into @folder, in a thread,
 * with the progress bar below the list; the window stays usable.
 */
void
pa_window_export_selected (PaWindow      *self,
                           const char    *folder,
                           PaBatchFormat  format)
{
  PaWindowBatch *batch = self->batch;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (PA_IS_WINDOW (self));
  g_return_if_fail (folder != NULL);
  if (batch->cancellable != NULL || self->store == NULL)
    return;

  /* The thread reads the database: what is on screen must be in it. */
  _pa_window_commit_editor (self);
  if (self->autosave != NULL)
    pa_autosave_flush (self->autosave, NULL);

  job = g_new0 (ExportJob, 1);
  job->db_path = g_strdup (pa_store_get_path (self->store));
  job->ids = selected_ids (self);
  job->folder = g_strdup (folder);
  job->format = format;

  batch->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (batch->progress, 0.0);
  /* Translators: the export's progress before the first file */
  gtk_progress_bar_set_text (batch->progress, _("Starting…"));
  set_summary (self, NULL);
  update_bar (self);

  task = g_task_new (self, batch->cancellable, on_export_done, g_strdup (folder));
  g_task_set_source_tag (task, pa_window_export_selected);
  /* A cancelled export still reports what it saved. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
pa_window_get_exporting (PaWindow *self)
{
  g_return_val_if_fail (PA_IS_WINDOW (self), FALSE);

  return self->batch->cancellable != NULL;
}

/* The folder and the format */

static void
on_folder_response (GtkNativeDialog *dialog,
                    int              response,
                    PaWindow        *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;
  const char *choice;
  PaBatchFormat format = PA_BATCH_PDF;

  if (response == GTK_RESPONSE_ACCEPT &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (folder)) != NULL)
    {
      choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "format");
      if (g_strcmp0 (choice, "pdf-company") == 0)
        format = PA_BATCH_PDF_COMPANY;
      else if (g_strcmp0 (choice, "xml") == 0)
        format = PA_BATCH_XML;
      else if (g_strcmp0 (choice, "xml-company") == 0)
        format = PA_BATCH_XML_COMPANY;
      pa_window_export_selected (self, path, format);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  static const char *ids[] = { "pdf", "pdf-company", "xml", "xml-company", NULL };
  const char *labels[] = {
    _("PDF"),
    _("PDF, the company’s copy"),
    _("XML"),
    _("XML, the company’s copy"),
    NULL,
  };
  GtkFileChooserNative *dialog;

  if (n_selected (self) == 0)
    return;
  dialog = gtk_file_chooser_native_new (_("Export the Selected Agreements to a Folder"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Export"), _("_Cancel"));
  /* Translators: the choice of file format in the folder dialog */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format", "pdf");
  g_signal_connect (dialog, "response", G_CALLBACK (on_folder_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);

  if (self->batch->cancellable != NULL)
    {
      g_cancellable_cancel (self->batch->cancellable);
      /* Translators: the progress bar while the export stops */
      gtk_progress_bar_set_text (self->batch->progress, _("Cancelling…"));
    }
}

/* Building it */

static GtkWidget *
make_progress_box (PaWindowBatch *batch)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  batch->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (batch->progress, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (batch->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (batch->progress), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (batch->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export progress"), -1);
  batch->cancel_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Stop")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (batch->cancel_button), "win.cancel-export");
  gtk_widget_set_tooltip_text (GTK_WIDGET (batch->cancel_button),
                               _("Stop the export; the files saved so far stay"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (batch->cancel_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stop the export"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (batch->progress));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (batch->cancel_button));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  return box;
}

static GtkWidget *
make_action_bar (PaWindowBatch *batch)
{
  GtkWidget *bar = gtk_action_bar_new ();
  GtkWidget *export_button = gtk_button_new_with_mnemonic (_("_Export Selected…"));

  batch->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (batch->count_label, PANGO_ELLIPSIZE_END);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export_button), "win.export-selected");
  gtk_widget_add_css_class (export_button, "suggested-action");
  gtk_widget_set_tooltip_text (export_button,
                               _("Save the selected agreements as PDF or XML files in a folder"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export the selected agreements"), -1);
  gtk_action_bar_pack_start (GTK_ACTION_BAR (bar), GTK_WIDGET (batch->count_label));
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), export_button);
  return bar;
}

static GtkWidget *
make_bar (PaWindowBatch *batch)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  batch->progress_box = make_progress_box (batch);
  batch->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (batch->summary_label, TRUE);
  gtk_label_set_xalign (batch->summary_label, 0);
  gtk_label_set_selectable (batch->summary_label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (batch->summary_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (batch->summary_label), 12);
  gtk_widget_set_visible (GTK_WIDGET (batch->summary_label), FALSE);
  gtk_box_append (GTK_BOX (box), batch->progress_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (batch->summary_label));
  gtk_box_append (GTK_BOX (box), make_action_bar (batch));

  batch->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (batch->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (batch->revealer, box);
  return GTK_WIDGET (batch->revealer);
}

static GtkWidget *
make_select_button (PaWindow *self)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), "selection-mode-symbolic");
  gtk_widget_set_tooltip_text (button, _("Select Agreements to Export (Ctrl+A in the list)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Select agreements"), -1);
  g_signal_connect (button, "toggled", G_CALLBACK (on_select_toggled), self);
  return button;
}

void
_pa_window_init_batch (PaWindow *self)
{
  PaWindowBatch *batch = g_new0 (PaWindowBatch, 1);
  GtkWidget *header = gtk_widget_get_first_child (self->sidebar);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->batch = batch;
  batch->select_button = GTK_TOGGLE_BUTTON (make_select_button (self));
  g_assert (ADW_IS_HEADER_BAR (header));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (batch->select_button));
  gtk_box_append (GTK_BOX (self->sidebar), make_bar (batch));

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->draft_list), GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->draft_list), keys);
  update_bar (self);
}

void
_pa_window_dispose_batch (PaWindow *self)
{
  PaWindowBatch *batch = self->batch;

  if (batch == NULL)
    return;
  if (batch->cancellable != NULL)
    g_cancellable_cancel (batch->cancellable);
  g_clear_object (&batch->cancellable);
  if (batch->multi != NULL)
    g_signal_handlers_disconnect_by_data (batch->multi, self);
  g_clear_object (&batch->multi);
  g_clear_pointer (&self->batch, g_free);
}

void
_pa_window_class_init_batch (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-selected", NULL, export_selected_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
}
