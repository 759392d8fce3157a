/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The passport and the programme report (being written: for now a report is
 * one page with its title). */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "dsc-charts.h"
#include "dsc-report.h"

struct _DscReport
{
  GObject  parent_instance;

  char    *title;
};

G_DEFINE_FINAL_TYPE (DscReport, dsc_report, G_TYPE_OBJECT)

static void
dsc_report_finalize (GObject *object)
{
  DscReport *self = DSC_REPORT (object);

  g_free (self->title);

  G_OBJECT_CLASS (dsc_report_parent_class)->finalize (object);
}

static void
dsc_report_class_init (DscReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsc_report_finalize;
}

static void
dsc_report_init (DscReport *self)
{
}

/**
 * dsc_report_mm_to_points:
 * @millimetres: a length on paper
 *
 * Returns: the same length in points (1/72 inch)
 */
double
dsc_report_mm_to_points (double millimetres)
{
  return millimetres * 72.0 / 25.4;
}

/**
 * dsc_report_new_passport:
 * @store: a store
 * @association_id: an association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the association's passport
 */
DscReport *
dsc_report_new_passport (DscStore  *store,
                         gint64     association_id,
                         GError   **error)
{
  DscReport *self = g_object_new (DSC_TYPE_REPORT, NULL);

  self->title = g_strdup (_("Association passport"));
  return self;
}

/**
 * dsc_report_new_programme:
 * @store: a store
 * @from: (nullable): the first day of the period
 * @to: (nullable): its last day
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the programme report of the period
 */
DscReport *
dsc_report_new_programme (DscStore    *store,
                          const char  *from,
                          const char  *to,
                          GError     **error)
{
  DscReport *self = g_object_new (DSC_TYPE_REPORT, NULL);

  self->title = g_strdup (_("Programme report"));
  return self;
}

const char *
dsc_report_get_title (DscReport *self)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * dsc_report_paginate:
 * @self: a report
 * @cr: a context like the one pages will be drawn on (for measuring text)
 * @page_width: the page's width, in points
 * @page_height: its height
 *
 * Returns: how many pages the report takes on such pages
 */
guint
dsc_report_paginate (DscReport *self,
                     cairo_t   *cr,
                     double     page_width,
                     double     page_height)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), 0);

  return 1;
}

/**
 * dsc_report_draw_page:
 * @self: a paginated report
 * @cr: where to draw, its origin at the page's top left corner, in points
 * @page: the page, from 0
 * @page_width: the page's width
 * @page_height: its height
 */
void
dsc_report_draw_page (DscReport *self,
                      cairo_t   *cr,
                      guint      page,
                      double     page_width,
                      double     page_height)
{
  g_return_if_fail (DSC_IS_REPORT (self));

  dsc_chart_draw_message (cr, page_width, page_height, self->title);
}

/**
 * dsc_report_export:
 * @self: a report
 * @path: a file ending in .pdf (every page), .png or .svg (one page)
 * @page: for PNG and SVG, the page, from 0
 * @error: return location for a #GError
 *
 * Writes the report on A4 pages without any dialog.
 *
 * Returns: %TRUE when the file is written
 */
gboolean
dsc_report_export (DscReport   *self,
                   const char  *path,
                   int          page,
                   GError     **error)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), FALSE);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Not written yet");
  return FALSE;
}
