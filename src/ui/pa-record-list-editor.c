/* pa-record-list-editor.c: add, edit, reorder and remove the items of one list of the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget for every list of the agreement (extensions, weekdays,
 * step-ups, paid hours, follow-ups): each item is an expandable row whose
 * title sums it up; the step's fill function puts the rows that edit the
 * item inside. Up and down buttons (Alt+Up, Alt+Down) or dragging the
 * row by its grip reorder (not where the items have an order of their
 * own, the weekdays), the bin removes with an Undo toast that puts the
 * very same item back where it was. The list in the model is the truth: the rows follow its
 * items-changed, so a reorder keeps the rows (and the keyboard focus).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-editor-step.h"
#include "pa-field-message.h"
#include "pa-record-list-editor.h"
#include "pa-resources.h"
#include "pa-widget-util.h"

#define ITEM_KEY     "pa-list-item"
#define FIELDS_KEY   "pa-list-fields"
#define BINDINGS_KEY "pa-list-bindings"
#define ACTIONS_KEY  "pa-list-actions"

typedef struct {
  char      *subfield;
  GtkWidget *widget;      /* (weak) */
} RowField;

struct _PaRecordListEditor
{
  GtkWidget              parent_instance;

  PaRecord              *record;
  GListStore            *store;       /* (unowned): the record's list */
  char                  *field;
  PaRecordListFillFunc   fill;
  PaRecordListTitleFunc  title_func;
  PaRecordListInitFunc   init;
  gpointer               user_data;
  PaFieldRegistry       *registry;
  GHashTable            *rows;        /* item -> AdwExpanderRow */
  AdwToast              *undo_toast;  /* (weak) */
  char                  *removed_label;
  char                  *order_field;  /* (nullable): the natural order */
  char                  *path;         /* (nullable): the registry path, else field */

  GtkLabel              *title_label;
  GtkLabel              *description_label;
  GtkButton             *add_button;
  AdwButtonContent      *add_content;
  GtkListBox            *list;
  PaFieldMessage        *message;
  GtkWidget             *placeholder;
};

G_DEFINE_FINAL_TYPE (PaRecordListEditor, pa_record_list_editor, GTK_TYPE_WIDGET)

static void pa_record_list_editor_keep_order (PaRecordListEditor *self);

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_ADD_LABEL,
  PROP_EMPTY_LABEL,
  PROP_REMOVED_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pa_record_list_editor_sync (PaRecordListEditor *self);
static void pa_record_list_editor_update_positions (PaRecordListEditor *self);
static void set_row_action_enabled     (GtkWidget          *row,
                                        const char         *name,
                                        gboolean            enabled);

static void
row_field_free (RowField *rf)
{
  g_clear_weak_pointer (&rf->widget);
  g_free (rf->subfield);
  g_free (rf);
}

static PaRecord *
row_item (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ITEM_KEY);
}

static guint
item_position (PaRecordListEditor *self,
               PaRecord           *item)
{
  guint position;

  /* A dragged item may be of another list's kind. */
  if (self->store != NULL &&
      G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (self->store))) &&
      g_list_store_find (self->store, item, &position))
    return position;
  return GTK_INVALID_LIST_POSITION;
}

static guint
row_position (PaRecordListEditor *self,
              GtkWidget          *row)
{
  return item_position (self, row_item (row));
}

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       data)
{
  PaRecordListEditor *self = data;
  guint pa = row_position (self, GTK_WIDGET (a));
  guint pb = row_position (self, GTK_WIDGET (b));

  return pa < pb ? -1 : pa > pb;
}

/* Natural order */

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const char *field = data;

  return pa_record_get_int (*(PaRecord **) a, field) - pa_record_get_int (*(PaRecord **) b, field);
}

/* Sorts the list by its order field (weekdays Monday to Sunday), in one
 * change of the list, so every row stays with its focus. */
static void
pa_record_list_editor_keep_order (PaRecordListEditor *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sorted = NULL;
  guint n;

  if (self->order_field == NULL || self->store == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->store), i));
  sorted = g_ptr_array_copy (items, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_sort_with_data (sorted, compare_order, self->order_field);

  for (guint i = 0; i < n; i++)
    if (g_ptr_array_index (sorted, i) != g_ptr_array_index (items, i))
      {
        g_list_store_splice (self->store, 0, n, sorted->pdata, n);
        return;
      }
}

/* Titles */

static void
update_row_title (PaRecordListEditor *self,
                  GtkWidget          *row)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  guint position = row_position (self, row);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  title = self->title_func (row_item (row), position, &subtitle, self->user_data);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle ? subtitle : "");
}

static void
on_item_changed (PaRecord           *item,
                 PaRecord           *origin,
                 const char         *field,
                 gboolean            content,
                 PaRecordListEditor *self)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, item);

  if (row != NULL)
    update_row_title (self, row);
  if (origin == item && self->order_field != NULL && g_strcmp0 (field, self->order_field) == 0)
    pa_record_list_editor_keep_order (self);
}

/* The row's header, where Enter opens and closes it. */
static gboolean
focus_row (GtkWidget *row)
{
  return gtk_widget_grab_focus (row) || gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

/* Positions: paths, titles, and which way each row can move */

static const char *
list_path (PaRecordListEditor *self)
{
  return self->path != NULL ? self->path : self->field;
}

/* A list inside a row ("work-functions/0/tasks") registers its rows
 * under the row's path, anew each time the outer list registers its
 * rows; the outer list has just forgotten every path under its own. */
static void
register_nested (PaRecordListEditor *nested,
                 PaFieldRegistry    *registry,
                 const char         *path)
{
  g_set_object (&nested->registry, registry);
  g_free (nested->path);
  nested->path = g_strdup (path);
  pa_record_list_editor_update_positions (nested);
}

static void
register_row (PaRecordListEditor *self,
              GtkWidget          *row,
              guint               position)
{
  GPtrArray *fields = g_object_get_data (G_OBJECT (row), FIELDS_KEY);
  g_autofree char *path = g_strdup_printf ("%s/%u", list_path (self), position);

  pa_field_registry_add (self->registry, path, row);
  for (guint i = 0; i < fields->len; i++)
    {
      RowField *rf = g_ptr_array_index (fields, i);
      g_autofree char *sub = NULL;

      if (rf->widget == NULL)
        continue;
      sub = g_strdup_printf ("%s/%s", path, rf->subfield);
      pa_field_registry_add (self->registry, sub, rf->widget);
      if (PA_IS_RECORD_LIST_EDITOR (rf->widget))
        register_nested (PA_RECORD_LIST_EDITOR (rf->widget), self->registry, sub);
    }
}

static void
pa_record_list_editor_update_positions (PaRecordListEditor *self)
{
  guint n = self->store ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
  const PaField *field = NULL;

  if (self->registry != NULL && self->field != NULL)
    pa_field_registry_remove_prefix (self->registry, list_path (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      GtkWidget *row = g_hash_table_lookup (self->rows, item);

      if (row == NULL)
        continue;
      update_row_title (self, row);
      set_row_action_enabled (row, "move-up", self->order_field == NULL && i > 0);
      set_row_action_enabled (row, "move-down", self->order_field == NULL && i + 1 < n);
      if (self->registry != NULL)
        register_row (self, row, i);
    }

  if (self->record != NULL)
    field = pa_record_class_find_field (PA_RECORD_GET_CLASS (self->record), self->field, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->record != NULL && (field == NULL || field->max <= 0 || n < field->max));
}

/* Rows */

/* Each row's own actions: its buttons and its shortcuts use them, and
 * they are disabled where the row cannot move. */

static void
on_move_up (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       row)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (gtk_widget_get_ancestor (row, PA_TYPE_RECORD_LIST_EDITOR));

  pa_record_list_editor_move (self, row_position (self, row), -1);
}

static void
on_move_down (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       row)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (gtk_widget_get_ancestor (row, PA_TYPE_RECORD_LIST_EDITOR));

  pa_record_list_editor_move (self, row_position (self, row), 1);
}

static void
on_remove (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       row)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (gtk_widget_get_ancestor (row, PA_TYPE_RECORD_LIST_EDITOR));

  pa_record_list_editor_remove (self, row_position (self, row));
}

static GActionGroup *
row_actions (GtkWidget *row)
{
  const GActionEntry entries[] = {
    { "move-up", on_move_up },
    { "move-down", on_move_down },
    { "remove", on_remove },
  };
  GSimpleActionGroup *group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), row);
  return G_ACTION_GROUP (group);
}

static GtkWidget *
row_button (const char *icon,
            const char *tooltip,
            const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Dragging: the handle carries the row's item; a row of the same list
 * takes it before or after itself, with a line where it will go. Items
 * of another list (a goal over its sub-goals) are not taken. */

static PaRecord *
dragged_item (GdkDrop *drop)
{
  GdkDrag *drag = drop != NULL ? gdk_drop_get_drag (drop) : NULL;
  GdkContentProvider *content = drag != NULL ? gdk_drag_get_content (drag) : NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, PA_TYPE_RECORD);
  if (content == NULL || !gdk_content_provider_get_value (content, &value, NULL))
    return NULL;
  /* The row that made the drag still holds it. */
  return g_value_get_object (&value);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (PA_TYPE_RECORD, row_item (row));
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static void
clear_drop_mark (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "drop-before");
  gtk_widget_remove_css_class (row, "drop-after");
}

static gboolean
drop_after (GtkWidget *row,
            double     y)
{
  return y > gtk_widget_get_height (row) / 2.0;
}

static gboolean
on_drop_accept (GtkDropTarget *target,
                GdkDrop       *drop,
                GtkWidget     *row)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (gtk_widget_get_ancestor (row, PA_TYPE_RECORD_LIST_EDITOR));
  PaRecord *item = dragged_item (drop);

  return item != NULL && item_position (self, item) != GTK_INVALID_LIST_POSITION;
}

static GdkDragAction
on_drop_motion (GtkDropTarget *target,
                double         x,
                double         y,
                GtkWidget     *row)
{
  gboolean after = drop_after (row, y);

  clear_drop_mark (row);
  gtk_widget_add_css_class (row, after ? "drop-after" : "drop-before");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target,
               GtkWidget     *row)
{
  clear_drop_mark (row);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (gtk_widget_get_ancestor (row, PA_TYPE_RECORD_LIST_EDITOR));
  PaRecord *item = G_VALUE_HOLDS (value, PA_TYPE_RECORD) ? g_value_get_object (value) : NULL;
  guint from = item != NULL ? item_position (self, item) : GTK_INVALID_LIST_POSITION;
  guint at = row_position (self, row);

  clear_drop_mark (row);
  /* Only an item of this very list. */
  if (from == GTK_INVALID_LIST_POSITION || at == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (drop_after (row, y))
    at++;
  pa_record_list_editor_move_to (self, from, from < at ? at - 1 : at);
  return TRUE;
}

static GtkWidget *
drag_handle (GtkWidget *row)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (PA_TYPE_RECORD, GDK_ACTION_MOVE);

  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (handle, "drag-handle");
  gtk_widget_set_cursor_from_name (handle, "grab");
  /* Translators: the tooltip of the grip at the start of a list item */
  gtk_widget_set_tooltip_text (handle, _("Drag to move (or Alt+Up, Alt+Down)"));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  g_signal_connect (target, "accept", G_CALLBACK (on_drop_accept), row);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion), row);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  return handle;
}

/* Alt+Up and Alt+Down anywhere in the row, also in its fields. */
static void
add_move_shortcuts (GtkWidget *row)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                          gtk_named_action_new ("item.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                                          gtk_named_action_new ("item.move-down")));
  gtk_widget_add_controller (row, controller);
}

static void
set_row_action_enabled (GtkWidget  *row,
                        const char *name,
                        gboolean    enabled)
{
  GActionGroup *group = g_object_get_data (G_OBJECT (row), ACTIONS_KEY);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), name)),
                               enabled);
}

static GtkWidget *
create_row (PaRecordListEditor *self,
            PaRecord           *item)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *indicator = gtk_image_new ();
  PaFieldMessage *message;
  GtkWidget *message_row = pa_field_message_new_row (&message);
  GActionGroup *actions = row_actions (row);

  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), FIELDS_KEY,
                          g_ptr_array_new_with_free_func ((GDestroyNotify) row_field_free),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (row), BINDINGS_KEY, pa_field_bindings_new (),
                          (GDestroyNotify) g_ptr_array_unref);


  /* Each action goes before the ones added earlier. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               row_button ("user-trash-symbolic", _("Remove"), "item.remove"));
  if (self->order_field == NULL)
    {
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   row_button ("go-down-symbolic", _("Move Down (Alt+Down)"), "item.move-down"));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   row_button ("go-up-symbolic", _("Move Up (Alt+Up)"), "item.move-up"));
    }
  /* Shows, while the row is folded, that something inside needs a look. */
  gtk_widget_set_visible (indicator, FALSE);
  gtk_widget_set_valign (indicator, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (indicator, "finding-indicator");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), indicator);
  g_object_set_data (G_OBJECT (row), PA_FINDING_INDICATOR_KEY, indicator);
  gtk_widget_insert_action_group (row, "item", actions);
  g_object_set_data_full (G_OBJECT (row), ACTIONS_KEY, actions, g_object_unref);
  if (self->order_field == NULL)
    {
      add_move_shortcuts (row);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), drag_handle (row));
    }

  /* Findings about the item as a whole go first inside it. */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), message_row);
  pa_field_message_set_for_widget (row, message);

  g_signal_connect_object (item, "changed", G_CALLBACK (on_item_changed), self, 0);
  self->fill (self, item, ADW_EXPANDER_ROW (row), self->user_data);
  pa_editor_step_name_controls (row);
  return row;
}

static void
destroy_row (PaRecordListEditor *self,
             GtkWidget          *row)
{
  g_signal_handlers_disconnect_by_data (row_item (row), self);
  /* The bindings go before the widgets they hold. */
  g_ptr_array_set_size (g_object_get_data (G_OBJECT (row), BINDINGS_KEY), 0);
  gtk_list_box_remove (self->list, row);
}

/* Makes the rows match the list: new items get a row, gone ones lose it,
 * kept ones keep theirs (with its focus and its expanded state). */
static void
pa_record_list_editor_sync (PaRecordListEditor *self)
{
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
  guint n = self->store ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
  GHashTableIter iter;
  gpointer item, row;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) it = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      g_hash_table_add (present, it);
      if (!g_hash_table_contains (self->rows, it))
        {
          GtkWidget *new_row = create_row (self, it);

          g_hash_table_insert (self->rows, g_object_ref (it), new_row);
          gtk_list_box_append (self->list, new_row);
        }
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    if (!g_hash_table_contains (present, item))
      {
        destroy_row (self, row);
        g_hash_table_iter_remove (&iter);
      }

  gtk_list_box_invalidate_sort (self->list);
  pa_record_list_editor_update_positions (self);
}

static void
on_items_changed (PaRecordListEditor *self)
{
  pa_record_list_editor_sync (self);
}

static void
pa_record_list_editor_clear (PaRecordListEditor *self)
{
  GHashTableIter iter;
  gpointer item, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    {
      destroy_row (self, row);
      g_hash_table_iter_remove (&iter);
    }
}

/* Adding */

static void
on_add_clicked (PaRecordListEditor *self)
{
  pa_record_list_editor_add_item (self);
}

/* GObject */

static void
pa_record_list_editor_dispose (GObject *object)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (object);

  pa_record_list_editor_set_record (self, NULL);
  pa_widget_dispose_template_all (GTK_WIDGET (self), PA_TYPE_RECORD_LIST_EDITOR);
  g_clear_object (&self->registry);
  g_clear_weak_pointer (&self->undo_toast);

  G_OBJECT_CLASS (pa_record_list_editor_parent_class)->dispose (object);
}

static void
pa_record_list_editor_finalize (GObject *object)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_free (self->field);
  g_free (self->removed_label);
  g_free (self->order_field);
  g_free (self->path);

  G_OBJECT_CLASS (pa_record_list_editor_parent_class)->finalize (object);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
pa_record_list_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_label (self->description_label));
      break;
    case PROP_ADD_LABEL:
      g_value_set_string (value, adw_button_content_get_label (self->add_content));
      break;
    case PROP_EMPTY_LABEL:
      g_value_set_string (value, gtk_label_get_label (GTK_LABEL (self->placeholder)));
      break;
    case PROP_REMOVED_LABEL:
      g_value_set_string (value, self->removed_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_record_list_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (object);
  const char *s = g_value_get_string (value);

  switch (prop_id)
    {
    case PROP_TITLE:
      set_label (self->title_label, s);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, s ? s : "",
                                      -1);
      break;
    case PROP_DESCRIPTION:
      set_label (self->description_label, s);
      break;
    case PROP_ADD_LABEL:
      {
        g_autofree char *plain = NULL;

        adw_button_content_set_label (self->add_content, s ? s : "");
        plain = g_strdup (s ? s : "");
        /* The spoken name without the mnemonic underline. */
        for (char *p = plain, *q = plain; ; p++)
          if (*p != '_' && (*q++ = *p) == '\0')
            break;
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                        -1);
      }
      break;
    case PROP_EMPTY_LABEL:
      gtk_label_set_label (GTK_LABEL (self->placeholder), s ? s : "");
      break;
    case PROP_REMOVED_LABEL:
      g_free (self->removed_label);
      self->removed_label = g_strdup (s);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

/* The list itself, from a finding: its first row, or Add. */
static gboolean
pa_record_list_editor_grab_focus (GtkWidget *widget)
{
  PaRecordListEditor *self = PA_RECORD_LIST_EDITOR (widget);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Shift+Tab past the first widget inside offers the focus to the list
   * itself (GtkWidget's focus()); taking it here sent it back to Add, and
   * Shift+Tab never left the list. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    return FALSE;
  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (first)) && row_item (GTK_WIDGET (first)))
    return focus_row (GTK_WIDGET (first));
  return gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
pa_record_list_editor_class_init (PaRecordListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_record_list_editor_dispose;
  object_class->finalize = pa_record_list_editor_finalize;
  object_class->get_property = pa_record_list_editor_get_property;
  object_class->set_property = pa_record_list_editor_set_property;
  widget_class->grab_focus = pa_record_list_editor_grab_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* With a mnemonic: "_Add Extension" */
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Shown in the list while it is empty: "No extensions" */
  properties[PROP_EMPTY_LABEL] =
    g_param_spec_string ("empty-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The toast after removing: "Extension removed" */
  properties[PROP_REMOVED_LABEL] =
    g_param_spec_string ("removed-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PA_TYPE_FIELD_MESSAGE);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-record-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, description_label);
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, add_content);
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, list);
  gtk_widget_class_bind_template_child (widget_class, PaRecordListEditor, message);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordlisteditor");
}

static void
pa_record_list_editor_init (PaRecordListEditor *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->rows = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->placeholder = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_add_css_class (self->placeholder, "list-placeholder");
  gtk_list_box_set_placeholder (self->list, self->placeholder);
  gtk_list_box_set_sort_func (self->list, sort_rows, self, NULL);

  /* Findings for the list as a whole ("no follow-up planned") show under it. */
  pa_field_message_set_for_widget (GTK_WIDGET (self), self->message);
  pa_record_list_editor_update_positions (self);
}

GtkWidget *
pa_record_list_editor_new (void)
{
  return g_object_new (PA_TYPE_RECORD_LIST_EDITOR, NULL);
}

/**
 * pa_record_list_editor_setup:
 * @field: the LIST field of the record
 * @fill: puts the rows that edit an item into its row
 * @title: sums up an item for its row's title
 * @init: (nullable): fills in a new item
 */
void
pa_record_list_editor_setup (PaRecordListEditor    *self,
                             const char            *field,
                             PaRecordListFillFunc   fill,
                             PaRecordListTitleFunc  title,
                             PaRecordListInitFunc   init,
                             gpointer               user_data)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (field != NULL && fill != NULL && title != NULL);
  g_return_if_fail (self->record == NULL);

  g_free (self->field);
  self->field = g_strdup (field);
  self->fill = fill;
  self->title_func = title;
  self->init = init;
  self->user_data = user_data;
}

/* Shows the items of @record's list; %NULL shows none. */
void
pa_record_list_editor_set_record (PaRecordListEditor *self,
                                  PaRecord           *record)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (record == NULL || PA_IS_RECORD (record));

  if (self->record == record)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  pa_record_list_editor_clear (self);
  self->store = NULL;
  g_set_object (&self->record, record);

  if (record != NULL)
    {
      g_return_if_fail (self->field != NULL);
      self->store = pa_record_get_list (record, self->field);
      g_signal_connect_object (self->store, "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
    }

  pa_record_list_editor_sync (self);
  /* A draft from before the list had its order. */
  pa_record_list_editor_keep_order (self);
}

PaRecord *
pa_record_list_editor_get_record (PaRecordListEditor *self)
{
  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  return self->record;
}

const char *
pa_record_list_editor_get_field (PaRecordListEditor *self)
{
  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  return self->field;
}

/* The list registers "FIELD" (itself), "FIELD/N" (a row) and
 * "FIELD/N/SUBFIELD" (what the fill function named). */
void
pa_record_list_editor_set_registry (PaRecordListEditor *self,
                                    PaFieldRegistry    *registry)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (self->field != NULL);

  g_set_object (&self->registry, registry);
  if (registry != NULL)
    pa_field_registry_add (registry, list_path (self), GTK_WIDGET (self));
  pa_record_list_editor_update_positions (self);
}

/* A list inside a list item ("goals/2/subgoals") registers under that
 * path; set it again when the item moves, or after the outer list has
 * registered its rows anew. */
void
pa_record_list_editor_set_path (PaRecordListEditor *self,
                                const char         *path)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));

  if (self->registry != NULL && g_strcmp0 (path, list_path (self)) != 0)
    pa_field_registry_remove_prefix (self->registry, list_path (self));
  g_free (self->path);
  self->path = g_strdup (path);
  if (self->registry != NULL)
    pa_field_registry_add (self->registry, list_path (self), GTK_WIDGET (self));
  pa_record_list_editor_update_positions (self);
}

void
pa_record_list_editor_add_field (PaRecordListEditor *self,
                                 AdwExpanderRow     *row,
                                 const char         *subfield,
                                 GtkWidget          *widget)
{
  GPtrArray *fields;
  RowField *rf;

  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  fields = g_object_get_data (G_OBJECT (row), FIELDS_KEY);
  rf = g_new0 (RowField, 1);
  rf->subfield = g_strdup (subfield);
  g_set_weak_pointer (&rf->widget, widget);
  g_ptr_array_add (fields, rf);
}

void
pa_record_list_editor_keep_binding (PaRecordListEditor *self,
                                    AdwExpanderRow     *row,
                                    PaFieldBinding     *binding)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  g_ptr_array_add (g_object_get_data (G_OBJECT (row), BINDINGS_KEY), binding);
}

AdwExpanderRow *
pa_record_list_editor_get_row (PaRecordListEditor *self,
                               guint               position)
{
  g_autoptr(PaRecord) item = NULL;

  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  if (self->store == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  return g_hash_table_lookup (self->rows, item);
}

GtkWidget *
pa_record_list_editor_get_add_button (PaRecordListEditor *self)
{
  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  return GTK_WIDGET (self->add_button);
}

static void
focus_first_field (PaRecordListEditor *self,
                   AdwExpanderRow     *row)
{
  GPtrArray *fields = g_object_get_data (G_OBJECT (row), FIELDS_KEY);

  for (guint i = 0; i < fields->len; i++)
    {
      RowField *rf = g_ptr_array_index (fields, i);

      if (rf->widget != NULL && pa_field_registry_focus_widget (rf->widget))
        return;
    }
  focus_row (GTK_WIDGET (row));
}

/**
 * pa_record_list_editor_add_item:
 *
 * Adds an item at the end, opens its row and puts the cursor in its first
 * field, as the Add button does.
 *
 * Returns: (transfer none) (nullable): the new item, or %NULL when the list is full
 */
PaRecord *
pa_record_list_editor_add_item (PaRecordListEditor *self)
{
  PaRecord *item;
  AdwExpanderRow *row;
  guint position;

  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  if (self->record == NULL)
    return NULL;

  item = pa_record_add (self->record, self->field);
  if (item == NULL)
    return NULL;

  position = item_position (self, item);
  if (self->init != NULL)
    self->init (self->record, item, position, self->user_data);
  pa_record_list_editor_keep_order (self);

  row = g_hash_table_lookup (self->rows, item);
  adw_expander_row_set_expanded (row, TRUE);
  focus_first_field (self, row);
  return item;
}

/* Moves the item at @position by @delta places, in one change of the
 * list, so its row stays (and keeps the keyboard focus). */
void
pa_record_list_editor_move (PaRecordListEditor *self,
                            guint               position,
                            int                 delta)
{
  guint n, target, first;
  g_autoptr(PaRecord) a = NULL;
  g_autoptr(PaRecord) b = NULL;
  gpointer swapped[2];
  GtkWidget *row;
  GtkWidget *focus;

  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));

  if (self->store == NULL || (delta != 1 && delta != -1))
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  if (position >= n || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  target = position + delta;
  first = MIN (position, target);
  a = g_list_model_get_item (G_LIST_MODEL (self->store), first);
  b = g_list_model_get_item (G_LIST_MODEL (self->store), first + 1);
  swapped[0] = b;
  swapped[1] = a;

  row = g_hash_table_lookup (self->rows, delta < 0 ? b : a);
  g_list_store_splice (self->store, first, 2, swapped, 2);

  /* A move button that can no longer move hands the focus to the row. */
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (focus != NULL && GTK_IS_BUTTON (focus) && !gtk_widget_get_sensitive (focus) &&
      gtk_widget_is_ancestor (focus, row))
    focus_row (row);
}

/**
 * pa_record_list_editor_move_to:
 *
 * Moves the item at @from to @to, where the rows in between make room,
 * in one change of the list, as a drop does; the moved row takes the
 * keyboard focus.
 */
void
pa_record_list_editor_move_to (PaRecordListEditor *self,
                               guint               from,
                               guint               to)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n, first, last;
  gpointer moved;
  GtkWidget *row;

  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));

  if (self->store == NULL || self->order_field != NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  if (from >= n || to >= n || from == to)
    return;

  first = MIN (from, to);
  last = MAX (from, to);
  for (guint i = first; i <= last; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->store), i));
  moved = g_ptr_array_steal_index (items, from - first);
  g_ptr_array_insert (items, to - first, moved);

  g_list_store_splice (self->store, first, items->len, items->pdata, items->len);
  if ((row = g_hash_table_lookup (self->rows, moved)) != NULL)
    focus_row (row);
}

static void
on_undo_clicked (AdwToast           *toast,
                 PaRecordListEditor *self)
{
  PaRecord *item = g_object_get_data (G_OBJECT (toast), ITEM_KEY);
  GListStore *store = g_object_get_data (G_OBJECT (toast), "pa-list-store");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "pa-list-position"));
  AdwExpanderRow *row;

  /* Only into the agreement it came from, while it is the open one. */
  if (store != self->store)
    return;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_list_store_insert (store, position, item);

  if ((row = g_hash_table_lookup (self->rows, item)) != NULL)
    focus_row (GTK_WIDGET (row));
}

static void
show_undo_toast (PaRecordListEditor *self,
                 PaRecord           *item,
                 guint               position)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  toast = adw_toast_new (self->removed_label ? self->removed_label : _("Removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), ITEM_KEY, g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "pa-list-store", self->store);
  g_object_set_data (G_OBJECT (toast), "pa-list-position", GUINT_TO_POINTER (position));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  g_set_weak_pointer (&self->undo_toast, toast);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* Removes the item at @position, and offers to undo it. */
void
pa_record_list_editor_remove (PaRecordListEditor *self,
                              guint               position)
{
  g_autoptr(PaRecord) item = NULL;
  GtkWidget *next;
  guint n;

  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));

  if (self->store == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_list_store_remove (self->store, position);
  show_undo_toast (self, item, position);

  /* The keyboard focus goes to the row that took its place, or the one
   * before, or the Add button. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  next = n > 0 ? GTK_WIDGET (pa_record_list_editor_get_row (self, MIN (position, n - 1))) : NULL;
  if (next == NULL || !focus_row (next))
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

AdwToast *
pa_record_list_editor_get_undo_toast (PaRecordListEditor *self)
{
  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  return self->undo_toast;
}

void
pa_record_list_editor_commit (PaRecordListEditor *self)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    pa_field_bindings_commit (g_object_get_data (G_OBJECT (row), BINDINGS_KEY));
}

/**
 * pa_record_list_editor_set_order_field:
 * @field: (nullable): an integer field of the items
 *
 * For a list with an order of its own (weekdays): the items are kept
 * sorted by @field, and the rows have no buttons to move them. Call it
 * before the editor shows a record.
 */
void
pa_record_list_editor_set_order_field (PaRecordListEditor *self,
                                       const char         *field)
{
  g_return_if_fail (PA_IS_RECORD_LIST_EDITOR (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->order_field);
  self->order_field = g_strdup (field);
}

/**
 * pa_record_list_editor_get_first_focus:
 *
 * Returns: (transfer none): where the cursor goes when the user arrives
 *   at the list: its first row, or the Add button when it is empty
 */
GtkWidget *
pa_record_list_editor_get_first_focus (PaRecordListEditor *self)
{
  AdwExpanderRow *row;

  g_return_val_if_fail (PA_IS_RECORD_LIST_EDITOR (self), NULL);

  row = pa_record_list_editor_get_row (self, 0);
  return row != NULL ? GTK_WIDGET (row) : GTK_WIDGET (self->add_button);
}
