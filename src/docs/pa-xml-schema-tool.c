/* pa-xml-schema-tool.c: prints the agreement schema, or writes it to the file given
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build-time helper behind `meson compile update-xml-schema`; not installed.
 */
#include "config.h"

#include <stdio.h>

#include "pa-xml-schema.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;
  gsize len;

  schema = pa_xml_schema_generate (&len, &error);
  if (schema == NULL ||
      (argc > 1 && !g_file_set_contents (argv[1], schema, len, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (argc <= 1)
    fwrite (schema, 1, len, stdout);
  return 0;
}
