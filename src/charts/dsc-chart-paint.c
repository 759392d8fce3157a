/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every kind of chart draws with: the palettes, text measured and shown
 * with Pango, markers, dashes and fills that stay apart in greyscale, legends,
 * nice axis ticks, and the record of where values and labels went. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-private.h"

static DscChartColour
rgb (guint32 hex)
{
  DscChartColour colour = { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                            (hex & 0xff) / 255.0, 1.0 };

  return colour;
}

static gboolean
parse_colour (const char     *text,
              DscChartColour *colour)
{
  guint value = 0;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      value = value * 16 + g_ascii_xdigit_value (text[i]);
    }

  *colour = rgb (value);
  return TRUE;
}

/**
 * dsc_chart_colours_init:
 * @colours: (out): the colours
 * @style: the style
 *
 * Screen colours follow libadwaita's (its palette and its window colours,
 * light or dark); the print palette is dark on white and never relies on
 * hue alone.
 */
void
dsc_chart_colours_init (DscChartColours     *colours,
                        const DscChartStyle *style)
{
  DscChartColour accent;

  memset (colours, 0, sizeof *colours);
  switch (style->palette)
    {
    case DSC_CHART_PALETTE_SCREEN_DARK:
      colours->dark = TRUE;
      colours->background = rgb (0x242424);
      colours->text = rgb (0xebebeb);
      colours->dim = rgb (0xa8a8a8);
      colours->grid = rgb (0x474747);
      colours->axis = rgb (0x8a8a8a);
      if (!parse_colour (style->accent, &accent))
        accent = rgb (0x78aeed);
      colours->latest = accent;
      colours->baseline = rgb (0xffa348);
      colours->target = rgb (0xdeddda);
      colours->average = accent;
      colours->lines[0] = rgb (0xffa348);
      colours->lines[1] = rgb (0x57e389);
      colours->lines[2] = rgb (0xdc8add);
      colours->lines[3] = rgb (0xf8e45c);
      colours->lines[4] = rgb (0xf66151);
      colours->lines[5] = rgb (0xcdab8f);
      colours->lines[6] = rgb (0x5bc8af);
      colours->lines[7] = rgb (0xc0bfbc);
      colours->bar = accent;
      colours->bar_edge = accent;
      colours->threshold = rgb (0xf66151);
      colours->heat_low = dsc_chart_colour_mix (&colours->background, &accent, 0.24);
      colours->heat_high = dsc_chart_colour_mix (&accent, &colours->text, 0.25);
      colours->status[0] = rgb (0x62a0ea);
      colours->status[1] = rgb (0xf66151);
      colours->status[2] = rgb (0x57e389);
      colours->status[3] = rgb (0x77767b);
      break;

    case DSC_CHART_PALETTE_PRINT:
      colours->print = TRUE;
      colours->background = rgb (0xffffff);
      colours->text = rgb (0x000000);
      colours->dim = rgb (0x404040);
      colours->grid = rgb (0xc8c8c8);
      colours->axis = rgb (0x5a5a5a);
      colours->latest = rgb (0x1a5fb4);
      colours->baseline = rgb (0x000000);
      colours->target = rgb (0x5e5c64);
      colours->average = rgb (0x000000);
      colours->lines[0] = rgb (0xc64600);
      colours->lines[1] = rgb (0x26a269);
      colours->lines[2] = rgb (0x813d9c);
      colours->lines[3] = rgb (0x63452c);
      colours->lines[4] = rgb (0xa51d2d);
      colours->lines[5] = rgb (0x1a5fb4);
      colours->lines[6] = rgb (0x5e5c64);
      colours->lines[7] = rgb (0x986a44);
      colours->bar = rgb (0x8c8c8c);
      colours->bar_edge = rgb (0x000000);
      colours->threshold = rgb (0x000000);
      colours->heat_low = rgb (0xf0f0f0);
      colours->heat_high = rgb (0x333333);
      colours->status[0] = rgb (0xb4b4b4);
      colours->status[1] = rgb (0x000000);
      colours->status[2] = rgb (0x4a4a4a);
      colours->status[3] = rgb (0x6e6e6e);
      colours->status_fill[1] = DSC_CHART_FILL_HATCH;
      colours->status_fill[3] = DSC_CHART_FILL_OUTLINE;
      break;

    case DSC_CHART_PALETTE_SCREEN_LIGHT:
    default:
      colours->background = rgb (0xffffff);
      colours->text = rgb (0x333333);
      colours->dim = rgb (0x6a6a6a);
      colours->grid = rgb (0xdeddda);
      colours->axis = rgb (0x9a9996);
      if (!parse_colour (style->accent, &accent))
        accent = rgb (0x1c71d8);
      colours->latest = accent;
      colours->baseline = rgb (0xe66100);
      colours->target = rgb (0x5e5c64);
      colours->average = accent;
      colours->lines[0] = rgb (0xe66100);
      colours->lines[1] = rgb (0x26a269);
      colours->lines[2] = rgb (0x9141ac);
      colours->lines[3] = rgb (0xc88800);
      colours->lines[4] = rgb (0xc01c28);
      colours->lines[5] = rgb (0x865e3c);
      colours->lines[6] = rgb (0x2190a4);
      colours->lines[7] = rgb (0x77767b);
      colours->bar = accent;
      colours->bar_edge = accent;
      colours->threshold = rgb (0xc01c28);
      colours->heat_low = dsc_chart_colour_mix (&colours->background, &accent, 0.12);
      colours->heat_high = dsc_chart_colour_mix (&accent, &colours->text, 0.35);
      colours->status[0] = rgb (0x3584e4);
      colours->status[1] = rgb (0xe01b24);
      colours->status[2] = rgb (0x2ec27e);
      colours->status[3] = rgb (0xc0bfbc);
      break;
    }
}

void
dsc_chart_set_colour (cairo_t              *cr,
                      const DscChartColour *colour)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

void
dsc_chart_set_colour_alpha (cairo_t              *cr,
                            const DscChartColour *colour,
                            double                alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

DscChartColour
dsc_chart_colour_mix (const DscChartColour *a,
                      const DscChartColour *b,
                      double                t)
{
  DscChartColour mix = { a->red + (b->red - a->red) * t, a->green + (b->green - a->green) * t,
                         a->blue + (b->blue - a->blue) * t, a->alpha + (b->alpha - a->alpha) * t };

  return mix;
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance (WCAG), to pick the text that reads on a colour. */
double
dsc_chart_colour_luminance (const DscChartColour *colour)
{
  return 0.2126 * linear (colour->red) + 0.7152 * linear (colour->green) + 0.0722 * linear (colour->blue);
}

/**
 * dsc_chart_paint_init:
 * @paint: (out caller-allocates): what to draw with
 * @chart: the chart
 * @cr: where to draw, or a scratch context for measuring
 * @style: (nullable): the style; %NULL for the default one
 * @record: whether to remember hits and labels (a drawing) or not (measuring)
 */
void
dsc_chart_paint_init (DscChartPaint       *paint,
                      DscChart            *chart,
                      cairo_t             *cr,
                      const DscChartStyle *style,
                      gboolean             record)
{
  static const DscChartStyle default_style = DSC_CHART_STYLE_INIT;
  cairo_font_options_t *options;
  PangoLayout *layout;
  double width;

  memset (paint, 0, sizeof *paint);
  paint->chart = chart;
  paint->cr = cr;
  paint->style = style != NULL ? *style : default_style;
  paint->record = record;
  dsc_chart_colours_init (&paint->colours, &paint->style);
  paint->font_size = paint->style.font_size > 1 ? paint->style.font_size : 11.0;

  /* Unhinted metrics: the same layout on screen, on paper and in every file. */
  paint->context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, paint->style.palette == DSC_CHART_PALETTE_PRINT
                                              ? CAIRO_HINT_STYLE_NONE : CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (paint->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < DSC_CHART_N_FONTS; i++)
    {
      PangoFontDescription *font = pango_font_description_new ();
      double size = paint->font_size;

      pango_font_description_set_family (font, paint->style.font_family != NULL
                                               && paint->style.font_family[0] != '\0'
                                               ? paint->style.font_family : "Sans");
      if (i == DSC_CHART_FONT_SMALL)
        size *= 0.88;
      else if (i == DSC_CHART_FONT_TITLE)
        size *= 1.2;
      if (i == DSC_CHART_FONT_BOLD || i == DSC_CHART_FONT_TITLE)
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      paint->fonts[i] = font;
    }

  layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_NORMAL, "Ag", -1, 0, PANGO_ALIGN_LEFT);
  dsc_chart_layout_size (layout, &width, &paint->line);
  g_object_unref (layout);
  layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_SMALL, "Ag", -1, 0, PANGO_ALIGN_LEFT);
  dsc_chart_layout_size (layout, &width, &paint->small_line);
  g_object_unref (layout);
}

void
dsc_chart_paint_clear (DscChartPaint *paint)
{
  for (guint i = 0; i < DSC_CHART_N_FONTS; i++)
    g_clear_pointer (&paint->fonts[i], pango_font_description_free);
  g_clear_object (&paint->context);
}

/**
 * dsc_chart_paint_layout:
 * @paint: what to draw with
 * @font: which font
 * @text: the text
 * @max_width: the widest it may be (it wraps, then is ellipsized), or -1
 * @max_lines: how many lines it may take when it wraps (0: any); 1 ellipsizes
 * @alignment: how its lines line up
 *
 * Returns: (transfer full): a layout of the text
 */
PangoLayout *
dsc_chart_paint_layout (DscChartPaint  *paint,
                        DscChartFont    font,
                        const char     *text,
                        double          max_width,
                        int             max_lines,
                        PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (paint->context);

  pango_layout_set_font_description (layout, paint->fonts[font]);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_alignment (layout, alignment);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }

  return layout;
}

/* The size of the text itself (its logical box), whatever width was set. */
void
dsc_chart_layout_size (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

double
dsc_chart_text_width (DscChartPaint *paint,
                      DscChartFont   font,
                      const char    *text)
{
  PangoLayout *layout = dsc_chart_paint_layout (paint, font, text, -1, 0, PANGO_ALIGN_LEFT);
  double width, height;

  dsc_chart_layout_size (layout, &width, &height);
  g_object_unref (layout);
  return width;
}

/* Whether the text wraps into @width without breaking a word. */
gboolean
dsc_chart_words_fit (DscChartPaint *paint,
                     DscChartFont   font,
                     const char    *text,
                     double         width)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && dsc_chart_text_width (paint, font, words[i]) > width)
      return FALSE;

  return TRUE;
}

static void
record_label (DscChartPaint *paint,
              PangoLayout   *layout,
              double         x,
              double         y,
              double         width,
              double         height)
{
  DscChartLabel label = { x, y, width, height, g_strdup (pango_layout_get_text (layout)) };

  if (!paint->record)
    {
      g_free (label.text);
      return;
    }

  g_array_append_val (paint->chart->labels, label);
}

/* Draws the layout with its text's top left corner at (x, y); a halo in the
 * background colour keeps it readable over lines. */
void
dsc_chart_paint_show (DscChartPaint        *paint,
                      PangoLayout          *layout,
                      double                x,
                      double                y,
                      const DscChartColour *colour,
                      gboolean              halo)
{
  cairo_t *cr = paint->cr;
  PangoRectangle logical;
  double left, top;

  pango_layout_get_extents (layout, NULL, &logical);
  left = x - (double) logical.x / PANGO_SCALE;
  top = y - (double) logical.y / PANGO_SCALE;

  if (halo)
    {
      cairo_save (cr);
      cairo_move_to (cr, left, top);
      pango_cairo_layout_path (cr, layout);
      dsc_chart_set_colour_alpha (cr, &paint->colours.background, 0.85);
      cairo_set_line_width (cr, MAX (2.0, paint->font_size / 4));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  dsc_chart_set_colour (cr, colour);
  cairo_move_to (cr, left, top);
  pango_cairo_show_layout (cr, layout);
  record_label (paint, layout, x, y, (double) logical.width / PANGO_SCALE,
                (double) logical.height / PANGO_SCALE);
}

/* Draws the layout turned a quarter left (read from bottom to top), its box
 * (as high as the text is long) with its top left corner at (x, y). */
void
dsc_chart_paint_show_turned (DscChartPaint        *paint,
                             PangoLayout          *layout,
                             double                x,
                             double                y,
                             const DscChartColour *colour)
{
  cairo_t *cr = paint->cr;
  PangoRectangle logical;
  double width, height;

  pango_layout_get_extents (layout, NULL, &logical);
  width = (double) logical.width / PANGO_SCALE;
  height = (double) logical.height / PANGO_SCALE;

  cairo_save (cr);
  cairo_translate (cr, x, y + width);
  cairo_rotate (cr, -G_PI / 2);
  dsc_chart_set_colour (cr, colour);
  cairo_move_to (cr, -(double) logical.x / PANGO_SCALE, -(double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  record_label (paint, layout, x, y, height, width);
}

static void
marker_path (cairo_t        *cr,
             DscChartMarker  marker,
             double          x,
             double          y,
             double          r)
{
  switch (marker)
    {
    case DSC_CHART_MARKER_NONE:
    default:
      break;
    case DSC_CHART_MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case DSC_CHART_MARKER_SQUARE:
      r *= 0.9;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case DSC_CHART_MARKER_DIAMOND:
      r *= 1.25;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case DSC_CHART_MARKER_TRIANGLE:
    case DSC_CHART_MARKER_TRIANGLE_DOWN:
      {
        double sign = marker == DSC_CHART_MARKER_TRIANGLE ? 1 : -1;

        r *= 1.25;
        cairo_move_to (cr, x, y - sign * r);
        cairo_line_to (cr, x + r * 0.95, y + sign * r * 0.7);
        cairo_line_to (cr, x - r * 0.95, y + sign * r * 0.7);
        cairo_close_path (cr);
      }
      break;
    case DSC_CHART_MARKER_CROSS:
      r *= 0.9;
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      break;
    case DSC_CHART_MARKER_PLUS:
      r *= 1.15;
      cairo_move_to (cr, x - r, y);
      cairo_line_to (cr, x + r, y);
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x, y + r);
      break;
    case DSC_CHART_MARKER_STAR:
      r *= 1.3;
      for (int i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double radius = i % 2 == 0 ? r : r * 0.45;

          if (i == 0)
            cairo_move_to (cr, x + radius * cos (angle), y + radius * sin (angle));
          else
            cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
        }
      cairo_close_path (cr);
      break;
    }
}

/**
 * dsc_chart_paint_marker:
 * @paint: what to draw with
 * @marker: its shape
 * @x: its centre
 * @y: its centre
 * @size: its radius
 * @colour: its colour
 * @hollow: drawn as an outline over the background rather than filled
 */
void
dsc_chart_paint_marker (DscChartPaint        *paint,
                        DscChartMarker        marker,
                        double                x,
                        double                y,
                        double                size,
                        const DscChartColour *colour,
                        gboolean              hollow)
{
  cairo_t *cr = paint->cr;
  gboolean lines_only = marker == DSC_CHART_MARKER_CROSS || marker == DSC_CHART_MARKER_PLUS;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_new_path (cr);
  marker_path (cr, marker, x, y, size);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  if (lines_only)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      dsc_chart_set_colour (cr, &paint->colours.background);
      cairo_set_line_width (cr, MAX (1.5, size * 0.45) + 2);
      cairo_stroke_preserve (cr);
      dsc_chart_set_colour (cr, colour);
      cairo_set_line_width (cr, MAX (1.5, size * 0.45));
      cairo_stroke (cr);
    }
  else if (hollow)
    {
      dsc_chart_set_colour (cr, &paint->colours.background);
      cairo_fill_preserve (cr);
      dsc_chart_set_colour (cr, colour);
      cairo_set_line_width (cr, MAX (1.5, size * 0.35));
      cairo_stroke (cr);
    }
  else
    {
      dsc_chart_set_colour (cr, colour);
      cairo_fill_preserve (cr);
      dsc_chart_set_colour (cr, &paint->colours.background);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      /* The outline ate into the edge: fill again, a little smaller. */
      marker_path (cr, marker, x, y, MAX (0.5, size - 0.5));
      dsc_chart_set_colour (cr, colour);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
dsc_chart_set_dash (DscChartPaint *paint,
                    DscChartDash   dash,
                    double         line_width)
{
  cairo_t *cr = paint->cr;
  double dashes[2];

  cairo_set_line_width (cr, line_width);
  switch (dash)
    {
    case DSC_CHART_DASH_DASHED:
      dashes[0] = MAX (4.0, line_width * 3.5);
      dashes[1] = MAX (3.0, line_width * 2.2);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case DSC_CHART_DASH_DOTTED:
      dashes[0] = 0;
      dashes[1] = MAX (3.0, line_width * 2.4);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case DSC_CHART_DASH_SOLID:
    default:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
}

/* A filled box; hatched and outlined ones read apart from solid ones on a
 * black and white printer. */
void
dsc_chart_paint_box (DscChartPaint        *paint,
                     double                x,
                     double                y,
                     double                width,
                     double                height,
                     const DscChartColour *colour,
                     DscChartFill          fill)
{
  cairo_t *cr = paint->cr;

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  switch (fill)
    {
    case DSC_CHART_FILL_HATCH:
      cairo_rectangle (cr, x, y, width, height);
      dsc_chart_set_colour (cr, &paint->colours.background);
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      dsc_chart_set_colour (cr, colour);
      cairo_set_line_width (cr, 1.2);
      for (double d = -height; d < width + height; d += 4.5)
        {
          cairo_move_to (cr, x + d, y + height);
          cairo_line_to (cr, x + d + height, y);
        }
      cairo_stroke (cr);
      cairo_reset_clip (cr);
      cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (0, width - 1), MAX (0, height - 1));
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;

    case DSC_CHART_FILL_OUTLINE:
      {
        double dashes[2] = { 2.0, 1.5 };

        cairo_rectangle (cr, x, y, width, height);
        dsc_chart_set_colour (cr, &paint->colours.background);
        cairo_fill (cr);
        cairo_rectangle (cr, x + 0.6, y + 0.6, MAX (0, width - 1.2), MAX (0, height - 1.2));
        dsc_chart_set_colour (cr, colour);
        cairo_set_line_width (cr, 1.2);
        cairo_set_dash (cr, dashes, 2, 0);
        cairo_stroke (cr);
      }
      break;

    case DSC_CHART_FILL_SOLID:
    default:
      cairo_rectangle (cr, x, y, width, height);
      dsc_chart_set_colour (cr, colour);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

static double
legend_swatch_width (DscChartPaint            *paint,
                     const DscChartLegendItem *item)
{
  return item->box ? paint->line * 0.9 : paint->line * 2.4;
}

static void
paint_swatch (DscChartPaint            *paint,
              const DscChartLegendItem *item,
              double                    x,
              double                    y)
{
  cairo_t *cr = paint->cr;
  double width = legend_swatch_width (paint, item);
  double middle = y + paint->line / 2;

  if (item->box)
    {
      double side = paint->line * 0.8;

      dsc_chart_paint_box (paint, x, middle - side / 2, side, side, &item->colour, item->fill);
      if (item->fill == DSC_CHART_FILL_SOLID && paint->colours.print)
        {
          cairo_save (cr);
          cairo_rectangle (cr, x + 0.5, middle - side / 2 + 0.5, side - 1, side - 1);
          dsc_chart_set_colour (cr, &paint->colours.text);
          cairo_set_line_width (cr, 0.8);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      return;
    }

  cairo_save (cr);
  dsc_chart_set_dash (paint, item->dash, item->line_width > 0 ? item->line_width : 2.0);
  dsc_chart_set_colour (cr, &item->colour);
  cairo_move_to (cr, x + 1, middle);
  cairo_line_to (cr, x + width - 1, middle);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (item->marker != DSC_CHART_MARKER_NONE)
    dsc_chart_paint_marker (paint, item->marker, x + width / 2, middle, paint->line * 0.27,
                            &item->colour, item->hollow);
}

/**
 * dsc_chart_paint_legend:
 * @paint: what to draw with
 * @items: (array length=n_items): the legend's items
 * @n_items: how many
 * @x: the legend's left
 * @y: its top
 * @width: its width: items flow into centred rows, a name too long for a
 *   row is ellipsized
 * @draw: %FALSE to measure only
 *
 * Returns: its height
 */
double
dsc_chart_paint_legend (DscChartPaint            *paint,
                        const DscChartLegendItem *items,
                        guint                     n_items,
                        double                    x,
                        double                    y,
                        double                    width,
                        gboolean                  draw)
{
  double gap = paint->font_size * 0.4;
  double spacing = paint->font_size * 1.4;
  double row_height = paint->line * 1.15;
  guint first = 0;
  int rows = 0;

  if (n_items == 0)
    return 0;

  while (first < n_items)
    {
      double row_width = 0;
      guint end = first;

      while (end < n_items)
        {
          double swatch = legend_swatch_width (paint, &items[end]);
          double label = MIN (dsc_chart_text_width (paint, DSC_CHART_FONT_NORMAL, items[end].label),
                              width - swatch - gap);
          double item_width = swatch + gap + label;

          if (end > first && row_width + spacing + item_width > width)
            break;
          row_width += (end > first ? spacing : 0) + item_width;
          end++;
        }

      if (draw)
        {
          double left = x + MAX (0, (width - row_width) / 2);

          for (guint i = first; i < end; i++)
            {
              double swatch = legend_swatch_width (paint, &items[i]);
              PangoLayout *layout = dsc_chart_paint_layout (paint, DSC_CHART_FONT_NORMAL, items[i].label,
                                                            width - swatch - gap, 1, PANGO_ALIGN_LEFT);
              double label_width, label_height;

              dsc_chart_layout_size (layout, &label_width, &label_height);
              paint_swatch (paint, &items[i], left, y + rows * row_height);
              dsc_chart_paint_show (paint, layout, left + swatch + gap, y + rows * row_height,
                                    &paint->colours.text, FALSE);
              left += swatch + gap + label_width + spacing;
              g_object_unref (layout);
            }
        }

      rows++;
      first = end;
    }

  return rows * row_height;
}

/**
 * dsc_chart_nice_axis:
 * @low: the lowest value to show
 * @high: the highest
 * @max_ticks: how many steps there is room for
 * @whole: whether steps must be whole numbers (counts)
 * @axis_low: (out): the axis' start, a multiple of the step
 * @axis_high: (out): its end
 * @step: (out): 1, 2 or 5 times a power of ten
 */
void
dsc_chart_nice_axis (double  low,
                     double  high,
                     int     max_ticks,
                     gboolean whole,
                     double *axis_low,
                     double *axis_high,
                     double *step)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw, magnitude;

  if (!isfinite (low) || !isfinite (high))
    low = high = 0;
  if (high <= low)
    high = low + 1;
  max_ticks = MAX (1, max_ticks);

  raw = (high - low) / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  *step = magnitude * 10;
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    if (multiples[i] * magnitude >= raw * (1 - 1e-9))
      {
        *step = multiples[i] * magnitude;
        break;
      }
  if (whole && *step < 1)
    *step = 1;

  *axis_low = floor (low / *step + 1e-9) * *step;
  *axis_high = ceil (high / *step - 1e-9) * *step;
  if (*axis_high <= *axis_low)
    *axis_high = *axis_low + *step;
}

/* The value format with the precision the step needs: "%.1f h" gives "10 h"
 * on an axis in steps of 5 hours. */
char *
dsc_chart_format_tick (DscChart *self,
                       double    value,
                       double    step)
{
  int decimals = step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
  const char *format = self->value_format;
  const char *percent = NULL;
  const char *end;
  g_autofree char *prefix = NULL;
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;
  g_auto(GStrv) parts = NULL;

  if (fabs (value) < step * 1e-9)
    value = 0;
  number = g_strdup_printf ("%.*f", decimals, value);
  if (format == NULL)
    return g_steal_pointer (&number);

  /* Exactly one conversion, of a double, with nothing but a precision. */
  for (const char *p = format; *p != '\0'; p++)
    if (p[0] == '%')
      {
        if (p[1] == '%')
          {
            p++;
            continue;
          }
        if (percent != NULL)
          return dsc_chart_format_value (self, value);
        percent = p;
      }
  if (percent == NULL)
    return dsc_chart_format_value (self, value);

  end = percent + 1;
  if (*end == '.')
    for (end++; g_ascii_isdigit (*end); end++)
      ;
  if (*end != 'f' && *end != 'g')
    return dsc_chart_format_value (self, value);

  prefix = g_strndup (format, percent - format);
  text = g_strconcat (prefix, number, end + 1, NULL);
  /* "%%" in the translator's words around the number stands for one "%". */
  parts = g_strsplit (text, "%%", -1);
  return g_strjoinv ("%", parts);
}

void
dsc_chart_add_hit_rect (DscChartPaint *paint,
                        double         x,
                        double         y,
                        double         width,
                        double         height,
                        guint          series,
                        guint          category)
{
  DscChartHitRegion region = { DSC_CHART_HIT_RECT, x, y, width, height, series, category };

  if (paint->record)
    g_array_append_val (paint->chart->hits, region);
}

void
dsc_chart_add_hit_point (DscChartPaint *paint,
                         double         x,
                         double         y,
                         double         radius,
                         guint          series,
                         guint          category)
{
  DscChartHitRegion region = { DSC_CHART_HIT_POINT, x, y, radius, radius, series, category };

  if (paint->record)
    g_array_append_val (paint->chart->hits, region);
}

DscChartSeries *
dsc_chart_series (DscChart *self,
                  guint     series)
{
  g_assert (series < self->series->len);

  return g_ptr_array_index (self->series, series);
}

double
dsc_chart_value (DscChart *self,
                 guint     series,
                 guint     category)
{
  return g_array_index (dsc_chart_series (self, series)->values, double, category);
}

/* Names in a row, as a sentence lists them: "Identity; Communication". */
char *
dsc_chart_join_names (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: what separates names listed in a sentence, "Identity; Communication"
         * (names may hold commas themselves). */
        g_string_append (text, C_("list of names", "; "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  return g_string_free (text, FALSE);
}
