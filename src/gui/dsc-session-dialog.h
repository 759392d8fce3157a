/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_SESSION_DIALOG (dsc_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscSessionDialog, dsc_session_dialog, DSC, SESSION_DIALOG, AdwWindow)

GtkWidget *dsc_session_dialog_new                (DscStore         *store,
                                                  gint64            module_id,
                                                  gint64            session_id);
gint64     dsc_session_dialog_get_session_id     (DscSessionDialog *self);
GtkWidget *dsc_session_dialog_get_field_widget   (DscSessionDialog *self,
                                                  const char       *field_name);
GtkWidget *dsc_session_dialog_get_attendance_row (DscSessionDialog *self,
                                                  gint64            association_id);
GtkWidget *dsc_session_dialog_get_invite_row     (DscSessionDialog *self,
                                                  gint64            association_id);

G_END_DECLS
