/* pa-rules.c: the legal frame as data: rule sets and the book of them by effective date
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides the numbers, each rule set carries the texts of the findings
 * of pa-checks.c (code, severity, provision, English text with named
 * {placeholders}), so a change in the law or its wording is a change
 * of data. Reading a rules-*.xml file is pa-rules-parser.c's work.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-rules-private.h"
#include "pa-validate.h"

G_DEFINE_QUARK (pa-rules-error-quark, pa_rules_error)

G_DEFINE_FINAL_TYPE (PaRuleSet, pa_rule_set, G_TYPE_OBJECT)

struct _PaRuleBook
{
  GObject    parent_instance;

  GPtrArray *sets;    /* PaRuleSet, oldest effective date first */
  GPtrArray *errors;  /* GError, from loading */
};

G_DEFINE_FINAL_TYPE (PaRuleBook, pa_rule_book, G_TYPE_OBJECT)

void
pa_target_group_entry_free (gpointer data)
{
  TargetGroupEntry *entry = data;

  g_free (entry->pub.id);
  g_free (entry->pub.label);
  g_free (entry->reference);
  g_free (entry);
}

static void
purpose_entry_free (gpointer data)
{
  PurposeEntry *entry = data;

  g_free (entry->pub.id);
  g_free (entry->pub.label);
  g_free (entry->pub.reference);
  g_free (entry->pub.vitas_field);
  g_strfreev (entry->groups);
  g_free (entry);
}

static void
vitas_field_free (gpointer data)
{
  PaVitasField *field = data;

  g_free (field->id);
  g_free (field->label);
  g_free (field);
}

static void
rule_message_free (gpointer data)
{
  PaRuleMessage *message = data;

  g_free (message->code);
  g_free (message->reference);
  g_free (message->text);
  g_free (message);
}

static void
pa_rule_set_finalize (GObject *object)
{
  PaRuleSet *self = (PaRuleSet *)object;

  g_clear_pointer (&self->effective_date, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->target_groups, g_ptr_array_unref);
  g_clear_pointer (&self->purposes, g_ptr_array_unref);
  g_clear_pointer (&self->vitas_fields, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_hash_table_unref);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->hours_reference, g_free);
  g_clear_pointer (&self->ratio_reference, g_free);

  G_OBJECT_CLASS (pa_rule_set_parent_class)->finalize (object);
}

static void
pa_rule_set_class_init (PaRuleSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_rule_set_finalize;
}

static void
pa_rule_set_init (PaRuleSet *self)
{
  self->target_groups = g_ptr_array_new_with_free_func (pa_target_group_entry_free);
  self->purposes = g_ptr_array_new_with_free_func (purpose_entry_free);
  self->vitas_fields = g_ptr_array_new_with_free_func (vitas_field_free);
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->messages = g_ptr_array_new_with_free_func (rule_message_free);
}

const char *
pa_rule_set_get_effective_date (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->effective_date;
}

const char *
pa_rule_set_get_name (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->name;
}

/**
 * pa_rule_set_get_target_groups:
 *
 * Returns: (transfer none) (element-type PaTargetGroup): in file order
 */
GPtrArray *
pa_rule_set_get_target_groups (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->target_groups;
}

static TargetGroupEntry *
find_target_group_entry (PaRuleSet  *self,
                         const char *id)
{
  for (guint i = 0; i < self->target_groups->len; i++)
    {
      TargetGroupEntry *entry = g_ptr_array_index (self->target_groups, i);

      if (g_str_equal (entry->pub.id, id))
        return entry;
    }
  return NULL;
}

/**
 * pa_rule_set_find_target_group:
 *
 * Returns: (transfer none) (nullable): the group, or %NULL when this
 *   rule set has no such group (e.g. after a merge by a reform)
 */
const PaTargetGroup *
pa_rule_set_find_target_group (PaRuleSet  *self,
                               const char *id)
{
  TargetGroupEntry *entry;

  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = find_target_group_entry (self, id);
  return entry ? &entry->pub : NULL;
}

/**
 * pa_rule_set_get_group_reference:
 *
 * Returns: (transfer none) (nullable): the provision that sets the
 *   group's duration, e.g. "LAB § 61"
 */
const char *
pa_rule_set_get_group_reference (PaRuleSet  *self,
                                 const char *id)
{
  TargetGroupEntry *entry;

  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = find_target_group_entry (self, id);
  return entry ? entry->reference : NULL;
}

/**
 * pa_rule_set_get_purposes:
 *
 * Returns: (transfer none) (element-type PaPurposeRule): in file order
 */
GPtrArray *
pa_rule_set_get_purposes (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->purposes;
}

const PaPurposeRule *
pa_rule_set_find_purpose (PaRuleSet  *self,
                          const char *id)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->purposes->len; i++)
    {
      PaPurposeRule *rule = g_ptr_array_index (self->purposes, i);

      if (g_str_equal (rule->id, id))
        return rule;
    }
  return NULL;
}

/**
 * pa_rule_set_purpose_applies:
 * @group_id: (nullable): the citizen's target group, or %NULL if not chosen yet
 *
 * Whether the purpose may be chosen for the target group: a
 * rådighedsafprøvning only for groups with an availability test, job
 * retention only for the groups the rules name.
 */
gboolean
pa_rule_set_purpose_applies (PaRuleSet  *self,
                             const char *purpose_id,
                             const char *group_id)
{
  const PurposeEntry *entry;
  const PaTargetGroup *group;

  g_return_val_if_fail (PA_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (purpose_id != NULL, FALSE);

  entry = (const PurposeEntry *) pa_rule_set_find_purpose (self, purpose_id);
  if (entry == NULL)
    return FALSE;
  if (group_id == NULL)
    return TRUE;

  group = pa_rule_set_find_target_group (self, group_id);
  if (entry->availability_test_only && (group == NULL || !group->availability_test))
    return FALSE;
  if (entry->groups != NULL && !g_strv_contains ((const char * const *) entry->groups, group_id))
    return FALSE;
  return TRUE;
}

/**
 * pa_rule_set_get_vitas_fields:
 *
 * Returns: (transfer none) (element-type PaVitasField): in file order
 */
GPtrArray *
pa_rule_set_get_vitas_fields (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->vitas_fields;
}

const PaVitasField *
pa_rule_set_find_vitas_field (PaRuleSet  *self,
                              const char *id)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->vitas_fields->len; i++)
    {
      PaVitasField *field = g_ptr_array_index (self->vitas_fields, i);

      if (g_str_equal (field->id, id))
        return field;
    }
  return NULL;
}

/**
 * pa_rule_set_get_term:
 * @id: e.g. "authority"
 *
 * Words the act itself changes, such as who decides on the placement
 * ("jobcentret", from the reform "kommunen").
 *
 * Returns: (transfer none) (nullable): the translated term
 */
const char *
pa_rule_set_get_term (PaRuleSet  *self,
                      const char *id)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->terms, id);
}

double
pa_rule_set_get_full_time_hours (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), 0);

  return self->full_time_hours;
}

/**
 * pa_rule_set_get_normal_hours:
 * @start_minutes: (out) (optional): start of normal working hours, minutes after midnight
 * @end_minutes: (out) (optional): end of normal working hours
 * @weekdays_only: (out) (optional): whether weekends are outside normal hours
 */
void
pa_rule_set_get_normal_hours (PaRuleSet *self,
                              int       *start_minutes,
                              int       *end_minutes,
                              gboolean  *weekdays_only)
{
  g_return_if_fail (PA_IS_RULE_SET (self));

  if (start_minutes != NULL)
    *start_minutes = self->day_start;
  if (end_minutes != NULL)
    *end_minutes = self->day_end;
  if (weekdays_only != NULL)
    *weekdays_only = self->weekdays_only;
}

/**
 * pa_rule_set_get_reference:
 * @rule: "hours" or "ratio"
 *
 * Returns: (transfer none) (nullable): the provision behind the rule,
 *   for messages that cite it
 */
const char *
pa_rule_set_get_reference (PaRuleSet  *self,
                           const char *rule)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  if (g_str_equal (rule, "hours"))
    return self->hours_reference;
  if (g_str_equal (rule, "ratio"))
    return self->ratio_reference;
  return NULL;
}

void
pa_rule_set_get_ratio (PaRuleSet *self,
                       int       *per_first,
                       int       *first_limit,
                       int       *per_after,
                       int       *minimum)
{
  g_return_if_fail (PA_IS_RULE_SET (self));

  if (per_first != NULL)
    *per_first = self->per_first;
  if (first_limit != NULL)
    *first_limit = self->first_limit;
  if (per_after != NULL)
    *per_after = self->per_after;
  if (minimum != NULL)
    *minimum = self->minimum;
}

/**
 * pa_rule_set_max_in_placement:
 * @employees: ordinary employees at the P-number
 *
 * Returns: how many people may be in placement or wage subsidy there at
 *   once: 1 per 5 for the first 50 (at least 1), plus 1 per 10 beyond
 */
int
pa_rule_set_max_in_placement (PaRuleSet *self,
                              int        employees)
{
  int first;

  g_return_val_if_fail (PA_IS_RULE_SET (self), 0);
  g_return_val_if_fail (employees >= 0, 0);
  g_assert (self->per_first > 0 && self->per_after > 0);

  if (employees <= self->first_limit)
    return MAX (self->minimum, employees / self->per_first);

  first = self->first_limit / self->per_first;
  return MAX (self->minimum, first + (employees - self->first_limit) / self->per_after);
}

/**
 * pa_rule_set_purpose_is_availability_test:
 *
 * Returns: whether @purpose_id may only be chosen for target groups with
 *   an availability test (rådighedsafprøvning); %FALSE for an unknown id
 */
gboolean
pa_rule_set_purpose_is_availability_test (PaRuleSet  *self,
                                          const char *purpose_id)
{
  const PurposeEntry *entry;

  g_return_val_if_fail (PA_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (purpose_id != NULL, FALSE);

  entry = (const PurposeEntry *) pa_rule_set_find_purpose (self, purpose_id);
  return entry != NULL && entry->availability_test_only;
}

/**
 * pa_rule_set_get_messages:
 *
 * Returns: (transfer none) (element-type PaRuleMessage): in file order;
 *   a loaded set has one for every code of pa_finding_codes_get_all()
 */
GPtrArray *
pa_rule_set_get_messages (PaRuleSet *self)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);

  return self->messages;
}

/**
 * pa_rule_set_find_message:
 * @code: a check code, e.g. "duration-over-maximum"
 *
 * Returns: (transfer none) (nullable): the message's severity, reference
 *   and translated text with its {placeholders}
 */
const PaRuleMessage *
pa_rule_set_find_message (PaRuleSet  *self,
                          const char *code)
{
  g_return_val_if_fail (PA_IS_RULE_SET (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < self->messages->len; i++)
    {
      PaRuleMessage *message = g_ptr_array_index (self->messages, i);

      if (g_str_equal (message->code, code))
        return message;
    }
  return NULL;
}

/* The book */

static void
pa_rule_book_finalize (GObject *object)
{
  PaRuleBook *self = (PaRuleBook *)object;

  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (pa_rule_book_parent_class)->finalize (object);
}

static void
pa_rule_book_class_init (PaRuleBookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pa_rule_book_finalize;
}

static void
pa_rule_book_init (PaRuleBook *self)
{
  self->sets = g_ptr_array_new_with_free_func (g_object_unref);
  self->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted by file name, so errors come in a stable order. */
static GPtrArray *
list_rules_files (const char  *dir,
                  GError     **error)
{
  g_autoptr(GDir) gdir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  gdir = g_dir_open (dir, 0, error);
  if (gdir == NULL)
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));

  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

static gboolean
add_set (PaRuleBook  *self,
         PaRuleSet   *set,
         const char  *path,
         GError     **error)
{
  guint i;

  for (i = 0; i < self->sets->len; i++)
    {
      PaRuleSet *other = g_ptr_array_index (self->sets, i);
      int cmp = strcmp (set->effective_date, other->effective_date);

      if (cmp == 0)
        {
          g_autofree char *file = g_path_get_basename (path);

          g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                       _("%s: another rule set already takes effect on %s."),
                       file, set->effective_date);
          return FALSE;
        }
      if (cmp < 0)
        break;
    }

  g_ptr_array_insert (self->sets, i, g_object_ref (set));
  return TRUE;
}

/**
 * pa_rule_book_load_dir:
 * @dir: the folder with the rules-*.xml files
 * @errors: (out) (optional) (element-type GError) (transfer full): the
 *   problems met; a new array when *@errors is %NULL, else appended to
 *
 * Every *.xml file in @dir is a rule set. A malformed file is reported
 * in @errors and skipped, so the last good sets still apply; when none
 * loads, the book is empty and @errors has a %PA_RULES_ERROR_EMPTY.
 *
 * Returns: (transfer full): the book, never %NULL
 */
PaRuleBook *
pa_rule_book_load_dir (const char  *dir,
                       GPtrArray  **errors)
{
  g_autoptr(PaRuleBook) self = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) dir_error = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (PA_TYPE_RULE_BOOK, NULL);
  paths = list_rules_files (dir, &dir_error);

  for (guint i = 0; paths != NULL && i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(PaRuleSet) set = NULL;
      GError *error = NULL;

      set = pa_rule_set_load_file (path, &error);
      if (set == NULL || !add_set (self, set, path, &error))
        g_ptr_array_add (self->errors, error);
    }

  if (self->sets->len == 0)
    g_ptr_array_add (self->errors,
                     g_error_new (PA_RULES_ERROR, PA_RULES_ERROR_EMPTY,
                                  /* Translators: %s is a folder, then the reason */
                                  _("No rule set could be loaded from %s%s%s"), dir,
                                  dir_error ? ": " : ".",
                                  dir_error ? dir_error->message : ""));

  if (errors != NULL)
    {
      if (*errors == NULL)
        *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      for (guint i = 0; i < self->errors->len; i++)
        g_ptr_array_add (*errors, g_error_copy (g_ptr_array_index (self->errors, i)));
    }

  return g_steal_pointer (&self);
}

/**
 * pa_rule_book_default_dir:
 *
 * $PRAKTIKAFTALE_RULES_DIR if set, else the installed rules, else the
 * rules in the source tree (running uninstalled from the build folder).
 *
 * Returns: (transfer full): a folder
 */
char *
pa_rule_book_default_dir (void)
{
  const char *env = g_getenv ("PRAKTIKAFTALE_RULES_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  if (g_file_test (PKGDATADIR "/rules", G_FILE_TEST_IS_DIR))
    return g_strdup (PKGDATADIR "/rules");

  return g_strdup (SOURCE_DATADIR "/rules");
}

/**
 * pa_rule_book_get_default:
 *
 * The rules of pa_rule_book_default_dir(), loaded once per process. A
 * broken file is skipped with a warning; the UI shows
 * pa_rule_book_get_errors() to the user.
 *
 * Returns: (transfer none): the book, possibly empty, never %NULL
 */
PaRuleBook *
pa_rule_book_get_default (void)
{
  static PaRuleBook *default_book;

  if (g_once_init_enter (&default_book))
    {
      g_autofree char *dir = pa_rule_book_default_dir ();
      PaRuleBook *book = pa_rule_book_load_dir (dir, NULL);

      for (guint i = 0; i < book->errors->len; i++)
        g_warning ("%s", ((GError *) g_ptr_array_index (book->errors, i))->message);

      g_once_init_leave (&default_book, book);
    }

  return default_book;
}

/**
 * pa_rule_book_get_errors:
 *
 * Returns: (transfer none) (element-type GError): what went wrong while
 *   loading, for the UI to show; empty when all went well
 */
GPtrArray *
pa_rule_book_get_errors (PaRuleBook *self)
{
  g_return_val_if_fail (PA_IS_RULE_BOOK (self), NULL);

  return self->errors;
}

guint
pa_rule_book_get_n_sets (PaRuleBook *self)
{
  g_return_val_if_fail (PA_IS_RULE_BOOK (self), 0);

  return self->sets->len;
}

/**
 * pa_rule_book_get_set:
 * @index: 0 is the oldest set
 *
 * Returns: (transfer none): the rule set at @index, by effective date
 */
PaRuleSet *
pa_rule_book_get_set (PaRuleBook *self,
                      guint       index)
{
  g_return_val_if_fail (PA_IS_RULE_BOOK (self), NULL);
  g_return_val_if_fail (index < self->sets->len, NULL);

  return g_ptr_array_index (self->sets, index);
}

/**
 * pa_rule_book_get_for_date:
 * @iso_date: (nullable): an agreement's start date, YYYY-MM-DD
 *
 * The set in force on @iso_date: the newest one taking effect on or
 * before it. A date before every set gets the oldest set rather than
 * nothing, so an old agreement is still checked against the earliest
 * rules known. %NULL gets the newest set.
 *
 * Returns: (transfer none) (nullable): the set, or %NULL when the book
 *   is empty
 */
PaRuleSet *
pa_rule_book_get_for_date (PaRuleBook *self,
                           const char *iso_date)
{
  PaRuleSet *found = NULL;

  g_return_val_if_fail (PA_IS_RULE_BOOK (self), NULL);
  g_return_val_if_fail (iso_date == NULL || pa_validate_iso_date (iso_date, NULL, NULL), NULL);

  if (self->sets->len == 0)
    return NULL;
  if (iso_date == NULL)
    return g_ptr_array_index (self->sets, self->sets->len - 1);

  /* ISO dates sort as strings. */
  for (guint i = 0; i < self->sets->len; i++)
    {
      PaRuleSet *set = g_ptr_array_index (self->sets, i);

      if (strcmp (set->effective_date, iso_date) > 0)
        break;
      found = set;
    }

  return found ? found : g_ptr_array_index (self->sets, 0);
}
