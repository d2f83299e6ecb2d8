/* pa-autosave.h: saves an agreement shortly after each edit, and keeps it when saving fails
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store/pa-store.h"

G_BEGIN_DECLS

/* How long after the last edit the agreement is written, and how often a
 * failed save is tried again. */
#define PA_AUTOSAVE_DELAY_MS 500
#define PA_AUTOSAVE_RETRY_MS 5000

#define PA_TYPE_AUTOSAVE (pa_autosave_get_type ())
G_DECLARE_FINAL_TYPE (PaAutosave, pa_autosave, PA, AUTOSAVE, GObject)

/* Properties: "agreement" (construct-only), "store" (construct-only),
 * "dirty" (boolean: edits not yet in the database), "error" (string: the
 * last save failure in plain language, NULL when saving works). */
PaAutosave  *pa_autosave_new           (PaStore     *store,
                                        PaAgreement *agreement);
PaAgreement *pa_autosave_get_agreement (PaAutosave  *self);
gboolean     pa_autosave_get_dirty     (PaAutosave  *self);
const char  *pa_autosave_get_error     (PaAutosave  *self);
/* Save now (Ctrl+S, window close). */
gboolean     pa_autosave_flush         (PaAutosave  *self,
                                        GError     **error);

G_END_DECLS
