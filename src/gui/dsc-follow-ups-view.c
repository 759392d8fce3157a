/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Open follow-ups across all meetings, by due date, overdue first, each marked done in one click; a row opens its meeting (win.show-meeting).
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-follow-ups-view.h"

struct _DscFollowUpsView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DscFollowUpsView, dsc_follow_ups_view, GTK_TYPE_WIDGET)

static void
dsc_follow_ups_view_class_init (DscFollowUpsViewClass *klass)
{
}

static void
dsc_follow_ups_view_init (DscFollowUpsView *self)
{
}

void
dsc_follow_ups_view_set_store (DscFollowUpsView *self,
                               DscStore         *store)
{
}
