/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_MEETINGS_PAGE (dsc_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (DscMeetingsPage, dsc_meetings_page, DSC, MEETINGS_PAGE, GtkWidget)

void     dsc_meetings_page_set_store       (DscMeetingsPage  *self,
                                            DscStore         *store);
void     dsc_meetings_page_flush           (DscMeetingsPage  *self);
gboolean dsc_meetings_page_add_new         (DscMeetingsPage  *self,
                                            gint64            association_id,
                                            GError          **error);
gboolean dsc_meetings_page_show_meeting    (DscMeetingsPage  *self,
                                            gint64            meeting_id);
gint64   dsc_meetings_page_get_meeting_id  (DscMeetingsPage  *self);
void     dsc_meetings_page_focus_search    (DscMeetingsPage  *self);
void     dsc_meetings_page_show_follow_ups (DscMeetingsPage  *self);
gboolean dsc_meetings_page_is_loading      (DscMeetingsPage  *self);
guint    dsc_meetings_page_get_n_shown     (DscMeetingsPage  *self);

G_END_DECLS
