/* pa-xml-reader.h: reads an agreement from an XML document, safely
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Anything may arrive here (mail attachments, USB sticks, other systems).
 * A document is accepted whole or not at all: on any error nothing is
 * returned, and the error names the line and the problem in plain words.
 */
#pragma once

#include "core/pa-agreement.h"
#include "pa-xml.h"

G_BEGIN_DECLS

typedef enum {
  PA_XML_READ_DEFAULT = 0,
  /* An empty <id>, or one that is not a UUID, is replaced by a new id
   * instead of failing with PA_XML_ERROR_NO_ID: "import as new". */
  PA_XML_READ_NEW_ID  = 1 << 0,
} PaXmlReadFlags;

PaAgreement *pa_xml_read_from_data      (const char    *data,
                                         gsize          len,
                                         GError       **error);
PaAgreement *pa_xml_read_from_data_full (const char    *data,
                                         gsize          len,
                                         PaXmlVariant  *out_variant,
                                         GError       **error);
PaAgreement *pa_xml_read_from_data_flags (const char     *data,
                                          gsize           len,
                                          PaXmlReadFlags  flags,
                                          PaXmlVariant   *out_variant,
                                          GError        **error);
PaAgreement *pa_xml_import_file         (const char    *path,
                                         GError       **error);
PaAgreement *pa_xml_import_file_full    (const char    *path,
                                         PaXmlVariant  *out_variant,
                                         GError       **error);
PaAgreement *pa_xml_import_file_flags   (const char      *path,
                                         PaXmlReadFlags   flags,
                                         PaXmlVariant    *out_variant,
                                         GError         **error);

G_END_DECLS
