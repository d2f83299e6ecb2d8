/* pa-rules.h: the legal frame as data, with effective dates
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Durations, purposes, the full-time ceiling and the ratio rule change
 * with the law, so they live in data/rules/rules-*.xml, one rule set per file,
 * each with the date it takes effect. The rule set in force on an
 * agreement's start date applies. The texts of the checks' findings,
 * with their severity and the provision they cite, are part of the set.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PA_RULES_ERROR (pa_rules_error_quark ())

typedef enum {
  PA_RULES_ERROR_PARSE,     /* not well-formed, names file and line */
  PA_RULES_ERROR_INVALID,   /* well-formed but missing or wrong values */
  PA_RULES_ERROR_EMPTY,     /* no rule set found */
} PaRulesError;

GQuark pa_rules_error_quark (void);

typedef struct {
  char     *id;                  /* "dagpenge", "aktivitetsparat", ... */
  char     *label;               /* translated */
  int       max_weeks;
  int       extension_max_weeks; /* total weeks with extensions; 0: none */
  int       extension_step_weeks;/* beyond that, this many at a time; 0: none */
  gboolean  close_follow_up;     /* far from the labour market */
  gboolean  availability_test;   /* may have rådighedsafprøvning */
  gboolean  repeat_needs_new_function; /* dagpenge */
  /* May be placed at the most recent employer after a concrete
   * assessment; otherwise never. */
  gboolean  recent_employer_assessment;
} PaTargetGroup;

typedef struct {
  char     *id;                  /* "ordinary-hours", "competences", ... */
  char     *label;               /* translated */
  char     *reference;           /* "BAB § 60, stk. 2, nr. 1" */
  gboolean  legal;               /* one of the BAB § 60 purposes */
  gboolean  needs_reason;        /* rådighedsafprøvning */
  char     *vitas_field;         /* id of the VITAS purpose field it maps to */
} PaPurposeRule;

typedef struct {
  char     *id;
  char     *label;               /* translated */
} PaVitasField;

/* How serious a finding of the checks is; each message of the rules
 * data gives its own (pa-checks.h). */
typedef enum {
  PA_SEVERITY_INFO,
  PA_SEVERITY_WARNING,
  PA_SEVERITY_ERROR,
} PaSeverity;

/* The text of a finding of the checks (pa-checks.h), one per code. */
typedef struct {
  char       *code;              /* "duration-over-maximum", ... */
  PaSeverity  severity;
  char       *reference;         /* "LAB § 61, stk. 1"; NULL: good practice */
  char       *text;              /* translated, with {placeholders} */
} PaRuleMessage;

#define PA_TYPE_RULE_SET (pa_rule_set_get_type ())
G_DECLARE_FINAL_TYPE (PaRuleSet, pa_rule_set, PA, RULE_SET, GObject)

#define PA_TYPE_RULE_BOOK (pa_rule_book_get_type ())
G_DECLARE_FINAL_TYPE (PaRuleBook, pa_rule_book, PA, RULE_BOOK, GObject)

PaRuleSet           *pa_rule_set_load_file            (const char    *path,
                                                       GError       **error);
const char          *pa_rule_set_get_effective_date   (PaRuleSet     *self);
const char          *pa_rule_set_get_name             (PaRuleSet     *self);
/* (element-type PaTargetGroup) */
GPtrArray           *pa_rule_set_get_target_groups    (PaRuleSet     *self);
const PaTargetGroup *pa_rule_set_find_target_group    (PaRuleSet     *self,
                                                       const char    *id);
/* (element-type PaPurposeRule) */
GPtrArray           *pa_rule_set_get_purposes         (PaRuleSet     *self);
const PaPurposeRule *pa_rule_set_find_purpose         (PaRuleSet     *self,
                                                       const char    *id);
/* (element-type PaVitasField) */
GPtrArray           *pa_rule_set_get_vitas_fields     (PaRuleSet     *self);
double               pa_rule_set_get_full_time_hours  (PaRuleSet     *self);
/* Ratio rule: 1 per @per_first ordinary employees up to @first_limit
 * (at least @minimum), then 1 per @per_after beyond. */
void                 pa_rule_set_get_ratio            (PaRuleSet     *self,
                                                       int           *per_first,
                                                       int           *first_limit,
                                                       int           *per_after,
                                                       int           *minimum);
int                  pa_rule_set_max_in_placement     (PaRuleSet     *self,
                                                       int            employees);
/* The provision behind a target group's durations, e.g. "LAB § 61". */
const char          *pa_rule_set_get_group_reference  (PaRuleSet     *self,
                                                       const char    *id);
/* Whether @purpose_id may be chosen for @group_id (NULL: not chosen yet):
 * rådighedsafprøvning only where the group has an availability test. */
gboolean             pa_rule_set_purpose_applies      (PaRuleSet     *self,
                                                       const char    *purpose_id,
                                                       const char    *group_id);
const PaVitasField  *pa_rule_set_find_vitas_field     (PaRuleSet     *self,
                                                       const char    *id);
/* Terms the act changes: "authority" is "jobcentret", later "kommunen". */
const char          *pa_rule_set_get_term             (PaRuleSet     *self,
                                                       const char    *id);
/* Normal working hours, in minutes after midnight. */
void                 pa_rule_set_get_normal_hours     (PaRuleSet     *self,
                                                       int           *start_minutes,
                                                       int           *end_minutes,
                                                       gboolean      *weekdays_only);
/* The provision behind @rule: "hours" or "ratio". */
const char          *pa_rule_set_get_reference        (PaRuleSet     *self,
                                                       const char    *rule);
/* Whether @purpose_id is only for groups with an availability test
 * (rådighedsafprøvning). */
gboolean             pa_rule_set_purpose_is_availability_test (PaRuleSet  *self,
                                                               const char *purpose_id);
/* (element-type PaRuleMessage) In file order; one per check code. */
GPtrArray           *pa_rule_set_get_messages         (PaRuleSet     *self);
const PaRuleMessage *pa_rule_set_find_message         (PaRuleSet     *self,
                                                       const char    *code);

/* All rule sets of a folder. A malformed file is reported in @errors and
 * skipped, so the last good sets still apply. */
PaRuleBook          *pa_rule_book_load_dir            (const char    *dir,
                                                       GPtrArray    **errors);
PaRuleBook          *pa_rule_book_get_default         (void);
char                *pa_rule_book_default_dir         (void);
guint                pa_rule_book_get_n_sets          (PaRuleBook    *self);
/* The set in force on @iso_date; the newest one when @iso_date is NULL,
 * the oldest one when @iso_date is before every set. */
PaRuleSet           *pa_rule_book_get_for_date        (PaRuleBook    *self,
                                                       const char    *iso_date);
/* Sets by effective date, 0 the oldest. */
PaRuleSet           *pa_rule_book_get_set             (PaRuleBook    *self,
                                                       guint          index);
/* (element-type GError) What went wrong while loading, for the UI. */
GPtrArray           *pa_rule_book_get_errors          (PaRuleBook    *self);

G_END_DECLS
