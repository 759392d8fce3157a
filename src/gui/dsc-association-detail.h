/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSOCIATION_DETAIL (dsc_association_detail_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationDetail, dsc_association_detail, DSC, ASSOCIATION_DETAIL, GtkWidget)

void     dsc_association_detail_set_store            (DscAssociationDetail *self,
                                                      DscStore             *store);
gboolean dsc_association_detail_show                 (DscAssociationDetail *self,
                                                      gint64                id,
                                                      GError              **error);
void     dsc_association_detail_clear                (DscAssociationDetail *self);
gint64   dsc_association_detail_get_id               (DscAssociationDetail *self);
void     dsc_association_detail_flush                (DscAssociationDetail *self);
void     dsc_association_detail_set_show_back_button (DscAssociationDetail *self,
                                                      gboolean              show);
void     dsc_association_detail_focus_name           (DscAssociationDetail *self);

G_END_DECLS
