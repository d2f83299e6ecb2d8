/* bench-plain-window.c: a second baseline for the first-frame benchmark
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The empty AdwApplicationWindow (bench-empty-window.c) draws no text and
 * no icon, so it loads no font and no icon theme. This one is the least
 * a list app shows: a header bar with a title and two icon buttons, a
 * search entry and 24 rows of three lines of text, nothing of ours. It
 * tells what part of Praktikaftale's start-up any such window pays.
 * It prints "first-frame" and quits as bench-empty-window does.
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
  fputs ("first-frame\n", stdout);
  fflush (stdout);
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

static GtkWidget *
row (int i)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = g_strdup_printf ("Borger nummer %d", i + 1);

  gtk_box_append (GTK_BOX (box), gtk_label_new (name));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Virksomhed ApS"));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("2.3.2026 - 29.3.2026"));
  return box;
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), gtk_button_new_from_icon_name ("list-add-symbolic"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Plain window", NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), gtk_search_entry_new ());
  for (int i = 0; i < 24; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), row (i));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_set_title (GTK_WINDOW (window), "Plain window");
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.praktikaftale.BenchPlainWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
