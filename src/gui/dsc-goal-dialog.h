/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_GOAL_DIALOG (dsc_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscGoalDialog, dsc_goal_dialog, DSC, GOAL_DIALOG, AdwWindow)

GtkWidget *dsc_goal_dialog_new              (DscStore      *store,
                                             gint64         association_id,
                                             gint64         goal_id);
GtkWidget *dsc_goal_dialog_get_field_widget (DscGoalDialog *self,
                                             const char    *field_name);

G_END_DECLS
