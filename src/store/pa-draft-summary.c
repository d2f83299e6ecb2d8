/* pa-draft-summary.c: one row of the draft list, read without loading the draft
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pa-draft-summary.h"

struct _PaDraftSummary
{
  GObject  parent_instance;
  char    *values[7];
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
