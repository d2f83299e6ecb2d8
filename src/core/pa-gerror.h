/* pa-gerror.h: a debug check that every failing path sets its GError
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A function that takes GError ** promises its caller an error whenever
 * it fails: callers read error->message. Its return sites for failure
 * use PA_RETURN_ERROR, which in builds with assertions checks that
 * promise, so a path that forgets to set the error fails in the tests
 * instead of crashing the app in a user's hands.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PA_RETURN_ERROR(error, val)                                     \
  G_STMT_START {                                                        \
    g_assert ((error) == NULL || *(error) != NULL);                     \
    return (val);                                                       \
  } G_STMT_END

G_END_DECLS
