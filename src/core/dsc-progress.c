/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The progress maths of DESIGN.md, as plain functions over the store: levels per
 * domain from baseline to latest, targets and gaps, goals, training hours and
 * certificates, and modules for the weakest domains. Each is a handful of
 * queries for one association, never one per row. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-progress.h"
#include "dsc-store-private.h"


static void
domain_progress_free (DscDomainProgress *domain)
{
  g_free (domain->name);
  g_free (domain->baseline_date);
  g_free (domain->latest_date);
  g_free (domain->latest_descriptor);
  g_free (domain);
}

void
dsc_module_training_free (DscModuleTraining *training)
{
  if (training == NULL)
    return;

  g_free (training->name);
  g_free (training->certificate_date);
  g_free (training);
}

static void
domain_training_free (DscDomainTraining *training)
{
  g_free (training->name);
  g_free (training);
}

static void
suggestion_free (DscModuleSuggestion *suggestion)
{
  g_free (suggestion->title);
  g_free (suggestion->domains);
  g_free (suggestion);
}

void
dsc_session_attended_free (DscSessionAttended *session)
{
  if (session == NULL)
    return;

  g_free (session->date);
  g_free (session->start_time);
  g_free (session->session_title);
  g_free (session->module_title);
  g_free (session);
}

void
dsc_progress_free (DscProgress *progress)
{
  if (progress == NULL)
    return;

  g_clear_pointer (&progress->domains, g_ptr_array_unref);
  g_clear_pointer (&progress->modules, g_ptr_array_unref);
  g_clear_pointer (&progress->domain_training, g_ptr_array_unref);
  g_clear_pointer (&progress->suggestions, g_ptr_array_unref);
  g_free (progress);
}

/**
 * dsc_training_qualifies:
 * @attended_minutes: the minutes of the module's sessions attended
 * @total_minutes: the minutes of all its sessions
 * @threshold_percent: the share a certificate needs
 *
 * Returns: %TRUE when the attended share reaches the threshold exactly or more
 */
gboolean
dsc_training_qualifies (int attended_minutes,
                        int total_minutes,
                        int threshold_percent)
{
  if (total_minutes <= 0)
    return FALSE;

  /* In whole numbers, so that exactly 75% is 75%. */
  return (gint64) attended_minutes * 100 >= (gint64) threshold_percent * total_minutes;
}

/* Framework versions are read once each, however many readings use them. */
static DscFrameworkVersion *
version_of (DscStore    *store,
            GHashTable  *versions,
            gint64       version_id)
{
  DscFrameworkVersion *version = g_hash_table_lookup (versions, &version_id);

  if (version == NULL)
    {
      version = dsc_store_load_version (store, version_id, NULL);
      if (version != NULL)
        g_hash_table_insert (versions, g_memdup2 (&version_id, sizeof version_id), version);
    }

  return version;
}

static DscDomainProgress *
find_domain (GPtrArray *domains,
             gint64     domain_id)
{
  for (guint i = 0; i < domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (domains, i);

      if (domain->domain_id == domain_id)
        return domain;
    }

  return NULL;
}

typedef struct
{
  gint64 assessment_id;
  gint64 version_id;
} LatestReading;

static gboolean
read_levels (DscStore     *store,
             gint64        association_id,
             DscProgress  *progress,
             GHashTable   *versions,
             GError      **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GHashTable) baseline_assessment = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) latest_reading = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) target_dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  int rc;

  /* Readings in the order they count: by date, and on one date the most
   * authoritative respondent first. */
  stmt = dsc_store_prepare (store,
                            "SELECT s.domain_id, s.level, a.date, a.version_id, a.id, s.target_level"
                            " FROM score s JOIN assessment a ON a.id = s.assessment_id"
                            " WHERE a.association_id = ? AND a.deleted_at IS NULL"
                            "   AND (s.level IS NOT NULL OR s.target_level IS NOT NULL)"
                            " ORDER BY s.domain_id, a.date, " DSC_SQL_RESPONDENT_RANK ", a.id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, association_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 domain_id = sqlite3_column_int64 (stmt, 0);
      gboolean has_level = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      int level = sqlite3_column_int (stmt, 1);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      gint64 version_id = sqlite3_column_int64 (stmt, 3);
      gint64 assessment_id = sqlite3_column_int64 (stmt, 4);
      DscDomainProgress *domain = find_domain (progress->domains, domain_id);

      if (domain == NULL)
        {
          /* A domain the current version no longer has, but with history. */
          DscFrameworkVersion *version = version_of (store, versions, version_id);
          const DscDomainText *text = version != NULL ? dsc_framework_version_find (version, domain_id) : NULL;

          domain = g_new0 (DscDomainProgress, 1);
          domain->domain_id = domain_id;
          domain->name = g_strdup (text != NULL ? dsc_framework_domain_name (version, text) : "");
          domain->retired = TRUE;
          domain->baseline = domain->latest = domain->target = -1;
          g_ptr_array_add (progress->domains, domain);
        }

      /* The most recent target counts; on one date, the most authoritative. */
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        {
          char *target_date = g_hash_table_lookup (target_dates, &domain_id);

          if (target_date == NULL || g_strcmp0 (date, target_date) > 0)
            {
              domain->target = sqlite3_column_int (stmt, 5);
              g_hash_table_insert (target_dates, g_memdup2 (&domain_id, sizeof domain_id), g_strdup (date));
            }
        }

      if (!has_level)
        continue;

      domain->n_readings++;
      if (domain->baseline < 0)
        {
          domain->baseline = level;
          domain->baseline_date = g_strdup (date);
          g_hash_table_insert (baseline_assessment, g_memdup2 (&domain_id, sizeof domain_id),
                               g_memdup2 (&assessment_id, sizeof assessment_id));
        }

      /* A later date replaces the latest; on the same date the first (most
       * authoritative) reading stays. */
      if (domain->latest_date == NULL || g_strcmp0 (date, domain->latest_date) > 0)
        {
          LatestReading reading = { assessment_id, version_id };

          domain->latest = level;
          g_free (domain->latest_date);
          domain->latest_date = g_strdup (date);
          g_hash_table_insert (latest_reading, g_memdup2 (&domain_id, sizeof domain_id),
                               g_memdup2 (&reading, sizeof reading));
        }
    }

  if (rc != SQLITE_DONE)
    return FALSE;

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);
      LatestReading *latest = g_hash_table_lookup (latest_reading, &domain->domain_id);
      gint64 *baseline_id = g_hash_table_lookup (baseline_assessment, &domain->domain_id);

      if (latest != NULL)
        {
          DscFrameworkVersion *version = version_of (store, versions, latest->version_id);
          const DscDomainText *text = version != NULL ? dsc_framework_version_find (version, domain->domain_id) : NULL;

          if (text != NULL)
            domain->latest_descriptor = g_strdup (dsc_framework_descriptor (version, text, domain->latest));
          domain->has_change = baseline_id != NULL && *baseline_id != latest->assessment_id;
          domain->change = domain->has_change ? domain->latest - domain->baseline : 0;
        }

      domain->has_gap = domain->target >= 1 && domain->latest >= 1;
      domain->gap = domain->has_gap ? domain->target - domain->latest : 0;
    }

  return TRUE;
}

static gboolean
read_goals (DscStore     *store,
            gint64        association_id,
            DscProgress  *progress,
            GError      **error)
{
  g_autoptr(GPtrArray) goals = dsc_store_list (store, &dsc_kind_goal, association_id, error);
  g_autofree char *today = dsc_clock_today ();

  if (goals == NULL)
    return FALSE;

  for (guint i = 0; i < goals->len; i++)
    {
      DscGoal *goal = g_ptr_array_index (goals, i);

      progress->goals_total++;
      progress->goals_achieved += goal->status == DSC_GOAL_ACHIEVED;
      progress->goals_dropped += goal->status == DSC_GOAL_DROPPED;
      progress->goals_overdue += dsc_goal_is_overdue (goal, today);
    }

  return TRUE;
}

static gboolean
read_training (DscStore     *store,
               gint64        association_id,
               DscProgress  *progress,
               GError      **error)
{
  g_autoptr(DscCachedStatement) modules = NULL;
  g_autoptr(DscCachedStatement) domains = NULL;
  int rc;

  modules = dsc_store_prepare (store,
                               "SELECT m.id, m.title, m.threshold_percent,"
                               "  (SELECT coalesce (sum (x.duration_minutes), 0) FROM session x"
                               "    WHERE x.module_id = m.id AND x.deleted_at IS NULL),"
                               "  (SELECT count (*) FROM session x WHERE x.module_id = m.id AND x.deleted_at IS NULL),"
                               "  coalesce (sum (CASE WHEN t.present THEN s.duration_minutes END), 0),"
                               "  count (CASE WHEN t.present THEN 1 END),"
                               "  c.issued, c.date"
                               " FROM attendance t"
                               " JOIN session s ON s.id = t.session_id AND s.deleted_at IS NULL"
                               " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                               " LEFT JOIN certificate c ON c.module_id = m.id"
                               "   AND c.association_id = t.association_id AND c.deleted_at IS NULL"
                               " WHERE t.association_id = ? AND t.deleted_at IS NULL"
                               " GROUP BY m.id ORDER BY m.sort_key, m.id",
                               error);
  if (modules == NULL)
    return FALSE;
  sqlite3_bind_int64 (modules, 1, association_id);

  while ((rc = dsc_sqlite_step (modules, error)) == SQLITE_ROW)
    {
      DscModuleTraining *training = g_new0 (DscModuleTraining, 1);

      training->module_id = sqlite3_column_int64 (modules, 0);
      training->name = dsc_sqlite_column_text (modules, 1);
      training->association_id = association_id;
      training->threshold_percent = sqlite3_column_int (modules, 2);
      training->total_minutes = sqlite3_column_int (modules, 3);
      training->sessions_total = sqlite3_column_int (modules, 4);
      training->attended_minutes = sqlite3_column_int (modules, 5);
      training->sessions_attended = sqlite3_column_int (modules, 6);
      training->certificate_issued = sqlite3_column_int (modules, 7) != 0;
      training->certificate_date = dsc_sqlite_column_text (modules, 8);
      training->qualifies = dsc_training_qualifies (training->attended_minutes, training->total_minutes,
                                                    training->threshold_percent);
      progress->training_minutes += training->attended_minutes;
      progress->sessions_attended += training->sessions_attended;
      g_ptr_array_add (progress->modules, training);
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  domains = dsc_store_prepare (store,
                               "SELECT md.domain_id, sum (s.duration_minutes) FROM attendance t"
                               " JOIN session s ON s.id = t.session_id AND s.deleted_at IS NULL"
                               " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                               " JOIN module_domain md ON md.module_id = m.id"
                               " WHERE t.association_id = ? AND t.present = 1 AND t.deleted_at IS NULL"
                               " GROUP BY md.domain_id",
                               error);
  if (domains == NULL)
    return FALSE;
  sqlite3_bind_int64 (domains, 1, association_id);

  while ((rc = dsc_sqlite_step (domains, error)) == SQLITE_ROW)
    {
      DscDomainTraining *training = g_new0 (DscDomainTraining, 1);
      DscDomainProgress *domain;

      training->domain_id = sqlite3_column_int64 (domains, 0);
      training->minutes = sqlite3_column_int (domains, 1);
      domain = find_domain (progress->domains, training->domain_id);
      training->name = g_strdup (domain != NULL ? domain->name : "");
      g_ptr_array_add (progress->domain_training, training);
    }

  return rc == SQLITE_DONE;
}

/* Modules for the weakest domains that the association has not completed. */
static gboolean
suggest_modules (DscStore     *store,
                 DscProgress  *progress,
                 GError      **error)
{
  g_autoptr(GHashTable) weak = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) done = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, NULL);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int lowest = G_MAXINT;
  int rc;

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (!domain->retired && domain->latest >= 1)
        lowest = MIN (lowest, domain->latest);
    }
  if (lowest == G_MAXINT || lowest >= progress->scale_levels)
    return TRUE;

  /* Weak: at the lowest level read, or in the lower half of the scale. */
  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (!domain->retired && domain->latest >= 1
          && (domain->latest == lowest || domain->latest * 2 <= progress->scale_levels))
        g_hash_table_insert (weak, &domain->domain_id, domain);
    }

  for (guint i = 0; i < progress->modules->len; i++)
    {
      DscModuleTraining *training = g_ptr_array_index (progress->modules, i);

      if (training->qualifies || training->certificate_issued)
        g_hash_table_add (done, &training->module_id);
    }

  stmt = dsc_store_prepare (store,
                            "SELECT m.id, m.title, md.domain_id FROM module m"
                            " JOIN module_domain md ON md.module_id = m.id"
                            " WHERE m.deleted_at IS NULL ORDER BY m.sort_key, m.id, md.domain_id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 module_id = sqlite3_column_int64 (stmt, 0);
      gint64 domain_id = sqlite3_column_int64 (stmt, 2);
      DscDomainProgress *domain = g_hash_table_lookup (weak, &domain_id);
      DscModuleSuggestion *suggestion;

      if (domain == NULL || g_hash_table_contains (done, &module_id))
        continue;

      suggestion = g_hash_table_lookup (seen, &module_id);
      if (suggestion == NULL)
        {
          suggestion = g_new0 (DscModuleSuggestion, 1);
          suggestion->module_id = module_id;
          suggestion->title = dsc_sqlite_column_text (stmt, 1);
          suggestion->domains = g_strdup (domain->name);
          g_ptr_array_add (progress->suggestions, suggestion);
          g_hash_table_insert (seen, &suggestion->module_id, suggestion);
        }
      else
        {
          char *joined = g_strdup_printf ("%s, %s", suggestion->domains, domain->name);

          g_free (suggestion->domains);
          suggestion->domains = joined;
        }
    }

  return rc == SQLITE_DONE;
}

/**
 * dsc_progress_compute:
 * @store: a store
 * @association_id: an association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the association's progress: per domain
 *   (the current framework's domains in order, then retired ones that have
 *   readings), the average change, goals, training and suggested modules
 */
DscProgress *
dsc_progress_compute (DscStore  *store,
                      gint64     association_id,
                      GError   **error)
{
  g_autoptr(DscProgress) progress = g_new0 (DscProgress, 1);
  g_autoptr(GHashTable) versions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify) dsc_framework_version_free);
  DscFrameworkVersion *current = NULL;
  gint64 current_id;
  int with_change = 0, total_change = 0;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  progress->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_progress_free);
  progress->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_module_training_free);
  progress->domain_training = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_training_free);
  progress->suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) suggestion_free);

  current_id = dsc_store_current_version (store, error);
  if (current_id < 0)
    return NULL;
  if (current_id > 0)
    current = version_of (store, versions, current_id);
  progress->scale_levels = current != NULL ? current->scale_levels : DSC_BUILTIN_LEVELS;

  for (guint i = 0; current != NULL && i < current->domains->len; i++)
    {
      const DscDomainText *text = g_ptr_array_index (current->domains, i);
      DscDomainProgress *domain = g_new0 (DscDomainProgress, 1);

      domain->domain_id = text->id;
      domain->name = g_strdup (dsc_framework_domain_name (current, text));
      domain->retired = text->retired;
      domain->baseline = domain->latest = domain->target = -1;
      g_ptr_array_add (progress->domains, domain);
    }

  progress->n_assessments = (int) dsc_store_count_where (store, &dsc_kind_assessment, "association",
                                                         association_id, NULL);

  if (!read_levels (store, association_id, progress, versions, error)
      || !read_goals (store, association_id, progress, error)
      || !read_training (store, association_id, progress, error)
      || !suggest_modules (store, progress, error))
    return NULL;

  /* Retired domains without any reading have nothing to show. */
  for (guint i = progress->domains->len; i > 0; i--)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i - 1);

      if (domain->retired && domain->n_readings == 0)
        g_ptr_array_remove_index (progress->domains, i - 1);
    }

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (domain->has_change)
        {
          with_change++;
          total_change += domain->change;
        }
    }
  progress->has_average_change = with_change > 0;
  progress->average_change = with_change > 0 ? (double) total_change / with_change : 0;

  return g_steal_pointer (&progress);
}

/**
 * dsc_store_module_summary:
 * @store: a store
 * @module_id: a module
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscModuleTraining) (nullable): for
 *   each association invited to the module's sessions (by name), the hours it
 *   attended, whether it qualifies for the certificate and whether it got it
 */
GPtrArray *
dsc_store_module_summary (DscStore  *store,
                          gint64     module_id,
                          GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_module_training_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  stmt = dsc_store_prepare (store,
                            "SELECT a.id, a.name, m.threshold_percent,"
                            "  (SELECT coalesce (sum (x.duration_minutes), 0) FROM session x"
                            "    WHERE x.module_id = m.id AND x.deleted_at IS NULL),"
                            "  (SELECT count (*) FROM session x WHERE x.module_id = m.id AND x.deleted_at IS NULL),"
                            "  coalesce (sum (CASE WHEN t.present THEN s.duration_minutes END), 0),"
                            "  count (CASE WHEN t.present THEN 1 END),"
                            "  c.issued, c.date"
                            " FROM module m"
                            " JOIN session s ON s.module_id = m.id AND s.deleted_at IS NULL"
                            " JOIN attendance t ON t.session_id = s.id AND t.deleted_at IS NULL"
                            " JOIN association a ON a.id = t.association_id AND a.deleted_at IS NULL"
                            " LEFT JOIN certificate c ON c.module_id = m.id AND c.association_id = a.id"
                            "   AND c.deleted_at IS NULL"
                            " WHERE m.id = ?"
                            " GROUP BY a.id ORDER BY a.sort_key, a.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, module_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscModuleTraining *row = g_new0 (DscModuleTraining, 1);

      row->module_id = module_id;
      row->association_id = sqlite3_column_int64 (stmt, 0);
      row->name = dsc_sqlite_column_text (stmt, 1);
      row->threshold_percent = sqlite3_column_int (stmt, 2);
      row->total_minutes = sqlite3_column_int (stmt, 3);
      row->sessions_total = sqlite3_column_int (stmt, 4);
      row->attended_minutes = sqlite3_column_int (stmt, 5);
      row->sessions_attended = sqlite3_column_int (stmt, 6);
      row->certificate_issued = sqlite3_column_int (stmt, 7) != 0;
      row->certificate_date = dsc_sqlite_column_text (stmt, 8);
      row->qualifies = dsc_training_qualifies (row->attended_minutes, row->total_minutes,
                                               row->threshold_percent);
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

/**
 * dsc_store_association_sessions:
 * @store: a store
 * @association_id: an association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscSessionAttended) (nullable): the
 *   sessions it was invited to, newest first
 */
GPtrArray *
dsc_store_association_sessions (DscStore  *store,
                                gint64     association_id,
                                GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_session_attended_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  stmt = dsc_store_prepare (store,
                            "SELECT s.id, m.id, s.date, s.start_time, s.duration_minutes, s.title, m.title,"
                            "  t.present, t.participants"
                            " FROM attendance t"
                            " JOIN session s ON s.id = t.session_id AND s.deleted_at IS NULL"
                            " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                            " WHERE t.association_id = ? AND t.deleted_at IS NULL"
                            " ORDER BY s.date DESC, s.start_time DESC, s.id DESC",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, association_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscSessionAttended *row = g_new0 (DscSessionAttended, 1);

      row->session_id = sqlite3_column_int64 (stmt, 0);
      row->module_id = sqlite3_column_int64 (stmt, 1);
      row->date = dsc_sqlite_column_text (stmt, 2);
      row->start_time = dsc_sqlite_column_text (stmt, 3);
      row->duration_minutes = sqlite3_column_int (stmt, 4);
      row->session_title = dsc_sqlite_column_text (stmt, 5);
      row->module_title = dsc_sqlite_column_text (stmt, 6);
      row->present = sqlite3_column_int (stmt, 7) != 0;
      row->participants = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}
