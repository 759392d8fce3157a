/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. "follow-ups" (the open follow-ups), "services" (the directory), "association-meetings" (the Meetings section of an association). */

static GtkWidget *
follow_ups_scene (DscWindow  *window,
                  const char *scene,
                  int         width,
                  int         height)
{
  return GTK_WIDGET (window);
}
