/* praktikaftale-generate.c: writes N realistic synthetic drafts into a database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   praktikaftale-generate --database PATH --count N [--seed S]
 *
 * For benchmarks and for trying the app with years of drafts:
 *   praktikaftale --database PATH
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "pa-generate.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  int count = 10000;
  gint64 seed = 1;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, "The database to write (created if missing)", "PATH" },
    { "count", 'n', 0, G_OPTION_ARG_INT, &count, "How many drafts (default 10000)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "The same seed gives the same drafts (default 1)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write realistic synthetic drafts");
  g_autoptr(GError) error = NULL;
  gint64 started;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (database == NULL || count < 0 || seed < 0 || seed > G_MAXUINT32)
    {
      g_printerr ("Usage: %s --database PATH [--count N] [--seed S]\n", g_get_prgname ());
      return EXIT_FAILURE;
    }

  started = g_get_monotonic_time ();
  if (!pa_generate_database (database, count, (guint32) seed, &error))
    {
      g_printerr ("%s: %s\n", database, error->message);
      return EXIT_FAILURE;
    }

  g_print ("Wrote %d drafts (seed %" G_GINT64_FORMAT ") to %s in %.1f s\n",
           count, seed, database, (g_get_monotonic_time () - started) / 1e6);
  return EXIT_SUCCESS;
}
