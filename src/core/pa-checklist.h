/* pa-checklist.h: the seven items of a good placement description, judged
 * from an agreement or from free text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md section 5 ("Den gode beskrivelse af virksomhedspraktik"). One
 * report type for both sources, so the step 8 checklist, the review
 * window, `--check FILE.txt` and `--check FILE.xml` show the same thing.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "pa-agreement.h"

G_BEGIN_DECLS

#define PA_CHECKLIST_ITEMS 7

/* One piece of evidence: a sentence of the text (with its byte range in
 * the reviewed text, for highlighting) or a field of the agreement (with
 * its field path, the one the editor's field registry knows, for "jump
 * to the field"). */
typedef struct {
  char *text;        /* the sentence, or "Label: value" for a field */
  int   start;       /* byte offset in the reviewed text, or -1 */
  int   end;         /* byte offset one past the end, or -1 */
  char *field_path;  /* (nullable) e.g. "individual-purpose", "goals/0/specific" */
} PaChecklistEvidence;

/* What is missing: the help question to ask, and where to type the
 * answer in the editor (NULL for a text review). */
typedef struct {
  char *question;    /* translated, plain Danish in the app */
  char *field_path;  /* (nullable) */
} PaChecklistMissing;

typedef struct {
  int        id;                /* 1 .. 7, in domain order */
  gboolean   ok;                /* computed from the agreement or the text */
  gboolean   confirmed_by_hand; /* agreement only: PaChecklistItem "confirmed" */
  char      *note;              /* (nullable) the hand confirmation's note */
  GPtrArray *evidence;          /* PaChecklistEvidence* */
  GPtrArray *missing;           /* PaChecklistMissing*; empty when ok */
} PaChecklistItemResult;

typedef enum {
  PA_CHECKLIST_NAME_CITIZEN,
  PA_CHECKLIST_NAME_COMPANY,
  PA_CHECKLIST_NAME_CONTACT,
} PaChecklistNameKind;

typedef struct {
  PaChecklistNameKind kind;
  char               *name;
  int                 start;    /* byte range in the text, or -1 */
  int                 end;
} PaChecklistName;

typedef struct {
  PaChecklistItemResult items[PA_CHECKLIST_ITEMS];
  int                   score;  /* items ok or confirmed by hand */
  GPtrArray            *names;  /* PaChecklistName*: names recognised in a text */
} PaChecklistReport;

/* The item's title and its help questions (domain.md 5), translated. */
const char         *pa_checklist_item_title     (int id);
const char * const *pa_checklist_item_questions (int id);

/* Judges @agreement on @today (for "dates that point forward"). Uses the
 * SMART analysis, the task vagueness check, the restriction analysis and
 * the rule findings where they belong. Items the consultant confirmed by
 * hand count as ok and carry their note. */
PaChecklistReport *pa_checklist_evaluate_agreement (PaAgreement *agreement,
                                                    GDate       *today);

/* Judges a description written elsewhere from @text alone (UTF-8). */
PaChecklistReport *pa_checklist_review_text        (const char  *text);

void               pa_checklist_report_free        (PaChecklistReport *report);

/* JSON for `--check FILE.txt --json`: {items: [{id, ok, evidence, missing}], score}. */
char              *pa_checklist_report_to_json     (PaChecklistReport *report);
/* The same object as a node, to embed in `--check FILE.xml --json`. */
JsonNode          *pa_checklist_report_to_json_node (PaChecklistReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaChecklistReport, pa_checklist_report_free)

G_END_DECLS
