/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-capacity.h"

G_BEGIN_DECLS

/**
 * DscDomainProgress:
 * @domain_id: the domain's row id
 * @name: its name in the user's language
 * @retired: %TRUE when the current framework version no longer assesses it
 * @baseline: the first level read, or -1
 * @baseline_date: (nullable): when
 * @latest: the latest level read, or -1
 * @latest_date: (nullable): when
 * @has_change: %TRUE when there is a baseline and a later reading
 * @change: @latest minus @baseline when @has_change, else 0
 * @target: the most recent target set for the domain, or -1
 * @has_gap: %TRUE when there is a target and a latest level
 * @gap: @target minus @latest when @has_gap
 * @latest_descriptor: (nullable): what the latest level means in this domain
 * @n_readings: how many assessments read a level in it
 *
 * Where an association stands in one domain. "Not assessed" never counts as a
 * level. On one date, a consensus reading counts before the trainer's, and the
 * trainer's before the association's own.
 */
typedef struct
{
  gint64    domain_id;
  char     *name;
  gboolean  retired;
  int       baseline;
  char     *baseline_date;
  int       latest;
  char     *latest_date;
  gboolean  has_change;
  int       change;
  int       target;
  gboolean  has_gap;
  int       gap;
  char     *latest_descriptor;
  int       n_readings;
} DscDomainProgress;

/**
 * DscModuleTraining:
 * @module_id: the module
 * @name: the module's title, or the association's name in a module summary
 * @association_id: the association (in a module summary), else 0
 * @threshold_percent: the share of hours a certificate needs
 * @total_minutes: the hours of all the module's sessions, in minutes
 * @attended_minutes: the minutes of the sessions attended
 * @sessions_total: the module's sessions
 * @sessions_attended: the sessions attended
 * @qualifies: whether the attended share reaches the threshold
 * @certificate_issued: whether the certificate was given
 * @certificate_date: (nullable): when
 */
typedef struct
{
  gint64    module_id;
  char     *name;
  gint64    association_id;
  int       threshold_percent;
  int       total_minutes;
  int       attended_minutes;
  int       sessions_total;
  int       sessions_attended;
  gboolean  qualifies;
  gboolean  certificate_issued;
  char     *certificate_date;
} DscModuleTraining;

typedef struct
{
  gint64  domain_id;
  char   *name;
  int     minutes;
} DscDomainTraining;

typedef struct
{
  gint64  module_id;
  char   *title;
  char   *domains;      /* the weak domains it strengthens, comma-separated */
} DscModuleSuggestion;

/**
 * DscSessionAttended:
 *
 * One session an association was invited to.
 */
typedef struct
{
  gint64    session_id;
  gint64    module_id;
  char     *date;
  char     *start_time;
  int       duration_minutes;
  char     *session_title;
  char     *module_title;
  gboolean  present;
  int       participants;
} DscSessionAttended;

/**
 * DscProgress:
 *
 * An association's capacity-building path in numbers.
 */
typedef struct
{
  int        scale_levels;
  int        n_assessments;
  GPtrArray *domains;             /* DscDomainProgress */
  gboolean   has_average_change;
  double     average_change;
  int        goals_total;
  int        goals_achieved;
  int        goals_dropped;
  int        goals_overdue;
  int        training_minutes;
  int        sessions_attended;
  GPtrArray *modules;             /* DscModuleTraining */
  GPtrArray *domain_training;     /* DscDomainTraining */
  GPtrArray *suggestions;         /* DscModuleSuggestion */
} DscProgress;

void         dsc_progress_free                 (DscProgress  *progress);
void         dsc_module_training_free          (DscModuleTraining *training);
void         dsc_session_attended_free         (DscSessionAttended *session);
gboolean     dsc_training_qualifies            (int           attended_minutes,
                                                int           total_minutes,
                                                int           threshold_percent);
DscProgress *dsc_progress_compute              (DscStore     *store,
                                                gint64        association_id,
                                                GError      **error);
GPtrArray   *dsc_store_module_summary          (DscStore     *store,
                                                gint64        module_id,
                                                GError      **error);
GPtrArray   *dsc_store_association_sessions    (DscStore     *store,
                                                gint64        association_id,
                                                GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscProgress, dsc_progress_free)

G_END_DECLS
