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

/**
 * DscWorkProgress:
 *
 * How far a worker thread has come, read by the main thread to move a
 * progress bar: the worker calls dsc_work_progress_report(), a timeout in
 * the main thread calls dsc_work_progress_show().
 */
typedef struct _DscWorkProgress DscWorkProgress;

DscWorkProgress *dsc_work_progress_new          (void);
DscWorkProgress *dsc_work_progress_ref          (DscWorkProgress *progress);
void             dsc_work_progress_unref        (DscWorkProgress *progress);
void             dsc_work_progress_reset        (DscWorkProgress *progress);
void             dsc_work_progress_report       (guint64          done,
                                                 guint64          total,
                                                 gpointer         progress);
double           dsc_work_progress_get_fraction (DscWorkProgress *progress);
void             dsc_work_progress_show         (DscWorkProgress *progress,
                                                 GtkProgressBar  *bar);

G_END_DECLS
