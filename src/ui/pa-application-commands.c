/* pa-application-commands.c: command-line actions that print and exit: --list, --export-xml, --import, --check, --check-goal,
 * --reformulate
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * They run in the launching process, need no display and never touch a
 * running instance's windows; the database is shared safely through
 * SQLite. Messages go to stderr in the user's language; exit status 0 is
 * success, 1 a problem with the input, 2 a wrong command line.
 *
 * Everything printed goes through _pa_cli_clean(): names and notes come
 * from documents anyone can write, and must not be able to move the
 * cursor, recolour or reorder a terminal. Commands that only read open
 * the database read-only, so they work on read-only media and never
 * migrate or otherwise change a file.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "core/pa-checks.h"
#include "core/pa-restriction-analysis.h"
#include "core/pa-smart.h"
#include "docs/pa-xml-reader.h"
#include "docs/pa-xml-writer.h"
#include "store/pa-draft-summary.h"

#include "pa-application-private.h"
#include "pa-labels.h"

#define EXIT_USAGE 2

/* Characters a terminal acts on instead of showing: C0 controls, DEL,
 * C1 controls (U+0080 to U+009F; some terminals read U+009B as CSI) and
 * the Unicode bidi controls that reorder what follows them. */
static gboolean
is_terminal_control (gunichar c)
{
  return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
         c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * _pa_cli_clean:
 * @keep_layout: keep tabs and newlines (a whole message); otherwise they
 *   become spaces (one field of a tab-separated line)
 *
 * Returns: (transfer full): @text safe to print to a terminal: valid
 *   UTF-8, each control character replaced by U+FFFD
 */
char *
_pa_cli_clean (const char *text,
               gboolean    keep_layout)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r')
        g_string_append_unichar (out, keep_layout && c != '\r' ? c : ' ');
      else if (is_terminal_control (c))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
cli_vprint (gboolean    to_stderr,
            const char *format,
            va_list     args)
{
  g_autofree char *text = g_strdup_vprintf (format, args);
  g_autofree char *clean = _pa_cli_clean (text, TRUE);

  if (to_stderr)
    g_printerr ("%s", clean);
  else
    g_print ("%s", clean);
}

/* g_print() and g_printerr() for the command line: every printer uses
 * these, so nothing reaches the terminal uncleaned. */
void
_pa_cli_print (const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  cli_vprint (FALSE, format, args);
  va_end (args);
}

void
_pa_cli_printerr (const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  cli_vprint (TRUE, format, args);
  va_end (args);
}

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
open_store (const char       *db_path,
            PaStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PaStore *store = pa_store_open_full (db_path, flags, &error);

  if (store == NULL)
    /* Translators: %s is a file name, then the reason */
    _pa_cli_printerr (_("Cannot open the agreements in %s: %s\n"), db_path, error->message);
  return store;
}

/* For commands that only read. A database that does not exist yet is
 * created, as --database promises, and that needs writing. */
static PaStore *
open_store_for_reading (const char *db_path)
{
  GStatBuf st;

  if (g_stat (db_path, &st) != 0 || st.st_size == 0)
    return open_store (db_path, PA_STORE_OPEN_DEFAULT);
  return open_store (db_path, PA_STORE_OPEN_READ_ONLY);
}

static void
append_field (GString    *line,
              const char *value)
{
  g_autofree char *clean = _pa_cli_clean (value, FALSE);

  g_string_append (line, clean);
}

int
_pa_application_list_drafts (PaApplication *self,
                             const char    *path,
                             GVariantDict  *options)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  guint n;

  if ((store = open_store_for_reading (path)) == NULL)
    return EXIT_FAILURE;
  if ((drafts = pa_store_list_drafts (store, &error)) == NULL)
    {
      /* Translators: %s is a file name, then the reason */
      _pa_cli_printerr (_("Cannot read the agreements in %s: %s\n"), path, error->message);
      return EXIT_FAILURE;
    }

  n = g_list_model_get_n_items (drafts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaDraftSummary) draft = g_list_model_get_item (drafts, i);
      g_autofree char *period = pa_labels_period (pa_draft_summary_get_start_date (draft),
                                                  pa_draft_summary_get_end_date (draft));

      g_string_truncate (line, 0);
      append_field (line, pa_draft_summary_get_id (draft));
      g_string_append_c (line, '\t');
      append_field (line, pa_draft_summary_get_citizen_name (draft));
      g_string_append_c (line, '\t');
      append_field (line, pa_draft_summary_get_company_name (draft));
      g_string_append_c (line, '\t');
      append_field (line, period);
      g_string_append_c (line, '\t');
      append_field (line, pa_labels_status (pa_draft_summary_get_status (draft)));
      _pa_cli_print ("%s\n", line->str);
    }

  return EXIT_SUCCESS;
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
      _pa_cli_printerr (_("Usage: praktikaftale --export-xml DRAFT-ID FILE [--company]\n"));
      return EXIT_USAGE;
    }

  if ((store = open_store_for_reading (db_path)) == NULL)
    return EXIT_FAILURE;

  agreement = pa_store_load (store, id, &error);
  if (agreement == NULL ||
      !pa_xml_export_file (agreement, company ? PA_XML_VARIANT_COMPANY : PA_XML_VARIANT_FULL,
                           file, &error))
    {
      /* Translators: %s is the reason */
      _pa_cli_printerr (_("The agreement could not be exported: %s\n"), error->message);
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
  const char *name = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");

  if (!isatty (STDIN_FILENO))
    return SAME_ID_ASK;

  _pa_cli_print (_("The agreement for %s is already in the list.\n"
                   "Replace it (r), keep both (k) or cancel (c)? "),
                 name ? name : _("Unnamed citizen"));
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
      _pa_cli_printerr (_("%s cannot be imported: %s\n"), file, error->message);
      if (g_error_matches (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID))
        _pa_cli_printerr (_("Run again with --keep-both to import it as a new agreement.\n"));
      return EXIT_FAILURE;
    }

  if ((store = open_store (db_path, PA_STORE_OPEN_DEFAULT)) == NULL)
    return EXIT_FAILURE;

  if (pa_store_contains (store, pa_agreement_get_id (agreement)))
    {
      if (same == SAME_ID_ASK)
        same = ask_same_id (agreement);
      if (same == SAME_ID_ASK)
        {
          _pa_cli_printerr (_("An agreement with the same id is already in the list. Run again with --replace or --keep-both.\n"));
          return EXIT_FAILURE;
        }
      if (same == SAME_ID_CANCEL)
        return EXIT_FAILURE;
      /* A company copy lacks what the company may not see: replacing the
       * full draft with it would throw that away. */
      if (same == SAME_ID_REPLACE && variant == PA_XML_VARIANT_COMPANY)
        {
          _pa_cli_printerr (_("The file is the company's copy, which leaves out personal data. It does not replace the full agreement; use --keep-both to import it as a new draft.\n"));
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
      _pa_cli_printerr (_("The agreement could not be saved: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  _pa_cli_print ("%s\n", pa_agreement_get_id (agreement));
  return EXIT_SUCCESS;
}

static void
print_findings_json (GPtrArray         *findings,
                     PaChecklistReport *checklist)
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
  /* The description checklist of the agreement (issue 11) */
  json_builder_set_member_name (builder, "checklist");
  json_builder_add_value (builder, pa_checklist_report_to_json_node (checklist));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  _pa_cli_print ("%s\n", text);
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

/* The citizen's earlier placements in the database, for the
 * repeat-placement rule, found as the window finds them. --check works
 * without a database too: one that does not exist is not created. */
static GPtrArray *
find_earlier (const char  *db_path,
              PaAgreement *agreement)
{
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *earlier = NULL;

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    return NULL;

  store = pa_store_open_full (db_path, PA_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL)
    earlier = pa_store_find_earlier (store, agreement, &error);
  if (earlier == NULL)
    {
      /* Translators: %s is a file name, then the reason */
      _pa_cli_printerr (_("Earlier agreements in %s are not taken into account: %s\n"),
                        db_path, error->message);
      return NULL;
    }
  return earlier;
}

int
_pa_application_check (PaApplication *self,
                       const char    *db_path,
                       GVariantDict  *options)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(PaChecklistReport) checklist = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;

  g_variant_dict_lookup (options, "check", "^&ay", &file);
  if (_pa_check_is_text_file (file))
    return _pa_application_check_text (file, options);
  agreement = pa_xml_import_file (file, &error);
  if (agreement == NULL)
    {
      _pa_cli_printerr (_("%s cannot be checked: %s\n"), file, error->message);
      return EXIT_USAGE;
    }

  earlier = find_earlier (db_path, agreement);
  findings = pa_check_agreement (agreement, NULL, earlier);
  checklist = pa_checklist_evaluate_agreement (agreement, NULL);
  if (g_variant_dict_contains (options, "json"))
    print_findings_json (findings, checklist);
  else if (findings->len == 0)
    _pa_cli_print ("%s\n", _("No findings: the agreement keeps the rules that were checked."));
  else
    for (guint i = 0; i < findings->len; i++)
      {
        PaFinding *finding = g_ptr_array_index (findings, i);

        _pa_cli_print ("%s: %s%s%s%s [%s]\n", severity_label (finding->severity), finding->message,
                 finding->reference ? " (" : "", finding->reference ? finding->reference : "",
                 finding->reference ? ")" : "", finding->field);
      }
  if (!g_variant_dict_contains (options, "json"))
    {
      _pa_cli_print ("\n");
      _pa_cli_print_checklist (checklist);
    }

  return pa_findings_have_errors (findings) ? EXIT_FAILURE : EXIT_SUCCESS;
}

static void
print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  _pa_cli_print ("%s\n", text);
}

static void
print_smart_part (PaSmartResult *result,
                  PaSmartPart    part)
{
  const char * const *hints = pa_smart_result_get_hints (result, part);
  gboolean ok = pa_smart_result_is_ok (result, part);
  g_autofree char *label = _pa_cli_clean (pa_smart_part_get_label (part), FALSE);

  _pa_cli_print ("%s: %s\n", label,
                 /* Translators: the verdict of one SMART part, printed by
                  * --check-goal after the part's name: "Specifik: ja" */
                 ok ? C_("SMART verdict", "yes") : C_("SMART verdict", "no"));
  for (guint i = 0; hints != NULL && hints[i] != NULL; i++)
    {
      g_autofree char *hint = _pa_cli_clean (hints[i], FALSE);

      _pa_cli_print ("  - %s\n", hint);
    }
}

/* --check-goal TEXT [--json]: the SMART analysis of one goal text, as the
 * goal card shows it. Always exits 0: a vague goal is not an error. */
int
_pa_application_check_goal (PaApplication *self,
                            const char    *db_path,
                            GVariantDict  *options)
{
  g_autoptr(PaSmartResult) result = NULL;
  const char *text = NULL;

  g_variant_dict_lookup (options, "check-goal", "&s", &text);
  result = pa_smart_analyse (text, NULL, NULL);
  if (g_variant_dict_contains (options, "json"))
    {
      g_autoptr(JsonNode) root = pa_smart_result_to_json (result);

      print_json (root);
      return EXIT_SUCCESS;
    }
  print_smart_part (result, PA_SMART_SPECIFIC);
  print_smart_part (result, PA_SMART_MEASURABLE);
  print_smart_part (result, PA_SMART_TIME_BOUND);
  return EXIT_SUCCESS;
}

static void
print_list (const char *heading,
            GPtrArray  *items)
{
  if (items->len == 0)
    return;
  _pa_cli_print ("%s\n", heading);
  for (guint i = 0; i < items->len; i++)
    _pa_cli_print ("  - %s\n", (const char *) g_ptr_array_index (items, i));
}

/* --reformulate TEXT [--json]: the analysis of one restriction wording, as
 * step 5 shows it. Always exits 0: a wording that is not a restriction is
 * not an error. */
int
_pa_application_reformulate (PaApplication *self,
                             const char    *db_path,
                             GVariantDict  *options)
{
  g_autoptr(PaRestrictionAnalysis) analysis = NULL;
  const char *text = NULL;

  g_variant_dict_lookup (options, "reformulate", "&s", &text);
  /* A broken own phrase library: say so, and go on with the built-in one */
  if (pa_phrases_get_default_warning () != NULL)
    _pa_cli_printerr ("%s\n", pa_phrases_get_default_warning ()->message);
  analysis = pa_restriction_analyse (NULL, text, NULL);
  if (g_variant_dict_contains (options, "json"))
    {
      g_autoptr(JsonNode) root = pa_restriction_analysis_to_json (analysis);

      print_json (root);
      return EXIT_SUCCESS;
    }
  /* Translators: printed by --reformulate before the category's name */
  _pa_cli_print (_("Category: %s\n"), pa_restriction_category_label (analysis->category));
  if (analysis->suggestions->len == 0)
    _pa_cli_print ("%s\n", _("No suggestion: the wording does not look like a work restriction."));
  print_list (_("Suggestions:"), analysis->suggestions);
  print_list (_("Questions to make it concrete:"), analysis->questions);
  print_list (_("Typical measures:"), analysis->measures);
  if (analysis->diagnoses->len > 0)
    {
      print_list (_("Diagnoses or medication named:"), analysis->diagnoses);
      _pa_cli_print ("%s\n", _("The company needs to know what you need at work, not the diagnosis: describe the need instead."));
    }
  return EXIT_SUCCESS;
}
