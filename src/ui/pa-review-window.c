/* pa-review-window.c: "Review a Description": free text judged on the seven points
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A consultant often receives a description the company typed into VITAS
 * itself and must judge it in a minute. Pasted, typed or opened from a
 * text file, the text is judged on the seven points of a good description
 * from the text alone (pa_checklist_review_text()) a moment after each
 * edit: the sentences that count are highlighted, the questions for what
 * is missing are listed, and the names found are said.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/pa-checklist.h"

#include "pa-resources.h"
#include "pa-review-window.h"

struct _PaReviewWindow
{
  AdwWindow          parent_instance;

  PaChecklistReport *report;
  guint              judge_source;
  GtkFileChooserNative *chooser;

  GtkLabel          *error_label;
  GtkTextView       *text_view;
  GtkLabel          *score_label;
  GtkLabel          *names_label;
  GtkListBox        *items_list;
};

G_DEFINE_FINAL_TYPE (PaReviewWindow, pa_review_window, ADW_TYPE_WINDOW)

static GtkTextBuffer *
buffer_of (PaReviewWindow *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static char *
buffer_text (PaReviewWindow *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (self), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (self), &start, &end, FALSE);
}

/* Highlighting */

/* The iter at byte @offset of @text, the buffer's text. */
static void
iter_at_byte (GtkTextBuffer *buffer,
              const char    *text,
              int            offset,
              GtkTextIter   *iter)
{
  int len = strlen (text);

  offset = CLAMP (offset, 0, len);
  gtk_text_buffer_get_iter_at_offset (buffer, iter, g_utf8_pointer_to_offset (text, text + offset));
}

static void
tag_range (GtkTextBuffer *buffer,
           const char    *text,
           const char    *tag,
           int            start,
           int            end)
{
  GtkTextIter from, to;

  if (start < 0 || end <= start)
    return;
  iter_at_byte (buffer, text, start, &from);
  iter_at_byte (buffer, text, end, &to);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &from, &to);
}

static void
highlight (PaReviewWindow *self,
           const char     *text)
{
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "evidence", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "name", &start, &end);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      GPtrArray *evidence = self->report->items[i].evidence;

      for (guint j = 0; j < evidence->len; j++)
        {
          PaChecklistEvidence *e = g_ptr_array_index (evidence, j);

          tag_range (buffer, text, "evidence", e->start, e->end);
        }
    }
  for (guint i = 0; self->report->names != NULL && i < self->report->names->len; i++)
    {
      PaChecklistName *name = g_ptr_array_index (self->report->names, i);

      tag_range (buffer, text, "name", name->start, name->end);
    }
}

/* The names found */

static const char *
name_kind (PaChecklistNameKind kind)
{
  switch (kind)
    {
    case PA_CHECKLIST_NAME_CITIZEN:
      /* Translators: a name found in a description: "Amina Hassan (borgeren)" */
      return _("the citizen");
    case PA_CHECKLIST_NAME_COMPANY:
      /* Translators: a name found in a description: "Netto (virksomheden)" */
      return _("the company");
    case PA_CHECKLIST_NAME_CONTACT:
      /* Translators: a name found in a description: "Lars Nielsen (kontaktperson)" */
      return _("contact person");
    }
  return "";
}

static void
show_names (PaReviewWindow *self)
{
  GPtrArray *names = self->report->names;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      PaChecklistName *name = g_ptr_array_index (names, i);
      char *key = g_strdup_printf ("%d:%s", name->kind, name->name);

      if (!g_hash_table_add (seen, key))
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a name found and what it is, "Amina Hassan (borgeren)" */
      g_string_append_printf (text, _("%s (%s)"), name->name, name_kind (name->kind));
    }

  if (text->len == 0)
    gtk_label_set_label (self->names_label,
                         _("No names found. A good description names the citizen, the company and the contact person."));
  else
    {
      /* Translators: %s the names found in a description, with what they are */
      g_autofree char *label = g_strdup_printf (_("Names found: %s."), text->str);

      gtk_label_set_label (self->names_label, label);
    }
}

/* The seven points */

static GtkWidget *
item_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static char *
item_state (const PaChecklistItemResult *item)
{
  guint n = item->evidence->len;

  if (item->ok)
    /* Translators: a point of the review in order, with how many sentences count */
    return g_strdup_printf (ngettext ("In order: %u sentence counts", "In order: %u sentences count", n), n);
  /* Translators: a point of the review that is not in order */
  return g_strdup (_("Not in order"));
}

static GtkWidget *
item_row (const PaChecklistItemResult *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (item->ok ? "object-select-symbolic" : "dialog-warning-symbolic");
  GtkWidget *heading;
  g_autofree char *title = g_strdup_printf (_("%d. %s"), item->id, pa_checklist_item_title (item->id));
  g_autofree char *state = item_state (item);
  g_autoptr(GString) spoken = g_string_new (NULL);

  gtk_widget_add_css_class (icon, item->ok ? "success" : "warning");
  gtk_box_append (GTK_BOX (top), icon);
  heading = item_label (title, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (top), heading);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), item_label (state, "dim-label"));
  g_string_append_printf (spoken, "%s. %s.", title, state);
  for (guint i = 0; i < item->missing->len; i++)
    {
      PaChecklistMissing *m = g_ptr_array_index (item->missing, i);
      g_autofree char *line = g_strdup_printf ("• %s", m->question);

      gtk_box_append (GTK_BOX (box), item_label (line, NULL));
      g_string_append_printf (spoken, " %s", m->question);
    }
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), item->ok);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str,
                                  -1);
  if (item->ok)
    gtk_widget_set_tooltip_text (row, _("Show the first sentence that counts"));
  return row;
}

static void
show_items (PaReviewWindow *self)
{
  GtkWidget *child;
  /* Translators: the score of a reviewed description */
  g_autofree char *score = g_strdup_printf (_("%d of %d points in order"), self->report->score, PA_CHECKLIST_ITEMS);

  gtk_label_set_label (self->score_label, score);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, child);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    gtk_list_box_append (self->items_list, item_row (&self->report->items[i]));
}

/* An item's row: the text goes to its first sentence that counts. */
static void
on_item_activated (PaReviewWindow *self,
                   GtkListBoxRow  *row)
{
  const PaChecklistItemResult *item;
  g_autofree char *text = NULL;
  GtkTextIter from, to;
  int index = gtk_list_box_row_get_index (row);

  if (self->report == NULL || index < 0 || index >= PA_CHECKLIST_ITEMS)
    return;
  item = &self->report->items[index];
  for (guint i = 0; i < item->evidence->len; i++)
    {
      PaChecklistEvidence *e = g_ptr_array_index (item->evidence, i);

      if (e->start < 0)
        continue;
      text = buffer_text (self);
      iter_at_byte (buffer_of (self), text, e->start, &from);
      iter_at_byte (buffer_of (self), text, e->end, &to);
      gtk_text_buffer_select_range (buffer_of (self), &from, &to);
      gtk_text_view_scroll_to_iter (self->text_view, &from, 0.1, FALSE, 0, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }
}

/* Judging */

void
pa_review_window_judge_now (PaReviewWindow *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PA_IS_REVIEW_WINDOW (self));

  g_clear_handle_id (&self->judge_source, g_source_remove);
  text = buffer_text (self);
  g_clear_pointer (&self->report, pa_checklist_report_free);
  self->report = pa_checklist_review_text (text);
  highlight (self, text);
  show_names (self);
  show_items (self);
}

static gboolean
judge_timeout (gpointer data)
{
  PaReviewWindow *self = data;

  self->judge_source = 0;
  pa_review_window_judge_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (PaReviewWindow *self)
{
  g_clear_handle_id (&self->judge_source, g_source_remove);
  self->judge_source = g_timeout_add (PA_REVIEW_WINDOW_DELAY_MS, judge_timeout, self);
}

/* Opening and pasting */

static void
show_error (PaReviewWindow *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
file_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base ? base : "");
}

gboolean
pa_review_window_load_file (PaReviewWindow *self,
                            GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;

  g_return_val_if_fail (PA_IS_REVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = file_name (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("“%s” cannot be read. Check that the file exists and that you may open it."), name);
  else if (length > PA_REVIEW_WINDOW_MAX_BYTES)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("“%s” is too large to be a description (more than 1 MB)."), name);
  else if (memchr (contents, '\0', length) != NULL || !g_utf8_validate (contents, length, NULL))
    /* Translators: %s is a file name; a file that is not text in UTF-8 (a Word file, say) */
    message = g_strdup_printf (_("“%s” is not plain text in UTF-8. Save the description as plain text (UTF-8) and open it again, or copy and paste it."), name);

  show_error (self, message);
  if (message != NULL)
    return FALSE;
  gtk_text_buffer_set_text (buffer_of (self), contents, length);
  pa_review_window_judge_now (self);
  return TRUE;
}

static void
on_chooser_response (PaReviewWindow       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        pa_review_window_load_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PaReviewWindow *self = PA_REVIEW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open a Description"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Text files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_paste_done (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(PaReviewWindow) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text == NULL)
    {
      show_error (self, _("The clipboard holds no text."));
      return;
    }
  show_error (self, NULL);
  gtk_text_buffer_set_text (buffer_of (self), text, -1);
  pa_review_window_judge_now (self);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 on_paste_done, g_object_ref (widget));
}

/* GObject */

static void
pa_review_window_dispose (GObject *object)
{
  PaReviewWindow *self = PA_REVIEW_WINDOW (object);

  g_clear_handle_id (&self->judge_source, g_source_remove);
  g_clear_pointer (&self->report, pa_checklist_report_free);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_REVIEW_WINDOW);

  G_OBJECT_CLASS (pa_review_window_parent_class)->dispose (object);
}

static void
pa_review_window_class_init (PaReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_review_window_dispose;

  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PaReviewWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, PaReviewWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, PaReviewWindow, score_label);
  gtk_widget_class_bind_template_child (widget_class, PaReviewWindow, names_label);
  gtk_widget_class_bind_template_child (widget_class, PaReviewWindow, items_list);

  gtk_widget_class_install_action (widget_class, "review.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "review.paste", NULL, paste_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "review.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
add_tags (GtkTextBuffer *buffer)
{
  GdkRGBA yellow = { 0.96, 0.83, 0.18, 0.40 };

  gtk_text_buffer_create_tag (buffer, "evidence", "background-rgba", &yellow, NULL);
  gtk_text_buffer_create_tag (buffer, "name",
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
}

static void
pa_review_window_init (PaReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_tags (buffer_of (self));
  g_signal_connect_object (buffer_of (self), "changed", G_CALLBACK (on_text_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->items_list, "row-activated", G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);
  pa_review_window_judge_now (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->text_view));
}

GtkWidget *
pa_review_window_new (GtkWindow *parent)
{
  return g_object_new (PA_TYPE_REVIEW_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

GtkTextView *
pa_review_window_get_text_view (PaReviewWindow *self)
{
  g_return_val_if_fail (PA_IS_REVIEW_WINDOW (self), NULL);

  return self->text_view;
}

int
pa_review_window_get_score (PaReviewWindow *self)
{
  g_return_val_if_fail (PA_IS_REVIEW_WINDOW (self), 0);

  return self->report ? self->report->score : 0;
}

/* The main window's action */

#define REVIEW_WINDOW_KEY "pa-review-window"

static void
on_review_destroyed (GtkWidget *review,
                     GtkWidget *main_window)
{
  g_object_set_data (G_OBJECT (main_window), REVIEW_WINDOW_KEY, NULL);
}

static void
review_description_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (widget), REVIEW_WINDOW_KEY);

  /* One per main window: Ctrl+R again brings it forward. */
  if (window == NULL)
    {
      window = pa_review_window_new (GTK_WINDOW (widget));
      g_object_set_data (G_OBJECT (widget), REVIEW_WINDOW_KEY, window);
      g_signal_connect_object (window, "destroy", G_CALLBACK (on_review_destroyed), widget, 0);
    }
  gtk_window_present (GTK_WINDOW (window));
}

void
pa_review_window_install_action (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.review-description", NULL, review_description_action);
  gtk_widget_class_add_binding_action (window_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.review-description", NULL);
}
