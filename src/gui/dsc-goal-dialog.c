/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One of an association's goals: what, in which domain, the level aimed at, by
 * when, and how it is going. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"

#include "dsc-capacity.h"
#include "dsc-goal-dialog.h"
#include "dsc-record-form.h"
#include "dsc-window.h"

struct _DscGoalDialog
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *goal_group;
  GtkWidget           *delete_group;

  DscStore            *store;
  DscRecordForm       *form;
};

G_DEFINE_FINAL_TYPE (DscGoalDialog, dsc_goal_dialog, ADW_TYPE_WINDOW)

static void
on_form_failed_cb (DscRecordForm *form,
                   const char    *message,
                   DscGoalDialog *self)
{
  AdwToast *toast = dsc_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_form_saved_cb (DscRecordForm *form,
                  gint64         id,
                  DscGoalDialog *self)
{
  gtk_widget_set_visible (self->delete_group, TRUE);
}

typedef struct
{
  DscStore *store;
  gint64    id;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast,
            Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_goal, undo->id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
on_delete_clicked_cb (GtkButton     *button,
                      DscGoalDialog *self)
{
  const DscGoal *goal = dsc_record_form_get_record (self->form);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Undo *undo;

  if (goal == NULL || goal->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_goal, goal->base.id, &error))
    {
      on_form_failed_cb (self->form, error->message, self);
      return;
    }

  title = g_strdup_printf (_("The goal “%s” was deleted"), goal->title);
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (self->store);
  undo->id = goal->base.id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);

  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));
  if (DSC_IS_WINDOW (parent))
    dsc_window_add_toast (DSC_WINDOW (parent), toast);
  else
    g_object_unref (toast);
}

static gboolean
dsc_goal_dialog_close_request (GtkWindow *window)
{
  DscGoalDialog *self = DSC_GOAL_DIALOG (window);

  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_goal_dialog_parent_class)->close_request (window);
}

static void
dsc_goal_dialog_dispose (GObject *object)
{
  DscGoalDialog *self = DSC_GOAL_DIALOG (object);

  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_GOAL_DIALOG);

  G_OBJECT_CLASS (dsc_goal_dialog_parent_class)->dispose (object);
}

static void
dsc_goal_dialog_class_init (DscGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_goal_dialog_dispose;
  window_class->close_request = dsc_goal_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscGoalDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscGoalDialog, goal_group);
  gtk_widget_class_bind_template_child (widget_class, DscGoalDialog, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}

static void
dsc_goal_dialog_init (DscGoalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = dsc_record_form_new (&dsc_kind_goal);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
}

/**
 * dsc_goal_dialog_new:
 * @store: the store
 * @association_id: the association the goal belongs to
 * @goal_id: the goal to open, or 0 for a new one (stored once it has a title)
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_goal_dialog_new (DscStore *store,
                     gint64    association_id,
                     gint64    goal_id)
{
  DscGoalDialog *self = g_object_new (DSC_TYPE_GOAL_DIALOG, NULL);
  g_autoptr(DscFrameworkVersion) version = dsc_store_load_version (store, dsc_store_current_version (store, NULL),
                                                                  NULL);
  g_autoptr(GArray) domain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) domain_names = g_ptr_array_new ();
  g_autoptr(GArray) level_values = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) level_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  DscGoal *goal = NULL;

  self->store = g_object_ref (store);
  dsc_record_form_set_store (self->form, store);

  for (guint i = 0; version != NULL && i < version->domains->len; i++)
    {
      const DscDomainText *text = g_ptr_array_index (version->domains, i);

      if (text->retired)
        continue;
      g_array_append_val (domain_ids, text->id);
      g_ptr_array_add (domain_names, (gpointer) dsc_framework_domain_name (version, text));
    }
  for (int level = 1; version != NULL && level <= version->scale_levels; level++)
    {
      gint64 value = level;

      g_array_append_val (level_values, value);
      g_ptr_array_add (level_names, g_strdup_printf (_("%d · %s"), level, dsc_framework_level_label (version, level)));
    }

  dsc_record_form_add_field (self->form, self->goal_group, "title");
  dsc_record_form_add_choice (self->form, self->goal_group, "domain", (gint64 *) domain_ids->data,
                              (const char * const *) domain_names->pdata, domain_ids->len);
  dsc_record_form_add_choice (self->form, self->goal_group, "target_level", (gint64 *) level_values->data,
                              (const char * const *) level_names->pdata, level_values->len);
  dsc_record_form_add_field (self->form, self->goal_group, "due_date");
  dsc_record_form_add_field (self->form, self->goal_group, "status");
  dsc_record_form_add_field (self->form, self->goal_group, "notes");

  if (goal_id > 0)
    {
      goal = dsc_store_load (store, &dsc_kind_goal, goal_id, &error);
      if (goal == NULL)
        on_form_failed_cb (self->form, error->message, self);
    }
  if (goal == NULL)
    {
      goal = dsc_record_new (&dsc_kind_goal);
      goal->association_id = association_id;
    }

  dsc_record_form_set_record (self->form, goal);
  gtk_widget_set_visible (self->delete_group, goal->base.id > 0);
  if (goal->base.id == 0)
    gtk_widget_grab_focus (dsc_record_form_get_widget (self->form, "title"));

  return GTK_WIDGET (self);
}

GtkWidget *
dsc_goal_dialog_get_field_widget (DscGoalDialog *self,
                                  const char    *field_name)
{
  g_return_val_if_fail (DSC_IS_GOAL_DIALOG (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}
