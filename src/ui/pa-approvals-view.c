/* pa-approvals-view.c: each party approves a revision; the history of revisions and what changed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown at the end of meeting mode and from the editor's Approvals
 * button. The view is rebuilt from the agreement after every change, so
 * what it shows is always what the model holds: the parties required
 * for this agreement (pa_agreement_required_parties), who approved which
 * revision when and on whose behalf, how to end the placement, and the
 * revisions kept in the store with the difference between any two.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-checks.h"
#include "core/pa-privacy.h"
#include "core/pa-revision-diff.h"
#include "core/pa-wording.h"
#include "docs/pa-xml-writer.h"
#include "pa-approvals-view.h"
#include "pa-labels.h"

struct _PaApprovalsView
{
  GtkWidget    parent_instance;

  PaStore     *store;
  PaAgreement *agreement;
  gboolean     company_view;
  GPtrArray   *findings;
  GPtrArray   *revisions;     /* (element-type PaAgreement): stored, then the current one */
  GtkWidget   *box;
  GtkDropDown *from_dropdown;
  GtkDropDown *to_dropdown;
  GtkLabel    *difference;
  guint        refresh_id;
};

G_DEFINE_FINAL_TYPE (PaApprovalsView, pa_approvals_view, GTK_TYPE_WIDGET)

static const char * const on_behalf_labels[] = {
  /* Translators: how a party approves: here, themselves */
  N_("In person"),
  N_("Approved orally"),
  N_("Signs on paper later"),
  N_("Other reason"),
  NULL
};

static const char * const end_reason_labels[] = {
  N_("Begun ordinary work"),
  N_("Another offer"),
  N_("Illness"),
  N_("Did not show up"),
  N_("Other reason"),
  NULL
};

static const char *
party_label (const char *party)
{
  if (g_str_equal (party, "citizen"))
    return _("Citizen");
  if (g_str_equal (party, "company"))
    return _("Company");
  if (g_str_equal (party, "employee-rep"))
    return _("Employee representative");
  return _("Jobcentre");
}

static GtkDropDown *
string_dropdown (const char * const *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
}

/* "3.12.2026 kl. 14.05" */
static char *
word_stamp (const char *iso)
{
  g_autoptr(GDateTime) dt = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = dt ? g_date_time_to_local (dt) : NULL;
  g_autofree char *date = NULL, *time = NULL;

  if (local == NULL)
    return g_strdup ("");
  date = g_date_time_format (local, "%Y-%m-%d");
  {
    g_autofree char *numeric = pa_wording_date_numeric (date);

    time = pa_wording_time (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local));
    /* Translators: when an approval was given: "3.12.2026 at 14.05" */
    return g_strdup_printf (_("%s at %s"), numeric, time);
  }
}

static char *
approval_text (PaRecord *approval)
{
  const char *at = pa_record_get_string (approval, "approved-at");
  const char *kind = pa_record_get_string (approval, "on-behalf-kind");
  g_autofree char *when = NULL;
  g_autofree char *base = NULL;

  if (at == NULL)
    return g_strdup (_("Not approved yet"));
  when = word_stamp (at);
  /* Translators: "Approved 3.12.2026 at 14.05, revision 2" */
  base = g_strdup_printf (_("Approved %s, revision %d"), when, pa_record_get_int (approval, "revision"));
  if (kind == NULL)
    return g_steal_pointer (&base);
  if (g_str_equal (kind, "other") && pa_record_get_string (approval, "on-behalf-reason") != NULL)
    /* Translators: an approval given on someone's behalf, with the reason */
    return g_strdup_printf (_("%s, on their behalf: %s"), base, pa_record_get_string (approval, "on-behalf-reason"));
  return g_strdup_printf (_("%s, on their behalf: %s"), base, pa_revision_diff_choice_label (kind));
}

static gboolean
has_error_finding (PaApprovalsView *self)
{
  if (self->findings == NULL)
    return FALSE;
  for (guint i = 0; i < self->findings->len; i++)
    if (((PaFinding *) g_ptr_array_index (self->findings, i))->severity == PA_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

typedef struct {
  PaApprovalsView *self;
  char            *party;
  char            *kind;
  char            *text;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_free (pending->party);
  g_free (pending->kind);
  g_free (pending->text);
  g_free (pending);
}

static void
do_approve (Pending *p)
{
  pa_agreement_approve_on_behalf (p->self->agreement, p->party, p->kind, p->text);
  pa_approvals_view_refresh (p->self);
}

static void
on_agree_anyway (AdwMessageDialog *dialog,
                 const char       *response,
                 Pending          *pending)
{
  if (g_str_equal (response, "approve"))
    do_approve (pending);
  pending_free (pending);
}

/* The approval that makes the agreement agreed, with an error open,
 * asks first: the parties may not know of it. */
static gboolean
completes_agreement (PaApprovalsView *self,
                     const char      *party)
{
  const char * const *parties = pa_agreement_required_parties (self->agreement);

  if (!pa_agreement_party_required (self->agreement, party))
    return FALSE;
  for (guint i = 0; parties[i] != NULL; i++)
    if (!g_str_equal (parties[i], party) &&
        pa_record_get_string (PA_RECORD (pa_agreement_get_approval (self->agreement, parties[i])),
                              "approved-at") == NULL)
      return FALSE;
  return TRUE;
}

static void
ask_before_agreeing (PaApprovalsView *self,
                     Pending         *pending)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Agree despite an error?"),
                                                       _("The checks found an error in the agreement. "
                                                         "With this approval every party has agreed to it as it is. "
                                                         "Correct the error first, or approve anyway.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "approve", _("_Approve Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "approve", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_agree_anyway), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_approve_clicked (GtkButton       *button,
                    PaApprovalsView *self)
{
  GtkDropDown *kind_dropdown = g_object_get_data (G_OBJECT (button), "kind");
  GtkEditable *text = g_object_get_data (G_OBJECT (button), "text");
  guint kind = gtk_drop_down_get_selected (kind_dropdown);
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->party = g_strdup (g_object_get_data (G_OBJECT (button), "party"));
  pending->kind = kind > 0 && kind <= 3 ? g_strdup (pa_on_behalf_kinds[kind - 1]) : NULL;
  pending->text = kind == 3 ? g_strdup (gtk_editable_get_text (text)) : NULL;

  if (completes_agreement (self, pending->party) && has_error_finding (self))
    {
      ask_before_agreeing (self, pending);
      return;
    }
  do_approve (pending);
  pending_free (pending);
}

static void
on_withdraw_clicked (GtkButton       *button,
                     PaApprovalsView *self)
{
  pa_agreement_withdraw_approval (self->agreement, g_object_get_data (G_OBJECT (button), "party"));
  pa_approvals_view_refresh (self);
}

static void
on_kind_selected (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  GtkWidget   *entry)
{
  gtk_widget_set_visible (entry, gtk_drop_down_get_selected (dropdown) == 3);
}

static GtkWidget *
party_row (PaApprovalsView *self,
           const char      *party)
{
  PaRecord *approval = PA_RECORD (pa_agreement_get_approval (self->agreement, party));
  g_autofree char *subtitle = approval_text (approval);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), party_label (party));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (pa_record_get_string (approval, "approved-at") != NULL)
    {
      g_autofree char *tip = g_strdup_printf (_("Withdraw the approval of %s"), party_label (party));

      button = gtk_button_new_with_mnemonic (_("_Withdraw"));
      gtk_widget_set_tooltip_text (button, tip);
      g_signal_connect (button, "clicked", G_CALLBACK (on_withdraw_clicked), self);
    }
  else
    {
      g_autofree char *tip = g_strdup_printf (_("%s approves revision %d"), party_label (party),
                                              pa_agreement_get_revision (self->agreement));
      GtkDropDown *kind = string_dropdown (on_behalf_labels);
      GtkWidget *text = gtk_entry_new ();

      gtk_widget_set_valign (GTK_WIDGET (kind), GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (GTK_WIDGET (kind), _("Approved in person or on the party's behalf"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("Reason"));
      gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
      gtk_widget_set_visible (text, FALSE);
      g_signal_connect (kind, "notify::selected", G_CALLBACK (on_kind_selected), text);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (kind));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), text);

      button = gtk_button_new_with_mnemonic (_("_Approve"));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_tooltip_text (button, tip);
      g_object_set_data (G_OBJECT (button), "kind", kind);
      g_object_set_data (G_OBJECT (button), "text", text);
      g_signal_connect (button, "clicked", G_CALLBACK (on_approve_clicked), self);
    }
  g_object_set_data_full (G_OBJECT (button), "party", g_strdup (party), g_free);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
approvals_group (PaApprovalsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = g_strdup_printf (_("Approvals of revision %d"),
                                            pa_agreement_get_revision (self->agreement));
  const char *status = pa_record_get_string (PA_RECORD (self->agreement), "status");
  g_autofree char *description = NULL;

  description = g_strdup_printf (pa_agreement_party_required (self->agreement, "employee-rep")
                                 ? _("Status: %s. The employee representative approves too, because the company has employees.")
                                 : _("Status: %s. The agreement is agreed when the citizen, the company and the jobcentre have approved it."),
                                 pa_labels_status (status));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  for (guint i = 0; pa_approval_parties[i] != NULL; i++)
    {
      PaRecord *approval = PA_RECORD (pa_agreement_get_approval (self->agreement, pa_approval_parties[i]));

      if (pa_agreement_party_required (self->agreement, pa_approval_parties[i]) ||
          (approval != NULL && pa_record_get_string (approval, "approved-at") != NULL))
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), party_row (self, pa_approval_parties[i]));
    }
  return group;
}

static void
on_close_clicked (GtkButton       *button,
                  PaApprovalsView *self)
{
  GtkDropDown *reason = g_object_get_data (G_OBJECT (button), "reason");
  GtkEditable *text = g_object_get_data (G_OBJECT (button), "text");
  guint index = gtk_drop_down_get_selected (reason);

  pa_agreement_close (self->agreement, g_object_get_data (G_OBJECT (button), "status"),
                      pa_status_reasons[MIN (index, 4)], gtk_editable_get_text (text));
  pa_approvals_view_refresh (self);
}

static GtkWidget *
close_button (PaApprovalsView *self,
              const char      *label,
              const char      *status,
              GtkDropDown     *reason,
              GtkWidget       *text)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "status", (gpointer) status);
  g_object_set_data (G_OBJECT (button), "reason", reason);
  g_object_set_data (G_OBJECT (button), "text", text);
  g_signal_connect (button, "clicked", G_CALLBACK (on_close_clicked), self);
  return button;
}

static GtkWidget *
ending_group (PaApprovalsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkDropDown *reason = string_dropdown (end_reason_labels);
  GtkWidget *text = gtk_entry_new ();
  const char *status = pa_record_get_string (PA_RECORD (self->agreement), "status");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("End the Placement"));
  if (g_strcmp0 (status, "ended") == 0 || g_strcmp0 (status, "cancelled") == 0)
    {
      const char *why = pa_record_get_string (PA_RECORD (self->agreement), "status-reason");
      const char *other = pa_record_get_string (PA_RECORD (self->agreement), "status-reason-text");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pa_labels_status (status));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   other != NULL ? other : pa_revision_diff_choice_label (why));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      return group;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reason"));
  gtk_widget_set_valign (GTK_WIDGET (reason), GTK_ALIGN_CENTER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("Other reason"));
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (reason));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), text);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), close_button (self, _("_Ended"), "ended", reason, text));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), close_button (self, _("_Cancelled"), "cancelled", reason, text));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

/* Stored revisions, those sealed but not yet saved, then the current. */
static void
collect_revisions (PaApprovalsView *self)
{
  g_autoptr(GPtrArray) stored = NULL;
  GPtrArray *sealed = pa_agreement_get_sealed_revisions (self->agreement);
  int last = 0;

  g_clear_pointer (&self->revisions, g_ptr_array_unref);
  self->revisions = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->store != NULL)
    stored = pa_store_list_revisions (self->store, pa_agreement_get_id (self->agreement), NULL);

  for (guint i = 0; stored != NULL && i < stored->len; i++)
    if (pa_agreement_get_revision (g_ptr_array_index (stored, i)) < pa_agreement_get_revision (self->agreement))
      {
        last = pa_agreement_get_revision (g_ptr_array_index (stored, i));
        g_ptr_array_add (self->revisions, g_object_ref (g_ptr_array_index (stored, i)));
      }
  for (guint i = 0; i < sealed->len; i++)
    if (pa_agreement_get_revision (g_ptr_array_index (sealed, i)) > last)
      g_ptr_array_add (self->revisions, g_object_ref (g_ptr_array_index (sealed, i)));
  g_ptr_array_add (self->revisions, g_object_ref (self->agreement));
}

static char *
revision_summary (PaAgreement *revision)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; pa_approval_parties[i] != NULL; i++)
    {
      PaRecord *approval = PA_RECORD (pa_agreement_get_approval (revision, pa_approval_parties[i]));
      g_autofree char *when = NULL;

      if (approval == NULL || pa_record_get_string (approval, "approved-at") == NULL)
        continue;
      when = word_stamp (pa_record_get_string (approval, "approved-at"));
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: "Citizen 3.12.2026 at 14.05" in a list of approvals */
      g_string_append_printf (text, _("%s %s"), party_label (pa_approval_parties[i]), when);
    }
  if (text->len == 0)
    g_string_append (text, _("No approvals"));
  return g_string_free (text, FALSE);
}

static char *
revision_name (PaAgreement *revision,
               gboolean     current)
{
  if (current)
    return g_strdup_printf (_("Revision %d (now)"), pa_agreement_get_revision (revision));
  return g_strdup_printf (_("Revision %d"), pa_agreement_get_revision (revision));
}

static void
update_difference (PaApprovalsView *self)
{
  guint from = gtk_drop_down_get_selected (self->from_dropdown);
  guint to = gtk_drop_down_get_selected (self->to_dropdown);
  g_autoptr(PaAgreement) a = NULL, b = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (from >= self->revisions->len || to >= self->revisions->len)
    return;
  a = g_object_ref (g_ptr_array_index (self->revisions, from));
  b = g_object_ref (g_ptr_array_index (self->revisions, to));
  if (self->company_view)
    {
      g_set_object (&a, pa_privacy_company_copy (a));
      g_object_unref (a);
      g_set_object (&b, pa_privacy_company_copy (b));
      g_object_unref (b);
    }
  lines = pa_revision_diff (a, b);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (lines, i));
  if (lines->len == 0)
    g_string_append (text, _("No differences."));
  gtk_label_set_text (self->difference, text->str);
}

/* An earlier revision is saved as a document of its own: the same
 * schema as any agreement, with that revision's number and approvals. */
static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    PaAgreement     *revision)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      !pa_xml_export_file (revision, PA_XML_VARIANT_FULL, path, &error))
    {
      AdwMessageDialog *message =
        ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_native_dialog_get_transient_for (dialog),
                                                    _("The Document Could Not Be Saved"),
                                                    error->message));

      adw_message_dialog_add_response (message, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
  g_object_unref (dialog);
  g_object_unref (revision);
}

static void
on_export_clicked (GtkButton       *button,
                   PaApprovalsView *self)
{
  PaAgreement *revision = g_object_get_data (G_OBJECT (button), "revision");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *citizen = pa_record_get_string (PA_RECORD (pa_agreement_get_citizen (revision)), "name");
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Save the Revision as XML"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: file name of an earlier revision: "Amina Hassan revision 2.xml" */
  name = g_strdup_printf (_("%s revision %d.xml"), citizen ? citizen : _("agreement"),
                          pa_agreement_get_revision (revision));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), g_object_ref (revision));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static GtkWidget *
history_group (PaApprovalsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *compare = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Revisions"));
  for (guint i = 0; i < self->revisions->len; i++)
    {
      PaAgreement *revision = g_ptr_array_index (self->revisions, i);
      gboolean current = i + 1 == self->revisions->len;
      g_autofree char *name = revision_name (revision, current);
      g_autofree char *summary = revision_summary (revision);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      if (!current && !self->company_view)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (_("_Save as XML…"));
          g_autofree char *tip = g_strdup_printf (_("Save revision %d as an XML document"),
                                                  pa_agreement_get_revision (revision));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (button, tip);
          g_object_set_data_full (G_OBJECT (button), "revision", g_object_ref (revision), g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (on_export_clicked), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      gtk_string_list_append (names, name);
    }

  self->from_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  self->to_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Compare from revision"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Compare to revision"), -1);
  gtk_drop_down_set_selected (self->from_dropdown, self->revisions->len >= 2 ? self->revisions->len - 2 : 0);
  gtk_drop_down_set_selected (self->to_dropdown, self->revisions->len - 1);
  g_signal_connect_swapped (self->from_dropdown, "notify::selected", G_CALLBACK (update_difference), self);
  g_signal_connect_swapped (self->to_dropdown, "notify::selected", G_CALLBACK (update_difference), self);

  gtk_box_append (GTK_BOX (compare), gtk_label_new (_("What changed from")));
  gtk_box_append (GTK_BOX (compare), GTK_WIDGET (self->from_dropdown));
  gtk_box_append (GTK_BOX (compare), gtk_label_new (_("to")));
  gtk_box_append (GTK_BOX (compare), GTK_WIDGET (self->to_dropdown));
  gtk_widget_set_margin_top (compare, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), compare);

  self->difference = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->difference, TRUE);
  gtk_label_set_xalign (self->difference, 0);
  gtk_label_set_selectable (self->difference, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->difference), 8);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->difference));
  update_difference (self);
  return group;
}

void
pa_approvals_view_refresh (PaApprovalsView *self)
{
  g_return_if_fail (PA_IS_APPROVALS_VIEW (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->box != NULL)
    gtk_widget_unparent (self->box);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  collect_revisions (self);
  gtk_box_append (GTK_BOX (self->box), approvals_group (self));
  if (!self->company_view)
    gtk_box_append (GTK_BOX (self->box), ending_group (self));
  gtk_box_append (GTK_BOX (self->box), history_group (self));
}

static gboolean
refresh_idle (gpointer data)
{
  PaApprovalsView *self = data;

  self->refresh_id = 0;
  pa_approvals_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Edits elsewhere (meeting mode's pencils) clear approvals: show it. */
static void
on_agreement_changed (PaApprovalsView *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
pa_approvals_view_dispose (GObject *object)
{
  PaApprovalsView *self = PA_APPROVALS_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_clear_object (&self->agreement);
  g_clear_object (&self->store);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->revisions, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_approvals_view_parent_class)->dispose (object);
}

static void
pa_approvals_view_class_init (PaApprovalsViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pa_approvals_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "approvals");
}

static void
pa_approvals_view_init (PaApprovalsView *self)
{
}

GtkWidget *
pa_approvals_view_new (PaStore     *store,
                       PaAgreement *agreement,
                       gboolean     company_view)
{
  PaApprovalsView *self;

  g_return_val_if_fail (store == NULL || PA_IS_STORE (store), NULL);
  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  self = g_object_new (PA_TYPE_APPROVALS_VIEW, NULL);
  self->store = store ? g_object_ref (store) : NULL;
  self->agreement = g_object_ref (agreement);
  self->company_view = company_view;
  g_signal_connect_swapped (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
  pa_approvals_view_refresh (self);
  return GTK_WIDGET (self);
}

void
pa_approvals_view_set_findings (PaApprovalsView *self,
                                GPtrArray       *findings)
{
  g_return_if_fail (PA_IS_APPROVALS_VIEW (self));

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings ? g_ptr_array_ref (findings) : NULL;
}

const char *
pa_approvals_view_get_difference_text (PaApprovalsView *self)
{
  g_return_val_if_fail (PA_IS_APPROVALS_VIEW (self), NULL);

  return gtk_label_get_text (self->difference);
}

static guint
index_of_revision (PaApprovalsView *self,
                   int              number)
{
  for (guint i = 0; i < self->revisions->len; i++)
    if (pa_agreement_get_revision (g_ptr_array_index (self->revisions, i)) == number)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

void
pa_approvals_view_compare (PaApprovalsView *self,
                           int              from_revision,
                           int              to_revision)
{
  g_return_if_fail (PA_IS_APPROVALS_VIEW (self));

  if (self->refresh_id != 0)
    pa_approvals_view_refresh (self);
  gtk_drop_down_set_selected (self->from_dropdown, index_of_revision (self, from_revision));
  gtk_drop_down_set_selected (self->to_dropdown, index_of_revision (self, to_revision));
  update_difference (self);
}
