/* test-xml.c: agreement documents: schema, round trips, bad and malicious input, the company copy
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "core/pa-privacy.h"
#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-schema.h"
#include "docs/pa-xml-writer.h"
#include "../common/pa-test-util.h"
#include "../../bench/pa-generate.h"

#define FIXTURES TEST_SRCDIR "/../fixtures/xml"

/* Far slower than needed, so a loaded CI machine does not fail; a
 * parser that expands entities or loops takes minutes, not a second. */
#define QUICK_USEC (2 * G_USEC_PER_SEC)

static char *
fixture_path (const char *name)
{
  return g_build_filename (FIXTURES, name, NULL);
}

static char *
write_xml (PaAgreement  *agreement,
           PaXmlVariant  variant)
{
  g_autoptr(GError) error = NULL;
  char *xml = pa_xml_write_to_string (agreement, variant, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (xml);
  return xml;
}

static PaAgreement *
read_xml (const char   *xml,
          PaXmlVariant *variant)
{
  g_autoptr(GError) error = NULL;
  PaAgreement *agreement = pa_xml_read_from_data_full (xml, strlen (xml), variant, &error);

  if (error != NULL)
    g_test_message ("Document:\n%s", xml);
  g_assert_no_error (error);
  g_assert_nonnull (agreement);
  return agreement;
}

static void
assert_round_trip (PaAgreement *agreement)
{
  g_autofree char *xml = write_xml (agreement, PA_XML_VARIANT_FULL);
  g_autoptr(PaAgreement) back = read_xml (xml, NULL);

  if (!pa_record_equal (PA_RECORD (agreement), PA_RECORD (back)))
    {
      g_autofree char *again = write_xml (back, PA_XML_VARIANT_FULL);

      g_test_message ("Written:\n%s\nRead back and written again:\n%s", xml, again);
      g_test_fail_printf ("the agreement read back differs from the one written");
    }
}

/* Rejects @data with @code, quickly, and a message that contains @needle
 * (the line, mostly). */
static void
assert_rejected_data (const char *data,
                      gsize       len,
                      int         code,
                      const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  gint64 start = g_get_monotonic_time ();

  agreement = pa_xml_read_from_data (data, len, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICK_USEC);
  g_assert_null (agreement);
  g_assert_error (error, PA_XML_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_test_fail_printf ("“%s” not in the message “%s”", needle, error->message);
}

static void
assert_rejected (const char *text,
                 int         code,
                 const char *needle)
{
  assert_rejected_data (text, strlen (text), code, needle);
}

static void
assert_rejected_fixture (const char *name,
                         int         code,
                         const char *needle)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  gint64 start = g_get_monotonic_time ();

  agreement = pa_xml_import_file (path, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICK_USEC);
  g_assert_null (agreement);
  g_assert_error (error, PA_XML_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_test_fail_printf ("“%s” not in the message “%s”", needle, error->message);
}

/* A document around @body, which starts on line 3. */
static char *
document (const char *body)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<agreement xmlns=\"" PA_XML_NAMESPACE "\" format-version=\"1\" variant=\"full\">\n"
                          "%s\n"
                          "</agreement>\n", body);
}

static PaRecord *
list_item (PaRecord   *record,
           const char *list,
           guint       position)
{
  g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (record, list)),
                                                    position);

  g_assert_nonnull (item);
  return item; /* the list keeps it alive */
}

/* Schema */

static void
test_schema_up_to_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *generated = pa_xml_schema_generate (NULL, &error);
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "schema", PA_XML_SCHEMA_FILE, NULL);
  g_autofree char *committed = NULL;

  g_assert_no_error (error);
  g_file_get_contents (path, &committed, NULL, &error);
  g_assert_no_error (error);

  if (!g_str_equal (generated, committed))
    g_test_fail_printf ("%s differs from the field tables: run "
                        "`meson compile -C build update-xml-schema` and commit the result", path);
}

/* Every element and attribute pattern carries its documentation. */
static void
test_schema_documented (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "schema", PA_XML_SCHEMA_FILE, NULL);
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  guint patterns = 0;

  g_assert_nonnull (doc);
  g_ptr_array_add (stack, xmlDocGetRootElement (doc));
  while (stack->len > 0)
    {
      xmlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);
      xmlNode *first = xmlFirstElementChild (node);

      if (xmlStrEqual (node->name, BAD_CAST "element") || xmlStrEqual (node->name, BAD_CAST "attribute"))
        {
          g_autofree char *name = (char *) xmlGetProp (node, BAD_CAST "name");

          patterns++;
          if (first == NULL || !xmlStrEqual (first->name, BAD_CAST "documentation") ||
              first->ns == NULL ||
              !xmlStrEqual (first->ns->href, BAD_CAST "http://relaxng.org/ns/compatibility/annotations/1.0"))
            g_test_fail_printf ("<%s> has no a:documentation", name);
        }
      for (xmlNode *child = first; child != NULL; child = xmlNextElementSibling (child))
        g_ptr_array_add (stack, child);
    }
  xmlFreeDoc (doc);

  /* Every field of every record type at least once. */
  g_assert_cmpuint (patterns, >, 120);
}

/* Round trips */

static void
test_round_trip_full (void)
{
  for (guint32 seed = 1; seed <= 10; seed++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (seed);
      PaXmlVariant variant = PA_XML_VARIANT_COMPANY;
      g_autofree char *xml = write_xml (agreement, PA_XML_VARIANT_FULL);
      g_autoptr(PaAgreement) back = read_xml (xml, &variant);

      g_assert_cmpint (variant, ==, PA_XML_VARIANT_FULL);
      g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (back)));
      g_assert_cmpstr (pa_agreement_get_id (back), ==, pa_agreement_get_id (agreement));
    }
}

/* Random agreements with 0 to 3 items in every list. */
static void
test_round_trip_random (void)
{
  for (guint32 seed = 1; seed <= 100; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(PaAgreement) agreement = pa_agreement_new ();
      GListModel *checklist = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "checklist"));
      GListModel *approvals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "approvals"));

      g_autofree char *id = g_strdup (pa_agreement_get_id (agreement));

      pa_agreement_freeze_tracking (agreement);
      pa_test_fill_record (PA_RECORD (agreement), rand, seed % 4);
      /* A document's id must be a UUID, as the app makes them. */
      pa_record_set_string (PA_RECORD (agreement), "id", id);

      /* As in use: one checklist item per number, one approval per party. */
      for (guint i = 0; i < g_list_model_get_n_items (checklist); i++)
        pa_record_set_int (list_item (PA_RECORD (agreement), "checklist", i), "item", i + 1);
      for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
        pa_record_set_string (list_item (PA_RECORD (agreement), "approvals", i), "party",
                              pa_approval_parties[i]);
      pa_agreement_ensure_fixed_items (agreement);
      pa_agreement_thaw_tracking (agreement);

      assert_round_trip (agreement);
    }
}

static void
test_round_trip_scripts (void)
{
  static const char *texts[] = {
    "Ahmad Al-Hassan أحمد الحسن يعمل في المستودع",
    "Yohannes Tesfaye ዮሃንስ ተስፋየ ኣብ መኽዘን ይሰርሕ",
    "Lone Sørensen, Brugsen Ærøskøbing: æ ø å Æ Ø Å",
    "\u200Fمرحبا\u200E mixed RTL and LTR",
    "Emoji and astral planes: 👷🏽‍♀️ 𝔄 𓀀",
    "Combining: e\u0301 a\u030A",
    "Markup-like: <tag attr=\"x\"> & ]]> 'apos' \"quote\"",
    "  leading and trailing spaces  ",
    "   ",
    "line 1\nline 2\r\nline 3\rline 4\ttabbed",
  };
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  g_autofree char *xml = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");

      pa_record_set_string (goal, "specific", texts[i]);
      assert_round_trip (agreement);
    }
  pa_record_set_string (citizen, "name", texts[0]);
  pa_record_set_string (citizen, "languages", texts[1]);
  pa_record_set_string (PA_RECORD (agreement), "next-step", texts[2]);
  assert_round_trip (agreement);

  /* Written as UTF-8 text, not as character references. */
  xml = write_xml (agreement, PA_XML_VARIANT_FULL);
  g_assert_true (g_utf8_validate (xml, -1, NULL));
  g_assert_nonnull (strstr (xml, "أحمد الحسن"));
  g_assert_nonnull (strstr (xml, "ዮሃንስ ተስፋየ"));
  g_assert_nonnull (strstr (xml, "Ærøskøbing"));
}

static void
test_round_trip_numbers (void)
{
  static const double hours[] = { 0, 0.1, 0.5, 1.0 / 3, 2.5e-5, 1e-12, 37, 37.5, 167.99999999, 168 };
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    {
      g_autofree char *xml = NULL;
      g_autoptr(PaAgreement) back = NULL;

      pa_record_set_double (PA_RECORD (agreement), "start-hours", hours[i]);
      xml = write_xml (agreement, PA_XML_VARIANT_FULL);
      g_test_message ("%s", strstr (xml, "<start-hours>"));
      back = read_xml (xml, NULL);  /* validated: xsd:decimal has no exponent */
      g_assert_cmpfloat_with_epsilon (pa_record_get_double (PA_RECORD (back), "start-hours"),
                                      hours[i], 1e-9);
    }

  pa_record_set_int (PA_RECORD (agreement), "revision", G_MAXINT);
  pa_record_set_int (PA_RECORD (pa_agreement_get_company (agreement)), "employees", 1000000);
  assert_round_trip (agreement);
}

/* A committed export read and written again gives the same bytes: the
 * format is stable and the writer canonical. A new field in the model
 * changes the bytes: regenerate the fixture with
 *   build/tests/unit/xml-sample tests/fixtures/xml/valid-complete.xml /tmp/company.xml
 * and think about PA_XML_FORMAT_VERSION. */
static void
test_round_trip_committed (void)
{
  g_autofree char *path = fixture_path ("valid-complete.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *again = NULL;
  g_autoptr(PaAgreement) agreement = NULL;

  g_file_get_contents (path, &committed, NULL, &error);
  g_assert_no_error (error);
  agreement = pa_xml_import_file (path, &error);
  g_assert_no_error (error);

  again = write_xml (agreement, PA_XML_VARIANT_FULL);
  g_assert_cmpstr (again, ==, committed);
}

/* Export */

static void
test_export_file (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "aftale.xml", NULL);
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (3);
  g_autoptr(PaAgreement) other = pa_test_new_full_agreement (4);
  g_autoptr(PaAgreement) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  GStatBuf st;

  g_assert_true (pa_xml_export_file (other, PA_XML_VARIANT_FULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (pa_xml_export_file (agreement, PA_XML_VARIANT_FULL, path, &error));
  g_assert_no_error (error);

  /* A full document holds a CPR number: only the user may read it. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  back = pa_xml_import_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (back)));

  /* The temporary file of the atomic write is gone. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "aftale.xml");
  g_assert_null (g_dir_read_name (listing));

  g_assert_false (pa_xml_export_file (agreement, PA_XML_VARIANT_FULL,
                                      "/nonexistent/dir/aftale.xml", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  /* The user's own path and a plain reason: never the atomic write's
   * temporary file ("aftale.xml.61I1Z3") or a system call's name. */
  g_assert_cmpstr (error->message, ==,
                   "/nonexistent/dir/aftale.xml could not be written. "
                   "The folder does not exist. Choose a folder that does.");
  g_clear_error (&error);

  g_assert_false (pa_xml_export_file (agreement, PA_XML_VARIANT_FULL, dir, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_null (strstr (error->message, "g_rename"));
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_assert_true (g_str_has_suffix (error->message, "That name is a folder. Choose a file name."));

  pa_test_rm_rf (dir);
}

/* XML 1.0 cannot carry most control characters at all; a pasted one is
 * replaced so the document still opens. */
static void
test_export_control_characters (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autofree char *xml = NULL;
  g_autoptr(PaAgreement) back = NULL;

  pa_record_set_string (PA_RECORD (agreement), "next-step", "before\x01" "after\x1F" "end");
  xml = write_xml (agreement, PA_XML_VARIANT_FULL);
  back = read_xml (xml, NULL);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (back), "next-step"), ==,
                   "before\uFFFD" "after\uFFFD" "end");
}

/* Import */

static void
test_import_minimal (void)
{
  g_autofree char *path = fixture_path ("valid-minimal.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  PaXmlVariant variant = PA_XML_VARIANT_COMPANY;

  agreement = pa_xml_import_file_full (path, &variant, &error);
  g_assert_no_error (error);
  g_assert_cmpint (variant, ==, PA_XML_VARIANT_FULL);

  /* What a new draft has. */
  g_assert_nonnull (pa_agreement_get_id (agreement));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (agreement), "status"), ==, "draft");
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "checklist"))),
                    ==, PA_CHECKLIST_N_ITEMS);
  g_assert_nonnull (pa_agreement_get_approval (agreement, "jobcentre"));
  g_assert_false (pa_agreement_has_approvals (agreement));
}

/* A document with only part of the checklist and approvals gets the rest. */
static void
test_import_fixed_items (void)
{
  g_autofree char *xml = document ("  <checklist>\n"
                                   "    <checklist-item><item>4</item><confirmed>true</confirmed></checklist-item>\n"
                                   "  </checklist>\n"
                                   "  <approvals>\n"
                                   "    <approval><party>company</party><approved-at>2026-03-01T10:00:00+01:00</approved-at></approval>\n"
                                   "  </approvals>");
  g_autoptr(PaAgreement) agreement = read_xml (xml, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "checklist"))),
                    ==, PA_CHECKLIST_N_ITEMS);
  g_assert_true (pa_record_get_boolean (PA_RECORD (pa_agreement_get_checklist_item (agreement, 4)), "confirmed"));
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_approval (agreement, "company")), "approved-at"),
                   ==, "2026-03-01T10:00:00+01:00");
  for (guint i = 0; pa_approval_parties[i] != NULL; i++)
    g_assert_nonnull (pa_agreement_get_approval (agreement, pa_approval_parties[i]));
}

/* Whitespace around typed values and the other xsd spellings are read. */
static void
test_import_lenient_values (void)
{
  g_autofree char *xml = document ("  <status>\n    agreed\n  </status>\n"
                                   "  <revision> 7 </revision>\n"
                                   "  <citizen><needs-interpreter>1</needs-interpreter></citizen>\n"
                                   "  <start-hours>+12.50</start-hours>\n"
                                   "  <workdays><workday><weekday>2</weekday><start-time> 08:30 </start-time></workday></workdays>\n"
                                   "  <next-step><![CDATA[Fastansættelse <på> prøve]]></next-step>");
  g_autoptr(PaAgreement) agreement = read_xml (xml, NULL);
  PaRecord *record = PA_RECORD (agreement);

  g_assert_cmpstr (pa_record_get_string (record, "status"), ==, "agreed");
  g_assert_cmpint (pa_record_get_int (record, "revision"), ==, 7);
  g_assert_true (pa_record_get_boolean (PA_RECORD (pa_agreement_get_citizen (agreement)), "needs-interpreter"));
  g_assert_cmpfloat (pa_record_get_double (record, "start-hours"), ==, 12.5);
  g_assert_cmpstr (pa_record_get_string (list_item (record, "workdays", 0), "start-time"), ==, "08:30");
  g_assert_cmpstr (pa_record_get_string (record, "next-step"), ==, "Fastansættelse <på> prøve");
}

static void
test_import_file_errors (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (pa_xml_import_file ("/nonexistent/aftale.xml", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Bad documents */

static void
test_bad_not_xml (void)
{
  assert_rejected_fixture ("not-xml.xml", PA_XML_ERROR_NOT_XML, "Line 1:");
  assert_rejected_fixture ("broken-xml.xml", PA_XML_ERROR_NOT_XML,
                           "Line 3: <citizen> is not closed; line 5 closes </citzen> instead");
  assert_rejected ("", PA_XML_ERROR_NOT_XML, NULL);
  assert_rejected ("<agreement", PA_XML_ERROR_NOT_XML, "Line 1:");
  assert_rejected ("\n\n<a>&nbsp;</a>", PA_XML_ERROR_NOT_XML, "Line 3:");
  assert_rejected ("<a xmlns:x='u'><y:b/></a>", PA_XML_ERROR_NOT_XML, "Line 1:");
  /* Not text at all: a PDF, or the bytes of a Word document. */
  assert_rejected ("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", PA_XML_ERROR_NOT_XML, "Line 1:");
  assert_rejected_data ("PK\x03\x04\x14\x00\x06\x00", 8, PA_XML_ERROR_NOT_XML, NULL);
}

/* libxml2 quotes up to 50 bytes of an unterminated comment, cutting
 * wherever; the message must still be text (found by the fuzzer). */
static void
test_bad_message_is_text (void)
{
  for (guint ascii = 40; ascii < 60; ascii++)
    {
      g_autofree char *padding = g_strnfill (ascii, 'x');
      g_autofree char *xml = g_strdup_printf ("<a>\n<!-- %søøøøøøøø</a>", padding);
      g_autoptr(GError) error = NULL;

      g_assert_null (pa_xml_read_from_data (xml, strlen (xml), &error));
      g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, "Line 2:"));
    }
}

static void
test_bad_encoding (void)
{
  static const char latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>\xE6</a>";
  static const char utf16[] = "\xFF\xFE<\0a\0/\0>\0";

  assert_rejected_data (latin1, sizeof latin1 - 1, PA_XML_ERROR_NOT_XML, "ISO-8859-1");
  assert_rejected_data (utf16, sizeof utf16 - 1, PA_XML_ERROR_NOT_XML, "UTF-16");
}

static void
test_bad_namespace (void)
{
  assert_rejected_fixture ("wrong-namespace.xml", PA_XML_ERROR_WRONG_NAMESPACE, "Line 2:");
  assert_rejected ("<html xmlns='http://www.w3.org/1999/xhtml'/>",
                   PA_XML_ERROR_WRONG_NAMESPACE, "Line 1:");
  assert_rejected ("<agreement format-version='1' variant='full'/>",
                   PA_XML_ERROR_WRONG_NAMESPACE, "Line 1:");
}

static void
test_bad_newer (void)
{
  static const char v2[] = "<agreement xmlns='https://praktikaftale.github.io/ns/agreement/2' "
                           "format-version='2' variant='full'/>";

  assert_rejected_fixture ("newer-version.xml", PA_XML_ERROR_TOO_NEW, "Line 2:");
  assert_rejected (v2, PA_XML_ERROR_TOO_NEW, "Line 1:");
}

static void
test_bad_date (void)
{
  assert_rejected_fixture ("bad-date.xml", PA_XML_ERROR_INVALID,
                           "Line 12: the field “End date” (<end-date>) is not a valid date");
}

/* Each schema or model error is told in words, at its line. */
static void
test_bad_messages (void)
{
  static const struct {
    const char *body;
    const char *message;
  } cases[] = {
    { "  <start-date>2026-02-30</start-date>", "Line 3: the field “Start date” (<start-date>) is not a valid date" },
    { "  <start-date>1850-01-01</start-date>", "Line 3: the field “Start date” (<start-date>) is not a valid date" },
    { "  <status>signed</status>", "Line 3: the field “Status” (<status>) must be one of: draft, agreed" },
    { "  <revision>0</revision>", "Line 3: the field “Revision” (<revision>) must be a whole number from 1" },
    { "  <start-hours>200</start-hours>", "Line 3: the field “Hours per week at the start” (<start-hours>) must be a number from 0 to 168" },
    { "  <start-hours>1e3</start-hours>", "Line 3: the field “Hours per week at the start” (<start-hours>) must be a number" },
    { "  <citizen>\n    <needs-interpreter>ja</needs-interpreter>\n  </citizen>",
      "Line 4: the field “Needs an interpreter” (<needs-interpreter>) must be true or false" },
    { "  <workdays>\n    <workday><start-time>8.30</start-time></workday>\n  </workdays>",
      "Line 4: the field “From” (<start-time>) is not a valid time; write it like 08:30" },
    { "  <created>2026-03-01T10:00:00</created>", "Line 3: the field “Created” (<created>) is not a valid date and time" },
    { "  <favourite-colour>blå</favourite-colour>", "Line 3: <favourite-colour> is not a field of an agreement" },
    { "  <citizen>\n    <colour>blå</colour>\n  </citizen>", "Line 4: <colour> is not a field of “Citizen”" },
    { "  <end-date>2026-03-29</end-date>\n  <start-date>2026-03-02</start-date>",
      "Line 4: the field “Start date” (<start-date>) is out of order or repeated here" },
    { "  <citizen><name>A</name><name>B</name></citizen>",
      "Line 3: the field “Name” (<name>) is out of order or repeated here" },
    { "  <checklist>\n    <checklist-item><item>2</item></checklist-item>\n"
      "    <checklist-item><item>2</item></checklist-item>\n  </checklist>",
      "Line 5: the list “Checklist” already has an entry with this “Item” (<item>)" },
    { "  <approvals>\n    <approval><approved-at>2026-03-01T10:00:00+01:00</approved-at></approval>\n  </approvals>",
      "Line 4: an entry in the list “Approvals” has no “Party” (<party>)" },
    /* In a bounded list libxml2 only blames the list; the model finds it. */
    { "  <approvals>\n    <approval><party>citizen</party>\n"
      "      <approved-at>2026-03-01T10:00:00+0100</approved-at></approval>\n  </approvals>",
      "Line 5: the field “Approved at” (<approved-at>) is not a valid date and time" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = document (cases[i].body);

      g_test_message ("%s", cases[i].body);
      assert_rejected (xml, PA_XML_ERROR_INVALID, cases[i].message);
    }
}

static void
test_bad_attributes (void)
{
  static const char *roots[] = {
    "<agreement xmlns='" PA_XML_NAMESPACE "'/>",
    "<agreement xmlns='" PA_XML_NAMESPACE "' format-version='1' variant='everything'/>",
    "<agreement xmlns='" PA_XML_NAMESPACE "' format-version='1' variant='full' colour='red'/>",
    "<agreement xmlns='" PA_XML_NAMESPACE "' format-version='one' variant='full'/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    assert_rejected (roots[i], PA_XML_ERROR_INVALID,
                     "Line 1: the element <agreement> must have exactly the attributes");
}

/* Many problems: the first few are named, the rest summed up. */
static void
test_bad_many (void)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;

  g_string_append (body, "  <goals>\n");
  for (guint i = 0; i < 50; i++)
    g_string_append (body, "    <goal><deadline>soon</deadline></goal>\n");
  g_string_append (body, "  </goals>");
  xml = document (body->str);

  g_assert_null (pa_xml_read_from_data (xml, strlen (xml), &error));
  g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 4: the field “Deadline” (<deadline>) is not a valid date"));
  g_assert_nonnull (strstr (error->message, "more problems"));
  g_assert_cmpuint (strlen (error->message), <, 1000);
}

/* Malicious documents */

static void
test_malicious_fixtures (void)
{
  assert_rejected_fixture ("malicious/xxe.xml", PA_XML_ERROR_UNSAFE, "Line 3:");
  assert_rejected_fixture ("malicious/xxe-parameter-entity.xml", PA_XML_ERROR_UNSAFE, "Line 3:");
  assert_rejected_fixture ("malicious/external-dtd.xml", PA_XML_ERROR_UNSAFE, "Line 3:");
  assert_rejected_fixture ("malicious/billion-laughs.xml", PA_XML_ERROR_UNSAFE, "Line 3:");
}

typedef struct {
  char         *xml;
  GAsyncQueue  *done;
} ReadJob;

static gpointer
read_in_thread (gpointer data)
{
  ReadJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_xml_read_from_data (job->xml, strlen (job->xml), &error);

  g_async_queue_push (job->done, GINT_TO_POINTER (agreement == NULL &&
                                                   g_error_matches (error, PA_XML_ERROR,
                                                                    PA_XML_ERROR_UNSAFE) ? 1 : 2));
  return NULL;
}

/* The entity points at a FIFO: opening it for reading would block until
 * a writer comes, so a reader that tries shows up as a hang, and opening
 * the write end without blocking tells whether anyone has it open. */
static void
test_malicious_xxe_never_opens (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "secret", NULL);
  g_autofree char *dtd = NULL;
  ReadJob job = { NULL, g_async_queue_new () };
  GThread *thread;
  gpointer result;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  dtd = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE agreement [<!ENTITY secret SYSTEM \"file://%s\">]>\n"
                         "<agreement xmlns=\"" PA_XML_NAMESPACE "\" format-version=\"1\" variant=\"full\">"
                         "<notes>&secret;</notes></agreement>", fifo);
  job.xml = dtd;

  thread = g_thread_new ("xxe", read_in_thread, &job);
  result = g_async_queue_timeout_pop (job.done, 5 * G_USEC_PER_SEC);
  if (result == NULL)
    {
      /* Release the blocked reader before failing. */
      fd = open (fifo, O_WRONLY | O_NONBLOCK);
      if (fd >= 0)
        close (fd);
      result = g_async_queue_pop (job.done);
      g_test_fail_printf ("the reader opened the external entity");
    }
  g_thread_join (thread);
  g_assert_cmpint (GPOINTER_TO_INT (result), ==, 1);

  fd = open (fifo, O_WRONLY | O_NONBLOCK);
  g_assert_cmpint (fd, ==, -1);
  g_assert_cmpint (errno, ==, ENXIO);

  g_async_queue_unref (job.done);
  pa_test_rm_rf (dir);
}

static void
test_malicious_deep_nesting (void)
{
  g_autoptr(GString) xml = g_string_new ("<agreement xmlns=\"" PA_XML_NAMESPACE "\" "
                                         "format-version=\"1\" variant=\"full\">\n");

  for (guint i = 0; i < 10000; i++)
    g_string_append (xml, "<goals>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (xml, "</goals>");
  g_string_append (xml, "</agreement>\n");

  assert_rejected_data (xml->str, xml->len, PA_XML_ERROR_UNSAFE, "nested");
}

static char *
make_huge (gsize size)
{
  char *data = g_malloc (size);
  static const char head[] = "<agreement xmlns=\"" PA_XML_NAMESPACE "\" "
                             "format-version=\"1\" variant=\"full\"><notes>";

  memcpy (data, head, sizeof head - 1);
  memset (data + sizeof head - 1, 'x', size - (sizeof head - 1));
  return data;
}

static void
test_malicious_huge_data (void)
{
  gsize size = 50 * 1000 * 1000;
  g_autofree char *data = make_huge (size);

  assert_rejected_data (data, size, PA_XML_ERROR_TOO_LARGE, "The file is 50 MB");
  /* Just over the limit too. */
  assert_rejected_data (data, PA_XML_MAX_SIZE + 1, PA_XML_ERROR_TOO_LARGE, NULL);
}

/* Refused from its size alone, before it is read into memory. */
static void
test_malicious_huge_file (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  gint64 start;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "<agreement>", 11), ==, 11);
  g_assert_cmpint (ftruncate (fd, 50 * 1000 * 1000), ==, 0);
  close (fd);

  start = g_get_monotonic_time ();
  agreement = pa_xml_import_file (path, &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, QUICK_USEC);
  g_assert_null (agreement);
  g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_LARGE);

  pa_test_rm_rf (dir);
}

/* libxml2 2.9 compares attributes pairwise: this took 30 s unchecked. */
static void
test_malicious_attributes (void)
{
  g_autoptr(GString) xml = g_string_new ("<agreement xmlns=\"" PA_XML_NAMESPACE "\"\n");

  for (guint i = 0; i < 400000; i++)
    g_string_append_printf (xml, " xmlns:n%u='u'", i);
  g_string_append (xml, "/>");

  assert_rejected_data (xml->str, xml->len, PA_XML_ERROR_UNSAFE, "Line 1:");
}

/* Issue 7: an empty <id/> crashed the import (the store refused it
 * without an error), and <id>   </id> was stored. Both are refused with
 * their own code; PA_XML_READ_NEW_ID imports them with an id of their
 * own, and leaves a usable id alone. */
static void
test_import_unusable_id (void)
{
  const char *names[] = { "empty-id.xml", "spaces-id.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture_path (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaAgreement) agreement = NULL;

      g_assert_null (pa_xml_import_file (path, &error));
      g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID);
      g_assert_nonnull (strstr (error->message, "Line 4:"));
      g_assert_nonnull (strstr (error->message, "as a new agreement"));

      agreement = pa_xml_import_file_flags (path, PA_XML_READ_NEW_ID, NULL, NULL);
      g_assert_nonnull (agreement);
      g_assert_true (g_uuid_string_is_valid (pa_agreement_get_id (agreement)));
      g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name"),
                       ==, "Lone Sørensen");
    }

  {
    g_autofree char *xml = document ("  <id>not-a-uuid</id>");
    g_autofree char *good = document ("  <id>b9fb2915-b797-4a17-87c6-c380e63bec87</id>");
    g_autoptr(PaAgreement) kept = NULL;

    assert_rejected (xml, PA_XML_ERROR_NO_ID, "Line 3:");
    kept = pa_xml_read_from_data_flags (good, strlen (good), PA_XML_READ_NEW_ID, NULL, NULL);
    g_assert_cmpstr (pa_agreement_get_id (kept), ==, "b9fb2915-b797-4a17-87c6-c380e63bec87");
  }
}

static void
assert_not_regular (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (pa_xml_import_file (path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "not an ordinary file"));
}

/* Issue 7: `--check /dev/zero` grew to 4 GB, as stat's size of a device
 * or a pipe is 0. Only ordinary files are read, and a pipe is refused
 * without waiting for a writer. */
static void
test_import_special_files (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "aftale.xml", NULL);
  g_autoptr(GError) error = NULL;

  assert_not_regular ("/dev/zero");
  assert_not_regular ("/dev/null");
  assert_not_regular (dir);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_not_regular (fifo);

  /* An ordinary file whose stat size is 0 is still read to its end. */
  g_assert_null (pa_xml_import_file ("/proc/self/status", &error));
  g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML);
  g_assert_null (strstr (error->message, "empty"));

  pa_test_rm_rf (dir);
}

/* A body of @n copies of @item in the list @list, one per line from
 * line 4 on. */
static char *
list_document (const char *list,
               const char *item,
               guint       n)
{
  g_autoptr(GString) body = g_string_new (NULL);

  g_string_append_printf (body, "  <%s>\n", list);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, "    %s\n", item);
  g_string_append_printf (body, "  </%s>", list);
  return document (body->str);
}

/* Issue 7: 1.4 million empty goals were read (16 s, 1.3 GB) and stored.
 * The reader stops at the first item over the list's limit, and names
 * the list, the limit and the line. */
static void
test_limits_lists (void)
{
  g_autoptr(GString) many = g_string_new ("  <goals>\n");
  g_autofree char *goals = list_document ("goals", "<goal/>", 201);
  g_autofree char *targets = document ("  <work-functions><work-function><targets>\n"
                                       "    <progression-target/><progression-target/><progression-target/>\n"
                                       "    <progression-target/>\n"
                                       "  </targets></work-function></work-functions>");
  g_autoptr(GString) subgoals = g_string_new ("  <goals>\n    <goal>\n      <subgoals>\n");
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;

  /* As in the issue: 9.8 MB, 1.4 million goals on one line. */
  for (guint i = 0; i < 1400000; i++)
    g_string_append (many, "<goal/>");
  g_string_append (many, "\n  </goals>");
  xml = document (many->str);
  g_assert_cmpuint (strlen (xml), <, PA_XML_MAX_SIZE);
  g_assert_null (pa_xml_read_from_data (xml, strlen (xml), &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (error->message, "Line 4: the list “SMART goals” has more than 200 entries"));

  assert_rejected (goals, PA_XML_ERROR_TOO_MANY, "Line 204: the list “SMART goals”");
  assert_rejected (targets, PA_XML_ERROR_TOO_MANY,
                   "Line 5: the list “Progression targets” has more than 3 entries");

  for (guint i = 0; i < 51; i++)
    g_string_append (subgoals, "        <subgoal><text>Møde op</text></subgoal>\n");
  g_string_append (subgoals, "      </subgoals>\n    </goal>\n  </goals>");
  g_clear_pointer (&xml, g_free);
  xml = document (subgoals->str);
  assert_rejected (xml, PA_XML_ERROR_TOO_MANY, "Line 56: the list “Sub-goals” has more than 50 entries");
}

/* Elements anywhere, not only list items, are bounded too. */
static void
test_limits_elements (void)
{
  g_autoptr(GString) body = g_string_new ("  <notes>\n");
  g_autofree char *xml = NULL;

  for (guint i = 0; i < PA_XML_MAX_ELEMENTS; i++)
    g_string_append (body, "<b/>");
  g_string_append (body, "\n  </notes>");
  xml = document (body->str);
  assert_rejected (xml, PA_XML_ERROR_TOO_MANY, "Line 4: the file has more than 250000 elements");
}

static void
add_items (PaRecord   *record,
           const char *list,
           guint       n,
           const char *text_field)
{
  GListStore *store = pa_record_get_list (record, list);
  GType type = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), list, NULL)->child_type ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) item = g_object_new (type, NULL);

      if (text_field != NULL)
        pa_record_set_string (item, text_field, "Møder til tiden hver dag");
      g_list_store_append (store, item);
    }
}

/* Every list at its limit still writes and reads back; one more is not
 * written, so the app never makes a document it would refuse. */
static void
test_limits_at_limit (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  GListModel *goals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "goals"));
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;

  add_items (PA_RECORD (agreement), "goals", 200, "specific");
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);

      add_items (goal, "subgoals", 50, "text");
    }
  add_items (PA_RECORD (agreement), "follow-ups", 1000, "agenda");
  assert_round_trip (agreement);

  add_items (PA_RECORD (agreement), "goals", 1, "specific");
  xml = pa_xml_write_to_string (agreement, PA_XML_VARIANT_FULL, NULL, &error);
  g_assert_null (xml);
  g_assert_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (error->message, "“SMART goals” has 201 entries"));
}

/* The largest of the bench's realistic drafts imports. */
static void
test_limits_realistic (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240101);
  g_autoptr(PaAgreement) largest = NULL;
  gsize largest_len = 0;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_generate_agreement (rand);
      g_autofree char *xml = write_xml (agreement, PA_XML_VARIANT_FULL);

      if (strlen (xml) > largest_len)
        {
          largest_len = strlen (xml);
          g_set_object (&largest, agreement);
        }
    }
  g_test_message ("largest generated document: %" G_GSIZE_FORMAT " bytes", largest_len);
  assert_round_trip (largest);
}

/* Issue 8: libxml2 gives an element the line where its start tag ends,
 * and stops counting at 65535; the messages name the file's own line. */
static void
test_bad_line_numbers (void)
{
  g_autofree char *spread = document ("  <citizen\n\n     kind='x'>\n  </citizen>");
  g_autofree char *padding = g_strnfill (70000, '\n');
  g_autofree char *body = g_strdup_printf ("%s  <citizen>\n    <needs-interpreter>ja</needs-interpreter>\n"
                                           "  </citizen>", padding);
  g_autofree char *far = document (body);

  assert_rejected (spread, PA_XML_ERROR_INVALID, "Line 3: the element <citizen> cannot have attributes");
  assert_rejected (far, PA_XML_ERROR_INVALID, "Line 70004: the field “Needs an interpreter”");
}

/* Issue 8: import errors showed libxml2's English ("Couldn't find end
 * of Start Tag"), namespace URIs, "(intet)", and lines that were not the
 * file's. Each broken document is read in Danish: the message is ours,
 * translated, and names the line that holds @at. */
typedef struct {
  const char *what;
  const char *xml;     /* a whole document, or a body for document() */
  int         code;
  const char *at;      /* the text on the line the message must name */
  const char *expect;  /* more of the message, in Danish */
} BrokenCase;

static const char * const english[] = {
  "Couldn't", "Opening and ending", "Premature end", "StartTag", "EndTag", "Extra content",
  "expected", "Expecting", "Did not expect", "failed to", "Element ", "Invalid", "error ",
  "parsing", "not defined", "Namespace", "Document is", "terminated", "Char 0x", "Input is",
  "redefined", "mandate", "Start tag", "line ", " the ", " is ", "http", "(null)", "(none)",
  "(intet)", "urn:",
};

static long
line_of (const char *doc,
         const char *at)
{
  const char *p = strstr (doc, at);
  long line = 1;

  g_assert_nonnull (p);
  for (const char *c = doc; c < p; c++)
    line += *c == '\n';
  return line;
}

static void
assert_plain_danish (const BrokenCase *c)
{
  g_autofree char *doc = g_str_has_prefix (c->xml, "<?xml") ? g_strdup (c->xml) : document (c->xml);
  g_autofree char *line = g_strdup_printf ("Linje %ld:", line_of (doc, c->at));
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", c->what);
  g_assert_null (pa_xml_read_from_data (doc, strlen (doc), &error));
  g_assert_error (error, PA_XML_ERROR, c->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, line) == NULL)
    g_test_fail_printf ("%s: “%s” not in “%s”", c->what, line, error->message);
  if (c->expect != NULL && strstr (error->message, c->expect) == NULL)
    g_test_fail_printf ("%s: “%s” not in “%s”", c->what, c->expect, error->message);
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    if (strstr (error->message, english[i]) != NULL)
      g_test_fail_printf ("%s: “%s” in “%s”", c->what, english[i], error->message);
}

static void
test_bad_plain_danish (void)
{
  static const BrokenCase cases[] = {
    { "unclosed tag", "  <citizen>\n    <name>Lone\n  </citizen>", PA_XML_ERROR_NOT_XML,
      "<name>Lone", "<name> bliver ikke lukket" },
    { "start tag without >", "  <citizen\n    <name>Lone</name>\n  </citizen>", PA_XML_ERROR_NOT_XML,
      "<citizen", "<citizen> er ikke afsluttet" },
    { "wrong root", "<?xml version=\"1.0\"?>\n<aftale xmlns=\"urn:x:aftale\">\n</aftale>\n",
      PA_XML_ERROR_WRONG_NAMESPACE, "<aftale", "<aftale>" },
    { "no namespace", "<?xml version=\"1.0\"?>\n\n<agreement format-version=\"1\" variant=\"full\"/>\n",
      PA_XML_ERROR_WRONG_NAMESPACE, "<agreement", NULL },
    { "newer format", "<?xml version=\"1.0\"?>\n<agreement xmlns=\"https://praktikaftale.github.io/ns/agreement/7\""
      " format-version=\"7\" variant=\"full\"/>\n", PA_XML_ERROR_TOO_NEW, "<agreement", NULL },
    { "unknown element", "  <citizen>\n    <favourite>blå</favourite>\n  </citizen>", PA_XML_ERROR_INVALID,
      "<favourite>", "“Borger”" },
    { "element in text", "  <citizen>\n    <name>A<b>B</b></name>\n  </citizen>", PA_XML_ERROR_INVALID,
      "<b>", NULL },
    { "out of order", "  <end-date>2026-03-29</end-date>\n  <start-date>2026-03-02</start-date>",
      PA_XML_ERROR_INVALID, "<start-date>", "“Startdato”" },
    { "bad date", "  <citizen/>\n  <start-date>2026-13-01</start-date>", PA_XML_ERROR_INVALID,
      "2026-13-01", "feltet “Startdato” (<start-date>) er ikke en gyldig dato" },
    { "bad enum", "  <status>signed</status>", PA_XML_ERROR_INVALID, "signed", "draft, agreed" },
    { "text where a number", "  <company>\n    <employees>mange</employees>\n  </company>",
      PA_XML_ERROR_INVALID, "mange", "helt tal" },
    { "bad boolean", "  <goals><goal><subgoals>\n    <subgoal><reached>ja</reached></subgoal>\n"
      "  </subgoals></goal></goals>", PA_XML_ERROR_INVALID, "<reached>", "true eller false" },
    { "attribute", "  <citizen\n      kind=\"x\">\n  </citizen>", PA_XML_ERROR_INVALID, "<citizen", NULL },
    { "truncated", "<?xml version=\"1.0\"?>\n<agreement xmlns=\"" PA_XML_NAMESPACE "\" format-version=\"1\""
      " variant=\"full\">\n  <citizen>\n    <name>Lo", PA_XML_ERROR_NOT_XML, "<name>Lo", "afkortet" },
    { "wrong encoding declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<agreement/>\n",
      PA_XML_ERROR_NOT_XML, "<?xml", "ISO-8859-1" },
    { "not UTF-8", "  <citizen>\n    <name>S\xF8ren</name>\n  </citizen>", PA_XML_ERROR_NOT_XML,
      "S\xF8ren", NULL },
    { "ampersand", "  <citizen>\n    <name>Jensen & Søn</name>\n  </citizen>", PA_XML_ERROR_NOT_XML,
      "& Søn", "&amp;" },
    { "undeclared prefix", "  <x:citizen>\n  </x:citizen>", PA_XML_ERROR_NOT_XML, "<x:citizen", NULL },
    { "comment not closed", "  <!-- note\n  <citizen/>", PA_XML_ERROR_NOT_XML, "<!-- note", "kommentar" },
    { "text after the end", "<?xml version=\"1.0\"?>\n<agreement xmlns=\"" PA_XML_NAMESPACE "\"/>\n<x/>\n",
      PA_XML_ERROR_NOT_XML, "<x/>", NULL },
    { "windows line ends", "<?xml version=\"1.0\"?>\r\n<agreement xmlns=\"" PA_XML_NAMESPACE "\">\r\n"
      "  <citizen>\r\n  </agreement>\r\n", PA_XML_ERROR_NOT_XML, "<citizen>", NULL },
    { "too many targets", "  <work-functions><work-function><targets>\n"
      "    <progression-target/><progression-target/><progression-target/><progression-target/>\n"
      "  </targets></work-function></work-functions>", PA_XML_ERROR_TOO_MANY,
      "<progression-target/>", "listen “Progressionsmål” har mere end 3 punkter" },
    { "empty id", "  <id/>", PA_XML_ERROR_NO_ID, "<id/>", "ny aftale" },
  };
  g_autofree char *podir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  g_autofree char *mo = g_build_filename (podir, "da", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the Danish catalogue is not built");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_plain_danish (&cases[i]);

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}

/* The company copy */

static void
test_company_may_see (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (5);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  PaRecord *shared = list_item (PA_RECORD (agreement), "restrictions", 0);
  PaRecord *private = list_item (PA_RECORD (agreement), "restrictions", 1);
  PaRecordClass *klass = PA_RECORD_GET_CLASS (citizen);
  PaRecordClass *rklass = PA_RECORD_GET_CLASS (shared);

  pa_record_set_boolean (private, "consent", FALSE);

  g_assert_false (pa_privacy_company_may_see (citizen, pa_record_class_find_field (klass, "cpr", NULL)));
  g_assert_false (pa_privacy_company_may_see (citizen, pa_record_class_find_field (klass, "recent-employer", NULL)));
  g_assert_true (pa_privacy_company_may_see (citizen, pa_record_class_find_field (klass, "name", NULL)));

  g_assert_true (pa_privacy_company_may_see_record (shared));
  g_assert_false (pa_privacy_company_may_see_record (private));
  g_assert_true (pa_privacy_company_may_see (shared, pa_record_class_find_field (rklass, "reformulation", NULL)));
  g_assert_false (pa_privacy_company_may_see (private, pa_record_class_find_field (rklass, "reformulation", NULL)));
  g_assert_false (pa_privacy_company_may_see (shared, pa_record_class_find_field (rklass, "original", NULL)));
  g_assert_false (pa_privacy_company_may_see (shared, pa_record_class_find_field (rklass, "category", NULL)));
  g_assert_false (pa_privacy_company_may_see (shared, pa_record_class_find_field (rklass, "answers", NULL)));

  /* Below a restriction: measures follow its consent, answers never show. */
  g_assert_true (pa_privacy_company_may_see_record (list_item (shared, "measures", 0)));
  g_assert_false (pa_privacy_company_may_see_record (list_item (private, "measures", 0)));
  g_assert_false (pa_privacy_company_may_see_record (list_item (shared, "answers", 0)));

  g_assert_cmpint (pa_privacy_field_policy (PA_TYPE_CITIZEN, pa_record_class_find_field (klass, "cpr", NULL)),
                   ==, PA_PRIVACY_PRIVATE);
  g_assert_cmpint (pa_privacy_field_policy (PA_TYPE_RESTRICTION,
                                            pa_record_class_find_field (rklass, "reformulation", NULL)),
                   ==, PA_PRIVACY_CONSENT);
}

static void
collect (GPtrArray  *values,
         PaRecord   *record,
         const char *field)
{
  const char *value = pa_record_get_string (record, field);

  g_assert_nonnull (value);
  g_ptr_array_add (values, (gpointer) value);
}

/* None of the values the company may not see is anywhere in the text of
 * the company document, while all of them are in the full one. */
static void
test_company_copy_omits (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (7);
  PaRecord *root = PA_RECORD (agreement);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  PaRecord *private = list_item (root, "restrictions", 0);
  PaRecord *shared = list_item (root, "restrictions", 1);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;
  static const char *hidden_elements[] = {
    "<cpr>", "<recent-employer>", "<notes>", "<original>", "<category>", "<answers>",
    "<question>", "<answer>", "<note>", "<on-behalf-reason>",
  };

  pa_agreement_freeze_tracking (agreement);
  pa_record_set_boolean (private, "consent", FALSE);
  pa_agreement_thaw_tracking (agreement);

  collect (hidden, citizen, "cpr");
  collect (hidden, citizen, "recent-employer");
  collect (hidden, root, "notes");
  collect (hidden, shared, "original");
  collect (hidden, private, "original");
  collect (hidden, private, "reformulation");
  collect (hidden, list_item (private, "measures", 0), "description");
  collect (hidden, list_item (shared, "answers", 0), "question");
  collect (hidden, list_item (shared, "answers", 1), "answer");
  collect (hidden, list_item (root, "follow-ups", 0), "notes");
  collect (hidden, list_item (root, "follow-ups", 1), "notes");
  collect (hidden, PA_RECORD (pa_agreement_get_approval (agreement, "company")), "on-behalf-reason");

  collect (kept, citizen, "name");
  collect (kept, root, "start-date");
  collect (kept, shared, "reformulation");
  collect (kept, shared, "consent-date");
  collect (kept, list_item (shared, "measures", 0), "description");
  collect (kept, list_item (root, "goals", 0), "specific");
  collect (kept, list_item (root, "follow-ups", 0), "agenda");
  collect (kept, PA_RECORD (pa_agreement_get_approval (agreement, "citizen")), "approved-at");

  full = write_xml (agreement, PA_XML_VARIANT_FULL);
  company = write_xml (agreement, PA_XML_VARIANT_COMPANY);

  for (guint i = 0; i < hidden->len; i++)
    {
      const char *value = g_ptr_array_index (hidden, i);

      g_assert_nonnull (strstr (full, value));
      if (strstr (company, value) != NULL)
        g_test_fail_printf ("the company copy contains “%s”", value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hidden_elements); i++)
    {
      g_assert_nonnull (strstr (full, hidden_elements[i]));
      if (strstr (company, hidden_elements[i]) != NULL)
        g_test_fail_printf ("the company copy contains %s", hidden_elements[i]);
    }
  for (guint i = 0; i < kept->len; i++)
    g_assert_nonnull (strstr (company, g_ptr_array_index (kept, i)));

  g_assert_nonnull (strstr (company, "variant=\"company\""));
}

static void
test_company_copy_reads_back (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (8);
  g_autoptr(PaAgreement) before = pa_agreement_new ();
  g_autoptr(PaAgreement) copy = NULL;
  g_autoptr(PaAgreement) back = NULL;
  g_autofree char *company = NULL;
  PaXmlVariant variant = PA_XML_VARIANT_FULL;

  pa_agreement_freeze_tracking (before);
  pa_record_copy_into (PA_RECORD (agreement), PA_RECORD (before));
  pa_agreement_thaw_tracking (before);

  copy = pa_privacy_company_copy (agreement);
  company = write_xml (agreement, PA_XML_VARIANT_COMPANY);
  back = read_xml (company, &variant);

  /* The document is the copy; the original is untouched; same id and
   * revision, so the company can tell which agreement it holds. */
  g_assert_cmpint (variant, ==, PA_XML_VARIANT_COMPANY);
  g_assert_true (pa_record_equal (PA_RECORD (copy), PA_RECORD (back)));
  g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (before)));
  g_assert_cmpstr (pa_agreement_get_id (copy), ==, pa_agreement_get_id (agreement));
  g_assert_cmpint (pa_agreement_get_revision (copy), ==, pa_agreement_get_revision (agreement));
  g_assert_true (pa_agreement_has_approvals (copy));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema_dir = g_build_filename (SOURCE_DATADIR, "schema", NULL);

  /* The source tree's schema, not an installed one of another version. */
  g_setenv ("PRAKTIKAFTALE_SCHEMA_DIR", schema_dir, FALSE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/xml/schema/up-to-date", test_schema_up_to_date);
  g_test_add_func ("/pa/xml/schema/documented", test_schema_documented);
  g_test_add_func ("/pa/xml/round-trip/full", test_round_trip_full);
  g_test_add_func ("/pa/xml/round-trip/random", test_round_trip_random);
  g_test_add_func ("/pa/xml/round-trip/scripts", test_round_trip_scripts);
  g_test_add_func ("/pa/xml/round-trip/numbers", test_round_trip_numbers);
  g_test_add_func ("/pa/xml/round-trip/committed", test_round_trip_committed);
  g_test_add_func ("/pa/xml/export/file", test_export_file);
  g_test_add_func ("/pa/xml/export/control-characters", test_export_control_characters);
  g_test_add_func ("/pa/xml/import/minimal", test_import_minimal);
  g_test_add_func ("/pa/xml/import/fixed-items", test_import_fixed_items);
  g_test_add_func ("/pa/xml/import/lenient-values", test_import_lenient_values);
  g_test_add_func ("/pa/xml/import/file-errors", test_import_file_errors);
  g_test_add_func ("/pa/xml/import/unusable-id", test_import_unusable_id);
  g_test_add_func ("/pa/xml/import/special-files", test_import_special_files);
  g_test_add_func ("/pa/xml/bad/not-xml", test_bad_not_xml);
  g_test_add_func ("/pa/xml/bad/message-is-text", test_bad_message_is_text);
  g_test_add_func ("/pa/xml/bad/encoding", test_bad_encoding);
  g_test_add_func ("/pa/xml/bad/namespace", test_bad_namespace);
  g_test_add_func ("/pa/xml/bad/newer", test_bad_newer);
  g_test_add_func ("/pa/xml/bad/date", test_bad_date);
  g_test_add_func ("/pa/xml/bad/messages", test_bad_messages);
  g_test_add_func ("/pa/xml/bad/attributes", test_bad_attributes);
  g_test_add_func ("/pa/xml/bad/many", test_bad_many);
  g_test_add_func ("/pa/xml/bad/line-numbers", test_bad_line_numbers);
  g_test_add_func ("/pa/xml/bad/plain-danish", test_bad_plain_danish);
  g_test_add_func ("/pa/xml/limits/lists", test_limits_lists);
  g_test_add_func ("/pa/xml/limits/elements", test_limits_elements);
  g_test_add_func ("/pa/xml/limits/at-limit", test_limits_at_limit);
  g_test_add_func ("/pa/xml/limits/realistic", test_limits_realistic);
  g_test_add_func ("/pa/xml/malicious/fixtures", test_malicious_fixtures);
  g_test_add_func ("/pa/xml/malicious/xxe-never-opens", test_malicious_xxe_never_opens);
  g_test_add_func ("/pa/xml/malicious/deep-nesting", test_malicious_deep_nesting);
  g_test_add_func ("/pa/xml/malicious/huge-data", test_malicious_huge_data);
  g_test_add_func ("/pa/xml/malicious/huge-file", test_malicious_huge_file);
  g_test_add_func ("/pa/xml/malicious/attributes", test_malicious_attributes);
  g_test_add_func ("/pa/xml/company/may-see", test_company_may_see);
  g_test_add_func ("/pa/xml/company/copy-omits", test_company_copy_omits);
  g_test_add_func ("/pa/xml/company/copy-reads-back", test_company_copy_reads_back);

  return g_test_run ();
}
