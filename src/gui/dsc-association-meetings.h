/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSOCIATION_MEETINGS (dsc_association_meetings_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationMeetings, dsc_association_meetings, DSC, ASSOCIATION_MEETINGS, GtkWidget)

void dsc_association_meetings_set_store (DscAssociationMeetings *self,
                                         DscStore               *store);
void dsc_association_meetings_show      (DscAssociationMeetings *self,
                                         gint64                  association_id);
void dsc_association_meetings_flush     (DscAssociationMeetings *self);

G_END_DECLS
