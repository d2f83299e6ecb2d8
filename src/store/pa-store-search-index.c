/* pa-store-search-index.c: writes a draft's row of the search index
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tables (migration 7). draft_search is FTS5 with one column of
 * ready-made tokens: each searchable word, folded, behind a letter that
 * says where it was (see pa-store-search-private.h), plus identifier
 * tokens: the CPR number only as a hash of it and of its first six
 * digits, the CVR number, and the shared dates. Its rowid is not the
 * draft's pk but a number that grows with the time the draft was last
 * edited, so FTS5 can hand out the most recently edited matches first and
 * stop after a page. search_doc maps that number to the draft and keeps
 * what the list needs to say why a draft matched: the folded whole name,
 * and the text of the fields the list may show, with their labels.
 * Nothing sensitive goes into search_doc.shown: the privacy rules of
 * pa-privacy.c decide, field by field, along the path from the agreement.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/pa-privacy.h"
#include "pa-store-search-private.h"

typedef struct {
  GString *words;
  GString *shown;
} IndexRow;

typedef struct {
  IndexRow *row;
  char      column;
} AddWords;

static void
add_word (const char *text,
          gsize       start,
          gsize       end,
          gpointer    user_data)
{
  AddWords *state = user_data;
  g_autofree char *long_form = NULL;
  g_autofree char *short_form = pa_search_fold_word (text + start, end - start, &long_form);

  if (*short_form == '\0')
    return;
  g_string_append_printf (state->row->words, "%c%s ", state->column, short_form);
  if (long_form != NULL)
    g_string_append_printf (state->row->words, "%c%s ", state->column, long_form);
}

static void
add_text (IndexRow   *row,
          char        column,
          const char *text)
{
  AddWords state = { row, column };

  pa_search_foreach_word (text, add_word, &state);
}

static void
add_shown (IndexRow   *row,
           const char *label,
           const char *text)
{
  g_autofree char *line = g_strdelimit (g_strdup (text), "\036\037", ' ');

  g_string_append_printf (row->shown, "%s%c%s%c", label, PA_SEARCH_UNIT, line, PA_SEARCH_RECORD);
}

/* Which part of the draft a field belongs to, for the ranking. */
static char
field_column (const char *type_name,
              const char *field,
              char        inherited)
{
  static const struct { const char *type, *field; char column; } map[] = {
    { "citizen", "name", PA_SEARCH_NAME },
    { "citizen", "job-goal", PA_SEARCH_GOALS },
    { "company", "name", PA_SEARCH_COMPANY },
    { "company", "contact-name", PA_SEARCH_COMPANY },
    { "agreement", "goals", PA_SEARCH_GOALS },
    { "agreement", "work-functions", PA_SEARCH_GOALS },
    { "agreement", "individual-purpose", PA_SEARCH_GOALS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (map[i].type, type_name) && g_str_equal (map[i].field, field))
      return map[i].column;
  return inherited;
}

static void index_record (IndexRow *row, PaRecord *record, char column, gboolean shared);

static void
index_date (IndexRow      *row,
            const PaField *field,
            const char    *value,
            gboolean       shared)
{
  g_auto(GStrv) ymd = g_strsplit (value, "-", 3);
  g_autofree char *shown = NULL;

  /* Dates of the company copy only: a consent date says too much. */
  if (!shared || g_strv_length (ymd) != 3)
    return;
  g_string_append_printf (row->words, "%cd%s%s%s ", PA_SEARCH_KEY, ymd[0], ymd[1], ymd[2]);
  /* As the user writes it, so the snippet shows what they typed. */
  shown = g_strdup_printf ("%d.%d.%s", (int) g_ascii_strtoll (ymd[2], NULL, 10),
                           (int) g_ascii_strtoll (ymd[1], NULL, 10), ymd[0]);
  add_shown (row, field->label, shown);
}

static void
index_identifiers (IndexRow   *row,
                   const char *type_name,
                   const char *field,
                   const char *value)
{
  if (g_str_equal (type_name, "citizen") && g_str_equal (field, "cpr"))
    {
      g_autofree char *digits = pa_search_cpr_digits (value);
      g_autofree char *whole = NULL, *six = NULL;

      if (digits == NULL || strlen (digits) != 10)
        return;
      whole = pa_search_cpr_token (digits);
      digits[6] = '\0';
      six = pa_search_cpr_token (digits);
      g_string_append_printf (row->words, "%s %s ", whole, six);
    }
  else if (g_str_equal (type_name, "company") && g_str_equal (field, "cvr"))
    {
      g_autofree char *digits = g_strdup (value);

      g_strdelimit (digits, " ", '\0');
      g_string_append_printf (row->words, "%cv%s ", PA_SEARCH_KEY, digits);
      add_shown (row, N_("CVR number"), value);
    }
}

static void
index_value (IndexRow      *row,
             PaRecord      *record,
             const PaField *field,
             const GValue  *v,
             char           column,
             gboolean       shared)
{
  const char *type_name = pa_record_get_type_name (record);
  const char *text;

  if (field->kind == PA_FIELD_DATE && g_value_get_string (v) != NULL)
    {
      index_date (row, field, g_value_get_string (v), shared);
      return;
    }
  if (field->kind != PA_FIELD_STRING || (text = g_value_get_string (v)) == NULL)
    return;

  index_identifiers (row, type_name, field->name, text);
  if (!(field->flags & PA_FIELD_FLAG_SEARCH))
    return;
  column = field_column (type_name, field->name, column);
  add_text (row, column, text);
  /* The name and the company are in the row already. */
  if (shared && column != PA_SEARCH_NAME &&
      !(g_str_equal (type_name, "company") && g_str_equal (field->name, "name")))
    add_shown (row, field->label, text);
}

static void
index_children (IndexRow      *row,
                PaRecord      *record,
                const PaField *field,
                const GValue  *v,
                char           column,
                gboolean       shared)
{
  const char *type_name = pa_record_get_type_name (record);

  column = field_column (type_name, field->name, column);
  if (field->kind == PA_FIELD_CHILD)
    {
      index_record (row, g_value_get_object (v), column, shared);
      return;
    }
  for (guint j = 0; j < g_list_model_get_n_items (g_value_get_object (v)); j++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (g_value_get_object (v), j);

      index_record (row, item, column, shared);
    }
}

static void
index_record (IndexRow *row,
              PaRecord *record,
              char      column,
              gboolean  shared)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *v = pa_record_peek_value (record, i);
      gboolean field_shared = shared &&
        pa_privacy_field_policy (G_OBJECT_TYPE (record), &fields[i]) == PA_PRIVACY_SHARED;

      if (fields[i].kind == PA_FIELD_CHILD || fields[i].kind == PA_FIELD_LIST)
        index_children (row, record, &fields[i], v, column, field_shared);
      else
        index_value (row, record, &fields[i], v, column, field_shared);
    }
}

/* Grows with the time of the last edit; the low bits keep drafts edited
 * in the same second apart. */
static gint64
docid_for (PaAgreement   *agreement,
           sqlite3_int64  pk)
{
  const char *modified = pa_record_get_string (PA_RECORD (agreement), "modified");
  g_autoptr(GDateTime) time = modified ? g_date_time_new_from_iso8601 (modified, NULL) : NULL;
  gint64 seconds = time ? MAX (g_date_time_to_unix (time), 0) : 0;

  return seconds * 1024 + (pk & 1023) + 1;
}

static gboolean
step_done (sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return (pa_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc), FALSE);
  return TRUE;
}

static gboolean
remove_old_row (PaStmtCache    *cache,
                sqlite3_int64   pk,
                GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = pa_stmt_cache_get (cache,
                            "DELETE FROM draft_search WHERE rowid = "
                            "(SELECT docid FROM search_doc WHERE pk = ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pk);
  return step_done (stmt, error);
}

/* A free docid at or below @docid. */
static gboolean
free_docid (PaStmtCache    *cache,
            sqlite3_int64   pk,
            gint64         *docid,
            GError        **error)
{
  sqlite3_stmt *stmt = pa_stmt_cache_get (cache,
                                          "SELECT 1 FROM search_doc WHERE docid = ? AND pk != ?",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      sqlite3_bind_int64 (stmt, 1, *docid);
      sqlite3_bind_int64 (stmt, 2, pk);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return TRUE;
      if (rc != SQLITE_ROW)
        return (pa_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc), FALSE);
      *docid -= 1024;
    }
}

static gboolean
insert_rows (PaStmtCache    *cache,
             PaAgreement    *agreement,
             sqlite3_int64   pk,
             gint64          docid,
             IndexRow       *row,
             GError        **error)
{
  const char *name = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
  g_autofree char *name_key = pa_search_fold_text (name, FALSE);
  g_autofree char *name_long = pa_search_fold_text (name, TRUE);
  sqlite3_stmt *stmt;

  stmt = pa_stmt_cache_get (cache,
                            "INSERT OR REPLACE INTO search_doc (pk, docid, name_key, name_long, shown) "
                            "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pk);
  sqlite3_bind_int64 (stmt, 2, docid);
  sqlite3_bind_text (stmt, 3, name_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, name_long, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, row->shown->str, -1, SQLITE_TRANSIENT);
  if (!step_done (stmt, error))
    return FALSE;

  stmt = pa_stmt_cache_get (cache, "INSERT INTO draft_search (rowid, words) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, docid);
  sqlite3_bind_text (stmt, 2, row->words->str, -1, SQLITE_TRANSIENT);
  return step_done (stmt, error);
}

/**
 * pa_store_write_search_row:
 *
 * Replaces the draft's rows of the search index, in the caller's
 * transaction. "modified" must be set: it orders the index.
 */
gboolean
pa_store_write_search_row (PaStmtCache    *cache,
                           PaAgreement    *agreement,
                           sqlite3_int64   pk,
                           GError        **error)
{
  IndexRow row = { g_string_new (NULL), g_string_new (NULL) };
  gint64 docid = docid_for (agreement, pk);
  gboolean ok;

  index_record (&row, PA_RECORD (agreement), PA_SEARCH_OTHER, TRUE);
  ok = remove_old_row (cache, pk, error) &&
       free_docid (cache, pk, &docid, error) &&
       insert_rows (cache, agreement, pk, docid, &row, error);
  g_string_free (row.words, TRUE);
  g_string_free (row.shown, TRUE);
  return ok;
}
