/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_SESSION_DIALOG (dsc_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscSessionDialog, dsc_session_dialog, DSC, SESSION_DIALOG, AdwWindow)

G_END_DECLS
