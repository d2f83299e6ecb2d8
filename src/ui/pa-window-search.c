/* pa-window-search.c: the search part of the draft list: results a page at a time, in a thread, never blocking a key
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each query runs in the store's search thread; the next key cancels it
 * (it stops within a few milliseconds) and a result that arrives for an
 * older query is dropped, so the list always ends with the results of
 * the whole query. The first page is what fills the list; more follow
 * when the user scrolls near the end. A new query shows its best match at
 * the top and selects nothing, so that nothing opens until the user
 * moves; a save of the open draft refreshes the results in place.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "store/pa-store-search.h"
#include "pa-window-private.h"

/* Rows of the first page: more than a tall window shows. */
#define SEARCH_PAGE   30
/* Matches counted before the list says "more than 100". */
#define SEARCH_CAP    101

struct _PaWindowSearch
{
  GCancellable   *cancellable;
  PaSearchCursor  cursor;
  guint           generation;  /* of the query on screen or on its way */
  gboolean        loading_more;
  GtkLabel       *count_label;
};

typedef struct {
  PaWindow *window;
  guint     generation;
  gboolean  new_query;
  gboolean  more;
} Request;

static GtkAdjustment *
list_vadjustment (PaWindow *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->draft_list));
}

static void
show_count (PaWindow *self,
            guint     count)
{
  GtkLabel *label = self->search->count_label;
  g_autofree char *text = NULL;

  if (count >= SEARCH_CAP)
    /* Translators: above the search results, when there are many */
    text = g_strdup (_("More than 100 agreements"));
  else
    text = g_strdup_printf (ngettext ("%u agreement", "%u agreements", count), count);
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), count > 0);
}

static void
show_first_page (PaWindow       *self,
                 PaSearchResult *result,
                 gboolean        new_query)
{
  g_autoptr(GListStore) model = g_list_store_new (PA_TYPE_DRAFT_SUMMARY);

  g_list_store_splice (model, 0, 0, result->page->pdata, result->page->len);
  self->search->cursor = result->cursor;
  _pa_window_set_list_model (self, G_LIST_MODEL (model), !new_query);
  show_count (self, result->count);
  /* The best match in full view; scrolling only, nothing selected. */
  if (new_query && result->page->len > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->draft_list), "list.scroll-to-item", "u", 0);
}

static void
append_page (PaWindow       *self,
             PaSearchResult *result)
{
  GListStore *store = _pa_window_get_list_store (self);

  self->search->cursor = result->cursor;
  if (store == NULL)
    return;
  self->selecting = TRUE;
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       result->page->pdata, result->page->len);
  self->selecting = FALSE;
}

static void
on_search_done (GObject      *source,
                GAsyncResult *async_result,
                gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(PaWindow) self = request->window;
  g_autoptr(PaSearchResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = pa_store_search_finish (PA_STORE (source), async_result, &error);
  if (self->search == NULL || request->generation != self->search->generation)
    {
      g_free (request);
      return;  /* an older query, or the window is gone */
    }
  if (request->more)
    self->search->loading_more = FALSE;

  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *title =
            /* Translators: %s explains why, e.g. "The disk is full." */
            g_strdup_printf (_("The list of agreements cannot be read: %s"), error->message);

          _pa_window_show_toast (self, title);
        }
    }
  else if (request->more)
    append_page (self, result);
  else
    show_first_page (self, result, request->new_query);
  g_free (request);
}

static void
start_search (PaWindow *self,
              gboolean  new_query,
              gboolean  more)
{
  PaWindowSearch *search = self->search;
  Request *request = g_new0 (Request, 1);

  if (!more)
    {
      g_cancellable_cancel (search->cancellable);
      g_clear_object (&search->cancellable);
      search->cancellable = g_cancellable_new ();
      search->generation++;
      search->loading_more = FALSE;
      /* No next page of the old words for the new ones. */
      search->cursor.done = TRUE;
    }
  request->window = g_object_ref (self);
  request->generation = search->generation;
  request->new_query = new_query;
  request->more = more;
  pa_store_search_async (self->store, self->query, more ? &search->cursor : NULL,
                         SEARCH_PAGE, more ? 0 : SEARCH_CAP, search->cancellable,
                         on_search_done, request);
}

/**
 * _pa_window_search_reload:
 * @new_query: %TRUE when the words changed: the results start at the top
 *   with nothing selected; %FALSE to refresh them after a save
 *
 * Shows the results of self->query, or the plain list when it is %NULL.
 */
void
_pa_window_search_reload (PaWindow *self,
                          gboolean  new_query)
{
  if (self->query == NULL || self->store == NULL)
    {
      g_cancellable_cancel (self->search->cancellable);
      self->search->generation++;
      self->search->cursor.done = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self->search->count_label), FALSE);
      return;
    }
  start_search (self, new_query, FALSE);
}

/* Near the end of the results, the next page. */
static void
on_list_scrolled (GtkAdjustment *adjustment,
                  PaWindow      *self)
{
  PaWindowSearch *search = self->search;
  double end = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);

  if (self->query == NULL || search->loading_more || search->cursor.done ||
      end < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
    return;
  search->loading_more = TRUE;
  start_search (self, FALSE, TRUE);
}

void
_pa_window_init_search (PaWindow *self)
{
  PaWindowSearch *search = g_new0 (PaWindowSearch, 1);
  PaSearchCursor init = PA_SEARCH_CURSOR_INIT;

  search->cursor = init;
  search->cursor.done = TRUE;
  search->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (search->count_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (search->count_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (search->count_label), 4);
  gtk_widget_add_css_class (GTK_WIDGET (search->count_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (search->count_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (search->count_label), FALSE);
  gtk_box_insert_child_after (GTK_BOX (self->sidebar), GTK_WIDGET (search->count_label),
                              GTK_WIDGET (self->search_bar));
  self->search = search;

  g_signal_connect_object (list_vadjustment (self), "value-changed",
                           G_CALLBACK (on_list_scrolled), self, 0);
}

void
_pa_window_dispose_search (PaWindow *self)
{
  if (self->search == NULL)
    return;
  g_cancellable_cancel (self->search->cancellable);
  g_clear_object (&self->search->cancellable);
  g_clear_pointer (&self->search, g_free);
}
