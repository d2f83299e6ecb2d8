/* pa-document-print.h: prints the agreement through GtkPrintOperation, the same pages as the PDF
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "docs/pa-pdf.h"

G_BEGIN_DECLS

/* Shows the print dialog for @agreement; the printer and page setup
 * chosen are kept in @settings ("print-settings", "page-setup") for the
 * next time. @agreement is copied: editing may go on meanwhile. */
void pa_document_print (GtkWindow         *parent,
                        PaAgreement       *agreement,
                        PaDocumentVariant  variant,
                        GSettings         *settings);

/* The operation without running it, for tests: the pages of @agreement
 * with the settings kept in @settings. */
GtkPrintOperation *pa_document_print_operation_new (PaAgreement       *agreement,
                                                    PaDocumentVariant  variant,
                                                    GSettings         *settings);

G_END_DECLS
