/* test-focus.c: where the keyboard focus goes in the guided editor, and that it can be seen
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A keyboard user arrives at a step by Alt+number, Ctrl+Page Up/Down, the
 * Previous and Next buttons, the sidebar or a finding in the summary; the
 * cursor must then be in the step's first field (or the finding's field),
 * inside the visible part of the window, with its focus ring. Tab and
 * Shift+Tab follow the order on screen, also past the hint and error
 * lines under the fields; the sidebar moves the focus with Tab and goes
 * to a step only on Enter.
 */
#include "config.h"

#include "ui/pa-editor-step.h"
#include "ui/pa-field-message.h"
#include "ui/pa-record-list-editor.h"
#include "ui/pa-step-checklist.h"
#include "ui/pa-step-follow-up.h"
#include "ui/pa-step-goals.h"
#include "ui/pa-step-period.h"
#include "ui/pa-step-restrictions.h"
#include "ui/pa-step-tasks.h"

#include "ui-test-util.h"

static GtkWidget *
focus_of (UiFixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static gboolean
inside (GtkWidget *widget,
        GtkWidget *ancestor)
{
  return widget != NULL && ancestor != NULL &&
         (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

static gboolean
has_action (GtkWidget  *widget,
            const char *action,
            int         target)
{
  GVariant *value;

  if (!GTK_IS_ACTIONABLE (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) != 0)
    return FALSE;
  value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target < 0 || (value != NULL && g_variant_get_int32 (value) == target);
}

/* The first button under @root that does @action with @target. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action,
                    int         target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) && has_action (child, action, target))
        return child;
      if ((found = find_action_button (child, action, target)) != NULL)
        return found;
    }
  return NULL;
}

static GtkListBox *
find_steps_list (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found;

      if (GTK_IS_LIST_BOX (child) && gtk_widget_has_css_class (child, "steps-list"))
        return GTK_LIST_BOX (child);
      if ((found = find_steps_list (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether @widget lies inside the visible part of its step's scrolled
 * window, and of the window. */
static gboolean
in_view (GtkWidget *widget,
         GtkWidget *scrolled,
         GtkWidget *window)
{
  graphene_rect_t bounds;

  if (widget == NULL || !gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return FALSE;
  if (bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > gtk_widget_get_height (scrolled) ||
      bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (scrolled))
    return FALSE;
  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

typedef struct {
  UiFixture *fixture;
  GtkWidget *scrolled;
} ViewWait;

static gboolean
focus_in_view (gpointer data)
{
  ViewWait *wait = data;

  return in_view (focus_of (wait->fixture), wait->scrolled, GTK_WIDGET (wait->fixture->window));
}

/* The page is laid out a frame after the switch; then the focus must be
 * in view (the wait fails the test when it never is). */
static void
assert_focus_in_view (UiFixture  *fixture,
                      PaEditor   *editor,
                      const char *step_id)
{
  ViewWait wait = { fixture, pa_editor_get_step_page (editor, step_id) };

  ui_run_until (focus_in_view, &wait, 5000);
  ui_run_for (50);
  g_assert_true (focus_in_view (&wait));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
}

/* The step's first field, as the user sees the step. */
static gboolean
is_first_field (PaEditor  *editor,
                guint      index,
                GtkWidget *focus)
{
  const char *id = pa_editor_get_step_id_at (editor, index);
  PaFieldRegistry *registry = pa_editor_get_registry (editor);

  if (g_str_equal (id, "parties"))
    return inside (focus, pa_field_registry_lookup (registry, "citizen/name"));
  if (g_str_equal (id, "period"))
    return inside (focus, pa_field_registry_lookup (registry, "citizen/target-group"));
  if (g_str_equal (id, "purpose"))
    /* The first legal purpose, at the top of the step. */
    return GTK_IS_CHECK_BUTTON (focus) && inside (focus, pa_field_registry_lookup (registry, "purposes"));
  if (g_str_equal (id, "follow-up") || g_str_equal (id, "tasks") || g_str_equal (id, "restrictions"))
    {
      PaRecordListEditor *list = g_str_equal (id, "tasks")
        ? pa_step_tasks_get_list_editor (PA_STEP_TASKS (pa_editor_get_step (editor, id)))
        : g_str_equal (id, "restrictions")
        ? pa_step_restrictions_get_list_editor (PA_STEP_RESTRICTIONS (pa_editor_get_step (editor, id)))
        : pa_step_follow_up_get_list_editor (PA_STEP_FOLLOW_UP (pa_editor_get_step (editor, id)));
      AdwExpanderRow *row = pa_record_list_editor_get_row (list, 0);

      /* The first item, not one of its arrows; or Add. */
      if (row != NULL)
        return inside (focus, GTK_WIDGET (row)) && !GTK_IS_BUTTON (focus);
      return focus == pa_record_list_editor_get_add_button (list);
    }
  if (g_str_equal (id, "goals"))
    {
      PaRecordListEditor *list =
        pa_step_goals_get_list_editor (PA_STEP_GOALS (pa_editor_get_step (editor, id)));

      /* The first goal's text; or Add. */
      if (pa_record_list_editor_get_row (list, 0) != NULL)
        return inside (focus, pa_field_registry_lookup (registry, "goals/0/specific"));
      return focus == pa_record_list_editor_get_add_button (list);
    }
  if (g_str_equal (id, "checklist"))
    /* The first of the seven points. */
    return inside (focus, GTK_WIDGET (pa_step_checklist_get_item_row (PA_STEP_CHECKLIST (pa_editor_get_step (editor, id)), 1)));
  if (g_str_equal (id, "documents"))
    return has_action (focus, "win.export-pdf", -1);
  /* A step to come: on to the next one. */
  return has_action (focus, "editor.show-step", index + 2);
}

typedef enum {
  ROUTE_ALT,
  ROUTE_PAGE_DOWN,
  ROUTE_PAGE_UP,
  ROUTE_NEXT_BUTTON,
  ROUTE_PREVIOUS_BUTTON,
  ROUTE_SIDEBAR,
  ROUTE_FINDING,
  N_ROUTES
} Route;

static const char *route_names[] = {
  "Alt+N", "Ctrl+Page Down", "Ctrl+Page Up", "Next", "Previous", "sidebar", "finding",
};

/* A field of each step that a finding can name, or NULL. */
static const char *
finding_path (const char *step_id)
{
  if (g_str_equal (step_id, "parties"))
    return "company/cvr";
  if (g_str_equal (step_id, "period"))
    return "end-date";
  if (g_str_equal (step_id, "purpose"))
    return "individual-purpose";
  if (g_str_equal (step_id, "follow-up"))
    return "notes";
  return NULL;
}

static void
press_nav_button (PaEditor *editor,
                  guint     from,
                  guint     to)
{
  GtkWidget *step = pa_editor_get_step (editor, pa_editor_get_step_id_at (editor, from));
  GtkWidget *button = find_action_button (step, "editor.show-step", to + 1);

  g_assert_nonnull (button);
  ui_press (button);
}

/* Goes to step @index by @route; FALSE where the route does not lead there. */
static gboolean
arrive (PaEditor *editor,
        guint     index,
        Route     route)
{
  guint n = pa_editor_get_n_steps (editor);
  g_autofree char *alt = g_strdup_printf ("<Alt>%u", index + 1);

  switch (route)
    {
    case ROUTE_ALT:
      ui_press_shortcut (editor, alt);
      return TRUE;
    case ROUTE_PAGE_DOWN:
    case ROUTE_NEXT_BUTTON:
      if (index == 0)
        return FALSE;
      pa_editor_show_step (editor, pa_editor_get_step_id_at (editor, index - 1));
      if (route == ROUTE_PAGE_DOWN)
        ui_press_shortcut (editor, "<Control>Page_Down");
      else
        press_nav_button (editor, index - 1, index);
      return TRUE;
    case ROUTE_PAGE_UP:
    case ROUTE_PREVIOUS_BUTTON:
      if (index + 1 >= n)
        return FALSE;
      pa_editor_show_step (editor, pa_editor_get_step_id_at (editor, index + 1));
      if (route == ROUTE_PAGE_UP)
        ui_press_shortcut (editor, "<Control>Page_Up");
      else
        press_nav_button (editor, index + 1, index);
      return TRUE;
    case ROUTE_SIDEBAR:
      /* A click or Enter on the row. */
      gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (find_steps_list (GTK_WIDGET (editor)),
                                                                       index)));
      return TRUE;
    case ROUTE_FINDING:
      if (finding_path (pa_editor_get_step_id_at (editor, index)) == NULL)
        return FALSE;
      g_signal_emit_by_name (pa_editor_get_findings_bar (editor), "finding-activated",
                             finding_path (pa_editor_get_step_id_at (editor, index)));
      return TRUE;
    case N_ROUTES:
    default:
      g_assert_not_reached ();
    }
}

/* Every step by every route: the cursor in its first field (or in the
 * finding's field), in view, with a focus ring. */
static void
test_arrival (UiFixture     *fixture,
              gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_check_now (editor);
  ui_run_for (100);

  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    for (Route route = 0; route < N_ROUTES; route++)
      {
        const char *id = pa_editor_get_step_id_at (editor, i);
        GtkWidget *focus;

        /* Start from the list of agreements, as the window can. */
        gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
        if (!arrive (editor, i, route))
          continue;
        g_test_message ("step %s by %s", id, route_names[route]);
        g_assert_cmpstr (pa_editor_get_step_id (editor), ==, id);
        assert_focus_in_view (fixture, editor, id);

        focus = focus_of (fixture);
        if (route == ROUTE_FINDING)
          g_assert_true (inside (focus, pa_field_registry_lookup (pa_editor_get_registry (editor),
                                                                  finding_path (id))));
        else
          g_assert_true (is_first_field (editor, i, focus));
      }
}

/* Ctrl+Page Down from step 1 of a new draft, and the date typed next goes
 * into the field that has the cursor, which is on screen. */
static void
test_arrival_typing (UiFixture     *fixture,
                     gconstpointer  data)
{
  PaEditor *editor;
  GtkWidget *focus;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  ui_run_for (100);
  ui_press_shortcut (editor, "<Control>Page_Down");
  focus = focus_of (fixture);
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_true (inside (focus, GTK_WIDGET (pa_editor_get_target_group_row (editor))));
  g_assert_false (inside (focus, GTK_WIDGET (pa_step_period_get_start_hours_spin (PA_STEP_PERIOD (pa_editor_get_step (editor, "period"))))));
  assert_focus_in_view (fixture, editor, "period");
}

/* The fields of step 2 in the order on screen; "@list" is the list's Add. */
static const char *period_order[] = {
  "citizen/target-group", "start-date", "end-date", "@extensions", "start-hours",
  "@workdays", "@step-ups", "@hybrid-hours",
};

static GtkWidget *
period_widget (PaEditor   *editor,
               const char *name)
{
  PaStepPeriod *period = PA_STEP_PERIOD (pa_editor_get_step (editor, "period"));

  if (name[0] == '@')
    return pa_record_list_editor_get_add_button (pa_step_period_get_list_editor (period, name + 1));
  return pa_field_registry_lookup (pa_editor_get_registry (editor), name);
}

static int
period_index (PaEditor  *editor,
              GtkWidget *focus)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_order); i++)
    if (inside (focus, period_widget (editor, period_order[i])))
      return (int) i;
  return -1;
}

/* From each field, Tab (or Shift+Tab) reaches the next field in the order
 * on screen, passing at most the read-only duration row on the way. */
static void
assert_tab_walk (UiFixture        *fixture,
                 PaEditor         *editor,
                 GtkDirectionType  direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  guint n = G_N_ELEMENTS (period_order);
  GtkWidget *page = pa_editor_get_step_page (editor, "period");

  for (guint k = 0; k + 1 < n; k++)
    {
      guint from = forward ? k : n - 1 - k;
      guint to = forward ? from + 1 : from - 1;
      int reached = -1;

      pa_field_registry_focus_widget (period_widget (editor, period_order[from]));
      g_assert_cmpint (period_index (editor, focus_of (fixture)), ==, from);
      for (guint presses = 0; presses < 3 && reached < 0; presses++)
        {
          GtkWidget *focus;

          g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), direction));
          focus = focus_of (fixture);
          g_assert_true (inside (focus, page));
          g_assert_true (gtk_widget_get_mapped (focus));
          reached = period_index (editor, focus);
        }
      g_test_message ("%s from %s: %s", forward ? "Tab" : "Shift+Tab", period_order[from],
                      reached >= 0 ? period_order[reached] : "(none)");
      g_assert_cmpint (reached, ==, to);
    }
}

static gboolean
message_shown (GtkWidget *widget)
{
  PaFieldMessage *message = pa_field_message_for_widget (widget);

  return message != NULL && gtk_widget_get_visible (GTK_WIDGET (message)) &&
         pa_field_message_get_text (message) != NULL;
}

static void
test_tab_order_period (UiFixture     *fixture,
                       gconstpointer  data)
{
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_check_now (editor);
  ui_press_shortcut (editor, "<Alt>2");
  ui_run_for (100);

  /* A new draft: hint lines under the target group and the dates. */
  g_assert_true (message_shown (period_widget (editor, "citizen/target-group")));
  g_assert_true (message_shown (period_widget (editor, "start-date")));
  assert_tab_walk (fixture, editor, GTK_DIR_TAB_FORWARD);
  assert_tab_walk (fixture, editor, GTK_DIR_TAB_BACKWARD);

  /* An error line under the start date, none under the end date. */
  ui_type (period_widget (editor, "start-date"), "1.13.2026");
  ui_type (period_widget (editor, "end-date"), "31.5.2026");
  pa_editor_check_now (editor);
  ui_run_for (100);
  g_assert_true (message_shown (period_widget (editor, "start-date")));
  g_assert_cmpint (pa_field_message_get_severity (pa_field_message_for_widget (period_widget (editor, "start-date"))),
                   ==, PA_SEVERITY_ERROR);
  assert_tab_walk (fixture, editor, GTK_DIR_TAB_FORWARD);
  assert_tab_walk (fixture, editor, GTK_DIR_TAB_BACKWARD);
}

/* An extension's fields in the order on screen, the very special need
 * last; Tab walks them both ways. */
static void
test_tab_order_extension (UiFixture     *fixture,
                          gconstpointer  data)
{
  static const char *order[] = {
    "extensions/0/end-date", "extensions/0/purpose", "extensions/0/reason", "extensions/0/special-need",
  };
  PaFieldRegistry *registry;
  PaStepPeriod *period;
  PaEditor *editor;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  registry = pa_editor_get_registry (editor);
  ui_press_shortcut (editor, "<Alt>2");
  period = PA_STEP_PERIOD (pa_editor_get_step (editor, "period"));
  ui_press (pa_record_list_editor_get_add_button (pa_step_period_get_list_editor (period, "extensions")));
  ui_run_for (100);

  for (guint k = 0; k + 1 < G_N_ELEMENTS (order); k++)
    for (guint back = 0; back < 2; back++)
      {
        const char *from = order[back ? k + 1 : k];
        const char *to = order[back ? k : k + 1];
        GtkWidget *target = pa_field_registry_lookup (registry, to);

        g_assert_nonnull (target);
        pa_field_registry_focus_widget (pa_field_registry_lookup (registry, from));
        g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window),
                                               back ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD));
        g_test_message ("%s from %s", back ? "Shift+Tab" : "Tab", from);
        g_assert_true (inside (focus_of (fixture), target));
        g_assert_true (gtk_widget_get_mapped (focus_of (fixture)));
      }
}

/* The top of @widget on the step's page, as if the page were not scrolled. */
static double
page_top (GtkWidget *widget,
          GtkWidget *scrolled)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  /* Against what the viewport moves: the same however it is scrolled. */
  g_assert_true (gtk_widget_compute_bounds (widget, gtk_viewport_get_child (GTK_VIEWPORT (viewport)), &bounds));
  return bounds.origin.y;
}

/* Tab (or Shift+Tab) through the whole step: each stop is shown, and none
 * lies above the one before it (below, with Shift+Tab). */
static guint
walk_step (UiFixture        *fixture,
           PaEditor         *editor,
           const char       *step_id,
           GtkDirectionType  direction)
{
  GtkWidget *scrolled = pa_editor_get_step_page (editor, step_id);
  double previous = direction == GTK_DIR_TAB_FORWARD ? -G_MAXDOUBLE : G_MAXDOUBLE;
  GtkWidget *before = NULL;
  guint stops = 0;

  for (guint presses = 0; presses < 300; presses++)
    {
      GtkWidget *focus = focus_of (fixture);
      double top;

      if (!inside (focus, scrolled))
        break;
      g_assert_true (gtk_widget_get_mapped (focus));
      /* Every press moves on, and to something one can act on. */
      g_assert_true (focus != before);
      g_assert_false (GTK_IS_SCROLLED_WINDOW (focus) || GTK_IS_VIEWPORT (focus));
      before = focus;
      top = page_top (focus, scrolled);
      g_test_message ("  %s %s at %.0f", step_id, G_OBJECT_TYPE_NAME (focus), top);
      if (direction == GTK_DIR_TAB_FORWARD)
        g_assert_cmpfloat (top, >=, previous - 1);
      else
        g_assert_cmpfloat (top, <=, previous + 1);
      previous = top;
      stops++;
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), direction));
      ui_run_for (5);
    }
  return stops;
}

static void
expand_all (PaRecordListEditor *list)
{
  AdwExpanderRow *row;

  for (guint i = 0; (row = pa_record_list_editor_get_row (list, i)) != NULL; i++)
    adw_expander_row_set_expanded (row, TRUE);
}

/* Every step of a filled-in agreement, its lists open: Tab goes down the
 * page, Shift+Tab up it, and neither skips to a hidden widget. */
static void
test_tab_order_all (UiFixture     *fixture,
                    gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  PaEditor *editor;
  PaStepPeriod *period;

  UI_SKIP_WITHOUT_DISPLAY ();

  agreement = ui_realistic_agreement ();
  g_assert_true (pa_store_save (fixture->store, agreement, &error));
  g_assert_no_error (error);
  _pa_window_reload_list (fixture->window);
  g_assert_true (pa_window_open_draft (fixture->window, pa_agreement_get_id (agreement)));
  editor = pa_window_get_editor (fixture->window);
  period = PA_STEP_PERIOD (pa_editor_get_step (editor, "period"));
  expand_all (pa_step_period_get_list_editor (period, "workdays"));
  expand_all (pa_step_period_get_list_editor (period, "extensions"));
  expand_all (pa_step_follow_up_get_list_editor (PA_STEP_FOLLOW_UP (pa_editor_get_step (editor, "follow-up"))));
  pa_editor_check_now (editor);

  for (guint i = 0; i < pa_editor_get_n_steps (editor); i++)
    {
      const char *id = pa_editor_get_step_id_at (editor, i);
      g_autofree char *alt = g_strdup_printf ("<Alt>%u", i + 1);
      GtkWidget *last;

      ui_press_shortcut (editor, alt);
      ui_run_for (300);
      g_assert_cmpuint (walk_step (fixture, editor, id, GTK_DIR_TAB_FORWARD), >=, 1);

      /* Back from the last stop of the step: its last button. */
      last = find_action_button (pa_editor_get_step (editor, id), "editor.show-step",
                                 i + 1 < pa_editor_get_n_steps (editor) ? (int) i + 2 : (int) i);
      g_assert_true (gtk_widget_grab_focus (last));
      ui_run_for (300);
      g_assert_cmpuint (walk_step (fixture, editor, id, GTK_DIR_TAB_BACKWARD), >=, 1);
    }
}

/* Tab walks the sidebar without changing the step; Enter goes there. */
static void
test_sidebar (UiFixture     *fixture,
              gconstpointer  data)
{
  PaEditor *editor;
  GtkListBox *list;
  guint n;

  UI_SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  n = pa_editor_get_n_steps (editor);
  list = find_steps_list (GTK_WIDGET (editor));
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));

  for (guint i = 1; i < n; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      g_assert_true (focus_of (fixture) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, i)));
      g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "parties");
    }
  for (guint i = n - 1; i > 2; i--)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
      g_assert_true (focus_of (fixture) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, i - 1)));
    }
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "parties");

  /* The arrows too: Down moves the cursor, and only the cursor. */
  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  g_assert_true (focus_of (fixture) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 3)));
  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, -1, FALSE, FALSE);
  g_assert_true (focus_of (fixture) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)));
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, "parties");

  /* What Enter and Space do in a list: activate the row with the cursor. */
  g_signal_emit_by_name (list, "activate-cursor-row");
  g_assert_cmpstr (pa_editor_get_step_id (editor), ==, pa_editor_get_step_id_at (editor, 2));
  /* The step is marked, and the cursor went into it. */
  g_assert_true (gtk_widget_get_state_flags (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2))) &
                 GTK_STATE_FLAG_SELECTED);
  g_assert_false (gtk_widget_get_state_flags (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))) &
                  GTK_STATE_FLAG_SELECTED);
  g_assert_true (inside (focus_of (fixture), pa_editor_get_step (editor, pa_editor_get_step_id_at (editor, 2))));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  ui_test_add ("/pa/ui/focus/arrival", test_arrival);
  ui_test_add ("/pa/ui/focus/arrival-typing", test_arrival_typing);
  ui_test_add ("/pa/ui/focus/tab-order-period", test_tab_order_period);
  ui_test_add ("/pa/ui/focus/tab-order-extension", test_tab_order_extension);
  ui_test_add ("/pa/ui/focus/tab-order-all", test_tab_order_all);
  ui_test_add ("/pa/ui/focus/sidebar", test_sidebar);

  return g_test_run ();
}
