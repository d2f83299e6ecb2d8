/* pa-file-util.c: reading files safely: ordinary files only, never waiting on a pipe
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A path given on the command line or found in a folder may name a pipe,
 * a device (/dev/zero) or a folder. Opening a pipe for reading waits for
 * a writer, and a device may never end: only an ordinary file is read,
 * and no more of it than the caller allows. The messages are sentences
 * for the user, with the file's name, in G_IO_ERROR; a file over the
 * caller's limit is G_IO_ERROR_MESSAGE_TOO_LARGE, so that a caller can
 * word that case itself.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pa-file-util.h"
#include "pa-wording.h"

static void
set_errno_error (const char  *path,
                 int          saved_errno,
                 GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);

  /* Translators: %s is a file name, then the system's reason, e.g.
   * "No such file or directory" */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("The file %s could not be read: %s."), name, g_strerror (saved_errno));
}

static gboolean
check_mode (const char  *path,
            GStatBuf    *st,
            GError     **error)
{
  g_autofree char *name = NULL;

  if (S_ISREG (st->st_mode))
    return TRUE;

  name = g_filename_display_basename (path);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               /* Translators: %s is a file name */
               _("%s is not an ordinary file but a folder, a device or a pipe, so it cannot be read."),
               name);
  return FALSE;
}

/**
 * pa_file_check_regular:
 *
 * Returns: %TRUE when @path does not exist or is an ordinary file (a
 *   symbolic link counts as what it points to); else %FALSE with
 *   %G_IO_ERROR_NOT_REGULAR_FILE
 */
gboolean
pa_file_check_regular (const char  *path,
                       GError     **error)
{
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    return TRUE;
  return check_mode (path, &st, error);
}

/**
 * pa_file_open_regular:
 * @size: (out) (optional): the file's size when opened
 *
 * Opens @path for reading without waiting on a pipe (O_NONBLOCK, then
 * the type of what was opened is checked).
 *
 * Returns: a file descriptor to close(), or -1 with @error set
 */
int
pa_file_open_regular (const char  *path,
                      goffset     *size,
                      GError     **error)
{
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, -1);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (path, errno, error);
      return -1;
    }
  if (fstat (fd, &st) != 0)
    set_errno_error (path, errno, error);
  else if (check_mode (path, &st, error))
    {
      if (size != NULL)
        *size = st.st_size;
      return fd;
    }
  close (fd);
  return -1;
}

static gboolean
too_large (const char  *path,
           guint64      size,
           gsize        max_size,
           GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *limit = NULL;

  if (size <= max_size)
    return FALSE;
  name = g_filename_display_basename (path);
  limit = pa_wording_file_size (max_size);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               /* Translators: a file name, then a size such as "1.0 MB" */
               _("The file %s is too large to be read: more than %s."), name, limit);
  return TRUE;
}

/**
 * pa_file_read_regular_full:
 * @max_size: the most bytes the caller takes
 * @out_size: (out) (optional): the size the file claimed, or the bytes
 *   read, when it stopped: set whenever the file was opened
 *
 * Reads an ordinary file of at most @max_size bytes, in chunks, however
 * large it claims to be: a file may grow while it is read. Over
 * @max_size the error is %G_IO_ERROR_MESSAGE_TOO_LARGE.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error
 */
GBytes *
pa_file_read_regular_full (const char  *path,
                           gsize        max_size,
                           goffset     *out_size,
                           GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  goffset size = 0;
  guint8 chunk[64 * 1024];
  gboolean ok = TRUE;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = pa_file_open_regular (path, &size, error);
  if (fd < 0)
    return NULL;

  /* First the size the file claims, then what was read. */
  for (;;)
    {
      gssize n;

      if (too_large (path, size, max_size, error))
        {
          ok = FALSE;
          break;
        }
      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (path, errno, error);
          ok = FALSE;
          break;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, chunk, (guint) n);
      size = data->len;
    }
  close (fd);

  if (out_size != NULL)
    *out_size = size;
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * pa_file_read_regular:
 *
 * See pa_file_read_regular_full().
 */
GBytes *
pa_file_read_regular (const char  *path,
                      gsize        max_size,
                      GError     **error)
{
  return pa_file_read_regular_full (path, max_size, NULL, error);
}
