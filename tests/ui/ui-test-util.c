/* ui-test-util.c: helpers for the tests that drive the window on a headless display
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/pa-resources.h"
#include "ui/pa-text-area.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

gboolean
ui_test_has_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_test_init (argc, argv, NULL);

  /* No GtkApplication and no accessibility bus: both want a session bus,
   * which a test machine may lack, and the window needs neither. */
  g_setenv ("GTK_A11Y", "none", FALSE);
  if (ui_test_has_display ())
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      adw_init ();
      pa_get_resource ();
      /* A switch flips and a row opens at the end of an animation; the
       * tests look at once. */
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
      /* The application loads its style sheet by its resource base path;
       * the tests have no application. */
      gtk_css_provider_load_from_resource (provider, APP_PATH "style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

void
ui_run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Runs the main loop until @done says so, or fails after @timeout_ms. */
void
ui_run_until (gboolean (*done) (gpointer data),
              gpointer   data,
              guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
ui_fixture_setup (UiFixture     *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (!ui_test_has_display ())
    return;

  /* The memory backend lives as long as the process: start clean. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "last-opened-draft", "");

  fixture->dir = pa_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "drafts.db", NULL);
  fixture->store = pa_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->window = pa_window_new_for_store (NULL, fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 768);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  ui_run_for (50);
}

void
ui_fixture_teardown (UiFixture     *fixture,
                     gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_run_for (10);
  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    pa_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

void
ui_test_add (const char *path,
             void      (*func) (UiFixture *, gconstpointer))
{
  g_test_add (path, UiFixture, NULL, ui_fixture_setup, func, ui_fixture_teardown);
}

PaEditor *
ui_new_draft (PaWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-draft", NULL));
  g_assert_nonnull (pa_window_get_autosave (window));
  return pa_window_get_editor (window);
}

void
ui_press_shortcut (PaEditor   *editor,
                   const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (editor));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (editor),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("No shortcut %s", trigger);
}

void
ui_type (GtkWidget  *widget,
         const char *text)
{
  g_assert_true (gtk_widget_get_visible (widget));
  gtk_widget_grab_focus (widget);

  if (GTK_IS_SPIN_BUTTON (widget))
    {
      gtk_editable_set_text (GTK_EDITABLE (widget), text);
      gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
      return;
    }

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_emit_by_name (widget, "entry-activated");
}

void
ui_type_text_area (GtkWidget  *area,
                   const char *text)
{
  GtkTextView *view = pa_text_area_get_text_view (PA_TEXT_AREA (area));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_set_text (buffer, "", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  /* As typed: inserted at the cursor, not replaced wholesale. */
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

/* Enter or Space on a button: it is "clicked" once the key goes up. */
void
ui_press (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
}

PaAgreement *
ui_save_and_reload (UiFixture *fixture)
{
  PaAutosave *autosave = pa_window_get_autosave (fixture->window);
  const char *id = pa_agreement_get_id (pa_autosave_get_agreement (autosave));
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PaAgreement *loaded;

  pa_editor_commit (pa_window_get_editor (fixture->window));
  g_assert_true (pa_autosave_flush (autosave, &error));
  g_assert_no_error (error);

  store = pa_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  loaded = pa_store_load (store, id, &error);
  g_assert_no_error (error);
  return loaded;
}

static void
set (PaRecord   *record,
     const char *field,
     const char *value)
{
  pa_record_set_string (record, field, value);
}

static void
add_workday (PaRecord   *agreement,
             int         weekday,
             const char *from,
             const char *to)
{
  PaRecord *day = pa_record_add (agreement, "workdays");

  pa_record_set_int (day, "weekday", weekday);
  set (day, "start-time", from);
  set (day, "end-time", to);
}

static void
add_follow_up (PaRecord   *agreement,
               const char *date,
               const char *time,
               const char *kind,
               const char *participants,
               const char *agenda,
               const char *notes)
{
  PaRecord *follow_up = pa_record_add (agreement, "follow-ups");

  set (follow_up, "date", date);
  set (follow_up, "time", time);
  set (follow_up, "kind", kind);
  set (follow_up, "participants", participants);
  set (follow_up, "agenda", agenda);
  set (follow_up, "notes", notes);
}

void
ui_save_window (GtkWidget  *window,
                const char *dir,
                const char *name,
                int         width,
                int         height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int shown_width = gtk_widget_get_width (window);
  int shown_height = gtk_widget_get_height (window);

  /* On a busy machine the window may still be between two frames (after
   * a scroll, or larger text): it draws nothing until it has laid itself
   * out again, so wait for a frame, up to five seconds. */
  for (guint tries = 0; tries < 100; tries++)
    {
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), shown_width, shown_height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        break;
      snapshot = gtk_snapshot_new ();
      ui_run_for (50);
      shown_width = gtk_widget_get_width (window);
      shown_height = gtk_widget_get_height (window);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, shown_width, shown_height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
  g_test_message ("saved %s", path);
}

PaAgreement *
ui_realistic_agreement (void)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *citizen = pa_record_get_child (a, "citizen");
  PaRecord *company = pa_record_get_child (a, "company");
  PaRecord *jobcentre = pa_record_get_child (a, "jobcentre");
  PaRecord *r;

  set (citizen, "name", "Amina Hassan");
  set (citizen, "cpr", "010190-1234");
  set (citizen, "phone", "21 43 65 87");
  set (citizen, "email", "amina.hassan@mail.dk");
  set (citizen, "languages", "Arabisk, dansk (modul 3)");
  pa_record_set_boolean (citizen, "needs-language-mentor", TRUE);
  set (citizen, "target-group", "aktivitetsparat");
  set (citizen, "job-goal", "Arbejde i et supermarked, gerne ved kassen");

  set (company, "name", "Netto Vejle Nord");
  set (company, "cvr", "10150817");
  set (company, "p-number", "1012345678");
  set (company, "address", "Vestergade 12, 7100 Vejle");
  pa_record_set_int (company, "employees", 14);
  pa_record_set_int (company, "placements-in-use", 1);
  set (company, "contact-name", "Lars Nielsen");
  set (company, "contact-role", "Butikschef");
  set (company, "contact-phone", "75 82 11 40");
  set (company, "contact-email", "lars.nielsen@netto.dk");
  set (company, "mentor-name", "Mette Skov");
  set (company, "mentor-phone", "30 12 45 78");
  set (company, "employee-rep-name", "Jens Holm");

  set (jobcentre, "consultant-name", "Sara Poulsen");
  set (jobcentre, "consultant-phone", "76 81 55 20");
  set (jobcentre, "consultant-email", "sapou@vejle.dk");
  set (jobcentre, "caseworker-name", "Karin Lund");
  set (jobcentre, "municipality", "Vejle Kommune");

  set (a, "start-date", "2026-03-02");
  set (a, "end-date", "2026-05-31");
  r = pa_record_add (a, "extensions");
  set (r, "end-date", "2026-08-30");
  set (r, "purpose", "Optræne kassen og kundeservice, så Amina kan få løntimer ved kassen");
  set (r, "reason", "Amina møder stabilt og er klar til flere opgaver ved kassen");
  pa_record_set_double (a, "start-hours", 12);
  add_workday (a, 1, "08:00", "12:00");
  add_workday (a, 2, "08:00", "12:00");
  add_workday (a, 4, "08:00", "12:00");
  r = pa_record_add (a, "step-ups");
  pa_record_set_int (r, "from-week", 5);
  pa_record_set_double (r, "hours", 16);
  r = pa_record_add (a, "step-ups");
  pa_record_set_int (r, "from-week", 9);
  pa_record_set_double (r, "hours", 20);
  r = pa_record_add (a, "hybrid-hours");
  set (r, "work-function", "Opfyldning af kølevarer");
  pa_record_set_double (r, "hours", 4);
  set (r, "from-date", "2026-05-04");

  r = pa_record_add (a, "purposes");
  set (r, "purpose-id", "competences");
  r = pa_record_add (a, "purposes");
  set (r, "purpose-id", "individual");
  set (a, "individual-purpose",
       "At prøve at være på en arbejdsplads igen, og at lære dansk i hverdagen sammen med kollegerne.");
  set (a, "vitas-purpose", "social-language-competences");

  add_follow_up (a, "2026-03-02", "09:00", "three-party", "Amina, Lars Nielsen, Mette Skov, Sara Poulsen",
                 "• Delmål for praktikken\n• Mødetid og kontaktperson\n• Hvem ringer Amina til ved sygdom", NULL);
  add_follow_up (a, "2026-03-30", "10:00", "company", "Amina, Mette Skov, Sara Poulsen", NULL, NULL);
  add_follow_up (a, "2026-05-28", "13:00", "three-party", "Amina, Lars Nielsen, Sara Poulsen", NULL, NULL);
  set (a, "next-step", "Samtale om løntimer ved kassen, og danskundervisning på modul 4 ved siden af.");
  set (a, "ordinary-hours-prospect",
       "Butikken mangler folk til opfyldning om morgenen. Hvis Amina klarer kølevarerne alene, kan de blive til løntimer.");
  pa_record_set_double (a, "ordinary-hours-expected", 8);

  return agreement;
}

/* The widget the field registry knows for @path; fails the test if none. */
GtkWidget *
ui_lookup_field (PaEditor   *editor,
                 const char *path)
{
  GtkWidget *widget = pa_field_registry_lookup (pa_editor_get_registry (editor), path);

  g_assert_nonnull (widget);
  return widget;
}

/* The entry row titled @title inside @root, or %NULL. */
GtkWidget *
ui_find_entry_row (GtkWidget  *root,
                   const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = ui_find_entry_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* A label with exactly @text inside @root, shown or not, or %NULL. */
GtkWidget *
ui_find_label (GtkWidget  *root,
               const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = ui_find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/**
 * ui_remove_window_border:
 *
 * Draws windows without the client-side shadow and border, so a
 * screenshot is the window and nothing around it.
 */
void
ui_remove_window_border (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_data (provider,
                                   "window.solid-csd, window.csd { padding: 0; margin: 0; box-shadow: none; border-radius: 0; }",
                                   -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 10);
}
