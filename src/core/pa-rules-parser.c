/* pa-rules-parser.c: reads a rules-*.xml file into a rule set, strictly
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A set that lacks a text for a code the checks use is refused.
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

#include "pa-file-util.h"
#include "pa-finding-codes.h"
#include "pa-rules-private.h"
#include "pa-validate.h"

#define RULES_NS "https://praktikaftale.github.io/ns/rules/1"
/* The largest rules file read: the ones shipped are a few kilobytes. */
#define PA_RULES_MAX_FILE_SIZE (4 * 1024 * 1024)

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
  const char *close, *availability, *repeat, *recent;
  AttrSpec specs[] = {
    { "id", TRUE, &id },
    { "reference", TRUE, &reference },
    { "max-weeks", TRUE, &max_weeks },
    { "extension-max-weeks", FALSE, &ext_max },
    { "extension-step-weeks", FALSE, &ext_step },
    { "close-follow-up", FALSE, &close },
    { "availability-test", FALSE, &availability },
    { "repeat-needs-new-function", FALSE, &repeat },
    { "recent-employer-assessment", FALSE, &recent },
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
                      &group->repeat_needs_new_function, error) ||
      !parse_boolean (context, data, "target-group", "recent-employer-assessment", recent,
                      &group->recent_employer_assessment, error))
    return FALSE;

  group->id = g_strdup (id);
  entry->reference = g_strdup (reference);
  if (!check_target_group (context, data, group, error))
    {
      pa_target_group_entry_free (g_steal_pointer (&entry));
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

  if (pa_finding_codes_get_placeholders (code) == NULL)
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
  const char * const *allowed = pa_finding_codes_get_placeholders (code);

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
check_purpose_references (ParseData  *data,
                          GError    **error)
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
  return TRUE;
}

/* A check without its text could only show its code. */
static gboolean
check_messages_complete (ParseData  *data,
                         GError    **error)
{
  for (const char * const *code = pa_finding_codes_get_all (); *code != NULL; code++)
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

/* At the end of <rules>: the cross-references, the required sections,
 * and a text for every check. */
static gboolean
check_references (GMarkupParseContext  *context,
                  ParseData            *data,
                  GError              **error)
{
  if (!check_purpose_references (data, error))
    return FALSE;

  if ((data->seen & SEEN_REQUIRED) != SEEN_REQUIRED)
    {
      set_error_at (context, data, error, PA_RULES_ERROR_INVALID,
                    _("<rules> needs <vitas-fields>, <purposes>, <target-groups>, <hours>, <ratio> and <messages>."));
      return FALSE;
    }

  return check_messages_complete (data, error);
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
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  g_autofree char *file = NULL;
  ParseData data = { 0 };
  gsize length;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_path_get_basename (path);
  /* Not g_file_get_contents(): a pipe named rules-x.xml would hold up
   * the start, and a device would never end. */
  bytes = pa_file_read_regular (path, PA_RULES_MAX_FILE_SIZE, &local_error);
  if (bytes == NULL)
    {
      /* The message names the file and says why. */
      g_set_error_literal (error, PA_RULES_ERROR, PA_RULES_ERROR_PARSE, local_error->message);
      return NULL;
    }

  contents = g_bytes_get_data (bytes, &length);
  if (contents == NULL)
    contents = "";
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
