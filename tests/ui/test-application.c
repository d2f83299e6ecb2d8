/* test-application.c: the application's own actions: text size
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "ui/pa-application.h"

static int
xft_dpi (void)
{
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size of the whole app
 * in three steps, and the choice is kept in the settings. */
static void
test_text_size (void)
{
  g_autoptr(PaApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  int base;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("needs a display");
      return;
    }

  app = pa_application_new ();
  /* No session bus is needed to run it in a test. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  settings = g_settings_new (APP_ID);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "normal");
  base = xft_dpi ();
  g_assert_cmpint (base, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "large");
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.25));

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "text-bigger", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "larger");
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.5));

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-smaller", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "large");

  g_action_group_activate_action (G_ACTION_GROUP (app), "text-normal", NULL);
  g_assert_cmpstr (g_settings_get_string (settings, "text-size"), ==, "normal");
  g_assert_cmpint (xft_dpi (), ==, base);

  /* The menu's radio items set the same key. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "text-size", g_variant_new_string ("larger"));
  g_assert_cmpint (xft_dpi (), ==, (int) (base * 1.5));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("GTK_A11Y", "none", FALSE);

  g_test_add_func ("/pa/ui/application/text-size", test_text_size);

  return g_test_run ();
}
