/* test-shortcuts.c: the keyboard shortcuts window: one page, readable key names, in Danish
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with GTK's Danish catalogue (LANGUAGE=da), which names the Page
 * Down key "Page_Down": the window must show "Page Down".
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
collect_key_caps (GtkWidget *widget,
                  GString   *caps)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_ancestor (child, GTK_TYPE_SHORTCUT_LABEL) != NULL)
        g_string_append_printf (caps, "[%s]", gtk_label_get_label (GTK_LABEL (child)));
      collect_key_caps (child, caps);
    }
}

static GtkWidget *
shortcuts_window (UiFixture *fixture)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/praktikaftale/Praktikaftale/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  /* As the application does when it adds the window. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (fixture->window),
                                           GTK_SHORTCUTS_WINDOW (overlay));
  g_object_notify (G_OBJECT (fixture->window), "application");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL);
  ui_run_for (300);
  g_assert_true (gtk_widget_get_mapped (overlay));
  return overlay;
}

static void
test_one_page (UiFixture     *fixture,
               gconstpointer  data)
{
  GtkWidget *overlay, *section, *stack;
  guint pages = 0;
  int height;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  overlay = shortcuts_window (fixture);
  section = find_descendant (overlay, GTK_TYPE_SHORTCUTS_SECTION);
  g_assert_nonnull (section);
  stack = find_descendant (section, GTK_TYPE_STACK);
  g_assert_nonnull (stack);
  for (GtkWidget *page = gtk_widget_get_first_child (stack); page != NULL; page = gtk_widget_get_next_sibling (page))
    if (gtk_widget_get_visible (page))
      pages++;
  g_assert_cmpuint (pages, ==, 1);

  /* At 150 % text it still fits a 768 pixel high screen. */
  gtk_widget_measure (overlay, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  g_assert_cmpint (height, <=, 768);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, NULL);
}

static void
test_key_names (UiFixture     *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) caps = g_string_new (NULL);

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  collect_key_caps (shortcuts_window (fixture), caps);
  g_test_message ("%s", caps->str);
  g_assert_nonnull (strstr (caps->str, "[Page Down]"));
  g_assert_null (strchr (caps->str, '_'));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's own words in Danish, as the users see them. */
  g_setenv ("LANGUAGE", "da", TRUE);
  ui_test_init (&argc, &argv);

  g_test_add ("/pa/ui/shortcuts/one-page", UiFixture, NULL,
              ui_fixture_setup, test_one_page, ui_fixture_teardown);
  g_test_add ("/pa/ui/shortcuts/key-names", UiFixture, NULL,
              ui_fixture_setup, test_key_names, ui_fixture_teardown);

  return g_test_run ();
}
