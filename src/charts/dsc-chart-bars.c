/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bars: one per category (months, modules), side by side when there are
 * several series, on an axis with nice ticks; the value on each bar when it
 * fits on all of them, and a threshold across with its name in the legend. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

static guint
legend_items (DscChartPaint      *paint,
              DscChartLegendItem *items,
              guint               max_items,
              char              **threshold_text)
{
  DscChart *self = paint->chart;
  guint n = 0;

  *threshold_text = NULL;
  if (self->series->len > 1)
    for (guint s = 0; s < self->series->len && n < max_items - 1; s++)
      {
        items[n].label = dsc_chart_get_series_name (self, s);
        items[n].box = TRUE;
        items[n].colour = s == 0 ? paint->colours.bar : paint->colours.lines[s % DSC_CHART_N_LINES];
        n++;
      }

  if (self->has_threshold)
    {
      g_autofree char *value = dsc_chart_format_value (self, self->threshold);

      *threshold_text = self->threshold_label != NULL
                        /* Translators: a threshold line in a chart's legend: "Certificate: 12.0 h". */
                        ? g_strdup_printf (_("%s: %s"), self->threshold_label, value)
                        : g_steal_pointer (&value);
      items[n].label = *threshold_text;
      items[n].colour = paint->colours.threshold;
      items[n].dash = DSC_CHART_DASH_DASHED;
      items[n].line_width = 1.8;
      n++;
    }

  return n;
}

double
dsc_chart_bars_height (DscChartPaint *paint,
                       double         width)
{
  DscChartLegendItem items[DSC_CHART_N_LINES + 1] = { { 0 } };
  g_autofree char *threshold = NULL;
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items), &threshold);
  double legend = dsc_chart_paint_legend (paint, items, n_items, 0, 0, width, FALSE);

  return (legend > 0 ? legend + paint->font_size * 0.8 : 0)
         + CLAMP (width * 0.4, paint->line * 8, paint->line * 20) + paint->small_line * 3;
}

void
dsc_chart_draw_bars (DscChartPaint *paint,
                     double         x,
                     double         y,
                     double         width,
                     double         height)
{
  DscChart *self = paint->chart;
  cairo_t *cr = paint->cr;
  DscChartLegendItem items[DSC_CHART_N_LINES + 1] = { { 0 } };
  g_autofree char *threshold_text = NULL;
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items), &threshold_text);
  guint n = self->categories->len;
  guint k = self->series->len;
  double gap = paint->font_size * 0.6;
  double legend, top, bottom, left, right, low, high, axis_low, axis_high, step, slot, bar_width;
  double label_width = 0, widest_value = 0, category_lines = 1;
  guint label_every = 1;
  gboolean values_fit;

  legend = dsc_chart_paint_legend (paint, items, n_items, x, y, width, TRUE);
  top = y + (legend > 0 ? legend + paint->font_size * 0.8 : 0) + paint->small_line / 2;

  low = 0;
  high = self->has_threshold ? self->threshold : 0;
  for (guint s = 0; s < k; s++)
    for (guint c = 0; c < n; c++)
      {
        double value = dsc_chart_value (self, s, c);

        if (!isnan (value))
          {
            low = MIN (low, value);
            high = MAX (high, value);
          }
      }
  if (self->has_range)
    {
      low = MIN (low, self->minimum);
      high = MAX (high, self->maximum);
    }

  /* Two lines for the categories when a month's name wraps to fit. */
  bottom = y + height - paint->small_line * 2.2 - gap;
  for (int attempt = 0; attempt < 2; attempt++)
    {
      dsc_chart_nice_axis (low, high, MAX (2, (int) ((bottom - top - paint->small_line * 1.4)
                                                     / (paint->line * 2.4))),
                           FALSE, &axis_low, &axis_high, &step);
      label_width = 0;
      for (double value = axis_low; value <= axis_high + step / 2; value += step)
        {
          g_autofree char *text = dsc_chart_format_tick (self, value, step);

          label_width = MAX (label_width, dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL, text));
        }
      left = x + label_width + gap;
      right = x + width;
      slot = (right - left) / n;

      category_lines = 1;
      label_every = 1;
      for (guint c = 0; c < n; c++)
        {
          const char *name = g_ptr_array_index (self->categories, c);

          if (dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL, name) > slot - gap / 2)
            {
              if (dsc_chart_words_fit (paint, DSC_CHART_FONT_SMALL, name, slot - gap / 2))
                category_lines = 2;
              else
                while (slot * label_every - gap / 2 < dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL, name)
                       && label_every < n)
                  label_every++;
            }
        }
      if (label_every > 1)
        category_lines = 1;
      bottom = y + height - paint->small_line * (category_lines + 0.2) - gap;
      if (category_lines == 1)
        break;
    }

  if (bottom - top < paint->small_line * 3 || right - left < paint->font_size * 3)
    return;

  /* Bars no wider than a few letters: two months should not look like walls. */
  bar_width = MIN (slot * 0.72 / k, paint->font_size * 5);

  /* Values over the bars only when every one of them fits. */
  for (guint s = 0; s < k; s++)
    for (guint c = 0; c < n; c++)
      if (!isnan (dsc_chart_value (self, s, c)))
        {
          g_autofree char *text = dsc_chart_format_value (self, dsc_chart_value (self, s, c));

          widest_value = MAX (widest_value, dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL, text));
        }
  values_fit = widest_value + 2 <= (k > 1 ? bar_width : MIN (slot - 2, bar_width + gap));
  if (values_fit)
    top += paint->small_line;

  /* Grid and ticks. */
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (double value = axis_low; value <= axis_high + step / 2; value += step)
    {
      double py = round (bottom - (value - axis_low) / (axis_high - axis_low) * (bottom - top)) + 0.5;
      g_autofree char *text = dsc_chart_format_tick (self, value, step);
      PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, text, -1, 0, PANGO_ALIGN_RIGHT);
      double text_width, text_height;

      cairo_move_to (cr, left, py);
      cairo_line_to (cr, right, py);
      dsc_chart_set_colour (cr, fabs (value) < step / 1000 ? &paint->colours.axis : &paint->colours.grid);
      cairo_stroke (cr);
      dsc_chart_layout_size (layout, &text_width, &text_height);
      dsc_chart_paint_show (paint, layout, left - gap - text_width, py - text_height / 2,
                            &paint->colours.dim, FALSE);
      g_object_unref (layout);
    }
  cairo_restore (cr);

  for (guint c = 0; c < n; c++)
    {
      double centre = left + slot * (c + 0.5);
      double group_left = centre - bar_width * k / 2;

      for (guint s = 0; s < k; s++)
        {
          double value = dsc_chart_value (self, s, c);
          double zero = bottom - (0 - axis_low) / (axis_high - axis_low) * (bottom - top);
          double end, bx = group_left + bar_width * s, bw = bar_width - (k > 1 ? 1 : 0);
          DscChartColour colour = s == 0 ? paint->colours.bar
                                  : paint->colours.lines[s % DSC_CHART_N_LINES];

          if (isnan (value))
            continue;
          end = bottom - (value - axis_low) / (axis_high - axis_low) * (bottom - top);
          dsc_chart_paint_box (paint, bx, MIN (zero, end), bw, fabs (end - zero), &colour, DSC_CHART_FILL_SOLID);
          if (paint->colours.print && fabs (end - zero) >= 1)
            {
              cairo_save (cr);
              cairo_rectangle (cr, bx + 0.5, MIN (zero, end) + 0.5, bw - 1, fabs (end - zero) - 1);
              dsc_chart_set_colour (cr, &paint->colours.bar_edge);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
          /* A bar of nothing still answers the pointer. */
          dsc_chart_add_hit_rect (paint, bx, MIN (zero, end) - (fabs (end - zero) < 4 ? 4 : 0), bw,
                                  MAX (fabs (end - zero), 4), s, c);

          if (values_fit)
            {
              g_autofree char *text = dsc_chart_format_value (self, value);
              PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, text, -1, 0,
                                                            PANGO_ALIGN_CENTER);
              double text_width, text_height;

              dsc_chart_layout_size (layout, &text_width, &text_height);
              dsc_chart_paint_show (paint, layout, bx + bw / 2 - text_width / 2,
                                    value >= 0 ? end - text_height - 1 : end + 1, &paint->colours.text, TRUE);
              g_object_unref (layout);
            }
        }

      if (c % label_every == 0)
        {
          PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL,
                                                        g_ptr_array_index (self->categories, c),
                                                        slot * label_every - gap / 2, (int) category_lines,
                                                        PANGO_ALIGN_CENTER);
          double text_width, text_height;

          dsc_chart_layout_size (layout, &text_width, &text_height);
          dsc_chart_paint_show (paint, layout, centre - text_width / 2, bottom + gap * 0.6,
                                &paint->colours.dim, FALSE);
          g_object_unref (layout);
        }
    }

  if (self->has_threshold)
    {
      double py = bottom - (self->threshold - axis_low) / (axis_high - axis_low) * (bottom - top);

      cairo_save (cr);
      dsc_chart_set_dash (paint, DSC_CHART_DASH_DASHED, 1.8);
      dsc_chart_set_colour (cr, &paint->colours.threshold);
      cairo_move_to (cr, left, py);
      cairo_line_to (cr, right, py);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

char *
dsc_chart_describe_bars (DscChart *self)
{
  GString *text = g_string_new (NULL);
  guint n = self->categories->len;

  for (guint s = 0; s < self->series->len; s++)
    {
      double total = 0, high = NAN, low = NAN;
      guint first = n, last = 0, highest = 0, lowest = 0, above = 0, counted = 0;
      g_autofree char *total_text = NULL;
      g_autofree char *high_text = NULL;
      g_autofree char *low_text = NULL;

      for (guint c = 0; c < n; c++)
        {
          double value = dsc_chart_value (self, s, c);

          if (isnan (value))
            continue;
          first = MIN (first, c);
          last = c;
          counted++;
          total += value;
          if (isnan (high) || value > high)
            {
              high = value;
              highest = c;
            }
          if (isnan (low) || value < low)
            {
              low = value;
              lowest = c;
            }
          above += self->has_threshold && value >= self->threshold;
        }
      if (counted == 0)
        continue;

      if (text->len > 0)
        g_string_append_c (text, ' ');
      total_text = dsc_chart_format_value (self, total);
      high_text = dsc_chart_format_value (self, high);
      low_text = dsc_chart_format_value (self, low);
      if (counted == 1)
        /* Translators: a bar chart for screen readers: "Hours: 12.0 h in Mar 2026." */
        g_string_append_printf (text, _("%s: %s in %s."), dsc_chart_get_series_name (self, s), total_text,
                                (const char *) g_ptr_array_index (self->categories, first));
      else
        /* Translators: a bar chart for screen readers: "Hours from Jan 2026 to Nov 2026: 84.0 h in
         * total; the most in Mar 2026 (12.0 h), the least in Aug 2026 (0.0 h)." */
        g_string_append_printf (text,
                                _("%s from %s to %s: %s in total; the most in %s (%s), the least in %s (%s)."),
                                dsc_chart_get_series_name (self, s),
                                (const char *) g_ptr_array_index (self->categories, first),
                                (const char *) g_ptr_array_index (self->categories, last), total_text,
                                (const char *) g_ptr_array_index (self->categories, highest), high_text,
                                (const char *) g_ptr_array_index (self->categories, lowest), low_text);

      if (self->has_threshold)
        {
          g_autofree char *threshold = dsc_chart_format_value (self, self->threshold);

          g_string_append_c (text, ' ');
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: "3 of 5 reach 12.0 h." */
                                                     "%u of %u reaches %s.", "%u of %u reach %s.", above),
                                  above, counted, threshold);
        }
    }

  return g_string_free (text, FALSE);
}
