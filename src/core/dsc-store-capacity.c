/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scores, module domains, attendance and certificates, and the deletion (with
 * undo) of capacity-building records together with what belongs only to them. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-meetings.h"
#include "dsc-clock.h"
#include "dsc-store-private.h"

static gboolean
touch (DscStore       *self,
       const DscKind  *kind,
       gint64          id,
       GError        **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET updated_at = ?1 WHERE id = ?2", kind->table);
  g_autofree char *now = dsc_clock_timestamp ();
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  return dsc_sqlite_step_done (stmt, error);
}

/**
 * dsc_store_load_scores:
 * @self: a store
 * @assessment_id: an assessment
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscScore) (nullable): its scores, one
 *   per domain that has one
 */
GPtrArray *
dsc_store_load_scores (DscStore  *self,
                       gint64     assessment_id,
                       GError   **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_score_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self,
                            "SELECT domain_id, level, evidence, target_level FROM score"
                            " WHERE assessment_id = ? ORDER BY domain_id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, assessment_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscScore *score = g_new0 (DscScore, 1);

      score->domain_id = sqlite3_column_int64 (stmt, 0);
      score->level = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 1);
      score->evidence = dsc_sqlite_column_text (stmt, 2);
      score->target_level = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 3);
      g_ptr_array_add (scores, score);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&scores) : NULL;
}

/**
 * dsc_store_set_score:
 * @self: a store
 * @assessment_id: a live assessment
 * @score: the domain's level (-1: not assessed), evidence and target
 * @error: return location for a #GError
 *
 * Writes one domain's score; a level or target beyond the scale of the
 * assessment's framework version is refused. The assessment is stamped as
 * changed, since its scores travel with it.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_set_score (DscStore        *self,
                     gint64           assessment_id,
                     const DscScore  *score,
                     GError         **error)
{
  g_autoptr(DscAssessment) assessment = NULL;
  g_autoptr(DscCachedStatement) stmt = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  assessment = dsc_store_load (self, &dsc_kind_assessment, assessment_id, error);
  if (assessment == NULL)
    return FALSE;

  if (!dsc_capacity_check_level (self, assessment->version_id, score->level, error)
      || !dsc_capacity_check_level (self, assessment->version_id, score->target_level, error))
    return FALSE;

  if (!dsc_store_begin (self, error))
    return FALSE;

  stmt = dsc_store_prepare (self,
                            "INSERT INTO score (assessment_id, domain_id, level, evidence, target_level)"
                            " VALUES (?1, ?2, ?3, ?4, ?5)"
                            " ON CONFLICT (assessment_id, domain_id) DO UPDATE SET level = ?3,"
                            "   evidence = ?4, target_level = ?5",
                            error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  sqlite3_bind_int64 (stmt, 2, score->domain_id);
  if (score->level >= 1)
    sqlite3_bind_int (stmt, 3, score->level);
  dsc_sqlite_bind_text (stmt, 4, score->evidence);
  if (score->target_level >= 1)
    sqlite3_bind_int (stmt, 5, score->target_level);

  if (!dsc_sqlite_step_done (stmt, error)
      || !touch (self, &dsc_kind_assessment, assessment_id, error)
      || !dsc_store_commit (self, error))
    goto failed;

  dsc_store_emit_changed (self, &dsc_kind_assessment, assessment_id);
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

/**
 * dsc_store_module_domains:
 * @self: a store
 * @module_id: a module
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the domains the module strengthens
 */
GArray *
dsc_store_module_domains (DscStore  *self,
                          gint64     module_id,
                          GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self, "SELECT domain_id FROM module_domain WHERE module_id = ? ORDER BY domain_id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, module_id);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

/**
 * dsc_store_set_module_domains:
 * @self: a store
 * @module_id: a live module
 * @domain_ids: (array length=n_domains): the domains it strengthens
 * @n_domains: how many
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_set_module_domains (DscStore      *self,
                              gint64         module_id,
                              const gint64  *domain_ids,
                              guint          n_domains,
                              GError       **error)
{
  g_autoptr(DscCachedStatement) clear = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  clear = dsc_store_prepare (self, "DELETE FROM module_domain WHERE module_id = ?", error);
  if (clear == NULL)
    goto failed;
  sqlite3_bind_int64 (clear, 1, module_id);
  if (!dsc_sqlite_step_done (clear, error))
    goto failed;

  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(DscCachedStatement) add =
        dsc_store_prepare (self, "INSERT OR IGNORE INTO module_domain (module_id, domain_id) VALUES (?, ?)",
                           error);

      if (add == NULL)
        goto failed;
      sqlite3_bind_int64 (add, 1, module_id);
      sqlite3_bind_int64 (add, 2, domain_ids[i]);
      if (!dsc_sqlite_step_done (add, error))
        goto failed;
    }

  if (!touch (self, &dsc_kind_module, module_id, error) || !dsc_store_commit (self, error))
    goto failed;

  dsc_store_emit_changed (self, &dsc_kind_module, module_id);
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

/**
 * dsc_store_invite:
 * @self: a store
 * @session_id: a live session
 * @association_id: a live association
 * @error: return location for a #GError
 *
 * Adds an association to a session's attendance list, not yet marked present.
 * Inviting it again does nothing; an invitation that was removed comes back.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_invite (DscStore  *self,
                  gint64     session_id,
                  gint64     association_id,
                  GError   **error)
{
  g_autoptr(DscCachedStatement) lookup = NULL;
  g_autoptr(DscAttendance) attendance = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  lookup = dsc_store_prepare (self,
                              "SELECT id, deleted_at IS NOT NULL FROM attendance"
                              " WHERE session_id = ? AND association_id = ?",
                              error);
  if (lookup == NULL)
    return FALSE;
  sqlite3_bind_int64 (lookup, 1, session_id);
  sqlite3_bind_int64 (lookup, 2, association_id);
  rc = dsc_sqlite_step (lookup, error);
  if (rc == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (lookup, 0);
      gboolean removed = sqlite3_column_int (lookup, 1) != 0;

      sqlite3_reset (lookup);
      return !removed || dsc_store_undelete_record (self, &dsc_kind_attendance, id, error);
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  attendance = dsc_record_new (&dsc_kind_attendance);
  attendance->session_id = session_id;
  attendance->association_id = association_id;
  return dsc_store_insert (self, attendance, error);
}

/**
 * dsc_store_mark_all_present:
 * @self: a store
 * @session_id: a live session
 * @error: return location for a #GError
 *
 * Marks every invited association present, in one step.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_mark_all_present (DscStore  *self,
                            gint64     session_id,
                            GError   **error)
{
  g_autofree char *now = dsc_clock_timestamp ();
  g_autoptr(DscCachedStatement) stmt = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  stmt = dsc_store_prepare (self,
                            "UPDATE attendance SET present = 1, updated_at = ?1"
                            " WHERE session_id = ?2 AND present = 0 AND deleted_at IS NULL"
                            "   AND EXISTS (SELECT 1 FROM session WHERE id = ?2 AND deleted_at IS NULL)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, session_id);
  if (!dsc_sqlite_step_done (stmt, error))
    return FALSE;

  dsc_store_emit_changed (self, &dsc_kind_attendance, 0);
  return TRUE;
}

/**
 * dsc_store_session_attendance:
 * @self: a store
 * @session_id: a session
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscAttendanceRow) (nullable): the
 *   invited live associations, by name
 */
GPtrArray *
dsc_store_session_attendance (DscStore  *self,
                              gint64     session_id,
                              GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_attendance_row_free);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  attendance = dsc_store_list_by (self, &dsc_kind_attendance, "session", session_id, error);
  if (attendance == NULL)
    return NULL;
  for (guint i = 0; i < attendance->len; i++)
    {
      DscAttendance *record = g_ptr_array_index (attendance, i);
      g_hash_table_insert (by_id, &record->base.id, record);
    }

  /* One query for the names, in the order people read them. */
  stmt = dsc_store_prepare (self,
                            "SELECT t.id, a.name, a.members FROM attendance t"
                            " JOIN association a ON a.id = t.association_id"
                            " WHERE t.session_id = ? AND t.deleted_at IS NULL AND a.deleted_at IS NULL"
                            " ORDER BY a.sort_key, a.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DscAttendance *record = g_hash_table_lookup (by_id, &id);
      DscAttendanceRow *row;

      if (record == NULL)
        continue;
      row = g_new0 (DscAttendanceRow, 1);
      row->attendance = dsc_record_copy (record);
      row->association_name = dsc_sqlite_column_text (stmt, 1);
      row->members = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

/**
 * dsc_store_set_certificate:
 * @self: a store
 * @association_id: a live association
 * @module_id: a live module
 * @issued: whether the certificate was given
 * @date: (nullable): when
 * @error: return location for a #GError
 *
 * Records the one certificate an association can have for a module.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_set_certificate (DscStore    *self,
                           gint64       association_id,
                           gint64       module_id,
                           gboolean     issued,
                           const char  *date,
                           GError     **error)
{
  g_autoptr(DscCachedStatement) lookup = NULL;
  g_autoptr(DscCertificate) certificate = NULL;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  lookup = dsc_store_prepare (self,
                              "SELECT id FROM certificate WHERE association_id = ? AND module_id = ?",
                              error);
  if (lookup == NULL)
    return FALSE;
  sqlite3_bind_int64 (lookup, 1, association_id);
  sqlite3_bind_int64 (lookup, 2, module_id);
  rc = dsc_sqlite_step (lookup, error);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (lookup, 0);
  else if (rc != SQLITE_DONE)
    return FALSE;
  sqlite3_reset (lookup);

  if (id > 0)
    {
      GError *local_error = NULL;

      certificate = dsc_store_load (self, &dsc_kind_certificate, id, &local_error);
      if (certificate == NULL)
        {
          g_clear_error (&local_error);
          if (!dsc_store_undelete_record (self, &dsc_kind_certificate, id, error))
            return FALSE;
          certificate = dsc_store_load (self, &dsc_kind_certificate, id, error);
          if (certificate == NULL)
            return FALSE;
        }
    }
  else
    {
      certificate = dsc_record_new (&dsc_kind_certificate);
      certificate->association_id = association_id;
      certificate->module_id = module_id;
    }

  certificate->issued = issued;
  g_free (certificate->date);
  certificate->date = g_strdup (date);

  return certificate->base.id > 0 ? dsc_store_update (self, certificate, error)
                                  : dsc_store_insert (self, certificate, error);
}

/* Deletion ------------------------------------------------------------------ */

typedef struct
{
  const DscKind *kind;
  const char    *delete_sql[4];     /* ?1 deletion time, ?2 row id */
  const char    *undelete_sql[4];   /* ?1 deletion time, ?2 row id, ?3 now */
} Cascade;

/* What belongs only to a record goes with it, stamped with the same time, so
 * that undo brings back exactly that. */
static const Cascade cascades[] = {
  { &dsc_kind_module,
    { "UPDATE session SET deleted_at = ?1, updated_at = ?1 WHERE module_id = ?2 AND deleted_at IS NULL",
      "UPDATE attendance SET deleted_at = ?1, updated_at = ?1 WHERE deleted_at IS NULL"
      " AND session_id IN (SELECT id FROM session WHERE module_id = ?2 AND deleted_at = ?1)",
      "UPDATE certificate SET deleted_at = ?1, updated_at = ?1 WHERE module_id = ?2 AND deleted_at IS NULL",
      NULL },
    { "UPDATE attendance SET deleted_at = NULL, updated_at = ?3 WHERE deleted_at = ?1"
      " AND session_id IN (SELECT id FROM session WHERE module_id = ?2 AND deleted_at = ?1)",
      "UPDATE session SET deleted_at = NULL, updated_at = ?3 WHERE module_id = ?2 AND deleted_at = ?1",
      "UPDATE certificate SET deleted_at = NULL, updated_at = ?3 WHERE module_id = ?2 AND deleted_at = ?1",
      NULL } },
  { &dsc_kind_session,
    { "UPDATE attendance SET deleted_at = ?1, updated_at = ?1 WHERE session_id = ?2 AND deleted_at IS NULL",
      NULL },
    { "UPDATE attendance SET deleted_at = NULL, updated_at = ?3 WHERE session_id = ?2 AND deleted_at = ?1",
      NULL } },
  /* A meeting's follow-ups go with it; its links stay, hidden with the meeting. */
  { &dsc_kind_meeting,
    { "UPDATE follow_up SET deleted_at = ?1, updated_at = ?1 WHERE meeting_id = ?2 AND deleted_at IS NULL",
      NULL },
    { "UPDATE follow_up SET deleted_at = NULL, updated_at = ?3 WHERE meeting_id = ?2 AND deleted_at = ?1",
      NULL } },
  /* A service leaves the meetings it took part in; their notes stay. */
  { &dsc_kind_service,
    { "UPDATE meeting_service SET deleted_at = ?1 WHERE service_id = ?2 AND deleted_at IS NULL",
      NULL },
    { "UPDATE meeting_service SET deleted_at = NULL WHERE service_id = ?2 AND deleted_at = ?1",
      NULL } },
};

static const Cascade *
cascade_of (const DscKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (cascades); i++)
    if (cascades[i].kind == kind)
      return &cascades[i];

  return NULL;
}

static gboolean
run_cascade (DscStore            *self,
             const char * const  *statements,
             const char          *deleted_at,
             gint64               id,
             const char          *now,
             GError             **error)
{
  for (guint i = 0; statements[i] != NULL; i++)
    {
      g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, deleted_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * dsc_store_delete_record:
 * @self: a store
 * @kind: the kind of record (not an association: see dsc_store_delete_association())
 * @id: a live record's row id
 * @error: return location for a #GError
 *
 * Deletes a record and what belongs only to it (a module's sessions, their
 * attendance and the module's certificates; a session's attendance; an
 * assessment's scores stay with it). dsc_store_undelete_record() undoes it.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_delete_record (DscStore       *self,
                         const DscKind  *kind,
                         gint64          id,
                         GError        **error)
{
  const Cascade *cascade = cascade_of (kind);
  g_autofree char *now = dsc_clock_timestamp ();

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != &dsc_kind_association, FALSE);

  if (!dsc_store_begin (self, error))
    return FALSE;

  if ((cascade != NULL && !run_cascade (self, cascade->delete_sql, now, id, NULL, error))
      || !dsc_store_set_deleted (self, kind, id, TRUE, error)
      || !dsc_store_commit (self, error))
    {
      dsc_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/**
 * dsc_store_undelete_record:
 * @self: a store
 * @kind: the kind of record
 * @id: a deleted record's row id
 * @error: return location for a #GError
 *
 * Brings back a deleted record and what went with it.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_undelete_record (DscStore       *self,
                           const DscKind  *kind,
                           gint64          id,
                           GError        **error)
{
  const Cascade *cascade = cascade_of (kind);
  g_autofree char *now = dsc_clock_timestamp ();
  g_autofree char *sql = NULL;
  g_autofree char *deleted_at = NULL;
  g_autoptr(DscCachedStatement) lookup = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != &dsc_kind_association, FALSE);

  sql = g_strdup_printf ("SELECT deleted_at FROM %s WHERE id = ? AND deleted_at IS NOT NULL", kind->table);
  lookup = dsc_store_prepare (self, sql, error);
  if (lookup == NULL)
    return FALSE;
  sqlite3_bind_int64 (lookup, 1, id);
  if (dsc_sqlite_step (lookup, error) != SQLITE_ROW)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This can no longer be brought back."));
      return FALSE;
    }
  deleted_at = dsc_sqlite_column_text (lookup, 0);
  sqlite3_reset (lookup);

  /* A follow-up whose meeting was deleted too (or a session whose module was)
   * would come back as an orphan: what it belongs to must come back first. */
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      g_autofree char *parent_sql = NULL;
      g_autoptr(DscCachedStatement) parent = NULL;
      int rc;

      if (field->type != DSC_FIELD_REF || !field->required || field->ref_table == NULL)
        continue;
      parent_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE deleted_at IS NULL"
                                    " AND id = (SELECT %s FROM %s WHERE id = ?)",
                                    field->ref_table, field->column, kind->table);
      parent = dsc_store_prepare (self, parent_sql, error);
      if (parent == NULL)
        return FALSE;
      sqlite3_bind_int64 (parent, 1, id);
      rc = dsc_sqlite_step (parent, error);
      if (rc == SQLITE_ROW)
        continue;
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                             _("This cannot come back on its own: what it belongs to was deleted too. Undo that deletion first."));
      return FALSE;
    }

  if (!dsc_store_begin (self, error))
    return FALSE;

  if ((cascade != NULL && !run_cascade (self, cascade->undelete_sql, deleted_at, id, now, error))
      || !dsc_store_set_deleted (self, kind, id, FALSE, error)
      || !dsc_store_commit (self, error))
    {
      dsc_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}
