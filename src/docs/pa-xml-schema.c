/* pa-xml-schema.c: the RELAX NG schema of agreement documents, generated from the field tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every element is documented from its field's label, so the schema
 * doubles as the format's reference. Values are typed as tightly as the
 * model checks them, so a document that validates also loads.
 */
#include "config.h"

#include "core/pa-agreement.h"
#include "core/pa-gerror.h"
#include "core/pa-privacy.h"
#include "pa-xml-private.h"
#include "pa-xml-schema.h"

#define DATE_PATTERN     "[0-9]{4}-[0-9]{2}-[0-9]{2}"
#define TIME_PATTERN     "([01][0-9]|2[0-3]):[0-5][0-9]"
#define DATETIME_PATTERN DATE_PATTERN "T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+\\-][0-9]{2}:[0-9]{2})"

typedef struct {
  xmlTextWriter *writer;
  GError       **error;
  gboolean       failed;
} Out;

/* Each helper records the first failure and turns the rest into no-ops,
 * so the generator reads as the schema it writes. */
static void
check (Out *out,
       int  rc)
{
  if (!out->failed && pa_xml_writer_failed (rc, out->error))
    out->failed = TRUE;
}

static void
start (Out        *out,
       const char *name)
{
  if (!out->failed)
    check (out, xmlTextWriterStartElement (out->writer, BAD_CAST name));
}

static void
end (Out *out)
{
  if (!out->failed)
    check (out, xmlTextWriterEndElement (out->writer));
}

static void
attr (Out        *out,
      const char *name,
      const char *value)
{
  if (!out->failed)
    check (out, xmlTextWriterWriteAttribute (out->writer, BAD_CAST name, BAD_CAST value));
}

static void
leaf (Out        *out,
      const char *name,
      const char *text)
{
  if (!out->failed)
    check (out, xmlTextWriterWriteElement (out->writer, BAD_CAST name, BAD_CAST text));
}

static void
documentation (Out        *out,
               const char *text)
{
  leaf (out, "a:documentation", text);
}

static void
param (Out        *out,
       const char *name,
       const char *value)
{
  start (out, "param");
  attr (out, "name", name);
  if (!out->failed)
    check (out, xmlTextWriterWriteString (out->writer, BAD_CAST value));
  end (out);
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.0f", value));
}

static void
write_range (Out           *out,
             const char    *type,
             const PaField *field)
{
  g_autofree char *min = format_number (field->min);
  g_autofree char *max = format_number (field->max);

  start (out, "data");
  attr (out, "type", type);
  param (out, "minInclusive", min);
  param (out, "maxInclusive", max);
  end (out);
}

static void
write_value_pattern (Out           *out,
                     const PaField *field)
{
  switch (field->kind)
    {
    case PA_FIELD_STRING:
      if (field->choices == NULL)
        {
          start (out, "text");
          end (out);
          break;
        }
      start (out, "choice");
      for (guint i = 0; field->choices[i] != NULL; i++)
        leaf (out, "value", field->choices[i]);
      end (out);
      break;
    case PA_FIELD_DATE:
      start (out, "data");
      attr (out, "type", "date");
      param (out, "pattern", DATE_PATTERN);
      param (out, "minInclusive", "1900-01-01");
      end (out);
      break;
    case PA_FIELD_TIME:
      start (out, "data");
      attr (out, "type", "token");
      param (out, "pattern", TIME_PATTERN);
      end (out);
      break;
    case PA_FIELD_DATETIME:
      start (out, "data");
      attr (out, "type", "dateTime");
      param (out, "pattern", DATETIME_PATTERN);
      end (out);
      break;
    case PA_FIELD_INT:
      write_range (out, "integer", field);
      break;
    case PA_FIELD_DOUBLE:
      write_range (out, "decimal", field);
      break;
    case PA_FIELD_BOOLEAN:
      start (out, "data");
      attr (out, "type", "boolean");
      end (out);
      break;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

/* The label, the form of the value, and what the company copy does. */
static char *
field_documentation (GType          record_type,
                     const PaField *field)
{
  GString *doc = g_string_new (field->label);
  PaPrivacy privacy = pa_privacy_field_policy (record_type, field);

  g_string_append_c (doc, '.');
  switch (field->kind)
    {
    case PA_FIELD_DATE:
      g_string_append (doc, " A date, YYYY-MM-DD.");
      break;
    case PA_FIELD_TIME:
      g_string_append (doc, " A time of day, HH:MM.");
      break;
    case PA_FIELD_DATETIME:
      g_string_append (doc, " A date and time with its UTC offset.");
      break;
    case PA_FIELD_DOUBLE:
      g_string_append (doc, " A decimal number.");
      break;
    case PA_FIELD_LIST:
      /* The bounded lists are also bounded by the grammar below; the
       * others by the reader, which stops at the limit. */
      g_string_append_printf (doc, " At most %u entries; a document with more is refused.",
                              pa_xml_list_limit (field));
      break;
    case PA_FIELD_STRING:
      if (record_type == PA_TYPE_AGREEMENT && g_str_equal (field->name, "id"))
        g_string_append (doc, " A UUID, like 0b6c1f4e-8f3a-4d2b-9c5e-7a1d2e3f4a5b; left out, "
                              "the reader makes one. A document whose id is empty or not a "
                              "UUID can only be imported as a new agreement.");
      break;
    case PA_FIELD_INT:
    case PA_FIELD_BOOLEAN:
    case PA_FIELD_CHILD:
    default:
      break;
    }
  if (field->flags & PA_FIELD_FLAG_REQUIRED)
    g_string_append (doc, " Required before the agreement can be approved.");
  if (field->flags & PA_FIELD_FLAG_META)
    g_string_append (doc, " Bookkeeping: changing it does not withdraw approvals.");
  if (privacy != PA_PRIVACY_SHARED)
    g_string_append_printf (doc, " %s", pa_privacy_policy_describe (privacy));

  return g_string_free (doc, FALSE);
}

static const char *
record_type_name (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return pa_record_class_get_type_name (PA_RECORD_CLASS (klass));
}

static void
write_ref (Out        *out,
           const char *name)
{
  start (out, "ref");
  attr (out, "name", name);
  end (out);
}

static void
write_list_items (Out           *out,
                  const PaField *field)
{
  g_autofree char *item_doc = g_strdup_printf ("One entry of: %s.", field->label);
  guint max = (guint) field->max;

  /* RELAX NG has no occurrence counts: a bounded list is that many
   * optional items. */
  for (guint i = 0; i < (max > 0 ? max : 1); i++)
    {
      start (out, max > 0 ? "optional" : "zeroOrMore");
      start (out, "element");
      attr (out, "name", pa_xml_item_name (field));
      documentation (out, item_doc);
      write_ref (out, record_type_name (field->child_type ()));
      end (out);
      end (out);
    }
}

static void
write_field (Out           *out,
             GType          record_type,
             const PaField *field)
{
  g_autofree char *doc = field_documentation (record_type, field);

  /* Unset values and empty lists are left out of documents. */
  start (out, "optional");
  start (out, "element");
  attr (out, "name", field->name);
  documentation (out, doc);
  if (field->kind == PA_FIELD_CHILD)
    write_ref (out, record_type_name (field->child_type ()));
  else if (field->kind == PA_FIELD_LIST)
    write_list_items (out, field);
  else
    write_value_pattern (out, field);
  end (out);
  end (out);
}

static void
write_define (Out   *out,
              GType  type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  guint n;
  const PaField *fields = pa_record_class_get_fields (PA_RECORD_CLASS (klass), &n);

  start (out, "define");
  attr (out, "name", pa_record_class_get_type_name (PA_RECORD_CLASS (klass)));
  for (guint i = 0; i < n; i++)
    write_field (out, type, &fields[i]);
  end (out);
}

static void
write_start (Out *out)
{
  start (out, "start");
  start (out, "element");
  attr (out, "name", PA_XML_ROOT);
  documentation (out, "A placement agreement (virksomhedspraktik) between a citizen, "
                      "a company and the jobcentre. Elements appear in the order given "
                      "here; an unset value or an empty list is left out.");

  start (out, "attribute");
  attr (out, "name", "format-version");
  documentation (out, "The version of this format. A reader refuses versions newer "
                      "than it knows, rather than dropping what it does not understand.");
  leaf (out, "value", G_STRINGIFY (PA_XML_FORMAT_VERSION));
  end (out);

  start (out, "attribute");
  attr (out, "name", "variant");
  documentation (out, "full: the whole agreement, for the jobcentre's case file. "
                      "company: the copy for the company, without the CPR number, internal "
                      "notes, the restrictions the citizen did not agree to share, and the "
                      "citizen's own wording, category and answers of the shared ones.");
  start (out, "choice");
  leaf (out, "value", pa_xml_variant_to_string (PA_XML_VARIANT_FULL));
  leaf (out, "value", pa_xml_variant_to_string (PA_XML_VARIANT_COMPANY));
  end (out);
  end (out);

  write_ref (out, PA_XML_ROOT);
  end (out);
  end (out);
}

/**
 * pa_xml_schema_generate:
 * @len: (out) (optional): the length in bytes
 *
 * Returns: (transfer full): the RELAX NG schema (XML syntax) of agreement
 *   documents, format version %PA_XML_FORMAT_VERSION
 */
char *
pa_xml_schema_generate (gsize   *len,
                        GError **error)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = NULL;
  Out out = { NULL, error, FALSE };
  guint n_types;
  const GType *types = pa_model_get_record_types (&n_types);
  char *data;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (buffer == NULL || (writer = pa_xml_writer_new_memory (buffer)) == NULL)
    {
      pa_xml_writer_failed (-1, error);
      return NULL;
    }
  out.writer = writer;

  check (&out, xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  if (!out.failed)
    check (&out, xmlTextWriterWriteComment (writer, BAD_CAST
           " Generated from the field tables in src/core/pa-model.c by src/docs/pa-xml-schema.c.\n"
           "     Do not edit: run `meson compile -C build update-xml-schema`.\n"
           "     SPDX-License-Identifier: GPL-3.0-or-later "));
  start (&out, "grammar");
  attr (&out, "xmlns", PA_XML_RELAXNG_NS);
  attr (&out, "xmlns:a", PA_XML_ANNOTATIONS_NS);
  attr (&out, "ns", PA_XML_NAMESPACE);
  attr (&out, "datatypeLibrary", PA_XML_DATATYPES);
  documentation (&out, "Praktikaftale agreement documents, format version "
                       G_STRINGIFY (PA_XML_FORMAT_VERSION) ". Element names are the "
                       "field names of the agreement model.");
  write_start (&out);
  for (guint i = 0; i < n_types; i++)
    write_define (&out, types[i]);
  end (&out);
  if (!out.failed)
    check (&out, xmlTextWriterEndDocument (writer));

  if (out.failed)
    PA_RETURN_ERROR (error, NULL);

  g_clear_pointer (&writer, xmlFreeTextWriter);
  data = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  if (len != NULL)
    *len = xmlBufferLength (buffer);
  return data;
}
