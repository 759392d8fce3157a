/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_TYPE_PROFILE_EDITOR (dsc_profile_editor_get_type ())

G_DECLARE_FINAL_TYPE (DscProfileEditor, dsc_profile_editor, DSC, PROFILE_EDITOR, AdwPreferencesPage)

void                  dsc_profile_editor_set_store       (DscProfileEditor  *self,
                                                          DscStore          *store);
gboolean              dsc_profile_editor_load            (DscProfileEditor  *self,
                                                          gint64             id,
                                                          GError           **error);
void                  dsc_profile_editor_clear           (DscProfileEditor  *self);
const DscAssociation *dsc_profile_editor_get_association (DscProfileEditor  *self);
void                  dsc_profile_editor_flush           (DscProfileEditor  *self);
void                  dsc_profile_editor_focus_name      (DscProfileEditor  *self);
GtkWidget            *dsc_profile_editor_get_field_widget (DscProfileEditor *self,
                                                          const char        *field_name);

G_END_DECLS
