/* pa-application-search.c: praktikaftale --search QUERY [--limit N], the ranked results as --list prints them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same ranking as the list in the window, so it can be scripted and
 * checked: one line per draft, best first, with the fields of --list
 * (id, citizen, company, period, status) separated by tabs.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "store/pa-store-search.h"
#include "pa-application-private.h"
#include "pa-labels.h"

#define DEFAULT_LIMIT 20

static PaStore *
open_for_search (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  PaStoreOpenFlags flags = PA_STORE_OPEN_READ_ONLY;
  PaStore *store;

  /* A database that does not exist yet is created, as --database says. */
  if (g_stat (db_path, &st) != 0 || st.st_size == 0)
    flags = PA_STORE_OPEN_DEFAULT;
  store = pa_store_open_full (db_path, flags, &error);
  if (store == NULL)
    /* Translators: %s is a file name, then the reason */
    _pa_cli_printerr (_("Cannot open the agreements in %s: %s\n"), db_path, error->message);
  return store;
}

static void
print_draft (PaDraftSummary *draft)
{
  const char *fields[5] = { NULL };
  g_autofree char *period = pa_labels_period (pa_draft_summary_get_start_date (draft),
                                              pa_draft_summary_get_end_date (draft));
  g_autoptr(GString) line = g_string_new (NULL);

  fields[0] = pa_draft_summary_get_id (draft);
  fields[1] = pa_draft_summary_get_citizen_name (draft);
  fields[2] = pa_draft_summary_get_company_name (draft);
  fields[3] = period;
  fields[4] = pa_labels_status (pa_draft_summary_get_status (draft));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *clean = _pa_cli_clean (fields[i], FALSE);

      if (i > 0)
        g_string_append_c (line, '\t');
      g_string_append (line, clean);
    }
  _pa_cli_print ("%s\n", line->str);
}

int
_pa_application_search (PaApplication *self,
                        const char    *db_path,
                        GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;
  PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
  const char *query = NULL;
  gint32 limit = DEFAULT_LIMIT;

  g_variant_dict_lookup (options, "search", "&s", &query);
  g_variant_dict_lookup (options, "limit", "i", &limit);
  if (limit < 1)
    {
      _pa_cli_printerr (_("--limit must be a number of agreements of at least 1.\n"));
      return 2;
    }
  if ((store = open_for_search (db_path)) == NULL)
    return EXIT_FAILURE;

  page = pa_store_search_page (store, query, &cursor, (guint) limit, NULL, &error);
  if (page == NULL)
    {
      /* Translators: %s is a file name, then the reason */
      _pa_cli_printerr (_("Cannot read the agreements in %s: %s\n"), db_path, error->message);
      return EXIT_FAILURE;
    }
  for (guint i = 0; i < page->len; i++)
    print_draft (g_ptr_array_index (page, i));
  return EXIT_SUCCESS;
}
