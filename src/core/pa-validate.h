/* pa-validate.h: validation of identifiers, e-mail addresses, dates and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PA_VALIDATE_ERROR (pa_validate_error_quark ())

typedef enum {
  PA_VALIDATE_ERROR_FORMAT,    /* wrong shape: letters, length, separators */
  PA_VALIDATE_ERROR_DATE,      /* a date or time that does not exist */
  PA_VALIDATE_ERROR_CHECKSUM,  /* CVR modulus-11 */
  PA_VALIDATE_ERROR_ORDER,     /* end before start */
} PaValidateError;

GQuark    pa_validate_error_quark     (void);

gboolean  pa_validate_cpr             (const char  *value,
                                       GError     **error);
char     *pa_normalize_cpr            (const char  *value);
char     *pa_mask_cpr                 (const char  *value);
gboolean  pa_validate_cvr             (const char  *value,
                                       GError     **error);
gboolean  pa_validate_p_number        (const char  *value,
                                       GError     **error);
gboolean  pa_validate_agreement_id    (const char  *value,
                                       GError     **error);
gboolean  pa_validate_email           (const char  *field_label,
                                       const char  *value,
                                       GError     **error);

gboolean  pa_validate_iso_date        (const char  *value,
                                       GDate       *out,
                                       GError     **error);
gboolean  pa_validate_time            (const char  *value,
                                       int         *minutes,
                                       GError     **error);
gboolean  pa_validate_iso_datetime    (const char  *value,
                                       GError     **error);
char     *pa_parse_user_date          (const char  *field_label,
                                       const char  *text,
                                       GError     **error);
gboolean  pa_validate_period          (const char  *start_iso,
                                       const char  *end_iso,
                                       GError     **error);
char     *pa_now_iso8601              (void);

G_END_DECLS
