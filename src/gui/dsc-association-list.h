/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_ASSOCIATION_ITEM (dsc_association_item_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationItem, dsc_association_item, DSC, ASSOCIATION_ITEM, GObject)

gint64      dsc_association_item_get_id       (DscAssociationItem *self);
const char *dsc_association_item_get_uuid     (DscAssociationItem *self);
const char *dsc_association_item_get_name     (DscAssociationItem *self);
const char *dsc_association_item_get_subtitle (DscAssociationItem *self);

#define DSC_TYPE_ASSOCIATION_LIST (dsc_association_list_get_type ())

G_DECLARE_FINAL_TYPE (DscAssociationList, dsc_association_list, DSC, ASSOCIATION_LIST, GObject)

DscAssociationList *dsc_association_list_new        (void);
gboolean            dsc_association_list_search     (DscAssociationList          *self,
                                                     DscStore                    *store,
                                                     const DscAssociationFilter  *filter,
                                                     GError                     **error);
void                dsc_association_list_clear      (DscAssociationList          *self);
guint               dsc_association_list_find       (DscAssociationList          *self,
                                                     gint64                       id);
guint               dsc_association_list_find_uuid  (DscAssociationList          *self,
                                                     const char                  *uuid);
void                dsc_association_list_update_row (DscAssociationList          *self,
                                                     const DscAssociationSummary *summary);
void                dsc_association_list_remove     (DscAssociationList          *self,
                                                     gint64                       id);

G_END_DECLS
