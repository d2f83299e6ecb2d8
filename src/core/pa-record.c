/* pa-record.c: a GObject whose properties are declared by a field table
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pa-record.h"
#include "pa-validate.h"

typedef struct
{
  GValue    *values;
  /* For each LIST field, the items as they were at the last items-changed,
   * so removed items can be detached from this parent. */
  GPtrArray **shadows;
  PaRecord  *parent;        /* weak */
  guint      parent_field;  /* index of the field in parent holding us */
} PaRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PaRecord, pa_record, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pa_record_emit_changed (PaRecord   *self,
                        PaRecord   *origin,
                        const char *field,
                        gboolean    content)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);

  g_signal_emit (self, signals[CHANGED], 0, origin, field, content);

  if (priv->parent != NULL)
    {
      PaRecordClass *pklass = PA_RECORD_GET_CLASS (priv->parent);
      const PaField *holder = &pklass->fields[priv->parent_field];

      pa_record_emit_changed (priv->parent, origin, field,
                              content && !(holder->flags & PA_FIELD_FLAG_META));
    }
}

static void
attach_child (PaRecord *self,
              PaRecord *child,
              guint     field_index)
{
  PaRecordPrivate *cpriv = pa_record_get_instance_private (child);

  cpriv->parent = self;
  cpriv->parent_field = field_index;
}

static void
detach_child (PaRecord *self,
              PaRecord *child)
{
  PaRecordPrivate *cpriv = pa_record_get_instance_private (child);

  if (cpriv->parent == self)
    cpriv->parent = NULL;
}

static guint
list_field_index (PaRecord   *self,
                  GListModel *list)
{
  PaRecordClass *klass = PA_RECORD_GET_CLASS (self);
  PaRecordPrivate *priv = pa_record_get_instance_private (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == PA_FIELD_LIST &&
        g_value_get_object (&priv->values[i]) == (gpointer) list)
      return i;

  g_assert_not_reached ();
}

static void
on_list_items_changed (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       PaRecord   *self)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);
  PaRecordClass *klass = PA_RECORD_GET_CLASS (self);
  guint index = list_field_index (self, list);
  GPtrArray *shadow = priv->shadows[index];

  for (guint i = 0; i < removed; i++)
    detach_child (self, g_ptr_array_index (shadow, position + i));
  g_ptr_array_remove_range (shadow, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (list, position + i);

      attach_child (self, item, index);
      g_ptr_array_insert (shadow, position + i, g_object_ref (item));
    }

  /* Items that were removed and re-added elsewhere in the same list keep
   * their parent: reattach everything that is still in the list. */
  for (guint i = 0; i < shadow->len; i++)
    attach_child (self, g_ptr_array_index (shadow, i), index);

  pa_record_emit_changed (self, self, klass->fields[index].name,
                          !(klass->fields[index].flags & PA_FIELD_FLAG_META));
}

static GType
field_gtype (const PaField *field)
{
  switch (field->kind)
    {
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      return G_TYPE_STRING;
    case PA_FIELD_INT:
      return G_TYPE_INT;
    case PA_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case PA_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case PA_FIELD_CHILD:
      return field->child_type ();
    case PA_FIELD_LIST:
      return G_TYPE_LIST_STORE;
    default:
      g_assert_not_reached ();
    }
}

static int
int_default (const PaField *field)
{
  return (int) CLAMP (0, field->min, field->max);
}

static void
pa_record_constructed (GObject *object)
{
  PaRecord *self = PA_RECORD (object);
  PaRecordPrivate *priv = pa_record_get_instance_private (self);
  PaRecordClass *klass = PA_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (pa_record_parent_class)->constructed (object);

  priv->values = g_new0 (GValue, klass->n_fields);
  priv->shadows = g_new0 (GPtrArray *, klass->n_fields);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PaField *field = &klass->fields[i];

      g_value_init (&priv->values[i], field_gtype (field));

      if (field->kind == PA_FIELD_INT)
        g_value_set_int (&priv->values[i], int_default (field));
      else if (field->kind == PA_FIELD_CHILD)
        {
          g_autoptr(PaRecord) child = g_object_new (field->child_type (), NULL);

          attach_child (self, child, i);
          g_value_set_object (&priv->values[i], child);
        }
      else if (field->kind == PA_FIELD_LIST)
        {
          g_autoptr(GListStore) store = g_list_store_new (field->child_type ());

          priv->shadows[i] = g_ptr_array_new_with_free_func (g_object_unref);
          g_signal_connect (store, "items-changed",
                            G_CALLBACK (on_list_items_changed), self);
          g_value_set_object (&priv->values[i], store);
        }
    }
}

static void
pa_record_dispose (GObject *object)
{
  PaRecord *self = PA_RECORD (object);
  PaRecordPrivate *priv = pa_record_get_instance_private (self);
  PaRecordClass *klass = PA_RECORD_GET_CLASS (self);

  for (guint i = 0; priv->values != NULL && i < klass->n_fields; i++)
    {
      if (klass->fields[i].kind == PA_FIELD_CHILD)
        {
          PaRecord *child = g_value_get_object (&priv->values[i]);

          if (child != NULL)
            detach_child (self, child);
        }
      else if (klass->fields[i].kind == PA_FIELD_LIST && priv->shadows[i] != NULL)
        {
          GObject *store = g_value_get_object (&priv->values[i]);

          if (store != NULL)
            g_signal_handlers_disconnect_by_data (store, self);
          for (guint j = 0; j < priv->shadows[i]->len; j++)
            detach_child (self, g_ptr_array_index (priv->shadows[i], j));
          g_clear_pointer (&priv->shadows[i], g_ptr_array_unref);
        }
      g_value_unset (&priv->values[i]);
    }
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->shadows, g_free);

  G_OBJECT_CLASS (pa_record_parent_class)->dispose (object);
}

static void
pa_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (PA_RECORD (object));

  g_value_copy (&priv->values[prop_id - 1], value);
}

static void
pa_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  pa_record_set_value (PA_RECORD (object), prop_id - 1, value);
}

static void
pa_record_class_init (PaRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pa_record_constructed;
  object_class->dispose = pa_record_dispose;
  object_class->get_property = pa_record_get_property;
  object_class->set_property = pa_record_set_property;

  /**
   * PaRecord::changed:
   * @origin: the record whose field changed (this one or a descendant)
   * @field: the name of the field that changed
   * @content: %TRUE when the change is to the agreement's content, %FALSE
   *   for bookkeeping (status, approvals, checklist state)
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  PA_TYPE_RECORD,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_BOOLEAN);
}

static void
pa_record_init (PaRecord *self)
{
}

static GParamSpec *
field_pspec (const PaField *field)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      return g_param_spec_string (field->name, NULL, NULL, NULL, rw);
    case PA_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL,
                               (int) field->min, (int) field->max,
                               int_default (field), rw);
    case PA_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL,
                                  field->min, field->max,
                                  CLAMP (0.0, field->min, field->max), rw);
    case PA_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, rw);
    case PA_FIELD_CHILD:
      return g_param_spec_object (field->name, NULL, NULL, field->child_type (), ro);
    case PA_FIELD_LIST:
      return g_param_spec_object (field->name, NULL, NULL, G_TYPE_LIST_STORE, ro);
    default:
      g_assert_not_reached ();
    }
}

/**
 * pa_record_class_install_fields:
 *
 * Called from a subclass' class_init with a static field table; installs a
 * property per field (property id = index + 1).
 */
void
pa_record_class_install_fields (PaRecordClass *klass,
                                const char    *type_name,
                                const PaField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (PA_IS_RECORD_CLASS (klass));
  g_return_if_fail (type_name != NULL);
  g_return_if_fail (fields != NULL && n_fields > 0);

  klass->type_name = type_name;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields + 1);

  /* GObject does not inherit these: property ids are per class. */
  object_class->get_property = pa_record_get_property;
  object_class->set_property = pa_record_set_property;

  for (guint i = 0; i < n_fields; i++)
    klass->pspecs[i + 1] = field_pspec (&fields[i]);

  g_object_class_install_properties (object_class, n_fields + 1, klass->pspecs);
}

const PaField *
pa_record_class_get_fields (PaRecordClass *klass,
                            guint         *n_fields)
{
  g_return_val_if_fail (PA_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

const char *
pa_record_class_get_type_name (PaRecordClass *klass)
{
  g_return_val_if_fail (PA_IS_RECORD_CLASS (klass), NULL);

  return klass->type_name;
}

const PaField *
pa_record_class_find_field (PaRecordClass *klass,
                            const char    *name,
                            guint         *index)
{
  g_return_val_if_fail (PA_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->fields[i].name, name) == 0)
      {
        if (index != NULL)
          *index = i;
        return &klass->fields[i];
      }
  return NULL;
}

const char *
pa_record_get_type_name (PaRecord *self)
{
  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  return PA_RECORD_GET_CLASS (self)->type_name;
}

const PaField *
pa_record_get_fields (PaRecord *self,
                      guint    *n_fields)
{
  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  return pa_record_class_get_fields (PA_RECORD_GET_CLASS (self), n_fields);
}

PaRecord *
pa_record_get_parent (PaRecord *self)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  return priv->parent;
}

static GValue *
lookup (PaRecord       *self,
        const char     *name,
        PaFieldKind     kind,
        guint          *index)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);
  const PaField *field;
  guint i;

  field = pa_record_class_find_field (PA_RECORD_GET_CLASS (self), name, &i);
  if (field == NULL)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), name);
      return NULL;
    }

  /* Dates, times and timestamps are strings too. */
  if (field->kind != kind &&
      !(kind == PA_FIELD_STRING && field_gtype (field) == G_TYPE_STRING))
    {
      g_critical ("%s.%s is not of the requested kind", G_OBJECT_TYPE_NAME (self), name);
      return NULL;
    }

  if (index != NULL)
    *index = i;
  return &priv->values[i];
}

const char *
pa_record_get_string (PaRecord   *self,
                      const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  v = lookup (self, field, PA_FIELD_STRING, NULL);
  return v ? g_value_get_string (v) : NULL;
}

#define DEFINE_SETTER(fn, ctype, gtype, kind, setter)            \
void                                                             \
fn (PaRecord   *self,                                            \
    const char *field,                                           \
    ctype       value)                                           \
{                                                                \
  g_auto(GValue) v = G_VALUE_INIT;                               \
  guint index;                                                   \
                                                                 \
  g_return_if_fail (PA_IS_RECORD (self));                        \
                                                                 \
  if (lookup (self, field, kind, &index) == NULL)                \
    return;                                                      \
  g_value_init (&v, gtype);                                      \
  setter (&v, value);                                            \
  pa_record_set_value (self, index, &v);                         \
}

DEFINE_SETTER (pa_record_set_string, const char *, G_TYPE_STRING, PA_FIELD_STRING, g_value_set_string)
DEFINE_SETTER (pa_record_set_int, int, G_TYPE_INT, PA_FIELD_INT, g_value_set_int)
DEFINE_SETTER (pa_record_set_double, double, G_TYPE_DOUBLE, PA_FIELD_DOUBLE, g_value_set_double)
DEFINE_SETTER (pa_record_set_boolean, gboolean, G_TYPE_BOOLEAN, PA_FIELD_BOOLEAN, g_value_set_boolean)

int
pa_record_get_int (PaRecord   *self,
                   const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), 0);

  v = lookup (self, field, PA_FIELD_INT, NULL);
  return v ? g_value_get_int (v) : 0;
}

double
pa_record_get_double (PaRecord   *self,
                      const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), 0.0);

  v = lookup (self, field, PA_FIELD_DOUBLE, NULL);
  return v ? g_value_get_double (v) : 0.0;
}

gboolean
pa_record_get_boolean (PaRecord   *self,
                       const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), FALSE);

  v = lookup (self, field, PA_FIELD_BOOLEAN, NULL);
  return v ? g_value_get_boolean (v) : FALSE;
}

PaRecord *
pa_record_get_child (PaRecord   *self,
                     const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  v = lookup (self, field, PA_FIELD_CHILD, NULL);
  return v ? g_value_get_object (v) : NULL;
}

GListStore *
pa_record_get_list (PaRecord   *self,
                    const char *field)
{
  GValue *v;

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  v = lookup (self, field, PA_FIELD_LIST, NULL);
  return v ? g_value_get_object (v) : NULL;
}

/**
 * pa_record_add:
 *
 * Appends a new, empty record to a list field.
 *
 * Returns: (transfer none) (nullable): the new record, or %NULL when the
 *   list already holds its maximum number of items
 */
PaRecord *
pa_record_add (PaRecord   *self,
               const char *list_field)
{
  PaRecordClass *klass;
  const PaField *field;
  g_autoptr(PaRecord) item = NULL;
  GListStore *store;

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);

  klass = PA_RECORD_GET_CLASS (self);
  field = pa_record_class_find_field (klass, list_field, NULL);
  g_return_val_if_fail (field != NULL && field->kind == PA_FIELD_LIST, NULL);

  store = pa_record_get_list (self, list_field);
  if (field->max > 0 && g_list_model_get_n_items (G_LIST_MODEL (store)) >= field->max)
    return NULL;

  item = g_object_new (field->child_type (), NULL);
  g_list_store_append (store, item);
  return item;
}

const GValue *
pa_record_peek_value (PaRecord *self,
                      guint     index)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);

  g_return_val_if_fail (PA_IS_RECORD (self), NULL);
  g_return_val_if_fail (index < PA_RECORD_GET_CLASS (self)->n_fields, NULL);

  return &priv->values[index];
}

/**
 * pa_record_field_value_is_valid:
 *
 * Whether @value may be stored in @field: strings from the allowed choices,
 * canonical dates, times and timestamps, numbers in range. NULL strings are
 * always valid (unset).
 */
gboolean
pa_record_field_value_is_valid (const PaField *field,
                                const GValue  *value)
{
  const char *s;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  switch (field->kind)
    {
    case PA_FIELD_STRING:
      s = g_value_get_string (value);
      if (s == NULL || field->choices == NULL)
        return s == NULL || g_utf8_validate (s, -1, NULL);
      return g_strv_contains (field->choices, s);
    case PA_FIELD_DATE:
      s = g_value_get_string (value);
      return s == NULL || pa_validate_iso_date (s, NULL, NULL);
    case PA_FIELD_TIME:
      s = g_value_get_string (value);
      return s == NULL || pa_validate_time (s, NULL, NULL);
    case PA_FIELD_DATETIME:
      s = g_value_get_string (value);
      return s == NULL || pa_validate_iso_datetime (s, NULL);
    case PA_FIELD_INT:
      return g_value_get_int (value) >= field->min && g_value_get_int (value) <= field->max;
    case PA_FIELD_DOUBLE:
      return isfinite (g_value_get_double (value)) &&
             g_value_get_double (value) >= field->min &&
             g_value_get_double (value) <= field->max;
    case PA_FIELD_BOOLEAN:
      return TRUE;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      return FALSE;
    }
}

static gboolean
values_equal (const PaField *field,
              const GValue  *a,
              const GValue  *b)
{
  switch (field->kind)
    {
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case PA_FIELD_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case PA_FIELD_DOUBLE:
      return fabs (g_value_get_double (a) - g_value_get_double (b)) < 1e-9;
    case PA_FIELD_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

/**
 * pa_record_set_value:
 *
 * Sets a scalar field. Empty strings become NULL. Notifies and emits
 * #PaRecord::changed only when the value really changes.
 *
 * Returns: %FALSE if the value is not valid for the field (nothing changes)
 */
gboolean
pa_record_set_value (PaRecord     *self,
                     guint         index,
                     const GValue *value)
{
  PaRecordPrivate *priv = pa_record_get_instance_private (self);
  PaRecordClass *klass;
  const PaField *field;
  g_auto(GValue) normal = G_VALUE_INIT;

  g_return_val_if_fail (PA_IS_RECORD (self), FALSE);
  klass = PA_RECORD_GET_CLASS (self);
  g_return_val_if_fail (index < klass->n_fields, FALSE);

  field = &klass->fields[index];
  g_return_val_if_fail (field->kind != PA_FIELD_CHILD && field->kind != PA_FIELD_LIST, FALSE);

  g_value_init (&normal, field_gtype (field));
  if (!g_value_transform (value, &normal))
    return FALSE;

  if (G_VALUE_HOLDS_STRING (&normal) &&
      g_value_get_string (&normal) != NULL &&
      g_value_get_string (&normal)[0] == '\0')
    g_value_set_string (&normal, NULL);

  if (!pa_record_field_value_is_valid (field, &normal))
    {
      g_critical ("Invalid value for %s.%s", klass->type_name, field->name);
      return FALSE;
    }

  if (values_equal (field, &priv->values[index], &normal))
    return TRUE;

  g_value_copy (&normal, &priv->values[index]);
  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[index + 1]);
  pa_record_emit_changed (self, self, field->name,
                          !(field->flags & PA_FIELD_FLAG_META));
  return TRUE;
}

/**
 * pa_record_equal:
 *
 * Deep comparison of two records of the same type, field by field,
 * children and lists included.
 */
gboolean
pa_record_equal (PaRecord *a,
                 PaRecord *b)
{
  PaRecordClass *klass;

  g_return_val_if_fail (PA_IS_RECORD (a), FALSE);
  g_return_val_if_fail (PA_IS_RECORD (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = PA_RECORD_GET_CLASS (a);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PaField *field = &klass->fields[i];
      const GValue *va = pa_record_peek_value (a, i);
      const GValue *vb = pa_record_peek_value (b, i);

      if (field->kind == PA_FIELD_CHILD)
        {
          if (!pa_record_equal (g_value_get_object (va), g_value_get_object (vb)))
            return FALSE;
        }
      else if (field->kind == PA_FIELD_LIST)
        {
          GListModel *la = g_value_get_object (va);
          GListModel *lb = g_value_get_object (vb);
          guint n = g_list_model_get_n_items (la);

          if (n != g_list_model_get_n_items (lb))
            return FALSE;
          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PaRecord) ia = g_list_model_get_item (la, j);
              g_autoptr(PaRecord) ib = g_list_model_get_item (lb, j);

              if (!pa_record_equal (ia, ib))
                return FALSE;
            }
        }
      else if (!values_equal (field, va, vb))
        return FALSE;
    }

  return TRUE;
}

/**
 * pa_record_copy_into:
 *
 * Makes @dest a deep copy of @src (same type): scalars are set, children
 * copied, lists replaced by copies of the items. Copying into an
 * agreement is an edit like any other unless its tracking is frozen.
 */
void
pa_record_copy_into (PaRecord *src,
                     PaRecord *dest)
{
  PaRecordClass *klass;

  g_return_if_fail (PA_IS_RECORD (src));
  g_return_if_fail (PA_IS_RECORD (dest));
  g_return_if_fail (G_OBJECT_TYPE (src) == G_OBJECT_TYPE (dest));

  klass = PA_RECORD_GET_CLASS (src);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PaField *field = &klass->fields[i];
      const GValue *v = pa_record_peek_value (src, i);

      if (field->kind == PA_FIELD_CHILD)
        pa_record_copy_into (g_value_get_object (v),
                             g_value_get_object (pa_record_peek_value (dest, i)));
      else if (field->kind == PA_FIELD_LIST)
        {
          GListModel *from = g_value_get_object (v);
          GListStore *to = g_value_get_object (pa_record_peek_value (dest, i));
          guint n = g_list_model_get_n_items (from);
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PaRecord) item = g_list_model_get_item (from, j);
              PaRecord *copy = g_object_new (G_OBJECT_TYPE (item), NULL);

              pa_record_copy_into (item, copy);
              g_ptr_array_add (items, copy);
            }
          g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                               items->pdata, items->len);
        }
      else
        pa_record_set_value (dest, i, v);
    }
}
