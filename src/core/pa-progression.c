/* pa-progression.c: the five-step progression ladder of a work function and its checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per work function the citizen is placed on the ladder of the
 * progression tool (Begynder, Avanceret begynder, Selvstartende,
 * Selvkørende, Oplært) with up to three dated targets. The checks here
 * are pure: the rule engine turns them into findings, the editor into
 * hints at the date fields.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pa-model.h"
#include "pa-progression.h"
#include "pa-validate.h"
#include "pa-wording.h"

const char *
pa_progression_level_name (int level)
{
  switch (level)
    {
    case 1:
      /* Translators: level 1 of the progression ladder (Begynder) */
      return C_("progression", "Beginner");
    case 2:
      /* Translators: level 2 of the progression ladder (Avanceret begynder) */
      return C_("progression", "Advanced beginner");
    case 3:
      /* Translators: level 3 of the progression ladder (Selvstartende) */
      return C_("progression", "Self-starting");
    case 4:
      /* Translators: level 4 of the progression ladder (Selvkørende) */
      return C_("progression", "Self-running");
    case 5:
      /* Translators: level 5 of the progression ladder (Oplært) */
      return C_("progression", "Trained");
    default:
      return NULL;
    }
}

const char *
pa_progression_level_description (int level)
{
  switch (level)
    {
    case 1:
      return _("Needs help and guidance all the time.");
    case 2:
      return _("Understands the task, needs help along the way.");
    case 3:
      return _("Needs guidance and sometimes help, but starts alone.");
    case 4:
      return _("Needs a little guidance, starts and works alone.");
    case 5:
      return _("Masters the task alone, like a newly trained employee.");
    default:
      return NULL;
    }
}

int
pa_progression_clamp_level (int level)
{
  return CLAMP (level, PA_PROGRESSION_LEVEL_MIN, PA_PROGRESSION_LEVEL_MAX);
}

static gboolean
level_ok (int level)
{
  return level >= PA_PROGRESSION_LEVEL_MIN && level <= PA_PROGRESSION_LEVEL_MAX;
}

static void
add_problem (GArray                   *problems,
             PaProgressionProblemKind  kind,
             guint                     target,
             const char               *field)
{
  PaProgressionProblem problem = { kind, target, field };

  g_array_append_val (problems, problem);
}

/* A date of the period, or an invalid date when not given. */
static void
period_date (const char *iso,
             GDate      *date)
{
  g_date_clear (date, 1);
  if (iso != NULL)
    pa_validate_iso_date (iso, date, NULL);
}

static void
check_target_date (GArray      *problems,
                   PaRecord    *target,
                   guint        number,
                   GDate       *previous,
                   const GDate *start,
                   const GDate *end)
{
  const char *iso = pa_record_get_string (target, "date");
  GDate date;

  if (iso == NULL || *iso == '\0')
    {
      add_problem (problems, PA_PROGRESSION_DATE_MISSING, number, "date");
      return;
    }
  g_date_clear (&date, 1);
  if (!pa_validate_iso_date (iso, &date, NULL))
    {
      add_problem (problems, PA_PROGRESSION_DATE_INVALID, number, "date");
      return;
    }
  if (g_date_valid (previous) && g_date_compare (&date, previous) <= 0)
    add_problem (problems, PA_PROGRESSION_DATE_ORDER, number, "date");
  if (g_date_valid (start) && g_date_compare (&date, start) < 0)
    add_problem (problems, PA_PROGRESSION_DATE_BEFORE_START, number, "date");
  if (g_date_valid (end) && g_date_compare (&date, end) > 0)
    add_problem (problems, PA_PROGRESSION_DATE_AFTER_END, number, "date");
  *previous = date;
}

/**
 * pa_progression_check:
 *
 * Returns: (transfer full): the problems, in the order of the ladder
 */
GArray *
pa_progression_check (PaRecord   *work_function,
                      const char *start_iso,
                      const char *end_iso)
{
  GArray *problems = g_array_new (FALSE, FALSE, sizeof (PaProgressionProblem));
  GListModel *targets;
  GDate start, end, previous;
  guint n;

  g_return_val_if_fail (PA_IS_WORK_FUNCTION (work_function), problems);

  period_date (start_iso, &start);
  period_date (end_iso, &end);
  g_date_clear (&previous, 1);

  if (!level_ok (pa_record_get_int (work_function, "start-level")))
    add_problem (problems, PA_PROGRESSION_LEVEL_OUT_OF_RANGE, 0, "start-level");

  targets = G_LIST_MODEL (pa_record_get_list (work_function, "targets"));
  n = g_list_model_get_n_items (targets);
  if (n > PA_PROGRESSION_MAX_TARGETS)
    add_problem (problems, PA_PROGRESSION_TOO_MANY_TARGETS, PA_PROGRESSION_MAX_TARGETS + 1, "level");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaRecord) target = g_list_model_get_item (targets, i);

      if (!level_ok (pa_record_get_int (target, "level")))
        add_problem (problems, PA_PROGRESSION_LEVEL_OUT_OF_RANGE, i + 1, "level");
      check_target_date (problems, target, i + 1, &previous, &start, &end);
    }
  return problems;
}

char *
pa_progression_final_end (PaRecord *agreement)
{
  GListModel *extensions;
  const char *last;

  g_return_val_if_fail (PA_IS_RECORD (agreement), NULL);

  last = pa_record_get_string (agreement, "end-date");
  extensions = G_LIST_MODEL (pa_record_get_list (agreement, "extensions"));
  for (guint i = 0; i < g_list_model_get_n_items (extensions); i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
      const char *end = pa_record_get_string (extension, "end-date");

      /* ISO dates compare as strings. */
      if (end != NULL && pa_validate_iso_date (end, NULL, NULL)
          && (last == NULL || g_strcmp0 (end, last) > 0))
        last = end;
    }
  return last != NULL && *last != '\0' ? g_strdup (last) : NULL;
}

char *
pa_progression_problem_message (const PaProgressionProblem *problem)
{
  switch (problem->kind)
    {
    case PA_PROGRESSION_LEVEL_OUT_OF_RANGE:
      return g_strdup (_("The level must be one of the five steps of the ladder, from Beginner to Trained."));
    case PA_PROGRESSION_DATE_INVALID:
      /* Translators: %u is the number of the progression target, 1-3 */
      return g_strdup_printf (_("The date of target %u is not a date."), problem->target);
    case PA_PROGRESSION_DATE_MISSING:
      return g_strdup_printf (_("Target %u has no date: by when should the citizen reach it?"), problem->target);
    case PA_PROGRESSION_DATE_ORDER:
      return g_strdup_printf (_("Target %u must come after the target before it."), problem->target);
    case PA_PROGRESSION_DATE_BEFORE_START:
      return g_strdup_printf (_("Target %u is dated before the placement starts."), problem->target);
    case PA_PROGRESSION_DATE_AFTER_END:
      return g_strdup_printf (_("Target %u is dated after the placement ends, extensions included."), problem->target);
    case PA_PROGRESSION_TOO_MANY_TARGETS:
      return g_strdup (_("A work function has at most three progression targets."));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static const char *
level_name_or_unknown (int level)
{
  const char *name = pa_progression_level_name (level);

  /* Translators: a level of the ladder that is not one of the five steps */
  return name != NULL ? name : _("unknown level");
}

char *
pa_progression_describe (PaRecord *work_function)
{
  const char *name;
  GListModel *targets;
  GString *text;

  g_return_val_if_fail (PA_IS_WORK_FUNCTION (work_function), NULL);

  name = pa_record_get_string (work_function, "name");
  text = g_string_new (name != NULL && *name != '\0' ? name : _("Work function"));
  /* Translators: the start of the ladder's description, "Varemodtagelse: nu Begynder" */
  g_string_append_printf (text, _(": now %s"),
                          level_name_or_unknown (pa_record_get_int (work_function, "start-level")));

  targets = G_LIST_MODEL (pa_record_get_list (work_function, "targets"));
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(PaRecord) target = g_list_model_get_item (targets, i);
      g_autofree char *date = pa_wording_date (pa_record_get_string (target, "date"));
      const char *level = level_name_or_unknown (pa_record_get_int (target, "level"));

      if (*date != '\0')
        /* Translators: a target of the ladder, ", mål 1 Selvstartende inden 3. april 2026" */
        g_string_append_printf (text, _(", target %u %s by %s"), i + 1, level, date);
      else
        /* Translators: a target of the ladder without a date, ", mål 1 Selvstartende" */
        g_string_append_printf (text, _(", target %u %s"), i + 1, level);
    }
  return g_string_free (text, FALSE);
}
