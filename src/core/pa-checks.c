/* pa-checks.c: what the law and good practice require of an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check knows only which fields to compare and which numbers to
 * use from the rule set; what the finding says, how serious it is and
 * which provision it cites come from the <messages> of the rules data,
 * with named {placeholders} filled in here. The table of codes in
 * pa-finding-codes.c is the contract between the two: the loader refuses
 * a rule set that lacks a code or uses a placeholder the check does not
 * fill in. Dates, weekdays, times and hours are worded by pa-wording.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pa-checks.h"
#include "pa-checks-private.h"
#include "pa-finding-codes.h"
#include "pa-goal-checks.h"
#include "pa-restriction-checks.h"
#include "pa-validate.h"
#include "pa-wording.h"

void
pa_finding_free (PaFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->code);
  g_free (finding->message);
  g_free (finding->reference);
  g_free (finding->field);
  g_free (finding);
}

const char *
pa_severity_to_string (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      return "error";
    case PA_SEVERITY_WARNING:
      return "warning";
    case PA_SEVERITY_INFO:
      return "info";
    default:
      g_return_val_if_reached ("error");
    }
}

gboolean
pa_findings_have_errors (GPtrArray *findings)
{
  g_return_val_if_fail (findings != NULL, FALSE);

  for (guint i = 0; i < findings->len; i++)
    if (((PaFinding *) g_ptr_array_index (findings, i))->severity == PA_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

gboolean
pa_finding_is_missing_value (const PaFinding *finding)
{
  g_return_val_if_fail (finding != NULL, FALSE);

  return finding->missing;
}

/* One run of the checks. */
typedef struct {
  PaRecord            *agreement;
  PaRecord            *citizen;
  PaRecord            *company;
  PaRuleSet           *rules;
  const PaTargetGroup *group;       /* NULL: not chosen, or not in these rules */
  GPtrArray           *findings;
  GPtrArray           *scratch;     /* strings for the placeholders */

  /* The period, when both dates are there and in order. */
  gboolean             has_period;
  GDate                start;
  GDate                end;         /* the agreement's own end date */
  GDate                final_end;   /* with the extensions */
} Check;

/* Helpers for the placeholders: strings that live as long as the run. */

static const char *
keep (Check *c,
      char  *string)
{
  g_ptr_array_add (c->scratch, string);
  return string;
}

static const char *
num (Check *c,
     int    value)
{
  return keep (c, g_strdup_printf ("%d", value));
}

/* In the user's language, from the catalogue: 37,5 in Danish. */
static const char *
hours_text (Check  *c,
            double  hours)
{
  return keep (c, pa_wording_decimal (hours, 2));
}

static const char *
date_text (Check       *c,
           const GDate *date)
{
  return keep (c, pa_wording_date_gdate (date));
}

static const char *
iso_date_text (Check      *c,
               const char *iso)
{
  return keep (c, pa_wording_date (iso));
}

static const char *
minutes_text (Check *c,
              int    minutes)
{
  return keep (c, pa_wording_time (minutes));
}

/* The weekday as it stands in a sentence ("lørdag"); the model counts
 * 1 for Monday. */
static const char *
weekday_text (Check *c,
              int    weekday)
{
  return pa_wording_weekday (weekday);
}

/* The translated label of a field, as the editor shows it. */
static const char *
field_label (PaRecord   *record,
             const char *name)
{
  const PaField *field = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), name, NULL);

  g_assert (field != NULL);
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

static const char *
list_path (Check      *c,
           const char *list,
           guint       index,
           const char *field)
{
  return keep (c, field ? g_strdup_printf ("%s/%u/%s", list, index, field)
                        : g_strdup_printf ("%s/%u", list, index));
}

static void
append_placeholder (GString    *out,
                    const char *name,
                    gsize       len,
                    GPtrArray  *args)
{
  for (guint i = 0; i + 1 < args->len; i += 2)
    {
      const char *key = g_ptr_array_index (args, i);

      if (strlen (key) == len && strncmp (key, name, len) == 0)
        {
          const char *value = g_ptr_array_index (args, i + 1);

          g_string_append (out, value ? value : "");
          return;
        }
    }
  /* The loader lets no unknown name through; keep it visible if so. */
  g_string_append_c (out, '{');
  g_string_append_len (out, name, len);
  g_string_append_c (out, '}');
}

/**
 * pa_checks_fill_placeholders:
 * @text: a rule's message text
 * @args: (element-type utf8): pairs of placeholder name and value
 *
 * Fills the {name} placeholders of a message text; the text is data,
 * so it is never used as a printf format. A name not in @args is kept
 * as written.
 *
 * Returns: (transfer full): the filled text
 */
char *
pa_checks_fill_placeholders (const char *text,
                             GPtrArray  *args)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close = open ? strchr (open, '}') : NULL;

      if (close == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      append_placeholder (out, open + 1, close - open - 1, args);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

/* Adds a finding for @code at @field; the rest are pairs of placeholder
 * name and value, ending with NULL. Returns the finding, which the run
 * owns, so a caller can mark it as a missing value. */
static PaFinding *
report (Check      *c,
        const char *code,
        const char *field,
        ...)
{
  const PaRuleMessage *message = pa_rule_set_find_message (c->rules, code);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  PaFinding *finding;
  const char *name;
  va_list ap;

  g_assert (pa_finding_codes_get_placeholders (code) != NULL);

  va_start (ap, field);
  while ((name = va_arg (ap, const char *)) != NULL)
    {
      g_assert (g_strv_contains (pa_finding_codes_get_placeholders (code), name));
      g_ptr_array_add (args, (gpointer) name);
      g_ptr_array_add (args, va_arg (ap, char *));
    }
  va_end (ap);

  finding = g_new0 (PaFinding, 1);
  finding->code = g_strdup (code);
  finding->field = g_strdup (field);

  /* A loaded rule set has every message; one built otherwise may not. */
  if (message != NULL)
    {
      finding->severity = message->severity;
      finding->message = pa_checks_fill_placeholders (message->text, args);
      finding->reference = g_strdup (message->reference);
    }
  else
    {
      finding->severity = PA_SEVERITY_ERROR;
      finding->message = g_strdup (code);
    }

  g_ptr_array_add (c->findings, finding);
  return finding;
}

/* Field access */

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static const char *
get_text (PaRecord   *record,
          const char *field)
{
  const char *value = pa_record_get_string (record, field);

  return is_blank (value) ? NULL : value;
}

static gboolean
get_date (PaRecord   *record,
          const char *field,
          GDate      *out)
{
  const char *value = pa_record_get_string (record, field);

  g_date_clear (out, 1);
  return value != NULL && pa_validate_iso_date (value, out, NULL);
}

static GListModel *
get_list (PaRecord   *record,
          const char *field)
{
  return G_LIST_MODEL (pa_record_get_list (record, field));
}

/* Names compared the way a person reads them: "Brugsen  Ærøskøbing" is
 * "brugsen ærøskøbing". Case is folded and white space ignored. */
static char *
fold_name (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (is_blank (name))
    return NULL;

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup (name);
  folded = g_utf8_casefold (normal, -1);

  out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (!g_unichar_isspace (ch))
        g_string_append_unichar (out, ch);
    }
  return g_string_free (out, FALSE);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = fold_name (a);
  g_autofree char *fb = fold_name (b);

  return fa != NULL && fb != NULL && g_str_equal (fa, fb);
}

/* Legal forms that do not tell two companies apart, written as they
 * read once case and punctuation are gone: "A/S" is "as". */
static const char * const legal_suffixes[] = {
  "aps", "as", "is", "ivs", "ps", "ks", "amba", "smba", "fmba", NULL
};

/* A company name as a person compares it: case, punctuation, spaces and
 * a trailing legal form left out ("Netto A/S" and "NETTO ApS." are
 * "netto"). */
static char *
fold_company_name (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  GString *out;

  if (is_blank (name) || (normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE)) == NULL)
    return NULL;

  folded = g_utf8_casefold (normal, -1);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      GString *word = g_string_new (NULL);

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isalnum (g_utf8_get_char (p)))
          g_string_append_unichar (word, g_utf8_get_char (p));
      if (word->len > 0)
        g_ptr_array_add (kept, g_string_free (word, FALSE));
      else
        g_string_free (word, TRUE);
    }
  while (kept->len > 1 &&
         g_strv_contains (legal_suffixes, g_ptr_array_index (kept, kept->len - 1)))
    g_ptr_array_remove_index (kept, kept->len - 1);

  out = g_string_new (NULL);
  for (guint i = 0; i < kept->len; i++)
    g_string_append (out, g_ptr_array_index (kept, i));
  return g_string_free (out, FALSE);
}

static gboolean
same_company_name (const char *a,
                   const char *b)
{
  g_autofree char *fa = fold_company_name (a);
  g_autofree char *fb = fold_company_name (b);

  return fa != NULL && fb != NULL && *fa != '\0' && g_str_equal (fa, fb);
}

/* Answers that say nothing about why: "ja", "ok", "x". */
static const char * const bare_answers[] = {
  "ja", "nej", "ok", "okay", "x", "jo", "yes", "no", "nope", NULL
};

/* Whether a free text gives a reason: at least three words, not all of
 * them bare answers. "ja", "ok ok" and "-" do not; "Har afvist to
 * tilbud om job" does. */
static gboolean
is_substantive (const char *text)
{
  g_autofree char *folded = NULL;
  guint words = 0, bare = 0;
  GString *word;

  if (is_blank (text))
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  word = g_string_new (NULL);
  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch != 0 && g_unichar_isalnum (ch))
        {
          g_string_append_unichar (word, ch);
          continue;
        }
      if (word->len > 0)
        {
          words++;
          bare += g_strv_contains (bare_answers, word->str);
          g_string_truncate (word, 0);
        }
      if (ch == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words >= 3 && bare < words;
}

/* Digits only, for identifiers typed with spaces ("12 34 56 78"). */
static char *
strip_spaces (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Durations.
 *
 * A placement lasts from its start date to its end date, both days
 * included: 2 March to 29 March is 28 days. It may last max_weeks when
 * it has at most max_weeks × 7 such days, so exactly 4 weeks (28 days)
 * is within 4 weeks and 4 weeks and a day (29 days) is over. Messages
 * count started weeks, so 29 days are "5 weeks", and name the last day
 * that would be allowed. */

static int
days_inclusive (const GDate *from,
                const GDate *to)
{
  return g_date_days_between (from, to) + 1;
}

static int
started_weeks (int days)
{
  return (days + 6) / 7;
}

/* The last day of a period of @days days that starts on @from. */
static const char *
last_day_text (Check       *c,
               const GDate *from,
               int          days)
{
  GDate last = *from;

  g_date_add_days (&last, days - 1);
  return date_text (c, &last);
}

/* The checks, in the order of the fields they concern. */

static void
check_identifiers (Check *c)
{
  PaRecord *jobcentre = PA_RECORD (pa_agreement_get_jobcentre (PA_AGREEMENT (c->agreement)));
  const char *value;
  const struct {
    PaRecord   *record;
    const char *field;
    const char *path;
  } emails[] = {
    { c->citizen, "email", "citizen/email" },
    { c->company, "contact-email", "company/contact-email" },
    { jobcentre, "consultant-email", "jobcentre/consultant-email" },
  };

  /* The editor stores what was typed; accept the spaces and the
   * missing dash people type, as the validators' callers do. */
  if ((value = get_text (c->citizen, "cpr")) != NULL)
    {
      g_autofree char *cpr = pa_normalize_cpr (value);

      if (cpr == NULL || !pa_validate_cpr (cpr, NULL))
        report (c, "cpr-invalid", "citizen/cpr", NULL);
    }

  if ((value = get_text (c->company, "cvr")) != NULL)
    {
      g_autofree char *cvr = strip_spaces (value);

      if (!pa_validate_cvr (cvr, NULL))
        report (c, "cvr-invalid", "company/cvr", NULL);
    }

  if ((value = get_text (c->company, "p-number")) != NULL)
    {
      g_autofree char *p_number = strip_spaces (value);

      if (!pa_validate_p_number (p_number, NULL))
        report (c, "p-number-invalid", "company/p-number", NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (emails); i++)
    {
      const char *label = field_label (emails[i].record, emails[i].field);
      g_autofree char *email = NULL;

      if ((value = get_text (emails[i].record, emails[i].field)) == NULL)
        continue;
      email = g_strstrip (g_strdup (value));
      if (!pa_validate_email (label, email, NULL))
        report (c, "email-invalid", emails[i].path, "field", label, "value", email, NULL);
    }
}

static void
check_target_group (Check *c)
{
  const char *id = get_text (c->citizen, "target-group");

  if (id == NULL)
    {
      report (c, "target-group-missing", "citizen/target-group", NULL)->missing = TRUE;
      return;
    }

  /* A group can disappear with a reform (merged into another). */
  c->group = pa_rule_set_find_target_group (c->rules, id);
  if (c->group == NULL)
    report (c, "target-group-unknown", "citizen/target-group",
            "group_id", id,
            "effective", iso_date_text (c, pa_rule_set_get_effective_date (c->rules)),
            NULL);
}

/* The model only takes valid dates, so an empty one is missing. The
 * finding says so: where the field shows that the text typed is not a
 * date, the UI leaves this one out (one message per problem). */
static void
check_date_present (Check      *c,
                    PaRecord   *record,
                    const char *field,
                    const char *path)
{
  report (c, "date-missing", path,
          "field", field_label (record, field), NULL)->missing = TRUE;
}

static void
check_period (Check *c)
{
  gboolean has_start = get_date (c->agreement, "start-date", &c->start);
  gboolean has_end = get_date (c->agreement, "end-date", &c->end);

  if (!has_start)
    check_date_present (c, c->agreement, "start-date", "start-date");
  if (!has_end)
    check_date_present (c, c->agreement, "end-date", "end-date");
  if (!has_start || !has_end)
    return;

  if (g_date_compare (&c->end, &c->start) < 0)
    {
      report (c, "end-before-start", "end-date",
              "start", date_text (c, &c->start),
              "end", date_text (c, &c->end),
              NULL);
      return;
    }

  c->has_period = TRUE;
  c->final_end = c->end;
}

static void
check_duration (Check *c)
{
  int days, max_days;

  if (!c->has_period || c->group == NULL)
    return;

  days = days_inclusive (&c->start, &c->end);
  max_days = c->group->max_weeks * 7;
  if (days > max_days)
    report (c, "duration-over-maximum", "end-date",
            "days", num (c, days),
            "weeks", num (c, started_weeks (days)),
            "max_weeks", num (c, c->group->max_weeks),
            "group", c->group->label,
            "last_day", last_day_text (c, &c->start, max_days),
            NULL);
}

/* Each extension needs a purpose of its own, not a copy of the last. */
static void
check_extension_purpose (Check      *c,
                         GListModel *extensions,
                         guint       i)
{
  g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
  const char *purpose = get_text (extension, "purpose");

  if (purpose == NULL)
    {
      report (c, "extension-without-purpose", list_path (c, "extensions", i, "purpose"),
              "number", num (c, i + 1), NULL)->missing = TRUE;
      return;
    }

  for (guint j = 0; j < i; j++)
    {
      g_autoptr(PaRecord) earlier = g_list_model_get_item (extensions, j);

      if (same_name (purpose, get_text (earlier, "purpose")))
        {
          report (c, "extension-purpose-repeated", list_path (c, "extensions", i, "purpose"),
                  "number", num (c, i + 1),
                  "earlier_number", num (c, j + 1),
                  NULL);
          return;
        }
    }
}

/* Beyond extension_max_weeks the act asks for a very special need. A
 * reason for the extension is not that: the need has its own field, and
 * until it is stated in words the finding stays a warning. */
static void
check_special_need (Check    *c,
                    PaRecord *extension,
                    guint     i,
                    int       total_days)
{
  const PaTargetGroup *group = c->group;
  const char *path = list_path (c, "extensions", i, "special-need");
  const char *need = get_text (extension, "special-need");

  if (need == NULL)
    report (c, "extension-beyond-limit", path,
            "number", num (c, i + 1),
            "weeks", num (c, started_weeks (total_days)),
            "limit_weeks", num (c, group->extension_max_weeks),
            "step_weeks", num (c, group->extension_step_weeks),
            "group", group->label,
            NULL)->missing = TRUE;
  else if (!is_substantive (need))
    report (c, "extension-special-need-vague", path,
            "number", num (c, i + 1),
            "limit_weeks", num (c, group->extension_max_weeks),
            NULL);
  else
    report (c, "extension-special-need-stated", path,
            "number", num (c, i + 1),
            "limit_weeks", num (c, group->extension_max_weeks),
            NULL);
}

/* LAB § 61, stk. 2 as data: up to extension_max_weeks in all after a
 * concrete assessment; beyond that extension_step_weeks at a time, and
 * only for a very special need, stated in its own field. */
static void
check_extension_limit (Check       *c,
                       PaRecord    *extension,
                       guint        i,
                       const GDate *previous_end,
                       const GDate *ext_end)
{
  const PaTargetGroup *group = c->group;
  const char *end_path = list_path (c, "extensions", i, "end-date");
  int total_days = days_inclusive (&c->start, ext_end);
  int limit_days = group->extension_max_weeks * 7;
  GDate first_beyond = c->start, from;
  int beyond_days;

  if (group->extension_max_weeks == 0)
    {
      report (c, "extension-not-allowed", end_path,
              "number", num (c, i + 1),
              "group", group->label,
              "max_weeks", num (c, group->max_weeks),
              NULL);
      return;
    }
  if (total_days <= limit_days)
    return;

  if (group->extension_step_weeks == 0)
    {
      report (c, "extension-over-limit", end_path,
              "number", num (c, i + 1),
              "weeks", num (c, started_weeks (total_days)),
              "limit_weeks", num (c, group->extension_max_weeks),
              "group", group->label,
              "last_day", last_day_text (c, &c->start, limit_days),
              NULL);
      return;
    }

  /* The part of this extension that lies beyond the limit. */
  g_date_add_days (&first_beyond, limit_days);
  from = *previous_end;
  g_date_add_days (&from, 1);
  if (g_date_compare (&from, &first_beyond) < 0)
    from = first_beyond;
  beyond_days = days_inclusive (&from, ext_end);

  if (beyond_days > group->extension_step_weeks * 7)
    report (c, "extension-step-too-long", end_path,
            "number", num (c, i + 1),
            "weeks", num (c, started_weeks (beyond_days)),
            "limit_weeks", num (c, group->extension_max_weeks),
            "step_weeks", num (c, group->extension_step_weeks),
            "last_day", last_day_text (c, &from, group->extension_step_weeks * 7),
            NULL);

  check_special_need (c, extension, i, total_days);
}

/* Extensions in list order, each continuing the period before it. */
static void
check_extensions (Check *c)
{
  GListModel *extensions = get_list (c->agreement, "extensions");
  GDate previous_end = c->end;

  for (guint i = 0; i < g_list_model_get_n_items (extensions); i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
      GDate ext_end;

      check_extension_purpose (c, extensions, i);

      if (!c->has_period)
        continue;
      if (!get_date (extension, "end-date", &ext_end))
        {
          check_date_present (c, extension, "end-date",
                              list_path (c, "extensions", i, "end-date"));
          continue;
        }
      if (g_date_compare (&ext_end, &previous_end) <= 0)
        {
          report (c, "extension-not-later", list_path (c, "extensions", i, "end-date"),
                  "number", num (c, i + 1),
                  "end", date_text (c, &ext_end),
                  "previous_end", date_text (c, &previous_end),
                  NULL);
          continue;
        }

      if (c->group != NULL)
        check_extension_limit (c, extension, i, &previous_end, &ext_end);
      previous_end = ext_end;
    }

  if (c->has_period)
    c->final_end = previous_end;
}

static int
get_minutes (PaRecord   *record,
             const char *field);

/* The minutes of the week schedule, as the week view counts them: the
 * days whose times are both set and in order. */
static int
schedule_minutes (Check *c)
{
  GListModel *workdays = get_list (c->agreement, "workdays");
  int total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (workdays); i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (workdays, i);
      int from = get_minutes (day, "start-time");
      int to = get_minutes (day, "end-time");

      if (from >= 0 && to > from)
        total += to - from;
    }
  return total;
}

/* The weekdays and times are the plan the company follows, so their sum
 * is held against the ceiling too, and against the hours stated for the
 * start (VITAS takes that one figure). */
static void
check_schedule (Check  *c,
                double  ceiling,
                double  stated)
{
  int scheduled = schedule_minutes (c);
  int stated_minutes = (int) lround (stated * 60);

  if (scheduled > (int) lround (ceiling * 60))
    report (c, "schedule-over-full-time", "workdays",
            "hours", hours_text (c, scheduled / 60.0),
            "ceiling", hours_text (c, ceiling),
            NULL);
  if (scheduled > 0 && stated_minutes > 0 && scheduled != stated_minutes)
    report (c, "schedule-hours-mismatch", "start-hours",
            "schedule_hours", hours_text (c, scheduled / 60.0),
            "stated_hours", hours_text (c, stated),
            NULL);
}

/* The ceiling covers the start, every step of the step-up plan and the
 * week schedule: 37 hours is a full-time week, 37.5 is over. */
static void
check_hours (Check *c)
{
  double ceiling = pa_rule_set_get_full_time_hours (c->rules);
  GListModel *step_ups = get_list (c->agreement, "step-ups");
  double hours = pa_record_get_double (c->agreement, "start-hours");

  if (hours > ceiling)
    report (c, "hours-over-full-time", "start-hours",
            "hours", hours_text (c, hours),
            "ceiling", hours_text (c, ceiling),
            NULL);

  for (guint i = 0; i < g_list_model_get_n_items (step_ups); i++)
    {
      g_autoptr(PaRecord) step = g_list_model_get_item (step_ups, i);

      hours = pa_record_get_double (step, "hours");
      if (hours > ceiling)
        report (c, "hours-over-full-time", list_path (c, "step-ups", i, "hours"),
                "hours", hours_text (c, hours),
                "ceiling", hours_text (c, ceiling),
                NULL);
    }

  check_schedule (c, ceiling, pa_record_get_double (c->agreement, "start-hours"));
}

static int
get_minutes (PaRecord   *record,
             const char *field)
{
  const char *value = pa_record_get_string (record, field);
  int minutes;

  if (value == NULL || !pa_validate_time (value, &minutes, NULL))
    return -1;
  return minutes;
}

/* Within the normal working hours of the rules: a day that starts too
 * early, ends too late or runs past midnight gets one warning. */
static void
check_workday (Check    *c,
               PaRecord *day,
               guint     i)
{
  int weekday = pa_record_get_int (day, "weekday");
  int from = get_minutes (day, "start-time");
  int to = get_minutes (day, "end-time");
  int day_start, day_end;
  gboolean weekdays_only;
  const char *field = NULL;

  if (weekday < 1 || weekday > 7)
    return;

  pa_rule_set_get_normal_hours (c->rules, &day_start, &day_end, &weekdays_only);

  if (weekdays_only && weekday >= 6)
    report (c, "workday-weekend", list_path (c, "workdays", i, "weekday"),
            "weekday", weekday_text (c, weekday), NULL);

  if (from >= 0 && from < day_start)
    field = "start-time";
  else if (to >= 0 && (to > day_end || (from >= 0 && to <= from)))
    field = "end-time";
  else if (from >= day_end)
    field = "start-time";

  if (field != NULL)
    report (c, "hours-outside-normal", list_path (c, "workdays", i, field),
            "weekday", weekday_text (c, weekday),
            "from", from >= 0 ? minutes_text (c, from) : "",
            "to", to >= 0 ? minutes_text (c, to) : "",
            "day_start", minutes_text (c, day_start),
            "day_end", minutes_text (c, day_end),
            NULL);
}

static void
check_workdays (Check *c)
{
  GListModel *workdays = get_list (c->agreement, "workdays");

  for (guint i = 0; i < g_list_model_get_n_items (workdays); i++)
    {
      g_autoptr(PaRecord) day = g_list_model_get_item (workdays, i);

      check_workday (c, day, i);
    }
}

/* Rimelighedskravet at the P-number: those already in placement or wage
 * subsidy, plus this citizen, within what the ordinary staff allows. */
static void
check_ratio (Check *c)
{
  int employees = pa_record_get_int (c->company, "employees");
  int in_use = pa_record_get_int (c->company, "placements-in-use");
  int allowed = pa_rule_set_max_in_placement (c->rules, MAX (employees, 0));

  if (in_use + 1 > allowed)
    report (c, "ratio-exceeded", "company/employees",
            "employees", num (c, employees),
            "allowed", num (c, allowed),
            "in_use", num (c, in_use),
            "total", num (c, in_use + 1),
            NULL);
}

/* Returns whether the purpose asks for a stated reason and may be used. */
static gboolean
check_purpose (Check      *c,
               const char *id,
               guint       i,
               gboolean   *legal)
{
  const PaPurposeRule *rule = pa_rule_set_find_purpose (c->rules, id);
  const char *path = list_path (c, "purposes", i, "purpose-id");

  if (rule == NULL)
    {
      report (c, "purpose-unknown", path,
              "purpose_id", id,
              "effective", iso_date_text (c, pa_rule_set_get_effective_date (c->rules)),
              NULL);
      return FALSE;
    }

  *legal |= rule->legal;

  if (c->group != NULL && !pa_rule_set_purpose_applies (c->rules, id, c->group->id))
    {
      if (pa_rule_set_purpose_is_availability_test (c->rules, id))
        report (c, "availability-test-not-for-group", path, "group", c->group->label, NULL);
      else
        report (c, "purpose-not-for-group", path,
                "purpose", rule->label,
                "group", c->group->label,
                NULL);
      return FALSE;
    }

  return rule->needs_reason;
}

/* BAB § 60, stk. 2: at least one of the act's purposes; the citizen's
 * own words may stand next to it. The one purpose that needs a reason
 * (rådighedsafprøvning) has its own field for it. */
static void
check_purposes (Check *c)
{
  GListModel *purposes = get_list (c->agreement, "purposes");
  gboolean legal = FALSE, needs_reason = FALSE, chosen = FALSE;
  const char *reason = get_text (c->agreement, "availability-reason");

  for (guint i = 0; i < g_list_model_get_n_items (purposes); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);
      const char *id = get_text (purpose, "purpose-id");

      chosen |= id != NULL;
      if (id != NULL)
        needs_reason |= check_purpose (c, id, i, &legal);
    }

  if (needs_reason && reason == NULL)
    report (c, "availability-test-without-reason", "availability-reason", NULL)->missing = TRUE;
  else if (needs_reason && !is_substantive (reason))
    report (c, "availability-reason-vague", "availability-reason", NULL);

  /* Nothing chosen yet is a field to fill in, not a breach. */
  if (!chosen)
    report (c, "purpose-missing", "purposes", NULL)->missing = TRUE;
  else if (!legal)
    report (c, "no-legal-purpose", "purposes", NULL);
}

/* Whether the company is the citizen's most recent employer: by CVR
 * number when both are known, otherwise by name, read as a person reads
 * it ("Netto ApS" is "netto a/s"). An old draft may have the CVR number
 * in the name field. */
static const char *
recent_employer_match (Check *c)
{
  const char *recent = get_text (c->citizen, "recent-employer");
  const char *recent_cvr = get_text (c->citizen, "recent-employer-cvr");
  const char *cvr = get_text (c->company, "cvr");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (recent_cvr != NULL && cvr != NULL)
    {
      a = strip_spaces (recent_cvr);
      b = strip_spaces (cvr);
      return g_str_equal (a, b) ? "company/cvr" : NULL;
    }
  if (recent == NULL)
    return NULL;
  if (same_company_name (recent, get_text (c->company, "name")))
    return "company/name";
  if (cvr != NULL)
    {
      a = strip_spaces (recent);
      b = strip_spaces (cvr);
      if (g_str_equal (a, b))
        return "company/cvr";
    }
  return NULL;
}

/* BAB § 61, stk. 2 as data: for some target groups never; for the
 * others only after a concrete assessment, recorded in its own field. */
static void
check_recent_employer (Check *c)
{
  const char *match = recent_employer_match (c);
  const char *name = get_text (c->company, "name");
  const char *company = name ? name : get_text (c->company, "cvr");
  const char *assessment = get_text (c->agreement, "recent-employer-assessment");

  if (match == NULL)
    return;

  if (c->group != NULL && !c->group->recent_employer_assessment)
    report (c, "recent-employer-not-allowed", match,
            "company", company, "group", c->group->label, NULL);
  else if (is_substantive (assessment))
    report (c, "recent-employer-assessed", "recent-employer-assessment",
            "company", company, NULL);
  else
    report (c, "recent-employer", "recent-employer-assessment",
            "company", company, NULL);
}

/* Earlier placements that count: not this agreement, not cancelled. */
static GPtrArray *
earlier_placements (Check     *c,
                    GPtrArray *earlier)
{
  GPtrArray *result = g_ptr_array_new ();
  const char *id = pa_agreement_get_id (PA_AGREEMENT (c->agreement));

  for (guint i = 0; earlier != NULL && i < earlier->len; i++)
    {
      PaRecord *other = g_ptr_array_index (earlier, i);

      g_return_val_if_fail (PA_IS_AGREEMENT (other), result);
      if (g_strcmp0 (pa_agreement_get_id (PA_AGREEMENT (other)), id) == 0 ||
          g_strcmp0 (pa_record_get_string (other, "status"), "cancelled") == 0)
        continue;
      g_ptr_array_add (result, other);
    }
  return result;
}

/* Returns: (transfer none): the work function named @name; the list
 * keeps it alive. */
static PaRecord *
find_work_function (PaRecord   *agreement,
                    const char *name)
{
  GListModel *functions = get_list (agreement, "work-functions");

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);

      if (same_name (name, get_text (function, "name")))
        return function;
    }
  return NULL;
}

/* A repeat placement for a group that needs it (dagpenge) must be in a
 * different work function, and say how it differs. */
static void
check_repeat (Check     *c,
              GPtrArray *earlier)
{
  g_autoptr(GPtrArray) placements = NULL;
  GListModel *functions;
  PaRecord *latest = NULL;

  if (c->group == NULL || !c->group->repeat_needs_new_function)
    return;

  placements = earlier_placements (c, earlier);
  if (placements->len == 0)
    return;

  for (guint i = 0; i < placements->len; i++)
    {
      PaRecord *other = g_ptr_array_index (placements, i);

      if (latest == NULL || g_strcmp0 (pa_record_get_string (other, "start-date"),
                                       pa_record_get_string (latest, "start-date")) > 0)
        latest = other;
    }

  if (get_text (c->agreement, "repeat-explanation") == NULL)
    report (c, "repeat-without-explanation", "repeat-explanation",
            "group", c->group->label,
            "earlier_start", iso_date_text (c, pa_record_get_string (latest, "start-date")),
            NULL);

  functions = get_list (c->agreement, "work-functions");
  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);
      const char *name = get_text (function, "name");

      for (guint j = 0; name != NULL && j < placements->len; j++)
        {
          PaRecord *other = g_ptr_array_index (placements, j);

          if (find_work_function (other, name) != NULL)
            {
              report (c, "repeat-same-work-function", list_path (c, "work-functions", i, "name"),
                      "work_function", name,
                      "group", c->group->label,
                      "earlier_start", iso_date_text (c, pa_record_get_string (other, "start-date")),
                      NULL);
              break;
            }
        }
    }
}

/* Whether a work function has placement tasks (a task without a kind
 * is a placement task) and the index of its first paid task, or -1. */
static gboolean
has_placement_tasks (PaRecord *function,
                     int      *first_paid)
{
  GListModel *tasks = get_list (function, "tasks");
  gboolean placement = g_list_model_get_n_items (tasks) == 0;

  *first_paid = -1;
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(PaRecord) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (pa_record_get_string (task, "kind"), "paid") == 0)
        {
          if (*first_paid < 0)
            *first_paid = (int) i;
        }
      else
        placement = TRUE;
    }
  return placement;
}

/* Hybridpraktik: paid hours for tasks the citizen masters, placement
 * hours for tasks being trained, never in the same work function. */
static void
check_hybrid (Check *c)
{
  GListModel *functions = get_list (c->agreement, "work-functions");
  GListModel *hybrid = get_list (c->agreement, "hybrid-hours");
  int first_paid;

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);

      if (has_placement_tasks (function, &first_paid) && first_paid >= 0)
        report (c, "hybrid-mixed-tasks",
                keep (c, g_strdup_printf ("work-functions/%u/tasks/%d/kind", i, first_paid)),
                "work_function", pa_record_get_string (function, "name"), NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (hybrid); i++)
    {
      g_autoptr(PaRecord) paid = g_list_model_get_item (hybrid, i);
      const char *name = get_text (paid, "work-function");
      PaRecord *function = name ? find_work_function (c->agreement, name) : NULL;

      if (function != NULL && has_placement_tasks (function, &first_paid))
        report (c, "hybrid-same-function", list_path (c, "hybrid-hours", i, "work-function"),
                "work_function", name, NULL);
    }
}

static void
check_follow_ups (Check *c)
{
  GListModel *follow_ups = get_list (c->agreement, "follow-ups");
  guint planned = 0;

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(PaRecord) follow_up = g_list_model_get_item (follow_ups, i);
      GDate date;

      if (!get_date (follow_up, "date", &date))
        continue;
      planned++;

      if (c->has_period &&
          (g_date_compare (&date, &c->start) < 0 || g_date_compare (&date, &c->final_end) > 0))
        report (c, "follow-up-outside-period", list_path (c, "follow-ups", i, "date"),
                "date", date_text (c, &date),
                "start", date_text (c, &c->start),
                "end", date_text (c, &c->final_end),
                NULL);
    }

  if (planned == 0 && c->group != NULL && c->group->close_follow_up)
    report (c, "no-close-follow-up", "follow-ups", "group", c->group->label, NULL);
}

/* Goals (domain.md 3) and progression (domain.md 6).
 *
 * Dates: a goal, its sub-goals and the progression targets belong to
 * the placement, so a date outside the period (extensions included) is
 * an error: the agreement promises something it gives no time for. A
 * date inside the period but in the wrong order (a sub-goal after its
 * goal's deadline, a sub-goal or target earlier than the one before it)
 * is a warning: the plan reads oddly, but may be what was agreed. The
 * first and last day of the period are inside it. */

static gboolean
outside_period (Check       *c,
                const GDate *date)
{
  return c->has_period &&
         (g_date_compare (date, &c->start) < 0 || g_date_compare (date, &c->final_end) > 0);
}

static const char *
list_path2 (Check      *c,
            const char *list,
            guint       index,
            const char *sublist,
            guint       subindex,
            const char *field)
{
  return keep (c, g_strdup_printf ("%s/%u/%s/%u/%s", list, index, sublist, subindex, field));
}

/* The sub-goals of goal @i: dated when the goal is, inside the period,
 * by the goal's deadline and in order. */
static void
check_subgoals (Check       *c,
                PaRecord    *goal,
                guint        i,
                const GDate *deadline)
{
  GListModel *subgoals = get_list (goal, "subgoals");
  const char *goal_number = num (c, i + 1);
  GDate previous;
  guint previous_index = 0;

  g_date_clear (&previous, 1);
  for (guint j = 0; j < g_list_model_get_n_items (subgoals); j++)
    {
      g_autoptr(PaRecord) subgoal = g_list_model_get_item (subgoals, j);
      const char *path = list_path2 (c, "goals", i, "subgoals", j, "date");
      GDate date;

      if (!get_date (subgoal, "date", &date))
        {
          /* The goal has a date, so its steps need one too: a hint. */
          if (g_date_valid (deadline))
            report (c, "subgoal-date-missing", path,
                    "goal", goal_number, "number", num (c, j + 1), NULL)->missing = TRUE;
          continue;
        }

      if (outside_period (c, &date))
        report (c, "subgoal-outside-period", path,
                "goal", goal_number, "number", num (c, j + 1),
                "date", date_text (c, &date),
                "start", date_text (c, &c->start),
                "end", date_text (c, &c->final_end),
                NULL);
      else if (g_date_valid (deadline) && !outside_period (c, deadline) &&
               g_date_compare (&date, deadline) > 0)
        report (c, "subgoal-after-deadline", path,
                "goal", goal_number, "number", num (c, j + 1),
                "date", date_text (c, &date),
                "deadline", date_text (c, deadline),
                NULL);

      if (g_date_valid (&previous) && g_date_compare (&date, &previous) < 0)
        report (c, "subgoal-order", path,
                "goal", goal_number, "number", num (c, j + 1),
                "date", date_text (c, &date),
                "previous_number", num (c, previous_index + 1),
                "previous_date", date_text (c, &previous),
                NULL);
      previous = date;
      previous_index = j;
    }
}

/* The deadline of goal @i within the period; @deadline is left cleared
 * when there is none. */
static void
check_goal_deadline (Check    *c,
                     PaRecord *goal,
                     guint     i,
                     GDate    *deadline)
{
  const char *path = list_path (c, "goals", i, "deadline");

  if (!get_date (goal, "deadline", deadline) || !c->has_period)
    return;

  if (g_date_compare (deadline, &c->start) < 0)
    report (c, "goal-deadline-before-start", path,
            "goal", num (c, i + 1),
            "date", date_text (c, deadline),
            "start", date_text (c, &c->start),
            NULL);
  else if (g_date_compare (deadline, &c->final_end) > 0)
    report (c, "goal-deadline-after-end", path,
            "goal", num (c, i + 1),
            "date", date_text (c, deadline),
            "end", date_text (c, &c->final_end),
            NULL);
}

/* Attractive and realistic cannot be read from the text: the citizen's
 * own words and the two confirmations are asked for until given. */
static void
check_goal_confirmations (Check    *c,
                          PaRecord *goal,
                          guint     i)
{
  const char *goal_number = num (c, i + 1);

  if (get_text (goal, "attractive") == NULL)
    report (c, "goal-attractive-missing", list_path (c, "goals", i, "attractive"),
            "goal", goal_number, NULL)->missing = TRUE;
  if (!pa_record_get_boolean (goal, "attractive-confirmed"))
    report (c, "goal-attractive-unconfirmed", list_path (c, "goals", i, "attractive-confirmed"),
            "goal", goal_number, NULL)->missing = TRUE;
  if (!pa_record_get_boolean (goal, "realistic-confirmed"))
    report (c, "goal-realistic-unconfirmed", list_path (c, "goals", i, "realistic-confirmed"),
            "goal", goal_number, NULL)->missing = TRUE;
}

/* The label of a purpose as the rules name it, or its id. */
static const char *
purpose_label (Check      *c,
               const char *id)
{
  const PaPurposeRule *rule = pa_rule_set_find_purpose (c->rules, id);

  return rule ? rule->label : id;
}

/* The legal purposes chosen in the agreement that the target group may
 * use, each once, as indices into its list of purposes. */
static GArray *
chosen_legal_purposes (Check *c)
{
  GListModel *purposes = get_list (c->agreement, "purposes");
  GArray *legal = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (purposes); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);
      const char *id = get_text (purpose, "purpose-id");
      const PaPurposeRule *rule = id ? pa_rule_set_find_purpose (c->rules, id) : NULL;

      /* One not for the target group has its own finding: remove it. */
      if (rule == NULL || !rule->legal ||
          (c->group != NULL && !pa_rule_set_purpose_applies (c->rules, id, c->group->id)) ||
          g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) id);
      g_array_append_val (legal, i);
    }
  return legal;
}

static const char *
purpose_id_at (Check *c,
               guint  index)
{
  g_autoptr(PaRecord) purpose = g_list_model_get_item (get_list (c->agreement, "purposes"), index);

  /* The list holds the record, so its string outlives this reference. */
  return get_text (purpose, "purpose-id");
}

static gboolean
purpose_is_chosen (Check      *c,
                   const char *id)
{
  GListModel *purposes = get_list (c->agreement, "purposes");

  for (guint i = 0; i < g_list_model_get_n_items (purposes); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);

      if (g_strcmp0 (get_text (purpose, "purpose-id"), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_purpose_chosen (Check *c)
{
  GListModel *purposes = get_list (c->agreement, "purposes");

  for (guint i = 0; i < g_list_model_get_n_items (purposes); i++)
    {
      g_autoptr(PaRecord) purpose = g_list_model_get_item (purposes, i);

      if (get_text (purpose, "purpose-id") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* BAB § 60, stk. 2 as the goals read it: each goal serves one of the
 * chosen purposes, and each chosen legal purpose has a goal. With only
 * one legal purpose chosen, a goal that names none serves that one; the
 * citizen's individual purpose stands next to a legal one and needs no
 * goal of its own. While no purpose is chosen, the goals are not held
 * against the purposes. */
static void
check_goal_purposes (Check      *c,
                     GListModel *goals)
{
  g_autoptr(GArray) legal = chosen_legal_purposes (c);
  g_autofree gboolean *served = g_new0 (gboolean, MAX (legal->len, 1));

  /* Nothing chosen yet: "purpose-missing" says so, once. */
  if (!any_purpose_chosen (c))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);
      const char *id = get_text (goal, "purpose-id");
      const char *path = list_path (c, "goals", i, "purpose-id");

      if (id == NULL)
        {
          if (legal->len == 1)
            served[0] = TRUE;
          else if (legal->len > 1)
            report (c, "goal-purpose-missing", path, "goal", num (c, i + 1), NULL)->missing = TRUE;
          continue;
        }
      if (!purpose_is_chosen (c, id))
        {
          report (c, "goal-purpose-not-chosen", path,
                  "goal", num (c, i + 1), "purpose", purpose_label (c, id), NULL);
          continue;
        }
      for (guint k = 0; k < legal->len; k++)
        if (g_str_equal (id, purpose_id_at (c, g_array_index (legal, guint, k))))
          served[k] = TRUE;
    }

  for (guint k = 0; k < legal->len; k++)
    {
      guint index = g_array_index (legal, guint, k);

      if (!served[k])
        report (c, "purpose-without-goal", list_path (c, "purposes", index, "purpose-id"),
                "purpose", purpose_label (c, purpose_id_at (c, index)), NULL);
    }
}

static void
check_goals (Check *c)
{
  GListModel *goals = get_list (c->agreement, "goals");

  /* While drafting a placement has no goals yet: a field to fill in. */
  if (g_list_model_get_n_items (goals) == 0)
    {
      report (c, "no-goals", "goals", NULL)->missing = TRUE;
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);
      GDate deadline;

      check_goal_deadline (c, goal, i, &deadline);
      check_subgoals (c, goal, i, &deadline);
      check_goal_confirmations (c, goal, i);
    }
  check_goal_purposes (c, goals);
}

/* The name of a work function in a message; its number when unnamed. */
static const char *
work_function_name (Check    *c,
                    PaRecord *function,
                    guint     i)
{
  const char *name = get_text (function, "name");

  /* TRANSLATORS: an unnamed work function in a finding; %u is its number */
  return name ? name : keep (c, g_strdup_printf (_("work function %u"), i + 1));
}

/* One dated target of the ladder: inside the period, after the one
 * before it, and at or above the start level and the target before. */
static void
check_target (Check       *c,
              PaRecord    *target,
              guint        i,
              guint        j,
              const char  *name,
              int          start_level,
              int          previous_level,
              GDate       *previous)
{
  int level = pa_record_get_int (target, "level");
  GDate date;

  if (get_date (target, "date", &date))
    {
      const char *path = list_path2 (c, "work-functions", i, "targets", j, "date");

      if (outside_period (c, &date))
        report (c, "target-outside-period", path,
                "work_function", name, "number", num (c, j + 1),
                "date", date_text (c, &date),
                "start", date_text (c, &c->start),
                "end", date_text (c, &c->final_end),
                NULL);
      if (g_date_valid (previous) && g_date_compare (&date, previous) < 0)
        report (c, "target-order", path,
                "work_function", name, "number", num (c, j + 1),
                "date", date_text (c, &date),
                "previous_date", date_text (c, previous),
                NULL);
      *previous = date;
    }

  /* The model holds levels 1-5 only, and the XML reader refuses others;
   * a level outside the ladder has nothing to compare. */
  if (level < 1 || level > 5)
    return;

  if (level < start_level)
    report (c, "target-below-start", list_path2 (c, "work-functions", i, "targets", j, "level"),
            "work_function", name, "number", num (c, j + 1),
            "level", num (c, level), "start_level", num (c, start_level), NULL);
  else if (previous_level > 0 && level < previous_level)
    report (c, "target-level-decreasing", list_path2 (c, "work-functions", i, "targets", j, "level"),
            "work_function", name, "number", num (c, j + 1),
            "level", num (c, level), "previous_level", num (c, previous_level), NULL);
}

/* Domain.md 6: per work function a start level and up to three dated
 * targets on the five-step ladder, reached in order within the period. */
static void
check_progression (Check *c)
{
  GListModel *functions = get_list (c->agreement, "work-functions");

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);
      GListModel *targets = get_list (function, "targets");
      const char *name = work_function_name (c, function, i);
      int start_level = pa_record_get_int (function, "start-level");
      int previous_level = 0;
      GDate previous;

      g_date_clear (&previous, 1);
      for (guint j = 0; j < g_list_model_get_n_items (targets); j++)
        {
          g_autoptr(PaRecord) target = g_list_model_get_item (targets, j);
          int level = pa_record_get_int (target, "level");

          check_target (c, target, i, j, name, start_level, previous_level, &previous);
          if (level >= 1 && level <= 5)
            previous_level = level;
        }
    }
}

/* Sorting: errors first, then warnings, then information; within a
 * severity in the order of the fields in the model's tables (and of the
 * items in a list), so the summary reads like the editor. */

typedef struct {
  PaFinding *finding;
  GArray    *key;
  guint      seq;
} SortEntry;

static GArray *
field_order_key (const char *path)
{
  GArray *key = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  GType type = PA_TYPE_AGREEMENT;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const PaField *field = NULL;
      guint64 number;
      guint index = 0;
      int value = G_MAXINT;

      if (*parts[i] == '\0')
        continue;

      if (g_ascii_string_to_unsigned (parts[i], 10, 0, G_MAXINT - 1, &number, NULL))
        value = (int) number;
      else if (type != G_TYPE_INVALID)
        {
          PaRecordClass *klass = g_type_class_ref (type);

          field = pa_record_class_find_field (klass, parts[i], &index);
          g_type_class_unref (klass);
          if (field != NULL)
            value = (int) index;
          type = field && field->child_type ? field->child_type () : G_TYPE_INVALID;
        }
      g_array_append_val (key, value);
    }
  return key;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *x = a, *y = b;

  if (x->finding->severity != y->finding->severity)
    return x->finding->severity > y->finding->severity ? -1 : 1;

  for (guint i = 0; i < MIN (x->key->len, y->key->len); i++)
    {
      int kx = g_array_index (x->key, int, i);
      int ky = g_array_index (y->key, int, i);

      if (kx != ky)
        return kx < ky ? -1 : 1;
    }
  if (x->key->len != y->key->len)
    return x->key->len < y->key->len ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
sort_findings (GPtrArray *findings)
{
  g_autofree SortEntry *entries = g_new0 (SortEntry, MAX (findings->len, 1));
  guint n = findings->len;

  for (guint i = 0; i < n; i++)
    {
      entries[i].finding = g_ptr_array_index (findings, i);
      entries[i].key = field_order_key (entries[i].finding->field);
      entries[i].seq = i;
    }

  qsort (entries, n, sizeof (SortEntry), compare_entries);

  for (guint i = 0; i < n; i++)
    {
      findings->pdata[i] = entries[i].finding;
      g_array_unref (entries[i].key);
    }
}

static GPtrArray *
no_rules_findings (void)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
  PaFinding *finding = g_new0 (PaFinding, 1);

  finding->severity = PA_SEVERITY_ERROR;
  finding->code = g_strdup ("no-rules");
  finding->message = g_strdup (_("No rules could be loaded, so the agreement cannot be checked against the law. Reinstall Praktikaftale or ask whoever maintains it to check the rules folder."));
  finding->field = g_strdup ("");
  g_ptr_array_add (findings, finding);
  return findings;
}

/**
 * pa_check_agreement:
 * @agreement: the agreement to check
 * @rules: (nullable): the rule set; %NULL for the one in force on the
 *   agreement's start date in the default rule book (the newest one
 *   while there is no valid start date)
 * @earlier: (nullable) (element-type PaAgreement): earlier agreements of
 *   the same citizen, for the repeat-placement rule; the agreement itself
 *   and cancelled agreements in it are skipped
 *
 * Runs every check. Without a target group, the checks that depend on
 * it are skipped and an info finding asks for one. When no rule set can
 * be had at all, the only finding is an error with the code "no-rules".
 *
 * Returns: (transfer full) (element-type PaFinding): the findings, errors
 *   first, then warnings, then information, each in the order of the
 *   fields
 */
GPtrArray *
pa_check_agreement (PaAgreement *agreement,
                    PaRuleSet   *rules,
                    GPtrArray   *earlier)
{
  g_autoptr(GPtrArray) scratch = g_ptr_array_new_with_free_func (g_free);
  Check c = { 0 };

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (rules == NULL || PA_IS_RULE_SET (rules), NULL);

  if (rules == NULL)
    {
      const char *start = pa_record_get_string (PA_RECORD (agreement), "start-date");

      if (start != NULL && !pa_validate_iso_date (start, NULL, NULL))
        start = NULL;
      rules = pa_rule_book_get_for_date (pa_rule_book_get_default (), start);
      if (rules == NULL)
        return no_rules_findings ();
    }

  c.agreement = PA_RECORD (agreement);
  c.citizen = PA_RECORD (pa_agreement_get_citizen (agreement));
  c.company = PA_RECORD (pa_agreement_get_company (agreement));
  c.rules = rules;
  c.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
  c.scratch = scratch;

  check_identifiers (&c);
  check_target_group (&c);
  check_period (&c);
  check_duration (&c);
  check_extensions (&c);
  check_hours (&c);
  check_workdays (&c);
  check_ratio (&c);
  check_purposes (&c);
  check_recent_employer (&c);
  check_repeat (&c, earlier);
  check_hybrid (&c);
  check_follow_ups (&c);
  check_goals (&c);
  check_progression (&c);
  pa_goal_checks_append (agreement, rules, c.findings);
  pa_restriction_checks_append (agreement, rules, c.findings);

  sort_findings (c.findings);
  return c.findings;
}
