/* bench-xml.c: time to export and import agreement documents
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time to export one complete agreement (every field
 * set, two entries in every list) as the full document and as the company
 * copy, to import one, and the time to import 1,000 different ones, with
 * the target of the documents issue: 1,000 imports in under 2 s. Like the
 * other benchmarks it prints figures and never fails.
 *
 *   build/bench/bench-xml [ROUNDS]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"
#include "../tests/common/pa-test-util.h"

#define N_DOCUMENTS    1000
#define TARGET_1000_S  2.0

typedef struct {
  char  *data;
  gsize  len;
} Document;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static Document
export_or_die (PaAgreement  *agreement,
               PaXmlVariant  variant)
{
  g_autoptr(GError) error = NULL;
  Document doc;

  doc.data = pa_xml_write_to_string (agreement, variant, &doc.len, &error);
  if (doc.data == NULL)
    g_error ("Export failed: %s", error->message);
  return doc;
}

static void
import_or_die (const Document *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_xml_read_from_data (doc->data, doc->len, &error);

  if (agreement == NULL)
    g_error ("Import failed: %s", error->message);
}

static double
median_export_ms (PaAgreement  *agreement,
                  PaXmlVariant  variant,
                  guint         rounds)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds; i++)
    {
      double start = now_ms ();
      Document doc = export_or_die (agreement, variant);
      double ms = now_ms () - start;

      g_free (doc.data);
      g_array_append_val (samples, ms);
    }
  return median_ms (samples);
}

static double
median_import_ms (const Document *doc,
                  guint           rounds)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds; i++)
    {
      double start = now_ms ();
      double ms;

      import_or_die (doc);
      ms = now_ms () - start;
      g_array_append_val (samples, ms);
    }
  return median_ms (samples);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *schema_dir = g_build_filename (SOURCE_DATADIR, "schema", NULL);
  g_autoptr(PaAgreement) agreement = NULL;
  g_autofree Document *many = NULL;
  g_autofree char *size = NULL;
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 200;
  Document full;
  double start, first_ms, thousand_s;

  /* The schema of this source tree, like the tests. */
  g_setenv ("PRAKTIKAFTALE_SCHEMA_DIR", schema_dir, FALSE);
  rounds = MAX (rounds, 1);

  agreement = pa_test_new_full_agreement (1);
  full = export_or_die (agreement, PA_XML_VARIANT_FULL);
  size = g_format_size (full.len);

  /* The first import also reads and compiles the schema, once per process. */
  start = now_ms ();
  import_or_die (&full);
  first_ms = now_ms () - start;

  many = g_new0 (Document, N_DOCUMENTS);
  for (guint i = 0; i < N_DOCUMENTS; i++)
    {
      g_autoptr(PaAgreement) one = pa_test_new_full_agreement (i + 2);

      many[i] = export_or_die (one, PA_XML_VARIANT_FULL);
    }

  printf ("XML documents: one complete agreement, every field set, %s\n", size);
  printf ("  %-44s %10s\n", "", "median");
  printf ("  %-44s %7.3f ms  (%u rounds)\n", "export, full document",
          median_export_ms (agreement, PA_XML_VARIANT_FULL, rounds), rounds);
  printf ("  %-44s %7.3f ms\n", "export, company copy",
          median_export_ms (agreement, PA_XML_VARIANT_COMPANY, rounds));
  printf ("  %-44s %7.3f ms\n", "import (parse, validate, build)",
          median_import_ms (&full, rounds));
  printf ("  %-44s %7.3f ms\n", "first import, schema loaded too", first_ms);

  start = now_ms ();
  for (guint i = 0; i < N_DOCUMENTS; i++)
    import_or_die (&many[i]);
  thousand_s = (now_ms () - start) / 1000.0;

  printf ("  %-44s %7.3f s   target < %.0f s: %s\n", "import 1,000 different complete agreements",
          thousand_s, TARGET_1000_S, thousand_s < TARGET_1000_S ? "met" : "MISSED");

  for (guint i = 0; i < N_DOCUMENTS; i++)
    g_free (many[i].data);
  g_free (full.data);
  return 0;
}
