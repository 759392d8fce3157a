/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening, migrating and guarding the SQLite file.
 *
 * The order of opening matters (DESIGN.md): the file's header is read by hand
 * before SQLite touches it, so that a newer, foreign, truncated or non-database
 * file is refused and left byte-for-byte as it was. Only then is it opened,
 * switched to WAL (which rewrites the header) and migrated. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dsc-migrations.h"
#include "dsc-store-private.h"

/* "Dsc1": tells a Discorsi database from any other SQLite file. */
#define DSC_APPLICATION_ID 0x44736331
#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define HEADER_SIZE 100

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DscStore, dsc_store, G_TYPE_OBJECT)

typedef struct
{
  gboolean empty;
  guint32  user_version;
} HeaderFacts;

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16)
         | ((guint32) bytes[2] << 8) | (guint32) bytes[3];
}

/* @format holds one %s, for the file's display name; a macro keeps it a literal. */
#define set_file_error(error, code, path, format)                                 \
  G_STMT_START {                                                                  \
    g_autofree char *display_name_ = g_filename_display_name (path);              \
    g_set_error (error, DSC_STORE_ERROR, code, format, display_name_);            \
  } G_STMT_END

/* Reads the 100-byte SQLite header without SQLite, so nothing is written. */
static gboolean
inspect_header (const char   *path,
                HeaderFacts  *facts,
                GError      **error)
{
  guint8 header[HEADER_SIZE];
  struct stat info;
  guint32 page_size, page_count, application_id;
  gssize got;
  int fd;

  memset (facts, 0, sizeof *facts);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES || saved_errno == EPERM)
        set_file_error (error, DSC_STORE_ERROR_READ_ONLY, path,
                        _("You may not open “%s”; ask whoever manages this computer for access, or open another file."));
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                     _("Discorsi could not open “%s”: %s."),
                     path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &info) != 0)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                   _("Discorsi could not open “%s”: %s."), path, g_strerror (errno));
      close (fd);
      return FALSE;
    }

  if (info.st_size == 0)
    {
      close (fd);
      facts->empty = TRUE;
      return TRUE;
    }

  got = read (fd, header, sizeof header);
  close (fd);

  if (got != HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      set_file_error (error, DSC_STORE_ERROR_NOT_A_DATABASE, path,
                      _("“%s” is not a Discorsi database; open another file or a backup copy."));
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);
  facts->user_version = read_be32 (header + 60);
  application_id = read_be32 (header + 68);

  /* The page count is only trustworthy when the two change counters agree. */
  if (read_be32 (header + 24) != read_be32 (header + 92))
    page_count = 0;

  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    {
      set_file_error (error, DSC_STORE_ERROR_CORRUPT, path,
                      _("“%s” is damaged; open the latest backup copy or another file."));
      return FALSE;
    }

  if ((guint64) info.st_size < (guint64) page_count * page_size)
    {
      set_file_error (error, DSC_STORE_ERROR_CORRUPT, path,
                      _("“%s” is incomplete (it was cut short); open the latest backup copy or another file."));
      return FALSE;
    }

  if (application_id != DSC_APPLICATION_ID)
    {
      /* An empty SQLite file may become ours; one with tables belongs to another program. */
      if (facts->user_version == 0 && application_id == 0 && page_count <= 1)
        {
          facts->empty = TRUE;
          return TRUE;
        }

      set_file_error (error, DSC_STORE_ERROR_NOT_A_DATABASE, path,
                      _("“%s” is a database of another program, not of Discorsi; open another file."));
      return FALSE;
    }

  if (facts->user_version > (guint32) DSC_SCHEMA_VERSION)
    {
      set_file_error (error, DSC_STORE_ERROR_TOO_NEW, path,
                      _("“%s” was saved by a newer version of Discorsi; install that version to open it, or open another file."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_database_file (const char  *path,
                      GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      set_file_error (error, DSC_STORE_ERROR_READ_ONLY, folder,
                      _("Discorsi cannot create the folder “%s”; choose a folder you may write in."));
      return FALSE;
    }

  /* Created here rather than by SQLite so that it is private from the start. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      if (errno == EEXIST)
        return TRUE;
      set_file_error (error, DSC_STORE_ERROR_READ_ONLY, folder,
                      _("Discorsi cannot create its data file in “%s”; choose a folder you may write in."));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
has_unclean_shutdown (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat info;

  /* A clean close checkpoints and removes the write-ahead log. */
  return g_stat (wal, &info) == 0 && info.st_size > 0;
}

static gboolean
migrate (DscStore  *self,
         int        from_version,
         GError   **error)
{
  for (int version = from_version + 1; version <= DSC_SCHEMA_VERSION; version++)
    {
      g_autofree char *stamp = NULL;
      gint64 current;

      if (!dsc_store_begin (self, error))
        return FALSE;

      /* Another process may have migrated while we waited for the lock. */
      current = dsc_sqlite_query_int (self->db, "PRAGMA user_version", error);
      if (current < 0)
        goto failed;
      if (current >= version)
        {
          dsc_store_rollback (self);
          continue;
        }

      stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                               version, DSC_APPLICATION_ID);
      if (!dsc_sqlite_exec (self->db, dsc_migrations[version - 1].sql, error)
          || (dsc_migrations[version - 1].apply != NULL
              && !dsc_migrations[version - 1].apply (self->db, error))
          || !dsc_sqlite_exec (self->db, stamp, error)
          || !dsc_store_commit (self, error))
        goto failed;

      continue;

    failed:
      dsc_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (DscStore  *self,
                 gboolean   empty,
                 GError   **error)
{
  gboolean check_first = has_unclean_shutdown (self->path);
  gint64 version;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      dsc_sqlite_set_error (error, self->db, rc);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  /* Reading the schema is the first thing that fails on a damaged file. */
  if (dsc_sqlite_query_int (self->db, "SELECT count(*) FROM sqlite_schema", error) < 0)
    return FALSE;

  if (check_first && !empty && !dsc_store_check (self, error))
    return FALSE;

  version = dsc_sqlite_query_int (self->db, "PRAGMA user_version", error);
  if (version < 0)
    return FALSE;
  if (version > DSC_SCHEMA_VERSION)
    {
      set_file_error (error, DSC_STORE_ERROR_TOO_NEW, self->path,
                      _("“%s” was saved by a newer version of Discorsi; install that version to open it, or open another file."));
      return FALSE;
    }

  if (!dsc_sqlite_exec (self->db,
                        "PRAGMA foreign_keys = ON;"
                        "PRAGMA journal_mode = WAL;"
                        "PRAGMA synchronous = FULL;"
                        /* Savepoints and sorts stay in memory, not in /var/tmp files. */
                        "PRAGMA temp_store = MEMORY;",
                        error))
    return FALSE;

  if (version < DSC_SCHEMA_VERSION)
    {
      if (version > 0)
        {
          g_autofree char *backup = dsc_store_backup (self, NULL, error);

          if (backup == NULL)
            return FALSE;
        }

      if (!migrate (self, (int) version, error))
        return FALSE;
    }

  return TRUE;
}

static void
dsc_store_dispose (GObject *object)
{
  DscStore *self = DSC_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);

  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  G_OBJECT_CLASS (dsc_store_parent_class)->dispose (object);
}

static void
dsc_store_finalize (GObject *object)
{
  DscStore *self = DSC_STORE (object);

  g_clear_pointer (&self->kind_sql, g_hash_table_unref);
  g_free (self->path);

  G_OBJECT_CLASS (dsc_store_parent_class)->finalize (object);
}

static void
dsc_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DscStore *self = DSC_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsc_store_class_init (DscStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dsc_store_dispose;
  object_class->finalize = dsc_store_finalize;
  object_class->get_property = dsc_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DscStore::changed:
   * @self: the store
   * @kind: the exchange name of the kind of record that changed
   * @id: the record's row id, or 0 when many changed
   *
   * Emitted after a change was written through this store.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
dsc_store_init (DscStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->kind_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * dsc_store_default_path:
 *
 * Returns: (transfer full): the database file to use when none is named:
 *   `DISCORSI_DATABASE`, else `$XDG_DATA_HOME/discorsi/discorsi.db`
 */
char *
dsc_store_default_path (void)
{
  const char *from_environment = g_getenv ("DISCORSI_DATABASE");

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);

  return g_build_filename (g_get_user_data_dir (), "discorsi", "discorsi.db", NULL);
}

/**
 * dsc_store_open:
 * @path: the database file
 * @flags: how to treat a missing file
 * @error: return location for a #GError
 *
 * Opens (and creates, 0600, when missing) a Discorsi database, migrating it to
 * the current schema after a backup. A newer, foreign, damaged or truncated file
 * is refused with a #DscStoreError and left untouched.
 *
 * Returns: (transfer full) (nullable): the store, one connection for this thread
 */
DscStore *
dsc_store_open (const char     *path,
                DscStoreFlags   flags,
                GError        **error)
{
  g_autoptr(DscStore) self = NULL;
  HeaderFacts facts;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (flags & DSC_STORE_MUST_EXIST)
        {
          set_file_error (error, DSC_STORE_ERROR_NOT_FOUND, path,
                          _("There is no file “%s”; check the name, or open another file."));
          return NULL;
        }
      if (!create_database_file (path, error))
        return NULL;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_file_error (error, DSC_STORE_ERROR_NOT_A_DATABASE, path,
                      _("“%s” is a folder, not a Discorsi database; open a file."));
      return NULL;
    }

  if (!inspect_header (path, &facts, error))
    return NULL;

  self = g_object_new (DSC_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);

  if (!open_connection (self, facts.empty, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dsc_store_get_path (DscStore *self)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  return self->path;
}

int
dsc_store_get_schema_version (DscStore *self)
{
  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  return (int) dsc_sqlite_query_int (self->db, "PRAGMA user_version", NULL);
}

/**
 * dsc_store_set_busy_timeout:
 * @self: a store
 * @milliseconds: how long a write waits for another program's lock
 */
void
dsc_store_set_busy_timeout (DscStore *self,
                            int       milliseconds)
{
  g_return_if_fail (DSC_IS_STORE (self));

  sqlite3_busy_timeout (self->db, milliseconds);
}

/**
 * dsc_store_is_empty:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the database holds no records of its users (the built-in
 *   framework does not count)
 */
gboolean
dsc_store_is_empty (DscStore  *self,
                    GError   **error)
{
  gint64 count;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  count = dsc_sqlite_query_int (self->db,
                                "SELECT (SELECT count(*) FROM association)"
                                "     + (SELECT count(*) FROM service)"
                                "     + (SELECT count(*) FROM module)"
                                "     + (SELECT count(*) FROM meeting)"
                                "     + (SELECT count(*) FROM framework WHERE builtin = 0)"
                                "     + (SELECT count(*) FROM tombstone)",
                                error);
  return count == 0;
}

/**
 * dsc_store_check:
 * @self: a store
 * @error: return location for a #GError
 *
 * Runs SQLite's quick integrity check.
 *
 * Returns: %TRUE when the file is sound
 */
gboolean
dsc_store_check (DscStore  *self,
                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *first_problem = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  stmt = dsc_sqlite_prepare (self->db, "PRAGMA quick_check", error);
  if (stmt == NULL)
    return FALSE;

  rc = dsc_sqlite_step (stmt, error);
  if (rc != SQLITE_ROW)
    return FALSE;

  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    return TRUE;

  first_problem = dsc_sqlite_column_text (stmt, 0);
  g_debug ("quick_check of %s: %s", self->path, first_problem);
  set_file_error (error, DSC_STORE_ERROR_CORRUPT, self->path,
                  _("“%s” is damaged; open the latest backup copy or another file."));
  return FALSE;
}

/**
 * dsc_store_begin:
 * @self: a store
 * @error: return location for a #GError
 *
 * Starts a write transaction, or a savepoint inside one already open. The write
 * lock is taken at once, so that waiting for another program happens here.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_begin (DscStore  *self,
                 GError   **error)
{
  g_autofree char *savepoint = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0)
    {
      if (!dsc_sqlite_exec (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else
    {
      savepoint = g_strdup_printf ("SAVEPOINT nested_%d", self->transaction_depth);
      if (!dsc_sqlite_exec (self->db, savepoint, error))
        return FALSE;
    }

  self->transaction_depth++;
  return TRUE;
}

/**
 * dsc_store_commit:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the transaction (or savepoint) is written; on failure
 *   it is rolled back, so a caller's own rollback after it does nothing
 */
gboolean
dsc_store_commit (DscStore  *self,
                  GError   **error)
{
  g_autofree char *release = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    {
      if (!dsc_sqlite_exec (self->db, "COMMIT", error))
        goto failed;
    }
  else
    {
      release = g_strdup_printf ("RELEASE nested_%d", self->transaction_depth - 1);
      if (!dsc_sqlite_exec (self->db, release, error))
        goto failed;
    }

  self->transaction_depth--;
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

/**
 * dsc_store_rollback:
 * @self: a store
 *
 * Undoes the innermost transaction or savepoint; does nothing when none is
 * open (a failed commit has already rolled back).
 */
void
dsc_store_rollback (DscStore *self)
{
  g_autofree char *undo = NULL;

  g_return_if_fail (DSC_IS_STORE (self));

  if (self->transaction_depth == 0)
    return;

  self->transaction_depth--;

  if (self->transaction_depth == 0)
    {
      /* SQLite may already have rolled back (after SQLITE_FULL, for one). */
      if (!sqlite3_get_autocommit (self->db))
        dsc_sqlite_exec (self->db, "ROLLBACK", NULL);
      return;
    }

  undo = g_strdup_printf ("ROLLBACK TO nested_%d; RELEASE nested_%d",
                          self->transaction_depth, self->transaction_depth);
  dsc_sqlite_exec (self->db, undo, NULL);
}

/* Returns a cached statement, reset and with no bindings; the store owns it. */
DscCachedStatement *
dsc_store_prepare (DscStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      dsc_sqlite_set_error (error, self->db, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
dsc_store_emit_changed (DscStore      *self,
                        const DscKind *kind,
                        gint64         id)
{
  g_signal_emit (self, signals[CHANGED], 0, kind->name, id);
}
