/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-charts.h"

G_BEGIN_DECLS

GtkWidget *dsc_chart_table_new     (GtkWindow *parent,
                                    DscChart  *chart);
char      *dsc_chart_table_to_text (DscChart  *chart);

G_END_DECLS
