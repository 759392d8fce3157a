/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-framework.h"
#include "dsc-store.h"

G_BEGIN_DECLS

/**
 * DscAssessment:
 *
 * One reading of an association's capacity, on one version of the framework.
 * Its scores (one per domain) are read and written with dsc_store_load_scores()
 * and dsc_store_set_score().
 */
typedef struct
{
  DscRecord base;
  gint64    association_id;
  gint64    version_id;
  char     *date;
  int       assessment_kind;   /* DscAssessmentKind */
  int       respondent;        /* DscRespondent */
  char     *assessor;
  char     *notes;
} DscAssessment;

/**
 * DscScore:
 * @domain_id: the domain's row id
 * @level: the level chosen, from 1, or -1 for "not assessed" (never 0)
 * @evidence: (nullable): what shows it
 * @target_level: the level aimed at, or -1
 */
typedef struct
{
  gint64  domain_id;
  int     level;
  char   *evidence;
  int     target_level;
} DscScore;

typedef struct
{
  DscRecord base;
  gint64    association_id;
  gint64    domain_id;         /* 0: no particular domain */
  char     *title;
  int       target_level;
  char     *due_date;
  int       status;            /* DscGoalStatus */
  char     *notes;
} DscGoal;

typedef struct
{
  DscRecord base;
  char     *title;
  char     *description;
  int       planned_minutes;
  int       threshold_percent;
} DscModule;

typedef struct
{
  DscRecord base;
  gint64    module_id;
  char     *title;
  char     *date;
  char     *start_time;
  int       duration_minutes;
  char     *location;
  char     *trainer;
  char     *notes;
} DscSession;

typedef struct
{
  DscRecord base;
  gint64    session_id;
  gint64    association_id;
  int       participants;
  gboolean  present;
} DscAttendance;

typedef struct
{
  DscRecord base;
  gint64    association_id;
  gint64    module_id;
  gboolean  issued;
  char     *date;
} DscCertificate;

/**
 * DscAttendanceRow:
 * @attendance: (transfer full): the attendance record
 * @association_name: the invited association's name
 * @members: its members, or -1 when unknown
 *
 * One line of a session's attendance list.
 */
typedef struct
{
  DscAttendance *attendance;
  char          *association_name;
  int            members;
} DscAttendanceRow;

extern const DscKind dsc_kind_assessment;
extern const DscKind dsc_kind_goal;
extern const DscKind dsc_kind_module;
extern const DscKind dsc_kind_session;
extern const DscKind dsc_kind_attendance;
extern const DscKind dsc_kind_certificate;

#define DSC_DEFAULT_THRESHOLD_PERCENT 75

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscAssessment, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscGoal, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscModule, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscSession, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscAttendance, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscCertificate, dsc_record_free)

void        dsc_score_free                  (DscScore          *score);
void        dsc_attendance_row_free         (DscAttendanceRow  *row);
gboolean    dsc_goal_is_overdue             (const DscGoal     *goal,
                                             const char        *today);

/* The framework (dsc-store-framework.c). */
gint64      dsc_store_current_version       (DscStore          *self,
                                             GError           **error);
gint64      dsc_store_draft_version         (DscStore          *self,
                                             GError           **error);
DscFrameworkVersion *dsc_store_load_version (DscStore          *self,
                                             gint64             version_id,
                                             GError           **error);
gint64      dsc_store_editable_version      (DscStore          *self,
                                             GError           **error);
gboolean    dsc_store_set_domain_text       (DscStore          *self,
                                             gint64             version_id,
                                             gint64             domain_id,
                                             const char        *name,
                                             const char        *description,
                                             const char * const *descriptors,
                                             gboolean           retired,
                                             GError           **error);
gint64      dsc_store_add_domain            (DscStore          *self,
                                             gint64             version_id,
                                             const char        *name,
                                             GError           **error);
gboolean    dsc_store_publish_version       (DscStore          *self,
                                             gint64             version_id,
                                             GError           **error);

/* Assessments, training and deletion (dsc-store-capacity.c). */
GPtrArray  *dsc_store_load_scores           (DscStore          *self,
                                             gint64             assessment_id,
                                             GError           **error);
gboolean    dsc_store_set_score             (DscStore          *self,
                                             gint64             assessment_id,
                                             const DscScore    *score,
                                             GError           **error);
GArray     *dsc_store_module_domains        (DscStore          *self,
                                             gint64             module_id,
                                             GError           **error);
gboolean    dsc_store_set_module_domains    (DscStore          *self,
                                             gint64             module_id,
                                             const gint64      *domain_ids,
                                             guint              n_domains,
                                             GError           **error);
gboolean    dsc_store_invite                (DscStore          *self,
                                             gint64             session_id,
                                             gint64             association_id,
                                             GError           **error);
gboolean    dsc_store_mark_all_present      (DscStore          *self,
                                             gint64             session_id,
                                             GError           **error);
GPtrArray  *dsc_store_session_attendance    (DscStore          *self,
                                             gint64             session_id,
                                             GError           **error);
gboolean    dsc_store_set_certificate       (DscStore          *self,
                                             gint64             association_id,
                                             gint64             module_id,
                                             gboolean           issued,
                                             const char        *date,
                                             GError           **error);
gboolean    dsc_store_delete_record         (DscStore          *self,
                                             const DscKind     *kind,
                                             gint64             id,
                                             GError           **error);
gboolean    dsc_store_undelete_record       (DscStore          *self,
                                             const DscKind     *kind,
                                             gint64             id,
                                             GError           **error);

G_END_DECLS
