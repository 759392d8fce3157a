/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* The charts layer: data in, drawing on a cairo_t out, never GTK (DESIGN.md).
 *
 * Every chart holds the same kind of data: categories (the radar's axes, the
 * timeline's dates, the bars' months or services, the heatmap's columns) and
 * series of values over them (the radar's baseline, latest and target; the
 * timeline's average and domains; the heatmap's rows, one per association).
 * A value is a double; NAN is "no value" (a domain not assessed), drawn as a
 * gap and never as 0. The same DscChart draws on screen (GTK widget), on paper
 * (report), and to PNG, SVG and PDF files (command line), and knows what is
 * under a point for tooltips, a sentence for screen readers, and its numbers
 * as a table.
 *
 * A chart does not draw its title: the window and the reports put it in their
 * own headings (dsc_chart_set_draw_title() for a chart exported alone). It
 * paints no background either, except in dsc_chart_export(). Its legend, axes
 * and labels are inside the size it is given, measured with Pango so that
 * they never overlap; dsc_chart_get_natural_height() says how tall it would
 * like to be at a width. */

typedef enum
{
  DSC_CHART_RADAR,          /* categories = domains; series = baseline, latest, target (one series: latest) */
  DSC_CHART_TIMELINE,       /* categories = dates (ISO); series = average, then domains */
  DSC_CHART_BARS,           /* categories = months or modules; series = one (hours), maybe a second */
  DSC_CHART_HEATMAP,        /* categories = domains (columns); series = rows (associations) */
  DSC_CHART_STACKED_BARS,   /* categories = services; series = stacked parts (open, overdue, done, dropped) */
} DscChartKind;

typedef enum
{
  DSC_CHART_PALETTE_SCREEN_LIGHT,
  DSC_CHART_PALETTE_SCREEN_DARK,
  DSC_CHART_PALETTE_PRINT,  /* readable in greyscale: dashes, markers and patterns, not colour alone */
} DscChartPalette;

/**
 * DscChartStyle:
 * @palette: the colours
 * @font_family: (nullable): a font family ("Cantarell"); %NULL: "Sans"
 * @font_size: the size of ordinary labels, in the units of the cairo_t
 *   (pixels on screen, points on paper)
 * @accent: (nullable): the screen's accent colour as "#rrggbb", or %NULL
 */
typedef struct
{
  DscChartPalette  palette;
  const char      *font_family;
  double           font_size;
  const char      *accent;
} DscChartStyle;

#define DSC_CHART_STYLE_INIT { DSC_CHART_PALETTE_SCREEN_LIGHT, NULL, 11.0, NULL }

#define DSC_TYPE_CHART (dsc_chart_get_type ())

G_DECLARE_FINAL_TYPE (DscChart, dsc_chart, DSC, CHART, GObject)

DscChart   *dsc_chart_new                 (DscChartKind          kind);
DscChartKind dsc_chart_get_kind           (DscChart             *self);

/* Data */
void        dsc_chart_set_title           (DscChart             *self,
                                           const char           *title);
const char *dsc_chart_get_title           (DscChart             *self);
void        dsc_chart_set_draw_title      (DscChart             *self,
                                           gboolean              draw_title);
gboolean    dsc_chart_get_draw_title      (DscChart             *self);
void        dsc_chart_set_categories      (DscChart             *self,
                                           const char * const   *labels,
                                           guint                 n_labels);
guint       dsc_chart_add_series          (DscChart             *self,
                                           const char           *name,
                                           const double         *values,
                                           guint                 n_values);
void        dsc_chart_set_note            (DscChart             *self,
                                           guint                 series,
                                           guint                 category,
                                           const char           *note);
void        dsc_chart_set_value_range     (DscChart             *self,
                                           double                minimum,
                                           double                maximum);
void        dsc_chart_set_value_labels    (DscChart             *self,
                                           const char * const   *labels,
                                           guint                 n_labels);
void        dsc_chart_set_value_format    (DscChart             *self,
                                           const char           *format);
void        dsc_chart_set_threshold       (DscChart             *self,
                                           double                value,
                                           const char           *label);
void        dsc_chart_set_empty_text      (DscChart             *self,
                                           const char           *text);

/* Reading the data back (the table view, tooltips, the report). */
guint       dsc_chart_get_n_categories    (DscChart             *self);
const char *dsc_chart_get_category        (DscChart             *self,
                                           guint                 category);
guint       dsc_chart_get_n_series        (DscChart             *self);
const char *dsc_chart_get_series_name     (DscChart             *self,
                                           guint                 series);
double      dsc_chart_get_value           (DscChart             *self,
                                           guint                 series,
                                           guint                 category);
const char *dsc_chart_get_note            (DscChart             *self,
                                           guint                 series,
                                           guint                 category);
char       *dsc_chart_format_value        (DscChart             *self,
                                           double                value);
gboolean    dsc_chart_is_empty            (DscChart             *self);

/* Drawing */
void        dsc_chart_draw                (DscChart             *self,
                                           cairo_t              *cr,
                                           double                width,
                                           double                height,
                                           const DscChartStyle  *style);
double      dsc_chart_get_natural_height  (DscChart             *self,
                                           double                width,
                                           const DscChartStyle  *style);
gboolean    dsc_chart_hit                 (DscChart             *self,
                                           double                x,
                                           double                y,
                                           guint                *series,
                                           guint                *category);
char       *dsc_chart_describe_point      (DscChart             *self,
                                           guint                 series,
                                           guint                 category);
char       *dsc_chart_describe            (DscChart             *self);
gboolean    dsc_chart_export              (DscChart             *self,
                                           const char           *path,
                                           double                width,
                                           double                height,
                                           double                scale,
                                           const DscChartStyle  *style,
                                           GError              **error);

void        dsc_chart_draw_message        (cairo_t              *cr,
                                           double                width,
                                           double                height,
                                           const char           *message);

G_END_DECLS
