/* pa-record-variant.h: a record tree as a GVariant and back, for snapshots
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format follows the field tables: a record is an a{sv} of its
 * fields, a child record is a nested a{sv}, a list is an aa{sv}. Unset
 * text fields are left out. Unknown keys are skipped on reading, so a
 * snapshot written by an older version still reads.
 */
#pragma once

#include "pa-record.h"

G_BEGIN_DECLS

GVariant *pa_record_to_variant   (PaRecord  *record);
gboolean  pa_record_from_variant (PaRecord  *record,
                                  GVariant  *variant,
                                  GError   **error);

G_END_DECLS
