/* pa-review-window.h: "Review a Description": free text judged on the seven points
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PA_TYPE_REVIEW_WINDOW (pa_review_window_get_type ())
G_DECLARE_FINAL_TYPE (PaReviewWindow, pa_review_window, PA, REVIEW_WINDOW, AdwWindow)

/* How long the window waits after typing before it judges again. */
#define PA_REVIEW_WINDOW_DELAY_MS 300
/* Larger files are no description. */
#define PA_REVIEW_WINDOW_MAX_BYTES (1024 * 1024)

GtkWidget   *pa_review_window_new           (GtkWindow      *parent);
GtkTextView *pa_review_window_get_text_view (PaReviewWindow *self);
/* Judges the text now instead of after the pause. */
void         pa_review_window_judge_now     (PaReviewWindow *self);
/* Items ok in the last judgement, 0-7. */
int          pa_review_window_get_score     (PaReviewWindow *self);
/* Replaces the text with @file's; a file that is not UTF-8 text is
 * refused with a message in the window, and the text stays. */
gboolean     pa_review_window_load_file     (PaReviewWindow *self,
                                             GFile          *file);

/* Installs "win.review-description" (Ctrl+R) on the main window's class. */
void         pa_review_window_install_action (GtkWidgetClass *window_class);

G_END_DECLS
