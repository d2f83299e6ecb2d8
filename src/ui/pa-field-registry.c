/* pa-field-registry.c: which widget edits which field of the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules engine names the field of each finding with a path:
 * "end-date", "company/employees", "extensions/0/purpose". The steps
 * register the widget that edits each path; a finding for a path nobody
 * registered goes to the nearest registered parent ("extensions/0", then
 * "extensions"), so it is never lost, only shown less precisely.
 */
#include "config.h"

#include <string.h>

#include "core/pa-checks.h"

#include "pa-field-message.h"
#include "pa-field-registry.h"

typedef struct {
  char      *path;
  GtkWidget *widget;   /* (weak) */
} Entry;

struct _PaFieldRegistry
{
  GObject     parent_instance;

  GPtrArray  *entries;  /* (element-type Entry), in the order added */
  GHashTable *by_path;  /* path -> Entry */
};

G_DEFINE_FINAL_TYPE (PaFieldRegistry, pa_field_registry, G_TYPE_OBJECT)

static void
entry_free (Entry *entry)
{
  g_clear_weak_pointer (&entry->widget);
  g_free (entry->path);
  g_free (entry);
}

static void
pa_field_registry_finalize (GObject *object)
{
  PaFieldRegistry *self = PA_FIELD_REGISTRY (object);

  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_field_registry_parent_class)->finalize (object);
}

static void
pa_field_registry_class_init (PaFieldRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_field_registry_finalize;
}

static void
pa_field_registry_init (PaFieldRegistry *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
}

PaFieldRegistry *
pa_field_registry_new (void)
{
  return g_object_new (PA_TYPE_FIELD_REGISTRY, NULL);
}

static void
pa_field_registry_remove_entry (PaFieldRegistry *self,
                                Entry           *entry)
{
  g_hash_table_remove (self->by_path, entry->path);
  g_ptr_array_remove (self->entries, entry);
}

/**
 * pa_field_registry_add:
 *
 * @widget edits the field at @path; its message (see
 * pa_field_message_for_widget()) shows the findings for it. A path
 * registered again moves to the new widget.
 */
void
pa_field_registry_add (PaFieldRegistry *self,
                       const char      *path,
                       GtkWidget       *widget)
{
  Entry *entry;

  g_return_if_fail (PA_IS_FIELD_REGISTRY (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if ((entry = g_hash_table_lookup (self->by_path, path)) != NULL)
    pa_field_registry_remove_entry (self, entry);

  entry = g_new0 (Entry, 1);
  entry->path = g_strdup (path);
  g_set_weak_pointer (&entry->widget, widget);
  g_ptr_array_add (self->entries, entry);
  g_hash_table_insert (self->by_path, entry->path, entry);

  /* Made now, so the message rows are in place before anything is said. */
  if (pa_field_message_for_widget (widget) == NULL)
    g_critical ("The field %s has no place for its messages", path);
}

/* Forgets @prefix's children ("extensions" forgets "extensions/0/purpose"),
 * not @prefix itself. */
void
pa_field_registry_remove_prefix (PaFieldRegistry *self,
                                 const char      *prefix)
{
  g_autofree char *start = NULL;

  g_return_if_fail (PA_IS_FIELD_REGISTRY (self));
  g_return_if_fail (prefix != NULL);

  start = g_strconcat (prefix, "/", NULL);
  for (guint i = self->entries->len; i > 0; i--)
    {
      Entry *entry = g_ptr_array_index (self->entries, i - 1);

      if (g_str_has_prefix (entry->path, start))
        pa_field_registry_remove_entry (self, entry);
    }
}

static Entry *
pa_field_registry_find (PaFieldRegistry *self,
                        const char      *path)
{
  g_autofree char *p = g_strdup (path);

  for (;;)
    {
      Entry *entry = g_hash_table_lookup (self->by_path, p);
      char *slash;

      if (entry != NULL && entry->widget != NULL)
        return entry;
      if ((slash = strrchr (p, '/')) == NULL)
        return NULL;
      *slash = '\0';
    }
}

/**
 * pa_field_registry_lookup:
 *
 * Returns: (transfer none) (nullable): the widget for @path or for its
 *   nearest registered parent
 */
GtkWidget *
pa_field_registry_lookup (PaFieldRegistry *self,
                          const char      *path)
{
  Entry *entry;

  g_return_val_if_fail (PA_IS_FIELD_REGISTRY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  entry = pa_field_registry_find (self, path);
  return entry ? entry->widget : NULL;
}

/* The registered path that @path falls to, or %NULL. */
const char *
pa_field_registry_resolve (PaFieldRegistry *self,
                           const char      *path)
{
  Entry *entry;

  g_return_val_if_fail (PA_IS_FIELD_REGISTRY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  entry = pa_field_registry_find (self, path);
  return entry ? entry->path : NULL;
}

GPtrArray *
pa_field_registry_get_paths (PaFieldRegistry *self)
{
  GPtrArray *paths;

  g_return_val_if_fail (PA_IS_FIELD_REGISTRY (self), NULL);

  paths = g_ptr_array_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->widget != NULL)
        g_ptr_array_add (paths, entry->path);
    }
  return paths;
}

static void
set_indicators (GtkWidget *widget,
                int        severity)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *indicator = g_object_get_data (G_OBJECT (w), PA_FINDING_INDICATOR_KEY);
      int shown;

      if (indicator == NULL)
        continue;

      shown = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (indicator), "severity")) - 1;
      if (severity != PA_FIELD_MESSAGE_NONE && severity <= shown)
        continue;

      g_object_set_data (G_OBJECT (indicator), "severity", GINT_TO_POINTER (severity + 1));
      gtk_widget_set_visible (indicator, severity != PA_FIELD_MESSAGE_NONE);
      if (severity != PA_FIELD_MESSAGE_NONE)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (indicator), pa_severity_icon_name (severity));
          gtk_widget_set_tooltip_text (indicator, pa_severity_label (severity));
          gtk_accessible_update_property (GTK_ACCESSIBLE (indicator),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, pa_severity_label (severity),
                                          -1);
          for (int s = PA_SEVERITY_INFO; s <= PA_SEVERITY_ERROR; s++)
            gtk_widget_remove_css_class (indicator, pa_severity_css_class (s));
          gtk_widget_add_css_class (indicator, pa_severity_css_class (severity));
        }
    }
}

/* The field's own look follows its message: red for an error, whatever
 * said it (the format check or the rules). */
static void
sync_widget (GtkWidget      *widget,
             PaFieldMessage *message)
{
  int severity = pa_field_message_get_severity (message);

  gtk_widget_remove_css_class (widget, "warning");
  if (severity == PA_SEVERITY_ERROR)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
  if (severity == PA_SEVERITY_WARNING)
    gtk_widget_add_css_class (widget, "warning");

  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               severity == PA_SEVERITY_ERROR ? GTK_ACCESSIBLE_INVALID_TRUE
                                                             : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/**
 * pa_field_registry_show_findings:
 * @findings: (element-type PaFinding) (nullable): the findings; %NULL
 *   clears them
 *
 * Replaces the findings under the fields. Findings for the whole
 * agreement ("") and for paths no step knows are left to the summary.
 */
void
pa_field_registry_show_findings (PaFieldRegistry *self,
                                 GPtrArray       *findings)
{
  g_return_if_fail (PA_IS_FIELD_REGISTRY (self));

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      PaFieldMessage *message;

      if (entry->widget == NULL)
        continue;
      if ((message = pa_field_message_for_widget (entry->widget)) != NULL)
        pa_field_message_clear_findings (message);
      set_indicators (entry->widget, PA_FIELD_MESSAGE_NONE);
    }

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (findings, i);
      PaFieldMessage *message;
      Entry *entry;

      if (finding->field == NULL || *finding->field == '\0' ||
          (entry = pa_field_registry_find (self, finding->field)) == NULL ||
          (message = pa_field_message_for_widget (entry->widget)) == NULL)
        continue;

      pa_field_message_add_finding (message, finding);
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      PaFieldMessage *message;

      if (entry->widget == NULL)
        continue;
      if ((message = pa_field_message_for_widget (entry->widget)) == NULL)
        continue;
      sync_widget (entry->widget, message);
      if (pa_field_message_get_severity (message) != PA_FIELD_MESSAGE_NONE)
        set_indicators (gtk_widget_get_parent (entry->widget), pa_field_message_get_severity (message));
    }
}

/**
 * pa_field_registry_focus_widget:
 *
 * Expands every collapsed row around @widget, then focuses it (or its
 * first focusable child); the scrolled window follows the focus.
 */
gboolean
pa_field_registry_focus_widget (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_EXPANDER_ROW (w))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);

  if (gtk_widget_grab_focus (widget))
    return TRUE;
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}
