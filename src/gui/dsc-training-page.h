/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_TRAINING_PAGE (dsc_training_page_get_type ())

G_DECLARE_FINAL_TYPE (DscTrainingPage, dsc_training_page, DSC, TRAINING_PAGE, GtkWidget)

void       dsc_training_page_set_store        (DscTrainingPage *self,
                                               DscStore        *store);
gboolean   dsc_training_page_add_new          (DscTrainingPage *self,
                                               GError         **error);
gboolean   dsc_training_page_select           (DscTrainingPage *self,
                                               gint64           module_id);
gint64     dsc_training_page_get_module_id    (DscTrainingPage *self);
GtkWidget *dsc_training_page_get_field_widget (DscTrainingPage *self,
                                               const char      *field_name);
void       dsc_training_page_flush            (DscTrainingPage *self);

G_END_DECLS
