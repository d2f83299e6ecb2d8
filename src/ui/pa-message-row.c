/* pa-message-row.c: a row of a boxed list that shows a message and passes the keyboard focus on
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hint or an error sits in a row of its own under its field's row. It
 * takes no focus, and GtkListBox (4.8) gives up on Tab when the next row
 * takes none: the focus left the list, past the fields below the message,
 * and Shift+Tab from below the list stopped dead. This row hands the
 * focus on to the next row in the direction of travel instead.
 */
#include "config.h"

#include "pa-message-row.h"

struct _PaMessageRow
{
  AdwPreferencesRow parent_instance;
};

G_DEFINE_FINAL_TYPE (PaMessageRow, pa_message_row, ADW_TYPE_PREFERENCES_ROW)

static gboolean
is_forward (GtkDirectionType direction)
{
  return direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN ||
         direction == GTK_DIR_RIGHT;
}

static gboolean
pa_message_row_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  gboolean forward = is_forward (direction);

  for (GtkWidget *row = forward ? gtk_widget_get_next_sibling (widget) : gtk_widget_get_prev_sibling (widget);
       row != NULL;
       row = forward ? gtk_widget_get_next_sibling (row) : gtk_widget_get_prev_sibling (row))
    {
      if (!GTK_IS_LIST_BOX_ROW (row) || !gtk_widget_get_visible (row))
        continue;
      /* Arrows go to the row as GtkListBox does; Tab into it. */
      if (direction == GTK_DIR_UP || direction == GTK_DIR_DOWN)
        {
          if (gtk_widget_grab_focus (row))
            return TRUE;
        }
      else if (gtk_widget_child_focus (row, direction))
        return TRUE;
    }
  return FALSE;
}

static void
pa_message_row_class_init (PaMessageRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = pa_message_row_focus;
}

static void
pa_message_row_init (PaMessageRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

/* A row that shows @child, hidden until shown. */
GtkWidget *
pa_message_row_new (GtkWidget *child)
{
  return g_object_new (PA_TYPE_MESSAGE_ROW,
                       "visible", FALSE,
                       "child", child,
                       NULL);
}
