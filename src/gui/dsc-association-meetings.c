/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Meetings section of an association: its meetings (a row opens it on the Meetings page) and its open follow-ups.
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-association-meetings.h"

struct _DscAssociationMeetings
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DscAssociationMeetings, dsc_association_meetings, GTK_TYPE_WIDGET)

static void
dsc_association_meetings_class_init (DscAssociationMeetingsClass *klass)
{
}

static void
dsc_association_meetings_init (DscAssociationMeetings *self)
{
}

void
dsc_association_meetings_set_store (DscAssociationMeetings *self,
                                    DscStore               *store)
{
}

void
dsc_association_meetings_show (DscAssociationMeetings *self,
                               gint64                  association_id)
{
}
