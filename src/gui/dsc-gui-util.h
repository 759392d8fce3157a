/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-validate.h"

G_BEGIN_DECLS

char *dsc_markup           (const char *text);
void  dsc_row_set_title    (gpointer    row,
                            const char *text);
void  dsc_row_set_subtitle (gpointer    row,
                            const char *text);
AdwToast *dsc_toast_new    (const char *text);
void  dsc_show_toast       (GtkWidget  *widget,
                            const char *message);
void  dsc_clear_group      (AdwPreferencesGroup *group,
                            GPtrArray           *rows);

G_END_DECLS
