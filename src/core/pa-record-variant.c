/* pa-record-variant.c: a record tree as a GVariant and back, for snapshots
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store keeps each approved revision of an agreement as one value in
 * this format (pa-store-revisions.c); it lives in core so that the store
 * does not depend on the documents layer for it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pa-gerror.h"
#include "pa-record-variant.h"

static GVariant *
scalar_to_variant (const PaField *field,
                   const GValue  *value)
{
  switch (field->kind)
    {
    case PA_FIELD_INT:
      return g_variant_new_int32 (g_value_get_int (value));
    case PA_FIELD_DOUBLE:
      return g_variant_new_double (g_value_get_double (value));
    case PA_FIELD_BOOLEAN:
      return g_variant_new_boolean (g_value_get_boolean (value));
    default:
      if (g_value_get_string (value) == NULL)
        return NULL;
      return g_variant_new_string (g_value_get_string (value));
    }
}

static GVariant *
list_to_variant (GListModel *list)
{
  GVariantBuilder builder;
  guint n = g_list_model_get_n_items (list);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (list, i);

      g_variant_builder_add_value (&builder, pa_record_to_variant (item));
    }
  return g_variant_builder_end (&builder);
}

/**
 * pa_record_to_variant:
 *
 * Returns: (transfer floating): @record and everything below it
 */
GVariant *
pa_record_to_variant (PaRecord *record)
{
  GVariantBuilder builder;
  guint n;
  const PaField *fields;

  g_return_val_if_fail (PA_IS_RECORD (record), NULL);

  fields = pa_record_get_fields (record, &n);
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; i < n; i++)
    {
      const GValue *value = pa_record_peek_value (record, i);
      GVariant *v;

      if (fields[i].kind == PA_FIELD_CHILD)
        v = pa_record_to_variant (g_value_get_object (value));
      else if (fields[i].kind == PA_FIELD_LIST)
        v = list_to_variant (g_value_get_object (value));
      else
        v = scalar_to_variant (&fields[i], value);

      if (v != NULL)
        g_variant_builder_add (&builder, "{sv}", fields[i].name, v);
    }
  return g_variant_builder_end (&builder);
}

static gboolean
scalar_from_variant (PaRecord      *record,
                     guint          index,
                     const PaField *field,
                     GVariant      *v)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->kind == PA_FIELD_INT && g_variant_is_of_type (v, G_VARIANT_TYPE_INT32))
    g_value_set_int (g_value_init (&value, G_TYPE_INT), g_variant_get_int32 (v));
  else if (field->kind == PA_FIELD_DOUBLE && g_variant_is_of_type (v, G_VARIANT_TYPE_DOUBLE))
    g_value_set_double (g_value_init (&value, G_TYPE_DOUBLE), g_variant_get_double (v));
  else if (field->kind == PA_FIELD_BOOLEAN && g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
    g_value_set_boolean (g_value_init (&value, G_TYPE_BOOLEAN), g_variant_get_boolean (v));
  else if (g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    g_value_set_string (g_value_init (&value, G_TYPE_STRING), g_variant_get_string (v, NULL));
  else
    return FALSE;

  return pa_record_set_value (record, index, &value);
}

static gboolean
list_from_variant (PaRecord      *record,
                   const PaField *field,
                   GVariant      *v,
                   GError       **error)
{
  GListStore *list = pa_record_get_list (record, field->name);
  GVariantIter iter;
  GVariant *item_v;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("aa{sv}")))
    return FALSE;

  g_list_store_remove_all (list);
  g_variant_iter_init (&iter, v);
  while ((item_v = g_variant_iter_next_value (&iter)))
    {
      g_autoptr(GVariant) owned = item_v;
      g_autoptr(PaRecord) item = g_object_new (field->child_type (), NULL);

      if (!pa_record_from_variant (item, owned, error))
        return FALSE;
      g_list_store_append (list, item);
    }
  return TRUE;
}

static gboolean
field_from_variant (PaRecord      *record,
                    guint          index,
                    const PaField *field,
                    GVariant      *v,
                    GError       **error)
{
  if (field->kind == PA_FIELD_CHILD)
    return pa_record_from_variant (g_value_get_object (pa_record_peek_value (record, index)),
                                   v, error);
  if (field->kind == PA_FIELD_LIST)
    return list_from_variant (record, field, v, error);

  /* A value an older version allowed and this one does not is left out
   * rather than losing the whole revision. */
  scalar_from_variant (record, index, field, v);
  return TRUE;
}

/**
 * pa_record_from_variant:
 *
 * Fills @record from a value pa_record_to_variant() made. Fields missing
 * from @variant keep their value; unknown ones are skipped.
 */
gboolean
pa_record_from_variant (PaRecord  *record,
                        GVariant  *variant,
                        GError   **error)
{
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (PA_IS_RECORD (record), FALSE);
  g_return_val_if_fail (variant != NULL, FALSE);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("A stored version of the agreement could not be read."));
      return FALSE;
    }

  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      guint index;
      const PaField *field = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), key, &index);

      if (field != NULL && !field_from_variant (record, index, field, owned, error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("A stored version of the agreement could not be read."));
          return FALSE;
        }
    }
  return TRUE;
}
