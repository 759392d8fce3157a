/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-charts.h"
#include "dsc-meetings.h"
#include "dsc-programme.h"

G_BEGIN_DECLS

/* The charts of DESIGN.md made from the store's numbers, titled and labelled
 * in the user's language: the screen, the reports and the command line all
 * draw these, so they all show the same thing. */

DscChart *dsc_chart_new_radar         (const DscProgress *progress,
                                       const char * const *level_labels);
DscChart *dsc_chart_new_timeline      (const DscTimeline *timeline);
DscChart *dsc_chart_new_training      (GPtrArray         *months,
                                       gboolean           programme);
DscChart *dsc_chart_new_heatmap       (const DscLevelsTable *table,
                                       guint              first_row,
                                       guint              n_rows);
DscChart *dsc_chart_new_follow_ups    (GPtrArray         *counts);

char     *dsc_chart_month_label       (const char        *month);

G_END_DECLS
