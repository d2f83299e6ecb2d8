/* test-store.c: the SQLite draft store: round trips, search, bad files, backups, autosave
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "store/pa-autosave.h"
#include "store/pa-draft-summary.h"
#include "store/pa-store-private.h"
#include "../common/pa-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  PaStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = pa_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = pa_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  pa_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = pa_store_open (f->path, &error);
  g_assert_no_error (error);
}

static PaAgreement *
save_named (PaStore    *store,
            const char *citizen,
            const char *company)
{
  g_autoptr(GError) error = NULL;
  PaAgreement *agreement = pa_agreement_new ();

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", citizen);
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", company);
  pa_store_save (store, agreement, &error);
  g_assert_no_error (error);
  return agreement;
}

static void
test_round_trip_full (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(PaAgreement) saved = pa_test_new_full_agreement (seed);
      g_autoptr(PaAgreement) loaded = NULL;

      pa_store_save (f->store, saved, &error);
      g_assert_no_error (error);
      if (seed == 20)
        reopen (f);
      loaded = pa_store_load (f->store, pa_agreement_get_id (saved), &error);
      g_assert_no_error (error);
      g_assert_true (pa_record_equal (PA_RECORD (saved), PA_RECORD (loaded)));
    }
}

static void
test_update_replaces (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (3);
  g_autoptr(PaAgreement) loaded = NULL;
  GListStore *goals = pa_record_get_list (PA_RECORD (agreement), "goals");

  pa_store_save (f->store, agreement, &error);
  g_assert_no_error (error);

  g_list_store_remove (goals, 0);
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "cpr", NULL);
  pa_store_save (f->store, agreement, &error);
  g_assert_no_error (error);

  loaded = pa_store_load (f->store, pa_agreement_get_id (agreement), &error);
  g_assert_no_error (error);
  g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (loaded)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "goals"))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pa_store_list_drafts (f->store, NULL)), ==, 1);

  /* Loading does not count as an edit. */
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (loaded), "modified"), ==,
                   pa_record_get_string (PA_RECORD (agreement), "modified"));
}

static void
test_file_modes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = pa_store_default_path ();
  g_autofree char *folder = g_path_get_dirname (default_path);
  g_autoptr(PaStore) store = NULL;
  GStatBuf st;

  g_assert_nonnull (strstr (default_path, "praktikaftale-test-"));  /* XDG_DATA_HOME is a temp dir */
  store = pa_store_open (default_path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (default_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  pa_test_rm_rf (folder);
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) loaded = pa_store_load (f->store, "no-such-id", &error);

  g_assert_null (loaded);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_FOUND);
}

static void
test_list_and_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) a = save_named (f->store, "Anna", "Netto");
  g_autoptr(PaAgreement) b = save_named (f->store, "Bo", "Føtex");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PaDraftSummary) first = NULL;

  /* The most recently edited first. */
  pa_record_set_string (PA_RECORD (a), "start-date", "2026-03-02");
  pa_record_set_string (PA_RECORD (a), "modified", "2099-01-01T00:00:00+01:00");
  pa_store_save (f->store, a, &error);
  g_assert_no_error (error);

  list = pa_store_list_drafts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (pa_draft_summary_get_citizen_name (first), ==, "Anna");
  g_assert_cmpstr (pa_draft_summary_get_company_name (first), ==, "Netto");
  g_assert_cmpstr (pa_draft_summary_get_start_date (first), ==, "2026-03-02");
  g_assert_cmpstr (pa_draft_summary_get_status (first), ==, "draft");

  pa_store_delete (f->store, pa_agreement_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_false (pa_store_contains (f->store, pa_agreement_get_id (a)));
  g_assert_true (pa_store_contains (f->store, pa_agreement_get_id (b)));
  g_clear_object (&list);
  list = pa_store_search (f->store, "Anna", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* Undo of a delete is a save of the kept object. */
  pa_store_save (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_true (pa_store_contains (f->store, pa_agreement_get_id (a)));
}

static void
test_list_in_pages (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) paged = g_ptr_array_new_with_free_func (g_object_unref);
  PaDraftSummary *after = NULL;

  for (int i = 0; i < 25; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_agreement_new ();
      g_autofree char *modified = g_strdup_printf ("2026-01-%02dT10:00:00+01:00", 1 + i % 5);

      /* Equal timestamps too: the id breaks the tie. */
      pa_record_set_string (PA_RECORD (agreement), "modified", modified);
      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
    }

  for (;;)
    {
      g_autoptr(GPtrArray) page = pa_store_list_drafts_range (f->store, NULL, NULL, after, 0, 7, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, <=, 7);
      for (guint i = 0; i < page->len; i++)
        g_ptr_array_add (paged, g_object_ref (g_ptr_array_index (page, i)));
      if (page->len < 7)
        break;
      after = g_ptr_array_index (paged, paged->len - 1);
    }

  all = pa_store_list_drafts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (paged->len, ==, g_list_model_get_n_items (all));
  for (guint i = 0; i < paged->len; i++)
    {
      g_autoptr(PaDraftSummary) want = g_list_model_get_item (all, i);

      g_assert_cmpstr (pa_draft_summary_get_id (g_ptr_array_index (paged, i)), ==,
                       pa_draft_summary_get_id (want));
    }
}

typedef struct {
  GError   *error;
  gboolean  done;
} AsyncState;

static void
on_integrity_checked (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  AsyncState *state = user_data;

  pa_store_check_integrity_finish (PA_STORE (source), result, &state->error);
  state->done = TRUE;
}

static gboolean
run_integrity_check_async (PaStore  *store,
                           GError  **error)
{
  AsyncState state = { NULL, FALSE };

  pa_store_check_integrity_async (store, NULL, on_integrity_checked, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return FALSE;
    }
  return TRUE;
}

static void
test_deferred_integrity_check (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (run_integrity_check_async (f->store, &error));
  g_assert_no_error (error);

  for (guint32 i = 0; i < 40; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (i + 300);

      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&f->store);

  g_file_get_contents (f->path, &contents, &len, &error);
  g_assert_no_error (error);
  for (gsize i = len / 2; i < len - 4096; i += 7)
    contents[i] ^= 0x5a;
  g_file_set_contents (f->path, contents, len, &error);
  g_assert_no_error (error);

  /* Opens fast, then the check in the thread finds the damage. */
  store = pa_store_open_full (f->path, PA_STORE_OPEN_DEFER_INTEGRITY_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (run_integrity_check_async (store, &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT);
}

static void
test_find_earlier (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) first = save_named (f->store, "Lone", "Netto");
  g_autoptr(PaAgreement) other = save_named (f->store, "Bo", "Føtex");
  g_autoptr(PaAgreement) now = NULL;
  g_autoptr(GPtrArray) earlier = NULL;

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (first)), "cpr", "010190-1234");
  pa_record_set_string (PA_RECORD (first), "start-date", "2025-03-03");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (other)), "cpr", "020290-1234");
  pa_store_save (f->store, first, &error);
  g_assert_no_error (error);
  pa_store_save (f->store, other, &error);
  g_assert_no_error (error);

  now = pa_agreement_duplicate (first);
  pa_record_set_string (PA_RECORD (now), "start-date", "2026-03-02");
  pa_store_save (f->store, now, &error);
  g_assert_no_error (error);

  earlier = pa_store_find_earlier (f->store, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (earlier->len, ==, 1);
  g_assert_cmpstr (pa_agreement_get_id (g_ptr_array_index (earlier, 0)), ==, pa_agreement_get_id (first));
  g_clear_pointer (&earlier, g_ptr_array_unref);

  /* The first placement has nothing before it. */
  earlier = pa_store_find_earlier (f->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (earlier->len, ==, 0);
}

static guint
count_search (PaStore    *store,
              const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) result = pa_store_search (store, query, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (result);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) a = save_named (f->store, "Lone Sørensen", "Brugsen Ærøskøbing");
  g_autoptr(PaAgreement) b = save_named (f->store, "Ahmad Al-Hassan أحمد", "Netto Odense");
  g_autoptr(PaAgreement) c = save_named (f->store, "Yohannes ዮሃንስ", "Plejecenter Solsikken");
  PaRecord *goal = pa_record_add (PA_RECORD (c), "goals");
  PaRecord *function = pa_record_add (PA_RECORD (b), "work-functions");
  PaRecord *task = pa_record_add (function, "tasks");

  pa_record_set_string (goal, "specific", "Yohannes kan selv dække bord til frokost i uge 6");
  pa_record_set_string (task, "text", "Modtage varer og sortere dem på lageret");
  pa_record_set_string (PA_RECORD (a), "notes", "Opfølgning hver fjerde uge");
  pa_store_save (f->store, b, &error);
  g_assert_no_error (error);
  pa_store_save (f->store, c, &error);
  g_assert_no_error (error);
  pa_store_save (f->store, a, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (count_search (f->store, "lone"), ==, 1);       /* case */
  g_assert_cmpuint (count_search (f->store, "SØR"), ==, 1);        /* Danish letters, any case */
  g_assert_cmpuint (count_search (f->store, "odénse"), ==, 1);     /* accents ignored */
  g_assert_cmpuint (count_search (f->store, "brug ærø"), ==, 1);   /* prefixes, all words */
  g_assert_cmpuint (count_search (f->store, "أحمد"), ==, 1);       /* Arabic script */
  g_assert_cmpuint (count_search (f->store, "ዮሃንስ"), ==, 1);       /* Ge'ez script */
  g_assert_cmpuint (count_search (f->store, "frokost"), ==, 1);    /* goals */
  g_assert_cmpuint (count_search (f->store, "lageret"), ==, 1);    /* tasks */
  g_assert_cmpuint (count_search (f->store, "fjerde"), ==, 1);     /* notes */
  g_assert_cmpuint (count_search (f->store, "netto lone"), ==, 0);
  g_assert_cmpuint (count_search (f->store, "\"unbalanced AND OR ("), ==, 0); /* no syntax errors */
  g_assert_cmpuint (count_search (f->store, "   "), ==, 3);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static void
test_not_sqlite (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *after = NULL;
  g_autoptr(PaStore) store = NULL;
  const char *text = "Dette er ikke en database, men vigtige noter.\n";

  write_file (path, text, -1);
  store = pa_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, path));

  /* Never overwritten. */
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, text);
}

/* A pipe given with --database is refused at once, in both modes, and
 * left a pipe: nothing waits for a writer that never comes. */
static void
test_pipe_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pipe.db", NULL);
  PaStoreOpenFlags modes[] = { PA_STORE_OPEN_DEFAULT, PA_STORE_OPEN_READ_ONLY };
  GStatBuf st;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PaStore) store = pa_store_open_full (path, modes[i], &error);
      g_autofree char *expected =
        g_strdup_printf ("The drafts file %s is not an ordinary file but a folder, a device or a pipe. "
                         "It has not been changed. Give the name of a database file.", path);

      g_assert_null (store);
      g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, expected);
    }
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

static void
fill_store (Fixture *f,
            guint    n)
{
  g_autoptr(GError) error = NULL;

  for (guint32 i = 0; i < n; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (i + 100);

      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
    }
  /* Closing the last connection folds the WAL into the file. */
  g_clear_object (&f->store);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  fill_store (f, 40);
  g_file_get_contents (f->path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 65536);
  write_file (f->path, contents, len / 2);

  store = pa_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT);
}

static void
test_damaged_pages (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  fill_store (f, 40);
  g_file_get_contents (f->path, &contents, &len, &error);
  g_assert_no_error (error);
  /* Scribble over the second half, keeping the header intact. */
  for (gsize i = len / 2; i < len - 4096; i += 7)
    contents[i] ^= 0x5a;
  write_file (f->path, contents, len);

  store = pa_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_CORRUPT);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;

  g_assert_true (pa_store_exec (pa_store_get_db (f->store), "PRAGMA user_version = 99", NULL));
  g_clear_object (&f->store);

  store = pa_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_TOO_NEW);
}

static void
test_move_aside_and_restore (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) a = save_named (f->store, "Lone", "Netto");
  g_autofree char *backup_dir = pa_store_default_backup_dir (f->path);
  g_autofree char *backup = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(PaAgreement) restored = NULL;

  pa_store_backup_if_due (f->store, backup_dir, 7, &error);
  g_assert_no_error (error);
  backup = pa_store_find_newest_backup (backup_dir);
  g_assert_nonnull (backup);
  g_clear_object (&f->store);

  write_file (f->path, "garbage garbage garbage", -1);
  moved = pa_store_move_aside (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (moved, f->path));

  pa_store_restore_backup (backup, f->path, &error);
  g_assert_no_error (error);
  reopen (f);
  restored = pa_store_load (f->store, pa_agreement_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_true (pa_record_equal (PA_RECORD (a), PA_RECORD (restored)));

  /* A restore never replaces an existing file. */
  g_assert_false (pa_store_restore_backup (backup, f->path, &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED);
}

static void
test_backup_rotation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDir) dir = NULL;
  guint count = 0;

  g_mkdir_with_parents (backup_dir, 0700);
  for (int day = 1; day <= 9; day++)
    {
      g_autofree char *name = g_strdup_printf ("%s/drafts-2025-01-%02d.db", backup_dir, day);

      write_file (name, "old", -1);
    }

  pa_store_backup_if_due (f->store, backup_dir, 7, &error);
  g_assert_no_error (error);
  pa_store_backup_if_due (f->store, backup_dir, 7, &error);  /* once a day */
  g_assert_no_error (error);

  dir = g_dir_open (backup_dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    count++;
  g_assert_cmpuint (count, ==, 7);

  {
    g_autofree char *newest = pa_store_find_newest_backup (backup_dir);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "drafts-%Y-%m-%d.db");
    g_autofree char *oldest = g_build_filename (backup_dir, "drafts-2025-01-03.db", NULL);
    g_autofree char *kept = g_build_filename (backup_dir, "drafts-2025-01-04.db", NULL);

    g_assert_true (g_str_has_suffix (newest, today));
    g_assert_false (g_file_test (oldest, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  }
}

static void
test_schema_matches_model (Fixture       *f,
                           gconstpointer  data)
{
  guint n_types;
  const GType *types = pa_model_get_record_types (&n_types);

  g_assert_cmpint (pa_store_get_schema_version (f->store), ==, PA_STORE_SCHEMA_VERSION);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      g_autofree char *table = pa_store_sql_name (pa_record_class_get_type_name (PA_RECORD_CLASS (klass)));
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", table);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
      guint n;
      const PaField *fields = pa_record_class_get_fields (PA_RECORD_CLASS (klass), &n);

      g_assert_cmpint (sqlite3_prepare_v2 (pa_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_assert_cmpuint (columns->len, >, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *col = pa_store_sql_name (fields[i].name);
          gboolean present = g_ptr_array_find_with_equal_func (columns, col, g_str_equal, NULL);

          if (fields[i].kind == PA_FIELD_CHILD || fields[i].kind == PA_FIELD_LIST)
            g_assert_false (present);
          else if (!present)
            g_error ("table %s lacks column %s: add a migration", table, col);
        }
    }
}

/* A database made by the first version, with a draft in it, opens in this
 * version with the draft intact and searchable. */
static void
test_migrate_from_every_version (void)
{
  for (int version = 0; version < PA_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *dir = pa_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaStore) store = NULL;
      g_autoptr(PaAgreement) loaded = NULL;
      g_autoptr(GListModel) found = NULL;
      sqlite3 *db = NULL;
      PaStmtCache *cache;

      g_test_message ("from version %d", version);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      cache = pa_stmt_cache_new (db);
      g_assert_true (pa_store_migrate (db, cache, version, &error));
      g_assert_no_error (error);
      if (version >= 1)
        g_assert_true (pa_store_exec (db,
                                      "INSERT INTO agreement (pk, id, created, modified, status, revision, start_date) "
                                      "VALUES (1, 'old-draft', '2024-05-01T09:00:00+02:00', '2024-05-02T09:00:00+02:00', 'active', 2, '2024-05-06');"
                                      "INSERT INTO citizen (parent, position, name, target_group) VALUES (1, 0, 'Hanne Gammel', 'dagpenge');"
                                      "INSERT INTO goal (pk, parent, position, specific) VALUES (1, 1, 0, 'Kunne fylde varer op');"
                                      "INSERT INTO subgoal (parent, position, text, reached) VALUES (1, 0, 'Kender lageret', 1);",
                                      &error));
      g_assert_no_error (error);
      /* From version 2 on, a saved draft has its search row; from 10 on
       * in the new index, which the reindex writes as a save would. */
      if (version >= 2 && version < 10)
        g_assert_true (pa_store_exec (db,
                                      "INSERT INTO draft_search (rowid, citizen, goals) "
                                      "VALUES (1, 'Hanne Gammel', 'Kunne fylde varer op');",
                                      &error));
      else if (version >= 10)
        g_assert_true (pa_store_exec (db, "INSERT OR IGNORE INTO purge_pending (what) VALUES ('reindex');",
                                      &error));
      g_assert_no_error (error);
      pa_stmt_cache_free (cache);
      sqlite3_close (db);

      store = pa_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);

      if (version >= 1)
        {
          loaded = pa_store_load (store, "old-draft", &error);
          g_assert_no_error (error);
          g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (loaded)), "name"), ==, "Hanne Gammel");
          g_assert_cmpint (pa_agreement_get_revision (loaded), ==, 2);
          found = pa_store_search (store, "fylde", &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
        }
      g_clear_object (&store);
      pa_test_rm_rf (dir);
    }
}

/* Issue 7, item 2: another program's SQLite file is refused untouched:
 * same bytes, same mode, no -wal, -shm or -journal made. */
static void
assert_foreign_untouched (const char *path,
                          const char *setup_sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *db = NULL;
  GStatBuf st;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, setup_sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = pa_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_nonnull (strstr (error->message, path));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *companion = g_strconcat (path, (const char *[]) { "-wal", "-shm", "-journal" }[i], NULL);

      g_assert_false (g_file_test (companion, G_FILE_TEST_EXISTS));
    }
}

static void
test_foreign_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *stamped = g_build_filename (f->dir, "stamped.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.db", NULL);
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  assert_foreign_untouched (other, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('vigtigt');");
  /* A version stamp alone does not make it ours. */
  assert_foreign_untouched (stamped, "CREATE TABLE agreements (x); PRAGMA user_version = 2;");

  /* Only an empty file becomes a drafts database. */
  write_file (empty, "", 0);
  store = pa_store_open (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, PA_STORE_SCHEMA_VERSION);
}

/* Reads the database and its -wal as bytes. */
static GBytes *
read_db_files (const char *path)
{
  GByteArray *all = g_byte_array_new ();

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *file = g_strconcat (path, i ? "-wal" : "", NULL);
      g_autofree char *contents = NULL;
      gsize len = 0;

      if (g_file_get_contents (file, &contents, &len, NULL))
        g_byte_array_append (all, (const guint8 *) contents, len);
    }
  return g_byte_array_free_to_bytes (all);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *word)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gsize n = strlen (word);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, word, n) == 0)
      return TRUE;
  return FALSE;
}

static void
save_many (PaStore *store,
           guint32  first_seed,
           guint    n)
{
  g_autoptr(GError) error = NULL;

  for (guint32 i = 0; i < n; i++)
    {
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (first_seed + i);

      pa_store_save (store, agreement, &error);
      g_assert_no_error (error);
    }
}

static void
checkpoint (PaStore *store)
{
  g_assert_true (pa_store_exec (pa_store_get_db (store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
}

/* Issue 7, item 8: after a draft is deleted and the WAL checkpointed, no
 * word of it is left anywhere in the files, not even in the full-text
 * index. */
static void
test_delete_leaves_no_trace (Fixture       *f,
                             gconstpointer  data)
{
  static const char *words[] = { "Zorbakvist", "zorbakvist", "Quappelund", "quappelund",
                                 "Xylofjeldmose", "xylofjeldmose" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) doomed = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  save_many (f->store, 500, 30);
  doomed = pa_test_new_full_agreement (4242);
  pa_record_set_string (PA_RECORD (doomed), "notes", "Zorbakvist og Quappelund mødtes");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (doomed)), "name", "Xylofjeldmose");
  pa_store_save (f->store, doomed, &error);
  g_assert_no_error (error);
  save_many (f->store, 600, 30);
  checkpoint (f->store);

  /* The test can fail: the words are there before, in the draft's row
   * and in the full-text index. */
  before = read_db_files (f->path);
  g_assert_true (bytes_contain (before, "Zorbakvist"));
  g_assert_true (bytes_contain (before, "Xylofjeldmose"));
  g_assert_true (bytes_contain (before, "quappelund"));

  g_assert_true (pa_store_delete (f->store, pa_agreement_get_id (doomed), &error));
  g_assert_no_error (error);
  /* The index is merged in a thread, so the delete does not hold the
   * window; a checkpoint after it finds nothing left. */
  pa_store_wait_for_purge (f->store);
  checkpoint (f->store);

  after = read_db_files (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (bytes_contain (after, words[i]))
      g_error ("“%s” is still in the database after the draft was deleted", words[i]);

  /* The others are still found. */
  {
    g_autoptr(GListModel) all = pa_store_list_drafts (f->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (all), >, 0);
  }
}

static int
query_count (PaStore    *store,
             const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (pa_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

/* A crash between the delete and the purge of the search index: the
 * deleted draft's words are still in the index, and the next open
 * removes them. */
static void
test_purge_after_crash (Fixture       *f,
                        gconstpointer  data)
{
  static const char *words[] = { "zorbakvist", "quappelund", "xylofjeldmose" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) doomed = pa_test_new_full_agreement (4243);
  g_autoptr(GBytes) crashed = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *sql = NULL;
  gboolean left = FALSE;
  sqlite3 *db = NULL;

  save_many (f->store, 700, 30);
  pa_record_set_string (PA_RECORD (doomed), "notes", "Zorbakvist og Quappelund mødtes");
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (doomed)), "name", "Xylofjeldmose");
  pa_store_save (f->store, doomed, &error);
  g_assert_no_error (error);
  save_many (f->store, 800, 30);
  g_clear_object (&f->store);

  /* What the delete commits, and then the crash: no purge. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; BEGIN;"
                         "DELETE FROM draft_search WHERE rowid = (SELECT sd.docid FROM search_doc sd "
                         "JOIN agreement a ON a.pk = sd.pk WHERE a.id = '%s');"
                         "DELETE FROM agreement WHERE id = '%s';"
                         "INSERT INTO purge_pending (what) VALUES ('search'); COMMIT;"
                         "PRAGMA wal_checkpoint(TRUNCATE);",
                         pa_agreement_get_id (doomed), pa_agreement_get_id (doomed));
  g_assert_true (pa_store_exec (db, sql, &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  /* The test can fail: the index still holds the words. */
  crashed = read_db_files (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    left |= bytes_contain (crashed, words[i]);
  g_assert_true (left);

  f->store = pa_store_open (f->path, &error);
  g_assert_no_error (error);
  pa_store_wait_for_purge (f->store);
  checkpoint (f->store);

  after = read_db_files (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (bytes_contain (after, words[i]))
      g_error ("“%s” is still in the database after the next open", words[i]);
  g_assert_cmpint (query_count (f->store, "SELECT count(*) FROM purge_pending"), ==, 0);
}

/* SQLite's own words are English and technical: whatever the error, the
 * user reads a sentence of ours (issue 7 leftovers, item 4). */
static void
test_sqlite_errors_in_plain_words (Fixture       *f,
                                   gconstpointer  data)
{
  static const int codes[] = { SQLITE_ERROR, SQLITE_INTERNAL, SQLITE_BUSY, SQLITE_LOCKED,
                               SQLITE_NOMEM, SQLITE_IOERR, SQLITE_IOERR_READ, SQLITE_TOOBIG,
                               SQLITE_CONSTRAINT, SQLITE_MISMATCH, SQLITE_MISUSE, SQLITE_RANGE };
  sqlite3 *db = pa_store_get_db (f->store);
  g_autoptr(PaAgreement) agreement = save_named (f->store, "Bo Travl", "Låsen");
  g_autoptr(GError) busy = NULL;
  sqlite3 *other = NULL;

  /* Leave an English message on the connection. */
  g_assert_cmpint (sqlite3_exec (db, "SELECT * FROM no_such_table", NULL, NULL, NULL), ==, SQLITE_ERROR);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "no such table"));

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;

      pa_store_set_sqlite_error (&error, db, codes[i]);
      g_assert_nonnull (error);
      g_test_message ("%d: %s", codes[i], error->message);
      g_assert_null (strstr (error->message, "no such table"));
      g_assert_null (strstr (error->message, sqlite3_errstr (codes[i])));
      g_assert_null (strchr (error->message, '('));
      g_assert_true (g_str_has_suffix (error->message, "."));
    }

  /* Through the public surface: another program holds the file. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (pa_store_save (f->store, agreement, &busy));
  g_assert_error (busy, PA_STORE_ERROR, PA_STORE_ERROR_FAILED);
  g_assert_cmpstr (busy->message, ==,
                   "The drafts file is busy: another program is using it. Close that program and try again.");
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

/* Issue 7, item 4: a store opened read-only reads, refuses to save, and
 * writes nothing to the file. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) saved = save_named (f->store, "Rita Læser", "Arkivet");
  g_autoptr(PaAgreement) loaded = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  gsize before_len, after_len;
  GStatBuf st_before, st_after;

  g_clear_object (&f->store);   /* closing checkpoints and removes the -wal */
  g_assert_true (g_file_get_contents (f->path, &before, &before_len, NULL));
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  g_assert_cmpint (g_stat (f->path, &st_before), ==, 0);

  store = pa_store_open_full (f->path, PA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (pa_store_is_read_only (store));
  drafts = pa_store_list_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);
  loaded = pa_store_load (store, pa_agreement_get_id (saved), &error);
  g_assert_no_error (error);

  pa_record_set_string (PA_RECORD (loaded), "notes", "ændret");
  g_assert_false (pa_store_save (store, loaded, &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (pa_store_delete (store, pa_agreement_get_id (saved), &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (f->path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpint (g_stat (f->path, &st_after), ==, 0);
  g_assert_cmpint (st_after.st_mode & 0777, ==, 0400);
  g_assert_cmpint (st_after.st_mtime, ==, st_before.st_mtime);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) &&
                  g_stat (wal, &st_after) == 0 && st_after.st_size > 0);

  /* A file that does not exist is not made. */
  {
    g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

    g_assert_null (pa_store_open_full (missing, PA_STORE_OPEN_READ_ONLY, &error));
    g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* An old schema opened read-only is not migrated: the user is told it
 * must be upgraded first. */
static void
test_read_only_old_schema (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  pa_test_make_old_database (path, 1, NULL);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = pa_store_open_full (path, PA_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_NEEDS_UPGRADE);
  g_assert_nonnull (strstr (error->message, "upgraded"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

/* Issue 7, item 9: a backups folder that was already there, and the
 * files in it, are made private on every open. */
static void
test_backup_modes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = pa_store_default_backup_dir (f->path);
  g_autofree char *old = g_build_filename (backup_dir, "drafts-2025-01-01.db", NULL);
  g_autofree char *moved = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (backup_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (backup_dir, 0755), ==, 0);
  write_file (old, "old", -1);
  g_assert_cmpint (g_chmod (old, 0644), ==, 0);

  reopen (f);
  g_assert_cmpint (g_stat (backup_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (old, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* And when today's backup is made into a folder opened up since. */
  g_assert_cmpint (g_chmod (backup_dir, 0755), ==, 0);
  g_assert_true (pa_store_backup_if_due (f->store, backup_dir, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  (void) moved;
}

/* Issue 7, item 9: files moved aside are listed, oldest first, and can
 * be deleted with their companions; nothing else can. */
static void
test_moved_aside_list_and_delete (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_wal = NULL;

  listed = pa_store_list_moved_aside (f->path);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);

  for (guint i = 0; i < 2; i++)
    {
      char **target = i ? &second : &first;
      g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

      g_clear_object (&f->store);
      write_file (f->path, "beskadiget", -1);
      write_file (wal, "wal", -1);
      *target = pa_store_move_aside (f->path, &error);
      g_assert_no_error (error);
    }
  first_wal = g_strconcat (first, "-wal", NULL);
  g_assert_true (g_file_test (first_wal, G_FILE_TEST_EXISTS));

  listed = pa_store_list_moved_aside (f->path);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (listed, 0), ==, first);
  g_assert_cmpstr (g_ptr_array_index (listed, 1), ==, second);
  g_clear_pointer (&listed, g_ptr_array_unref);

  g_assert_true (pa_store_delete_moved_aside (first, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (first_wal, G_FILE_TEST_EXISTS));
  listed = pa_store_list_moved_aside (f->path);
  g_assert_cmpuint (listed->len, ==, 1);

  g_assert_false (pa_store_delete_moved_aside (f->path, &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED);
}

static void
test_failed_writes_keep_edits (Fixture       *f,
                               gconstpointer  data)
{
  const PaStoreError kinds[] = { PA_STORE_ERROR_READ_ONLY, PA_STORE_ERROR_FULL };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (50 + k);
      g_autoptr(PaAutosave) autosave = NULL;
      g_autoptr(PaAgreement) loaded = NULL;

      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
      autosave = pa_autosave_new (f->store, agreement);

      pa_store_simulate_failure (f->store, kinds[k], TRUE);
      /* Enough new text that the file must grow. */
      for (int i = 0; i < 200; i++)
        {
          PaRecord *goal = pa_record_add (PA_RECORD (agreement), "goals");
          g_autofree char *filler = g_strnfill (200, 'x');
          g_autofree char *text = g_strdup_printf ("Delmål %d: %s", i, filler);

          pa_record_set_string (goal, "specific", text);
        }
      g_assert_true (pa_autosave_get_dirty (autosave));
      g_assert_false (pa_autosave_flush (autosave, &error));
      g_assert_error (error, PA_STORE_ERROR, (int) kinds[k]);
      g_clear_error (&error);
      g_assert_true (pa_autosave_get_dirty (autosave));
      g_assert_nonnull (pa_autosave_get_error (autosave));

      /* The database still holds the previous save, whole. */
      g_assert_true (pa_store_check_integrity (f->store, NULL));
      loaded = pa_store_load (f->store, pa_agreement_get_id (agreement), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (loaded), "goals"))), ==, 2);
      g_clear_object (&loaded);

      /* The disk is back: the kept edits are saved. */
      pa_store_simulate_failure (f->store, kinds[k], FALSE);
      g_assert_true (pa_autosave_flush (autosave, &error));
      g_assert_no_error (error);
      g_assert_false (pa_autosave_get_dirty (autosave));
      g_assert_null (pa_autosave_get_error (autosave));
      loaded = pa_store_load (f->store, pa_agreement_get_id (agreement), &error);
      g_assert_true (pa_record_equal (PA_RECORD (agreement), PA_RECORD (loaded)));
    }
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
test_autosave_within_a_second (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = save_named (f->store, "Lone", "Netto");
  g_autoptr(PaAutosave) autosave = pa_autosave_new (f->store, agreement);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(PaAgreement) loaded = NULL;
  const char *typed = "Lone Sørensen";

  /* Keystrokes 100 ms apart: nothing is written while the user types... */
  for (glong i = 5; i <= g_utf8_strlen (typed, -1); i++)
    {
      g_autofree char *prefix = g_utf8_substring (typed, 0, i);

      pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", prefix);
      g_timeout_add (100, quit_loop, loop);
      g_main_loop_run (loop);
    }
  loaded = pa_store_load (f->store, pa_agreement_get_id (agreement), &error);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (loaded)), "name"), !=, typed);
  g_assert_true (pa_autosave_get_dirty (autosave));
  g_clear_object (&loaded);

  /* ...and everything is in within a second of the last keystroke. */
  g_timeout_add (1000, quit_loop, loop);
  g_main_loop_run (loop);
  g_assert_false (pa_autosave_get_dirty (autosave));
  loaded = pa_store_load (f->store, pa_agreement_get_id (agreement), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (loaded)), "name"), ==, typed);
}

/* Issue 7: saving an agreement without an id failed without setting the
 * error, and the import crashed reading error->message. */
static void
test_save_without_id (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(GError) error = NULL;

  pa_record_set_string (PA_RECORD (agreement), "id", NULL);
  g_assert_false (pa_store_save (f->store, agreement, &error));
  g_assert_error (error, PA_STORE_ERROR, PA_STORE_ERROR_FAILED);
  g_assert_false (pa_store_save (f->store, agreement, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = pa_test_make_tmpdir ();

  /* Before GLib caches it: the default database goes to a temp folder. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/pa/store/round-trip-full", test_round_trip_full);
  ADD ("/pa/store/update-replaces", test_update_replaces);
  ADD ("/pa/store/file-modes", test_file_modes);
  ADD ("/pa/store/not-found", test_not_found);
  ADD ("/pa/store/save-without-id", test_save_without_id);
  ADD ("/pa/store/list-and-delete", test_list_and_delete);
  ADD ("/pa/store/search", test_search);
  ADD ("/pa/store/list-in-pages", test_list_in_pages);
  ADD ("/pa/store/find-earlier", test_find_earlier);
  ADD ("/pa/store/bad-file/deferred-integrity-check", test_deferred_integrity_check);
  ADD ("/pa/store/bad-file/not-sqlite", test_not_sqlite);
  ADD ("/pa/store/bad-file/pipe", test_pipe_refused);
  ADD ("/pa/store/bad-file/truncated", test_truncated);
  ADD ("/pa/store/bad-file/damaged-pages", test_damaged_pages);
  ADD ("/pa/store/bad-file/too-new", test_too_new);
  ADD ("/pa/store/bad-file/move-aside-and-restore", test_move_aside_and_restore);
  ADD ("/pa/store/backup-rotation", test_backup_rotation);
  ADD ("/pa/store/schema-matches-model", test_schema_matches_model);
  ADD ("/pa/store/failed-writes-keep-edits", test_failed_writes_keep_edits);
  ADD ("/pa/store/autosave-within-a-second", test_autosave_within_a_second);
  ADD ("/pa/store/bad-file/foreign-database", test_foreign_database);
  ADD ("/pa/store/delete-leaves-no-trace", test_delete_leaves_no_trace);
  ADD ("/pa/store/purge-after-crash", test_purge_after_crash);
  ADD ("/pa/store/sqlite-errors-in-plain-words", test_sqlite_errors_in_plain_words);
  ADD ("/pa/store/read-only", test_read_only);
  ADD ("/pa/store/read-only-old-schema", test_read_only_old_schema);
  ADD ("/pa/store/backup-modes", test_backup_modes);
  ADD ("/pa/store/moved-aside-list-and-delete", test_moved_aside_list_and_delete);
#undef ADD
  g_test_add_func ("/pa/store/migrate-from-every-version", test_migrate_from_every_version);

  {
    int ret = g_test_run ();

    pa_test_rm_rf (home);
    return ret;
  }
}
