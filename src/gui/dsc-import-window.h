/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-window.h"

G_BEGIN_DECLS

#define DSC_TYPE_IMPORT_WINDOW (dsc_import_window_get_type ())

G_DECLARE_FINAL_TYPE (DscImportWindow, dsc_import_window, DSC, IMPORT_WINDOW, AdwWindow)

DscImportWindow *dsc_import_window_new      (DscWindow       *main_window,
                                             GFile           *file);
const char      *dsc_import_window_get_page (DscImportWindow *self);
void             dsc_import_window_apply    (DscImportWindow *self);

G_END_DECLS
