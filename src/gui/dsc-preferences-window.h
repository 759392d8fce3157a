/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-window.h"

G_BEGIN_DECLS

#define DSC_TYPE_PREFERENCES_WINDOW (dsc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DscPreferencesWindow, dsc_preferences_window, DSC, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *dsc_preferences_window_new (DscWindow *parent);

G_END_DECLS
