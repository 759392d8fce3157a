/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. "overview" (the Overview page, all time),
 * "overview-heatmap" (scrolled to the heatmap, this year), "overview-filtered"
 * (one province and a search), "charts-progress" (an association's Progress
 * with its charts), "charts-timeline" (scrolled to its timeline and training),
 * "charts-table" (the radar's numbers as a table), "charts-focus" (the radar
 * with the keyboard on a value). */

#include "dsc-chart-widget.h"
#include "dsc-overview-page.h"
#include "dsc-progress-view.h"

static void
wait_for_overview (DscOverviewPage *page)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  iterate (100);
  while (dsc_overview_page_is_loading (page) && g_get_monotonic_time () < until)
    iterate (50);
  iterate (300);
}

static GtkWidget *
charts_scene (DscWindow  *window,
              const char *scene,
              int         width,
              int         height)
{
  GtkWidget *view_stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), DSC_TYPE_WINDOW,
                                                                     "view_stack"));

  if (g_str_has_prefix (scene, "overview"))
    {
      DscOverviewPage *page = DSC_OVERVIEW_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                DSC_TYPE_WINDOW,
                                                                                "overview_page"));

      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "overview");
      wait_for_overview (page);

      if (g_str_equal (scene, "overview-heatmap") || g_str_equal (scene, "overview-filtered"))
        {
          GtkWidget *heatmap = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_OVERVIEW_PAGE,
                                                                          "heatmap_chart"));

          if (g_str_equal (scene, "overview-filtered"))
            {
              gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (
                GTK_WIDGET (page), DSC_TYPE_OVERVIEW_PAGE, "province_dropdown")), 1);
              gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (
                GTK_WIDGET (page), DSC_TYPE_OVERVIEW_PAGE, "search_entry")), "as");
            }
          else
            dsc_overview_page_set_period (page, DSC_PERIOD_THIS_YEAR, NULL, NULL);
          wait_for_overview (page);
          iterate (400);
          scroll_to (heatmap);
          iterate (300);
        }
      return GTK_WIDGET (window);
    }

  /* An association's Progress with a path of assessments (progress_scene adds
   * them when the demo made none), scrolled to the charts. */
  {
    DscAssociationsPage *page = dsc_window_get_associations_page (window);
    GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE,
                                                                     "list_view"));
    DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
      gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));
    DscProgressView *progress = DSC_PROGRESS_VIEW (
      gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL, "progress_view"));
    GtkWidget *radar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (progress), DSC_TYPE_PROGRESS_VIEW,
                                                                  "radar_chart"));
    GtkWidget *timeline = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (progress), DSC_TYPE_PROGRESS_VIEW,
                                                                     "timeline_chart"));

    g_signal_emit_by_name (list, "activate", 2);
    iterate (400);
    progress_scene (window, "progress");
    iterate (400);
    scroll_to (g_str_equal (scene, "charts-timeline") ? timeline : radar);
    iterate (400);

    if (g_str_equal (scene, "charts-focus"))
      {
        gtk_widget_grab_focus (radar);
        iterate (200);
        dsc_chart_widget_focus_point (DSC_CHART_WIDGET (radar), 1, 2);
        iterate (400);
      }

    if (g_str_equal (scene, "charts-table"))
      {
        GtkWidget *table = dsc_chart_widget_show_table (DSC_CHART_WIDGET (radar));

        gtk_window_set_default_size (GTK_WINDOW (table), MIN (width, 640), MIN (height, 520));
        iterate (600);
        return table;
      }
  }

  return GTK_WIDGET (window);
}
