/* pa-xml.h: the agreement's XML vocabulary: namespace, variants, errors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An agreement document is <agreement> in PA_XML_NAMESPACE with the
 * attributes format-version and variant. Every field of the model is an
 * element named after the field; a list is a wrapper element holding one
 * element per item. data/schema/praktikaftale-agreement-1.rng is generated
 * from the same field tables (see pa-xml-schema.h).
 */
#pragma once

#include <glib.h>

#include "core/pa-record.h"

G_BEGIN_DECLS

#define PA_XML_NAMESPACE      "https://praktikaftale.github.io/ns/agreement/1"
#define PA_XML_FORMAT_VERSION 1
#define PA_XML_SCHEMA_FILE    "praktikaftale-agreement-1.rng"

/* Limits far beyond any real agreement (a complete one is about 15 kB
 * and 7 levels deep, with three attributes on one element). */
#define PA_XML_MAX_SIZE       (10 * 1000 * 1000)
#define PA_XML_MAX_DEPTH      32
#define PA_XML_MAX_ATTRIBUTES 1000
/* Every element of the largest agreement the limits below admit is a
 * small part of this; 10 MB of <a/> would be 2.5 million. */
#define PA_XML_MAX_ELEMENTS   250000

typedef enum {
  PA_XML_VARIANT_FULL,     /* everything: for the jobcentre and the case file */
  PA_XML_VARIANT_COMPANY,  /* what the company may see, see pa-privacy.h */
} PaXmlVariant;

#define PA_XML_ERROR (pa_xml_error_quark ())

typedef enum {
  PA_XML_ERROR_NOT_XML,         /* not well-formed XML, or empty */
  PA_XML_ERROR_WRONG_NAMESPACE, /* XML, but not a Praktikaftale agreement */
  PA_XML_ERROR_TOO_NEW,         /* a format version newer than this build reads */
  PA_XML_ERROR_INVALID,         /* breaks the schema or the model's rules */
  PA_XML_ERROR_UNSAFE,          /* a DOCTYPE (DTD, entities) or absurd nesting */
  PA_XML_ERROR_TOO_LARGE,       /* over PA_XML_MAX_SIZE */
  PA_XML_ERROR_FAILED,          /* the schema is missing, libxml2 failed, ... */
  PA_XML_ERROR_NO_ID,           /* <id> is empty or not a UUID: import it as new */
  PA_XML_ERROR_TOO_MANY,        /* a list longer than pa_xml_list_limit() */
} PaXmlError;

GQuark      pa_xml_error_quark      (void);

const char *pa_xml_variant_to_string (PaXmlVariant   variant);
const char *pa_xml_item_name        (const PaField *list_field);
guint       pa_xml_list_limit       (const PaField *list_field);
char       *pa_xml_schema_path      (void);

G_END_DECLS
