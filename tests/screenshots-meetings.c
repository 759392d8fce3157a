/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. The Meetings page: "meetings" (the list and a meeting), "meeting-long-notes", "meetings-search" (snippets). */

static GtkWidget *
meetings_scene (DscWindow  *window,
                const char *scene,
                int         width,
                int         height)
{
  return GTK_WIDGET (window);
}
