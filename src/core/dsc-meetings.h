/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-store.h"

G_BEGIN_DECLS

/**
 * DscService:
 *
 * A territorial service an association deals with: municipal social services,
 * the health authority, a job centre, the Prefecture...
 */
typedef struct
{
  DscRecord base;
  char     *name;
  int       service_type;      /* DscServiceType */
  char     *municipality;
  char     *contact_person;
  char     *phone;
  char     *email;
  char     *notes;
} DscService;

/**
 * DscMeeting:
 *
 * A meeting with services (or a working table, an internal meeting, a study
 * visit); the services and associations that took part are links, read and
 * written with dsc_store_meeting_links() and dsc_store_set_meeting_links().
 */
typedef struct
{
  DscRecord base;
  char     *date;
  char     *time;
  char     *title;
  int       meeting_kind;      /* DscMeetingKind */
  char     *location;
  char     *attendees;
  char     *notes;
  char     *decisions;
} DscMeeting;

/**
 * DscFollowUp:
 *
 * What was agreed in a meeting, who does it and by when.
 */
typedef struct
{
  DscRecord base;
  gint64    meeting_id;
  gint64    association_id;    /* 0: none */
  gint64    service_id;        /* 0: none */
  char     *what;
  char     *owner;
  char     *due_date;
  int       status;            /* DscFollowUpStatus */
  char     *done_date;
} DscFollowUp;

/**
 * DscMeetingSummary:
 *
 * What a row of the meetings list shows.
 */
typedef struct
{
  gint64  id;
  char   *date;
  char   *time;
  char   *title;
  int     meeting_kind;
  char   *services;           /* names, comma-separated, or NULL */
  char   *associations;       /* names, comma-separated, or NULL */
  int     open_follow_ups;
} DscMeetingSummary;

/**
 * DscMeetingFilter:
 * @association_id: only meetings this association took part in, or 0
 * @service_id: only meetings with this service, or 0
 * @meeting_kind: a #DscMeetingKind, or -1
 * @from: (nullable): from this date on, YYYY-MM-DD
 * @to: (nullable): up to this date
 * @limit: at most this many (the newest), or 0 for all
 */
typedef struct
{
  gint64      association_id;
  gint64      service_id;
  int         meeting_kind;
  const char *from;
  const char *to;
  guint       limit;
} DscMeetingFilter;

#define DSC_MEETING_FILTER_INIT { 0, 0, -1, NULL, NULL, 0 }

/**
 * DscMeetingHit:
 * @meeting_id: the meeting found
 * @follow_up_id: the follow-up that matched, or 0 when the meeting's own text did
 * @date: the meeting's date
 * @title: the meeting's title
 * @snippet: the words around the match; each matched word is between
 *   %DSC_HIT_START and %DSC_HIT_END
 *
 * One place where search found the words, best first.
 */
typedef struct
{
  gint64  meeting_id;
  gint64  follow_up_id;
  char   *date;
  char   *title;
  char   *snippet;
} DscMeetingHit;

#define DSC_HIT_START "\x01"
#define DSC_HIT_END   "\x02"

/**
 * DscFollowUpRow:
 * @follow_up: (transfer full): the follow-up
 * @meeting_date: the date of its meeting
 * @meeting_title: the title of its meeting
 * @association_name: (nullable): the association it concerns
 * @service_name: (nullable): the service it concerns
 */
typedef struct
{
  DscFollowUp *follow_up;
  char        *meeting_date;
  char        *meeting_title;
  char        *association_name;
  char        *service_name;
} DscFollowUpRow;

/**
 * DscFollowUpCounts:
 *
 * Follow-ups by status for one service or association (the charts use them).
 */
typedef struct
{
  gint64  id;
  char   *name;
  int     open;
  int     overdue;
  int     done;
  int     dropped;
} DscFollowUpCounts;

extern const DscKind dsc_kind_service;
extern const DscKind dsc_kind_meeting;
extern const DscKind dsc_kind_follow_up;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscService, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscMeeting, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscFollowUp, dsc_record_free)

void        dsc_meeting_summary_free        (DscMeetingSummary      *summary);
void        dsc_meeting_hit_free            (DscMeetingHit          *hit);
void        dsc_follow_up_row_free          (DscFollowUpRow         *row);
void        dsc_follow_up_counts_free       (DscFollowUpCounts      *counts);
gboolean    dsc_follow_up_is_overdue        (const DscFollowUp      *follow_up,
                                             const char             *today);

GPtrArray  *dsc_store_list_meetings         (DscStore               *self,
                                             const DscMeetingFilter *filter,
                                             GError                **error);
GPtrArray  *dsc_store_search_meetings       (DscStore               *self,
                                             const char             *typed,
                                             const DscMeetingFilter *filter,
                                             guint                   limit,
                                             GError                **error);
GArray     *dsc_store_meeting_links         (DscStore               *self,
                                             gint64                  meeting_id,
                                             const DscKind          *kind,
                                             GError                **error);
gboolean    dsc_store_set_meeting_links     (DscStore               *self,
                                             gint64                  meeting_id,
                                             const DscKind          *kind,
                                             const gint64           *ids,
                                             guint                   n_ids,
                                             GError                **error);
GPtrArray  *dsc_store_open_follow_ups       (DscStore               *self,
                                             gint64                  association_id,
                                             gint64                  service_id,
                                             gboolean                overdue_only,
                                             GError                **error);
GPtrArray  *dsc_store_meeting_follow_ups    (DscStore               *self,
                                             gint64                  meeting_id,
                                             GError                **error);
gboolean    dsc_store_mark_follow_up_done   (DscStore               *self,
                                             gint64                  follow_up_id,
                                             GError                **error);
GPtrArray  *dsc_store_follow_ups_by_service (DscStore               *self,
                                             GError                **error);
GPtrArray  *dsc_store_follow_ups_by_association (DscStore           *self,
                                                 GError            **error);
char       *dsc_meeting_to_text             (DscStore               *self,
                                             gint64                  meeting_id,
                                             GError                **error);

G_END_DECLS
