/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The heatmap: associations down, domains across, each cell shaded by its
 * level (light to dark) with the number written in it, so that it reads on a
 * black and white printer; "—" where there is no assessment. Column headers
 * wrap inside their column when every word fits, or else are all turned to
 * read upwards: they never run into each other. It grows with its rows. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

#define MAX_KEY_LEVELS 10

typedef struct
{
  double   gap;
  double   label_width;     /* the column of the associations' names */
  int      name_lines;
  double   column_width;
  gboolean turned;
  int      header_lines;    /* lines of a turned header */
  double   header_width;    /* how long a turned header may be */
  double   header_height;
  double   legend_height;
  double   row_height;      /* natural */
  double   low;             /* the values of the lightest and darkest shades */
  double   high;
} Grid;

static void
value_span (DscChart *self,
            double   *low,
            double   *high)
{
  *low = G_MAXDOUBLE;
  *high = -G_MAXDOUBLE;
  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double value = dsc_chart_value (self, s, c);

        if (!isnan (value))
          {
            *low = MIN (*low, value);
            *high = MAX (*high, value);
          }
      }

  if (self->value_labels != NULL && self->value_labels->len >= 2)
    {
      *low = 1;
      *high = self->value_labels->len;
    }
  else if (self->has_range)
    {
      *low = self->minimum;
      *high = self->maximum;
    }
  if (*high <= *low)
    *high = *low + 1;
}

static DscChartColour
shade (DscChartPaint *paint,
       const Grid    *grid,
       double         value)
{
  double t = CLAMP ((value - grid->low) / (grid->high - grid->low), 0, 1);

  return dsc_chart_colour_mix (&paint->colours.heat_low, &paint->colours.heat_high, t);
}

static guint
legend_items (DscChartPaint      *paint,
              const Grid         *grid,
              DscChartLegendItem *items,
              char              **texts)
{
  DscChart *self = paint->chart;
  guint n = 0;

  if (grid->high - grid->low < MAX_KEY_LEVELS && floor (grid->low) == grid->low)
    for (double value = grid->low; value <= grid->high + 1e-9; value++)
      {
        texts[n] = dsc_chart_format_value (self, value);
        items[n].label = texts[n];
        items[n].box = TRUE;
        items[n].colour = shade (paint, grid, value);
        n++;
      }

  /* Translators: in a heatmap's legend, what a cell marked "—" means. */
  texts[n] = g_strdup (_("— Not assessed"));
  items[n].label = texts[n];
  items[n].box = TRUE;
  items[n].colour = paint->colours.axis;
  items[n].fill = DSC_CHART_FILL_OUTLINE;
  n++;

  return n;
}

static PangoLayout *
header_layout (DscChartPaint *paint,
               const Grid    *grid,
               guint          category)
{
  const char *name = g_ptr_array_index (paint->chart->categories, category);

  if (grid->turned)
    return dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, name, grid->header_width,
                                   grid->header_lines, PANGO_ALIGN_LEFT);
  return dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, name, grid->column_width - grid->gap / 2, 4,
                                 PANGO_ALIGN_CENTER);
}

static void
grid_init (DscChartPaint *paint,
           double         width,
           Grid          *grid)
{
  DscChart *self = paint->chart;
  guint n = self->categories->len;
  DscChartLegendItem items[MAX_KEY_LEVELS + 2] = { { 0 } };
  char *texts[MAX_KEY_LEVELS + 2] = { NULL };
  guint n_items;
  double widest = 0;

  grid->gap = paint->font_size * 0.6;
  value_span (self, &grid->low, &grid->high);
  n_items = legend_items (paint, grid, items, texts);
  grid->legend_height = dsc_chart_paint_legend (paint, items, n_items, 0, 0, width, FALSE);
  for (guint i = 0; i < n_items; i++)
    g_free (texts[i]);

  for (guint s = 0; s < self->series->len; s++)
    widest = MAX (widest, dsc_chart_text_width (paint, DSC_CHART_FONT_NORMAL,
                                                dsc_chart_get_series_name (self, s)));
  /* Names get what the columns leave them at a comfortable width, a third
   * of the chart at least. */
  grid->label_width = CLAMP (widest, MIN (paint->font_size * 4, width * 0.3),
                             MAX (width * 0.36, width - grid->gap - n * paint->font_size * 4.5));
  grid->column_width = MIN ((width - grid->label_width - grid->gap) / MAX (1, n), paint->font_size * 9);
  grid->row_height = ceil (MAX (paint->line * 1.45, paint->small_line * 1.3));

  /* In a narrow chart, names on two lines rather than cut to a few letters. */
  grid->name_lines = 1;
  if (widest > grid->label_width && grid->label_width < paint->font_size * 20)
    {
      grid->name_lines = 2;
      grid->row_height = MAX (grid->row_height, ceil (paint->small_line * 2 + 4));
    }

  /* Wrapped in their columns when no word has to break, else turned. */
  grid->turned = FALSE;
  for (guint c = 0; c < n && !grid->turned; c++)
    {
      const char *name = g_ptr_array_index (self->categories, c);

      if (!dsc_chart_words_fit (paint, DSC_CHART_FONT_SMALL, name, grid->column_width - grid->gap / 2))
        grid->turned = TRUE;
      else
        {
          PangoLayout *layout = header_layout (paint, grid, c);

          if (pango_layout_get_line_count (layout) > 4 || pango_layout_is_ellipsized (layout))
            grid->turned = TRUE;
          g_object_unref (layout);
        }
    }

  /* Turned headers as short as they can be without cutting a name, on as
   * many lines as the column holds. */
  if (grid->turned)
    {
      grid->header_lines = (int) CLAMP (floor ((grid->column_width - 2) / (paint->small_line * 1.05)), 1, 3);
      for (grid->header_width = paint->font_size * 6; grid->header_width < paint->font_size * 16;
           grid->header_width += paint->font_size)
        {
          gboolean cut = FALSE;

          for (guint c = 0; c < n && !cut; c++)
            {
              PangoLayout *layout = header_layout (paint, grid, c);

              cut = pango_layout_is_ellipsized (layout);
              g_object_unref (layout);
            }
          if (!cut)
            break;
        }
    }

  grid->header_height = 0;
  for (guint c = 0; c < n; c++)
    {
      PangoLayout *layout = header_layout (paint, grid, c);
      double text_width, text_height;

      dsc_chart_layout_size (layout, &text_width, &text_height);
      grid->header_height = MAX (grid->header_height, grid->turned ? text_width : text_height);
      g_object_unref (layout);
    }
}

double
dsc_chart_heatmap_height (DscChartPaint *paint,
                          double         width)
{
  Grid grid;

  grid_init (paint, width, &grid);
  return grid.legend_height + grid.gap * 1.5 + grid.header_height + grid.gap / 2
         + grid.row_height * paint->chart->series->len;
}

void
dsc_chart_draw_heatmap (DscChartPaint *paint,
                        double         x,
                        double         y,
                        double         width,
                        double         height)
{
  DscChart *self = paint->chart;
  cairo_t *cr = paint->cr;
  guint n = self->categories->len;
  guint rows = self->series->len;
  DscChartLegendItem items[MAX_KEY_LEVELS + 2] = { { 0 } };
  char *texts[MAX_KEY_LEVELS + 2] = { NULL };
  guint n_items, label_every = 1;
  PangoLayout *numbers[MAX_KEY_LEVELS + 2] = { NULL };
  double numbers_width[MAX_KEY_LEVELS + 2], numbers_height[MAX_KEY_LEVELS + 2];
  double grid_left, grid_top, row_height;
  DscChartFont name_font, number_font;
  gboolean show_numbers;
  Grid grid;

  grid_init (paint, width, &grid);
  n_items = legend_items (paint, &grid, items, texts);
  dsc_chart_paint_legend (paint, items, n_items, x, y, width, TRUE);
  for (guint i = 0; i < n_items; i++)
    g_free (texts[i]);

  grid_left = x + grid.label_width + grid.gap;
  grid_top = y + grid.legend_height + grid.gap * 1.5 + grid.header_height + grid.gap / 2;
  if (rows == 0 || grid_top >= y + height)
    return;
  row_height = MIN (grid.row_height, (y + height - grid_top) / rows);

  /* Headers, their bottoms on the grid's top. */
  for (guint c = 0; c < n; c++)
    {
      PangoLayout *layout = header_layout (paint, &grid, c);
      double centre = grid_left + grid.column_width * (c + 0.5);
      double bottom = grid_top - grid.gap / 2;
      double text_width, text_height;

      dsc_chart_layout_size (layout, &text_width, &text_height);
      if (grid.turned)
        dsc_chart_paint_show_turned (paint, layout, centre - text_height / 2, bottom - text_width,
                                     &paint->colours.text);
      else
        dsc_chart_paint_show (paint, layout, centre - text_width / 2, bottom - text_height,
                              &paint->colours.text, FALSE);
      g_object_unref (layout);
    }

  /* Names and numbers as large as the rows allow; fewer names when tiny. */
  name_font = row_height >= paint->line * 1.05 && grid.name_lines == 1 ? DSC_CHART_FONT_NORMAL
              : DSC_CHART_FONT_SMALL;
  number_font = row_height >= paint->line * 1.05 ? DSC_CHART_FONT_NORMAL : DSC_CHART_FONT_SMALL;
  while (row_height * label_every < paint->small_line * 1.05 && label_every < rows)
    label_every++;
  show_numbers = row_height >= paint->small_line;

  for (guint i = 0; i < G_N_ELEMENTS (numbers) && show_numbers; i++)
    {
      g_autofree char *text = NULL;

      if (i == 0)
        text = g_strdup ("—");
      else if (grid.low + i - 1 <= grid.high && grid.high - grid.low < MAX_KEY_LEVELS)
        text = g_strdup_printf ("%g", grid.low + i - 1);
      else
        break;
      numbers[i] = dsc_chart_paint_layout (paint, number_font, text, -1, 0, PANGO_ALIGN_CENTER);
      dsc_chart_layout_size (numbers[i], &numbers_width[i], &numbers_height[i]);
    }

  for (guint r = 0; r < rows; r++)
    {
      double top = grid_top + row_height * r;

      if (r % label_every == 0)
        {
          int lines = grid.name_lines == 2 && row_height >= paint->small_line * 2 ? 2 : 1;
          PangoLayout *layout = dsc_chart_paint_layout (paint, name_font, dsc_chart_get_series_name (self, r),
                                                        grid.label_width, lines, PANGO_ALIGN_LEFT);
          double text_width, text_height;

          dsc_chart_layout_size (layout, &text_width, &text_height);
          dsc_chart_paint_show (paint, layout, x, top + (row_height - text_height) / 2,
                                &paint->colours.text, FALSE);
          g_object_unref (layout);
        }

      for (guint c = 0; c < n; c++)
        {
          double value = dsc_chart_value (self, r, c);
          double left = grid_left + grid.column_width * c;
          double inset = row_height >= 6 ? 1 : 0;
          g_autoptr(PangoLayout) average = NULL;
          PangoLayout *number = NULL;
          double number_width = 0, number_height = 0;
          DscChartColour colour, ink;

          if (isnan (value))
            {
              dsc_chart_paint_box (paint, left + inset, top + inset, grid.column_width - 2 * inset,
                                   row_height - 2 * inset, &paint->colours.grid, DSC_CHART_FILL_OUTLINE);
              ink = paint->colours.dim;
              if (show_numbers)
                {
                  number = numbers[0];
                  number_width = numbers_width[0];
                  number_height = numbers_height[0];
                }
            }
          else
            {
              colour = shade (paint, &grid, value);
              dsc_chart_paint_box (paint, left + inset, top + inset, grid.column_width - 2 * inset,
                                   row_height - 2 * inset, &colour, DSC_CHART_FILL_SOLID);
              ink = dsc_chart_colour_luminance (&colour) < 0.28 ? (DscChartColour) { 1, 1, 1, 1 }
                    : (DscChartColour) { 0.08, 0.08, 0.08, 1 };
              dsc_chart_add_hit_rect (paint, left, top, grid.column_width, row_height, r, c);

              if (show_numbers && value == floor (value) && value >= grid.low && value <= grid.high
                  && grid.high - grid.low < MAX_KEY_LEVELS && numbers[(guint) (value - grid.low) + 1] != NULL)
                {
                  guint i = (guint) (value - grid.low) + 1;

                  number = numbers[i];
                  number_width = numbers_width[i];
                  number_height = numbers_height[i];
                }
              else if (show_numbers)
                {
                  g_autofree char *text = g_strdup_printf ("%.1f", value);

                  /* Not a whole level (an average): written as it is. */
                  average = dsc_chart_paint_layout (paint, number_font, text, -1, 0, PANGO_ALIGN_CENTER);
                  number = average;
                  dsc_chart_layout_size (number, &number_width, &number_height);
                }
            }

          if (number != NULL && number_width + 2 <= grid.column_width)
            {
              /* Not recorded as a label: hundreds of numbers, each in its own cell. */
              PangoRectangle logical;

              pango_layout_get_extents (number, NULL, &logical);
              dsc_chart_set_colour (cr, &ink);
              cairo_move_to (cr, left + (grid.column_width - number_width) / 2 - (double) logical.x / PANGO_SCALE,
                             top + (row_height - number_height) / 2 - (double) logical.y / PANGO_SCALE);
              pango_cairo_show_layout (cr, number);
            }
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_clear_object (&numbers[i]);
}

char *
dsc_chart_describe_heatmap (DscChart *self)
{
  guint rows = self->series->len, n = self->categories->len, missing = 0;
  double best = NAN, worst = NAN;
  guint best_domain = 0, worst_domain = 0;
  GString *text = g_string_new (NULL);
  g_autofree char *associations = NULL;
  g_autofree char *domains = NULL;

  for (guint c = 0; c < n; c++)
    {
      double sum = 0, average;
      guint count = 0;

      for (guint r = 0; r < rows; r++)
        {
          double value = dsc_chart_value (self, r, c);

          if (isnan (value))
            missing++;
          else
            {
              sum += value;
              count++;
            }
        }
      if (count == 0)
        continue;
      average = sum / count;
      if (isnan (best) || average > best)
        {
          best = average;
          best_domain = c;
        }
      if (isnan (worst) || average < worst)
        {
          worst = average;
          worst_domain = c;
        }
    }

  associations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u association", "%u associations", rows), rows);
  domains = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u domain", "%u domains", n), n);
  /* Translators: a heatmap for screen readers: "Latest levels of 40 associations in 8 domains." */
  g_string_append_printf (text, _("Latest levels of %s in %s."), associations, domains);
  if (!isnan (best) && best_domain != worst_domain)
    {
      g_string_append_c (text, ' ');
      /* Translators: "The highest average is in Communication (2.8), the lowest in Governance (1.9)." */
      g_string_append_printf (text, _("The highest average is in %s (%.1f), the lowest in %s (%.1f)."),
                              (const char *) g_ptr_array_index (self->categories, best_domain), best,
                              (const char *) g_ptr_array_index (self->categories, worst_domain), worst);
    }
  if (missing > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u cell of %u has no assessment.",
                                                 "%u cells of %u have no assessment.", missing),
                              missing, rows * n);
    }

  return g_string_free (text, FALSE);
}
