/* pa-window-meeting.c: the window's meeting mode (F11) and approvals actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-approvals-view.h"
#include "pa-meeting-window.h"
#include "pa-window-private.h"

static PaAgreement *
open_agreement (PaWindow *self)
{
  return self->autosave != NULL ? pa_autosave_get_agreement (self->autosave) : NULL;
}

static GPtrArray *
open_findings (PaWindow *self)
{
  return self->editor != NULL ? pa_editor_get_findings (self->editor) : NULL;
}

static void
meeting_mode_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  PaAgreement *agreement = open_agreement (self);
  PaMeetingWindow *meeting;

  if (agreement == NULL)
    return;
  if (self->editor != NULL)
    pa_editor_check_now (self->editor);
  meeting = pa_meeting_window_new (GTK_WINDOW (self), self->store, agreement, open_findings (self));
  gtk_window_fullscreen (GTK_WINDOW (meeting));
  gtk_window_present (GTK_WINDOW (meeting));
}

static void
approvals_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  PaAgreement *agreement = open_agreement (self);
  GtkWidget *dialog, *box, *scrolled, *clamp, *view;

  if (agreement == NULL)
    return;
  if (self->editor != NULL)
    pa_editor_check_now (self->editor);

  dialog = g_object_new (ADW_TYPE_WINDOW,
                         "transient-for", self, "modal", TRUE,
                         "title", _("Approvals and Revisions"),
                         "default-width", 900, "default-height", 640, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  scrolled = gtk_scrolled_window_new ();
  clamp = adw_clamp_new ();
  view = pa_approvals_view_new (self->store, agreement, FALSE);
  pa_approvals_view_set_findings (PA_APPROVALS_VIEW (view), open_findings (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_child (ADW_CLAMP (clamp), view);
  g_object_set (clamp, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (dialog), box);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_pa_window_class_init_meeting (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.meeting-mode", NULL, meeting_mode_action);
  gtk_widget_class_install_action (widget_class, "win.approvals", NULL, approvals_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.meeting-mode", NULL);
}
