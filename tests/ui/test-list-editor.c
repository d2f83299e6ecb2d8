/* test-list-editor.c: the lists of the agreement: add, reorder, remove and undo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget edits every list; these tests use the weekdays and the
 * follow-ups, through the buttons' and the shortcuts' actions.
 */
#include "config.h"

#include "ui/pa-record-list-editor.h"
#include "ui/pa-step-follow-up.h"
#include "ui/pa-step-period.h"

#include "ui-test-util.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#define SKIP_WITHOUT_DISPLAY()                                  \
  G_STMT_START {                                                \
    if (!ui_test_has_display ())                                \
      {                                                         \
        g_test_skip ("needs a display (run under xvfb-run)");   \
        return;                                                 \
      }                                                         \
  } G_STMT_END

static PaRecordListEditor *
workdays_editor (PaEditor *editor)
{
  return pa_step_period_get_list_editor (PA_STEP_PERIOD (pa_editor_get_step (editor, "period")), "workdays");
}

static PaRecordListEditor *
follow_ups_editor (PaEditor *editor)
{
  return pa_step_follow_up_get_list_editor (PA_STEP_FOLLOW_UP (pa_editor_get_step (editor, "follow-up")));
}

static guint
n_items (PaRecordListEditor *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (pa_record_list_editor_get_record (list),
                                                                   pa_record_list_editor_get_field (list))));
}

static PaRecord *
item_at (PaRecordListEditor *list,
         guint               position)
{
  GListModel *model = G_LIST_MODEL (pa_record_get_list (pa_record_list_editor_get_record (list),
                                                        pa_record_list_editor_get_field (list)));
  g_autoptr(PaRecord) item = g_list_model_get_item (model, position);

  /* The list keeps it alive. */
  return item;
}

static void
press_add (PaRecordListEditor *list)
{
  GtkWidget *button = pa_record_list_editor_get_add_button (list);

  ui_press (button);
}

/* What a row's button or shortcut does: the row's own action. */
static gboolean
row_action (PaRecordListEditor *list,
            guint               position,
            const char         *action)
{
  AdwExpanderRow *row = pa_record_list_editor_get_row (list, position);

  g_assert_nonnull (row);
  return gtk_widget_activate_action (GTK_WIDGET (row), action, NULL);
}

static void
add_follow_ups (PaEditor   *editor,
                const char *names[],
                guint       n)
{
  PaRecordListEditor *list = follow_ups_editor (editor);

  for (guint i = 0; i < n; i++)
    {
      press_add (list);
      pa_record_set_string (item_at (list, i), "participants", names[i]);
    }
}

/* Add: a new row, open, with the cursor in its first field; a new day
 * follows the one before, with its times; at seven days the list is full. */
static void
test_add (UiFixture     *fixture,
          gconstpointer  data)
{
  PaEditor *editor;
  PaRecordListEditor *list;
  AdwExpanderRow *row;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "period");
  list = workdays_editor (editor);
  g_assert_cmpuint (n_items (list), ==, 0);

  press_add (list);
  g_assert_cmpuint (n_items (list), ==, 1);
  row = pa_record_list_editor_get_row (list, 0);
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Monday");

  pa_record_set_string (item_at (list, 0), "start-time", "08:00");
  pa_record_set_string (item_at (list, 0), "end-time", "12:00");
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "8:00–12:00, 4 hours");

  press_add (list);
  g_assert_cmpint (pa_record_get_int (item_at (list, 1), "weekday"), ==, 2);
  g_assert_cmpstr (pa_record_get_string (item_at (list, 1), "start-time"), ==, "08:00");
  g_assert_cmpstr (pa_record_get_string (item_at (list, 1), "end-time"), ==, "12:00");

  for (guint i = 2; i < 7; i++)
    press_add (list);
  g_assert_cmpuint (n_items (list), ==, 7);
  g_assert_false (gtk_widget_get_sensitive (pa_record_list_editor_get_add_button (list)));
  g_assert_cmpint (pa_record_get_int (item_at (list, 6), "weekday"), ==, 7);
}

/* Up and down move the item in the model; its row stays the same widget,
 * and the order is in the store. */
static void
test_reorder (UiFixture     *fixture,
              gconstpointer  data)
{
  const char *names[] = { "Amina", "Bo", "Camilla" };
  g_autoptr(PaAgreement) loaded = NULL;
  PaEditor *editor;
  PaRecordListEditor *list;
  AdwExpanderRow *bo_row;
  GListModel *loaded_list;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "follow-up");
  list = follow_ups_editor (editor);
  add_follow_ups (editor, names, G_N_ELEMENTS (names));
  bo_row = pa_record_list_editor_get_row (list, 1);

  /* The first cannot go up, the last cannot go down. */
  row_action (list, 0, "item.move-up");
  row_action (list, 2, "item.move-down");
  g_assert_cmpstr (pa_record_get_string (item_at (list, 0), "participants"), ==, "Amina");
  g_assert_cmpstr (pa_record_get_string (item_at (list, 2), "participants"), ==, "Camilla");

  g_assert_true (row_action (list, 1, "item.move-up"));
  g_assert_cmpstr (pa_record_get_string (item_at (list, 0), "participants"), ==, "Bo");
  g_assert_cmpstr (pa_record_get_string (item_at (list, 1), "participants"), ==, "Amina");
  g_assert_true (pa_record_list_editor_get_row (list, 0) == bo_row);

  g_assert_true (row_action (list, 0, "item.move-down"));
  g_assert_true (row_action (list, 1, "item.move-down"));
  g_assert_cmpstr (pa_record_get_string (item_at (list, 2), "participants"), ==, "Bo");
  g_assert_true (pa_record_list_editor_get_row (list, 2) == bo_row);
  /* The titles follow the positions: "Follow-up 3" is at the end now. */
  pa_record_set_string (item_at (list, 2), "kind", NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (bo_row)), ==, "Follow-up 3");

  loaded = ui_save_and_reload (fixture);
  loaded_list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "follow-ups"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (loaded_list, i);
      const char *expected[] = { "Amina", "Camilla", "Bo" };

      g_assert_cmpstr (pa_record_get_string (item, "participants"), ==, expected[i]);
    }
}

/* Remove, then Undo: the very same item is back where it was, and saved. */
static void
test_remove_undo (UiFixture     *fixture,
                  gconstpointer  data)
{
  const char *names[] = { "Amina", "Bo", "Camilla" };
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaRecord) bo = NULL;
  PaEditor *editor;
  PaRecordListEditor *list;
  AdwToast *toast;
  GListModel *loaded_list;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "follow-up");
  list = follow_ups_editor (editor);
  add_follow_ups (editor, names, G_N_ELEMENTS (names));
  bo = g_object_ref (item_at (list, 1));

  g_assert_true (row_action (list, 1, "item.remove"));
  g_assert_cmpuint (n_items (list), ==, 2);
  g_assert_cmpstr (pa_record_get_string (item_at (list, 1), "participants"), ==, "Camilla");
  /* The focus goes to the row that took its place. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (pa_record_list_editor_get_row (list, 1))) ||
                 gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (pa_record_list_editor_get_row (list, 1)));

  toast = pa_record_list_editor_get_undo_toast (list);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Follow-up removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");

  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_true (item_at (list, 1) == bo);
  g_assert_nonnull (pa_record_list_editor_get_row (list, 1));

  /* Removed for good: the store no longer has it. */
  g_assert_true (row_action (list, 0, "item.remove"));
  loaded = ui_save_and_reload (fixture);
  loaded_list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "follow-ups"));
  g_assert_cmpuint (g_list_model_get_n_items (loaded_list), ==, 2);
  {
    g_autoptr(PaRecord) first = g_list_model_get_item (loaded_list, 0);

    g_assert_cmpstr (pa_record_get_string (first, "participants"), ==, "Bo");
  }
}

/* Another agreement opened meanwhile: Undo does not put the item into it. */
static void
test_undo_other_agreement (UiFixture     *fixture,
                           gconstpointer  data)
{
  const char *names[] = { "Amina" };
  PaEditor *editor;
  PaRecordListEditor *list;
  AdwToast *toast;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  list = follow_ups_editor (editor);
  add_follow_ups (editor, names, 1);
  g_assert_true (row_action (list, 0, "item.remove"));
  toast = g_object_ref (pa_record_list_editor_get_undo_toast (list));

  ui_new_draft (fixture->window);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (n_items (list), ==, 0);
  g_object_unref (toast);
}

/* Whether a button under @widget does @action. */
static gboolean
has_action_button (GtkWidget  *widget,
                   const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return TRUE;
      if (has_action_button (child, action))
        return TRUE;
    }
  return FALSE;
}

/* Weekdays have their own order: a day moved to Friday goes after
 * Wednesday, and no row has arrows to move it; the follow-ups keep theirs. */
static void
test_weekday_order (UiFixture     *fixture,
                    gconstpointer  data)
{
  PaEditor *editor;
  PaRecordListEditor *list;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  list = workdays_editor (editor);
  for (guint i = 0; i < 3; i++)
    press_add (list);
  g_assert_cmpint (pa_record_get_int (item_at (list, 0), "weekday"), ==, 1);

  /* Monday becomes Friday: Tuesday, Wednesday, Friday. */
  pa_record_set_int (item_at (list, 0), "weekday", 5);
  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_cmpint (pa_record_get_int (item_at (list, 0), "weekday"), ==, 2);
  g_assert_cmpint (pa_record_get_int (item_at (list, 1), "weekday"), ==, 3);
  g_assert_cmpint (pa_record_get_int (item_at (list, 2), "weekday"), ==, 5);
  /* The rows show them in that order too. */
  for (guint i = 0; i + 1 < 3; i++)
    g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (pa_record_list_editor_get_row (list, i))), <,
                     gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (pa_record_list_editor_get_row (list, i + 1))));

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *row = GTK_WIDGET (pa_record_list_editor_get_row (list, i));

      g_assert_false (has_action_button (row, "item.move-up"));
      g_assert_false (has_action_button (row, "item.move-down"));
      row_action (list, i, "item.move-down");
    }
  g_assert_cmpint (pa_record_get_int (item_at (list, 0), "weekday"), ==, 2);
  g_assert_true (has_action_button (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)), "item.remove"));

  add_follow_ups (editor, (const char *[]) { "A", "B" }, 2);
  g_assert_true (has_action_button (GTK_WIDGET (pa_record_list_editor_get_row (follow_ups_editor (editor), 0)),
                                    "item.move-down"));
}

/* The controller of @type on @widget, as GTK delivers the events to it. */
static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* The grip at the start of @widget's header: an image with a drag source. */
static GtkWidget *
find_drag_handle (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && find_controller (child, GTK_TYPE_DRAG_SOURCE) != NULL)
        return child;
      if ((found = find_drag_handle (child)) != NULL)
        return found;
    }
  return NULL;
}

/* What GTK does when the user lets go of @item over the row at
 * @position: in its top half (@after %FALSE) or its bottom half. */
static gboolean
drop_on_row (PaRecordListEditor *list,
             guint               position,
             PaRecord           *item,
             gboolean            after)
{
  GtkWidget *row = GTK_WIDGET (pa_record_list_editor_get_row (list, position));
  GtkEventController *target = find_controller (row, GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean taken = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, PA_TYPE_RECORD);
  g_value_set_object (&value, item);
  g_signal_emit_by_name (target, "drop", &value,
                         10.0, after ? (double) gtk_widget_get_height (row) + 1 : 0.0,
                         &taken);
  return taken;
}

static void
assert_follow_ups (PaRecordListEditor *list,
                   const char         *expected[],
                   guint               n)
{
  g_assert_cmpuint (n_items (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (pa_record_get_string (item_at (list, i), "participants"), ==, expected[i]);
      /* The rows show the list's order. */
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (pa_record_list_editor_get_row (list, i))),
                       ==, (int) i);
    }
}

/* Dragging a row by its grip: it goes above or below the row it is
 * dropped on, in the model, with the focus; an item of another list is
 * refused; the weekdays, in their own order, have no grip. */
static void
test_drag (UiFixture     *fixture,
           gconstpointer  data)
{
  const char *names[] = { "Amina", "Bo", "Camilla", "Dorte" };
  PaEditor *editor;
  PaRecordListEditor *list;
  PaRecordListEditor *days;
  GtkWidget *handle;
  PaRecord *amina;

  SKIP_WITHOUT_DISPLAY ();

  editor = ui_new_draft (fixture->window);
  pa_editor_show_step (editor, "follow-up");
  list = follow_ups_editor (editor);
  add_follow_ups (editor, names, G_N_ELEMENTS (names));
  amina = item_at (list, 0);

  handle = find_drag_handle (GTK_WIDGET (pa_record_list_editor_get_row (list, 0)));
  g_assert_nonnull (handle);
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (handle)), ==, "list-drag-handle-symbolic");

  /* Amina below Camilla. */
  g_assert_true (drop_on_row (list, 2, amina, TRUE));
  assert_follow_ups (list, (const char *[]) { "Bo", "Camilla", "Amina", "Dorte" }, 4);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (pa_record_list_editor_get_row (list, 2))) ||
                 gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (pa_record_list_editor_get_row (list, 2)));
  /* Dorte above Bo, the first. */
  g_assert_true (drop_on_row (list, 0, item_at (list, 3), FALSE));
  assert_follow_ups (list, (const char *[]) { "Dorte", "Bo", "Camilla", "Amina" }, 4);
  /* Onto itself, or just above the one below it: nothing moves. */
  g_assert_true (drop_on_row (list, 1, item_at (list, 1), TRUE));
  g_assert_true (drop_on_row (list, 2, item_at (list, 1), FALSE));
  assert_follow_ups (list, (const char *[]) { "Dorte", "Bo", "Camilla", "Amina" }, 4);
  /* Amina up, above Bo. */
  g_assert_true (drop_on_row (list, 1, item_at (list, 3), FALSE));
  assert_follow_ups (list, (const char *[]) { "Dorte", "Amina", "Bo", "Camilla" }, 4);

  /* A weekday dropped onto the follow-ups is refused. */
  days = workdays_editor (editor);
  press_add (days);
  press_add (days);
  g_assert_false (drop_on_row (list, 0, item_at (days, 0), FALSE));
  assert_follow_ups (list, (const char *[]) { "Dorte", "Amina", "Bo", "Camilla" }, 4);
  g_assert_cmpuint (n_items (days), ==, 2);
  g_assert_null (find_drag_handle (GTK_WIDGET (pa_record_list_editor_get_row (days, 0))));
  g_assert_null (find_controller (GTK_WIDGET (pa_record_list_editor_get_row (days, 0)), GTK_TYPE_DROP_TARGET));
}

/* The day's row words its times as the week view under it does: in
 * Danish "8.00–12.45", never "8:00–12:45" beside the view's "8.00". */
static void
test_workday_subtitle_danish (void)
{
  const char *localedir = g_getenv ("PRAKTIKAFTALE_LOCALEDIR");
  g_autofree char *mo = NULL;

  if (localedir != NULL)
    mo = g_build_filename (localedir, "da", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (mo == NULL || !g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Danish catalogue is not built");
      return;
    }
  if (!g_test_subprocess ())
    {
      SKIP_WITHOUT_DISPLAY ();
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  {
    UiFixture fixture = { 0 };
    PaEditor *editor;
    PaRecordListEditor *list;
    AdwExpanderRow *row;

    ui_fixture_setup (&fixture, NULL);
    editor = ui_new_draft (fixture.window);
    pa_editor_show_step (editor, "period");
    list = workdays_editor (editor);
    press_add (list);
    pa_record_set_string (item_at (list, 0), "start-time", "08:00");
    pa_record_set_string (item_at (list, 0), "end-time", "12:45");
    row = pa_record_list_editor_get_row (list, 0);
    g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "8.00–12.45, 4,75 timer");
    ui_fixture_teardown (&fixture, NULL);
  }
}

static void
add_test (const char *path,
          void      (*func) (UiFixture *, gconstpointer))
{
  g_test_add (path, UiFixture, NULL, ui_fixture_setup, func, ui_fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  add_test ("/pa/ui/list-editor/add", test_add);
  add_test ("/pa/ui/list-editor/reorder", test_reorder);
  add_test ("/pa/ui/list-editor/remove-undo", test_remove_undo);
  add_test ("/pa/ui/list-editor/undo-other-agreement", test_undo_other_agreement);
  add_test ("/pa/ui/list-editor/weekday-order", test_weekday_order);
  add_test ("/pa/ui/list-editor/drag", test_drag);
  g_test_add_func ("/pa/ui/list-editor/workday-subtitle-danish", test_workday_subtitle_danish);

  return g_test_run ();
}
