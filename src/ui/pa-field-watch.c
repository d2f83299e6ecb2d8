/* pa-field-watch.c: which fields the user has left, and what the fields say of themselves
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An empty field is only a hint until the user has typed in it and left
 * it: the watch notes that, per field path of the registry, and gathers
 * the fields' own messages (a CPR number of the wrong shape), which the
 * checks never see. ::changed says that either changed, so the editor
 * can decide again what to show (pa-field-state.h).
 */
#include "config.h"

#include "pa-field-message.h"
#include "pa-field-watch.h"

#define WATCHED_KEY "pa-field-watch-path"

struct _PaFieldWatch
{
  GObject          parent_instance;

  PaFieldRegistry *registry;
  GHashTable      *touched;   /* path set */
  guint            changed_source;
};

G_DEFINE_FINAL_TYPE (PaFieldWatch, pa_field_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
emit_changed (gpointer data)
{
  PaFieldWatch *self = data;

  self->changed_source = 0;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* Once, after whatever else this event changes. */
static void
queue_changed (PaFieldWatch *self)
{
  if (self->changed_source == 0)
    self->changed_source = g_idle_add (emit_changed, self);
}

#define EDITED_KEY "pa-field-watch-edited"

/* Only a field the user typed in counts as left: the cursor passing
 * through on the way to a step (Alt+2 puts it in the first field) does
 * not make an empty field an error. */
static void
on_focus_leave (GtkEventControllerFocus *controller,
                PaFieldWatch            *self)
{
  const char *path = g_object_get_data (G_OBJECT (controller), WATCHED_KEY);

  if (path != NULL && g_object_steal_data (G_OBJECT (controller), EDITED_KEY) != NULL)
    pa_field_watch_touch (self, path);
}

static void
on_field_edited (GtkEventController *controller)
{
  if (gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (controller)))
    g_object_set_data (G_OBJECT (controller), EDITED_KEY, GINT_TO_POINTER (TRUE));
}

/* The text the user types in: the widget itself, or its text view. */
static GObject *
typed_text_of (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget))
    return G_OBJECT (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    return G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GObject *text = typed_text_of (child);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* Watches @widget from now on, once. */
static void
watch_widget (PaFieldWatch *self,
              const char   *path,
              GtkWidget    *widget,
              PaFieldMessage *message)
{
  GtkEventController *focus;
  GObject *text;

  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), WATCHED_KEY), path) == 0)
    return;

  g_object_set_data_full (G_OBJECT (widget), WATCHED_KEY, g_strdup (path), g_free);
  focus = gtk_event_controller_focus_new ();
  g_object_set_data_full (G_OBJECT (focus), WATCHED_KEY, g_strdup (path), g_free);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, 0);
  gtk_widget_add_controller (widget, focus);
  if ((text = typed_text_of (widget)) != NULL)
    g_signal_connect_object (text, "changed", G_CALLBACK (on_field_edited), focus, G_CONNECT_SWAPPED);

  if (message != NULL && g_object_get_data (G_OBJECT (message), WATCHED_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (message), WATCHED_KEY, (gpointer) "watched");
      g_signal_connect_object (message, "changed", G_CALLBACK (queue_changed), self, G_CONNECT_SWAPPED);
    }
}

static void
pa_field_watch_dispose (GObject *object)
{
  PaFieldWatch *self = PA_FIELD_WATCH (object);

  g_clear_handle_id (&self->changed_source, g_source_remove);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (pa_field_watch_parent_class)->dispose (object);
}

static void
pa_field_watch_class_init (PaFieldWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pa_field_watch_dispose;

  /**
   * PaFieldWatch::changed:
   *
   * A field was left for the first time, or a field's own message changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pa_field_watch_init (PaFieldWatch *self)
{
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

PaFieldWatch *
pa_field_watch_new (PaFieldRegistry *registry)
{
  PaFieldWatch *self;

  g_return_val_if_fail (PA_IS_FIELD_REGISTRY (registry), NULL);

  self = g_object_new (PA_TYPE_FIELD_WATCH, NULL);
  self->registry = g_object_ref (registry);
  return self;
}

/* Another agreement: no field is touched. */
void
pa_field_watch_reset (PaFieldWatch *self)
{
  g_return_if_fail (PA_IS_FIELD_WATCH (self));

  g_hash_table_remove_all (self->touched);
}

/* The user has left the field @path. */
void
pa_field_watch_touch (PaFieldWatch *self,
                      const char   *path)
{
  g_return_if_fail (PA_IS_FIELD_WATCH (self));
  g_return_if_fail (path != NULL);

  if (g_hash_table_add (self->touched, g_strdup (path)))
    queue_changed (self);
}

gboolean
pa_field_watch_is_touched (PaFieldWatch *self,
                           const char   *path)
{
  const char *resolved;

  g_return_val_if_fail (PA_IS_FIELD_WATCH (self), FALSE);

  if (path == NULL || *path == '\0')
    return FALSE;
  if (g_hash_table_contains (self->touched, path))
    return TRUE;
  resolved = pa_field_registry_resolve (self->registry, path);
  return resolved != NULL && g_hash_table_contains (self->touched, resolved);
}

/**
 * pa_field_watch_collect_local:
 *
 * Also starts watching fields registered since the last call.
 *
 * Returns: (transfer full) (element-type PaFinding): what each field says
 *   of itself, as findings of its path
 */
GPtrArray *
pa_field_watch_collect_local (PaFieldWatch *self)
{
  g_autoptr(GPtrArray) paths = NULL;
  GPtrArray *local;

  g_return_val_if_fail (PA_IS_FIELD_WATCH (self), NULL);

  local = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
  paths = pa_field_registry_get_paths (self->registry);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      GtkWidget *widget = pa_field_registry_lookup (self->registry, path);
      PaFieldMessage *message = widget ? pa_field_message_for_widget (widget) : NULL;

      if (widget == NULL)
        continue;
      watch_widget (self, path, widget, message);
      if (message != NULL)
        pa_field_message_collect_local (message, path, local);
    }
  return local;
}

/**
 * pa_field_watch_get_touched:
 * @findings: (element-type PaFinding) (nullable): findings whose paths
 *   may fall to a registered path
 *
 * Returns: (transfer full): the set of touched paths
 */
GHashTable *
pa_field_watch_get_touched (PaFieldWatch *self,
                            GPtrArray    *findings)
{
  GHashTable *touched;
  GHashTableIter iter;
  gpointer path;

  g_return_val_if_fail (PA_IS_FIELD_WATCH (self), NULL);

  touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->touched);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    g_hash_table_add (touched, g_strdup (path));

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (findings, i);

      if (pa_field_watch_is_touched (self, finding->field))
        g_hash_table_add (touched, g_strdup (finding->field));
    }
  return touched;
}
