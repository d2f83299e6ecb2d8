/* pa-meeting-private.h: what the meeting window and its sections share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/pa-agreement.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;
  const char *title;   /* N_() */
} PaMeetingSection;

extern const PaMeetingSection pa_meeting_sections[];

/* Builds section @index of @shown (the company copy). Pencils edit
 * @real, the agreement itself, at the same place. With @revealed, what
 * only the citizen and the consultant may see is added, from @real, in a
 * box that says so. Returns (transfer floating) the section's content;
 * NULL for the approvals section, which the window makes itself. */
GtkWidget *pa_meeting_build_section (guint        index,
                                     PaAgreement *shown,
                                     PaAgreement *real,
                                     gboolean     revealed);
/* Whether section @index has anything to reveal. */
gboolean   pa_meeting_section_has_hidden (guint        index,
                                          PaAgreement *real);

G_END_DECLS
