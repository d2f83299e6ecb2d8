/* xml-sample.c: writes a complete agreement as XML, the full document and the company copy
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The build runs it to give xmllint and jing a fresh export to check;
 * tests/fixtures/xml/valid-complete.xml was made with it:
 *   xml-sample valid-complete.xml /tmp/company.xml
 */
#include "config.h"

#include "docs/pa-xml-writer.h"
#include "../common/pa-test-util.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(PaRecord) private = NULL;
  GListModel *restrictions;

  if (argc != 3)
    {
      g_printerr ("usage: %s FULL.xml COMPANY.xml\n", argv[0]);
      return 2;
    }

  agreement = pa_test_new_full_agreement (1);
  restrictions = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
  private = g_list_model_get_item (restrictions, 1);

  /* One restriction not shared, so the company copy has one to leave out;
   * frozen, so the approvals in the sample stay. */
  pa_agreement_freeze_tracking (agreement);
  pa_record_set_boolean (private, "consent", FALSE);
  pa_agreement_thaw_tracking (agreement);

  if (!pa_xml_export_file (agreement, PA_XML_VARIANT_FULL, argv[1], &error) ||
      !pa_xml_export_file (agreement, PA_XML_VARIANT_COMPANY, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
