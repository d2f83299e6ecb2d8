/* pa-test-util.c: helpers shared by the tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "store/pa-store-private.h"

#include "pa-test-util.h"

static const char *samples[] = {
  "Lone Sørensen", "Ahmad Al-Hassan أحمد الحسن", "Yohannes Tesfaye ዮሃንስ ተስፋየ",
  "Brugsen Ærøskøbing", "modtage varer, sortere, oprydning",
  "Jeg trives bedst med en fast kontaktperson", "Løfte op til 5 kg",
};

static char *
sample_text (GRand      *rand,
             const char *field)
{
  return g_strdup_printf ("%s %s %u", samples[g_rand_int_range (rand, 0, G_N_ELEMENTS (samples))],
                          field, g_rand_int_range (rand, 1, 1000));
}

static void
set_scalar (PaRecord      *record,
            guint          index,
            const PaField *field,
            GRand         *rand)
{
  g_auto(GValue) v = G_VALUE_INIT;

  switch (field->kind)
    {
    case PA_FIELD_STRING:
      g_value_init (&v, G_TYPE_STRING);
      if (field->choices != NULL)
        g_value_set_string (&v, field->choices[g_rand_int_range (rand, 0, g_strv_length ((char **) field->choices))]);
      else
        g_value_take_string (&v, sample_text (rand, field->name));
      break;
    case PA_FIELD_DATE:
      g_value_init (&v, G_TYPE_STRING);
      g_value_take_string (&v, g_strdup_printf ("20%02d-%02d-%02d", g_rand_int_range (rand, 24, 28),
                                                g_rand_int_range (rand, 1, 13),
                                                g_rand_int_range (rand, 1, 29)));
      break;
    case PA_FIELD_TIME:
      g_value_init (&v, G_TYPE_STRING);
      g_value_take_string (&v, g_strdup_printf ("%02d:%02d", g_rand_int_range (rand, 6, 18),
                                                g_rand_int_range (rand, 0, 4) * 15));
      break;
    case PA_FIELD_DATETIME:
      g_value_init (&v, G_TYPE_STRING);
      g_value_take_string (&v, g_strdup_printf ("2026-%02d-%02dT%02d:%02d:00+01:00",
                                                g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                                                g_rand_int_range (rand, 0, 24), g_rand_int_range (rand, 0, 60)));
      break;
    case PA_FIELD_INT:
      {
        double wanted = field->min + 1 + g_rand_int_range (rand, 0, 5);

        g_value_init (&v, G_TYPE_INT);
        g_value_set_int (&v, (int) MIN (field->max, wanted));
      }
      break;
    case PA_FIELD_DOUBLE:
      g_value_init (&v, G_TYPE_DOUBLE);
      g_value_set_double (&v, g_rand_int_range (rand, 1, 75) / 2.0);
      break;
    case PA_FIELD_BOOLEAN:
      g_value_init (&v, G_TYPE_BOOLEAN);
      g_value_set_boolean (&v, TRUE);
      break;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  g_assert_true (pa_record_set_value (record, index, &v));
}

void
pa_test_fill_record (PaRecord *record,
                     GRand    *rand,
                     guint     items)
{
  guint n;
  const PaField *fields = pa_record_get_fields (record, &n);

  for (guint i = 0; i < n; i++)
    {
      const PaField *field = &fields[i];

      if (field->kind == PA_FIELD_CHILD)
        pa_test_fill_record (g_value_get_object (pa_record_peek_value (record, i)), rand, items);
      else if (field->kind == PA_FIELD_LIST)
        {
          GListStore *list = g_value_get_object (pa_record_peek_value (record, i));

          g_list_store_remove_all (list);
          for (guint j = 0; j < items; j++)
            {
              PaRecord *item = pa_record_add (record, field->name);

              if (item == NULL)
                break;
              pa_test_fill_record (item, rand, items);
            }
        }
      else
        set_scalar (record, i, field, rand);
    }
}

/**
 * pa_test_new_full_agreement:
 *
 * An agreement with every field filled, two items in every list (seven
 * checklist items and four approvals as in real use).
 */
PaAgreement *
pa_test_new_full_agreement (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  PaAgreement *agreement = pa_agreement_new ();
  g_autofree char *id = g_strdup (pa_agreement_get_id (agreement));
  g_autofree char *created = g_strdup (pa_record_get_string (PA_RECORD (agreement), "created"));

  pa_agreement_freeze_tracking (agreement);
  pa_test_fill_record (PA_RECORD (agreement), rand, 2);
  pa_record_set_string (PA_RECORD (agreement), "id", id);
  pa_record_set_string (PA_RECORD (agreement), "created", created);
  pa_record_set_int (PA_RECORD (agreement), "revision", 3);

  /* One checklist item per number and one approval per party, as in use. */
  g_list_store_remove_all (pa_record_get_list (PA_RECORD (agreement), "checklist"));
  g_list_store_remove_all (pa_record_get_list (PA_RECORD (agreement), "approvals"));
  pa_agreement_ensure_fixed_items (agreement);
  for (int i = 1; i <= PA_CHECKLIST_N_ITEMS; i++)
    {
      PaRecord *item = PA_RECORD (pa_agreement_get_checklist_item (agreement, i));

      pa_record_set_boolean (item, "confirmed", i % 2 == 0);
      pa_record_set_string (item, "note", samples[i % G_N_ELEMENTS (samples)]);
    }
  pa_record_set_string (PA_RECORD (pa_agreement_get_approval (agreement, "citizen")),
                        "approved-at", "2026-03-01T10:15:00+01:00");
  pa_record_set_string (PA_RECORD (pa_agreement_get_approval (agreement, "company")),
                        "on-behalf-reason", "Mentoren godkendte på vegne af ejeren");
  pa_agreement_thaw_tracking (agreement);
  return agreement;
}

char *
pa_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("praktikaftale-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
pa_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        pa_test_rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * pa_test_use_danish:
 *
 * Binds the catalogue built from po/ (tests/meson.build points
 * PRAKTIKAFTALE_LOCALEDIR at it) with LANGUAGE=da, while the C library's
 * locale stays what the test environment sets (C.UTF-8), so nothing may
 * come from libc's own translations. As main.c does, the default domain
 * is the app's, for code that calls gettext() without one.
 *
 * Returns: %FALSE when the build has no Danish catalogue (skip the test)
 */
gboolean
pa_test_use_danish (void)
{
  const char *localedir = g_getenv ("PRAKTIKAFTALE_LOCALEDIR");
  g_autofree char *mo = NULL;

  if (localedir == NULL)
    return FALSE;
  mo = g_build_filename (localedir, "da", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    return FALSE;

  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

void
pa_test_make_old_database (const char *path,
                           int         version,
                           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  PaStmtCache *cache;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  cache = pa_stmt_cache_new (db);
  g_assert_true (pa_store_migrate (db, cache, version, &error));
  g_assert_no_error (error);
  if (sql != NULL)
    g_assert_true (pa_store_exec (db, sql, &error));
  g_assert_no_error (error);
  pa_stmt_cache_free (cache);
  sqlite3_close (db);
}
