/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FRAMEWORK_WINDOW (dsc_framework_window_get_type ())

G_DECLARE_FINAL_TYPE (DscFrameworkWindow, dsc_framework_window, DSC, FRAMEWORK_WINDOW, AdwWindow)

GtkWidget *dsc_framework_window_new               (DscStore           *store);
gint64     dsc_framework_window_get_version_id    (DscFrameworkWindow *self);
GtkWidget *dsc_framework_window_get_domain_widget (DscFrameworkWindow *self,
                                                   gint64              domain_id,
                                                   const char         *part);
void       dsc_framework_window_flush             (DscFrameworkWindow *self);

G_END_DECLS
