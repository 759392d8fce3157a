/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The radar: one axis per domain, a ring per level, the first assessment
 * (dashed), the latest (filled) and the targets (dotted) overlaid, each with
 * its own marker so that they stay apart in greyscale. A missing value leaves
 * a gap: it is never drawn at the centre. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

typedef enum
{
  ROLE_BASELINE,
  ROLE_LATEST,
  ROLE_TARGET,
  ROLE_OTHER,
} Role;

typedef struct
{
  PangoLayout *layout;
  double       width;
  double       height;
  double       ux;          /* the axis' direction */
  double       uy;
  double       ox;          /* the label's box from its anchor */
  double       oy;
  double       x;           /* where it is drawn */
  double       y;
} AxisLabel;

typedef struct
{
  guint      n;
  AxisLabel *labels;
  double     gap;           /* from the outer ring to a label's anchor */
  double     margin;        /* what sticks out of the outer ring: markers */
} Layout;

static Role
series_role (DscChart *self,
             guint     series)
{
  if (self->series->len == 1)
    return ROLE_LATEST;
  if (series <= ROLE_TARGET)
    return (Role) series;
  return ROLE_OTHER;
}

static gboolean
series_has_values (DscChart *self,
                   guint     series)
{
  for (guint c = 0; c < self->categories->len; c++)
    if (!isnan (dsc_chart_value (self, series, c)))
      return TRUE;
  return FALSE;
}

/* The first assessment is not drawn when it is the latest one too: it would
 * hide under it and the legend would name a line nobody can see. */
static gboolean
series_shown (DscChart *self,
              guint     series)
{
  if (!series_has_values (self, series))
    return FALSE;

  if (series_role (self, series) == ROLE_BASELINE && self->series->len > ROLE_LATEST)
    {
      for (guint c = 0; c < self->categories->len; c++)
        {
          double first = dsc_chart_value (self, series, c);
          double latest = dsc_chart_value (self, ROLE_LATEST, c);

          if (isnan (first) != isnan (latest) || (!isnan (first) && first != latest))
            return TRUE;
        }
      return FALSE;
    }

  return TRUE;
}

static void
role_style (DscChartPaint  *paint,
            guint           series,
            Role            role,
            DscChartColour *colour,
            DscChartDash   *dash,
            DscChartMarker *marker,
            gboolean       *hollow,
            double         *line_width)
{
  switch (role)
    {
    case ROLE_BASELINE:
      *colour = paint->colours.baseline;
      *dash = DSC_CHART_DASH_DASHED;
      *marker = DSC_CHART_MARKER_SQUARE;
      *hollow = TRUE;
      *line_width = 1.6;
      break;
    case ROLE_LATEST:
      *colour = paint->colours.latest;
      *dash = DSC_CHART_DASH_SOLID;
      *marker = DSC_CHART_MARKER_CIRCLE;
      *hollow = FALSE;
      *line_width = 2.4;
      break;
    case ROLE_TARGET:
      *colour = paint->colours.target;
      *dash = DSC_CHART_DASH_DOTTED;
      *marker = DSC_CHART_MARKER_DIAMOND;
      *hollow = TRUE;
      *line_width = 2.0;
      break;
    case ROLE_OTHER:
    default:
      *colour = paint->colours.lines[series % DSC_CHART_N_LINES];
      *dash = DSC_CHART_DASH_SOLID;
      *marker = DSC_CHART_MARKER_TRIANGLE;
      *hollow = FALSE;
      *line_width = 1.4;
      break;
    }
}

static double
marker_size (DscChartPaint *paint)
{
  return MAX (3.0, paint->font_size * 0.34);
}

static void
layout_clear (Layout *layout)
{
  for (guint i = 0; i < layout->n; i++)
    g_clear_object (&layout->labels[i].layout);
  g_clear_pointer (&layout->labels, g_free);
}

static void
layout_labels (DscChartPaint *paint,
               Layout        *layout,
               DscChartFont   font,
               double         label_width,
               double         centre_width,
               int            max_lines)
{
  DscChart *self = paint->chart;

  layout_clear (layout);
  layout->n = self->categories->len;
  layout->labels = g_new0 (AxisLabel, layout->n);
  layout->margin = marker_size (paint) * 1.4;
  layout->gap = layout->margin + paint->font_size * 0.35;

  for (guint i = 0; i < layout->n; i++)
    {
      AxisLabel *label = &layout->labels[i];
      double angle = 2 * G_PI * i / layout->n;
      PangoAlignment alignment;

      label->ux = sin (angle);
      label->uy = -cos (angle);
      alignment = label->ux > 0.25 ? PANGO_ALIGN_LEFT : label->ux < -0.25 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
      label->layout = dsc_chart_paint_layout (paint, font,
                                              g_ptr_array_index (self->categories, i),
                                              alignment == PANGO_ALIGN_CENTER ? centre_width : label_width,
                                              max_lines, alignment);
      dsc_chart_layout_size (label->layout, &label->width, &label->height);
      label->ox = alignment == PANGO_ALIGN_LEFT ? 0 : alignment == PANGO_ALIGN_RIGHT ? -label->width
                  : -label->width / 2;
      label->oy = label->uy < -0.25 ? -label->height : label->uy > 0.25 ? 0 : -label->height / 2;
    }
}

/* How far the chart reaches from its centre, each way, at radius r. */
static void
extents (const Layout *layout,
         double        r,
         double       *left,
         double       *right,
         double       *top,
         double       *bottom)
{
  *left = *right = *top = *bottom = r + layout->margin;
  for (guint i = 0; i < layout->n; i++)
    {
      const AxisLabel *label = &layout->labels[i];
      double x0 = (r + layout->gap) * label->ux + label->ox;
      double y0 = (r + layout->gap) * label->uy + label->oy;

      *left = MAX (*left, -x0);
      *right = MAX (*right, x0 + label->width);
      *top = MAX (*top, -y0);
      *bottom = MAX (*bottom, y0 + label->height);
    }
}

/* The largest radius at which the rings and labels fit. */
static double
fit_radius (const Layout *layout,
            double        width,
            double        height)
{
  double low = 0, high = MAX (0, MIN (width, height) / 2);

  for (int i = 0; i < 40; i++)
    {
      double r = (low + high) / 2;
      double left, right, top, bottom;

      extents (layout, r, &left, &right, &top, &bottom);
      if (left + right <= width && top + bottom <= height)
        low = r;
      else
        high = r;
    }

  return low;
}

static double
label_width (DscChartPaint *paint,
             double         width)
{
  return CLAMP (width * 0.24, paint->font_size * 6, paint->font_size * 14);
}

/* The widest word of the domains' names: narrower labels would break it. */
static double
longest_word (DscChartPaint *paint,
              DscChartFont   font)
{
  DscChart *self = paint->chart;
  double widest = 0;

  for (guint i = 0; i < self->categories->len; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_ptr_array_index (self->categories, i), " \t\n", -1);

      for (guint w = 0; words[w] != NULL; w++)
        widest = MAX (widest, dsc_chart_text_width (paint, font, words[w]));
    }

  return ceil (widest) + 1;
}

/* Names straight above and below the rings spread both ways: they may be as
 * wide as the room between their neighbours' anchors. */
static double
widen (DscChartPaint *paint,
       Layout        *layout,
       DscChartFont   font,
       double         label,
       int            lines,
       double         width,
       double         height)
{
  double r;
  double between;

  layout_labels (paint, layout, font, label, label, lines);
  r = fit_radius (layout, width, height);
  if (layout->n < 3)
    return r;

  between = 2 * (r + layout->gap) * fabs (sin (2 * G_PI / layout->n)) - paint->font_size * 1.5;
  if (between <= label)
    return r;

  layout_labels (paint, layout, font, label, MIN (between, width), lines);
  return fit_radius (layout, width, height);
}

/* Lays the labels out for the room there is: when the rings would be small,
 * narrower labels on more lines, then a smaller type, never a broken word.
 * Returns the radius. */
static double
fit (DscChartPaint *paint,
     Layout        *layout,
     double         width,
     double         height)
{
  struct { DscChartFont font; double share; int lines; } attempts[] = {
    { DSC_CHART_FONT_NORMAL, 1.0, 3 },
    { DSC_CHART_FONT_NORMAL, 0.8, 4 },
    { DSC_CHART_FONT_SMALL, 0.8, 4 },
    { DSC_CHART_FONT_SMALL, 0.6, 5 },
  };
  double wanted = label_width (paint, width);
  double best = -1;
  guint chosen = 0;
  int fallback = -1;

  for (guint a = 0; a < G_N_ELEMENTS (attempts); a++)
    {
      gboolean cut = FALSE;
      double r;

      double label = MAX (wanted * attempts[a].share, longest_word (paint, attempts[a].font));

      layout_labels (paint, layout, attempts[a].font, label, label, attempts[a].lines);
      r = fit_radius (layout, width, height);
      for (guint i = 0; i < layout->n; i++)
        cut |= pango_layout_is_ellipsized (layout->labels[i].layout);
      if (r >= paint->font_size * 6 && !cut)
        return widen (paint, layout, attempts[a].font, label, attempts[a].lines, width, height);
      if (r >= paint->font_size * 6 && fallback < 0)
        fallback = a;
      if (r > best)
        {
          best = r;
          chosen = a;
        }
    }

  /* Nothing fits whole: the first with big enough rings, or the biggest. */
  if (fallback >= 0)
    chosen = fallback;
  return widen (paint, layout, attempts[chosen].font,
                MAX (wanted * attempts[chosen].share, longest_word (paint, attempts[chosen].font)),
                attempts[chosen].lines, width, height);
}

static char *
levels_key (DscChart *self)
{
  GString *key = g_string_new (NULL);

  if (self->value_labels == NULL)
    return NULL;

  for (guint i = 0; i < self->value_labels->len; i++)
    {
      g_autofree char *level = dsc_chart_format_value (self, i + 1);
      g_auto(GStrv) words = g_strsplit (level, " ", -1);
      g_autofree char *glued = g_strjoinv ("\u00a0", words);

      /* Whole levels stay on one line; the key wraps between them. */
      if (i > 0)
        g_string_append (key, "\u2003 ");
      g_string_append (key, glued);
    }

  return g_string_free (key, FALSE);
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
      DscChartLegendItem *item = &items[n];

      if (!series_shown (self, s))
        continue;
      item->label = dsc_chart_get_series_name (self, s);
      role_style (paint, s, series_role (self, s), &item->colour, &item->dash, &item->marker,
                  &item->hollow, &item->line_width);
      n++;
    }

  return n;
}

static double
key_height (DscChartPaint *paint,
            double         width,
            PangoLayout  **out)
{
  g_autofree char *key = levels_key (paint->chart);
  PangoLayout *layout;
  double key_width, height;

  if (key == NULL)
    return 0;

  layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, key, width, 0, PANGO_ALIGN_CENTER);
  dsc_chart_layout_size (layout, &key_width, &height);
  if (out != NULL)
    *out = layout;
  else
    g_object_unref (layout);
  return height;
}

double
dsc_chart_radar_height (DscChartPaint *paint,
                        double         width)
{
  DscChartLegendItem items[8] = { { 0 } };
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items));
  double legend = dsc_chart_paint_legend (paint, items, n_items, 0, 0, width, FALSE);
  double key = key_height (paint, width, NULL);
  Layout layout = { 0 };
  double r, left, right, top, bottom;

  /* As tall as the chart gets at this width, its radius held to a third of
   * it and to what reads at a glance. */
  r = MIN (fit (paint, &layout, width, width * 4), MIN (width * 0.33, paint->font_size * 20));
  extents (&layout, r, &left, &right, &top, &bottom);
  layout_clear (&layout);

  return ceil (legend + paint->font_size * 0.8 + top + bottom + paint->font_size * 0.8 + key);
}

static void
separate_labels (Layout *layout,
                 double  top,
                 double  bottom)
{
  for (int round = 0; round < 20; round++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < layout->n; i++)
        for (guint j = i + 1; j < layout->n; j++)
          {
            AxisLabel *a = &layout->labels[i];
            AxisLabel *b = &layout->labels[j];
            AxisLabel *upper, *lower;
            double overlap;

            if (a->x + a->width <= b->x || b->x + b->width <= a->x
                || a->y + a->height <= b->y || b->y + b->height <= a->y)
              continue;

            upper = a->y + a->height / 2 <= b->y + b->height / 2 ? a : b;
            lower = upper == a ? b : a;
            overlap = upper->y + upper->height - lower->y + 1;
            upper->y = MAX (top, upper->y - overlap / 2);
            lower->y = MIN (bottom - lower->height, upper->y + upper->height + 1);
            moved = TRUE;
          }

      if (!moved)
        break;
    }
}

static void
vertex (double  cx,
        double  cy,
        double  radius,
        guint   i,
        guint   n,
        double *x,
        double *y)
{
  double angle = 2 * G_PI * i / n;

  *x = cx + radius * sin (angle);
  *y = cy - radius * cos (angle);
}

void
dsc_chart_draw_radar (DscChartPaint *paint,
                      double         x,
                      double         y,
                      double         width,
                      double         height)
{
  DscChart *self = paint->chart;
  cairo_t *cr = paint->cr;
  DscChartLegendItem items[8] = { { 0 } };
  guint n_items = legend_items (paint, items, G_N_ELEMENTS (items));
  guint n = self->categories->len;
  double low = self->has_range ? self->minimum : 0;
  double high = self->has_range ? self->maximum : 0;
  int levels;
  double legend, key, area_top, area_height, r, left, right, top, bottom, cx, cy, size;
  PangoLayout *key_layout = NULL;
  Layout layout = { 0 };
  guint order[] = { ROLE_OTHER, ROLE_TARGET, ROLE_BASELINE, ROLE_LATEST };

  if (!self->has_range)
    for (guint s = 0; s < self->series->len; s++)
      for (guint c = 0; c < n; c++)
        if (!isnan (dsc_chart_value (self, s, c)))
          high = MAX (high, ceil (dsc_chart_value (self, s, c)));
  if (high <= low)
    high = low + 1;
  levels = (int) MIN (20, ceil (high - low));

  legend = dsc_chart_paint_legend (paint, items, n_items, x, y, width, TRUE);
  key = key_height (paint, width, &key_layout);
  area_top = y + legend + paint->font_size * 0.8;
  area_height = height - legend - key - paint->font_size * 1.6;

  r = fit (paint, &layout, width, area_height);
  extents (&layout, r, &left, &right, &top, &bottom);
  cx = x + left + (width - left - right) / 2;
  cy = area_top + top + (area_height - top - bottom) / 2;
  self->radar_x = cx;
  self->radar_y = cy;
  self->radar_radius = r;
  size = marker_size (paint);

  /* Rings, one per level, and the axes. */
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (int level = 1; level <= levels; level++)
    {
      double ring = r * level / (high - low);

      if (n >= 3)
        for (guint i = 0; i <= n; i++)
          {
            double px, py;

            vertex (cx, cy, ring, i % n, n, &px, &py);
            if (i == 0)
              cairo_move_to (cr, px, py);
            else
              cairo_line_to (cr, px, py);
          }
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, cy, ring, 0, 2 * G_PI);
        }
      dsc_chart_set_colour (cr, level == levels ? &paint->colours.axis : &paint->colours.grid);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < n; i++)
    {
      double px, py;

      vertex (cx, cy, r, i, n, &px, &py);
      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, px, py);
    }
  dsc_chart_set_colour (cr, &paint->colours.grid);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* The latest assessment's area: only between neighbours that both have a
   * value, so that a missing domain shows as a notch, not a shortcut. */
  for (guint s = 0; s < self->series->len; s++)
    {
      if (series_role (self, s) != ROLE_LATEST || !series_shown (self, s))
        continue;

      cairo_new_path (cr);
      for (guint i = 0; i < n && n >= 3; i++)
        {
          double a = dsc_chart_value (self, s, i);
          double b = dsc_chart_value (self, s, (i + 1) % n);
          double ax, ay, bx, by;

          if (isnan (a) || isnan (b))
            continue;
          vertex (cx, cy, r * (CLAMP (a, low, high) - low) / (high - low), i, n, &ax, &ay);
          vertex (cx, cy, r * (CLAMP (b, low, high) - low) / (high - low), (i + 1) % n, n, &bx, &by);
          cairo_move_to (cr, cx, cy);
          cairo_line_to (cr, ax, ay);
          cairo_line_to (cr, bx, by);
          cairo_close_path (cr);
        }
      dsc_chart_set_colour_alpha (cr, &paint->colours.latest, paint->colours.print ? 0.16 : 0.22);
      cairo_fill (cr);
    }

  /* Lines, then markers, the latest on top. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint o = 0; o < G_N_ELEMENTS (order); o++)
      for (guint s = 0; s < self->series->len; s++)
        {
          DscChartColour colour;
          DscChartDash dash;
          DscChartMarker marker;
          gboolean hollow;
          double line_width;

          if (series_role (self, s) != order[o] || !series_shown (self, s))
            continue;
          role_style (paint, s, order[o], &colour, &dash, &marker, &hollow, &line_width);

          if (pass == 0)
            {
              cairo_save (cr);
              dsc_chart_set_dash (paint, dash, line_width);
              dsc_chart_set_colour (cr, &colour);
              cairo_new_path (cr);
              for (guint i = 0; i < n && n >= 2; i++)
                {
                  double a = dsc_chart_value (self, s, i);
                  double b = dsc_chart_value (self, s, (i + 1) % n);
                  double ax, ay, bx, by;

                  if (isnan (a) || isnan (b) || (n == 2 && i == 1))
                    continue;
                  vertex (cx, cy, r * (CLAMP (a, low, high) - low) / (high - low), i, n, &ax, &ay);
                  vertex (cx, cy, r * (CLAMP (b, low, high) - low) / (high - low), (i + 1) % n, n, &bx, &by);
                  cairo_move_to (cr, ax, ay);
                  cairo_line_to (cr, bx, by);
                }
              cairo_stroke (cr);
              cairo_restore (cr);
              continue;
            }

          for (guint i = 0; i < n; i++)
            {
              double value = dsc_chart_value (self, s, i);
              double px, py;

              if (isnan (value))
                continue;
              vertex (cx, cy, r * (CLAMP (value, low, high) - low) / (high - low), i, n, &px, &py);
              dsc_chart_paint_marker (paint, marker, px, py, size, &colour, hollow);
              dsc_chart_add_hit_point (paint, px, py, MAX (size + 3, 6), s, i);
            }
        }

  /* The domains' names, then the levels' numbers up the first axis. */
  for (guint i = 0; i < n; i++)
    {
      AxisLabel *label = &layout.labels[i];

      label->x = cx + (r + layout.gap) * label->ux + label->ox;
      label->y = cy + (r + layout.gap) * label->uy + label->oy;
    }
  separate_labels (&layout, y, y + height);
  for (guint i = 0; i < n; i++)
    {
      gboolean assessed = FALSE;

      for (guint s = 0; s < self->series->len; s++)
        assessed |= !isnan (dsc_chart_value (self, s, i));
      dsc_chart_paint_show (paint, layout.labels[i].layout, layout.labels[i].x, layout.labels[i].y,
                            assessed ? &paint->colours.text : &paint->colours.dim, FALSE);
    }

  for (int level = 1; level <= levels; level++)
    {
      g_autofree char *number = g_strdup_printf ("%d", (int) low + level);
      PangoLayout *text = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, number, -1, 0, PANGO_ALIGN_LEFT);
      double ring = r * level / (high - low);
      double text_width, text_height;

      dsc_chart_layout_size (text, &text_width, &text_height);
      /* Left of the first axis, clear of the markers on it. */
      dsc_chart_paint_show (paint, text, cx - text_width - size * 1.6 - 2, cy - ring - text_height / 2,
                            &paint->colours.dim, TRUE);
      g_object_unref (text);
    }

  if (key_layout != NULL)
    {
      double key_width, key_h;

      dsc_chart_layout_size (key_layout, &key_width, &key_h);
      dsc_chart_paint_show (paint, key_layout, x + (width - key_width) / 2, y + height - key,
                            &paint->colours.dim, FALSE);
      g_object_unref (key_layout);
    }

  layout_clear (&layout);
}

void
dsc_chart_radar_geometry (DscChart *self,
                          double   *centre_x,
                          double   *centre_y,
                          double   *radius)
{
  *centre_x = self->radar_x;
  *centre_y = self->radar_y;
  *radius = self->radar_radius;
}

/* The domains that share the highest (or lowest) value of a series. */
static double
extreme (DscChart  *self,
         guint      series,
         gboolean   highest,
         GPtrArray *names)
{
  double best = NAN;

  for (guint c = 0; c < self->categories->len; c++)
    {
      double value = dsc_chart_value (self, series, c);

      if (isnan (value))
        continue;
      if (isnan (best) || (highest ? value > best : value < best))
        {
          best = value;
          g_ptr_array_set_size (names, 0);
        }
      if (value == best)
        g_ptr_array_add (names, g_ptr_array_index (self->categories, c));
    }

  return best;
}

char *
dsc_chart_describe_radar (DscChart *self)
{
  guint latest = self->series->len == 1 ? 0 : ROLE_LATEST;
  g_autoptr(GPtrArray) high_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) low_names = g_ptr_array_new ();
  g_autofree char *high_list = NULL;
  g_autofree char *low_list = NULL;
  g_autofree char *high_value = NULL;
  g_autofree char *low_value = NULL;
  GString *text = g_string_new (NULL);
  double high, low;
  guint missing = 0, improved = 0, declined = 0, compared = 0;

  if (latest >= self->series->len)
    return g_string_free (text, FALSE);

  high = extreme (self, latest, TRUE, high_names);
  low = extreme (self, latest, FALSE, low_names);
  high_list = dsc_chart_join_names (high_names);
  low_list = dsc_chart_join_names (low_names);
  high_value = dsc_chart_format_value (self, high);
  low_value = dsc_chart_format_value (self, low);

  if (high == low)
    /* Translators: a radar chart for screen readers: "Latest assessment: every domain at 2 · Basic." */
    g_string_append_printf (text, _("%s: every domain assessed at %s."),
                            dsc_chart_get_series_name (self, latest), high_value);
  else
    /* Translators: a radar chart for screen readers: "Latest assessment: highest in Identity
     * and mission (3 · Moderate), lowest in Communication (1 · Clear need)." */
    g_string_append_printf (text, _("%s: highest in %s (%s), lowest in %s (%s)."),
                            dsc_chart_get_series_name (self, latest), high_list, high_value,
                            low_list, low_value);

  for (guint c = 0; c < self->categories->len; c++)
    {
      double now = dsc_chart_value (self, latest, c);

      if (isnan (now))
        {
          missing++;
          continue;
        }
      if (latest == ROLE_LATEST && !isnan (dsc_chart_value (self, ROLE_BASELINE, c)))
        {
          double before = dsc_chart_value (self, ROLE_BASELINE, c);

          compared++;
          improved += now > before;
          declined += now < before;
        }
    }

  if (latest == ROLE_LATEST && series_shown (self, ROLE_BASELINE) && compared > 0)
    {
      g_string_append_c (text, ' ');
      if (improved == 0 && declined == 0)
        g_string_append (text, _("No domain changed since the first assessment."));
      else if (declined == 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "%u domain improved since the first assessment.",
                                                   "%u domains improved since the first assessment.",
                                                   improved), improved);
      else
        {
          g_autofree char *up = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u domain improved",
                                                              "%u domains improved", improved), improved);
          g_autofree char *down = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u went down",
                                                                "%u went down", declined), declined);

          /* Translators: "2 domains improved and 1 went down since the first assessment." */
          g_string_append_printf (text, _("%s and %s since the first assessment."), up, down);
        }
    }

  if (latest == ROLE_LATEST && self->series->len > ROLE_TARGET)
    {
      guint targets = 0, reached = 0;

      for (guint c = 0; c < self->categories->len; c++)
        {
          double goal = dsc_chart_value (self, ROLE_TARGET, c);
          double now = dsc_chart_value (self, latest, c);

          if (isnan (goal))
            continue;
          targets++;
          reached += !isnan (now) && now >= goal;
        }
      if (targets > 0)
        {
          g_string_append_c (text, ' ');
          /* Translators: "2 of 7 targets reached." */
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u target reached.",
                                                     "%u of %u targets reached.", targets), reached, targets);
        }
    }

  if (missing > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u domain is not assessed.",
                                                 "%u domains are not assessed.", missing), missing);
    }

  return g_string_free (text, FALSE);
}
