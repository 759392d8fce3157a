/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The numbers behind the charts and reports: one association's levels over
 * time and its training per month, and across the programme the latest levels
 * of every association, training per month and the key figures of a period.
 * Each is a handful of queries, never one per row. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dsc-clock.h"
#include "dsc-framework.h"
#include "dsc-programme.h"
#include "dsc-store-private.h"

static void
columns_clear (DscDomainColumns *columns)
{
  g_free (columns->domain_ids);
  g_strfreev (columns->domain_names);
  g_strfreev (columns->level_labels);
}

/* The live domains of the current framework version, in its order. */
static gboolean
columns_read (DscStore          *store,
              DscDomainColumns  *columns,
              GError           **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  DscFrameworkVersion *version = NULL;
  gint64 current;

  current = dsc_store_current_version (store, error);
  if (current < 0)
    return FALSE;
  if (current > 0)
    {
      version = dsc_store_load_version (store, current, error);
      if (version == NULL)
        return FALSE;
    }

  columns->scale_levels = version != NULL ? version->scale_levels : DSC_BUILTIN_LEVELS;
  for (guint i = 0; version != NULL && i < version->domains->len; i++)
    {
      const DscDomainText *domain = g_ptr_array_index (version->domains, i);

      if (domain->retired)
        continue;
      g_array_append_val (ids, domain->id);
      g_ptr_array_add (names, g_strdup (dsc_framework_domain_name (version, domain)));
    }
  for (int level = 1; level <= columns->scale_levels; level++)
    g_ptr_array_add (labels, g_strdup (version != NULL ? dsc_framework_level_label (version, level) : ""));
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (labels, NULL);

  columns->n_domains = ids->len;
  columns->domain_ids = (gint64 *) g_array_free (g_steal_pointer (&ids), FALSE);
  columns->domain_names = (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
  columns->level_labels = (char **) g_ptr_array_free (g_steal_pointer (&labels), FALSE);
  g_clear_pointer (&version, dsc_framework_version_free);
  return TRUE;
}

/* Where a domain is among the columns, or -1 (a retired or foreign domain). */
static int
column_of (const DscDomainColumns *columns,
           gint64                  domain_id)
{
  for (guint i = 0; i < columns->n_domains; i++)
    if (columns->domain_ids[i] == domain_id)
      return (int) i;

  return -1;
}

static void
timeline_point_free (DscTimelinePoint *point)
{
  g_free (point->date);
  g_free (point->levels);
  g_free (point);
}

void
dsc_timeline_free (DscTimeline *timeline)
{
  if (timeline == NULL)
    return;

  columns_clear (&timeline->columns);
  g_clear_pointer (&timeline->points, g_ptr_array_unref);
  g_free (timeline);
}

static void
levels_row_free (DscLevelsRow *row)
{
  g_free (row->name);
  g_free (row->levels);
  g_free (row);
}

void
dsc_levels_table_free (DscLevelsTable *table)
{
  if (table == NULL)
    return;

  columns_clear (&table->columns);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table);
}

void
dsc_month_training_free (DscMonthTraining *month)
{
  if (month == NULL)
    return;

  g_free (month->month);
  g_free (month);
}

/**
 * dsc_store_association_timeline:
 * @store: a store
 * @association_id: an association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): its assessments, oldest first, with the
 *   level of each domain and their average
 */
DscTimeline *
dsc_store_association_timeline (DscStore  *store,
                                gint64     association_id,
                                GError   **error)
{
  g_autoptr(DscTimeline) timeline = g_new0 (DscTimeline, 1);
  g_autoptr(DscCachedStatement) stmt = NULL;
  DscTimelinePoint *point = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  timeline->points = g_ptr_array_new_with_free_func ((GDestroyNotify) timeline_point_free);
  if (!columns_read (store, &timeline->columns, error))
    return NULL;

  stmt = dsc_store_prepare (store,
                            "SELECT a.id, a.date, a.respondent, a.kind, s.domain_id, s.level"
                            " FROM assessment a LEFT JOIN score s ON s.assessment_id = a.id AND s.level IS NOT NULL"
                            " WHERE a.association_id = ? AND a.deleted_at IS NULL"
                            " ORDER BY a.date, a.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, association_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 assessment_id = sqlite3_column_int64 (stmt, 0);
      int column;

      if (point == NULL || point->assessment_id != assessment_id)
        {
          point = g_new0 (DscTimelinePoint, 1);
          point->assessment_id = assessment_id;
          point->date = dsc_sqlite_column_text (stmt, 1);
          point->respondent = dsc_enum_from_code (&dsc_enum_respondent, (const char *) sqlite3_column_text (stmt, 2));
          point->assessment_kind = dsc_enum_from_code (&dsc_enum_assessment_kind,
                                                       (const char *) sqlite3_column_text (stmt, 3));
          point->levels = g_new0 (int, MAX (timeline->columns.n_domains, 1));
          g_ptr_array_add (timeline->points, point);
        }

      if (sqlite3_column_type (stmt, 4) == SQLITE_NULL)
        continue;
      column = column_of (&timeline->columns, sqlite3_column_int64 (stmt, 4));
      if (column >= 0)
        point->levels[column] = sqlite3_column_int (stmt, 5);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < timeline->points->len; i++)
    {
      DscTimelinePoint *each = g_ptr_array_index (timeline->points, i);
      int sum = 0, n = 0;

      for (guint d = 0; d < timeline->columns.n_domains; d++)
        if (each->levels[d] > 0)
          {
            sum += each->levels[d];
            n++;
          }
      each->average = n > 0 ? (double) sum / n : NAN;
    }

  return g_steal_pointer (&timeline);
}

/* The last day a period can have held something: its end, but not after today. */
static char *
held_until (const char *to)
{
  g_autofree char *today = dsc_clock_today ();

  return g_strdup (to != NULL && g_strcmp0 (to, today) < 0 ? to : today);
}

/**
 * dsc_store_training_by_month:
 * @store: a store
 * @association_id: an association, or 0 for the whole programme
 * @from: (nullable): the first day
 * @to: (nullable): the last day
 * @error: return location for a #GError
 *
 * For an association, the training it attended (present); for the programme,
 * the sessions held and the people present. Days still to come are left out.
 *
 * Returns: (transfer full) (element-type DscMonthTraining) (nullable): one row
 *   per month with training, oldest first
 */
GPtrArray *
dsc_store_training_by_month (DscStore    *store,
                             gint64       association_id,
                             const char  *from,
                             const char  *to,
                             GError     **error)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_month_training_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *until = held_until (to);
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  if (association_id > 0)
    stmt = dsc_store_prepare (store,
                              "SELECT substr (s.date, 1, 7), sum (s.duration_minutes), count (*), sum (a.participants)"
                              " FROM attendance a"
                              " JOIN session s ON s.id = a.session_id AND s.deleted_at IS NULL"
                              " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                              " WHERE a.association_id = ?1 AND a.present = 1 AND a.deleted_at IS NULL"
                              "   AND (?2 IS NULL OR s.date >= ?2) AND s.date <= ?3"
                              " GROUP BY 1 ORDER BY 1",
                              error);
  else
    stmt = dsc_store_prepare (store,
                              "SELECT substr (s.date, 1, 7), sum (s.duration_minutes), count (*),"
                              "  sum ((SELECT coalesce (sum (a.participants), 0) FROM attendance a"
                              "        WHERE a.session_id = s.id AND a.present = 1 AND a.deleted_at IS NULL))"
                              " FROM session s JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                              " WHERE s.deleted_at IS NULL AND ?1 IS NULL"
                              "   AND (?2 IS NULL OR s.date >= ?2) AND s.date <= ?3"
                              " GROUP BY 1 ORDER BY 1",
                              error);
  if (stmt == NULL)
    return NULL;
  if (association_id > 0)
    sqlite3_bind_int64 (stmt, 1, association_id);
  dsc_sqlite_bind_text (stmt, 2, from);
  dsc_sqlite_bind_text (stmt, 3, until);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscMonthTraining *month = g_new0 (DscMonthTraining, 1);

      month->month = dsc_sqlite_column_text (stmt, 0);
      month->minutes = sqlite3_column_int (stmt, 1);
      month->sessions = sqlite3_column_int (stmt, 2);
      month->participants = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (months, month);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&months) : NULL;
}

/**
 * dsc_store_latest_levels:
 * @store: a store
 * @from: (nullable): only assessments from this day
 * @to: (nullable): only assessments up to this day
 * @error: return location for a #GError
 *
 * The latest level of every association in every domain (each domain from
 * the latest assessment that read it), as the heatmap shows them.
 *
 * Returns: (transfer full) (nullable): the associations with at least one
 *   level, by name
 */
DscLevelsTable *
dsc_store_latest_levels (DscStore    *store,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  g_autoptr(DscLevelsTable) table = g_new0 (DscLevelsTable, 1);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) levels_row_free);
  if (!columns_read (store, &table->columns, error))
    return NULL;

  /* The associations first, in name order; rows without a level go after. */
  stmt = dsc_store_prepare (store,
                            "SELECT x.id, x.name, x.province FROM association x"
                            " WHERE x.deleted_at IS NULL AND EXISTS (SELECT 1 FROM assessment a"
                            "   WHERE a.association_id = x.id AND a.deleted_at IS NULL"
                            "     AND (?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2))"
                            " ORDER BY x.sort_key, x.id",
                            error);
  if (stmt == NULL)
    return NULL;
  dsc_sqlite_bind_text (stmt, 1, from);
  dsc_sqlite_bind_text (stmt, 2, to);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscLevelsRow *row = g_new0 (DscLevelsRow, 1);

      row->association_id = sqlite3_column_int64 (stmt, 0);
      row->name = dsc_sqlite_column_text (stmt, 1);
      row->province = dsc_enum_from_code (&dsc_enum_province, (const char *) sqlite3_column_text (stmt, 2));
      row->levels = g_new0 (int, MAX (table->columns.n_domains, 1));
      g_ptr_array_add (table->rows, row);
      g_hash_table_insert (by_id, g_memdup2 (&row->association_id, sizeof (gint64)), row);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  g_clear_pointer (&stmt, dsc_cached_statement_release);

  stmt = dsc_store_prepare (store,
                            "SELECT association_id, domain_id, level FROM ("
                            " SELECT a.association_id, s.domain_id, s.level,"
                            "   row_number () OVER (PARTITION BY a.association_id, s.domain_id"
                            "                       ORDER BY a.date DESC, " DSC_SQL_RESPONDENT_RANK ", a.id DESC) AS newest"
                            " FROM score s JOIN assessment a ON a.id = s.assessment_id AND a.deleted_at IS NULL"
                            " WHERE s.level IS NOT NULL"
                            "   AND (?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2)"
                            ") WHERE newest = 1",
                            error);
  if (stmt == NULL)
    return NULL;
  dsc_sqlite_bind_text (stmt, 1, from);
  dsc_sqlite_bind_text (stmt, 2, to);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 association_id = sqlite3_column_int64 (stmt, 0);
      DscLevelsRow *row = g_hash_table_lookup (by_id, &association_id);
      int column = column_of (&table->columns, sqlite3_column_int64 (stmt, 1));

      if (row != NULL && column >= 0)
        row->levels[column] = sqlite3_column_int (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&table);
}

static gboolean
count_into (DscStore    *store,
            const char  *sql,
            const char  *from,
            const char  *to,
            const char  *today,
            int         *count,
            GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  dsc_sqlite_bind_text (stmt, 1, from);
  dsc_sqlite_bind_text (stmt, 2, to);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    dsc_sqlite_bind_text (stmt, 3, today);
  rc = dsc_sqlite_step (stmt, error);
  if (rc != SQLITE_ROW)
    return FALSE;
  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

#define HELD_SESSIONS \
  "SELECT s.id, s.duration_minutes FROM session s" \
  " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL" \
  " WHERE s.deleted_at IS NULL AND (?1 IS NULL OR s.date >= ?1) AND s.date <= ?2"

/**
 * dsc_store_programme_figures:
 * @store: a store
 * @from: (nullable): the first day
 * @to: (nullable): the last day
 * @figures: (out caller-allocates): the figures
 * @error: return location for a #GError
 *
 * The key figures of DESIGN.md for a period. Sessions and meetings count
 * when they were held (not after today).
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_programme_figures (DscStore             *store,
                             const char           *from,
                             const char           *to,
                             DscProgrammeFigures  *figures,
                             GError              **error)
{
  g_autofree char *until = held_until (to);
  g_autofree char *today = dsc_clock_today ();

  g_return_val_if_fail (DSC_IS_STORE (store), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  memset (figures, 0, sizeof *figures);

  return count_into (store,
                     "SELECT count (*) FROM association x WHERE x.deleted_at IS NULL AND ("
                     " EXISTS (SELECT 1 FROM attendance a JOIN (" HELD_SESSIONS ") h ON h.id = a.session_id"
                     "   WHERE a.association_id = x.id AND a.present = 1 AND a.deleted_at IS NULL)"
                     " OR EXISTS (SELECT 1 FROM assessment a WHERE a.association_id = x.id AND a.deleted_at IS NULL"
                     "   AND (?1 IS NULL OR a.date >= ?1) AND a.date <= ?2)"
                     " OR EXISTS (SELECT 1 FROM meeting_association l"
                     "   JOIN meeting m ON m.id = l.meeting_id AND m.deleted_at IS NULL"
                     "   WHERE l.association_id = x.id AND l.deleted_at IS NULL"
                     "     AND (?1 IS NULL OR m.date >= ?1) AND m.date <= ?2))",
                     from, until, NULL, &figures->associations_reached, error)
         && count_into (store, "SELECT count (*) FROM (" HELD_SESSIONS ")",
                        from, until, NULL, &figures->sessions, error)
         && count_into (store, "SELECT coalesce (sum (duration_minutes), 0) FROM (" HELD_SESSIONS ")",
                        from, until, NULL, &figures->training_minutes, error)
         && count_into (store,
                        "SELECT coalesce (sum (a.participants), 0) FROM attendance a"
                        " JOIN (" HELD_SESSIONS ") h ON h.id = a.session_id"
                        " WHERE a.present = 1 AND a.deleted_at IS NULL",
                        from, until, NULL, &figures->participants, error)
         && count_into (store,
                        "SELECT count (*) FROM assessment a"
                        " JOIN association x ON x.id = a.association_id AND x.deleted_at IS NULL"
                        " WHERE a.deleted_at IS NULL AND (?1 IS NULL OR a.date >= ?1) AND a.date <= ?2",
                        from, until, NULL, &figures->assessments, error)
         && count_into (store,
                        "SELECT count (*) FROM meeting WHERE deleted_at IS NULL"
                        " AND (?1 IS NULL OR date >= ?1) AND date <= ?2",
                        from, until, NULL, &figures->meetings, error)
         && count_into (store,
                        "SELECT count (*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                        " WHERE f.deleted_at IS NULL AND f.status = 'done'"
                        "   AND (?1 IS NULL OR f.done_date >= ?1) AND f.done_date <= ?2",
                        from, until, NULL, &figures->follow_ups_done, error)
         && count_into (store,
                        "SELECT count (*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                        " WHERE f.deleted_at IS NULL AND f.status = 'open' AND f.due_date < ?3"
                        "   AND (?1 IS NULL OR f.due_date >= ?1) AND f.due_date <= ?2",
                        from, until, today, &figures->follow_ups_overdue, error);
}
