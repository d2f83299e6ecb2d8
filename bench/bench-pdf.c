/* bench-pdf.c: time to render the printed agreement and to export a hundred, beside XML
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time to render one complete agreement (every field
 * set, two entries in every list) to PDF in memory, full and company
 * copy, against the 30 ms target of issue 12; then the time to export
 * 100 different agreements as PDF files, against the 2 s target, side
 * by side with exporting the same 100 as XML. Prints figures, never
 * fails.
 *
 *   build/bench/bench-pdf [ROUNDS]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "docs/pa-pdf.h"
#include "docs/pa-xml-writer.h"
#include "../tests/common/pa-test-util.h"

#define N_EXPORTS        100
#define TARGET_ONE_MS    30.0
#define TARGET_EXPORT_S  2.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* Wall time; on a loaded machine the CPU time below tells what the
 * work itself costs. */
static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double last_cpu_ms;

static double
render_ms (PaAgreement       *agreement,
           PaDocumentVariant  variant)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  double start = now_ms ();
  double cpu = cpu_ms ();

  pdf = pa_pdf_render_to_bytes (agreement, variant, &error);
  if (pdf == NULL)
    {
      fprintf (stderr, "render failed: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
  last_cpu_ms = cpu_ms () - cpu;
  return now_ms () - start;
}

static double
median_render_ms (PaAgreement       *agreement,
                  PaDocumentVariant  variant,
                  guint              rounds,
                  double            *cpu_median)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  render_ms (agreement, variant);  /* fonts loaded, caches warm */
  for (guint i = 0; i < rounds; i++)
    {
      double ms = render_ms (agreement, variant);

      g_array_append_val (samples, ms);
      g_array_append_val (cpu, last_cpu_ms);
    }
  *cpu_median = median (cpu);
  return median (samples);
}

/* Seconds to write all of @agreements into @dir, as PDF or as XML. */
static double export_cpu_s;

static double
export_all (GPtrArray  *agreements,
            const char *dir,
            gboolean    pdf)
{
  double start = now_ms ();
  double cpu = cpu_ms ();

  for (guint i = 0; i < agreements->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("%03u.%s", i, pdf ? "pdf" : "xml");
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      gboolean ok = pdf
        ? pa_pdf_export_file (g_ptr_array_index (agreements, i), PA_DOCUMENT_FULL, path, NULL, &error)
        : pa_xml_export_file (g_ptr_array_index (agreements, i), PA_XML_VARIANT_FULL, path, &error);

      if (!ok)
        {
          fprintf (stderr, "export failed: %s\n", error->message);
          exit (EXIT_FAILURE);
        }
    }
  export_cpu_s = (cpu_ms () - cpu) / 1000.0;
  return (now_ms () - start) / 1000.0;
}

static double
median_export_s (GPtrArray  *agreements,
                 const char *dir,
                 gboolean    pdf,
                 guint       rounds,
                 double     *cpu_median)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < rounds; i++)
    {
      double s = export_all (agreements, dir, pdf);

      g_array_append_val (samples, s);
      g_array_append_val (cpu, export_cpu_s);
    }
  *cpu_median = median (cpu);
  return median (samples);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) MAX (1, atoi (argv[1])) : 30;
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (1);
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autoptr(PaDocumentLayout) layout = pa_document_layout_new (agreement, PA_DOCUMENT_FULL, 595.276, 841.89);
  double full, company, pdf_s, xml_s, full_cpu, company_cpu, pdf_cpu, xml_cpu;

  for (guint i = 0; i < N_EXPORTS; i++)
    g_ptr_array_add (agreements, pa_test_new_full_agreement (100 + i));

  full = median_render_ms (agreement, PA_DOCUMENT_FULL, rounds, &full_cpu);
  company = median_render_ms (agreement, PA_DOCUMENT_COMPANY, rounds, &company_cpu);
  printf ("PDF of one complete agreement (%d pages), median of %u:\n",
          pa_document_layout_n_pages (layout), rounds);
  printf ("  full document    %7.1f ms wall, %5.1f ms CPU   (target <= %.0f ms: %s)\n", full, full_cpu,
          TARGET_ONE_MS, full <= TARGET_ONE_MS ? "met" : "NOT met");
  printf ("  company copy     %7.1f ms wall, %5.1f ms CPU   (target <= %.0f ms: %s)\n", company, company_cpu,
          TARGET_ONE_MS, company <= TARGET_ONE_MS ? "met" : "NOT met");

  pdf_s = median_export_s (agreements, dir, TRUE, 3, &pdf_cpu);
  xml_s = median_export_s (agreements, dir, FALSE, 3, &xml_cpu);
  printf ("Export of %d complete agreements to files, median of 3:\n", N_EXPORTS);
  printf ("  as PDF           %7.2f s wall, %5.2f s CPU   (target <= %.0f s: %s)\n", pdf_s, pdf_cpu,
          TARGET_EXPORT_S, pdf_s <= TARGET_EXPORT_S ? "met" : "NOT met");
  printf ("  as XML           %7.2f s wall, %5.2f s CPU\n", xml_s, xml_cpu);
  {
    g_autofree char *load = NULL;

    /* Wall times grow with the machine's load; CPU times hardly do. */
    if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
      printf ("Load average: %s", load);
  }

  pa_test_rm_rf (dir);
  return EXIT_SUCCESS;
}
