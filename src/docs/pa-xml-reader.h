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

PaAgreement *pa_xml_read_from_data      (const char    *data,
                                         gsize          len,
                                         GError       **error);
PaAgreement *pa_xml_read_from_data_full (const char    *data,
                                         gsize          len,
                                         PaXmlVariant  *out_variant,
                                         GError       **error);
PaAgreement *pa_xml_import_file         (const char    *path,
                                         GError       **error);
PaAgreement *pa_xml_import_file_full    (const char    *path,
                                         PaXmlVariant  *out_variant,
                                         GError       **error);

G_END_DECLS
