/* praktikaftale-bench.c: start-up, search and save figures side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One run prints one table: time to first frame and peak memory of an
 * empty AdwApplicationWindow and of Praktikaftale with no drafts and with
 * 10,000 realistic drafts, then the store's search, save, load and list
 * times over those drafts, each with its target. It prints figures and
 * never fails on a missed target: speed is judged by people reading the
 * table on a known machine, not by timed assertions.
 *
 * Needs a display for the start-up part:
 *   xvfb-run -a -s '-screen 0 1366x768x24' praktikaftale-bench
 * or `ninja -C build bench`.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <adwaita.h>
#include <sqlite3.h>

#include "store/pa-draft-list.h"
#include "store/pa-draft-summary.h"
#include "store/pa-store.h"
#include "store/pa-store-search.h"
#include "pa-generate.h"

#define N_QUERIES       200
#define N_SAVES         200
#define N_LOADS         200
#define N_LISTS         3
#define N_DELETES       10
#define EXIT_GRACE_S    10

#define TARGET_RATIO    1.5
#define TARGET_SEARCH   10.0
#define TARGET_SAVE     5.0

typedef struct {
  int    count;   /* the one being measured, from counts */
  GArray *counts; /* of int: 10,000 and 100,000 unless told */
  int    runs;
  int    timeout;
  gint64 seed;
  char  *app;
  char  *empty_window;
  char  *plain_window;
  int    settle_ms;   /* after the first frame, before the peak RSS is taken */
  char  *schema_dir;
  char  *keep_db;
  char  *store_only;  /* measure the store of this database, nothing else */
  char  *use_db;      /* an existing database instead of generating one */
  gboolean search_only; /* of the store, only the searches */
} Options;

typedef struct {
  const char *label;
  const char *log_name;
  GArray     *frame_ms;   /* of double, one per successful run */
  GArray     *rss_mb;
  char       *failure;    /* why a run failed, for the table */
} Subject;

/* What one database size gives, for the table side by side. */
typedef struct {
  int    count;
  double frame_ratio;   /* first frame against the empty window */
  double rss_ratio;
  double plain_frame_ratio, plain_rss_ratio;   /* against the plain window */
  double search_mid, search_p95, search_max;
  double page_mid, page_p95;   /* first page on the main connection */
  double hits;
  double save_mid;
  double cpu_mid, cpu_p95, cpu_max;   /* CPU time of the same searches */
} Figures;

#define N_SUBJECTS             4
#define TARGET_FRAME_RATIO_BIG 1.2
#define TARGET_RSS_RATIO_BIG   1.2
#define TARGET_SEARCH_MID      5.0
#define TARGET_SEARCH_P95      15.0
#define TARGET_SEARCH_MAX      30.0
#define SEARCH_PAGE            24
#define SEARCH_CAP             101

/* ---------------------------------------------------------------------
 * Figures
 */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;
  guint index;

  if (n == 0)
    return -1;

  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  if (p == 0.5 && n % 2 == 0)
    return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;

  /* Nearest rank. */
  index = (guint) CLAMP (ceil (p * n) - 1, 0, n - 1);
  return g_array_index (sorted, double, index);
}

static double
median (GArray *values)
{
  return percentile (values, 0.5);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* 10000 -> "10,000" */
static char *
grouped (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static const char *
verdict (double value,
         double target)
{
  return value < 0 ? "n/a" : value <= target ? "PASS" : "MISS";
}

/* ---------------------------------------------------------------------
 * The machine
 */

static char *
proc_value (const char *file,
            const char *key)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (file, &contents, NULL, NULL))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      {
        const char *colon = strchr (lines[i], ':');

        if (colon != NULL)
          return g_strstrip (g_strdup (colon + 1));
      }
  return NULL;
}

static const char *
filesystem_name (const char *path)
{
  struct statfs fs;

  if (statfs (path, &fs) != 0)
    return "?";
  switch ((unsigned long) fs.f_type)
    {
    case 0x01021994: return "tmpfs";
    case 0xEF53: return "ext4";
    case 0x794c7630: return "overlayfs";
    case 0x9123683E: return "btrfs";
    case 0x58465342: return "xfs";
    default: return "other";
    }
}

static void
print_machine (const char *dir)
{
  g_autofree char *cpu = proc_value ("/proc/cpuinfo", "model name");
  g_autofree char *mem = proc_value ("/proc/meminfo", "MemTotal");
  struct utsname uts;

  uname (&uts);
  g_print ("Praktikaftale benchmark\n");
  g_print ("  machine    %u CPUs (nproc), %s, %.1f GiB RAM, %s %s\n",
           g_get_num_processors (), cpu ? cpu : "unknown CPU",
           mem ? g_ascii_strtod (mem, NULL) / (1024.0 * 1024.0) : 0.0,
           uts.sysname, uts.release);
  g_print ("  software   GTK %u.%u.%u, libadwaita %u.%u.%u, SQLite %s\n",
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
           sqlite3_libversion ());
  g_print ("  files      %s (%s)\n", dir, filesystem_name (dir));
}

/* ---------------------------------------------------------------------
 * Start-up: time to the first frame and peak memory of a child process
 */

typedef enum {
  READ_FOUND,
  READ_TIMEOUT,
  READ_EOF,
} ReadResult;

/* Reads the child's stdout until a line "first-frame". */
static ReadResult
read_first_frame (int     fd,
                  gint64  deadline,
                  gint64 *seen_at)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 now = g_get_monotonic_time ();
      char chunk[4096];
      ssize_t n;
      int rc;

      if (now >= deadline)
        return READ_TIMEOUT;
      rc = poll (&pfd, 1, (int) ((deadline - now) / 1000) + 1);
      if (rc < 0 && errno == EINTR)
        continue;
      if (rc <= 0)
        continue;

      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return READ_EOF;

      *seen_at = g_get_monotonic_time ();
      g_string_append_len (out, chunk, n);
      if (g_str_has_prefix (out->str, "first-frame\n") || strstr (out->str, "\nfirst-frame\n") != NULL)
        return READ_FOUND;
    }
}

/* Waits for the child until @deadline, then kills it. */
static gboolean
reap (pid_t          pid,
      gint64         deadline,
      int           *status,
      struct rusage *usage)
{
  while (g_get_monotonic_time () < deadline)
    {
      pid_t done = wait4 (pid, status, WNOHANG, usage);

      if (done == pid)
        return TRUE;
      if (done < 0 && errno != EINTR)
        return FALSE;
      g_usleep (2000);
    }

  kill (-pid, SIGKILL);
  while (wait4 (pid, status, 0, usage) < 0 && errno == EINTR)
    ;
  return FALSE;
}

static char *
log_tail (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;
  g_autoptr(GString) out = g_string_new (NULL);

  if (!g_file_get_contents (path, &contents, NULL, NULL) || contents[0] == '\0')
    return g_strdup ("");
  lines = g_strsplit (g_strstrip (contents), "\n", -1);
  n = g_strv_length (lines);
  for (guint i = n > 4 ? n - 4 : 0; i < n; i++)
    g_string_append_printf (out, "\n      | %s", lines[i]);
  return g_strdup (out->str);
}

/**
 * run_once:
 *
 * Starts @argv with @envp, times it from just before the fork to the line
 * "first-frame" on its stdout, and takes its peak RSS from wait4().
 */
static gboolean
run_once (char       **argv,
          char       **envp,
          const char  *log_path,
          int          timeout_s,
          double      *frame_ms,
          double      *rss_mb,
          GError     **error)
{
  int out[2], log_fd, status = 0;
  struct rusage usage = { 0 };
  gint64 started, seen_at = 0;
  ReadResult result;
  pid_t pid;

  if (pipe (out) != 0)
    return (g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "pipe: %s", g_strerror (errno)), FALSE);
  fcntl (out[0], F_SETFD, FD_CLOEXEC);
  fcntl (out[1], F_SETFD, FD_CLOEXEC);
  log_fd = open (log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  started = g_get_monotonic_time ();
  pid = fork ();
  if (pid == 0)
    {
      /* Only async-signal-safe calls between fork and exec. A process
       * group of its own, so a kill reaches whatever it started too. */
      setpgid (0, 0);
      dup2 (out[1], STDOUT_FILENO);
      if (log_fd >= 0)
        dup2 (log_fd, STDERR_FILENO);
      execve (argv[0], argv, envp);
      _exit (127);
    }
  close (out[1]);
  if (log_fd >= 0)
    close (log_fd);
  if (pid < 0)
    {
      close (out[0]);
      return (g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "fork: %s", g_strerror (errno)), FALSE);
    }

  result = read_first_frame (out[0], started + (gint64) timeout_s * G_USEC_PER_SEC, &seen_at);
  if (result == READ_FOUND)
    *frame_ms = (seen_at - started) / 1000.0;

  /* After the first frame it quits; give it time to, then take the
   * figures from the kernel. */
  close (out[0]);
  if (!reap (pid, g_get_monotonic_time () + (result == READ_FOUND ? EXIT_GRACE_S : 0) * G_USEC_PER_SEC,
             &status, &usage) && result == READ_FOUND)
    g_printerr ("warning: %s did not exit within %d s after its first frame; killed\n", argv[0], EXIT_GRACE_S);
  *rss_mb = usage.ru_maxrss / 1024.0;  /* KiB on Linux */

  if (result == READ_TIMEOUT)
    {
      g_autofree char *tail = log_tail (log_path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "no \"first-frame\" line within %d s, killed. Does it print one when "
                   "PRAKTIKAFTALE_BENCH_FIRST_FRAME=1 (and flush stdout)? Is DISPLAY an X server?%s",
                   timeout_s, tail);
      return FALSE;
    }
  if (result == READ_EOF)
    {
      g_autofree char *tail = log_tail (log_path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "exited (%s %d) before printing \"first-frame\"%s",
                   WIFSIGNALED (status) ? "signal" : "status",
                   WIFSIGNALED (status) ? WTERMSIG (status) : WEXITSTATUS (status), tail);
      return FALSE;
    }
  return TRUE;
}

static char **
child_environment (const Options *options,
                   const char    *dir)
{
  char **env = g_get_environ ();
  static const char *xdg[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", options->schema_dir, TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "PRAKTIKAFTALE_BENCH_FIRST_FRAME", "1", TRUE);
  {
    g_autofree char *settle = g_strdup_printf ("%d", options->settle_ms);

    env = g_environ_setenv (env, "PRAKTIKAFTALE_BENCH_SETTLE_MS", settle, TRUE);
  }

  /* Nothing of the user's: no settings, no drafts, no backups. */
  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *path = g_build_filename (dir, "xdg", xdg[i], NULL);

      g_mkdir_with_parents (path, 0700);
      env = g_environ_setenv (env, xdg[i], path, TRUE);
    }
  return env;
}

static void
subject_run (Subject       *subject,
             char         **argv,
             char         **envp,
             const char    *dir,
             int            index,
             const Options *options)
{
  g_autofree char *log = g_strdup_printf ("%s/%s-%d.log", dir, subject->log_name, index + 1);
  g_autoptr(GError) error = NULL;
  double ms = 0, rss = 0;

  if (run_once (argv, envp, log, options->timeout, &ms, &rss, &error))
    {
      /* Run -1 warms the caches and is not counted. */
      if (index >= 0)
        {
          g_array_append_val (subject->frame_ms, ms);
          g_array_append_val (subject->rss_mb, rss);
        }
    }
  else if (subject->failure == NULL)
    {
      subject->failure = g_strdup (error->message);
      g_printerr ("%s: %s\n", subject->label, error->message);
    }
}

static void
subject_clear (Subject *subject)
{
  g_clear_pointer (&subject->frame_ms, g_array_unref);
  g_clear_pointer (&subject->rss_mb, g_array_unref);
  g_clear_pointer (&subject->failure, g_free);
}

static void
print_subject (Subject *subject)
{
  if (subject->frame_ms->len == 0)
    g_print ("  %-34s %12s %12s   (failed: see below)\n", subject->label, "n/a", "n/a");
  else
    g_print ("  %-34s %9.1f ms %9.1f MB%s\n", subject->label,
             median (subject->frame_ms), median (subject->rss_mb),
             subject->failure ? "   (some runs failed)" : "");
}

static gboolean
benchmark_startup (const Options *options,
                   const char    *dir,
                   const char    *empty_db,
                   const char    *full_db,
                   Figures       *figures)
{
  g_auto(GStrv) envp = child_environment (options, dir);
  g_autofree char *full_label = NULL, *count = grouped (options->count);
  char *empty_argv[] = { options->empty_window, NULL };
  char *plain_argv[] = { options->plain_window, NULL };
  char *app_empty_argv[] = { options->app, (char *) "--database", (char *) empty_db, NULL };
  char *app_full_argv[] = { options->app, (char *) "--database", (char *) full_db, NULL };
  Subject subjects[N_SUBJECTS] = {
    { "empty AdwApplicationWindow", "empty-window", NULL, NULL, NULL },
    { "plain window (header, 24 rows)", "plain-window", NULL, NULL, NULL },
    { "Praktikaftale, 0 drafts", "app-0", NULL, NULL, NULL },
    { NULL, "app-full", NULL, NULL, NULL },
  };
  char **argvs[N_SUBJECTS] = { empty_argv, plain_argv, app_empty_argv, app_full_argv };
  double ratio = -1;
  gboolean ok = TRUE;

  full_label = g_strdup_printf ("Praktikaftale, %s drafts", count);
  subjects[N_SUBJECTS - 1].label = full_label;
  for (guint s = 0; s < N_SUBJECTS; s++)
    {
      subjects[s].frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
      subjects[s].rss_mb = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* Interleaved, so a slow moment of the machine hits all alike. */
  for (int run = -1; run < options->runs; run++)
    for (guint s = 0; s < N_SUBJECTS; s++)
      if (run < 0 || subjects[s].failure == NULL || subjects[s].frame_ms->len > 0)
        subject_run (&subjects[s], argvs[s], envp, dir, run, options);

  g_print ("\nStart-up: median of %d runs each, after one warm-up run; "
           "GSK_RENDERER=cairo, GDK_BACKEND=x11, DISPLAY=%s\n"
           "  peak RSS: the most resident memory until %d ms after the first frame\n",
           options->runs, g_getenv ("DISPLAY"), options->settle_ms);
  g_print ("  %-34s %12s %12s\n", "", "first frame", "peak RSS");
  for (guint s = 0; s < N_SUBJECTS; s++)
    print_subject (&subjects[s]);

  if (subjects[0].frame_ms->len > 0 && subjects[N_SUBJECTS - 1].frame_ms->len > 0)
    {
      GArray *full_ms = subjects[N_SUBJECTS - 1].frame_ms, *full_mb = subjects[N_SUBJECTS - 1].rss_mb;

      ratio = median (full_ms) / median (subjects[0].frame_ms);
      figures->frame_ratio = ratio;
      figures->rss_ratio = median (full_mb) / median (subjects[0].rss_mb);
      if (subjects[1].frame_ms->len > 0)
        {
          figures->plain_frame_ratio = median (full_ms) / median (subjects[1].frame_ms);
          figures->plain_rss_ratio = median (full_mb) / median (subjects[1].rss_mb);
        }
    }
  {
    g_autofree char *ratio_label = g_strdup_printf ("ratio %s drafts / empty window", count);

    if (ratio < 0)
      g_print ("  %-34s %12s   target <= %.2fx   n/a\n", ratio_label, "n/a", TARGET_RATIO);
    else
      g_print ("  %-34s %11.2fx   target <= %.2fx   %s\n", ratio_label, ratio, TARGET_RATIO,
               verdict (ratio, TARGET_RATIO));
  }

  for (guint s = 0; s < N_SUBJECTS; s++)
    {
      if (subjects[s].failure != NULL)
        {
          g_print ("  ! %s: %s\n", subjects[s].label, subjects[s].failure);
          ok = FALSE;
        }
      subject_clear (&subjects[s]);
    }
  return ok;
}

/* ---------------------------------------------------------------------
 * The store over many drafts
 */

static void
print_store_row (const char *label,
                 GArray     *ms,
                 double      target)
{
  double mid = median (ms), p95 = percentile (ms, 0.95);

  if (target > 0)
    g_print ("  %-34s %9.2f ms %9.2f ms   <= %4.0f ms   %s\n", label, mid, p95, target, verdict (mid, target));
  else
    g_print ("  %-34s %9.2f ms %9.2f ms\n", label, mid, p95);
}

static double cpu_ms (void);

/* A query and what it took. */
typedef struct {
  double  ms;
  char   *query;
  guint   count;
} Slow;

static int
compare_slow (gconstpointer a,
              gconstpointer b)
{
  double x = ((const Slow *) a)->ms, y = ((const Slow *) b)->ms;

  return (x < y) - (x > y);
}

static void
slow_clear (gpointer data)
{
  g_free (((Slow *) data)->query);
}

/* The slowest queries, to see where the time goes. */
static void
print_slowest (GArray *slow)
{
  g_array_sort (slow, compare_slow);
  g_print ("  slowest queries:");
  for (guint i = 0; i < MIN (slow->len, 6); i++)
    {
      Slow *s = &g_array_index (slow, Slow, i);

      g_print ("%s “%s” %.1f ms (%u%s hits)", i % 3 ? "," : "\n   ", s->query, s->ms,
               s->count, s->count >= SEARCH_CAP ? "+" : "");
    }
  g_print ("\n");
}

static gboolean
benchmark_search_sync (PaStore *store,
                  GArray  *ms,
                  double  *mean_hits)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2);
  g_autoptr(GArray) slow = g_array_new (FALSE, FALSE, sizeof (Slow));
  guint hits = 0;

  g_array_set_clear_func (slow, slow_clear);

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autofree char *query = pa_generate_search_query (rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) page = NULL;
      PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
      gint64 started = g_get_monotonic_time ();
      guint count;
      double t;

      page = pa_store_search_page (store, query, &cursor, SEARCH_PAGE, NULL, &error);
      t = elapsed_ms (started);
      count = page ? page->len : 0;
      if (page == NULL)
        {
          g_printerr ("search “%s”: %s\n", query, error->message);
          return FALSE;
        }
      g_array_append_val (ms, t);
      hits += count;
      {
        Slow entry = { t, g_strdup (query), count };

        g_array_append_val (slow, entry);
      }
    }
  *mean_hits = (double) hits / N_QUERIES;
  return TRUE;
}

typedef struct {
  GMainLoop      *loop;
  PaSearchResult *result;
  GError         *error;
} AsyncWait;

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->result = pa_store_search_finish (PA_STORE (source), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

/* What the list does for each query: the first page of rows, with why
 * each matched, and the count up to "100+", in the thread the window
 * uses, from the call to the callback on the main loop. */
static gboolean
benchmark_search (PaStore *store,
                  GArray  *ms,
                  GArray  *cpu,
                  double  *mean_hits)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GArray) slow = g_array_new (FALSE, FALSE, sizeof (Slow));
  guint hits = 0;

  g_array_set_clear_func (slow, slow_clear);
  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autofree char *query = pa_generate_search_query (rand);
      AsyncWait wait = { loop, NULL, NULL };
      gint64 started = g_get_monotonic_time ();
      double cpu_started = cpu_ms ();
      double cpu_t;
      Slow entry;
      double t;

      pa_store_search_async (store, query, NULL, SEARCH_PAGE, SEARCH_CAP, NULL, on_search_done, &wait);
      g_main_loop_run (loop);
      t = elapsed_ms (started);
      cpu_t = cpu_ms () - cpu_started;
      g_array_append_val (cpu, cpu_t);
      if (wait.result == NULL)
        {
          g_printerr ("search “%s”: %s\n", query, wait.error->message);
          g_error_free (wait.error);
          return FALSE;
        }
      entry = (Slow) { t, g_strdup (query), wait.result->count };
      g_array_append_val (slow, entry);
      hits += wait.result->count;
      pa_search_result_free (wait.result);
      g_array_append_val (ms, t);
    }
  *mean_hits = (double) hits / N_QUERIES;
  print_slowest (slow);
  return TRUE;
}

/* Where the time goes: SQLite's plan of one tier of a two-word query. */
static void
print_query_plan (PaStore *store)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_open_v2 (pa_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN SELECT rowid FROM draft_search "
                              "WHERE draft_search MATCH '(\"nanna\"* AND \"njensen\") NOT (\"nanna\" AND \"njensen\")' "
                              "AND rowid < 9223372036854775807 ORDER BY rowid DESC LIMIT 24",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      g_print ("  (no query plan: %s)\n", db ? sqlite3_errmsg (db) : "cannot open");
      sqlite3_close (db);
      return;
    }
  g_print ("  EXPLAIN QUERY PLAN of one tier (\"anna jensen\", name prefix):\n");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_print ("    %s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static gboolean
benchmark_save (PaStore     *store,
                const char  *id,
                GArray      *ms)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_store_load (store, id, &error);

  if (agreement == NULL)
    {
      g_printerr ("load %s: %s\n", id, error->message);
      return FALSE;
    }

  for (guint i = 0; i < N_SAVES; i++)
    {
      gint64 started;
      double t;

      pa_generate_small_edit (agreement, rand);
      started = g_get_monotonic_time ();
      if (!pa_store_save (store, agreement, &error))
        {
          g_printerr ("save: %s\n", error->message);
          return FALSE;
        }
      t = elapsed_ms (started);
      g_array_append_val (ms, t);
    }
  return TRUE;
}

static gboolean
benchmark_load (PaStore    *store,
                GListModel *drafts,
                GArray     *ms)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  guint n = g_list_model_get_n_items (drafts);

  for (guint i = 0; i < N_LOADS && n > 0; i++)
    {
      g_autoptr(PaDraftSummary) summary = g_list_model_get_item (drafts, g_rand_int_range (rand, 0, n));
      g_autoptr(GError) error = NULL;
      g_autoptr(PaAgreement) agreement = NULL;
      gint64 started = g_get_monotonic_time ();
      double t;

      agreement = pa_store_load (store, pa_draft_summary_get_id (summary), &error);
      t = elapsed_ms (started);
      if (agreement == NULL)
        {
          g_printerr ("load: %s\n", error->message);
          return FALSE;
        }
      g_array_append_val (ms, t);
    }
  return TRUE;
}

/* Deleting a draft leaves merging the full-text index (FTS5 'merge' in
 * steps, as 'optimize') to a thread, so no word of it is left in the
 * file. @ms: the delete itself, on the main thread; @undo_ms: saving it
 * again right away, as Undo does, while the thread merges; @purge_ms:
 * from then until the thread is done. */
static gboolean
benchmark_delete (PaStore    *store,
                  GListModel *drafts,
                  GArray     *ms,
                  GArray     *undo_ms,
                  GArray     *purge_ms)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  guint n = g_list_model_get_n_items (drafts);

  for (guint i = 0; i < N_DELETES && n > 0; i++)
    {
      g_autoptr(PaDraftSummary) summary = g_list_model_get_item (drafts, g_rand_int_range (rand, 0, n));
      g_autoptr(GError) error = NULL;
      g_autoptr(PaAgreement) agreement = pa_store_load (store, pa_draft_summary_get_id (summary), &error);
      gint64 started;
      double t;

      if (agreement == NULL)
        {
          g_printerr ("load: %s\n", error->message);
          return FALSE;
        }
      started = g_get_monotonic_time ();
      if (!pa_store_delete (store, pa_agreement_get_id (agreement), &error))
        {
          g_printerr ("delete: %s\n", error->message);
          return FALSE;
        }
      t = elapsed_ms (started);
      g_array_append_val (ms, t);
      started = g_get_monotonic_time ();
      if (!pa_store_save (store, agreement, &error))
        {
          g_printerr ("save: %s\n", error->message);
          return FALSE;
        }
      t = elapsed_ms (started);
      g_array_append_val (undo_ms, t);
      started = g_get_monotonic_time ();
      pa_store_wait_for_purge (store);
      t = elapsed_ms (started);
      g_array_append_val (purge_ms, t);
    }
  return TRUE;
}

/* CPU time of the process (every thread): what a query costs whatever
 * else the machine is doing. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* One query, again and again, for a profiler (CPU time):
 *   PRAKTIKAFTALE_BENCH_QUERY="tina jensen" perf record praktikaftale-bench --store-only DB */
static gboolean
profile_one_query (PaStore    *store,
                   const char *query)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) page = NULL;
      PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
      double started = cpu_ms ();
      double t;

      page = pa_store_search_page (store, query, &cursor, SEARCH_PAGE, NULL, &error);
      t = cpu_ms () - started;
      if (page == NULL)
        {
          g_printerr ("search “%s”: %s\n", query, error->message);
          return FALSE;
        }
      g_array_append_val (ms, t);
    }
  print_store_row (query, ms, 0);
  return TRUE;
}

/* The window's list without a query (PaDraftList): what the first frame
 * reads, per status filter, then 50 rows more as when scrolling, and
 * where a draft is (opening one from the follow-ups or a search). */
static gboolean
benchmark_list (PaStore *store)
{
  static const char *statuses[] = { NULL, "draft", "agreed", "active", "ended", "cancelled" };
  g_autoptr(GArray) first_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) more_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) find_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 5; round++)
    for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
      {
        g_autoptr(PaDraftList) list = pa_draft_list_new (store, 16);
        gint64 started = g_get_monotonic_time ();
        guint n;
        double t;

        if (!pa_draft_list_set_status (list, statuses[s], &error))
          return (g_printerr ("list: %s\n", error->message), FALSE);
        n = g_list_model_get_n_items (G_LIST_MODEL (list));
        for (guint i = 0; i < n; i++)
          g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
        t = elapsed_ms (started);
        g_array_append_val (first_ms, t);

        started = g_get_monotonic_time ();
        if (!pa_draft_list_show_more (list, 50, &error))
          return (g_printerr ("list: %s\n", error->message), FALSE);
        for (guint i = n; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
          g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
        t = elapsed_ms (started);
        g_array_append_val (more_ms, t);

        if (n > 0)
          {
            g_autoptr(PaDraftList) fresh = pa_draft_list_new (store, 16);
            g_autoptr(PaDraftSummary) last = g_list_model_get_item (G_LIST_MODEL (list),
                                                                    g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);

            pa_draft_list_set_status (fresh, statuses[s], NULL);
            started = g_get_monotonic_time ();
            pa_draft_list_find (fresh, pa_draft_summary_get_id (last), NULL);
            t = elapsed_ms (started);
            g_array_append_val (find_ms, t);
          }
      }
  print_store_row ("list: first 16 rows, per status", first_ms, 0);
  print_store_row ("list: 50 rows more (scrolling)", more_ms, 0);
  print_store_row ("list: position of a draft", find_ms, 0);
  g_print ("  (list: all 6 status filters, 5 rounds; slowest first rows %.2f ms)\n",
           percentile (first_ms, 1.0));
  return TRUE;
}

static gboolean
benchmark_searches_only (const Options *options,
                         PaStore       *store,
                         const char    *path,
                         Figures       *figures)
{
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) page_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *count = grouped (options->count);
  double hits = 0, sync_hits = 0;

  if (!benchmark_search (store, search_ms, cpu, &hits) ||
      !benchmark_search_sync (store, page_ms, &sync_hits))
    return FALSE;
  g_print ("\nStore: %s drafts, %s (searches only)\n", count, path);
  g_print ("  %-34s %12s %12s   %7s\n", "", "median", "p95", "target");
  print_store_row ("search: page + count (200 queries)", search_ms, TARGET_SEARCH_MID);
  print_store_row ("  the same, CPU time", cpu, 0);
  print_store_row ("first page, main connection", page_ms, 0);
  g_print ("  (%.0f hits on average counted up to %d, slowest %.2f ms)\n",
           hits, SEARCH_CAP, percentile (search_ms, 1.0));
  if (!benchmark_list (store))
    return FALSE;
  print_query_plan (store);
  figures->search_mid = median (search_ms);
  figures->search_p95 = percentile (search_ms, 0.95);
  figures->search_max = percentile (search_ms, 1.0);
  figures->cpu_mid = median (cpu);
  figures->cpu_p95 = percentile (cpu, 0.95);
  figures->cpu_max = percentile (cpu, 1.0);
  figures->page_mid = median (page_ms);
  figures->page_p95 = percentile (page_ms, 0.95);
  figures->hits = hits;
  figures->save_mid = -1;
  return TRUE;
}

static gboolean
benchmark_store (const Options *options,
                 const char    *path,
                 Figures       *figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = pa_store_open (path, &error);
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) delete_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) purge_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) page_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_ms_ = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *count = grouped (options->count);
  g_autofree char *label = NULL;
  double hits = 0, sync_hits = 0;
  gboolean ok;

  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }
  if (g_getenv ("PRAKTIKAFTALE_BENCH_QUERY") != NULL)
    return profile_one_query (store, g_getenv ("PRAKTIKAFTALE_BENCH_QUERY"));
  if (options->search_only)
    return benchmark_searches_only (options, store, path, figures);

  for (guint i = 0; i < N_LISTS; i++)
    {
      gint64 started = g_get_monotonic_time ();
      double t;

      g_clear_object (&drafts);
      drafts = pa_store_list_drafts (store, &error);
      t = elapsed_ms (started);
      if (drafts == NULL)
        {
          g_printerr ("list: %s\n", error->message);
          return FALSE;
        }
      g_array_append_val (list_ms, t);
    }

  ok = benchmark_search (store, search_ms, cpu_ms_, &hits) &&
       benchmark_search_sync (store, page_ms, &sync_hits) &&
       benchmark_load (store, drafts, load_ms) &&
       benchmark_delete (store, drafts, delete_ms, undo_ms, purge_ms) &&
       g_list_model_get_n_items (drafts) > 0;
  if (ok)
    {
      /* The draft edited most recently, as the user reopens it. */
      g_autoptr(PaDraftSummary) first = g_list_model_get_item (drafts, 0);

      ok = benchmark_save (store, pa_draft_summary_get_id (first), save_ms);
    }
  if (!ok)
    return FALSE;

  g_print ("\nStore: %s drafts, %s\n", count, path);
  g_print ("  %-34s %12s %12s   %7s\n", "", "median", "p95", "target");
  label = g_strdup_printf ("search: page + count (%d queries)", N_QUERIES);
  print_store_row (label, search_ms, TARGET_SEARCH_MID);
  g_clear_pointer (&label, g_free);
  print_store_row ("  the same, CPU time", cpu_ms_, 0);
  print_store_row ("first page, main connection", page_ms, 0);
  label = g_strdup_printf ("save transaction (%d edits)", N_SAVES);
  print_store_row (label, save_ms, TARGET_SAVE);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("load one draft (%d drafts)", N_LOADS);
  print_store_row (label, load_ms, 0);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("list all %s drafts (%d runs)", count, N_LISTS);
  print_store_row (label, list_ms, 0);
  g_clear_pointer (&label, g_free);
  if (!benchmark_list (store))
    return FALSE;
  label = g_strdup_printf ("delete one draft (%d drafts)", N_DELETES);
  print_store_row (label, delete_ms, 0);
  print_store_row ("save again at once (Undo)", undo_ms, 0);
  print_store_row ("purge of its words (thread)", purge_ms, 0);
  g_print ("  (search: 1-2 words of names, companies and tasks, prefixes too; %.0f hits on average\n"
           "   counted up to %d,\n"
           "   slowest %.2f ms; save: whole draft and its search row in one transaction,\n"
           "   synchronous=FULL; delete: with secure_delete; its words leave the\n"
           "   search index in a thread, in steps of FTS5 'merge', while Undo saves it again)\n", hits, SEARCH_CAP, percentile (search_ms, 1.0));
  print_query_plan (store);

  figures->search_mid = median (search_ms);
  figures->search_p95 = percentile (search_ms, 0.95);
  figures->search_max = percentile (search_ms, 1.0);
  figures->page_mid = median (page_ms);
  figures->page_p95 = percentile (page_ms, 0.95);
  figures->hits = hits;
  figures->cpu_mid = median (cpu_ms_);
  figures->cpu_p95 = percentile (cpu_ms_, 0.95);
  figures->cpu_max = percentile (cpu_ms_, 1.0);
  figures->save_mid = median (save_ms);
  return TRUE;
}

/* ---------------------------------------------------------------------
 * Main
 */

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gboolean
make_databases (const Options *options,
                const char    *db_dir,
                char         **empty_db,
                char         **full_db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) empty = NULL;
  g_autofree char *count = grouped (options->count);
  gint64 started;
  double seconds;

  *empty_db = g_build_filename (db_dir, "bench-drafts-0.db", NULL);
  *full_db = g_strdup_printf ("%s/bench-drafts-%d.db", db_dir, options->count);
  remove_database (*empty_db);
  remove_database (*full_db);

  empty = pa_store_open (*empty_db, &error);
  if (empty == NULL)
    {
      g_printerr ("%s: %s\n", *empty_db, error->message);
      return FALSE;
    }

  if (options->use_db != NULL)
    return TRUE;
  started = g_get_monotonic_time ();
  if (!pa_generate_database (*full_db, options->count, (guint32) options->seed, &error))
    {
      g_printerr ("%s: %s\n", *full_db, error->message);
      return FALSE;
    }
  seconds = (g_get_monotonic_time () - started) / 1e6;

  g_print ("  database   %s drafts (seed %" G_GINT64_FORMAT ") generated in %.1f s, %.1f MB\n",
           count, options->seed, seconds, file_size (*full_db) / (1024.0 * 1024.0));
  return TRUE;
}

static gboolean
parse_options (int      *argc,
               char   ***argv,
               Options  *options)
{
  g_autofree char *counts = NULL;
  const GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_STRING, &counts,
      "Drafts in the big databases, side by side (default 10000,100000; or $PRAKTIKAFTALE_BENCH_COUNTS)", "N[,N…]" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &options->runs, "Start-up runs of each program (default 5)", "R" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &options->app, "The praktikaftale binary (default: the build's)", "PATH" },
    { "empty-window", 0, 0, G_OPTION_ARG_FILENAME, &options->empty_window, "The baseline binary", "PATH" },
    { "plain-window", 0, 0, G_OPTION_ARG_FILENAME, &options->plain_window, "The second baseline binary", "PATH" },
    { "settle", 0, 0, G_OPTION_ARG_INT, &options->settle_ms, "Milliseconds after the first frame in the peak RSS (default 3000)", "MS" },
    { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &options->schema_dir, "Compiled GSettings schemas", "DIR" },
    { "keep-db", 0, 0, G_OPTION_ARG_FILENAME, &options->keep_db,
      "Write the databases to DIR and keep them (bench-drafts-*.db there are replaced)", "DIR" },
    { "store-only", 0, 0, G_OPTION_ARG_FILENAME, &options->store_only,
      "Only the store figures, of an existing database (it is changed: saves and deletes)", "DB" },
    { "use-db", 0, 0, G_OPTION_ARG_FILENAME, &options->use_db,
      "Measure this database (with one size in --count) instead of generating one; it is changed", "DB" },
    { "search-only", 0, 0, G_OPTION_ARG_NONE, &options->search_only,
      "Of the store, measure only the searches (no save, load, list or delete)", NULL },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &options->seed, "Generator seed (default 1)", "S" },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &options->timeout, "Seconds to wait for a first frame (default 20)", "S" },
    { NULL }
  };
  g_auto(GStrv) parts = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- start-up, search and save figures");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  if (counts == NULL)
    counts = g_strdup (g_getenv ("PRAKTIKAFTALE_BENCH_COUNTS"));
  parts = g_strsplit (counts ? counts : "10000,100000", ",", -1);
  options->counts = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int n = (int) g_ascii_strtoll (parts[i], NULL, 10);

      if (n < 1)
        {
          g_printerr ("--count: “%s” is not a number of drafts\n", parts[i]);
          return FALSE;
        }
      g_array_append_val (options->counts, n);
    }
  options->count = g_array_index (options->counts, int, 0);
  if (options->count < 1 || options->runs < 1 || options->timeout < 1 || options->settle_ms < 0 ||
      options->seed < 0 || options->seed > G_MAXUINT32)
    {
      g_printerr ("--count, --runs and --timeout must be at least 1, --settle at least 0, --seed from 0 to %u\n", G_MAXUINT32);
      return FALSE;
    }
  return TRUE;
}

/* The figures of every size in one table, against issue 14's targets
 * for the largest. */
static void
print_side_by_side (GArray *all)
{
  static const struct { const char *label; gsize offset; double target; const char *unit; } rows[] = {
    { "first frame / empty window", G_STRUCT_OFFSET (Figures, frame_ratio), TARGET_FRAME_RATIO_BIG, "x" },
    { "peak RSS / empty window", G_STRUCT_OFFSET (Figures, rss_ratio), TARGET_RSS_RATIO_BIG, "x" },
    { "first frame / plain window", G_STRUCT_OFFSET (Figures, plain_frame_ratio), 0, "x" },
    { "peak RSS / plain window", G_STRUCT_OFFSET (Figures, plain_rss_ratio), 0, "x" },
    { "search median", G_STRUCT_OFFSET (Figures, search_mid), TARGET_SEARCH_MID, "ms" },
    { "search p95", G_STRUCT_OFFSET (Figures, search_p95), TARGET_SEARCH_P95, "ms" },
    { "search slowest", G_STRUCT_OFFSET (Figures, search_max), TARGET_SEARCH_MAX, "ms" },
    { "search CPU time median", G_STRUCT_OFFSET (Figures, cpu_mid), 0, "ms" },
    { "search CPU time p95", G_STRUCT_OFFSET (Figures, cpu_p95), 0, "ms" },
    { "search CPU time slowest", G_STRUCT_OFFSET (Figures, cpu_max), 0, "ms" },
    { "first page, main conn., median", G_STRUCT_OFFSET (Figures, page_mid), 0, "ms" },
    { "first page, main conn., p95", G_STRUCT_OFFSET (Figures, page_p95), 0, "ms" },
    { "hits per query (counted to 101)", G_STRUCT_OFFSET (Figures, hits), 0, "" },
    { "save median", G_STRUCT_OFFSET (Figures, save_mid), TARGET_SAVE, "ms" },
  };
  Figures *last = &g_array_index (all, Figures, all->len - 1);

  g_print ("\nSide by side (targets for the largest, issue 14)\n  %-34s", "");
  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *count = grouped (g_array_index (all, Figures, i).count);

      g_print (" %12s", count);
    }
  g_print ("   target\n");
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      double value = 0;

      g_print ("  %-34s", rows[r].label);
      for (guint i = 0; i < all->len; i++)
        {
          value = G_STRUCT_MEMBER (double, &g_array_index (all, Figures, i), rows[r].offset);
          if (value < 0)
            g_print (" %12s", "n/a");
          else
            g_print (" %10.2f%-2s", value, rows[r].unit);
        }
      value = G_STRUCT_MEMBER (double, last, rows[r].offset);
      if (rows[r].target > 0)
        g_print ("   <= %.1f%s %s", rows[r].target, rows[r].unit, verdict (value, rows[r].target));
      g_print ("\n");
    }
}

static gboolean
benchmark_count (Options    *options,
                 const char *dir,
                 const char *db_dir,
                 Figures    *figures)
{
  g_autofree char *empty_db = NULL, *full_db = NULL;
  gboolean ok = TRUE;

  figures->count = options->count;
  figures->frame_ratio = figures->rss_ratio = -1;
  figures->plain_frame_ratio = figures->plain_rss_ratio = -1;
  if (!make_databases (options, db_dir, &empty_db, &full_db))
    return FALSE;
  if (options->use_db != NULL)
    {
      g_free (full_db);
      full_db = g_strdup (options->use_db);
    }

  /* Start-up first, while the big database is as generated. */
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_print ("\nStart-up: skipped, no DISPLAY. Run under "
               "xvfb-run -a -s '-screen 0 1366x768x24'.\n");
      ok = FALSE;
    }
  else
    ok = benchmark_startup (options, dir, empty_db, full_db, figures);

  ok = benchmark_store (options, full_db, figures) && ok;
  if (options->keep_db == NULL && options->use_db == NULL)
    remove_database (full_db);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  Options options = { .runs = 5, .timeout = 20, .seed = 1, .settle_ms = 3000 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (Figures));
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  if (!parse_options (&argc, &argv, &options))
    return EXIT_FAILURE;
  if (options.app == NULL)
    options.app = g_strdup (BENCH_APP_PATH);
  if (options.empty_window == NULL)
    options.empty_window = g_strdup (BENCH_EMPTY_WINDOW_PATH);
  if (options.plain_window == NULL)
    options.plain_window = g_strdup (BENCH_PLAIN_WINDOW_PATH);
  if (options.schema_dir == NULL)
    options.schema_dir = g_strdup (BENCH_SCHEMA_DIR);

  dir = g_dir_make_tmp ("praktikaftale-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (options.keep_db != NULL && g_mkdir_with_parents (options.keep_db, 0700) != 0)
    {
      g_printerr ("%s: %s\n", options.keep_db, g_strerror (errno));
      return EXIT_FAILURE;
    }

  print_machine (options.keep_db ? options.keep_db : dir);
  if (options.store_only != NULL)
    {
      Figures figures = { 0 };

      return benchmark_store (&options, options.store_only, &figures) ? EXIT_SUCCESS : EXIT_FAILURE;
    }
  for (guint i = 0; i < options.counts->len; i++)
    {
      Figures figures = { 0 };

      options.count = g_array_index (options.counts, int, i);
      ok = benchmark_count (&options, dir, options.keep_db ? options.keep_db : dir, &figures) && ok;
      g_array_append_val (all, figures);
    }
  print_side_by_side (all);

  rm_rf (dir);
  g_array_unref (options.counts);
  g_free (options.app);
  g_free (options.empty_window);
  g_free (options.plain_window);
  g_free (options.schema_dir);
  g_free (options.keep_db);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
