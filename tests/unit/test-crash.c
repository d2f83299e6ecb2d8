/* test-crash.c: drafts survive a process killed in the middle of saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process edits and saves drafts as fast as it can and reports each
 * save that returned. The parent kills it with SIGKILL at 50 random moments;
 * after each kill the database must pass integrity_check and hold every
 * reported save whole (no half-written agreement).
 *
 * The second case does the same in the middle of approvals: every round
 * changes the content (which seals the approved revision), saves, has
 * every party approve and saves again; after each kill every reported
 * approved revision must be in the store whole, with its approvals.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/pa-store.h"
#include "../common/pa-test-util.h"

#define N_KILLS 50

/* The content of save number @counter: its goals tell the counter too,
 * so a save that was cut in half would show. */
static void
apply_save (PaAgreement *agreement,
            int          counter)
{
  GListStore *goals = pa_record_get_list (PA_RECORD (agreement), "goals");
  g_autofree char *notes = g_strdup_printf ("save %d", counter);

  pa_record_set_string (PA_RECORD (agreement), "notes", notes);
  g_list_store_remove_all (goals);
  for (int i = 0; i < counter % 7 + 1; i++)
    {
      PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");
      g_autofree char *text = g_strdup_printf ("goal %d of save %d", i, counter);

      pa_record_set_string (goal, "specific", text);
    }
}

static int
run_child (const char *path,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }

  for (int counter = 1; ; counter++)
    {
      PaAgreement *agreement;

      if (drafts->len < 5 || g_rand_int_range (rand, 0, 10) == 0)
        g_ptr_array_add (drafts, pa_test_new_full_agreement (g_rand_int (rand)));
      agreement = g_ptr_array_index (drafts, g_rand_int_range (rand, 0, drafts->len));

      apply_save (agreement, counter);
      if (!pa_store_save (store, agreement, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 3;
        }
      printf ("%s %d\n", pa_agreement_get_id (agreement), counter);
      fflush (stdout);
    }
}

/* Round @counter of the approvals child: a content change, a save, then
 * every required party approves revision @counter. */
static gboolean
approval_round (PaStore      *store,
                PaAgreement  *agreement,
                int           counter,
                GError      **error)
{
  const char * const *parties;
  g_autofree char *notes = g_strdup_printf ("content %d", counter);

  pa_record_set_string (PA_RECORD (agreement), "notes", notes);
  if (!pa_store_save (store, agreement, error))
    return FALSE;
  parties = pa_agreement_required_parties (agreement);
  for (guint i = 0; parties[i] != NULL; i++)
    pa_agreement_approve_on_behalf (agreement, parties[i],
                                    i == 0 ? "oral" : NULL, NULL);
  return pa_store_save (store, agreement, error);
}

static int
run_approvals_child (const char *path,
                     guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (seed);

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 2;
    }

  pa_agreement_freeze_tracking (agreement);
  pa_agreement_clear_approvals (agreement);
  pa_record_set_int (PA_RECORD (agreement), "revision", 1);
  pa_record_set_string (PA_RECORD (agreement), "status", "draft");
  pa_agreement_thaw_tracking (agreement);

  for (int counter = 1; ; counter++)
    {
      if (!approval_round (store, agreement, counter, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 3;
        }
      g_assert_cmpint (pa_agreement_get_revision (agreement), ==, counter);
      printf ("%s %d\n", pa_agreement_get_id (agreement), counter);
      fflush (stdout);
    }
}

static void
check_revision (PaAgreement *snapshot,
                int          number)
{
  g_autofree char *want = g_strdup_printf ("content %d", number);
  const char * const *parties = pa_agreement_required_parties (snapshot);

  g_assert_cmpint (pa_agreement_get_revision (snapshot), ==, number);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (snapshot), "notes"), ==, want);
  for (guint i = 0; parties[i] != NULL; i++)
    {
      PaRecord *approval = PA_RECORD (pa_agreement_get_approval (snapshot, parties[i]));

      g_assert_nonnull (pa_record_get_string (approval, "approved-at"));
      g_assert_cmpint (pa_record_get_int (approval, "revision"), ==, number);
    }
}

static void
check_revision_survivors (const char *path,
                          GHashTable *reported)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_true (pa_store_check_integrity (store, &error));

  g_hash_table_iter_init (&iter, reported);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GPtrArray) revisions = pa_store_list_revisions (store, key, &error);
      int last = GPOINTER_TO_INT (value);

      g_assert_no_error (error);
      /* The round after the last report may have committed too, its
       * approvals perhaps only in part: the reported ones are whole. */
      g_assert_cmpuint (revisions->len, >=, (guint) last);
      for (int r = 1; r <= last; r++)
        check_revision (g_ptr_array_index (revisions, r - 1), r);
    }
}

static void
check_survivors (const char *path,
                 GHashTable *reported)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_true (pa_store_check_integrity (store, &error));

  g_hash_table_iter_init (&iter, reported);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(PaAgreement) agreement = pa_store_load (store, key, &error);
      GListModel *goals;
      int stored;

      g_assert_no_error (error);
      g_assert_true (sscanf (pa_record_get_string (PA_RECORD (agreement), "notes"), "save %d", &stored) == 1);
      /* The save after the last report may have committed too. */
      g_assert_cmpint (stored, >=, GPOINTER_TO_INT (value));

      goals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "goals"));
      g_assert_cmpuint (g_list_model_get_n_items (goals), ==, stored % 7 + 1);
      for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
        {
          g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);
          g_autofree char *want = g_strdup_printf ("goal %u of save %d", i, stored);

          g_assert_cmpstr (pa_record_get_string (goal, "specific"), ==, want);
        }
    }
}

static void
read_reports (int         fd,
              GHashTable *reported)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  char chunk[4096];
  ssize_t got;
  g_auto(GStrv) lines = NULL;

  while ((got = read (fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (buffer, chunk, got);

  lines = g_strsplit (buffer->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char id[64];
      int counter;

      /* The last line may be cut off by the kill: only whole lines count. */
      if (lines[i + 1] == NULL)
        break;
      if (sscanf (lines[i], "%63s %d", id, &counter) == 2)
        g_hash_table_insert (reported, g_strdup (id), GINT_TO_POINTER (counter));
    }
}

static void
run_kills (const char *mode,
           void      (*check) (const char *, GHashTable *))
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "drafts.db", NULL);
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new ();

  for (int kill_no = 0; kill_no < N_KILLS; kill_no++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *seed = g_strdup_printf ("%u", g_rand_int (rand));
      const char *argv[] = { self_exe, mode, path, seed, NULL };
      GPid pid;
      int out_fd, status;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* A random moment: during start-up, or deep in a run of saves. */
      g_usleep (g_rand_int_range (rand, 1000, 250000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      read_reports (out_fd, reported);
      close (out_fd);
      check (path, reported);
    }

  g_test_message ("%d kills, %u drafts reported saved", N_KILLS, g_hash_table_size (reported));
  g_assert_cmpuint (g_hash_table_size (reported), >, 0);
  pa_test_rm_rf (dir);
}

static void
test_kill_during_saves (void)
{
  run_kills ("--child", check_survivors);
}

static void
test_kill_during_approvals (void)
{
  run_kills ("--approvals-child", check_revision_survivors);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) strtoul (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "--approvals-child"))
    return run_approvals_child (argv[2], (guint32) strtoul (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pa/store/crash/kill-during-saves", test_kill_during_saves);
  g_test_add_func ("/pa/store/crash/kill-during-approvals", test_kill_during_approvals);
  return g_test_run ();
}
