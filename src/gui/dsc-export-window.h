/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-window.h"

G_BEGIN_DECLS

#define DSC_TYPE_EXPORT_WINDOW (dsc_export_window_get_type ())

G_DECLARE_FINAL_TYPE (DscExportWindow, dsc_export_window, DSC, EXPORT_WINDOW, AdwWindow)

DscExportWindow *dsc_export_window_new        (DscWindow       *main_window,
                                               const char      *association_uuid);
gboolean         dsc_export_window_is_running (DscExportWindow *self);
void             dsc_export_window_export     (DscExportWindow *self,
                                               gboolean         association_only,
                                               int              table,
                                               GFile           *file);

G_END_DECLS
