/* test-layout.c: at 1366x768 and 100, 125 and 150 % text, nothing on any step is cut or out of reach
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For every step of a realistic agreement, at each text size:
 * - every widget that takes the keyboard focus lies across the window's
 *   width and fits in the height of the page that scrolls it, so it can
 *   be scrolled into view; none hides in a scrolled box inside the
 *   scrolled page (step 9's buttons did);
 * - every label that neither wraps nor ellipsizes is as wide as its text,
 *   and a label that wraps is as tall as its lines.
 * The failures name the widget and its text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ui/pa-step-follow-up.h"
#include "ui/pa-step-period.h"

#include "ui-test-util.h"

static void
set_text_percent (guint percent)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (96 * 1024 * percent / 100), NULL);
}

static char *
describe (GtkWidget *widget)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (GTK_IS_EDITABLE (widget))
    text = gtk_editable_get_text (GTK_EDITABLE (widget));

  if (text == NULL || *text == '\0')
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

      if (row != NULL && row != widget)
        return g_strdup_printf ("%s in row '%s'", G_OBJECT_TYPE_NAME (widget),
                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
  return g_strdup_printf ("%s '%s'", G_OBJECT_TYPE_NAME (widget), text ? text : "");
}

/* The nearest scrolled window around @widget, and whether it is itself
 * in one. */
static GtkWidget *
scroller_of (GtkWidget *widget,
             gboolean  *nested)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (widget), GTK_TYPE_SCROLLED_WINDOW);

  *nested = scroller != NULL &&
            gtk_widget_get_ancestor (gtk_widget_get_parent (scroller), GTK_TYPE_SCROLLED_WINDOW) != NULL;
  return scroller;
}

static void
check_reachable (GtkWidget *widget,
                 GtkWidget *window,
                 GPtrArray *cut)
{
  graphene_rect_t bounds, box;
  gboolean nested = FALSE;
  GtkWidget *scroller = scroller_of (widget, &nested);
  g_autofree char *what = NULL;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return;
  what = describe (widget);

  if (bounds.origin.x < -1 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 1)
    g_ptr_array_add (cut, g_strdup_printf ("%s is across the window's edge (x %.0f, width %.0f)",
                                           what, bounds.origin.x, bounds.size.width));
  if (scroller != NULL && gtk_widget_compute_bounds (scroller, window, &box))
    {
      if (bounds.size.height > box.size.height + 1)
        g_ptr_array_add (cut, g_strdup_printf ("%s is taller (%.0f) than its scrolled page (%.0f)",
                                               what, bounds.size.height, box.size.height));
      if (nested && (bounds.origin.y < box.origin.y - 1 ||
                     bounds.origin.y + bounds.size.height > box.origin.y + box.size.height + 1))
        g_ptr_array_add (cut, g_strdup_printf ("%s hides in a scrolled box inside the scrolled page",
                                               what));
    }
}

static void
check_label (GtkLabel  *label,
             GPtrArray *cut)
{
  GtkWidget *widget = GTK_WIDGET (label);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int minimum;
  g_autofree char *what = NULL;

  if (*gtk_label_get_label (label) == '\0' || width <= 0)
    return;
  if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE)
    return;

  what = describe (widget);
  if (!gtk_label_get_wrap (label))
    {
      PangoRectangle text;

      /* The text's own width against the label's content box (the
       * measured size also holds the CSS margins and padding). */
      pango_layout_get_pixel_extents (gtk_label_get_layout (label), NULL, &text);
      if (text.width > width + 1)
        g_ptr_array_add (cut, g_strdup_printf ("%s is cut: %d of %d pixels wide", what, width, text.width));
      return;
    }

  /* The wrapped text's own height at the width the label was given,
   * against its content box (gtk_widget_measure() would add the CSS
   * padding, which the content box does not hold). */
  {
    PangoRectangle text;

    pango_layout_get_pixel_extents (gtk_label_get_layout (label), NULL, &text);
    minimum = text.height;
  }
  if (minimum > height + 1)
    g_ptr_array_add (cut, g_strdup_printf ("%s is cut: %d of %d pixels tall", what, height, minimum));
}

/* What a user clicks or types in; not the lists that hold them. */
static gboolean
is_control (GtkWidget *widget)
{
  return (GTK_IS_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) ||
          GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
          (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))) &&
         gtk_widget_get_focusable (widget);
}

static void
check_tree (GtkWidget *widget,
            GtkWidget *window,
            GPtrArray *cut)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child) || GTK_IS_NATIVE (child))
        continue;
      if (GTK_IS_LABEL (child))
        check_label (GTK_LABEL (child), cut);
      if (gtk_widget_get_width (child) > 0 && is_control (child))
        check_reachable (child, window, cut);
      check_tree (child, window, cut);
    }
}

/* Without the resize border X11 puts around a window that no window
 * manager decorates, the window is all of the 1366x768 screen, as when
 * maximized on a laptop. */
static void
layout_setup (UiFixture     *fixture,
              gconstpointer  data)
{
  if (ui_test_has_display ())
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider,
                                       "window.solid-csd, window.csd { padding: 0; margin: 0; box-shadow: none; border-radius: 0; }",
                                       -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 10);
    }
  ui_fixture_setup (fixture, data);
}

static void
open_realistic (UiFixture *fixture)
{
  g_autoptr(PaAgreement) agreement = ui_realistic_agreement ();
  g_autoptr(GError) error = NULL;
  PaEditor *editor = pa_window_get_editor (fixture->window);
  PaRecordListEditor *list;

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));

  /* The first item of each list open, as a consultant works. */
  list = pa_step_period_get_list_editor (PA_STEP_PERIOD (pa_editor_get_step (editor, "period")), "workdays");
  if (pa_record_list_editor_get_row (list, 0) != NULL)
    adw_expander_row_set_expanded (pa_record_list_editor_get_row (list, 0), TRUE);
  list = pa_step_follow_up_get_list_editor (PA_STEP_FOLLOW_UP (pa_editor_get_step (editor, "follow-up")));
  if (pa_record_list_editor_get_row (list, 0) != NULL)
    adw_expander_row_set_expanded (pa_record_list_editor_get_row (list, 0), TRUE);
}

static void
test_nothing_cut (UiFixture     *fixture,
                  gconstpointer  data)
{
  guint percent = GPOINTER_TO_UINT (data);
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window;
  PaEditor *editor;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  window = GTK_WIDGET (fixture->window);
  set_text_percent (percent);
  open_realistic (fixture);
  editor = pa_window_get_editor (fixture->window);
  ui_run_for (300);
  g_assert_cmpint (gtk_widget_get_width (window), ==, 1366);

  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    {
      const char *step = pa_editor_get_step_id_at (editor, i);
      guint before = cut->len;

      pa_editor_show_step (editor, step);
      ui_run_for (250);
      check_tree (window, window, cut);
      for (guint j = before; j < cut->len; j++)
        {
          g_autofree char *line = g_strdup_printf ("step %u (%s) at %u %%: %s", i + 1, step, percent,
                                                   (char *) g_ptr_array_index (cut, j));

          g_test_message ("%s", line);
          g_free (cut->pdata[j]);
          cut->pdata[j] = g_steal_pointer (&line);
        }
    }

  set_text_percent (100);
  if (cut->len > 0)
    {
      g_test_message ("%u things cut or out of reach", cut->len);
      g_test_fail ();
    }
}

static gboolean
list_beside (gpointer data)
{
  return pa_window_get_list_beside (data);
}

/* The list folds away with an agreement open from 125 % text, the step
 * list stays, and both come back at normal size. */
static void
test_list_folds (UiFixture     *fixture,
                 gconstpointer  data)
{
  PaEditor *editor;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  editor = ui_new_draft (fixture->window);
  ui_run_for (200);
  g_assert_true (pa_window_get_list_beside (fixture->window));

  set_text_percent (125);
  ui_run_for (300);
  g_assert_false (pa_window_get_list_beside (fixture->window));
  g_assert_false (pa_window_get_list_visible (fixture->window));

  /* Alt+Left brings the list back, F9 the agreement. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", NULL));
  ui_run_for (100);
  g_assert_true (pa_window_get_list_visible (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-list", NULL));
  ui_run_for (100);
  g_assert_false (pa_window_get_list_visible (fixture->window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));

  set_text_percent (100);
  /* Waited for, not timed: a loaded machine lays out more slowly. */
  ui_run_until (list_beside, fixture->window, 10000);
  g_assert_true (pa_window_get_list_beside (fixture->window));

  /* Side by side, F9 takes the keyboard from the agreement to the list
   * and back, as the shortcuts window says. */
  pa_editor_show_step (editor, "parties");
  ui_run_for (100);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-list", NULL));
  ui_run_for (100);
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-list", NULL));
  ui_run_for (100);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (editor)));

  /* A narrow window folds at normal text too. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  ui_run_for (400);
  g_test_message ("the window is %d pixels wide", gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  g_assert_false (pa_window_get_list_beside (fixture->window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
}

/* The steps fold away, or not, the same on every step. */
static void
test_steps_steady (UiFixture     *fixture,
                   gconstpointer  data)
{
  guint percent = GPOINTER_TO_UINT (data);
  PaEditor *editor;
  int first = -1;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  set_text_percent (percent);
  open_realistic (fixture);
  editor = pa_window_get_editor (fixture->window);
  ui_run_for (300);
  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    {
      GtkWidget *page;
      graphene_rect_t bounds;

      pa_editor_show_step (editor, pa_editor_get_step_id_at (editor, i));
      ui_run_for (200);
      page = pa_editor_get_step_page (editor, pa_editor_get_step_id_at (editor, i));
      g_assert_true (gtk_widget_compute_bounds (page, GTK_WIDGET (fixture->window), &bounds));
      /* Where the page starts says whether the step list is beside it. */
      if (first < 0)
        first = (int) bounds.origin.x;
      g_test_message ("step %u at %u %%: the page starts at x %d", i + 1, percent, (int) bounds.origin.x);
      g_assert_cmpint ((int) bounds.origin.x, ==, first);
    }
  set_text_percent (100);
}

int
main (int   argc,
      char *argv[])
{
  static const guint percents[] = { 100, 125, 150 };

  /* PRAKTIKAFTALE_LOCALEDIR=build/po LANGUAGE=da: in Danish, whose words
   * are longer. */
  if (g_getenv ("PRAKTIKAFTALE_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PRAKTIKAFTALE_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  ui_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *cut = g_strdup_printf ("/pa/ui/layout/nothing-cut/%u", percents[i]);
      g_autofree char *steady = g_strdup_printf ("/pa/ui/layout/steps-steady/%u", percents[i]);

      g_test_add (cut, UiFixture, GUINT_TO_POINTER (percents[i]),
                  layout_setup, test_nothing_cut, ui_fixture_teardown);
      g_test_add (steady, UiFixture, GUINT_TO_POINTER (percents[i]),
                  layout_setup, test_steps_steady, ui_fixture_teardown);
    }
  g_test_add ("/pa/ui/layout/list-folds", UiFixture, NULL,
              layout_setup, test_list_folds, ui_fixture_teardown);

  return g_test_run ();
}
