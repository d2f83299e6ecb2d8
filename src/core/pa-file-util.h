/* pa-file-util.h: reading files safely: ordinary files only, never waiting on a pipe
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int      pa_file_open_regular (const char  *path,
                               goffset     *size,
                               GError     **error);
gboolean pa_file_check_regular (const char  *path,
                                GError     **error);
GBytes  *pa_file_read_regular (const char  *path,
                               gsize        max_size,
                               GError     **error);
GBytes  *pa_file_read_regular_full (const char  *path,
                                    gsize        max_size,
                                    goffset     *out_size,
                                    GError     **error);

G_END_DECLS
