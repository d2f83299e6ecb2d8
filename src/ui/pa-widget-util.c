/* pa-widget-util.c: small helpers shared by the widget classes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pa-widget-util.h"

/**
 * pa_widget_dispose_template_all:
 *
 * gtk_widget_dispose_template(), and then unparents the children the
 * template gave no id: GTK 4.8 leaves those for a layout-less widget.
 */
void
pa_widget_dispose_template_all (GtkWidget *widget,
                                GType      widget_type)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_dispose_template (widget, widget_type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/**
 * pa_widget_unscroll_inner:
 *
 * A page that scrolls as a whole must not hold a second scrolled box: an
 * AdwStatusPage scrolls its own content, and inside a page it gets only
 * its minimum height, so at large text its text is cut mid-line and its
 * buttons hide in a small box. This makes the status pages inside
 * @widget as tall as their content, so the page scrolls instead.
 */
void
pa_widget_unscroll_inner (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child) && ADW_IS_STATUS_PAGE (widget))
        gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_NEVER, GTK_POLICY_NEVER);
      pa_widget_unscroll_inner (child);
    }
}

/**
 * pa_widget_tidy_key_labels:
 *
 * GTK's Danish catalogue names the Page Up and Page Down keys
 * "Page_Up" and "Page_Down", and the shortcuts window shows them so. The
 * key caps in @widget (a GtkShortcutsWindow) are shown with spaces.
 */
void
pa_widget_tidy_key_labels (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_ancestor (child, GTK_TYPE_SHORTCUT_LABEL) != NULL &&
          strchr (gtk_label_get_label (GTK_LABEL (child)), '_') != NULL)
        {
          g_autofree char *text = g_strdup (gtk_label_get_label (GTK_LABEL (child)));

          g_strdelimit (text, "_", ' ');
          gtk_label_set_label (GTK_LABEL (child), text);
        }
      pa_widget_tidy_key_labels (child);
    }
}

#define TIDY_KEY "pa-accessible-tidy"

/* The widget that names @widget: the title of the row it is the
 * activatable widget of, or the text of the button itself. */
static gboolean
named_by_its_label (GtkWidget *widget)
{
  GtkWidget *row;

  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      return gtk_button_get_label (GTK_BUTTON (widget)) != NULL || ADW_IS_BUTTON_CONTENT (child);
    }

  row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);
  return row != NULL && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == widget;
}

/**
 * pa_widget_tidy_accessible_names:
 *
 * GTK 4.8 reads a widget's name as its label property followed by the
 * widgets that label it, so a button with text ("_New Agreement") and a
 * control that is the activatable widget of a row are read twice, the
 * first time with the mnemonic's underscore. Their own label property
 * goes, so the text on screen names them, once. Each widget in @root is
 * looked at once; call again when rows are added.
 */
void
pa_widget_tidy_accessible_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), TIDY_KEY) == NULL)
        {
          g_object_set_data (G_OBJECT (child), TIDY_KEY, GINT_TO_POINTER (TRUE));
          if (named_by_its_label (child))
            gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
          if (named_by_its_label (child) && !GTK_IS_BUTTON (child))
            gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      pa_widget_tidy_accessible_names (child);
    }
}
