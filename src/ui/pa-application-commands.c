/* pa-application-commands.c: command-line actions that print and exit: --export-xml, --import, --check
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They run in the launching process, need no display and never touch a
 * running instance's windows; the database is shared safely through
 * SQLite. Messages go to stderr in the user's language; exit status 0 is
 * success, 1 a problem with the input, 2 a wrong command line.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <unistd.h>

#include "core/pa-checks.h"
#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"

#include "pa-application-private.h"

#define EXIT_USAGE 2

/* The positional arguments, after the options. */
static const char *
remaining_arg (GVariantDict *options,
               guint         index)
{
  g_autofree const char **remaining = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining))
    return NULL;
  for (guint i = 0; remaining[i] != NULL; i++)
    if (i == index)
      return remaining[i];
  return NULL;
}

static PaStore *
open_store (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  PaStore *store = pa_store_open (db_path, &error);

  if (store == NULL)
    /* Translators: %s is a file name, then the reason */
    g_printerr (_("Cannot open the agreements in %s: %s\n"), db_path, error->message);
  return store;
}

int
_pa_application_export_xml (PaApplication *self,
                            const char    *db_path,
                            GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = NULL;
  const char *file = remaining_arg (options, 0);
  gboolean company = g_variant_dict_contains (options, "company");

  g_variant_dict_lookup (options, "export-xml", "&s", &id);
  if (id == NULL || file == NULL)
    {
      g_printerr (_("Usage: praktikaftale --export-xml DRAFT-ID FILE [--company]\n"));
      return EXIT_USAGE;
    }

  if ((store = open_store (db_path)) == NULL)
    return EXIT_FAILURE;

  agreement = pa_store_load (store, id, &error);
  if (agreement == NULL ||
      !pa_xml_export_file (agreement, company ? PA_XML_VARIANT_COMPANY : PA_XML_VARIANT_FULL,
                           file, &error))
    {
      /* Translators: %s is the reason */
      g_printerr (_("The agreement could not be exported: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

typedef enum {
  SAME_ID_ASK,
  SAME_ID_REPLACE,
  SAME_ID_KEEP_BOTH,
  SAME_ID_CANCEL,
} SameId;

static SameId
ask_same_id (PaAgreement *agreement)
{
  char answer[16] = "";

  if (!isatty (STDIN_FILENO))
    return SAME_ID_ASK;

  g_print (_("The agreement for %s is already in the list.\n"
             "Replace it (r), keep both (k) or cancel (c)? "),
           pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name"));
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return SAME_ID_CANCEL;
  /* Translators: the letter for "replace" in the question above */
  if (g_ascii_tolower (answer[0]) == _("r")[0])
    return SAME_ID_REPLACE;
  /* Translators: the letter for "keep both" in the question above */
  if (g_ascii_tolower (answer[0]) == _("k")[0])
    return SAME_ID_KEEP_BOTH;
  return SAME_ID_CANCEL;
}

int
_pa_application_import (PaApplication *self,
                        const char    *db_path,
                        GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;
  PaXmlVariant variant = PA_XML_VARIANT_FULL;
  SameId same = SAME_ID_ASK;

  g_variant_dict_lookup (options, "import", "^&ay", &file);
  if (g_variant_dict_contains (options, "replace"))
    same = SAME_ID_REPLACE;
  else if (g_variant_dict_contains (options, "keep-both"))
    same = SAME_ID_KEEP_BOTH;

  /* --keep-both also means "as new" for a document without a usable id. */
  agreement = pa_xml_import_file_flags (file, same == SAME_ID_KEEP_BOTH ? PA_XML_READ_NEW_ID : 0,
                                        &variant, &error);
  if (agreement == NULL)
    {
      /* Translators: %s is a file name, then what is wrong with it */
      g_printerr (_("%s cannot be imported: %s\n"), file, error->message);
      if (g_error_matches (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID))
        g_printerr (_("Run again with --keep-both to import it as a new agreement.\n"));
      return EXIT_FAILURE;
    }

  if ((store = open_store (db_path)) == NULL)
    return EXIT_FAILURE;

  if (pa_store_contains (store, pa_agreement_get_id (agreement)))
    {
      if (same == SAME_ID_ASK)
        same = ask_same_id (agreement);
      if (same == SAME_ID_ASK)
        {
          g_printerr (_("An agreement with the same id is already in the list. Run again with --replace or --keep-both.\n"));
          return EXIT_FAILURE;
        }
      if (same == SAME_ID_CANCEL)
        return EXIT_FAILURE;
      /* A company copy lacks what the company may not see: replacing the
       * full draft with it would throw that away. */
      if (same == SAME_ID_REPLACE && variant == PA_XML_VARIANT_COMPANY)
        {
          g_printerr (_("The file is the company's copy, which leaves out personal data. It does not replace the full agreement; use --keep-both to import it as a new draft.\n"));
          return EXIT_FAILURE;
        }
      if (same == SAME_ID_KEEP_BOTH)
        {
          g_autofree char *id = g_uuid_string_random ();

          pa_agreement_freeze_tracking (agreement);
          pa_record_set_string (PA_RECORD (agreement), "id", id);
          pa_agreement_thaw_tracking (agreement);
        }
    }

  if (!pa_store_save (store, agreement, &error))
    {
      g_printerr (_("The agreement could not be saved: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  g_print ("%s\n", pa_agreement_get_id (agreement));
  return EXIT_SUCCESS;
}

static void
print_findings_json (GPtrArray *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, pa_severity_to_string (finding->severity));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, finding->code);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, finding->message);
      json_builder_set_member_name (builder, "reference");
      if (finding->reference != NULL)
        json_builder_add_string_value (builder, finding->reference);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, finding->field);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static const char *
severity_label (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      /* Translators: the severity of a finding, printed by --check */
      return _("error");
    case PA_SEVERITY_WARNING:
      /* Translators: the severity of a finding, printed by --check */
      return _("warning");
    case PA_SEVERITY_INFO:
    default:
      /* Translators: the severity of a finding, printed by --check */
      return _("note");
    }
}

int
_pa_application_check (PaApplication *self,
                       const char    *db_path,
                       GVariantDict  *options)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;

  g_variant_dict_lookup (options, "check", "^&ay", &file);
  agreement = pa_xml_import_file (file, &error);
  if (agreement == NULL)
    {
      g_printerr (_("%s cannot be checked: %s\n"), file, error->message);
      return EXIT_USAGE;
    }

  findings = pa_check_agreement (agreement, NULL, NULL);
  if (g_variant_dict_contains (options, "json"))
    print_findings_json (findings);
  else if (findings->len == 0)
    g_print ("%s\n", _("No findings: the agreement keeps the rules that were checked."));
  else
    for (guint i = 0; i < findings->len; i++)
      {
        PaFinding *finding = g_ptr_array_index (findings, i);

        g_print ("%s: %s%s%s%s [%s]\n", severity_label (finding->severity), finding->message,
                 finding->reference ? " (" : "", finding->reference ? finding->reference : "",
                 finding->reference ? ")" : "", finding->field);
      }

  return pa_findings_have_errors (findings) ? EXIT_FAILURE : EXIT_SUCCESS;
}
