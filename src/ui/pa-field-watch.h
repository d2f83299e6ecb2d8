/* pa-field-watch.h: which fields the user has left, and what the fields say of themselves
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pa-field-registry.h"

G_BEGIN_DECLS

#define PA_TYPE_FIELD_WATCH (pa_field_watch_get_type ())
G_DECLARE_FINAL_TYPE (PaFieldWatch, pa_field_watch, PA, FIELD_WATCH, GObject)

PaFieldWatch *pa_field_watch_new           (PaFieldRegistry *registry);
void          pa_field_watch_reset         (PaFieldWatch    *self);
void          pa_field_watch_touch         (PaFieldWatch    *self,
                                            const char      *path);
gboolean      pa_field_watch_is_touched    (PaFieldWatch    *self,
                                            const char      *path);
/* (element-type PaFinding) (transfer full): the fields' own messages */
GPtrArray    *pa_field_watch_collect_local (PaFieldWatch    *self);
/* (element-type utf8 utf8) (transfer full): the touched paths, also as
 * the paths of @findings (element-type PaFinding) that fall to them */
GHashTable   *pa_field_watch_get_touched   (PaFieldWatch    *self,
                                            GPtrArray       *findings);

G_END_DECLS
