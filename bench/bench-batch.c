/* bench-batch.c: time to export 100 agreements as calendar files, XML and PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the draft list's batch export does in its thread, per format:
 * load each draft from a read-only connection and write its file into
 * a folder (atomic, 0600). Prints the total for N drafts and the time
 * per draft; like the other benchmarks it never fails.
 *
 *   build/bench/bench-batch [N]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "docs/pa-ical.h"
#include "docs/pa-pdf.h"
#include "docs/pa-xml-writer.h"
#include "store/pa-store.h"
#include "../tests/common/pa-test-util.h"
#include "pa-generate.h"

typedef enum { LOAD, ICS, XML, PDF } Format;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
export_one (PaAgreement *agreement,
            Format       format,
            const char  *path,
            GError     **error)
{
  switch (format)
    {
    case LOAD:
      return TRUE;
    case ICS:
      return pa_ical_export_file (agreement, PA_DOCUMENT_FULL, path, NULL, NULL, error);
    case XML:
      return pa_xml_export_file (agreement, PA_XML_VARIANT_FULL, path, error);
    case PDF:
    default:
      return pa_pdf_export_file (agreement, PA_DOCUMENT_FULL, path, NULL, error);
    }
}

/* Loads every draft and writes it: the whole batch, in ms. */
static double
run (const char *db_path,
     GPtrArray  *ids,
     const char *dir,
     Format      format)
{
  static const char *ext[] = { "", "ics", "xml", "pdf" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open_full (db_path, PA_STORE_OPEN_READ_ONLY |
                                                 PA_STORE_OPEN_DEFER_INTEGRITY_CHECK, &error);
  double start = now_ms ();

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_store_load (store, g_ptr_array_index (ids, i), &error);
      g_autofree char *name = g_strdup_printf ("%u.%s", i, ext[format]);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_no_error (error);
      /* A draft without a dated follow-up has no calendar file. */
      if (!export_one (agreement, format, path, &error))
        g_clear_error (&error);
    }
  return now_ms () - start;
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100;
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "drafts.db", NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  g_autoptr(PaStore) store = pa_store_open (db_path, &error);
  const char *names[] = { "load only", "ICS", "XML", "PDF" };
  double ms[4];

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_generate_agreement (rand);

      g_assert_true (pa_store_save (store, agreement, &error));
      g_ptr_array_add (ids, g_strdup (pa_agreement_get_id (agreement)));
    }
  g_clear_object (&store);

  for (int f = LOAD; f <= PDF; f++)
    {
      g_autofree char *sub = g_build_filename (dir, names[f], NULL);

      g_mkdir (sub, 0700);
      ms[f] = run (db_path, ids, sub, f);
    }
  printf ("Batch export of %u drafts (load + write each file):\n", n);
  for (int f = LOAD; f <= PDF; f++)
    printf ("  %-9s %8.0f ms   %6.2f ms per draft\n", names[f], ms[f], ms[f] / n);
  pa_test_rm_rf (dir);
  return 0;
}
