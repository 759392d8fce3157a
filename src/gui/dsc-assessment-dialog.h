/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSESSMENT_DIALOG (dsc_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscAssessmentDialog, dsc_assessment_dialog, DSC, ASSESSMENT_DIALOG, AdwWindow)

G_END_DECLS
