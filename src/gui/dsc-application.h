/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_APPLICATION (dsc_application_get_type ())

G_DECLARE_FINAL_TYPE (DscApplication, dsc_application, DSC, APPLICATION, AdwApplication)

DscApplication *dsc_application_new          (void);
GSettings      *dsc_application_get_settings (DscApplication *self);

G_END_DECLS
