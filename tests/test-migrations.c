/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An older file, kept as a fixture, is carried forward by the migrations: its data
 * stays, a backup of the old file is made first, and new features (search) work on
 * the old rows. */

#include "config.h"

#include <sqlite3.h>

#include "dsc-migrations.h"
#include "dsc-test-util.h"

static char *
make_v1_database (const char *dir)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "discorsi-v1.sql", NULL);
  g_autofree char *sql = NULL;
  char *path = g_build_filename (dir, "discorsi.db", NULL);
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

static void
test_v1_file_migrates (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = make_v1_database (dir);
  g_autofree char *backup = NULL;
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(DscAssociation) comite = NULL;
  g_autoptr(DscStore) old = NULL;
  g_autoptr(GError) error = NULL;
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  store = dsc_test_open (path);
  g_assert_cmpint (dsc_store_get_schema_version (store), ==, DSC_SCHEMA_VERSION);

  /* The rows of the old file are all there, unchanged. */
  comite = dsc_store_load_by_uuid (store, &dsc_kind_association,
                                   "0b9c6f5e-3a1d-4f0e-9a57-2f8e7c1d4a01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (comite->name, ==, "Comité des Ivoiriens de Novara");
  g_assert_cmpint (comite->members, ==, 64);
  g_assert_cmpuint (comite->areas, ==, 5);
  g_assert_cmpstr (comite->base.updated_at, ==, "2025-03-01T09:00:00.000Z");
  people = dsc_store_list (store, &dsc_kind_person, comite->base.id, &error);
  g_assert_cmpuint (people->len, ==, 1);

  /* Search, which came with version 2, finds the old rows. */
  filter.text = "comite ivoiriens";
  found = dsc_store_search_associations (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  /* The file as it was before the migration is kept as a backup. */
  backup = dsc_backup_find_latest (path);
  g_assert_nonnull (backup);
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* Opening again migrates nothing more and makes no new backup. */
  g_clear_object (&store);
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:05Z", TRUE);
  old = dsc_test_open (path);
  {
    g_autofree char *latest = dsc_backup_find_latest (path);
    g_assert_cmpstr (latest, ==, backup);
  }

  dsc_test_remove_tree (dir);
}

static void
test_every_migration_in_order (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);

  /* A new file gets every migration, and no backup (there was nothing to save). */
  g_assert_cmpint (dsc_store_get_schema_version (store), ==, dsc_n_migrations);
  g_assert_null (dsc_backup_find_latest (path));
  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/v1-file-migrates", test_v1_file_migrates);
  g_test_add_func ("/migrations/every-migration-in-order", test_every_migration_in_order);

  return g_test_run ();
}
