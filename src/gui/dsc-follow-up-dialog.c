/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One follow-up of a meeting, edited in a dialog.
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-follow-up-dialog.h"

struct _DscFollowUpDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (DscFollowUpDialog, dsc_follow_up_dialog, ADW_TYPE_WINDOW)

static void
dsc_follow_up_dialog_class_init (DscFollowUpDialogClass *klass)
{
}

static void
dsc_follow_up_dialog_init (DscFollowUpDialog *self)
{
}
