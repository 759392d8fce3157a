/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export: the database, or one association and everything it references, as
 * JSON Lines. Rows are stepped through with prepared statements inside one
 * read transaction (a consistent snapshot) and written one line at a time, so
 * memory does not grow with the database. The same row readers give the merge
 * the database's version of a record. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-exchange-private.h"

#define FLUSH_SIZE (64 * 1024)
#define EXPORT_CACHE_KIB 65536

/* Columns before a kind's fields in dsc_exchange_select_sql(). */
#define N_HEAD 7

static const char *
table_of (DscExchangeKind kind)
{
  return kind == DSC_EXCHANGE_TOMBSTONE ? "tombstone" : dsc_exchange_kind_record (kind)->table;
}

/* With @ref_uuids, each reference's row id is followed by the uuid of the row
 * it points to; without, by NULL (the export knows the uuids already). */
static char *
build_select_sql (DscExchangeKind kind,
                  gboolean        ref_uuids)
{
  const DscKind *record_kind = dsc_exchange_kind_record (kind);
  GString *sql;

  if (record_kind == NULL)
    return g_strdup ("SELECT 0, 0, t.uuid, t.kind, t.deleted_at, NULL, NULL FROM tombstone t");

  sql = g_string_new ("SELECT t.id, t.imported, t.uuid, t.created_at, t.updated_at, t.deleted_at, t.based_on");
  for (guint i = 0; i < record_kind->n_fields; i++)
    {
      const DscField *field = &record_kind->fields[i];

      if (field->type == DSC_FIELD_REF && ref_uuids)
        g_string_append_printf (sql, ", t.%s, (SELECT uuid FROM %s WHERE id = t.%s)",
                                field->column, field->ref_table, field->column);
      else if (field->type == DSC_FIELD_REF)
        g_string_append_printf (sql, ", t.%s, NULL", field->column);
      else
        g_string_append_printf (sql, ", t.%s", field->column);
    }
  if (kind == DSC_EXCHANGE_FRAMEWORK_VERSION)
    g_string_append (sql, ", t.level_labels");
  g_string_append_printf (sql, " FROM %s t", record_kind->table);

  return g_string_free (sql, FALSE);
}

static char *
build_select_sql_with_uuids (DscExchangeKind kind)
{
  return build_select_sql (kind, TRUE);
}

static char *
build_select_sql_without_uuids (DscExchangeKind kind)
{
  return build_select_sql (kind, FALSE);
}

/**
 * dsc_exchange_select_sql:
 * @kind: a kind of line
 *
 * Returns: (transfer none): the constant query that reads rows of @kind as
 *   dsc_xrecord_from_row() expects them, without WHERE; the same text each time,
 *   so that the store's statement cache keeps one statement per use
 */
const char *
dsc_exchange_select_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_select_sql_with_uuids, kind);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return dsc_sqlite_column_text (stmt, column);
}

/* Text as the merge compares it: trimmed, and absent when empty. */
static char *
column_trimmed (sqlite3_stmt *stmt,
                int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  char *trimmed;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    g_clear_pointer (&trimmed, g_free);
  return trimmed;
}

/**
 * dsc_xrecord_from_row:
 * @kind: the kind of the row
 * @stmt: a statement of dsc_exchange_select_sql() on a row
 *
 * Returns: (transfer full): the row as a record, without what travels inside
 *   it (dsc_xrecord_load_extras())
 */
DscXRecord *
dsc_xrecord_from_row (DscExchangeKind  kind,
                      sqlite3_stmt    *stmt)
{
  DscXRecord *x = dsc_xrecord_new (kind);
  const DscKind *record_kind = dsc_exchange_kind_record (kind);
  DscRecord *head;
  int column = N_HEAD;

  x->id = sqlite3_column_int64 (stmt, 0);
  x->imported = sqlite3_column_int (stmt, 1) != 0;

  if (record_kind == NULL)
    {
      x->uuid = column_text (stmt, 2);
      x->record_kind = dsc_exchange_kind_from_name ((const char *) sqlite3_column_text (stmt, 3));
      x->deleted_at = column_text (stmt, 4);
      return x;
    }

  head = x->record;
  head->id = x->id;
  head->uuid = column_text (stmt, 2);
  head->created_at = column_text (stmt, 3);
  head->updated_at = column_text (stmt, 4);
  head->deleted_at = column_text (stmt, 5);
  x->based_on = column_text (stmt, 6);

  for (guint i = 0; i < record_kind->n_fields; i++)
    {
      const DscField *field = &record_kind->fields[i];
      gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

      switch (field->type)
        {
        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
          dsc_record_set_text (head, field, (const char *) sqlite3_column_text (stmt, column));
          break;

        case DSC_FIELD_BOOL:
          dsc_record_set_bool (head, field, sqlite3_column_int (stmt, column) != 0);
          break;

        case DSC_FIELD_INT:
        case DSC_FIELD_DURATION:
          dsc_record_set_int (head, field, is_null ? -1 : sqlite3_column_int (stmt, column));
          break;

        case DSC_FIELD_ENUM:
          dsc_record_set_int (head, field,
                              dsc_enum_from_code (field->enumeration,
                                                  (const char *) sqlite3_column_text (stmt, column)));
          break;

        case DSC_FIELD_FLAGS:
          dsc_record_set_flags (head, field, (guint) sqlite3_column_int64 (stmt, column));
          break;

        case DSC_FIELD_REF:
          dsc_record_set_ref (head, field, is_null ? 0 : sqlite3_column_int64 (stmt, column));
          column++;
          x->refs[i] = column_text (stmt, column);
          break;

        default:
          g_assert_not_reached ();
        }
      column++;
    }

  if (kind == DSC_EXCHANGE_FRAMEWORK_VERSION && sqlite3_column_type (stmt, column) != SQLITE_NULL)
    x->level_labels_json = column_text (stmt, column);

  return x;
}

/* A JSON array of texts as stored (descriptors, level labels), read by SQLite. */
static char **
strings_from_json (DscStore    *store,
                   const char  *json,
                   GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (json == NULL)
    return NULL;

  stmt = dsc_store_prepare (store, "SELECT value FROM json_each (?) WHERE json_valid (?1) ORDER BY key",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      g_strv_builder_add (builder, text != NULL ? text : "");
    }

  if (rc != SQLITE_DONE)
    return NULL;
  return g_strv_builder_end (builder);
}

static gboolean
load_links (DscStore     *store,
            const char   *sql,
            gint64        id,
            GPtrArray    *links,
            GError      **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscXLink *link = g_new0 (DscXLink, 1);

      link->uuid = column_text (stmt, 0);
      link->id = sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (links, link);
    }

  return rc == SQLITE_DONE;
}

/**
 * dsc_xrecord_load_extras:
 * @store: the store the record was read from
 * @x: a record read by dsc_xrecord_from_row()
 * @error: return location for a #GError
 *
 * Reads what travels inside a record: a version's domains, an assessment's
 * scores, a module's domains, a meeting's services and associations (all of
 * them, whatever the file is made for).
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_xrecord_load_extras (DscStore    *store,
                         DscXRecord  *x,
                         GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  if (x->extras_loaded)
    return TRUE;
  x->extras_loaded = TRUE;

  switch (x->kind)
    {
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
      if (x->level_labels_json != NULL)
        {
          GError *local_error = NULL;

          x->level_labels = strings_from_json (store, x->level_labels_json, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
        }
      stmt = dsc_store_prepare (store,
                                "SELECT d.uuid, vd.domain_id, vd.position, vd.name, vd.description,"
                                "  vd.descriptors, vd.retired"
                                " FROM version_domain vd JOIN domain d ON d.id = vd.domain_id"
                                " WHERE vd.version_id = ?",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, x->id);
      {
        g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

        while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
          {
            DscXVersionDomain *domain = g_new0 (DscXVersionDomain, 1);

            domain->domain = column_text (stmt, 0);
            domain->domain_id = sqlite3_column_int64 (stmt, 1);
            domain->position = sqlite3_column_int (stmt, 2);
            domain->name = column_trimmed (stmt, 3);
            domain->description = column_trimmed (stmt, 4);
            domain->retired = sqlite3_column_int (stmt, 6) != 0;
            g_ptr_array_add (texts, column_text (stmt, 5));
            g_ptr_array_add (x->version_domains, domain);
          }
        if (rc != SQLITE_DONE)
          return FALSE;
        sqlite3_reset (stmt);

        /* The descriptors' JSON is read by SQLite once the rows are read. */
        for (guint i = 0; i < x->version_domains->len; i++)
          {
            DscXVersionDomain *domain = g_ptr_array_index (x->version_domains, i);
            GError *local_error = NULL;

            domain->descriptors = strings_from_json (store, g_ptr_array_index (texts, i), &local_error);
            if (local_error != NULL)
              {
                g_propagate_error (error, local_error);
                return FALSE;
              }
          }
      }
      break;

    case DSC_EXCHANGE_ASSESSMENT:
      stmt = dsc_store_prepare (store,
                                "SELECT d.uuid, s.domain_id, s.level, s.evidence, s.target_level"
                                " FROM score s JOIN domain d ON d.id = s.domain_id"
                                " WHERE s.assessment_id = ?",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, x->id);
      while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
        {
          DscXScore *score = g_new0 (DscXScore, 1);

          score->domain = column_text (stmt, 0);
          score->domain_id = sqlite3_column_int64 (stmt, 1);
          score->level = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
          score->evidence = column_trimmed (stmt, 3);
          score->target_level = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
          g_ptr_array_add (x->scores, score);
        }
      if (rc != SQLITE_DONE)
        return FALSE;
      break;

    case DSC_EXCHANGE_MODULE:
      if (!load_links (store,
                       "SELECT d.uuid, d.id FROM module_domain md JOIN domain d ON d.id = md.domain_id"
                       " WHERE md.module_id = ?",
                       x->id, x->domains, error))
        return FALSE;
      break;

    case DSC_EXCHANGE_MEETING:
      if (!load_links (store,
                       "SELECT s.uuid, s.id FROM meeting_service x JOIN service s ON s.id = x.service_id"
                       " WHERE x.meeting_id = ?",
                       x->id, x->services, error))
        return FALSE;
      if (!load_links (store,
                       "SELECT a.uuid, a.id FROM meeting_association x JOIN association a ON a.id = x.association_id"
                       " WHERE x.meeting_id = ?",
                       x->id, x->associations, error))
        return FALSE;
      break;

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  dsc_xrecord_sort (x);
  return TRUE;
}

/**
 * dsc_exchange_load_local:
 * @store: a store
 * @kind: a kind of line
 * @uuid: a uuid
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the database's row of @kind with that
 *   uuid, live or deleted, without its extras; %NULL without @error when there
 *   is none
 */
DscXRecord *
dsc_exchange_load_local (DscStore         *store,
                         DscExchangeKind   kind,
                         const char       *uuid,
                         GError          **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (store, dsc_exchange_local_sql (kind), error);

  if (stmt == NULL)
    return NULL;
  return dsc_exchange_read_local (stmt, kind, uuid, error);
}

static char *
build_local_sql (DscExchangeKind kind)
{
  return g_strconcat (dsc_exchange_select_sql (kind), " WHERE t.uuid = ?", NULL);
}

/**
 * dsc_exchange_local_sql:
 * @kind: a kind of line
 *
 * Returns: the constant query of one row of @kind by uuid (one parameter)
 */
const char *
dsc_exchange_local_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_local_sql, kind);
}

/**
 * dsc_exchange_read_local:
 * @stmt: the statement of dsc_exchange_local_sql(), reset
 * @kind: its kind
 * @uuid: the uuid to read
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the row, or %NULL without @error when
 *   there is none
 */
DscXRecord *
dsc_exchange_read_local (sqlite3_stmt     *stmt,
                         DscExchangeKind   kind,
                         const char       *uuid,
                         GError          **error)
{
  int rc;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return dsc_xrecord_from_row (kind, stmt);
  return NULL;
}

/* Export ---------------------------------------------------------------- */

/* What one association's file holds; ?1 is the association's row id. Its
 * meetings list every association that took part, as they do in a file of the
 * whole database (a shorter list would read as associations taken out), so
 * those associations' own lines come too: the file refers to them. */
#define SCOPE_MODULES \
  "(SELECT s.module_id FROM attendance a JOIN session s ON s.id = a.session_id WHERE a.association_id = ?1" \
  " UNION SELECT module_id FROM certificate WHERE association_id = ?1)"
#define SCOPE_MEETINGS \
  "(SELECT meeting_id FROM meeting_association WHERE association_id = ?1" \
  " UNION SELECT meeting_id FROM follow_up WHERE association_id = ?1)"
#define SCOPE_FOLLOW_UPS \
  "meeting_id IN " SCOPE_MEETINGS " AND (association_id = ?1 OR association_id IS NULL)"

static const char * const scope_conditions[DSC_EXCHANGE_N_KINDS] = {
  [DSC_EXCHANGE_FRAMEWORK] = NULL,
  [DSC_EXCHANGE_FRAMEWORK_VERSION] = NULL,
  [DSC_EXCHANGE_DOMAIN] = NULL,
  [DSC_EXCHANGE_ASSOCIATION] = "t.id = ?1 OR t.id IN (SELECT association_id FROM meeting_association"
                               " WHERE meeting_id IN " SCOPE_MEETINGS ")",
  [DSC_EXCHANGE_PERSON] = "t.association_id = ?1",
  [DSC_EXCHANGE_ASSESSMENT] = "t.association_id = ?1",
  [DSC_EXCHANGE_GOAL] = "t.association_id = ?1",
  [DSC_EXCHANGE_MODULE] = "t.id IN " SCOPE_MODULES,
  [DSC_EXCHANGE_SESSION] = "t.module_id IN " SCOPE_MODULES,
  [DSC_EXCHANGE_ATTENDANCE] = "t.association_id = ?1",
  [DSC_EXCHANGE_CERTIFICATE] = "t.association_id = ?1",
  [DSC_EXCHANGE_SERVICE] = "t.id IN (SELECT service_id FROM meeting_service WHERE meeting_id IN " SCOPE_MEETINGS
                           " UNION SELECT service_id FROM follow_up WHERE " SCOPE_FOLLOW_UPS ")",
  [DSC_EXCHANGE_MEETING] = "t.id IN " SCOPE_MEETINGS,
  [DSC_EXCHANGE_FOLLOW_UP] = "t." SCOPE_FOLLOW_UPS,
  [DSC_EXCHANGE_TOMBSTONE] = NULL,
};

/* A row written, as records written after it refer to it. */
typedef struct
{
  gint64  id;
  char   *uuid;
} WrittenRow;

static void
written_row_free (gpointer data)
{
  WrittenRow *row = data;

  g_free (row->uuid);
  g_free (row);
}

typedef struct
{
  DscStore             *store;
  GOutputStream        *output;
  GCancellable         *cancellable;
  DscExchangeProgress   progress;
  gpointer              user_data;
  GString              *buffer;
  gint64                association_id;
  const char           *association_uuid;
  guint64               written;
  guint64               total;
  /* The uuids of the rows written so far, by kind and row id (WrittenRow),
   * for the kinds that later kinds refer to: a file holds what its records
   * refer to before them, so references and links are written from here
   * rather than looked up row by row. */
  GHashTable           *uuids[DSC_EXCHANGE_TOMBSTONE];
} Exporter;

static int
kind_of_table (const char *table)
{
  for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
    if (g_str_equal (dsc_exchange_kind_record (kind)->table, table))
      return kind;
  g_return_val_if_reached (-1);
}

/* The kinds whose rows the records of other kinds refer to or link. */
static void
exporter_init_uuids (Exporter *exporter)
{
  exporter->uuids[DSC_EXCHANGE_DOMAIN] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, written_row_free);
  exporter->uuids[DSC_EXCHANGE_ASSOCIATION] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, written_row_free);
  exporter->uuids[DSC_EXCHANGE_SERVICE] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, written_row_free);
  for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
    {
      const DscKind *record_kind = dsc_exchange_kind_record (kind);

      for (guint i = 0; i < record_kind->n_fields; i++)
        if (record_kind->fields[i].type == DSC_FIELD_REF)
          {
            int target = kind_of_table (record_kind->fields[i].ref_table);

            if (target >= 0 && exporter->uuids[target] == NULL)
              exporter->uuids[target] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                               written_row_free);
          }
    }
}

static void
note_written (Exporter         *exporter,
              const DscXRecord *x)
{
  WrittenRow *row;

  if (x->record == NULL || exporter->uuids[x->kind] == NULL)
    return;
  row = g_new (WrittenRow, 1);
  row->id = x->id;
  row->uuid = g_strdup (x->record->uuid);
  g_hash_table_replace (exporter->uuids[x->kind], &row->id, row);
}

static char *
build_uuid_sql (DscExchangeKind kind)
{
  const DscKind *record_kind = dsc_exchange_kind_record (kind);

  return record_kind != NULL ? g_strconcat ("SELECT uuid FROM ", record_kind->table, " WHERE id = ?", NULL) : NULL;
}

/* The uuid of the row @id of @kind, %NULL (without @error) when there is none. */
static char *
uuid_of (Exporter         *exporter,
         DscExchangeKind   kind,
         gint64            id,
         GError          **error)
{
  static DscExchangeSqlCache uuid_sql;
  g_autoptr(DscCachedStatement) stmt = NULL;
  WrittenRow *row = exporter->uuids[kind] != NULL ? g_hash_table_lookup (exporter->uuids[kind], &id) : NULL;
  int rc;

  if (row != NULL)
    return g_strdup (row->uuid);

  /* A row that was not written before (none should be): as the database has it. */
  stmt = dsc_store_prepare (exporter->store, dsc_exchange_cached_sql (&uuid_sql, build_uuid_sql, kind), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = dsc_sqlite_step (stmt, error);
  return rc == SQLITE_ROW ? dsc_sqlite_column_text (stmt, 0) : NULL;
}

/* The uuids of a record read without them (export_select_sql()). */
static gboolean
fill_refs (Exporter    *exporter,
           DscXRecord  *x,
           GError     **error)
{
  const DscKind *kind;

  if (x->record == NULL)
    return TRUE;

  kind = x->record->kind;
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      GError *local_error = NULL;
      gint64 id;

      if (field->type != DSC_FIELD_REF || (id = dsc_record_get_ref (x->record, field)) <= 0)
        continue;
      x->refs[i] = uuid_of (exporter, kind_of_table (field->ref_table), id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

/* What travels inside the records of a kind, for a whole database: the rows
 * of each list in one statement, ordered by their record's uuid as the records
 * are, and taken as each record comes (instead of a query per record). The
 * first column is the record's uuid. CROSS JOIN keeps SQLite walking the
 * records' uuid index rather than sorting the lists. */
#define SCORES_BY_RECORD \
  "SELECT a.uuid, s.domain_id, s.level, s.evidence, s.target_level" \
  " FROM assessment a CROSS JOIN score s ON s.assessment_id = a.id ORDER BY a.uuid"
#define DOMAINS_BY_MODULE \
  "SELECT m.uuid, x.domain_id FROM module m CROSS JOIN module_domain x ON x.module_id = m.id ORDER BY m.uuid"
#define SERVICES_BY_MEETING \
  "SELECT m.uuid, x.service_id FROM meeting m CROSS JOIN meeting_service x ON x.meeting_id = m.id ORDER BY m.uuid"
#define ASSOCIATIONS_BY_MEETING \
  "SELECT m.uuid, x.association_id FROM meeting m CROSS JOIN meeting_association x" \
  " ON x.meeting_id = m.id ORDER BY m.uuid"

typedef struct
{
  sqlite3_stmt *stmt;
  gboolean      on_row;   /* on a row not taken yet */
  gboolean      done;
} ListCursor;

/* The lists of one kind: scores; a module's domains; a meeting's services,
 * then its associations. */
typedef struct
{
  ListCursor cursor[2];
} Lists;

static void
lists_clear (Lists *lists)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists->cursor); i++)
    g_clear_pointer (&lists->cursor[i].stmt, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lists, lists_clear)

/* Puts @cursor on its next row of the record @uuid: 1 when there is one (its
 * columns are then to be read), 0 when there are no more, -1 on error. */
static int
list_cursor_next (ListCursor  *cursor,
                  const char  *uuid,
                  GError     **error)
{
  while (!cursor->done)
    {
      int order;

      if (!cursor->on_row)
        {
          int rc = dsc_sqlite_step (cursor->stmt, error);

          if (rc == SQLITE_DONE)
            {
              cursor->done = TRUE;
              break;
            }
          if (rc != SQLITE_ROW)
            return -1;
          cursor->on_row = TRUE;
        }

      order = g_strcmp0 ((const char *) sqlite3_column_text (cursor->stmt, 0), uuid);
      if (order > 0)
        return 0;
      /* Taken, or (none should be) a row of a record that is not written. */
      cursor->on_row = FALSE;
      if (order == 0)
        return 1;
    }
  return 0;
}

static gboolean
take_links (Exporter         *exporter,
            ListCursor       *cursor,
            DscExchangeKind   kind,
            DscXRecord       *x,
            GPtrArray        *links,
            GError          **error)
{
  int rc;

  while ((rc = list_cursor_next (cursor, x->record->uuid, error)) > 0)
    {
      DscXLink *link = g_new0 (DscXLink, 1);
      GError *local_error = NULL;

      link->id = sqlite3_column_int64 (cursor->stmt, 1);
      link->uuid = uuid_of (exporter, kind, link->id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          g_free (link);
          return FALSE;
        }
      /* As the join of dsc_xrecord_load_extras() would have it. */
      if (link->uuid == NULL)
        {
          g_free (link);
          continue;
        }
      g_ptr_array_add (links, link);
    }
  return rc == 0;
}

/* dsc_xrecord_load_extras() from the lists' cursors. */
static gboolean
take_extras (Exporter    *exporter,
             Lists       *lists,
             DscXRecord  *x,
             GError     **error)
{
  int rc;

  switch (x->kind)
    {
    case DSC_EXCHANGE_ASSESSMENT:
      while ((rc = list_cursor_next (&lists->cursor[0], x->record->uuid, error)) > 0)
        {
          sqlite3_stmt *stmt = lists->cursor[0].stmt;
          DscXScore *score = g_new0 (DscXScore, 1);
          GError *local_error = NULL;

          score->domain_id = sqlite3_column_int64 (stmt, 1);
          score->domain = uuid_of (exporter, DSC_EXCHANGE_DOMAIN, score->domain_id, &local_error);
          if (local_error != NULL || score->domain == NULL)
            {
              g_free (score);
              if (local_error == NULL)
                continue;
              g_propagate_error (error, local_error);
              return FALSE;
            }
          score->level = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
          score->evidence = column_trimmed (stmt, 3);
          score->target_level = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
          g_ptr_array_add (x->scores, score);
        }
      if (rc < 0)
        return FALSE;
      break;

    case DSC_EXCHANGE_MODULE:
      if (!take_links (exporter, &lists->cursor[0], DSC_EXCHANGE_DOMAIN, x, x->domains, error))
        return FALSE;
      break;

    case DSC_EXCHANGE_MEETING:
      if (!take_links (exporter, &lists->cursor[0], DSC_EXCHANGE_SERVICE, x, x->services, error)
          || !take_links (exporter, &lists->cursor[1], DSC_EXCHANGE_ASSOCIATION, x, x->associations, error))
        return FALSE;
      break;

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  x->extras_loaded = TRUE;
  dsc_xrecord_sort (x);
  return TRUE;
}

static gboolean
flush (Exporter  *exporter,
       GError   **error)
{
  if (exporter->buffer->len == 0)
    return TRUE;

  if (!g_output_stream_write_all (exporter->output, exporter->buffer->str, exporter->buffer->len,
                                  NULL, exporter->cancellable, error))
    return FALSE;

  g_string_truncate (exporter->buffer, 0);
  if (exporter->progress != NULL)
    exporter->progress (exporter->written, exporter->total, exporter->user_data);
  return TRUE;
}

/* dsc_exchange_select_sql() without the uuids of references (fill_refs()). */
static const char *
export_select_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_select_sql_without_uuids, kind);
}

static char *
kind_query (DscExchangeKind  kind,
            gboolean         scoped,
            gboolean         count)
{
  const char *condition = scoped ? scope_conditions[kind] : NULL;

  if (count)
    return g_strdup_printf ("SELECT count(*) FROM %s t%s%s", table_of (kind),
                            condition != NULL ? " WHERE " : "", condition != NULL ? condition : "");

  return g_strdup_printf ("%s%s%s ORDER BY t.uuid", export_select_sql (kind),
                          condition != NULL ? " WHERE " : "", condition != NULL ? condition : "");
}

static gboolean
count_records (Exporter  *exporter,
               GError   **error)
{
  for (int kind = 0; kind < DSC_EXCHANGE_N_KINDS; kind++)
    {
      g_autofree char *sql = kind_query (kind, exporter->association_id > 0, TRUE);
      g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (exporter->store->db, sql, error);

      if (stmt == NULL)
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int64 (stmt, 1, exporter->association_id);
      if (dsc_sqlite_step (stmt, error) != SQLITE_ROW)
        return FALSE;
      exporter->total += (guint64) sqlite3_column_int64 (stmt, 0);
    }

  return TRUE;
}

static gboolean
export_kind (Exporter         *exporter,
             DscExchangeKind   kind,
             GError          **error)
{
  g_autofree char *sql = kind_query (kind, exporter->association_id > 0, FALSE);
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (exporter->store->db, sql, error);
  g_auto(Lists) lists = { { { NULL, FALSE, FALSE }, { NULL, FALSE, FALSE } } };
  const char *lists_sql[G_N_ELEMENTS (lists.cursor)] = { NULL, NULL };
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, exporter->association_id);

  /* A file of one association reads its few lists record by record. */
  if (exporter->association_id == 0)
    {
      if (kind == DSC_EXCHANGE_ASSESSMENT)
        lists_sql[0] = SCORES_BY_RECORD;
      else if (kind == DSC_EXCHANGE_MODULE)
        lists_sql[0] = DOMAINS_BY_MODULE;
      else if (kind == DSC_EXCHANGE_MEETING)
        {
          lists_sql[0] = SERVICES_BY_MEETING;
          lists_sql[1] = ASSOCIATIONS_BY_MEETING;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (lists.cursor); i++)
    if (lists_sql[i] != NULL
        && (lists.cursor[i].stmt = dsc_sqlite_prepare (exporter->store->db, lists_sql[i], error)) == NULL)
      return FALSE;

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DscXRecord) x = dsc_xrecord_from_row (kind, stmt);

      if (!fill_refs (exporter, x, error))
        return FALSE;
      if (lists_sql[0] != NULL ? !take_extras (exporter, &lists, x, error)
          : !dsc_xrecord_load_extras (exporter->store, x, error))
        return FALSE;
      note_written (exporter, x);
      dsc_xrecord_write (x, exporter->buffer);
      g_string_append_c (exporter->buffer, '\n');
      exporter->written++;

      if (exporter->buffer->len >= FLUSH_SIZE)
        {
          if (g_cancellable_set_error_if_cancelled (exporter->cancellable, error)
              || !flush (exporter, error))
            return FALSE;
        }
    }

  return rc == SQLITE_DONE;
}

static gint64
find_association (DscStore    *store,
                  const char  *uuid,
                  GError     **error)
{
  g_autoptr(DscCachedStatement) stmt =
    dsc_store_prepare (store, "SELECT id FROM association WHERE uuid = ?", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                 _("No association has the uuid “%s”; choose one that is in the database."), uuid);
  return -1;
}

static gboolean
export_all (Exporter    *exporter,
            const char  *now,
            GError     **error)
{
  g_string_append (exporter->buffer, "{\"format\":\"" DSC_EXCHANGE_FORMAT "\",\"version\":");
  g_string_append_printf (exporter->buffer, "%d,\"exported_at\":", DSC_EXCHANGE_VERSION);
  dsc_json_append_string (exporter->buffer, now);
  g_string_append (exporter->buffer, ",\"generator\":");
  dsc_json_append_string (exporter->buffer, "Discorsi " PACKAGE_VERSION);
  g_string_append (exporter->buffer, ",\"scope\":");
  dsc_json_append_string (exporter->buffer,
                          exporter->association_uuid != NULL ? exporter->association_uuid : "all");
  g_string_append (exporter->buffer, "}\n");

  for (int kind = 0; kind < DSC_EXCHANGE_N_KINDS; kind++)
    if (!export_kind (exporter, kind, error))
      return FALSE;

  g_string_append_printf (exporter->buffer, "{\"kind\":\"end\",\"records\":%" G_GUINT64_FORMAT "}\n",
                          exporter->written);
  return flush (exporter, error);
}

/* Notes that the versions current at @snapshot (when the export's snapshot was
 * taken, not when it ended: an edit made meanwhile is not in the file) have
 * left this database, so that a later local edit counts them as shared (the
 * lineage triggers of migration 5). Only a file of the whole database is
 * noted: the triggers cannot tell which records a file of one association
 * held, and counting all of them would take versions nobody received for
 * shared ones. */
static void
note_export (DscStore   *store,
             const char *snapshot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscCachedStatement) stmt =
    dsc_store_prepare (store, "INSERT INTO exchange_export (exported_at, scope) VALUES (?, 'all')", &error);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, snapshot, -1, SQLITE_TRANSIENT);
      dsc_sqlite_step_done (stmt, &error);
    }
  if (error != NULL)
    g_debug ("The export could not be noted: %s", error->message);
}

/**
 * dsc_exchange_export:
 * @store: a store; a thread of its own should use a connection of its own
 * @association_uuid: (nullable): export this association and what it
 *   references, or %NULL for the whole database
 * @output: where to write the file
 * @progress: (nullable) (scope call): told of records written, out of all
 * @user_data: data for @progress
 * @cancellable: (nullable): cancels the export (the output is then incomplete)
 * @error: return location for a #GError
 *
 * Writes an exchange file (DESIGN.md): a header, one line per record in the
 * fixed order of kinds and uuids, deleted records with their deletion time,
 * tombstones, and the trailer with the number of records. The rows are read in
 * one snapshot and one line at a time. The same database gives the same bytes,
 * except the header's export time, which comes from the program's clock.
 *
 * Returns: %TRUE when the whole file was written
 */
gboolean
dsc_exchange_export (DscStore             *store,
                     const char           *association_uuid,
                     GOutputStream        *output,
                     DscExchangeProgress   progress,
                     gpointer              user_data,
                     GCancellable         *cancellable,
                     GError              **error)
{
  g_autoptr(GString) buffer = g_string_sized_new (FLUSH_SIZE + 65536);
  Exporter exporter = { store, output, cancellable, progress, user_data, buffer, 0, NULL, 0, 0, { NULL } };
  g_autofree char *snapshot = NULL;
  gboolean own_snapshot;
  gint64 cache_pages;
  gboolean ok;

  g_return_val_if_fail (DSC_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);
  g_return_val_if_fail (association_uuid == NULL || dsc_exchange_is_uuid (association_uuid), FALSE);

  /* One read transaction: edits made meanwhile on other connections do not
   * show up half in the file. */
  own_snapshot = sqlite3_get_autocommit (store->db);
  if (own_snapshot && !dsc_sqlite_exec (store->db, "BEGIN DEFERRED", error))
    return FALSE;
  /* The time of the snapshot, taken before its first read. */
  snapshot = dsc_clock_timestamp ();

  /* Rows come in uuid order, scattered over the file: a bigger page cache
   * (bounded, whatever the database's size) keeps them from being read again
   * and again. */
  cache_pages = dsc_sqlite_query_int (store->db, "PRAGMA cache_size", NULL);
  dsc_sqlite_exec (store->db, "PRAGMA cache_size = -" G_STRINGIFY (EXPORT_CACHE_KIB), NULL);

  if (association_uuid != NULL)
    {
      exporter.association_id = find_association (store, association_uuid, error);
      exporter.association_uuid = association_uuid;
    }

  exporter_init_uuids (&exporter);
  ok = exporter.association_id >= 0 && count_records (&exporter, error) && export_all (&exporter, snapshot, error);
  for (guint i = 0; i < G_N_ELEMENTS (exporter.uuids); i++)
    g_clear_pointer (&exporter.uuids[i], g_hash_table_unref);

  if (own_snapshot)
    dsc_sqlite_exec (store->db, "COMMIT", NULL);
  {
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_pages);
    dsc_sqlite_exec (store->db, restore, NULL);
  }

  if (ok && own_snapshot && association_uuid == NULL)
    note_export (store, snapshot);

  return ok;
}

/**
 * dsc_exchange_export_to_file:
 * @store: a store
 * @association_uuid: (nullable): as for dsc_exchange_export()
 * @file: the file to write; it is replaced only once the export is whole
 * @progress: (nullable) (scope call): told of records written, out of all
 * @user_data: data for @progress
 * @cancellable: (nullable): cancels the export; @file is then left as it was
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_exchange_export_to_file (DscStore             *store,
                             const char           *association_uuid,
                             GFile                *file,
                             DscExchangeProgress   progress,
                             gpointer              user_data,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* g_file_replace writes a temporary file and renames it on close. */
  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
  if (output == NULL)
    goto failed;

  if (!dsc_exchange_export (store, association_uuid, G_OUTPUT_STREAM (output), progress, user_data,
                            cancellable, &local_error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing with a cancelled cancellable leaves the old file in place. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (output), abandon, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (output), cancellable, &local_error))
    goto failed;

  return TRUE;

failed:
  if (local_error->domain == DSC_STORE_ERROR
      || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("Discorsi could not write “%s” (%s); choose a folder you may write in, with free space."),
                   name, local_error->message);
    }
  return FALSE;
}
