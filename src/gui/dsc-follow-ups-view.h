/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FOLLOW_UPS_VIEW (dsc_follow_ups_view_get_type ())

G_DECLARE_FINAL_TYPE (DscFollowUpsView, dsc_follow_ups_view, DSC, FOLLOW_UPS_VIEW, GtkWidget)

void dsc_follow_ups_view_set_store (DscFollowUpsView *self,
                                    DscStore         *store);

G_END_DECLS
