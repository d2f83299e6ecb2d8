/* pa-window-status.c: the draft list's status filter and the follow-ups due this week
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under the search bar: a status dropdown that filters the list (an
 * agreed placement whose start date has come counts as active, as
 * pa_agreement_status_for_date says), and the follow-ups dated this
 * week (Monday to Sunday), each a button that opens its agreement.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-revision-diff.h"
#include "core/pa-wording.h"
#include "pa-labels.h"
#include "pa-window-private.h"

#define DROPDOWN_KEY "pa-status-dropdown"
#define MODEL_KEY "pa-status-model"
#define DUE_KEY "pa-due-box"
#define BASE_KEY "pa-status-base"
#define DUE_CANCEL_KEY "pa-due-cancellable"
#define MAX_DUE_SHOWN 5

/* The dropdown's items: index 0 is every status. */
static const char *
wanted_status (PaWindow *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (self), DROPDOWN_KEY);
  guint index = dropdown ? gtk_drop_down_get_selected (dropdown) : 0;

  if (index == 0 || index == GTK_INVALID_LIST_POSITION)
    return NULL;
  return pa_agreement_statuses[index - 1];
}

static gboolean
status_matches (gpointer item,
                gpointer user_data)
{
  PaDraftSummary *summary = item;
  const char *wanted = wanted_status (user_data);

  if (wanted == NULL)
    return TRUE;
  return g_strcmp0 (pa_agreement_status_for_date (pa_draft_summary_get_status (summary),
                                                  pa_draft_summary_get_start_date (summary), NULL),
                    wanted) == 0;
}

/**
 * _pa_window_filter_status:
 *
 * Returns: (transfer none): @model as the status filter shows it: @model
 *   itself while every status is shown, and the whole list (a
 *   #PaDraftList) itself, filtered in the store; search results through a
 *   #GtkFilterListModel
 */
GListModel *
_pa_window_filter_status (PaWindow   *self,
                          GListModel *model)
{
  GtkFilterListModel *filtered = g_object_get_data (G_OBJECT (self), MODEL_KEY);

  g_object_set_data_full (G_OBJECT (self), BASE_KEY, model ? g_object_ref (model) : NULL,
                          g_object_unref);
  /* The whole list filters in the store, a page at a time. */
  if (PA_IS_DRAFT_LIST (model))
    {
      PaDraftList *drafts = PA_DRAFT_LIST (model);
      g_autoptr(GError) error = NULL;

      if (filtered != NULL)
        gtk_filter_list_model_set_model (filtered, NULL);
      if (g_strcmp0 (pa_draft_list_get_status (drafts), wanted_status (self)) != 0 &&
          !pa_draft_list_set_status (drafts, wanted_status (self), &error))
        {
          g_autofree char *title =
            /* Translators: %s explains why, e.g. "The disk is full." */
            g_strdup_printf (_("The list of agreements cannot be read: %s"), error->message);

          _pa_window_show_toast (self, title);
        }
      return model;
    }
  if (wanted_status (self) == NULL || model == NULL)
    {
      if (filtered != NULL)
        gtk_filter_list_model_set_model (filtered, NULL);
      return model;
    }
  if (filtered == NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (status_matches, self, NULL);

      filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
      g_object_set_data_full (G_OBJECT (self), MODEL_KEY, filtered, g_object_unref);
    }
  gtk_filter_list_model_set_model (filtered, model);
  gtk_filter_changed (gtk_filter_list_model_get_filter (filtered), GTK_FILTER_CHANGE_DIFFERENT);
  return G_LIST_MODEL (filtered);
}

/**
 * _pa_window_get_list_store:
 *
 * Returns: (transfer none) (nullable): the list's own store of drafts,
 *   under the status filter, for paging and row updates; %NULL before the
 *   list has one
 */
GListStore *
_pa_window_get_list_store (PaWindow *self)
{
  GListModel *base = g_object_get_data (G_OBJECT (self), BASE_KEY);

  if (base == NULL)
    base = gtk_single_selection_get_model (self->selection);
  return G_IS_LIST_STORE (base) ? G_LIST_STORE (base) : NULL;
}

static void
on_status_selected (PaWindow *self)
{
  GListModel *base = g_object_get_data (G_OBJECT (self), BASE_KEY);

  if (base == NULL)
    return;
  self->selecting = TRUE;
  gtk_single_selection_set_model (self->selection, _pa_window_filter_status (self, base));
  self->selecting = FALSE;
  if (self->query == NULL)
    _pa_window_select_draft (self, self->autosave ? pa_agreement_get_id (pa_autosave_get_agreement (self->autosave)) : NULL);
}

static void
on_due_clicked (GtkButton *button,
                PaWindow  *self)
{
  pa_window_open_draft (self, g_object_get_data (G_OBJECT (button), "id"));
}

static char *
due_text (PaDueFollowUp *due)
{
  g_autoptr(GDate) date = g_date_new ();
  g_autofree char *numeric = pa_wording_date_numeric (due->date);
  int h = 0, m = 0;
  g_autofree char *time = NULL;

  g_date_set_parse (date, due->date);
  if (due->time != NULL && sscanf (due->time, "%d:%d", &h, &m) == 2)
    time = pa_wording_time (h * 60 + m);
  /* Translators: a follow-up this week in the list: "man. 2.3.2026 10.00 · Amina Hassan · phone" */
  return g_strdup_printf (_("%s %s %s · %s · %s"),
                          g_date_valid (date) ? pa_wording_weekday_short (g_date_get_weekday (date)) : "",
                          numeric, time ? time : "",
                          due->citizen_name ? due->citizen_name : _("No name"),
                          pa_revision_diff_choice_label (due->kind));
}

static void
week_bounds (char **from,
             char **to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now));
  g_autoptr(GDateTime) sunday = g_date_time_add_days (monday, 6);

  *from = g_date_time_format (monday, "%Y-%m-%d");
  *to = g_date_time_format (sunday, "%Y-%m-%d");
}

/* Fills the "this week" box with what the store found. */
static void
fill_due_box (PaWindow  *self,
              GPtrArray *due,
              guint      total)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (self), DUE_KEY);
  GtkWidget *child;

  while ((child = gtk_widget_get_last_child (box)) != gtk_widget_get_first_child (box))
    gtk_box_remove (GTK_BOX (box), child);

  /* A big office has hundreds a week: the first few, then how many
   * more (a box of hundreds of buttons pushed the list off the screen
   * and cost the first frame 0.4 s at 10,000 drafts). */
  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      PaDueFollowUp *item = g_ptr_array_index (due, i);
      g_autofree char *text = due_text (item);
      GtkWidget *button = gtk_button_new_with_label (text);

      gtk_widget_add_css_class (button, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), PANGO_ELLIPSIZE_END);
      g_object_set_data_full (G_OBJECT (button), "id", g_strdup (item->id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_due_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  if (due != NULL && total > due->len)
    {
      guint more = total - due->len;
      g_autofree char *text =
        /* Translators: under the first follow-ups of this week in the list */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more this week", "and %u more this week", more),
                         more);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_start (label, 12);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_visible (box, due != NULL && due->len > 0);
}

typedef struct {
  PaWindow     *window;       /* (unowned): disposing it cancels */
  GCancellable *cancellable;
} DueRead;

static void
on_due_read (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DueRead *read = user_data;
  g_autoptr(PaDueResult) due = NULL;
  g_autoptr(GError) error = NULL;

  due = pa_store_list_follow_ups_due_finish (PA_STORE (source), result, &error);
  /* The box is a help, not the list: when it cannot be read it is not
   * shown, and the list says what is wrong if the file is. */
  if (!g_cancellable_is_cancelled (read->cancellable))
    fill_due_box (read->window, due ? due->due : NULL, due ? due->total : 0);
  g_object_unref (read->cancellable);
  g_free (read);
}

/* Reads the "this week" box again, in a thread: a week at 100,000 drafts
 * has thousands of follow-ups to count, and the list's first frame does
 * not wait for them. */
void
_pa_window_update_follow_ups (PaWindow *self)
{
  GCancellable *cancellable = g_object_get_data (G_OBJECT (self), DUE_CANCEL_KEY);
  g_autofree char *from = NULL, *to = NULL;
  DueRead *read;

  if (g_object_get_data (G_OBJECT (self), DUE_KEY) == NULL)
    return;
  g_cancellable_cancel (cancellable);
  if (self->store == NULL)
    {
      fill_due_box (self, NULL, 0);
      return;
    }

  read = g_new0 (DueRead, 1);
  read->window = self;
  read->cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self), DUE_CANCEL_KEY, g_object_ref (read->cancellable),
                          g_object_unref);
  week_bounds (&from, &to);
  pa_store_list_follow_ups_due_async (self->store, from, to, MAX_DUE_SHOWN, read->cancellable,
                                      on_due_read, read);
}

static GtkWidget *
status_dropdown (PaWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  /* Translators: the status filter of the list: every status */
  gtk_string_list_append (labels, _("All Statuses"));
  for (guint i = 0; pa_agreement_statuses[i] != NULL; i++)
    gtk_string_list_append (labels, pa_labels_status (pa_agreement_statuses[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_tooltip_text (dropdown, _("Show the agreements with this status"));
  /* GTK 4.8 leaves the drop-down's own button without a name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status filter"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (dropdown)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status filter"), -1);
  g_object_set_data (G_OBJECT (self), DROPDOWN_KEY, dropdown);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (on_status_selected), self);
  return dropdown;
}

/* Puts the filter and the week's follow-ups under the search bar. */
void
_pa_window_init_status (PaWindow *self)
{
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *due = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_label_new (_("Follow-ups This Week"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (due), heading);
  gtk_widget_set_visible (due, FALSE);
  g_object_set_data (G_OBJECT (self), DUE_KEY, due);

  gtk_box_append (GTK_BOX (block), status_dropdown (self));
  gtk_box_append (GTK_BOX (block), due);
  g_object_set (block, "margin-start", 6, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_box_insert_child_after (GTK_BOX (self->sidebar), block, GTK_WIDGET (self->search_bar));
}

/* A read still on its way finds the window gone: it is dropped. */
void
_pa_window_dispose_status (PaWindow *self)
{
  g_cancellable_cancel (g_object_get_data (G_OBJECT (self), DUE_CANCEL_KEY));
  g_object_set_data (G_OBJECT (self), DUE_KEY, NULL);
}
