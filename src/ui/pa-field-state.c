/* pa-field-state.c: one decision, for every field, of what the user is told about it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The message under a field, the mark of its step in the sidebar and the
 * counts at the top are all read from one PaFieldStates, so they cannot
 * disagree. The rules:
 *
 * - one message per field: the field's own message (a CPR number of the
 *   wrong shape, a date that does not exist) wins, because the checks only
 *   see the last valid value; otherwise the worst finding (a field that
 *   says two different things of itself shows and counts both);
 * - a field that is merely not filled in yet is a hint, not an error,
 *   until the user has left it or the agreement is agreed;
 * - a finding about the agreement as a whole is counted once;
 * - a finding the field shows itself, live (a vague goal's SMART hint
 *   under its text), is counted once and not said again under it, unless
 *   it has become an error: the step declares those codes.
 */
#include "config.h"

#include <string.h>

#include "pa-field-state.h"

struct _PaFieldStates
{
  GPtrArray  *owned;    /* (element-type PaFinding): copies of the inputs */
  GPtrArray  *items;    /* (element-type PaFieldState): worst first */
  GHashTable *by_path;  /* path -> PaFieldState (owned) */
  GPtrArray  *whole;    /* (element-type PaFieldState): the agreement as a whole,
                         * and a field's second message of its own */
  GPtrArray  *field_findings;
};

PaFieldLevel
pa_field_level_from_severity (PaSeverity severity)
{
  switch (severity)
    {
    case PA_SEVERITY_ERROR:
      return PA_FIELD_LEVEL_ERROR;
    case PA_SEVERITY_WARNING:
      return PA_FIELD_LEVEL_WARNING;
    case PA_SEVERITY_INFO:
    default:
      return PA_FIELD_LEVEL_INFO;
    }
}

static GHashTable *live_codes;  /* (element-type utf8) */

/**
 * pa_field_states_declare_live_codes:
 * @codes: (array zero-terminated=1): finding codes
 *
 * A step whose fields say these problems themselves while the user
 * types declares them once (in its class_init).
 */
void
pa_field_states_declare_live_codes (const char * const *codes)
{
  g_return_if_fail (codes != NULL);

  if (live_codes == NULL)
    live_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    g_hash_table_add (live_codes, g_strdup (codes[i]));
}

gboolean
pa_field_states_is_live_code (const char *code)
{
  return code != NULL && live_codes != NULL && g_hash_table_contains (live_codes, code);
}

static PaFinding *
finding_copy (const PaFinding *finding)
{
  PaFinding *copy = g_new0 (PaFinding, 1);

  copy->severity = finding->severity;
  copy->missing = finding->missing;
  copy->code = g_strdup (finding->code);
  copy->message = g_strdup (finding->message);
  copy->reference = g_strdup (finding->reference);
  copy->field = g_strdup (finding->field ? finding->field : "");
  return copy;
}

static PaFieldLevel
level_of (const PaFinding *finding,
          GHashTable      *touched,
          gboolean         strict)
{
  if (!pa_finding_is_missing_value (finding))
    return pa_field_level_from_severity (finding->severity);
  /* Left empty, or agreed with it empty: now it is an error. */
  if (strict || (touched != NULL && g_hash_table_contains (touched, finding->field)))
    return PA_FIELD_LEVEL_ERROR;
  return PA_FIELD_LEVEL_HINT;
}

/* Whether @candidate should be said instead of @shown, for one field. */
static gboolean
better (const PaFieldState *candidate,
        const PaFieldState *shown)
{
  if (candidate->local != shown->local)
    return candidate->local;
  if (candidate->level != shown->level)
    return candidate->level > shown->level;
  /* "Does not exist" says more than "fill in". */
  return pa_finding_is_missing_value (shown->finding) && !pa_finding_is_missing_value (candidate->finding);
}

static gboolean
same_problem (const PaFieldState *a,
              const PaFieldState *b)
{
  return g_strcmp0 (a->finding->code, b->finding->code) == 0 &&
         g_strcmp0 (a->finding->message, b->finding->message) == 0;
}

static void
add (PaFieldStates   *self,
     const PaFinding *finding,
     PaFieldLevel     level,
     gboolean         local)
{
  PaFieldState *state = g_new0 (PaFieldState, 1);
  PaFieldState *shown;
  PaFinding *copy = finding_copy (finding);

  /* The field says it with the weight the summary and the mark give it. */
  if (level >= PA_FIELD_LEVEL_INFO)
    copy->severity = PA_SEVERITY_INFO + (level - PA_FIELD_LEVEL_INFO);
  g_ptr_array_add (self->owned, copy);
  state->finding = copy;
  state->level = level;
  state->local = local;

  if (*copy->field == '\0')
    {
      for (guint i = 0; i < self->whole->len; i++)
        if (same_problem (g_ptr_array_index (self->whole, i), state))
          {
            g_free (state);
            return;
          }
      g_ptr_array_add (self->whole, state);
      return;
    }

  /* Counted, but it does not take the field's one message from another
   * problem there. An error (left empty, or agreed) is said under the
   * field all the same: the live hint never turns the field red. */
  if (!local && level < PA_FIELD_LEVEL_ERROR && pa_field_states_is_live_code (copy->code))
    {
      state->live = TRUE;
      g_ptr_array_add (self->whole, state);
      return;
    }

  shown = g_hash_table_lookup (self->by_path, copy->field);
  if (shown != NULL && local && shown->local && !same_problem (state, shown))
    {
      /* The field says two things of itself: both are shown, both count. */
      if (!better (state, shown))
        {
          g_ptr_array_add (self->whole, state);
          return;
        }
      g_ptr_array_add (self->whole, g_memdup2 (shown, sizeof *shown));
    }
  else if (shown != NULL && !better (state, shown))
    {
      g_free (state);
      return;
    }
  /* by_path owns the states of fields; replacing frees the old one. */
  g_hash_table_replace (self->by_path, copy->field, state);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const PaFieldState *sa = *(const PaFieldState **) a;
  const PaFieldState *sb = *(const PaFieldState **) b;

  return (int) sb->level - (int) sa->level;
}

static void
collect_items (PaFieldStates *self)
{
  /* The inputs' order, so equal levels keep the order of the checks. */
  for (guint i = 0; i < self->owned->len; i++)
    {
      PaFinding *finding = g_ptr_array_index (self->owned, i);
      PaFieldState *state = *finding->field != '\0'
        ? g_hash_table_lookup (self->by_path, finding->field) : NULL;

      if (state != NULL && state->finding == finding)
        g_ptr_array_add (self->items, state);
      else
        for (guint j = 0; j < self->whole->len; j++)
          if (((PaFieldState *) g_ptr_array_index (self->whole, j))->finding == finding)
            g_ptr_array_add (self->items, g_ptr_array_index (self->whole, j));
    }
  g_ptr_array_sort (self->items, compare_items);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PaFieldState *state = g_ptr_array_index (self->items, i);

      if (state->local || state->live || *state->finding->field == '\0')
        continue;
      if (state->level == PA_FIELD_LEVEL_HINT)
        {
          /* Not filled in yet: a quiet line under the field, never red. */
          PaFinding *hint = finding_copy (state->finding);

          hint->severity = PA_SEVERITY_INFO;
          g_ptr_array_add (self->owned, hint);
          g_ptr_array_add (self->field_findings, hint);
        }
      else if (state->level >= PA_FIELD_LEVEL_INFO)
        g_ptr_array_add (self->field_findings, (gpointer) state->finding);
    }
}

/**
 * pa_field_states_new:
 * @findings: (element-type PaFinding) (nullable): what the checks found
 * @local: (element-type PaFinding) (nullable): what the fields say of
 *   themselves, with the path of the field
 * @touched: (element-type utf8 utf8) (nullable): the paths of the fields
 *   the user has left
 * @strict: the agreement is agreed: an empty field is an error now
 *
 * Returns: (transfer full): what to show for each field, each step and
 *   the agreement
 */
PaFieldStates *
pa_field_states_new (GPtrArray  *findings,
                     GPtrArray  *local,
                     GHashTable *touched,
                     gboolean    strict)
{
  PaFieldStates *self = g_new0 (PaFieldStates, 1);

  self->owned = g_ptr_array_new_with_free_func ((GDestroyNotify) pa_finding_free);
  self->items = g_ptr_array_new ();
  self->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->field_findings = g_ptr_array_new ();
  self->whole = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; local != NULL && i < local->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (local, i);

      add (self, finding, pa_field_level_from_severity (finding->severity), TRUE);
    }
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const PaFinding *finding = g_ptr_array_index (findings, i);

      add (self, finding, level_of (finding, touched, strict), FALSE);
    }

  collect_items (self);
  return self;
}

void
pa_field_states_free (PaFieldStates *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->field_findings);
  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->by_path);
  g_ptr_array_unref (self->whole);
  g_ptr_array_unref (self->owned);
  g_free (self);
}

guint
pa_field_states_get_n_items (PaFieldStates *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

/* The @index-th thing to say, worst first. */
const PaFieldState *
pa_field_states_get_item (PaFieldStates *self,
                          guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/* The one thing to say about the field @path, or %NULL. */
const PaFieldState *
pa_field_states_lookup (PaFieldStates *self,
                        const char    *path)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (path == NULL || *path == '\0')
    return NULL;
  return g_hash_table_lookup (self->by_path, path);
}

/* How many things of @level there are: the counts of the summary. */
guint
pa_field_states_count (PaFieldStates *self,
                       PaFieldLevel   level)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->items->len; i++)
    if (((PaFieldState *) g_ptr_array_index (self->items, i))->level == level)
      n++;
  return n;
}

/**
 * pa_field_states_worst:
 * @filter: (nullable): which paths count, e.g. those of one step
 *
 * Returns: the worst level among the fields @filter accepts: the mark
 *   of a step
 */
PaFieldLevel
pa_field_states_worst (PaFieldStates     *self,
                       PaFieldPathFilter  filter,
                       gpointer           user_data)
{
  PaFieldLevel worst = PA_FIELD_LEVEL_NONE;

  g_return_val_if_fail (self != NULL, PA_FIELD_LEVEL_NONE);

  for (guint i = 0; i < self->items->len; i++)
    {
      const PaFieldState *state = g_ptr_array_index (self->items, i);

      if (filter == NULL || filter (state->finding->field, user_data))
        worst = MAX (worst, state->level);
    }
  return worst;
}

/**
 * pa_field_states_get_field_findings:
 *
 * Returns: (transfer none) (element-type PaFinding): the findings to show
 *   under their fields: at most one per field, none where the field's
 *   own message already says what is wrong; a field not filled in yet
 *   gets its hint as an info line, never as an error
 */
GPtrArray *
pa_field_states_get_field_findings (PaFieldStates *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->field_findings;
}
