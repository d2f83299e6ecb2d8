/* test-draft-list.c: the draft list read a page at a time: order, jumps, status filter, positions, memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/pa-agreement.h"
#include "store/pa-draft-list.h"
#include "store/pa-draft-summary.h"
#include "../common/pa-test-util.h"

/* More than the pages the list keeps (24 of 32 rows). */
#define N_DRAFTS 1150
#define TODAY "2026-03-01"

typedef struct {
  char        *dir;
  PaStore     *store;
  GListModel  *all;    /* what pa_store_list_drafts() says, the reference */
} Fixture;

/* Every status, agreed ones before and after TODAY, equal timestamps. */
static void
fill (PaStore *store)
{
  static const char *statuses[] = { NULL, "draft", "agreed", "agreed", "active", "ended", "cancelled" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_DRAFTS; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_agreement_new ();
      PaRecord *record = PA_RECORD (agreement);
      g_autofree char *name = g_strdup_printf ("Borger %u", i);
      g_autofree char *modified = g_strdup_printf ("2026-01-%02uT10:%02u:00+01:00", 1 + i % 28, i % 3);

      pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", name);
      pa_record_set_string (record, "status", statuses[i % G_N_ELEMENTS (statuses)]);
      pa_record_set_string (record, "start-date", i % 2 ? "2026-02-02" : "2026-04-06");
      pa_record_set_string (record, "modified", modified);
      pa_store_save (store, agreement, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = pa_test_make_tmpdir ();
  path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = pa_store_open (path, &error);
  g_assert_no_error (error);
  fill (f->store);
  f->all = pa_store_list_drafts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (f->all), ==, N_DRAFTS);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->all);
  g_clear_object (&f->store);
  pa_test_rm_rf (f->dir);
  g_free (f->dir);
}

static const char *
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(PaDraftSummary) summary = g_list_model_get_item (model, position);

  g_assert_nonnull (summary);
  /* The list holds its own reference while the row is in its pages. */
  return g_intern_string (pa_draft_summary_get_id (summary));
}

static PaDraftList *
new_list (Fixture    *f,
          guint       first_rows,
          const char *status)
{
  g_autoptr(GError) error = NULL;
  PaDraftList *list = pa_draft_list_new (f->store, first_rows);

  pa_draft_list_set_today (list, TODAY);
  pa_draft_list_set_status (list, status, &error);
  g_assert_no_error (error);
  return list;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

/* In order, and the same when read by jumps (offset) as in sequence (keyset). */
static void
test_order_and_jumps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 0, NULL);
  g_autoptr(PaDraftList) jumps = new_list (f, 0, NULL);
  GListModel *model = G_LIST_MODEL (list);
  GRand *rand = g_rand_new_with_seed (7);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_DRAFTS);
  g_assert_true (g_list_model_get_item_type (model) == PA_TYPE_DRAFT_SUMMARY);
  for (guint i = 0; i < N_DRAFTS; i++)
    g_assert_cmpstr (id_at (model, i), ==, id_at (f->all, i));
  g_assert_null (g_list_model_get_item (model, N_DRAFTS));

  for (guint k = 0; k < 300; k++)
    {
      guint i = g_rand_int_range (rand, 0, N_DRAFTS);

      g_assert_cmpstr (id_at (G_LIST_MODEL (jumps), i), ==, id_at (f->all, i));
    }
  g_rand_free (rand);
}

/* Memory does not grow with the number of drafts read. */
static void
test_bounded_memory (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 0, NULL);

  for (guint i = 0; i < N_DRAFTS; i++)
    g_clear_object (&(PaDraftSummary *) { g_list_model_get_item (G_LIST_MODEL (list), i) });
  g_assert_cmpuint (pa_draft_list_get_n_cached (list), <, N_DRAFTS);
  g_assert_cmpuint (pa_draft_list_get_n_cached (list), >, 0);
}

/* The first rows, then more when asked, each time as one insertion. */
static void
test_show_more (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 24, NULL);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 24);
  g_assert_true (pa_draft_list_get_has_more (list));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 24));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), log);
  g_assert_true (pa_draft_list_show_more (list, 100, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "24-0+100;");
  g_assert_cmpstr (id_at (G_LIST_MODEL (list), 123), ==, id_at (f->all, 123));

  /* To the end: as many as there are, then nothing more. */
  g_string_truncate (log, 0);
  g_assert_true (pa_draft_list_show_more (list, 5000, &error));
  want = g_strdup_printf ("124-0+%u;", N_DRAFTS - 124);
  g_assert_cmpstr (log->str, ==, want);
  g_assert_false (pa_draft_list_get_has_more (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_DRAFTS);
  g_assert_cmpstr (id_at (G_LIST_MODEL (list), N_DRAFTS - 1), ==, id_at (f->all, N_DRAFTS - 1));
  g_string_truncate (log, 0);
  g_assert_true (pa_draft_list_show_more (list, 10, &error));
  g_assert_cmpstr (log->str, ==, "");

  /* A reload keeps what was shown. */
  g_assert_true (pa_draft_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_DRAFTS);
}

/* The filter agrees with pa_agreement_status_for_date, status by status. */
static void
test_status_filter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  guint total = 0;

  for (guint s = 0; pa_agreement_statuses[s] != NULL; s++)
    {
      const char *status = pa_agreement_statuses[s];
      g_autoptr(PaDraftList) list = new_list (f, 0, status);
      GListModel *model = G_LIST_MODEL (list);
      guint n = 0;

      g_assert_cmpstr (pa_draft_list_get_status (list), ==, status);
      for (guint i = 0; i < N_DRAFTS; i++)
        {
          g_autoptr(PaDraftSummary) summary = g_list_model_get_item (f->all, i);
          const char *shown = pa_agreement_status_for_date (pa_draft_summary_get_status (summary),
                                                            pa_draft_summary_get_start_date (summary),
                                                            today);

          if (g_strcmp0 (shown, status) != 0)
            continue;
          /* Same drafts, same order. */
          g_assert_cmpstr (id_at (model, n), ==, pa_draft_summary_get_id (summary));
          n++;
        }
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  g_assert_cmpuint (total, ==, N_DRAFTS);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 24, NULL);
  g_autoptr(PaDraftList) active = new_list (f, 0, "active");
  g_autoptr(GError) error = NULL;
  guint wanted[] = { 0, 1, 23, 24, 99, 100, 101, 399, N_DRAFTS - 1 };

  for (guint k = 0; k < G_N_ELEMENTS (wanted); k++)
    {
      /* A fresh list each time: from the store, not the pages read. */
      g_autoptr(PaDraftList) fresh = new_list (f, 24, NULL);

      g_assert_cmpuint (pa_draft_list_find (fresh, id_at (f->all, wanted[k]), &error), ==, wanted[k]);
      g_assert_no_error (error);
      g_assert_cmpuint (pa_draft_list_find (list, id_at (f->all, wanted[k]), &error), ==, wanted[k]);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(PaDraftSummary) row = g_list_model_get_item (G_LIST_MODEL (active), i);

      g_assert_cmpuint (pa_draft_list_find (active, pa_draft_summary_get_id (row), &error), ==, i);
    }
  /* Another status, or no such draft: not in the list. */
  for (guint i = 0; i < N_DRAFTS; i++)
    {
      g_autoptr(PaDraftSummary) summary = g_list_model_get_item (f->all, i);

      if (g_strcmp0 (pa_draft_summary_get_status (summary), "draft") == 0)
        {
          g_assert_cmpuint (pa_draft_list_find (active, pa_draft_summary_get_id (summary), &error), ==, G_MAXUINT);
          g_assert_no_error (error);
          break;
        }
    }
  g_assert_cmpuint (pa_draft_list_find (list, "no-such-draft", &error), ==, G_MAXUINT);
  g_assert_no_error (error);
  g_assert_cmpuint (pa_draft_list_find (list, "", &error), ==, G_MAXUINT);
}

/* A save seen by the list: the row read again, the order after a reload. */
static void
test_refresh_and_reload (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 0, NULL);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  const char *third = id_at (G_LIST_MODEL (list), 2);
  g_autoptr(PaDraftSummary) row = NULL;
  g_autofree char *want = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), log);
  agreement = pa_store_load (f->store, third, &error);
  g_assert_no_error (error);
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Ny Navn");
  pa_store_save (f->store, agreement, &error);
  g_assert_no_error (error);

  /* Saved now: it is the first in the store's order. */
  pa_draft_list_reload (list, &error);
  g_assert_no_error (error);
  want = g_strdup_printf ("0-%u+%u;", N_DRAFTS, N_DRAFTS);
  g_assert_cmpstr (log->str, ==, want);
  row = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (pa_draft_summary_get_id (row), ==, third);
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (row), ==, "Ny Navn");

  g_string_truncate (log, 0);
  pa_draft_list_refresh (list, 0, 1);
  g_assert_cmpstr (log->str, ==, "0-1+1;");
  pa_draft_list_refresh (list, N_DRAFTS, 1);
  pa_draft_list_refresh (list, 0, 0);
  g_assert_cmpstr (log->str, ==, "0-1+1;");
}

/* Drafts deleted behind its back: empty rows, then it corrects itself. */
static void
test_shrunk (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PaDraftList) list = new_list (f, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaDraftSummary) last = NULL;
  guint n = 0;

  for (guint i = N_DRAFTS - 30; i < N_DRAFTS; i++)
    {
      pa_store_delete (f->store, id_at (f->all, i), &error);
      g_assert_no_error (error);
    }
  last = g_list_model_get_item (G_LIST_MODEL (list), N_DRAFTS - 1);
  g_assert_cmpstr (pa_draft_summary_get_id (last), ==, "");
  while (g_main_context_iteration (NULL, FALSE) && n++ < 100)
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_DRAFTS - 30);
}

/* The week box's query: the first few and how many there are. */
static void
test_follow_ups_due (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) every = NULL;
  guint total = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_agreement_new ();
      PaRecord *follow_up = pa_record_add (PA_RECORD (agreement), "follow-ups");
      g_autofree char *date = g_strdup_printf ("2026-03-%02u", 2 + i % 9);

      pa_record_set_string (follow_up, "date", date);
      pa_record_set_string (PA_RECORD (agreement), "status", i == 11 ? "cancelled" : "draft");
      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
    }

  /* 2.3 to 8.3: i % 9 from 0 to 6, that is i = 0..6 and 9..10; 11 is cancelled. */
  first = pa_store_list_follow_ups_due (f->store, "2026-03-02", "2026-03-08", 5, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 5);
  g_assert_cmpuint (total, ==, 9);
  every = pa_store_list_follow_ups_due (f->store, "2026-03-02", "2026-03-08", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (every->len, ==, 9);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (((PaDueFollowUp *) g_ptr_array_index (first, i))->date, ==,
                     ((PaDueFollowUp *) g_ptr_array_index (every, i))->date);
  for (guint i = 1; i < every->len; i++)
    g_assert_cmpstr (((PaDueFollowUp *) g_ptr_array_index (every, i - 1))->date, <=,
                     ((PaDueFollowUp *) g_ptr_array_index (every, i))->date);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pa/draft-list/order-and-jumps", test_order_and_jumps);
  ADD ("/pa/draft-list/bounded-memory", test_bounded_memory);
  ADD ("/pa/draft-list/show-more", test_show_more);
  ADD ("/pa/draft-list/status-filter", test_status_filter);
  ADD ("/pa/draft-list/find", test_find);
  ADD ("/pa/draft-list/refresh-and-reload", test_refresh_and_reload);
  ADD ("/pa/draft-list/shrunk", test_shrunk);
  ADD ("/pa/draft-list/follow-ups-due", test_follow_ups_due);
#undef ADD

  return g_test_run ();
}
