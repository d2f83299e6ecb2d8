/* pa-store-search.c: ranked, paged and cancellable search of the drafts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ranking is a ladder of tiers, tried in order until a page is full:
 *
 *  -1  the citizen's whole name is the query (folded)
 *   0  every word is a whole word of the name, or an identifier
 *   1  every word begins a word of the name
 *   2  ... or is a whole word of the company or contact person
 *   3  ... or begins one
 *   4, 5  ... or of goals, work functions and tasks
 *   6, 7  ... or of anything else searchable (notes, mentor, address)
 *
 * Tier t asks FTS5 for drafts whose every word matches at t or better,
 * NOT those that already did at t - 1, newest edit first (the index's
 * rowid grows with the last edit, see pa-store-search-index.c), and stops
 * at the page's end: a page costs about the same at 100,000 drafts as at
 * 100. The next page carries on from a cursor (tier, last rowid).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-store-search-private.h"

#define N_TIERS        8
#define EXACT_NAME_CAP 500
/* Up to this many matches are ranked at once (see collect_docids()). */
#define SMALL_SET      150
#define SMALL_SET_TIER 100

static const char columns[] = { PA_SEARCH_NAME, PA_SEARCH_COMPANY, PA_SEARCH_GOALS, PA_SEARCH_OTHER, '\0' };
#define N_COLUMNS 4

typedef struct {
  GPtrArray *forms;   /* (element-type utf8): per word, short and long */
} Word;

typedef struct {
  GPtrArray *words;   /* (element-type Word) */
  GPtrArray *keys;    /* (element-type utf8): identifier tokens */
  char      *cpr;     /* digits, when this is a CPR number */
} Chunk;

typedef struct {
  GPtrArray *chunks;  /* (element-type Chunk) */
  GStrv      terms;   /* for highlights */
  char      *name_key;
  char      *name_long;
} Query;

static void
word_free (gpointer data)
{
  Word *word = data;

  g_ptr_array_unref (word->forms);
  g_free (word);
}

static void
chunk_free (gpointer data)
{
  Chunk *chunk = data;

  g_ptr_array_unref (chunk->words);
  g_ptr_array_unref (chunk->keys);
  g_free (chunk->cpr);
  g_free (chunk);
}

static void
query_free (Query *query)
{
  g_ptr_array_unref (query->chunks);
  g_strfreev (query->terms);
  g_free (query->name_key);
  g_free (query->name_long);
  g_free (query);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Query, query_free)

static void
add_query_word (const char *text,
                gsize       start,
                gsize       end,
                gpointer    user_data)
{
  Chunk *chunk = user_data;
  Word *word = g_new0 (Word, 1);
  char *long_form = NULL;
  char *short_form = pa_search_fold_word (text + start, end - start, &long_form);

  /* A word typed with ø means ø or oe, not any o: the long form only,
   * which the index holds for "Søren" and "Soeren" alike. */
  word->forms = g_ptr_array_new_with_free_func (g_free);
  if (long_form != NULL)
    {
      g_ptr_array_add (word->forms, long_form);
      g_free (short_form);
    }
  else
    g_ptr_array_add (word->forms, short_form);
  if (*(char *) word->forms->pdata[0] == '\0')
    word_free (word);
  else
    g_ptr_array_add (chunk->words, word);
}

static void
add_identifier_keys (Chunk      *chunk,
                     const char *text)
{
  g_autofree char *date = pa_search_parse_date (text);
  gsize len = strlen (text);
  gboolean digits = len > 0 && strspn (text, "0123456789") == len;

  chunk->cpr = pa_search_cpr_digits (text);
  if (chunk->cpr != NULL)
    g_ptr_array_add (chunk->keys, pa_search_cpr_token (chunk->cpr));
  if (digits && len == 8)
    g_ptr_array_add (chunk->keys, g_strdup_printf ("%cv%s", PA_SEARCH_KEY, text));
  if (date != NULL)
    g_ptr_array_add (chunk->keys, g_strdup_printf ("%cd%s", PA_SEARCH_KEY, date));
}

static Query *
query_new (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\s+", text, 0, 0);
  Query *query = g_new0 (Query, 1);

  query->chunks = g_ptr_array_new_with_free_func (chunk_free);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      Chunk *chunk = g_new0 (Chunk, 1);

      chunk->words = g_ptr_array_new_with_free_func (word_free);
      chunk->keys = g_ptr_array_new_with_free_func (g_free);
      pa_search_foreach_word (parts[i], add_query_word, chunk);
      add_identifier_keys (chunk, parts[i]);
      if (chunk->words->len == 0 && chunk->keys->len == 0)
        chunk_free (chunk);
      else
        g_ptr_array_add (query->chunks, chunk);
    }
  query->terms = pa_search_query_terms (text);
  query->name_key = pa_search_fold_text (text, FALSE);
  query->name_long = pa_search_fold_text (text, TRUE);
  return query;
}

/* ---------------------------------------------------------------------
 * FTS5 expressions. The tokens are folded words of letters and digits
 * only, so quoting them is enough: nothing typed is read as syntax.
 */

static void
append_word_expr (GString *expr,
                  Word    *word,
                  int      tier)
{
  guint best = tier / 2;
  gboolean first = TRUE;

  g_string_append_c (expr, '(');
  for (guint c = 0; c <= best && c < N_COLUMNS; c++)
    for (guint f = 0; f < word->forms->len; f++)
      {
        gboolean prefix = c < best || tier % 2 == 1;

        g_string_append_printf (expr, "%s\"%c%s\"%s", first ? "" : " OR ", columns[c],
                                (char *) word->forms->pdata[f], prefix ? "*" : "");
        first = FALSE;
      }
  g_string_append_c (expr, ')');
}

static void
append_chunk_expr (GString *expr,
                   Chunk   *chunk,
                   int      tier)
{
  g_string_append_c (expr, '(');
  if (chunk->words->len > 0)
    {
      g_string_append_c (expr, '(');
      for (guint w = 0; w < chunk->words->len; w++)
        {
          if (w > 0)
            g_string_append (expr, " AND ");
          append_word_expr (expr, chunk->words->pdata[w], tier);
        }
      g_string_append_c (expr, ')');
    }
  for (guint k = 0; k < chunk->keys->len; k++)
    g_string_append_printf (expr, "%s\"%s\"", chunk->words->len > 0 || k > 0 ? " OR " : "",
                            (char *) chunk->keys->pdata[k]);
  g_string_append_c (expr, ')');
}

static void
append_all_expr (GString *expr,
                 Query   *query,
                 int      tier)
{
  g_string_append_c (expr, '(');
  for (guint i = 0; i < query->chunks->len; i++)
    {
      if (i > 0)
        g_string_append (expr, " AND ");
      append_chunk_expr (expr, query->chunks->pdata[i], tier);
    }
  g_string_append_c (expr, ')');
}

/* The drafts of @tier and of no better one. */
static char *
tier_expr (Query *query,
           int    tier)
{
  GString *expr = g_string_new (NULL);

  append_all_expr (expr, query, tier);
  if (tier > 0)
    {
      g_string_append (expr, " NOT ");
      append_all_expr (expr, query, tier - 1);
    }
  return g_string_free (expr, FALSE);
}

/* ---------------------------------------------------------------------
 * Running the tiers
 */

typedef struct {
  sqlite3      *db;
  GCancellable *cancellable;
} Run;

static int
check_cancelled (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static gboolean
set_error (Run      *run,
           int       rc,
           GError  **error)
{
  if ((rc & 0xff) == SQLITE_INTERRUPT || g_cancellable_is_cancelled (run->cancellable))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                         _("The search was replaced by a newer one."));
  else
    pa_store_set_sqlite_error (error, run->db, rc);
  return FALSE;
}

static sqlite3_stmt *
prepare (Run         *run,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (run->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (run, rc, error);
      return NULL;
    }
  return stmt;
}

/* Up to @limit docids of the tier, below @after, newest first. */
static gboolean
fetch_tier (Run      *run,
            Query    *query,
            int       tier,
            gint64    after,
            guint     limit,
            GArray   *docids,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *expr = NULL;
  int rc;

  if (tier < 0)
    {
      stmt = prepare (run, "SELECT docid FROM search_doc "
                           "WHERE (name_key IN (?1, ?2) OR name_long IN (?1, ?2)) AND docid < ?3 "
                           "ORDER BY docid DESC LIMIT ?4", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, query->name_key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, query->name_long, -1, SQLITE_STATIC);
    }
  else
    {
      stmt = prepare (run, "SELECT rowid FROM draft_search WHERE draft_search MATCH ?1 "
                           "AND rowid < ?3 ORDER BY rowid DESC LIMIT ?4", error);
      if (stmt == NULL)
        return FALSE;
      expr = tier_expr (query, tier);
      sqlite3_bind_text (stmt, 1, expr, -1, SQLITE_STATIC);
    }
  sqlite3_bind_int64 (stmt, 3, after);
  sqlite3_bind_int (stmt, 4, (int) MIN (limit, G_MAXINT));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 docid = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (docids, docid);
    }
  if (rc != SQLITE_DONE)
    return set_error (run, rc, error);
  return TRUE;
}

/* The drafts whose whole name is the query: shown first, and not again. */
static GHashTable *
exact_name_docids (Run     *run,
                   Query   *query,
                   GError **error)
{
  g_autoptr(GArray) docids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTable *set;

  if (!fetch_tier (run, query, -1, G_MAXINT64, EXACT_NAME_CAP, docids, error))
    return NULL;
  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < docids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (docids, gint64, i), sizeof (gint64)));
  return set;
}

/* Fills @out with up to @limit docids from @cursor on, tier by tier,
 * and moves it. */
static gboolean
collect_by_tiers (Run             *run,
                Query           *query,
                PaSearchCursor  *cursor,
                guint            limit,
                GArray          *out,
                GError         **error)
{
  g_autoptr(GHashTable) exact = exact_name_docids (run, query, error);

  if (exact == NULL)
    return FALSE;
  while (!cursor->done && out->len < limit)
    {
      g_autoptr(GArray) docids = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint want = limit - out->len + (cursor->tier >= 0 ? g_hash_table_size (exact) : 0);
      guint used = 0;

      if (!fetch_tier (run, query, cursor->tier, cursor->after, want, docids, error))
        return FALSE;
      for (; used < docids->len && out->len < limit; used++)
        {
          gint64 docid = g_array_index (docids, gint64, used);

          cursor->after = docid;
          if (cursor->tier < 0 || !g_hash_table_contains (exact, &docid))
            g_array_append_val (out, docid);
        }
      if (used == docids->len && docids->len < want)
        {
          cursor->tier++;
          cursor->after = G_MAXINT64;
          cursor->done = cursor->tier >= N_TIERS;
        }
    }
  return TRUE;
}

/* ---------------------------------------------------------------------
 * Few matches: all of them ranked at once, from their tokens
 */

/* Where @needle starts a token of @words (tokens separated by one
 * space), from @from on; NULL when nowhere. */
static const char *
find_token_start (const char *words,
                  const char *from,
                  const char *needle)
{
  for (const char *p = strstr (from, needle); p != NULL; p = strstr (p + 1, needle))
    if (p == words || p[-1] == ' ')
      return p;
  return NULL;
}

/* The best tier at which @form matches a token of @words: 2 × column,
 * plus one for a prefix; N_TIERS when none does. */
static int
form_class (const char *words,
            const char *form)
{
  gsize len = strlen (form);
  int best = N_TIERS;

  for (guint c = 0; c < N_COLUMNS && (int) c * 2 < best; c++)
    {
      g_autofree char *needle = g_strdup_printf ("%c%s", columns[c], form);

      for (const char *p = find_token_start (words, words, needle); p != NULL;
           p = find_token_start (words, p + 1, needle))
        {
          gboolean exact = p[len + 1] == ' ' || p[len + 1] == '\0';

          best = MIN (best, (int) c * 2 + (exact ? 0 : 1));
          if (exact)
            break;
        }
    }
  return best;
}

static gboolean
has_token (const char *words,
           const char *token)
{
  gsize len = strlen (token);

  for (const char *p = find_token_start (words, words, token); p != NULL;
       p = find_token_start (words, p + 1, token))
    if (p[len] == ' ' || p[len] == '\0')
      return TRUE;
  return FALSE;
}

/* The same tier as tier_expr() would put the draft in, from its tokens. */
static int
tier_of_tokens (Query      *query,
                const char *words)
{
  int tier = 0;

  for (guint c = 0; c < query->chunks->len; c++)
    {
      Chunk *chunk = query->chunks->pdata[c];
      int chunk_tier = chunk->words->len > 0 ? 0 : N_TIERS;

      for (guint w = 0; w < chunk->words->len; w++)
        {
          Word *word = chunk->words->pdata[w];
          int word_tier = N_TIERS;

          for (guint f = 0; f < word->forms->len; f++)
            word_tier = MIN (word_tier, form_class (words, word->forms->pdata[f]));
          chunk_tier = MAX (chunk_tier, word_tier);
        }
      for (guint k = 0; k < chunk->keys->len; k++)
        if (has_token (words, chunk->keys->pdata[k]))
          chunk_tier = 0;
      tier = MAX (tier, chunk_tier);
    }
  return tier;
}

typedef struct {
  gint64 docid;
  int    tier;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->tier != y->tier)
    return x->tier - y->tier;
  return (x->docid < y->docid) - (x->docid > y->docid);
}

static gboolean
rank_one (Run          *run,
          sqlite3_stmt *stmt,
          Query        *query,
          Ranked       *ranked,
          GError      **error)
{
  const char *name_key, *name_long;
  int rc;

  sqlite3_bind_int64 (stmt, 1, ranked->docid);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      ranked->tier = N_TIERS;  /* deleted since */
      return rc == SQLITE_DONE ? TRUE : set_error (run, rc, error);
    }
  name_key = (const char *) sqlite3_column_text (stmt, 1);
  name_long = (const char *) sqlite3_column_text (stmt, 2);
  if ((*query->name_key != '\0' && (g_strcmp0 (name_key, query->name_key) == 0 ||
                                     g_strcmp0 (name_long, query->name_key) == 0)) ||
      (*query->name_long != '\0' && (g_strcmp0 (name_key, query->name_long) == 0 ||
                                      g_strcmp0 (name_long, query->name_long) == 0)))
    ranked->tier = -1;
  else
    ranked->tier = tier_of_tokens (query, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

/* Ranks the few @docids (all the matches) and takes the page from the
 * offset in @cursor. */
static gboolean
collect_few (Run             *run,
             Query           *query,
             GArray          *docids,
             PaSearchCursor  *cursor,
             guint            limit,
             GArray          *out,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), docids->len);
  guint offset = cursor->tier == SMALL_SET_TIER ? (guint) cursor->after : 0;

  stmt = prepare (run, "SELECT s.words, d.name_key, d.name_long FROM draft_search s "
                       "JOIN search_doc d ON d.docid = s.rowid WHERE s.rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < docids->len; i++)
    {
      Ranked r = { g_array_index (docids, gint64, i), N_TIERS };

      if (!rank_one (run, stmt, query, &r, error))
        return FALSE;
      if (r.tier < N_TIERS)
        g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = offset; i < ranked->len && out->len < limit; i++)
    g_array_append_val (out, g_array_index (ranked, Ranked, i).docid);
  cursor->tier = SMALL_SET_TIER;
  cursor->after = offset + out->len;
  cursor->done = cursor->after >= ranked->len;
  return TRUE;
}

/* Up to @cap matches in any tier, newest first. */
static gboolean
fetch_all_matches (Run      *run,
                   Query    *query,
                   guint     cap,
                   GArray   *docids,
                   GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) expr = g_string_new (NULL);
  int rc;

  stmt = prepare (run, "SELECT rowid FROM draft_search WHERE draft_search MATCH ?1 "
                       "ORDER BY rowid DESC LIMIT ?2", error);
  if (stmt == NULL)
    return FALSE;
  append_all_expr (expr, query, N_TIERS - 1);
  sqlite3_bind_text (stmt, 1, expr->str, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) cap);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 docid = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (docids, docid);
    }
  return rc == SQLITE_DONE ? TRUE : set_error (run, rc, error);
}

/* One query for every match, up to SMALL_SET + 1: when they are fewer,
 * ranking them from their tokens costs less than asking FTS5 tier by
 * tier, which for a rare name means eight empty tiers. @n_matches is
 * the number found, SMALL_SET + 1 meaning more. */
static gboolean
collect_docids (Run             *run,
                Query           *query,
                PaSearchCursor  *cursor,
                guint            limit,
                GArray          *out,
                guint           *n_matches,
                GError         **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (cursor->tier == SMALL_SET_TIER || (cursor->tier == -1 && cursor->after == G_MAXINT64))
    {
      if (!fetch_all_matches (run, query, SMALL_SET + 1, all, error))
        return FALSE;
      *n_matches = all->len;
      if (all->len <= SMALL_SET)
        return collect_few (run, query, all, cursor, limit, out, error);
      if (cursor->tier == SMALL_SET_TIER)
        {
          /* More than a moment ago: start again from the top. */
          PaSearchCursor init = PA_SEARCH_CURSOR_INIT;

          *cursor = init;
        }
    }
  return collect_by_tiers (run, query, cursor, limit, out, error);
}

/* ---------------------------------------------------------------------
 * Rows, and why they matched
 */

typedef struct {
  const char *label;   /* untranslated */
  const char *text;
} ShownLine;

/* The first line the list may show that has one of the query's words:
 * "Goal", "…kassen alene…". */
static gboolean
find_snippet (const char   *shown,
              Query        *query,
              char        **where,
              char        **excerpt)
{
  g_auto(GStrv) lines = g_strsplit (shown ? shown : "", "\036", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *unit = strchr (lines[i], PA_SEARCH_UNIT);

      if (unit == NULL)
        continue;
      *unit = '\0';
      if ((*excerpt = pa_search_excerpt (unit + 1, (const char * const *) query->terms, 48)) != NULL)
        {
          *where = g_strdup (g_dgettext (GETTEXT_PACKAGE, lines[i]));
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
cpr_matches (Query      *query,
             const char *cpr)
{
  g_autofree char *digits = pa_search_cpr_digits (cpr);

  for (guint i = 0; digits != NULL && i < query->chunks->len; i++)
    {
      Chunk *chunk = query->chunks->pdata[i];

      if (chunk->cpr != NULL && g_str_has_prefix (digits, chunk->cpr))
        return TRUE;
    }
  return FALSE;
}

static void
describe_match (PaDraftSummary *summary,
                Query          *query,
                const char     *shown,
                const char     *cpr)
{
  const char * const *terms = (const char * const *) query->terms;
  g_autofree char *where = NULL;
  g_autofree char *excerpt = NULL;

  if (pa_search_text_matches (pa_draft_summary_get_citizen_name (summary), terms) ||
      pa_search_text_matches (pa_draft_summary_get_company_name (summary), terms))
    ;
  else if (find_snippet (shown, query, &where, &excerpt))
    ;
  else if (cpr_matches (query, cpr))
    /* Translators: where a search matched, the number itself is not shown */
    where = g_strdup (_("the CPR number"));
  else
    /* Translators: where a search matched: in text the list does not
     * show, such as the internal notes */
    where = g_strdup (_("the notes"));
  pa_draft_summary_set_match (summary, terms, where, excerpt);
}

static PaDraftSummary *
read_summary (Run      *run,
              sqlite3_stmt *stmt,
              Query    *query,
              gint64    docid,
              GError  **error)
{
  PaDraftSummary *summary;
  int rc;

  sqlite3_bind_int64 (stmt, 1, docid);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      /* A draft deleted since: nothing to show. */
      if (rc == SQLITE_DONE)
        return NULL;
      set_error (run, rc, error);
      return NULL;
    }
#define COL(i) ((const char *) sqlite3_column_text (stmt, i))
  summary = pa_draft_summary_new (COL (0), COL (1), COL (2), COL (3), COL (4), COL (5), COL (6));
  describe_match (summary, query, COL (7), COL (8));
#undef COL
  sqlite3_reset (stmt);
  return summary;
}

static GPtrArray *
read_summaries (Run      *run,
                Query    *query,
                GArray   *docids,
                GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = prepare (run,
                  "SELECT a.id, c.name, co.name, a.start_date, a.end_date, a.status, a.modified, "
                  "sd.shown, c.cpr FROM search_doc sd "
                  "JOIN agreement a ON a.pk = sd.pk "
                  "LEFT JOIN citizen c ON c.parent = a.pk "
                  "LEFT JOIN company co ON co.parent = a.pk "
                  "WHERE sd.docid = ?", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < docids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      PaDraftSummary *summary = read_summary (run, stmt, query, g_array_index (docids, gint64, i),
                                              &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (summary != NULL)
        g_ptr_array_add (rows, summary);
    }
  return g_steal_pointer (&rows);
}

static GPtrArray *
search_page (Run             *run,
             const char      *text,
             PaSearchCursor  *cursor,
             guint            limit,
             guint           *n_matches,
             GError         **error)
{
  g_autoptr(Query) query = query_new (text);
  g_autoptr(GArray) docids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (g_cancellable_is_cancelled (run->cancellable))
    return (set_error (run, SQLITE_INTERRUPT, error), NULL);
  if (query->chunks->len == 0)
    {
      cursor->done = TRUE;
      return g_ptr_array_new_with_free_func (g_object_unref);
    }
  *n_matches = G_MAXUINT;
  if (!collect_docids (run, query, cursor, limit, docids, n_matches, error))
    return NULL;
  return read_summaries (run, query, docids, error);
}

static gboolean
search_count (Run         *run,
              const char  *text,
              guint        cap,
              guint       *count,
              GError     **error)
{
  g_autoptr(Query) query = query_new (text);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) expr = g_string_new (NULL);
  int rc;

  *count = 0;
  if (query->chunks->len == 0)
    return TRUE;
  stmt = prepare (run, "SELECT count(*) FROM (SELECT 1 FROM draft_search "
                       "WHERE draft_search MATCH ?1 LIMIT ?2)", error);
  if (stmt == NULL)
    return FALSE;
  append_all_expr (expr, query, N_TIERS - 1);
  sqlite3_bind_text (stmt, 1, expr->str, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) MIN (cap, G_MAXINT));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error (run, rc, error);
  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static void
run_begin (Run          *run,
           sqlite3      *db,
           GCancellable *cancellable)
{
  run->db = db;
  run->cancellable = cancellable;
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 500, check_cancelled, cancellable);
}

static void
run_end (Run *run)
{
  if (run->cancellable != NULL)
    sqlite3_progress_handler (run->db, 0, NULL, NULL);
}

/**
 * pa_store_search_page:
 * @query: the words as typed
 * @cursor: (inout): where the previous page ended; PA_SEARCH_CURSOR_INIT
 *   for the first
 *
 * Returns: (transfer full) (element-type PaDraftSummary): up to @limit
 *   drafts in rank order; fewer when the results end (@cursor is then
 *   done). An empty array when @query has no words.
 */
GPtrArray *
pa_store_search_page (PaStore         *self,
                      const char      *query,
                      PaSearchCursor  *cursor,
                      guint            limit,
                      GCancellable    *cancellable,
                      GError         **error)
{
  Run run;
  GPtrArray *page;
  guint n_matches;

  g_return_val_if_fail (PA_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL && cursor != NULL, NULL);

  run_begin (&run, pa_store_get_db (self), cancellable);
  page = search_page (&run, query, cursor, limit, &n_matches, error);
  run_end (&run);
  return page;
}

/**
 * pa_store_search_count:
 *
 * Returns: how many drafts match @query, but no more than @cap: the list
 *   says "100+" rather than count 40,000 hits; 0 on error
 */
guint
pa_store_search_count (PaStore       *self,
                       const char    *query,
                       guint          cap,
                       GCancellable  *cancellable,
                       GError       **error)
{
  Run run;
  guint count = 0;

  g_return_val_if_fail (PA_IS_STORE (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  run_begin (&run, pa_store_get_db (self), cancellable);
  search_count (&run, query, cap, &count, error);
  run_end (&run);
  return count;
}

/* ---------------------------------------------------------------------
 * In a thread
 */

/* A read-only connection of the searches' own, used by one at a time. */
typedef struct {
  GMutex   lock;
  char    *path;
  sqlite3 *db;
} Worker;

static void
worker_free (gpointer data)
{
  Worker *worker = data;

  g_mutex_lock (&worker->lock);
  if (worker->db != NULL)
    sqlite3_close_v2 (worker->db);
  g_mutex_unlock (&worker->lock);
  g_mutex_clear (&worker->lock);
  g_free (worker->path);
  g_free (worker);
}

/* From any thread: the follow-ups of the week are read there too. */
static Worker *
get_worker (PaStore *self)
{
  static GMutex made;
  Worker *worker;

  g_mutex_lock (&made);
  worker = g_object_get_data (G_OBJECT (self), "pa-search-worker");
  if (worker == NULL)
    {
      worker = g_new0 (Worker, 1);
      g_mutex_init (&worker->lock);
      worker->path = g_strdup (pa_store_get_path (self));
      g_object_set_data_full (G_OBJECT (self), "pa-search-worker", worker, worker_free);
    }
  g_mutex_unlock (&made);
  return worker;
}

static gboolean
worker_open (Worker  *worker,
             GError **error)
{
  int rc;

  if (worker->db != NULL)
    return TRUE;
  rc = sqlite3_open_v2 (worker->path, &worker->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      pa_store_set_sqlite_error (error, worker->db, rc);
      sqlite3_close_v2 (worker->db);
      worker->db = NULL;
      return FALSE;
    }
  sqlite3_extended_result_codes (worker->db, TRUE);
  sqlite3_busy_timeout (worker->db, 2000);
  /* Not mapped: the pages a query touches in a 1 GB file would count
   * as the app's memory (68 MB after this week's follow-ups at 100,000
   * drafts). A 2 MB cache keeps the index's top pages. */
  sqlite3_exec (worker->db, "PRAGMA cache_size = -2000;", NULL, NULL, NULL);
  return TRUE;
}

/**
 * pa_store_reader_lock:
 *
 * The store's read-only connection for threads (the searches' own),
 * opened on first use and locked for the caller until
 * pa_store_reader_unlock(). From any thread.
 *
 * Returns: (transfer none): the connection, or %NULL with @error set
 *   (then it is not locked)
 */
sqlite3 *
pa_store_reader_lock (PaStore  *self,
                      GError  **error)
{
  Worker *worker = get_worker (self);

  g_mutex_lock (&worker->lock);
  if (!worker_open (worker, error))
    {
      g_mutex_unlock (&worker->lock);
      return NULL;
    }
  return worker->db;
}

void
pa_store_reader_unlock (PaStore *self)
{
  g_mutex_unlock (&get_worker (self)->lock);
}

typedef struct {
  char           *query;
  PaSearchCursor  cursor;
  guint           limit;
  guint           cap;
  Worker         *worker;   /* (unowned): the task holds the store */
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_free (data->query);
  g_free (data);
}

void
pa_search_result_free (PaSearchResult *result)
{
  g_clear_pointer (&result->page, g_ptr_array_unref);
  g_free (result);
}

static gboolean
run_in_worker (SearchData      *data,
               GCancellable    *cancellable,
               PaSearchResult  *result,
               GError         **error)
{
  Run run;
  gboolean ok;
  guint n_matches;

  if (!worker_open (data->worker, error))
    return FALSE;
  run_begin (&run, data->worker->db, cancellable);
  result->cursor = data->cursor;
  result->page = search_page (&run, data->query, &result->cursor, data->limit, &n_matches, error);
  /* The first page counted the matches up to SMALL_SET + 1 already. */
  if (result->page != NULL && n_matches != G_MAXUINT && data->cap <= SMALL_SET + 1)
    {
      result->count = MIN (n_matches, data->cap);
      ok = TRUE;
    }
  else
    ok = result->page != NULL &&
         (data->cap == 0 || search_count (&run, data->query, data->cap, &result->count, error));
  run_end (&run);
  return ok;
}

static void
search_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *data = task_data;
  g_autoptr(PaSearchResult) result = g_new0 (PaSearchResult, 1);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_mutex_lock (&data->worker->lock);
  ok = run_in_worker (data, cancellable, result, &error);
  g_mutex_unlock (&data->worker->lock);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) pa_search_result_free);
}

/**
 * pa_store_search_async:
 * @cursor: (nullable): where to go on from; %NULL for the first page
 * @cap: count the matches up to this many; 0 not to count
 *
 * Searches in a thread. Cancel @cancellable when the user types on: the
 * query stops at once and the callback gets %G_IO_ERROR_CANCELLED.
 */
void
pa_store_search_async (PaStore              *self,
                       const char           *query,
                       const PaSearchCursor *cursor,
                       guint                 limit,
                       guint                 cap,
                       GCancellable         *cancellable,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data;
  PaSearchCursor init = PA_SEARCH_CURSOR_INIT;

  g_return_if_fail (PA_IS_STORE (self));
  g_return_if_fail (query != NULL);

  data = g_new0 (SearchData, 1);
  data->query = g_strdup (query);
  data->cursor = cursor ? *cursor : init;
  data->limit = limit;
  data->cap = cap;
  data->worker = get_worker (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pa_store_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_run_in_thread (task, search_thread);
}

PaSearchResult *
pa_store_search_finish (PaStore       *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
