/* pa-progression.h: the five-step progression ladder of a work function and its checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pa-record.h"

G_BEGIN_DECLS

/* The ladder of the progression tool, from 1 to 5. */
#define PA_PROGRESSION_LEVEL_MIN 1
#define PA_PROGRESSION_LEVEL_MAX 5

/* "Begynder" ... "Oplært", translated; NULL outside 1-5. */
const char *pa_progression_level_name        (int level);
/* What the level means: "Needs help and guidance all the time". */
const char *pa_progression_level_description (int level);
int         pa_progression_clamp_level       (int level);

typedef enum {
  PA_PROGRESSION_LEVEL_OUT_OF_RANGE,  /* a level outside 1-5 */
  PA_PROGRESSION_DATE_INVALID,        /* a target date that is no date */
  PA_PROGRESSION_DATE_MISSING,        /* a target without a date */
  PA_PROGRESSION_DATE_ORDER,          /* not after the previous target's date */
  PA_PROGRESSION_DATE_BEFORE_START,   /* before the placement starts */
  PA_PROGRESSION_DATE_AFTER_END,      /* after the end, extensions included */
  PA_PROGRESSION_TOO_MANY_TARGETS,    /* more than three targets */
} PaProgressionProblemKind;

typedef struct {
  PaProgressionProblemKind kind;
  guint                    target;   /* 0: the start level, 1-3: a target */
  const char              *field;    /* "start-level", "level" or "date" */
} PaProgressionProblem;

/* The problems of @work_function's ladder: levels 1-5 only, target
 * dates given, in order and within @start_iso .. @end_iso (the end with
 * the extensions; either may be NULL when not known).
 * Returns: (transfer full) (element-type PaProgressionProblem): never NULL */
GArray     *pa_progression_check             (PaRecord   *work_function,
                                              const char *start_iso,
                                              const char *end_iso);
/* The end of @agreement's period with its extensions, "YYYY-MM-DD", or
 * NULL when no end date is known. */
char       *pa_progression_final_end         (PaRecord   *agreement);
/* A sentence about @problem, translated, for a hint or a finding. */
char       *pa_progression_problem_message   (const PaProgressionProblem *problem);

/* "Varemodtagelse: nu Begynder, mål 1 Selvstartende inden 3. april 2026",
 * for screen readers and the documents. */
char       *pa_progression_describe          (PaRecord   *work_function);

G_END_DECLS
