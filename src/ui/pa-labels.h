/* pa-labels.h: how the window words statuses, periods and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *pa_labels_status        (const char *status);
char       *pa_labels_period        (const char *start_iso,
                                     const char *end_iso);
char       *pa_labels_duration      (const char *start_iso,
                                     const char *end_iso);
char       *pa_labels_last_edited   (const char *modified_iso,
                                     GDateTime  *now);

G_END_DECLS
