/* pa-window-actions.c: what the window's buttons, menus and shortcuts do
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-window-private.h"

/* Every action that depends on state is enabled here, and only here. */
void
_pa_window_update_actions (PaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL;
  gboolean has_draft = self->autosave != NULL;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean on_list = adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;

  gtk_widget_action_set_enabled (widget, "win.new-draft", has_store);
  gtk_widget_action_set_enabled (widget, "win.search", has_store);
  gtk_widget_action_set_enabled (widget, "win.save", has_draft);
  gtk_widget_action_set_enabled (widget, "win.delete-draft", has_draft);
  gtk_widget_action_set_enabled (widget, "win.duplicate-draft", has_draft);
  gtk_widget_action_set_enabled (widget, "win.export-xml", has_draft);
  gtk_widget_action_set_enabled (widget, "win.export-company-xml", has_draft);
  gtk_widget_action_set_enabled (widget, "win.export-pdf", has_draft);
  gtk_widget_action_set_enabled (widget, "win.print-agreement", has_draft);
  gtk_widget_action_set_enabled (widget, "win.export-ics", has_draft);
  gtk_widget_action_set_enabled (widget, "win.import-xml", has_store);
  gtk_widget_action_set_enabled (widget, "win.show-list", folded && !on_list);
  gtk_widget_action_set_enabled (widget, "win.show-agreement", folded && on_list && has_draft);
  gtk_widget_action_set_enabled (widget, "win.toggle-list", has_draft);
  gtk_widget_action_set_enabled (widget, "win.meeting-mode", has_draft);
  gtk_widget_action_set_enabled (widget, "win.approvals", has_draft);
  gtk_widget_set_visible (self->draft_menu_button, has_draft);
  gtk_widget_set_visible (self->forward_button, folded && has_draft);
}

/* Saves a new agreement at once, so it is in the list, and opens it. */
static gboolean
add_and_open (PaWindow    *self,
              PaAgreement *agreement)
{
  g_autoptr(GError) error = NULL;

  if (!pa_store_save (self->store, agreement, &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why, e.g. "The disk is full." */
        g_strdup_printf (_("The agreement cannot be created: %s"), error->message);

      _pa_window_show_toast (self, title);
      return FALSE;
    }

  if (self->query != NULL)
    _pa_window_clear_search (self);
  _pa_window_reload_list (self);
  _pa_window_open_agreement (self, agreement);
  _pa_window_show_page (self, self->content_box);
  return TRUE;
}

static void
new_draft_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();

  if (add_and_open (self, agreement))
    pa_editor_focus_start (self->editor);
}

static void
duplicate_draft_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  g_autoptr(PaAgreement) copy = NULL;

  g_return_if_fail (self->autosave != NULL);

  copy = pa_agreement_duplicate (pa_autosave_get_agreement (self->autosave));
  if (add_and_open (self, copy))
    _pa_window_show_toast (self, _("New placement for the same citizen created"));
}

static void
on_undo_delete (AdwToast *toast,
                PaWindow *self)
{
  PaAgreement *agreement = g_object_get_data (G_OBJECT (toast), "agreement");
  g_autoptr(GError) error = NULL;

  if (!pa_store_save (self->store, agreement, &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why */
        g_strdup_printf (_("The agreement cannot be restored: %s"), error->message);

      _pa_window_show_toast (self, title);
      return;
    }

  _pa_window_reload_list (self);
  _pa_window_open_agreement (self, agreement);
}

static void
delete_draft_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_return_if_fail (self->autosave != NULL);

  /* Write what is pending first, so no late save brings it back; the
   * kept object has every edit, for Undo. */
  agreement = g_object_ref (pa_autosave_get_agreement (self->autosave));
  pa_autosave_flush (self->autosave, NULL);

  if (!pa_store_delete (self->store, pa_agreement_get_id (agreement), &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why */
        g_strdup_printf (_("The agreement cannot be deleted: %s"), error->message);

      _pa_window_show_toast (self, title);
      return;
    }

  _pa_window_close_draft (self, FALSE);
  g_settings_set_string (self->settings, "last-opened-draft", "");
  _pa_window_reload_list (self);
  _pa_window_show_page (self, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->draft_list));

  toast = adw_toast_new (_("Agreement deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "agreement",
                          g_steal_pointer (&agreement), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete), self, 0);
  pa_window_add_toast (self, toast);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->autosave != NULL);

  _pa_window_commit_editor (self);
  if (!pa_autosave_flush (self->autosave, &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why, e.g. "The disk is full." */
        g_strdup_printf (_("Not saved: %s"), error->message);

      _pa_window_show_toast (self, title);
      return;
    }

  /* Translators: shown briefly after Ctrl+S */
  _pa_window_show_toast (self, _("Saved"));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);

  _pa_window_show_page (self, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Folded, the list and the open agreement take turns. */
static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->draft_list));
}

static void
show_agreement_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  if (self->editor != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->editor), GTK_DIR_TAB_FORWARD);
}

static void
toggle_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PaWindow *self = PA_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  gboolean on_list;

  /* Folded, the two take turns on screen; side by side, F9 moves the
   * keyboard between them. */
  if (adw_leaflet_get_folded (self->leaflet))
    on_list = adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
  else
    on_list = focus != NULL && gtk_widget_is_ancestor (focus, self->sidebar);

  if (on_list)
    show_agreement_action (widget, "win.show-agreement", NULL);
  else
    show_list_action (widget, "win.show-list", NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
_pa_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-draft", NULL, new_draft_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-draft", NULL, duplicate_draft_action);
  gtk_widget_class_install_action (widget_class, "win.delete-draft", NULL, delete_draft_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "win.show-agreement", NULL, show_agreement_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-list", NULL, toggle_list_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-draft", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "win.show-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-list", NULL);
}
