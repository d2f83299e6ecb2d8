/* pa-step-period.c: step 2, the period and the working hours
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The target group is chosen here, next to the dates, because it decides
 * how long the placement may last: the duration row says how long it is
 * and how long it may be, from the rule set in force on the start date.
 * Below: extensions, the hours, the weekdays (with the week drawn), the
 * step-up plan and paid hours of a hybrid placement.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/pa-rules.h"
#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-editor-step.h"
#include "pa-labels.h"
#include "pa-resources.h"
#include "pa-step-period.h"

struct _PaStepPeriod
{
  PaEditorStep        parent_instance;

  PaFieldBinding     *target_group_binding;
  PaRuleSet          *rule_set;          /* (unowned): the book keeps its sets */
  GtkStringList      *weekday_names;

  AdwComboRow        *target_group_row;
  AdwEntryRow        *start_date_row;
  AdwEntryRow        *end_date_row;
  AdwActionRow       *duration_row;
  GtkLabel           *duration_label;
  PaRecordListEditor *extensions_editor;
  AdwActionRow       *start_hours_row;
  GtkSpinButton      *start_hours_spin;
  PaRecordListEditor *workdays_editor;
  PaWeekView         *week_view;
  GtkLabel           *week_total_label;
  PaRecordListEditor *step_ups_editor;
  PaRecordListEditor *hybrid_editor;
};

G_DEFINE_FINAL_TYPE (PaStepPeriod, pa_step_period, PA_TYPE_EDITOR_STEP)

#define FIELD(path, member, format) { path, G_STRUCT_OFFSET (PaStepPeriod, member), format }

static const PaStepField fields[] = {
  /* Bound on its own: its choices depend on the rule set. */
  FIELD ("citizen/target-group", target_group_row, PA_STEP_OWN),
  FIELD ("start-date", start_date_row, PA_STEP_CHECKED (PA_FIELD_FORMAT_DATE)),
  FIELD ("end-date", end_date_row, PA_STEP_CHECKED (PA_FIELD_FORMAT_DATE)),
  FIELD ("start-hours", start_hours_spin, PA_STEP_PLAIN),
};

static PaRecord *
agreement_record (PaStepPeriod *self)
{
  return PA_RECORD (pa_editor_step_get_agreement (PA_EDITOR_STEP (self)));
}

static PaRecord *
citizen (PaStepPeriod *self)
{
  return pa_record_get_child (agreement_record (self), "citizen");
}

/* Duration */

static char *
limit_text (PaStepPeriod *self)
{
  const char *group_id = pa_record_get_string (citizen (self), "target-group");
  const PaTargetGroup *group = NULL;
  const char *reference;
  g_autofree char *limit = NULL;

  if (self->rule_set != NULL && group_id != NULL)
    group = pa_rule_set_find_target_group (self->rule_set, group_id);
  if (group == NULL)
    return g_strdup (_("Choose the target group to see how long the placement may last"));

  if (group->extension_max_weeks > 0)
    /* Translators: the longest placement for the chosen target group */
    limit = g_strdup_printf (ngettext ("At most %d week for this target group, %d with extensions",
                                       "At most %d weeks for this target group, %d with extensions",
                                       group->max_weeks),
                             group->max_weeks, group->extension_max_weeks);
  else
    /* Translators: the longest placement for the chosen target group */
    limit = g_strdup_printf (ngettext ("At most %d week for this target group, without extension",
                                       "At most %d weeks for this target group, without extension",
                                       group->max_weeks),
                             group->max_weeks);

  reference = pa_rule_set_get_group_reference (self->rule_set, group_id);
  if (reference == NULL)
    return g_steal_pointer (&limit);
  /* Translators: a rule and the paragraph behind it, "At most 4 weeks … (LAB § 61)" */
  return g_strdup_printf (_("%s (%s)"), limit, reference);
}

/* The last new end date among the extensions, or NULL. */
static const char *
extended_end (PaStepPeriod *self)
{
  GListModel *extensions = G_LIST_MODEL (pa_record_get_list (agreement_record (self), "extensions"));
  const char *last = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (extensions); i++)
    {
      g_autoptr(PaRecord) extension = g_list_model_get_item (extensions, i);
      const char *end = pa_record_get_string (extension, "end-date");

      if (end != NULL && g_strcmp0 (end, last) > 0)
        last = end;
    }
  return last;
}

static void
pa_step_period_update_duration (PaStepPeriod *self)
{
  const char *start = NULL, *end = NULL, *extended = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *subtitle = NULL;

  if (agreement_record (self) != NULL)
    {
      start = pa_record_get_string (agreement_record (self), "start-date");
      end = pa_record_get_string (agreement_record (self), "end-date");
      extended = extended_end (self);
    }

  duration = pa_labels_duration (start, end);
  if (duration == NULL && start != NULL && end != NULL)
    /* Translators: instead of a duration when the dates are the wrong way round */
    duration = g_strdup (_("Ends before it starts"));
  gtk_label_set_label (self->duration_label, duration ? duration : "–");

  limit = agreement_record (self) ? limit_text (self) : NULL;
  if (extended != NULL && g_strcmp0 (extended, end) > 0)
    {
      g_autofree char *total = pa_labels_duration (start, extended);
      g_autofree char *date = pa_wording_date_numeric (extended);

      if (total != NULL)
        /* Translators: the length with extensions, "With extensions until 30.6.2026: 17 weeks" */
        subtitle = g_strdup_printf (_("%s\nWith extensions until %s: %s"), limit, date, total);
    }
  adw_action_row_set_subtitle (self->duration_row, subtitle ? subtitle : limit ? limit : "");
}

/* Working hours */

static void
pa_step_period_update_hours (PaStepPeriod *self)
{
  double full_time = self->rule_set ? pa_rule_set_get_full_time_hours (self->rule_set) : 37;
  double week = pa_week_view_get_hours (self->week_view);
  g_autofree char *limit = NULL;
  /* To the minute, as the week view words its total. */
  g_autofree char *hours = pa_wording_hours_of_minutes ((int) lround (MAX (week, 0) * 60));
  g_autofree char *total = NULL;
  g_autofree char *full = pa_wording_hours (full_time);

  /* Translators: %s is "37 hours", the normal full-time week */
  limit = g_strdup_printf (_("At most a normal full-time week: %s."), full);
  adw_action_row_set_subtitle (self->start_hours_row, limit);

  pa_week_view_update (self->week_view);
  if (week > 0)
    /* Translators: %s is "20 hours" */
    total = g_strdup_printf (_("The weekdays add up to %s a week."), hours);
  gtk_label_set_label (self->week_total_label,
                       total ? total : _("Add the weekdays to see the week here."));
}

/* Target groups come from the rule set in force on the start date. */

static void
pa_step_period_load_target_groups (PaStepPeriod *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const char *current = NULL;
  const char *start = NULL;
  PaRuleBook *book = pa_rule_book_get_default ();
  gboolean found = FALSE;

  g_clear_object (&self->target_group_binding);

  if (agreement_record (self) != NULL)
    {
      current = pa_record_get_string (citizen (self), "target-group");
      start = pa_record_get_string (agreement_record (self), "start-date");
    }
  self->rule_set = book ? pa_rule_book_get_for_date (book, start) : NULL;

  g_ptr_array_add (ids, NULL);
  /* Translators: the target group has not been chosen yet */
  gtk_string_list_append (labels, _("Not chosen"));

  if (self->rule_set != NULL)
    {
      GPtrArray *groups = pa_rule_set_get_target_groups (self->rule_set);

      for (guint i = 0; groups != NULL && i < groups->len; i++)
        {
          const PaTargetGroup *group = g_ptr_array_index (groups, i);

          g_ptr_array_add (ids, group->id);
          gtk_string_list_append (labels, group->label);
          found |= g_strcmp0 (group->id, current) == 0;
        }
    }

  /* A group the current rules no longer know is kept, not dropped. */
  if (current != NULL && !found)
    {
      g_ptr_array_add (ids, (gpointer) current);
      gtk_string_list_append (labels, current);
    }

  adw_combo_row_set_model (self->target_group_row, G_LIST_MODEL (labels));
  if (agreement_record (self) != NULL)
    self->target_group_binding =
      pa_field_binding_choice (citizen (self), "target-group", self->target_group_row,
                               (const char * const *) ids->pdata, ids->len);
}

static void
on_start_date_changed (PaStepPeriod *self)
{
  PaRuleBook *book = pa_rule_book_get_default ();
  const char *start = pa_record_get_string (agreement_record (self), "start-date");

  /* Another rule set may be in force on the new start date. */
  if (book != NULL && pa_rule_book_get_for_date (book, start) != self->rule_set)
    pa_step_period_load_target_groups (self);
  pa_step_period_update_duration (self);
  pa_step_period_update_hours (self);
}

static void
on_agreement_changed (PaRecord     *agreement,
                      PaRecord     *origin,
                      const char   *field,
                      gboolean      content,
                      PaStepPeriod *self)
{
  if (PA_IS_EXTENSION (origin) || g_strcmp0 (field, "extensions") == 0 ||
      g_strcmp0 (field, "end-date") == 0 || g_strcmp0 (field, "target-group") == 0)
    pa_step_period_update_duration (self);
  if (PA_IS_WORKDAY (origin) || g_strcmp0 (field, "workdays") == 0)
    pa_step_period_update_hours (self);
}

/* The lists */

static void
fill_extension (PaRecordListEditor *editor,
                PaRecord           *item,
                AdwExpanderRow     *row,
                gpointer            data)
{
  AdwEntryRow *end = pa_editor_step_add_entry (row, _("New end date"));
  AdwEntryRow *purpose = pa_editor_step_add_entry (row, _("Purpose of the extension"));
  AdwEntryRow *reason = pa_editor_step_add_entry (row, _("Reason for the extension"));
  /* Translators: beyond the extension limit (26 weeks) the act asks for
   * a very special need (et helt særligt behov) */
  AdwEntryRow *need = pa_editor_step_add_entry (row, _("The very special need, beyond 26 weeks"));

  pa_record_list_editor_add_field (editor, row, "end-date", GTK_WIDGET (end));
  pa_record_list_editor_add_field (editor, row, "purpose", GTK_WIDGET (purpose));
  pa_record_list_editor_add_field (editor, row, "reason", GTK_WIDGET (reason));
  pa_record_list_editor_add_field (editor, row, "special-need", GTK_WIDGET (need));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "end-date", end,
                                                                PA_FIELD_FORMAT_DATE, _("New end date")));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "purpose", GTK_EDITABLE (purpose)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "reason", GTK_EDITABLE (reason)));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "special-need", GTK_EDITABLE (need)));
}

static char *
title_extension (PaRecord  *item,
                 guint      position,
                 char     **subtitle,
                 gpointer   data)
{
  g_autofree char *end = pa_wording_date_numeric (pa_record_get_string (item, "end-date"));
  const char *purpose = pa_record_get_string (item, "purpose");

  *subtitle = g_strdup (purpose ? purpose : _("No purpose of its own yet"));
  if (*end == '\0')
    /* Translators: the title of an extension without a new end date */
    return g_strdup_printf (_("Extension %u"), position + 1);
  /* Translators: the title of an extension, "Extension 1, until 30.4.2026" */
  return g_strdup_printf (_("Extension %u, until %s"), position + 1, end);
}

static void
fill_workday (PaRecordListEditor *editor,
              PaRecord           *item,
              AdwExpanderRow     *row,
              gpointer            data)
{
  PaStepPeriod *self = data;
  AdwComboRow *weekday = pa_editor_step_add_combo (row, _("Weekday"), G_LIST_MODEL (self->weekday_names));
  /* Translators: the time the working day starts */
  AdwEntryRow *from = pa_editor_step_add_entry (row, C_("workday", "From"));
  /* Translators: the time the working day ends */
  AdwEntryRow *to = pa_editor_step_add_entry (row, C_("workday", "To"));

  pa_record_list_editor_add_field (editor, row, "weekday", GTK_WIDGET (weekday));
  pa_record_list_editor_add_field (editor, row, "start-time", GTK_WIDGET (from));
  pa_record_list_editor_add_field (editor, row, "end-time", GTK_WIDGET (to));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_index (item, "weekday", weekday, 1));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "start-time", from,
                                                                PA_FIELD_FORMAT_TIME, C_("workday", "From")));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "end-time", to,
                                                                PA_FIELD_FORMAT_TIME, C_("workday", "To")));
}

static char *
title_workday (PaRecord  *item,
               guint      position,
               char     **subtitle,
               gpointer   data)
{
  int start, end;

  if (pa_workday_minutes (item, &start, &end))
    {
      g_autofree char *hours = pa_wording_hours_of_minutes (end - start);
      g_autofree char *range = pa_wording_time_range (start, end);

      /* Translators: a working day's times and hours, "8:00–12:00, 4 hours";
       * the times are worded as in the week view ("8.00–12.00" in Danish) */
      *subtitle = g_strdup_printf (C_("workday times", "%s, %s"), range, hours);
    }
  else
    *subtitle = g_strdup (_("Times not set yet"));

  return pa_wording_weekday_title (pa_record_get_int (item, "weekday"));
}

/* A new day follows the last one, with its times: Monday to Friday from
 * 8 to 12 is five presses of Add after the first day. */
static void
init_workday (PaRecord *parent,
              PaRecord *item,
              guint     position,
              gpointer  data)
{
  GListModel *days = G_LIST_MODEL (pa_record_get_list (parent, "workdays"));
  g_autoptr(PaRecord) previous = NULL;

  if (position == 0)
    {
      pa_record_set_int (item, "weekday", 1);
      return;
    }

  previous = g_list_model_get_item (days, position - 1);
  pa_record_set_int (item, "weekday", MIN (pa_record_get_int (previous, "weekday") + 1, 7));
  pa_record_set_string (item, "start-time", pa_record_get_string (previous, "start-time"));
  pa_record_set_string (item, "end-time", pa_record_get_string (previous, "end-time"));
}

static void
fill_step_up (PaRecordListEditor *editor,
              PaRecord           *item,
              AdwExpanderRow     *row,
              gpointer            data)
{
  GtkSpinButton *week = pa_editor_step_add_spin (row, _("From week of the placement"),
                                                 _("Or give a date below"), 520, 1, 0);
  AdwEntryRow *date = pa_editor_step_add_entry (row, _("From date"));
  GtkSpinButton *hours = pa_editor_step_add_spin (row, _("Hours per week"), NULL, 168, 0.5, 1);

  pa_record_list_editor_add_field (editor, row, "from-week", GTK_WIDGET (week));
  pa_record_list_editor_add_field (editor, row, "from-date", GTK_WIDGET (date));
  pa_record_list_editor_add_field (editor, row, "hours", GTK_WIDGET (hours));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_number (item, "from-week", week));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "from-date", date,
                                                                PA_FIELD_FORMAT_DATE, _("From date")));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_number (item, "hours", hours));
}

static char *
title_step_up (PaRecord  *item,
               guint      position,
               char     **subtitle,
               gpointer   data)
{
  int week = pa_record_get_int (item, "from-week");
  double hours = pa_record_get_double (item, "hours");
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (item, "from-date"));

  if (hours > 0)
    {
      g_autofree char *text = pa_wording_hours (hours);

      /* Translators: "20 hours a week" */
      *subtitle = g_strdup_printf (_("%s a week"), text);
    }

  if (week > 0)
    /* Translators: when a step-up starts, "From week 3" */
    return g_strdup_printf (_("From week %d"), week);
  if (*date != '\0')
    /* Translators: when a step-up starts, "From 16.3.2026" */
    return g_strdup_printf (_("From %s"), date);
  /* Translators: the title of a step-up without a start yet */
  return g_strdup_printf (_("Step-up %u"), position + 1);
}

static void
fill_hybrid (PaRecordListEditor *editor,
             PaRecord           *item,
             AdwExpanderRow     *row,
             gpointer            data)
{
  AdwEntryRow *function = pa_editor_step_add_entry (row, _("Work function with paid hours"));
  GtkSpinButton *hours = pa_editor_step_add_spin (row, _("Paid hours per week"), NULL, 168, 0.5, 1);
  AdwEntryRow *date = pa_editor_step_add_entry (row, _("From date"));

  pa_record_list_editor_add_field (editor, row, "work-function", GTK_WIDGET (function));
  pa_record_list_editor_add_field (editor, row, "hours", GTK_WIDGET (hours));
  pa_record_list_editor_add_field (editor, row, "from-date", GTK_WIDGET (date));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_text (item, "work-function", GTK_EDITABLE (function)));
  pa_record_list_editor_keep_binding (editor, row, pa_field_binding_number (item, "hours", hours));
  pa_record_list_editor_keep_binding (editor, row,
                                      pa_field_binding_checked (item, "from-date", date,
                                                                PA_FIELD_FORMAT_DATE, _("From date")));
}

static char *
title_hybrid (PaRecord  *item,
              guint      position,
              char     **subtitle,
              gpointer   data)
{
  const char *function = pa_record_get_string (item, "work-function");
  double hours = pa_record_get_double (item, "hours");
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (item, "from-date"));

  if (hours > 0)
    {
      g_autofree char *text = pa_wording_hours (hours);

      if (*date != '\0')
        /* Translators: "4 paid hours a week from 1.4.2026" */
        *subtitle = g_strdup_printf (_("%s paid a week from %s"), text, date);
      else
        /* Translators: "4 hours paid a week" */
        *subtitle = g_strdup_printf (_("%s paid a week"), text);
    }

  if (function != NULL)
    return g_strdup (function);
  /* Translators: the title of paid hours without a work function yet */
  return g_strdup_printf (_("Paid hours %u"), position + 1);
}

/* PaEditorStep */

static void
pa_step_period_set_agreement (PaEditorStep *step,
                              PaAgreement  *agreement)
{
  PaStepPeriod *self = PA_STEP_PERIOD (step);
  PaRecord *record = PA_RECORD (agreement);

  if (agreement != NULL)
    {
      g_signal_connect_swapped (agreement, "notify::start-date",
                                G_CALLBACK (on_start_date_changed), self);
      g_signal_connect (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
    }

  pa_step_period_load_target_groups (self);
  pa_record_list_editor_set_record (self->extensions_editor, record);
  pa_record_list_editor_set_record (self->workdays_editor, record);
  pa_record_list_editor_set_record (self->step_ups_editor, record);
  pa_record_list_editor_set_record (self->hybrid_editor, record);
  pa_week_view_set_workdays (self->week_view,
                             record ? G_LIST_MODEL (pa_record_get_list (record, "workdays")) : NULL);
  pa_step_period_update_duration (self);
  pa_step_period_update_hours (self);
}

static void
pa_step_period_register_fields (PaEditorStep    *step,
                                PaFieldRegistry *registry)
{
  PaStepPeriod *self = PA_STEP_PERIOD (step);

  pa_record_list_editor_set_registry (self->extensions_editor, registry);
  pa_record_list_editor_set_registry (self->workdays_editor, registry);
  pa_record_list_editor_set_registry (self->step_ups_editor, registry);
  pa_record_list_editor_set_registry (self->hybrid_editor, registry);
}

static void
pa_step_period_commit (PaEditorStep *step)
{
  PaStepPeriod *self = PA_STEP_PERIOD (step);

  pa_record_list_editor_commit (self->extensions_editor);
  pa_record_list_editor_commit (self->workdays_editor);
  pa_record_list_editor_commit (self->step_ups_editor);
  pa_record_list_editor_commit (self->hybrid_editor);
}

/* Complete with a target group, both dates, the hours and the weekdays. */
static gboolean
pa_step_period_is_complete (PaEditorStep *step)
{
  PaStepPeriod *self = PA_STEP_PERIOD (step);
  PaRecord *agreement = agreement_record (self);

  return pa_editor_step_has_text (citizen (self), "target-group") &&
         pa_editor_step_has_text (agreement, "start-date") &&
         pa_editor_step_has_text (agreement, "end-date") &&
         pa_record_get_double (agreement, "start-hours") > 0 &&
         pa_editor_step_count (agreement, "workdays") > 0;
}

/* GObject */

static void
pa_step_period_dispose (GObject *object)
{
  PaStepPeriod *self = PA_STEP_PERIOD (object);

  g_clear_object (&self->target_group_binding);
  g_clear_object (&self->weekday_names);

  G_OBJECT_CLASS (pa_step_period_parent_class)->dispose (object);
}

static void
pa_step_period_class_init (PaStepPeriodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  object_class->dispose = pa_step_period_dispose;
  step_class->set_agreement = pa_step_period_set_agreement;
  step_class->register_fields = pa_step_period_register_fields;
  step_class->commit = pa_step_period_commit;
  step_class->is_complete = pa_step_period_is_complete;
  pa_editor_step_class_set_fields (step_class, fields, G_N_ELEMENTS (fields));

  g_type_ensure (PA_TYPE_RECORD_LIST_EDITOR);
  g_type_ensure (PA_TYPE_WEEK_VIEW);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-period.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, target_group_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, duration_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, duration_label);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, extensions_editor);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, start_hours_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, start_hours_spin);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, workdays_editor);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, week_view);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, week_total_label);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, step_ups_editor);
  gtk_widget_class_bind_template_child (widget_class, PaStepPeriod, hybrid_editor);
}

static void
pa_step_period_init (PaStepPeriod *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->weekday_names = gtk_string_list_new (NULL);
  for (int d = 1; d <= 7; d++)
    {
      g_autofree char *name = pa_wording_weekday_title (d);

      gtk_string_list_append (self->weekday_names, name);
    }

  pa_record_list_editor_setup (self->extensions_editor, "extensions",
                               fill_extension, title_extension, NULL, self);
  /* Weekdays have their own order: Monday first, no moving them about. */
  pa_record_list_editor_set_order_field (self->workdays_editor, "weekday");
  pa_record_list_editor_setup (self->workdays_editor, "workdays",
                               fill_workday, title_workday, init_workday, self);
  pa_record_list_editor_setup (self->step_ups_editor, "step-ups",
                               fill_step_up, title_step_up, NULL, self);
  pa_record_list_editor_setup (self->hybrid_editor, "hybrid-hours",
                               fill_hybrid, title_hybrid, NULL, self);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->week_view),
                                  GTK_ACCESSIBLE_RELATION_DETAILS, self->week_total_label, NULL,
                                  -1);
  pa_editor_step_name_controls (GTK_WIDGET (self));
  pa_step_period_update_duration (self);
  pa_step_period_update_hours (self);
}

AdwComboRow *
pa_step_period_get_target_group_row (PaStepPeriod *self)
{
  return self->target_group_row;
}

AdwEntryRow *
pa_step_period_get_start_date_row (PaStepPeriod *self)
{
  return self->start_date_row;
}

AdwEntryRow *
pa_step_period_get_end_date_row (PaStepPeriod *self)
{
  return self->end_date_row;
}

GtkLabel *
pa_step_period_get_duration_label (PaStepPeriod *self)
{
  return self->duration_label;
}

AdwActionRow *
pa_step_period_get_duration_row (PaStepPeriod *self)
{
  return self->duration_row;
}

GtkSpinButton *
pa_step_period_get_start_hours_spin (PaStepPeriod *self)
{
  return self->start_hours_spin;
}

PaRecordListEditor *
pa_step_period_get_list_editor (PaStepPeriod *self,
                                const char   *field)
{
  PaRecordListEditor *editors[] = {
    self->extensions_editor, self->workdays_editor, self->step_ups_editor, self->hybrid_editor,
  };

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    if (g_strcmp0 (pa_record_list_editor_get_field (editors[i]), field) == 0)
      return editors[i];
  return NULL;
}

PaWeekView *
pa_step_period_get_week_view (PaStepPeriod *self)
{
  return self->week_view;
}
