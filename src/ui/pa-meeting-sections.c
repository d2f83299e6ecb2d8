/* pa-meeting-sections.c: what each section of meeting mode shows, in large type
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every section is built from the company copy (pa_privacy_company_copy)
 * so that nothing the company may not see reaches the text or the
 * accessible tree. The pencils edit the agreement itself at the same
 * place: the lists they touch (goals, sub-goals) are the same in both,
 * as the company copy removes nothing from them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-revision-diff.h"
#include "core/pa-validate.h"
#include "core/pa-wording.h"
#include "pa-labels.h"
#include "pa-ladder-view.h"
#include "pa-meeting-private.h"
#include "pa-week-view.h"

const PaMeetingSection pa_meeting_sections[] = {
  { "purpose", N_("Purpose") },
  { "goals", N_("Goals and Sub-goals") },
  { "schedule", N_("Week Schedule") },
  { "tasks", N_("Tasks and Progression") },
  { "restrictions", N_("Restrictions") },
  { "follow-up", N_("Follow-up and Next Step") },
  { "approvals", N_("Approvals") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (pa_meeting_sections) == 7);

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

static void
add_text (GtkWidget  *box,
          const char *text,
          const char *css_class)
{
  if (text != NULL && *text != '\0')
    gtk_box_append (GTK_BOX (box), text_label (text, css_class));
}

/* "Label: value" as two lines a reader takes in at once. */
static void
add_field (GtkWidget  *box,
           const char *label,
           const char *value)
{
  GtkWidget *pair;

  if (value == NULL || *value == '\0')
    return;
  pair = vbox (2);
  gtk_box_append (GTK_BOX (pair), text_label (label, "meeting-label"));
  gtk_box_append (GTK_BOX (pair), text_label (value, NULL));
  gtk_box_append (GTK_BOX (box), pair);
}

static GListModel *
list_of (PaRecord   *record,
         const char *field)
{
  return G_LIST_MODEL (pa_record_get_list (record, field));
}

/* Pencils: a value with a button that turns it into an entry. */

typedef struct {
  PaRecord    *real;
  char        *field;
  PaFieldKind  kind;
  char        *label;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->real);
  g_free (edit->field);
  g_free (edit->label);
  g_free (edit);
}

static gboolean
apply_edit (Edit        *edit,
            const char  *text,
            GError     **error)
{
  if (edit->kind == PA_FIELD_DATE)
    {
      g_autofree char *iso = pa_parse_user_date (edit->label, text, error);

      if (iso == NULL)
        return FALSE;
      pa_record_set_string (edit->real, edit->field, iso);
    }
  else if (edit->kind == PA_FIELD_DOUBLE)
    {
      g_autofree char *dot = g_strdelimit (g_strdup (text), ",", '.');
      char *end = NULL;
      double hours = g_ascii_strtod (dot, &end);

      if (end == dot || *end != '\0' || hours < 0 || hours > 168)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s must be a number of hours between 0 and 168."), edit->label);
          return FALSE;
        }
      pa_record_set_double (edit->real, edit->field, hours);
    }
  else
    pa_record_set_string (edit->real, edit->field, text);
  return TRUE;
}

static void
on_edit_activate (GtkEntry *entry,
                  Edit     *edit)
{
  g_autoptr(GError) error = NULL;
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_STACK));

  if (!apply_edit (edit, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      return;
    }
  gtk_stack_set_visible_child_name (stack, "show");
}

static void
on_pencil_clicked (GtkButton *button,
                   GtkStack  *stack)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (stack), "entry");

  gtk_stack_set_visible_child_name (stack, "edit");
  gtk_widget_grab_focus (entry);
}

static GtkWidget *
pencil_value (PaRecord    *real,
              const char  *field,
              PaFieldKind  kind,
              const char  *label,
              const char  *shown)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *show = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *value = text_label (shown && *shown ? shown : "—", NULL);
  GtkWidget *pencil = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *tip = g_strdup_printf (_("Change %s"), label);
  Edit *edit = g_new0 (Edit, 1);

  edit->real = g_object_ref (real);
  edit->field = g_strdup (field);
  edit->kind = kind;
  edit->label = g_strdup (label);

  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_set_tooltip_text (pencil, tip);
  gtk_widget_add_css_class (pencil, "flat");
  gtk_widget_set_valign (pencil, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (show), value);
  gtk_box_append (GTK_BOX (show), pencil);

  gtk_editable_set_text (GTK_EDITABLE (entry), shown ? shown : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_data (entry, "activate", G_CALLBACK (on_edit_activate), edit,
                         (GClosureNotify) (void (*) (void)) edit_free, 0);

  gtk_stack_add_named (GTK_STACK (stack), show, "show");
  gtk_stack_add_named (GTK_STACK (stack), entry, "edit");
  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
  g_object_set_data (G_OBJECT (stack), "entry", entry);
  g_signal_connect (pencil, "clicked", G_CALLBACK (on_pencil_clicked), stack);
  return stack;
}

static void
add_pencil_field (GtkWidget   *box,
                  PaRecord    *real,
                  const char  *field,
                  PaFieldKind  kind,
                  const char  *label,
                  const char  *shown)
{
  GtkWidget *pair = vbox (2);

  gtk_box_append (GTK_BOX (pair), text_label (label, "meeting-label"));
  gtk_box_append (GTK_BOX (pair), pencil_value (real, field, kind, label, shown));
  gtk_box_append (GTK_BOX (box), pair);
}

/* Only for the citizen and me: a box that says so. */
static GtkWidget *
private_box (void)
{
  GtkWidget *box = vbox (8);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "meeting-private");
  gtk_box_append (GTK_BOX (box), text_label (_("Only for the citizen and me — not for the company"), "heading"));
  return box;
}

/* Sections */

static void
build_purpose (GtkWidget   *box,
               PaAgreement *shown)
{
  PaRecord *record = PA_RECORD (shown);
  PaRecord *citizen = PA_RECORD (pa_agreement_get_citizen (shown));

  add_text (box, pa_record_get_string (record, "individual-purpose"), "meeting-lead");
  add_field (box, _("Job goal in the citizen's own words"), pa_record_get_string (citizen, "job-goal"));
  if (pa_record_get_string (record, "individual-purpose") == NULL)
    add_text (box, _("The purpose in the citizen's own words is not written yet."), "dim-label");
}

static void
on_reached_toggled (GtkCheckButton *check)
{
  PaRecord *real = g_object_get_data (G_OBJECT (check), "record");

  pa_record_set_boolean (real, "reached", gtk_check_button_get_active (check));
}

static void
build_subgoal (GtkWidget *box,
               PaRecord  *sub,
               PaRecord  *real)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *texts = vbox (4);
  GtkWidget *reached = gtk_check_button_new_with_label (_("Reached"));
  g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (sub, "date"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (reached), pa_record_get_boolean (sub, "reached"));
  g_object_set_data_full (G_OBJECT (reached), "record", g_object_ref (real), g_object_unref);
  g_signal_connect (reached, "toggled", G_CALLBACK (on_reached_toggled), NULL);
  gtk_widget_set_valign (reached, GTK_ALIGN_START);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), pencil_value (real, "text", PA_FIELD_STRING, _("Sub-goal"),
                                                 pa_record_get_string (sub, "text")));
  gtk_box_append (GTK_BOX (texts), pencil_value (real, "date", PA_FIELD_DATE, _("Date"), date));
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), reached);
  gtk_widget_add_css_class (row, "meeting-subgoal");
  gtk_box_append (GTK_BOX (box), row);
}

static void
build_goals (GtkWidget   *box,
             PaAgreement *shown,
             PaAgreement *real)
{
  GListModel *goals = list_of (PA_RECORD (shown), "goals");
  GListModel *real_goals = list_of (PA_RECORD (real), "goals");

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(PaRecord) goal = g_list_model_get_item (goals, i);
      g_autoptr(PaRecord) real_goal = g_list_model_get_item (real_goals, i);
      g_autofree char *deadline = pa_wording_date_numeric (pa_record_get_string (goal, "deadline"));
      GListModel *subs = list_of (goal, "subgoals");
      GListModel *real_subs = list_of (real_goal, "subgoals");

      add_text (box, pa_record_get_string (goal, "specific"), "meeting-lead");
      add_field (box, _("How we will know it is reached"), pa_record_get_string (goal, "measure"));
      add_pencil_field (box, real_goal, "deadline", PA_FIELD_DATE, _("Deadline"), deadline);
      for (guint j = 0; j < g_list_model_get_n_items (subs); j++)
        {
          g_autoptr(PaRecord) sub = g_list_model_get_item (subs, j);
          g_autoptr(PaRecord) real_sub = g_list_model_get_item (real_subs, j);

          build_subgoal (box, sub, real_sub);
        }
    }
  if (g_list_model_get_n_items (goals) == 0)
    add_text (box, _("No goals yet."), "dim-label");
}

static void
build_schedule (GtkWidget   *box,
                PaAgreement *shown,
                PaAgreement *real)
{
  PaRecord *record = PA_RECORD (shown);
  GtkWidget *week = pa_week_view_new ();
  g_autofree char *start = pa_wording_date_numeric (pa_record_get_string (record, "start-date"));
  g_autofree char *end = pa_wording_date_numeric (pa_record_get_string (record, "end-date"));
  g_autofree char *hours = pa_wording_decimal (pa_record_get_double (record, "start-hours"), 2);

  add_pencil_field (box, PA_RECORD (real), "start-date", PA_FIELD_DATE, _("Start date"), start);
  add_pencil_field (box, PA_RECORD (real), "end-date", PA_FIELD_DATE, _("End date"), end);
  add_pencil_field (box, PA_RECORD (real), "start-hours", PA_FIELD_DOUBLE,
                    _("Hours per week at the start"), hours);
  pa_week_view_set_workdays (PA_WEEK_VIEW (week), list_of (record, "workdays"));
  gtk_box_append (GTK_BOX (box), week);
}

static void
build_tasks (GtkWidget   *box,
             PaAgreement *shown)
{
  GListModel *functions = list_of (PA_RECORD (shown), "work-functions");

  for (guint i = 0; i < g_list_model_get_n_items (functions); i++)
    {
      g_autoptr(PaRecord) function = g_list_model_get_item (functions, i);
      GListModel *tasks = list_of (function, "tasks");
      GtkWidget *ladder = pa_ladder_view_new ();

      add_text (box, pa_record_get_string (function, "name"), "meeting-lead");
      for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
        {
          g_autoptr(PaRecord) task = g_list_model_get_item (tasks, j);
          g_autofree char *line = g_strdup_printf ("• %s", pa_record_get_string (task, "text") ?: "");

          add_text (box, line, NULL);
        }
      /* The ladder shows the copy: read only here, changed in step 6. */
      pa_ladder_view_set_work_function (PA_LADDER_VIEW (ladder), function);
      gtk_widget_set_can_target (ladder, FALSE);
      gtk_widget_set_focusable (ladder, FALSE);
      gtk_widget_set_size_request (ladder, -1, 220);
      gtk_box_append (GTK_BOX (box), ladder);
    }
  if (g_list_model_get_n_items (functions) == 0)
    add_text (box, _("No work functions yet."), "dim-label");
}

static void
add_restriction (GtkWidget *box,
                 PaRecord  *restriction)
{
  GListModel *measures = list_of (restriction, "measures");

  add_text (box, pa_record_get_string (restriction, "reformulation"), "meeting-lead");
  for (guint j = 0; j < g_list_model_get_n_items (measures); j++)
    {
      g_autoptr(PaRecord) measure = g_list_model_get_item (measures, j);
      g_autofree char *line = g_strdup_printf ("• %s: %s",
                                               pa_revision_diff_choice_label (pa_record_get_string (measure, "kind")),
                                               pa_record_get_string (measure, "description") ?: "");

      add_text (box, line, NULL);
    }
}

static void
build_restrictions (GtkWidget   *box,
                    PaAgreement *shown,
                    PaAgreement *real,
                    gboolean     revealed)
{
  GListModel *list = list_of (PA_RECORD (shown), "restrictions");
  GListModel *real_list = list_of (PA_RECORD (real), "restrictions");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) restriction = g_list_model_get_item (list, i);

      add_restriction (box, restriction);
    }
  if (g_list_model_get_n_items (list) == 0)
    add_text (box, _("No restrictions are shared with the company."), "dim-label");

  if (!revealed)
    return;
  {
    GtkWidget *private = private_box ();

    for (guint i = 0; i < g_list_model_get_n_items (real_list); i++)
      {
        g_autoptr(PaRecord) restriction = g_list_model_get_item (real_list, i);

        add_text (private, pa_record_get_string (restriction, "original"), "meeting-lead");
        if (!pa_record_get_boolean (restriction, "consent"))
          add_restriction (private, restriction);
      }
    gtk_box_append (GTK_BOX (box), private);
  }
}

static void
build_follow_up (GtkWidget   *box,
                 PaAgreement *shown,
                 PaAgreement *real,
                 gboolean     revealed)
{
  PaRecord *record = PA_RECORD (shown);
  GListModel *list = list_of (record, "follow-ups");
  GListModel *real_list = list_of (PA_RECORD (real), "follow-ups");
  GtkWidget *private = revealed ? private_box () : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PaRecord) follow_up = g_list_model_get_item (list, i);
      g_autoptr(PaRecord) real_one = g_list_model_get_item (real_list, i);
      g_autofree char *date = pa_wording_date_numeric (pa_record_get_string (follow_up, "date"));
      g_autofree char *line = g_strdup_printf ("%s %s · %s", date, pa_record_get_string (follow_up, "time") ?: "",
                                               pa_revision_diff_choice_label (pa_record_get_string (follow_up, "kind")));

      add_text (box, line, "meeting-lead");
      add_text (box, pa_record_get_string (follow_up, "agenda"), NULL);
      if (private != NULL && real_one != NULL)
        add_field (private, line, pa_record_get_string (real_one, "notes"));
    }
  add_field (box, _("How often the placement is followed up"), pa_record_get_string (record, "follow-up-frequency"));
  add_field (box, _("Who is responsible for what"), pa_record_get_string (record, "responsibilities"));
  add_field (box, _("What happens if the placement does not go to plan"), pa_record_get_string (record, "contingency"));
  add_field (box, _("Next step"), pa_record_get_string (record, "next-step"));
  add_field (box, _("Prospect of ordinary paid hours"), pa_record_get_string (record, "ordinary-hours-prospect"));

  if (private != NULL)
    {
      add_field (private, _("Notes"), pa_record_get_string (PA_RECORD (real), "notes"));
      gtk_box_append (GTK_BOX (box), private);
    }
}

gboolean
pa_meeting_section_has_hidden (guint        index,
                               PaAgreement *real)
{
  const char *id = pa_meeting_sections[index].id;

  if (g_str_equal (id, "restrictions"))
    return g_list_model_get_n_items (list_of (PA_RECORD (real), "restrictions")) > 0;
  if (g_str_equal (id, "follow-up"))
    return g_list_model_get_n_items (list_of (PA_RECORD (real), "follow-ups")) > 0 ||
           pa_record_get_string (PA_RECORD (real), "notes") != NULL;
  return FALSE;
}

GtkWidget *
pa_meeting_build_section (guint        index,
                          PaAgreement *shown,
                          PaAgreement *real,
                          gboolean     revealed)
{
  const char *id = pa_meeting_sections[index].id;
  GtkWidget *box = vbox (20);

  revealed = revealed && pa_meeting_section_has_hidden (index, real);
  gtk_box_append (GTK_BOX (box), text_label (_(pa_meeting_sections[index].title), "title-1"));
  if (g_str_equal (id, "purpose"))
    build_purpose (box, shown);
  else if (g_str_equal (id, "goals"))
    build_goals (box, shown, real);
  else if (g_str_equal (id, "schedule"))
    build_schedule (box, shown, real);
  else if (g_str_equal (id, "tasks"))
    build_tasks (box, shown);
  else if (g_str_equal (id, "restrictions"))
    build_restrictions (box, shown, real, revealed);
  else if (g_str_equal (id, "follow-up"))
    build_follow_up (box, shown, real, revealed);
  return box;
}
