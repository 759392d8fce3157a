/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The charts layer: data in, drawing on a cairo_t out, never GTK (DESIGN.md).
 * The chart types come with the charts issue; this header fixes the layer. */

typedef enum
{
  DSC_CHART_PALETTE_SCREEN_LIGHT,
  DSC_CHART_PALETTE_SCREEN_DARK,
  DSC_CHART_PALETTE_PRINT,
} DscChartPalette;

void dsc_chart_draw_message (cairo_t    *cr,
                             double      width,
                             double      height,
                             const char *message);

G_END_DECLS
