/* test-restriction-migration.c: the old four restriction categories become the nine
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Until schema version 7 a restriction's category was physical,
 * psychological, social or other. A database of version 6 and an XML
 * document written then both open with the nine categories.
 */
#include "config.h"

#include "core/pa-model.h"
#include "core/pa-restriction-analysis.h"
#include "docs/pa-xml-reader.h"
#include "store/pa-store.h"
#include "../common/pa-test-util.h"

static void
test_upgrade_rule (void)
{
  g_assert_cmpstr (pa_restriction_category_upgrade ("psychological", "Jeg kan ikke arbejde under pres"), ==, "stress");
  g_assert_cmpstr (pa_restriction_category_upgrade ("psychological", "Jeg glemmer nemt beskeder"), ==, "concentration");
  g_assert_cmpstr (pa_restriction_category_upgrade ("psychological", "Jeg bliver hurtigt træt"), ==, "energy");
  /* Words the analyser reads as physical stay in the psychological family */
  g_assert_cmpstr (pa_restriction_category_upgrade ("psychological", "Jeg kan ikke løfte tungt"), ==, "stress");
  g_assert_cmpstr (pa_restriction_category_upgrade ("psychological", NULL), ==, "stress");
  g_assert_cmpstr (pa_restriction_category_upgrade ("social", "Jeg forstår ikke altid dansk"), ==, "language");
  g_assert_cmpstr (pa_restriction_category_upgrade ("social", "Jeg har det svært med fremmede"), ==, "anxiety");
  g_assert_cmpstr (pa_restriction_category_upgrade ("social", ""), ==, "anxiety");
  g_assert_cmpstr (pa_restriction_category_upgrade ("physical", "Jeg glemmer ting"), ==, "physical");
  g_assert_cmpstr (pa_restriction_category_upgrade ("other", NULL), ==, "other");
  g_assert_cmpuint (g_strv_length ((char **) pa_restriction_categories), ==, 9);
}

static const char *
category_at (PaAgreement *agreement,
             guint        i)
{
  GListModel *list = G_LIST_MODEL (pa_record_get_list (PA_RECORD (agreement), "restrictions"));
  g_autoptr(PaRecord) item = g_list_model_get_item (list, i);

  return pa_record_get_string (item, "category");
}

static void
test_database_version_6 (void)
{
  g_autofree char *dir = pa_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaStore) store = NULL;
  g_autoptr(PaAgreement) loaded = NULL;

  pa_test_make_old_database (path, 6,
    "INSERT INTO agreement (pk, id, status, revision) VALUES (1, 'old', 'draft', 1);"
    "INSERT INTO restriction (parent, position, original, category) VALUES "
    "(1, 0, 'Jeg kan ikke arbejde under pres', 'psychological'),"
    "(1, 1, 'Jeg glemmer hurtigt, hvad jeg skal', 'psychological'),"
    "(1, 2, 'Jeg får angst blandt fremmede', 'social'),"
    "(1, 3, 'Jeg taler ikke så godt dansk', 'social'),"
    "(1, 4, 'Jeg kan ikke løfte tungt', 'physical'),"
    "(1, 5, NULL, 'psychological');");
  store = pa_store_open (path, &error);
  g_assert_no_error (error);
  loaded = pa_store_load (store, "old", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (category_at (loaded, 0), ==, "stress");
  g_assert_cmpstr (category_at (loaded, 1), ==, "concentration");
  g_assert_cmpstr (category_at (loaded, 2), ==, "anxiety");
  g_assert_cmpstr (category_at (loaded, 3), ==, "language");
  g_assert_cmpstr (category_at (loaded, 4), ==, "physical");
  g_assert_cmpstr (category_at (loaded, 5), ==, "stress");
  g_clear_object (&store);
  pa_test_rm_rf (dir);
}

#define OLD_DOCUMENT(category, original)                                        \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                \
  "<agreement xmlns=\"https://praktikaftale.github.io/ns/agreement/1\" "        \
  "format-version=\"1\" variant=\"full\">\n"                                    \
  "  <id>6f1c2b9e-8a57-4a5e-9d35-2f0a1b7c9e01</id>\n"                           \
  "  <restrictions>\n"                                                          \
  "    <restriction>\n"                                                         \
  "      <original>" original "</original>\n"                                   \
  "      <category> " category " </category>\n"                                 \
  "    </restriction>\n"                                                        \
  "  </restrictions>\n"                                                         \
  "</agreement>\n"

static void
assert_imports_as (const char *document,
                   const char *category)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_xml_read_from_data (document, strlen (document), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (category_at (agreement, 0), ==, category);
}

static void
test_old_xml (void)
{
  assert_imports_as (OLD_DOCUMENT ("psychological", "Jeg kan ikke arbejde under pres"), "stress");
  assert_imports_as (OLD_DOCUMENT ("psychological", "Jeg er træt hele tiden"), "energy");
  assert_imports_as (OLD_DOCUMENT ("social", "Jeg får angst i store grupper"), "anxiety");
  assert_imports_as (OLD_DOCUMENT ("social", "Jeg kan ikke læse dansk"), "language");
  assert_imports_as (OLD_DOCUMENT ("physical", "Jeg kan ikke løfte tungt"), "physical");
  assert_imports_as (OLD_DOCUMENT ("sensory", "Jeg kan ikke tåle larm"), "sensory");
}

/* A value that never was a category is still refused, naming it */
static void
test_unknown_value_refused (void)
{
  const char *document = OLD_DOCUMENT ("mental", "Jeg kan ikke arbejde under pres");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaAgreement) agreement = pa_xml_read_from_data (document, strlen (document), &error);

  g_assert_null (agreement);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pa/restriction/migration/rule", test_upgrade_rule);
  g_test_add_func ("/pa/restriction/migration/database-version-6", test_database_version_6);
  g_test_add_func ("/pa/restriction/migration/old-xml", test_old_xml);
  g_test_add_func ("/pa/restriction/migration/unknown-value-refused", test_unknown_value_refused);
  return g_test_run ();
}
