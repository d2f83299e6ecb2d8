/* pa-meeting-window.h: the agreement full-screen for a three-party meeting, one section at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pa-store.h"

G_BEGIN_DECLS

#define PA_TYPE_MEETING_WINDOW (pa_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (PaMeetingWindow, pa_meeting_window, PA, MEETING_WINDOW, AdwWindow)

/* Sections in order; ids for tests and the indicator. */
#define PA_MEETING_N_SECTIONS 7

/* @findings: (element-type PaFinding) (nullable): for the approvals. */
PaMeetingWindow *pa_meeting_window_new          (GtkWindow       *parent,
                                                 PaStore         *store,
                                                 PaAgreement     *agreement,
                                                 GPtrArray       *findings);
const char      *pa_meeting_window_get_section  (PaMeetingWindow *self);
guint            pa_meeting_window_get_position (PaMeetingWindow *self);
void             pa_meeting_window_go           (PaMeetingWindow *self,
                                                 int              delta);
/* The "only for the citizen and me" state: shows what the company may
 * not see of this section, until the section changes. */
gboolean         pa_meeting_window_get_revealed (PaMeetingWindow *self);
void             pa_meeting_window_set_revealed (PaMeetingWindow *self,
                                                 gboolean         revealed);
/* 1 (the smallest) to 4; starts at 2, on top of the app's text size. */
int              pa_meeting_window_get_text_step (PaMeetingWindow *self);

G_END_DECLS
