/* pa-xml-writer.h: writes an agreement as an XML document
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pa-agreement.h"
#include "pa-xml.h"

G_BEGIN_DECLS

char     *pa_xml_write_to_string (PaAgreement   *agreement,
                                  PaXmlVariant   variant,
                                  gsize         *len,
                                  GError       **error);
gboolean  pa_xml_export_file     (PaAgreement   *agreement,
                                  PaXmlVariant   variant,
                                  const char    *path,
                                  GError       **error);

G_END_DECLS
