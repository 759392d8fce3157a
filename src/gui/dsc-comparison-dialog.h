/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_COMPARISON_DIALOG (dsc_comparison_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscComparisonDialog, dsc_comparison_dialog, DSC, COMPARISON_DIALOG, AdwWindow)

GtkWidget *dsc_comparison_dialog_new             (DscStore            *store,
                                                  gint64               association_id,
                                                  const char          *date);
guint      dsc_comparison_dialog_get_n_different (DscComparisonDialog *self);

G_END_DECLS
