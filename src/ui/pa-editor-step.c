/* pa-editor-step.c: what the editor asks of each of its steps
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pa-editor-step.h"
#include "pa-text-area.h"

G_DEFINE_INTERFACE (PaEditorStep, pa_editor_step, GTK_TYPE_WIDGET)

static void
pa_editor_step_default_init (PaEditorStepInterface *iface)
{
}

void
pa_editor_step_set_agreement (PaEditorStep *self,
                              PaAgreement  *agreement)
{
  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  if (PA_EDITOR_STEP_GET_IFACE (self)->set_agreement != NULL)
    PA_EDITOR_STEP_GET_IFACE (self)->set_agreement (self, agreement);
}

void
pa_editor_step_register_fields (PaEditorStep    *self,
                                PaFieldRegistry *registry)
{
  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  if (PA_EDITOR_STEP_GET_IFACE (self)->register_fields != NULL)
    PA_EDITOR_STEP_GET_IFACE (self)->register_fields (self, registry);
}

void
pa_editor_step_commit (PaEditorStep *self)
{
  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  if (PA_EDITOR_STEP_GET_IFACE (self)->commit != NULL)
    PA_EDITOR_STEP_GET_IFACE (self)->commit (self);
}

gboolean
pa_editor_step_is_complete (PaEditorStep *self)
{
  g_return_val_if_fail (PA_IS_EDITOR_STEP (self), FALSE);

  if (PA_EDITOR_STEP_GET_IFACE (self)->is_complete != NULL)
    return PA_EDITOR_STEP_GET_IFACE (self)->is_complete (self);
  return FALSE;
}

gboolean
pa_editor_step_has_text (PaRecord   *record,
                         const char *field)
{
  const char *s = pa_record_get_string (record, field);

  return s != NULL && *s != '\0';
}

guint
pa_editor_step_count (PaRecord   *record,
                      const char *list_field)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pa_record_get_list (record, list_field)));
}

static const char *
row_title (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return row ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

/* The items of a drop-down list carry their text as their name. */
static void
on_item_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_item_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *holder = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (holder != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (holder),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}

/**
 * pa_editor_step_string_factory:
 *
 * Returns: (transfer full): a factory for a GtkStringList in a combo row
 *   or a drop-down, whose items a screen reader can name (GTK 4.8 gives
 *   the items of a list view no name of their own)
 */
GtkListItemFactory *
pa_editor_step_string_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_item_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_item_bind), NULL);
  return factory;
}

/**
 * pa_editor_step_name_controls:
 *
 * Gives the spin buttons, switches and check buttons in rows under @root
 * the row's title as their accessible name, so a screen reader says
 * "Ordinary employees, spin button" rather than only "spin button".
 */
void
pa_editor_step_name_controls (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_COMBO_ROW (child))
        {
          g_autoptr(GtkListItemFactory) factory = pa_editor_step_string_factory ();

          adw_combo_row_set_factory (ADW_COMBO_ROW (child), factory);
          continue;
        }
      if (GTK_IS_SPIN_BUTTON (child) || GTK_IS_SWITCH (child) ||
          GTK_IS_CHECK_BUTTON (child) || GTK_IS_DROP_DOWN (child))
        {
          const char *title = row_title (child);

          if (title != NULL && *title != '\0')
            gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                            -1);
          continue;
        }
      pa_editor_step_name_controls (child);
    }
}

/**
 * pa_editor_step_resolve:
 * @field: (out): the last part of @path
 *
 * Returns: (transfer none): the record that holds the field at @path,
 *   following CHILD fields ("company/employees": the company)
 */
PaRecord *
pa_editor_step_resolve (PaAgreement  *agreement,
                        const char   *path,
                        const char  **field)
{
  PaRecord *record = PA_RECORD (agreement);
  const char *start = path;
  const char *slash;

  while ((slash = strchr (start, '/')) != NULL)
    {
      g_autofree char *child = g_strndup (start, slash - start);

      record = pa_record_get_child (record, child);
      start = slash + 1;
    }

  *field = start;
  return record;
}

static GtkWidget *
table_widget (GtkWidget         *step,
              const PaStepField *f)
{
  return *(GtkWidget **) G_STRUCT_MEMBER_P (step, f->offset);
}

static const char *
field_label (PaRecord   *record,
             const char *field)
{
  const PaField *f = pa_record_class_find_field (PA_RECORD_GET_CLASS (record), field, NULL);

  return f && f->label ? _(f->label) : field;
}

/* Binds each widget of @fields to its field of @agreement, into @bindings. */
void
pa_editor_step_bind_table (GtkWidget         *step,
                           const PaStepField *fields,
                           guint              n_fields,
                           PaAgreement       *agreement,
                           GPtrArray         *bindings)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const PaStepField *f = &fields[i];
      GtkWidget *widget = table_widget (step, f);
      const char *name;
      PaRecord *record = pa_editor_step_resolve (agreement, f->path, &name);
      PaFieldBinding *binding;

      if (f->format != PA_STEP_PLAIN)
        binding = pa_field_binding_checked (record, name, ADW_ENTRY_ROW (widget),
                                            f->format - 1, field_label (record, name));
      else if (GTK_IS_SPIN_BUTTON (widget))
        binding = pa_field_binding_number (record, name, GTK_SPIN_BUTTON (widget));
      else if (GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget))
        binding = pa_field_binding_boolean (record, name, widget);
      else if (PA_IS_TEXT_AREA (widget))
        binding = pa_field_binding_text_view (record, name,
                                              pa_text_area_get_text_view (PA_TEXT_AREA (widget)));
      else
        binding = pa_field_binding_text (record, name, GTK_EDITABLE (widget));

      g_ptr_array_add (bindings, binding);
    }
}

void
pa_editor_step_register_table (GtkWidget         *step,
                               const PaStepField *fields,
                               guint              n_fields,
                               PaFieldRegistry   *registry)
{
  for (guint i = 0; i < n_fields; i++)
    pa_field_registry_add (registry, fields[i].path, table_widget (step, &fields[i]));
}

AdwEntryRow *
pa_editor_step_add_entry (AdwExpanderRow *row,
                          const char     *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_expander_row_add_row (row, entry);
  return ADW_ENTRY_ROW (entry);
}

/**
 * pa_editor_step_add_spin:
 * @subtitle: (nullable): a hint under the title
 *
 * A number in a row, from 0 to @upper, as AdwSpinRow (libadwaita 1.4)
 * would show it.
 */
GtkSpinButton *
pa_editor_step_add_spin (AdwExpanderRow *row,
                         const char     *title,
                         const char     *subtitle,
                         double          upper,
                         double          step,
                         guint           digits)
{
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), spin);
  adw_expander_row_add_row (row, action_row);
  return GTK_SPIN_BUTTON (spin);
}

AdwComboRow *
pa_editor_step_add_combo (AdwExpanderRow *row,
                          const char     *title,
                          GListModel     *labels)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), labels);
  adw_expander_row_add_row (row, combo);
  return ADW_COMBO_ROW (combo);
}
