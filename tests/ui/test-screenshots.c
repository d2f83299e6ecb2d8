/* test-screenshots.c: every step of the editor at 1366x768, light and dark, normal and 150 % text, as PNG files for a reviewer
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not compared pixel by pixel: the pictures are test artifacts in the
 * folder given on the command line (the build's tests/ui/screenshots),
 * named after what they show: step-9-documents-dark-150.png is step 9 in
 * the dark style at 150 % text. The test fails when a picture cannot be
 * made or has the wrong size.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ui/pa-step-follow-up.h"
#include "ui/pa-step-period.h"

#include "ui-test-util.h"

#define WIDTH  1366
#define HEIGHT 768

static char *output_dir;

typedef struct {
  const char *scheme;   /* "light" or "dark" */
  guint       percent;  /* text size: 100, 125 or 150 */
} Look;

/* As the app's text-size setting does it (pa-application.c). */
static void
set_text_percent (guint percent)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (96 * 1024 * percent / 100), NULL);
}

/* The step at the top, then a page further down as long as there is more. */
static void
save_step (PaEditor   *editor,
           GtkWidget  *window,
           guint       number,
           const char *step,
           const char *look)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (pa_editor_get_step_page (editor, step)));

  pa_editor_show_step (editor, step);
  gtk_adjustment_set_value (adjustment, 0);
  ui_run_for (350);

  for (guint part = 1; part <= 4; part++)
    {
      g_autofree char *name = part == 1
        ? g_strdup_printf ("step-%u-%s-%s", number, step, look)
        : g_strdup_printf ("step-%u-%s-%s-part-%u", number, step, look, part);
      double value = gtk_adjustment_get_value (adjustment);

      ui_save_window (window, output_dir, name, WIDTH, HEIGHT);
      if (value + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment) - 1)
        break;
      gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment) * 0.9);
      ui_run_for (150);
    }
}

static void
expand_rows (PaRecordListEditor *list)
{
  AdwExpanderRow *row = pa_record_list_editor_get_row (list, 0);

  if (row != NULL)
    adw_expander_row_set_expanded (row, TRUE);
}

static void
take_all (UiFixture  *fixture,
          const char *look)
{
  PaEditor *editor;
  GtkWidget *window;
  g_autofree char *new_name = g_strdup_printf ("new-agreement-%s", look);
  g_autofree char *hours_name = g_strdup_printf ("findings-38-hours-%s", look);
  g_autofree char *list_name = g_strdup_printf ("list-of-agreements-%s", look);
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;
  PaStepPeriod *period;

  window = GTK_WIDGET (fixture->window);
  editor = pa_window_get_editor (fixture->window);
  g_assert_cmpint (gtk_widget_get_width (window), ==, WIDTH);
  g_assert_cmpint (gtk_widget_get_height (window), ==, HEIGHT);

  /* A new agreement, as the consultant first sees it. */
  ui_new_draft (fixture->window);
  ui_run_for (400);
  ui_save_window (window, output_dir, new_name, WIDTH, HEIGHT);

  /* Amina's agreement, every step; the first item of each list open. */
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  period = PA_STEP_PERIOD (pa_editor_get_step (editor, "period"));
  expand_rows (pa_step_period_get_list_editor (period, "workdays"));
  expand_rows (pa_step_follow_up_get_list_editor (PA_STEP_FOLLOW_UP (pa_editor_get_step (editor, "follow-up"))));
  pa_editor_check_now (editor);

  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    save_step (editor, window, i + 1, pa_editor_get_step_id_at (editor, i), look);

  /* A rule broken: 38 hours, said at the field and counted at the top. */
  pa_record_set_double (PA_RECORD (pa_editor_get_agreement (editor)), "start-hours", 38);
  pa_editor_check_now (editor);
  pa_editor_show_step (editor, "period");
  /* As from the summary: the item goes to the field, which scrolls into view. */
  for (guint i = 0; i < pa_findings_bar_get_n_items (pa_editor_get_findings_bar (editor)); i++)
    if (g_strcmp0 (pa_findings_bar_get_item_field (pa_editor_get_findings_bar (editor), i), "start-hours") == 0)
      pa_findings_bar_activate_item (pa_editor_get_findings_bar (editor), i);
  gtk_widget_grab_focus (GTK_WIDGET (pa_step_period_get_start_hours_spin (period)));
  ui_run_for (400);
  ui_save_window (window, output_dir, hours_name, WIDTH, HEIGHT);

  /* The list, where it folds away: Alt+Left brings it back. */
  gtk_widget_activate_action (window, "win.show-list", NULL);
  ui_run_for (300);
  ui_save_window (window, output_dir, list_name, WIDTH, HEIGHT);
}

/* Without the resize border X11 puts around a window that no window
 * manager decorates, the window is all of a 1366x768 screen, as when
 * maximized on a laptop. */
static void
screenshots_setup (UiFixture     *fixture,
                   gconstpointer  data)
{
  if (ui_test_has_display ())
    ui_remove_window_border ();
  ui_fixture_setup (fixture, data);
}

static void
test_screenshots (UiFixture     *fixture,
                  gconstpointer  data)
{
  const Look *look = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *name = g_strdup_printf ("%s-%u", look->scheme, look->percent);

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  adw_style_manager_set_color_scheme (style, g_str_equal (look->scheme, "dark")
                                             ? ADW_COLOR_SCHEME_FORCE_DARK
                                             : ADW_COLOR_SCHEME_FORCE_LIGHT);
  set_text_percent (look->percent);
  ui_run_for (100);
  take_all (fixture, name);
  set_text_percent (100);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  /* PRAKTIKAFTALE_LOCALEDIR=build/po LANGUAGE=da: the pictures in Danish,
   * as the users see the app. */
  if (g_getenv ("PRAKTIKAFTALE_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PRAKTIKAFTALE_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  ui_test_init (&argc, &argv);

  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  static const Look looks[] = {
    { "light", 100 }, { "dark", 100 }, { "light", 150 }, { "dark", 150 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pa/ui/screenshots/%s-%u", looks[i].scheme, looks[i].percent);

      g_test_add (path, UiFixture, &looks[i], screenshots_setup, test_screenshots, ui_fixture_teardown);
    }

  return g_test_run ();
}
