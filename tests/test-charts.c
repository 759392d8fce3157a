/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts drawn on image surfaces, without a display: pixels where the data
 * says they go, goldens of each kind, empty and single-point data, 200 rows,
 * long French labels that never overlap, the hit-test, the descriptions and
 * the files written by the export. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <cairo.h>

#include "dsc-chart-private.h"

static const char * const levels[] = { "Clear need", "Basic", "Moderate", "Solid", NULL };

static DscChartStyle
print_style (void)
{
  DscChartStyle style = { DSC_CHART_PALETTE_PRINT, "DejaVu Sans", 11.0, NULL };

  return style;
}

static cairo_surface_t *
render (DscChart            *chart,
        int                  width,
        int                  height,
        const DscChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  DscChartColours colours;

  dsc_chart_colours_init (&colours, style);
  dsc_chart_set_colour (cr, &colours.background);
  cairo_paint (cr);
  dsc_chart_draw (chart, cr, width, height, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       double          *rgb)
{
  int px = (int) floor (x), py = (int) floor (y);
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32 value;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  value = *(guint32 *) (data + py * cairo_image_surface_get_stride (surface) + px * 4);
  rgb[0] = ((value >> 16) & 0xff) / 255.0;
  rgb[1] = ((value >> 8) & 0xff) / 255.0;
  rgb[2] = (value & 0xff) / 255.0;
}

/* How far a pixel is from a colour, 0 (the same) to about 1.7. */
static double
distance (cairo_surface_t      *surface,
          double                x,
          double                y,
          const DscChartColour *colour)
{
  double rgb[3];

  pixel (surface, x, y, rgb);
  return sqrt (pow (rgb[0] - colour->red, 2) + pow (rgb[1] - colour->green, 2) + pow (rgb[2] - colour->blue, 2));
}

static double
luminance (cairo_surface_t *surface,
           double           x,
           double           y)
{
  double rgb[3];
  DscChartColour colour;

  pixel (surface, x, y, rgb);
  colour = (DscChartColour) { rgb[0], rgb[1], rgb[2], 1 };
  return dsc_chart_colour_luminance (&colour);
}

static const DscChartHitRegion *
find_hit (DscChart *chart,
          guint     series,
          guint     category)
{
  GArray *hits = dsc_chart_get_hit_regions (chart);

  for (guint i = 0; i < hits->len; i++)
    {
      const DscChartHitRegion *region = &g_array_index (hits, DscChartHitRegion, i);

      if (region->series == series && region->category == category)
        return region;
    }

  return NULL;
}

static gboolean
has_label (DscChart   *chart,
           const char *text)
{
  GArray *labels = dsc_chart_get_drawn_labels (chart);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (g_array_index (labels, DscChartLabel, i).text, text) == 0)
      return TRUE;
  return FALSE;
}

/* No two labels of the last drawing overlap, and none sticks out of it. */
static void
assert_labels_apart (DscChart *chart,
                     double    width,
                     double    height)
{
  GArray *labels = dsc_chart_get_drawn_labels (chart);

  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      const DscChartLabel *a = &g_array_index (labels, DscChartLabel, i);

      if (a->x < -0.5 || a->y < -0.5 || a->x + a->width > width + 0.5 || a->y + a->height > height + 0.5)
        g_error ("“%s” sticks out of the chart: %.1f,%.1f %.1f×%.1f in %.0f×%.0f", a->text,
                 a->x, a->y, a->width, a->height, width, height);

      for (guint j = i + 1; j < labels->len; j++)
        {
          const DscChartLabel *b = &g_array_index (labels, DscChartLabel, j);
          double overlap_x = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
          double overlap_y = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

          if (overlap_x > 0.5 && overlap_y > 0.5)
            g_error ("“%s” and “%s” overlap (%.1f × %.1f)", a->text, b->text, overlap_x, overlap_y);
        }
    }
}

static DscChart *
make_radar (const char * const *domains,
            guint               n,
            const double       *baseline,
            const double       *latest,
            const double       *target)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_RADAR);

  dsc_chart_set_title (chart, "Levels by domain");
  dsc_chart_set_empty_text (chart, "No assessment yet.");
  dsc_chart_set_categories (chart, domains, n);
  dsc_chart_add_series (chart, "First assessment", baseline, n);
  dsc_chart_add_series (chart, "Latest assessment", latest, n);
  dsc_chart_add_series (chart, "Target", target, n);
  dsc_chart_set_value_range (chart, 0, 4);
  dsc_chart_set_value_labels (chart, levels, 4);
  dsc_chart_set_note (chart, 1, 0, "12/03/2026");
  return chart;
}

static const char * const domains[] = {
  "Identity and mission", "Governance and legal compliance", "Administration, accounting and reporting",
  "Project design and funding", "People: members, volunteers, leadership", "Communication",
  "Networking with territorial services", "Monitoring, evaluation and learning",
};

static DscChart *
sample_radar (void)
{
  const double baseline[] = { 2, 1, 1, 2, 1, 2, 2, 2 };
  const double latest[] = { 4, 2, NAN, 2, 1, 3, 2, 3 };
  const double target[] = { 4, 3, 2, 3, 2, 3, 3, NAN };

  return make_radar (domains, G_N_ELEMENTS (domains), baseline, latest, target);
}

static DscChart *
sample_timeline (void)
{
  const char * const dates[] = { "17/01/2026", "06/07/2026", "18/11/2026" };
  const double average[] = { 1.6, 1.9, 2.5 };
  const double identity[] = { 2, 2, 4 };
  const double governance[] = { 1, NAN, 2 };
  const double communication[] = { 2, 3, 3 };
  DscChart *chart = dsc_chart_new (DSC_CHART_TIMELINE);

  dsc_chart_set_categories (chart, dates, G_N_ELEMENTS (dates));
  dsc_chart_add_series (chart, "Average of the domains", average, 3);
  dsc_chart_add_series (chart, "Identity and mission", identity, 3);
  dsc_chart_add_series (chart, "Governance and legal compliance", governance, 3);
  dsc_chart_add_series (chart, "Communication", communication, 3);
  dsc_chart_set_value_range (chart, 0, 4);
  dsc_chart_set_value_labels (chart, levels, 4);
  dsc_chart_set_value_format (chart, "%.1f");
  dsc_chart_set_empty_text (chart, "No assessment yet.");
  return chart;
}

static DscChart *
sample_bars (void)
{
  const char * const months[] = { "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026" };
  const double hours[] = { 2, 4, 0, 10.5, NAN, 6 };
  DscChart *chart = dsc_chart_new (DSC_CHART_BARS);

  dsc_chart_set_categories (chart, months, G_N_ELEMENTS (months));
  dsc_chart_add_series (chart, "Hours", hours, G_N_ELEMENTS (hours));
  dsc_chart_set_value_format (chart, "%.1f h");
  dsc_chart_set_threshold (chart, 5, "Certificate");
  dsc_chart_set_note (chart, 0, 1, "2 sessions, 14 participants");
  dsc_chart_set_empty_text (chart, "No training yet.");
  return chart;
}

static DscChart *
make_heatmap (guint               rows,
              const char * const *columns,
              guint               n_columns)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_HEATMAP);

  dsc_chart_set_categories (chart, columns, n_columns);
  for (guint r = 0; r < rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("Associazione numero %u di Torino", r + 1);
      g_autofree double *values = g_new (double, n_columns);

      for (guint c = 0; c < n_columns; c++)
        values[c] = (r * 7 + c * 3) % 9 == 8 ? NAN : 1 + (r + c) % 4;
      dsc_chart_add_series (chart, name, values, n_columns);
    }
  dsc_chart_set_value_range (chart, 0, 4);
  dsc_chart_set_value_labels (chart, levels, 4);
  dsc_chart_set_empty_text (chart, "No association has an assessment.");
  return chart;
}

static DscChart *
sample_stacked (void)
{
  const char * const services[] = { "ASL TO3", "Questura di Torino – Ufficio Immigrazione", "CPIA 3 Torino",
                                    "Comune di Biella – Servizi sociali" };
  const double on_time[] = { 1, 0, 2, 1 };
  const double overdue[] = { 1, 2, 0, 0 };
  const double done[] = { 5, 1, 3, 6 };
  const double dropped[] = { 0, 1, 1, 0 };
  DscChart *chart = dsc_chart_new (DSC_CHART_STACKED_BARS);

  dsc_chart_set_categories (chart, services, G_N_ELEMENTS (services));
  dsc_chart_add_series (chart, "Open, on time", on_time, 4);
  dsc_chart_add_series (chart, "Overdue", overdue, 4);
  dsc_chart_add_series (chart, "Done", done, 4);
  dsc_chart_add_series (chart, "Dropped", dropped, 4);
  dsc_chart_set_value_format (chart, "%.0f");
  dsc_chart_set_empty_text (chart, "No follow-up.");
  return chart;
}

static void
test_radar_outer_ring (void)
{
  g_autoptr(DscChart) chart = sample_radar ();
  DscChartStyle style = print_style ();
  DscChartColours colours;
  cairo_surface_t *surface;
  const DscChartHitRegion *top, *half;
  double cx, cy, r, rx, ry;

  dsc_chart_colours_init (&colours, &style);
  surface = render (chart, 520, 420, &style);
  dsc_chart_radar_geometry (chart, &cx, &cy, &r);
  g_assert_cmpfloat (r, >, 80);

  /* Level 4 of 4 (the first domain, straight up) is on the outer ring. */
  top = find_hit (chart, 1, 0);
  g_assert_nonnull (top);
  g_assert_cmpfloat_with_epsilon (top->x, cx, 0.5);
  g_assert_cmpfloat_with_epsilon (top->y, cy - r, 0.5);
  g_assert_cmpfloat (distance (surface, cx, cy - r, &colours.latest), <, 0.15);
  g_assert_cmpfloat (distance (surface, cx, cy, &colours.latest), >, 0.3);

  /* Level 2 halfway out; the outer ring is drawn at r: where the axis of
   * domain 7 (no value at level 4) meets it, and beyond it nothing. */
  half = find_hit (chart, 1, 1);
  g_assert_nonnull (half);
  g_assert_cmpfloat_with_epsilon (hypot (half->x - cx, half->y - cy), r / 2, 0.5);
  rx = cx + r * sin (2 * G_PI * 6 / 8);
  ry = cy - r * cos (2 * G_PI * 6 / 8);
  g_assert_cmpfloat (luminance (surface, rx, ry), <, 0.6);
  g_assert_cmpfloat (luminance (surface, rx - 4, ry), >, 0.95);

  cairo_surface_destroy (surface);
}

static void
test_radar_gap (void)
{
  g_autoptr(DscChart) chart = sample_radar ();
  DscChartStyle style = print_style ();
  DscChartColours colours;
  cairo_surface_t *surface;
  double cx, cy, r;

  dsc_chart_colours_init (&colours, &style);
  surface = render (chart, 520, 420, &style);
  dsc_chart_radar_geometry (chart, &cx, &cy, &r);

  /* Domain 3 has no latest level: no marker anywhere along its axis, the
   * centre included, and the pointer finds nothing there. */
  g_assert_null (find_hit (chart, 1, 2));
  for (double t = 0; t <= 1.0; t += 0.02)
    {
      double x = cx + t * r * sin (2 * G_PI * 2 / 8);
      double y = cy - t * r * cos (2 * G_PI * 2 / 8);

      g_assert_cmpfloat (distance (surface, x, y, &colours.latest), >, 0.3);
    }
  g_assert_false (dsc_chart_hit (chart, cx, cy, NULL, NULL));

  /* Its axis and name are still there. */
  g_assert_true (has_label (chart, domains[2]));
  g_assert_cmpfloat (luminance (surface, cx + r * 0.75 * sin (G_PI / 2), cy - r * 0.75 * cos (G_PI / 2)), <, 0.9);
  cairo_surface_destroy (surface);
}

static void
test_radar_describe (void)
{
  g_autoptr(DscChart) chart = sample_radar ();
  g_autofree char *text = dsc_chart_describe (chart);
  g_autofree char *point = NULL;

  g_assert_nonnull (strstr (text, "highest in Identity and mission (4 · Solid)"));
  g_assert_nonnull (strstr (text, "lowest in People: members, volunteers, leadership (1 · Clear need)"));
  /* Identity 2→4, Governance 1→2, Communication 2→3, Monitoring 2→3. */
  g_assert_nonnull (strstr (text, "4 domains improved since the first assessment."));
  /* Targets 4,3,2,3,2,3,3,—: Identity (4) and Communication (3) are there. */
  g_assert_nonnull (strstr (text, "2 of 7 targets reached."));
  g_assert_nonnull (strstr (text, "1 domain is not assessed."));

  point = dsc_chart_describe_point (chart, 1, 0);
  g_assert_cmpstr (point, ==, "Identity and mission — Latest assessment: 4 · Solid (12/03/2026)");
}

static void
test_radar_single_assessment (void)
{
  const double same[] = { 2, 3, 1, 2, 2, 3, 1, 2 };
  const double none[8] = { NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN };
  g_autoptr(DscChart) chart = make_radar (domains, 8, same, same, none);
  DscChartStyle style = print_style ();
  cairo_surface_t *surface = render (chart, 520, 420, &style);

  /* The first assessment is the latest: one line, one legend entry. */
  g_assert_true (has_label (chart, "Latest assessment"));
  g_assert_false (has_label (chart, "First assessment"));
  g_assert_false (has_label (chart, "Target"));
  g_assert_null (find_hit (chart, 0, 0));
  g_assert_nonnull (find_hit (chart, 1, 0));
  cairo_surface_destroy (surface);
}

static int
bar_height (cairo_surface_t      *surface,
            double                x,
            const DscChartColour *colour)
{
  int height = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    height += distance (surface, x, y, colour) < 0.1;
  return height;
}

static void
test_bars_proportional (void)
{
  g_autoptr(DscChart) chart = sample_bars ();
  DscChartStyle style = { DSC_CHART_PALETTE_SCREEN_LIGHT, "DejaVu Sans", 11.0, "#ff0000" };
  DscChartColours colours;
  cairo_surface_t *surface;
  const DscChartHitRegion *two, *four, *zero;
  int h2, h4, h0;

  dsc_chart_colours_init (&colours, &style);
  surface = render (chart, 600, 320, &style);

  /* The accent colours the bars. */
  g_assert_cmpfloat (colours.bar.red, ==, 1.0);
  two = find_hit (chart, 0, 0);
  four = find_hit (chart, 0, 1);
  zero = find_hit (chart, 0, 2);
  g_assert_nonnull (two);
  g_assert_nonnull (four);
  g_assert_nonnull (zero);
  g_assert_null (find_hit (chart, 0, 4));

  h2 = bar_height (surface, two->x + two->width / 2, &colours.bar);
  h4 = bar_height (surface, four->x + four->width / 2, &colours.bar);
  h0 = bar_height (surface, zero->x + zero->width / 2, &colours.bar);
  g_assert_cmpint (h2, >, 10);
  g_assert_cmpint (abs (h4 - 2 * h2), <=, 2);
  g_assert_cmpint (h0, <=, 1);

  /* Values over the bars, the threshold in the legend. */
  g_assert_true (has_label (chart, "10.5 h"));
  g_assert_true (has_label (chart, "Certificate: 5.0 h"));
  /* Ticks in the value's unit, as precise as the step. */
  g_assert_true (has_label (chart, "10 h"));
  cairo_surface_destroy (surface);
}

static void
test_heatmap_cells (void)
{
  const char * const columns[] = { "Identity and mission", "Communication", "Governance" };
  const double first[] = { 4, 1, NAN };
  const double second[] = { 2, 3, 3 };
  g_autoptr(DscChart) chart = dsc_chart_new (DSC_CHART_HEATMAP);
  DscChartStyle style = print_style ();
  const DscChartHitRegion *high, *low;
  cairo_surface_t *surface;
  double rgb[3];
  guint dark_in_low = 0, light_in_high = 0;

  dsc_chart_set_categories (chart, columns, 3);
  dsc_chart_add_series (chart, "Il Baobab", first, 3);
  dsc_chart_add_series (chart, "Donne Ucraine in Rete", second, 3);
  dsc_chart_set_value_range (chart, 0, 4);
  dsc_chart_set_value_labels (chart, levels, 4);
  surface = render (chart, 500, 260, &style);

  high = find_hit (chart, 0, 0);
  low = find_hit (chart, 0, 1);
  g_assert_nonnull (high);
  g_assert_nonnull (low);
  g_assert_null (find_hit (chart, 0, 2));

  /* Level 4 darker than level 1, measured in a corner of each cell. */
  g_assert_cmpfloat (luminance (surface, high->x + 3, high->y + 3) + 0.3, <,
                     luminance (surface, low->x + 3, low->y + 3));

  /* The number is written in each: ink of the other kind in the middle. */
  for (double y = high->y + 2; y < high->y + high->height - 2; y++)
    for (double x = high->x + high->width / 2 - 6; x < high->x + high->width / 2 + 6; x++)
      light_in_high += luminance (surface, x, y) > 0.6;
  for (double y = low->y + 2; y < low->y + low->height - 2; y++)
    for (double x = low->x + low->width / 2 - 6; x < low->x + low->width / 2 + 6; x++)
      dark_in_low += luminance (surface, x, y) < 0.2;
  g_assert_cmpuint (light_in_high, >, 8);
  g_assert_cmpuint (dark_in_low, >, 8);

  /* Headers and names in full. */
  g_assert_true (has_label (chart, "Identity and mission"));
  g_assert_true (has_label (chart, "Donne Ucraine in Rete"));
  pixel (surface, 0, 0, rgb);
  g_assert_cmpfloat (rgb[0], ==, 1.0);
  cairo_surface_destroy (surface);
}

static void
test_heatmap_many_rows (void)
{
  const char * const columns[] = { "Identity and mission", "Governance and legal compliance",
                                   "Administration, accounting and reporting", "Project design and funding",
                                   "People: members, volunteers, leadership", "Communication",
                                   "Networking with territorial services", "Monitoring, evaluation and learning" };
  g_autoptr(DscChart) few = make_heatmap (2, columns, 8);
  g_autoptr(DscChart) many = make_heatmap (200, columns, 8);
  DscChartStyle style = print_style ();
  double h2 = dsc_chart_get_natural_height (few, 640, &style);
  double h200 = dsc_chart_get_natural_height (many, 640, &style);
  double row = (h200 - h2) / 198;
  cairo_surface_t *surface;
  GArray *hits;
  gint64 start;
  double elapsed;

  /* Each row adds the same height, enough for a line of text. */
  g_assert_cmpfloat (row, >=, 14);
  g_assert_cmpfloat (row, <=, 24);
  g_assert_cmpfloat (h2, <, 260);

  start = g_get_monotonic_time ();
  surface = render (many, 640, (int) h200, &style);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("Drawing a heatmap of 200 rows × 8 domains (640×%.0f): %.1f ms", h200, elapsed);
  if (g_test_verbose ())
    g_printerr ("heatmap 200 rows: %.1f ms\n", elapsed);
  g_assert_cmpfloat (elapsed, <, 2000);

  /* Every row named, no name or header touching another, cells apart. */
  for (guint r = 0; r < 200; r++)
    {
      g_autofree char *name = g_strdup_printf ("Associazione numero %u di Torino", r + 1);

      g_assert_true (has_label (many, name));
    }
  assert_labels_apart (many, 640, h200);
  hits = dsc_chart_get_hit_regions (many);
  for (guint i = 1; i < hits->len; i++)
    {
      const DscChartHitRegion *a = &g_array_index (hits, DscChartHitRegion, i - 1);
      const DscChartHitRegion *b = &g_array_index (hits, DscChartHitRegion, i);

      if (a->series == b->series)
        g_assert_cmpfloat (a->x + a->width, <=, b->x + 0.01);
      else
        g_assert_cmpfloat (a->y + a->height, <=, b->y + 0.01);
    }
  cairo_surface_destroy (surface);

  /* Two rows are short and stay readable. */
  surface = render (few, 640, (int) h2, &style);
  assert_labels_apart (few, 640, h2);
  g_assert_true (has_label (few, "Associazione numero 2 di Torino"));
  cairo_surface_destroy (surface);
}

static void
test_empty (void)
{
  DscChartKind kinds[] = { DSC_CHART_RADAR, DSC_CHART_TIMELINE, DSC_CHART_BARS, DSC_CHART_HEATMAP,
                           DSC_CHART_STACKED_BARS };
  const char * const categories[] = { "One", "Two", "Three" };
  const double none[] = { NAN, NAN, NAN };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(DscChart) chart = dsc_chart_new (kinds[k]);
      DscChartStyle style = print_style ();
      cairo_surface_t *surface;
      GArray *labels;
      const DscChartLabel *label;
      g_autofree char *text = NULL;
      guint inked = 0, outside = 0;

      dsc_chart_set_categories (chart, categories, 3);
      if (k % 2 == 0)
        dsc_chart_add_series (chart, "Nothing", none, 3);
      dsc_chart_set_empty_text (chart, "No assessment yet: the chart appears after the first one.");
      dsc_chart_set_value_range (chart, 0, 4);
      g_assert_true (dsc_chart_is_empty (chart));
      surface = render (chart, 400, 240, &style);

      /* The empty text and nothing else. */
      labels = dsc_chart_get_drawn_labels (chart);
      g_assert_cmpuint (labels->len, ==, 1);
      label = &g_array_index (labels, DscChartLabel, 0);
      g_assert_cmpstr (label->text, ==, "No assessment yet: the chart appears after the first one.");
      g_assert_cmpuint (dsc_chart_get_hit_regions (chart)->len, ==, 0);
      for (int y = 0; y < 240; y++)
        for (int x = 0; x < 400; x++)
          if (luminance (surface, x, y) < 0.99)
            {
              inked++;
              outside += x < label->x - 1 || x > label->x + label->width + 1
                         || y < label->y - 1 || y > label->y + label->height + 1;
            }
      g_assert_cmpuint (inked, >, 100);
      g_assert_cmpuint (outside, ==, 0);
      g_assert_false (dsc_chart_hit (chart, 200, 120, NULL, NULL));

      text = dsc_chart_describe (chart);
      g_assert_cmpstr (text, ==, "No assessment yet: the chart appears after the first one.");
      cairo_surface_destroy (surface);
    }
}

static void
test_timeline_one_point (void)
{
  const char * const dates[] = { "17/01/2026" };
  const double average[] = { 2.5 };
  const double identity[] = { 3 };
  const double governance[] = { 2 };
  g_autoptr(DscChart) chart = dsc_chart_new (DSC_CHART_TIMELINE);
  DscChartStyle style = print_style ();
  DscChartColours colours;
  cairo_surface_t *surface;
  const DscChartHitRegion *point;
  g_autofree char *text = NULL;
  guint s, c;

  dsc_chart_colours_init (&colours, &style);
  dsc_chart_set_categories (chart, dates, 1);
  dsc_chart_add_series (chart, "Average of the domains", average, 1);
  dsc_chart_add_series (chart, "Identity and mission", identity, 1);
  dsc_chart_add_series (chart, "Governance and legal compliance", governance, 1);
  dsc_chart_set_value_range (chart, 0, 4);
  dsc_chart_set_value_labels (chart, levels, 4);
  dsc_chart_set_value_format (chart, "%.1f");
  surface = render (chart, 500, 300, &style);

  /* One marker per series, in the middle, with its date under it. */
  g_assert_cmpuint (dsc_chart_get_hit_regions (chart)->len, ==, 3);
  point = find_hit (chart, 0, 0);
  g_assert_nonnull (point);
  g_assert_true (has_label (chart, "17/01/2026"));
  g_assert_true (dsc_chart_hit (chart, point->x, point->y, &s, &c));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (c, ==, 0);
  g_assert_cmpfloat (distance (surface, point->x, point->y, &colours.average), <, 0.15);
  /* Level 2.5 lies halfway between the lines of levels 2 and 3. */
  g_assert_cmpfloat_with_epsilon ((find_hit (chart, 1, 0)->y + find_hit (chart, 2, 0)->y) / 2, point->y, 0.5);
  assert_labels_apart (chart, 500, 300);

  text = dsc_chart_describe (chart);
  g_assert_cmpstr (text, ==, "One assessment, on 17/01/2026: Average of the domains 2.5. "
                             "Highest at the latest assessment: Identity and mission (3 · Moderate).");
  cairo_surface_destroy (surface);
}

static void
test_timeline_gap (void)
{
  g_autoptr(DscChart) chart = sample_timeline ();
  DscChartStyle style = print_style ();
  cairo_surface_t *surface = render (chart, 560, 320, &style);

  /* Governance was not assessed the second time: no point, the others are. */
  g_assert_null (find_hit (chart, 2, 1));
  g_assert_nonnull (find_hit (chart, 2, 0));
  g_assert_nonnull (find_hit (chart, 2, 2));
  g_assert_true (has_label (chart, "4 · Solid"));
  g_assert_true (has_label (chart, "1 · Clear need"));
  assert_labels_apart (chart, 560, 320);
  cairo_surface_destroy (surface);
}

static const char * const french_domains[] = {
  "Identité, mission et vision de l’association à long terme",
  "Gouvernance et conformité juridique et administrative",
  "Administration, comptabilité et comptes rendus aux financeurs",
  "Conception de projets et recherche de financements publics",
  "Personnes : membres, bénévoles, leadership et relève",
  "Communication interne et externe, en plusieurs langues",
  "Travail en réseau avec les services du territoire piémontais",
  "Suivi, évaluation et apprentissage tout au long des projets",
};

static void
test_french_labels (void)
{
  const double baseline[] = { 1, 2, 1, 2, 1, 2, 2, 1 };
  const double latest[] = { 2, 3, 1, 4, 2, 3, 2, 2 };
  const double target[] = { 3, 4, 2, 4, 3, 3, 3, 3 };
  const double widths[] = { 360, 480, 720 };
  DscChartStyle style = print_style ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      double width = widths[w];
      g_autoptr(DscChart) radar = make_radar (french_domains, 8, baseline, latest, target);
      g_autoptr(DscChart) heatmap = make_heatmap (12, french_domains, 8);
      g_autoptr(DscChart) timeline = dsc_chart_new (DSC_CHART_TIMELINE);
      g_autoptr(DscChart) stacked = dsc_chart_new (DSC_CHART_STACKED_BARS);
      const char * const dates[] = { "17/01/2026", "06/07/2026" };
      const double counts[] = { 3, 1, 0, 2, 5, 1, 4, 0 };
      DscChart *charts[4];
      double height;

      dsc_chart_set_categories (timeline, dates, 2);
      dsc_chart_add_series (timeline, "Moyenne des domaines", (const double[]) { 1.5, 2.6 }, 2);
      for (guint d = 0; d < 8; d++)
        dsc_chart_add_series (timeline, french_domains[d], (const double[]) { baseline[d], latest[d] }, 2);
      dsc_chart_set_value_range (timeline, 0, 4);
      dsc_chart_set_value_labels (timeline, (const char * const[]) { "Besoin évident", "De base", "Modéré",
                                                                      "Solide" }, 4);

      dsc_chart_set_categories (stacked, french_domains, 8);
      dsc_chart_add_series (stacked, "Ouverts, dans les délais", counts, 8);
      dsc_chart_add_series (stacked, "En retard", counts + 1, 7);
      dsc_chart_add_series (stacked, "Terminés", counts, 8);
      dsc_chart_add_series (stacked, "Abandonnés", counts + 2, 6);
      dsc_chart_set_value_format (stacked, "%.0f");

      charts[0] = radar;
      charts[1] = heatmap;
      charts[2] = timeline;
      charts[3] = stacked;
      for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
        {
          cairo_surface_t *surface;

          g_test_message ("chart %u at width %.0f", i, width);
          height = dsc_chart_get_natural_height (charts[i], width, &style);
          surface = render (charts[i], (int) width, (int) ceil (height), &style);
          assert_labels_apart (charts[i], width, ceil (height));
          cairo_surface_destroy (surface);
        }

      /* The radar names every domain (wrapped, never dropped). */
      for (guint d = 0; d < 8; d++)
        {
          GArray *labels = dsc_chart_get_drawn_labels (radar);
          gboolean found = FALSE;

          for (guint i = 0; i < labels->len; i++)
            found |= g_str_has_prefix (french_domains[d], g_array_index (labels, DscChartLabel, i).text)
                     || g_strcmp0 (french_domains[d], g_array_index (labels, DscChartLabel, i).text) == 0;
          g_assert_true (found);
        }
    }
}

static void
test_hit (void)
{
  g_autoptr(DscChart) bars = sample_bars ();
  g_autoptr(DscChart) stacked = sample_stacked ();
  g_autoptr(DscChart) radar = sample_radar ();
  DscChartStyle style = print_style ();
  const DscChartHitRegion *region;
  cairo_surface_t *surface;
  guint s = 99, c = 99;
  g_autofree char *tooltip = NULL;
  g_autofree char *part = NULL;
  double cx, cy, r;

  surface = render (bars, 600, 320, &style);
  region = find_hit (bars, 0, 3);
  g_assert_true (dsc_chart_hit (bars, region->x + region->width / 2, region->y + region->height / 2, &s, &c));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (c, ==, 3);
  /* Above a short bar, and far from everything: nothing. */
  region = find_hit (bars, 0, 0);
  g_assert_false (dsc_chart_hit (bars, region->x + region->width / 2, region->y - 30, NULL, NULL));
  g_assert_false (dsc_chart_hit (bars, 2, 2, NULL, NULL));
  tooltip = dsc_chart_describe_point (bars, 0, 1);
  g_assert_cmpstr (tooltip, ==, "Feb 2026 — Hours: 4.0 h (2 sessions, 14 participants)");
  cairo_surface_destroy (surface);

  surface = render (stacked, 600, 320, &style);
  region = find_hit (stacked, 1, 1);
  g_assert_true (dsc_chart_hit (stacked, region->x + 1, region->y + region->height / 2, &s, &c));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (c, ==, 1);
  part = dsc_chart_describe_point (stacked, 1, 1);
  g_assert_cmpstr (part, ==, "Questura di Torino – Ufficio Immigrazione — Overdue: 2 of 4");
  cairo_surface_destroy (surface);

  /* A radar vertex within a few pixels; the latest wins where several meet
   * (Identity's target is level 4 too). */
  surface = render (radar, 520, 420, &style);
  dsc_chart_radar_geometry (radar, &cx, &cy, &r);
  g_assert_true (dsc_chart_hit (radar, cx + 2, cy - r + 2, &s, &c));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (c, ==, 0);
  g_assert_false (dsc_chart_hit (radar, cx + r * 0.3, cy - r * 1.02, NULL, NULL));
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  g_autoptr(DscChart) bars = sample_bars ();
  g_autoptr(DscChart) timeline = sample_timeline ();
  g_autoptr(DscChart) stacked = sample_stacked ();
  g_autoptr(DscChart) heatmap = NULL;
  const char * const columns[] = { "Identity", "Communication" };
  g_autofree char *a = dsc_chart_describe (bars);
  g_autofree char *b = dsc_chart_describe (timeline);
  g_autofree char *c = dsc_chart_describe (stacked);
  g_autofree char *d = NULL;

  g_assert_cmpstr (a, ==, "Hours from Jan 2026 to Jun 2026: 22.5 h in total; the most in Apr 2026 (10.5 h), "
                          "the least in Mar 2026 (0.0 h). 2 of 5 reach 5.0 h.");
  g_assert_cmpstr (b, ==, "3 assessments from 17/01/2026 to 18/11/2026. Average of the domains: from 1.6 to 2.5. "
                          "Highest at the latest assessment: Identity and mission (4 · Solid).");
  g_assert_cmpstr (c, ==, "4 services: Open, on time: 4; Overdue: 3; Done: 15; Dropped: 2. "
                          "The most: ASL TO3 (7).");

  heatmap = make_heatmap (3, columns, 2);
  d = dsc_chart_describe (heatmap);
  g_assert_nonnull (strstr (d, "Latest levels of 3 associations in 2 domains."));
}

static void
test_nice_axis (void)
{
  double low, high, step;
  g_autoptr(DscChart) chart = dsc_chart_new (DSC_CHART_BARS);
  g_autofree char *tick = NULL;
  g_autofree char *fine = NULL;
  g_autofree char *percent = NULL;

  dsc_chart_nice_axis (0, 21, 5, FALSE, &low, &high, &step);
  g_assert_cmpfloat (step, ==, 5);
  g_assert_cmpfloat (high, ==, 25);
  dsc_chart_nice_axis (0, 0.7, 4, FALSE, &low, &high, &step);
  g_assert_cmpfloat_with_epsilon (step, 0.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (high, 0.8, 1e-9);
  dsc_chart_nice_axis (0, 3, 10, TRUE, &low, &high, &step);
  g_assert_cmpfloat (step, ==, 1);
  dsc_chart_nice_axis (0, 0, 5, TRUE, &low, &high, &step);
  g_assert_cmpfloat (high, >, low);
  dsc_chart_nice_axis (0, 130, 6, FALSE, &low, &high, &step);
  g_assert_cmpfloat (step, ==, 50);
  g_assert_cmpfloat (high, ==, 150);

  dsc_chart_set_value_format (chart, "%.1f h");
  tick = dsc_chart_format_tick (chart, 10, 5);
  g_assert_cmpstr (tick, ==, "10 h");
  fine = dsc_chart_format_tick (chart, 0.4, 0.2);
  g_assert_cmpstr (fine, ==, "0.4 h");
  dsc_chart_set_value_format (chart, "%.0f%%");
  percent = dsc_chart_format_tick (chart, 50, 10);
  g_assert_cmpstr (percent, ==, "50%");
}

/* Goldens: each kind at a fixed size, print palette, DejaVu Sans. A pixel
 * differs when a channel is off by more than 64; up to 0.5% may differ
 * (another FreeType shades edges a little differently). */
static void
compare_golden (DscChart   *chart,
                const char *name,
                int         width,
                int         height)
{
  DscChartStyle style = print_style ();
  cairo_surface_t *actual = render (chart, width, height, &style);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "charts", file, NULL);
  g_autofree char *actual_name = g_strdup_printf ("charts-%s-actual.png", name);
  g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, actual_name, NULL);
  cairo_surface_t *golden;
  guint differ = 0;

  /* tests/charts/README explains when to refresh them. */
  if (g_getenv ("DSC_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  if (cairo_surface_status (golden) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_write_to_png (actual, actual_path);
      g_error ("no golden %s (%s); this drawing is in %s", golden_path,
               cairo_status_to_string (cairo_surface_status (golden)), actual_path);
    }
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        double a[3], b[3];

        pixel (actual, x, y, a);
        pixel (golden, x, y, b);
        if (fabs (a[0] - b[0]) > 0.25 || fabs (a[1] - b[1]) > 0.25 || fabs (a[2] - b[2]) > 0.25)
          differ++;
      }

  if (differ > (guint) (width * height / 200))
    {
      cairo_surface_write_to_png (actual, actual_path);
      g_error ("%s: %u pixels of %d differ from %s; this drawing is in %s", name, differ, width * height,
               golden_path, actual_path);
    }

  cairo_surface_destroy (golden);
  cairo_surface_destroy (actual);
}

static void
test_golden (void)
{
  const char * const columns[] = { "Identity and mission", "Governance and legal compliance",
                                   "Administration, accounting and reporting", "Communication",
                                   "Networking with territorial services" };
  g_autoptr(DscChart) radar = sample_radar ();
  g_autoptr(DscChart) timeline = sample_timeline ();
  g_autoptr(DscChart) bars = sample_bars ();
  g_autoptr(DscChart) heatmap = make_heatmap (6, columns, 5);
  g_autoptr(DscChart) stacked = sample_stacked ();

  compare_golden (radar, "radar", 480, 360);
  compare_golden (timeline, "timeline", 480, 300);
  compare_golden (bars, "bars", 480, 260);
  compare_golden (heatmap, "heatmap", 480, 300);
  compare_golden (stacked, "stacked", 480, 240);
}

static void
check_magic (const char *path,
             const char *magic,
             gsize       length)
{
  g_autofree char *contents = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  g_assert_cmpuint (size, >, length);
  g_assert_cmpmem (contents, length, magic, length);
}

static void
test_export (void)
{
  g_autoptr(DscChart) chart = sample_radar ();
  g_autofree char *dir = g_dir_make_tmp ("test-charts-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "radar.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "radar.SVG", NULL);
  g_autofree char *pdf = g_build_filename (dir, "radar.pdf", NULL);
  g_autofree char *text = g_build_filename (dir, "radar.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "radar.png", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  DscChartStyle style = print_style ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  DscChartHitRegion first_hit;
  guint hits_before;

  g_assert_nonnull (dir);
  dsc_chart_set_draw_title (chart, TRUE);

  /* Drawn on screen first: exporting leaves the hit-test of that drawing. */
  cairo_surface_destroy (render (chart, 520, 420, &style));
  g_assert_true (dsc_chart_hit (chart, find_hit (chart, 1, 0)->x, find_hit (chart, 1, 0)->y, NULL, NULL));
  hits_before = dsc_chart_get_hit_regions (chart)->len;
  first_hit = g_array_index (dsc_chart_get_hit_regions (chart), DscChartHitRegion, 0);

  g_assert_true (dsc_chart_export (chart, png, 400, 300, 2, &style, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dsc_chart_get_hit_regions (chart)->len, ==, hits_before);
  g_assert_cmpfloat (g_array_index (dsc_chart_get_hit_regions (chart), DscChartHitRegion, 0).x, ==, first_hit.x);
  check_magic (png, "\x89PNG\r\n\x1a\n", 8);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  /* A white background, not a transparent one. */
  g_assert_cmpuint (*(guint32 *) cairo_image_surface_get_data (image), ==, 0xffffffff);
  cairo_surface_destroy (image);

  g_assert_true (dsc_chart_export (chart, svg, 400, 300, 1, &style, &error));
  g_assert_no_error (error);
  check_magic (svg, "<?xml", 5);

  g_assert_true (dsc_chart_export (chart, pdf, 400, 0, 1, &style, &error));
  g_assert_no_error (error);
  check_magic (pdf, "%PDF-", 5);
  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, pdf, "-", NULL };
      g_autofree char *out = NULL;
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, NULL));
      g_assert_nonnull (strstr (out, "Levels by domain"));
      g_assert_nonnull (strstr (out, "Communication"));
      g_assert_nonnull (strstr (out, "Latest assessment"));
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not checked");

  /* Refused: a name that is no known kind, a folder that does not exist, a folder. */
  g_assert_false (dsc_chart_export (chart, text, 400, 300, 1, &style, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "radar.txt"));
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (dsc_chart_export (chart, missing, 400, 300, 1, &style, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "radar.png"));
  g_assert_null (strchr (strchr (error->message, '.') + 1, '\n'));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (dsc_chart_export (chart, folder, 400, 300, 1, &style, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "folder.png"));
  g_clear_error (&error);

  g_remove (png);
  g_remove (svg);
  g_remove (pdf);
  g_rmdir (folder);
  g_rmdir (dir);
}

static void
test_palettes (void)
{
  g_autoptr(DscChart) chart = sample_radar ();
  DscChartStyle light = { DSC_CHART_PALETTE_SCREEN_LIGHT, "DejaVu Sans", 11.0, "#3584e4" };
  DscChartStyle dark = { DSC_CHART_PALETTE_SCREEN_DARK, "DejaVu Sans", 11.0, "#3584e4" };
  DscChartColours colours;
  DscChartColour accent;
  cairo_surface_t *surface;
  double cx, cy, r;

  /* The accent draws the latest assessment, in light and in dark. */
  surface = render (chart, 520, 420, &light);
  dsc_chart_colours_init (&colours, &light);
  dsc_chart_radar_geometry (chart, &cx, &cy, &r);
  accent = (DscChartColour) { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 1 };
  g_assert_cmpfloat (distance (surface, cx, cy - r, &accent), <, 0.15);
  cairo_surface_destroy (surface);

  surface = render (chart, 520, 420, &dark);
  dsc_chart_colours_init (&colours, &dark);
  g_assert_cmpfloat (dsc_chart_colour_luminance (&colours.text), >, 0.7);
  g_assert_cmpfloat (distance (surface, cx, cy - r, &colours.latest), <, 0.15);
  /* Labels light on the dark background. */
  {
    GArray *labels = dsc_chart_get_drawn_labels (chart);
    double lightest = 0;

    for (guint i = 0; i < labels->len; i++)
      {
        const DscChartLabel *label = &g_array_index (labels, DscChartLabel, i);

        if (g_strcmp0 (label->text, "Communication") != 0)
          continue;
        for (double y = label->y; y < label->y + label->height; y++)
          for (double x = label->x; x < label->x + label->width; x++)
            lightest = MAX (lightest, luminance (surface, x, y));
      }
    g_assert_cmpfloat (lightest, >, 0.7);
    g_assert_cmpfloat (luminance (surface, 1, 1), <, 0.05);
  }
  cairo_surface_destroy (surface);
}

/* Any size, any data: no warning, no crash, labels inside the chart. */
static void
test_robust (void)
{
  DscChartKind kinds[] = { DSC_CHART_RADAR, DSC_CHART_TIMELINE, DSC_CHART_BARS, DSC_CHART_HEATMAP,
                           DSC_CHART_STACKED_BARS };
  const double sizes[][2] = { { 1, 1 }, { 12, 9 }, { 60, 40 }, { 200, 120 }, { 480, 360 }, { 1600, 300 } };
  DscChartStyle style = print_style ();

  for (guint round = 0; round < 60; round++)
    {
      g_autoptr(DscChart) chart = dsc_chart_new (kinds[round % G_N_ELEMENTS (kinds)]);
      guint n = g_test_rand_int_range (0, 13);
      guint series = g_test_rand_int_range (0, 9);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; c < n; c++)
        g_ptr_array_add (names, g_strdup (french_domains[g_test_rand_int_range (0, 8)] + c % 5));
      dsc_chart_set_categories (chart, (const char * const *) names->pdata, n);
      for (guint s = 0; s < series; s++)
        {
          g_autofree double *values = g_new (double, MAX (n, 1));

          for (guint c = 0; c < n; c++)
            values[c] = g_test_rand_int_range (0, 5) == 0 ? NAN : g_test_rand_double_range (-2, 30);
          dsc_chart_add_series (chart, french_domains[s % 8], values, n);
        }
      if (round % 3 == 0)
        {
          dsc_chart_set_value_range (chart, 0, 4);
          dsc_chart_set_value_labels (chart, levels, 4);
        }
      if (round % 4 == 0)
        dsc_chart_set_threshold (chart, 12, "Seuil");
      if (round % 5 == 0)
        dsc_chart_set_draw_title (chart, TRUE);
      dsc_chart_set_title (chart, "Titre");

      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          cairo_surface_t *surface = render (chart, (int) sizes[z][0], (int) sizes[z][1], &style);
          g_autofree char *text = dsc_chart_describe (chart);

          g_assert_nonnull (text);
          dsc_chart_hit (chart, sizes[z][0] / 2, sizes[z][1] / 2, NULL, NULL);
          g_assert_cmpfloat (dsc_chart_get_natural_height (chart, sizes[z][0], &style), >, 0);
          cairo_surface_destroy (surface);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  /* Untranslated, numbers with a point, messages in UTF-8. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/radar/outer-ring", test_radar_outer_ring);
  g_test_add_func ("/charts/radar/gap", test_radar_gap);
  g_test_add_func ("/charts/radar/describe", test_radar_describe);
  g_test_add_func ("/charts/radar/single-assessment", test_radar_single_assessment);
  g_test_add_func ("/charts/bars/proportional", test_bars_proportional);
  g_test_add_func ("/charts/heatmap/cells", test_heatmap_cells);
  g_test_add_func ("/charts/heatmap/200-rows", test_heatmap_many_rows);
  g_test_add_func ("/charts/timeline/one-point", test_timeline_one_point);
  g_test_add_func ("/charts/timeline/gap", test_timeline_gap);
  g_test_add_func ("/charts/empty", test_empty);
  g_test_add_func ("/charts/labels/french", test_french_labels);
  g_test_add_func ("/charts/hit", test_hit);
  g_test_add_func ("/charts/describe", test_describe);
  g_test_add_func ("/charts/nice-axis", test_nice_axis);
  g_test_add_func ("/charts/golden", test_golden);
  g_test_add_func ("/charts/export", test_export);
  g_test_add_func ("/charts/palettes", test_palettes);
  g_test_add_func ("/charts/robust", test_robust);
  return g_test_run ();
}
