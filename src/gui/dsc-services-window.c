/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The directory of territorial services: add, edit and remove them.
 * (Placeholder, being written.) */

#include "config.h"

#include "dsc-services-window.h"

struct _DscServicesWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (DscServicesWindow, dsc_services_window, ADW_TYPE_WINDOW)

static void
dsc_services_window_class_init (DscServicesWindowClass *klass)
{
}

static void
dsc_services_window_init (DscServicesWindow *self)
{
}

GtkWidget *
dsc_services_window_new (GtkWindow *parent,
                         DscStore  *store)
{
  return g_object_new (DSC_TYPE_SERVICES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
}
