/* pa-meeting-window.c: the agreement full-screen for a three-party meeting, one section at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Around one laptop in the company's canteen: large type, one section
 * on screen, arrows, Page Up/Down or the buttons at the bottom move
 * between sections, Escape (or F11) leaves. What is on screen is built
 * from the company copy (pa-meeting-sections.c); the consultant can
 * reveal what only the citizen may see of one section, and that ends by
 * itself on the next section. The last section is where the parties
 * approve (PaApprovalsView, the company's view of the differences).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/pa-privacy.h"
#include "pa-approvals-view.h"
#include "pa-meeting-private.h"
#include "pa-meeting-window.h"

#define MIN_TEXT_STEP 1
#define MAX_TEXT_STEP 4

struct _PaMeetingWindow
{
  AdwWindow        parent_instance;

  PaStore         *store;
  PaAgreement     *agreement;
  GPtrArray       *findings;
  GtkStack        *stack;
  GtkWidget       *clamps[PA_MEETING_N_SECTIONS];
  GtkWidget       *pages[PA_MEETING_N_SECTIONS];
  GtkLabel        *indicator;
  GtkButton       *previous;
  GtkButton       *next;
  GtkToggleButton *reveal;
  GtkWidget       *approvals;
  guint            position;
  int              text_step;
  guint            rebuild_id;
};

G_DEFINE_FINAL_TYPE (PaMeetingWindow, pa_meeting_window, ADW_TYPE_WINDOW)

static const char css[] =
  "window.meeting .meeting-body { font-size: 1.4em; }"
  "window.meeting.text-1 .meeting-body { font-size: 1.15em; }"
  "window.meeting.text-3 .meeting-body { font-size: 1.7em; }"
  "window.meeting.text-4 .meeting-body { font-size: 2em; }"
  "window.meeting .meeting-lead { font-weight: bold; font-size: 1.15em; }"
  "window.meeting .meeting-label { font-size: 0.8em; opacity: 0.75; }"
  "window.meeting .meeting-private { padding: 18px; border: 3px dashed @warning_color; }"
  "window.meeting .meeting-subgoal { padding-left: 24px; }";

static void
install_css (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&done, 1);
    }
}

static gboolean
is_approvals (guint index)
{
  return g_str_equal (pa_meeting_sections[index].id, "approvals");
}

static GtkWidget *
approvals_page (PaMeetingWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 20);
  GtkWidget *title = gtk_label_new (_(pa_meeting_sections[PA_MEETING_N_SECTIONS - 1].title));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-1");
  gtk_box_append (GTK_BOX (box), title);
  if (self->approvals == NULL)
    {
      self->approvals = g_object_ref_sink (pa_approvals_view_new (self->store, self->agreement, TRUE));
      pa_approvals_view_set_findings (PA_APPROVALS_VIEW (self->approvals), self->findings);
    }
  else
    gtk_widget_unparent (self->approvals);
  gtk_box_append (GTK_BOX (box), self->approvals);
  return box;
}

/* Builds the section on screen again, from a fresh company copy. */
static void
rebuild (PaMeetingWindow *self)
{
  g_autoptr(PaAgreement) shown = NULL;
  GtkWidget *content;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (is_approvals (self->position))
    content = approvals_page (self);
  else
    {
      shown = pa_privacy_company_copy (self->agreement);
      content = pa_meeting_build_section (self->position, shown, self->agreement,
                                          gtk_toggle_button_get_active (self->reveal));
    }
  adw_clamp_set_child (ADW_CLAMP (self->clamps[self->position]), content);
}

static gboolean
rebuild_idle (gpointer data)
{
  PaMeetingWindow *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_agreement_changed (PaMeetingWindow *self)
{
  /* The approvals view follows the agreement by itself. */
  if (self->rebuild_id == 0 && !is_approvals (self->position))
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
update_chrome (PaMeetingWindow *self)
{
  g_autofree char *indicator = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *next = NULL;
  guint p = self->position;

  /* Translators: the section indicator of meeting mode: "2 of 7: Goals and Sub-goals" */
  indicator = g_strdup_printf (_("%u of %u: %s"), p + 1, PA_MEETING_N_SECTIONS,
                               _(pa_meeting_sections[p].title));
  gtk_label_set_text (self->indicator, indicator);

  previous = g_strdup_printf (_("Previous: %s"), p > 0 ? _(pa_meeting_sections[p - 1].title) : "");
  next = g_strdup_printf (_("Next: %s"), p + 1 < PA_MEETING_N_SECTIONS ? _(pa_meeting_sections[p + 1].title) : "");
  gtk_button_set_label (self->previous, previous);
  gtk_button_set_label (self->next, next);
  gtk_widget_set_visible (GTK_WIDGET (self->previous), p > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->next), p + 1 < PA_MEETING_N_SECTIONS);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reveal), pa_meeting_section_has_hidden (p, self->agreement));
}

static void
show_position (PaMeetingWindow *self,
               guint            position)
{
  if (position >= PA_MEETING_N_SECTIONS)
    return;
  self->position = position;
  /* The reveal is for one item, one moment: a new section ends it. */
  g_signal_handlers_block_matched (self->reveal, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_toggle_button_set_active (self->reveal, FALSE);
  g_signal_handlers_unblock_matched (self->reveal, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  rebuild (self);
  for (guint i = 0; i < PA_MEETING_N_SECTIONS; i++)
    if (i != position && !is_approvals (i))
      adw_clamp_set_child (ADW_CLAMP (self->clamps[i]), NULL);
  gtk_stack_set_visible_child (self->stack, self->pages[position]);
  update_chrome (self);
}

void
pa_meeting_window_go (PaMeetingWindow *self,
                      int              delta)
{
  int target;

  g_return_if_fail (PA_IS_MEETING_WINDOW (self));

  target = CLAMP ((int) self->position + delta, 0, PA_MEETING_N_SECTIONS - 1);
  if ((guint) target != self->position)
    show_position (self, target);
}

static void
set_text_step (PaMeetingWindow *self,
               int              step)
{
  g_autofree char *old = g_strdup_printf ("text-%d", self->text_step);
  g_autofree char *new = NULL;

  step = CLAMP (step, MIN_TEXT_STEP, MAX_TEXT_STEP);
  new = g_strdup_printf ("text-%d", step);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old);
  gtk_widget_add_css_class (GTK_WIDGET (self), new);
  self->text_step = step;
}

static void
on_reveal_toggled (PaMeetingWindow *self)
{
  rebuild (self);
}

static gboolean
focus_in_text (PaMeetingWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && GTK_IS_EDITABLE (focus);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PaMeetingWindow       *self)
{
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_F11:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      pa_meeting_window_go (self, +1);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      pa_meeting_window_go (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_Left:
      if (focus_in_text (self) || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)))
        return FALSE;
      pa_meeting_window_go (self, keyval == GDK_KEY_Right ? +1 : -1);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      if (!ctrl)
        return FALSE;
      set_text_step (self, self->text_step + 1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      if (!ctrl)
        return FALSE;
      set_text_step (self, self->text_step - 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_previous (PaMeetingWindow *self)
{
  pa_meeting_window_go (self, -1);
}

static void
on_next (PaMeetingWindow *self)
{
  pa_meeting_window_go (self, +1);
}

static void
on_smaller (PaMeetingWindow *self)
{
  set_text_step (self, self->text_step - 1);
}

static void
on_bigger (PaMeetingWindow *self)
{
  set_text_step (self, self->text_step + 1);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             GCallback   callback,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
build_top_bar (PaMeetingWindow *self)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *leave = gtk_button_new_with_mnemonic (_("_Leave Meeting Mode"));
  GtkWidget *end = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_tooltip_text (leave, _("Leave meeting mode (Escape)"));
  g_signal_connect_swapped (leave, "clicked", G_CALLBACK (gtk_window_close), self);
  self->indicator = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->indicator), "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->indicator), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Section"), -1);

  self->reveal = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Only for the Citizen and Me")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reveal),
                               _("Shows what the company may not see of this section, until you move on"));
  g_signal_connect_swapped (self->reveal, "toggled", G_CALLBACK (on_reveal_toggled), self);
  gtk_box_append (GTK_BOX (end), GTK_WIDGET (self->reveal));
  gtk_box_append (GTK_BOX (end), icon_button ("zoom-out-symbolic", _("Smaller text (Ctrl+Minus)"),
                                              G_CALLBACK (on_smaller), self));
  gtk_box_append (GTK_BOX (end), icon_button ("zoom-in-symbolic", _("Larger text (Ctrl+Plus)"),
                                              G_CALLBACK (on_bigger), self));

  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), leave);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), GTK_WIDGET (self->indicator));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), end);
  gtk_widget_add_css_class (bar, "toolbar");
  return bar;
}

static GtkWidget *
build_bottom_bar (PaMeetingWindow *self)
{
  GtkWidget *bar = gtk_center_box_new ();

  self->previous = GTK_BUTTON (gtk_button_new ());
  self->next = GTK_BUTTON (gtk_button_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->next), "suggested-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->previous), "pill");
  gtk_widget_add_css_class (GTK_WIDGET (self->next), "pill");
  g_signal_connect_swapped (self->previous, "clicked", G_CALLBACK (on_previous), self);
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (on_next), self);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), GTK_WIDGET (self->previous));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), GTK_WIDGET (self->next));
  gtk_widget_add_css_class (bar, "toolbar");
  return bar;
}

static void
build_pages (PaMeetingWindow *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  for (guint i = 0; i < PA_MEETING_N_SECTIONS; i++)
    {
      GtkWidget *scrolled = self->pages[i] = gtk_scrolled_window_new ();

      self->clamps[i] = adw_clamp_new ();
      adw_clamp_set_maximum_size (ADW_CLAMP (self->clamps[i]), 1400);
      adw_clamp_set_tightening_threshold (ADW_CLAMP (self->clamps[i]), 1000);
      gtk_widget_set_margin_start (self->clamps[i], 32);
      gtk_widget_set_margin_end (self->clamps[i], 32);
      gtk_widget_set_margin_top (self->clamps[i], 24);
      gtk_widget_set_margin_bottom (self->clamps[i], 24);
      gtk_widget_add_css_class (self->clamps[i], "meeting-body");
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->clamps[i]);
      gtk_stack_add_named (self->stack, scrolled, pa_meeting_sections[i].id);
    }
}

static void
pa_meeting_window_dispose (GObject *object)
{
  PaMeetingWindow *self = PA_MEETING_WINDOW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_data (self->agreement, self);
  g_clear_object (&self->approvals);
  g_clear_object (&self->agreement);
  g_clear_object (&self->store);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_meeting_window_parent_class)->dispose (object);
}

static void
pa_meeting_window_class_init (PaMeetingWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pa_meeting_window_dispose;
}

static void
pa_meeting_window_init (PaMeetingWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkEventController *keys = gtk_event_controller_key_new ();

  install_css ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "meeting");
  self->text_step = 2;
  set_text_step (self, 2);
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting Mode"));

  build_pages (self);
  gtk_box_append (GTK_BOX (box), build_top_bar (self));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), build_bottom_bar (self));
  adw_window_set_content (ADW_WINDOW (self), box);

  /* Before the focused widget: buttons and scrolled windows would take
   * the arrows and Page keys for themselves. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

PaMeetingWindow *
pa_meeting_window_new (GtkWindow   *parent,
                       PaStore     *store,
                       PaAgreement *agreement,
                       GPtrArray   *findings)
{
  PaMeetingWindow *self;

  g_return_val_if_fail (PA_IS_AGREEMENT (agreement), NULL);

  self = g_object_new (PA_TYPE_MEETING_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 1366,
                       "default-height", 768,
                       NULL);
  self->store = store ? g_object_ref (store) : NULL;
  self->agreement = g_object_ref (agreement);
  self->findings = findings ? g_ptr_array_ref (findings) : NULL;
  g_signal_connect_swapped (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
  show_position (self, 0);
  return self;
}

const char *
pa_meeting_window_get_section (PaMeetingWindow *self)
{
  g_return_val_if_fail (PA_IS_MEETING_WINDOW (self), NULL);

  return pa_meeting_sections[self->position].id;
}

guint
pa_meeting_window_get_position (PaMeetingWindow *self)
{
  g_return_val_if_fail (PA_IS_MEETING_WINDOW (self), 0);

  return self->position;
}

gboolean
pa_meeting_window_get_revealed (PaMeetingWindow *self)
{
  g_return_val_if_fail (PA_IS_MEETING_WINDOW (self), FALSE);

  return gtk_toggle_button_get_active (self->reveal);
}

void
pa_meeting_window_set_revealed (PaMeetingWindow *self,
                                gboolean         revealed)
{
  g_return_if_fail (PA_IS_MEETING_WINDOW (self));

  gtk_toggle_button_set_active (self->reveal, revealed);
}

int
pa_meeting_window_get_text_step (PaMeetingWindow *self)
{
  g_return_val_if_fail (PA_IS_MEETING_WINDOW (self), 0);

  return self->text_step;
}
