/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart's data: categories, series of values over them, the value range and
 * how values read, notes per point. The drawing of each kind of chart is in
 * its own part below (being written: for now every chart draws its title). */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "dsc-charts.h"

typedef struct
{
  char      *name;
  GArray    *values;         /* double, one per category; NAN: none */
  GPtrArray *notes;          /* char *, one per category, or NULL */
} Series;

struct _DscChart
{
  GObject       parent_instance;

  DscChartKind  kind;
  char         *title;
  GPtrArray    *categories;  /* char * */
  GPtrArray    *series;      /* Series * */
  gboolean      has_range;
  double        minimum;
  double        maximum;
  GPtrArray    *value_labels; /* char *, for whole values from 1, or NULL */
  char         *value_format;  /* printf format of one double, "%g h", or NULL */
  gboolean      has_threshold;
  double        threshold;
  char         *threshold_label;
  char         *empty_text;
};

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
 * dsc_chart_draw:
 * @self: a chart
 * @cr: where to draw, its origin at the chart's top left corner
 * @width: the chart's width, in the units of @cr
 * @height: its height
 * @style: colours and type
 */
void
dsc_chart_draw (DscChart            *self,
                cairo_t             *cr,
                double               width,
                double               height,
                const DscChartStyle *style)
{
  g_return_if_fail (DSC_IS_CHART (self));

  dsc_chart_draw_message (cr, width, height,
                          dsc_chart_is_empty (self) && self->empty_text != NULL ? self->empty_text
                          : self->title != NULL ? self->title : "");
}

/**
 * dsc_chart_get_natural_height:
 * @self: a chart
 * @width: the width it will have
 * @style: colours and type
 *
 * Returns: the height the chart needs at @width (a heatmap grows with its rows)
 */
double
dsc_chart_get_natural_height (DscChart            *self,
                              double               width,
                              const DscChartStyle *style)
{
  g_return_val_if_fail (DSC_IS_CHART (self), 0);

  return width * 0.6;
}

/**
 * dsc_chart_hit:
 * @self: a chart, drawn at least once
 * @x: a point, in the coordinates of the last drawing
 * @y: the point's y
 * @series: (out) (optional): the series under the point
 * @category: (out) (optional): its category
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
  g_return_val_if_fail (DSC_IS_CHART (self), FALSE);

  return FALSE;
}

/**
 * dsc_chart_describe_point:
 * @self: a chart
 * @series: a series
 * @category: a category
 *
 * Returns: (transfer full): the tooltip of that point: what, how much, when
 */
char *
dsc_chart_describe_point (DscChart *self,
                          guint     series,
                          guint     category)
{
  g_autofree char *value = NULL;
  const char *note;

  g_return_val_if_fail (DSC_IS_CHART (self), NULL);

  value = dsc_chart_format_value (self, dsc_chart_get_value (self, series, category));
  note = dsc_chart_get_note (self, series, category);
  return note != NULL
         ? g_strdup_printf ("%s — %s: %s (%s)", dsc_chart_get_category (self, category),
                            dsc_chart_get_series_name (self, series), value, note)
         : g_strdup_printf ("%s — %s: %s", dsc_chart_get_category (self, category),
                            dsc_chart_get_series_name (self, series), value);
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

  return g_strdup (self->title != NULL ? self->title : "");
}

/**
 * dsc_chart_export:
 * @self: a chart
 * @path: a file ending in .png, .svg or .pdf
 * @width: the chart's width, in points (SVG, PDF) or pixels at scale 1 (PNG)
 * @height: its height
 * @scale: for PNG, how many pixels per unit (2 for a sharp image on HiDPI)
 * @style: colours and type
 * @error: return location for a #GError
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
  g_return_val_if_fail (DSC_IS_CHART (self), FALSE);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Not written yet");
  return FALSE;
}

/**
 * dsc_chart_draw_message:
 * @cr: where to draw
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
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");
  int text_width, text_height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, message, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  cairo_move_to (cr, 0, (height - text_height) / 2);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (font);
  g_object_unref (layout);
}
