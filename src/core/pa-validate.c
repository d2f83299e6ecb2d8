/* pa-validate.c: validation of identifiers, e-mail addresses, dates and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-gerror.h"
#include "pa-validate.h"

G_DEFINE_QUARK (pa-validate-error-quark, pa_validate_error)

static gboolean
all_digits (const char *s,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static int
digits_value (const char *s,
              gsize       len)
{
  int v = 0;

  for (gsize i = 0; i < len; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* The 7th digit of a CPR number gives the century of birth. */
static int
cpr_century (int year2,
             int digit7)
{
  if (digit7 <= 3)
    return 1900;
  if (digit7 == 4 || digit7 == 9)
    return year2 <= 36 ? 2000 : 1900;
  return year2 <= 57 ? 2000 : 1800;
}

/**
 * pa_normalize_cpr:
 *
 * Returns: (transfer full) (nullable): @value as DDMMYY-SSSS if it is ten
 *   digits with or without the dash (spaces ignored), else %NULL
 */
char *
pa_normalize_cpr (const char *value)
{
  GString *digits = g_string_new (NULL);

  g_return_val_if_fail (value != NULL, NULL);

  for (const char *p = value; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != '-' && *p != ' ')
        return (g_string_free (digits, TRUE), NULL);
    }

  if (digits->len != 10)
    return (g_string_free (digits, TRUE), NULL);

  g_string_insert_c (digits, 6, '-');
  return g_string_free (digits, FALSE);
}

gboolean
pa_validate_cpr (const char  *value,
                 GError     **error)
{
  int day, month, year2, year;

  g_return_val_if_fail (value != NULL, FALSE);

  if (strlen (value) != 11 || value[6] != '-' ||
      !all_digits (value, 6) || !all_digits (value + 7, 4))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   /* Translators: DDMMYY-SSSS is the format; translate the letters (e.g. DDMMÅÅ-XXXX) */
                   _("CPR number: write it as DDMMYY-SSSS, ten digits with a dash after the date of birth."));
      return FALSE;
    }

  day = digits_value (value, 2);
  month = digits_value (value + 2, 2);
  year2 = digits_value (value + 4, 2);
  year = cpr_century (year2, value[7] - '0') + year2;

  if (month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE,
                   _("CPR number: the first six digits are not a date that exists."));
      return FALSE;
    }

  return TRUE;
}

/**
 * pa_mask_cpr:
 *
 * Returns: (transfer full): the CPR number with the serial digits hidden,
 *   for lists that others may see ("010190-XXXX"), or "" for %NULL
 */
char *
pa_mask_cpr (const char *value)
{
  if (value == NULL || strlen (value) < 6)
    return g_strdup ("");

  return g_strdup_printf ("%.6s-XXXX", value);
}

gboolean
pa_validate_cvr (const char  *value,
                 GError     **error)
{
  static const int weights[8] = { 2, 7, 6, 5, 4, 3, 2, 1 };
  int sum = 0;

  g_return_val_if_fail (value != NULL, FALSE);

  if (strlen (value) != 8 || !all_digits (value, 8) || value[0] == '0')
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   _("CVR number: it must be eight digits and cannot start with 0."));
      return FALSE;
    }

  for (int i = 0; i < 8; i++)
    sum += weights[i] * (value[i] - '0');

  if (sum % 11 != 0)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_CHECKSUM,
                   _("CVR number: this is not a valid CVR number. Check the digits against the company's papers or cvr.dk."));
      return FALSE;
    }

  return TRUE;
}

gboolean
pa_validate_p_number (const char  *value,
                      GError     **error)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (strlen (value) != 10 || !all_digits (value, 10))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   _("P-number: it must be exactly ten digits."));
      return FALSE;
    }

  return TRUE;
}

/**
 * pa_validate_agreement_id:
 * @value: (nullable): an agreement's id
 *
 * An agreement's id is a UUID (RFC 4122 text form, as g_uuid_string_random()
 * makes them): it is what tells a re-imported agreement from a new one,
 * so an empty id, or one of spaces, identifies nothing.
 */
gboolean
pa_validate_agreement_id (const char  *value,
                          GError     **error)
{
  if (value == NULL || !g_uuid_string_is_valid (value))
    {
      g_set_error_literal (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                           _("The agreement has no usable id: it must be a UUID, like "
                             "0b6c1f4e-8f3a-4d2b-9c5e-7a1d2e3f4a5b."));
      PA_RETURN_ERROR (error, FALSE);
    }
  return TRUE;
}

gboolean
pa_validate_email (const char  *field_label,
                   const char  *value,
                   GError     **error)
{
  const char *at, *dot;

  g_return_val_if_fail (field_label != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  at = strchr (value, '@');
  dot = at ? strrchr (at, '.') : NULL;

  if (at == NULL || at == value || strchr (at + 1, '@') != NULL ||
      dot == NULL || dot == at + 1 || dot[1] == '\0' ||
      strpbrk (value, " \t\r\n,;<>") != NULL)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   /* Translators: %s is the field, e.g. "Contact person's e-mail" */
                   _("%s: this is not an e-mail address. It should look like name@example.dk."),
                   field_label);
      return FALSE;
    }

  return TRUE;
}

/**
 * pa_validate_iso_date:
 *
 * Checks a stored date: exactly YYYY-MM-DD, and a day that exists.
 */
gboolean
pa_validate_iso_date (const char  *value,
                      GDate       *out,
                      GError     **error)
{
  int y, m, d;

  g_return_val_if_fail (value != NULL, FALSE);

  if (strlen (value) != 10 || value[4] != '-' || value[7] != '-' ||
      !all_digits (value, 4) || !all_digits (value + 5, 2) || !all_digits (value + 8, 2))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   _("“%s” is not a date in the form YYYY-MM-DD."), value);
      return FALSE;
    }

  y = digits_value (value, 4);
  m = digits_value (value + 5, 2);
  d = digits_value (value + 8, 2);

  if (y < 1900 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE,
                   _("The date %s does not exist."), value);
      return FALSE;
    }

  if (out != NULL)
    g_date_set_dmy (out, d, m, y);
  return TRUE;
}

gboolean
pa_validate_time (const char  *value,
                  int         *minutes,
                  GError     **error)
{
  int h, m;

  g_return_val_if_fail (value != NULL, FALSE);

  if (strlen (value) != 5 || value[2] != ':' ||
      !all_digits (value, 2) || !all_digits (value + 3, 2))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   _("“%s” is not a time. Write it as HH:MM, for example 08:30."), value);
      return FALSE;
    }

  h = digits_value (value, 2);
  m = digits_value (value + 3, 2);
  if (h > 23 || m > 59)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE,
                   _("The time %s does not exist."), value);
      return FALSE;
    }

  if (minutes != NULL)
    *minutes = h * 60 + m;
  return TRUE;
}

gboolean
pa_validate_iso_datetime (const char  *value,
                          GError     **error)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (value != NULL, FALSE);

  /* A timestamp without an offset is ambiguous; require one. */
  dt = g_date_time_new_from_iso8601 (value, NULL);
  if (dt == NULL || strlen (value) < 20)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   _("“%s” is not a timestamp with a time zone."), value);
      return FALSE;
    }
  return TRUE;
}

/**
 * pa_parse_user_date:
 * @field_label: the field, for the message, e.g. "Start date"
 * @text: what the user typed: 3.2.2026, 03-02-2026, 3/2/26 or 2026-02-03
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 *   with @error set to a message that names the field
 */
char *
pa_parse_user_date (const char  *field_label,
                    const char  *text,
                    GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *stripped = NULL;
  g_autoptr(GError) iso_error = NULL;
  int d, m, y;

  g_return_val_if_fail (field_label != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (pa_validate_iso_date (stripped, NULL, &iso_error))
    return g_steal_pointer (&stripped);
  if (g_error_matches (iso_error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE,
                   _("%s: that date does not exist. Check the day and the month."),
                   field_label);
      return NULL;
    }

  parts = g_regex_split_simple ("[.\\-/ ]+", stripped, 0, 0);
  if (g_strv_length (parts) != 3 ||
      !all_digits (parts[0], strlen (parts[0])) || strlen (parts[0]) > 2 || !*parts[0] ||
      !all_digits (parts[1], strlen (parts[1])) || strlen (parts[1]) > 2 || !*parts[1] ||
      !all_digits (parts[2], strlen (parts[2])) ||
      (strlen (parts[2]) != 2 && strlen (parts[2]) != 4))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT,
                   /* Translators: %s is the field, e.g. "Start date" */
                   _("%s: write the date as day, month and year, for example 2.3.2026."),
                   field_label);
      return NULL;
    }

  d = atoi (parts[0]);
  m = atoi (parts[1]);
  y = atoi (parts[2]);
  if (strlen (parts[2]) == 2)
    y += 2000;

  if (m < 1 || m > 12 || d < 1 || y < 1900 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE,
                   /* Translators: %s is the field, e.g. "Start date" */
                   _("%s: that date does not exist. Check the day and the month."),
                   field_label);
      return NULL;
    }

  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

gboolean
pa_validate_period (const char  *start_iso,
                    const char  *end_iso,
                    GError     **error)
{
  if (start_iso == NULL || end_iso == NULL)
    return TRUE;

  if (strcmp (end_iso, start_iso) < 0)
    {
      g_set_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_ORDER,
                   _("End date: the placement ends before it starts."));
      return FALSE;
    }
  return TRUE;
}

/* In UTC: stored timestamps then sort as text in time order, also across
 * a change to or from summer time. Shown in local time. */
char *
pa_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
