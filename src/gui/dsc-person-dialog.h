/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_PERSON_DIALOG (dsc_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DscPersonDialog, dsc_person_dialog, DSC, PERSON_DIALOG, AdwWindow)

GtkWidget *dsc_person_dialog_new              (DscStore        *store,
                                               gint64           association_id,
                                               gint64           person_id);
GtkWidget *dsc_person_dialog_get_field_widget (DscPersonDialog *self,
                                               const char      *field_name);
gint64     dsc_person_dialog_get_person_id    (DscPersonDialog *self);

G_END_DECLS
