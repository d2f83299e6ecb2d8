/* pa-step-parties.c: step 1, who takes part: the citizen, the company and the jobcentre
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field of the three parties, in the order a consultant asks for
 * them. The CPR number is masked until shown: at a three-party meeting the
 * company looks at the same screen.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-rules.h"

#include "pa-editor-step.h"
#include "pa-resources.h"
#include "pa-step-parties.h"
#include "pa-text-area.h"

struct _PaStepParties
{
  PaEditorStep   parent_instance;

  AdwPreferencesGroup *jobcentre_group;
  AdwEntryRow   *citizen_name_row;
  AdwEntryRow   *cpr_row;
  AdwEntryRow   *citizen_phone_row;
  AdwEntryRow   *citizen_email_row;
  AdwEntryRow   *languages_row;
  GtkSwitch     *interpreter_switch;
  GtkSwitch     *language_mentor_switch;
  AdwEntryRow   *job_goal_row;
  AdwEntryRow   *recent_employer_row;
  AdwEntryRow   *recent_employer_cvr_row;
  PaTextArea    *recent_employer_assessment_area;
  AdwEntryRow   *company_name_row;
  AdwEntryRow   *cvr_row;
  AdwEntryRow   *p_number_row;
  AdwEntryRow   *address_row;
  GtkSpinButton *employees_spin;
  GtkSpinButton *placements_spin;
  AdwEntryRow   *contact_name_row;
  AdwEntryRow   *contact_role_row;
  AdwEntryRow   *contact_phone_row;
  AdwEntryRow   *contact_email_row;
  AdwEntryRow   *mentor_name_row;
  AdwEntryRow   *mentor_phone_row;
  AdwEntryRow   *employee_rep_name_row;
  AdwEntryRow   *employee_rep_phone_row;
  AdwEntryRow   *consultant_name_row;
  AdwEntryRow   *consultant_phone_row;
  AdwEntryRow   *consultant_email_row;
  AdwEntryRow   *caseworker_name_row;
  AdwEntryRow   *caseworker_phone_row;
  AdwEntryRow   *municipality_row;
};

G_DEFINE_FINAL_TYPE (PaStepParties, pa_step_parties, PA_TYPE_EDITOR_STEP)

#define FIELD(path, member, format) { path, G_STRUCT_OFFSET (PaStepParties, member), format }
#define CHECKED(f) PA_STEP_CHECKED (PA_FIELD_FORMAT_##f)

static const PaStepField fields[] = {
  FIELD ("citizen/name", citizen_name_row, PA_STEP_PLAIN),
  FIELD ("citizen/cpr", cpr_row, CHECKED (CPR)),
  FIELD ("citizen/phone", citizen_phone_row, PA_STEP_PLAIN),
  FIELD ("citizen/email", citizen_email_row, CHECKED (EMAIL)),
  FIELD ("citizen/languages", languages_row, PA_STEP_PLAIN),
  FIELD ("citizen/needs-interpreter", interpreter_switch, PA_STEP_PLAIN),
  FIELD ("citizen/needs-language-mentor", language_mentor_switch, PA_STEP_PLAIN),
  FIELD ("citizen/job-goal", job_goal_row, PA_STEP_PLAIN),
  FIELD ("citizen/recent-employer", recent_employer_row, PA_STEP_PLAIN),
  FIELD ("citizen/recent-employer-cvr", recent_employer_cvr_row, CHECKED (CVR)),
  FIELD ("recent-employer-assessment", recent_employer_assessment_area, PA_STEP_PLAIN),
  FIELD ("company/name", company_name_row, PA_STEP_PLAIN),
  FIELD ("company/cvr", cvr_row, CHECKED (CVR)),
  FIELD ("company/p-number", p_number_row, CHECKED (P_NUMBER)),
  FIELD ("company/address", address_row, PA_STEP_PLAIN),
  FIELD ("company/employees", employees_spin, PA_STEP_PLAIN),
  FIELD ("company/placements-in-use", placements_spin, PA_STEP_PLAIN),
  FIELD ("company/contact-name", contact_name_row, PA_STEP_PLAIN),
  FIELD ("company/contact-role", contact_role_row, PA_STEP_PLAIN),
  FIELD ("company/contact-phone", contact_phone_row, PA_STEP_PLAIN),
  FIELD ("company/contact-email", contact_email_row, CHECKED (EMAIL)),
  FIELD ("company/mentor-name", mentor_name_row, PA_STEP_PLAIN),
  FIELD ("company/mentor-phone", mentor_phone_row, PA_STEP_PLAIN),
  FIELD ("company/employee-rep-name", employee_rep_name_row, PA_STEP_PLAIN),
  FIELD ("company/employee-rep-phone", employee_rep_phone_row, PA_STEP_PLAIN),
  FIELD ("jobcentre/consultant-name", consultant_name_row, PA_STEP_PLAIN),
  FIELD ("jobcentre/consultant-phone", consultant_phone_row, PA_STEP_PLAIN),
  FIELD ("jobcentre/consultant-email", consultant_email_row, CHECKED (EMAIL)),
  FIELD ("jobcentre/caseworker-name", caseworker_name_row, PA_STEP_PLAIN),
  FIELD ("jobcentre/caseworker-phone", caseworker_phone_row, PA_STEP_PLAIN),
  FIELD ("jobcentre/municipality", municipality_row, PA_STEP_PLAIN),
};

/* The public party is named as the act in force names it: "jobcentret"
 * until the reform, "kommunen" after it. */
static void
update_authority_title (PaStepParties *self)
{
  PaAgreement *agreement = pa_editor_step_get_agreement (PA_EDITOR_STEP (self));
  const char *start = agreement ? pa_record_get_string (PA_RECORD (agreement), "start-date") : NULL;
  PaRuleSet *rules = pa_rule_book_get_for_date (pa_rule_book_get_default (), start);
  const char *term = rules ? pa_rule_set_get_term (rules, "authority") : NULL;
  g_autofree char *title = NULL;
  char first[8] = { 0 };

  if (term == NULL || *term == '\0')
    return;

  /* Upper-case the first letter: the term is written for a sentence. */
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (term)), first);
  title = g_strconcat (first, g_utf8_next_char (term), NULL);
  adw_preferences_group_set_title (self->jobcentre_group, title);
}

/* PaEditorStep */

static void
pa_step_parties_set_agreement (PaEditorStep *step,
                               PaAgreement  *agreement)
{
  if (agreement != NULL)
    g_signal_connect_swapped (agreement, "notify::start-date",
                              G_CALLBACK (update_authority_title), step);
  update_authority_title (PA_STEP_PARTIES (step));
}

/* Complete when the agreement names its three parties. */
static gboolean
pa_step_parties_is_complete (PaEditorStep *step)
{
  PaRecord *agreement = PA_RECORD (pa_editor_step_get_agreement (step));

  return pa_editor_step_has_text (pa_record_get_child (agreement, "citizen"), "name") &&
         pa_editor_step_has_text (pa_record_get_child (agreement, "company"), "name") &&
         pa_editor_step_has_text (pa_record_get_child (agreement, "jobcentre"), "consultant-name");
}

static void
pa_step_parties_class_init (PaStepPartiesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PaEditorStepClass *step_class = PA_EDITOR_STEP_CLASS (klass);

  step_class->set_agreement = pa_step_parties_set_agreement;
  step_class->is_complete = pa_step_parties_is_complete;
  pa_editor_step_class_set_fields (step_class, fields, G_N_ELEMENTS (fields));

  g_type_ensure (PA_TYPE_TEXT_AREA);
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-step-parties.ui");
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, citizen_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, cpr_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, citizen_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, citizen_email_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, languages_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, interpreter_switch);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, language_mentor_switch);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, job_goal_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, recent_employer_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, recent_employer_cvr_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, recent_employer_assessment_area);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, company_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, cvr_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, p_number_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, address_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, employees_spin);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, placements_spin);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, contact_role_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, mentor_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, mentor_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, employee_rep_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, employee_rep_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, consultant_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, consultant_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, consultant_email_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, caseworker_name_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, caseworker_phone_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, PaStepParties, jobcentre_group);
}

/* AdwPasswordEntryRow 1.2 leaves its show/hide button without a name. */
static void
label_unnamed_buttons (GtkWidget  *widget,
                       const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                        -1);
      label_unnamed_buttons (child, label);
    }
}

static void
pa_step_parties_init (PaStepParties *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  label_unnamed_buttons (GTK_WIDGET (self->cpr_row), _("Show or hide the CPR number"));
  pa_editor_step_name_controls (GTK_WIDGET (self));
}

AdwEntryRow *
pa_step_parties_get_citizen_name_row (PaStepParties *self)
{
  return self->citizen_name_row;
}

AdwEntryRow *
pa_step_parties_get_cpr_row (PaStepParties *self)
{
  return self->cpr_row;
}

AdwEntryRow *
pa_step_parties_get_company_name_row (PaStepParties *self)
{
  return self->company_name_row;
}

AdwEntryRow *
pa_step_parties_get_cvr_row (PaStepParties *self)
{
  return self->cvr_row;
}
