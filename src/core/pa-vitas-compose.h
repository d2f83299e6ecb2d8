/* pa-vitas-compose.h: the texts for VITAS's three description fields, composed from an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VITAS asks for a placement description, the wishes for qualifications
 * and special conditions, and the working time. The composer writes them
 * in plain Danish from the agreement; the consultant may edit a text, and
 * the edit is kept with the composed text it started from, so the app can
 * say when the agreement has changed since (domain.md section 5).
 */
#pragma once

#include "pa-agreement.h"

G_BEGIN_DECLS

typedef enum {
  PA_VITAS_DESCRIPTION,   /* praktikbeskrivelse */
  PA_VITAS_CONDITIONS,    /* ønsker til kvalifikationer og særlige forhold */
  PA_VITAS_WORKING_TIME,  /* arbejdstid */
} PaVitasText;

#define PA_VITAS_N_TEXTS 3

typedef enum {
  PA_VITAS_STATE_COMPOSED,  /* not edited: the composed text is used */
  PA_VITAS_STATE_EDITED,    /* edited, and composing now gives the text it started from */
  PA_VITAS_STATE_OUTDATED,  /* edited, and the agreement has changed since */
} PaVitasState;

/* The text composed from @agreement now, translated; never NULL. Only
 * what the company may see goes in (pa_privacy_company_copy()): of the
 * restrictions, those the citizen agreed to share. */
char        *pa_vitas_compose              (PaAgreement *agreement,
                                            PaVitasText  text);

/* The agreement's field with the edited text ("vitas-description") and
 * its twin with the composed text the edit started from. */
const char  *pa_vitas_text_field           (PaVitasText  text);
const char  *pa_vitas_text_composed_field  (PaVitasText  text);
/* The name of the VITAS field, translated. */
const char  *pa_vitas_text_title           (PaVitasText  text);

/* The edit if there is one, else the text composed now. */
char        *pa_vitas_get_text             (PaAgreement *agreement,
                                            PaVitasText  text);
PaVitasState pa_vitas_get_state            (PaAgreement *agreement,
                                            PaVitasText  text);
/* Keeps @edited as the text; the composed twin records what the first
 * edit started from. An edit back to the composed text is no edit. */
void         pa_vitas_keep_edit            (PaAgreement *agreement,
                                            PaVitasText  text,
                                            const char  *edited);
/* The edit stays, now counted as made from the text composed today. */
void         pa_vitas_accept_edit          (PaAgreement *agreement,
                                            PaVitasText  text);
/* Drops the edit: the composed text is used again. */
void         pa_vitas_compose_again        (PaAgreement *agreement,
                                            PaVitasText  text);

G_END_DECLS
