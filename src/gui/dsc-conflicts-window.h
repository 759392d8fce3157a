/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-window.h"

G_BEGIN_DECLS

#define DSC_TYPE_CONFLICTS_WINDOW (dsc_conflicts_window_get_type ())

G_DECLARE_FINAL_TYPE (DscConflictsWindow, dsc_conflicts_window, DSC, CONFLICTS_WINDOW, AdwWindow)

DscConflictsWindow *dsc_conflicts_window_new (DscWindow *main_window);

G_END_DECLS
