/* bench-empty-window.c: the baseline for the first-frame benchmark
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What any libadwaita app pays before it can show anything: an
 * AdwApplication whose activate presents an empty AdwApplicationWindow of
 * Praktikaftale's default size. At the end of its first frame it prints
 * "first-frame" and quits, as Praktikaftale does when
 * PRAKTIKAFTALE_BENCH_FIRST_FRAME is set.
 */
#include <adwaita.h>
#include <stdio.h>

static void
quit (GtkWindow *window)
{
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  const char *settle = g_getenv ("PRAKTIKAFTALE_BENCH_SETTLE_MS");
  guint64 ms = 0;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);

  /* The harness reads a pipe: unflushed output would arrive at exit. */
  fputs ("first-frame\n", stdout);
  fflush (stdout);
  /* Quits now or after PRAKTIKAFTALE_BENCH_SETTLE_MS, as Praktikaftale. */
  if (settle == NULL || !g_ascii_string_to_unsigned (settle, 10, 0, 600000, &ms, NULL) || ms == 0)
    quit (window);
  else
    g_timeout_add_once ((guint) ms, (GSourceOnceFunc) quit, window);
}

static void
on_map (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, on_map, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_set_title (GTK_WINDOW (window), "Empty window");
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.praktikaftale.BenchEmptyWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
