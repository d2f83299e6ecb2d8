/* pa-rules-private.h: the rule set's insides, shared by its queries and its loader
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pa-rules.c answers questions about a rule set; pa-rules-parser.c fills
 * one in from a rules-*.xml file. Nothing outside src/core/pa-rules*.c
 * includes this header.
 */
#pragma once

#include "pa-rules.h"

G_BEGIN_DECLS

/* The arrays hand out pointers to the public part, which comes first. */
typedef struct {
  PaTargetGroup  pub;
  char          *reference;
} TargetGroupEntry;

typedef struct {
  PaPurposeRule  pub;
  gboolean       availability_test_only;
  GStrv          groups;     /* only for these target groups; NULL: any */
  int            line;       /* for cross-reference errors */
} PurposeEntry;

struct _PaRuleSet
{
  GObject     parent_instance;

  char       *effective_date;
  char       *name;
  GPtrArray  *target_groups;  /* TargetGroupEntry */
  GPtrArray  *purposes;       /* PurposeEntry */
  GPtrArray  *vitas_fields;   /* PaVitasField */
  GHashTable *terms;          /* id -> translated label */
  GPtrArray  *messages;       /* PaRuleMessage, one per check code */

  double      full_time_hours;
  int         day_start;      /* minutes after midnight */
  int         day_end;
  gboolean    weekdays_only;
  char       *hours_reference;

  int         per_first;
  int         first_limit;
  int         per_after;
  int         minimum;
  char       *ratio_reference;
};

void pa_target_group_entry_free (gpointer data);

G_END_DECLS
