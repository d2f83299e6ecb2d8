/* pa-document-preview.h: the agreement's PDF as it will print, page by page, following edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "docs/pa-pdf.h"

G_BEGIN_DECLS

#define PA_TYPE_DOCUMENT_PREVIEW (pa_document_preview_get_type ())
G_DECLARE_FINAL_TYPE (PaDocumentPreview, pa_document_preview, PA, DOCUMENT_PREVIEW, GtkWidget)

#define PA_DOCUMENT_PREVIEW_ZOOM_MIN 0.5
#define PA_DOCUMENT_PREVIEW_ZOOM_MAX 2.0

GtkWidget        *pa_document_preview_new           (void);
void              pa_document_preview_set_agreement (PaDocumentPreview *self,
                                                     PaAgreement       *agreement);
PaDocumentVariant pa_document_preview_get_variant   (PaDocumentPreview *self);
void              pa_document_preview_set_variant   (PaDocumentPreview *self,
                                                     PaDocumentVariant  variant);
/* 1.0: a point of the page is 96/72 pixels, the page's real size. */
double            pa_document_preview_get_zoom      (PaDocumentPreview *self);
void              pa_document_preview_set_zoom      (PaDocumentPreview *self,
                                                     double             zoom);
void              pa_document_preview_fit_width     (PaDocumentPreview *self);
gboolean          pa_document_preview_get_fit_width (PaDocumentPreview *self);
int               pa_document_preview_get_page      (PaDocumentPreview *self);
void              pa_document_preview_set_page      (PaDocumentPreview *self,
                                                     int                page);
int               pa_document_preview_get_n_pages   (PaDocumentPreview *self);
/* The PDF of the last finished render, or NULL. */
GBytes           *pa_document_preview_get_pdf       (PaDocumentPreview *self);

G_END_DECLS
