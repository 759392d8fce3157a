/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart's data: categories, series of values over them, the value range and
 * how values read, notes per point; and what every kind of chart shares:
 * drawing (each kind in its own dsc-chart-KIND.c), the hit-test over what the
 * last drawing remembered, the descriptions and the export to files. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "dsc-chart-private.h"

typedef DscChartSeries Series;

G_DEFINE_FINAL_TYPE (DscChart, dsc_chart, G_TYPE_OBJECT)

static void
series_free (Series *series)
{
  g_free (series->name);
  g_array_unref (series->values);
  g_clear_pointer (&series->notes, g_ptr_array_unref);
  g_free (series);
}

static void
clear_label (gpointer data)
{
  DscChartLabel *label = data;

  g_free (label->text);
}

static void
dsc_chart_finalize (GObject *object)
{
  DscChart *self = DSC_CHART (object);

  g_free (self->title);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_clear_pointer (&self->value_labels, g_ptr_array_unref);
  g_free (self->value_format);
  g_free (self->threshold_label);
  g_free (self->empty_text);
  g_array_unref (self->hits);
  g_array_unref (self->labels);

  G_OBJECT_CLASS (dsc_chart_parent_class)->finalize (object);
}

static void
dsc_chart_class_init (DscChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsc_chart_finalize;
}

static void
dsc_chart_init (DscChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->hits = g_array_new (FALSE, FALSE, sizeof (DscChartHitRegion));
  self->labels = g_array_new (FALSE, FALSE, sizeof (DscChartLabel));
  g_array_set_clear_func (self->labels, clear_label);
}

/**
 * dsc_chart_new:
 * @kind: the kind of chart
 *
 * Returns: (transfer full): an empty chart
 */
DscChart *
dsc_chart_new (DscChartKind kind)
{
  DscChart *self = g_object_new (DSC_TYPE_CHART, NULL);

  self->kind = kind;
  return self;
}

DscChartKind
dsc_chart_get_kind (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), DSC_CHART_BARS);

  return self->kind;
}

void
dsc_chart_set_title (DscChart   *self,
                     const char *title)
{
  g_return_if_fail (DSC_IS_CHART (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * dsc_chart_get_title:
 * @self: a chart
 *
 * Returns: (nullable): its title
 */
const char *
dsc_chart_get_title (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), NULL);

  return self->title;
}

/**
 * dsc_chart_set_categories:
 * @self: a chart
 * @labels: (array length=n_labels): what each category is called
 * @n_labels: how many
 *
 * Sets the categories; series added before are dropped.
 */
void
dsc_chart_set_categories (DscChart           *self,
                          const char * const *labels,
                          guint               n_labels)
{
  g_return_if_fail (DSC_IS_CHART (self));

  g_ptr_array_set_size (self->categories, 0);
  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->hits, 0);
  g_array_set_size (self->labels, 0);
  for (guint i = 0; i < n_labels; i++)
    g_ptr_array_add (self->categories, g_strdup (labels[i]));
}

/**
 * dsc_chart_add_series:
 * @self: a chart
 * @name: what the series is ("Latest assessment", an association's name)
 * @values: (array length=n_values): one value per category; NAN for none
 * @n_values: how many, at most the number of categories (the rest are NAN)
 *
 * Returns: the series' index
 */
guint
dsc_chart_add_series (DscChart     *self,
                      const char   *name,
                      const double *values,
                      guint         n_values)
{
  Series *series;

  g_return_val_if_fail (DSC_IS_CHART (self), 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name);
  series->values = g_array_sized_new (FALSE, FALSE, sizeof (double), self->categories->len);
  for (guint i = 0; i < self->categories->len; i++)
    {
      double value = i < n_values ? values[i] : NAN;

      g_array_append_val (series->values, value);
    }
  g_ptr_array_add (self->series, series);
  return self->series->len - 1;
}

/**
 * dsc_chart_set_note:
 * @self: a chart
 * @series: a series
 * @category: a category
 * @note: (nullable): what a tooltip adds to the value, such as the date it
 *   was read ("12/03/2026")
 */
void
dsc_chart_set_note (DscChart   *self,
                    guint       series,
                    guint       category,
                    const char *note)
{
  Series *item;

  g_return_if_fail (DSC_IS_CHART (self));
  g_return_if_fail (series < self->series->len && category < self->categories->len);

  item = g_ptr_array_index (self->series, series);
  if (item->notes == NULL)
    {
      item->notes = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_set_size (item->notes, self->categories->len);
    }
  g_free (g_ptr_array_index (item->notes, category));
  g_ptr_array_index (item->notes, category) = g_strdup (note);
}

/**
 * dsc_chart_set_value_range:
 * @self: a chart
 * @minimum: the value at the bottom (or centre of a radar)
 * @maximum: the value at the top (or the outer ring)
 *
 * Without it, the range is worked out from the values, with nice ticks.
 */
void
dsc_chart_set_value_range (DscChart *self,
                           double    minimum,
                           double    maximum)
{
  g_return_if_fail (DSC_IS_CHART (self));
  g_return_if_fail (maximum > minimum);

  self->has_range = TRUE;
  self->minimum = minimum;
  self->maximum = maximum;
}

/**
 * dsc_chart_set_value_labels:
 * @self: a chart
 * @labels: (array length=n_labels): what the whole values 1, 2, ... are
 *   called ("Clear need", "Basic", ...)
 * @n_labels: how many
 */
void
dsc_chart_set_value_labels (DscChart           *self,
                            const char * const *labels,
                            guint               n_labels)
{
  g_return_if_fail (DSC_IS_CHART (self));

  g_clear_pointer (&self->value_labels, g_ptr_array_unref);
  self->value_labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_labels; i++)
    g_ptr_array_add (self->value_labels, g_strdup (labels[i]));
}

/**
 * dsc_chart_set_value_format:
 * @self: a chart
 * @format: a printf format for one double, translated by the caller
 *   ("%.1f h"); the default prints the value as it is ("%g")
 */
void
dsc_chart_set_value_format (DscChart   *self,
                            const char *format)
{
  g_return_if_fail (DSC_IS_CHART (self));

  g_free (self->value_format);
  self->value_format = g_strdup (format);
}

/**
 * dsc_chart_set_threshold:
 * @self: a chart
 * @value: a value to mark across the chart (bars: the share of hours a
 *   certificate needs)
 * @label: (nullable): what it is
 */
void
dsc_chart_set_threshold (DscChart   *self,
                         double      value,
                         const char *label)
{
  g_return_if_fail (DSC_IS_CHART (self));

  self->has_threshold = TRUE;
  self->threshold = value;
  g_free (self->threshold_label);
  self->threshold_label = g_strdup (label);
}

/**
 * dsc_chart_set_empty_text:
 * @self: a chart
 * @text: what the chart says when it has no value to draw ("No assessment yet")
 */
void
dsc_chart_set_empty_text (DscChart   *self,
                          const char *text)
{
  g_return_if_fail (DSC_IS_CHART (self));

  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
}

guint
dsc_chart_get_n_categories (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), 0);

  return self->categories->len;
}

const char *
dsc_chart_get_category (DscChart *self,
                        guint     category)
{
  g_return_val_if_fail (DSC_IS_CHART (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, category);
}

guint
dsc_chart_get_n_series (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), 0);

  return self->series->len;
}

const char *
dsc_chart_get_series_name (DscChart *self,
                           guint     series)
{
  g_return_val_if_fail (DSC_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  return ((Series *) g_ptr_array_index (self->series, series))->name;
}

/**
 * dsc_chart_get_value:
 * @self: a chart
 * @series: a series
 * @category: a category
 *
 * Returns: the value, or NAN when there is none
 */
double
dsc_chart_get_value (DscChart *self,
                     guint     series,
                     guint     category)
{
  Series *item;

  g_return_val_if_fail (DSC_IS_CHART (self), NAN);
  g_return_val_if_fail (series < self->series->len && category < self->categories->len, NAN);

  item = g_ptr_array_index (self->series, series);
  return g_array_index (item->values, double, category);
}

/**
 * dsc_chart_get_note:
 * @self: a chart
 * @series: a series
 * @category: a category
 *
 * Returns: (nullable): the note of that point
 */
const char *
dsc_chart_get_note (DscChart *self,
                    guint     series,
                    guint     category)
{
  Series *item;

  g_return_val_if_fail (DSC_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len && category < self->categories->len, NULL);

  item = g_ptr_array_index (self->series, series);
  return item->notes != NULL ? g_ptr_array_index (item->notes, category) : NULL;
}

/**
 * dsc_chart_format_value:
 * @self: a chart
 * @value: a value of the chart, or NAN
 *
 * Returns: (transfer full): the value as people read it: its label ("3 ·
 *   Moderate") when the chart has value labels and the value is whole, the
 *   value format otherwise; "—" for NAN
 */
char *
dsc_chart_format_value (DscChart *self,
                        double    value)
{
  g_return_val_if_fail (DSC_IS_CHART (self), NULL);

  if (isnan (value))
    return g_strdup ("—");

  if (self->value_labels != NULL && value == floor (value) && value >= 1
      && value <= self->value_labels->len)
    /* Translators: a level with its name, as charts show it: "3 · Moderate". */
    return g_strdup_printf (_("%d · %s"), (int) value,
                            (const char *) g_ptr_array_index (self->value_labels, (guint) value - 1));

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (self->value_format != NULL ? self->value_format : "%g", value);
#pragma GCC diagnostic pop
}

/**
 * dsc_chart_is_empty:
 * @self: a chart
 *
 * Returns: %TRUE when no series holds a value
 */
gboolean
dsc_chart_is_empty (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), TRUE);

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *item = g_ptr_array_index (self->series, s);

      for (guint c = 0; c < item->values->len; c++)
        if (!isnan (g_array_index (item->values, double, c)))
          return FALSE;
    }

  return TRUE;
}

/**
 * dsc_chart_set_draw_title:
 * @self: a chart
 * @draw_title: whether the chart draws its title above itself
 *
 * A chart does not draw its title unless told: the window and the reports
 * show it in their own headings. Files exported alone want it drawn.
 */
void
dsc_chart_set_draw_title (DscChart *self,
                          gboolean  draw_title)
{
  g_return_if_fail (DSC_IS_CHART (self));

  self->draw_title = !!draw_title;
}

gboolean
dsc_chart_get_draw_title (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), FALSE);

  return self->draw_title;
}

static double
padding (DscChartPaint *paint)
{
  return ceil (paint->font_size * 0.3);
}

static double
title_height (DscChartPaint *paint,
              double         width,
              PangoLayout  **out)
{
  PangoLayout *layout;
  double title_width, height;

  if (!paint->chart->draw_title || paint->chart->title == NULL || paint->chart->title[0] == '\0')
    return 0;

  layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_TITLE, paint->chart->title, width, 3,
                                   PANGO_ALIGN_LEFT);
  dsc_chart_layout_size (layout, &title_width, &height);
  if (out != NULL)
    *out = layout;
  else
    g_object_unref (layout);
  return height + paint->font_size * 0.8;
}

static const char *
empty_text (DscChart *self)
{
  return self->empty_text != NULL ? self->empty_text : _("Nothing to show yet.");
}

static void
draw_empty (DscChartPaint *paint,
            double         x,
            double         y,
            double         width,
            double         height)
{
  PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_NORMAL, empty_text (paint->chart),
                                                width * 0.9, 4, PANGO_ALIGN_CENTER);
  double text_width, text_height;

  dsc_chart_layout_size (layout, &text_width, &text_height);
  dsc_chart_paint_show (paint, layout, x + (width - text_width) / 2,
                        y + MAX (0, (height - text_height) / 2), &paint->colours.dim, FALSE);
  g_object_unref (layout);
}

/**
 * dsc_chart_draw:
 * @self: a chart
 * @cr: where to draw, its origin at the chart's top left corner
 * @width: the chart's width, in the units of @cr
 * @height: its height
 * @style: (nullable): colours and type
 *
 * Draws the chart (its empty text when it has no value) without painting a
 * background, and remembers where each value went for dsc_chart_hit().
 */
void
dsc_chart_draw (DscChart            *self,
                cairo_t             *cr,
                double               width,
                double               height,
                const DscChartStyle *style)
{
  DscChartPaint paint;
  PangoLayout *title = NULL;
  double pad, top;

  g_return_if_fail (DSC_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  g_array_set_size (self->hits, 0);
  g_array_set_size (self->labels, 0);
  if (!(width >= 1 && height >= 1))
    return;

  cairo_save (cr);
  dsc_chart_paint_init (&paint, self, cr, style, TRUE);
  pad = padding (&paint);
  top = pad + title_height (&paint, width - 2 * pad, &title);
  if (title != NULL)
    {
      dsc_chart_paint_show (&paint, title, pad, pad, &paint.colours.text, FALSE);
      g_object_unref (title);
    }

  if (dsc_chart_is_empty (self) || self->categories->len == 0)
    draw_empty (&paint, pad, top, width - 2 * pad, height - top - pad);
  else
    switch (self->kind)
      {
      case DSC_CHART_RADAR:
        dsc_chart_draw_radar (&paint, pad, top, width - 2 * pad, height - top - pad);
        break;
      case DSC_CHART_TIMELINE:
        dsc_chart_draw_timeline (&paint, pad, top, width - 2 * pad, height - top - pad);
        break;
      case DSC_CHART_BARS:
        dsc_chart_draw_bars (&paint, pad, top, width - 2 * pad, height - top - pad);
        break;
      case DSC_CHART_HEATMAP:
        dsc_chart_draw_heatmap (&paint, pad, top, width - 2 * pad, height - top - pad);
        break;
      case DSC_CHART_STACKED_BARS:
      default:
        dsc_chart_draw_stacked (&paint, pad, top, width - 2 * pad, height - top - pad);
        break;
      }

  dsc_chart_paint_clear (&paint);
  cairo_restore (cr);
}

/**
 * dsc_chart_get_natural_height:
 * @self: a chart
 * @width: the width it will have
 * @style: (nullable): colours and type
 *
 * Returns: the height the chart needs at @width (a heatmap grows with its
 *   rows, the stacked bars with their services)
 */
double
dsc_chart_get_natural_height (DscChart            *self,
                              double               width,
                              const DscChartStyle *style)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  DscChartPaint paint;
  double pad, height;

  g_return_val_if_fail (DSC_IS_CHART (self), 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  dsc_chart_paint_init (&paint, self, cr, style, FALSE);
  pad = padding (&paint);
  width = MAX (width, 2 * pad + 1);
  height = 2 * pad + title_height (&paint, width - 2 * pad, NULL);

  if (dsc_chart_is_empty (self) || self->categories->len == 0)
    height += paint.line * 5;
  else
    switch (self->kind)
      {
      case DSC_CHART_RADAR:
        height += dsc_chart_radar_height (&paint, width - 2 * pad);
        break;
      case DSC_CHART_TIMELINE:
        height += dsc_chart_timeline_height (&paint, width - 2 * pad);
        break;
      case DSC_CHART_BARS:
        height += dsc_chart_bars_height (&paint, width - 2 * pad);
        break;
      case DSC_CHART_HEATMAP:
        height += dsc_chart_heatmap_height (&paint, width - 2 * pad);
        break;
      case DSC_CHART_STACKED_BARS:
      default:
        height += dsc_chart_stacked_height (&paint, width - 2 * pad);
        break;
      }

  dsc_chart_paint_clear (&paint);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ceil (height);
}

/**
 * dsc_chart_hit:
 * @self: a chart, drawn at least once
 * @x: a point, in the coordinates of the last drawing
 * @y: the point's y
 * @series: (out) (optional): the series under the point
 * @category: (out) (optional): its category
 *
 * Looks the point up among what the last drawing put where: bars and cells
 * under it, markers within a few units of it (the nearest, the one drawn on
 * top when two coincide).
 *
 * Returns: %TRUE when a value is under the point
 */
gboolean
dsc_chart_hit (DscChart *self,
               double    x,
               double    y,
               guint    *series,
               guint    *category)
{
  const DscChartHitRegion *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (DSC_IS_CHART (self), FALSE);

  for (guint i = 0; i < self->hits->len; i++)
    {
      const DscChartHitRegion *region = &g_array_index (self->hits, DscChartHitRegion, i);
      double distance;

      if (region->shape == DSC_CHART_HIT_RECT)
        {
          if (x < region->x || x >= region->x + region->width
              || y < region->y || y >= region->y + region->height)
            continue;
          distance = 0;
        }
      else
        {
          distance = hypot (x - region->x, y - region->y);
          if (distance > region->width)
            continue;
        }

      if (distance <= best_distance)
        {
          best = region;
          best_distance = distance;
        }
    }

  if (best == NULL || best->series >= self->series->len || best->category >= self->categories->len)
    return FALSE;

  if (series != NULL)
    *series = best->series;
  if (category != NULL)
    *category = best->category;
  return TRUE;
}

/**
 * dsc_chart_describe_point:
 * @self: a chart
 * @series: a series
 * @category: a category
 *
 * Returns: (transfer full): the tooltip of that point: what, how much, when
 *   ("Communication — Latest assessment: 3 · Moderate (12/03/2026)")
 */
char *
dsc_chart_describe_point (DscChart *self,
                          guint     series,
                          guint     category)
{
  g_autofree char *value = NULL;
  const char *what, *which, *note;

  g_return_val_if_fail (DSC_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len && category < self->categories->len, NULL);

  value = dsc_chart_format_value (self, dsc_chart_get_value (self, series, category));
  note = dsc_chart_get_note (self, series, category);
  what = dsc_chart_get_category (self, category);
  which = dsc_chart_get_series_name (self, series);
  if (self->kind == DSC_CHART_HEATMAP)
    {
      /* A row (an association) reads before its column (a domain). */
      const char *swap = what;

      what = which;
      which = swap;
    }
  else if (self->kind == DSC_CHART_STACKED_BARS)
    {
      double total = 0;
      g_autofree char *total_text = NULL;

      for (guint s = 0; s < self->series->len; s++)
        if (!isnan (dsc_chart_value (self, s, category)))
          total += dsc_chart_value (self, s, category);
      total_text = dsc_chart_format_value (self, total);
      /* Translators: a part of a stacked bar: "Social services — Overdue: 3 of 12". */
      return g_strdup_printf (_("%s — %s: %s of %s"), what, which, value, total_text);
    }

  if (note != NULL && note[0] != '\0')
    /* Translators: a point of a chart: "Communication — Latest assessment: 3 · Moderate
     * (12/03/2026)"; the last part is a date or a note about the point. */
    return g_strdup_printf (_("%s — %s: %s (%s)"), what, which, value, note);

  /* Translators: a point of a chart: "Communication — Target: 4 · Solid". */
  return g_strdup_printf (_("%s — %s: %s"), what, which, value);
}

/**
 * dsc_chart_describe:
 * @self: a chart
 *
 * Returns: (transfer full): what the chart shows, in a few sentences, for
 *   screen readers
 */
char *
dsc_chart_describe (DscChart *self)
{
  g_return_val_if_fail (DSC_IS_CHART (self), NULL);

  if (dsc_chart_is_empty (self) || self->categories->len == 0)
    return g_strdup (empty_text (self));

  switch (self->kind)
    {
    case DSC_CHART_RADAR:
      return dsc_chart_describe_radar (self);
    case DSC_CHART_TIMELINE:
      return dsc_chart_describe_timeline (self);
    case DSC_CHART_BARS:
      return dsc_chart_describe_bars (self);
    case DSC_CHART_HEATMAP:
      return dsc_chart_describe_heatmap (self);
    case DSC_CHART_STACKED_BARS:
    default:
      return dsc_chart_describe_stacked (self);
    }
}

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* One sentence that names the file and says what went wrong. */
static void
set_write_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  g_autofree char *name = g_filename_display_name (path);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, cause->code,
                 _("Could not save the chart as “%s”: its folder does not exist."), name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
           || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, G_IO_ERROR, cause->code,
                 _("Could not save the chart as “%s”: you may not write in that folder."), name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, G_IO_ERROR, cause->code,
                 _("Could not save the chart as “%s”: that is a folder."), name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, G_IO_ERROR, cause->code,
                 _("Could not save the chart as “%s”: the disk is full."), name);
  else
    /* Translators: the second %s is the system's reason. */
    g_set_error (error, G_IO_ERROR, cause != NULL ? cause->code : G_IO_ERROR_FAILED,
                 _("Could not save the chart as “%s” (%s)."), name,
                 cause != NULL ? cause->message : g_strerror (EIO));
}

/**
 * dsc_chart_export:
 * @self: a chart
 * @path: a file ending in .png, .svg or .pdf
 * @width: the chart's width, in points (SVG, PDF) or pixels at scale 1 (PNG)
 * @height: its height; 0 or less for its natural height at @width
 * @scale: for PNG, how many pixels per unit (2 for a sharp image on HiDPI)
 * @style: (nullable): colours and type
 * @error: return location for a #GError
 *
 * Writes the chart on the palette's background (white for print). An
 * existing file is replaced only once the new one is complete.
 *
 * Returns: %TRUE when the file is written
 */
gboolean
dsc_chart_export (DscChart             *self,
                  const char           *path,
                  double                width,
                  double                height,
                  double                scale,
                  const DscChartStyle  *style,
                  GError              **error)
{
  static const DscChartStyle default_style = DSC_CHART_STYLE_INIT;
  enum { PNG, SVG, PDF } format;
  g_autofree char *base = NULL;
  const char *dot;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) local_error = NULL;
  DscChartColours colours;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  Writer writer = { NULL, NULL };
  GArray *hits, *labels;
  gboolean existed;

  g_return_val_if_fail (DSC_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (style == NULL)
    style = &default_style;
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot != NULL && g_ascii_strcasecmp (dot, ".png") == 0)
    format = PNG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".svg") == 0)
    format = SVG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".pdf") == 0)
    format = PDF;
  else
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not save the chart as “%s”: choose a name ending in .png, .svg or .pdf."),
                   name);
      return FALSE;
    }

  if (!(scale > 0))
    scale = 1;
  if (!(height > 0))
    height = dsc_chart_get_natural_height (self, width, style);
  if (!(width >= 1 && height >= 1) || width * scale > 30000 || height * scale > 30000)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Could not save the chart as “%s”: a size of %.0f × %.0f is not possible."),
                   name, width * scale, height * scale);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    {
      set_write_error (error, path, local_error);
      return FALSE;
    }
  writer.stream = G_OUTPUT_STREAM (stream);

  switch (format)
    {
    case PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;
    case SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, &writer, width, height);
      break;
    case PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, width, height);
      if (self->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Discorsi");
      break;
    }

  cr = cairo_create (surface);
  if (format == PNG)
    cairo_scale (cr, scale, scale);
  dsc_chart_colours_init (&colours, style);
  dsc_chart_set_colour (cr, &colours.background);
  cairo_paint (cr);

  /* The pointer still hovers the chart on screen: keep that drawing's geometry. */
  hits = g_steal_pointer (&self->hits);
  labels = g_steal_pointer (&self->labels);
  self->hits = g_array_new (FALSE, FALSE, sizeof (DscChartHitRegion));
  self->labels = g_array_new (FALSE, FALSE, sizeof (DscChartLabel));
  g_array_set_clear_func (self->labels, clear_label);
  dsc_chart_draw (self, cr, width, height, style);
  g_array_unref (self->hits);
  g_array_unref (self->labels);
  self->hits = hits;
  self->labels = labels;

  status = cairo_status (cr);
  cairo_destroy (cr);

  /* A PNG is written before the surface is finished. */
  if (status == CAIRO_STATUS_SUCCESS && format == PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &writer);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || writer.error != NULL)
    {
      g_autoptr(GError) cause = writer.error != NULL ? writer.error
                                : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                       cairo_status_to_string (status));

      /* Keep what was there: a half-written file is worth nothing. */
      cancellable = g_cancellable_new ();
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      set_write_error (error, path, cause);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      set_write_error (error, path, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * dsc_chart_draw_message:
 * @cr: where to draw, in the colour of its source
 * @width: the chart's width
 * @height: the chart's height
 * @message: what to say instead of a chart, such as "No assessment yet"
 *
 * Every chart says so in words when it has nothing to draw.
 */
void
dsc_chart_draw_message (cairo_t    *cr,
                        double      width,
                        double      height,
                        const char *message)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  int text_width, text_height;

  pango_font_description_set_absolute_size (font, 11 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, message, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  cairo_move_to (cr, 0, MAX (0, (height - text_height) / 2));
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  g_object_unref (layout);
}

/* For tests: the labels the last drawing showed, and where its values went. */
GArray *
dsc_chart_get_drawn_labels (DscChart *self)
{
  return self->labels;
}

GArray *
dsc_chart_get_hit_regions (DscChart *self)
{
  return self->hits;
}
