/* test-search.c: the ranking of the draft search, why a draft matched, and what a snippet may show
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "store/pa-store-private.h"
#include "store/pa-store-search-private.h"
#include "../common/pa-test-util.h"

/* A fixed set of drafts; the later in the table, the more recently
 * edited. */
typedef struct {
  const char *name, *cpr, *company, *cvr, *contact, *goal, *task, *notes, *start;
} Draft;

static const Draft drafts[] = {
  { "Henrik Olsen", "020385-1234", "Netto Vejle", NULL, "Jens Madsen",
    "Kunne betjene kassen alene efter tre uger", "Fylde varer op", NULL, "2026-03-02" },
  { "Birgitte Olsen", NULL, "Føtex Aarhus", NULL, "Karin Holm",
    "Møde til tiden hver dag", "Sortere tøj", NULL, "2026-04-01" },
  { "Kasper Nielsen", NULL, "Olsen Tømrer ApS", NULL, "Peter Olsen",
    "Lære at bruge en sav", "Rydde værkstedet", NULL, NULL },
  { "Małgorzata Wieczorek", NULL, "Plejecenter Solsikken", NULL, "Hanne Lund",
    "Hjælpe beboerne med morgenmad", "Dække bord", "Olsen ringede om kørslen", NULL },
  { "Søren Jensen", NULL, "Rema 1000 Odense", NULL, NULL,
    "Kunne fylde hylder selv", "Modtage varer", "Har brug for tolk til mødet", NULL },
  { "Aase Holm", NULL, "Bech Autoværksted", NULL, "Ole Bech",
    "Skifte dæk", "Vaske biler", NULL, NULL },
  { "Anders Bech", NULL, "Lidl Kolding", "12345678", NULL,
    "Holde lageret ryddeligt", "Pakke paller", NULL, NULL },
  { "Jens Jensen", NULL, "Netto Kolding", NULL, NULL,
    "Betjene kunder", "Fylde frugt op", "Aftalt zyklopstøtte med mentor", NULL },
  { "Åse Østergaard", NULL, "Brugsen Ærøskøbing", NULL, NULL,
    "Lære kassesystemet", "Tørre støv af", NULL, NULL },
  { "Mette Olsen-Berg", NULL, "Vej og Park", NULL, NULL,
    "Slå græs", "Rive blade", NULL, NULL },
  { "Henrik Olsen Jensen", NULL, "Genbrugspladsen", NULL, NULL,
    "Sortere affald", "Hjælpe kunder", NULL, NULL },
  { "Jens Peter Hansen", NULL, "Plejehjemmet Lærkely", NULL, NULL,
    "Gå ture med beboerne", "Læse avis højt", NULL, NULL },
};

typedef struct {
  char    *dir;
  PaStore *store;
} Fixture;

static PaAgreement *
make_draft (const Draft *d,
            guint        index)
{
  PaAgreement *agreement = pa_agreement_new ();
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  PaRecord *company = PA_RECORD (pa_agreement_get_company (agreement));
  PaRecord *goal = pa_record_add (a, "goals");
  PaRecord *function = pa_record_add (a, "work-functions");
  PaRecord *task = pa_record_add (function, "tasks");
  g_autofree char *modified = g_strdup_printf ("2026-01-%02uT10:00:00+01:00", index % 28 + 1);

  pa_record_set_string (citizen, "name", d->name);
  pa_record_set_string (citizen, "cpr", d->cpr);
  pa_record_set_string (company, "name", d->company);
  pa_record_set_string (company, "cvr", d->cvr);
  pa_record_set_string (company, "contact-name", d->contact);
  pa_record_set_string (goal, "specific", d->goal);
  pa_record_set_string (task, "text", d->task);
  pa_record_set_string (a, "notes", d->notes);
  pa_record_set_string (a, "start-date", d->start);
  pa_record_set_string (a, "modified", modified);
  return agreement;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = pa_test_make_tmpdir ();
  path = g_build_filename (f->dir, "drafts.db", NULL);
  f->store = pa_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (drafts); i++)
    {
      g_autoptr(PaAgreement) agreement = make_draft (&drafts[i], i);

      pa_store_save (f->store, agreement, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  pa_test_rm_rf (f->dir);
  g_free (f->dir);
}

static GPtrArray *
search (PaStore    *store,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
  GPtrArray *page = pa_store_search_page (store, query, &cursor, 50, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (page);
  return page;
}

static const char *
name_at (GPtrArray *page,
         guint      i)
{
  g_assert_cmpuint (i, <, page->len);
  return pa_draft_summary_get_citizen_name (g_ptr_array_index (page, i));
}

static int
position_of (GPtrArray  *page,
             const char *name)
{
  for (guint i = 0; i < page->len; i++)
    if (g_strcmp0 (name_at (page, i), name) == 0)
      return (int) i;
  return -1;
}

/* Each query, the draft that must come first, and why. */
static const struct {
  const char *query;
  const char *first;
} ranking[] = {
  { "Olsen", "Henrik Olsen Jensen" },          /* surname of four: the latest edit */
  { "Henrik Olsen", "Henrik Olsen" },          /* the whole name before a later "Henrik Olsen Jensen" */
  { "henrik olsen", "Henrik Olsen" },
  { "olsen tømrer", "Kasper Nielsen" },        /* a company named after a surname */
  { "Bech", "Anders Bech" },                   /* the surname before the company "Bech Autoværksted" */
  { "bech auto", "Aase Holm" },
  { "Jens", "Jens Peter Hansen" },             /* whole words: the latest edit of two */
  { "Jensen", "Henrik Olsen Jensen" },
  { "Peter", "Jens Peter Hansen" },            /* a name before a contact person */
  { "Soren", "Søren Jensen" },                 /* accents not typed */
  { "Søren", "Søren Jensen" },
  { "Soeren", "Søren Jensen" },
  { "Malgorzata", "Małgorzata Wieczorek" },
  { "malgo", "Małgorzata Wieczorek" },
  { "Ostergaard", "Åse Østergaard" },
  { "Oestergaard", "Åse Østergaard" },
  { "Ase", "Åse Østergaard" },
  { "zyklopstøtte", "Jens Jensen" },           /* a word only in the notes */
  { "zyklop", "Jens Jensen" },
  { "tolk", "Søren Jensen" },
  { "020385", "Henrik Olsen" },                /* CPR, first six digits */
  { "020385-1234", "Henrik Olsen" },           /* CPR in full */
  { "0203851234", "Henrik Olsen" },
  { "2.3.2026", "Henrik Olsen" },              /* the start date as written */
  { "02.03.2026", "Henrik Olsen" },
  { "12345678", "Anders Bech" },               /* CVR */
  { "kassen", "Henrik Olsen" },                /* a goal */
  { "sortere tøj", "Birgitte Olsen" },         /* a task */
  { "Ærø", "Åse Østergaard" },
  { "Olsen-Berg", "Mette Olsen-Berg" },
};

static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (ranking); i++)
    {
      g_autoptr(GPtrArray) page = search (f->store, ranking[i].query);

      g_test_message ("query “%s”", ranking[i].query);
      g_assert_cmpuint (page->len, >, 0);
      g_assert_cmpstr (name_at (page, 0), ==, ranking[i].first);
    }
}

/* Everyone named Olsen comes before the company and the contact person
 * named Olsen, and before the notes that mention one. */
static void
test_tiers (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) page = search (f->store, "Olsen");
  const char *named[] = { "Henrik Olsen", "Birgitte Olsen", "Mette Olsen-Berg", "Henrik Olsen Jensen" };
  int company = position_of (page, "Kasper Nielsen");
  int notes = position_of (page, "Małgorzata Wieczorek");

  g_assert_cmpuint (page->len, ==, 6);
  g_assert_cmpint (company, ==, 4);
  g_assert_cmpint (notes, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    g_assert_cmpint (position_of (page, named[i]), <, 4);
  /* Ties by the last edit, newest first. */
  {
    g_autoptr(GPtrArray) jens = search (f->store, "Jens");

    /* "Jens" whole, then "Jensen" of a later edit, then the contact. */
    g_assert_cmpint (position_of (jens, "Jens Jensen"), <, position_of (jens, "Henrik Olsen Jensen"));
    g_assert_cmpint (position_of (jens, "Henrik Olsen Jensen"), <, position_of (jens, "Henrik Olsen"));
  }
  g_assert_cmpint (position_of (page, "Mette Olsen-Berg"), <, position_of (page, "Birgitte Olsen"));
}

/* Paging carries on where the last page ended, without repeats. */
static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = search (f->store, "e");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;
  guint n = 0;

  while (!cursor.done)
    {
      g_autoptr(GPtrArray) page = pa_store_search_page (f->store, "e", &cursor, 2, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, <=, 2);
      for (guint i = 0; i < page->len; i++, n++)
        {
          const char *id = pa_draft_summary_get_id (g_ptr_array_index (page, i));

          g_assert_false (g_hash_table_contains (seen, id));
          g_hash_table_add (seen, (gpointer) id);
          g_assert_cmpstr (pa_draft_summary_get_id (g_ptr_array_index (all, n)), ==, id);
        }
    }
  g_assert_cmpuint (n, ==, all->len);
  g_assert_cmpuint (pa_store_search_count (f->store, "e", 100, NULL, &error), ==, all->len);
  g_assert_cmpuint (pa_store_search_count (f->store, "Olsen", 3, NULL, &error), ==, 3);
  g_assert_cmpuint (pa_store_search_count (f->store, "Olsen", 100, NULL, &error), ==, 6);
  g_assert_no_error (error);
}

/* A row says why it matched: highlights in the name, or the field and
 * the words around the match. */
static void
test_why (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) kassen = search (f->store, "kassen");
  g_autoptr(GPtrArray) soren = search (f->store, "Soren");
  g_autoptr(GPtrArray) cpr = search (f->store, "020385");
  g_autoptr(GPtrArray) notes = search (f->store, "zyklop");
  PaDraftSummary *row = g_ptr_array_index (kassen, 0);
  g_autofree char *markup = NULL;

  g_assert_cmpstr (pa_draft_summary_get_match_where (row), ==, "Goal");
  g_assert_cmpstr (pa_draft_summary_get_match_excerpt (row), ==, "Kunne betjene kassen alene efter tre uger");

  row = g_ptr_array_index (soren, 0);
  g_assert_null (pa_draft_summary_get_match_where (row));
  markup = pa_search_markup (pa_draft_summary_get_citizen_name (row), pa_draft_summary_get_terms (row));
  g_assert_cmpstr (markup, ==, "<b>Søren</b> Jensen");

  /* The number itself is never shown. */
  row = g_ptr_array_index (cpr, 0);
  g_assert_cmpstr (pa_draft_summary_get_match_where (row), ==, "the CPR number");
  g_assert_null (pa_draft_summary_get_match_excerpt (row));

  row = g_ptr_array_index (notes, 0);
  g_assert_cmpstr (pa_draft_summary_get_match_where (row), ==, "the notes");
  g_assert_null (pa_draft_summary_get_match_excerpt (row));
}

static void
test_markup (void)
{
  g_auto(GStrv) terms = pa_search_query_terms ("soren  <b>");
  g_autofree char *markup = pa_search_markup ("Søren & <b>Bo</b> Sørensen", (const char * const *) terms);
  g_autofree char *excerpt = NULL;
  g_auto(GStrv) kassen = pa_search_query_terms ("kassen");

  g_assert_cmpstr (markup, ==, "<b>Søren</b> &amp; &lt;<b>b</b>&gt;<b>Bo</b>&lt;/<b>b</b>&gt; <b>Sørensen</b>");
  excerpt = pa_search_excerpt ("Første uge: lære varerne at kende, og i uge tre kunne betjene kassen "
                               "alene i travle timer om eftermiddagen",
                               (const char * const *) kassen, 40);
  g_assert_true (g_str_has_prefix (excerpt, "…"));
  g_assert_true (g_str_has_suffix (excerpt, "…"));
  g_assert_nonnull (strstr (excerpt, "kassen"));
  g_assert_cmpuint (g_utf8_strlen (excerpt, -1), <=, 44);
}

static void
test_identifiers (void)
{
  g_autofree char *a = pa_search_parse_date ("2.3.2026");
  g_autofree char *b = pa_search_parse_date ("02.03.2026");
  g_autofree char *c = pa_search_parse_date ("2026-03-02");
  g_autofree char *d = pa_search_parse_date ("2/3-26");
  g_autofree char *e = pa_search_parse_date ("31.2.2026");
  g_autofree char *cpr = pa_search_cpr_digits ("020385-1234");
  g_autofree char *six = pa_search_cpr_digits ("020385");
  g_autofree char *bad = pa_search_cpr_digits ("0203-851234");

  g_assert_cmpstr (a, ==, "20260302");
  g_assert_cmpstr (b, ==, "20260302");
  g_assert_cmpstr (c, ==, "20260302");
  g_assert_cmpstr (d, ==, "20260302");
  g_assert_null (e);
  g_assert_cmpstr (cpr, ==, "0203851234");
  g_assert_cmpstr (six, ==, "020385");
  g_assert_null (bad);
}

/* What the list shows of a match never comes from a field the company
 * may not see: CPR, notes, a restriction, the reasons and VITAS texts. */
static void
test_snippet_privacy (Fixture       *f,
                      gconstpointer  data)
{
  static const char *secrets[] = {
    "qzhemmelig", "qzdiskusprolaps", "qzopfolgning", "qzlettere", "qzsvar", "qzvitas",
    "qzgrund", "qzarbejdsgiver", "qzbehov", "qzcheckliste", "qzvurdering",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = make_draft (&drafts[0], 40);
  PaRecord *a = PA_RECORD (agreement);
  PaRecord *restriction = pa_record_add (a, "restrictions");
  PaRecord *answer = pa_record_add (restriction, "answers");
  PaRecord *follow_up = pa_record_add (a, "follow-ups");
  GListModel *checklist = G_LIST_MODEL (pa_record_get_list (a, "checklist"));
  g_autoptr(PaRecord) item = g_list_model_get_n_items (checklist) > 0
                             ? g_list_model_get_item (checklist, 0)
                             : g_object_ref (pa_record_add (a, "checklist"));
  PaRecord *extension = pa_record_add (a, "extensions");
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (agreement));

  pa_record_set_string (citizen, "name", "Qzsecret Person");
  pa_record_set_string (citizen, "cpr", "0101901234");
  pa_record_set_string (citizen, "recent-employer", "qzarbejdsgiver A/S");
  pa_record_set_string (a, "notes", "Note qzhemmelig om diagnosen");
  pa_record_set_string (a, "availability-reason", "qzgrund til afprøvning");
  pa_record_set_string (a, "recent-employer-assessment", "qzvurdering af arbejdsgiveren");
  pa_record_set_string (a, "vitas-description", "qzvitas beskrivelse");
  pa_record_set_string (restriction, "original", "Kan ikke løfte pga. qzdiskusprolaps");
  pa_record_set_string (restriction, "reformulation", "Arbejder bedst med qzlettere løft");
  pa_record_set_string (answer, "answer", "qzsvar om smerter");
  pa_record_set_string (follow_up, "notes", "qzopfølgning gik godt");
  pa_record_set_string (item, "note", "qzcheckliste note");
  pa_record_set_string (extension, "special-need", "qzbehov for mere tid");
  pa_record_set_string (a, "modified", "2026-02-20T10:00:00+01:00");
  pa_store_save (f->store, agreement, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (secrets) + 2; i++)
    {
      const char *query = i < G_N_ELEMENTS (secrets) ? secrets[i] : i == G_N_ELEMENTS (secrets) ? "010190" : "0101901234";
      g_autoptr(GPtrArray) page = search (f->store, query);

      g_test_message ("query “%s”", query);
      for (guint j = 0; j < page->len; j++)
        {
          PaDraftSummary *row = g_ptr_array_index (page, j);
          const char *excerpt = pa_draft_summary_get_match_excerpt (row);
          const char *where = pa_draft_summary_get_match_where (row);

          g_assert_true (excerpt == NULL || strstr (excerpt, "qz") == NULL);
          g_assert_true (excerpt == NULL || strstr (excerpt, "0101") == NULL);
          g_assert_true (where == NULL || strstr (where, "qz") == NULL);
        }
    }

  /* Nor is any of it kept for snippets, nor the CPR number in the index. */
  {
    sqlite3 *db = pa_store_get_db (f->store);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT group_concat (shown, ' ') FROM search_doc", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_null (strstr ((const char *) sqlite3_column_text (stmt, 0), "qz"));
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM draft_search WHERE words LIKE '%0101901234%' "
                                             "OR words LIKE '%010190%'", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
  }
}

/* A database of version 6, with its old index, is rebuilt on open: the
 * new index finds the draft by name, accents folded, and CPR number. */
static void
test_migrate_index (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(GPtrArray) by_name = NULL, by_cpr = NULL;
  sqlite3 *db = NULL;
  PaStmtCache *cache;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  cache = pa_stmt_cache_new (db);
  g_assert_true (pa_store_migrate (db, cache, 6, &error));
  g_assert_no_error (error);
  g_assert_true (pa_store_exec (db,
                                "INSERT INTO agreement (pk, id, created, modified, status, revision) "
                                "VALUES (1, 'old-draft', '2024-05-01T09:00:00+02:00', '2024-05-02T09:00:00+02:00', 'draft', 1);"
                                "INSERT INTO citizen (parent, position, name, cpr, target_group) "
                                "VALUES (1, 0, 'Łukasz Sørensen', '1111901234', 'dagpenge');"
                                "INSERT INTO company (parent, position, name) VALUES (1, 0, 'Netto');"
                                "INSERT INTO draft_search (rowid, citizen, company) VALUES (1, 'Łukasz Sørensen', 'Netto');",
                                &error));
  g_assert_no_error (error);
  pa_stmt_cache_free (cache);
  sqlite3_close (db);

  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pa_store_get_schema_version (store), ==, 7);
  by_name = search (store, "lukasz sorensen");
  by_cpr = search (store, "111190");
  g_assert_cmpuint (by_name->len, ==, 1);
  g_assert_cmpuint (by_cpr->len, ==, 1);
  g_assert_cmpstr (pa_draft_summary_get_id (g_ptr_array_index (by_cpr, 0)), ==, "old-draft");
  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

/* A cancelled search stops and says so. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) page = NULL;
  PaSearchCursor cursor = PA_SEARCH_CURSOR_INIT;

  g_cancellable_cancel (cancellable);
  page = pa_store_search_page (f->store, "olsen", &cursor, 10, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pa/search/ranking", test_ranking);
  ADD ("/pa/search/tiers", test_tiers);
  ADD ("/pa/search/paging", test_paging);
  ADD ("/pa/search/why", test_why);
  ADD ("/pa/search/snippet-privacy", test_snippet_privacy);
  ADD ("/pa/search/cancel", test_cancel);
#undef ADD
  g_test_add_func ("/pa/search/markup", test_markup);
  g_test_add_func ("/pa/search/identifiers", test_identifiers);
  g_test_add_func ("/pa/search/migrate-index", test_migrate_index);

  return g_test_run ();
}
