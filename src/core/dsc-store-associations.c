/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Associations and their people: search, lookup, deletion with undo, erasure
 * and the purge of what was deleted long ago. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-search.h"
#include "dsc-store-private.h"

#define PURGE_AFTER_DAYS 30

void
dsc_association_summary_free (DscAssociationSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->uuid);
  g_free (summary->name);
  g_free (summary->acronym);
  g_free (summary->municipality);
  g_free (summary);
}

DscAssociationSummary *
dsc_association_summary_copy (const DscAssociationSummary *summary)
{
  DscAssociationSummary *copy = g_memdup2 (summary, sizeof *summary);

  copy->uuid = g_strdup (summary->uuid);
  copy->name = g_strdup (summary->name);
  copy->acronym = g_strdup (summary->acronym);
  copy->municipality = g_strdup (summary->municipality);
  return copy;
}

#define SUMMARY_COLUMNS "a.id, a.uuid, a.name, a.acronym, a.municipality, a.province, a.status"

static DscAssociationSummary *
read_summary (sqlite3_stmt *stmt)
{
  DscAssociationSummary *summary = g_new0 (DscAssociationSummary, 1);

  summary->id = sqlite3_column_int64 (stmt, 0);
  summary->uuid = dsc_sqlite_column_text (stmt, 1);
  summary->name = dsc_sqlite_column_text (stmt, 2);
  summary->acronym = dsc_sqlite_column_text (stmt, 3);
  summary->municipality = dsc_sqlite_column_text (stmt, 4);
  summary->province = dsc_enum_from_code (&dsc_enum_province,
                                          (const char *) sqlite3_column_text (stmt, 5));
  summary->status = dsc_enum_from_code (&dsc_enum_status,
                                        (const char *) sqlite3_column_text (stmt, 6));
  return summary;
}

/**
 * dsc_store_search_associations:
 * @self: a store
 * @filter: what to show
 * @error: return location for a #GError
 *
 * Finds the live associations whose name, acronym, municipality, communities,
 * languages or description hold every typed word (as a prefix, accents and case
 * ignored), within the filter's province, area and status, sorted by name.
 *
 * Returns: (transfer full) (element-type DscAssociationSummary) (nullable): the rows
 */
GPtrArray *
dsc_store_search_associations (DscStore                   *self,
                               const DscAssociationFilter *filter,
                               GError                    **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *fts_query = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  stmt = dsc_store_prepare (self,
                            "SELECT " SUMMARY_COLUMNS " FROM association a"
                            " WHERE a.deleted_at IS NULL"
                            "   AND (?1 IS NULL OR a.id IN (SELECT rowid FROM association_fts"
                            "                                WHERE association_fts MATCH ?1))"
                            "   AND (?2 IS NULL OR a.province = ?2)"
                            "   AND (?3 IS NULL OR (a.areas & ?3) <> 0)"
                            "   AND (?4 IS NULL OR a.status = ?4)"
                            " ORDER BY a.sort_key, a.id",
                            error);
  if (stmt == NULL)
    return NULL;

  fts_query = dsc_search_to_fts_query (filter->text);
  dsc_sqlite_bind_text (stmt, 1, fts_query);
  dsc_sqlite_bind_text (stmt, 2, dsc_enum_code (&dsc_enum_province, filter->province));
  if (filter->area >= 0 && filter->area < dsc_enum_area.n_values)
    sqlite3_bind_int64 (stmt, 3, DSC_AREA_FLAG (filter->area));
  dsc_sqlite_bind_text (stmt, 4, dsc_enum_code (&dsc_enum_status, filter->status));

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_association_summary_free);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_summary (stmt));

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * dsc_store_load_association_summary:
 * @self: a store
 * @id: an association's row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what its list row shows
 */
DscAssociationSummary *
dsc_store_load_association_summary (DscStore  *self,
                                    gint64     id,
                                    GError   **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self,
                            "SELECT " SUMMARY_COLUMNS " FROM association a"
                            " WHERE a.id = ? AND a.deleted_at IS NULL",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return read_summary (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                         _("This association no longer exists; it may have been deleted."));
  return NULL;
}

/**
 * dsc_store_find_association:
 * @self: a store
 * @uuid_or_name: a uuid, or an association's exact name
 * @error: return location for a #GError
 *
 * Finds the association the command line names. A name shared by several
 * associations is refused with %DSC_STORE_ERROR_AMBIGUOUS, listing their uuids.
 *
 * Returns: (transfer full) (nullable): the live association
 */
DscAssociation *
dsc_store_find_association (DscStore    *self,
                            const char  *uuid_or_name,
                            GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid_or_name != NULL, NULL);

  stmt = dsc_store_prepare (self,
                            "SELECT uuid FROM association"
                            " WHERE deleted_at IS NULL AND (uuid = ?1 OR name = ?1)"
                            " ORDER BY uuid = ?1 DESC, uuid",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid_or_name, -1, SQLITE_TRANSIENT);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (uuids, dsc_sqlite_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return NULL;

  if (uuids->len == 0)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                   _("No association has the uuid or name “%s”."), uuid_or_name);
      return NULL;
    }

  if (uuids->len > 1 && !g_str_equal (g_ptr_array_index (uuids, 0), uuid_or_name))
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (uuids, NULL);
      list = g_strjoinv (", ", (char **) uuids->pdata);
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_AMBIGUOUS,
                   _("%u associations are called “%s”; name one by its uuid: %s."),
                   uuids->len - 1, uuid_or_name, list);
      return NULL;
    }

  return dsc_store_load_by_uuid (self, &dsc_kind_association,
                                 g_ptr_array_index (uuids, 0), error);
}

static gboolean
run_with_time_and_id (DscStore    *self,
                      const char  *sql,
                      const char  *timestamp,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  dsc_sqlite_bind_text (stmt, 1, timestamp);
  sqlite3_bind_int64 (stmt, 2, id);
  return dsc_sqlite_step_done (stmt, error);
}

/* What belongs only to an association goes with it; shared meetings are unlinked. */
static const char * const delete_association_sql[] = {
  "UPDATE person SET deleted_at = ?1, updated_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
  "UPDATE assessment SET deleted_at = ?1, updated_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
  "UPDATE goal SET deleted_at = ?1, updated_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
  "UPDATE attendance SET deleted_at = ?1, updated_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
  "UPDATE certificate SET deleted_at = ?1, updated_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
  "UPDATE meeting_association SET deleted_at = ?1 WHERE association_id = ?2 AND deleted_at IS NULL",
};

/* Undo brings back exactly what the deletion took: the rows stamped with its time. */
static const char * const undelete_association_sql[] = {
  "UPDATE person SET deleted_at = NULL, updated_at = ?3 WHERE association_id = ?2 AND deleted_at = ?1",
  "UPDATE assessment SET deleted_at = NULL, updated_at = ?3 WHERE association_id = ?2 AND deleted_at = ?1",
  "UPDATE goal SET deleted_at = NULL, updated_at = ?3 WHERE association_id = ?2 AND deleted_at = ?1",
  "UPDATE attendance SET deleted_at = NULL, updated_at = ?3 WHERE association_id = ?2 AND deleted_at = ?1",
  "UPDATE certificate SET deleted_at = NULL, updated_at = ?3 WHERE association_id = ?2 AND deleted_at = ?1",
  "UPDATE meeting_association SET deleted_at = NULL WHERE association_id = ?2 AND deleted_at = ?1",
};

/**
 * dsc_store_delete_association:
 * @self: a store
 * @id: a live association's row id
 * @error: return location for a #GError
 *
 * Deletes an association and what belongs only to it (people, assessments,
 * goals, attendance, certificates), unlinks it from meetings, all stamped with
 * one time so that dsc_store_undelete_association() brings back exactly that.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_delete_association (DscStore  *self,
                              gint64     id,
                              GError   **error)
{
  g_autofree char *now = dsc_clock_timestamp ();

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (delete_association_sql); i++)
    if (!run_with_time_and_id (self, delete_association_sql[i], now, id, error))
      goto failed;

  if (!run_with_time_and_id (self,
                             "UPDATE association SET deleted_at = ?1, updated_at = ?1"
                             " WHERE id = ?2 AND deleted_at IS NULL",
                             now, id, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                           _("This association no longer exists; it may have been deleted."));
      goto failed;
    }

  if (!dsc_store_commit (self, error))
    goto failed;

  dsc_store_emit_changed (self, &dsc_kind_association, id);
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

/**
 * dsc_store_undelete_association:
 * @self: a store
 * @id: a deleted association's row id
 * @error: return location for a #GError
 *
 * Undoes dsc_store_delete_association(), as long as the deletion is not purged.
 * Everything brought back is stamped with the clock, so that the undo also wins
 * over the deletion on other installations.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_undelete_association (DscStore  *self,
                                gint64     id,
                                GError   **error)
{
  g_autoptr(DscCachedStatement) lookup = NULL;
  g_autofree char *deleted_at = NULL;
  g_autofree char *now = dsc_clock_timestamp ();

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  lookup = dsc_store_prepare (self, "SELECT deleted_at FROM association WHERE id = ?", error);
  if (lookup == NULL)
    goto failed;
  sqlite3_bind_int64 (lookup, 1, id);
  if (dsc_sqlite_step (lookup, error) != SQLITE_ROW || sqlite3_column_type (lookup, 0) == SQLITE_NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This association can no longer be brought back."));
      goto failed;
    }
  deleted_at = dsc_sqlite_column_text (lookup, 0);
  sqlite3_reset (lookup);

  for (guint i = 0; i < G_N_ELEMENTS (undelete_association_sql); i++)
    {
      g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, undelete_association_sql[i], error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, deleted_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      if (!dsc_sqlite_step_done (stmt, error))
        goto failed;
    }

  if (!dsc_store_set_deleted (self, &dsc_kind_association, id, FALSE, error)
      || !dsc_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

/**
 * dsc_store_delete_person:
 * @self: a store
 * @id: a person's row id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; dsc_store_undelete_person() undoes it
 */
gboolean
dsc_store_delete_person (DscStore  *self,
                         gint64     id,
                         GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  return dsc_store_set_deleted (self, &dsc_kind_person, id, TRUE, error);
}

gboolean
dsc_store_undelete_person (DscStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  return dsc_store_set_deleted (self, &dsc_kind_person, id, FALSE, error);
}

/**
 * dsc_store_erase_person:
 * @self: a store
 * @id: a person's row id, live or deleted
 * @error: return location for a #GError
 *
 * Erases a person for good, on their request: the row is removed at once and
 * only a tombstone (uuid, kind, time) remains, so that the erasure reaches the
 * other installations too. There is no undo.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_erase_person (DscStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_autofree char *now = dsc_clock_timestamp ();

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  if (!run_with_time_and_id (self,
                             "INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_at)"
                             " SELECT uuid, 'person', ?1 FROM person WHERE id = ?2",
                             now, id, error)
      || !run_with_time_and_id (self, "DELETE FROM person WHERE id = ?2 AND ?1 IS NOT NULL",
                                now, id, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                           _("This person is no longer in the database."));
      goto failed;
    }

  if (!dsc_store_commit (self, error))
    goto failed;

  dsc_store_emit_changed (self, &dsc_kind_person, id);
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

#define PURGED_ASSOCIATIONS "(SELECT id FROM association WHERE deleted_at < ?1)"
#define PURGED_MODULES "(SELECT id FROM module WHERE deleted_at < ?1)"
#define PURGED_SESSIONS "(SELECT id FROM session WHERE deleted_at < ?1 OR module_id IN " PURGED_MODULES ")"
#define PURGE(table, condition) \
  "INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_at)" \
  " SELECT uuid, '" table "', coalesce (deleted_at, ?1) FROM " table " WHERE " condition, \
  "DELETE FROM " table " WHERE " condition
#define PURGED_MEETINGS "(SELECT id FROM meeting WHERE deleted_at < ?1)"
#define PURGED_SERVICES "(SELECT id FROM service WHERE deleted_at < ?1)"
#define OF_PURGED_ASSOCIATION "deleted_at < ?1 OR association_id IN " PURGED_ASSOCIATIONS

/* Children before parents, so that foreign keys hold at every step. */
static const char * const purge_sql[] = {
  "DELETE FROM score WHERE assessment_id IN (SELECT id FROM assessment WHERE " OF_PURGED_ASSOCIATION ")",
  PURGE ("assessment", OF_PURGED_ASSOCIATION),
  PURGE ("goal", OF_PURGED_ASSOCIATION),
  PURGE ("attendance", OF_PURGED_ASSOCIATION " OR session_id IN " PURGED_SESSIONS),
  PURGE ("certificate", OF_PURGED_ASSOCIATION " OR module_id IN " PURGED_MODULES),
  PURGE ("person", OF_PURGED_ASSOCIATION),
  "DELETE FROM meeting_association WHERE deleted_at < ?1 OR association_id IN " PURGED_ASSOCIATIONS
  " OR meeting_id IN " PURGED_MEETINGS,
  "DELETE FROM meeting_service WHERE deleted_at < ?1 OR service_id IN " PURGED_SERVICES
  " OR meeting_id IN " PURGED_MEETINGS,
  PURGE ("follow_up", "deleted_at < ?1 OR meeting_id IN " PURGED_MEETINGS),
  "UPDATE follow_up SET association_id = NULL WHERE association_id IN " PURGED_ASSOCIATIONS,
  "UPDATE follow_up SET service_id = NULL WHERE service_id IN " PURGED_SERVICES,
  PURGE ("meeting", "deleted_at < ?1"),
  PURGE ("service", "deleted_at < ?1"),
  PURGE ("association", "deleted_at < ?1"),
  PURGE ("session", "deleted_at < ?1 OR module_id IN " PURGED_MODULES),
  "DELETE FROM module_domain WHERE module_id IN " PURGED_MODULES,
  PURGE ("module", "deleted_at < ?1"),
};

/**
 * dsc_store_purge_deleted:
 * @self: a store
 * @error: return location for a #GError
 *
 * Reduces records deleted more than 30 days ago to tombstones.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_purge_deleted (DscStore  *self,
                         GError   **error)
{
  g_autoptr(GDateTime) now = dsc_clock_now ();
  g_autoptr(GDateTime) cutoff = g_date_time_add_days (now, -PURGE_AFTER_DAYS);
  g_autofree char *cutoff_text = dsc_clock_format_timestamp (cutoff);

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (purge_sql); i++)
    {
      g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, purge_sql[i], error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, cutoff_text, -1, SQLITE_TRANSIENT);
      if (!dsc_sqlite_step_done (stmt, error))
        goto failed;
    }

  return dsc_store_commit (self, error);

failed:
  dsc_store_rollback (self);
  return FALSE;
}
