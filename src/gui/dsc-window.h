/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-associations-page.h"
#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_WINDOW (dsc_window_get_type ())

G_DECLARE_FINAL_TYPE (DscWindow, dsc_window, DSC, WINDOW, AdwApplicationWindow)

DscWindow           *dsc_window_new                   (GtkApplication *application,
                                                       const char     *path);
gboolean             dsc_window_open_database         (DscWindow      *self,
                                                       const char     *path);
const char          *dsc_window_get_database_path     (DscWindow      *self);
DscStore            *dsc_window_get_store             (DscWindow      *self);
gboolean             dsc_window_is_sample             (DscWindow      *self);
void                 dsc_window_add_toast             (DscWindow      *self,
                                                       AdwToast       *toast);
DscAssociationsPage *dsc_window_get_associations_page (DscWindow      *self);
void                 dsc_window_flush                 (DscWindow      *self);
void                 dsc_window_reload                (DscWindow      *self);
void                 dsc_window_import_file           (DscWindow      *self,
                                                       GFile          *file);

G_END_DECLS
