/* pa-xml-writer.c: writes an agreement as an XML document
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer walks the field tables, as the store does: a new field in
 * pa-model.c appears in the documents without a change here. Values are
 * written in the canonical forms the schema expects, so every export
 * validates.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/pa-gerror.h"
#include "core/pa-privacy.h"
#include "pa-xml-private.h"
#include "pa-document-file.h"
#include "pa-xml-writer.h"

/* XML 1.0 cannot carry most C0 controls at all, not even escaped; a
 * pasted one must not make the whole document unreadable. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

static char *
xml_safe_text (const char *text)
{
  GString *out = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_xml_char (c))
        {
          if (out != NULL)
            g_string_append_unichar (out, c);
          continue;
        }
      if (out == NULL)
        out = g_string_new_len (text, p - text);
      g_string_append_unichar (out, 0xFFFD);
    }

  return out != NULL ? g_string_free (out, FALSE) : g_strdup (text);
}

/* The model also accepts other ISO 8601 spellings (week dates, +0100). */
static char *
canonical_datetime (const char *value)
{
  g_autoptr(GDateTime) dt = NULL;

  if (pa_xml_is_canonical_datetime (value))
    return g_strdup (value);

  dt = g_date_time_new_from_iso8601 (value, NULL);
  g_assert (dt != NULL);  /* the model only holds parseable timestamps */
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

/* xsd:decimal has no exponent; use the shortest form that reads back
 * as the same double. */
static char *
format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert (isfinite (value));

  for (int precision = 15; precision <= 17; precision++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", precision);

      g_ascii_formatd (buf, sizeof buf, format, value);
      if (strchr (buf, 'e') == NULL && g_ascii_strtod (buf, NULL) == value)
        return g_strdup (buf);
    }

  /* Tiny values %g would write with an exponent. */
  g_ascii_formatd (buf, sizeof buf, "%.12f", value);
  for (char *end = buf + strlen (buf) - 1; end > buf && *end == '0'; end--)
    *end = '\0';
  if (buf[strlen (buf) - 1] == '.')
    buf[strlen (buf) - 1] = '\0';
  return g_strdup (buf);
}

/* The text of a scalar field, or NULL when it is unset (not written). */
static char *
scalar_text (const PaField *field,
             const GValue  *value)
{
  const char *s;

  switch (field->kind)
    {
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
      s = g_value_get_string (value);
      return s != NULL ? xml_safe_text (s) : NULL;
    case PA_FIELD_DATETIME:
      s = g_value_get_string (value);
      return s != NULL ? canonical_datetime (s) : NULL;
    case PA_FIELD_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));
    case PA_FIELD_DOUBLE:
      return format_decimal (g_value_get_double (value));
    case PA_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

static gboolean write_fields (xmlTextWriter  *writer,
                              PaRecord       *record,
                              GError        **error);

static gboolean
write_record_element (xmlTextWriter  *writer,
                      const char     *name,
                      PaRecord       *record,
                      GError        **error)
{
  return !pa_xml_writer_failed (xmlTextWriterStartElement (writer, BAD_CAST name), error) &&
         write_fields (writer, record, error) &&
         !pa_xml_writer_failed (xmlTextWriterEndElement (writer), error);
}

static gboolean
write_list (xmlTextWriter  *writer,
            const PaField  *field,
            GListModel     *list,
            GError        **error)
{
  guint n = g_list_model_get_n_items (list);
  const char *item_name = pa_xml_item_name (field);

  /* An empty list is left out, like an unset text. */
  if (n == 0)
    return TRUE;

  /* Never write what the reader would refuse. */
  if (n > pa_xml_list_limit (field))
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_MANY,
                   /* Translators: %s is the name of a list, e.g. "SMART goals" */
                   _("The list “%s” has %u entries, more than the %u an agreement document may "
                     "hold. Remove some and save again."),
                   _(field->label), n, pa_xml_list_limit (field));
      return FALSE;
    }

  if (pa_xml_writer_failed (xmlTextWriterStartElement (writer, BAD_CAST field->name), error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (list, i);

      if (!write_record_element (writer, item_name, item, error))
        return FALSE;
    }

  return !pa_xml_writer_failed (xmlTextWriterEndElement (writer), error);
}

static gboolean
write_fields (xmlTextWriter  *writer,
              PaRecord       *record,
              GError        **error)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const PaField *field = &fields[i];
      const GValue *v = pa_record_peek_value (record, i);
      g_autofree char *text = NULL;

      if (field->kind == PA_FIELD_CHILD)
        {
          if (!write_record_element (writer, field->name, g_value_get_object (v), error))
            return FALSE;
        }
      else if (field->kind == PA_FIELD_LIST)
        {
          if (!write_list (writer, field, g_value_get_object (v), error))
            return FALSE;
        }
      else if ((text = scalar_text (field, v)) != NULL)
        {
          if (pa_xml_writer_failed (xmlTextWriterWriteElement (writer, BAD_CAST field->name,
                                                               BAD_CAST text), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_document (xmlTextWriter  *writer,
                PaAgreement    *agreement,
                PaXmlVariant    variant,
                GError        **error)
{
  g_autofree char *version = g_strdup_printf ("%d", PA_XML_FORMAT_VERSION);

  return !pa_xml_writer_failed (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL), error) &&
         !pa_xml_writer_failed (xmlTextWriterStartElement (writer, BAD_CAST PA_XML_ROOT), error) &&
         !pa_xml_writer_failed (xmlTextWriterWriteAttribute (writer, BAD_CAST "xmlns",
                                                             BAD_CAST PA_XML_NAMESPACE), error) &&
         !pa_xml_writer_failed (xmlTextWriterWriteAttribute (writer, BAD_CAST "format-version",
                                                             BAD_CAST version), error) &&
         !pa_xml_writer_failed (xmlTextWriterWriteAttribute (writer, BAD_CAST "variant",
                                                             BAD_CAST pa_xml_variant_to_string (variant)), error) &&
         write_fields (writer, PA_RECORD (agreement), error) &&
         !pa_xml_writer_failed (xmlTextWriterEndDocument (writer), error);
}

/**
 * pa_xml_write_to_string:
 * @variant: %PA_XML_VARIANT_COMPANY writes pa_privacy_company_copy()
 * @len: (out) (optional): the length in bytes
 *
 * Returns: (transfer full): the document, UTF-8, indented
 */
char *
pa_xml_write_to_string (PaAgreement   *agreement,
                        PaXmlVariant   variant,
                        gsize         *len,
                        GError       **error)
{
  g_autoptr(PaAgreement) company = NULL;
  g_autoptr(xmlBuffer) buffer = NULL;
  g_autoptr(xmlTextWriter) writer = NULL;
  char *data;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (variant == PA_XML_VARIANT_FULL || variant == PA_XML_VARIANT_COMPANY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (variant == PA_XML_VARIANT_COMPANY)
    agreement = company = pa_privacy_company_copy (agreement);

  buffer = xmlBufferCreate ();
  if (buffer == NULL || (writer = pa_xml_writer_new_memory (buffer)) == NULL)
    {
      pa_xml_writer_failed (-1, error);
      return NULL;
    }

  if (!write_document (writer, agreement, variant, error))
    PA_RETURN_ERROR (error, NULL);

  /* The writer flushes into the buffer when it is freed. */
  g_clear_pointer (&writer, xmlFreeTextWriter);
  data = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  if (len != NULL)
    *len = xmlBufferLength (buffer);
  return data;
}

/**
 * pa_xml_export_file:
 *
 * Writes the document to @path atomically: a reader sees the old file or
 * the new one, never half of it. The file is private to the user (0600):
 * a full document holds a CPR number.
 */
gboolean
pa_xml_export_file (PaAgreement   *agreement,
                    PaXmlVariant   variant,
                    const char    *path,
                    GError       **error)
{
  g_autofree char *data = NULL;
  gsize len;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = pa_xml_write_to_string (agreement, variant, &len, error);
  if (data == NULL)
    PA_RETURN_ERROR (error, FALSE);

  return pa_document_write_file (path, data, len, error);
}
