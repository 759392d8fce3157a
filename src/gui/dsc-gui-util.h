/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char *dsc_format_date      (const char *iso_date);
void  dsc_show_toast       (GtkWidget  *widget,
                            const char *message);
void  dsc_clear_group      (AdwPreferencesGroup *group,
                            GPtrArray           *rows);

G_END_DECLS
