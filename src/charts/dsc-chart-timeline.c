/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline: assessments across, levels up. The average (the first
 * series) is bold and on top; each domain is a thin line with its own marker,
 * nudged a little sideways so that domains at the same level stay visible. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

static const DscChartMarker domain_markers[] = {
  DSC_CHART_MARKER_SQUARE, DSC_CHART_MARKER_TRIANGLE, DSC_CHART_MARKER_DIAMOND,
  DSC_CHART_MARKER_TRIANGLE_DOWN, DSC_CHART_MARKER_CROSS, DSC_CHART_MARKER_PLUS,
  DSC_CHART_MARKER_STAR, DSC_CHART_MARKER_CIRCLE,
};

typedef struct
{
  double low;               /* the values at the bottom and top ticks */
  double high;
  double step;
  double pad;               /* room above and below, in values */
  gboolean levels;          /* ticks are named levels */
} Scale;

static void
series_style (DscChartPaint      *paint,
              guint               series,
              DscChartLegendItem *item)
{
  if (series == 0)
    {
      item->colour = paint->colours.average;
      item->dash = DSC_CHART_DASH_SOLID;
      item->marker = DSC_CHART_MARKER_CIRCLE;
      item->line_width = 3.2;
      return;
    }

  item->colour = paint->colours.lines[(series - 1) % DSC_CHART_N_LINES];
  item->dash = DSC_CHART_DASH_SOLID;
  item->marker = domain_markers[(series - 1) % G_N_ELEMENTS (domain_markers)];
  item->hollow = (series - 1) / G_N_ELEMENTS (domain_markers) % 2 == 1;
  item->line_width = 1.2;
}

static gboolean
has_values (DscChart *self,
            guint     series)
{
  for (guint c = 0; c < self->categories->len; c++)
    if (!isnan (dsc_chart_value (self, series, c)))
      return TRUE;
  return FALSE;
}

static guint
legend_items (DscChartPaint       *paint,
              DscChartLegendItem **out)
{
  DscChart *self = paint->chart;
  DscChartLegendItem *items = g_new0 (DscChartLegendItem, self->series->len);
  guint n = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      if (!has_values (self, s))
        continue;
      items[n].label = dsc_chart_get_series_name (self, s);
      series_style (paint, s, &items[n]);
      n++;
    }

  *out = items;
  return n;
}

static void
scale_init (DscChart *self,
            int       max_ticks,
            Scale    *scale)
{
  double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;

  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double value = dsc_chart_value (self, s, c);

        if (!isnan (value))
          {
            low = MIN (low, value);
            high = MAX (high, value);
          }
      }

  scale->levels = self->value_labels != NULL && self->value_labels->len >= 2;
  if (scale->levels)
    {
      scale->low = 1;
      scale->high = self->value_labels->len;
      scale->step = 1;
      scale->pad = 0.3;
      return;
    }

  if (self->has_range)
    {
      low = self->minimum;
      high = self->maximum;
    }
  dsc_chart_nice_axis (low, high, max_ticks, FALSE, &scale->low, &scale->high, &scale->step);
  scale->pad = scale->step * 0.15;
}

static char *
tick_label (DscChart    *self,
            const Scale *scale,
            double       value)
{
  if (scale->levels)
    return dsc_chart_format_value (self, value);
  return dsc_chart_format_tick (self, value, scale->step);
}

double
dsc_chart_timeline_height (DscChartPaint *paint,
                           double         width)
{
  g_autofree DscChartLegendItem *items = NULL;
  guint n_items = legend_items (paint, &items);
  double legend = dsc_chart_paint_legend (paint, items, n_items, 0, 0, width, FALSE);

  return legend + paint->font_size + CLAMP (width * 0.42, paint->line * 9, paint->line * 22)
         + paint->small_line * 2.5;
}

void
dsc_chart_draw_timeline (DscChartPaint *paint,
                         double         x,
                         double         y,
                         double         width,
                         double         height)
{
  DscChart *self = paint->chart;
  cairo_t *cr = paint->cr;
  g_autofree DscChartLegendItem *items = NULL;
  guint n_items = legend_items (paint, &items);
  guint n = self->categories->len;
  double legend, top, bottom, left, right, spacing, inset, label_width = 0, first_width, last_width;
  double gap = paint->font_size * 0.6;
  double size = MAX (3.0, paint->font_size * 0.4);
  guint every = 1, label_every = 1;
  Scale scale;

  legend = dsc_chart_paint_legend (paint, items, n_items, x, y, width, TRUE);
  top = y + legend + paint->font_size * 0.8 + paint->small_line / 2;
  bottom = y + height - paint->small_line * 2 - gap;
  scale_init (self, MAX (2, (int) ((bottom - top) / (paint->line * 2.5))), &scale);

  /* The ticks' labels on the left, as wide as the widest, up to a third. */
  for (double value = scale.low; value <= scale.high + scale.step / 2; value += scale.step)
    {
      g_autofree char *text = tick_label (self, &scale, value);

      label_width = MAX (label_width, dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL, text));
    }
  label_width = MIN (label_width, width * 0.33);
  left = x + label_width + gap;
  right = x + width;

  /* The first and last dates are centred under their points: keep them in. */
  first_width = MIN (dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL,
                                           g_ptr_array_index (self->categories, 0)),
                     (right - left) / MAX (1, n));
  last_width = MIN (dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL,
                                          g_ptr_array_index (self->categories, n - 1)),
                    (right - left) / MAX (1, n));
  inset = MAX (MAX (first_width, last_width) / 2, paint->font_size * 1.5);
  spacing = n > 1 ? (right - left - 2 * inset) / (n - 1) : 0;

  if (bottom - top < paint->small_line * 2 || right - left < paint->font_size * 4)
    return;

  /* Levels: a grid line and a name each, fewer names when they would touch. */
  {
    double per_step = (bottom - top) / ((scale.high - scale.low) / scale.step + 2 * scale.pad / scale.step);

    while (per_step * every < paint->small_line * 1.1)
      every++;
  }

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  {
    guint index = 0;

    for (double value = scale.low; value <= scale.high + scale.step / 2; value += scale.step, index++)
      {
        double py = bottom - (value - scale.low + scale.pad) / (scale.high - scale.low + 2 * scale.pad)
                             * (bottom - top);
        g_autofree char *text = NULL;
        PangoLayout *layout;
        double text_width, text_height;

        cairo_move_to (cr, left, round (py) + 0.5);
        cairo_line_to (cr, right, round (py) + 0.5);
        dsc_chart_set_colour (cr, &paint->colours.grid);
        cairo_stroke (cr);

        if (index % every != 0)
          continue;
        text = tick_label (self, &scale, value);
        layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, text, label_width, 1, PANGO_ALIGN_RIGHT);
        dsc_chart_layout_size (layout, &text_width, &text_height);
        dsc_chart_paint_show (paint, layout, left - gap - text_width, py - text_height / 2,
                              &paint->colours.dim, FALSE);
        g_object_unref (layout);
      }
  }
  cairo_restore (cr);

  /* Dates under their points, fewer when they would touch. */
  {
    double widest = 0;

    for (guint c = 0; c < n; c++)
      widest = MAX (widest, dsc_chart_text_width (paint, DSC_CHART_FONT_SMALL,
                                                  g_ptr_array_index (self->categories, c)));
    if (n > 1)
      while (spacing * label_every < widest + gap && label_every < n)
        label_every++;
  }

  for (guint c = 0; c < n; c++)
    {
      double px = n > 1 ? left + inset + spacing * c : (left + right) / 2;
      PangoLayout *layout;
      double text_width, text_height;

      cairo_move_to (cr, round (px) + 0.5, bottom);
      cairo_line_to (cr, round (px) + 0.5, bottom + gap / 2);
      dsc_chart_set_colour (cr, &paint->colours.axis);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      /* The last date always shows: it is the latest assessment. */
      if (c % label_every != 0 && c != n - 1)
        continue;
      if (c != n - 1 && n - 1 - c < label_every && (n - 1) % label_every != 0)
        continue;
      layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, g_ptr_array_index (self->categories, c),
                                       n > 1 ? MAX (spacing * label_every - gap, inset * 2) : right - left,
                                       1, PANGO_ALIGN_CENTER);
      dsc_chart_layout_size (layout, &text_width, &text_height);
      dsc_chart_paint_show (paint, layout, px - text_width / 2, bottom + gap * 0.75,
                            &paint->colours.dim, FALSE);
      g_object_unref (layout);
    }

  /* The domains first, thin; the average over them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = self->series->len; s-- > 0;)
      {
        DscChartLegendItem style = { 0 };
        double dodge = 0;
        gboolean open = FALSE;

        if ((s == 0) != (pass == 1) || !has_values (self, s))
          continue;
        series_style (paint, s, &style);
        if (s > 0)
          {
            guint domains = self->series->len - 1;
            double step = n > 1 ? MIN (3.0, spacing * 0.25 / MAX (1, domains)) : size * 1.8;

            dodge = ((double) (s - 1) - (domains - 1) / 2.0) * step;
          }

        cairo_save (cr);
        dsc_chart_set_dash (paint, style.dash, style.line_width);
        dsc_chart_set_colour_alpha (cr, &style.colour, s == 0 ? 1.0 : 0.8);
        cairo_new_path (cr);
        for (guint c = 0; c < n; c++)
          {
            double value = dsc_chart_value (self, s, c);
            double px = (n > 1 ? left + inset + spacing * c : (left + right) / 2) + dodge;
            double py = bottom - (value - scale.low + scale.pad) / (scale.high - scale.low + 2 * scale.pad)
                                 * (bottom - top);

            if (isnan (value))
              {
                open = FALSE;
                continue;
              }
            if (open)
              cairo_line_to (cr, px, py);
            else
              cairo_move_to (cr, px, py);
            open = TRUE;
          }
        cairo_stroke (cr);
        cairo_restore (cr);

        for (guint c = 0; c < n; c++)
          {
            double value = dsc_chart_value (self, s, c);
            double px = (n > 1 ? left + inset + spacing * c : (left + right) / 2) + dodge;
            double py = bottom - (value - scale.low + scale.pad) / (scale.high - scale.low + 2 * scale.pad)
                                 * (bottom - top);

            if (isnan (value))
              continue;
            dsc_chart_paint_marker (paint, style.marker, px, py, s == 0 ? size * 1.15 : size * 0.75,
                                    &style.colour, style.hollow);
            dsc_chart_add_hit_point (paint, px, py, s == 0 ? MAX (8, size + 4) : MAX (5, size), s, c);
          }
      }
}

char *
dsc_chart_describe_timeline (DscChart *self)
{
  guint n = self->categories->len;
  guint first = n, last = n, count = 0;
  GString *text = g_string_new (NULL);

  for (guint c = 0; c < n; c++)
    if (!isnan (dsc_chart_value (self, 0, c)))
      {
        first = MIN (first, c);
        last = c;
        count++;
      }

  if (count == 0)
    return g_string_free (text, FALSE);

  if (count == 1)
    {
      g_autofree char *value = dsc_chart_format_value (self, dsc_chart_value (self, 0, last));

      /* Translators: a timeline for screen readers: "One assessment, on 12/03/2026: Average of the
       * domains 2.4." */
      g_string_append_printf (text, _("One assessment, on %s: %s %s."),
                              (const char *) g_ptr_array_index (self->categories, last),
                              dsc_chart_get_series_name (self, 0), value);
    }
  else
    {
      g_autofree char *from = dsc_chart_format_value (self, dsc_chart_value (self, 0, first));
      g_autofree char *to = dsc_chart_format_value (self, dsc_chart_value (self, 0, last));

      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: a timeline for screen readers:
                                                  * "4 assessments from 12/03/2025 to 02/10/2026.
                                                  * Average of the domains: from 1.8 to 2.6." */
                                                 "%u assessment from %s to %s. %s: from %s to %s.",
                                                 "%u assessments from %s to %s. %s: from %s to %s.", count),
                              count, (const char *) g_ptr_array_index (self->categories, first),
                              (const char *) g_ptr_array_index (self->categories, last),
                              dsc_chart_get_series_name (self, 0), from, to);
    }

  if (self->series->len > 1)
    {
      g_autoptr(GPtrArray) best = g_ptr_array_new ();
      double high = NAN;

      for (guint s = 1; s < self->series->len; s++)
        {
          double value = dsc_chart_value (self, s, last);

          if (isnan (value))
            continue;
          if (isnan (high) || value > high)
            {
              high = value;
              g_ptr_array_set_size (best, 0);
            }
          if (value == high)
            g_ptr_array_add (best, (char *) dsc_chart_get_series_name (self, s));
        }

      if (!isnan (high) && best->len < self->series->len - 1)
        {
          g_autofree char *names = dsc_chart_join_names (best);
          g_autofree char *value = dsc_chart_format_value (self, high);

          g_string_append_c (text, ' ');
          /* Translators: "Highest at the latest assessment: Communication (3 · Moderate)." */
          g_string_append_printf (text, _("Highest at the latest assessment: %s (%s)."), names, value);
        }
    }

  return g_string_free (text, FALSE);
}
