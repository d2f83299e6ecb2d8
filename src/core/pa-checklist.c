/* pa-checklist.c: the seven items of a good placement description: titles, questions, the report and its JSON
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domain.md section 5. The judging itself is in pa-checklist-text.c (a
 * description written elsewhere) and pa-checklist-agreement.c (the
 * agreement's fields); both fill the report built here.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pa-checklist-private.h"

static const char *titles[PA_CHECKLIST_ITEMS] = {
  /* Translators: the seven items of "Den gode beskrivelse af
   * virksomhedspraktik"; use the wording Danish jobcentres know */
  N_("Clear goal and purpose"),
  N_("Clear direction and progression"),
  N_("Concrete work functions, tasks and agreed hours"),
  N_("How restrictions are handled"),
  N_("The agreement between citizen, company and jobcentre"),
  N_("Possible next steps"),
  N_("Focus on ordinary hours"),
};

/* The help questions of each item, in domain order. */
static const char *questions[PA_CHECKLIST_ITEMS][5] = {
  { N_("Why a placement?"),
    N_("What can this company contribute?"),
    N_("What do the parties expect the citizen to achieve?"), NULL },
  { N_("Which sub-goals are there?"),
    N_("How do the goals and sub-goals point forward?"), NULL },
  { N_("Which tasks will the citizen do?"),
    N_("How do the tasks support the citizen's work ability, competences or job goal?"),
    N_("How many hours at the start, and is there a sub-goal for stepping up the hours?"), NULL },
  { N_("Which restrictions are there, and how do they show?"),
    N_("Which work functions can be done despite them?"),
    N_("Is special planning needed?"), NULL },
  { N_("Are the company and the citizen involved and agreed on the content, the arrangements and the responsibility?"),
    N_("Who is responsible for what?"),
    N_("How often is there follow-up?"),
    N_("What happens if the placement does not go to plan?"), NULL },
  { N_("What happens after this placement?"),
    N_("What is the next activity?"), NULL },
  { N_("What progress towards paid hours is there?"),
    N_("What is needed for the placement to become paid hours, or for ordinary employment?"), NULL },
};

/**
 * pa_checklist_item_title:
 * @id: 1 to 7
 *
 * Returns: (transfer none): the item's title, translated
 */
const char *
pa_checklist_item_title (int id)
{
  g_return_val_if_fail (id >= 1 && id <= PA_CHECKLIST_ITEMS, NULL);

  return _(titles[id - 1]);
}

/**
 * pa_checklist_item_questions:
 * @id: 1 to 7
 *
 * Returns: (transfer none) (array zero-terminated=1): the item's help
 *   questions, translated
 */
const char * const *
pa_checklist_item_questions (int id)
{
  static const char *translated[PA_CHECKLIST_ITEMS][5];
  static gsize initialized = 0;

  g_return_val_if_fail (id >= 1 && id <= PA_CHECKLIST_ITEMS, NULL);

  /* The language does not change while the program runs. */
  if (g_once_init_enter (&initialized))
    {
      for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
        for (int j = 0; questions[i][j] != NULL; j++)
          translated[i][j] = _(questions[i][j]);
      g_once_init_leave (&initialized, 1);
    }
  return translated[id - 1];
}

static void
evidence_free (PaChecklistEvidence *evidence)
{
  g_free (evidence->text);
  g_free (evidence->field_path);
  g_free (evidence);
}

static void
missing_free (PaChecklistMissing *missing)
{
  g_free (missing->question);
  g_free (missing->field_path);
  g_free (missing);
}

static void
name_free (PaChecklistName *name)
{
  g_free (name->name);
  g_free (name);
}

PaChecklistReport *
pa_checklist_report_new (void)
{
  PaChecklistReport *report = g_new0 (PaChecklistReport, 1);

  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      report->items[i].id = i + 1;
      report->items[i].evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) evidence_free);
      report->items[i].missing = g_ptr_array_new_with_free_func ((GDestroyNotify) missing_free);
    }
  report->names = g_ptr_array_new_with_free_func ((GDestroyNotify) name_free);
  return report;
}

void
pa_checklist_add_evidence (PaChecklistItemResult *item,
                           const char            *text,
                           int                    start,
                           int                    end,
                           const char            *field_path)
{
  PaChecklistEvidence *evidence;

  /* One sentence can be evidence for two signals of an item: list it once. */
  for (guint i = 0; i < item->evidence->len; i++)
    {
      PaChecklistEvidence *e = g_ptr_array_index (item->evidence, i);

      if (e->start == start && e->end == end && g_strcmp0 (e->text, text) == 0
          && g_strcmp0 (e->field_path, field_path) == 0)
        return;
    }
  evidence = g_new0 (PaChecklistEvidence, 1);
  evidence->text = g_strdup (text);
  evidence->start = start;
  evidence->end = end;
  evidence->field_path = g_strdup (field_path);
  g_ptr_array_add (item->evidence, evidence);
}

void
pa_checklist_add_missing (PaChecklistItemResult *item,
                          const char            *question,
                          const char            *field_path)
{
  PaChecklistMissing *missing;

  for (guint i = 0; i < item->missing->len; i++)
    {
      PaChecklistMissing *m = g_ptr_array_index (item->missing, i);

      if (g_strcmp0 (m->question, question) == 0 && g_strcmp0 (m->field_path, field_path) == 0)
        return;
    }
  missing = g_new0 (PaChecklistMissing, 1);
  missing->question = g_strdup (question);
  missing->field_path = g_strdup (field_path);
  g_ptr_array_add (item->missing, missing);
}

void
pa_checklist_add_name (PaChecklistReport   *report,
                       PaChecklistNameKind  kind,
                       const char          *name,
                       int                  start,
                       int                  end)
{
  PaChecklistName *entry;

  for (guint i = 0; i < report->names->len; i++)
    {
      PaChecklistName *n = g_ptr_array_index (report->names, i);

      if (n->kind == kind && g_strcmp0 (n->name, name) == 0)
        return;
    }
  entry = g_new0 (PaChecklistName, 1);
  entry->kind = kind;
  entry->name = g_strdup (name);
  entry->start = start;
  entry->end = end;
  g_ptr_array_add (report->names, entry);
}

void
pa_checklist_report_finish (PaChecklistReport *report)
{
  report->score = 0;
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      PaChecklistItemResult *item = &report->items[i];

      if (item->confirmed_by_hand)
        g_ptr_array_set_size (item->missing, 0);
      item->ok = item->missing->len == 0;
      if (item->ok)
        report->score++;
    }
}

/**
 * pa_checklist_report_free:
 * @report: (transfer full) (nullable): a report
 */
void
pa_checklist_report_free (PaChecklistReport *report)
{
  if (report == NULL)
    return;
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    {
      g_clear_pointer (&report->items[i].evidence, g_ptr_array_unref);
      g_clear_pointer (&report->items[i].missing, g_ptr_array_unref);
      g_clear_pointer (&report->items[i].note, g_free);
    }
  g_clear_pointer (&report->names, g_ptr_array_unref);
  g_free (report);
}

static void
add_item_json (JsonBuilder           *builder,
               PaChecklistItemResult *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, item->id);
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, item->ok);
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < item->evidence->len; i++)
    json_builder_add_string_value (builder,
                                   ((PaChecklistEvidence *) g_ptr_array_index (item->evidence, i))->text);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < item->missing->len; i++)
    json_builder_add_string_value (builder,
                                   ((PaChecklistMissing *) g_ptr_array_index (item->missing, i))->question);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * pa_checklist_report_to_json_node:
 *
 * Returns: (transfer full): {items: [{id, ok, evidence, missing}], score}
 */
JsonNode *
pa_checklist_report_to_json_node (PaChecklistReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (int i = 0; i < PA_CHECKLIST_ITEMS; i++)
    add_item_json (builder, &report->items[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, report->score);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * pa_checklist_report_to_json:
 *
 * Returns: (transfer full): the report as pretty-printed JSON, for
 *   `praktikaftale --check FILE.txt --json`
 */
char *
pa_checklist_report_to_json (PaChecklistReport *report)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  root = pa_checklist_report_to_json_node (report);
  return json_to_string (root, TRUE);
}
