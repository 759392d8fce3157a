/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSOCIATIONS_PAGE (dsc_associations_page_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationsPage, dsc_associations_page, DSC, ASSOCIATIONS_PAGE, GtkWidget)

void     dsc_associations_page_set_store        (DscAssociationsPage *self,
                                                 DscStore            *store,
                                                 const char          *select_uuid);
gboolean dsc_associations_page_add_new          (DscAssociationsPage *self,
                                                 GError             **error);
gint64   dsc_associations_page_get_selected_id  (DscAssociationsPage *self);
char    *dsc_associations_page_get_selected_uuid (DscAssociationsPage *self);
gboolean dsc_associations_page_select           (DscAssociationsPage *self,
                                                 gint64               id);
void     dsc_associations_page_refresh          (DscAssociationsPage *self);
void     dsc_associations_page_focus_search     (DscAssociationsPage *self);
void     dsc_associations_page_flush            (DscAssociationsPage *self);
guint    dsc_associations_page_get_n_shown      (DscAssociationsPage *self);

G_END_DECLS
