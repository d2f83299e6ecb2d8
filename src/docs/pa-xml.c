/* pa-xml.c: the agreement's XML vocabulary: namespace, variants, errors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pa-xml-private.h"

G_DEFINE_QUARK (pa-xml-error-quark, pa_xml_error)

const char *
pa_xml_variant_to_string (PaXmlVariant variant)
{
  switch (variant)
    {
    case PA_XML_VARIANT_FULL:
      return "full";
    case PA_XML_VARIANT_COMPANY:
      return "company";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pa_xml_item_name:
 * @list_field: a %PA_FIELD_LIST field
 *
 * The element name of one item of @list_field: the record type's name
 * (<goals><goal/></goals>), except where that would repeat the list's own
 * name.
 */
const char *
pa_xml_item_name (const PaField *list_field)
{
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (list_field != NULL, NULL);
  g_return_val_if_fail (list_field->kind == PA_FIELD_LIST, NULL);

  /* <hybrid-hours><hybrid-hours> would be legal but confusing to read. */
  if (g_str_equal (list_field->name, "hybrid-hours"))
    return "paid-hours";

  /* Record classes are static types: the name outlives the reference. */
  klass = g_type_class_ref (list_field->child_type ());
  return pa_record_class_get_type_name (PA_RECORD_CLASS (klass));
}

/* Lists with no bound in the model: far more than any real agreement
 * has (a handful of goals, a few sub-goals each), few enough that a
 * document cannot make the reader, the store and the window build
 * millions of objects. */
static const struct {
  const char *list;
  guint       limit;
} list_limits[] = {
  { "goals", 200 },
  { "subgoals", 50 },
};

#define DEFAULT_LIST_LIMIT 1000

/**
 * pa_xml_list_limit:
 * @list_field: a %PA_FIELD_LIST field
 *
 * The most items a document may hold in @list_field: the model's own
 * bound where it has one (seven weekdays, four approvals), else the
 * limit of agreement documents. The reader refuses more, the writer
 * does not write more, and the schema documents it.
 */
guint
pa_xml_list_limit (const PaField *list_field)
{
  g_return_val_if_fail (list_field != NULL, 0);
  g_return_val_if_fail (list_field->kind == PA_FIELD_LIST, 0);

  if (list_field->max > 0)
    return (guint) list_field->max;
  for (guint i = 0; i < G_N_ELEMENTS (list_limits); i++)
    if (g_str_equal (list_limits[i].list, list_field->name))
      return list_limits[i].limit;
  return DEFAULT_LIST_LIMIT;
}

/**
 * pa_xml_schema_path:
 *
 * Where the RELAX NG schema is read from: $PRAKTIKAFTALE_SCHEMA_DIR when
 * set (tests, fuzzing), else the installed copy, else the source tree's
 * (running from the build directory).
 *
 * Returns: (transfer full): the path of praktikaftale-agreement-1.rng
 */
char *
pa_xml_schema_path (void)
{
  const char *env = g_getenv ("PRAKTIKAFTALE_SCHEMA_DIR");
  g_autofree char *installed = NULL;

  if (env != NULL && *env != '\0')
    return g_build_filename (env, PA_XML_SCHEMA_FILE, NULL);

  installed = g_build_filename (PKGDATADIR, "schema", PA_XML_SCHEMA_FILE, NULL);
  if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&installed);

  return g_build_filename (SOURCE_DATADIR, "schema", PA_XML_SCHEMA_FILE, NULL);
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/**
 * pa_xml_is_canonical_datetime:
 *
 * Whether @s is YYYY-MM-DDThh:mm:ss(.s+)?(Z|±hh:mm), the form of
 * xsd:dateTime that the schema's pattern admits. The model also takes
 * other ISO 8601 spellings (week dates, +0100), which the writer
 * converts and the reader refuses, as the schema does.
 */
gboolean
pa_xml_is_canonical_datetime (const char *s)
{
  gsize len = strlen (s);
  const char *p = s + 19;

  if (len < 20 ||
      !all_digits (s, 4) || s[4] != '-' || !all_digits (s + 5, 2) || s[7] != '-' ||
      !all_digits (s + 8, 2) || s[10] != 'T' || !all_digits (s + 11, 2) || s[13] != ':' ||
      !all_digits (s + 14, 2) || s[16] != ':' || !all_digits (s + 17, 2))
    return FALSE;

  if (*p == '.')
    {
      if (!g_ascii_isdigit (p[1]))
        return FALSE;
      for (p++; g_ascii_isdigit (*p); p++)
        ;
    }

  if (p[0] == 'Z')
    return p[1] == '\0';
  return (p[0] == '+' || p[0] == '-') && strlen (p) == 6 &&
         all_digits (p + 1, 2) && p[3] == ':' && all_digits (p + 4, 2);
}

void
pa_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

xmlTextWriter *
pa_xml_writer_new_memory (xmlBuffer *buffer)
{
  xmlTextWriter *writer;

  pa_xml_init ();
  writer = xmlNewTextWriterMemory (buffer, 0);

  if (writer != NULL)
    {
      xmlTextWriterSetIndent (writer, 1);
      xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
    }
  return writer;
}

gboolean
pa_xml_writer_failed (int       rc,
                      GError  **error)
{
  if (rc >= 0)
    return FALSE;

  g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_FAILED,
                       _("The document could not be written: out of memory."));
  return TRUE;
}
