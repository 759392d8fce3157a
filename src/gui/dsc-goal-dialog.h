/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_GOAL_DIALOG (dsc_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscGoalDialog, dsc_goal_dialog, DSC, GOAL_DIALOG, AdwWindow)

G_END_DECLS
