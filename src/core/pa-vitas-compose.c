/* pa-vitas-compose.c: the texts for VITAS's three description fields, composed from an agreement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain Danish in short sentences, with the names of the citizen, the
 * company and the contact person, as the guidance for a good description
 * asks (domain.md section 5). Each sentence is an English template in the
 * message catalogue; dates, hours and weekdays come from pa-wording.c.
 *
 * VITAS is shared with the company, so the texts are composed from the
 * company's copy of the agreement: a restriction the citizen has not
 * agreed to share, and everything marked sensitive, cannot get in.
 *
 * The description carries all seven points of the checklist, so that a
 * description pasted into VITAS stands on its own; the other two texts
 * repeat what belongs in their fields.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "pa-privacy.h"
#include "pa-progression.h"
#include "pa-vitas-compose.h"
#include "pa-wording.h"

typedef struct {
  PaRecord *agreement;   /* the company copy */
  char     *citizen;     /* full name, or "the citizen" */
  char     *first;       /* first name, or "the citizen" */
  char     *company;
} Names;

static const struct {
  const char *field;
  const char *composed;
} text_fields[PA_VITAS_N_TEXTS] = {
  { "vitas-description", "vitas-description-composed" },
  { "vitas-conditions", "vitas-conditions-composed" },
  { "vitas-working-time", "vitas-working-time-composed" },
};

/* Small helpers */

/* The field's text without surrounding space, or NULL when there is none. */
static char *
text_of (PaRecord   *record,
         const char *field)
{
  const char *value = pa_record_get_string (record, field);
  char *text;

  if (value == NULL)
    return NULL;
  text = g_strstrip (g_strdup (value));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Free text as a sentence: a full stop unless it ends in one already. */
static char *
sentence (const char *text)
{
  gsize len = strlen (text);

  if (len > 0 && strchr (".!?:", text[len - 1]) != NULL)
    return g_strdup (text);
  return g_strconcat (text, ".", NULL);
}

static char *
first_word (const char *name)
{
  const char *end = name;

  while (*end != '\0' && !g_ascii_isspace (*end))
    end++;
  return g_strndup (name, end - name);
}

/* "a, b and c" */
static char *
join_and (GPtrArray *items)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0 && i + 1 == items->len)
        g_string_append (out, C_("list", " and "));
      else if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (items, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
n_items (PaRecord   *record,
         const char *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, list)));
}

static PaRecord *
item_at (PaRecord   *record,
         const char *list,
         guint       i)
{
  g_autoptr(PaRecord) item = g_list_model_get_item (G_LIST_MODEL (pa_record_get_list (record, list)), i);

  return item;  /* the list holds its own reference */
}

static int
minutes_of (PaRecord   *record,
            const char *field)
{
  const char *time = pa_record_get_string (record, field);
  int h, m;

  if (time == NULL || sscanf (time, "%d:%d", &h, &m) != 2)
    return -1;
  return h * 60 + m;
}

/* "12 timer om ugen" */
static char *
hours_a_week (double hours)
{
  g_autofree char *h = pa_wording_hours (hours);

  /* Translators: hours per week, "12 timer om ugen"; %s is "12 timer" */
  return g_strdup_printf (_("%s a week"), h);
}

static void
add (GString    *paragraph,
     const char *text)
{
  if (paragraph->len > 0 && paragraph->str[paragraph->len - 1] != '\n')
    g_string_append_c (paragraph, ' ');
  g_string_append (paragraph, text);
}

static void
add_line (GString    *paragraph,
          const char *text)
{
  if (paragraph->len > 0)
    g_string_append_c (paragraph, '\n');
  g_string_append (paragraph, text);
}

/* Takes @paragraph into @out unless it is empty. */
static void
end_paragraph (GString *out,
               GString *paragraph)
{
  if (paragraph->len > 0)
    {
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, paragraph->str);
    }
  g_string_truncate (paragraph, 0);
}

static void
names_init (Names       *names,
            PaAgreement *agreement)
{
  PaRecord *copy = PA_RECORD (pa_privacy_company_copy (agreement));
  g_autofree char *citizen = text_of (pa_record_get_child (copy, "citizen"), "name");
  g_autofree char *company = text_of (pa_record_get_child (copy, "company"), "name");

  names->agreement = copy;
  /* Translators: stands for the citizen's name in the VITAS texts while none is given */
  names->citizen = citizen ? g_strdup (citizen) : g_strdup (_("The citizen"));
  names->first = citizen ? first_word (citizen) : g_strdup (_("The citizen"));
  /* Translators: stands for the company's name in the VITAS texts while none is given */
  names->company = company ? g_strdup (company) : g_strdup (_("the company"));
}

static void
names_clear (Names *names)
{
  g_clear_object (&names->agreement);
  g_clear_pointer (&names->citizen, g_free);
  g_clear_pointer (&names->first, g_free);
  g_clear_pointer (&names->company, g_free);
}

/* Working time */

/* "kl. 8.00–12.00", or NULL when the day has no times. */
static char *
day_times (PaRecord *workday)
{
  int from = minutes_of (workday, "start-time");
  int to = minutes_of (workday, "end-time");
  g_autofree char *range = NULL;

  if (from < 0 || to < 0)
    return NULL;
  range = pa_wording_time_range (from, to);
  /* Translators: the time of a workday, "kl. 8.00–12.00" */
  return g_strdup_printf (_("at %s"), range);
}

/* "mandag, tirsdag og torsdag kl. 8.00–12.00 og fredag kl. 9.00–13.00":
 * days with the same times together, in the order of the week. */
static char *
days_text (PaRecord *agreement)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) done = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n = n_items (agreement, "workdays");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *times = day_times (item_at (agreement, "workdays", i));
      g_autoptr(GPtrArray) days = g_ptr_array_new ();
      g_autofree char *day_list = NULL;

      if (g_hash_table_contains (done, GUINT_TO_POINTER (i)))
        continue;
      for (int weekday = 1; weekday <= 7; weekday++)
        for (guint j = i; j < n; j++)
          {
            PaRecord *other = item_at (agreement, "workdays", j);
            g_autofree char *other_times = day_times (other);

            if (pa_record_get_int (other, "weekday") != weekday ||
                g_hash_table_contains (done, GUINT_TO_POINTER (j)) ||
                g_strcmp0 (times, other_times) != 0)
              continue;
            g_hash_table_add (done, GUINT_TO_POINTER (j));
            g_ptr_array_add (days, (gpointer) pa_wording_weekday (weekday));
          }
      if (days->len == 0)
        continue;
      day_list = join_and (days);
      g_ptr_array_add (groups, times ? g_strdup_printf ("%s %s", day_list, times) : g_steal_pointer (&day_list));
    }
  return groups->len > 0 ? join_and (groups) : NULL;
}

static char *
start_sentence (Names *names)
{
  double hours = pa_record_get_double (names->agreement, "start-hours");
  g_autofree char *days = days_text (names->agreement);
  g_autofree char *week = hours > 0 ? hours_a_week (hours) : NULL;

  if (week != NULL && days != NULL)
    /* Translators: %1$s the citizen, %2$s "12 timer om ugen", %3$s the
     * days and times, "mandag og tirsdag kl. 8.00–12.00" */
    return g_strdup_printf (_("%1$s starts with %2$s: %3$s."), names->first, week, days);
  if (week != NULL)
    /* Translators: %1$s the citizen, %2$s "12 timer om ugen" */
    return g_strdup_printf (_("%1$s starts with %2$s."), names->first, week);
  if (days != NULL)
    /* Translators: %1$s the citizen, %2$s the days and times */
    return g_strdup_printf (_("%1$s works %2$s."), names->first, days);
  return NULL;
}

static char *
step_up_line (PaRecord *step_up)
{
  g_autofree char *week = hours_a_week (pa_record_get_double (step_up, "hours"));
  g_autofree char *date = pa_wording_date (pa_record_get_string (step_up, "from-date"));
  int from_week = pa_record_get_int (step_up, "from-week");

  if (*date != '\0')
    /* Translators: a step of the step-up plan, "Fra 4. maj 2026: 16 timer om ugen." */
    return g_strdup_printf (_("From %1$s: %2$s."), date, week);
  if (from_week > 0)
    /* Translators: a step of the step-up plan, "Fra praktikkens uge 5: 16 timer om ugen." */
    return g_strdup_printf (_("From week %1$d of the placement: %2$s."), from_week, week);
  /* Translators: a step of the step-up plan whose start is not set yet */
  return g_strdup_printf (_("Later: %s."), week);
}

static void
add_step_ups (GString  *paragraph,
              PaRecord *agreement)
{
  guint n = n_items (agreement, "step-ups");

  if (n == 0)
    return;
  /* Translators: before the list of the step-up plan */
  add_line (paragraph, _("The hours are stepped up like this:"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = step_up_line (item_at (agreement, "step-ups", i));
      g_autofree char *bullet = g_strconcat ("- ", line, NULL);

      add_line (paragraph, bullet);
    }
}

static void
add_hybrid_hours (GString  *paragraph,
                  Names    *names)
{
  PaRecord *agreement = names->agreement;

  for (guint i = 0; i < n_items (agreement, "hybrid-hours"); i++)
    {
      PaRecord *hybrid = item_at (agreement, "hybrid-hours", i);
      g_autofree char *week = hours_a_week (pa_record_get_double (hybrid, "hours"));
      g_autofree char *function = text_of (hybrid, "work-function");
      g_autofree char *date = pa_wording_date (pa_record_get_string (hybrid, "from-date"));
      g_autofree char *text = NULL;

      if (*date != '\0')
        /* Translators: paid hours beside the placement; %1$s the citizen,
         * %2$s "4 timer om ugen", %3$s the work function, %4$s the date */
        text = g_strdup_printf (_("%1$s also has ordinary paid hours, %2$s, with %3$s from %4$s."),
                                names->first, week, function ? function : "", date);
      else
        /* Translators: paid hours beside the placement; %1$s the citizen,
         * %2$s "4 timer om ugen", %3$s the work function */
        text = g_strdup_printf (_("%1$s also has ordinary paid hours, %2$s, with %3$s."),
                                names->first, week, function ? function : "");
      add_line (paragraph, text);
    }
}

static char *
compose_working_time (Names *names)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  g_autofree char *start = start_sentence (names);

  if (start != NULL)
    add (paragraph, start);
  end_paragraph (out, paragraph);
  add_step_ups (paragraph, names->agreement);
  end_paragraph (out, paragraph);
  add_hybrid_hours (paragraph, names);
  end_paragraph (out, paragraph);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Conditions: the shared restrictions and how they are handled */

static char *
measures_text (PaRecord *restriction)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_items (restriction, "measures"); i++)
    {
      char *description = text_of (item_at (restriction, "measures", i), "description");

      if (description != NULL)
        g_ptr_array_add (parts, description);
    }
  return parts->len > 0 ? join_and (parts) : NULL;
}

/* Returns whether a restriction was described. */
static gboolean
add_restrictions (GString *paragraph,
                  Names   *names)
{
  PaRecord *agreement = names->agreement;
  gboolean any = FALSE;

  for (guint i = 0; i < n_items (agreement, "restrictions"); i++)
    {
      PaRecord *restriction = item_at (agreement, "restrictions", i);
      g_autofree char *reformulation = text_of (restriction, "reformulation");
      g_autofree char *measures = measures_text (restriction);

      if (!any && (reformulation != NULL || measures != NULL))
        /* Translators: the heading above the shared restrictions ("skånehensyn") */
        add_line (paragraph, _("Restrictions, and how they are handled:"));
      if (reformulation != NULL)
        {
          g_autofree char *s = sentence (reformulation);

          add_line (paragraph, s);
          any = TRUE;
        }
      if (measures != NULL)
        {
          g_autofree char *m = sentence (measures);
          /* Translators: how a restriction is handled at work, "Det håndteres sådan: …" */
          g_autofree char *s = g_strdup_printf (_("This is handled like this: %s"), m);

          add (paragraph, s);
          any = TRUE;
        }
    }

  if (!any && pa_record_get_boolean (agreement, "no-restrictions"))
    {
      /* Translators: checklist item 4 when nothing needs handling; %s is the citizen */
      g_autofree char *s = g_strdup_printf (_("%s has no restrictions that matter for the work."), names->first);

      add_line (paragraph, s);
      any = TRUE;
    }
  return any;
}

static void
add_language (GString *paragraph,
              Names   *names)
{
  PaRecord *citizen = pa_record_get_child (names->agreement, "citizen");
  g_autofree char *languages = text_of (citizen, "languages");

  if (languages != NULL)
    {
      /* Translators: %1$s the citizen, %2$s the languages, "arabisk, dansk" */
      g_autofree char *s = g_strdup_printf (_("%1$s speaks %2$s."), names->first, languages);

      add_line (paragraph, s);
    }
  if (pa_record_get_boolean (citizen, "needs-language-mentor"))
    /* Translators: a special condition for the company */
    add (paragraph, _("A language mentor at the workplace is needed."));
  if (pa_record_get_boolean (citizen, "needs-interpreter"))
    /* Translators: a special condition for the company */
    add (paragraph, _("An interpreter is needed at the meetings."));
}

static char *
compose_conditions (Names *names)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  add_restrictions (paragraph, names);
  end_paragraph (out, paragraph);
  add_language (paragraph, names);
  end_paragraph (out, paragraph);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The description */

static void
add_intro (GString *paragraph,
           Names   *names)
{
  g_autofree char *start = pa_wording_date (pa_record_get_string (names->agreement, "start-date"));
  g_autofree char *end = pa_wording_date (pa_record_get_string (names->agreement, "end-date"));
  g_autofree char *s = NULL;

  if (*start != '\0' && *end != '\0')
    /* Translators: the first sentence of the placement description; %1$s
     * the citizen, %2$s the company, %3$s and %4$s dates, "2. marts 2026" */
    s = g_strdup_printf (_("%1$s is in a work placement at %2$s from %3$s to %4$s."),
                         names->citizen, names->company, start, end);
  else
    /* Translators: %1$s the citizen, %2$s the company */
    s = g_strdup_printf (_("%1$s is in a work placement at %2$s."), names->citizen, names->company);
  add (paragraph, s);
}

static void
add_purpose (GString *paragraph,
             Names   *names)
{
  g_autofree char *purpose = text_of (names->agreement, "individual-purpose");
  g_autofree char *job_goal = text_of (pa_record_get_child (names->agreement, "citizen"), "job-goal");

  if (purpose != NULL)
    {
      g_autofree char *p = sentence (purpose);
      /* Translators: %s the purpose in the citizen's own words */
      g_autofree char *s = g_strdup_printf (_("The purpose of the placement is: %s"), p);

      add (paragraph, s);
    }
  if (job_goal != NULL)
    {
      g_autofree char *g = sentence (job_goal);
      /* Translators: %1$s the citizen, %2$s the job goal in their own words */
      g_autofree char *s = g_strdup_printf (_("The job goal of %1$s is: %2$s"), names->first, g);

      add (paragraph, s);
    }
}

static void
add_goal (GString  *paragraph,
          PaRecord *goal)
{
  g_autofree char *specific = text_of (goal, "specific");
  g_autofree char *measure = text_of (goal, "measure");
  g_autofree char *deadline = pa_wording_date (pa_record_get_string (goal, "deadline"));

  if (specific != NULL)
    {
      g_autofree char *g = sentence (specific);
      /* Translators: a goal of the placement, "Mål: …" */
      g_autofree char *s = g_strdup_printf (_("Goal: %s"), g);

      add_line (paragraph, s);
    }
  if (measure != NULL)
    {
      g_autofree char *m = sentence (measure);
      /* Translators: how one sees the goal is reached */
      g_autofree char *s = g_strdup_printf (_("We know the goal is reached when: %s"), m);

      add (paragraph, s);
    }
  if (*deadline != '\0')
    {
      /* Translators: %s a date, "31. maj 2026" */
      g_autofree char *s = g_strdup_printf (_("The goal is to be reached by %s."), deadline);

      add (paragraph, s);
    }
}

static void
add_subgoals (GString  *paragraph,
              PaRecord *goal)
{
  gboolean heading = FALSE;

  for (guint i = 0; i < n_items (goal, "subgoals"); i++)
    {
      PaRecord *subgoal = item_at (goal, "subgoals", i);
      g_autofree char *text = text_of (subgoal, "text");
      g_autofree char *date = pa_wording_date (pa_record_get_string (subgoal, "date"));
      g_autofree char *line = NULL;
      g_autofree char *s = NULL;

      if (text == NULL)
        continue;
      if (!heading)
        /* Translators: before the list of sub-goals */
        add_line (paragraph, _("Sub-goals on the way:"));
      heading = TRUE;
      s = sentence (text);
      /* Translators: a sub-goal with its date, "- Senest 30. marts 2026: …" */
      line = *date != '\0' ? g_strdup_printf (_("- By %1$s: %2$s"), date, s)
                           : g_strdup_printf ("- %s", s);
      add_line (paragraph, line);
    }
}

static void
add_goals (GString *out,
           GString *paragraph,
           Names   *names)
{
  for (guint i = 0; i < n_items (names->agreement, "goals"); i++)
    {
      PaRecord *goal = item_at (names->agreement, "goals", i);

      add_goal (paragraph, goal);
      add_subgoals (paragraph, goal);
      end_paragraph (out, paragraph);
    }
}

static char *
tasks_of (PaRecord *work_function)
{
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_items (work_function, "tasks"); i++)
    {
      PaRecord *task = item_at (work_function, "tasks", i);
      char *text = text_of (task, "text");

      if (text != NULL && g_strcmp0 (pa_record_get_string (task, "kind"), "paid") != 0)
        g_ptr_array_add (tasks, text);
      else
        g_free (text);
    }
  return tasks->len > 0 ? join_and (tasks) : NULL;
}

/* "Fra Begynder til Selvstartende senest 3. april 2026" */
static char *
progression_of (PaRecord *work_function)
{
  const char *from = pa_progression_level_name (pa_record_get_int (work_function, "start-level"));
  guint n = n_items (work_function, "targets");
  PaRecord *last;
  const char *to;
  g_autofree char *date = NULL;

  if (from == NULL || n == 0)
    return NULL;
  last = item_at (work_function, "targets", n - 1);
  to = pa_progression_level_name (pa_record_get_int (last, "level"));
  date = pa_wording_date (pa_record_get_string (last, "date"));
  if (to == NULL)
    return NULL;
  if (*date == '\0')
    /* Translators: progression on the ladder, "fra Begynder til Selvstartende" */
    return g_strdup_printf (_("from %1$s to %2$s"), from, to);
  /* Translators: progression on the ladder, "fra Begynder til Selvstartende senest 3. april 2026" */
  return g_strdup_printf (_("from %1$s to %2$s by %3$s"), from, to, date);
}

static void
add_tasks (GString *paragraph,
           Names   *names)
{
  gboolean heading = FALSE;

  for (guint i = 0; i < n_items (names->agreement, "work-functions"); i++)
    {
      PaRecord *function = item_at (names->agreement, "work-functions", i);
      g_autofree char *name = text_of (function, "name");
      g_autofree char *tasks = tasks_of (function);
      g_autofree char *progression = progression_of (function);
      g_autoptr(GString) line = g_string_new ("- ");

      if (name == NULL && tasks == NULL)
        continue;
      if (!heading)
        {
          /* Translators: %1$s the citizen, %2$s the company; before the list of tasks */
          g_autofree char *s = g_strdup_printf (_("At %2$s, %1$s does these concrete tasks:"),
                                                names->first, names->company);
          add_line (paragraph, s);
        }
      heading = TRUE;
      g_string_append (line, name ? name : "");
      if (name != NULL && tasks != NULL)
        g_string_append (line, ": ");
      g_string_append (line, tasks ? tasks : "");
      g_string_append_c (line, '.');
      if (progression != NULL)
        {
          /* Translators: the progression in a work function, after its tasks */
          g_autofree char *p = g_strdup_printf (_("Progression: %s."), progression);
          g_string_append_printf (line, " %s", p);
        }
      add_line (paragraph, line->str);
    }
}

static void
add_hours (GString *paragraph,
           Names   *names)
{
  g_autofree char *start = start_sentence (names);

  if (start != NULL)
    add_line (paragraph, start);
  add_step_ups (paragraph, names->agreement);
}

static void
add_contact (GString *paragraph,
             Names   *names)
{
  PaRecord *company = pa_record_get_child (names->agreement, "company");
  g_autofree char *contact = text_of (company, "contact-name");
  g_autofree char *role = text_of (company, "contact-role");
  g_autofree char *mentor = text_of (company, "mentor-name");
  g_autofree char *s = NULL;

  if (contact != NULL && role != NULL)
    /* Translators: %1$s the company, %2$s the contact person, %3$s their role */
    s = g_strdup_printf (_("The contact person at %1$s is %2$s, %3$s."), names->company, contact, role);
  else if (contact != NULL)
    /* Translators: %1$s the company, %2$s the contact person */
    s = g_strdup_printf (_("The contact person at %1$s is %2$s."), names->company, contact);
  if (s != NULL)
    add (paragraph, s);
  if (mentor != NULL && g_strcmp0 (mentor, contact) != 0)
    {
      /* Translators: %1$s the mentor, %2$s the citizen */
      g_autofree char *m = g_strdup_printf (_("%1$s is the mentor of %2$s at work."), mentor, names->first);

      add (paragraph, m);
    }
}

/* "Hvem gør hvad: …" and the like: free text after a short lead, which
 * LABELLED() gives as a literal so the format is checked. */
#define LABELLED(paragraph, record, field, format)                   \
  G_STMT_START {                                                    \
    g_autofree char *text_ = text_of ((record), (field));           \
    if (text_ != NULL)                                              \
      {                                                             \
        g_autofree char *t_ = sentence (text_);                     \
        g_autofree char *s_ = g_strdup_printf ((format), t_);       \
        add ((paragraph), s_);                                      \
      }                                                             \
  } G_STMT_END

static const char *
follow_up_kind (const char *kind)
{
  if (g_strcmp0 (kind, "phone") == 0)
    /* Translators: a follow-up, in a line of the VITAS description */
    return _("follow-up by phone");
  if (g_strcmp0 (kind, "company") == 0)
    /* Translators: a follow-up, in a line of the VITAS description */
    return _("follow-up at the company");
  if (g_strcmp0 (kind, "three-party") == 0)
    /* Translators: a follow-up, in a line of the VITAS description */
    return _("meeting of the three parties");
  /* Translators: a follow-up of no chosen kind, in a line of the VITAS description */
  return _("follow-up");
}

static char *
follow_up_line (PaRecord *follow_up)
{
  g_autofree char *date = pa_wording_date (pa_record_get_string (follow_up, "date"));
  int minutes = minutes_of (follow_up, "time");
  g_autofree char *time = minutes >= 0 ? pa_wording_time (minutes) : NULL;
  g_autofree char *participants = text_of (follow_up, "participants");
  g_autoptr(GString) line = g_string_new ("- ");
  g_autofree char *kind = g_strdup (follow_up_kind (pa_record_get_string (follow_up, "kind")));

  if (*date == '\0')
    return NULL;
  if (time != NULL)
    /* Translators: a follow-up, "12. marts 2026 kl. 10.00: trepartsmøde" */
    g_string_append_printf (line, _("%1$s at %2$s: %3$s"), date, time, kind);
  else
    /* Translators: a follow-up, "12. marts 2026: trepartsmøde" */
    g_string_append_printf (line, _("%1$s: %2$s"), date, kind);
  if (participants != NULL)
    /* Translators: who takes part in a follow-up, after its date and kind */
    g_string_append_printf (line, _(", with %s"), participants);
  g_string_append_c (line, '.');
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
add_follow_ups (GString *paragraph,
                Names   *names)
{
  gboolean heading = FALSE;

  for (guint i = 0; i < n_items (names->agreement, "follow-ups"); i++)
    {
      g_autofree char *line = follow_up_line (item_at (names->agreement, "follow-ups", i));

      if (line == NULL)
        continue;
      if (!heading)
        /* Translators: before the list of planned follow-ups */
        add_line (paragraph, _("Planned follow-ups:"));
      heading = TRUE;
      add_line (paragraph, line);
    }
}

static void
add_agreement (GString *out,
               GString *paragraph,
               Names   *names)
{
  add_contact (paragraph, names);
  /* Translators: %s the parties' division of responsibility, in their words */
  LABELLED (paragraph, names->agreement, "responsibilities", _("Who does what: %s"));
  /* Translators: %s how often the placement is followed up */
  LABELLED (paragraph, names->agreement, "follow-up-frequency", _("Follow-up: %s"));
  end_paragraph (out, paragraph);
  add_follow_ups (paragraph, names);
  end_paragraph (out, paragraph);
  /* Translators: %s what happens if the placement does not go to plan */
  LABELLED (paragraph, names->agreement, "contingency", _("If the placement does not go to plan: %s"));
  end_paragraph (out, paragraph);
}

static void
add_ahead (GString *paragraph,
           Names   *names)
{
  double expected = pa_record_get_double (names->agreement, "ordinary-hours-expected");

  /* Translators: %s the way towards ordinary paid hours */
  LABELLED (paragraph, names->agreement, "ordinary-hours-prospect", _("The way to ordinary paid hours: %s"));
  if (expected > 0)
    {
      g_autofree char *number = pa_wording_decimal (expected, 2);
      /* Translators: %1$s the citizen, %2$s a number of hours, "8" or "7,5" */
      g_autofree char *s = g_strdup_printf (_("The expectation is that %1$s gets %2$s ordinary paid hours a week after the placement."),
                                            names->first, number);

      add (paragraph, s);
    }
  add_hybrid_hours (paragraph, names);
  /* Translators: %s what comes after the placement */
  LABELLED (paragraph, names->agreement, "next-step", _("Next step after the placement: %s"));
}

static char *
compose_description (Names *names)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  add_intro (paragraph, names);
  add_purpose (paragraph, names);
  end_paragraph (out, paragraph);
  add_goals (out, paragraph, names);
  add_tasks (paragraph, names);
  end_paragraph (out, paragraph);
  add_hours (paragraph, names);
  end_paragraph (out, paragraph);
  add_restrictions (paragraph, names);
  end_paragraph (out, paragraph);
  add_agreement (out, paragraph, names);
  add_ahead (paragraph, names);
  end_paragraph (out, paragraph);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Public */

/**
 * pa_vitas_compose:
 * @text: which of the three VITAS fields
 *
 * Returns: (transfer full): the text for @text, composed from what the
 *   company may see of @agreement; "" when there is nothing to say
 */
char *
pa_vitas_compose (PaAgreement *agreement,
                  PaVitasText  text)
{
  Names names;
  char *result = NULL;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, NULL);

  names_init (&names, agreement);
  switch (text)
    {
    case PA_VITAS_DESCRIPTION:
      result = compose_description (&names);
      break;
    case PA_VITAS_CONDITIONS:
      result = compose_conditions (&names);
      break;
    case PA_VITAS_WORKING_TIME:
      result = compose_working_time (&names);
      break;
    }
  names_clear (&names);
  return result;
}

const char *
pa_vitas_text_field (PaVitasText text)
{
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, NULL);

  return text_fields[text].field;
}

const char *
pa_vitas_text_composed_field (PaVitasText text)
{
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, NULL);

  return text_fields[text].composed;
}

const char *
pa_vitas_text_title (PaVitasText text)
{
  switch (text)
    {
    case PA_VITAS_DESCRIPTION:
      /* Translators: VITAS's field "Praktikbeskrivelse" */
      return _("Placement Description");
    case PA_VITAS_CONDITIONS:
      /* Translators: VITAS's field "Ønsker til kvalifikationer og særlige forhold" */
      return _("Wishes for Qualifications and Special Conditions");
    case PA_VITAS_WORKING_TIME:
      /* Translators: VITAS's field "Arbejdstid" */
      return _("Working Time");
    }
  g_return_val_if_reached (NULL);
}

static const char *
edit_of (PaAgreement *agreement,
         PaVitasText  text)
{
  const char *edit = pa_record_get_string (PA_RECORD (agreement), text_fields[text].field);

  return edit != NULL && *edit != '\0' ? edit : NULL;
}

char *
pa_vitas_get_text (PaAgreement *agreement,
                   PaVitasText  text)
{
  const char *edit;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, NULL);

  edit = edit_of (agreement, text);
  return edit != NULL ? g_strdup (edit) : pa_vitas_compose (agreement, text);
}

PaVitasState
pa_vitas_get_state (PaAgreement *agreement,
                    PaVitasText  text)
{
  g_autofree char *composed = NULL;
  const char *started_from;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), PA_VITAS_STATE_COMPOSED);
  g_return_val_if_fail (text < PA_VITAS_N_TEXTS, PA_VITAS_STATE_COMPOSED);

  if (edit_of (agreement, text) == NULL)
    return PA_VITAS_STATE_COMPOSED;
  composed = pa_vitas_compose (agreement, text);
  started_from = pa_record_get_string (PA_RECORD (agreement), text_fields[text].composed);
  return g_strcmp0 (composed, started_from ? started_from : "") == 0
    ? PA_VITAS_STATE_EDITED : PA_VITAS_STATE_OUTDATED;
}

/**
 * pa_vitas_keep_edit:
 * @edited: (nullable): the text as the consultant wrote it
 *
 * The first edit records the composed text it started from; later edits
 * keep that record, so a change of the agreement in between still shows.
 */
void
pa_vitas_keep_edit (PaAgreement *agreement,
                    PaVitasText  text,
                    const char  *edited)
{
  PaRecord *record = PA_RECORD (agreement);
  g_autofree char *composed = NULL;

  g_return_if_fail (PA_IS_AGREEMENT (agreement));
  g_return_if_fail (text < PA_VITAS_N_TEXTS);

  composed = pa_vitas_compose (agreement, text);
  if (edit_of (agreement, text) == NULL)
    {
      if (edited == NULL || *edited == '\0' || g_str_equal (edited, composed))
        return;
      pa_record_set_string (record, text_fields[text].composed, composed);
      pa_record_set_string (record, text_fields[text].field, edited);
      return;
    }

  /* Back to what composing gives now: no edit any more. */
  if (edited == NULL || *edited == '\0' || g_str_equal (edited, composed))
    {
      pa_vitas_compose_again (agreement, text);
      return;
    }
  pa_record_set_string (record, text_fields[text].field, edited);
}

void
pa_vitas_accept_edit (PaAgreement *agreement,
                      PaVitasText  text)
{
  g_autofree char *composed = NULL;

  g_return_if_fail (PA_IS_AGREEMENT (agreement));
  g_return_if_fail (text < PA_VITAS_N_TEXTS);

  if (edit_of (agreement, text) == NULL)
    return;
  composed = pa_vitas_compose (agreement, text);
  pa_record_set_string (PA_RECORD (agreement), text_fields[text].composed, composed);
}

void
pa_vitas_compose_again (PaAgreement *agreement,
                        PaVitasText  text)
{
  g_return_if_fail (PA_IS_AGREEMENT (agreement));
  g_return_if_fail (text < PA_VITAS_N_TEXTS);

  pa_record_set_string (PA_RECORD (agreement), text_fields[text].field, NULL);
  pa_record_set_string (PA_RECORD (agreement), text_fields[text].composed, NULL);
}
