/* pa-checks-private.h: the message filling of pa-checks, shared with pa-goal-checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pa_checks_fill_placeholders (const char *text,
                                   GPtrArray  *args);

G_END_DECLS
