/* pa-document-private.h: the blocks a document is built of, for the section writers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pa-document-layout.c keeps a list of blocks (paragraphs, table rows, a
 * ladder, signature lines) and flows them into pages; the section writers
 * in pa-document-sections*.c add the blocks in the agreement's order.
 * Units are PostScript points; A4 is 595.276 x 841.89.
 */
#pragma once

#include "core/pa-checklist.h"
#include "docs/pa-ladder-draw.h"
#include "pa-pdf.h"

G_BEGIN_DECLS

typedef enum {
  PA_DOC_TITLE,       /* the document's title, on the first page */
  PA_DOC_SECTION,     /* "1. Parterne" */
  PA_DOC_HEADING,     /* a sub-heading: a goal, a work function */
  PA_DOC_LABEL,       /* the small bold label over a paragraph */
  PA_DOC_BODY,
  PA_DOC_SMALL,       /* explanations, the legal references */
} PaDocStyle;

/* Up to this many cells in a table row. */
#define PA_DOC_MAX_CELLS 5

/* Adding blocks. Text is plain text unless the name says markup. */
/* "N. @title", numbered in order, with a rule above. */
void   pa_document_add_section     (PaDocumentLayout *self,
                                    const char       *title);
void   pa_document_add_text        (PaDocumentLayout *self,
                                    PaDocStyle        style,
                                    const char       *text);
void   pa_document_add_markup      (PaDocumentLayout *self,
                                    PaDocStyle        style,
                                    const char       *markup);
/* A label over a paragraph, kept together; nothing when @value is empty. */
void   pa_document_add_paragraph   (PaDocumentLayout *self,
                                    const char       *label,
                                    const char       *value);
/* A table row: @widths are fractions of the text width, summing to 1.
 * A header row is bold on a tinted ground and stays with the next row. */
void   pa_document_add_row         (PaDocumentLayout *self,
                                    gboolean          header,
                                    guint             n_cells,
                                    const double     *widths,
                                    const char      **cells);
/* A two-column "label  value" row; nothing when @value is empty. */
void   pa_document_add_field       (PaDocumentLayout *self,
                                    const char       *label,
                                    const char       *value);
void   pa_document_add_ladder      (PaDocumentLayout *self,
                                    PaRecord         *work_function);
/* Lines to sign and date on, with @caption under the signature line. */
void   pa_document_add_signature   (PaDocumentLayout *self,
                                    const char       *caption);
void   pa_document_add_space       (PaDocumentLayout *self,
                                    double            points);

/* Blocks added between begin and end stay on one page when they fit on
 * one (a goal card, a table, the signatures); a card has a bar at its
 * left and its blocks are indented. */
void   pa_document_begin_group     (PaDocumentLayout *self,
                                    gboolean          card);
void   pa_document_end_group       (PaDocumentLayout *self);

/* The running header and the footer. */
void   pa_document_set_header      (PaDocumentLayout *self,
                                    const char       *left,
                                    const char       *right);
void   pa_document_set_footer_note (PaDocumentLayout *self,
                                    const char       *note);
double pa_document_text_width      (PaDocumentLayout *self);
/* The checklist of the full agreement (core/pa-checklist.h), judged
 * once per layout; (nullable) (transfer none). */
PaChecklistReport *pa_document_get_checklist (PaDocumentLayout *self);

/* The sections, in the agreement's order (pa-document-sections*.c). */
void   pa_document_write_agreement (PaDocumentLayout *self,
                                    PaAgreement      *agreement,
                                    PaDocumentVariant variant);

G_END_DECLS
