/* pa-autosave.c: saves an agreement shortly after each edit, and keeps it when saving fails
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agreement object in memory is the truth; the database follows it.
 * When a save fails (full or read-only disk) nothing is thrown away: the
 * object keeps every edit, "dirty" stays TRUE, "error" says why in plain
 * language, and the save is tried again until it works.
 */
#include "config.h"

#include "pa-autosave.h"

struct _PaAutosave
{
  GObject      parent_instance;
  PaStore     *store;
  PaAgreement *agreement;
  char        *error;
  guint        timeout_id;
  guint        dirty : 1;
};

G_DEFINE_FINAL_TYPE (PaAutosave, pa_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AGREEMENT,
  PROP_DIRTY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean on_timeout (gpointer user_data);

static void
set_dirty (PaAutosave *self,
           gboolean    dirty)
{
  if (self->dirty == !!dirty)
    return;
  self->dirty = !!dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
set_error (PaAutosave *self,
           const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
schedule (PaAutosave *self,
          guint       delay_ms)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (delay_ms, on_timeout, self);
}

static void
on_agreement_changed (PaAutosave *self)
{
  set_dirty (self, TRUE);
  /* Restarted on every edit: typing is saved once the user pauses. */
  schedule (self, PA_AUTOSAVE_DELAY_MS);
}

static gboolean
on_timeout (gpointer user_data)
{
  PaAutosave *self = user_data;
  g_autoptr(GError) error = NULL;

  self->timeout_id = 0;
  if (!pa_autosave_flush (self, &error) && !pa_store_is_read_only (self->store))
    schedule (self, PA_AUTOSAVE_RETRY_MS);
  return G_SOURCE_REMOVE;
}

/**
 * pa_autosave_flush:
 *
 * Saves now if there are unsaved edits.
 *
 * Returns: %FALSE if the edits could not be saved; they are kept and
 *   tried again later
 */
gboolean
pa_autosave_flush (PaAutosave  *self,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PA_IS_AUTOSAVE (self), FALSE);

  if (!self->dirty)
    return TRUE;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!pa_store_save (self->store, self->agreement, &local_error))
    {
      set_error (self, local_error->message);
      /* A read-only store never becomes writable: no point retrying. */
      if (self->timeout_id == 0 && !pa_store_is_read_only (self->store))
        schedule (self, PA_AUTOSAVE_RETRY_MS);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_error (self, NULL);
  set_dirty (self, FALSE);
  return TRUE;
}

static void
pa_autosave_constructed (GObject *object)
{
  PaAutosave *self = PA_AUTOSAVE (object);

  G_OBJECT_CLASS (pa_autosave_parent_class)->constructed (object);

  g_signal_connect_object (self->agreement, "changed",
                           G_CALLBACK (on_agreement_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
pa_autosave_dispose (GObject *object)
{
  PaAutosave *self = PA_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->agreement);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pa_autosave_parent_class)->dispose (object);
}

static void
pa_autosave_finalize (GObject *object)
{
  PaAutosave *self = PA_AUTOSAVE (object);

  g_free (self->error);

  G_OBJECT_CLASS (pa_autosave_parent_class)->finalize (object);
}

static void
pa_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PaAutosave *self = PA_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PaAutosave *self = PA_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_AGREEMENT:
      self->agreement = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_autosave_class_init (PaAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pa_autosave_constructed;
  object_class->dispose = pa_autosave_dispose;
  object_class->finalize = pa_autosave_finalize;
  object_class->get_property = pa_autosave_get_property;
  object_class->set_property = pa_autosave_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL, PA_TYPE_AGREEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pa_autosave_init (PaAutosave *self)
{
}

PaAutosave *
pa_autosave_new (PaStore     *store,
                 PaAgreement *agreement)
{
  g_return_val_if_fail (PA_IS_STORE (store), NULL);
  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  return g_object_new (PA_TYPE_AUTOSAVE, "store", store, "agreement", agreement, NULL);
}

PaAgreement *
pa_autosave_get_agreement (PaAutosave *self)
{
  g_return_val_if_fail (PA_IS_AUTOSAVE (self), NULL);

  return self->agreement;
}

gboolean
pa_autosave_get_dirty (PaAutosave *self)
{
  g_return_val_if_fail (PA_IS_AUTOSAVE (self), FALSE);

  return self->dirty;
}

const char *
pa_autosave_get_error (PaAutosave *self)
{
  g_return_val_if_fail (PA_IS_AUTOSAVE (self), NULL);

  return self->error;
}
