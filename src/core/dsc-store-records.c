/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading and writing records of any kind, driven by the kind's field table.
 * The SQL is generated from those constant tables (never from user text) once
 * per kind and store, and runs as cached prepared statements. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-store-private.h"

#define HEAD_COLUMNS "id, uuid, created_at, updated_at, deleted_at"
#define N_HEAD_COLUMNS 5

static const char *
kind_sql (DscStore      *self,
          const DscKind *kind,
          const char    *verb)
{
  g_autofree char *key = g_strconcat (kind->table, "/", verb, NULL);
  GString *sql;
  const char *cached = g_hash_table_lookup (self->kind_sql, key);

  if (cached != NULL)
    return cached;

  sql = g_string_new (NULL);

  if (g_str_equal (verb, "select"))
    {
      g_string_append (sql, "SELECT " HEAD_COLUMNS);
      for (guint i = 0; i < kind->n_fields; i++)
        g_string_append_printf (sql, ", %s", kind->fields[i].column);
      g_string_append_printf (sql, " FROM %s", kind->table);
    }
  else if (g_str_equal (verb, "insert"))
    {
      g_string_append_printf (sql, "INSERT INTO %s (uuid, created_at, updated_at, deleted_at%s",
                              kind->table, kind->sort_field != NULL ? ", sort_key" : "");
      for (guint i = 0; i < kind->n_fields; i++)
        g_string_append_printf (sql, ", %s", kind->fields[i].column);
      g_string_append (sql, kind->sort_field != NULL ? ") VALUES (?, ?, ?, ?, ?" : ") VALUES (?, ?, ?, ?");
      for (guint i = 0; i < kind->n_fields; i++)
        g_string_append (sql, ", ?");
      g_string_append (sql, ")");
    }
  else if (g_str_equal (verb, "update"))
    {
      g_string_append_printf (sql, "UPDATE %s SET updated_at = ?%s", kind->table,
                              kind->sort_field != NULL ? ", sort_key = ?" : "");
      for (guint i = 0; i < kind->n_fields; i++)
        g_string_append_printf (sql, ", %s = ?", kind->fields[i].column);
      g_string_append (sql, " WHERE id = ? AND deleted_at IS NULL");
    }
  else
    g_assert_not_reached ();

  g_hash_table_insert (self->kind_sql, g_steal_pointer (&key), sql->str);
  return g_string_free (sql, FALSE);
}

static char *
sort_key_of (gconstpointer record)
{
  const DscRecord *head = record;
  const DscField *field;

  if (head->kind->sort_field == NULL)
    return g_strdup ("");

  field = dsc_kind_find_field (head->kind, head->kind->sort_field);
  return dsc_fold_for_sort (dsc_record_get_text (record, field));
}

/* Binds the kind's fields to parameters first_index, first_index + 1, ... */
static void
bind_fields (gconstpointer  record,
             sqlite3_stmt  *stmt,
             int            first_index)
{
  const DscKind *kind = ((const DscRecord *) record)->kind;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      int index = first_index + (int) i;

      switch (field->type)
        {
        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
          dsc_sqlite_bind_text (stmt, index, dsc_record_get_text (record, field));
          break;

        case DSC_FIELD_BOOL:
          sqlite3_bind_int (stmt, index, dsc_record_get_bool (record, field) ? 1 : 0);
          break;

        case DSC_FIELD_INT:
        case DSC_FIELD_DURATION:
          if (dsc_record_get_int (record, field) < 0)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_int (stmt, index, dsc_record_get_int (record, field));
          break;

        case DSC_FIELD_ENUM:
          dsc_sqlite_bind_text (stmt, index,
                                dsc_enum_code (field->enumeration,
                                               dsc_record_get_int (record, field)));
          break;

        case DSC_FIELD_FLAGS:
          sqlite3_bind_int64 (stmt, index, dsc_record_get_flags (record, field));
          break;

        case DSC_FIELD_REF:
          if (dsc_record_get_ref (record, field) <= 0)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_int64 (stmt, index, dsc_record_get_ref (record, field));
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static gpointer
read_record (const DscKind *kind,
             sqlite3_stmt  *stmt)
{
  DscRecord *record = dsc_record_new (kind);

  record->id = sqlite3_column_int64 (stmt, 0);
  record->uuid = dsc_sqlite_column_text (stmt, 1);
  record->created_at = dsc_sqlite_column_text (stmt, 2);
  record->updated_at = dsc_sqlite_column_text (stmt, 3);
  record->deleted_at = dsc_sqlite_column_text (stmt, 4);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      int column = N_HEAD_COLUMNS + (int) i;
      gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

      switch (field->type)
        {
        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
          dsc_record_set_text (record, field, (const char *) sqlite3_column_text (stmt, column));
          break;

        case DSC_FIELD_BOOL:
          dsc_record_set_bool (record, field, sqlite3_column_int (stmt, column) != 0);
          break;

        case DSC_FIELD_INT:
        case DSC_FIELD_DURATION:
          dsc_record_set_int (record, field, is_null ? -1 : sqlite3_column_int (stmt, column));
          break;

        case DSC_FIELD_ENUM:
          dsc_record_set_int (record, field,
                              dsc_enum_from_code (field->enumeration,
                                                  (const char *) sqlite3_column_text (stmt, column)));
          break;

        case DSC_FIELD_FLAGS:
          dsc_record_set_flags (record, field, (guint) sqlite3_column_int64 (stmt, column));
          break;

        case DSC_FIELD_REF:
          dsc_record_set_ref (record, field, is_null ? 0 : sqlite3_column_int64 (stmt, column));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return record;
}

/**
 * dsc_store_insert:
 * @self: a store
 * @record: a record not yet stored; its id is set on success
 * @error: return location for a #GError
 *
 * Validates and stores a new record. A record without uuid or timestamps gets a
 * random uuid and the clock's time; the demo and imports bring their own.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_insert (DscStore  *self,
                  gpointer   record,
                  GError   **error)
{
  DscRecord *head = record;
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sort_key = NULL;
  int next;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (head != NULL && head->id == 0, FALSE);

  if (!dsc_record_validate (record, error))
    return FALSE;
  if (head->kind->check != NULL && !head->kind->check (self, record, error))
    return FALSE;

  if (head->uuid == NULL)
    head->uuid = g_uuid_string_random ();
  if (head->created_at == NULL)
    head->created_at = dsc_clock_timestamp ();
  if (head->updated_at == NULL)
    head->updated_at = g_strdup (head->created_at);

  stmt = dsc_store_prepare (self, kind_sql (self, head->kind, "insert"), error);
  if (stmt == NULL)
    return FALSE;

  dsc_sqlite_bind_text (stmt, 1, head->uuid);
  dsc_sqlite_bind_text (stmt, 2, head->created_at);
  dsc_sqlite_bind_text (stmt, 3, head->updated_at);
  dsc_sqlite_bind_text (stmt, 4, head->deleted_at);
  next = 5;
  if (head->kind->sort_field != NULL)
    {
      sort_key = sort_key_of (record);
      sqlite3_bind_text (stmt, next++, sort_key, -1, SQLITE_TRANSIENT);
    }
  bind_fields (record, stmt, next);

  if (!dsc_sqlite_step_done (stmt, error))
    return FALSE;

  head->id = sqlite3_last_insert_rowid (self->db);
  dsc_store_emit_changed (self, head->kind, head->id);
  return TRUE;
}

/**
 * dsc_store_update:
 * @self: a store
 * @record: a stored, live record with new values
 * @error: return location for a #GError
 *
 * Validates and writes every field of @record, and stamps it with the clock.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_update (DscStore  *self,
                  gpointer   record,
                  GError   **error)
{
  DscRecord *head = record;
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *now = NULL;
  int next;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (head != NULL && head->id > 0, FALSE);

  if (!dsc_record_validate (record, error))
    return FALSE;
  if (head->kind->check != NULL && !head->kind->check (self, record, error))
    return FALSE;

  stmt = dsc_store_prepare (self, kind_sql (self, head->kind, "update"), error);
  if (stmt == NULL)
    return FALSE;

  now = dsc_clock_timestamp ();
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  next = 2;
  if (head->kind->sort_field != NULL)
    {
      sort_key = sort_key_of (record);
      sqlite3_bind_text (stmt, next++, sort_key, -1, SQLITE_TRANSIENT);
    }
  bind_fields (record, stmt, next);
  sqlite3_bind_int64 (stmt, next + (int) head->kind->n_fields, head->id);

  if (!dsc_sqlite_step_done (stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                           _("This record was deleted meanwhile, so the change was not saved."));
      return FALSE;
    }

  g_free (head->updated_at);
  head->updated_at = g_steal_pointer (&now);
  dsc_store_emit_changed (self, head->kind, head->id);
  return TRUE;
}

static gpointer
load_where (DscStore       *self,
            const DscKind  *kind,
            const char     *condition,
            gint64          id,
            const char     *uuid,
            GError        **error)
{
  g_autofree char *sql = g_strconcat (kind_sql (self, kind, "select"), condition, NULL);
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return read_record (kind, stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                         _("This record no longer exists; it may have been deleted."));
  return NULL;
}

/**
 * dsc_store_load:
 * @self: a store
 * @kind: the kind of record
 * @id: its row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the live record, or %NULL with
 *   %DSC_STORE_ERROR_NOT_FOUND when it is missing or deleted
 */
gpointer
dsc_store_load (DscStore       *self,
                const DscKind  *kind,
                gint64          id,
                GError        **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  return load_where (self, kind, " WHERE id = ? AND deleted_at IS NULL", id, NULL, error);
}

/**
 * dsc_store_load_by_uuid:
 * @self: a store
 * @kind: the kind of record
 * @uuid: its uuid
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the live record with that uuid
 */
gpointer
dsc_store_load_by_uuid (DscStore       *self,
                        const DscKind  *kind,
                        const char     *uuid,
                        GError        **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return load_where (self, kind, " WHERE uuid = ? AND deleted_at IS NULL", 0, uuid, error);
}

static const char *
order_of (const DscKind *kind)
{
  if (kind->sort_field != NULL)
    return "sort_key, id";
  return kind->order_by != NULL ? kind->order_by : "id";
}

/**
 * dsc_store_list_by:
 * @self: a store
 * @kind: the kind of record
 * @ref_field: (nullable): a reference field of @kind, such as "association"
 *   or "module"; %NULL lists every record
 * @id: the row id that @ref_field must hold
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscRecord) (nullable): the live
 *   records, in the kind's order
 */
GPtrArray *
dsc_store_list_by (DscStore       *self,
                   const DscKind  *kind,
                   const char     *ref_field,
                   gint64          id,
                   GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  const DscField *owner = ref_field != NULL ? dsc_kind_find_field (kind, ref_field) : NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (ref_field == NULL || (owner != NULL && owner->type == DSC_FIELD_REF), NULL);

  sql = g_strdup_printf ("%s WHERE deleted_at IS NULL%s%s%s ORDER BY %s",
                         kind_sql (self, kind, "select"),
                         owner != NULL ? " AND " : "",
                         owner != NULL ? owner->column : "",
                         owner != NULL ? " = ?" : "",
                         order_of (kind));

  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (owner != NULL)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (records, read_record (kind, stmt));

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&records);
}

/**
 * dsc_store_list_ids:
 * @self: a store
 * @kind: the kind of record
 * @ids: (element-type gint64): row ids
 * @error: return location for a #GError
 *
 * Reads the live records among @ids in one query (the ids travel as one JSON
 * array), for lists that find their rows with a join first.
 *
 * Returns: (transfer full) (element-type DscRecord) (nullable): the records,
 *   in the kind's order
 */
GPtrArray *
dsc_store_list_ids (DscStore       *self,
                    const DscKind  *kind,
                    GArray         *ids,
                    GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  if (ids->len == 0)
    return g_steal_pointer (&records);

  sql = g_strdup_printf ("%s WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each (?))"
                         " ORDER BY %s",
                         kind_sql (self, kind, "select"), order_of (kind));
  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  dsc_sqlite_bind_ids (stmt, 1, ids);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (records, read_record (kind, stmt));

  return rc == SQLITE_DONE ? g_steal_pointer (&records) : NULL;
}

/**
 * dsc_store_list:
 * @self: a store
 * @kind: the kind of record
 * @association_id: only the records of this association, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscRecord) (nullable): the live
 *   records, in the kind's order
 */
GPtrArray *
dsc_store_list (DscStore       *self,
                const DscKind  *kind,
                gint64          association_id,
                GError        **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  return dsc_store_list_by (self, kind, association_id > 0 ? "association" : NULL,
                            association_id, error);
}

/**
 * dsc_store_count:
 * @self: a store
 * @kind: the kind of record
 * @error: return location for a #GError
 *
 * Returns: how many live records of @kind there are, or -1 on error
 */
gint64
dsc_store_count (DscStore       *self,
                 const DscKind  *kind,
                 GError        **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted_at IS NULL", kind->table);
  return dsc_sqlite_query_int (self->db, sql, error);
}

/**
 * dsc_store_count_where:
 * @self: a store
 * @kind: the kind of record
 * @ref_field: a reference field of @kind, such as "association"
 * @id: the row id it must hold
 * @error: return location for a #GError
 *
 * Returns: how many live records of @kind point to @id, or -1 on error
 */
gint64
dsc_store_count_where (DscStore       *self,
                       const DscKind  *kind,
                       const char     *ref_field,
                       gint64          id,
                       GError        **error)
{
  const DscField *field = dsc_kind_find_field (kind, ref_field);
  g_autofree char *sql = NULL;
  g_autoptr(DscCachedStatement) stmt = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), -1);
  g_return_val_if_fail (field != NULL && field->type == DSC_FIELD_REF, -1);

  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE deleted_at IS NULL AND %s = ?",
                         kind->table, field->column);
  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  return dsc_sqlite_step (stmt, error) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

/* Marks one record deleted (with the clock's time) or live again. */
gboolean
dsc_store_set_deleted (DscStore       *self,
                       const DscKind  *kind,
                       gint64          id,
                       gboolean        deleted,
                       GError        **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *now = dsc_clock_timestamp ();
  g_autoptr(DscCachedStatement) stmt = NULL;

  if (deleted)
    sql = g_strdup_printf ("UPDATE %s SET deleted_at = ?1, updated_at = ?1"
                           " WHERE id = ?2 AND deleted_at IS NULL", kind->table);
  else
    sql = g_strdup_printf ("UPDATE %s SET deleted_at = NULL, updated_at = ?1"
                           " WHERE id = ?2 AND deleted_at IS NOT NULL", kind->table);

  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);

  if (!dsc_sqlite_step_done (stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                           _("This record no longer exists; it may have been deleted."));
      return FALSE;
    }

  dsc_store_emit_changed (self, kind, id);
  return TRUE;
}

/**
 * dsc_store_query_map:
 * @self: a store
 * @sql: a constant query whose rows are (row id, text)
 * @error: return location for a #GError
 *
 * Reads a whole column at once, so that listing records with references takes
 * one query per referenced table rather than one per row.
 *
 * Returns: (transfer full) (nullable): row id (gint64 *) -> text; a later row
 *   for the same id replaces an earlier one
 */
GHashTable *
dsc_store_query_map (DscStore    *self,
                     const char  *sql,
                     GError     **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (map, g_memdup2 (&id, sizeof id), dsc_sqlite_column_text (stmt, 1));
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&map);
}
