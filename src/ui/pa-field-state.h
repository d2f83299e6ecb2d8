/* pa-field-state.h: one decision, for every field, of what the user is told about it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "core/pa-checks.h"

G_BEGIN_DECLS

/* How much a field's one message weighs, lowest first. A hint is a field
 * not filled in yet: no problem until the user has left it or the
 * agreement is agreed. */
typedef enum {
  PA_FIELD_LEVEL_NONE,
  PA_FIELD_LEVEL_HINT,
  PA_FIELD_LEVEL_INFO,
  PA_FIELD_LEVEL_WARNING,
  PA_FIELD_LEVEL_ERROR,
} PaFieldLevel;

#define PA_FIELD_N_LEVELS (PA_FIELD_LEVEL_ERROR + 1)

/* The code of a finding made from a field's own message (a CPR number of
 * the wrong shape), which the checks never see. */
#define PA_FIELD_LOCAL_CODE "field-format"

typedef struct {
  const PaFinding *finding;   /* what to say; its field is the path */
  PaFieldLevel     level;
  gboolean         local;     /* the field's own message already says it */
  gboolean         live;      /* the field shows it itself as the user types:
                               * counted, not said again under the field */
} PaFieldState;

typedef struct _PaFieldStates PaFieldStates;

/* Whether @path belongs to the group asked about (a step). */
typedef gboolean (*PaFieldPathFilter) (const char *path,
                                       gpointer    user_data);

PaFieldStates      *pa_field_states_new                (GPtrArray        *findings,
                                                        GPtrArray        *local,
                                                        GHashTable       *touched,
                                                        gboolean          strict);
void                pa_field_states_free               (PaFieldStates    *self);

guint               pa_field_states_get_n_items        (PaFieldStates    *self);
const PaFieldState *pa_field_states_get_item           (PaFieldStates    *self,
                                                        guint             index);
const PaFieldState *pa_field_states_lookup             (PaFieldStates    *self,
                                                        const char       *path);
guint               pa_field_states_count              (PaFieldStates    *self,
                                                        PaFieldLevel      level);
PaFieldLevel        pa_field_states_worst              (PaFieldStates    *self,
                                                        PaFieldPathFilter filter,
                                                        gpointer          user_data);
GPtrArray          *pa_field_states_get_field_findings (PaFieldStates    *self);

/* Codes of findings that a step shows at their fields itself, live (the
 * goal card's SMART hints): never said a second time under the field. */
void                pa_field_states_declare_live_codes (const char * const *codes);
gboolean            pa_field_states_is_live_code       (const char       *code);

PaFieldLevel        pa_field_level_from_severity       (PaSeverity        severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaFieldStates, pa_field_states_free)

G_END_DECLS
