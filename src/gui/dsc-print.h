/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-report.h"

G_BEGIN_DECLS

void                     dsc_print_passport          (GtkWindow               *window,
                                                      gint64                   association_id);
void                     dsc_print_programme         (GtkWindow               *window,
                                                      const char              *from,
                                                      const char              *to);
void                     dsc_print_export_passport   (GtkWindow               *window,
                                                      gint64                   association_id);
void                     dsc_print_export_programme  (GtkWindow               *window,
                                                      const char              *from,
                                                      const char              *to);
gboolean                 dsc_print_is_busy           (GtkWindow               *window);
GtkPrintOperationResult  dsc_print_run               (GtkWindow               *window,
                                                      DscReport               *report,
                                                      GtkPrintOperationAction  action,
                                                      const char              *export_path,
                                                      GError                 **error);
GtkPageSetup            *dsc_print_get_page_setup    (GtkWindow               *window);

G_END_DECLS
