/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_MEETING_EDITOR (dsc_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (DscMeetingEditor, dsc_meeting_editor, DSC, MEETING_EDITOR, GtkWidget)


G_END_DECLS
