/* pa-privacy.c: what the company may see of an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company copy carries what the company needs to run the placement
 * and nothing about the citizen beyond that. The decisions:
 *
 * - Fields flagged PA_FIELD_FLAG_SENSITIVE never leave: the CPR number,
 *   the most recent employer, the agreement's internal notes, the notes
 *   taken after follow-ups and the restriction in the citizen's own words.
 * - A restriction the citizen did not consent to share is left out
 *   entirely. Of a shared one the company gets the positive
 *   reformulation, how it is handled (measures), the consent and its
 *   date: the conditions under which the citizen works well.
 * - Not even of a shared restriction: the category (physical,
 *   anxiety, energy, ...) and the concretising answers. Both tend to name
 *   or hint at a diagnosis ("how far can you walk", "what triggers it"),
 *   and the reformulation and measures were written precisely so the
 *   company does not need them.
 * - The checklist's confirmed state stays: it tells the company the
 *   description was checked, and says nothing about the citizen. Its
 *   free-text notes go: they are the consultant's working notes and may
 *   mention anything.
 * - Approvals stay (party and time): the company is a party and must see
 *   who has agreed to which revision. The reason someone approved on a
 *   party's behalf goes: for the citizen it is typically about health or
 *   guardianship.
 *
 * Everything else, the period, hours, goals, tasks, progression, follow-up
 * dates and agendas, next step and contact details, is the agreement the
 * company signs up to, and stays.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pa-privacy.h"

typedef struct {
  GType       (*type) (void);
  const char   *field;
  PaPrivacy     policy;
} PolicyRule;

/* Decisions that the SENSITIVE flag alone does not express. */
static const PolicyRule rules[] = {
  { pa_agreement_get_type, "restrictions", PA_PRIVACY_CONSENT },
  { pa_restriction_get_type, "category", PA_PRIVACY_PRIVATE },
  { pa_restriction_get_type, "answers", PA_PRIVACY_PRIVATE },
  { pa_restriction_get_type, "reformulation", PA_PRIVACY_CONSENT },
  { pa_restriction_get_type, "measures", PA_PRIVACY_CONSENT },
  { pa_restriction_get_type, "consent", PA_PRIVACY_CONSENT },
  { pa_restriction_get_type, "consent-date", PA_PRIVACY_CONSENT },
  { pa_checklist_item_get_type, "note", PA_PRIVACY_PRIVATE },
  { pa_approval_get_type, "on-behalf-reason", PA_PRIVACY_PRIVATE },
};

/**
 * pa_privacy_field_policy:
 * @record_type: a #PaRecord subtype
 * @field: one of its fields
 *
 * The rule for @field regardless of any particular agreement; what a
 * given record shows also depends on where it sits, see
 * pa_privacy_company_may_see().
 */
PaPrivacy
pa_privacy_field_policy (GType          record_type,
                         const PaField *field)
{
  g_return_val_if_fail (g_type_is_a (record_type, PA_TYPE_RECORD), PA_PRIVACY_PRIVATE);
  g_return_val_if_fail (field != NULL, PA_PRIVACY_PRIVATE);

  if (field->flags & PA_FIELD_FLAG_SENSITIVE)
    return PA_PRIVACY_PRIVATE;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].type () == record_type && g_str_equal (rules[i].field, field->name))
      return rules[i].policy;

  return PA_PRIVACY_SHARED;
}

/**
 * pa_privacy_policy_describe:
 *
 * Returns: an English sentence for documentation (schema annotations,
 *   tooltips), marked for translation: pass it through _() for display
 */
const char *
pa_privacy_policy_describe (PaPrivacy policy)
{
  switch (policy)
    {
    case PA_PRIVACY_SHARED:
      return N_("Included in the company copy.");
    case PA_PRIVACY_CONSENT:
      return N_("In the company copy only if the citizen agreed to share the restriction.");
    case PA_PRIVACY_PRIVATE:
      return N_("Never included in the company copy.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The field of @parent that holds @child, or NULL. */
static const PaField *
holding_field (PaRecord *parent,
               PaRecord *child)
{
  guint n;
  const PaField *fields = pa_record_get_fields (parent, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *v = pa_record_peek_value (parent, i);

      if (fields[i].kind == PA_FIELD_CHILD && g_value_get_object (v) == (gpointer) child)
        return &fields[i];

      if (fields[i].kind == PA_FIELD_LIST)
        {
          GListModel *list = g_value_get_object (v);
          guint items = g_list_model_get_n_items (list);

          for (guint j = 0; j < items; j++)
            {
              g_autoptr(PaRecord) item = g_list_model_get_item (list, j);

              if (item == child)
                return &fields[i];
            }
        }
    }
  return NULL;
}

/**
 * pa_privacy_company_may_see_record:
 *
 * Whether @record appears in the company copy at all: %FALSE for a
 * restriction without consent, for anything inside one, and for anything
 * held in a private field (a restriction's answers, say).
 */
gboolean
pa_privacy_company_may_see_record (PaRecord *record)
{
  g_return_val_if_fail (PA_IS_RECORD (record), FALSE);

  for (PaRecord *r = record; r != NULL; r = pa_record_get_parent (r))
    {
      PaRecord *parent = pa_record_get_parent (r);

      if (PA_IS_RESTRICTION (r) && !pa_record_get_boolean (r, "consent"))
        return FALSE;

      if (parent != NULL)
        {
          const PaField *holder = holding_field (parent, r);

          g_assert (holder != NULL);
          if (pa_privacy_field_policy (G_OBJECT_TYPE (parent), holder) == PA_PRIVACY_PRIVATE)
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * pa_privacy_company_may_see:
 * @record: a record, attached to its agreement
 * @field: one of @record's fields
 *
 * The decision for one value. For a list field, %TRUE means the list as
 * such is shown; ask pa_privacy_company_may_see_record() for each item.
 */
gboolean
pa_privacy_company_may_see (PaRecord      *record,
                            const PaField *field)
{
  g_return_val_if_fail (PA_IS_RECORD (record), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  /* CONSENT fields live on or under a restriction, and a restriction
   * without consent is already refused as a whole. */
  return pa_privacy_field_policy (G_OBJECT_TYPE (record), field) != PA_PRIVACY_PRIVATE &&
         pa_privacy_company_may_see_record (record);
}

/* Back to the value a new record has. */
static void
clear_field (PaRecord      *record,
             guint          index,
             const PaField *field)
{
  g_auto(GValue) v = G_VALUE_INIT;

  switch (field->kind)
    {
    case PA_FIELD_STRING:
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
    case PA_FIELD_DATETIME:
      g_value_init (&v, G_TYPE_STRING);
      break;
    case PA_FIELD_INT:
      g_value_init (&v, G_TYPE_INT);
      g_value_set_int (&v, (int) CLAMP (0, field->min, field->max));
      break;
    case PA_FIELD_DOUBLE:
      g_value_init (&v, G_TYPE_DOUBLE);
      g_value_set_double (&v, CLAMP (0.0, field->min, field->max));
      break;
    case PA_FIELD_BOOLEAN:
      g_value_init (&v, G_TYPE_BOOLEAN);
      break;
    case PA_FIELD_LIST:
      g_list_store_remove_all (g_value_get_object (pa_record_peek_value (record, index)));
      return;
    case PA_FIELD_CHILD:
      {
        PaRecord *child = g_value_get_object (pa_record_peek_value (record, index));
        guint n;
        const PaField *fields = pa_record_get_fields (child, &n);

        for (guint i = 0; i < n; i++)
          clear_field (child, i, &fields[i]);
      }
      return;
    default:
      g_assert_not_reached ();
    }

  pa_record_set_value (record, index, &v);
}

static void
strip_record (PaRecord *record)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *v = pa_record_peek_value (record, i);

      if (!pa_privacy_company_may_see (record, &fields[i]))
        clear_field (record, i, &fields[i]);
      else if (fields[i].kind == PA_FIELD_CHILD)
        strip_record (g_value_get_object (v));
      else if (fields[i].kind == PA_FIELD_LIST)
        {
          GListStore *list = g_value_get_object (v);

          for (guint j = g_list_model_get_n_items (G_LIST_MODEL (list)); j > 0; j--)
            {
              g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (list), j - 1);

              if (pa_privacy_company_may_see_record (item))
                strip_record (item);
              else
                g_list_store_remove (list, j - 1);
            }
        }
    }
}

/**
 * pa_privacy_company_copy:
 *
 * A deep copy of @agreement, same id and revision, with everything the
 * company may not see removed (records) or cleared (fields). Render all
 * of it: nothing in it needs further filtering.
 *
 * Returns: (transfer full): the company copy
 */
PaAgreement *
pa_privacy_company_copy (PaAgreement *agreement)
{
  PaAgreement *copy;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  copy = g_object_new (PA_TYPE_AGREEMENT, NULL);
  pa_agreement_freeze_tracking (copy);
  pa_record_copy_into (PA_RECORD (agreement), PA_RECORD (copy));
  strip_record (PA_RECORD (copy));
  pa_agreement_thaw_tracking (copy);

  return copy;
}
