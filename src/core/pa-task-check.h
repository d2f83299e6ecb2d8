/* pa-task-check.h: whether a task names concrete work or only says "whatever comes up"
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is (or holds) a vague task such as "forefaldende arbejde",
 * "det daglige arbejde", "diverse opgaver" or "hjælpe til hvor der er
 * brug for det": inflections and æ/ø/å written as ae/oe/aa count too.
 * @phrase: (out) (optional) (transfer none): the vague phrase's stem as
 * matched, in ASCII, for tests and logs. */
gboolean     pa_task_is_vague   (const char  *text,
                                 const char **phrase);

/* The hint shown at a vague task, translated. */
const char  *pa_task_vague_hint (void);

/* @text in lower case, æ/ø/å as ae/oe/aa, punctuation as single spaces,
 * trimmed: "Det daglige arbejde!" -> "det daglige arbejde". */
char        *pa_task_normalize  (const char  *text);

G_END_DECLS
