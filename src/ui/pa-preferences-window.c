/* pa-preferences-window.c: the preferences: files set aside
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files the app moved aside because it could not read them are never
 * deleted by the app itself: they may hold the only copy of a draft. They
 * hold personal data too, so the consultant sees them here, with when
 * they were set aside and how large they are, and can delete them.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "core/pa-validate.h"
#include "core/pa-wording.h"
#include "store/pa-store.h"

#include "pa-preferences-window.h"

struct _PaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *moved_aside_group;
  AdwActionRow         *empty_row;

  char                 *db_path;
  GPtrArray            *rows;   /* the rows of moved-aside files */
};

G_DEFINE_FINAL_TYPE (PaPreferencesWindow, pa_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pa_preferences_window_reload (PaPreferencesWindow *self);

/* When the file was set aside: pa_store_move_aside() puts the time in
 * the name (…damaged-20260302-141500); the file's own time is when it was
 * last written, which may be long before. */
static char *
moved_aside_date (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  const char *stamp = strstr (name, ".damaged-");
  int y, mo, d, h, mi;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;

  if (stamp == NULL ||
      sscanf (stamp, ".damaged-%4d%2d%2d-%2d%2d", &y, &mo, &d, &h, &mi) != 5)
    return g_strdup (name);

  iso = g_strdup_printf ("%04d-%02d-%02d", y, mo, d);
  date = pa_wording_date_numeric (iso);
  /* Translators: when a file was set aside: a date such as 2.3.2026, then
   * the hour and minute */
  return g_strdup_printf (_("%s at %02d.%02d"), date, h, mi);
}

static char *
moved_aside_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return g_strdup ("");
  return pa_wording_file_size ((guint64) st.st_size);
}

static void
on_delete_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    PaPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!pa_store_delete_moved_aside (path, &error))
    {
      g_autofree char *title =
        /* Translators: %s explains why */
        g_strdup_printf (_("The file could not be deleted: %s"), error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
    }
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      /* Translators: a toast after deleting a damaged file */
                                      adw_toast_new (_("The file has been deleted")));
  pa_preferences_window_reload (self);
}

static void
on_delete_clicked (GtkButton           *button,
                   PaPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  g_autofree char *date = moved_aside_date (path);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Delete the File Set Aside?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is a file name, then when it was set aside */
                                  _("%s, set aside %s, will be deleted for good. Agreements that are only in this file cannot be brought back."),
                                  path, date);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
moved_aside_row (PaPreferencesWindow *self,
                 const char          *path)
{
  g_autofree char *date = moved_aside_date (path);
  g_autofree char *size = moved_aside_size (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* Translators: under the date a file was set aside: its size, then its name */
  subtitle = g_strdup_printf (_("%s · %s"), size, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete"));
  /* Translators: the accessible name of the delete button; %s is a date */
  label = g_strdup_printf (_("Delete the file set aside %s"), date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "path", g_strdup (path), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
pa_preferences_window_reload (PaPreferencesWindow *self)
{
  g_autoptr(GPtrArray) paths = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->moved_aside_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  paths = self->db_path ? pa_store_list_moved_aside (self->db_path)
                        : g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < paths->len; i++)
    {
      GtkWidget *row = moved_aside_row (self, g_ptr_array_index (paths, i));

      adw_preferences_group_add (self->moved_aside_group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), paths->len == 0);
}

static void
pa_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaPreferencesWindow *self = PA_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_free (self->db_path);
      self->db_path = g_value_dup_string (value);
      pa_preferences_window_reload (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaPreferencesWindow *self = PA_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->db_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_preferences_window_finalize (GObject *object)
{
  PaPreferencesWindow *self = PA_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_preferences_window_parent_class)->finalize (object);
}

static void
pa_preferences_window_class_init (PaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pa_preferences_window_finalize;
  object_class->get_property = pa_preferences_window_get_property;
  object_class->set_property = pa_preferences_window_set_property;

  /**
   * PaPreferencesWindow:database-path:
   *
   * The drafts database whose files set aside are shown.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PaPreferencesWindow, moved_aside_group);
  gtk_widget_class_bind_template_child (widget_class, PaPreferencesWindow, empty_row);
}

static void
pa_preferences_window_init (PaPreferencesWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pa_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @db_path: the drafts database
 */
GtkWidget *
pa_preferences_window_new (GtkWindow  *parent,
                           const char *db_path)
{
  return g_object_new (PA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "database-path", db_path,
                       NULL);
}

const char *
pa_preferences_window_get_database_path (PaPreferencesWindow *self)
{
  g_return_val_if_fail (PA_IS_PREFERENCES_WINDOW (self), NULL);

  return self->db_path;
}
