/* pa-findings-bar.c: what the rules say about the agreement, counted, with a list that jumps to each field
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One button at the top of the editor: "2 errors, 1 warning", with the
 * icon of the worst. It opens the list of findings, each with the step it
 * belongs to and the paragraph behind it; activating one emits
 * ::finding-activated with the field's path, and the editor goes there.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pa-field-message.h"
#include "pa-field-state.h"
#include "pa-findings-bar.h"
#include "pa-resources.h"

#define FIELD_KEY "pa-finding-field"
#define LEVEL_KEY "pa-finding-level"

struct _PaFindingsBar
{
  GtkWidget      parent_instance;

  guint          counts[PA_FIELD_N_LEVELS];
  char          *summary;

  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkListBox    *findings_list;
  GtkImage      *summary_icon;
  GtkLabel      *summary_label;
};

G_DEFINE_FINAL_TYPE (PaFindingsBar, pa_findings_bar, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (PaFindingsBar *self,
                  GtkListBoxRow *row)
{
  const char *field = g_object_get_data (G_OBJECT (row), FIELD_KEY);

  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, field ? field : "");
}

static void
pa_findings_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PA_TYPE_FINDINGS_BAR);

  G_OBJECT_CLASS (pa_findings_bar_parent_class)->dispose (object);
}

static void
pa_findings_bar_finalize (GObject *object)
{
  g_free (PA_FINDINGS_BAR (object)->summary);

  G_OBJECT_CLASS (pa_findings_bar_parent_class)->finalize (object);
}

static void
pa_findings_bar_class_init (PaFindingsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_findings_bar_dispose;
  object_class->finalize = pa_findings_bar_finalize;

  /**
   * PaFindingsBar::finding-activated:
   * @field: the path of the finding's field; "" for the whole agreement
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);

  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-findings-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, PaFindingsBar, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PaFindingsBar, popover);
  gtk_widget_class_bind_template_child (widget_class, PaFindingsBar, findings_list);
  gtk_widget_class_bind_template_child (widget_class, PaFindingsBar, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, PaFindingsBar, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "findingsbar");
}

static void
pa_findings_bar_init (PaFindingsBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pa_findings_bar_set_findings (self, NULL, NULL, NULL);
}

GtkWidget *
pa_findings_bar_new (void)
{
  return g_object_new (PA_TYPE_FINDINGS_BAR, NULL);
}

static const char *
level_icon_name (PaFieldLevel level)
{
  if (level == PA_FIELD_LEVEL_HINT)
    return "document-edit-symbolic";
  return pa_severity_icon_name (level - PA_FIELD_LEVEL_INFO + PA_SEVERITY_INFO);
}

static const char *
level_label (PaFieldLevel level)
{
  if (level == PA_FIELD_LEVEL_HINT)
    /* Translators: spoken before a field that is not filled in yet */
    return _("To fill in");
  return pa_severity_label (level - PA_FIELD_LEVEL_INFO + PA_SEVERITY_INFO);
}

static const char *
level_css_class (PaFieldLevel level)
{
  if (level == PA_FIELD_LEVEL_HINT)
    return "hint";
  return pa_severity_css_class (level - PA_FIELD_LEVEL_INFO + PA_SEVERITY_INFO);
}

static GtkWidget *
finding_row (const PaFinding *finding,
             PaFieldLevel     level,
             const char      *location)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (level_icon_name (level));
  GtkWidget *message = gtk_label_new (finding->message);
  g_autoptr(GString) caption = g_string_new (location);
  g_autofree char *spoken = NULL;

  if (finding->reference != NULL && *finding->reference != '\0')
    {
      if (caption->len > 0)
        g_string_append (caption, " · ");
      g_string_append (caption, finding->reference);
    }

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, level_css_class (level));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, level_label (level),
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 52);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_box_append (GTK_BOX (texts), message);

  if (caption->len > 0)
    {
      GtkWidget *where = gtk_label_new (caption->str);

      gtk_label_set_xalign (GTK_LABEL (where), 0);
      gtk_label_set_wrap (GTK_LABEL (where), TRUE);
      gtk_widget_add_css_class (where, "dim-label");
      gtk_widget_add_css_class (where, "caption");
      gtk_box_append (GTK_BOX (texts), where);
    }

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_add_css_class (box, "finding");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  if (caption->len > 0)
    /* Translators: a finding read aloud, "Error: Lower the hours …, Period and Working Hours" */
    spoken = g_strdup_printf (_("%s: %s, %s"), level_label (level), finding->message, caption->str);
  else
    /* Translators: a finding read aloud, "Error: Lower the hours …" */
    spoken = g_strdup_printf (_("%s: %s"), level_label (level), finding->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), FIELD_KEY, g_strdup (finding->field), g_free);
  g_object_set_data (G_OBJECT (row), LEVEL_KEY, GINT_TO_POINTER (level));
  return row;
}

static char *
summary_text (PaFindingsBar *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint errors = self->counts[PA_FIELD_LEVEL_ERROR];
  guint warnings = self->counts[PA_FIELD_LEVEL_WARNING];
  guint notes = self->counts[PA_FIELD_LEVEL_INFO];
  guint hints = self->counts[PA_FIELD_LEVEL_HINT];

  if (errors > 0)
    /* Translators: part of the findings summary, "2 errors, 1 warning" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors));
  if (warnings > 0)
    /* Translators: part of the findings summary, "2 errors, 1 warning" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    /* Translators: part of the findings summary, "1 warning, 3 notes" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes));
  if (hints > 0)
    /* Translators: part of the findings summary, "1 warning, 2 fields to fill in" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u field to fill in", "%u fields to fill in", hints), hints));

  if (parts->len == 0)
    /* Translators: the findings summary when the rules have nothing to say */
    return g_strdup (_("No problems found"));

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of "2 errors, 1 warning" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/**
 * pa_findings_bar_set_states:
 * @states: (nullable): what to say, decided once for the fields, the
 *   steps and this summary
 * @locate: (nullable): names the step of each finding
 */
void
pa_findings_bar_set_states (PaFindingsBar        *self,
                            PaFieldStates        *states,
                            PaFindingsLocateFunc  locate,
                            gpointer              user_data)
{
  GtkWidget *child;
  PaFieldLevel worst = PA_FIELD_LEVEL_NONE;
  guint n = states ? pa_field_states_get_n_items (states) : 0;

  g_return_if_fail (PA_IS_FINDINGS_BAR (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  memset (self->counts, 0, sizeof self->counts);

  for (guint i = 0; i < n; i++)
    {
      const PaFieldState *state = pa_field_states_get_item (states, i);
      g_autofree char *location = locate ? locate (state->finding, user_data) : NULL;

      self->counts[state->level]++;
      worst = MAX (worst, state->level);
      gtk_list_box_append (self->findings_list,
                           finding_row (state->finding, state->level, location ? location : ""));
    }

  g_free (self->summary);
  self->summary = summary_text (self);
  gtk_label_set_label (self->summary_label, self->summary);
  gtk_image_set_from_icon_name (self->summary_icon,
                                worst == PA_FIELD_LEVEL_NONE ? "object-select-symbolic" : level_icon_name (worst));

  for (PaFieldLevel l = PA_FIELD_LEVEL_HINT; l <= PA_FIELD_LEVEL_ERROR; l++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->menu_button), level_css_class (l));
  if (worst != PA_FIELD_LEVEL_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), level_css_class (worst));

  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), worst != PA_FIELD_LEVEL_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  -1);
}

/**
 * pa_findings_bar_set_findings:
 * @findings: (element-type PaFinding) (nullable): errors first, as the
 *   rules engine gives them, each said as it is
 * @locate: (nullable): names the step of each finding
 */
void
pa_findings_bar_set_findings (PaFindingsBar        *self,
                              GPtrArray            *findings,
                              PaFindingsLocateFunc  locate,
                              gpointer              user_data)
{
  g_autoptr(PaFieldStates) states = pa_field_states_new (findings, NULL, NULL, TRUE);

  pa_findings_bar_set_states (self, states, locate, user_data);
}

guint
pa_findings_bar_get_count (PaFindingsBar *self,
                           PaSeverity     severity)
{
  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), 0);
  g_return_val_if_fail (severity <= PA_SEVERITY_ERROR, 0);

  return self->counts[pa_field_level_from_severity (severity)];
}

/* How many fields are still to fill in (hints, not problems). */
guint
pa_findings_bar_get_n_to_fill_in (PaFindingsBar *self)
{
  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), 0);

  return self->counts[PA_FIELD_LEVEL_HINT];
}

const char *
pa_findings_bar_get_summary (PaFindingsBar *self)
{
  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), NULL);

  return self->summary;
}

guint
pa_findings_bar_get_n_items (PaFindingsBar *self)
{
  guint n = 0;

  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), 0);

  while (gtk_list_box_get_row_at_index (self->findings_list, n) != NULL)
    n++;
  return n;
}

const char *
pa_findings_bar_get_item_field (PaFindingsBar *self,
                                guint          index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), NULL);

  row = gtk_list_box_get_row_at_index (self->findings_list, index);
  return row ? g_object_get_data (G_OBJECT (row), FIELD_KEY) : NULL;
}

/* The PaFieldLevel of the item at @index. */
int
pa_findings_bar_get_item_level (PaFindingsBar *self,
                                guint          index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PA_IS_FINDINGS_BAR (self), PA_FIELD_LEVEL_NONE);

  row = gtk_list_box_get_row_at_index (self->findings_list, index);
  return row ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), LEVEL_KEY)) : PA_FIELD_LEVEL_NONE;
}

void
pa_findings_bar_activate_item (PaFindingsBar *self,
                               guint          index)
{
  GtkListBoxRow *row;

  g_return_if_fail (PA_IS_FINDINGS_BAR (self));

  row = gtk_list_box_get_row_at_index (self->findings_list, index);
  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (self->findings_list, "row-activated", row);
}

/* Opens the list (F8), if there is anything in it. */
void
pa_findings_bar_popup (PaFindingsBar *self)
{
  g_return_if_fail (PA_IS_FINDINGS_BAR (self));

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->menu_button)))
    gtk_menu_button_popup (self->menu_button);
}
