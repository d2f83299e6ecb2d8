/* pa-application-pdf.c: the command line's --export-pdf DRAFT-ID FILE [--company-copy]
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints nothing on success, like --export-xml; the file is written
 * atomically with mode 0600.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "docs/pa-pdf.h"

#include "pa-application-private.h"

#define EXIT_USAGE 2

static const char *
file_arg (GVariantDict *options)
{
  g_autofree const char **remaining = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining) ||
      remaining[0] == NULL || remaining[1] != NULL)
    return NULL;
  return remaining[0];
}

/* Read-only when the database exists; a missing one is created, as
 * --database promises. */
static PaStore *
open_store (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  PaStoreOpenFlags flags = g_stat (db_path, &st) == 0 && st.st_size > 0
    ? PA_STORE_OPEN_READ_ONLY : PA_STORE_OPEN_DEFAULT;
  PaStore *store = pa_store_open_full (db_path, flags, &error);

  if (store == NULL)
    /* Translators: %s is a file name, then the reason */
    _pa_cli_printerr (_("Cannot open the agreements in %s: %s\n"), db_path, error->message);
  return store;
}

int
_pa_application_export_pdf (PaApplication *self,
                            const char    *db_path,
                            GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = NULL;
  const char *file = file_arg (options);
  PaDocumentVariant variant = g_variant_dict_contains (options, "company-copy")
    ? PA_DOCUMENT_COMPANY : PA_DOCUMENT_FULL;

  g_variant_dict_lookup (options, "export-pdf", "&s", &id);
  if (id == NULL || *id == '\0' || file == NULL)
    {
      _pa_cli_printerr (_("Usage: praktikaftale --export-pdf DRAFT-ID FILE [--company-copy]\n"));
      return EXIT_USAGE;
    }

  if ((store = open_store (db_path)) == NULL)
    return EXIT_FAILURE;

  agreement = pa_store_load (store, id, &error);
  if (agreement == NULL || !pa_pdf_export_file (agreement, variant, file, NULL, &error))
    {
      /* Translators: %s is the reason */
      _pa_cli_printerr (_("The agreement could not be exported: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
