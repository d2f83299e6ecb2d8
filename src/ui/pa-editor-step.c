/* pa-editor-step.c: the base of the editor's steps: agreement, field bindings, page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each step of the guided editor derives from PaEditorStep and adds only
 * its content: the widgets of its template, a table of which widget edits
 * which field, and what it does beyond the table. The base binds the
 * table to the agreement, registers it for the findings, and draws the
 * page: "Step N of 9", the title, the content, Previous and Next.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pa-editor-step.h"
#include "pa-field-message.h"
#include "pa-resources.h"
#include "pa-text-area.h"
#include "pa-widget-util.h"

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
static void
bind_table (GtkWidget         *step,
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

      if (f->format == PA_STEP_OWN)
        continue;
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

static void
register_table (GtkWidget         *step,
                const PaStepField *fields,
                guint              n_fields,
                PaFieldRegistry   *registry)
{
  for (guint i = 0; i < n_fields; i++)
    pa_field_registry_add (registry, fields[i].path, table_widget (step, &fields[i]));
}

typedef struct
{
  PaAgreement       *agreement;
  GPtrArray         *bindings;

  GtkScrolledWindow *scrolled_window;
  AdwClamp          *clamp;
  GtkLabel          *caption_label;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkBox            *content_box;
  GtkButton         *previous_button;
  AdwButtonContent  *previous_content;
  GtkButton         *next_button;
  AdwButtonContent  *next_content;
} PaEditorStepPrivate;

static void pa_editor_step_buildable_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (PaEditorStep, pa_editor_step, GTK_TYPE_WIDGET,
                                  G_ADD_PRIVATE (PaEditorStep)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, pa_editor_step_buildable_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

/* The children of a step's template go into the content, below the title. */
static void
pa_editor_step_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (PA_EDITOR_STEP (buildable));

  if (priv->content_box != NULL && GTK_IS_WIDGET (child))
    gtk_box_append (priv->content_box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
pa_editor_step_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = pa_editor_step_add_child;
}

void
pa_editor_step_class_set_fields (PaEditorStepClass *klass,
                                 const PaStepField *fields,
                                 guint              n_fields)
{
  g_return_if_fail (PA_IS_EDITOR_STEP_CLASS (klass));

  klass->fields = fields;
  klass->n_fields = n_fields;
}

PaAgreement *
pa_editor_step_get_agreement (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  g_return_val_if_fail (PA_IS_EDITOR_STEP (self), NULL);

  return priv->agreement;
}

/* Without an agreement the text fields show nothing. */
static void
clear_table (PaEditorStep *self)
{
  PaEditorStepClass *klass = PA_EDITOR_STEP_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GtkWidget *widget = table_widget (GTK_WIDGET (self), &klass->fields[i]);

      if (GTK_IS_EDITABLE (widget) && !GTK_IS_SPIN_BUTTON (widget))
        gtk_editable_set_text (GTK_EDITABLE (widget), "");
    }
}

/**
 * pa_editor_step_set_agreement:
 * @agreement: (nullable): the agreement to show
 *
 * Binds the step's field table to @agreement; every edit goes straight
 * into it. The handlers a step connected to the agreement before, with
 * the step as their data, are disconnected here.
 */
void
pa_editor_step_set_agreement (PaEditorStep *self,
                              PaAgreement  *agreement)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  PaEditorStepClass *klass;

  g_return_if_fail (PA_IS_EDITOR_STEP (self));
  g_return_if_fail (agreement == NULL || PA_IS_AGREEMENT (agreement));

  klass = PA_EDITOR_STEP_GET_CLASS (self);
  if (priv->agreement != NULL)
    g_signal_handlers_disconnect_by_data (priv->agreement, self);
  g_ptr_array_set_size (priv->bindings, 0);
  g_set_object (&priv->agreement, agreement);

  if (agreement != NULL)
    bind_table (GTK_WIDGET (self), klass->fields, klass->n_fields, agreement, priv->bindings);
  else
    clear_table (self);

  if (klass->set_agreement != NULL)
    klass->set_agreement (self, agreement);
}

void
pa_editor_step_register_fields (PaEditorStep    *self,
                                PaFieldRegistry *registry)
{
  PaEditorStepClass *klass;

  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  klass = PA_EDITOR_STEP_GET_CLASS (self);
  register_table (GTK_WIDGET (self), klass->fields, klass->n_fields, registry);
  if (klass->register_fields != NULL)
    klass->register_fields (self, registry);
}

void
pa_editor_step_commit (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  pa_field_bindings_commit (priv->bindings);
  if (PA_EDITOR_STEP_GET_CLASS (self)->commit != NULL)
    PA_EDITOR_STEP_GET_CLASS (self)->commit (self);
}

gboolean
pa_editor_step_is_complete (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  g_return_val_if_fail (PA_IS_EDITOR_STEP (self), FALSE);

  if (priv->agreement == NULL || PA_EDITOR_STEP_GET_CLASS (self)->is_complete == NULL)
    return FALSE;
  return PA_EDITOR_STEP_GET_CLASS (self)->is_complete (self);
}

/* The page around the step */

static void
set_nav_button (GtkButton        *button,
                AdwButtonContent *content,
                const char       *text,
                guint             target)
{
  gtk_widget_set_visible (GTK_WIDGET (button), text != NULL);
  if (text == NULL)
    return;
  adw_button_content_set_label (content, text);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (int) target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/**
 * pa_editor_step_set_place:
 * @previous_title: (nullable): the title of the step before, if any
 * @next_title: (nullable): the title of the step after, if any
 *
 * Says where the step stands: "Step 2 of 9", and the buttons to its
 * neighbours ("editor.show-step" with their numbers).
 */
void
pa_editor_step_set_place (PaEditorStep *self,
                          guint         number,
                          guint         n_steps,
                          const char   *previous_title,
                          const char   *next_title)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  g_autofree char *caption = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *next = NULL;

  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  /* Translators: above the title of a step, "Step 2 of 9" */
  caption = g_strdup_printf (_("Step %u of %u"), number, n_steps);
  gtk_label_set_label (priv->caption_label, caption);

  if (previous_title != NULL)
    /* Translators: the button to the step before, "Previous: Parties" */
    previous = g_strdup_printf (_("Previous: %s"), previous_title);
  if (next_title != NULL)
    /* Translators: the button to the next step, "Next: Purpose" */
    next = g_strdup_printf (_("Next: %s"), next_title);
  set_nav_button (priv->previous_button, priv->previous_content, previous, number - 1);
  set_nav_button (priv->next_button, priv->next_content, next, number + 1);
}

/**
 * pa_editor_step_set_maximum_width:
 * @width: the widest the page grows, in pixels (760 unless set)
 *
 * For a step that shows something wide, like the document preview.
 */
void
pa_editor_step_set_maximum_width (PaEditorStep *self,
                                  int           width)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  g_return_if_fail (PA_IS_EDITOR_STEP (self));

  adw_clamp_set_maximum_size (priv->clamp, width);
}

GtkScrolledWindow *
pa_editor_step_get_scrolled_window (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  g_return_val_if_fail (PA_IS_EDITOR_STEP (self), NULL);

  return priv->scrolled_window;
}

/* Shown where it stands, not merely set visible: a hidden group hides it. */
static gboolean
is_shown_in (GtkWidget *widget,
             GtkWidget *ancestor)
{
  for (GtkWidget *w = widget; w != NULL && w != ancestor; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || !gtk_widget_get_sensitive (w))
      return FALSE;
  return TRUE;
}

/* The first button or text field under @root, in the order of the tree. */
static GtkWidget *
first_control (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_sensitive (child))
        continue;
      if ((GTK_IS_BUTTON (child) || GTK_IS_EDITABLE (child)) && gtk_widget_get_focusable (child))
        return child;
      if ((found = first_control (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
pa_editor_step_real_get_first_field (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  PaEditorStepClass *klass = PA_EDITOR_STEP_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GtkWidget *widget = table_widget (GTK_WIDGET (self), &klass->fields[i]);

      if (is_shown_in (widget, GTK_WIDGET (self)))
        return widget;
    }
  return first_control (GTK_WIDGET (priv->content_box));
}

/**
 * pa_editor_step_get_first_field:
 *
 * Returns: (transfer none): the widget the cursor goes to when the user
 *   arrives at the step: its first field, or else its first button, or
 *   else the button to the next step
 */
GtkWidget *
pa_editor_step_get_first_field (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  GtkWidget *widget;

  g_return_val_if_fail (PA_IS_EDITOR_STEP (self), NULL);

  widget = PA_EDITOR_STEP_GET_CLASS (self)->get_first_field (self);
  if (widget != NULL)
    return widget;
  if (gtk_widget_get_visible (GTK_WIDGET (priv->next_button)))
    return GTK_WIDGET (priv->next_button);
  return GTK_WIDGET (priv->previous_button);
}

/* Scrolls the page so that @widget is in view: the whole page from the
 * top while the widget fits on the first screen, so the title stays. */
static void
scroll_to_widget (PaEditorStep *self,
                  GtkWidget    *widget)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (priv->scrolled_window);
  GtkWidget *content = gtk_scrolled_window_get_child (priv->scrolled_window);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;
  double top, bottom;

  if (widget == NULL || !gtk_widget_compute_bounds (widget, content, &bounds))
    return;

  /* @content is the viewport: where the page would be at the top. */
  top = bounds.origin.y + value;
  bottom = top + bounds.size.height;

  /* What the field says about itself belongs in view with it: jumping to
   * a finding shows the field and the message under it. */
  for (GtkWidget *w = widget; w != NULL && w != content; w = gtk_widget_get_parent (w))
    {
      PaFieldMessage *message = pa_field_message_for_widget (w);
      graphene_rect_t message_bounds;

      if (message == NULL)
        continue;
      if (gtk_widget_get_mapped (GTK_WIDGET (message)) &&
          gtk_widget_compute_bounds (GTK_WIDGET (message), content, &message_bounds))
        bottom = MAX (bottom, message_bounds.origin.y + value + message_bounds.size.height);
      break;
    }

  if (bottom + 24 <= page)
    value = 0;
  else if (top - 24 < value)
    value = top - 24;
  else if (bottom + 24 > value + page)
    value = MIN (bottom + 24 - page, top - 24);
  gtk_adjustment_set_value (adjustment, value);
}

/* Once the page is laid out (and while a row that was opened for the
 * field unfolds), keep the focus in view. */
static gboolean
settle_focus_tick (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  PaEditorStep *self = PA_EDITOR_STEP (widget);
  guint *ticks = data;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    return G_SOURCE_REMOVE;
  if (++*ticks >= 2)
    scroll_to_widget (self, focus);
  return *ticks < 20 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
pa_editor_step_focus (PaEditorStep *self,
                      GtkWidget    *widget)
{
  GtkRoot *root;

  g_return_if_fail (PA_IS_EDITOR_STEP (self));
  g_return_if_fail (widget == NULL || gtk_widget_is_ancestor (widget, GTK_WIDGET (self)));

  if (widget == NULL)
    widget = pa_editor_step_get_first_field (self);

  /* Now, not after the layout: what is typed next goes here. */
  pa_field_registry_focus_widget (widget);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), settle_focus_tick, g_new0 (guint, 1), g_free);
}

/* GObject */

static void
pa_editor_step_dispose (GObject *object)
{
  PaEditorStep *self = PA_EDITOR_STEP (object);
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);

  if (priv->agreement != NULL)
    g_signal_handlers_disconnect_by_data (priv->agreement, self);
  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_object (&priv->agreement);

  /* Every step has a template, whose children sit in ours. GTK 4.8 lets
   * go of the template children of all classes at once: ours are
   * unparented by hand after the step's. */
  pa_widget_dispose_template_all (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  priv->scrolled_window = NULL;
  priv->clamp = NULL;
  priv->caption_label = NULL;
  priv->title_label = NULL;
  priv->subtitle_label = NULL;
  priv->content_box = NULL;
  priv->previous_button = NULL;
  priv->previous_content = NULL;
  priv->next_button = NULL;
  priv->next_content = NULL;

  G_OBJECT_CLASS (pa_editor_step_parent_class)->dispose (object);
}

static void
pa_editor_step_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (PA_EDITOR_STEP (object));

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (priv->title_label));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, gtk_label_get_label (priv->subtitle_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_label (GObject    *object,
           GtkLabel   *label,
           const char *text,
           GParamSpec *pspec)
{
  if (g_strcmp0 (gtk_label_get_label (label), text ? text : "") == 0)
    return;
  gtk_label_set_label (label, text);
  g_object_notify_by_pspec (object, pspec);
}

static void
pa_editor_step_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (PA_EDITOR_STEP (object));

  switch (prop_id)
    {
    case PROP_TITLE:
      set_label (object, priv->title_label, g_value_get_string (value), pspec);
      break;
    case PROP_SUBTITLE:
      set_label (object, priv->subtitle_label, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_editor_step_class_init (PaEditorStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_editor_step_dispose;
  object_class->get_property = pa_editor_step_get_property;
  object_class->set_property = pa_editor_step_set_property;
  klass->get_first_field = pa_editor_step_real_get_first_field;

  /* The step's title, "Period and Working Hours" */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What the step is about, one sentence under the title */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-editor-step.ui");
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, scrolled_window);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, clamp);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, caption_label);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, title_label);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, subtitle_label);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, content_box);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, previous_button);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, previous_content);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, next_button);
  gtk_widget_class_bind_template_child_private (widget_class, PaEditorStep, next_content);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pa_editor_step_init (PaEditorStep *self)
{
  PaEditorStepPrivate *priv = pa_editor_step_get_instance_private (self);
  GtkWidget *content;

  gtk_widget_init_template (GTK_WIDGET (self));

  priv->bindings = pa_field_bindings_new ();
  content = GTK_WIDGET (priv->next_content);
  /* The arrow after the words, as one reads the way. */
  gtk_widget_set_direction (content, gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL
                                     ? GTK_TEXT_DIR_LTR : GTK_TEXT_DIR_RTL);
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

/* @child as a row of its own inside @row, not itself a stop of Tab. The
 * row has no name of its own unless the caller gives it one: a heading
 * inside says what it is, and a name would be read with it twice. */
GtkWidget *
pa_editor_step_add_widget_row (AdwExpanderRow *row,
                               GtkWidget      *child)
{
  GtkWidget *list_row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (child, "text-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  adw_expander_row_add_row (row, list_row);
  return list_row;
}

/* A label that wraps and starts at the left, with an optional CSS class. */
GtkWidget *
pa_editor_step_wrapped_label (const char *text,
                              const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
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
