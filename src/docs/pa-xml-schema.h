/* pa-xml-schema.h: the RELAX NG schema of agreement documents, generated from the field tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/schema/praktikaftale-agreement-1.rng is this function's output,
 * committed so it can be published and installed; a test fails when the
 * two differ. Regenerate with `meson compile -C build update-xml-schema`.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pa_xml_schema_generate (gsize   *len,
                              GError **error);

G_END_DECLS
