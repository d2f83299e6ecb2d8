/* pa-draft-row.c: one agreement in the sidebar list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list view recycles a few of these rows for thousands of drafts, so
 * a row only shows a summary; it never loads the agreement.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "store/pa-store-search.h"
#include "pa-resources.h"
#include "pa-draft-row.h"
#include "pa-labels.h"

struct _PaDraftRow
{
  GtkWidget       parent_instance;

  PaDraftSummary *summary;

  GtkWidget      *grid;
  GtkLabel       *citizen_label;
  GtkLabel       *status_label;
  GtkLabel       *company_label;
  GtkLabel       *period_label;
  GtkLabel       *edited_label;
  GtkLabel       *match_label;   /* why a search result matched; made when first needed */
};

G_DEFINE_FINAL_TYPE (PaDraftRow, pa_draft_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_status_pill (PaDraftRow *self,
                 const char *status)
{
  static const char *classes[] = {
    "status-draft", "status-agreed", "status-active", "status-ended", "status-cancelled",
  };
  g_autofree char *css_class = g_strdup_printf ("status-%s", status ? status : "draft");

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css_class);
  gtk_label_set_label (self->status_label, pa_labels_status (status));
}

static void
set_label_or_hide (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_accessible_label (PaDraftRow *self,
                         const char *citizen,
                         const char *period)
{
  /* Translators: read aloud after the date an agreement was last
   * edited, "Last edited: today 14:32" */
  g_autofree char *edited = g_strdup_printf (_("Last edited: %s"), gtk_label_get_label (self->edited_label));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *text = NULL;

  /* Screen readers read the row as one sentence, not five labels; the
   * parts that are empty are left out. */
  g_ptr_array_add (parts, (gpointer) citizen);
  g_ptr_array_add (parts, (gpointer) gtk_label_get_label (self->status_label));
  if (*gtk_label_get_text (self->company_label) != '\0')
    g_ptr_array_add (parts, (gpointer) gtk_label_get_text (self->company_label));
  if (period != NULL && *period != '\0')
    g_ptr_array_add (parts, (gpointer) period);
  if (self->match_label != NULL && gtk_widget_get_visible (GTK_WIDGET (self->match_label)))
    g_ptr_array_add (parts, (gpointer) gtk_label_get_text (self->match_label));
  g_ptr_array_add (parts, edited);
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of a row read aloud */
  text = g_strjoinv (_(", "), (char **) parts->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edited_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edited,
                                  -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  /* The list item around the row is what a screen reader focuses; GTK
   * 4.8 has no API to label it, so label the parent. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}

/* A search result: the matched words marked, and where the match was
 * when it is not in the name or the company: "Mål: …kassen alene…".
 * The name is bold already: a soft yellow behind a match shows there,
 * in a dark style too, and bold does the rest. */
#define HIGHLIGHT_OPEN  "<span bgcolor=\"#f6d32d\" bgalpha=\"45%\"><b>"
#define HIGHLIGHT_CLOSE "</b></span>"

static void
set_label_highlighted (GtkLabel   *label,
                       const char *text,
                       const char * const *terms)
{
  g_autofree char *markup = NULL;

  if (terms == NULL || text == NULL || *text == '\0')
    {
      gtk_label_set_use_markup (label, FALSE);
      return;
    }
  markup = pa_search_markup_full (text, terms, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE);
  gtk_label_set_markup (label, markup);
}

/* Only rows of search results have it: the plain list's rows stay as
 * they were, and so does the width the list asks for. */
static void
ensure_match_label (PaDraftRow *self)
{
  GtkWidget *label;

  if (self->match_label != NULL)
    return;
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, "caption");
  gtk_grid_attach (GTK_GRID (self->grid), label, 0, 3, 2, 1);
  self->match_label = GTK_LABEL (label);
}

static void
update_match (PaDraftRow *self)
{
  const char * const *terms = pa_draft_summary_get_terms (self->summary);
  const char *where = pa_draft_summary_get_match_where (self->summary);
  const char *excerpt = pa_draft_summary_get_match_excerpt (self->summary);
  g_autofree char *markup = NULL;

  set_label_highlighted (self->citizen_label, pa_draft_summary_get_citizen_name (self->summary), terms);
  set_label_highlighted (self->company_label, pa_draft_summary_get_company_name (self->summary), terms);

  if (where == NULL)
    {
      if (self->match_label != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->match_label), FALSE);
      return;
    }
  ensure_match_label (self);
  if (excerpt != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (where, -1);
      g_autofree char *found = pa_search_markup_full (excerpt, terms, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE);

      /* Translators: where a search matched and the words around it,
       * "Goal: …serve at the till alone…" */
      markup = g_strdup_printf (_("%s: %s"), escaped, found);
    }
  else
    {
      g_autofree char *escaped = g_markup_escape_text (where, -1);

      /* Translators: %s is where a search matched, "the notes" */
      markup = g_strdup_printf (_("Found in %s"), escaped);
    }
  gtk_label_set_markup (self->match_label, markup);
  gtk_widget_set_visible (GTK_WIDGET (self->match_label), TRUE);
}

static void
pa_draft_row_update (PaDraftRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *period = NULL;
  g_autofree char *edited = NULL;
  const char *citizen;

  if (self->summary == NULL)
    return;

  /* A recycled row may have shown a search result. */
  gtk_label_set_use_markup (self->citizen_label, FALSE);
  gtk_label_set_use_markup (self->company_label, FALSE);
  citizen = pa_draft_summary_get_citizen_name (self->summary);
  if (citizen == NULL || *citizen == '\0')
    {
      gtk_label_set_label (self->citizen_label, _("Unnamed citizen"));
      gtk_widget_add_css_class (GTK_WIDGET (self->citizen_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->citizen_label, citizen);
      gtk_widget_remove_css_class (GTK_WIDGET (self->citizen_label), "dim-label");
    }

  set_status_pill (self, pa_draft_summary_get_status (self->summary));
  set_label_or_hide (self->company_label, pa_draft_summary_get_company_name (self->summary));

  period = pa_labels_period (pa_draft_summary_get_start_date (self->summary),
                            pa_draft_summary_get_end_date (self->summary));
  set_label_or_hide (self->period_label, period);

  edited = pa_labels_last_edited (pa_draft_summary_get_modified (self->summary), now);
  gtk_label_set_label (self->edited_label, edited);

  update_match (self);
  update_accessible_label (self, citizen && *citizen ? citizen : _("Unnamed citizen"), period);
}

static void
pa_draft_row_dispose (GObject *object)
{
  PaDraftRow *self = PA_DRAFT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_DRAFT_ROW);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (pa_draft_row_parent_class)->dispose (object);
}

static void
pa_draft_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaDraftRow *self = PA_DRAFT_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_draft_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PaDraftRow *self = PA_DRAFT_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      pa_draft_row_set_summary (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_draft_row_class_init (PaDraftRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pa_draft_row_dispose;
  object_class->get_property = pa_draft_row_get_property;
  object_class->set_property = pa_draft_row_set_property;

  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL,
                         PA_TYPE_DRAFT_SUMMARY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resources links them in from the static library;
   * their constructor registers them. */
  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-draft-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, grid);
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, citizen_label);
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, period_label);
  gtk_widget_class_bind_template_child (widget_class, PaDraftRow, edited_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "draftrow");
}

static void
pa_draft_row_init (PaDraftRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pa_draft_row_new (void)
{
  return g_object_new (PA_TYPE_DRAFT_ROW, NULL);
}

PaDraftSummary *
pa_draft_row_get_summary (PaDraftRow *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_ROW (self), NULL);

  return self->summary;
}

void
pa_draft_row_set_summary (PaDraftRow     *self,
                          PaDraftSummary *summary)
{
  g_return_if_fail (PA_IS_DRAFT_ROW (self));
  g_return_if_fail (summary == NULL || PA_IS_DRAFT_SUMMARY (summary));

  if (!g_set_object (&self->summary, summary))
    return;

  pa_draft_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
