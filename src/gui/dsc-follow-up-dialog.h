/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FOLLOW_UP_DIALOG (dsc_follow_up_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscFollowUpDialog, dsc_follow_up_dialog, DSC, FOLLOW_UP_DIALOG, AdwWindow)


G_END_DECLS
