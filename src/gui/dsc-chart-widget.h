/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-charts.h"

G_BEGIN_DECLS

/* The width, in the units of the file, of a chart exported from the screen;
 * PNG files are this many pixels wide times their scale. */
#define DSC_CHART_EXPORT_WIDTH 640.0

#define DSC_TYPE_CHART_WIDGET (dsc_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (DscChartWidget, dsc_chart_widget, DSC, CHART_WIDGET, GtkWidget)

GtkWidget       *dsc_chart_widget_new             (void);
void             dsc_chart_widget_set_chart       (DscChartWidget  *self,
                                                   DscChart        *chart);
DscChart        *dsc_chart_widget_get_chart       (DscChartWidget  *self);
const char      *dsc_chart_widget_get_description (DscChartWidget  *self);
DscChartPalette  dsc_chart_widget_get_drawn_palette (DscChartWidget *self);
guint            dsc_chart_widget_get_n_draws     (DscChartWidget  *self);
char            *dsc_chart_widget_get_tooltip_at  (DscChartWidget  *self,
                                                   double           x,
                                                   double           y);
gboolean         dsc_chart_widget_focus_point     (DscChartWidget  *self,
                                                   guint            series,
                                                   guint            category);
const char      *dsc_chart_widget_get_point_text  (DscChartWidget  *self);
GtkWidget       *dsc_chart_widget_show_table      (DscChartWidget  *self);
gboolean         dsc_chart_widget_export          (DscChartWidget  *self,
                                                   GFile           *file,
                                                   double           scale,
                                                   GError         **error);

G_END_DECLS
