/* pa-application-ics.c: praktikaftale --export-ics DRAFT-ID FILE [--company-copy]
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The planned follow-ups of one draft as a calendar file. Like the other
 * commands that print and exit it only reads the database, and says in
 * Danish how many follow-ups went in and which had no date.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "docs/pa-ical.h"

#include "pa-application-private.h"

#define EXIT_USAGE 2

static PaStore *
open_for_reading (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  PaStoreOpenFlags flags = PA_STORE_OPEN_READ_ONLY;
  GStatBuf st;
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

static const char *
file_argument (GVariantDict *options)
{
  g_autofree const char **remaining = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining) ||
      remaining[0] == NULL)
    return NULL;
  return remaining[0];
}

static void
report (const char *file,
        guint       n_events,
        guint       n_skipped)
{
  _pa_cli_printerr (g_dngettext (GETTEXT_PACKAGE,
                                 /* Translators: %u is a number, %s a file name */
                                 "%u follow-up saved in %s\n",
                                 "%u follow-ups saved in %s\n", n_events),
                    n_events, file);
  if (n_skipped > 0)
    _pa_cli_printerr (g_dngettext (GETTEXT_PACKAGE,
                                   "%u follow-up has no date yet and was left out\n",
                                   "%u follow-ups have no date yet and were left out\n",
                                   n_skipped),
                      n_skipped);
}

int
_pa_application_export_ics (PaApplication *self,
                            const char    *db_path,
                            GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = NULL;
  const char *file = file_argument (options);
  gboolean company = g_variant_dict_contains (options, "company-copy");
  guint n_events = 0, n_skipped = 0;

  g_variant_dict_lookup (options, "export-ics", "&s", &id);
  if (id == NULL || file == NULL)
    {
      _pa_cli_printerr (_("Usage: praktikaftale --export-ics DRAFT-ID FILE [--company-copy]\n"));
      return EXIT_USAGE;
    }

  if ((store = open_for_reading (db_path)) == NULL)
    return EXIT_FAILURE;

  agreement = pa_store_load (store, id, &error);
  if (agreement == NULL ||
      !pa_ical_export_file (agreement, company ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL,
                            file, &n_events, &n_skipped, &error))
    {
      /* Translators: %s is the reason */
      _pa_cli_printerr (_("The calendar file could not be saved: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  report (file, n_events, n_skipped);
  return EXIT_SUCCESS;
}
