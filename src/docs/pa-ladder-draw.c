/* pa-ladder-draw.c: draws a work function's progression ladder with cairo and pango
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing for the screen and the paper: the editor's ladder view
 * calls it through a GtkSnapshot, the PDF of the agreement into its
 * page. The five rungs run from Beginner at the bottom to Trained at the
 * top; columns show where the citizen starts and the dated targets, a
 * line joins them, so all three parties see where the citizen stands and
 * where they aim, by when.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "core/pa-wording.h"

#include "pa-ladder-draw.h"

#define PAD 6.0

void
pa_ladder_init (PaLadder *ladder)
{
  static const double black[4] = { 0.1, 0.1, 0.1, 1.0 };
  static const double blue[4] = { 0.21, 0.52, 0.89, 1.0 };

  memset (ladder, 0, sizeof *ladder);
  ladder->focus = -1;
  memcpy (ladder->foreground, black, sizeof black);
  memcpy (ladder->accent, blue, sizeof blue);
}

void
pa_ladder_clear (PaLadder *ladder)
{
  for (guint i = 0; i < PA_LADDER_N_COLUMNS; i++)
    g_clear_pointer (&ladder->dates[i], g_free);
}

void
pa_ladder_set_work_function (PaLadder *ladder,
                             PaRecord *work_function)
{
  GListModel *targets;

  g_return_if_fail (PA_IS_WORK_FUNCTION (work_function));

  pa_ladder_clear (ladder);
  memset (ladder->levels, 0, sizeof ladder->levels);
  ladder->levels[0] = pa_record_get_int (work_function, "start-level");
  targets = G_LIST_MODEL (pa_record_get_list (work_function, "targets"));
  for (guint i = 0; i < g_list_model_get_n_items (targets) && i + 1 < PA_LADDER_N_COLUMNS; i++)
    {
      g_autoptr(PaRecord) target = g_list_model_get_item (targets, i);
      g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (target, "date"));

      ladder->levels[i + 1] = pa_record_get_int (target, "level");
      ladder->dates[i + 1] = *date != '\0' ? g_steal_pointer (&date) : NULL;
    }
}

static PangoLayout *
make_layout (cairo_t        *cr,
             const PaLadder *ladder,
             const char     *text,
             gboolean        bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = NULL;

  font = ladder->font != NULL ? pango_font_description_copy (ladder->font)
                              : pango_font_description_from_string ("Sans 10");
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
line_height (const PaLadder *ladder)
{
  double size = 10.0;

  if (ladder->font != NULL && pango_font_description_get_size (ladder->font) > 0)
    {
      size = pango_font_description_get_size (ladder->font) / (double) PANGO_SCALE;
      if (pango_font_description_get_size_is_absolute (ladder->font))
        size *= 72.0 / 96.0;
    }
  /* points at 96 dpi, with leading */
  return ceil (size * 96.0 / 72.0 * 1.5);
}

double
pa_ladder_natural_height (const PaLadder *ladder)
{
  /* a header, five rungs and a line for the dates */
  return 7.0 * (line_height (ladder) + 4.0) + 2 * PAD;
}

static void
set_colour (cairo_t      *cr,
            const double *rgba,
            double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

/* Draws @text with its left edge at @x (or centred on @x), middle at @y,
 * ellipsized to @max_width. */
static void
draw_text (cairo_t        *cr,
           const PaLadder *ladder,
           const char     *text,
           double          x,
           double          y,
           double          max_width,
           gboolean        centred,
           gboolean        bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, ladder, text, bold);
  int w, h;

  pango_layout_set_width (layout, (int) (MAX (max_width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, centred ? x - w / 2.0 : x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

static double
labels_width (cairo_t        *cr,
              const PaLadder *ladder,
              double          width)
{
  int widest = 0;

  for (int level = 1; level <= 5; level++)
    {
      g_autofree char *label = g_strdup_printf ("%d %s", level, pa_progression_level_name (level));
      g_autoptr(PangoLayout) layout = make_layout (cr, ladder, label, FALSE);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return MIN (widest + 2 * PAD, width * 0.45);
}

static char *
column_title (guint column)
{
  if (column == 0)
    /* Translators: the column of the progression ladder with the start level */
    return g_strdup (C_("progression", "Now"));
  /* Translators: a column of the progression ladder: target 1, 2 or 3 */
  return g_strdup_printf (C_("progression", "Target %u"), column);
}

typedef struct {
  double x0, col_w, top, rung_h;
} Geometry;

static double
rung_y (const Geometry *g,
        int             level)
{
  /* level 5 on the top rung */
  return g->top + (5 - level + 0.5) * g->rung_h;
}

static void
draw_rungs (cairo_t        *cr,
            const PaLadder *ladder,
            const Geometry *g,
            double          width)
{
  for (int level = 1; level <= 5; level++)
    {
      g_autofree char *label = g_strdup_printf ("%d %s", level, pa_progression_level_name (level));
      double y = rung_y (g, level);

      set_colour (cr, ladder->foreground, 0.12);
      cairo_rectangle (cr, g->x0, y - 1, width - g->x0 - PAD, 2);
      cairo_fill (cr);
      set_colour (cr, ladder->foreground, 1.0);
      draw_text (cr, ladder, label, PAD, y, g->x0 - 2 * PAD, FALSE, FALSE);
    }
}

static void
draw_path (cairo_t        *cr,
           const PaLadder *ladder,
           const Geometry *g)
{
  gboolean started = FALSE;

  set_colour (cr, ladder->accent, 0.6);
  cairo_set_line_width (cr, 3);
  cairo_new_path (cr);
  for (guint c = 0; c < PA_LADDER_N_COLUMNS; c++)
    {
      int level = ladder->levels[c];
      double x = g->x0 + (c + 0.5) * g->col_w;

      if (level < 1 || level > 5)
        continue;
      if (started)
        cairo_line_to (cr, x, rung_y (g, level));
      else
        cairo_move_to (cr, x, rung_y (g, level));
      started = TRUE;
    }
  cairo_stroke (cr);
}

static void
draw_column (cairo_t        *cr,
             const PaLadder *ladder,
             const Geometry *g,
             guint           c,
             double          height)
{
  double x = g->x0 + (c + 0.5) * g->col_w;
  double r = MAX (5, MIN (g->rung_h, g->col_w) * 0.28);
  int level = ladder->levels[c];
  g_autofree char *title = column_title (c);
  gboolean set = level >= 1 && level <= 5;

  set_colour (cr, ladder->foreground, set ? 1.0 : 0.45);
  draw_text (cr, ladder, title, x, g->top - g->rung_h / 2, g->col_w - PAD, TRUE, c == 0);

  if (set)
    {
      /* The text leaves a current point; the circle must not join it. */
      cairo_new_path (cr);
      cairo_arc (cr, x, rung_y (g, level), r, 0, 2 * G_PI);
      set_colour (cr, ladder->accent, c == 0 ? 1.0 : 0.35);
      cairo_fill_preserve (cr);
      set_colour (cr, ladder->accent, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  set_colour (cr, ladder->foreground, 0.75);
  if (ladder->dates[c] != NULL)
    draw_text (cr, ladder, ladder->dates[c], x, g->top + 5.5 * g->rung_h, g->col_w - PAD, TRUE, FALSE);
  else if (c > 0)
    draw_text (cr, ladder, "–", x, g->top + 5.5 * g->rung_h, g->col_w - PAD, TRUE, FALSE);

  if ((int) c == ladder->focus)
    {
      static const double dash[] = { 4, 3 };

      set_colour (cr, ladder->accent, 1.0);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_rectangle (cr, x - g->col_w / 2 + 2, PAD / 2, g->col_w - 4, height - PAD);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
layout_geometry (cairo_t        *cr,
                 const PaLadder *ladder,
                 double          width,
                 double          height,
                 Geometry       *g)
{
  g->x0 = labels_width (cr, ladder, width);
  g->col_w = (width - g->x0 - PAD) / PA_LADDER_N_COLUMNS;
  g->rung_h = (height - 2 * PAD) / 7.0;
  g->top = PAD + g->rung_h;
}

gboolean
pa_ladder_hit (const PaLadder *ladder,
               double          width,
               double          height,
               double          x,
               double          y,
               int            *column,
               int            *level)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Geometry g;

  g_return_val_if_fail (ladder != NULL && column != NULL && level != NULL, FALSE);
  if (width <= 2 * PAD || height <= 2 * PAD)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  layout_geometry (cr, ladder, width, height, &g);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (x < g.x0 || x >= g.x0 + PA_LADDER_N_COLUMNS * g.col_w)
    return FALSE;
  *column = (int) ((x - g.x0) / g.col_w);
  *level = 5 - (int) floor ((y - g.top) / g.rung_h);
  if (*level < 1 || *level > 5)
    *level = 0;
  return TRUE;
}

void
pa_ladder_draw (cairo_t        *cr,
                const PaLadder *ladder,
                double          width,
                double          height)
{
  Geometry g;

  g_return_if_fail (cr != NULL && ladder != NULL);
  if (width <= 2 * PAD || height <= 2 * PAD)
    return;

  cairo_save (cr);
  layout_geometry (cr, ladder, width, height, &g);

  draw_rungs (cr, ladder, &g, width);
  draw_path (cr, ladder, &g);
  for (guint c = 0; c < PA_LADDER_N_COLUMNS; c++)
    draw_column (cr, ladder, &g, c, height);
  cairo_restore (cr);
}
