/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The records of capacity building: assessments, goals, training modules and
 * sessions, attendance and certificates; and the checks the store runs before
 * writing them. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-store-private.h"

#define F(s, n, t, lbl, ...) \
  { .name = #n, .column = #n, .type = t, .offset = G_STRUCT_OFFSET (s, n), .label = lbl, __VA_ARGS__ }
#define REF(s, n, col, table, lbl, req) \
  { .name = n, .column = #col, .type = DSC_FIELD_REF, .ref_table = table, .required = req, \
    .offset = G_STRUCT_OFFSET (s, col), .label = lbl }

/* Checks that a referenced row exists and is live: writing for a deleted
 * association or session is refused. */
static gboolean
parent_is_live (DscStore    *store,
                const char  *sql,
                gint64       id,
                const char  *message,
                GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  if (id <= 0)
    return TRUE;

  stmt = dsc_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID, message);
  return FALSE;
}

#define LIVE_ASSOCIATION "SELECT 1 FROM association WHERE id = ? AND deleted_at IS NULL"
#define LIVE_MODULE "SELECT 1 FROM module WHERE id = ? AND deleted_at IS NULL"
#define LIVE_SESSION "SELECT 1 FROM session WHERE id = ? AND deleted_at IS NULL"

static int
scale_of_version (DscStore *store,
                  gint64    version_id)
{
  g_autoptr(DscCachedStatement) stmt =
    dsc_store_prepare (store, "SELECT scale_levels FROM framework_version WHERE id = ?", NULL);

  if (stmt == NULL)
    return DSC_BUILTIN_LEVELS;
  sqlite3_bind_int64 (stmt, 1, version_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : DSC_BUILTIN_LEVELS;
}

static gboolean
check_level (int      level,
             int      scale,
             GError **error)
{
  if (level < 0 || (level >= 1 && level <= scale))
    return TRUE;

  g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
               _("The level %d is outside the scale, which goes from 1 to %d."), level, scale);
  return FALSE;
}

/* Assessments --------------------------------------------------------------- */

static const DscField assessment_fields[] = {
  REF (DscAssessment, "association", association_id, "association", NC_("field", "Association"), TRUE),
  REF (DscAssessment, "version", version_id, "framework_version", NC_("field", "Framework version"), TRUE),
  { .name = "date", .column = "date", .type = DSC_FIELD_DATE, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscAssessment, date), .label = NC_("field", "Date") },
  { .name = "assessment_kind", .column = "kind", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_assessment_kind, .offset = G_STRUCT_OFFSET (DscAssessment, assessment_kind),
    .label = NC_("field", "Kind") },
  { .name = "respondent", .column = "respondent", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_respondent, .offset = G_STRUCT_OFFSET (DscAssessment, respondent),
    .label = NC_("field", "Who answered") },
  F (DscAssessment, assessor, DSC_FIELD_TEXT, NC_("field", "Assessor")),
  F (DscAssessment, notes, DSC_FIELD_TEXT, NC_("field", "Notes")),
};

static void
assessment_init (gpointer record)
{
  DscAssessment *assessment = record;

  assessment->assessment_kind = DSC_ASSESSMENT_BASELINE;
  assessment->respondent = DSC_RESPONDENT_TRAINER;
}

static gboolean
assessment_check (gpointer       store,
                  gconstpointer  record,
                  GError       **error)
{
  const DscAssessment *assessment = record;
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  if (!parent_is_live (store, LIVE_ASSOCIATION, assessment->association_id,
                       _("This association was deleted; its assessments cannot change."), error))
    return FALSE;

  stmt = dsc_store_prepare (store,
                            "SELECT 1 FROM assessment WHERE association_id = ?1 AND date = ?2"
                            " AND respondent = ?3 AND id <> ?4 AND deleted_at IS NULL",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment->association_id);
  sqlite3_bind_text (stmt, 2, assessment->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, dsc_enum_code (&dsc_enum_respondent, assessment->respondent), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, assessment->base.id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *date = dsc_format_date (assessment->date);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("This association already has an assessment answered by “%s” on %s; open that one instead."),
                   dsc_enum_label (&dsc_enum_respondent, assessment->respondent), date);
      return FALSE;
    }

  return rc == SQLITE_DONE;
}

const DscKind dsc_kind_assessment = {
  .name = "assessment",
  .table = "assessment",
  .size = sizeof (DscAssessment),
  .fields = assessment_fields,
  .n_fields = G_N_ELEMENTS (assessment_fields),
  .order_by = "date, CASE respondent WHEN 'self' THEN 0 WHEN 'trainer' THEN 1 ELSE 2 END, id",
  .init = assessment_init,
  .check = assessment_check,
};

void
dsc_score_free (DscScore *score)
{
  if (score == NULL)
    return;

  g_free (score->evidence);
  g_free (score);
}

/* Goals ------------------------------------------------------------------------ */

static const DscField goal_fields[] = {
  REF (DscGoal, "association", association_id, "association", NC_("field", "Association"), TRUE),
  REF (DscGoal, "domain", domain_id, "domain", NC_("field", "Domain"), FALSE),
  { .name = "title", .column = "title", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscGoal, title), .label = NC_("field", "Goal") },
  { .name = "target_level", .column = "target_level", .type = DSC_FIELD_INT, .min = 1, .max = 10,
    .offset = G_STRUCT_OFFSET (DscGoal, target_level), .label = NC_("field", "Target level") },
  F (DscGoal, due_date, DSC_FIELD_DATE, NC_("field", "Due by")),
  { .name = "status", .column = "status", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_goal_status, .offset = G_STRUCT_OFFSET (DscGoal, status),
    .label = NC_("field", "Status") },
  F (DscGoal, notes, DSC_FIELD_TEXT, NC_("field", "Notes")),
};

static void
goal_init (gpointer record)
{
  ((DscGoal *) record)->status = DSC_GOAL_PLANNED;
}

static gboolean
goal_check (gpointer       store,
            gconstpointer  record,
            GError       **error)
{
  const DscGoal *goal = record;
  GError *local_error = NULL;
  gint64 current;

  if (!parent_is_live (store, LIVE_ASSOCIATION, goal->association_id,
                       _("This association was deleted; its goals cannot change."), error))
    return FALSE;

  current = dsc_store_current_version (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return check_level (goal->target_level, scale_of_version (store, current), error);
}

const DscKind dsc_kind_goal = {
  .name = "goal",
  .table = "goal",
  .size = sizeof (DscGoal),
  .fields = goal_fields,
  .n_fields = G_N_ELEMENTS (goal_fields),
  .order_by = "due_date IS NULL, due_date, id",
  .init = goal_init,
  .check = goal_check,
};

/**
 * dsc_goal_is_overdue:
 * @goal: a goal
 * @today: the local date, `YYYY-MM-DD` (dsc_clock_today())
 *
 * Returns: %TRUE when its due date has passed and it is neither achieved nor dropped
 */
gboolean
dsc_goal_is_overdue (const DscGoal *goal,
                     const char    *today)
{
  return goal->due_date != NULL && g_strcmp0 (goal->due_date, today) < 0
         && (goal->status == DSC_GOAL_PLANNED || goal->status == DSC_GOAL_IN_PROGRESS);
}

/* Modules and sessions -------------------------------------------------------- */

static const DscField module_fields[] = {
  { .name = "title", .column = "title", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscModule, title), .label = NC_("field", "Title") },
  F (DscModule, description, DSC_FIELD_TEXT, NC_("field", "Description")),
  F (DscModule, planned_minutes, DSC_FIELD_DURATION, NC_("field", "Planned hours")),
  { .name = "threshold_percent", .column = "threshold_percent", .type = DSC_FIELD_INT,
    .required = TRUE, .min = 0, .max = 100,
    .offset = G_STRUCT_OFFSET (DscModule, threshold_percent),
    .label = NC_("field", "Attendance needed for the certificate (%)") },
};

static void
module_init (gpointer record)
{
  ((DscModule *) record)->threshold_percent = DSC_DEFAULT_THRESHOLD_PERCENT;
}

const DscKind dsc_kind_module = {
  .name = "module",
  .table = "module",
  .size = sizeof (DscModule),
  .fields = module_fields,
  .n_fields = G_N_ELEMENTS (module_fields),
  .sort_field = "title",
  .init = module_init,
};

static const DscField session_fields[] = {
  REF (DscSession, "module", module_id, "module", NC_("field", "Module"), TRUE),
  F (DscSession, title, DSC_FIELD_TEXT, NC_("field", "Title")),
  { .name = "date", .column = "date", .type = DSC_FIELD_DATE, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscSession, date), .label = NC_("field", "Date") },
  F (DscSession, start_time, DSC_FIELD_TIME, NC_("field", "Starts at")),
  { .name = "duration_minutes", .column = "duration_minutes", .type = DSC_FIELD_DURATION,
    .required = TRUE, .min = 1, .offset = G_STRUCT_OFFSET (DscSession, duration_minutes),
    .label = NC_("field", "Duration") },
  F (DscSession, location, DSC_FIELD_TEXT, NC_("field", "Place")),
  F (DscSession, trainer, DSC_FIELD_TEXT, NC_("field", "Trainer")),
  F (DscSession, notes, DSC_FIELD_TEXT, NC_("field", "Notes")),
};

static gboolean
session_check (gpointer       store,
               gconstpointer  record,
               GError       **error)
{
  const DscSession *session = record;

  return parent_is_live (store, LIVE_MODULE, session->module_id,
                         _("This module was deleted; its sessions cannot change."), error);
}

const DscKind dsc_kind_session = {
  .name = "session",
  .table = "session",
  .size = sizeof (DscSession),
  .fields = session_fields,
  .n_fields = G_N_ELEMENTS (session_fields),
  .order_by = "date, start_time, id",
  .check = session_check,
};

/* Attendance and certificates ------------------------------------------------ */

static const DscField attendance_fields[] = {
  REF (DscAttendance, "session", session_id, "session", NC_("field", "Session"), TRUE),
  REF (DscAttendance, "association", association_id, "association", NC_("field", "Association"), TRUE),
  { .name = "participants", .column = "participants", .type = DSC_FIELD_INT, .required = TRUE,
    .min = 0, .max = 10000, .offset = G_STRUCT_OFFSET (DscAttendance, participants),
    .label = NC_("field", "Participants") },
  { .name = "present", .column = "present", .type = DSC_FIELD_BOOL,
    .offset = G_STRUCT_OFFSET (DscAttendance, present), .label = NC_("field", "Present") },
};

static void
attendance_init (gpointer record)
{
  ((DscAttendance *) record)->participants = 1;
}

static gboolean
attendance_check (gpointer       store,
                  gconstpointer  record,
                  GError       **error)
{
  const DscAttendance *attendance = record;

  return parent_is_live (store, LIVE_SESSION, attendance->session_id,
                         _("This session was deleted; its attendance cannot change."), error)
         && parent_is_live (store, LIVE_ASSOCIATION, attendance->association_id,
                            _("This association was deleted; its attendance cannot change."), error);
}

const DscKind dsc_kind_attendance = {
  .name = "attendance",
  .table = "attendance",
  .size = sizeof (DscAttendance),
  .fields = attendance_fields,
  .n_fields = G_N_ELEMENTS (attendance_fields),
  .order_by = "session_id, association_id",
  .init = attendance_init,
  .check = attendance_check,
};

void
dsc_attendance_row_free (DscAttendanceRow *row)
{
  if (row == NULL)
    return;

  dsc_record_free (row->attendance);
  g_free (row->association_name);
  g_free (row);
}

static const DscField certificate_fields[] = {
  REF (DscCertificate, "association", association_id, "association", NC_("field", "Association"), TRUE),
  REF (DscCertificate, "module", module_id, "module", NC_("field", "Module"), TRUE),
  { .name = "issued", .column = "issued", .type = DSC_FIELD_BOOL,
    .offset = G_STRUCT_OFFSET (DscCertificate, issued), .label = NC_("field", "Certificate issued") },
  F (DscCertificate, date, DSC_FIELD_DATE, NC_("field", "Issued on")),
};

static gboolean
certificate_check (gpointer       store,
                   gconstpointer  record,
                   GError       **error)
{
  const DscCertificate *certificate = record;

  return parent_is_live (store, LIVE_MODULE, certificate->module_id,
                         _("This module was deleted; its certificates cannot change."), error)
         && parent_is_live (store, LIVE_ASSOCIATION, certificate->association_id,
                            _("This association was deleted; its certificates cannot change."), error);
}

const DscKind dsc_kind_certificate = {
  .name = "certificate",
  .table = "certificate",
  .size = sizeof (DscCertificate),
  .fields = certificate_fields,
  .n_fields = G_N_ELEMENTS (certificate_fields),
  .order_by = "module_id, association_id",
  .check = certificate_check,
};

/* Used by dsc-store-capacity.c when a score is written. */
gboolean
dsc_capacity_check_level (DscStore  *store,
                          gint64     version_id,
                          int        level,
                          GError   **error)
{
  return check_level (level, scale_of_version (store, version_id), error);
}
