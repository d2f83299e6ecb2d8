/* test-search-backup.c: today's backup in a thread (issue 14): a save goes on meanwhile, and progress is heard
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store/pa-store.h"
#include "../common/pa-test-util.h"

typedef struct {
  GMainLoop *loop;
  gboolean   done;
  gboolean   ok;
  GError    *error;
  double     last;
  guint      reports;
} Wait;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Wait *wait = user_data;

  g_assert_cmpfloat (fraction, >=, wait->last);
  wait->last = fraction;
  wait->reports++;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = pa_store_backup_if_due_finish (PA_STORE (source), result, &wait->error);
  wait->done = TRUE;
  g_main_loop_quit (wait->loop);
}

static void
test_backup_in_thread (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *newest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(PaStore) copy = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop, FALSE, FALSE, NULL, 0, 0 };

  g_assert_no_error (error);
  for (guint32 seed = 1; seed <= 40; seed++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (seed);

      g_assert_true (pa_store_save (store, agreement, &error));
      g_assert_no_error (error);
    }

  pa_store_backup_if_due_async (store, backups, 3, on_progress, &wait, NULL, on_done, &wait);
  /* The main connection saves while the thread copies. */
  {
    g_autoptr(PaAgreement) late = pa_test_new_full_agreement (99);

    g_assert_true (pa_store_save (store, late, &error));
    g_assert_no_error (error);
  }
  if (!wait.done)
    g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  /* Progress comes before the end, on this thread's main context. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (wait.reports, >, 0);
  g_assert_cmpfloat (wait.last, ==, 1.0);

  newest = pa_store_find_newest_backup (backups);
  g_assert_nonnull (newest);
  copy = pa_store_open_full (newest, PA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  drafts = pa_store_list_drafts (copy, &error);
  g_assert_no_error (error);
  /* One moment's copy: before or after the late save, whole. */
  g_assert_cmpuint (g_list_model_get_n_items (drafts), >=, 40);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), <=, 41);
  g_clear_object (&copy);
  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pa/search/backup-in-thread", test_backup_in_thread);
  return g_test_run ();
}
