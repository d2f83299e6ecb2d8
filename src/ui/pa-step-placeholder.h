/* pa-step-placeholder.h: a step that a later version fills
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-editor-step.h"

G_BEGIN_DECLS

#define PA_TYPE_STEP_PLACEHOLDER (pa_step_placeholder_get_type ())
G_DECLARE_FINAL_TYPE (PaStepPlaceholder, pa_step_placeholder, PA, STEP_PLACEHOLDER, PaEditorStep)

GtkWidget     *pa_step_placeholder_new             (const char        *title,
                                                    const char        *subtitle,
                                                    const char        *icon_name,
                                                    const char        *message,
                                                    const char        *description);
AdwStatusPage *pa_step_placeholder_get_status_page (PaStepPlaceholder *self);
void           pa_step_placeholder_set_child       (PaStepPlaceholder *self,
                                                    GtkWidget         *child);

G_END_DECLS
