/* pa-application.c: the application: command line, windows, app actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance: a second launch hands its command line to the running
 * one, which opens a new window. Commands that only print (--list) run
 * in the launching process and need neither a display nor the instance.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-rules.h"
#include "core/pa-smart.h"

#include "pa-application-private.h"
#include "pa-preferences-window.h"

G_DEFINE_FINAL_TYPE (PaApplication, pa_application, ADW_TYPE_APPLICATION)

/* Command-line actions that run where they were started and then exit. */
static const struct {
  const char     *option;
  PaLocalCommand  run;
} local_commands[] = {
  { "list", _pa_application_list_drafts },
  { "export-xml", _pa_application_export_xml },
  { "import", _pa_application_import },
  { "check", _pa_application_check },
  { "check-goal", _pa_application_check_goal },
  { "reformulate", _pa_application_reformulate },
  { "export-ics", _pa_application_export_ics },
  { "export-pdf", _pa_application_export_pdf },
  { "search", _pa_application_search },
};

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the agreements database at PATH; it is created when it does not exist"),
    /* Translators: the placeholder in --help for a file name */
    N_("PATH") },
  { "list", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the agreements, one per line (id, citizen, company, period, status, separated by tabs), and exit"),
    NULL },
  { "export-xml", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Save the agreement DRAFT-ID as an XML document in FILE, and exit"),
    /* Translators: the placeholders in --help for --export-xml */
    N_("DRAFT-ID FILE") },
  { "company", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --export-xml: save the company's copy, without what the citizen has not agreed to share"),
    NULL },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the agreement in the XML document FILE to the list, print its id, and exit"),
    /* Translators: the placeholder in --help for a file name */
    N_("FILE") },
  { "replace", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --import: replace an agreement with the same id"), NULL },
  { "keep-both", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --import: keep an agreement with the same id and import this one as a new draft"), NULL },
  { "check", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Print what the law and good practice say about the agreement in the XML document FILE, and its description checklist, and exit; the exit status is 1 when there is an error. A text file FILE is reviewed as a placement description written elsewhere"),
    /* Translators: the placeholder in --help for a file name */
    N_("FILE") },
  { "check-goal", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print whether the goal TEXT is specific, measurable and time-bound, with hints, and exit"),
    /* Translators: the placeholder in --help for a goal's text */
    N_("TEXT") },
  { "reformulate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the category, positive reformulations, questions, measures and diagnoses for the work restriction TEXT, and exit"),
    /* Translators: the placeholder in --help for a restriction's wording */
    N_("TEXT") },
  { "export-ics", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Save the planned follow-ups of the agreement DRAFT-ID as a calendar file (iCalendar) in FILE, and exit"),
    /* Translators: the placeholders in --help for --export-ics */
    N_("DRAFT-ID FILE") },
  { "company-copy", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --export-ics or --export-pdf: save the company's copy, without notes and what the citizen has not agreed to share"),
    NULL },
  { "search", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the agreements that match QUERY, best match first, one per line as --list does, and exit"),
    /* Translators: the placeholder in --help for the words to search for */
    N_("QUERY") },
  { "limit", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, NULL,
    N_("With --search: print at most N agreements (20 unless given)"),
    /* Translators: the placeholder in --help for a number */
    N_("N") },
  { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --check, --check-goal or --reformulate: print the result as JSON"), NULL },
  { "export-pdf", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Save the agreement DRAFT-ID as a PDF document in FILE, and exit"),
    /* Translators: the placeholders in --help for --export-pdf */
    N_("DRAFT-ID FILE") },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
    NULL },
  { NULL }
};

static int
pa_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  PaApplication *self = PA_APPLICATION (app);

  for (guint i = 0; i < G_N_ELEMENTS (local_commands); i++)
    if (g_variant_dict_contains (options, local_commands[i].option))
      {
        const char *database = NULL;
        g_autofree char *path = NULL;

        if (g_variant_dict_lookup (options, "database", "^&ay", &database))
          path = g_canonicalize_filename (database, NULL);
        else
          path = pa_store_default_path ();

        return local_commands[i].run (self, path, options);
      }

  /* Everything else goes to the primary instance. */
  return -1;
}

static int
pa_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  const char *database = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      /* Relative to where the second launch was started, not to us. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, database);

      path = g_file_get_path (file);
    }

  pa_application_open_window (PA_APPLICATION (app), path);
  return EXIT_SUCCESS;
}

static void
pa_application_activate (GApplication *app)
{
  pa_application_open_window (PA_APPLICATION (app), NULL);
}

/* App actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing, not quitting, so each window saves or asks first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PaApplication *self = PA_APPLICATION (user_data);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  PaStore *store = PA_IS_WINDOW (active) ? pa_window_get_store (PA_WINDOW (active)) : NULL;

  pa_application_open_window (self, store ? pa_store_get_path (store) : NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Praktikaftale",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Draft clear work-placement agreements with the citizen and the company"),
                         "developer-name", _("The Praktikaftale developers"),
                         "copyright", _("© 2026 The Praktikaftale developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/praktikaftale/praktikaftale",
                         "issue-url", "https://github.com/praktikaftale/praktikaftale/issues",
                         /* Translators: your names, one per line, credited in the About window */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* Text size: at a three-party meeting three people read one screen. */

static const struct {
  const char *id;
  double      scale;
} text_sizes[] = {
  { "normal", 1.0 },
  { "large", 1.25 },
  { "larger", 1.5 },
};

static void
pa_application_apply_text_size (PaApplication *self)
{
  g_autofree char *size = g_settings_get_string (self->settings, "text-size");
  double scale = 1.0;

  for (guint i = 0; i < G_N_ELEMENTS (text_sizes); i++)
    if (g_str_equal (size, text_sizes[i].id))
      scale = text_sizes[i].scale;

  /* The same setting GNOME's "large text" uses, for this app only. */
  g_object_set (gtk_settings_get_default (),
                "gtk-xft-dpi", (int) (self->base_xft_dpi * scale),
                NULL);
}

static void
step_text_size (PaApplication *self,
                int            step)
{
  g_autofree char *size = g_settings_get_string (self->settings, "text-size");
  int index = 0;

  for (guint i = 0; i < G_N_ELEMENTS (text_sizes); i++)
    if (g_str_equal (size, text_sizes[i].id))
      index = i;

  index = step == 0 ? 0 : CLAMP (index + step, 0, (int) G_N_ELEMENTS (text_sizes) - 1);
  g_settings_set_string (self->settings, "text-size", text_sizes[index].id);
}

static void
text_bigger_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  step_text_size (user_data, +1);
}

static void
text_smaller_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  step_text_size (user_data, -1);
}

static void
text_normal_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  step_text_size (user_data, 0);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PaApplication *self = user_data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  PaStore *store = PA_IS_WINDOW (active) ? pa_window_get_store (PA_WINDOW (active)) : NULL;
  g_autofree char *path = store ? g_strdup (pa_store_get_path (store)) : pa_store_default_path ();

  gtk_window_present (GTK_WINDOW (pa_preferences_window_new (active, path)));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "new-window", new_window_action },
  { "about", about_action },
  { "text-bigger", text_bigger_action },
  { "text-smaller", text_smaller_action },
  { "text-normal", text_normal_action },
};

/* Style: follow the system, or always light or dark. */

static void
pa_application_apply_color_scheme (PaApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

/* The SMART analyser builds its lexicon on first use (3-8 ms): pay it
 * while the app is idle, not on the first keystroke in a goal. */
static void
warm_smart_lexicon (gpointer user_data)
{
  pa_smart_result_unref (pa_smart_analyse ("Afklare arbejdsevnen", NULL, NULL));
}

static void
pa_application_startup (GApplication *app)
{
  PaApplication *self = PA_APPLICATION (app);
  g_autoptr(GAction) color_scheme = NULL;
  g_autoptr(GAction) text_size = NULL;

  G_APPLICATION_CLASS (pa_application_parent_class)->startup (app);
  g_idle_add_once (warm_smart_lexicon, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  self->settings = g_settings_new (APP_ID);
  color_scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), color_scheme);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (pa_application_apply_color_scheme), self,
                           G_CONNECT_SWAPPED);
  pa_application_apply_color_scheme (self);

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &self->base_xft_dpi, NULL);
  if (self->base_xft_dpi <= 0)
    self->base_xft_dpi = 96 * 1024;
  text_size = g_settings_create_action (self->settings, "text-size");
  g_action_map_add_action (G_ACTION_MAP (self), text_size);
  g_signal_connect_object (self->settings, "changed::text-size",
                           G_CALLBACK (pa_application_apply_text_size), self,
                           G_CONNECT_SWAPPED);
  pa_application_apply_text_size (self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.text-bigger",
                                         (const char *[]) { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.text-smaller",
                                         (const char *[]) { "<Control>minus", "<Control>KP_Subtract", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.text-normal",
                                         (const char *[]) { "<Control>0", "<Control>KP_0", NULL });

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window",
                                         (const char *[]) { "<Control><Shift>n", NULL });
}

static void
pa_application_dispose (GObject *object)
{
  PaApplication *self = PA_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->stores, g_hash_table_unref);

  G_OBJECT_CLASS (pa_application_parent_class)->dispose (object);
}

static void
pa_application_class_init (PaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pa_application_dispose;
  app_class->handle_local_options = pa_application_handle_local_options;
  app_class->command_line = pa_application_command_line;
  app_class->activate = pa_application_activate;
  app_class->startup = pa_application_startup;
}

static void
pa_application_init (PaApplication *self)
{
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Draft work-placement agreements with the citizen and the company."));
}

PaApplication *
pa_application_new (void)
{
  return g_object_new (PA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/praktikaftale/Praktikaftale",
                       NULL);
}

/* A broken rules file is skipped and the last good set applies; the
 * user hears of it once, so whoever maintains the rules can act. */
static void
report_rules_errors (PaApplication *self,
                     GtkWindow     *window)
{
  PaRuleBook *book;
  GPtrArray *errors;
  g_autoptr(GString) body = NULL;
  AdwMessageDialog *dialog;

  if (self->rules_reported)
    return;
  self->rules_reported = TRUE;

  book = pa_rule_book_get_default ();
  errors = pa_rule_book_get_errors (book);
  if (errors == NULL || errors->len == 0)
    return;

  body = g_string_new (pa_rule_book_get_n_sets (book) > 0
                       ? _("The agreements are checked with the rules that could be read. Ask whoever maintains Praktikaftale to correct this:")
                       : _("No rules could be read, so the agreements cannot be checked against the law. Ask whoever maintains Praktikaftale to correct this:"));
  for (guint i = 0; i < errors->len; i++)
    g_string_append_printf (body, "\n\n%s", ((GError *) g_ptr_array_index (errors, i))->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Some Rules Could Not Be Read"), body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* For bench/: with PRAKTIKAFTALE_BENCH_FIRST_FRAME set, report the first
 * painted frame on stdout, so start-up can be timed from outside, and
 * exit then or PRAKTIKAFTALE_BENCH_SETTLE_MS later, so that the peak
 * memory includes what the app does right after its first frame. */
static gboolean
exit_after_settling (gpointer user_data)
{
  exit (EXIT_SUCCESS);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame (GdkFrameClock *clock,
                gpointer       user_data)
{
  const char *settle = g_getenv ("PRAKTIKAFTALE_BENCH_SETTLE_MS");
  guint64 ms = 0;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, user_data);
  g_print ("first-frame\n");
  fflush (stdout);
  if (settle == NULL || !g_ascii_string_to_unsigned (settle, 10, 0, 600000, &ms, NULL) || ms == 0)
    exit (EXIT_SUCCESS);
  g_timeout_add ((guint) ms, exit_after_settling, NULL);
}

static void
watch_first_frame (GtkWidget *window)
{
  GdkFrameClock *clock;

  if (g_getenv ("PRAKTIKAFTALE_BENCH_FIRST_FRAME") == NULL)
    return;

  clock = gtk_widget_get_frame_clock (window);
  g_return_if_fail (clock != NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame), NULL);
}

/**
 * pa_application_open_window:
 * @db_path: (nullable): the database, or %NULL for the default one
 *
 * Opens a new window on @db_path; windows on the same file share its store.
 */
void
pa_application_open_window (PaApplication *self,
                            const char    *db_path)
{
  g_autofree char *path = db_path ? g_strdup (db_path) : pa_store_default_path ();
  PaStore *store = g_hash_table_lookup (self->stores, path);
  PaWindow *window = pa_window_new (GTK_APPLICATION (self));

  if (store != NULL)
    pa_window_set_store (window, store);

  gtk_window_present (GTK_WINDOW (window));

  if (store == NULL)
    _pa_application_open_store (self, window, path);

  watch_first_frame (GTK_WIDGET (window));
  report_rules_errors (self, GTK_WINDOW (window));
}
