/* pa-revision-diff.c: what changed between two revisions, in plain Danish
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Walks the field tables of both agreements side by side. Labels come
 * from the tables, values are worded by pa-wording.c. List items are
 * matched first by being equal (an item that did not change stays
 * matched when one before it is removed), then by position; the rest
 * are new or removed.
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "pa-restriction-analysis.h"
#include "pa-revision-diff.h"
#include "pa-wording.h"

typedef struct {
  const char *type_name;
  const char *singular;  /* "Sub-goal" */
  const char *added;     /* "New sub-goal: %s" */
  const char *removed;   /* "Sub-goal removed: %s" */
} ItemWords;

static const ItemWords item_words[] = {
  { "subgoal", N_("Sub-goal"), N_("New sub-goal: %s"), N_("Sub-goal removed: %s") },
  { "goal", N_("Goal"), N_("New goal: %s"), N_("Goal removed: %s") },
  { "work-function", N_("Work function"), N_("New work function: %s"), N_("Work function removed: %s") },
  { "task", N_("Task"), N_("New task: %s"), N_("Task removed: %s") },
  { "restriction", N_("Restriction"), N_("New restriction: %s"), N_("Restriction removed: %s") },
  { "follow-up", N_("Follow-up"), N_("New follow-up: %s"), N_("Follow-up removed: %s") },
  { "extension", N_("Extension"), N_("New extension: %s"), N_("Extension removed: %s") },
  { "workday", N_("Workday"), N_("New workday: %s"), N_("Workday removed: %s") },
  { "step-up", N_("Step-up"), N_("New step-up: %s"), N_("Step-up removed: %s") },
  { "hybrid-hours", N_("Paid hours"), N_("New paid hours: %s"), N_("Paid hours removed: %s") },
  { "purpose", N_("Purpose"), N_("New purpose: %s"), N_("Purpose removed: %s") },
  { "progression-target", N_("Progression target"), N_("New progression target: %s"),
    N_("Progression target removed: %s") },
  { "competence", N_("Core competence"), N_("New core competence: %s"), N_("Core competence removed: %s") },
  { "measure", N_("Measure"), N_("New measure: %s"), N_("Measure removed: %s") },
  { "restriction-answer", N_("Answer"), N_("New answer: %s"), N_("Answer removed: %s") },
};

static const struct { const char *value, *label; } choice_words[] = {
  { "phone", N_("phone") },
  /* Translators: a kind of follow-up: at the company's address */
  { "company", N_("at the company") },
  { "three-party", N_("three-party meeting") },
  { "placement", N_("placement") },
  { "paid", N_("paid hours") },
  { "mentor", N_("mentor") },
  { "aids", N_("aids") },
  { "hours", N_("adjusted hours") },
  { "buddy", N_("buddy") },
  { "language-mentor", N_("language mentor") },
  { "pictures", N_("pictures") },
  { "assistance", N_("personal assistance") },
  { "other", N_("other") },
  { "oral", N_("approved orally") },
  { "paper-later", N_("signs on paper later") },
  { "ordinary-work", N_("begun ordinary work") },
  { "other-offer", N_("another offer") },
  { "illness", N_("illness") },
  { "no-show", N_("did not show up") },
};

const char *
pa_revision_diff_choice_label (const char *value)
{
  if (value == NULL)
    return "";
  /* The restriction categories have their labels in one place ("other"
   * is also a measure's and a reason's kind, so it stays below). */
  if (!g_str_equal (value, "other") && g_strv_contains (pa_restriction_categories, value))
    return pa_restriction_category_label (value);
  for (guint i = 0; i < G_N_ELEMENTS (choice_words); i++)
    if (g_str_equal (choice_words[i].value, value))
      return _(choice_words[i].label);
  return value;
}

static const ItemWords *
words_for (PaRecord *item)
{
  const char *name = pa_record_get_type_name (item);

  for (guint i = 0; i < G_N_ELEMENTS (item_words); i++)
    if (g_str_equal (item_words[i].type_name, name))
      return &item_words[i];
  return NULL;
}

static int
time_minutes (const char *hhmm)
{
  int h, m;

  if (hhmm == NULL || sscanf (hhmm, "%d:%d", &h, &m) != 2)
    return -1;
  return h * 60 + m;
}

/* The value as a reader says it; "" when empty. */
static char *
word_value (const PaField *field,
            const GValue  *value)
{
  switch (field->kind)
    {
    case PA_FIELD_DATE:
      return pa_wording_date_numeric (g_value_get_string (value));
    case PA_FIELD_TIME:
      {
        int minutes = time_minutes (g_value_get_string (value));
        return minutes < 0 ? g_strdup ("") : pa_wording_time (minutes);
      }
    case PA_FIELD_DOUBLE:
      return pa_wording_hours (g_value_get_double (value));
    case PA_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
    case PA_FIELD_INT:
      if (g_str_equal (field->name, "weekday"))
        return g_strdup (pa_wording_weekday (g_value_get_int (value)));
      return g_strdup_printf ("%d", g_value_get_int (value));
    default:
      if (field->choices != NULL)
        return g_strdup (pa_revision_diff_choice_label (g_value_get_string (value)));
      return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
    }
}

/* A short name for a list item: its first text worth showing. */
static char *
item_summary (PaRecord *item)
{
  guint n;
  const PaField *fields = pa_record_get_fields (item, &n);

  for (guint i = 0; i < n; i++)
    if (fields[i].kind != PA_FIELD_CHILD && fields[i].kind != PA_FIELD_LIST &&
        fields[i].kind != PA_FIELD_BOOLEAN)
      {
        g_autofree char *text = word_value (&fields[i], pa_record_peek_value (item, i));

        if (*text != '\0' && !(fields[i].kind == PA_FIELD_INT && g_str_equal (text, "0")))
          return g_steal_pointer (&text);
      }
  return g_strdup ("—");
}

static char *
with_prefix (const char *prefix,
             const char *sentence)
{
  if (prefix == NULL)
    return g_strdup (sentence);
  /* Translators: where a change is, then the change: "Sub-goal 2: Date changed …" */
  return g_strdup_printf (_("%s: %s"), prefix, sentence);
}

static char *
bool_sentence (PaRecord      *record,
               const PaField *field,
               gboolean       now)
{
  if (g_str_equal (field->name, "consent") && g_str_equal (pa_record_get_type_name (record), "restriction"))
    return g_strdup (now ? _("is now shared with the company") : _("is no longer shared with the company"));
  if (g_str_equal (field->name, "reached"))
    return g_strdup (now ? _("is now reached") : _("is no longer marked as reached"));
  /* Translators: a yes/no field changed: "The citizen confirms …: now yes" */
  return g_strdup_printf (now ? _("%s: now yes") : _("%s: now no"), _(field->label));
}

static char *
scalar_sentence (PaRecord      *record,
                 const PaField *field,
                 const GValue  *old_value,
                 const GValue  *new_value)
{
  g_autofree char *before = word_value (field, old_value);
  g_autofree char *after = word_value (field, new_value);

  if (field->kind == PA_FIELD_BOOLEAN)
    return bool_sentence (record, field, g_value_get_boolean (new_value));
  if (*before == '\0')
    return g_strdup_printf (_("%s set to %s"), _(field->label), after);
  if (*after == '\0')
    return g_strdup_printf (_("%s removed (was %s)"), _(field->label), before);
  return g_strdup_printf (_("%s changed from %s to %s"), _(field->label), before, after);
}

static void diff_records (GPtrArray *out, const char *prefix, PaRecord *a, PaRecord *b);

static char *
item_prefix (const char *prefix,
             PaRecord   *item,
             guint       position)
{
  const ItemWords *words = words_for (item);
  g_autofree char *own = g_strdup_printf ("%s %u", words ? _(words->singular) : "", position + 1);
  g_autofree char *lower = NULL;

  if (prefix == NULL)
    return g_steal_pointer (&own);
  lower = g_utf8_strdown (own, -1);
  return g_strdup_printf ("%s, %s", prefix, lower);
}

static void
add_item_sentence (GPtrArray  *out,
                   const char *prefix,
                   PaRecord   *item,
                   gboolean    added)
{
  const ItemWords *words = words_for (item);
  g_autofree char *summary = item_summary (item);
  g_autofree char *sentence = NULL;

  if (words != NULL)
    sentence = g_strdup_printf (added ? _(words->added) : _(words->removed), summary);
  else
    sentence = g_strdup_printf (added ? _("Added: %s") : _("Removed: %s"), summary);
  g_ptr_array_add (out, with_prefix (prefix, sentence));
}

/* Pairs items of @a and @b: equal items first, in order, then the rest
 * by position. match[i] is the index in @b for item i of @a, or -1. */
static int *
match_items (GListModel *a,
             GListModel *b)
{
  guint na = g_list_model_get_n_items (a), nb = g_list_model_get_n_items (b);
  int *match = g_new (int, na + 1);
  g_autofree gboolean *used = g_new0 (gboolean, nb + 1);
  guint next = 0;

  for (guint i = 0; i < na; i++)
    {
      g_autoptr(PaRecord) x = g_list_model_get_item (a, i);

      match[i] = -1;
      for (guint j = next; j < nb && match[i] < 0; j++)
        {
          g_autoptr(PaRecord) y = g_list_model_get_item (b, j);

          if (pa_record_equal (x, y))
            match[i] = j, used[j] = TRUE, next = j + 1;
        }
    }
  for (guint i = 0, j = 0; i < na; i++)
    if (match[i] < 0)
      {
        while (j < nb && used[j])
          j++;
        if (j < nb)
          match[i] = j, used[j] = TRUE;
      }
  return match;
}

static void
diff_lists (GPtrArray  *out,
            const char *prefix,
            GListModel *a,
            GListModel *b)
{
  guint na = g_list_model_get_n_items (a), nb = g_list_model_get_n_items (b);
  g_autofree int *match = match_items (a, b);
  g_autofree gboolean *matched = g_new0 (gboolean, nb + 1);

  for (guint i = 0; i < na; i++)
    {
      g_autoptr(PaRecord) x = g_list_model_get_item (a, i);

      if (match[i] < 0)
        {
          add_item_sentence (out, prefix, x, FALSE);
          continue;
        }
      matched[match[i]] = TRUE;
      {
        g_autoptr(PaRecord) y = g_list_model_get_item (b, match[i]);
        g_autofree char *where = item_prefix (prefix, y, match[i]);

        diff_records (out, where, x, y);
      }
    }
  for (guint j = 0; j < nb; j++)
    if (!matched[j])
      {
        g_autoptr(PaRecord) y = g_list_model_get_item (b, j);

        add_item_sentence (out, prefix, y, TRUE);
      }
}

static gboolean
values_equal (const PaField *field,
              const GValue  *a,
              const GValue  *b)
{
  switch (field->kind)
    {
    case PA_FIELD_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case PA_FIELD_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case PA_FIELD_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    default:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    }
}

static void
diff_records (GPtrArray  *out,
              const char *prefix,
              PaRecord   *a,
              PaRecord   *b)
{
  guint n;
  const PaField *fields = pa_record_get_fields (a, &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *va = pa_record_peek_value (a, i);
      const GValue *vb = pa_record_peek_value (b, i);

      if (fields[i].flags & PA_FIELD_FLAG_META)
        continue;
      if (fields[i].kind == PA_FIELD_CHILD)
        diff_records (out, prefix, g_value_get_object (va), g_value_get_object (vb));
      else if (fields[i].kind == PA_FIELD_LIST)
        diff_lists (out, prefix, g_value_get_object (va), g_value_get_object (vb));
      else if (!values_equal (&fields[i], va, vb))
        {
          g_autofree char *sentence = scalar_sentence (b, &fields[i], va, vb);
          g_autofree char *line = NULL;

          /* "Sub-goal 2 is now reached" reads better without a colon. */
          if (fields[i].kind == PA_FIELD_BOOLEAN && prefix != NULL &&
              !g_str_has_prefix (sentence, _(fields[i].label)))
            line = g_strdup_printf ("%s %s", prefix, sentence);
          else
            line = with_prefix (prefix, sentence);
          g_ptr_array_add (out, g_steal_pointer (&line));
        }
    }
}

GPtrArray *
pa_revision_diff (PaAgreement *older,
                  PaAgreement *newer)
{
  GPtrArray *out;

  g_return_val_if_fail (PA_IS_AGREEMENT (older), NULL);
  g_return_val_if_fail (PA_IS_AGREEMENT (newer), NULL);

  out = g_ptr_array_new_with_free_func (g_free);
  diff_records (out, NULL, PA_RECORD (older), PA_RECORD (newer));
  return out;
}
