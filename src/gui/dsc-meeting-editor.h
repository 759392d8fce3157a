/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-meetings.h"
#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_MEETING_EDITOR (dsc_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (DscMeetingEditor, dsc_meeting_editor, DSC, MEETING_EDITOR, GtkWidget)

void              dsc_meeting_editor_set_store            (DscMeetingEditor  *self,
                                                           DscStore          *store);
gboolean          dsc_meeting_editor_show                 (DscMeetingEditor  *self,
                                                           gint64             meeting_id,
                                                           GError           **error);
gint64            dsc_meeting_editor_get_meeting_id       (DscMeetingEditor  *self);
const DscMeeting *dsc_meeting_editor_get_meeting          (DscMeetingEditor  *self);
void              dsc_meeting_editor_flush                (DscMeetingEditor  *self);
void              dsc_meeting_editor_discard              (DscMeetingEditor  *self);
void              dsc_meeting_editor_reveal               (DscMeetingEditor  *self,
                                                           gint64             follow_up_id,
                                                           const char        *snippet);
void              dsc_meeting_editor_focus_title          (DscMeetingEditor  *self);
void              dsc_meeting_editor_set_show_back_button (DscMeetingEditor  *self,
                                                           gboolean           show);
GtkWidget        *dsc_meeting_editor_get_field_widget     (DscMeetingEditor  *self,
                                                           const char        *field_name);
GtkWidget        *dsc_meeting_editor_get_follow_up_row    (DscMeetingEditor  *self,
                                                           gint64             follow_up_id);
GtkWidget        *dsc_meeting_editor_get_link_row         (DscMeetingEditor  *self,
                                                           const DscKind     *kind,
                                                           gint64             id);
GtkWidget        *dsc_meeting_editor_get_picker_row       (DscMeetingEditor  *self,
                                                           gint64             id);

G_END_DECLS
