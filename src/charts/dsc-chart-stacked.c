/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Stacked bars, lying down so that long service names read in full: one bar
 * per category, its parts (open on time, overdue, done, dropped) one after
 * the other, each count written in its part when it fits and the total at
 * the end. Parts differ by fill as well as colour (hatched, outlined). */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

typedef struct
{
  double gap;
  double label_width;
  double total_width;
  double row_height;
  int    name_lines;
  double legend_height;
  double axis_height;
} Rows;

static void
part_style (DscChartPaint  *paint,
            guint           series,
            DscChartColour *colour,
            DscChartFill   *fill)
{
  if (series < DSC_CHART_N_STATUSES)
    {
      *colour = paint->colours.status[series];
      *fill = paint->colours.status_fill[series];
    }
  else
    {
      *colour = paint->colours.lines[series % DSC_CHART_N_LINES];
      *fill = DSC_CHART_FILL_SOLID;
    }
}

static double
total (DscChart *self,
       guint     category)
{
  double sum = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      double value = dsc_chart_value (self, s, category);

      if (!isnan (value) && value > 0)
        sum += value;
    }

  return sum;
}

static guint
legend_items (DscChartPaint      *paint,
              DscChartLegendItem *items,
              guint               max_items)
{
  DscChart *self = paint->chart;
  guint n = 0;

  for (guint s = 0; s < self->series->len && n < max_items; s++)
    {
      items[n].label = dsc_chart_get_series_name (self, s);
      items[n].box = TRUE;
      part_style (paint, s, &items[n].colour, &items[n].fill);
      n++;
    }

  return n;
}

static void
rows_init (DscChartPaint *paint,
           double         width,
           Rows          *rows)
{
  DscChart *self = paint->chart;
  DscChartLegendItem items[16] = { { 0 } };
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items));
  double widest = 0;

  rows->gap = paint->font_size * 0.6;
  rows->legend_height = dsc_chart_paint_legend (paint, items, n_items, 0, 0, width, FALSE);
  for (guint c = 0; c < self->categories->len; c++)
    {
      g_autofree char *text = dsc_chart_format_value (self, total (self, c));

      widest = MAX (widest, dsc_chart_text_width (paint, DSC_CHART_FONT_NORMAL,
                                                  g_ptr_array_index (self->categories, c)));
      rows->total_width = MAX (rows->total_width, dsc_chart_text_width (paint, DSC_CHART_FONT_BOLD, text));
    }
  rows->label_width = CLAMP (widest, MIN (paint->font_size * 4, width * 0.3), width * 0.36);
  rows->row_height = ceil (paint->line * 2.3);

  /* Narrow: a third line rather than a name cut short. */
  rows->name_lines = 2;
  for (guint c = 0; c < self->categories->len && rows->name_lines == 2; c++)
    {
      PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_NORMAL,
                                                    g_ptr_array_index (self->categories, c),
                                                    rows->label_width, 2, PANGO_ALIGN_RIGHT);

      if (pango_layout_is_ellipsized (layout))
        {
          rows->name_lines = 3;
          rows->row_height = ceil (paint->line * 3 + 6);
        }
      g_object_unref (layout);
    }
  rows->axis_height = paint->small_line + rows->gap;
}

double
dsc_chart_stacked_height (DscChartPaint *paint,
                          double         width)
{
  Rows rows = { 0 };

  rows_init (paint, width, &rows);
  return rows.legend_height + rows.gap * 1.5 + rows.row_height * paint->chart->categories->len
         + rows.axis_height;
}

void
dsc_chart_draw_stacked (DscChartPaint *paint,
                        double         x,
                        double         y,
                        double         width,
                        double         height)
{
  DscChart *self = paint->chart;
  cairo_t *cr = paint->cr;
  DscChartLegendItem items[16] = { { 0 } };
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items));
  guint n = self->categories->len;
  double top, bottom, left, right, row_height, thickness, high = 0, axis_low, axis_high, step, scale;
  int name_lines;
  guint label_every = 1;
  Rows rows = { 0 };

  rows_init (paint, width, &rows);
  dsc_chart_paint_legend (paint, items, n_items, x, y, width, TRUE);
  top = y + rows.legend_height + rows.gap * 1.5;
  bottom = y + height - rows.axis_height;
  left = x + rows.label_width + rows.gap;
  right = x + width - rows.total_width - rows.gap;
  if (bottom - top < paint->small_line || right - left < paint->font_size * 3)
    return;

  row_height = MIN (rows.row_height, (bottom - top) / n);
  thickness = MIN (row_height * 0.62, paint->line * 1.4);
  name_lines = MIN (rows.name_lines, (int) MAX (1, floor ((row_height - 2) / paint->line)));
  while (row_height * label_every < paint->line * 1.05 && label_every < n)
    label_every++;

  for (guint c = 0; c < n; c++)
    high = MAX (high, total (self, c));
  dsc_chart_nice_axis (0, high, MAX (2, (int) ((right - left) / (paint->font_size * 6))), TRUE,
                       &axis_low, &axis_high, &step);
  scale = (right - left) / (axis_high - axis_low);

  /* The axis at the bottom, its grid behind the bars. */
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (double value = axis_low; value <= axis_high + step / 2; value += step)
    {
      double px = round (left + (value - axis_low) * scale) + 0.5;
      g_autofree char *text = dsc_chart_format_tick (self, value, step);
      PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, text, -1, 0, PANGO_ALIGN_CENTER);
      double text_width, text_height;

      cairo_move_to (cr, px, top);
      cairo_line_to (cr, px, top + row_height * n);
      dsc_chart_set_colour (cr, value == 0 ? &paint->colours.axis : &paint->colours.grid);
      cairo_stroke (cr);
      dsc_chart_layout_size (layout, &text_width, &text_height);
      dsc_chart_paint_show (paint, layout, px - text_width / 2, top + row_height * n + rows.gap / 2,
                            &paint->colours.dim, FALSE);
      g_object_unref (layout);
    }
  cairo_restore (cr);

  for (guint c = 0; c < n; c++)
    {
      double row_top = top + row_height * c;
      double bar_top = row_top + (row_height - thickness) / 2;
      double start = left;
      g_autofree char *sum = dsc_chart_format_value (self, total (self, c));
      PangoLayout *layout;
      double text_width, text_height;

      if (c % label_every == 0)
        {
          layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_NORMAL, g_ptr_array_index (self->categories, c),
                                           rows.label_width, name_lines, PANGO_ALIGN_RIGHT);
          dsc_chart_layout_size (layout, &text_width, &text_height);
          dsc_chart_paint_show (paint, layout, left - rows.gap - text_width,
                                row_top + (row_height - text_height) / 2, &paint->colours.text, FALSE);
          g_object_unref (layout);
        }

      for (guint s = 0; s < self->series->len; s++)
        {
          double value = dsc_chart_value (self, s, c);
          double part;
          DscChartColour colour;
          DscChartFill fill;

          if (isnan (value) || value <= 0)
            continue;
          part = value * scale;
          part_style (paint, s, &colour, &fill);
          dsc_chart_paint_box (paint, start, bar_top, part, thickness, &colour, fill);
          if (paint->colours.print && fill == DSC_CHART_FILL_SOLID)
            {
              cairo_save (cr);
              cairo_rectangle (cr, start + 0.4, bar_top + 0.4, MAX (0, part - 0.8), thickness - 0.8);
              dsc_chart_set_colour (cr, &paint->colours.text);
              cairo_set_line_width (cr, 0.8);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
          else if (s > 0 && start > left)
            {
              /* A hairline between parts of similar colours. */
              cairo_save (cr);
              cairo_move_to (cr, start, bar_top);
              cairo_line_to (cr, start, bar_top + thickness);
              dsc_chart_set_colour (cr, &paint->colours.background);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
          dsc_chart_add_hit_rect (paint, start, bar_top, part, thickness, s, c);

          {
            g_autofree char *text = dsc_chart_format_value (self, value);

            layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, text, -1, 0, PANGO_ALIGN_CENTER);
            dsc_chart_layout_size (layout, &text_width, &text_height);
            if (text_width + 6 <= part && text_height <= thickness + 2)
              {
                gboolean plain = fill == DSC_CHART_FILL_SOLID;
                DscChartColour ink = !plain ? paint->colours.text
                                     : dsc_chart_colour_luminance (&colour) < 0.3 ? (DscChartColour) { 1, 1, 1, 1 }
                                     : (DscChartColour) { 0.08, 0.08, 0.08, 1 };

                if (!plain)
                  {
                    /* Hatching behind a number would make it unreadable. */
                    cairo_rectangle (cr, start + (part - text_width) / 2 - 2, bar_top + 2,
                                     text_width + 4, thickness - 4);
                    dsc_chart_set_colour (cr, &paint->colours.background);
                    cairo_fill (cr);
                  }
                dsc_chart_paint_show (paint, layout, start + (part - text_width) / 2,
                                      bar_top + (thickness - text_height) / 2, &ink, FALSE);
              }
            g_object_unref (layout);
          }
          start += part;
        }

      layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_BOLD, sum, -1, 0, PANGO_ALIGN_LEFT);
      dsc_chart_layout_size (layout, &text_width, &text_height);
      dsc_chart_paint_show (paint, layout, start + rows.gap / 2, bar_top + (thickness - text_height) / 2,
                            &paint->colours.text, FALSE);
      g_object_unref (layout);
    }
}

char *
dsc_chart_describe_stacked (DscChart *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *services = NULL;
  g_autofree char *most_total = NULL;
  GString *text = g_string_new (NULL);
  guint n = self->categories->len, most = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      double sum = 0;
      g_autofree char *value = NULL;

      for (guint c = 0; c < n; c++)
        if (!isnan (dsc_chart_value (self, s, c)))
          sum += dsc_chart_value (self, s, c);
      value = dsc_chart_format_value (self, sum);
      /* Translators: one part of a list in a chart's description: "Overdue: 3". */
      g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"), dsc_chart_get_series_name (self, s), value));
    }
  for (guint c = 1; c < n; c++)
    if (total (self, c) > total (self, most))
      most = c;

  list = dsc_chart_join_names (parts);
  services = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", n), n);
  most_total = dsc_chart_format_value (self, total (self, most));
  /* Translators: stacked bars for screen readers: "4 services: Open, on time: 5, Overdue: 2,
   * Done: 12, Dropped: 1. The most: Social services (9)." */
  g_string_append_printf (text, _("%s: %s. The most: %s (%s)."), services, list,
                          (const char *) g_ptr_array_index (self->categories, most), most_total);
  return g_string_free (text, FALSE);
}
