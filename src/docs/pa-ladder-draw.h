/* pa-ladder-draw.h: draws a work function's progression ladder with cairo and pango
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "core/pa-record.h"

G_BEGIN_DECLS

#define PA_LADDER_N_COLUMNS 4   /* the start level and three targets */

/* What the drawing shows: filled by pa_ladder_init() and
 * pa_ladder_set_work_function(), then adjusted by the caller (colours,
 * font, focus) before pa_ladder_draw(). */
typedef struct {
  int                         levels[PA_LADDER_N_COLUMNS]; /* 1-5, 0: no target */
  char                       *dates[PA_LADDER_N_COLUMNS];  /* "3.4.2026", or NULL */
  int                         focus;        /* -1, or the focused column */
  double                      foreground[4];
  double                      accent[4];
  const PangoFontDescription *font;         /* (nullable): "Sans 10" */
} PaLadder;

void     pa_ladder_init              (PaLadder       *ladder);
void     pa_ladder_clear             (PaLadder       *ladder);
void     pa_ladder_set_work_function (PaLadder       *ladder,
                                      PaRecord       *work_function);
/* The height the drawing needs at @width for @ladder's font. */
double   pa_ladder_natural_height    (const PaLadder *ladder);

/* Draws @ladder into @cr at (0, 0) .. (@width, @height): the five rungs
 * from Beginner (bottom) to Trained (top), a column for the start level
 * and each target with its date, the path between them and a focus
 * frame around the focused column. Draws no background. */
void     pa_ladder_draw              (cairo_t        *cr,
                                      const PaLadder *ladder,
                                      double          width,
                                      double          height);

/* Which column (0-3) and rung (1-5, 0: none) lie at (@x, @y) of a
 * drawing of @width x @height; FALSE outside the columns. */
gboolean pa_ladder_hit               (const PaLadder *ladder,
                                      double          width,
                                      double          height,
                                      double          x,
                                      double          y,
                                      int            *column,
                                      int            *level);

G_END_DECLS
