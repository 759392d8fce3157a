/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_COMPARISON_DIALOG (dsc_comparison_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscComparisonDialog, dsc_comparison_dialog, DSC, COMPARISON_DIALOG, AdwWindow)

G_END_DECLS
