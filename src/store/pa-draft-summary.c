/* pa-draft-summary.c: one row of the draft list, read without loading the draft
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pa-draft-summary.h"

struct _PaDraftSummary
{
  GObject  parent_instance;
  char    *values[7];
  /* Why a search result matched (pa-store-search.c); unset in the plain list. */
  GStrv    terms;
  char    *match_where;
  char    *match_excerpt;
};

G_DEFINE_FINAL_TYPE (PaDraftSummary, pa_draft_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CITIZEN_NAME,
  PROP_COMPANY_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_STATUS,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pa_draft_summary_finalize (GObject *object)
{
  PaDraftSummary *self = PA_DRAFT_SUMMARY (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    g_free (self->values[i]);
  g_strfreev (self->terms);
  g_free (self->match_where);
  g_free (self->match_excerpt);

  G_OBJECT_CLASS (pa_draft_summary_parent_class)->finalize (object);
}

static void
pa_draft_summary_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PaDraftSummary *self = PA_DRAFT_SUMMARY (object);

  g_value_set_string (value, self->values[prop_id - 1]);
}

static void
pa_draft_summary_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PaDraftSummary *self = PA_DRAFT_SUMMARY (object);

  g_free (self->values[prop_id - 1]);
  self->values[prop_id - 1] = g_value_dup_string (value);
}

static void
pa_draft_summary_class_init (PaDraftSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *names[] = {
    NULL, "id", "citizen-name", "company-name", "start-date", "end-date", "status", "modified"
  };

  object_class->finalize = pa_draft_summary_finalize;
  object_class->get_property = pa_draft_summary_get_property;
  object_class->set_property = pa_draft_summary_set_property;

  for (guint i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pa_draft_summary_init (PaDraftSummary *self)
{
}

PaDraftSummary *
pa_draft_summary_new (const char *id,
                      const char *citizen_name,
                      const char *company_name,
                      const char *start_date,
                      const char *end_date,
                      const char *status,
                      const char *modified)
{
  PaDraftSummary *self = g_object_new (PA_TYPE_DRAFT_SUMMARY, NULL);

  /* Set the fields directly: 10,000 rows are built at start-up, and
   * property setting through GValues would cost more than the query. */
  self->values[0] = g_strdup (id);
  self->values[1] = g_strdup (citizen_name);
  self->values[2] = g_strdup (company_name);
  self->values[3] = g_strdup (start_date);
  self->values[4] = g_strdup (end_date);
  self->values[5] = g_strdup (status);
  self->values[6] = g_strdup (modified);
  return self;
}

#define GETTER(name, index)                                \
const char *                                               \
pa_draft_summary_get_##name (PaDraftSummary *self)         \
{                                                          \
  g_return_val_if_fail (PA_IS_DRAFT_SUMMARY (self), NULL); \
  return self->values[index];                              \
}

GETTER (id, 0)
GETTER (citizen_name, 1)
GETTER (company_name, 2)
GETTER (start_date, 3)
GETTER (end_date, 4)
GETTER (status, 5)
GETTER (modified, 6)

/**
 * pa_draft_summary_set_match:
 * @terms: (nullable): the folded words of the search, for highlights
 * @where: (nullable): the translated name of the field it matched in,
 *   when that is not the name or the company
 * @excerpt: (nullable): the words around the match in that field
 *
 * Set once by the search, before the summary is shown.
 */
void
pa_draft_summary_set_match (PaDraftSummary     *self,
                            const char * const *terms,
                            const char         *where,
                            const char         *excerpt)
{
  g_return_if_fail (PA_IS_DRAFT_SUMMARY (self));

  g_strfreev (self->terms);
  self->terms = g_strdupv ((GStrv) terms);
  g_free (self->match_where);
  self->match_where = g_strdup (where);
  g_free (self->match_excerpt);
  self->match_excerpt = g_strdup (excerpt);
}

const char * const *
pa_draft_summary_get_terms (PaDraftSummary *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_SUMMARY (self), NULL);

  return (const char * const *) self->terms;
}

const char *
pa_draft_summary_get_match_where (PaDraftSummary *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_SUMMARY (self), NULL);

  return self->match_where;
}

const char *
pa_draft_summary_get_match_excerpt (PaDraftSummary *self)
{
  g_return_val_if_fail (PA_IS_DRAFT_SUMMARY (self), NULL);

  return self->match_excerpt;
}
