/* pa-document-layout.c: flows the agreement's blocks into A4 pages and draws them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is laid out once, in points, with hinting off, so the PDF, the
 * preview and the printer get the same lines and page breaks. A
 * paragraph breaks between lines, keeping at least two lines at the foot
 * of a page and at the head of the next (no widows, no orphans); a table
 * row, a heading, a ladder and a signature never break, a heading stays
 * with what follows it, and a group (a goal card, a table) moves to the
 * next page when it would fit there whole.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "core/pa-checklist.h"
#include "core/pa-model.h"
#include "core/pa-privacy.h"
#include "pa-document-private.h"

#define MARGIN_SIDE    (2.0 * 72 / 2.54)
#define MARGIN_TOP     (2.2 * 72 / 2.54)
#define MARGIN_BOTTOM  (2.2 * 72 / 2.54)
#define HEADER_Y       (1.1 * 72 / 2.54)
#define FOOTER_Y       (1.3 * 72 / 2.54)
#define CARD_INDENT    12.0
#define CELL_PAD       4.0
#define FONT_FAMILY    "Noto Sans, DejaVu Sans, Sans"
#define MIN_LINES      2

typedef enum {
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_LADDER,
  BLOCK_SIGNATURE,
  BLOCK_SPACE,
} BlockKind;

typedef struct {
  BlockKind    kind;
  double       space_before;
  double       indent;
  double       height;
  gboolean     keep_with_next;
  gboolean     splittable;
  gboolean     header;     /* rows: a table header */
  gboolean     field;      /* rows: a label and its value, no rules */
  gboolean     card;       /* a bar at the left */
  gboolean     group_start;
  guint        group;      /* 0: none */
  PangoLayout *layout;     /* text; signature caption */
  GArray      *line_tops;  /* text: n_lines + 1 offsets from the top */
  guint        n_cells;
  PangoLayout *cells[PA_DOC_MAX_CELLS];
  double       cell_x[PA_DOC_MAX_CELLS];
  double       cell_dy[PA_DOC_MAX_CELLS];
  PaLadder     ladder;
} Block;

typedef struct {
  Block *block;
  guint  first;            /* text: lines first .. last - 1 */
  guint  last;
  double y;
} Placed;

struct _PaDocumentLayout
{
  double        width;
  double        height;
  PangoContext *context;
  GPtrArray    *blocks;    /* (element-type Block) */
  GPtrArray    *pages;     /* (element-type GArray of Placed) */
  guint         group;     /* the open group, 0: none */
  guint         n_groups;
  guint         n_sections;
  gboolean      card;
  gboolean      group_start;
  PangoFontDescription *ladder_font;
  PaChecklistReport    *checklist;
  char         *header_left;
  char         *header_right;
  char         *footer_note;
};

static void
block_free (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
  for (guint i = 0; i < block->n_cells; i++)
    g_clear_object (&block->cells[i]);
  if (block->kind == BLOCK_LADDER)
    pa_ladder_clear (&block->ladder);
  g_free (block);
}

static PangoContext *
make_context (void)
{
  /* The thread's own font map: a worker thread renders the preview. */
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinting would fit glyphs to a pixel grid that paper does not have. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);
  return context;
}

PaChecklistReport *
pa_document_get_checklist (PaDocumentLayout *self)
{
  return self->checklist;
}

double
pa_document_text_width (PaDocumentLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static double
content_height (PaDocumentLayout *self)
{
  return self->height - MARGIN_TOP - MARGIN_BOTTOM;
}

static PangoFontDescription *
style_font (PaDocStyle style)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
  static const double sizes[] = { 18, 12.5, 10.5, 8.5, 9.5, 8 };

  pango_font_description_set_size (font, (int) (sizes[style] * PANGO_SCALE));
  if (style == PA_DOC_TITLE || style == PA_DOC_SECTION || style == PA_DOC_HEADING ||
      style == PA_DOC_LABEL)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

static PangoLayout *
new_layout (PaDocumentLayout *self,
            PaDocStyle        style,
            double            width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = style_font (style);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (style == PA_DOC_BODY ? 2.5 * PANGO_SCALE : PANGO_SCALE));
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* Where each line starts, and the end of the last one. */
static GArray *
line_tops (PangoLayout *layout)
{
  GArray *tops = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double end;

  do
    {
      int y0, y1;
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      g_array_append_val (tops, top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  end = layout_height (layout);
  g_array_append_val (tops, end);
  return tops;
}

static Block *
add_block (PaDocumentLayout *self,
           BlockKind         kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->group = self->group;
  block->card = self->card;
  block->group_start = self->group_start;
  self->group_start = FALSE;
  block->indent = self->card ? CARD_INDENT : 0;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static double
style_space_before (PaDocStyle style)
{
  static const double space[] = { 0, 18, 10, 6, 4, 2 };

  return space[style];
}

static void
add_layout_block (PaDocumentLayout *self,
                  PaDocStyle        style,
                  const char       *text,
                  gboolean          markup)
{
  Block *block = add_block (self, BLOCK_TEXT);

  block->layout = new_layout (self, style, pa_document_text_width (self) - block->indent);
  if (markup)
    pango_layout_set_markup (block->layout, text, -1);
  else
    pango_layout_set_text (block->layout, text, -1);
  block->line_tops = line_tops (block->layout);
  block->height = layout_height (block->layout);
  block->space_before = style_space_before (style);
  block->splittable = style == PA_DOC_BODY || style == PA_DOC_SMALL;
  block->keep_with_next = !block->splittable;
}

void
pa_document_add_text (PaDocumentLayout *self,
                      PaDocStyle        style,
                      const char       *text)
{
  g_return_if_fail (self != NULL && text != NULL);

  add_layout_block (self, style, text, FALSE);
}

void
pa_document_add_markup (PaDocumentLayout *self,
                        PaDocStyle        style,
                        const char       *markup)
{
  g_return_if_fail (self != NULL && markup != NULL);

  add_layout_block (self, style, markup, TRUE);
}

void
pa_document_add_section (PaDocumentLayout *self,
                         const char       *title)
{
  g_autofree char *numbered = NULL;

  g_return_if_fail (self != NULL && title != NULL);

  /* Translators: a numbered section heading, "3. Formål" */
  numbered = g_strdup_printf (_("%u. %s"), ++self->n_sections, title);
  add_layout_block (self, PA_DOC_SECTION, numbered, FALSE);
}

void
pa_document_add_paragraph (PaDocumentLayout *self,
                           const char       *label,
                           const char       *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (label != NULL)
    pa_document_add_text (self, PA_DOC_LABEL, label);
  pa_document_add_text (self, PA_DOC_BODY, value);
}

static void
add_cells (PaDocumentLayout *self,
           Block            *block,
           guint             n_cells,
           const double     *widths,
           const char      **cells)
{
  double width = pa_document_text_width (self) - block->indent;
  double x = 0, height = 0;

  block->n_cells = MIN (n_cells, PA_DOC_MAX_CELLS);
  for (guint i = 0; i < block->n_cells; i++)
    {
      double w = widths[i] * width;
      PangoLayout *cell = new_layout (self, block->header ? PA_DOC_LABEL : PA_DOC_BODY,
                                      MAX (w - 2 * CELL_PAD, 10));

      pango_layout_set_spacing (cell, PANGO_SCALE);
      pango_layout_set_text (cell, cells[i] ? cells[i] : "", -1);
      block->cells[i] = cell;
      block->cell_x[i] = x;
      height = MAX (height, layout_height (cell));
      x += w;
    }
  block->height = height + 2 * CELL_PAD;
}

void
pa_document_add_row (PaDocumentLayout *self,
                     gboolean          header,
                     guint             n_cells,
                     const double     *widths,
                     const char      **cells)
{
  Block *block;

  g_return_if_fail (self != NULL && widths != NULL && cells != NULL);

  block = add_block (self, BLOCK_ROW);
  block->header = header;
  block->keep_with_next = header;
  block->space_before = header ? 4 : 0;
  add_cells (self, block, n_cells, widths, cells);
}

void
pa_document_add_field (PaDocumentLayout *self,
                       const char       *label,
                       const char       *value)
{
  static const double widths[] = { 0.32, 0.68 };
  const char *cells[] = { label, value };
  g_autoptr(PangoFontDescription) font = style_font (PA_DOC_LABEL);
  Block *block;
  double label_h, value_h;

  if (value == NULL || *value == '\0')
    return;
  block = add_block (self, BLOCK_ROW);
  block->field = TRUE;
  if (self->blocks->len > 1)
    {
      Block *previous = g_ptr_array_index (self->blocks, self->blocks->len - 2);

      block->space_before = previous->kind == BLOCK_ROW && previous->field ? 0 : 4;
    }
  add_cells (self, block, 2, widths, cells);
  pango_layout_set_font_description (block->cells[0], font);
  /* The label's first line on the value's baseline. */
  block->cell_dy[0] = (double) (pango_layout_get_baseline (block->cells[1]) -
                                pango_layout_get_baseline (block->cells[0])) / PANGO_SCALE;
  label_h = layout_height (block->cells[0]) + block->cell_dy[0];
  value_h = layout_height (block->cells[1]);
  block->height = MAX (label_h, value_h) + 3.0;
}

void
pa_document_add_ladder (PaDocumentLayout *self,
                        PaRecord         *work_function)
{
  Block *block = add_block (self, BLOCK_LADDER);

  if (self->ladder_font == NULL)
    {
      self->ladder_font = pango_font_description_from_string (FONT_FAMILY);
      /* pa_ladder counts the size in points at 96 dpi: 8 pt on paper. */
      pango_font_description_set_size (self->ladder_font, 6 * PANGO_SCALE);
    }
  pa_ladder_init (&block->ladder);
  pa_ladder_set_work_function (&block->ladder, work_function);
  block->ladder.font = self->ladder_font;
  block->height = pa_ladder_natural_height (&block->ladder);
  block->space_before = 6;
}

void
pa_document_add_signature (PaDocumentLayout *self,
                           const char       *caption)
{
  Block *block = add_block (self, BLOCK_SIGNATURE);

  block->layout = new_layout (self, PA_DOC_SMALL, pa_document_text_width (self) * 0.6);
  pango_layout_set_text (block->layout, caption, -1);
  block->height = 34 + layout_height (block->layout) + 4;
  block->space_before = 10;
}

void
pa_document_add_space (PaDocumentLayout *self,
                       double            points)
{
  Block *block = add_block (self, BLOCK_SPACE);

  block->space_before = points;
}

void
pa_document_begin_group (PaDocumentLayout *self,
                         gboolean          card)
{
  self->group = ++self->n_groups;
  self->card = card;
  self->group_start = TRUE;
}

void
pa_document_end_group (PaDocumentLayout *self)
{
  self->group = 0;
  self->card = FALSE;
}

void
pa_document_set_header (PaDocumentLayout *self,
                        const char       *left,
                        const char       *right)
{
  g_free (self->header_left);
  g_free (self->header_right);
  self->header_left = g_strdup (left);
  self->header_right = g_strdup (right);
}

void
pa_document_set_footer_note (PaDocumentLayout *self,
                             const char       *note)
{
  g_free (self->footer_note);
  self->footer_note = g_strdup (note);
}

/* Pagination */

typedef struct {
  PaDocumentLayout *self;
  GArray           *page;
  double            y;      /* from the top of the text area */
} Flow;

static void
new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = 0;
}

static double
space_before (Flow  *flow,
              Block *block)
{
  return flow->y > 0 ? block->space_before : 0;
}

static double
group_height (PaDocumentLayout *self,
              guint             i)
{
  Block *first = g_ptr_array_index (self->blocks, i);
  double h = 0;

  for (guint j = i; j < self->blocks->len; j++)
    {
      Block *block = g_ptr_array_index (self->blocks, j);

      if (block->group != first->group)
        break;
      h += (j > i ? block->space_before : 0) + block->height;
    }
  return h;
}

/* The least of block @i that must go on a page together with it: a
 * text's first two lines, a whole row, and what a heading keeps with. */
static double
least_height (PaDocumentLayout *self,
              guint             i,
              int               depth)
{
  Block *block = g_ptr_array_index (self->blocks, i);
  double h = block->height;

  if (block->kind == BLOCK_TEXT && block->splittable)
    {
      guint lines = block->line_tops->len - 1;

      h = g_array_index (block->line_tops, double, MIN (lines, MIN_LINES));
    }
  if (block->keep_with_next && depth < 4 && i + 1 < self->blocks->len)
    {
      Block *next = g_ptr_array_index (self->blocks, i + 1);
      double group = next->group_start ? group_height (self, i + 1) : 0;

      /* A heading goes with the whole group that follows it, when the
       * group will move to a page of its own anyway. */
      if (group > 0 && group <= content_height (self))
        h += next->space_before + group;
      else
        h += next->space_before + least_height (self, i + 1, depth + 1);
    }
  return h;
}

static void
place (Flow  *flow,
       Block *block,
       guint  first,
       guint  last,
       double height)
{
  Placed placed = { block, first, last, flow->y };

  g_array_append_val (flow->page, placed);
  flow->y += height;
}

/* How many lines from @first fit in @room, keeping two lines on each
 * side of the break. */
static guint
lines_that_fit (Block  *block,
                guint   first,
                double  room)
{
  GArray *tops = block->line_tops;
  guint n = tops->len - 1;
  double start = g_array_index (tops, double, first);
  guint k = 0;

  while (first + k < n && g_array_index (tops, double, first + k + 1) - start <= room)
    k++;
  if (first + k >= n)
    return n - first;
  if (n - (first + k) < MIN_LINES)
    k = n - first > MIN_LINES ? n - first - MIN_LINES : 0;
  if (k < MIN_LINES)
    k = 0;
  return k;
}

static void
flow_text (Flow  *flow,
           Block *block)
{
  GArray *tops = block->line_tops;
  guint n = tops->len - 1;
  guint first = 0;

  while (first < n)
    {
      double room = content_height (flow->self) - flow->y;
      guint k = lines_that_fit (block, first, room);
      double start = g_array_index (tops, double, first);

      if (k == 0 && flow->y == 0)
        k = 1;  /* a line taller than a page: never loop */
      if (k == 0)
        {
          new_page (flow);
          continue;
        }
      place (flow, block, first, first + k, g_array_index (tops, double, first + k) - start);
      first += k;
      if (first < n)
        new_page (flow);
    }
}

static void
flow_block (Flow  *flow,
            guint  i)
{
  PaDocumentLayout *self = flow->self;
  Block *block = g_ptr_array_index (self->blocks, i);
  Block *previous = i > 0 ? g_ptr_array_index (self->blocks, i - 1) : NULL;
  double page = content_height (self);

  if (block->group != 0 && (previous == NULL || previous->group != block->group) && flow->y > 0)
    {
      double h = group_height (self, i);

      if (flow->y + block->space_before + h > page && h <= page)
        new_page (flow);
    }

  if (flow->y > 0 && flow->y + block->space_before + least_height (self, i, 0) > page)
    new_page (flow);
  if (block->kind == BLOCK_SPACE)
    {
      flow->y = flow->y > 0 ? MIN (flow->y + block->space_before, page) : 0;
      return;
    }
  flow->y += space_before (flow, block);

  if (block->kind == BLOCK_TEXT && block->splittable)
    flow_text (flow, block);
  else
    place (flow, block, 0, 1, block->height);
}

static void
paginate (PaDocumentLayout *self)
{
  Flow flow = { self, NULL, 0 };

  new_page (&flow);
  for (guint i = 0; i < self->blocks->len; i++)
    flow_block (&flow, i);
}

/**
 * pa_document_layout_new:
 * @agreement: the agreement
 * @variant: the full document, or the company's copy made by
 *   pa_privacy_company_copy()
 * @width: the page's width in points
 * @height: the page's height in points
 *
 * Lays out the document once; drawing a page then only draws.
 */
PaDocumentLayout *
pa_document_layout_new (PaAgreement       *agreement,
                        PaDocumentVariant  variant,
                        double             width,
                        double             height)
{
  PaDocumentLayout *self;
  g_autoptr(PaAgreement) company = NULL;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (width > 4 * MARGIN_SIDE && height > 2 * (MARGIN_TOP + MARGIN_BOTTOM), NULL);

  self = g_new0 (PaDocumentLayout, 1);
  self->width = width;
  self->height = height;
  self->context = make_context ();
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* Judged on the whole agreement: whether a point is met tells the
   * company nothing private, and the copy lacks what it was met with. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                             g_date_time_get_month (now),
                                             g_date_time_get_year (now));

    self->checklist = pa_checklist_evaluate_agreement (agreement, today);
  }
  /* The company sees what the one decision function leaves, nothing else. */
  if (variant == PA_DOCUMENT_COMPANY)
    company = pa_privacy_company_copy (agreement);
  pa_document_write_agreement (self, company != NULL ? company : agreement, variant);
  paginate (self);
  return self;
}

int
pa_document_layout_n_pages (PaDocumentLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (int) self->pages->len;
}

void
pa_document_layout_free (PaDocumentLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->blocks);
  g_object_unref (self->context);
  g_clear_pointer (&self->ladder_font, pango_font_description_free);
  g_clear_pointer (&self->checklist, pa_checklist_report_free);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_note);
  g_free (self);
}

/* Drawing */

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static void
draw_lines (cairo_t *cr,
            Block   *block,
            guint    first,
            guint    last,
            double   x,
            double   y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  double top = g_array_index (block->line_tops, double, first);
  guint line = 0;

  do
    {
      PangoRectangle logical;

      if (line >= last)
        break;
      if (line >= first)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_row (cairo_t *cr,
          Block   *block,
          double   x,
          double   y,
          double   width)
{
  if (block->header)
    {
      cairo_set_source_rgb (cr, 0.92, 0.94, 0.96);
      cairo_rectangle (cr, x, y, width, block->height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < block->n_cells; i++)
    {
      double pad = block->field ? 0 : CELL_PAD;

      set_grey (cr, block->field && i == 0 ? 0.3 : 0.1);
      cairo_move_to (cr, x + block->cell_x[i] + pad, y + pad + 1.5 * block->field + block->cell_dy[i]);
      pango_cairo_show_layout (cr, block->cells[i]);
    }
  if (!block->field)
    {
      set_grey (cr, 0.78);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, y + block->height - 0.25);
      cairo_line_to (cr, x + width, y + block->height - 0.25);
      cairo_stroke (cr);
    }
}

static void
draw_signature (cairo_t *cr,
                Block   *block,
                double   x,
                double   y,
                double   width)
{
  double line_y = y + 30;
  double sign_w = width * 0.6;

  set_grey (cr, 0.25);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, line_y);
  cairo_line_to (cr, x + sign_w, line_y);
  cairo_move_to (cr, x + sign_w + 24, line_y);
  cairo_line_to (cr, x + width, line_y);
  cairo_stroke (cr);
  set_grey (cr, 0.1);
  cairo_move_to (cr, x, line_y + 4);
  pango_cairo_show_layout (cr, block->layout);
  {
    g_autoptr(PangoLayout) date = pango_layout_copy (block->layout);

    /* Translators: under the line where a party writes the date of signing */
    pango_layout_set_text (date, C_("signature", "Date"), -1);
    cairo_move_to (cr, x + sign_w + 24, line_y + 4);
    pango_cairo_show_layout (cr, date);
  }
}

static void
draw_placed (PaDocumentLayout *self,
             cairo_t          *cr,
             const Placed     *placed)
{
  Block *block = placed->block;
  double x = MARGIN_SIDE + block->indent;
  double y = MARGIN_TOP + placed->y;
  double width = pa_document_text_width (self) - block->indent;
  double h = block->kind == BLOCK_TEXT && block->splittable
    ? g_array_index (block->line_tops, double, placed->last) - g_array_index (block->line_tops, double, placed->first)
    : block->height;

  cairo_save (cr);
  if (block->card)
    {
      double above = placed->y > 0 && !block->group_start ? block->space_before : 0;

      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_rectangle (cr, MARGIN_SIDE, y - above, 2.5, h + above);
      cairo_fill (cr);
    }
  set_grey (cr, 0.1);
  switch (block->kind)
    {
    case BLOCK_TEXT:
      draw_lines (cr, block, placed->first, placed->last, x, y);
      break;
    case BLOCK_ROW:
      draw_row (cr, block, x, y, width);
      break;
    case BLOCK_LADDER:
      cairo_translate (cr, x, y);
      pa_ladder_draw (cr, &block->ladder, MIN (width, 420), block->height);
      break;
    case BLOCK_SIGNATURE:
      draw_signature (cr, block, x, y, width);
      break;
    case BLOCK_SPACE:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
draw_running_text (PaDocumentLayout *self,
                   cairo_t          *cr,
                   const char       *text,
                   double            y,
                   PangoAlignment    alignment)
{
  g_autoptr(PangoLayout) layout = new_layout (self, PA_DOC_SMALL, pa_document_text_width (self));

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, MARGIN_SIDE, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_header_footer (PaDocumentLayout *self,
                    cairo_t          *cr,
                    int               page)
{
  g_autofree char *number =
    /* Translators: the page number at the foot of each page: "Side 2 af 4" */
    g_strdup_printf (_("Page %d of %d"), page + 1, (int) self->pages->len);

  set_grey (cr, 0.35);
  if (self->header_left != NULL)
    draw_running_text (self, cr, self->header_left, HEADER_Y, PANGO_ALIGN_LEFT);
  if (self->header_right != NULL && page > 0)
    draw_running_text (self, cr, self->header_right, HEADER_Y, PANGO_ALIGN_RIGHT);
  cairo_set_line_width (cr, 0.5);
  set_grey (cr, 0.75);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_Y + 14);
  cairo_line_to (cr, self->width - MARGIN_SIDE, HEADER_Y + 14);
  cairo_stroke (cr);

  set_grey (cr, 0.35);
  if (self->footer_note != NULL)
    draw_running_text (self, cr, self->footer_note, self->height - FOOTER_Y, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, number, self->height - FOOTER_Y, PANGO_ALIGN_RIGHT);
}

/**
 * pa_document_layout_draw_page:
 *
 * Draws page @page, header and footer included, with (0, 0) at the
 * page's top left corner and one unit a point.
 */
void
pa_document_layout_draw_page (PaDocumentLayout *self,
                              cairo_t          *cr,
                              int               page)
{
  GArray *placed;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page >= 0 && (guint) page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_header_footer (self, cr, page);
  for (guint i = 0; i < placed->len; i++)
    draw_placed (self, cr, &g_array_index (placed, Placed, i));
  cairo_restore (cr);
}
