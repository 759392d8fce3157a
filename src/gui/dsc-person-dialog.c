/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A contact person of an association, edited in place. Removing keeps the
 * person recoverable with Undo; erasing, on the person's request, keeps nothing. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"

#include "dsc-person-dialog.h"
#include "dsc-record-form.h"
#include "dsc-window.h"

struct _DscPersonDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *person_group;
  AdwPreferencesGroup *consent_group;
  AdwPreferencesGroup *remove_group;

  DscStore            *store;
  DscRecordForm       *form;
};

G_DEFINE_FINAL_TYPE (DscPersonDialog, dsc_person_dialog, ADW_TYPE_WINDOW)

static const DscPerson *
current_person (DscPersonDialog *self)
{
  return dsc_record_form_get_record (self->form);
}

static void
update_for_person (DscPersonDialog *self)
{
  const DscPerson *person = current_person (self);
  gboolean stored = person != NULL && person->base.id > 0;

  adw_window_title_set_subtitle (self->window_title,
                                 stored ? person->full_name : _("New person"));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_group), stored);
}

static void
on_form_saved_cb (DscRecordForm   *form,
                  gint64           id,
                  DscPersonDialog *self)
{
  update_for_person (self);
}

static void
on_form_failed_cb (DscRecordForm   *form,
                   const char      *message,
                   DscPersonDialog *self)
{
  AdwToast *toast = dsc_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

typedef struct
{
  DscStore *store;
  gint64    person_id;
} UndoRemoval;

static void
undo_removal_free (gpointer data)
{
  UndoRemoval *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
on_undo_removal_cb (AdwToast *toast,
                    gpointer  user_data)
{
  UndoRemoval *undo = user_data;
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_person (undo->store, undo->person_id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      DscPersonDialog *self)
{
  const DscPerson *person = current_person (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWindow *parent;
  AdwToast *toast;
  UndoRemoval *undo;

  if (person == NULL || person->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_person (self->store, person->base.id, &error))
    {
      on_form_failed_cb (self->form, error->message, self);
      return;
    }

  title = g_strdup_printf (_("%s was removed"), person->full_name);
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoRemoval, 1);
  undo->store = g_object_ref (self->store);
  undo->person_id = person->base.id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_removal_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_removal_free, 0);

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));

  /* Undo is offered in the main window, which stays after this dialog closes. */
  if (DSC_IS_WINDOW (parent))
    dsc_window_add_toast (DSC_WINDOW (parent), toast);
  else
    g_object_unref (toast);
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DscPersonDialog  *self)
{
  const DscPerson *person = current_person (self);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "erase") || person == NULL || person->base.id == 0)
    return;

  if (!dsc_store_erase_person (self->store, person->base.id, &error))
    {
      on_form_failed_cb (self->form, error->message, self);
      return;
    }

  /* Nothing is left to save: the pending edits of an erased person go too. */
  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_erase_clicked_cb (GtkButton       *button,
                     DscPersonDialog *self)
{
  const DscPerson *person = current_person (self);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  if (person == NULL || person->base.id == 0)
    return;

  heading = g_strdup_printf (_("Erase %s for Good?"), person->full_name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
    _("Everything Discorsi holds about this person is removed now and cannot be brought "
      "back. Do this when the person asks for it.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_erase_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
dsc_person_dialog_close_request (GtkWindow *window)
{
  DscPersonDialog *self = DSC_PERSON_DIALOG (window);

  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_person_dialog_parent_class)->close_request (window);
}

static void
dsc_person_dialog_dispose (GObject *object)
{
  DscPersonDialog *self = DSC_PERSON_DIALOG (object);

  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_PERSON_DIALOG);

  G_OBJECT_CLASS (dsc_person_dialog_parent_class)->dispose (object);
}

static void
dsc_person_dialog_class_init (DscPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_person_dialog_dispose;
  window_class->close_request = dsc_person_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscPersonDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscPersonDialog, person_group);
  gtk_widget_class_bind_template_child (widget_class, DscPersonDialog, consent_group);
  gtk_widget_class_bind_template_child (widget_class, DscPersonDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_erase_clicked_cb);
}

static void
dsc_person_dialog_init (DscPersonDialog *self)
{
  static const char * const person_fields[] = { "full_name", "role", "email", "phone", "notes" };
  static const char * const consent_fields[] = { "consent_date", "consent_scope" };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = dsc_record_form_new (&dsc_kind_person);
  for (guint i = 0; i < G_N_ELEMENTS (person_fields); i++)
    dsc_record_form_add_field (self->form, self->person_group, person_fields[i]);
  for (guint i = 0; i < G_N_ELEMENTS (consent_fields); i++)
    dsc_record_form_add_field (self->form, self->consent_group, consent_fields[i]);

  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
}

/**
 * dsc_person_dialog_new:
 * @store: the store
 * @association_id: the association the person belongs to
 * @person_id: the person to edit, or 0 to add one
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_person_dialog_new (DscStore *store,
                       gint64    association_id,
                       gint64    person_id)
{
  DscPersonDialog *self = g_object_new (DSC_TYPE_PERSON_DIALOG, NULL);
  g_autoptr(GError) error = NULL;
  DscPerson *person = NULL;

  self->store = g_object_ref (store);
  dsc_record_form_set_store (self->form, store);

  if (person_id > 0)
    {
      person = dsc_store_load (store, &dsc_kind_person, person_id, &error);
      if (person == NULL)
        on_form_failed_cb (self->form, error->message, self);
    }

  if (person == NULL)
    {
      person = dsc_person_new ();
      person->association_id = association_id;
    }

  dsc_record_form_set_record (self->form, person);
  update_for_person (self);

  if (person->base.id == 0)
    gtk_widget_grab_focus (dsc_record_form_get_widget (self->form, "full_name"));

  return GTK_WIDGET (self);
}

GtkWidget *
dsc_person_dialog_get_field_widget (DscPersonDialog *self,
                                    const char      *field_name)
{
  g_return_val_if_fail (DSC_IS_PERSON_DIALOG (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

gint64
dsc_person_dialog_get_person_id (DscPersonDialog *self)
{
  const DscPerson *person;

  g_return_val_if_fail (DSC_IS_PERSON_DIALOG (self), 0);

  person = current_person (self);
  return person != NULL ? person->base.id : 0;
}
