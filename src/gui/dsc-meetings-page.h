/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_MEETINGS_PAGE (dsc_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (DscMeetingsPage, dsc_meetings_page, DSC, MEETINGS_PAGE, GtkWidget)

void dsc_meetings_page_set_store (DscMeetingsPage *self,
                                 DscStore        *store);
void dsc_meetings_page_flush     (DscMeetingsPage *self);

G_END_DECLS
