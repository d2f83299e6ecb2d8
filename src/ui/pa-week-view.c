/* pa-week-view.c: the working week at a glance, Monday to Sunday
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per day: the day, a bar over the hours of the day where the
 * citizen is at the company, and how many hours that is. The picture has
 * its words too: the accessible description reads the week out.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/pa-model.h"
#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-week-view.h"

#define ROW_HEIGHT    24
#define HEADER_HEIGHT 20
#define DAY_WIDTH     96
#define HOURS_WIDTH   150
#define FIRST_HOUR    6
#define LAST_HOUR     20

struct _PaWeekView
{
  GtkWidget   parent_instance;

  GListModel *workdays;
};

G_DEFINE_FINAL_TYPE (PaWeekView, pa_week_view, GTK_TYPE_WIDGET)

/* The minutes after midnight a workday starts and ends, when both are
 * set and it ends after it starts. */
gboolean
pa_workday_minutes (gpointer  workday,
                    int      *start,
                    int      *end)
{
  const char *from = pa_record_get_string (PA_RECORD (workday), "start-time");
  const char *to = pa_record_get_string (PA_RECORD (workday), "end-time");

  return from != NULL && to != NULL &&
         pa_validate_time (from, start, NULL) &&
         pa_validate_time (to, end, NULL) &&
         *end > *start;
}

/* A day's working minutes, from the schedule. The day and the week are
 * worded exactly (pa_wording_hours_of_minutes()), so the week's total is
 * the sum of what the days show: 4 × 4,75 = 19, never 4 × 4,8 and 19. */
static int
day_minutes (PaWeekView *self,
             int         weekday)
{
  guint n = self->workdays ? g_list_model_get_n_items (self->workdays) : 0;
  int minutes = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (self->workdays, i);
      int start, end;

      if (pa_record_get_int (day, "weekday") == weekday && pa_workday_minutes (day, &start, &end))
        minutes += end - start;
    }
  return minutes;
}

static int
week_minutes (PaWeekView *self)
{
  int total = 0;

  for (int d = 1; d <= 7; d++)
    total += day_minutes (self, d);
  return total;
}

double
pa_week_view_get_hours (PaWeekView *self)
{
  g_return_val_if_fail (PA_IS_WEEK_VIEW (self), 0);

  return week_minutes (self) / 60.0;
}

/* "8:00–12:00", or several spans "8:00–10:00, 13:00–15:00"; with a
 * %NULL @separator the wording's time range */
static char *
day_spans (PaWeekView *self,
           int         weekday,
           const char *separator)
{
  GString *text = g_string_new (NULL);
  guint n = self->workdays ? g_list_model_get_n_items (self->workdays) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (self->workdays, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      int start, end;

      if (pa_record_get_int (day, "weekday") != weekday || !pa_workday_minutes (day, &start, &end))
        continue;

      from = pa_wording_time (start);
      to = pa_wording_time (end);
      if (text->len > 0)
        g_string_append (text, ", ");
      if (separator != NULL)
        g_string_append_printf (text, "%s%s%s", from, separator, to);
      else
        {
          g_autofree char *range = pa_wording_time_range (start, end);

          g_string_append (text, range);
        }
    }
  return g_string_free (text, text->len == 0);
}

char *
pa_week_view_describe (PaWeekView *self)
{
  GString *text = g_string_new (NULL);
  g_autofree char *total = NULL;

  g_return_val_if_fail (PA_IS_WEEK_VIEW (self), NULL);

  for (int d = 1; d <= 7; d++)
    {
      /* Translators: between two times when read aloud, "8:00 to 12:00" */
      g_autofree char *spans = day_spans (self, d, _(" to "));
      g_autofree char *day = NULL;

      if (spans == NULL)
        continue;
      day = pa_wording_weekday_title (d);
      /* Translators: a day of the schedule read aloud, "Monday 8:00 to 12:00" */
      g_string_append_printf (text, _("%s %s. "), day, spans);
    }

  total = pa_wording_hours_of_minutes (week_minutes (self));
  if (text->len == 0)
    g_string_append (text, _("No working days yet."));
  else
    /* Translators: the end of the schedule read aloud, "In all 20 hours a week." */
    g_string_append_printf (text, _("In all %s a week."), total);
  return g_string_free (text, FALSE);
}

/**
 * pa_week_view_describe_day:
 * @weekday: 1 for Monday to 7 for Sunday
 *
 * Returns: (transfer full) (nullable): what the view shows to the right
 *   of the day, "8:00–12:45 · 4.75 hours", or %NULL for a day off
 */
char *
pa_week_view_describe_day (PaWeekView *self,
                           int         weekday)
{
  g_autofree char *spans = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (PA_IS_WEEK_VIEW (self), NULL);

  if ((spans = day_spans (self, weekday, NULL)) == NULL)
    return NULL;
  total = pa_wording_hours_of_minutes (day_minutes (self, weekday));
  /* Translators: a day's times and hours in the week view, "8:00–12:00 · 4 hours" */
  return g_strdup_printf (_("%s · %s"), spans, total);
}

static void
set_source (GtkSnapshot     *snapshot,
            const GdkRGBA   *color,
            const graphene_rect_t *rect,
            float            radius)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
draw_text (GtkWidget      *widget,
           GtkSnapshot    *snapshot,
           const char     *text,
           float           x,
           float           y,
           float           width,
           PangoAlignment  align,
           const GdkRGBA  *color,
           gboolean        small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y - h / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
pa_week_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PaWeekView *self = PA_WEEK_VIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  float track_x = DAY_WIDTH;
  float track_w = MAX (width - DAY_WIDTH - HOURS_WIDTH - 12, 40);
  float per_minute = track_w / ((LAST_HOUR - FIRST_HOUR) * 60.0f);
  GdkRGBA fg, accent, faint, dim;
  guint n = self->workdays ? g_list_model_get_n_items (self->workdays) : 0;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1 };
  faint = fg;
  faint.alpha = 0.08;
  dim = fg;
  dim.alpha = 0.6;

  /* The hours of the day across the top, with faint lines down. */
  for (int h = FIRST_HOUR; h <= LAST_HOUR; h += 2)
    {
      g_autofree char *label = g_strdup_printf ("%d", h);
      float x = track_x + (h - FIRST_HOUR) * 60 * per_minute;

      draw_text (widget, snapshot, label, x - 20, HEADER_HEIGHT / 2.0f, 40,
                 PANGO_ALIGN_CENTER, &dim, TRUE);
      gtk_snapshot_append_color (snapshot, &faint,
                                 &GRAPHENE_RECT_INIT (x, HEADER_HEIGHT, 1, ROW_HEIGHT * 7));
    }

  for (int d = 1; d <= 7; d++)
    {
      float y = HEADER_HEIGHT + (d - 1) * ROW_HEIGHT;
      float mid = y + ROW_HEIGHT / 2.0f;
      int minutes = day_minutes (self, d);
      g_autofree char *text = pa_week_view_describe_day (self, d);
      g_autofree char *day_name = pa_wording_weekday_title (d);
      const GdkRGBA *text_color = minutes > 0 ? &fg : &dim;

      draw_text (widget, snapshot, day_name, 0, mid, DAY_WIDTH - 8,
                 PANGO_ALIGN_LEFT, text_color, FALSE);
      set_source (snapshot, &faint, &GRAPHENE_RECT_INIT (track_x, y + 4, track_w, ROW_HEIGHT - 8), 4);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PaRecord) day = g_list_model_get_item (self->workdays, i);
          int start, end;
          float x0, x1;

          if (pa_record_get_int (day, "weekday") != d || !pa_workday_minutes (day, &start, &end))
            continue;
          x0 = track_x + CLAMP (start - FIRST_HOUR * 60, 0, (LAST_HOUR - FIRST_HOUR) * 60) * per_minute;
          x1 = track_x + CLAMP (end - FIRST_HOUR * 60, 0, (LAST_HOUR - FIRST_HOUR) * 60) * per_minute;
          set_source (snapshot, &accent, &GRAPHENE_RECT_INIT (x0, y + 4, MAX (x1 - x0, 3), ROW_HEIGHT - 8), 4);
        }

      if (text != NULL)
        draw_text (widget, snapshot, text, track_x + track_w + 12, mid, HOURS_WIDTH,
                   PANGO_ALIGN_LEFT, &fg, TRUE);
    }
}

static void
pa_week_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = DAY_WIDTH + HOURS_WIDTH + 12 + 120;
      *natural = DAY_WIDTH + HOURS_WIDTH + 12 + 420;
    }
  else
    *minimum = *natural = HEADER_HEIGHT + 7 * ROW_HEIGHT;
}

static void
pa_week_view_dispose (GObject *object)
{
  PaWeekView *self = PA_WEEK_VIEW (object);

  pa_week_view_set_workdays (self, NULL);

  G_OBJECT_CLASS (pa_week_view_parent_class)->dispose (object);
}

static void
pa_week_view_class_init (PaWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_week_view_dispose;
  widget_class->snapshot = pa_week_view_snapshot;
  widget_class->measure = pa_week_view_measure;

  gtk_widget_class_set_css_name (widget_class, "weekview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pa_week_view_init (PaWeekView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The working week"),
                                  -1);
  pa_week_view_update (self);
}

GtkWidget *
pa_week_view_new (void)
{
  return g_object_new (PA_TYPE_WEEK_VIEW, NULL);
}

void
pa_week_view_set_workdays (PaWeekView *self,
                           GListModel *workdays)
{
  g_return_if_fail (PA_IS_WEEK_VIEW (self));

  if (g_set_object (&self->workdays, workdays))
    pa_week_view_update (self);
}

/* Draws again and reads out again: a day or a time changed. */
void
pa_week_view_update (PaWeekView *self)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PA_IS_WEEK_VIEW (self));

  description = pa_week_view_describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
