/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_FRAMEWORK_WINDOW (dsc_framework_window_get_type ())

G_DECLARE_FINAL_TYPE (DscFrameworkWindow, dsc_framework_window, DSC, FRAMEWORK_WINDOW, AdwWindow)

GtkWidget *dsc_framework_window_new (DscStore *store);

G_END_DECLS
