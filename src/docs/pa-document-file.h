/* pa-document-file.h: writes a document file atomically, private to the user
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @data to @path through a temporary file and a rename, mode
 * 0600; on failure a Danish sentence that names @path and says why. */
gboolean pa_document_write_file (const char  *path,
                                 const char  *data,
                                 gsize        len,
                                 GError     **error);

G_END_DECLS
