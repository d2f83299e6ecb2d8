/* pa-record-list-editor.h: add, edit, reorder and remove the items of one list of the agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-record.h"

#include "pa-field-binding.h"
#include "pa-field-registry.h"

G_BEGIN_DECLS

#define PA_TYPE_RECORD_LIST_EDITOR (pa_record_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (PaRecordListEditor, pa_record_list_editor, PA, RECORD_LIST_EDITOR, GtkWidget)

/* Puts the rows that edit @item into @row. */
typedef void  (*PaRecordListFillFunc)  (PaRecordListEditor *self,
                                        PaRecord           *item,
                                        AdwExpanderRow     *row,
                                        gpointer            user_data);
/* The row's title (and subtitle) for @item at @position. */
typedef char *(*PaRecordListTitleFunc) (PaRecord           *item,
                                        guint               position,
                                        char              **subtitle,
                                        gpointer            user_data);
/* Fills in a new item, just added at @position. */
typedef void  (*PaRecordListInitFunc)  (PaRecord           *parent,
                                        PaRecord           *item,
                                        guint               position,
                                        gpointer            user_data);

GtkWidget   *pa_record_list_editor_new          (void);
void         pa_record_list_editor_setup        (PaRecordListEditor    *self,
                                                 const char            *field,
                                                 PaRecordListFillFunc   fill,
                                                 PaRecordListTitleFunc  title,
                                                 PaRecordListInitFunc   init,
                                                 gpointer               user_data);
void         pa_record_list_editor_set_record   (PaRecordListEditor    *self,
                                                 PaRecord              *record);
PaRecord    *pa_record_list_editor_get_record   (PaRecordListEditor    *self);
void         pa_record_list_editor_set_registry (PaRecordListEditor    *self,
                                                 PaFieldRegistry       *registry);
const char  *pa_record_list_editor_get_field    (PaRecordListEditor    *self);
/* The registry path of a list inside a list item (default: the field).
 * A nested list the fill function named with add_field() gets its path
 * and the registry from the outer list, anew whenever the rows move. */
void         pa_record_list_editor_set_path     (PaRecordListEditor    *self,
                                                 const char            *path);
/* Items in their own order (by an integer @field), without move buttons. */
void         pa_record_list_editor_set_order_field (PaRecordListEditor *self,
                                                    const char         *field);
GtkWidget   *pa_record_list_editor_get_first_focus (PaRecordListEditor *self);

/* For the fill function: @widget edits @subfield of the row's item. */
void         pa_record_list_editor_add_field    (PaRecordListEditor    *self,
                                                 AdwExpanderRow        *row,
                                                 const char            *subfield,
                                                 GtkWidget             *widget);
/* For the fill function: @binding lives as long as @row. */
void         pa_record_list_editor_keep_binding (PaRecordListEditor    *self,
                                                 AdwExpanderRow        *row,
                                                 PaFieldBinding        *binding);

/* Takes what is typed in every row, as if the user had left it. */
void         pa_record_list_editor_commit       (PaRecordListEditor    *self);

/* What the buttons do, for the tests and the shortcuts. */
PaRecord    *pa_record_list_editor_add_item     (PaRecordListEditor    *self);
void         pa_record_list_editor_move         (PaRecordListEditor    *self,
                                                 guint                  position,
                                                 int                    delta);
void         pa_record_list_editor_move_to      (PaRecordListEditor    *self,
                                                 guint                  from,
                                                 guint                  to);
void         pa_record_list_editor_remove       (PaRecordListEditor    *self,
                                                 guint                  position);
AdwExpanderRow *pa_record_list_editor_get_row   (PaRecordListEditor    *self,
                                                 guint                  position);
GtkWidget   *pa_record_list_editor_get_add_button (PaRecordListEditor  *self);
/* The "removed" toast with its Undo button, while it is shown. */
AdwToast    *pa_record_list_editor_get_undo_toast (PaRecordListEditor  *self);

G_END_DECLS
