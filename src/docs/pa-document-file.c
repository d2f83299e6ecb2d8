/* pa-document-file.c: writes a document file atomically, private to the user
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader sees the old file or the new one, never half of it, and a
 * full document holds a CPR number: 0600. GLib's own message names the
 * temporary file ("aftale.pdf.61I1Z3") and the failing call ("g_rename()
 * failed"), so the user gets a sentence of ours instead.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-document-file.h"

static const char *
write_failure_reason (GFileError code)
{
  switch (code)
    {
    case G_FILE_ERROR_NOSPC:
      return _("The disk is full. Free some space, or save the document somewhere else.");
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
      return _("You do not have permission to write in that folder. Choose another folder.");
    case G_FILE_ERROR_ROFS:
      return _("The disk or folder can only be read, not written to. Choose another folder.");
    case G_FILE_ERROR_NOENT:
    case G_FILE_ERROR_NOTDIR:
      return _("The folder does not exist. Choose a folder that does.");
    case G_FILE_ERROR_ISDIR:
      return _("That name is a folder. Choose a file name.");
    case G_FILE_ERROR_NAMETOOLONG:
      return _("The file name is too long. Choose a shorter name.");
    default:
      return _("The system refused to write it. Try another folder.");
    }
}

gboolean
pa_document_write_file (const char  *path,
                        const char  *data,
                        gsize        len,
                        GError     **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL && data != NULL, FALSE);

  if (g_file_set_contents_full (path, data, len,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    return TRUE;

  g_set_error (error, G_FILE_ERROR,
               local->domain == G_FILE_ERROR ? local->code : G_FILE_ERROR_FAILED,
               /* Translators: %s is the file's path, then a sentence saying why */
               _("%s could not be written. %s"),
               path, write_failure_reason (local->domain == G_FILE_ERROR ? local->code
                                                                         : G_FILE_ERROR_FAILED));
  return FALSE;
}
