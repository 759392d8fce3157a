/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FOLLOW_UP_DIALOG (dsc_follow_up_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscFollowUpDialog, dsc_follow_up_dialog, DSC, FOLLOW_UP_DIALOG, AdwWindow)

GtkWidget  *dsc_follow_up_dialog_new              (DscStore          *store,
                                                   gint64             meeting_id,
                                                   gint64             follow_up_id);
GtkWidget  *dsc_follow_up_dialog_get_field_widget (DscFollowUpDialog *self,
                                                   const char        *field_name);
gint64      dsc_follow_up_dialog_get_follow_up_id (DscFollowUpDialog *self);
const char *dsc_follow_up_dialog_get_problem      (DscFollowUpDialog *self);

G_END_DECLS
