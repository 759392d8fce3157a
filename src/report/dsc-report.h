/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The report layer: the association passport and the programme report as
 * paginated documents drawn on a cairo_t, for print, PDF and the command line
 * alike. The documents come with the reports issue; this header fixes the layer. */

/* A4 in points, the unit of GtkPrintContext and of cairo's PDF surface. */
#define DSC_REPORT_A4_WIDTH  595.276
#define DSC_REPORT_A4_HEIGHT 841.890

double dsc_report_mm_to_points (double millimetres);

G_END_DECLS
