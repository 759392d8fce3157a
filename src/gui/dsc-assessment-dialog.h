/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSESSMENT_DIALOG (dsc_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscAssessmentDialog, dsc_assessment_dialog, DSC, ASSESSMENT_DIALOG, AdwWindow)

GtkWidget *dsc_assessment_dialog_new              (DscStore            *store,
                                                   gint64               association_id,
                                                   gint64               assessment_id);
gint64     dsc_assessment_dialog_get_assessment_id (DscAssessmentDialog *self);
GtkWidget *dsc_assessment_dialog_get_level_row    (DscAssessmentDialog *self,
                                                   gint64               domain_id,
                                                   int                  level);
GtkWidget *dsc_assessment_dialog_get_field_widget (DscAssessmentDialog *self,
                                                   const char          *field_name);

G_END_DECLS
