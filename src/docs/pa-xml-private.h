/* pa-xml-private.h: what the XML writer, reader and schema generator share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "pa-xml.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

#define PA_XML_RELAXNG_NS     "http://relaxng.org/ns/structure/1.0"
#define PA_XML_ANNOTATIONS_NS "http://relaxng.org/ns/compatibility/annotations/1.0"
#define PA_XML_DATATYPES      "http://www.w3.org/2001/XMLSchema-datatypes"

/* The element name of the agreement itself. */
#define PA_XML_ROOT           "agreement"

gboolean       pa_xml_is_canonical_datetime (const char *s);

/* Values an older document may hold, mapped to today's (pa-xml-upgrade.c). */
void           pa_xml_upgrade_old_values (xmlNode *node);

/* libxml2's global state, set up once before any thread uses it. */
void           pa_xml_init              (void);

/* A memory writer set up the way every document of ours is written:
 * UTF-8, two-space indentation. */
xmlTextWriter *pa_xml_writer_new_memory (xmlBuffer  *buffer);

/* libxml2 reports failure of any writer call as a negative result. */
gboolean       pa_xml_writer_failed     (int         rc,
                                         GError    **error);

G_END_DECLS
