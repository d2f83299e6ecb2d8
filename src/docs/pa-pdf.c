/* pa-pdf.c: the agreement as a PDF file, in memory or on disk
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from pa_document_layout_draw_page(), the same drawing
 * the printer gets. The PDF carries a title, author, subject and
 * creation date, and is written atomically with mode 0600 (a full
 * document holds a CPR number).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <string.h>

#include "core/pa-gerror.h"
#include "core/pa-wording.h"
#include "pa-document-file.h"
#include "pa-pdf.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89
/* A file name's bytes before ".pdf"; most file systems allow 255. */
#define MAX_NAME_BYTES 200

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static const char *
party_name (PaRecord *party)
{
  const char *name = pa_record_get_string (party, "name");

  return name != NULL ? name : "";
}

static char *
document_title (PaAgreement *agreement)
{
  const char *citizen = party_name (PA_RECORD (pa_agreement_get_citizen (agreement)));
  const char *company = party_name (PA_RECORD (pa_agreement_get_company (agreement)));

  /* Translators: the PDF's title: the citizen, then the company */
  return g_strdup_printf (_("Work placement agreement: %s at %s"), citizen, company);
}

static char *
document_subject (PaAgreement       *agreement,
                  PaDocumentVariant  variant)
{
  g_autofree char *start = pa_wording_date (pa_record_get_string (PA_RECORD (agreement), "start-date"));
  g_autofree char *end = pa_wording_date (pa_record_get_string (PA_RECORD (agreement), "end-date"));

  if (variant == PA_DOCUMENT_COMPANY)
    /* Translators: the PDF's subject; %s are the first and last day */
    return g_strdup_printf (_("Work placement from %s to %s, the company’s copy"), start, end);
  /* Translators: the PDF's subject; %s are the first and last day */
  return g_strdup_printf (_("Work placement from %s to %s"), start, end);
}

static char *
document_author (PaAgreement *agreement)
{
  PaRecord *jobcentre = PA_RECORD (pa_agreement_get_jobcentre (agreement));
  const char *consultant = pa_record_get_string (jobcentre, "consultant-name");
  const char *municipality = pa_record_get_string (jobcentre, "municipality");

  if (consultant != NULL && municipality != NULL)
    /* Translators: the PDF's author: the consultant, then the municipality */
    return g_strdup_printf (_("%s, Jobcentre %s"), consultant, municipality);
  if (consultant != NULL)
    return g_strdup (consultant);
  if (municipality != NULL)
    /* Translators: the PDF's author when no consultant is named */
    return g_strdup_printf (_("Jobcentre %s"), municipality);
  return g_strdup (_("Jobcentre"));
}

static void
set_metadata (cairo_surface_t   *surface,
              PaAgreement       *agreement,
              PaDocumentVariant  variant)
{
  g_autofree char *title = document_title (agreement);
  g_autofree char *subject = document_subject (agreement, variant);
  g_autofree char *author = document_author (agreement);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Praktikaftale");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
draw_pages (cairo_surface_t   *surface,
            PaAgreement       *agreement,
            PaDocumentVariant  variant,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(PaDocumentLayout) layout = pa_document_layout_new (agreement, variant, A4_WIDTH, A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int n = pa_document_layout_n_pages (layout);

  for (int page = 0; page < n; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          return FALSE;
        }
      pa_document_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return TRUE;
}

static GBytes *
render (PaAgreement       *agreement,
        PaDocumentVariant  variant,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_sized_new (64 * 1024);
  cairo_surface_t *surface =
    cairo_pdf_surface_create_for_stream (append_bytes, bytes, A4_WIDTH, A4_HEIGHT);
  cairo_status_t status;

  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, agreement, variant);
  if (!draw_pages (surface, agreement, variant, cancellable, error))
    {
      cairo_surface_destroy (surface);
      PA_RETURN_ERROR (error, NULL);
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: cairo failed to make the PDF (out of memory, a broken font) */
                   _("The PDF could not be made. Close other programs and try again."));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * pa_pdf_render_to_bytes:
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
pa_pdf_render_to_bytes (PaAgreement        *agreement,
                        PaDocumentVariant   variant,
                        GError            **error)
{
  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return render (agreement, variant, NULL, error);
}

gboolean
pa_pdf_export_file (PaAgreement        *agreement,
                    PaDocumentVariant   variant,
                    const char         *path,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = render (agreement, variant, cancellable, error);
  if (bytes == NULL)
    PA_RETURN_ERROR (error, FALSE);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  return pa_document_write_file (path, data, len, error);
}

/* Characters no file system or mail program likes in a name. */
static void
append_safe (GString    *name,
             const char *part)
{
  for (const char *p = part; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f)
        g_string_append_c (name, ' ');
      else if (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL)
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
}

static void
append_part (GString    *name,
             const char *part)
{
  g_autofree char *stripped = g_strstrip (g_strdup (part != NULL ? part : ""));

  if (*stripped == '\0')
    return;
  g_string_append (name, " - ");
  append_safe (name, stripped);
}

/* Cuts @name to at most MAX_NAME_BYTES, on a character boundary. */
static void
truncate_name (GString *name)
{
  const char *end;

  if (name->len <= MAX_NAME_BYTES)
    return;
  g_utf8_validate (name->str, MAX_NAME_BYTES, &end);
  g_string_truncate (name, end - name->str);
}

/**
 * pa_pdf_default_filename:
 *
 * "Praktikaftale - CITIZEN - COMPANY - DATE.pdf", DATE the start date
 * (today when there is none) as YYYY-MM-DD so that the files sort; the
 * company copy ends " - virksomhedens kopi.pdf". Parts that are not
 * filled in are left out.
 */
char *
pa_pdf_default_filename (PaAgreement       *agreement,
                         PaDocumentVariant  variant)
{
  g_autoptr(GString) name = NULL;
  const char *start;
  g_autofree char *today = NULL;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  /* The app's name, Danish in every language: the document is Danish. */
  name = g_string_new ("Praktikaftale");
  append_part (name, party_name (PA_RECORD (pa_agreement_get_citizen (agreement))));
  append_part (name, party_name (PA_RECORD (pa_agreement_get_company (agreement))));
  start = pa_record_get_string (PA_RECORD (agreement), "start-date");
  if (start == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
    }
  append_part (name, start != NULL ? start : today);
  truncate_name (name);
  if (variant == PA_DOCUMENT_COMPANY)
    /* Translators: the end of the company copy's file name, before ".pdf" */
    append_part (name, _("company’s copy"));
  g_string_append (name, ".pdf");
  return g_string_free (g_steal_pointer (&name), FALSE);
}
