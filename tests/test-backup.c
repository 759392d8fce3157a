/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups: private, readable copies; one a day; rotated to 7 days and 4 weeks. */

#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include "dsc-test-util.h"

static void
test_backup_is_private_and_whole (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *wal = NULL;
  struct stat info;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  store = dsc_test_open (path);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Association %d", i);
      g_autoptr(DscAssociation) association = dsc_test_add_association (store, name, DSC_PROVINCE_TO);
    }

  backup = dsc_store_backup (store, NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *folder = g_path_get_dirname (backup);
    g_autofree char *base = g_path_get_basename (backup);

    g_assert_true (g_str_has_suffix (folder, "/backups"));
    g_assert_true (g_str_has_prefix (base, "discorsi-2026112"));
    g_assert_true (g_str_has_suffix (base, ".db"));
  }
  g_assert_cmpint (g_stat (backup, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* A self-contained file that opens as a Discorsi database with the same rows. */
  wal = g_strconcat (backup, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  copy = dsc_test_open (backup);
  g_assert_cmpint (dsc_store_count (copy, &dsc_kind_association, NULL), ==, 30);

  /* A named destination that exists is never overwritten. */
  {
    g_autofree char *taken = g_build_filename (dir, "taken.db", NULL);
    g_autofree char *written = NULL;
    g_autoptr(GBytes) before = NULL;
    g_autoptr(GBytes) after = NULL;

    g_assert_true (g_file_set_contents (taken, "precious", -1, NULL));
    before = dsc_test_read_bytes (taken);
    written = dsc_store_backup (store, taken, &error);
    g_assert_null (written);
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    after = dsc_test_read_bytes (taken);
    g_assert_true (g_bytes_equal (before, after));
  }

  g_clear_object (&copy);
  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

static guint
count_backups (const char *path)
{
  g_autofree char *backups = dsc_backup_dir_for (path);
  g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_one_backup_a_day (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char *made;

  g_setenv ("DISCORSI_NOW", "2026-11-26T08:00:00Z", TRUE);
  store = dsc_test_open (path);

  /* Nothing to keep yet: an empty database is not backed up. */
  g_assert_null (dsc_store_backup_daily (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_backups (path), ==, 0);

  {
    g_autoptr(DscAssociation) association = dsc_test_add_association (store, "A", DSC_PROVINCE_TO);
  }

  made = dsc_store_backup_daily (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_free (made);
  g_assert_cmpuint (count_backups (path), ==, 1);

  g_setenv ("DISCORSI_NOW", "2026-11-26T16:00:00Z", TRUE);
  g_assert_null (dsc_store_backup_daily (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_backups (path), ==, 1);

  g_setenv ("DISCORSI_NOW", "2026-11-27T09:00:00Z", TRUE);
  made = dsc_store_backup_daily (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_free (made);
  g_assert_cmpuint (count_backups (path), ==, 2);

  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_rotation_keeps_days_and_weeks (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  /* Thursday 26 November 2026; a backup each day for 60 days, two on each day. */
  g_setenv ("DISCORSI_NOW", "2026-11-26T12:00:00", TRUE);
  today = g_date_time_new_local (2026, 11, 26, 12, 0, 0);
  for (int days_ago = 0; days_ago < 60; days_ago++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (today, -days_ago);
      g_autofree char *stamp = g_date_time_format (day, "%Y%m%d");

      for (int hour = 8; hour <= 18; hour += 10)
        {
          g_autofree char *file = g_strdup_printf ("%s/discorsi-%s-%02d0000.db", dir, stamp, hour);
          g_assert_true (g_file_set_contents (file, "x", 1, NULL));
        }
    }
  /* Someone else's file in the folder is left alone. */
  {
    g_autofree char *other = g_build_filename (dir, "notes.txt", NULL);
    g_assert_true (g_file_set_contents (other, "x", 1, NULL));
  }

  g_assert_true (dsc_backup_rotate (dir, &error));
  g_assert_no_error (error);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (kept, g_strdup (name));
  g_ptr_array_sort (kept, compare_names);

  {
    /* Today both; the newest of each of the 6 days before; then the newest of
     * each older week until 4 weeks are covered (the current week, 23-26 Nov,
     * and 16-22 Nov are already covered by the daily ones). */
    const char *expected[] = {
      "discorsi-20261108-180000.db",   /* week of 2-8 Nov */
      "discorsi-20261115-180000.db",   /* week of 9-15 Nov */
      "discorsi-20261120-180000.db",
      "discorsi-20261121-180000.db",
      "discorsi-20261122-180000.db",
      "discorsi-20261123-180000.db",
      "discorsi-20261124-180000.db",
      "discorsi-20261125-180000.db",
      "discorsi-20261126-080000.db",
      "discorsi-20261126-180000.db",
      "notes.txt",
    };
    g_autoptr(GString) got = g_string_new (NULL);

    for (guint i = 0; i < kept->len; i++)
      g_string_append_printf (got, "%s\n", (char *) g_ptr_array_index (kept, i));
    g_test_message ("kept:\n%s", got->str);

    g_assert_cmpuint (kept->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (g_ptr_array_index (kept, i), ==, expected[i]);
  }

  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/private-and-whole", test_backup_is_private_and_whole);
  g_test_add_func ("/backup/one-a-day", test_one_backup_a_day);
  g_test_add_func ("/backup/rotation", test_rotation_keeps_days_and_weeks);

  return g_test_run ();
}
