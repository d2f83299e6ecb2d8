/* pa-step-documents.h: step 9, the agreement as documents: preview, PDF, XML, print, calendar
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-document-preview.h"
#include "pa-editor-step.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_DOCUMENTS (pa_step_documents_get_type ())
G_DECLARE_FINAL_TYPE (PaStepDocuments, pa_step_documents, PA, STEP_DOCUMENTS, PaEditorStep)

PaDocumentPreview *pa_step_documents_get_preview (PaStepDocuments *self);

G_END_DECLS
