/* pa-privacy.h: what the company may see of an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that decides which parts of an agreement leave the
 * jobcentre in a company copy (XML company variant, PDF, print). Callers
 * either ask field by field or take a stripped copy and render all of it.
 */
#pragma once

#include "pa-agreement.h"

G_BEGIN_DECLS

typedef enum {
  PA_PRIVACY_SHARED,   /* in the company copy */
  PA_PRIVACY_CONSENT,  /* only when the restriction it belongs to is shared */
  PA_PRIVACY_PRIVATE,  /* never in the company copy */
} PaPrivacy;

PaPrivacy    pa_privacy_field_policy           (GType          record_type,
                                                const PaField *field);
const char  *pa_privacy_policy_describe        (PaPrivacy      policy);
gboolean     pa_privacy_company_may_see_record (PaRecord      *record);
gboolean     pa_privacy_company_may_see        (PaRecord      *record,
                                                const PaField *field);
PaAgreement *pa_privacy_company_copy           (PaAgreement   *agreement);

G_END_DECLS
