/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <pango/pangocairo.h>

#include "dsc-charts.h"

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
