/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_RECORD_FORM (dsc_record_form_get_type ())

G_DECLARE_FINAL_TYPE (DscRecordForm, dsc_record_form, DSC, RECORD_FORM, GObject)

DscRecordForm *dsc_record_form_new           (const DscKind       *kind);
void           dsc_record_form_set_store     (DscRecordForm       *self,
                                              DscStore            *store);
GtkWidget     *dsc_record_form_add_field     (DscRecordForm       *self,
                                              AdwPreferencesGroup *group,
                                              const char          *field_name);
GtkWidget     *dsc_record_form_add_choice    (DscRecordForm       *self,
                                              AdwPreferencesGroup *group,
                                              const char          *field_name,
                                              const gint64        *values,
                                              const char * const  *labels,
                                              guint                n);
GtkWidget     *dsc_record_form_add_long_text (DscRecordForm       *self,
                                              AdwPreferencesGroup *group,
                                              const char          *field_name);
void           dsc_record_form_set_record    (DscRecordForm       *self,
                                              gpointer             record);
gconstpointer  dsc_record_form_get_record    (DscRecordForm       *self);
GtkWidget     *dsc_record_form_get_widget    (DscRecordForm       *self,
                                              const char          *field_name);
gboolean       dsc_record_form_flush         (DscRecordForm       *self);
gboolean       dsc_record_form_save          (DscRecordForm       *self);
gboolean       dsc_record_form_has_invalid   (DscRecordForm       *self);
void           dsc_record_form_discard       (DscRecordForm       *self);

G_END_DECLS
