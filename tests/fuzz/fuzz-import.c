/* fuzz-import.c: libFuzzer target for the XML importer
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built and run by run-fuzz.sh with clang, AddressSanitizer and
 * UndefinedBehaviorSanitizer; not part of `meson test`. Besides crashes
 * and leaks it checks the promises of the reader: an agreement or an
 * error, never both or neither; an error in our words (no "(null)", no
 * URI); an accepted agreement has a UUID for its id (an empty or blank
 * <id>, seeds empty-id.xml and spaces-id.xml, only comes in as new);
 * and whatever it accepts, the writer writes and the reader reads back
 * unchanged.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical is a bug, as in the tests (G_DEBUG=fatal-criticals). */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("PRAKTIKAFTALE_SCHEMA_DIR", SOURCE_DATADIR "/schema", FALSE);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again_error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(PaAgreement) again = NULL;
  g_autofree char *xml = NULL;
  gsize len;

  agreement = pa_xml_read_from_data ((const char *) data, size, &error);
  g_assert ((agreement == NULL) != (error == NULL));
  if (agreement == NULL)
    {
      g_assert (error->domain == PA_XML_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      g_assert (strstr (error->message, "(null)") == NULL);
      g_assert (strstr (error->message, "://") == NULL);
      if (!g_error_matches (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID))
        return 0;

      /* Without a usable id a document can still come in as new. */
      agreement = pa_xml_read_from_data_flags ((const char *) data, size, PA_XML_READ_NEW_ID,
                                               NULL, &again_error);
      g_assert_no_error (again_error);
    }

  /* Whatever is accepted can be stored: it has an id, and it is a UUID. */
  g_assert (g_uuid_string_is_valid (pa_agreement_get_id (agreement)));

  xml = pa_xml_write_to_string (agreement, PA_XML_VARIANT_FULL, &len, NULL);
  g_assert (xml != NULL);
  again = pa_xml_read_from_data (xml, len, &again_error);
  if (again == NULL)
    g_error ("An accepted document did not read back after export: %s\n%s",
             again_error->message, xml);
  g_assert (pa_record_equal (PA_RECORD (agreement), PA_RECORD (again)));
  return 0;
}
