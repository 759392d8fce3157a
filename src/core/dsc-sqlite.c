/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A thin layer over the SQLite C API that reports failures as GError with a
 * sentence a person can act on. Only prepared statements with bound values go
 * through it: no SQL is ever built from user text. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-error.h"
#include "dsc-sqlite.h"

static char *
display_name_of (sqlite3 *db)
{
  const char *filename = db != NULL ? sqlite3_db_filename (db, "main") : NULL;

  if (filename == NULL || *filename == '\0')
    return g_strdup (_("The database"));

  return g_filename_display_name (filename);
}

/**
 * dsc_sqlite_set_error:
 * @error: return location for a #GError
 * @db: (nullable): the connection that failed
 * @rc: the SQLite result code
 *
 * Turns an SQLite result code into a #DscStoreError whose message says what is
 * wrong and what to do.
 */
void
dsc_sqlite_set_error (GError  **error,
                      sqlite3  *db,
                      int       rc)
{
  g_autofree char *name = display_name_of (db);
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program; close that program and try again."),
                   name);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Discorsi database; open another file or a backup copy."),
                   name);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged; open the latest backup copy or another file."),
                   name);
      break;

    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written; check that its folder exists and that you may write in it."),
                   name);
      break;

    case SQLITE_FULL:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NO_SPACE,
                   _("The disk holding “%s” is full, so the last change was not saved; free some space and try again."),
                   name);
      break;

    case SQLITE_IOERR:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                   _("Discorsi could not read or write “%s” (%s); check the disk and try again."),
                   name, detail);
      break;

    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("A value was refused by “%s”: %s."), name, detail);
      break;

    default:
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                   _("Database error in “%s”: %s."), name, detail);
      break;
    }
}

/**
 * dsc_sqlite_exec:
 * @db: a connection
 * @sql: one or more constant SQL statements
 * @error: return location for a #GError
 *
 * Runs constant SQL (schema, pragmas, transactions).
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_sqlite_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      dsc_sqlite_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/**
 * dsc_sqlite_prepare:
 * @db: a connection
 * @sql: one constant SQL statement with `?` parameters
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the prepared statement
 */
sqlite3_stmt *
dsc_sqlite_prepare (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      dsc_sqlite_set_error (error, db, rc);
      return NULL;
    }

  return stmt;
}

/**
 * dsc_sqlite_step:
 * @stmt: a prepared statement
 * @error: return location for a #GError
 *
 * Returns: %SQLITE_ROW, %SQLITE_DONE, or another code with @error set
 */
int
dsc_sqlite_step (sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    dsc_sqlite_set_error (error, sqlite3_db_handle (stmt), rc);

  return rc;
}

/**
 * dsc_sqlite_step_done:
 * @stmt: a prepared statement that returns no rows
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the statement ran to completion
 */
gboolean
dsc_sqlite_step_done (sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc;

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    ;

  return rc == SQLITE_DONE;
}

/**
 * dsc_sqlite_query_int:
 * @db: a connection
 * @sql: a constant query whose first row's first column is an integer
 * @error: return location for a #GError
 *
 * Returns: the integer, 0 when there is no row, or -1 with @error set
 */
gint64
dsc_sqlite_query_int (sqlite3     *db,
                      const char  *sql,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  return rc == SQLITE_DONE ? 0 : -1;
}

/**
 * dsc_sqlite_bind_text:
 * @stmt: a prepared statement
 * @index: the parameter, from 1
 * @text: (nullable): UTF-8 text; %NULL or empty binds SQL NULL
 *
 * Empty optional text is stored as NULL so that "absent" has one spelling.
 */
void
dsc_sqlite_bind_text (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/**
 * dsc_sqlite_column_text:
 * @stmt: a statement on a row
 * @column: the column, from 0
 *
 * Returns: (transfer full) (nullable): a copy of the column's text, %NULL for SQL NULL
 */
char *
dsc_sqlite_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/**
 * dsc_sqlite_bind_ids:
 * @stmt: a statement that reads the ids with `IN (SELECT value FROM json_each (?))`
 * @index: the parameter
 * @ids: (element-type gint64): row ids
 *
 * Binds any number of row ids as one JSON array: one statement, whatever the count.
 */
void
dsc_sqlite_bind_ids (sqlite3_stmt *stmt,
                     int           index,
                     GArray       *ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  sqlite3_bind_text (stmt, index, json->str, (int) json->len, SQLITE_TRANSIENT);
}
