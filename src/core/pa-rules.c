/* pa-rules.c: the legal frame as data, loaded from the rules-*.xml files in data/rules
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides the numbers, each rule set carries the texts of the findings
 * of pa-checks.c (code, severity, provision, English text with named
 * {placeholders}), so a change in the law or its wording is a change
 * of data. A set that lacks a text for a code the checks use is refused.
 *
 * The rules files are small and written by hand, so they are read with
 * GMarkup (no libxml2 in core) and checked strictly: an unknown element
 * or attribute is an error rather than something silently ignored,
 * because a typo in a duration must not turn into a default. A file that
 * fails is skipped and reported; the other sets still apply.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pa-checks.h"
#include "pa-rules.h"
#include "pa-validate.h"

#define RULES_NS "https://praktikaftale.github.io/ns/rules/1"

G_DEFINE_QUARK (pa-rules-error-quark, pa_rules_error)

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

G_DEFINE_FINAL_TYPE (PaRuleSet, pa_rule_set, G_TYPE_OBJECT)

struct _PaRuleBook
{
  GObject    parent_instance;

  GPtrArray *sets;    /* PaRuleSet, oldest effective date first */
  GPtrArray *errors;  /* GError, from loading */
};

G_DEFINE_FINAL_TYPE (PaRuleBook, pa_rule_book, G_TYPE_OBJECT)

static void
target_group_entry_free (gpointer data)
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
  self->target_groups = g_ptr_array_new_with_free_func (target_group_entry_free);
  self->purposes = g_ptr_array_new_with_free_func (purpose_entry_free);
  self->vitas_fields = g_ptr_array_new_with_free_func (vitas_field_free);
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->messages = g_ptr_array_new_with_free_func (rule_message_free);
}

/* Parsing */

typedef enum {
  SEEN_TERMS         = 1 << 0,
  SEEN_VITAS_FIELDS  = 1 << 1,
  SEEN_PURPOSES      = 1 << 2,
  SEEN_TARGET_GROUPS = 1 << 3,
  SEEN_HOURS         = 1 << 4,
  SEEN_RATIO         = 1 << 5,
  SEEN_MESSAGES      = 1 << 6,
  SEEN_REQUIRED      = SEEN_VITAS_FIELDS | SEEN_PURPOSES | SEEN_TARGET_GROUPS |
                       SEEN_HOURS | SEEN_RATIO | SEEN_MESSAGES,
} Seen;

typedef struct {
  PaRuleSet  *set;
  const char *file;         /* base name, for messages */
  const char *contents;
  gsize       length;
  Seen        seen;
  gboolean    root_done;

  /* The element that is waiting for its <label> (or a <message> for
   * its <text>), and where the text goes. */
  const char *label_owner;
  const char *label_element;  /* "label" or "text" */
  char      **label_slot;
  GString    *label_text;
  gboolean    in_label;

  int         messages_line;  /* of <messages>, for missing messages */
  int         text_line;      /* of the <text> being read */

  char       *term_id;
  char       *term_label;
} ParseData;

typedef struct {
  const char  *name;
  gboolean     required;
  const char **value;
} AttrSpec;

static void set_error_at (GMarkupParseContext  *context,
                          ParseData            *data,
                          GError              **error,
                          PaRulesError          code,
                          const char           *format,
                          ...) G_GNUC_PRINTF (5, 6);

/* GMarkup reports the position after the tag being handled, and counts
 * the newline that follows it as the next line. Whoever fixes the file
 * looks for the line where the tag starts, so walk back to its '<'
 * (which cannot occur inside a well-formed tag). */
static int
current_tag_line (GMarkupParseContext *context,
                  ParseData           *data)
{
  const char *p = data->contents;
  const char *end = data->contents + data->length;
  int line = 1, column = 1;

  g_markup_parse_context_get_position (context, &line, &column);

  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;
  p = MIN (p + column - 1, end);

  /* Start before p: with no space between tags it is the next '<'. */
  while (p > data->contents)
    {
      p--;
      if (*p == '\n')
        line--;
      else if (*p == '<')
        break;
    }
  return MAX (line, 1);
}

/* Every message names the file and the line, so whoever maintains the
 * rules can find the mistake without a debugger. */
static void
set_error_at (GMarkupParseContext  *context,
              ParseData            *data,
              GError              **error,
              PaRulesError          code,
              const char           *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = current_tag_line (context, data);
  g_set_error (error, PA_RULES_ERROR, code,
               /* Translators: "rules-2024-01-01.xml, line 12: <what is wrong>" */
               _("%s, line %d: %s"), data->file, line, message);
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static gboolean
collect_attributes (GMarkupParseContext  *context,
                    ParseData            *data,
                    const char           *element,
                    const char          **names,
                    const char          **values,
                    AttrSpec             *specs,
                    GError              **error)
{
  for (guint i = 0; specs[i].name != NULL; i++)
    *specs[i].value = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint j;

      for (j = 0; specs[j].name != NULL; j++)
        if (g_str_equal (names[i], specs[j].name))
          break;

      if (specs[j].name == NULL)
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> has an unknown attribute “%s”."), element, names[i]);
          return FALSE;
        }
      *specs[j].value = values[i];
    }

  for (guint j = 0; specs[j].name != NULL; j++)
    {
      if (specs[j].required && (*specs[j].value == NULL || **specs[j].value == '\0'))
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> needs the attribute “%s”."), element, specs[j].name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
parse_int (GMarkupParseContext  *context,
           ParseData            *data,
           const char           *element,
           const char           *attribute,
           const char           *value,
           int                   min,
           int                  *out,
           GError              **error)
{
  gint64 v;

  if (value == NULL)
    {
      *out = 0;
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, min, 100000, &v, NULL))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s>: %s must be a whole number of at least %d, not “%s”."),
                    element, attribute, min, value);
      return FALSE;
    }

  *out = (int) v;
  return TRUE;
}

/* Accepts what the RELAX NG schema (xsd:boolean) accepts, no more. */
static gboolean
parse_boolean (GMarkupParseContext  *context,
               ParseData            *data,
               const char           *element,
               const char           *attribute,
               const char           *value,
               gboolean             *out,
               GError              **error)
{
  if (value == NULL || g_str_equal (value, "false") || g_str_equal (value, "0"))
    *out = FALSE;
  else if (g_str_equal (value, "true") || g_str_equal (value, "1"))
    *out = TRUE;
  else
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s>: %s must be “true” or “false”, not “%s”."),
                    element, attribute, value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_id (GMarkupParseContext  *context,
          ParseData            *data,
          const char           *element,
          const char           *id,
          gboolean              taken,
          GError              **error)
{
  static GRegex *pattern;

  if (g_once_init_enter (&pattern))
    g_once_init_leave (&pattern, g_regex_new ("^[a-z0-9]+(-[a-z0-9]+)*$",
                                              G_REGEX_OPTIMIZE, 0, NULL));

  if (!g_regex_match (pattern, id, 0, NULL))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s>: the id “%s” may only have lower-case letters, digits and dashes."),
                    element, id);
      return FALSE;
    }
  if (taken)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s>: the id “%s” is used twice."), element, id);
      return FALSE;
    }
  return TRUE;
}

/* The label comes as a child element; remember where it goes. */
static void
expect_label (ParseData  *data,
              const char *owner,
              char      **slot)
{
  data->label_owner = owner;
  data->label_element = "label";
  data->label_slot = slot;
}

/* A <message> has its text in a <text> child, read like a label. */
static void
expect_text (ParseData  *data,
             char      **slot)
{
  data->label_owner = "message";
  data->label_element = "text";
  data->label_slot = slot;
}

static gboolean
start_rules (GMarkupParseContext  *context,
             ParseData            *data,
             const char          **names,
             const char          **values,
             GError              **error)
{
  const char *xmlns, *effective, *name;
  AttrSpec specs[] = {
    { "xmlns", FALSE, &xmlns },
    { "effective", TRUE, &effective },
    { "name", TRUE, &name },
    { NULL },
  };
  g_autoptr(GError) local_error = NULL;

  if (!collect_attributes (context, data, "rules", names, values, specs, error))
    return FALSE;

  if (g_strcmp0 (xmlns, RULES_NS) != 0)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<rules> must be in the namespace %s."), RULES_NS);
      return FALSE;
    }

  if (!pa_validate_iso_date (effective, NULL, &local_error))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<rules>: the effective date is wrong: %s"), local_error->message);
      return FALSE;
    }

  data->set->effective_date = g_strdup (effective);
  data->set->name = g_strstrip (g_strdup (name));
  return TRUE;
}

static gboolean
start_term (GMarkupParseContext  *context,
            ParseData            *data,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *id;
  AttrSpec specs[] = {
    { "id", TRUE, &id },
    { NULL },
  };

  if (!collect_attributes (context, data, "term", names, values, specs, error) ||
      !check_id (context, data, "term", id,
                 g_hash_table_contains (data->set->terms, id), error))
    return FALSE;

  data->term_id = g_strdup (id);
  expect_label (data, "term", &data->term_label);
  return TRUE;
}

static gboolean
start_vitas_field (GMarkupParseContext  *context,
                   ParseData            *data,
                   const char          **names,
                   const char          **values,
                   GError              **error)
{
  PaVitasField *field;
  const char *id;
  AttrSpec specs[] = {
    { "id", TRUE, &id },
    { NULL },
  };

  if (!collect_attributes (context, data, "vitas-field", names, values, specs, error) ||
      !check_id (context, data, "vitas-field", id,
                 pa_rule_set_find_vitas_field (data->set, id) != NULL, error))
    return FALSE;

  field = g_new0 (PaVitasField, 1);
  field->id = g_strdup (id);
  g_ptr_array_add (data->set->vitas_fields, field);
  expect_label (data, "vitas-field", &field->label);
  return TRUE;
}

static gboolean
start_purpose (GMarkupParseContext  *context,
               ParseData            *data,
               const char          **names,
               const char          **values,
               GError              **error)
{
  PurposeEntry *entry;
  const char *id, *legal, *reference, *vitas_field, *needs_reason;
  const char *availability_only, *groups;
  gboolean is_legal, is_needs_reason, is_availability_only;
  AttrSpec specs[] = {
    { "id", TRUE, &id },
    { "legal", TRUE, &legal },
    { "reference", FALSE, &reference },
    { "vitas-field", FALSE, &vitas_field },
    { "needs-reason", FALSE, &needs_reason },
    { "availability-test-only", FALSE, &availability_only },
    { "groups", FALSE, &groups },
    { NULL },
  };

  if (!collect_attributes (context, data, "purpose", names, values, specs, error) ||
      !check_id (context, data, "purpose", id,
                 pa_rule_set_find_purpose (data->set, id) != NULL, error) ||
      !parse_boolean (context, data, "purpose", "legal", legal, &is_legal, error) ||
      !parse_boolean (context, data, "purpose", "needs-reason", needs_reason,
                      &is_needs_reason, error) ||
      !parse_boolean (context, data, "purpose", "availability-test-only",
                      availability_only, &is_availability_only, error))
    return FALSE;

  /* A legal purpose is only as good as the provision it cites. */
  if (is_legal && (reference == NULL || *reference == '\0'))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<purpose> “%s” is legal, so it needs the attribute “reference”."), id);
      return FALSE;
    }

  entry = g_new0 (PurposeEntry, 1);
  entry->pub.id = g_strdup (id);
  entry->pub.reference = g_strdup (reference);
  entry->pub.legal = is_legal;
  entry->pub.needs_reason = is_needs_reason;
  entry->pub.vitas_field = g_strdup (vitas_field);
  entry->availability_test_only = is_availability_only;
  entry->groups = groups ? g_strsplit_set (groups, " \t\n", -1) : NULL;
  entry->line = current_tag_line (context, data);
  g_ptr_array_add (data->set->purposes, entry);
  expect_label (data, "purpose", &entry->pub.label);
  return TRUE;
}

static gboolean
check_target_group (GMarkupParseContext  *context,
                    ParseData            *data,
                    const PaTargetGroup  *group,
                    GError              **error)
{
  if (group->extension_max_weeks != 0 && group->extension_max_weeks <= group->max_weeks)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<target-group> “%s”: extension-max-weeks (%d) must be more than max-weeks (%d), or 0 for no extension."),
                    group->id, group->extension_max_weeks, group->max_weeks);
      return FALSE;
    }
  if (group->extension_step_weeks != 0 && group->extension_max_weeks == 0)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<target-group> “%s”: extension-step-weeks needs extension-max-weeks."),
                    group->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
start_target_group (GMarkupParseContext  *context,
                    ParseData            *data,
                    const char          **names,
                    const char          **values,
                    GError              **error)
{
  g_autofree TargetGroupEntry *entry = g_new0 (TargetGroupEntry, 1);
  PaTargetGroup *group = &entry->pub;
  const char *id, *reference, *max_weeks, *ext_max, *ext_step;
  const char *close, *availability, *repeat;
  AttrSpec specs[] = {
    { "id", TRUE, &id },
    { "reference", TRUE, &reference },
    { "max-weeks", TRUE, &max_weeks },
    { "extension-max-weeks", FALSE, &ext_max },
    { "extension-step-weeks", FALSE, &ext_step },
    { "close-follow-up", FALSE, &close },
    { "availability-test", FALSE, &availability },
    { "repeat-needs-new-function", FALSE, &repeat },
    { NULL },
  };

  if (!collect_attributes (context, data, "target-group", names, values, specs, error) ||
      !check_id (context, data, "target-group", id,
                 pa_rule_set_find_target_group (data->set, id) != NULL, error) ||
      !parse_int (context, data, "target-group", "max-weeks", max_weeks, 1,
                  &group->max_weeks, error) ||
      !parse_int (context, data, "target-group", "extension-max-weeks", ext_max, 0,
                  &group->extension_max_weeks, error) ||
      !parse_int (context, data, "target-group", "extension-step-weeks", ext_step, 0,
                  &group->extension_step_weeks, error) ||
      !parse_boolean (context, data, "target-group", "close-follow-up", close,
                      &group->close_follow_up, error) ||
      !parse_boolean (context, data, "target-group", "availability-test", availability,
                      &group->availability_test, error) ||
      !parse_boolean (context, data, "target-group", "repeat-needs-new-function", repeat,
                      &group->repeat_needs_new_function, error))
    return FALSE;

  group->id = g_strdup (id);
  entry->reference = g_strdup (reference);
  if (!check_target_group (context, data, group, error))
    {
      target_group_entry_free (g_steal_pointer (&entry));
      return FALSE;
    }

  expect_label (data, "target-group", &group->label);
  g_ptr_array_add (data->set->target_groups, g_steal_pointer (&entry));
  return TRUE;
}

static gboolean
parse_time_attr (GMarkupParseContext  *context,
                 ParseData            *data,
                 const char           *attribute,
                 const char           *value,
                 int                  *minutes,
                 GError              **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!pa_validate_time (value, minutes, &local_error))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    "<hours>: %s: %s", attribute, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
start_hours (GMarkupParseContext  *context,
             ParseData            *data,
             const char          **names,
             const char          **values,
             GError              **error)
{
  PaRuleSet *set = data->set;
  const char *reference, *full_time, *day_start, *day_end, *weekdays_only;
  char *end = NULL;
  AttrSpec specs[] = {
    { "reference", TRUE, &reference },
    { "full-time", TRUE, &full_time },
    { "day-start", TRUE, &day_start },
    { "day-end", TRUE, &day_end },
    { "weekdays-only", FALSE, &weekdays_only },
    { NULL },
  };

  if (!collect_attributes (context, data, "hours", names, values, specs, error))
    return FALSE;

  set->full_time_hours = g_ascii_strtod (full_time, &end);
  if (end == full_time || *end != '\0' ||
      !(set->full_time_hours > 0 && set->full_time_hours <= 168))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<hours>: full-time must be a number of hours between 0 and 168, not “%s”."),
                    full_time);
      return FALSE;
    }

  if (!parse_time_attr (context, data, "day-start", day_start, &set->day_start, error) ||
      !parse_time_attr (context, data, "day-end", day_end, &set->day_end, error) ||
      !parse_boolean (context, data, "hours", "weekdays-only", weekdays_only,
                      &set->weekdays_only, error))
    return FALSE;

  if (set->day_end <= set->day_start)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<hours>: day-end must be later than day-start."));
      return FALSE;
    }

  set->hours_reference = g_strdup (reference);
  return TRUE;
}

static gboolean
start_ratio (GMarkupParseContext  *context,
             ParseData            *data,
             const char          **names,
             const char          **values,
             GError              **error)
{
  PaRuleSet *set = data->set;
  const char *reference, *per_first, *first_limit, *per_after, *minimum;
  AttrSpec specs[] = {
    { "reference", TRUE, &reference },
    { "per-first", TRUE, &per_first },
    { "first-limit", TRUE, &first_limit },
    { "per-after", TRUE, &per_after },
    { "minimum", TRUE, &minimum },
    { NULL },
  };

  if (!collect_attributes (context, data, "ratio", names, values, specs, error) ||
      !parse_int (context, data, "ratio", "per-first", per_first, 1, &set->per_first, error) ||
      !parse_int (context, data, "ratio", "first-limit", first_limit, 1, &set->first_limit, error) ||
      !parse_int (context, data, "ratio", "per-after", per_after, 1, &set->per_after, error) ||
      !parse_int (context, data, "ratio", "minimum", minimum, 0, &set->minimum, error))
    return FALSE;

  set->ratio_reference = g_strdup (reference);
  return TRUE;
}

static void
start_messages (GMarkupParseContext *context,
                ParseData           *data)
{
  data->messages_line = current_tag_line (context, data);
}

static gboolean
parse_severity (GMarkupParseContext  *context,
                ParseData            *data,
                const char           *value,
                PaSeverity           *out,
                GError              **error)
{
  if (g_str_equal (value, "error"))
    *out = PA_SEVERITY_ERROR;
  else if (g_str_equal (value, "warning"))
    *out = PA_SEVERITY_WARNING;
  else if (g_str_equal (value, "info"))
    *out = PA_SEVERITY_INFO;
  else
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<message>: severity must be “error”, “warning” or “info”, not “%s”."),
                    value);
      return FALSE;
    }
  return TRUE;
}

/* Only codes the checks use: a message for a misspelt code would
 * otherwise never be shown, and the real one would be missing. */
static gboolean
start_message (GMarkupParseContext  *context,
               ParseData            *data,
               const char          **names,
               const char          **values,
               GError              **error)
{
  PaRuleMessage *message;
  const char *code, *severity, *reference;
  PaSeverity level;
  AttrSpec specs[] = {
    { "code", TRUE, &code },
    { "severity", TRUE, &severity },
    { "reference", FALSE, &reference },
    { NULL },
  };

  if (!collect_attributes (context, data, "message", names, values, specs, error) ||
      !check_id (context, data, "message", code,
                 pa_rule_set_find_message (data->set, code) != NULL, error) ||
      !parse_severity (context, data, severity, &level, error))
    return FALSE;

  if (pa_check_get_placeholders (code) == NULL)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<message>: the checks have no code “%s”."), code);
      return FALSE;
    }
  if (reference != NULL && is_blank (reference))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<message> “%s”: the reference is empty; leave it out for good practice that no provision requires."),
                    code);
      return FALSE;
    }

  message = g_new0 (PaRuleMessage, 1);
  message->code = g_strdup (code);
  message->severity = level;
  message->reference = g_strdup (reference);
  g_ptr_array_add (data->set->messages, message);
  expect_text (data, &message->text);
  return TRUE;
}

/* Where each element may appear, and which section flag it sets. */
static const struct {
  const char *name;
  const char *parent;
  Seen        section;
} elements[] = {
  { "rules", NULL, 0 },
  { "terms", "rules", SEEN_TERMS },
  { "vitas-fields", "rules", SEEN_VITAS_FIELDS },
  { "purposes", "rules", SEEN_PURPOSES },
  { "target-groups", "rules", SEEN_TARGET_GROUPS },
  { "hours", "rules", SEEN_HOURS },
  { "ratio", "rules", SEEN_RATIO },
  { "messages", "rules", SEEN_MESSAGES },
  { "term", "terms", 0 },
  { "vitas-field", "vitas-fields", 0 },
  { "purpose", "purposes", 0 },
  { "target-group", "target-groups", 0 },
  { "message", "messages", 0 },
};

static gboolean
check_placement (GMarkupParseContext  *context,
                 ParseData            *data,
                 const char           *element,
                 GError              **error)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next ? stack->next->data : NULL;

  if (parent == NULL && !g_str_equal (element, "rules"))
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("This is not a rules file: it starts with <%s>, not <rules>."), element);
      return FALSE;
    }

  if (g_str_equal (element, "label") || g_str_equal (element, "text"))
    {
      if (data->label_owner == NULL || g_strcmp0 (parent, data->label_owner) != 0 ||
          !g_str_equal (element, data->label_element))
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> is not expected here."), element);
          return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      if (!g_str_equal (element, elements[i].name))
        continue;

      if (g_strcmp0 (parent, elements[i].parent) != 0)
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> does not belong inside <%s>."), element, parent);
          return FALSE;
        }
      if (elements[i].section & data->seen)
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> appears twice."), element);
          return FALSE;
        }
      data->seen |= elements[i].section;
      return TRUE;
    }

  set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                _("Unknown element <%s>."), element);
  return FALSE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ParseData *data = user_data;

  if (!check_placement (context, data, element, error))
    return;

  if (g_str_equal (element, "label") || g_str_equal (element, "text"))
    {
      if (!collect_attributes (context, data, element, names, values,
                               (AttrSpec[]) { { NULL } }, error))
        return;
      data->in_label = TRUE;
      data->text_line = current_tag_line (context, data);
      g_string_truncate (data->label_text, 0);
    }
  else if (g_str_equal (element, "rules"))
    start_rules (context, data, names, values, error);
  else if (g_str_equal (element, "term"))
    start_term (context, data, names, values, error);
  else if (g_str_equal (element, "vitas-field"))
    start_vitas_field (context, data, names, values, error);
  else if (g_str_equal (element, "purpose"))
    start_purpose (context, data, names, values, error);
  else if (g_str_equal (element, "target-group"))
    start_target_group (context, data, names, values, error);
  else if (g_str_equal (element, "hours"))
    start_hours (context, data, names, values, error);
  else if (g_str_equal (element, "ratio"))
    start_ratio (context, data, names, values, error);
  else if (g_str_equal (element, "messages"))
    {
      if (collect_attributes (context, data, element, names, values,
                              (AttrSpec[]) { { NULL } }, error))
        start_messages (context, data);
    }
  else if (g_str_equal (element, "message"))
    start_message (context, data, names, values, error);
  else
    collect_attributes (context, data, element, names, values,
                        (AttrSpec[]) { { NULL } }, error);
}

/* Message texts are long and wrap over lines in the file; like the
 * ITS rule (space="default"), fold each run of white space into one
 * space, so the msgid is the same for xgettext and for us. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Every {name} in @text must be one the checks fill in for @code; a
 * brace out of place is a typo. Returns a description of the first
 * problem, or %NULL. */
static char *
find_placeholder_problem (const char *code,
                          const char *text)
{
  const char * const *allowed = pa_check_get_placeholders (code);

  for (const char *p = text; *p != '\0'; p++)
    {
      g_autofree char *name = NULL;
      const char *end;

      if (*p == '}')
        return g_strdup (_("a “}” without “{”"));
      if (*p != '{')
        continue;

      for (end = p + 1; g_ascii_islower (*end) || *end == '_'; end++)
        ;
      if (*end != '}' || end == p + 1)
        return g_strdup (_("a “{” that does not start a {placeholder}"));

      name = g_strndup (p + 1, end - p - 1);
      if (allowed == NULL || !g_strv_contains (allowed, name))
        {
          g_autofree char *known = allowed ? g_strjoinv (", ", (char **) allowed) : g_strdup ("");

          /* Translators: the first %s is a placeholder name, the second a list of them */
          return g_strdup_printf (_("the unknown placeholder {%s} (known here: %s)"),
                                  name, *known ? known : _("none"));
        }
      p = end;
    }
  return NULL;
}

/* The English text is checked strictly; a translation with a broken
 * placeholder falls back to English rather than showing "{wekes}". */
static char *
translate_message (ParseData  *data,
                   const char *code,
                   const char *text)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, text);
  g_autofree char *problem = NULL;

  if (translated != text && (problem = find_placeholder_problem (code, translated)) != NULL)
    {
      g_warning ("%s: the translation of the message “%s” has %s; showing the English text",
                 data->file, code, problem);
      translated = text;
    }
  return g_strdup (translated);
}

static void
end_label (GMarkupParseContext  *context,
           ParseData            *data,
           GError              **error)
{
  g_autofree char *raw = g_string_free (g_steal_pointer (&data->label_text), FALSE);
  g_autofree char *text = NULL;
  gboolean is_text = g_str_equal (data->label_element, "text");

  data->label_text = g_string_new (NULL);
  data->in_label = FALSE;

  if (*data->label_slot != NULL)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s> has more than one <%s>."), data->label_owner, data->label_element);
      return;
    }

  /* The msgid is the text as praktikaftale-rules.its extracts it:
   * labels trimmed, message texts with their white space folded. */
  text = is_text ? collapse_spaces (raw) : g_strdup (g_strstrip (raw));

  /* g_dgettext ("") would return the catalogue header. */
  if (*text == '\0')
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<%s> is empty."), data->label_element);
      return;
    }

  if (is_text)
    {
      const PaRuleMessage *message = g_ptr_array_index (data->set->messages,
                                                        data->set->messages->len - 1);
      g_autofree char *problem = find_placeholder_problem (message->code, text);

      if (problem != NULL)
        {
          /* Translators: the first %s is a message code, the second what is wrong */
          g_autofree char *what = g_strdup_printf (_("<message> “%s”: the text has %s."),
                                                   message->code, problem);

          /* Where the text starts: it may run over several lines. */
          g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                       _("%s, line %d: %s"), data->file, data->text_line, what);
          return;
        }
      *data->label_slot = translate_message (data, message->code, text);
      return;
    }

  *data->label_slot = g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
}

/* Ids that purposes point to must exist; checked at the end, so the
 * sections may come in any order. */
static gboolean
check_references (GMarkupParseContext  *context,
                  ParseData            *data,
                  GError              **error)
{
  for (guint i = 0; i < data->set->purposes->len; i++)
    {
      PurposeEntry *entry = g_ptr_array_index (data->set->purposes, i);
      gboolean found = entry->pub.vitas_field == NULL;

      for (guint j = 0; !found && j < data->set->vitas_fields->len; j++)
        {
          PaVitasField *field = g_ptr_array_index (data->set->vitas_fields, j);
          found = g_str_equal (field->id, entry->pub.vitas_field);
        }
      if (!found)
        {
          g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                       _("%s, line %d: %s"), data->file, entry->line,
                       _("<purpose> refers to a <vitas-field> that does not exist."));
          return FALSE;
        }

      for (guint j = 0; entry->groups != NULL && entry->groups[j] != NULL; j++)
        {
          if (*entry->groups[j] != '\0' &&
              pa_rule_set_find_target_group (data->set, entry->groups[j]) == NULL)
            {
              g_autofree char *message =
                g_strdup_printf (_("<purpose> refers to the target group “%s”, which does not exist."),
                                 entry->groups[j]);
              g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                           _("%s, line %d: %s"), data->file, entry->line, message);
              return FALSE;
            }
        }
    }

  if ((data->seen & SEEN_REQUIRED) != SEEN_REQUIRED)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<rules> needs <vitas-fields>, <purposes>, <target-groups>, <hours>, <ratio> and <messages>."));
      return FALSE;
    }

  /* A check without its text could only show its code. */
  for (const char * const *code = pa_check_get_codes (); *code != NULL; code++)
    {
      if (pa_rule_set_find_message (data->set, *code) == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("<messages> has no <message> for the code “%s”, which the checks need."),
                             *code);
          g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                       _("%s, line %d: %s"), data->file, data->messages_line, message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ParseData *data = user_data;

  if (g_str_equal (element, "label") || g_str_equal (element, "text"))
    end_label (context, data, error);
  else if (g_strcmp0 (element, data->label_owner) == 0)
    {
      if (*data->label_slot == NULL)
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("<%s> has no <%s>."), element, data->label_element);
          return;
        }
      if (g_str_equal (element, "term"))
        g_hash_table_insert (data->set->terms,
                             g_steal_pointer (&data->term_id),
                             g_steal_pointer (&data->term_label));
      data->label_owner = NULL;
      data->label_element = NULL;
      data->label_slot = NULL;
    }
  else if (g_str_equal (element, "rules"))
    {
      data->root_done = TRUE;
      check_references (context, data, error);
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  ParseData *data = user_data;

  if (data->in_label)
    {
      g_string_append_len (data->label_text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                        _("Text is only allowed inside <label> and <text>."));
          return;
        }
    }
}

static const GMarkupParser parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

/* GMarkup's own syntax errors start with "Error on line N char M: ";
 * restate them in our "file, line N:" form. */
static GError *
syntax_error (GMarkupParseContext *context,
              ParseData           *data,
              const GError        *markup_error)
{
  g_autofree char *prefix = NULL;
  const char *message = markup_error->message;
  int line = 0, column = 0;

  g_markup_parse_context_get_position (context, &line, &column);
  prefix = g_strdup_printf (g_dgettext ("glib20", "Error on line %d char %d: "), line, column);
  if (g_str_has_prefix (message, prefix))
    message += strlen (prefix);

  return g_error_new (PA_RULES_ERROR, PA_RULES_ERROR_PARSE,
                      _("%s, line %d: %s"), data->file, line, message);
}

static void
parse_data_clear (ParseData *data)
{
  if (data->label_text != NULL)
    g_string_free (data->label_text, TRUE);
  g_free (data->term_id);
  g_free (data->term_label);
}

/**
 * pa_rule_set_load_file:
 * @path: a rules-*.xml file
 *
 * Returns: (transfer full) (nullable): the rule set, or %NULL with @error
 *   set in %PA_RULES_ERROR to a message that names the file and the line
 */
PaRuleSet *
pa_rule_set_load_file (const char  *path,
                       GError     **error)
{
  g_autoptr(PaRuleSet) set = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *file = NULL;
  ParseData data = { 0 };
  gsize length;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_path_get_basename (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE,
                   /* Translators: %s is a file name, then the reason */
                   _("%s: cannot be read: %s"), file, local_error->message);
      return NULL;
    }

  set = g_object_new (PA_TYPE_RULE_SET, NULL);
  data.set = set;
  data.file = file;
  data.contents = contents;
  data.length = length;
  data.label_text = g_string_new (NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &data, NULL);
  ok = g_markup_parse_context_parse (context, contents, length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);
  parse_data_clear (&data);

  if (ok && !data.root_done)
    {
      g_set_error (&local_error, PA_RULES_ERROR, PA_RULES_ERROR_INVALID,
                   _("%s: this is not a rules file; it has no <rules> element."), file);
      ok = FALSE;
    }

  if (!ok)
    {
      if (local_error->domain == G_MARKUP_ERROR)
        g_propagate_error (error, syntax_error (context, &data, local_error));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&set);
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
 *   a loaded set has one for every code of pa_check_get_codes()
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
