/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One meeting, edited in place: its details, who took part, notes, decisions and follow-ups.
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-meeting-editor.h"

struct _DscMeetingEditor
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DscMeetingEditor, dsc_meeting_editor, GTK_TYPE_WIDGET)

static void
dsc_meeting_editor_class_init (DscMeetingEditorClass *klass)
{
}

static void
dsc_meeting_editor_init (DscMeetingEditor *self)
{
}
