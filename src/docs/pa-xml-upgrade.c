/* pa-xml-upgrade.c: values an older document may hold, mapped before the schema
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format version stays 1 when a choice gains values; a value it has
 * lost is mapped here, so a document written by an older Praktikaftale
 * still imports. Until migration 7 a restriction's category was
 * physical, psychological, social or other; now it is one of nine
 * (pa_restriction_category_upgrade decides, reading the citizen's words).
 */
#include "config.h"

#include "core/pa-restriction-analysis.h"

#include "pa-xml-private.h"

static xmlNode *
child_element (xmlNode    *parent,
               const char *name)
{
  for (xmlNode *n = parent->children; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, BAD_CAST name))
      return n;
  return NULL;
}

static void
upgrade_restriction (xmlNode *restriction)
{
  xmlNode *category = child_element (restriction, "category");
  xmlNode *original = child_element (restriction, "original");
  xmlChar *old = NULL, *words = NULL;
  const char *upgraded;

  if (category == NULL)
    return;
  old = xmlNodeGetContent (category);
  words = original != NULL ? xmlNodeGetContent (original) : NULL;
  if (old != NULL)
    {
      g_autofree char *value = g_strstrip (g_strdup ((const char *) old));

      upgraded = pa_restriction_category_upgrade (value, (const char *) words);
      if (upgraded != value)
        xmlNodeSetContent (category, BAD_CAST upgraded);
    }
  xmlFree (old);
  xmlFree (words);
}

/**
 * pa_xml_upgrade_old_values:
 * @node: the document element
 *
 * Maps the values an older document may hold to today's, in place.
 */
void
pa_xml_upgrade_old_values (xmlNode *node)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (n->name, BAD_CAST "restriction"))
        upgrade_restriction (n);
      else
        pa_xml_upgrade_old_values (n->children);
    }
}
