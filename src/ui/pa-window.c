/* pa-window.c: the main window, the draft list beside the editor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows summaries straight from the store (a GListModel, so the
 * list view only makes rows for what is on screen, even with 10,000
 * drafts). The open draft is edited in place and written by a PaAutosave;
 * when a save lands, the list is told so its row shows the new text.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "store/pa-draft-summary.h"

#include "pa-resources.h"
#include "pa-draft-row.h"
#include "pa-editor.h"
#include "pa-review-window.h"
#include "pa-widget-util.h"
#include "pa-window-private.h"

/* Below this width (in pixels at normal text size) an open agreement
 * takes the whole window and the list folds away: the editor needs the
 * room for its steps and the page. */
#define FOLD_BELOW_WIDTH 1200
/* From 125 % text up, the list folds away at any width. */
#define FOLD_FROM_SCALE  1.2

G_DEFINE_FINAL_TYPE (PaWindow, pa_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toasts */

static void
on_toast_dismissed (AdwToast *toast,
                    PaWindow *self)
{
  if (self->last_toast == toast)
    self->last_toast = NULL;
}

void
pa_window_add_toast (PaWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (PA_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  self->last_toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_pa_window_show_toast (PaWindow   *self,
                       const char *title)
{
  pa_window_add_toast (self, adw_toast_new (title));
}

/* Only a folded window moves between the list and the editor; unfolded,
 * both are on screen and the keyboard focus stays where it is. */
void
_pa_window_show_page (PaWindow  *self,
                      GtkWidget *page)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, page);
}

/* Room for the content: the list folds away */

static double
text_scale (PaWindow *self)
{
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  return dpi > 0 ? dpi / (96.0 * 1024) : 1.0;
}

static gboolean
pa_window_wants_fold (PaWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->autosave == NULL)
    return FALSE;
  return text_scale (self) >= FOLD_FROM_SCALE || (width > 0 && width < FOLD_BELOW_WIDTH);
}

static gboolean
apply_fold (gpointer data)
{
  PaWindow *self = data;
  gboolean fold = pa_window_wants_fold (self);

  self->fold_source = 0;
  if (fold == !adw_leaflet_get_can_unfold (self->leaflet))
    return G_SOURCE_REMOVE;

  adw_leaflet_set_can_unfold (self->leaflet, !fold);
  if (fold)
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  return G_SOURCE_REMOVE;
}

/**
 * _pa_window_update_fold:
 *
 * With an agreement open, the list folds away when the window is narrow
 * or the text large, and comes back with the back button, Alt+Left or
 * F9. Decided after the current layout, never during it.
 */
void
_pa_window_update_fold (PaWindow *self)
{
  if (self->fold_source == 0 && pa_window_wants_fold (self) == adw_leaflet_get_can_unfold (self->leaflet))
    self->fold_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_fold, self, NULL);
}

static void
pa_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GTK_WIDGET_CLASS (pa_window_parent_class)->size_allocate (widget, width, height, baseline);
  _pa_window_update_fold (PA_WINDOW (widget));
}

/* Accessible names, read once */

static gboolean
tidy_names (gpointer data)
{
  PaWindow *self = data;

  self->tidy_source = 0;
  pa_widget_tidy_accessible_names (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* After new widgets (an agreement opened, a row added), once. */
void
_pa_window_queue_tidy (PaWindow *self)
{
  if (self->tidy_source == 0)
    self->tidy_source = g_idle_add (tidy_names, self);
}

/* The draft list */

/* The list shows the rows of a tall screen (rows are 70 px) in the first
 * frame, a few screens more right after it, and more as the user scrolls
 * near the end: GTK 4.8's list view makes a row widget for each item up
 * to 200, and 200 rows cost 4 MB and 0.1 s. */
#define FIRST_ROWS 16
#define MORE_ROWS  50

static const char *
open_draft_id (PaWindow *self)
{
  if (self->autosave == NULL)
    return NULL;
  return pa_agreement_get_id (pa_autosave_get_agreement (self->autosave));
}

/* Selects @id (nullable: nothing) without opening it, and scrolls to it. */
void
_pa_window_select_draft (PaWindow   *self,
                         const char *id)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = model ? g_list_model_get_n_items (model) : 0;
  guint position = GTK_INVALID_LIST_POSITION;

  /* The whole list: the store knows where, and it is shown if it is
   * further down than the rows shown; search results are few. */
  if (id != NULL && PA_IS_DRAFT_LIST (model))
    {
      position = pa_draft_list_find (PA_DRAFT_LIST (model), id, NULL);
      if (position != G_MAXUINT && position >= n)
        {
          self->selecting = TRUE;
          pa_draft_list_show_more (PA_DRAFT_LIST (model), position - n + FIRST_ROWS, NULL);
          self->selecting = FALSE;
        }
      if (position >= g_list_model_get_n_items (model))
        position = GTK_INVALID_LIST_POSITION;
    }
  else
    for (guint i = 0; id != NULL && i < n; i++)
      {
        g_autoptr(PaDraftSummary) summary = g_list_model_get_item (model, i);

        if (g_strcmp0 (pa_draft_summary_get_id (summary), id) == 0)
          {
            position = i;
            break;
          }
      }

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->draft_list), "list.scroll-to-item",
                                "u", position);
}

/* @select_open: whether to select the open draft; search results of a
 * new query select nothing until the user moves (pa-window-search.c). */
void
_pa_window_set_list_model (PaWindow   *self,
                           GListModel *model,
                           gboolean    select_open)
{
  guint n = g_list_model_get_n_items (model);

  self->selecting = TRUE;
  gtk_single_selection_set_model (self->selection, _pa_window_filter_status (self, model));
  self->selecting = FALSE;

  _pa_window_select_draft (self, select_open ? open_draft_id (self) : NULL);
  /* The week's follow-ups do not depend on the query: not once a key. */
  if (self->query == NULL)
    _pa_window_update_follow_ups (self);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->sidebar_stack,
                                      self->query ? "no-results" : "empty");
}

static void
on_drafts_read_failed (PaWindow     *self,
                       const GError *error)
{
  g_autofree char *title =
    /* Translators: %s explains why, e.g. "The disk is full." */
    g_strdup_printf (_("The list of agreements cannot be read: %s"), error->message);

  _pa_window_show_toast (self, title);
}

/* The list shows the rows of a tall screen (rows are 70 px) in the first
 * frame, a few screens more right after it, and more as the user scrolls
 * near the end: GTK 4.8's list view makes a row widget for each item up
 * to 200, and 200 rows cost 4 MB and 0.1 s. */

static gboolean
show_more_drafts (gpointer user_data)
{
  PaWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->list_loader_id = 0;
  if (self->drafts == NULL)
    return G_SOURCE_REMOVE;
  self->selecting = TRUE;
  ok = pa_draft_list_show_more (self->drafts, MORE_ROWS, &error);
  self->selecting = FALSE;
  if (!ok)
    on_drafts_read_failed (self, error);
  return G_SOURCE_REMOVE;
}

/* Near the end of the rows shown, more (search results do the same in
 * pa-window-search.c). */
static void
on_list_scrolled (GtkAdjustment *adjustment,
                  PaWindow      *self)
{
  double end = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);

  if (self->query != NULL || self->drafts == NULL || self->list_loader_id != 0 ||
      !pa_draft_list_get_has_more (self->drafts) ||
      end < gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
    return;
  self->list_loader_id = g_idle_add (show_more_drafts, self);
}


/* The list of the store's drafts: made once a store, read again on
 * each reload, a page at a time (PaDraftList). */
static PaDraftList *
ensure_draft_list (PaWindow *self)
{
  if (self->drafts == NULL)
    {
      self->drafts = pa_draft_list_new (self->store, FIRST_ROWS);
      g_signal_connect_object (self->drafts, "read-failed",
                               G_CALLBACK (on_drafts_read_failed), self, G_CONNECT_SWAPPED);
    }
  return self->drafts;
}

static void
pa_window_drop_draft_list (PaWindow *self)
{
  g_clear_handle_id (&self->list_loader_id, g_source_remove);
  if (self->drafts != NULL)
    g_signal_handlers_disconnect_by_data (self->drafts, self);
  g_clear_object (&self->drafts);
}

void
_pa_window_reload_list (PaWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  PaDraftList *drafts;
  gboolean ok;

  if (self->store == NULL)
    return;

  /* Search results come from a thread, a page at a time. */
  if (self->query != NULL)
    {
      _pa_window_search_reload (self, FALSE);
      return;
    }

  drafts = ensure_draft_list (self);
  pa_draft_list_set_today (drafts, today);
  self->selecting = TRUE;
  ok = pa_draft_list_reload (drafts, &error);
  self->selecting = FALSE;
  if (!ok)
    {
      on_drafts_read_failed (self, error);
      return;
    }

  _pa_window_set_list_model (self, G_LIST_MODEL (drafts), TRUE);
  /* A few screens more once the first frame is drawn. */
  if (pa_draft_list_get_has_more (drafts) &&
      g_list_model_get_n_items (G_LIST_MODEL (drafts)) <= FIRST_ROWS && self->list_loader_id == 0)
    self->list_loader_id = g_idle_add_full (G_PRIORITY_LOW, show_more_drafts, self, NULL);
}

/* A save landed: read the first row again when the draft already is the
 * first one, as it is while it is being edited; else the list anew. */
static void
pa_window_refresh_open_row (PaWindow *self)
{
  GListModel *model = G_LIST_MODEL (self->drafts);
  PaAgreement *agreement = pa_autosave_get_agreement (self->autosave);
  g_autoptr(PaDraftSummary) first = NULL;

  if (self->query == NULL && model != NULL &&
      gtk_single_selection_get_model (self->selection) == model &&
      g_list_model_get_n_items (model) > 0 &&
      (first = g_list_model_get_item (model, 0)) != NULL &&
      g_strcmp0 (pa_draft_summary_get_id (first), pa_agreement_get_id (agreement)) == 0)
    {
      self->selecting = TRUE;
      pa_draft_list_refresh (self->drafts, 0, 1);
      self->selecting = FALSE;
      _pa_window_select_draft (self, pa_agreement_get_id (agreement));
      return;
    }

  _pa_window_reload_list (self);
}

static void
on_draft_item_setup (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     PaWindow                 *self)
{
  gtk_list_item_set_child (item, pa_draft_row_new ());
}

static void
on_draft_item_bind (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    PaWindow                 *self)
{
  pa_draft_row_set_summary (PA_DRAFT_ROW (gtk_list_item_get_child (item)),
                            gtk_list_item_get_item (item));
}

static void
on_draft_item_unbind (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      PaWindow                 *self)
{
  pa_draft_row_set_summary (PA_DRAFT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Two windows editing one draft would overwrite each other's changes. */
static PaWindow *
find_window_with_draft (PaWindow   *self,
                        const char *id)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (l->data != self && PA_IS_WINDOW (l->data) &&
        PA_WINDOW (l->data)->store == self->store &&
        g_strcmp0 (open_draft_id (l->data), id) == 0)
      return l->data;

  return NULL;
}

static void
on_selection_changed (PaWindow *self)
{
  PaDraftSummary *summary;
  PaWindow *other;
  const char *id;

  if (self->selecting)
    return;

  summary = gtk_single_selection_get_selected_item (self->selection);
  if (summary == NULL)
    return;

  id = pa_draft_summary_get_id (summary);
  if (g_strcmp0 (id, open_draft_id (self)) == 0)
    return;

  if ((other = find_window_with_draft (self, id)) != NULL)
    {
      _pa_window_select_draft (self, open_draft_id (self));
      gtk_window_present (GTK_WINDOW (other));
      return;
    }

  if (pa_window_open_draft (self, id))
    _pa_window_show_page (self, self->content_box);
}

/* Enter or a double click on the open agreement shows it again. */
static void
on_draft_activated (PaWindow *self,
                    guint     position)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  g_autoptr(PaDraftSummary) summary = model ? g_list_model_get_item (model, position) : NULL;

  if (summary != NULL && pa_window_open_draft (self, pa_draft_summary_get_id (summary)))
    _pa_window_show_page (self, self->content_box);
}

/* Search */

static void
on_search_changed (PaWindow *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (*query == '\0')
    g_clear_pointer (&query, g_free);
  if (g_strcmp0 (query, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  if (self->query != NULL)
    _pa_window_search_reload (self, TRUE);
  else
    {
      _pa_window_search_reload (self, FALSE);
      _pa_window_reload_list (self);
    }
}

void
_pa_window_clear_search (PaWindow *self)
{
  g_clear_pointer (&self->query, g_free);
  _pa_window_search_reload (self, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* The open draft */

static void
pa_window_update_title (PaWindow *self)
{
  PaAgreement *agreement = self->autosave ? pa_autosave_get_agreement (self->autosave) : NULL;
  const char *citizen = NULL;
  const char *company = NULL;

  if (agreement != NULL)
    {
      citizen = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (agreement)), "name");
      company = pa_record_get_string (PA_RECORD (pa_agreement_get_company (agreement)), "name");
      if (citizen == NULL)
        citizen = _("Unnamed citizen");
    }

  adw_window_title_set_title (self->content_title, citizen ? citizen : "");
  adw_window_title_set_subtitle (self->content_title, company ? company : "");
}

static void
pa_window_update_save_error (PaWindow *self)
{
  const char *error = self->autosave ? pa_autosave_get_error (self->autosave) : NULL;
  g_autofree char *text = NULL;
  gboolean read_only = self->store != NULL && pa_store_is_read_only (self->store);

  gtk_info_bar_set_message_type (self->save_error_bar,
                                 read_only ? GTK_MESSAGE_WARNING : GTK_MESSAGE_ERROR);
  if (read_only)
    {
      /* Read-only media: say so before anything is typed, not at the
       * first failed save. */
      gtk_label_set_label (self->save_error_label,
                           _("These agreements are opened read-only, because the file or the disk cannot be written to. Changes you make are not saved."));
      error = "";
    }
  else if (error != NULL)
    {
      /* Translators: %s is the reason, a whole sentence such as "The disk is full." */
      text = g_strdup_printf (_("Your changes cannot be saved. %s They are kept while the app is open, and saving is tried again."),
                              error);
      gtk_label_set_label (self->save_error_label, text);
    }

  gtk_info_bar_set_revealed (self->save_error_bar, error != NULL);
}

static void
on_autosave_dirty_changed (PaWindow *self)
{
  _pa_window_queue_tidy (self);
  if (!pa_autosave_get_dirty (self->autosave))
    pa_window_refresh_open_row (self);
}

static void
on_unsaved_dirty_changed (PaAutosave *autosave,
                          GParamSpec *pspec,
                          PaWindow   *self)
{
  if (pa_autosave_get_dirty (autosave))
    return;

  /* It has been saved after all. */
  g_signal_handlers_disconnect_by_data (autosave, self);
  g_ptr_array_remove (self->unsaved, autosave);
  _pa_window_reload_list (self);
}

/* Keeps a draft whose changes could not be saved until they are, so
 * switching to another draft never loses them. */
static void
pa_window_park_unsaved (PaWindow   *self,
                        PaAutosave *autosave)
{
  g_ptr_array_add (self->unsaved, g_object_ref (autosave));
  g_signal_connect_object (autosave, "notify::dirty",
                           G_CALLBACK (on_unsaved_dirty_changed), self, 0);
}

/* The citizen's earlier placements, for the repeat-placement rule. */
static void
pa_window_find_earlier (PaWindow    *self,
                        PaAgreement *agreement)
{
  g_autoptr(GPtrArray) earlier = NULL;
  g_autoptr(GError) error = NULL;

  earlier = pa_store_find_earlier (self->store, agreement, &error);
  if (earlier == NULL)
    g_debug ("Earlier placements not found: %s", error->message);
  pa_editor_set_earlier (self->editor, earlier);
}

/**
 * _pa_window_ensure_editor:
 *
 * The editor is a large widget tree; it is made when the first draft
 * opens, so that the list is on screen sooner.
 */
PaEditor *
_pa_window_ensure_editor (PaWindow *self)
{
  if (self->editor == NULL)
    {
      self->editor = PA_EDITOR (pa_editor_new ());
      /* Step 9's status page scrolls with its page, not in a box of its own. */
      pa_widget_unscroll_inner (GTK_WIDGET (self->editor));
      adw_bin_set_child (self->editor_slot, GTK_WIDGET (self->editor));
    }
  return self->editor;
}

/* Makes the editor hand over what is typed but not yet in the model. */
void
_pa_window_commit_editor (PaWindow *self)
{
  if (self->editor != NULL)
    pa_editor_commit (self->editor);
}

void
_pa_window_close_draft (PaWindow *self,
                        gboolean  flush)
{
  g_autoptr(PaAutosave) autosave = g_steal_pointer (&self->autosave);
  PaAgreement *agreement;

  if (autosave == NULL)
    return;

  agreement = pa_autosave_get_agreement (autosave);
  g_signal_handlers_disconnect_by_data (autosave, self);
  g_signal_handlers_disconnect_by_data (pa_agreement_get_citizen (agreement), self);
  g_signal_handlers_disconnect_by_data (pa_agreement_get_company (agreement), self);

  if (flush)
    _pa_window_commit_editor (self);
  if (flush && !pa_autosave_flush (autosave, NULL))
    {
      pa_window_park_unsaved (self, autosave);
      _pa_window_show_toast (self, _("The changes to the previous agreement are not saved yet. Saving is retried."));
    }

  if (self->editor != NULL)
    pa_editor_set_agreement (self->editor, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  pa_window_update_title (self);
  pa_window_update_save_error (self);
  _pa_window_update_actions (self);
  _pa_window_update_fold (self);
  _pa_window_queue_tidy (self);
}

void
_pa_window_open_agreement (PaWindow    *self,
                           PaAgreement *agreement)
{
  const char *id = pa_agreement_get_id (agreement);

  if (g_strcmp0 (id, open_draft_id (self)) == 0)
    return;

  _pa_window_close_draft (self, TRUE);

  self->autosave = pa_autosave_new (self->store, agreement);
  g_signal_connect_object (self->autosave, "notify::dirty",
                           G_CALLBACK (on_autosave_dirty_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "notify::error",
                           G_CALLBACK (pa_window_update_save_error), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pa_agreement_get_citizen (agreement), "notify::name",
                           G_CALLBACK (pa_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pa_agreement_get_company (agreement), "notify::name",
                           G_CALLBACK (pa_window_update_title), self, G_CONNECT_SWAPPED);

  pa_editor_set_agreement (_pa_window_ensure_editor (self), agreement);
  pa_window_find_earlier (self, agreement);
  gtk_stack_set_visible_child_name (self->content_stack, "editor");
  g_settings_set_string (self->settings, "last-opened-draft", id);

  _pa_window_select_draft (self, id);
  pa_window_update_title (self);
  pa_window_update_save_error (self);
  _pa_window_update_actions (self);
  _pa_window_update_fold (self);
  _pa_window_queue_tidy (self);
}

/**
 * pa_window_open_draft:
 *
 * Loads the draft @id into the editor, after saving the one open before.
 *
 * Returns: %FALSE when it cannot be loaded (the user is told why)
 */
gboolean
pa_window_open_draft (PaWindow   *self,
                      const char *id)
{
  g_autoptr(PaAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (g_strcmp0 (id, open_draft_id (self)) == 0)
    return TRUE;

  agreement = pa_store_load (self->store, id, &error);
  if (agreement == NULL)
    {
      g_autofree char *title =
        /* Translators: %s explains why */
        g_strdup_printf (_("This agreement cannot be opened: %s"), error->message);

      _pa_window_show_toast (self, title);
      _pa_window_select_draft (self, open_draft_id (self));
      return FALSE;
    }

  _pa_window_open_agreement (self, agreement);
  return TRUE;
}

/* Closing */

static void
pa_window_save_state (PaWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static void
pa_window_restore_state (PaWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Saves the open draft and any left behind; the first failure is kept. */
static gboolean
pa_window_flush_all (PaWindow  *self,
                     GError   **error)
{
  gboolean ok = TRUE;

  if (self->autosave != NULL)
    {
      _pa_window_commit_editor (self);
      ok = pa_autosave_flush (self->autosave, error);
    }

  for (guint i = self->unsaved->len; i > 0; i--)
    {
      PaAutosave *autosave = g_ptr_array_index (self->unsaved, i - 1);

      if (!pa_autosave_flush (autosave, ok ? error : NULL))
        ok = FALSE;
    }

  return ok;
}

static gboolean
close_after_dialog (gpointer data)
{
  g_autoptr(PaWindow) self = data;

  self->force_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_close_dialog_response (AdwMessageDialog *dialog,
                          const char       *response,
                          PaWindow         *self)
{
  /* Not from inside the response: closing the window destroys the
   * dialog, which is still emitting it. */
  if (g_strcmp0 (response, "close") == 0)
    g_idle_add (close_after_dialog, g_object_ref (self));
}

static void
pa_window_ask_close_unsaved (PaWindow     *self,
                             const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Close Without Saving?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s explains why, e.g. "The disk is full." */
                                  _("Your latest changes cannot be saved: %s\n\nIf you close the window now, they are lost."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Open"),
                                    "close", _("_Close and Lose Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
pa_window_close_request (GtkWindow *window)
{
  PaWindow *self = PA_WINDOW (window);
  g_autoptr(GError) error = NULL;

  pa_window_save_state (self);

  if (!self->force_close && !pa_window_flush_all (self, &error))
    {
      pa_window_ask_close_unsaved (self, error);
      return GDK_EVENT_STOP;
    }

  return GTK_WINDOW_CLASS (pa_window_parent_class)->close_request (window);
}

/* GObject */

static void
on_back_clicked (PaWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-list", NULL);
}

static void
on_forward_clicked (PaWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-agreement", NULL);
}

static void
pa_window_dispose (GObject *object)
{
  PaWindow *self = PA_WINDOW (object);

  pa_window_drop_draft_list (self);
  _pa_window_dispose_search (self);
  _pa_window_dispose_status (self);
  if (self->autosave != NULL)
    _pa_window_close_draft (self, FALSE);
  g_clear_handle_id (&self->fold_source, g_source_remove);
  g_clear_handle_id (&self->tidy_source, g_source_remove);
  _pa_window_dispose_batch (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_WINDOW);

  if (self->unsaved != NULL)
    for (guint i = 0; i < self->unsaved->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->unsaved, i), self);
  g_clear_pointer (&self->unsaved, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (pa_window_parent_class)->dispose (object);
}

/* The shortcuts window lays its groups out anew when it is shown. */
static void
on_help_overlay_map (GtkWidget *overlay)
{
  pa_widget_tidy_key_labels (overlay);
}

/* The application gives the window its shortcuts window as it adds it. */
static void
on_application_changed (PaWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL && g_signal_handler_find (overlay, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                                on_help_overlay_map, NULL) == 0)
    g_signal_connect (overlay, "map", G_CALLBACK (on_help_overlay_map), NULL);
}

static void
pa_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PaWindow *self = PA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PaWindow *self = PA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pa_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_window_class_init (PaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pa_window_dispose;
  object_class->get_property = pa_window_get_property;
  object_class->set_property = pa_window_set_property;
  window_class->close_request = pa_window_close_request;
  widget_class->size_allocate = pa_window_size_allocate;

  /**
   * PaWindow:store:
   *
   * The drafts database; %NULL while it is being opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PA_TYPE_EDITOR);

  /* Referencing the resources links them in from the static library;
   * their constructor registers them. */
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, draft_list);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, draft_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, forward_button);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, save_error_bar);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PaWindow, editor_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_forward_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_item_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_item_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_item_unbind);

  _pa_window_class_init_actions (widget_class);
  _pa_window_class_init_documents (widget_class);
  pa_review_window_install_action (widget_class);
  _pa_window_class_init_pdf (widget_class);
  _pa_window_class_init_batch (widget_class);
  _pa_window_class_init_calendar (widget_class);
  _pa_window_class_init_meeting (widget_class);
}

static void
pa_window_init (PaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unsaved = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = g_settings_new (APP_ID);
  pa_window_restore_state (self);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->draft_list, GTK_SELECTION_MODEL (self->selection));

  _pa_window_init_documents (self);
  _pa_window_init_batch (self);
  _pa_window_init_status (self);
  _pa_window_init_search (self);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->draft_list)),
                           "value-changed", G_CALLBACK (on_list_scrolled), self, 0);

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (_pa_window_update_fold), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (_pa_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (_pa_window_update_actions), self, G_CONNECT_SWAPPED);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));

  gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  _pa_window_update_actions (self);
  _pa_window_queue_tidy (self);
}

PaWindow *
pa_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (PA_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

PaStore *
pa_window_get_store (PaWindow *self)
{
  g_return_val_if_fail (PA_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * pa_window_set_store:
 *
 * Shows the drafts of @store, and reopens the draft that was open when
 * the app was last closed.
 */
void
pa_window_set_store (PaWindow *self,
                     PaStore  *store)
{
  g_autofree char *last = NULL;

  g_return_if_fail (PA_IS_WINDOW (self));
  g_return_if_fail (store == NULL || PA_IS_STORE (store));

  if (self->store == store)
    return;

  _pa_window_close_draft (self, TRUE);
  pa_window_drop_draft_list (self);
  g_set_object (&self->store, store);
  if (store == NULL)
    {
      /* The rows of a store let go of (a damaged file) go with it. */
      self->selecting = TRUE;
      gtk_single_selection_set_model (self->selection, _pa_window_filter_status (self, NULL));
      self->selecting = FALSE;
    }
  _pa_window_reload_list (self);
  pa_window_update_save_error (self);

  last = g_settings_get_string (self->settings, "last-opened-draft");
  if (store != NULL && *last != '\0' && pa_store_contains (store, last) &&
      find_window_with_draft (self, last) == NULL)
    pa_window_open_draft (self, last);

  _pa_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Test access, see pa-window-private.h. */

PaWindow *
pa_window_new_for_store (GtkApplication *application,
                         PaStore        *store)
{
  return g_object_new (PA_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

PaEditor *
pa_window_get_editor (PaWindow *self)
{
  return _pa_window_ensure_editor (self);
}

GListModel *
pa_window_get_draft_model (PaWindow *self)
{
  return gtk_single_selection_get_model (self->selection);
}

PaAutosave *
pa_window_get_autosave (PaWindow *self)
{
  return self->autosave;
}

GtkEditable *
pa_window_get_search_entry (PaWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

const char *
pa_window_get_sidebar_page (PaWindow *self)
{
  return gtk_stack_get_visible_child_name (self->sidebar_stack);
}

AdwToast *
pa_window_get_last_toast (PaWindow *self)
{
  return self->last_toast;
}

GtkInfoBar *
pa_window_get_save_error_bar (PaWindow *self)
{
  return self->save_error_bar;
}

gboolean
pa_window_get_list_beside (PaWindow *self)
{
  return !adw_leaflet_get_folded (self->leaflet);
}

gboolean
pa_window_get_list_visible (PaWindow *self)
{
  return !adw_leaflet_get_folded (self->leaflet) ||
         adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
}
