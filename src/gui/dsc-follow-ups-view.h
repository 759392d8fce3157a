/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-meetings.h"
#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FOLLOW_UPS_VIEW (dsc_follow_ups_view_get_type ())

G_DECLARE_FINAL_TYPE (DscFollowUpsView, dsc_follow_ups_view, DSC, FOLLOW_UPS_VIEW, GtkWidget)

void dsc_follow_ups_view_set_store (DscFollowUpsView *self,
                                    DscStore         *store);

/* One open follow-up as a list box row, with its Done button; shared with the
 * Meetings section of an association. */
GtkWidget *dsc_follow_up_row_new            (DscStore             *store,
                                             const DscFollowUpRow *row,
                                             const char           *today,
                                             gboolean              show_association);
gint64     dsc_follow_up_row_get_meeting_id (GtkListBoxRow        *row);
void       dsc_follow_up_row_open_meeting   (GtkListBox           *list,
                                             GtkListBoxRow        *row);
gboolean   dsc_follow_up_mark_done          (GtkWidget            *widget,
                                             DscStore             *store,
                                             gint64                follow_up_id,
                                             const char           *what);
char      *dsc_follow_ups_format_day        (const char           *iso_date,
                                             const char           *today);

G_END_DECLS
