/* pa-ladder-view.c: a work function's progression ladder, shown and changed from the keyboard
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture is pa_ladder_draw()'s, the same as on paper, through
 * gtk_snapshot_append_cairo(). The widget adds the keyboard: Left and
 * Right go between the start level and the targets, Up and Down move the
 * focused one a step up or down the ladder, a click puts it on the
 * clicked rung. The accessible description says the whole ladder in one
 * sentence and follows every change.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "core/pa-model.h"
#include "core/pa-progression.h"
#include "docs/pa-ladder-draw.h"

#include "pa-ladder-view.h"

struct _PaLadderView
{
  GtkWidget  parent_instance;

  PaRecord  *work_function;
  guint      column;
  char      *description;
};

G_DEFINE_FINAL_TYPE (PaLadderView, pa_ladder_view, GTK_TYPE_WIDGET)

static GListModel *
targets (PaLadderView *self)
{
  return G_LIST_MODEL (pa_record_get_list (self->work_function, "targets"));
}

static guint
n_targets (PaLadderView *self)
{
  return self->work_function != NULL ? g_list_model_get_n_items (targets (self)) : 0;
}

/* The last column the cursor may go to: the targets there are, and the
 * first empty one, where Up or Down adds it. */
static guint
last_column (PaLadderView *self)
{
  return MIN (n_targets (self) + 1, PA_PROGRESSION_MAX_TARGETS);
}

static int
column_level (PaLadderView *self,
              guint         column)
{
  g_autoptr(PaRecord) target = NULL;

  if (column == 0)
    return pa_record_get_int (self->work_function, "start-level");
  if (column > n_targets (self))
    return 0;
  target = g_list_model_get_item (targets (self), column - 1);
  return pa_record_get_int (target, "level");
}

static char *
column_text (PaLadderView *self)
{
  int level = column_level (self, self->column);
  const char *name = level > 0 ? pa_progression_level_name (level) : NULL;

  if (self->column == 0)
    /* Translators: what a screen reader says of the focused column of the ladder, "Nu: Begynder" */
    return g_strdup_printf (_("Now: %s"), name);
  if (name == NULL)
    /* Translators: the focused column of the ladder is a target not set yet; Up or Down adds it */
    return g_strdup_printf (_("Target %u: not set, press Up to add it"), self->column);
  /* Translators: what a screen reader says of the focused target, "Mål 1: Selvstartende" */
  return g_strdup_printf (_("Target %u: %s"), self->column, name);
}

static void
pa_ladder_view_update (PaLadderView *self)
{
  g_autofree char *value_text = NULL;

  g_clear_pointer (&self->description, g_free);
  if (self->work_function != NULL)
    {
      self->description = pa_progression_describe (self->work_function);
      self->column = MIN (self->column, last_column (self));
      value_text = column_text (self);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description ? self->description : "",
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 1.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 5.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) (self->work_function ? MAX (column_level (self, self->column), 0) : 0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text ? value_text : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_changed (PaRecord     *record,
            PaRecord     *origin,
            const char   *field,
            gboolean      content,
            PaLadderView *self)
{
  pa_ladder_view_update (self);
}

/* The keyboard */

void
pa_ladder_view_set_column (PaLadderView *self,
                           guint         column)
{
  g_return_if_fail (PA_IS_LADDER_VIEW (self));

  column = MIN (column, last_column (self));
  if (column == self->column)
    return;
  self->column = column;
  pa_ladder_view_update (self);
}

guint
pa_ladder_view_get_column (PaLadderView *self)
{
  g_return_val_if_fail (PA_IS_LADDER_VIEW (self), 0);
  return self->column;
}

static void
set_column_level (PaLadderView *self,
                  guint         column,
                  int           level)
{
  g_autoptr(PaRecord) target = NULL;

  level = pa_progression_clamp_level (level);
  if (column == 0)
    {
      pa_record_set_int (self->work_function, "start-level", level);
      return;
    }
  if (column > n_targets (self))
    target = g_object_ref (pa_record_add (self->work_function, "targets"));
  else
    target = g_list_model_get_item (targets (self), column - 1);
  pa_record_set_int (target, "level", level);
}

void
pa_ladder_view_step_level (PaLadderView *self,
                           int           delta)
{
  int level;

  g_return_if_fail (PA_IS_LADDER_VIEW (self));
  if (self->work_function == NULL)
    return;

  level = column_level (self, self->column);
  /* A new target starts from the step before it. */
  if (level == 0)
    level = column_level (self, self->column - 1);
  set_column_level (self, self->column, level + delta);
  pa_ladder_view_update (self);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PaLadderView          *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (self->column == 0)
        return GDK_EVENT_PROPAGATE;
      pa_ladder_view_set_column (self, self->column - 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (self->column >= last_column (self))
        return GDK_EVENT_PROPAGATE;
      pa_ladder_view_set_column (self, self->column + 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      pa_ladder_view_set_column (self, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      pa_ladder_view_set_column (self, last_column (self));
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      pa_ladder_view_step_level (self, +1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      pa_ladder_view_step_level (self, -1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_focus_changed (PaLadderView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The mouse: a click on a column focuses it and puts it on the rung. */
static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PaLadderView    *self)
{
  PaLadder ladder;
  int column, level;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->work_function == NULL)
    return;
  pa_ladder_init (&ladder);
  pa_ladder_set_work_function (&ladder, self->work_function);
  if (pa_ladder_hit (&ladder, gtk_widget_get_width (GTK_WIDGET (self)),
                     gtk_widget_get_height (GTK_WIDGET (self)), x, y, &column, &level)
      && (guint) column <= last_column (self))
    {
      self->column = column;
      if (level > 0)
        set_column_level (self, column, level);
      pa_ladder_view_update (self);
    }
  pa_ladder_clear (&ladder);
}

/* Drawing */

/* The widget's font at the screen's resolution, so the picture's text
 * grows with the desktop's text size like the labels around it. */
static PangoFontDescription *
widget_font (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  double dpi = pango_cairo_context_get_resolution (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (dpi <= 0)
    dpi = 96;
  if (size <= 0)
    size = 10;
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * dpi / 72.0;
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  return font;
}

static void
ladder_for_widget (PaLadderView         *self,
                   PaLadder             *ladder,
                   PangoFontDescription *font)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, accent;

  pa_ladder_init (ladder);
  if (self->work_function != NULL)
    pa_ladder_set_work_function (ladder, self->work_function);
  ladder->font = font;
  ladder->focus = gtk_widget_has_focus (widget) ? (int) self->column : -1;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1.0f };
  G_GNUC_END_IGNORE_DEPRECATIONS

  ladder->foreground[0] = fg.red;
  ladder->foreground[1] = fg.green;
  ladder->foreground[2] = fg.blue;
  ladder->foreground[3] = fg.alpha;
  ladder->accent[0] = accent.red;
  ladder->accent[1] = accent.green;
  ladder->accent[2] = accent.blue;
  ladder->accent[3] = accent.alpha;
}

static void
pa_ladder_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PaLadderView *self = PA_LADDER_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoFontDescription) font = widget_font (widget);
  PaLadder ladder;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ladder_for_widget (self, &ladder, font);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pa_ladder_draw (cr, &ladder, width, height);
  cairo_destroy (cr);
  pa_ladder_clear (&ladder);
}

static void
pa_ladder_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  g_autoptr(PangoFontDescription) font = widget_font (widget);
  PaLadder ladder;

  pa_ladder_init (&ladder);
  ladder.font = font;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 560;
    }
  else
    *minimum = *natural = (int) pa_ladder_natural_height (&ladder);
}

/* GObject */

void
pa_ladder_view_set_work_function (PaLadderView *self,
                                  PaRecord     *work_function)
{
  g_return_if_fail (PA_IS_LADDER_VIEW (self));
  g_return_if_fail (work_function == NULL || PA_IS_WORK_FUNCTION (work_function));

  if (self->work_function == work_function)
    return;
  if (self->work_function != NULL)
    g_signal_handlers_disconnect_by_data (self->work_function, self);
  g_set_object (&self->work_function, work_function);
  if (work_function != NULL)
    g_signal_connect (work_function, "changed", G_CALLBACK (on_changed), self);
  self->column = 0;
  pa_ladder_view_update (self);
}

PaRecord *
pa_ladder_view_get_work_function (PaLadderView *self)
{
  g_return_val_if_fail (PA_IS_LADDER_VIEW (self), NULL);
  return self->work_function;
}

const char *
pa_ladder_view_get_description (PaLadderView *self)
{
  g_return_val_if_fail (PA_IS_LADDER_VIEW (self), NULL);
  return self->description;
}

static void
pa_ladder_view_dispose (GObject *object)
{
  pa_ladder_view_set_work_function (PA_LADDER_VIEW (object), NULL);

  G_OBJECT_CLASS (pa_ladder_view_parent_class)->dispose (object);
}

static void
pa_ladder_view_finalize (GObject *object)
{
  g_free (PA_LADDER_VIEW (object)->description);

  G_OBJECT_CLASS (pa_ladder_view_parent_class)->finalize (object);
}

static void
pa_ladder_view_class_init (PaLadderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_ladder_view_dispose;
  object_class->finalize = pa_ladder_view_finalize;
  widget_class->snapshot = pa_ladder_view_snapshot;
  widget_class->measure = pa_ladder_view_measure;

  gtk_widget_class_set_css_name (widget_class, "ladderview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
pa_ladder_view_init (PaLadderView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("Left and Right choose the start or a target; Up and Down move it on the ladder"));

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
pa_ladder_view_new (void)
{
  return g_object_new (PA_TYPE_LADDER_VIEW, NULL);
}
