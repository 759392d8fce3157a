/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The records of the dialogue with territorial services: the services, the
 * meetings and what was agreed in them (follow-ups), with the checks the store
 * runs before writing them. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-meetings.h"
#include "dsc-store-private.h"

#define F(s, n, t, lbl) \
  { .name = #n, .column = #n, .type = t, .offset = G_STRUCT_OFFSET (s, n), .label = lbl }

static const DscField service_fields[] = {
  { .name = "name", .column = "name", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscService, name), .label = NC_("field", "Name") },
  { .name = "type", .column = "type", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_service_type, .offset = G_STRUCT_OFFSET (DscService, service_type),
    .label = NC_("field", "Type") },
  F (DscService, municipality, DSC_FIELD_TEXT, NC_("field", "Municipality")),
  F (DscService, contact_person, DSC_FIELD_TEXT, NC_("field", "Contact person")),
  { .name = "phone", .column = "phone", .type = DSC_FIELD_TEXT, .check = dsc_validate_phone,
    .offset = G_STRUCT_OFFSET (DscService, phone), .label = NC_("field", "Phone") },
  { .name = "email", .column = "email", .type = DSC_FIELD_TEXT, .check = dsc_validate_email,
    .offset = G_STRUCT_OFFSET (DscService, email), .label = NC_("field", "E-mail") },
  F (DscService, notes, DSC_FIELD_TEXT, NC_("field", "Notes")),
};

static void
service_init (gpointer record)
{
  ((DscService *) record)->service_type = DSC_SERVICE_SOCIAL_SERVICES;
}

const DscKind dsc_kind_service = {
  .name = "service",
  .table = "service",
  .size = sizeof (DscService),
  .fields = service_fields,
  .n_fields = G_N_ELEMENTS (service_fields),
  .sort_field = "name",
  .init = service_init,
};

static const DscField meeting_fields[] = {
  { .name = "date", .column = "date", .type = DSC_FIELD_DATE, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscMeeting, date), .label = NC_("field", "Date") },
  F (DscMeeting, time, DSC_FIELD_TIME, NC_("field", "Time")),
  { .name = "title", .column = "title", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscMeeting, title), .label = NC_("field", "Title") },
  { .name = "meeting_kind", .column = "kind", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_meeting_kind, .offset = G_STRUCT_OFFSET (DscMeeting, meeting_kind),
    .label = NC_("field", "Kind") },
  F (DscMeeting, location, DSC_FIELD_TEXT, NC_("field", "Place")),
  F (DscMeeting, attendees, DSC_FIELD_TEXT, NC_("field", "Who was there")),
  F (DscMeeting, notes, DSC_FIELD_TEXT, NC_("field", "Notes")),
  F (DscMeeting, decisions, DSC_FIELD_TEXT, NC_("field", "Decisions")),
};

/* A meeting cannot move after what was agreed in it: its follow-ups' due and
 * done dates would then come before it, and every later change to them would
 * be refused. */
static gboolean
meeting_check (gpointer       store,
               gconstpointer  record,
               GError       **error)
{
  const DscMeeting *meeting = record;
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *earliest = NULL;
  int rc;

  if (meeting->base.id == 0 || meeting->date == NULL)
    return TRUE;

  stmt = dsc_store_prepare (store,
                            "SELECT min (day) FROM ("
                            " SELECT due_date AS day FROM follow_up WHERE meeting_id = ?1 AND deleted_at IS NULL"
                            " UNION ALL"
                            " SELECT done_date FROM follow_up WHERE meeting_id = ?1 AND deleted_at IS NULL)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->base.id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc != SQLITE_ROW)
    return FALSE;
  earliest = dsc_sqlite_column_text (stmt, 0);

  if (earliest != NULL && g_strcmp0 (meeting->date, earliest) > 0)
    {
      g_autofree char *shown = dsc_format_date (earliest);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("A follow-up of this meeting is due or done on %s, before this date; change that follow-up first, or choose an earlier date."),
                   shown);
      return FALSE;
    }

  return TRUE;
}

const DscKind dsc_kind_meeting = {
  .name = "meeting",
  .table = "meeting",
  .size = sizeof (DscMeeting),
  .fields = meeting_fields,
  .n_fields = G_N_ELEMENTS (meeting_fields),
  .order_by = "date DESC, time DESC, id DESC",
  .check = meeting_check,
};

static const DscField follow_up_fields[] = {
  { .name = "meeting", .column = "meeting_id", .type = DSC_FIELD_REF, .ref_table = "meeting",
    .required = TRUE, .offset = G_STRUCT_OFFSET (DscFollowUp, meeting_id), .label = NC_("field", "Meeting") },
  { .name = "association", .column = "association_id", .type = DSC_FIELD_REF, .ref_table = "association",
    .offset = G_STRUCT_OFFSET (DscFollowUp, association_id), .label = NC_("field", "Association") },
  { .name = "service", .column = "service_id", .type = DSC_FIELD_REF, .ref_table = "service",
    .offset = G_STRUCT_OFFSET (DscFollowUp, service_id), .label = NC_("field", "Service") },
  { .name = "what", .column = "what", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscFollowUp, what), .label = NC_("field", "What was agreed") },
  F (DscFollowUp, owner, DSC_FIELD_TEXT, NC_("field", "Who does it")),
  F (DscFollowUp, due_date, DSC_FIELD_DATE, NC_("field", "Due by")),
  { .name = "status", .column = "status", .type = DSC_FIELD_ENUM, .required = TRUE,
    .enumeration = &dsc_enum_follow_up_status, .offset = G_STRUCT_OFFSET (DscFollowUp, status),
    .label = NC_("field", "Status") },
  F (DscFollowUp, done_date, DSC_FIELD_DATE, NC_("field", "Done on")),
};

static void
follow_up_init (gpointer record)
{
  ((DscFollowUp *) record)->status = DSC_FOLLOW_UP_OPEN;
}

static char *
meeting_date_of (DscStore  *store,
                 gint64     meeting_id,
                 GError   **error)
{
  g_autoptr(DscCachedStatement) stmt =
    dsc_store_prepare (store, "SELECT date FROM meeting WHERE id = ? AND deleted_at IS NULL", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return dsc_sqlite_column_text (stmt, 0);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                         _("This meeting was deleted; its follow-ups cannot change."));
  return NULL;
}

static gboolean
follow_up_check (gpointer       store,
                 gconstpointer  record,
                 GError       **error)
{
  const DscFollowUp *follow_up = record;
  g_autofree char *meeting_date = meeting_date_of (store, follow_up->meeting_id, error);

  if (meeting_date == NULL)
    return FALSE;

  if (follow_up->due_date != NULL && g_strcmp0 (follow_up->due_date, meeting_date) < 0)
    {
      g_autofree char *shown = dsc_format_date (meeting_date);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("A follow-up cannot be due before its meeting (%s); choose a later date."), shown);
      return FALSE;
    }

  if (follow_up->done_date != NULL && follow_up->status != DSC_FOLLOW_UP_DONE)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("Only a follow-up that is done has a date it was done on; set its status to Done, or clear the date."));
      return FALSE;
    }

  if (follow_up->done_date != NULL && g_strcmp0 (follow_up->done_date, meeting_date) < 0)
    {
      g_autofree char *shown = dsc_format_date (meeting_date);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("A follow-up cannot be done before its meeting (%s); check the date."), shown);
      return FALSE;
    }

  if (follow_up->done_date != NULL)
    {
      g_autofree char *today = dsc_clock_today ();

      if (g_strcmp0 (follow_up->done_date, today) > 0)
        {
          g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                               _("A follow-up cannot be done on a day still to come; check the date."));
          return FALSE;
        }
    }

  return TRUE;
}

const DscKind dsc_kind_follow_up = {
  .name = "follow-up",
  .table = "follow_up",
  .size = sizeof (DscFollowUp),
  .fields = follow_up_fields,
  .n_fields = G_N_ELEMENTS (follow_up_fields),
  .order_by = "due_date IS NULL, due_date, id",
  .init = follow_up_init,
  .check = follow_up_check,
};

/**
 * dsc_follow_up_is_overdue:
 * @follow_up: a follow-up
 * @today: the local date, YYYY-MM-DD (dsc_clock_today())
 *
 * Returns: %TRUE when it is open and its due date has passed
 */
gboolean
dsc_follow_up_is_overdue (const DscFollowUp *follow_up,
                          const char        *today)
{
  return follow_up->status == DSC_FOLLOW_UP_OPEN && follow_up->due_date != NULL
         && g_strcmp0 (follow_up->due_date, today) < 0;
}

void
dsc_meeting_summary_free (DscMeetingSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->date);
  g_free (summary->time);
  g_free (summary->title);
  g_free (summary->services);
  g_free (summary->associations);
  g_free (summary);
}

void
dsc_meeting_hit_free (DscMeetingHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->date);
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

void
dsc_follow_up_row_free (DscFollowUpRow *row)
{
  if (row == NULL)
    return;

  dsc_record_free (row->follow_up);
  g_free (row->meeting_date);
  g_free (row->meeting_title);
  g_free (row->association_name);
  g_free (row->service_name);
  g_free (row);
}

void
dsc_follow_up_counts_free (DscFollowUpCounts *counts)
{
  if (counts == NULL)
    return;

  g_free (counts->name);
  g_free (counts);
}
