/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_SERVICES_WINDOW (dsc_services_window_get_type ())

G_DECLARE_FINAL_TYPE (DscServicesWindow, dsc_services_window, DSC, SERVICES_WINDOW, AdwWindow)

GtkWidget *dsc_services_window_new              (GtkWindow         *parent,
                                                 DscStore          *store);
GtkWidget *dsc_services_window_get_field_widget (DscServicesWindow *self,
                                                 const char        *field_name);
gint64     dsc_services_window_get_service_id   (DscServicesWindow *self);

G_END_DECLS
