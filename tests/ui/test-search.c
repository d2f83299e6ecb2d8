/* test-search.c: searching the draft list as a user does: the best match at the top, highlighted, and typing never ends on stale results
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "store/pa-draft-summary.h"
#include "ui/pa-draft-row.h"
#include "ui/pa-window-private.h"

#include "../common/pa-test-util.h"
#include "ui-test-util.h"

typedef struct {
  char     *dir;
  PaStore  *store;
  PaWindow *window;
} Fixture;

static void
save_draft (PaStore    *store,
            const char *name,
            const char *company,
            const char *goal,
            guint       day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autofree char *modified = g_strdup_printf ("2026-02-%02uT09:%02u:00+01:00", day / 60 % 28 + 1, day % 60);
  PaRecord *goal_record = pa_record_add (PA_RECORD (agreement), "goals");

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", name);
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", company);
  pa_record_set_string (goal_record, "specific", goal);
  pa_record_set_string (PA_RECORD (agreement), "modified", modified);
  pa_store_save (store, agreement, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;

  if (!ui_test_has_display ())
    return;
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "last-opened-draft", "");

  fixture->dir = pa_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "drafts.db", NULL);
  fixture->store = pa_store_open (path, &error);
  g_assert_no_error (error);

  /* Many Olsens, edited later than the one the test looks for. */
  save_draft (fixture->store, "Henrik Olsen", "Netto Vejle", "Kunne betjene kassen alene", 1);
  save_draft (fixture->store, "Małgorzata Wieczorek", "Plejecenter Solsikken", "Dække bord", 2);
  save_draft (fixture->store, "Kasper Nielsen", "Olsen Tømrer", "Bruge en sav", 3);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person%02u Olsensen", i);

      save_draft (fixture->store, name, "Føtex Aarhus", "Møde til tiden", 10 + i);
    }

  fixture->window = pa_window_new_for_store (NULL, fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_run_for (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_run_for (10);
  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    pa_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
}

/* The list view that shows drafts: the status filter's drop-down has a
 * list view of its own. */
static GtkWidget *
find_draft_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_DROP_DOWN (child))
        continue;
      if (GTK_IS_LIST_VIEW (child))
        return child;
      if ((found = find_draft_list (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkListView *
draft_list (PaWindow *window)
{
  GtkWidget *list = find_draft_list (GTK_WIDGET (window));

  g_assert_nonnull (list);
  return GTK_LIST_VIEW (list);
}

static const char *
first_name (PaWindow *window)
{
  GListModel *model = pa_window_get_draft_model (window);
  g_autoptr(PaDraftSummary) first = NULL;

  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return NULL;
  first = g_list_model_get_item (model, 0);
  return pa_draft_summary_get_citizen_name (first);
}

typedef struct {
  PaWindow   *window;
  const char *name;
} FirstWait;

static gboolean
first_is (gpointer data)
{
  FirstWait *wait = data;

  return g_strcmp0 (first_name (wait->window), wait->name) == 0;
}

static void
search_for (PaWindow   *window,
            const char *query,
            const char *expected_first)
{
  FirstWait wait = { window, expected_first };

  gtk_editable_set_text (pa_window_get_search_entry (window), query);
  ui_run_until (first_is, &wait, 3000);
  g_assert_cmpstr (first_name (window), ==, expected_first);
  /* Rows are drawn after the model changes. */
  ui_run_for (100);
}

/* The row on screen that shows @summary. */
static GtkWidget *
row_for (GtkListView    *list,
         PaDraftSummary *summary)
{
  GtkWidget *stack[64];
  guint n = 0;

  stack[n++] = GTK_WIDGET (list);
  while (n > 0)
    {
      GtkWidget *widget = stack[--n];

      if (PA_IS_DRAFT_ROW (widget) &&
          pa_draft_row_get_summary (PA_DRAFT_ROW (widget)) == summary)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && n < G_N_ELEMENTS (stack);
           child = gtk_widget_get_next_sibling (child))
        stack[n++] = child;
    }
  return NULL;
}

/* Whether a label in @widget shows @markup. */
static gboolean
has_label_markup (GtkWidget  *widget,
                  const char *markup)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          gtk_label_get_use_markup (GTK_LABEL (child)) &&
          strstr (gtk_label_get_label (GTK_LABEL (child)), markup) != NULL)
        return TRUE;
      if (has_label_markup (child, markup))
        return TRUE;
    }
  return FALSE;
}

static void
assert_nothing_selected (GtkListView *list)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (list);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    g_assert_false (gtk_selection_model_is_selected (selection, i));
}

/* Type a name: its draft is the first row, at the top, nothing selected,
 * the name's words in bold; a match in a goal says so. */
static void
test_first_row (Fixture       *fixture,
                gconstpointer  data)
{
  GtkListView *list;
  GtkAdjustment *adjustment;
  g_autoptr(PaDraftSummary) first = NULL;
  GtkWidget *row;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display");
      return;
    }
  list = draft_list (fixture->window);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));

  /* Scrolled down in the results of one query ... */
  search_for (fixture->window, "Olsen", "Henrik Olsen");
  gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u",
                              g_list_model_get_n_items (pa_window_get_draft_model (fixture->window)) - 1);
  ui_run_for (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* ... a new one starts at the top. */
  search_for (fixture->window, "henrik olsen", "Henrik Olsen");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  assert_nothing_selected (list);
  first = g_list_model_get_item (pa_window_get_draft_model (fixture->window), 0);
  row = row_for (list, first);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  g_assert_true (has_label_markup (row, "<b>Henrik</b>"));
  g_assert_true (has_label_markup (row, "<b>Olsen</b>"));
  /* Nothing opened: nothing was selected. */
  g_assert_null (pa_window_get_autosave (fixture->window));

  /* A goal: the row says where, with the word in bold. */
  g_clear_object (&first);
  search_for (fixture->window, "kassen", "Henrik Olsen");
  first = g_list_model_get_item (pa_window_get_draft_model (fixture->window), 0);
  row = row_for (list, first);
  g_assert_nonnull (row);
  g_assert_true (has_label_markup (row, "Goal: Kunne betjene "));
  g_assert_true (has_label_markup (row, "<b>kassen</b>"));
  g_assert_false (has_label_markup (row, "<b>Kunne</b>"));
}

typedef struct {
  PaWindow *window;
  guint     n;
} CountWait;

static gboolean
has_n (gpointer data)
{
  CountWait *wait = data;
  GListModel *model = pa_window_get_draft_model (wait->window);

  return model != NULL && g_list_model_get_n_items (model) == wait->n;
}

/* Ten letters typed fast, a few milliseconds apart, searches cancelled
 * and answered out of order: the list ends with the whole query's
 * results, and stays so. */
static void
test_typing_fast (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char query[] = "Malgorzata";
  GtkEditable *entry;
  CountWait wait;

  if (!ui_test_has_display ())
    {
      g_test_skip ("needs a display");
      return;
    }
  wait.window = fixture->window;
  wait.n = 1;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  entry = pa_window_get_search_entry (fixture->window);
  g_assert_cmpuint (strlen (query), ==, 10);
  for (guint i = 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);

      gtk_editable_set_text (entry, typed);
      /* Long enough now and then for a search to start, and be dropped. */
      ui_run_for (i % 3 == 0 ? 200 : 20);
    }
  ui_run_until (has_n, &wait, 3000);
  ui_run_for (500);
  g_assert_cmpuint (g_list_model_get_n_items (pa_window_get_draft_model (fixture->window)), ==, 1);
  g_assert_cmpstr (first_name (fixture->window), ==, "Małgorzata Wieczorek");
}

/* Without a query the list shows a few screens of rows and more as the
 * user scrolls; opening a draft far down shows and selects it. */
static void
test_list_grows (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *model;
  GtkAdjustment *adjustment;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(PaDraftSummary) oldest = NULL;
  g_autoptr(PaDraftSummary) selected = NULL;
  guint n, n_all;

  if (!ui_test_has_display ())
    return;
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Borger%03u Rask", i);

      save_draft (fixture->store, name, "Bilka Odense", "Fylde varer op", 200 + i);
    }
  _pa_window_reload_list (fixture->window);
  ui_run_for (50);
  all = pa_store_list_drafts (fixture->store, NULL);
  n_all = g_list_model_get_n_items (all);
  g_assert_cmpuint (n_all, ==, 183);

  model = pa_window_get_draft_model (fixture->window);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >=, 16);
  g_assert_cmpuint (n, <, n_all);

  /* Scrolled to the end: more rows. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->window->draft_list));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  ui_run_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, n);

  /* The oldest draft, past the rows shown, opened from elsewhere. */
  oldest = g_list_model_get_item (all, n_all - 1);
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (oldest), ==, "Henrik Olsen");
  g_assert_true (pa_window_open_draft (fixture->window, pa_draft_summary_get_id (oldest)));
  ui_run_for (50);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->window->selection), ==, n_all - 1);
  selected = g_list_model_get_item (model, n_all - 1);
  g_assert_cmpstr (pa_draft_summary_get_id (selected), ==, pa_draft_summary_get_id (oldest));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/pa/ui/search/first-row", Fixture, NULL, fixture_setup, test_first_row, fixture_teardown);
  g_test_add ("/pa/ui/search/typing-fast", Fixture, NULL, fixture_setup, test_typing_fast, fixture_teardown);
  g_test_add ("/pa/ui/search/list-grows", Fixture, NULL, fixture_setup, test_list_grows, fixture_teardown);

  return g_test_run ();
}
