/* test-meeting.c: meeting mode from the keyboard, what the company may see, approvals and revisions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amina's agreement with a few marked things the company may not see
 * (CPR number, a restriction without consent, the original wording of
 * a shared one, internal notes, follow-up notes): none of them is in
 * meeting mode's text or widget tree, except while revealed. Approvals
 * record their revision; a pencil edit clears them and makes a new
 * revision, which the store keeps over a restart; the difference names
 * the changed field. Screenshots of three sections at 1366x768 and
 * 1920x1080, light and dark (and high contrast with --high-contrast).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui-test-util.h"
#include "../common/pa-test-util.h"
#include "ui/pa-approvals-view.h"
#include "ui/pa-meeting-window.h"

static char *output_dir;
static gboolean high_contrast;

static const char * const hidden[] = {
  "010190-1234", "INTERNT-NOTAT", "SKJULT-ORD", "SKJULT-OMFORMULERING",
  "OPRINDELIG-ORD", "OPF-NOTAT", NULL
};

static PaAgreement *
marked_agreement (void)
{
  PaAgreement *agreement = ui_realistic_agreement ();
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *r;

  pa_record_set_string (pa_record_get_child (a, "citizen"), "cpr", "010190-1234");
  pa_record_set_string (a, "notes", "INTERNT-NOTAT");
  g_list_store_remove_all (pa_record_get_list (a, "restrictions"));
  r = pa_record_add (a, "restrictions");
  pa_record_set_string (r, "original", "SKJULT-ORD");
  pa_record_set_string (r, "reformulation", "SKJULT-OMFORMULERING");
  pa_record_set_boolean (r, "consent", FALSE);
  r = pa_record_add (a, "restrictions");
  pa_record_set_string (r, "original", "OPRINDELIG-ORD");
  pa_record_set_string (r, "reformulation", "Arbejder bedst med korte pauser");
  pa_record_set_boolean (r, "consent", TRUE);
  pa_record_set_string (r, "consent-date", "2026-02-20");
  if (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (a, "follow-ups"))) == 0)
    pa_record_set_string (pa_record_add (a, "follow-ups"), "date", "2026-03-16");
  {
    g_autoptr(PaRecord) f = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (a, "follow-ups")), 0);

    pa_record_set_string (f, "notes", "OPF-NOTAT");
  }
  if (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (a, "goals"))) == 0)
    pa_record_set_string (pa_record_add (a, "goals"), "specific", "Fylde varer op");
  {
    g_autoptr(PaRecord) goal = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (a, "goals")), 0);
    PaRecord *sub = pa_record_add (goal, "subgoals");

    pa_record_set_string (sub, "text", "Kender mejerikølet");
    pa_record_set_string (sub, "date", "2026-03-13");
  }
  pa_agreement_clear_approvals (agreement);
  return agreement;
}

static void
open_marked (UiFixture *fixture)
{
  g_autoptr(PaAgreement) agreement = marked_agreement ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  ui_run_for (100);
}

static PaMeetingWindow *
find_meeting (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PA_IS_MEETING_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return PA_MEETING_WINDOW (w);
    }
  return NULL;
}

/* A key as the window's key controller gets it. */
static void
press (GtkWidget *window,
       guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
      if (handled)
        {
          ui_run_for (30);
          return;
        }
    }
  g_error ("key %u not handled", keyval);
}

/* Everything a reader or a screen reader gets: labels, entries, tooltips. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (out, "%s\n", gtk_widget_get_tooltip_text (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
window_text (PaMeetingWindow *meeting)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (meeting), out);
  return g_string_free (out, FALSE);
}

static void
assert_nothing_hidden (PaMeetingWindow *meeting)
{
  g_autofree char *text = window_text (meeting);

  for (guint i = 0; hidden[i] != NULL; i++)
    if (strstr (text, hidden[i]) != NULL)
      g_error ("section %s shows %s", pa_meeting_window_get_section (meeting), hidden[i]);
}

static PaMeetingWindow *
enter_with_f11 (UiFixture *fixture)
{
  PaMeetingWindow *meeting;

  ui_press_shortcut ((PaEditor *) fixture->window, "F11");
  ui_run_for (100);
  meeting = find_meeting ();
  g_assert_nonnull (meeting);
  return meeting;
}

static void
test_keyboard_and_privacy (UiFixture     *fixture,
                           gconstpointer  data)
{
  PaMeetingWindow *meeting;

  UI_SKIP_WITHOUT_DISPLAY ();
  open_marked (fixture);
  meeting = enter_with_f11 (fixture);
  g_object_add_weak_pointer (G_OBJECT (meeting), (gpointer *) &meeting);

  /* Every section, forward with Page Down and Right, back with Page Up and Left. */
  g_assert_cmpstr (pa_meeting_window_get_section (meeting), ==, "purpose");
  for (guint i = 1; i < PA_MEETING_N_SECTIONS; i++)
    {
      assert_nothing_hidden (meeting);
      press (GTK_WIDGET (meeting), i % 2 ? GDK_KEY_Page_Down : GDK_KEY_Right);
      g_assert_cmpuint (pa_meeting_window_get_position (meeting), ==, i);
    }
  g_assert_cmpstr (pa_meeting_window_get_section (meeting), ==, "approvals");
  assert_nothing_hidden (meeting);
  press (GTK_WIDGET (meeting), GDK_KEY_Page_Down);
  g_assert_cmpuint (pa_meeting_window_get_position (meeting), ==, PA_MEETING_N_SECTIONS - 1);
  press (GTK_WIDGET (meeting), GDK_KEY_Page_Up);
  press (GTK_WIDGET (meeting), GDK_KEY_Left);
  g_assert_cmpstr (pa_meeting_window_get_section (meeting), ==, "restrictions");

  /* Revealed: the citizen's own words, for this section only. */
  {
    g_autofree char *text = NULL;

    assert_nothing_hidden (meeting);
    pa_meeting_window_set_revealed (meeting, TRUE);
    ui_run_for (30);
    text = window_text (meeting);
    g_assert_nonnull (strstr (text, "SKJULT-ORD"));
    g_assert_nonnull (strstr (text, "OPRINDELIG-ORD"));
    g_assert_null (strstr (text, "010190-1234"));
  }
  press (GTK_WIDGET (meeting), GDK_KEY_Right);
  g_assert_false (pa_meeting_window_get_revealed (meeting));
  assert_nothing_hidden (meeting);
  press (GTK_WIDGET (meeting), GDK_KEY_Left);
  g_assert_false (pa_meeting_window_get_revealed (meeting));
  assert_nothing_hidden (meeting);

  /* Escape leaves. */
  press (GTK_WIDGET (meeting), GDK_KEY_Escape);
  ui_run_for (50);
  g_assert_null (meeting);
  g_assert_null (find_meeting ());
}

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
approve (PaMeetingWindow *meeting,
         const char      *party_label,
         int              revision)
{
  g_autofree char *tip = g_strdup_printf ("%s approves revision %d", party_label, revision);
  GtkWidget *button = find_by_tooltip (GTK_WIDGET (meeting), tip);

  g_assert_nonnull (button);
  ui_press (button);
  ui_run_for (30);
}

static void
test_approvals_and_revisions (UiFixture     *fixture,
                              gconstpointer  data)
{
  PaMeetingWindow *meeting;
  PaAgreement *agreement;
  PaRecord *approval;
  GtkWidget *pencil, *entry, *view;
  g_autoptr(GError) error = NULL;

  UI_SKIP_WITHOUT_DISPLAY ();
  open_marked (fixture);
  agreement = pa_autosave_get_agreement (pa_window_get_autosave (fixture->window));
  meeting = enter_with_f11 (fixture);

  /* At the end of the meeting each party approves revision 1. */
  for (guint i = 0; i < PA_MEETING_N_SECTIONS - 1; i++)
    press (GTK_WIDGET (meeting), GDK_KEY_Page_Down);
  approve (meeting, "Citizen", 1);
  approve (meeting, "Company", 1);
  approval = PA_RECORD (pa_agreement_get_approval (agreement, "citizen"));
  g_assert_nonnull (pa_record_get_string (approval, "approved-at"));
  g_assert_cmpint (pa_record_get_int (approval, "revision"), ==, 1);

  /* A pencil in the goals: a sub-goal's text, changed in place. */
  pa_meeting_window_go (meeting, -(int) PA_MEETING_N_SECTIONS);
  press (GTK_WIDGET (meeting), GDK_KEY_Page_Down);
  g_assert_cmpstr (pa_meeting_window_get_section (meeting), ==, "goals");
  pencil = find_by_tooltip (GTK_WIDGET (meeting), "Change Sub-goal");
  g_assert_nonnull (pencil);
  ui_press (pencil);
  entry = find_type (gtk_widget_get_parent (gtk_widget_get_parent (pencil)), GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Fylder mælk op uden hjælp");
  g_signal_emit_by_name (entry, "activate");
  ui_run_for (50);

  /* The edit cleared the approvals and made revision 2. */
  g_assert_cmpint (pa_agreement_get_revision (agreement), ==, 2);
  g_assert_false (pa_agreement_has_approvals (agreement));
  g_assert_true (pa_autosave_flush (pa_window_get_autosave (fixture->window), &error));
  g_assert_no_error (error);

  /* The difference names the field that changed. */
  pa_meeting_window_go (meeting, PA_MEETING_N_SECTIONS);
  ui_run_for (50);
  view = find_type (GTK_WIDGET (meeting), PA_TYPE_APPROVALS_VIEW);
  g_assert_nonnull (view);
  pa_approvals_view_compare (PA_APPROVALS_VIEW (view), 1, 2);
  g_assert_nonnull (strstr (pa_approvals_view_get_difference_text (PA_APPROVALS_VIEW (view)),
                            "Sub-goal changed from"));
  g_assert_nonnull (strstr (pa_approvals_view_get_difference_text (PA_APPROVALS_VIEW (view)),
                            "Fylder mælk op uden hjælp"));
  press (GTK_WIDGET (meeting), GDK_KEY_Escape);

  /* A restart keeps revision 1 with its approvals. */
  {
    g_autoptr(PaStore) again = pa_store_open (fixture->db_path, &error);
    g_autoptr(GPtrArray) revisions = NULL;
    g_autoptr(PaAgreement) loaded = NULL;
    PaAgreement *first;

    g_assert_no_error (error);
    revisions = pa_store_list_revisions (again, pa_agreement_get_id (agreement), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (revisions->len, ==, 1);
    first = g_ptr_array_index (revisions, 0);
    g_assert_cmpint (pa_agreement_get_revision (first), ==, 1);
    approval = PA_RECORD (pa_agreement_get_approval (first, "company"));
    g_assert_nonnull (pa_record_get_string (approval, "approved-at"));
    g_assert_cmpint (pa_record_get_int (approval, "revision"), ==, 1);
    loaded = pa_store_load (again, pa_agreement_get_id (agreement), &error);
    g_assert_cmpint (pa_agreement_get_revision (loaded), ==, 2);
  }
}

static PaAgreement *
saved_draft (UiFixture  *fixture,
             const char *name,
             const char *status,
             const char *start)
{
  PaAgreement *agreement = pa_agreement_new ();
  g_autoptr(GError) error = NULL;

  pa_record_set_string (pa_record_get_child (PA_RECORD (agreement), "citizen"), "name", name);
  pa_record_set_string (PA_RECORD (agreement), "status", status);
  pa_record_set_string (PA_RECORD (agreement), "start-date", start);
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  return agreement;
}

/* The list filters by status (an agreed placement that has started is
 * active) and names this week's follow-ups. */
static gboolean
week_box_filled (gpointer window)
{
  g_autoptr(GString) text = g_string_new (NULL);

  collect_text (GTK_WIDGET (window), text);
  return strstr (text->str, "Anna Kladde · phone") != NULL;
}

static void
test_list_status_and_follow_ups (UiFixture     *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PaAgreement) a = NULL, b = NULL, c = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  GtkWidget *dropdown;
  PaRecord *follow_up;

  UI_SKIP_WITHOUT_DISPLAY ();
  a = saved_draft (fixture, "Anna Kladde", "draft", "2099-01-05");
  b = saved_draft (fixture, "Bo Fremtid", "agreed", "2099-01-05");
  c = saved_draft (fixture, "Carl Startet", "agreed", "2020-01-06");
  follow_up = pa_record_add (PA_RECORD (a), "follow-ups");
  pa_record_set_string (follow_up, "date", today);
  pa_record_set_string (follow_up, "time", "10:00");
  pa_record_set_string (follow_up, "kind", "phone");
  g_assert_true (pa_store_save (fixture->store, a, &error));
  _pa_window_reload_list (fixture->window);
  ui_run_for (100);

  dropdown = find_by_tooltip (GTK_WIDGET (fixture->window), "Show the agreements with this status");
  g_assert_nonnull (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->selection)), ==, 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2);   /* agreed */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->selection)), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 3);   /* active */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->selection)), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->selection)), ==, 3);

  /* The week's follow-ups are read in a thread. */
  ui_run_until (week_box_filled, fixture->window, 5000);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    collect_text (GTK_WIDGET (fixture->window), text);
    g_assert_nonnull (strstr (text->str, "Follow-ups This Week"));
    g_assert_nonnull (strstr (text->str, "Anna Kladde · phone"));
  }
}

static void
shoot_size (UiFixture  *fixture,
            const char *scheme,
            int         width,
            int         height)
{
  PaAgreement *agreement = pa_autosave_get_agreement (pa_window_get_autosave (fixture->window));
  PaMeetingWindow *meeting;
  static const char * const sections[] = { "goals", "restrictions", "approvals" };
  GdkRectangle screen;
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);

  /* A window is no larger than the screen: 1920x1080 needs a screen that big
   * (xvfb-run -s '-screen 0 1920x1080x24'). */
  gdk_monitor_get_geometry (monitor, &screen);
  if (screen.width < width || screen.height < height)
    {
      g_test_message ("screen %dx%d: no %dx%d pictures", screen.width, screen.height, width, height);
      return;
    }
  meeting = pa_meeting_window_new (GTK_WINDOW (fixture->window), fixture->store, agreement, NULL);

  gtk_window_set_default_size (GTK_WINDOW (meeting), width, height);
  gtk_window_present (GTK_WINDOW (meeting));
  ui_run_for (200);
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *name = NULL;

      while (!g_str_equal (pa_meeting_window_get_section (meeting), sections[s]))
        pa_meeting_window_go (meeting, +1);
      ui_run_for (300);
      name = g_strdup_printf ("meeting-%s-%dx%d-%s%s", sections[s], width, height, scheme,
                              high_contrast ? "-hc" : "");
      ui_save_window (GTK_WIDGET (meeting), output_dir, name, width, height);
    }
  /* The restrictions revealed for the citizen and the consultant. */
  while (!g_str_equal (pa_meeting_window_get_section (meeting), "restrictions"))
    pa_meeting_window_go (meeting, -1);
  pa_meeting_window_set_revealed (meeting, TRUE);
  ui_run_for (300);
  {
    g_autofree char *name = g_strdup_printf ("meeting-restrictions-revealed-%dx%d-%s%s", width, height,
                                             scheme, high_contrast ? "-hc" : "");

    ui_save_window (GTK_WIDGET (meeting), output_dir, name, width, height);
  }
  gtk_window_destroy (GTK_WINDOW (meeting));
  ui_run_for (50);
}

static void
test_screenshots (UiFixture     *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const char * const schemes[] = { "light", "dark" };

  UI_SKIP_WITHOUT_DISPLAY ();
  ui_remove_window_border ();
  open_marked (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      adw_style_manager_set_color_scheme (style, i ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      ui_run_for (100);
      shoot_size (fixture, schemes[i], 1366, 768);
      shoot_size (fixture, schemes[i], 1920, 1080);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--high-contrast"))
      {
        /* libadwaita reads it once, when it starts. */
        g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
        high_contrast = TRUE;
        for (int j = i; j < argc; j++)
          argv[j] = argv[j + 1];
        argc--;
        break;
      }
  ui_test_init (&argc, &argv);
  /* With SCREENSHOT_LANGUAGE=da: the pictures in Danish (the assertions
   * read English, so only for the screenshots). */
  if (g_strcmp0 (g_getenv ("SCREENSHOT_LANGUAGE"), "da") == 0)
    pa_test_use_danish ();
  output_dir = g_strdup (argc > 1 ? argv[1] : "screenshots");
  g_mkdir_with_parents (output_dir, 0755);

  if (!high_contrast)
    {
      ui_test_add ("/pa/ui/meeting/keyboard-and-privacy", test_keyboard_and_privacy);
      ui_test_add ("/pa/ui/meeting/approvals-and-revisions", test_approvals_and_revisions);
      ui_test_add ("/pa/ui/meeting/list-status-and-follow-ups", test_list_status_and_follow_ups);
    }
  ui_test_add ("/pa/ui/meeting/screenshots", test_screenshots);
  return g_test_run ();
}
