/* pa-document-preview.c: the agreement's PDF as it will print, page by page, following edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is made by pa_pdf_render_to_bytes() and drawn by poppler-glib
 * in a worker thread, from a copy of the agreement taken on the main
 * thread, so typing never waits for it. Edits restart a short timer;
 * when it fires, a render of the newest copy starts and any render still
 * running is cancelled and its result dropped. A page change or a zoom
 * draws the page again from the PDF already made. While the preview is
 * not shown (another step), edits only mark it out of date.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>

#include "pa-document-preview.h"
#include "pa-resources.h"

/* poppler-glib 22.12 declares no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define DEBOUNCE_MS   400
#define THUMB_WIDTH   64.0     /* pixels */
#define PIXELS_PER_PT (96.0 / 72.0)
#define A4_POINTS_WIDE 595.276

struct _PaDocumentPreview
{
  GtkWidget          parent_instance;

  PaAgreement       *agreement;
  gulong             changed_id;
  PaDocumentVariant  variant;
  double             zoom;
  gboolean           fit_width;
  int                page;
  int                n_pages;
  GBytes            *pdf;
  guint              debounce_id;
  guint              fit_source;
  double             fitted_width;
  guint              generation;
  gboolean           dirty;
  GCancellable      *render_cancellable;
  GCancellable      *page_cancellable;

  GtkBox            *box;
  GtkBox            *thumbs_box;
  gboolean           selecting;
  GtkScrolledWindow *page_scroller;
  GtkPicture        *page_picture;
  GtkLabel          *status_label;
  GtkSpinner        *spinner;
};

G_DEFINE_FINAL_TYPE (PaDocumentPreview, pa_document_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VARIANT,
  PROP_ZOOM,
  PROP_PAGE,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The worker */

typedef struct {
  PaAgreement       *agreement;  /* a copy, the worker's own; NULL: draw from pdf */
  PaDocumentVariant  variant;
  GBytes            *pdf;
  int                page;
  double             scale;      /* pixels per point */
  guint              generation;
} Request;

typedef struct {
  GBytes     *pdf;
  int         n_pages;
  int         page;
  GdkTexture *texture;
  GPtrArray  *thumbs;            /* (element-type GdkTexture) (nullable) */
  guint       generation;
  double      scale;
} Result;

static void
request_free (Request *request)
{
  g_clear_object (&request->agreement);
  g_clear_pointer (&request->pdf, g_bytes_unref);
  g_free (request);
}

static void
result_free (Result *result)
{
  g_clear_pointer (&result->pdf, g_bytes_unref);
  g_clear_object (&result->texture);
  g_clear_pointer (&result->thumbs, g_ptr_array_unref);
  g_free (result);
}

static GdkTexture *
draw_page (PopplerPage *page,
           double       scale)
{
  double w, h;
  int width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  poppler_page_get_size (page, &w, &h);
  width = MAX (1, (int) (w * scale + 0.5));
  height = MAX (1, (int) (h * scale + 0.5));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Request *request = task_data;
  Result *result = g_new0 (Result, 1);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  GError *error = NULL;

  result->generation = request->generation;
  result->scale = request->scale;
  result->pdf = request->pdf ? g_bytes_ref (request->pdf)
                             : pa_pdf_render_to_bytes (request->agreement, request->variant, &error);
  if (result->pdf != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    document = poppler_document_new_from_bytes (result->pdf, NULL, &error);
  if (document == NULL)
    {
      result_free (result);
      g_task_return_error (task, error);
      return;
    }

  result->n_pages = poppler_document_get_n_pages (document);
  result->page = CLAMP (request->page, 0, MAX (result->n_pages - 1, 0));
  page = poppler_document_get_page (document, result->page);
  if (page != NULL)
    result->texture = draw_page (page, request->scale);

  if (request->agreement != NULL)
    {
      result->thumbs = g_ptr_array_new_with_free_func (g_object_unref);
      for (int i = 0; i < result->n_pages && !g_cancellable_is_cancelled (cancellable); i++)
        {
          g_autoptr(PopplerPage) thumb = poppler_document_get_page (document, i);
          double w;

          poppler_page_get_size (thumb, &w, NULL);
          g_ptr_array_add (result->thumbs, draw_page (thumb, THUMB_WIDTH / w));
        }
    }
  if (g_task_return_error_if_cancelled (task))
    {
      result_free (result);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

static void redraw_page (PaDocumentPreview *self);
static void fit_to_width (PaDocumentPreview *self);

/* Showing the result */

static void
set_status (PaDocumentPreview *self,
            const char        *text)
{
  gtk_label_set_text (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
update_page_label (PaDocumentPreview *self)
{
  /* Translators: the accessible name of the page shown in the preview */
  g_autofree char *label = g_strdup_printf (_("Page %d of %d"), self->page + 1, self->n_pages);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void on_thumb_toggled (GtkToggleButton   *button,
                              PaDocumentPreview *self);

static GtkWidget *
thumb_button (PaDocumentPreview *self,
              GdkTexture        *texture,
              int                number)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  g_autofree char *text = g_strdup_printf ("%d", number);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->thumbs_box));
  /* Translators: the accessible name of a page's thumbnail, "Side 2" */
  g_autofree char *name = g_strdup_printf (_("Page %d"), number);

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
  gtk_widget_add_css_class (picture, "document-page");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  if (first != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (button, "toggled", G_CALLBACK (on_thumb_toggled), self);
  return button;
}

static void
select_thumb (PaDocumentPreview *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->thumbs_box));

  for (int i = 0; child != NULL && i < self->page; i++)
    child = gtk_widget_get_next_sibling (child);
  self->selecting = TRUE;
  if (child != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), TRUE);
  self->selecting = FALSE;
}

static void
show_thumbs (PaDocumentPreview *self,
             GPtrArray         *thumbs)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->thumbs_box))) != NULL)
    gtk_box_remove (self->thumbs_box, child);
  for (guint i = 0; i < thumbs->len; i++)
    gtk_box_append (self->thumbs_box, thumb_button (self, g_ptr_array_index (thumbs, i), i + 1));
  select_thumb (self);
}

static void
show_result (PaDocumentPreview *self,
             Result            *result)
{
  int old_n = self->n_pages, old_page = self->page;

  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = g_bytes_ref (result->pdf);
  self->n_pages = result->n_pages;
  self->page = result->page;
  gtk_picture_set_paintable (self->page_picture, GDK_PAINTABLE (result->texture));
  if (result->thumbs != NULL)
    show_thumbs (self, result->thumbs);
  set_status (self, NULL);
  update_page_label (self);
  if (old_n != self->n_pages)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (old_page != self->page)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
on_rendered (GObject      *source,
             GAsyncResult *res,
             gpointer      data)
{
  g_autoptr(PaDocumentPreview) self = data;
  g_autoptr(GError) error = NULL;
  Result *result = g_task_propagate_pointer (G_TASK (res), &error);

  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_spinner_stop (self->spinner);
          set_status (self, error->message);
        }
      return;
    }
  /* An edit came in meanwhile: a newer render is on its way. */
  if (result->generation == self->generation)
    {
      gtk_spinner_stop (self->spinner);
      show_result (self, result);
      fit_to_width (self);
      /* The zoom changed while it was drawn (fitting to the width). */
      if (!G_APPROX_VALUE (result->scale, self->zoom * PIXELS_PER_PT, 0.001))
        redraw_page (self);
    }
  result_free (result);
}

static void
start_task (PaDocumentPreview  *self,
            Request            *request,
            GCancellable      **slot)
{
  g_autoptr(GTask) task = NULL;

  if (*slot != NULL)
    g_cancellable_cancel (*slot);
  g_clear_object (slot);
  *slot = g_cancellable_new ();

  request->generation = self->generation;
  request->page = self->page;
  request->scale = self->zoom * PIXELS_PER_PT;
  request->variant = self->variant;
  task = g_task_new (NULL, *slot, on_rendered, g_object_ref (self));
  g_task_set_source_tag (task, start_task);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_task_run_in_thread (task, render_thread);
  gtk_spinner_start (self->spinner);
}

/* A copy the worker can own: the agreement itself stays with the editor. */
static PaAgreement *
snapshot (PaAgreement *agreement)
{
  PaAgreement *copy = g_object_new (PA_TYPE_AGREEMENT, NULL);

  pa_agreement_freeze_tracking (copy);
  pa_record_copy_into (PA_RECORD (agreement), PA_RECORD (copy));
  return copy;
}

static void
render_now (PaDocumentPreview *self)
{
  Request *request;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->agreement == NULL)
    return;
  self->dirty = FALSE;
  self->generation++;
  if (self->page_cancellable != NULL)
    g_cancellable_cancel (self->page_cancellable);
  request = g_new0 (Request, 1);
  request->agreement = snapshot (self->agreement);
  start_task (self, request, &self->render_cancellable);
}

static void
redraw_page (PaDocumentPreview *self)
{
  Request *request;

  if (self->pdf == NULL || self->dirty || self->debounce_id != 0)
    return;
  request = g_new0 (Request, 1);
  request->pdf = g_bytes_ref (self->pdf);
  start_task (self, request, &self->page_cancellable);
}

static gboolean
on_debounce (gpointer data)
{
  PaDocumentPreview *self = data;

  self->debounce_id = 0;
  render_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_agreement_changed (PaRecord          *record,
                      PaRecord          *origin,
                      const char        *field,
                      gboolean           content,
                      PaDocumentPreview *self)
{
  self->dirty = TRUE;
  /* An older render must not replace what comes next. */
  self->generation++;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (DEBOUNCE_MS, on_debounce, self);
}

static void
on_thumb_toggled (GtkToggleButton   *button,
                  PaDocumentPreview *self)
{
  int index = 0;

  if (self->selecting || !gtk_toggle_button_get_active (button))
    return;
  for (GtkWidget *w = gtk_widget_get_prev_sibling (GTK_WIDGET (button)); w != NULL; w = gtk_widget_get_prev_sibling (w))
    index++;
  pa_document_preview_set_page (self, index);
}

/* Zoom */

static void
change_zoom (PaDocumentPreview *self,
             double             zoom)
{
  zoom = CLAMP (zoom, PA_DOCUMENT_PREVIEW_ZOOM_MIN, PA_DOCUMENT_PREVIEW_ZOOM_MAX);
  if (G_APPROX_VALUE (self->zoom, zoom, 0.01))
    return;
  self->zoom = zoom;
  redraw_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* The zoom at which the page fills the width there is, up to its real size. */
static void
fit_to_width (PaDocumentPreview *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->page_scroller);
  double width = gtk_adjustment_get_page_size (adjustment);

  if (self->fit_width && width > 1)
    change_zoom (self, MIN (1.0, (width - 2) / (A4_POINTS_WIDE * PIXELS_PER_PT)));
}

static gboolean
fit_later (gpointer data)
{
  PaDocumentPreview *self = data;

  self->fit_source = 0;
  fit_to_width (self);
  return G_SOURCE_REMOVE;
}

/* Called while GTK allocates: changing the zoom (and the labels that
 * show it) must wait until it is done. */
static void
on_width_changed (GtkAdjustment     *adjustment,
                  PaDocumentPreview *self)
{
  double width = gtk_adjustment_get_page_size (adjustment);

  /* A scroll bar that comes and goes must not zoom to and fro. */
  if (fabs (width - self->fitted_width) < 24)
    return;
  self->fitted_width = width;
  if (self->fit_width && self->fit_source == 0)
    self->fit_source = g_idle_add (fit_later, self);
}

/* GObject */

static void
pa_document_preview_map (GtkWidget *widget)
{
  PaDocumentPreview *self = PA_DOCUMENT_PREVIEW (widget);

  GTK_WIDGET_CLASS (pa_document_preview_parent_class)->map (widget);
  if (self->dirty || self->pdf == NULL)
    render_now (self);
}

static void
pa_document_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaDocumentPreview *self = PA_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      g_value_set_int (value, self->variant);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_PAGE:
      g_value_set_int (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, self->n_pages);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_document_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaDocumentPreview *self = PA_DOCUMENT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      pa_document_preview_set_variant (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      pa_document_preview_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_PAGE:
      pa_document_preview_set_page (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pa_document_preview_dispose (GObject *object)
{
  PaDocumentPreview *self = PA_DOCUMENT_PREVIEW (object);

  pa_document_preview_set_agreement (self, NULL);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  if (self->render_cancellable != NULL)
    g_cancellable_cancel (self->render_cancellable);
  if (self->page_cancellable != NULL)
    g_cancellable_cancel (self->page_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_object (&self->page_cancellable);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PA_TYPE_DOCUMENT_PREVIEW);

  G_OBJECT_CLASS (pa_document_preview_parent_class)->dispose (object);
}

static void
pa_document_preview_class_init (PaDocumentPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pa_document_preview_get_property;
  object_class->set_property = pa_document_preview_set_property;
  object_class->dispose = pa_document_preview_dispose;
  widget_class->map = pa_document_preview_map;

  properties[PROP_VARIANT] =
    g_param_spec_int ("variant", NULL, NULL, PA_DOCUMENT_FULL, PA_DOCUMENT_COMPANY, PA_DOCUMENT_FULL,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, PA_DOCUMENT_PREVIEW_ZOOM_MIN, PA_DOCUMENT_PREVIEW_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAGE] =
    g_param_spec_int ("page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  pa_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/praktikaftale/Praktikaftale/pa-document-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, box);
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, thumbs_box);
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, page_picture);
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, status_label);
  gtk_widget_class_bind_template_child (widget_class, PaDocumentPreview, spinner);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pa_document_preview_init (PaDocumentPreview *self)
{
  self->zoom = 1.0;
  self->fit_width = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GtkAdjustment's configure() says "changed", not notify::page-size. */
  g_signal_connect (gtk_scrolled_window_get_hadjustment (self->page_scroller), "changed",
                    G_CALLBACK (on_width_changed), self);
  /* Translators: shown in the preview while the first PDF is being made */
  set_status (self, _("Preparing the preview…"));
}

GtkWidget *
pa_document_preview_new (void)
{
  return g_object_new (PA_TYPE_DOCUMENT_PREVIEW, NULL);
}

void
pa_document_preview_set_agreement (PaDocumentPreview *self,
                                   PaAgreement       *agreement)
{
  g_return_if_fail (PA_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (agreement == NULL || PA_IS_AGREEMENT (agreement));

  if (self->agreement == agreement)
    return;
  if (self->agreement != NULL)
    g_clear_signal_handler (&self->changed_id, self->agreement);
  g_set_object (&self->agreement, agreement);
  if (agreement != NULL)
    self->changed_id = g_signal_connect (agreement, "changed", G_CALLBACK (on_agreement_changed), self);
  self->page = 0;
  self->dirty = TRUE;
  self->generation++;
  if (agreement != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    render_now (self);
}

PaDocumentVariant
pa_document_preview_get_variant (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), PA_DOCUMENT_FULL);

  return self->variant;
}

void
pa_document_preview_set_variant (PaDocumentPreview *self,
                                 PaDocumentVariant  variant)
{
  g_return_if_fail (PA_IS_DOCUMENT_PREVIEW (self));

  if (self->variant == variant)
    return;
  self->variant = variant;
  self->dirty = TRUE;
  self->generation++;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    render_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT]);
}

double
pa_document_preview_get_zoom (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), 1.0);

  return self->zoom;
}

/**
 * pa_document_preview_set_zoom:
 *
 * Shows the page at @zoom, and stops fitting it to the width.
 */
void
pa_document_preview_set_zoom (PaDocumentPreview *self,
                              double             zoom)
{
  g_return_if_fail (PA_IS_DOCUMENT_PREVIEW (self));

  self->fit_width = FALSE;
  change_zoom (self, zoom);
}

/**
 * pa_document_preview_fit_width:
 *
 * Shows the page as wide as the preview, at most at its real size, from
 * now on: the default.
 */
void
pa_document_preview_fit_width (PaDocumentPreview *self)
{
  g_return_if_fail (PA_IS_DOCUMENT_PREVIEW (self));

  self->fit_width = TRUE;
  fit_to_width (self);
}

gboolean
pa_document_preview_get_fit_width (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), FALSE);

  return self->fit_width;
}

int
pa_document_preview_get_page (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), 0);

  return self->page;
}

void
pa_document_preview_set_page (PaDocumentPreview *self,
                              int                page)
{
  g_return_if_fail (PA_IS_DOCUMENT_PREVIEW (self));

  page = CLAMP (page, 0, MAX (self->n_pages - 1, 0));
  if (self->page == page)
    return;
  self->page = page;
  select_thumb (self);
  redraw_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

int
pa_document_preview_get_n_pages (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), 0);

  return self->n_pages;
}

GBytes *
pa_document_preview_get_pdf (PaDocumentPreview *self)
{
  g_return_val_if_fail (PA_IS_DOCUMENT_PREVIEW (self), NULL);

  return self->pdf;
}
