/* pa-window-private.h: the window's insides, shared with its actions and the tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "docs/pa-pdf.h"
#include "store/pa-autosave.h"
#include "store/pa-draft-list.h"

#include "pa-editor-private.h"
#include "pa-window.h"

G_BEGIN_DECLS

struct _PaWindow
{
  AdwApplicationWindow  parent_instance;

  PaStore              *store;
  GSettings            *settings;
  GtkSingleSelection   *selection;   /* over all drafts or the search results */
  PaAutosave           *autosave;    /* the open draft, or NULL */
  GPtrArray            *unsaved;     /* autosaves of drafts left while saving failed */
  char                 *query;       /* the search, or NULL */
  AdwToast             *last_toast;  /* (unowned): cleared when dismissed */
  PaDraftList          *drafts;      /* the list without a search, read a page at a time */
  guint                 list_loader_id; /* shows all of it after the first frame */
  guint                 fold_source;    /* applies a new fold decision */
  guint                 tidy_source;    /* names new widgets once, see pa-widget-util.c */
  struct _PaWindowSearch *search;   /* pa-window-search.c */
  guint                 selecting : 1;
  guint                 force_close : 1;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *draft_list;
  GtkWidget            *content_box;
  AdwWindowTitle       *content_title;
  GtkWidget            *draft_menu_button;
  GtkWidget            *back_button;
  GtkWidget            *forward_button;
  GtkInfoBar           *save_error_bar;
  GtkLabel             *save_error_label;
  GtkStack             *content_stack;
  AdwBin               *editor_slot;
  PaEditor             *editor;      /* made on first use, see _pa_window_ensure_editor */

  struct _PaWindowBatch *batch;      /* selection mode and batch export, pa-window-batch.c */
};

/* pa-window-actions.c */
void         _pa_window_class_init_actions (GtkWidgetClass *widget_class);
void         _pa_window_update_actions     (PaWindow       *self);

/* pa-window-documents.c */
void         _pa_window_class_init_documents (GtkWidgetClass *widget_class);
/* pa-window-meeting.c: meeting mode (F11) and the approvals window */
void         _pa_window_class_init_meeting (GtkWidgetClass *widget_class);
/* pa-window-status.c: the list's status filter and this week's follow-ups */
void         _pa_window_init_status        (PaWindow       *self);
GListModel  *_pa_window_filter_status      (PaWindow       *self,
                                            GListModel     *model);
GListStore  *_pa_window_get_list_store     (PaWindow       *self);
void         _pa_window_select_draft       (PaWindow       *self,
                                            const char     *id);
void         _pa_window_update_follow_ups  (PaWindow       *self);
void         _pa_window_dispose_status     (PaWindow       *self);
void         _pa_window_init_documents     (PaWindow       *self);
/* pa-window-pdf.c */
void         _pa_window_class_init_pdf     (GtkWidgetClass *widget_class);
void         _pa_window_export_pdf_to      (PaWindow          *self,
                                            PaDocumentVariant  variant,
                                            const char        *path);
void         pa_window_import_file         (PaWindow       *self,
                                            GFile          *file);

/* pa-window-batch.c */
typedef struct _PaWindowBatch PaWindowBatch;
typedef enum {
  PA_BATCH_PDF,
  PA_BATCH_PDF_COMPANY,
  PA_BATCH_XML,
  PA_BATCH_XML_COMPANY,
} PaBatchFormat;
void         _pa_window_class_init_batch   (GtkWidgetClass *widget_class);
void         _pa_window_init_batch         (PaWindow       *self);
void         _pa_window_dispose_batch      (PaWindow       *self);
/* For the tests: export what is selected in the list, as the folder
 * dialog does; whether an export is running. */
void         pa_window_export_selected     (PaWindow       *self,
                                            const char     *folder,
                                            PaBatchFormat   format);
gboolean     pa_window_get_exporting       (PaWindow       *self);

/* pa-window-calendar.c */
void         _pa_window_class_init_calendar (GtkWidgetClass *widget_class);
/* pa-window-search.c */
typedef struct _PaWindowSearch PaWindowSearch;
void         _pa_window_init_search        (PaWindow       *self);
void         _pa_window_dispose_search     (PaWindow       *self);
void         _pa_window_search_reload      (PaWindow       *self,
                                            gboolean        new_query);

/* pa-window.c, for the actions */
void         _pa_window_set_list_model     (PaWindow       *self,
                                            GListModel     *model,
                                            gboolean        select_open);
PaEditor    *_pa_window_ensure_editor      (PaWindow       *self);
void         _pa_window_commit_editor      (PaWindow       *self);
void         _pa_window_reload_list        (PaWindow       *self);
void         _pa_window_open_agreement     (PaWindow       *self,
                                            PaAgreement    *agreement);
void         _pa_window_close_draft        (PaWindow       *self,
                                            gboolean        flush);
void         _pa_window_clear_search       (PaWindow       *self);
void         _pa_window_show_toast         (PaWindow       *self,
                                            const char     *title);
void         _pa_window_show_page          (PaWindow       *self,
                                            GtkWidget      *page);
void         _pa_window_update_fold        (PaWindow       *self);
void         _pa_window_queue_tidy         (PaWindow       *self);

/* For the tests */
PaWindow    *pa_window_new_for_store       (GtkApplication *application,
                                            PaStore        *store);
PaEditor    *pa_window_get_editor          (PaWindow       *self);
/* The drafts the list shows (PaDraftSummary), newest edit first. */
GListModel  *pa_window_get_draft_model     (PaWindow       *self);
PaAutosave  *pa_window_get_autosave        (PaWindow       *self);
GtkEditable *pa_window_get_search_entry    (PaWindow       *self);
/* "list", "empty" (no drafts at all) or "no-results" (search) */
const char  *pa_window_get_sidebar_page    (PaWindow       *self);
/* The last toast shown, while it is on screen. */
AdwToast    *pa_window_get_last_toast      (PaWindow       *self);
GtkInfoBar  *pa_window_get_save_error_bar  (PaWindow       *self);
/* Whether the list of agreements is on screen beside the open one. */
gboolean     pa_window_get_list_beside     (PaWindow       *self);
/* Whether the list of agreements is on screen at all. */
gboolean     pa_window_get_list_visible    (PaWindow       *self);

G_END_DECLS
