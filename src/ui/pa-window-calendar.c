/* pa-window-calendar.c: the window's calendar file of the open agreement's follow-ups
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.export-ics('full' or 'company') asks for a file name with the
 * native file chooser and writes the follow-ups as an iCalendar file
 * (pa-ical.h); step 9's calendar button uses it. Writing one small file
 * takes well under a frame, so it happens on the main thread.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "docs/pa-ical.h"

#include "pa-window-private.h"

typedef struct {
  PaWindow          *window;
  PaAgreement       *agreement;  /* the one open when the dialog opened */
  PaDocumentVariant  variant;
} CalendarState;

static void
calendar_state_free (CalendarState *state)
{
  g_object_unref (state->window);
  g_object_unref (state->agreement);
  g_free (state);
}

static void
show_saved (PaWindow   *self,
            GFile      *file,
            guint       n_events,
            guint       n_skipped)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *saved =
    /* Translators: a toast; %u is a number, %s a file name */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up saved in %s.",
                                  "%u follow-ups saved in %s.", n_events),
                     n_events, base);
  g_autofree char *title = NULL;

  if (n_skipped > 0)
    {
      g_autofree char *left =
        /* Translators: after "3 follow-ups saved in FILE." */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up without a date was left out.",
                                      "%u follow-ups without a date were left out.", n_skipped),
                         n_skipped);

      title = g_strdup_printf ("%s %s", saved, left);
    }
  _pa_window_show_toast (self, title != NULL ? title : saved);
}

static void
on_calendar_response (GtkNativeDialog *dialog,
                      int              response,
                      CalendarState   *state)
{
  PaWindow *self = state->window;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint n_events = 0, n_skipped = 0;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      _pa_window_commit_editor (self);
      if (pa_ical_export_file (state->agreement, state->variant, path, &n_events, &n_skipped, &error))
        show_saved (self, file, n_events, n_skipped);
      else
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The Calendar File Could Not Be Saved"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }

  g_object_unref (dialog);
  calendar_state_free (state);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  gboolean company = parameter != NULL &&
                     g_strcmp0 (g_variant_get_string (parameter, NULL), "company") == 0;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  CalendarState *state;

  if (self->autosave == NULL)
    return;

  dialog = gtk_file_chooser_native_new (company ? _("Save the Company’s Calendar File")
                                                : _("Save Calendar File"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Calendar files (iCalendar)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  state = g_new0 (CalendarState, 1);
  state->window = g_object_ref (self);
  state->agreement = g_object_ref (pa_autosave_get_agreement (self->autosave));
  state->variant = company ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL;
  name = pa_ical_default_filename (state->agreement, state->variant);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_calendar_response), state);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_pa_window_class_init_calendar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-ics", "s", export_ics_action);
}
