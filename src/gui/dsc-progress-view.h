/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_PROGRESS_VIEW (dsc_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (DscProgressView, dsc_progress_view, DSC, PROGRESS_VIEW, GtkWidget)

void dsc_progress_view_set_store (DscProgressView *self,
                                  DscStore        *store);
void dsc_progress_view_show      (DscProgressView *self,
                                  gint64           association_id);
void dsc_progress_view_flush     (DscProgressView *self);

G_END_DECLS
