/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's profile, edited in place: every field of the association
 * record in its group, and the association's contact people. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"
#include "dsc-person-dialog.h"
#include "dsc-profile-editor.h"
#include "dsc-record-form.h"

struct _DscProfileEditor
{
  AdwPreferencesPage   parent_instance;

  AdwPreferencesGroup *identity_group;
  AdwPreferencesGroup *people_group;
  AdwPreferencesGroup *place_group;
  AdwPreferencesGroup *contacts_group;
  AdwPreferencesGroup *community_group;
  AdwPreferencesGroup *registration_group;
  AdwPreferencesGroup *description_group;
  AdwPreferencesGroup *notes_group;
  GtkWidget           *add_person_button;

  DscRecordForm       *form;
  DscStore            *store;
  GPtrArray           *person_rows;   /* rows shown in people_group */
  gulong               changed_handler;
};

G_DEFINE_FINAL_TYPE (DscProfileEditor, dsc_profile_editor, ADW_TYPE_PREFERENCES_PAGE)

typedef enum
{
  ROW,
  LONG_TEXT,
} RowKind;

/* Which field goes in which group, in order; the row itself follows the field. */
static const struct
{
  gsize       group_offset;
  const char *field;
  RowKind     kind;
} layout[] = {
#define GROUP(name) G_STRUCT_OFFSET (DscProfileEditor, name)
  { GROUP (identity_group), "name", ROW },
  { GROUP (identity_group), "acronym", ROW },
  { GROUP (identity_group), "legal_form", ROW },
  { GROUP (identity_group), "status", ROW },
  { GROUP (identity_group), "founded_year", ROW },
  { GROUP (place_group), "province", ROW },
  { GROUP (place_group), "municipality", ROW },
  { GROUP (place_group), "address", ROW },
  { GROUP (place_group), "postcode", ROW },
  { GROUP (contacts_group), "email", ROW },
  { GROUP (contacts_group), "phone", ROW },
  { GROUP (contacts_group), "pec", ROW },
  { GROUP (contacts_group), "website", ROW },
  { GROUP (community_group), "communities", ROW },
  { GROUP (community_group), "languages", ROW },
  { GROUP (community_group), "areas", ROW },
  { GROUP (community_group), "members", ROW },
  { GROUP (community_group), "volunteers", ROW },
  { GROUP (registration_group), "runts_section", ROW },
  { GROUP (registration_group), "runts_number", ROW },
  { GROUP (registration_group), "fiscal_code", ROW },
  { GROUP (registration_group), "volunteer_centre", ROW },
  { GROUP (description_group), "description", LONG_TEXT },
  { GROUP (notes_group), "notes", LONG_TEXT },
#undef GROUP
};

static void
on_form_failed_cb (DscRecordForm    *form,
                   const char       *message,
                   DscProfileEditor *self)
{
  dsc_show_toast (GTK_WIDGET (self), message);
}

static char *
describe_person (const DscPerson *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (person->role >= 0)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_role, person->role)));
  if (person->email != NULL)
    g_ptr_array_add (parts, g_strdup (person->email));
  if (person->phone != NULL)
    g_ptr_array_add (parts, g_strdup (person->phone));
  if (person->consent_date == NULL)
    g_ptr_array_add (parts, g_strdup (_("no consent recorded")));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
open_person_dialog (DscProfileEditor *self,
                    gint64            person_id)
{
  const DscAssociation *association = dsc_record_form_get_record (self->form);
  GtkWidget *dialog;

  if (association == NULL || association->base.id == 0)
    return;

  dialog = dsc_person_dialog_new (self->store, association->base.id, person_id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_person_row_activated_cb (AdwActionRow     *row,
                            DscProfileEditor *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "person-id");

  open_person_dialog (self, *id);
}

static void
on_add_person_clicked_cb (GtkButton        *button,
                          DscProfileEditor *self)
{
  open_person_dialog (self, 0);
}

static void
reload_people (DscProfileEditor *self)
{
  const DscAssociation *association = dsc_record_form_get_record (self->form);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  dsc_clear_group (self->people_group, self->person_rows);

  if (association == NULL || self->store == NULL)
    return;

  people = dsc_store_list (self->store, &dsc_kind_person, association->base.id, &error);
  if (people == NULL)
    {
      dsc_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  if (people->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, _("Nobody added yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->people_group, row);
      g_ptr_array_add (self->person_rows, row);
      return;
    }

  for (guint i = 0; i < people->len; i++)
    {
      DscPerson *person = g_ptr_array_index (people, i);
      g_autofree char *subtitle = describe_person (person);
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, person->full_name);
      dsc_row_set_subtitle (row, subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "person-id",
                              g_memdup2 (&person->base.id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_person_row_activated_cb), self);
      adw_preferences_group_add (self->people_group, row);
      g_ptr_array_add (self->person_rows, row);
    }
}

static void
on_store_changed_cb (DscStore         *store,
                     const char       *kind,
                     gint64            id,
                     DscProfileEditor *self)
{
  if (g_str_equal (kind, "person"))
    reload_people (self);
}

static void
dsc_profile_editor_dispose (GObject *object)
{
  DscProfileEditor *self = DSC_PROFILE_EDITOR (object);

  /* The form disconnects from the rows, so it goes before them. */
  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  dsc_profile_editor_set_store (self, NULL);
  g_clear_pointer (&self->person_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_PROFILE_EDITOR);

  G_OBJECT_CLASS (dsc_profile_editor_parent_class)->dispose (object);
}

static void
dsc_profile_editor_class_init (DscProfileEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_profile_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-profile-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, identity_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, people_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, place_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, community_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, registration_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, description_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DscProfileEditor, add_person_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_person_clicked_cb);
}

static void
dsc_profile_editor_init (DscProfileEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->person_rows = g_ptr_array_new ();
  self->form = dsc_record_form_new (&dsc_kind_association);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);

  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    {
      AdwPreferencesGroup *group = G_STRUCT_MEMBER (AdwPreferencesGroup *, self, layout[i].group_offset);

      if (layout[i].kind == LONG_TEXT)
        dsc_record_form_add_long_text (self->form, group, layout[i].field);
      else
        dsc_record_form_add_field (self->form, group, layout[i].field);
    }
}

void
dsc_profile_editor_set_store (DscProfileEditor *self,
                              DscStore         *store)
{
  g_return_if_fail (DSC_IS_PROFILE_EDITOR (self));

  if (self->store == store)
    return;

  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      dsc_record_form_set_record (self->form, NULL);
      dsc_record_form_set_store (self->form, store);
    }

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
}

/**
 * dsc_profile_editor_load:
 * @self: the editor
 * @id: an association's row id
 * @error: return location for a #GError
 *
 * Stores what is pending for the association shown, then shows another.
 *
 * Returns: %TRUE when it was loaded
 */
gboolean
dsc_profile_editor_load (DscProfileEditor  *self,
                         gint64             id,
                         GError           **error)
{
  DscAssociation *association;

  g_return_val_if_fail (DSC_IS_PROFILE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  dsc_record_form_flush (self->form);
  association = dsc_store_load (self->store, &dsc_kind_association, id, error);
  if (association == NULL)
    return FALSE;

  dsc_record_form_set_record (self->form, association);
  reload_people (self);
  return TRUE;
}

void
dsc_profile_editor_clear (DscProfileEditor *self)
{
  g_return_if_fail (DSC_IS_PROFILE_EDITOR (self));

  dsc_record_form_set_record (self->form, NULL);
  reload_people (self);
}

const DscAssociation *
dsc_profile_editor_get_association (DscProfileEditor *self)
{
  g_return_val_if_fail (DSC_IS_PROFILE_EDITOR (self), NULL);

  return dsc_record_form_get_record (self->form);
}

void
dsc_profile_editor_flush (DscProfileEditor *self)
{
  g_return_if_fail (DSC_IS_PROFILE_EDITOR (self));

  dsc_record_form_flush (self->form);
}

void
dsc_profile_editor_focus_name (DscProfileEditor *self)
{
  GtkWidget *name = dsc_record_form_get_widget (self->form, "name");

  g_return_if_fail (DSC_IS_PROFILE_EDITOR (self));

  gtk_widget_grab_focus (name);
  gtk_editable_select_region (GTK_EDITABLE (name), 0, -1);
}

/**
 * dsc_profile_editor_get_field_widget:
 * @self: the editor
 * @field_name: a field of the association record
 *
 * Returns: (transfer none) (nullable): the row that edits it (tests use this)
 */
GtkWidget *
dsc_profile_editor_get_field_widget (DscProfileEditor *self,
                                     const char       *field_name)
{
  g_return_val_if_fail (DSC_IS_PROFILE_EDITOR (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}
