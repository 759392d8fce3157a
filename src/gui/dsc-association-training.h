/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSOCIATION_TRAINING (dsc_association_training_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationTraining, dsc_association_training, DSC, ASSOCIATION_TRAINING, GtkWidget)

void dsc_association_training_set_store (DscAssociationTraining *self,
                                         DscStore               *store);
void dsc_association_training_show      (DscAssociationTraining *self,
                                         gint64                  association_id);
void dsc_association_training_flush     (DscAssociationTraining *self);

G_END_DECLS
