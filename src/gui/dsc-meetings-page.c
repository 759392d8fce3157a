/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Meetings page: the list of meetings with its filters and search, the meeting chosen, and the open follow-ups.
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-meetings-page.h"

struct _DscMeetingsPage
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DscMeetingsPage, dsc_meetings_page, GTK_TYPE_WIDGET)

static void
dsc_meetings_page_class_init (DscMeetingsPageClass *klass)
{
}

static void
dsc_meetings_page_init (DscMeetingsPage *self)
{
}

void
dsc_meetings_page_set_store (DscMeetingsPage *self,
                             DscStore        *store)
{
}

void
dsc_meetings_page_flush (DscMeetingsPage *self)
{
}
