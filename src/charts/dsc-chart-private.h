/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "dsc-charts.h"

G_BEGIN_DECLS

/* What the parts of DscChart share: its data (dsc-charts.c), the tools every
 * kind draws with (dsc-chart-paint.c) and one file per kind of chart that lays
 * it out, draws it, remembers where its values went (for dsc_chart_hit) and
 * says what it shows. */

typedef struct
{
  char      *name;
  GArray    *values;         /* double, one per category; NAN: none */
  GPtrArray *notes;          /* char *, one per category, or NULL */
} DscChartSeries;

typedef enum
{
  DSC_CHART_HIT_RECT,
  DSC_CHART_HIT_POINT,
} DscChartHitShape;

/* Where a value was drawn: a rectangle (a bar, a cell) or a point (a marker),
 * whose x and y are its centre and width its radius. */
typedef struct
{
  DscChartHitShape shape;
  double           x;
  double           y;
  double           width;
  double           height;
  guint            series;
  guint            category;
} DscChartHitRegion;

/* A piece of text as it was drawn: its box in the drawing's coordinates (the
 * bounding box, when turned). Tests check that no two overlap. */
typedef struct
{
  double  x;
  double  y;
  double  width;
  double  height;
  char   *text;
} DscChartLabel;

struct _DscChart
{
  GObject       parent_instance;

  DscChartKind  kind;
  char         *title;
  gboolean      draw_title;
  GPtrArray    *categories;   /* char * */
  GPtrArray    *series;       /* DscChartSeries * */
  gboolean      has_range;
  double        minimum;
  double        maximum;
  GPtrArray    *value_labels; /* char *, for whole values from 1, or NULL */
  char         *value_format; /* printf format of one double, "%g h", or NULL */
  gboolean      has_threshold;
  double        threshold;
  char         *threshold_label;
  char         *empty_text;

  /* Of the last drawing */
  GArray       *hits;         /* DscChartHitRegion */
  GArray       *labels;       /* DscChartLabel */
  double        radar_x;      /* the radar's centre and outer ring */
  double        radar_y;
  double        radar_radius;
};

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} DscChartColour;

#define DSC_CHART_N_LINES 8
#define DSC_CHART_N_STATUSES 4

typedef enum
{
  DSC_CHART_FILL_SOLID,
  DSC_CHART_FILL_HATCH,      /* diagonal lines over the background */
  DSC_CHART_FILL_OUTLINE,    /* the background with a dashed outline */
} DscChartFill;

/* The colours of a palette, worked out from the style. */
typedef struct
{
  gboolean        print;
  gboolean        dark;
  DscChartColour  background;
  DscChartColour  text;
  DscChartColour  dim;        /* secondary text: ticks, the empty text */
  DscChartColour  grid;
  DscChartColour  axis;
  DscChartColour  latest;     /* the radar's latest series, bars, the average */
  DscChartColour  baseline;
  DscChartColour  target;
  DscChartColour  average;
  DscChartColour  lines[DSC_CHART_N_LINES];
  DscChartColour  bar;
  DscChartColour  bar_edge;
  DscChartColour  threshold;
  DscChartColour  heat_low;   /* the lowest level of the heatmap */
  DscChartColour  heat_high;  /* the highest */
  DscChartColour  status[DSC_CHART_N_STATUSES];
  DscChartFill    status_fill[DSC_CHART_N_STATUSES];
} DscChartColours;

typedef enum
{
  DSC_CHART_FONT_NORMAL,
  DSC_CHART_FONT_SMALL,
  DSC_CHART_FONT_BOLD,
  DSC_CHART_FONT_TITLE,
  DSC_CHART_N_FONTS,
} DscChartFont;

typedef enum
{
  DSC_CHART_MARKER_NONE,
  DSC_CHART_MARKER_CIRCLE,
  DSC_CHART_MARKER_SQUARE,
  DSC_CHART_MARKER_DIAMOND,
  DSC_CHART_MARKER_TRIANGLE,
  DSC_CHART_MARKER_TRIANGLE_DOWN,
  DSC_CHART_MARKER_CROSS,
  DSC_CHART_MARKER_PLUS,
  DSC_CHART_MARKER_STAR,
} DscChartMarker;

typedef enum
{
  DSC_CHART_DASH_SOLID,
  DSC_CHART_DASH_DASHED,
  DSC_CHART_DASH_DOTTED,
} DscChartDash;

/* One drawing (or one measuring, when cr is on a scratch surface and
 * record is FALSE). */
typedef struct
{
  DscChart             *chart;
  cairo_t              *cr;
  DscChartStyle         style;
  DscChartColours       colours;
  PangoContext         *context;
  PangoFontDescription *fonts[DSC_CHART_N_FONTS];
  double                font_size;
  double                line;        /* the height of a line of normal text */
  double                small_line;
  gboolean              record;
} DscChartPaint;

/* A line of a legend: a line with its dashes and marker, or a box. */
typedef struct
{
  const char     *label;
  gboolean        box;
  DscChartColour  colour;
  DscChartFill    fill;
  DscChartDash    dash;
  DscChartMarker  marker;
  gboolean        hollow;
  double          line_width;
} DscChartLegendItem;

/* dsc-chart-paint.c */
void            dsc_chart_colours_init         (DscChartColours       *colours,
                                                const DscChartStyle   *style);
void            dsc_chart_paint_init           (DscChartPaint         *paint,
                                                DscChart              *chart,
                                                cairo_t               *cr,
                                                const DscChartStyle   *style,
                                                gboolean               record);
void            dsc_chart_paint_clear          (DscChartPaint         *paint);
void            dsc_chart_set_colour           (cairo_t               *cr,
                                                const DscChartColour  *colour);
void            dsc_chart_set_colour_alpha     (cairo_t               *cr,
                                                const DscChartColour  *colour,
                                                double                 alpha);
DscChartColour  dsc_chart_colour_mix           (const DscChartColour  *a,
                                                const DscChartColour  *b,
                                                double                 t);
double          dsc_chart_colour_luminance     (const DscChartColour  *colour);
PangoLayout    *dsc_chart_paint_layout         (DscChartPaint         *paint,
                                                DscChartFont           font,
                                                const char            *text,
                                                double                 max_width,
                                                int                    max_lines,
                                                PangoAlignment         alignment);
void            dsc_chart_layout_size          (PangoLayout           *layout,
                                                double                *width,
                                                double                *height);
double          dsc_chart_text_width           (DscChartPaint         *paint,
                                                DscChartFont           font,
                                                const char            *text);
gboolean        dsc_chart_words_fit            (DscChartPaint         *paint,
                                                DscChartFont           font,
                                                const char            *text,
                                                double                 width);
void            dsc_chart_paint_show           (DscChartPaint         *paint,
                                                PangoLayout           *layout,
                                                double                 x,
                                                double                 y,
                                                const DscChartColour  *colour,
                                                gboolean               halo);
void            dsc_chart_paint_show_turned    (DscChartPaint         *paint,
                                                PangoLayout           *layout,
                                                double                 x,
                                                double                 y,
                                                const DscChartColour  *colour);
void            dsc_chart_paint_marker         (DscChartPaint         *paint,
                                                DscChartMarker         marker,
                                                double                 x,
                                                double                 y,
                                                double                 size,
                                                const DscChartColour  *colour,
                                                gboolean               hollow);
void            dsc_chart_set_dash             (DscChartPaint         *paint,
                                                DscChartDash           dash,
                                                double                 line_width);
void            dsc_chart_paint_box            (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height,
                                                const DscChartColour  *colour,
                                                DscChartFill           fill);
double          dsc_chart_paint_legend         (DscChartPaint         *paint,
                                                const DscChartLegendItem *items,
                                                guint                  n_items,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                gboolean               draw);
void            dsc_chart_nice_axis            (double                 low,
                                                double                 high,
                                                int                    max_ticks,
                                                gboolean               whole,
                                                double                *axis_low,
                                                double                *axis_high,
                                                double                *step);
char           *dsc_chart_format_tick          (DscChart              *self,
                                                double                 value,
                                                double                 step);
void            dsc_chart_add_hit_rect         (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height,
                                                guint                  series,
                                                guint                  category);
void            dsc_chart_add_hit_point        (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 radius,
                                                guint                  series,
                                                guint                  category);
DscChartSeries *dsc_chart_series               (DscChart              *self,
                                                guint                  series);
double          dsc_chart_value                (DscChart              *self,
                                                guint                  series,
                                                guint                  category);
char           *dsc_chart_join_names           (GPtrArray             *names);

/* One file per kind: each lays out and draws its chart in the rectangle
 * given, says how tall it likes to be and what it shows. */
void            dsc_chart_draw_radar           (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height);
double          dsc_chart_radar_height         (DscChartPaint         *paint,
                                                double                 width);
char           *dsc_chart_describe_radar       (DscChart              *self);
void            dsc_chart_radar_geometry       (DscChart              *self,
                                                double                *centre_x,
                                                double                *centre_y,
                                                double                *radius);

void            dsc_chart_draw_timeline        (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height);
double          dsc_chart_timeline_height      (DscChartPaint         *paint,
                                                double                 width);
char           *dsc_chart_describe_timeline    (DscChart              *self);

void            dsc_chart_draw_bars            (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height);
double          dsc_chart_bars_height          (DscChartPaint         *paint,
                                                double                 width);
char           *dsc_chart_describe_bars        (DscChart              *self);

void            dsc_chart_draw_heatmap         (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height);
double          dsc_chart_heatmap_height       (DscChartPaint         *paint,
                                                double                 width);
char           *dsc_chart_describe_heatmap     (DscChart              *self);

void            dsc_chart_draw_stacked         (DscChartPaint         *paint,
                                                double                 x,
                                                double                 y,
                                                double                 width,
                                                double                 height);
double          dsc_chart_stacked_height       (DscChartPaint         *paint,
                                                double                 width);
char           *dsc_chart_describe_stacked     (DscChart              *self);

/* For tests: what the last drawing put where. */
GArray         *dsc_chart_get_drawn_labels     (DscChart              *self);
GArray         *dsc_chart_get_hit_regions      (DscChart              *self);

G_END_DECLS
