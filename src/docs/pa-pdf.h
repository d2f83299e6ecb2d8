/* pa-pdf.h: the agreement as a printed document, for PDF and for printing
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One renderer (cairo + pango, no widgets) lays out the agreement in A4
 * pages; the PDF export and GtkPrintOperation both draw those pages, so
 * print and PDF are the same document. The company variant is made from
 * pa_privacy_company_copy() and nothing else.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "core/pa-agreement.h"

G_BEGIN_DECLS

typedef enum {
  PA_DOCUMENT_FULL,
  PA_DOCUMENT_COMPANY,
} PaDocumentVariant;

typedef struct _PaDocumentLayout PaDocumentLayout;

/* Lays out @agreement for pages of @width x @height points (A4: 595.276
 * x 841.89) with a font map of its own (fonts through fontconfig, so
 * Arabic and Ethiopic find their fallbacks), safe in a worker thread.
 * The company's copy is drawn from pa_privacy_company_copy() of
 * @agreement, made here. */
PaDocumentLayout *pa_document_layout_new       (PaAgreement       *agreement,
                                                PaDocumentVariant  variant,
                                                double             width,
                                                double             height);
int               pa_document_layout_n_pages   (PaDocumentLayout  *layout);
/* Draws page @page (0-based) into @cr at the origin. */
void              pa_document_layout_draw_page (PaDocumentLayout  *layout,
                                                cairo_t           *cr,
                                                int                page);
void              pa_document_layout_free      (PaDocumentLayout  *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaDocumentLayout, pa_document_layout_free)

/* Writes the PDF atomically (temporary file + rename) with mode 0600 and
 * the title, author, subject and creation date set. */
gboolean  pa_pdf_export_file      (PaAgreement        *agreement,
                                   PaDocumentVariant   variant,
                                   const char         *path,
                                   GCancellable       *cancellable,
                                   GError            **error);
/* The PDF in memory (for the preview). */
GBytes   *pa_pdf_render_to_bytes  (PaAgreement        *agreement,
                                   PaDocumentVariant   variant,
                                   GError            **error);
/* "Praktikaftale - CITIZEN - COMPANY - DATE.pdf", the company copy with
 * " - virksomhedens kopi" before ".pdf"; safe as a file name. */
char     *pa_pdf_default_filename (PaAgreement        *agreement,
                                   PaDocumentVariant   variant);

G_END_DECLS
