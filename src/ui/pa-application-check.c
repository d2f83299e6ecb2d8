/* pa-application-check.c: --check FILE.txt (a description written elsewhere) and the checklist part of --check FILE.xml
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `praktikaftale --check FILE.txt [--json]` reviews a placement
 * description as the review window does: the seven items of domain.md
 * section 5, each with its evidence and the questions for what is
 * missing. The file must be UTF-8 text; anything else (another character
 * set, UTF-16, a binary file, a device) is refused with a sentence that
 * says what to do, and exit status 2. A text that scores badly is not an
 * error: the exit status is 0.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/pa-checklist.h"
#include "core/pa-file-util.h"

#include "pa-application-private.h"

#define EXIT_USAGE 2
/* A description is a page or two; a file of megabytes is not one. */
#define MAX_TEXT_SIZE (1024 * 1024)

/**
 * _pa_check_is_text_file:
 * @file: the file given to --check
 *
 * Whether --check reviews @file as a description rather than reading it
 * as an agreement document: anything not named *.xml that does not
 * begin like an XML document.
 */
gboolean
_pa_check_is_text_file (const char *file)
{
  g_autoptr(GBytes) head = NULL;
  const char *data;
  gsize size;

  if (g_str_has_suffix (file, ".xml") || g_str_has_suffix (file, ".XML"))
    return FALSE;
  head = pa_file_read_regular (file, MAX_TEXT_SIZE, NULL);
  if (head == NULL)
    return TRUE;   /* the text path says why it cannot be read */
  data = g_bytes_get_data (head, &size);
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, size -= 3;
  while (size > 0 && g_ascii_isspace (*data))
    data++, size--;
  return !(size >= 5 && (strncmp (data, "<?xml", 5) == 0 || strncmp (data, "<agre", 5) == 0));
}

/* Why @bytes is not UTF-8 text, translated, or %NULL when it is. */
static const char *
why_not_text (const char *data,
              gsize       size)
{
  if (size >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
                    || ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    return _("the file is saved as UTF-16. Save it as plain text in UTF-8 and try again.");
  if (memchr (data, '\0', size) != NULL)
    return _("the file is not a text but a binary file, such as a Word document, a PDF or a picture. Copy the description into a plain text file in UTF-8.");
  if (!g_utf8_validate (data, size, NULL))
    return _("the file is not saved as UTF-8; it looks like an older character set such as Windows-1252. Save it as plain text in UTF-8 and try again.");
  return NULL;
}

static char *
read_description (const char  *file,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = pa_file_read_regular (file, MAX_TEXT_SIZE, error);
  const char *data, *why;
  gsize size;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if ((why = why_not_text (data, size)) != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, why);
      return NULL;
    }
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, size -= 3;
  return g_strndup (data, size);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static const char *
name_kind_label (PaChecklistNameKind kind)
{
  switch (kind)
    {
    case PA_CHECKLIST_NAME_CITIZEN:
      /* Translators: before a name the description review recognised */
      return _("Citizen");
    case PA_CHECKLIST_NAME_COMPANY:
      /* Translators: before a name the description review recognised */
      return _("Company");
    case PA_CHECKLIST_NAME_CONTACT:
    default:
      /* Translators: before a name the description review recognised */
      return _("Contact person");
    }
}

static void
print_names (PaChecklistReport *report)
{
  if (report->names == NULL || report->names->len == 0)
    {
      _pa_cli_print ("%s\n", _("No names recognised: a good description names the citizen, the company and the contact person."));
      return;
    }
  for (guint i = 0; i < report->names->len; i++)
    {
      PaChecklistName *name = g_ptr_array_index (report->names, i);
      g_autofree char *clean = _pa_cli_clean (name->name, FALSE);

      _pa_cli_print ("%s: %s\n", name_kind_label (name->kind), clean);
    }
}

static const char *
item_state (PaChecklistItemResult *item)
{
  if (item->confirmed_by_hand)
    /* Translators: the state of a checklist item, printed by --check */
    return _("confirmed by hand");
  /* Translators: the state of a checklist item, printed by --check */
  return item->ok ? _("in order") : _("missing");
}

static void
print_item (PaChecklistItemResult *item)
{
  _pa_cli_print ("%d. %s: %s\n", item->id, pa_checklist_item_title (item->id), item_state (item));
  if (item->confirmed_by_hand && item->note != NULL)
    {
      g_autofree char *note = _pa_cli_clean (item->note, FALSE);

      _pa_cli_print ("   %s\n", note);
    }
  for (guint i = 0; i < item->evidence->len; i++)
    {
      PaChecklistEvidence *e = g_ptr_array_index (item->evidence, i);
      g_autofree char *text = _pa_cli_clean (e->text, FALSE);

      _pa_cli_print ("   + %s\n", text);
    }
  for (guint i = 0; i < item->missing->len; i++)
    {
      PaChecklistMissing *m = g_ptr_array_index (item->missing, i);
      g_autofree char *question = _pa_cli_clean (m->question, FALSE);

      if (m->field_path != NULL)
        _pa_cli_print ("   ? %s [%s]\n", question, m->field_path);
      else
        _pa_cli_print ("   ? %s\n", question);
    }
}

/**
 * _pa_cli_print_checklist:
 *
 * Prints @report for a reader: the score, then each item with its state,
 * evidence (+) and questions (?).
 */
void
_pa_cli_print_checklist (PaChecklistReport *report)
{
  /* Translators: printed by --check before the seven items */
  _pa_cli_print (_("Checklist: %d of %d items are in order\n"), report->score, PA_CHECKLIST_ITEMS);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    print_item (&report->items[i]);
}

static void
print_report_json (PaChecklistReport *report)
{
  g_autofree char *json = pa_checklist_report_to_json (report);

  _pa_cli_print ("%s\n", json);
}

/**
 * _pa_application_check_text:
 * @file: a text file with a placement description
 *
 * --check FILE.txt [--json]. Exit status 0 whatever the score; 2 when
 * the file cannot be read as UTF-8 text.
 */
int
_pa_application_check_text (const char   *file,
                            GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_description (file, &error);
  g_autoptr(PaChecklistReport) report = NULL;

  if (text == NULL)
    {
      /* Translators: %s is a file name, then the reason */
      _pa_cli_printerr (_("%s cannot be reviewed: %s\n"), file, error->message);
      return EXIT_USAGE;
    }
  if (is_blank (text))
    {
      _pa_cli_printerr (_("%s is empty: there is no description to review.\n"), file);
      return EXIT_USAGE;
    }

  report = pa_checklist_review_text (text);
  if (g_variant_dict_contains (options, "json"))
    {
      print_report_json (report);
      return EXIT_SUCCESS;
    }
  print_names (report);
  _pa_cli_print ("\n");
  _pa_cli_print_checklist (report);
  return EXIT_SUCCESS;
}
