/* test-pdf.c: the printed agreement: every word in the full PDF, nothing private in the company's copy, files and metadata
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDFs are read back with poppler-glib, as a reader's program sees
 * them. The complete agreement's pages are also written as PNGs (with
 * pdftoppm, when installed) to build/tests/artifacts/pdf for a person to
 * look at.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <sys/stat.h>

#include "core/pa-privacy.h"
#include "docs/pa-pdf.h"
#include "../common/pa-test-util.h"
#include "../../bench/pa-generate.h"

/* poppler-glib 22.12 declares no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static gboolean danish;

#define ARABIC   "أحمد الحسن"
#define TIGRINYA "ዮሃንስ ተስፋየ"

static PopplerDocument *
open_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static GBytes *
render (PaAgreement       *agreement,
        PaDocumentVariant  variant)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = pa_pdf_render_to_bytes (agreement, variant, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* All the text of the PDF, pages joined by newlines. */
static char *
pdf_text (PaAgreement       *agreement,
          PaDocumentVariant  variant,
          int               *n_pages)
{
  g_autoptr(GBytes) bytes = render (agreement, variant);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  GString *text = g_string_new (NULL);
  int n = poppler_document_get_n_pages (document);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  if (n_pages != NULL)
    *n_pages = n;
  return g_string_free (text, FALSE);
}

/* Tokens */

typedef struct {
  char     *token;
  gboolean  company_may_see;
} Token;

static void
token_free (Token *token)
{
  g_free (token->token);
  g_free (token);
}

/* Fields a person types: free text without a fixed set of choices, not
 * bookkeeping, and not the composed VITAS texts (the app's memory of
 * what an edit started from, not part of the agreement). */
static gboolean
is_typed_text (const PaField *field)
{
  return field->kind == PA_FIELD_STRING && field->choices == NULL &&
         !(field->flags & PA_FIELD_FLAG_META) && !g_str_has_suffix (field->name, "-composed");
}

static void
tokenize_record (PaRecord  *record,
                 GPtrArray *tokens)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *v = pa_record_peek_value (record, i);

      if (fields[i].kind == PA_FIELD_CHILD)
        tokenize_record (g_value_get_object (v), tokens);
      else if (fields[i].kind == PA_FIELD_LIST)
        {
          GListModel *list = g_value_get_object (v);

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr(PaRecord) item = g_list_model_get_item (list, j);

              tokenize_record (item, tokens);
            }
        }
      else if (is_typed_text (&fields[i]))
        {
          Token *token = g_new0 (Token, 1);

          token->token = g_strdup_printf ("Qx%03uz", tokens->len);
          token->company_may_see = pa_privacy_company_may_see (record, &fields[i]);
          pa_record_set_string (record, fields[i].name, token->token);
          g_ptr_array_add (tokens, token);
        }
    }
}

/* A complete agreement whose every typed field holds its own token; the
 * second restriction is not shared with the company. */
static PaAgreement *
new_token_agreement (GPtrArray **tokens)
{
  PaAgreement *agreement = pa_test_new_full_agreement (12);
  GListModel *restrictions = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
  g_autoptr(PaRecord) secret = g_list_model_get_item (restrictions, 1);

  pa_record_set_boolean (PA_RECORD (agreement), "no-restrictions", FALSE);
  pa_record_set_boolean (secret, "consent", FALSE);
  *tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) token_free);
  tokenize_record (PA_RECORD (agreement), *tokens);
  return agreement;
}

static void
test_pdf_full_has_every_field (void)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(PaAgreement) agreement = new_token_agreement (&tokens);
  g_autofree char *text = pdf_text (agreement, PA_DOCUMENT_FULL, NULL);

  g_assert_cmpuint (tokens->len, >, 80);
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = g_ptr_array_index (tokens, i);

      if (strstr (text, token->token) == NULL)
        g_error ("%s is not in the full PDF", token->token);
    }
}

static void
test_pdf_company_leaves_out (void)
{
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(PaAgreement) agreement = new_token_agreement (&tokens);
  g_autofree char *text = pdf_text (agreement, PA_DOCUMENT_COMPANY, NULL);
  const char *cpr = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "cpr");
  guint hidden = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = g_ptr_array_index (tokens, i);

      if (token->company_may_see && strstr (text, token->token) == NULL)
        g_error ("%s is shared but not in the company's copy", token->token);
      if (!token->company_may_see && strstr (text, token->token) != NULL)
        g_error ("%s is private but in the company's copy", token->token);
      hidden += !token->company_may_see;
    }
  /* CPR, notes, restriction wording and answers, a whole restriction... */
  g_assert_cmpuint (hidden, >, 15);
  g_assert_null (strstr (text, cpr));
}

/* A company copy of a real-looking agreement: the CPR number itself. */
static void
test_pdf_company_no_cpr (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (3);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;

  pa_record_set_string (citizen, "cpr", "010203-4567");
  full = pdf_text (agreement, PA_DOCUMENT_FULL, NULL);
  company = pdf_text (agreement, PA_DOCUMENT_COMPANY, NULL);
  g_assert_nonnull (strstr (full, "010203-4567"));
  g_assert_null (strstr (company, "010203-4567"));
  g_assert_null (strstr (company, "0102034567"));
}

/* Long text */

static char *
numbered_words (const char *prefix,
                guint       first,
                guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "%s%05u", prefix, first + i);
      g_string_append (text, i % 97 == 96 ? "\n\n" : (i % 11 == 10 ? ". " : " "));
    }
  return g_string_free (text, FALSE);
}

static void
test_pdf_long_loses_no_word (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (5);
  GListModel *goals = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "goals"));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  guint next = 0;
  int pages;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);
      g_autofree char *specific = numbered_words ("ord", next, 1500);
      g_autofree char *measure = numbered_words ("ord", next + 1500, 700);

      pa_record_set_string (goal, "specific", specific);
      pa_record_set_string (goal, "measure", measure);
      next += 2200;
    }
  {
    g_autofree char *notes = numbered_words ("ord", next, 3000);

    pa_record_set_string (PA_RECORD (agreement), "notes", notes);
    next += 3000;
  }

  text = pdf_text (agreement, PA_DOCUMENT_FULL, &pages);
  g_test_message ("%u words on %d pages", next, pages);
  g_assert_cmpint (pages, >=, 18);
  words = g_strsplit_set (text, " \n\t.", -1);
  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (seen, words[i]);
  for (guint i = 0; i < next; i++)
    {
      g_autofree char *word = g_strdup_printf ("ord%05u", i);

      if (!g_hash_table_contains (seen, word))
        g_error ("%s is lost", word);
    }
}

/* Scripts */

/* The text without the bidi embedding marks a reader adds around
 * right-to-left words. */
static char *
strip_bidi_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200e && c != 0x200f)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* pdftotext's reading order: the Arabic words in logical order, as
 * typed (poppler-glib's selection text gives right-to-left words glyph
 * by glyph in visual order, so it cannot tell a right from a wrong PDF). */
static char *
pdftotext (GBytes *bytes)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  dir = pa_test_make_tmpdir ();
  path = g_build_filename (dir, "a.pdf", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  {
    const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &out, NULL, &status, NULL));
  }
  pa_test_rm_rf (dir);
  return g_spawn_check_wait_status (status, NULL) ? strip_bidi_marks (out) : NULL;
}

static void
test_pdf_scripts (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (7);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ordered = NULL;

  pa_record_set_string (citizen, "name", ARABIC);
  pa_record_set_string (citizen, "job-goal", "Arbejde som kok, " ARABIC " siger: مطبخ كبير");
  pa_record_set_string (company, "contact-name", TIGRINYA);
  pa_record_set_string (PA_RECORD (agreement), "next-step", "Ærø, Øster Søgaard og Åbenrå");
  raw = pdf_text (agreement, PA_DOCUMENT_FULL, NULL);
  text = strip_bidi_marks (raw);
  /* Every letter is there, in a real font (no empty boxes, no "?"). */
  g_assert_nonnull (strstr (text, TIGRINYA));
  g_assert_nonnull (strstr (text, "Ærø, Øster Søgaard og Åbenrå"));
  for (const char *p = ARABIC; *p != '\0'; p = g_utf8_next_char (p))
    {
      char letter[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), letter);
      g_assert_nonnull (strstr (text, letter));
    }

  bytes = render (agreement, PA_DOCUMENT_FULL);
  ordered = pdftotext (bytes);
  if (ordered == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (strstr (ordered, ARABIC));
  g_assert_nonnull (strstr (ordered, "مطبخ كبير"));
  g_assert_nonnull (strstr (ordered, "Arbejde som kok, "));
  g_assert_nonnull (strstr (ordered, TIGRINYA));
}

/* Files */

static char *
export (PaAgreement       *agreement,
        PaDocumentVariant  variant,
        const char        *dir,
        const char        *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (pa_pdf_export_file (agreement, variant, path, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_pdf_qpdf_check (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (9);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *dir = pa_test_make_tmpdir ();

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return;
    }
  for (int variant = PA_DOCUMENT_FULL; variant <= PA_DOCUMENT_COMPANY; variant++)
    {
      g_autofree char *path = export (agreement, variant, dir, "aftale.pdf");
      const char *argv[] = { qpdf, "--check", path, NULL };
      g_autofree char *out = NULL;
      int status;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("qpdf --check failed:\n%s", out);
      g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
    }
  pa_test_rm_rf (dir);
}

static void
test_pdf_file_mode (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (1);
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "aftale.pdf", NULL);
  g_autofree char *written = NULL;
  GStatBuf st;

  /* A file that was there, readable by all, is replaced by a private one. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  written = export (agreement, PA_DOCUMENT_FULL, dir, "aftale.pdf");
  g_assert_cmpint (g_stat (written, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);
  pa_test_rm_rf (dir);
}

static void
test_pdf_write_errors (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (1);
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "aftale.pdf", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cancelled = NULL;

  g_assert_false (pa_pdf_export_file (agreement, PA_DOCUMENT_FULL, path, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "aftale.pdf"));
  g_assert_null (strstr (error->message, "g_rename"));

  g_cancellable_cancel (cancellable);
  g_assert_false (pa_pdf_export_file (agreement, PA_DOCUMENT_FULL, kept, cancellable, &cancelled));
  g_assert_error (cancelled, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  pa_test_rm_rf (dir);
}

static void
test_pdf_metadata (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GDateTime) created = NULL;

  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Lone Sørensen");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", "Brugsen");
  pa_record_set_string (PA_RECORD (pa_agreement_get_jobcentre (agreement)), "consultant-name", "Mette Holm");
  bytes = render (agreement, PA_DOCUMENT_COMPANY);
  document = open_pdf (bytes);
  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  subject = poppler_document_get_subject (document);
  created = poppler_document_get_creation_date_time (document);
  g_assert_nonnull (strstr (title, "Lone Sørensen"));
  g_assert_nonnull (strstr (title, "Brugsen"));
  g_assert_nonnull (strstr (author, "Mette Holm"));
  g_assert_nonnull (subject);
  g_assert_cmpuint (strlen (subject), >, 10);
  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_get_year (created), >=, 2024);
}

static void
test_pdf_default_filename (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;

  if (!danish)
    {
      g_test_skip ("no Danish catalogue in this build");
      return;
    }
  pa_record_set_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name", "Lone Sørensen");
  pa_record_set_string (PA_RECORD (pa_agreement_get_company (agreement)), "name", "A/S Brugsen: Øst");
  pa_record_set_string (PA_RECORD (agreement), "start-date", "2026-03-02");
  full = pa_pdf_default_filename (agreement, PA_DOCUMENT_FULL);
  company = pa_pdf_default_filename (agreement, PA_DOCUMENT_COMPANY);
  g_assert_cmpstr (full, ==, "Praktikaftale - Lone Sørensen - A-S Brugsen- Øst - 2026-03-02.pdf");
  g_assert_cmpstr (company, ==,
                   "Praktikaftale - Lone Sørensen - A-S Brugsen- Øst - 2026-03-02 - virksomhedens kopi.pdf");
}

static void
test_pdf_page_numbers (void)
{
  g_autoptr(PaAgreement) agreement = pa_test_new_full_agreement (4);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  int pages;

  if (!danish)
    {
      g_test_skip ("no Danish catalogue in this build");
      return;
    }
  text = pdf_text (agreement, PA_DOCUMENT_FULL, &pages);
  last = g_strdup_printf ("Side %d af %d", pages, pages);
  g_assert_cmpint (pages, >=, 2);
  g_assert_nonnull (strstr (text, "Side 1 af"));
  g_assert_nonnull (strstr (text, last));
}

static void
test_pdf_empty_agreement (void)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  g_autoptr(PaDocumentLayout) layout = pa_document_layout_new (agreement, PA_DOCUMENT_FULL, 595.276, 841.89);
  g_autofree char *text = NULL;

  g_assert_cmpint (pa_document_layout_n_pages (layout), >=, 1);
  text = pdf_text (agreement, PA_DOCUMENT_COMPANY, NULL);
  g_assert_cmpuint (strlen (text), >, 100);
}

/* Pages for a person to look at */

static void
write_pngs (const char *pdf,
            const char *prefix)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  const char *argv[] = { pdftoppm, "-r", "60", "-png", pdf, prefix, NULL };
  int status;

  if (pdftoppm == NULL)
    return;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static guint
count (PaAgreement *agreement,
       const char  *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), list)));
}

/* A realistic complete agreement from the benchmark's generator: goals,
 * tasks, restrictions (one not shared) and follow-ups. */
static PaAgreement *
complete_agreement (void)
{
  for (guint32 seed = 1; ; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(PaAgreement) agreement = pa_generate_agreement (rand);

      if (count (agreement, "goals") >= 2 && count (agreement, "restrictions") >= 2 &&
          count (agreement, "follow-ups") >= 2 && count (agreement, "work-functions") >= 1)
        {
          GListModel *restrictions = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
          g_autoptr(PaRecord) last = g_list_model_get_item (restrictions, g_list_model_get_n_items (restrictions) - 1);

          pa_record_set_boolean (last, "consent", FALSE);
          return g_steal_pointer (&agreement);
        }
    }
}

static void
test_pdf_artifacts (void)
{
  g_autoptr(PaAgreement) agreement = complete_agreement ();
  g_autofree char *dir = g_build_filename (TEST_BUILDDIR, "..", "artifacts", "pdf", NULL);
  g_autofree char *full = NULL;
  g_autofree char *company = NULL;
  g_autofree char *full_prefix = g_build_filename (dir, "full", NULL);
  g_autofree char *company_prefix = g_build_filename (dir, "company", NULL);

  /* No pages left over from a longer document of an earlier run. */
  pa_test_rm_rf (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  full = export (agreement, PA_DOCUMENT_FULL, dir, "full.pdf");
  company = export (agreement, PA_DOCUMENT_COMPANY, dir, "company.pdf");
  write_pngs (full, full_prefix);
  write_pngs (company, company_prefix);
  g_test_message ("pages in %s", dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The documents in Danish, as the users get them (skipped without). */
  danish = pa_test_use_danish ();

  g_test_add_func ("/pa/pdf/full-has-every-field", test_pdf_full_has_every_field);
  g_test_add_func ("/pa/pdf/company-leaves-out", test_pdf_company_leaves_out);
  g_test_add_func ("/pa/pdf/company-no-cpr", test_pdf_company_no_cpr);
  g_test_add_func ("/pa/pdf/long-loses-no-word", test_pdf_long_loses_no_word);
  g_test_add_func ("/pa/pdf/scripts", test_pdf_scripts);
  g_test_add_func ("/pa/pdf/qpdf-check", test_pdf_qpdf_check);
  g_test_add_func ("/pa/pdf/file-mode", test_pdf_file_mode);
  g_test_add_func ("/pa/pdf/write-errors", test_pdf_write_errors);
  g_test_add_func ("/pa/pdf/metadata", test_pdf_metadata);
  g_test_add_func ("/pa/pdf/empty-agreement", test_pdf_empty_agreement);
  g_test_add_func ("/pa/pdf/default-filename", test_pdf_default_filename);
  g_test_add_func ("/pa/pdf/page-numbers", test_pdf_page_numbers);
  g_test_add_func ("/pa/pdf/artifacts", test_pdf_artifacts);

  return g_test_run ();
}
