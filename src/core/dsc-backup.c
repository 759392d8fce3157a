/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups with SQLite's online backup API into backups/ beside the database:
 * private (0600), checked after writing, one a day at first start and one before
 * every migration and import, rotated to the last 7 days and 4 weeks. */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dsc-clock.h"
#include "dsc-store-private.h"

#define BACKUP_PREFIX "discorsi-"
#define BACKUP_SUFFIX ".db"
#define PARTIAL_SUFFIX ".partial"
#define KEEP_DAYS 7
#define KEEP_WEEKS 4

/**
 * dsc_backup_dir_for:
 * @database_path: a database file
 *
 * Returns: (transfer full): the folder that holds its backups
 */
char *
dsc_backup_dir_for (const char *database_path)
{
  g_autofree char *folder = g_path_get_dirname (database_path);

  return g_build_filename (folder, "backups", NULL);
}

/* A backup's name: discorsi-YYYYMMDD-HHMMSS.db, or with -N when taken in the same second. */
static gboolean
parse_backup_name (const char *name,
                   char        day[9])
{
  gsize length = strlen (name);

  if (!g_str_has_prefix (name, BACKUP_PREFIX) || !g_str_has_suffix (name, BACKUP_SUFFIX))
    return FALSE;
  if (length < strlen (BACKUP_PREFIX "YYYYMMDD-HHMMSS" BACKUP_SUFFIX))
    return FALSE;

  name += strlen (BACKUP_PREFIX);
  if (strspn (name, "0123456789") != 8 || name[8] != '-' || strspn (name + 9, "0123456789") != 6)
    return FALSE;

  memcpy (day, name, 8);
  day[8] = '\0';
  return TRUE;
}

static GPtrArray *
list_backups (const char *backup_dir)
{
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  char day[9];

  if (dir == NULL)
    return names;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (parse_backup_name (name, day))
      g_ptr_array_add (names, g_strdup (name));

  return names;
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  const char *name_a = *(const char * const *) a;
  const char *name_b = *(const char * const *) b;
  gsize length_a = strlen (name_a);
  gsize length_b = strlen (name_b);

  /* discorsi-…-HHMMSS-2.db comes after discorsi-…-HHMMSS.db: longer is newer. */
  if (strncmp (name_a, name_b, 24) != 0)
    return -strncmp (name_a, name_b, 24);
  if (length_a != length_b)
    return length_a > length_b ? -1 : 1;
  return -strcmp (name_a, name_b);
}

/**
 * dsc_backup_find_latest:
 * @database_path: a database file
 *
 * Returns: (transfer full) (nullable): the newest backup of it, if any
 */
char *
dsc_backup_find_latest (const char *database_path)
{
  g_autofree char *backup_dir = dsc_backup_dir_for (database_path);
  g_autoptr(GPtrArray) names = list_backups (backup_dir);

  if (names->len == 0)
    return NULL;

  g_ptr_array_sort (names, compare_names_newest_first);
  return g_build_filename (backup_dir, g_ptr_array_index (names, 0), NULL);
}

static int
week_of (const char *day)
{
  GDate date;
  unsigned int year, month, mday;

  sscanf (day, "%4u%2u%2u", &year, &month, &mday);
  g_date_clear (&date, 1);
  if (!g_date_valid_dmy (mday, month, year))
    return 0;
  g_date_set_dmy (&date, mday, month, year);
  /* Weeks counted from a fixed Monday so that they compare across years. */
  return (int) ((g_date_get_julian (&date) - 1) / 7);
}

/* A partial backup older than a day was interrupted (the program quit mid-copy). */
static void
remove_stale_partials (const char *backup_dir)
{
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  gint64 day_ago = g_get_real_time () / G_USEC_PER_SEC - 24 * 3600;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf info;

      if (!g_str_has_prefix (name, BACKUP_PREFIX) || !g_str_has_suffix (name, PARTIAL_SUFFIX))
        continue;
      path = g_build_filename (backup_dir, name, NULL);
      if (g_stat (path, &info) == 0 && info.st_mtime < day_ago)
        g_unlink (path);
    }
}

/**
 * dsc_backup_rotate:
 * @backup_dir: a backups folder
 * @error: return location for a #GError
 *
 * Keeps every backup of today, the newest of each of the last 7 days that have
 * backups, and the newest of each of the last 4 weeks; removes the others.
 *
 * Returns: %TRUE when nothing failed
 */
gboolean
dsc_backup_rotate (const char  *backup_dir,
                   GError     **error)
{
  g_autoptr(GPtrArray) names = list_backups (backup_dir);
  g_autoptr(GHashTable) days_kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) weeks_kept = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = dsc_clock_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  today = g_date_time_format (local, "%Y%m%d");
  g_ptr_array_sort (names, compare_names_newest_first);
  remove_stale_partials (backup_dir);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gboolean keep = FALSE;
      char day[9];
      int week;

      parse_backup_name (name, day);
      week = week_of (day);

      if (g_str_equal (day, today))
        keep = TRUE;

      if (!g_hash_table_contains (days_kept, day) && g_hash_table_size (days_kept) < KEEP_DAYS)
        {
          g_hash_table_add (days_kept, g_strdup (day));
          keep = TRUE;
        }

      if (!g_hash_table_contains (weeks_kept, GINT_TO_POINTER (week))
          && g_hash_table_size (weeks_kept) < KEEP_WEEKS)
        {
          g_hash_table_add (weeks_kept, GINT_TO_POINTER (week));
          keep = TRUE;
        }

      if (!keep)
        {
          g_autofree char *path = g_build_filename (backup_dir, name, NULL);

          if (g_unlink (path) != 0 && errno != ENOENT)
            {
              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                           _("Discorsi could not remove the old backup “%s”: %s."),
                           path, g_strerror (errno));
              return FALSE;
            }
        }
    }

  return TRUE;
}

static char *
new_backup_path (const char *backup_dir)
{
  g_autoptr(GDateTime) now = dsc_clock_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *stamp = g_date_time_format (local, "%Y%m%d-%H%M%S");
  char *path = g_strdup_printf ("%s/" BACKUP_PREFIX "%s" BACKUP_SUFFIX, backup_dir, stamp);

  for (int n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/" BACKUP_PREFIX "%s-%d" BACKUP_SUFFIX, backup_dir, stamp, n);
    }

  return path;
}

static gboolean
copy_database (sqlite3     *source,
               const char  *destination,
               GError     **error)
{
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (destination, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (target);
      goto failed;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto failed;

  /* A backup is one self-contained file, without a write-ahead log beside it. */
  if (!dsc_sqlite_exec (target, "PRAGMA journal_mode = DELETE", error))
    {
      sqlite3_close_v2 (target);
      return FALSE;
    }

  rc = sqlite3_close_v2 (target);
  return rc == SQLITE_OK;

failed:
  dsc_sqlite_set_error (error, target, rc);
  sqlite3_close_v2 (target);
  return FALSE;
}

static gboolean
verify_backup (const char  *path,
               GError     **error)
{
  sqlite3 *copy = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean sound = FALSE;

  if (sqlite3_open_v2 (path, &copy, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      stmt = dsc_sqlite_prepare (copy, "PRAGMA quick_check", NULL);
      sound = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW
              && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close_v2 (copy);

  if (!sound)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                   _("The backup “%s” did not read back correctly; check the disk and try again."),
                   name);
    }

  return sound;
}

/* Copies what @source reads of the database of @self, already checked. */
static char *
backup_from (DscStore    *self,
             sqlite3     *source,
             const char  *destination,
             GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *folder = NULL;
  int fd;

  if (destination != NULL)
    path = g_strdup (destination);
  else
    {
      g_autofree char *backup_dir = dsc_backup_dir_for (self->path);

      path = new_backup_path (backup_dir);
    }

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_autofree char *name = g_filename_display_name (folder);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("Discorsi cannot create the folder “%s”; choose a folder you may write in."),
                   name);
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("“%s” already exists; choose a new file name for the backup."), name);
      return NULL;
    }

  /* Written under a temporary name and renamed once it reads back whole, so that
   * an interrupted backup never looks like a good one. Created here, 0600,
   * because SQLite would create it with the umask. */
  partial = g_strconcat (path, PARTIAL_SUFFIX, NULL);
  g_unlink (partial);
  fd = g_open (partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("Discorsi cannot write the backup “%s”: %s."), name, g_strerror (errno));
      return NULL;
    }
  close (fd);

  if (!copy_database (source, partial, error) || !verify_backup (partial, error))
    {
      g_unlink (partial);
      return NULL;
    }

  if (g_rename (partial, path) != 0)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("Discorsi cannot write the backup “%s”: %s."), name, g_strerror (errno));
      g_unlink (partial);
      return NULL;
    }

  return g_steal_pointer (&path);
}

/**
 * dsc_store_backup:
 * @self: a store
 * @destination: (nullable): the file to write, or %NULL for a new file in the
 *   backups folder
 * @error: return location for a #GError
 *
 * Checks the database, copies it with SQLite's backup API into a new private
 * file and reads the copy back. An existing @destination is never overwritten.
 *
 * Returns: (transfer full) (nullable): the backup's path
 */
char *
dsc_store_backup (DscStore    *self,
                  const char  *destination,
                  GError     **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  if (!dsc_store_check (self, error))
    return NULL;

  return backup_from (self, self->db, destination, error);
}

/**
 * dsc_store_backup_committed:
 * @self: a store, which may be inside a write transaction
 * @error: return location for a #GError
 *
 * Backs up the database as it was last committed, without what the open
 * transaction of @self has written so far: the copy is read through a
 * read-only connection of its own, to which the write-ahead log shows the
 * last committed state. An import checks and merges the whole file in its
 * transaction, and only then backs up the database as it was before, and
 * commits.
 *
 * Returns: (transfer full) (nullable): the backup's path, in the backups folder
 */
char *
dsc_store_backup_committed (DscStore  *self,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) check = NULL;
  sqlite3 *reader = NULL;
  char *path = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  rc = sqlite3_open_v2 (self->path, &reader, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      dsc_sqlite_set_error (error, reader, rc);
      sqlite3_close_v2 (reader);
      return NULL;
    }
  sqlite3_busy_timeout (reader, 10000);

  check = dsc_sqlite_prepare (reader, "PRAGMA quick_check", error);
  if (check != NULL && dsc_sqlite_step (check, error) == SQLITE_ROW)
    {
      if (g_strcmp0 ((const char *) sqlite3_column_text (check, 0), "ok") == 0)
        {
          g_clear_pointer (&check, sqlite3_finalize);
          path = backup_from (self, reader, NULL, error);
        }
      else
        {
          g_autofree char *name = g_filename_display_name (self->path);

          g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged; open the latest backup copy or another file."), name);
        }
    }

  g_clear_pointer (&check, sqlite3_finalize);
  sqlite3_close_v2 (reader);
  return path;
}

/**
 * dsc_store_backup_daily:
 * @self: a store
 * @error: return location for a #GError
 *
 * Makes the day's backup at the first start of the day, then rotates the
 * backups folder. An empty database is not backed up.
 *
 * Returns: (transfer full) (nullable): the new backup's path; %NULL with no
 *   @error set when none was due
 */
char *
dsc_store_backup_daily (DscStore  *self,
                        GError   **error)
{
  g_autofree char *backup_dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDateTime) now = dsc_clock_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *today = g_date_time_format (local, "%Y%m%d");
  g_autofree char *path = NULL;
  GError *local_error = NULL;
  gboolean empty;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  empty = dsc_store_is_empty (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (empty)
    return NULL;

  backup_dir = dsc_backup_dir_for (self->path);
  names = list_backups (backup_dir);
  for (guint i = 0; i < names->len; i++)
    {
      char day[9];

      parse_backup_name (g_ptr_array_index (names, i), day);
      if (g_str_equal (day, today))
        return NULL;
    }

  path = dsc_store_backup (self, NULL, error);
  if (path == NULL)
    return NULL;

  if (!dsc_backup_rotate (backup_dir, error))
    return NULL;

  return g_steal_pointer (&path);
}
