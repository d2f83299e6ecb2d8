/* pa-record.h: a GObject whose properties are declared by a field table
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every part of an agreement (citizen, goal, restriction, ...) is a
 * PaRecord subclass that declares its fields in a static PaField table.
 * The table gives the GObject properties, the SQLite columns and the XML
 * elements, so the model, the store and the documents cannot drift apart.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  PA_FIELD_STRING,   /* free text; "" is stored as NULL */
  PA_FIELD_INT,
  PA_FIELD_DOUBLE,
  PA_FIELD_BOOLEAN,
  PA_FIELD_DATE,     /* "YYYY-MM-DD" or NULL */
  PA_FIELD_TIME,     /* "HH:MM" or NULL */
  PA_FIELD_DATETIME, /* ISO 8601 with offset, or NULL */
  PA_FIELD_CHILD,    /* exactly one child record, always present */
  PA_FIELD_LIST,     /* ordered GListStore of child records */
} PaFieldKind;

typedef enum {
  PA_FIELD_FLAG_NONE      = 0,
  /* Bookkeeping, not content: changing it leaves approvals in place. */
  PA_FIELD_FLAG_META      = 1 << 0,
  /* Indexed for full-text search of drafts. */
  PA_FIELD_FLAG_SEARCH    = 1 << 1,
  /* Personal data the company never sees (CPR, internal notes, ...). */
  PA_FIELD_FLAG_SENSITIVE = 1 << 2,
  /* Required before the agreement can be approved. */
  PA_FIELD_FLAG_REQUIRED  = 1 << 3,
} PaFieldFlags;

typedef struct {
  const char          *name;        /* property name; column and element name */
  PaFieldKind          kind;
  PaFieldFlags         flags;
  double               min;         /* INT/DOUBLE range; LIST: max items if max > 0 */
  double               max;
  GType              (*child_type) (void);   /* CHILD and LIST */
  const char * const  *choices;     /* STRING: allowed values, NULL-terminated */
  const char          *label;       /* English label, marked with N_() */
} PaField;

#define PA_TYPE_RECORD (pa_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (PaRecord, pa_record, PA, RECORD, GObject)

struct _PaRecordClass
{
  GObjectClass   parent_class;

  /*< private >*/
  const char    *type_name;
  const PaField *fields;
  guint          n_fields;
  GParamSpec   **pspecs;
};

void            pa_record_class_install_fields (PaRecordClass  *klass,
                                                const char     *type_name,
                                                const PaField  *fields,
                                                guint           n_fields);
const PaField  *pa_record_class_get_fields     (PaRecordClass  *klass,
                                                guint          *n_fields);
const char     *pa_record_class_get_type_name  (PaRecordClass  *klass);
const PaField  *pa_record_class_find_field     (PaRecordClass  *klass,
                                                const char     *name,
                                                guint          *index);

const char     *pa_record_get_type_name        (PaRecord       *self);
const PaField  *pa_record_get_fields           (PaRecord       *self,
                                                guint          *n_fields);
PaRecord       *pa_record_get_parent           (PaRecord       *self);

const char     *pa_record_get_string           (PaRecord       *self,
                                                const char     *field);
void            pa_record_set_string           (PaRecord       *self,
                                                const char     *field,
                                                const char     *value);
int             pa_record_get_int              (PaRecord       *self,
                                                const char     *field);
void            pa_record_set_int              (PaRecord       *self,
                                                const char     *field,
                                                int             value);
double          pa_record_get_double           (PaRecord       *self,
                                                const char     *field);
void            pa_record_set_double           (PaRecord       *self,
                                                const char     *field,
                                                double          value);
gboolean        pa_record_get_boolean          (PaRecord       *self,
                                                const char     *field);
void            pa_record_set_boolean          (PaRecord       *self,
                                                const char     *field,
                                                gboolean        value);
PaRecord       *pa_record_get_child            (PaRecord       *self,
                                                const char     *field);
GListStore     *pa_record_get_list             (PaRecord       *self,
                                                const char     *field);
PaRecord       *pa_record_add                  (PaRecord       *self,
                                                const char     *list_field);

/* Index-based access for generic code (store, XML). */
const GValue   *pa_record_peek_value           (PaRecord       *self,
                                                guint           index);
gboolean        pa_record_set_value            (PaRecord       *self,
                                                guint           index,
                                                const GValue   *value);

gboolean        pa_record_equal                (PaRecord       *a,
                                                PaRecord       *b);
void            pa_record_copy_into            (PaRecord       *src,
                                                PaRecord       *dest);
gboolean        pa_record_field_value_is_valid (const PaField  *field,
                                                const GValue   *value);

G_END_DECLS
