/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dsc-store.h"

G_BEGIN_DECLS

/* The report layer: the association passport and the programme report as
 * paginated documents drawn on a cairo_t, for print (GtkPrintOperation's
 * draw-page), PDF export and the command line alike (DESIGN.md "Reports").
 * Lengths are points (1/72 inch), the unit of GtkPrintContext and of cairo's
 * PDF surface. A report reads everything it shows from the store when it is
 * made, so drawing a page never touches the store. */

/* A4 in points. */
#define DSC_REPORT_A4_WIDTH  595.276
#define DSC_REPORT_A4_HEIGHT 841.890

double dsc_report_mm_to_points (double millimetres);

#define DSC_TYPE_REPORT (dsc_report_get_type ())

G_DECLARE_FINAL_TYPE (DscReport, dsc_report, DSC, REPORT, GObject)

DscReport  *dsc_report_new_passport   (DscStore     *store,
                                       gint64        association_id,
                                       GError      **error);
DscReport  *dsc_report_new_programme  (DscStore     *store,
                                       const char   *from,
                                       const char   *to,
                                       GError      **error);
const char *dsc_report_get_title      (DscReport    *self);
guint       dsc_report_paginate       (DscReport    *self,
                                       cairo_t      *cr,
                                       double        page_width,
                                       double        page_height);
void        dsc_report_draw_page      (DscReport    *self,
                                       cairo_t      *cr,
                                       guint         page,
                                       double        page_width,
                                       double        page_height);
gboolean    dsc_report_export         (DscReport    *self,
                                       const char   *path,
                                       int           page,
                                       GError      **error);

/* What the passport and the command line's charts share. */
char      **dsc_report_level_labels   (DscStore     *store,
                                       GError      **error);
char       *dsc_report_format_hours   (int           minutes);

G_END_DECLS
