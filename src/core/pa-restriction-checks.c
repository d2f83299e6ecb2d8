/* pa-restriction-checks.c: the diagnosis guard, as findings
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis and medication list is the phrase library's
 * (pa_restriction_find_diagnoses), the one step 5 and --reformulate use,
 * so the step, --check and the findings bar agree on what a diagnosis is.
 * The message texts and severities are data (data/rules); {number} is the
 * restriction's number as the user sees it (from 1), {field} the field's
 * label, {diagnosis} the term found.
 */
#include "config.h"

#include "pa-checks.h"
#include "pa-checks-private.h"
#include "pa-restriction-analysis.h"
#include "pa-restriction-checks.h"

/* The diagnosis and medication names in @text; empty for no text */
static GPtrArray *
find_diagnoses (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_ptr_array_new_with_free_func (g_free);
  return pa_restriction_find_diagnoses (NULL, text);
}

/* The free-text fields of list items that reach the company copy. */
static const struct {
  const char *list;
  const char *field;
} company_texts[] = {
  { "goals", "specific" },
  { "goals", "measure" },
  { "follow-ups", "agenda" },
  { "follow-ups", "participants" },
};

static void
add_finding (PaRuleSet  *rules,
             GPtrArray  *findings,
             const char *code,
             char       *path,
             GPtrArray  *args,
             const char *diagnosis)
{
  const PaRuleMessage *message = pa_rule_set_find_message (rules, code);
  PaFinding *finding = g_new0 (PaFinding, 1);

  finding->code = g_strdup (code);
  finding->field = path;
  if (message != NULL)
    {
      finding->severity = message->severity;
      finding->message = pa_checks_fill_placeholders (message->text, args);
      finding->reference = g_strdup (message->reference);
    }
  else
    {
      /* A rule set built without the file's messages */
      finding->severity = PA_SEVERITY_WARNING;
      finding->message = g_strdup (diagnosis);
    }
  g_ptr_array_add (findings, finding);
}

/* Adds a diagnosis-in-company-text finding when @field of @record names a
 * diagnosis or medication. */
static void
check_text (PaRuleSet  *rules,
            GPtrArray  *findings,
            PaRecord   *record,
            const char *field,
            char       *path)
{
  const PaField *info = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), field, NULL);
  g_autoptr(GPtrArray) found = find_diagnoses (pa_record_get_string (record, field));
  g_autoptr(GPtrArray) args = NULL;
  const char *diagnosis;

  if (found->len == 0)
    {
      g_free (path);
      return;
    }
  diagnosis = g_ptr_array_index (found, 0);
  args = g_ptr_array_new ();
  g_ptr_array_add (args, (gpointer) "field");
  g_ptr_array_add (args, (gpointer) g_dgettext (GETTEXT_PACKAGE, info->label));
  g_ptr_array_add (args, (gpointer) "diagnosis");
  g_ptr_array_add (args, (gpointer) diagnosis);
  add_finding (rules, findings, "diagnosis-in-company-text", path, args, diagnosis);
}

static void
check_restriction (PaRuleSet *rules,
                   GPtrArray *findings,
                   PaRecord  *restriction,
                   guint      index)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *number = NULL;
  const char *diagnosis;

  if (!pa_record_get_boolean (restriction, "consent"))
    return;
  found = find_diagnoses (pa_record_get_string (restriction, "reformulation"));
  if (found->len == 0)
    return;
  diagnosis = g_ptr_array_index (found, 0);
  number = g_strdup_printf ("%u", index + 1);
  args = g_ptr_array_new ();
  g_ptr_array_add (args, (gpointer) "number");
  g_ptr_array_add (args, number);
  g_ptr_array_add (args, (gpointer) "diagnosis");
  g_ptr_array_add (args, (gpointer) diagnosis);
  add_finding (rules, findings, "restriction-diagnosis-shared",
               g_strdup_printf ("restrictions/%u/reformulation", index), args, diagnosis);
}

static GListModel *
get_list (PaAgreement *agreement,
          const char  *name)
{
  return G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), name));
}

/**
 * pa_restriction_checks_append:
 * @agreement: the agreement to guard
 * @rules: the rule set whose messages to use
 * @findings: (element-type PaFinding): where to add the findings
 *
 * Adds a warning for each shared restriction whose reformulation names a
 * diagnosis or medication (restriction-diagnosis-shared), and for each
 * free-text field reaching the company copy that names one
 * (diagnosis-in-company-text).
 */
void
pa_restriction_checks_append (PaAgreement *agreement,
                              PaRuleSet   *rules,
                              GPtrArray   *findings)
{
  GListModel *restrictions;

  g_return_if_fail (PA_IS_AGREEMENT (agreement));
  g_return_if_fail (PA_IS_RULE_SET (rules));
  g_return_if_fail (findings != NULL);

  restrictions = get_list (agreement, "restrictions");
  for (guint i = 0; restrictions != NULL && i < g_list_model_get_n_items (restrictions); i++)
    {
      g_autoptr(PaRecord) restriction = g_list_model_get_item (restrictions, i);

      check_restriction (rules, findings, restriction, i);
    }

  check_text (rules, findings, PA_RECORD (pa_agreement_get_citizen (agreement)), "job-goal",
              g_strdup ("citizen/job-goal"));
  for (guint t = 0; t < G_N_ELEMENTS (company_texts); t++)
    {
      GListModel *list = get_list (agreement, company_texts[t].list);

      for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PaRecord) item = g_list_model_get_item (list, i);

          check_text (rules, findings, item, company_texts[t].field,
                      g_strdup_printf ("%s/%u/%s", company_texts[t].list, i,
                                       company_texts[t].field));
        }
    }
}
