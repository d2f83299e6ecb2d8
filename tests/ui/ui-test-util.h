/* ui-test-util.h: helpers for the tests that drive the window on a headless display
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"
#include "store/pa-store.h"
#include "ui/pa-window-private.h"

G_BEGIN_DECLS

/* Ends a test that needs a display as skipped when there is none. */
#define UI_SKIP_WITHOUT_DISPLAY()                               \
  G_STMT_START {                                                \
    if (!ui_test_has_display ())                                \
      {                                                         \
        g_test_skip ("needs a display (run under xvfb-run)");   \
        return;                                                 \
      }                                                         \
  } G_STMT_END

typedef struct {
  char     *dir;
  char     *db_path;
  PaStore  *store;
  PaWindow *window;
} UiFixture;

gboolean     ui_test_has_display        (void);
void         ui_test_init               (int          *argc,
                                         char       ***argv);
void         ui_fixture_setup           (UiFixture    *fixture,
                                         gconstpointer data);
void         ui_fixture_teardown        (UiFixture    *fixture,
                                         gconstpointer data);
/* Adds a test at @path that runs @func on a fresh UiFixture. */
void         ui_test_add                (const char   *path,
                                         void        (*func) (UiFixture *, gconstpointer));

void         ui_run_for                 (guint         ms);
void         ui_run_until               (gboolean    (*done) (gpointer data),
                                         gpointer      data,
                                         guint         timeout_ms);

PaEditor    *ui_new_draft               (PaWindow     *window);
/* The keys: activates the editor's own shortcut for @trigger ("<Alt>3"),
 * as the window dispatches it; fails when the editor has none. */
void         ui_press_shortcut          (PaEditor     *editor,
                                         const char   *trigger);
/* What a keyboard user's typing ends in: the focus in the widget, the text
 * in it, then Enter (entry rows) or leaving it (spin buttons). */
void         ui_type                    (GtkWidget    *widget,
                                         const char   *text);
void         ui_press                   (GtkWidget    *button);
void         ui_type_text_area          (GtkWidget    *area,
                                         const char   *text);
/* Saves what is open and loads it again from a fresh store on the same file. */
PaAgreement *ui_save_and_reload         (UiFixture    *fixture);

/* Renders @window as it is on screen into @dir/@name.png, and checks
 * that it is @width by @height pixels. */
void         ui_remove_window_border    (void);
void         ui_save_window             (GtkWidget    *window,
                                         const char   *dir,
                                         const char   *name,
                                         int           width,
                                         int           height);

/* Amina Hassan at Netto Vejle Nord: every step filled in, as a
 * consultant would, for the screenshots. */
PaAgreement *ui_realistic_agreement     (void);

/* Finding widgets: through the field registry, or by what a user reads. */
GtkWidget   *ui_lookup_field            (PaEditor     *editor,
                                         const char   *path);
GtkWidget   *ui_find_entry_row          (GtkWidget    *root,
                                         const char   *title);
GtkWidget   *ui_find_label              (GtkWidget    *root,
                                         const char   *text);

G_END_DECLS
