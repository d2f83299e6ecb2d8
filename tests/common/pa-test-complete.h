/* pa-test-complete.h: a complete, realistic agreement for the checklist and VITAS tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pa-agreement.h"

G_BEGIN_DECLS

/* Words that appear in the agreement only where their name says: in a
 * restriction the citizen agreed to share, in one she did not, and in
 * the fields marked sensitive. A test looks for them in the output. */
#define PA_TEST_SHARED_TOKEN   "Pausehjørne"
#define PA_TEST_SHARED_MEASURE "Kortere vagter de første uger"
#define PA_TEST_PRIVATE_TOKEN  "Zyxhemmelig"
#define PA_TEST_SENSITIVE_TOKEN "Qwsensitiv"

/* Amina Hassan at Netto Vejle Nord, every point of a good description
 * filled in as a consultant would, placement from 2 March 2026. */
PaAgreement *pa_test_new_complete_agreement (void);

G_END_DECLS
