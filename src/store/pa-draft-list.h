/* pa-draft-list.h: the draft list as a GListModel that reads its rows a page at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pa-store.h"

G_BEGIN_DECLS

#define PA_TYPE_DRAFT_LIST (pa_draft_list_get_type ())
G_DECLARE_FINAL_TYPE (PaDraftList, pa_draft_list, PA, DRAFT_LIST, GObject)

PaDraftList *pa_draft_list_new        (PaStore      *store,
                                       guint         limit);
gboolean     pa_draft_list_reload     (PaDraftList  *self,
                                       GError      **error);
gboolean     pa_draft_list_show_more  (PaDraftList  *self,
                                       guint         n_more,
                                       GError      **error);
gboolean     pa_draft_list_get_has_more (PaDraftList *self);
const char  *pa_draft_list_get_status (PaDraftList  *self);
gboolean     pa_draft_list_set_status (PaDraftList  *self,
                                       const char   *status,
                                       GError      **error);
void         pa_draft_list_set_today  (PaDraftList  *self,
                                       const char   *today);
guint        pa_draft_list_find       (PaDraftList  *self,
                                       const char   *id,
                                       GError      **error);
void         pa_draft_list_refresh    (PaDraftList  *self,
                                       guint         position,
                                       guint         n_items);
guint        pa_draft_list_get_n_cached (PaDraftList *self);

G_END_DECLS
