/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DSC_TYPE_DATE_ROW (dsc_date_row_get_type ())

G_DECLARE_FINAL_TYPE (DscDateRow, dsc_date_row, DSC, DATE_ROW, AdwEntryRow)

GtkWidget  *dsc_date_row_new      (void);
const char *dsc_date_row_get_date (DscDateRow  *self);
void        dsc_date_row_set_date (DscDateRow  *self,
                                   const char  *iso_date);
gboolean    dsc_date_row_parse    (DscDateRow  *self,
                                   char       **iso_date,
                                   GError     **error);

G_END_DECLS
