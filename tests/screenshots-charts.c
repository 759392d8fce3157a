/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. "overview" (the Overview page), "charts-progress"
 * (an association's Progress with its charts). (Being written.) */

static GtkWidget *
charts_scene (DscWindow  *window,
              const char *scene,
              int         width,
              int         height)
{
  return GTK_WIDGET (window);
}
