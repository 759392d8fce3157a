/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-progress.h"

G_BEGIN_DECLS

/* What the charts and reports show, as plain functions over the store
 * (DESIGN.md "Progress maths"): one association's levels over time and its
 * training per month; across the programme, the latest level of every
 * association in every domain, training per month, follow-ups per service and
 * the key figures of a period. Periods are civil dates, YYYY-MM-DD, both ends
 * included; NULL means "from the beginning" or "up to today and beyond". */

/**
 * DscDomainColumns:
 * @scale_levels: the levels of the current framework version's scale
 * @n_domains: how many domains
 * @domain_ids: (array length=n_domains): their row ids (the same in every version)
 * @domain_names: (array zero-terminated=1): their names in the user's language
 * @level_labels: (array zero-terminated=1): the names of the levels 1..scale_levels
 *
 * The domains of the current framework version that are not retired, in order:
 * the axes of the radar, the lines of the timeline, the columns of the heatmap.
 */
typedef struct
{
  int      scale_levels;
  guint    n_domains;
  gint64  *domain_ids;
  char   **domain_names;
  char   **level_labels;
} DscDomainColumns;

/**
 * DscTimelinePoint:
 * @assessment_id: the assessment
 * @date: its date
 * @respondent: a #DscRespondent
 * @assessment_kind: a #DscAssessmentKind
 * @levels: (array): one per domain of the columns; 0 when not assessed
 * @average: the average of its levels, or NAN when it has none
 */
typedef struct
{
  gint64  assessment_id;
  char   *date;
  int     respondent;
  int     assessment_kind;
  int    *levels;
  double  average;
} DscTimelinePoint;

typedef struct
{
  DscDomainColumns  columns;
  GPtrArray        *points;      /* DscTimelinePoint, oldest first */
} DscTimeline;

/**
 * DscMonthTraining:
 * @month: YYYY-MM
 * @minutes: hours of training attended (or held, for the programme), in minutes
 * @sessions: sessions attended (or held)
 * @participants: people who took part
 */
typedef struct
{
  char *month;
  int   minutes;
  int   sessions;
  int   participants;
} DscMonthTraining;

/**
 * DscLevelsRow:
 * @association_id: the association
 * @name: its name
 * @province: a #DscProvince
 * @levels: (array): its latest level in each domain of the columns; 0 when none
 */
typedef struct
{
  gint64  association_id;
  char   *name;
  int     province;
  int    *levels;
} DscLevelsRow;

typedef struct
{
  DscDomainColumns  columns;
  GPtrArray        *rows;        /* DscLevelsRow, by name */
} DscLevelsTable;

/**
 * DscProgrammeFigures:
 * @associations_reached: associations with at least one attendance (present),
 *   assessment or meeting in the period
 * @sessions: sessions held in the period
 * @training_minutes: their hours, in minutes
 * @participants: people present, summed over the sessions
 * @assessments: assessments made in the period
 * @meetings: meetings held in the period
 * @follow_ups_done: follow-ups done in the period
 * @follow_ups_overdue: follow-ups open today whose due date has passed
 */
typedef struct
{
  int associations_reached;
  int sessions;
  int training_minutes;
  int participants;
  int assessments;
  int meetings;
  int follow_ups_done;
  int follow_ups_overdue;
} DscProgrammeFigures;

void            dsc_timeline_free                (DscTimeline       *timeline);
void            dsc_levels_table_free            (DscLevelsTable    *table);
void            dsc_month_training_free          (DscMonthTraining  *month);

DscTimeline    *dsc_store_association_timeline   (DscStore          *store,
                                                  gint64             association_id,
                                                  GError           **error);
GPtrArray      *dsc_store_training_by_month      (DscStore          *store,
                                                  gint64             association_id,
                                                  const char        *from,
                                                  const char        *to,
                                                  GError           **error);
DscLevelsTable *dsc_store_latest_levels          (DscStore          *store,
                                                  const char        *from,
                                                  const char        *to,
                                                  GError           **error);
GPtrArray      *dsc_store_follow_ups_by_service_in (DscStore        *store,
                                                    const char      *from,
                                                    const char      *to,
                                                    GError         **error);
gboolean        dsc_store_programme_figures      (DscStore          *store,
                                                  const char        *from,
                                                  const char        *to,
                                                  DscProgrammeFigures *figures,
                                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscTimeline, dsc_timeline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscLevelsTable, dsc_levels_table_free)

G_END_DECLS
