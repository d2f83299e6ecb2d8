/* pa-draft-list.c: the draft list as a GListModel that reads its rows a page at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's list of drafts, most recently edited first, optionally of
 * one status. It knows how many drafts there are and reads a row only
 * when the list view asks for it, a page of PAGE_SIZE rows at a time
 * from the store's queries (pa-store-list.c), and keeps the last
 * MAX_PAGES pages it read: at 100,000 drafts the app holds a few hundred
 * rows, not 100,000 (which took 50 MB and 7 s of CPU time to read in).
 *
 * The list shows its first @limit rows and more when asked
 * (pa_draft_list_show_more(), as the user scrolls near the end): GTK 4.8's
 * list view makes a row widget for up to 200 items of a long model, 22 kB
 * and half a millisecond each, so a window that shows 16 rows makes 16,
 * not 200, and counting stops at the rows shown plus one.
 *
 * Rows are read on the main connection, as the list view asks for them
 * (a page is a millisecond or two). A failed read gives empty rows and
 * the "read-failed" signal, once until the next reload; a list that has
 * shrunk under it (another window deleted drafts) reloads itself.
 */
#include "config.h"

#include "pa-draft-list.h"

#define PAGE_SIZE 32
#define MAX_PAGES 24

struct _PaDraftList
{
  GObject      parent_instance;
  PaStore     *store;
  char        *status;       /* the filter, or NULL for every draft */
  char        *today;        /* what the status is judged by, or NULL */
  guint        n_counted;    /* drafts that match, counted up to limit + 1 */
  guint        limit;        /* rows shown at most; 0 for all */
  GHashTable  *pages;        /* page number + 1 -> GPtrArray of PaDraftSummary */
  GQueue       recent;       /* page numbers + 1, the last read first */
  gboolean     failed;       /* "read-failed" emitted since the reload */
  guint        reload_id;
};

enum {
  SIGNAL_READ_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void pa_draft_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PaDraftList, pa_draft_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pa_draft_list_model_init))

static guint
n_shown (PaDraftList *self)
{
  return self->limit > 0 ? MIN (self->n_counted, self->limit) : self->n_counted;
}

/* Counts the drafts up to one more than the limit: whether there are
 * more is all the list needs to know. */
static gboolean
count (PaDraftList  *self,
       GError      **error)
{
  guint n = 0;

  if (!pa_store_count_drafts (self->store, self->status, self->today,
                              self->limit > 0 ? self->limit + 1 : 0, &n, error))
    return FALSE;
  self->n_counted = n;
  return TRUE;
}

static void
drop_pages (PaDraftList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

static void
touch_page (PaDraftList *self,
            guint        page)
{
  gpointer key = GUINT_TO_POINTER (page + 1);

  g_queue_remove (&self->recent, key);
  g_queue_push_head (&self->recent, key);
  while (g_queue_get_length (&self->recent) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));
}

static gboolean
reload_later (gpointer data)
{
  PaDraftList *self = data;

  self->reload_id = 0;
  pa_draft_list_reload (self, NULL);
  return G_SOURCE_REMOVE;
}

static GPtrArray *
read_page (PaDraftList *self,
           guint        page)
{
  GPtrArray *before = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));  /* page - 1 */
  PaDraftSummary *after = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  /* Going on from the page before costs the same on every page. */
  if (page > 0 && before != NULL && before->len == PAGE_SIZE)
    after = g_ptr_array_index (before, PAGE_SIZE - 1);
  rows = pa_store_list_drafts_range (self->store, self->status, self->today, after,
                                     page * PAGE_SIZE, PAGE_SIZE, &error);
  if (rows == NULL)
    {
      if (!self->failed)
        {
          self->failed = TRUE;
          g_signal_emit (self, signals[SIGNAL_READ_FAILED], 0, error);
        }
      return NULL;
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page + 1), rows);
  return rows;
}

static gpointer
pa_draft_list_get_item (GListModel *model,
                        guint       position)
{
  PaDraftList *self = PA_DRAFT_LIST (model);
  guint page = position / PAGE_SIZE;
  guint index = position % PAGE_SIZE;
  GPtrArray *rows;

  if (position >= n_shown (self))
    return NULL;

  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page + 1));
  if (rows == NULL)
    rows = read_page (self, page);
  if (rows != NULL)
    touch_page (self, page);
  if (rows != NULL && index < rows->len)
    return g_object_ref (g_ptr_array_index (rows, index));

  /* Fewer drafts than counted: another window deleted some. A row
   * must be given now; the list corrects itself right after. */
  if (rows != NULL && self->reload_id == 0)
    self->reload_id = g_idle_add (reload_later, self);
  return pa_draft_summary_new ("", NULL, NULL, NULL, NULL, NULL, NULL);
}

static guint
pa_draft_list_get_n_items (GListModel *model)
{
  return n_shown (PA_DRAFT_LIST (model));
}

static GType
pa_draft_list_get_item_type (GListModel *model)
{
  return PA_TYPE_DRAFT_SUMMARY;
}

static void
pa_draft_list_model_init (GListModelInterface *iface)
{
  iface->get_item = pa_draft_list_get_item;
  iface->get_n_items = pa_draft_list_get_n_items;
  iface->get_item_type = pa_draft_list_get_item_type;
}

static void
pa_draft_list_dispose (GObject *object)
{
  PaDraftList *self = PA_DRAFT_LIST (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  drop_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pa_draft_list_parent_class)->dispose (object);
}

static void
pa_draft_list_finalize (GObject *object)
{
  PaDraftList *self = PA_DRAFT_LIST (object);

  g_hash_table_unref (self->pages);
  g_free (self->status);
  g_free (self->today);

  G_OBJECT_CLASS (pa_draft_list_parent_class)->finalize (object);
}

static void
pa_draft_list_class_init (PaDraftListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pa_draft_list_dispose;
  object_class->finalize = pa_draft_list_finalize;

  /**
   * PaDraftList::read-failed:
   * @error: why, in words for the user
   *
   * Rows could not be read; they show empty. Once until the next reload.
   */
  signals[SIGNAL_READ_FAILED] =
    g_signal_new ("read-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
pa_draft_list_init (PaDraftList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
}

/**
 * pa_draft_list_new:
 * @limit: rows to show until pa_draft_list_show_more(); 0 for all
 *
 * An empty list of @store's drafts: pa_draft_list_reload() counts them.
 */
PaDraftList *
pa_draft_list_new (PaStore *store,
                   guint    limit)
{
  PaDraftList *self;

  g_return_val_if_fail (PA_IS_STORE (store), NULL);

  self = g_object_new (PA_TYPE_DRAFT_LIST, NULL);
  self->store = g_object_ref (store);
  self->limit = limit;
  return self;
}

/**
 * pa_draft_list_reload:
 *
 * Counts the drafts again and forgets every row read: after a save, a
 * delete or an import. On failure the list is left as it was.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
pa_draft_list_reload (PaDraftList  *self,
                      GError      **error)
{
  guint before;

  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), FALSE);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  before = n_shown (self);
  if (!count (self, error))
    return FALSE;
  drop_pages (self);
  self->failed = FALSE;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before, n_shown (self));
  return TRUE;
}

/**
 * pa_draft_list_show_more:
 * @n_more: rows to show more than now
 *
 * Returns: %TRUE, or %FALSE with @error set (the list is left as it was)
 */
gboolean
pa_draft_list_show_more (PaDraftList  *self,
                         guint         n_more,
                         GError      **error)
{
  guint before, old_limit;

  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), FALSE);

  if (self->limit == 0 || n_more == 0 || !pa_draft_list_get_has_more (self))
    return TRUE;
  before = n_shown (self);
  old_limit = self->limit;
  self->limit = MIN ((guint64) self->limit + n_more, G_MAXUINT - 2);
  if (!count (self, error))
    {
      self->limit = old_limit;
      return FALSE;
    }
  if (n_shown (self) > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, n_shown (self) - before);
  return TRUE;
}

/**
 * pa_draft_list_get_has_more:
 *
 * Returns: whether there are drafts past the rows shown
 */
gboolean
pa_draft_list_get_has_more (PaDraftList *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), FALSE);

  return self->limit > 0 && self->n_counted > self->limit;
}

const char *
pa_draft_list_get_status (PaDraftList *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), NULL);

  return self->status;
}

/**
 * pa_draft_list_set_status:
 * @status: (nullable): a status of pa_agreement_statuses as the list
 *   shows it (agreed and started is active), or %NULL for every draft
 *
 * Shows only the drafts of @status, and reloads.
 *
 * Returns: %TRUE, or %FALSE with @error set (the filter is set all the same)
 */
gboolean
pa_draft_list_set_status (PaDraftList  *self,
                          const char   *status,
                          GError      **error)
{
  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), FALSE);

  g_free (self->status);
  self->status = g_strdup (status);
  return pa_draft_list_reload (self, error);
}

/**
 * pa_draft_list_set_today:
 * @today: (nullable): "YYYY-MM-DD", or %NULL for the real today
 *
 * The day the status filter judges by, for tests; takes effect at the
 * next reload.
 */
void
pa_draft_list_set_today (PaDraftList *self,
                         const char  *today)
{
  g_return_if_fail (PA_IS_DRAFT_LIST (self));

  g_free (self->today);
  self->today = g_strdup (today);
}

/**
 * pa_draft_list_find:
 * @id: a draft's id
 *
 * Returns: the position of @id in the whole list (it may be past the
 *   rows shown: pa_draft_list_show_more() shows it), or %G_MAXUINT when
 *   the list does not have it or it could not be read (@error set)
 */
guint
pa_draft_list_find (PaDraftList  *self,
                    const char   *id,
                    GError      **error)
{
  guint position = G_MAXUINT;

  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), G_MAXUINT);

  if (id == NULL || *id == '\0')
    return G_MAXUINT;
  /* The rows in memory first: mostly it is one of them. */
  for (GList *l = self->recent.head; l != NULL; l = l->next)
    {
      guint page = GPOINTER_TO_UINT (l->data) - 1;
      GPtrArray *rows = g_hash_table_lookup (self->pages, l->data);

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        if (g_strcmp0 (pa_draft_summary_get_id (g_ptr_array_index (rows, i)), id) == 0)
          return page * PAGE_SIZE + i;
    }
  if (!pa_store_find_draft_position (self->store, id, self->status, self->today, &position, error))
    return G_MAXUINT;
  return position;
}

/**
 * pa_draft_list_refresh:
 *
 * Reads @n_items rows from @position again, as they are now stored (a
 * save that kept the draft where it was).
 */
void
pa_draft_list_refresh (PaDraftList *self,
                       guint        position,
                       guint        n_items)
{
  guint shown;

  g_return_if_fail (PA_IS_DRAFT_LIST (self));

  shown = n_shown (self);
  if (n_items == 0 || position >= shown)
    return;
  n_items = MIN (n_items, shown - position);
  for (guint page = position / PAGE_SIZE; page <= (position + n_items - 1) / PAGE_SIZE; page++)
    {
      g_queue_remove (&self->recent, GUINT_TO_POINTER (page + 1));
      g_hash_table_remove (self->pages, GUINT_TO_POINTER (page + 1));
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_items, n_items);
}

/**
 * pa_draft_list_get_n_cached:
 *
 * Returns: how many rows the list holds in memory (for tests and the
 *   benchmark: never more than a few pages)
 */
guint
pa_draft_list_get_n_cached (PaDraftList *self)
{
  GHashTableIter iter;
  gpointer rows;
  guint n = 0;

  g_return_val_if_fail (PA_IS_DRAFT_LIST (self), 0);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &rows))
    n += ((GPtrArray *) rows)->len;
  return n;
}
