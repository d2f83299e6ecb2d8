/* test-validate.c: identifiers, e-mail addresses, dates and times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/pa-validate.h"
#include "core/pa-wording.h"

static void
test_cpr (void)
{
  const struct {
    const char *value;
    int         code;   /* -1: valid */
  } cases[] = {
    { "010190-1234", -1 },
    /* 7th digit 0-3: born 1900-1999, so 1923 was no leap year. */
    { "290223-1234", PA_VALIDATE_ERROR_DATE },
    /* 7th digit 4 and year 00-36: born 2000-2036; 2024 is a leap year. */
    { "290224-4321", -1 },
    { "290200-1234", PA_VALIDATE_ERROR_DATE },  /* 1900: no leap year */
    { "290200-4234", -1 },                      /* 2000: leap year */
    { "311301-1234", PA_VALIDATE_ERROR_DATE },
    { "000190-1234", PA_VALIDATE_ERROR_DATE },
    { "310490-1234", PA_VALIDATE_ERROR_DATE },
    { "0101901234", PA_VALIDATE_ERROR_FORMAT },
    { "010190-123", PA_VALIDATE_ERROR_FORMAT },
    { "01019a-1234", PA_VALIDATE_ERROR_FORMAT },
    { "", PA_VALIDATE_ERROR_FORMAT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = pa_validate_cpr (cases[i].value, &error);

      g_test_message ("CPR “%s”", cases[i].value);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, PA_VALIDATE_ERROR, cases[i].code);
          g_assert_false (ok);
          g_assert_nonnull (strstr (error->message, "CPR"));
        }
    }
}

static void
test_cpr_normalize_mask (void)
{
  const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "0101901234", "010190-1234" },
    { "010190-1234", "010190-1234" },
    { "010190 1234", "010190-1234" },
    { " 01 01 90 - 12 34 ", "010190-1234" },
    { "01019-1234", NULL },
    { "010190-12345", NULL },
    { "010190/1234", NULL },
    { "abc", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = pa_normalize_cpr (cases[i].in);
      g_assert_cmpstr (normalized, ==, cases[i].out);
    }

  /* Lists others may see keep the date of birth, never the serial digits. */
  {
    g_autofree char *masked = pa_mask_cpr ("010190-1234");
    g_autofree char *masked_null = pa_mask_cpr (NULL);
    g_autofree char *masked_short = pa_mask_cpr ("0101");

    g_assert_cmpstr (masked, ==, "010190-XXXX");
    g_assert_null (strstr (masked, "1234"));
    g_assert_cmpstr (masked_null, ==, "");
    g_assert_cmpstr (masked_short, ==, "");
  }
}

static void
test_cvr (void)
{
  g_autoptr(GError) error = NULL;

  /* Weights 2,7,6,5,4,3,2,1: 2+14+18+20+20+18+14+4 = 110 = 10 * 11. */
  g_assert_true (pa_validate_cvr ("12345674", &error));
  g_assert_no_error (error);
  /* 2*2+9*7+8*6+7*5+6*4+5*3+4*2+1 = 198 = 18 * 11 */
  g_assert_true (pa_validate_cvr ("29876541", &error));
  g_assert_no_error (error);

  /* One digit off breaks the checksum. */
  g_assert_false (pa_validate_cvr ("12345675", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_CHECKSUM);
  g_clear_error (&error);
  g_assert_false (pa_validate_cvr ("12345684", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_CHECKSUM);
  g_clear_error (&error);

  g_assert_false (pa_validate_cvr ("02345674", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_cvr ("1234567", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_cvr ("1234 5674", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
}

static void
test_p_number (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pa_validate_p_number ("1234567890", &error));
  g_assert_no_error (error);

  g_assert_false (pa_validate_p_number ("123456789", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_p_number ("12345678901", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_p_number ("12345678a0", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
}

/* Issue 7: an empty id, or one of spaces, was taken for an agreement's
 * identity. Only a UUID is. */
static void
test_agreement_id (void)
{
  const char *bad[] = { "", "   ", " b9fb2915-b797-4a17-87c6-c380e63bec87", "b9fb2915", "Brugsen id 7",
                        "b9fb2915-b797-4a17-87c6-c380e63bec8g" };
  g_autofree char *fresh = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pa_validate_agreement_id ("b9fb2915-b797-4a17-87c6-c380e63bec87", &error));
  g_assert_true (pa_validate_agreement_id (fresh, &error));
  g_assert_no_error (error);

  g_assert_false (pa_validate_agreement_id (NULL, &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_clear_error (&error);
      g_assert_false (pa_validate_agreement_id (bad[i], &error));
      g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, "UUID"));
    }
}

static void
test_email (void)
{
  const char *valid[] = { "lone@example.dk", "a.b-c@sub.example.dk", "x@y.co" };
  const char *invalid[] = {
    "", "lone.example.dk", "lone@example", "lone@@example.dk", "lone@ex@ample.dk",
    "@example.dk", "lone@.dk", "lone@example.", "lone hansen@example.dk",
    "lone@example.dk, per@example.dk", "<lone@example.dk>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (pa_validate_email ("Contact person's e-mail", valid[i], &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("e-mail “%s”", invalid[i]);
      g_assert_false (pa_validate_email ("Contact person's e-mail", invalid[i], &error));
      g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
      /* The message tells which field is wrong. */
      g_assert_nonnull (strstr (error->message, "Contact person's e-mail"));
    }
}

static void
test_iso_date (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_assert_true (pa_validate_iso_date ("2024-02-29", &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  g_assert_false (pa_validate_iso_date ("2023-02-29", NULL, &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE);
  g_clear_error (&error);
  g_assert_false (pa_validate_iso_date ("2024-13-01", NULL, &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE);
  g_clear_error (&error);
  g_assert_false (pa_validate_iso_date ("2024-2-29", NULL, &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_iso_date ("29.2.2024", NULL, &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
}

static void
test_parse_user_date (void)
{
  const char *ways[] = {
    "2.3.2026", "02.03.2026", "02-03-2026", "2/3/26", "2026-03-02", " 2.3.2026 ", "2 3 2026",
  };
  g_autoptr(GError) error = NULL;
  char *parsed;

  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *iso = pa_parse_user_date ("Start date", ways[i], &local_error);

      g_test_message ("“%s”", ways[i]);
      g_assert_no_error (local_error);
      g_assert_cmpstr (iso, ==, "2026-03-02");
    }

  parsed = pa_parse_user_date ("Start date", "31.2.2026", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "Start date"));
  g_clear_error (&error);

  parsed = pa_parse_user_date ("Start date", "2026-02-30", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "Start date"));
  g_clear_error (&error);

  parsed = pa_parse_user_date ("Start date", "29.2.2025", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_DATE);
  g_clear_error (&error);

  parsed = pa_parse_user_date ("End date", "abc", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "End date"));
  g_clear_error (&error);

  parsed = pa_parse_user_date ("End date", "2.3", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);

  parsed = pa_parse_user_date ("End date", "", &error);
  g_assert_null (parsed);
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
}

static void
test_format_date (void)
{
  /* Dates are worded in one place, pa-wording.c, for every layer. */
  g_autofree char *formatted = pa_wording_date_numeric ("2026-03-02");
  g_autofree char *unset = pa_wording_date_numeric (NULL);
  g_autofree char *wrong = pa_wording_date_numeric ("2026-02-30");

  g_assert_cmpstr (formatted, ==, "2.3.2026");
  g_assert_cmpstr (unset, ==, "");
  g_assert_cmpstr (wrong, ==, "");
}

static void
test_time (void)
{
  const struct {
    const char *value;
    int         code;     /* -1: valid */
    int         minutes;
  } cases[] = {
    { "08:30", -1, 8 * 60 + 30 },
    { "00:00", -1, 0 },
    { "23:59", -1, 23 * 60 + 59 },
    { "24:00", PA_VALIDATE_ERROR_DATE, 0 },
    { "08:60", PA_VALIDATE_ERROR_DATE, 0 },
    { "8:30", PA_VALIDATE_ERROR_FORMAT, 0 },
    { "08.30", PA_VALIDATE_ERROR_FORMAT, 0 },
    { "0830", PA_VALIDATE_ERROR_FORMAT, 0 },
    { "", PA_VALIDATE_ERROR_FORMAT, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = -1;
      gboolean ok = pa_validate_time (cases[i].value, &minutes, &error);

      g_test_message ("time “%s”", cases[i].value);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minutes, ==, cases[i].minutes);
        }
      else
        {
          g_assert_error (error, PA_VALIDATE_ERROR, cases[i].code);
          g_assert_false (ok);
        }
    }
}

static void
test_iso_datetime (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = pa_now_iso8601 ();

  g_assert_true (pa_validate_iso_datetime ("2026-03-02T10:00:00+01:00", &error));
  g_assert_no_error (error);
  g_assert_true (pa_validate_iso_datetime (now, &error));
  g_assert_no_error (error);

  /* Without an offset the moment is ambiguous. */
  g_assert_false (pa_validate_iso_datetime ("2026-03-02T10:00:00", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (pa_validate_iso_datetime ("2026-03-02", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_FORMAT);
}

static void
test_period (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pa_validate_period ("2026-03-02", "2026-03-30", &error));
  g_assert_no_error (error);
  g_assert_true (pa_validate_period ("2026-03-02", "2026-03-02", &error));
  g_assert_no_error (error);
  /* Not filled in yet: nothing to complain about. */
  g_assert_true (pa_validate_period (NULL, "2026-03-02", &error));
  g_assert_true (pa_validate_period ("2026-03-02", NULL, &error));
  g_assert_no_error (error);

  g_assert_false (pa_validate_period ("2026-03-02", "2026-03-01", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_ORDER);
  g_clear_error (&error);
  g_assert_false (pa_validate_period ("2026-03-02", "2025-12-31", &error));
  g_assert_error (error, PA_VALIDATE_ERROR, PA_VALIDATE_ERROR_ORDER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pa/validate/cpr", test_cpr);
  g_test_add_func ("/pa/validate/cpr-normalize-mask", test_cpr_normalize_mask);
  g_test_add_func ("/pa/validate/cvr", test_cvr);
  g_test_add_func ("/pa/validate/p-number", test_p_number);
  g_test_add_func ("/pa/validate/agreement-id", test_agreement_id);
  g_test_add_func ("/pa/validate/email", test_email);
  g_test_add_func ("/pa/validate/iso-date", test_iso_date);
  g_test_add_func ("/pa/validate/parse-user-date", test_parse_user_date);
  g_test_add_func ("/pa/validate/format-date", test_format_date);
  g_test_add_func ("/pa/validate/time", test_time);
  g_test_add_func ("/pa/validate/iso-datetime", test_iso_datetime);
  g_test_add_func ("/pa/validate/period", test_period);

  return g_test_run ();
}
