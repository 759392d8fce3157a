/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

/* The periods of the Overview, in the order of its picker. */
typedef enum
{
  DSC_PERIOD_ALL_TIME,
  DSC_PERIOD_THIS_YEAR,
  DSC_PERIOD_LAST_YEAR,
  DSC_PERIOD_LAST_12_MONTHS,
  DSC_PERIOD_CUSTOM,
} DscPeriod;

/* How many associations the heatmap shows on screen at most. */
#define DSC_OVERVIEW_HEATMAP_ROWS 200

#define DSC_TYPE_OVERVIEW_PAGE (dsc_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (DscOverviewPage, dsc_overview_page, DSC, OVERVIEW_PAGE, GtkWidget)

void      dsc_overview_page_set_store   (DscOverviewPage  *self,
                                         DscStore         *store);
void      dsc_overview_page_set_period  (DscOverviewPage  *self,
                                         DscPeriod         period,
                                         const char       *from,
                                         const char       *to);
void      dsc_overview_page_get_period  (DscOverviewPage  *self,
                                         char            **from,
                                         char            **to);
gboolean  dsc_overview_page_is_loading  (DscOverviewPage  *self);
void      dsc_overview_page_reload      (DscOverviewPage  *self);
void      dsc_period_dates              (DscPeriod         period,
                                         const char       *today,
                                         char            **from,
                                         char            **to);

G_END_DECLS
