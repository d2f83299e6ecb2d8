/* pa-test-util.h: helpers shared by the tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pa-agreement.h"

G_BEGIN_DECLS

/* Sets every field of @record and its children to a valid, non-default
 * value derived from @rand, with @items items in each list (up to the
 * list's maximum). Text mixes Danish, Arabic and Tigrinya script. */
void         pa_test_fill_record    (PaRecord *record,
                                     GRand    *rand,
                                     guint     items);
PaAgreement *pa_test_new_full_agreement (guint32 seed);
char        *pa_test_make_tmpdir    (void);
void         pa_test_rm_rf          (const char *path);
gboolean     pa_test_use_danish     (void);
/* Makes a drafts database at @path as schema @version left it, then
 * runs @sql (may be NULL) on it: a database of an older version. */
void         pa_test_make_old_database (const char *path,
                                        int         version,
                                        const char *sql);

G_END_DECLS
