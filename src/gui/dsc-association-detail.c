/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One association: its name on top, and its Profile, Progress, Training and
 * Meetings sections. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-association-detail.h"
#include "dsc-association-meetings.h"
#include "dsc-association-training.h"
#include "dsc-profile-editor.h"
#include "dsc-progress-view.h"

struct _DscAssociationDetail
{
  GtkWidget         parent_instance;

  GtkWidget        *back_button;
  GtkWidget        *title_label;
  GtkWidget        *subtitle_label;
  AdwViewStack     *section_stack;
  DscProfileEditor *profile_editor;
  DscProgressView  *progress_view;
  DscAssociationTraining *training_section;
  DscAssociationMeetings *meetings_section;

  DscStore         *store;
  gulong            changed_handler;
};

enum {
  GO_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DscAssociationDetail, dsc_association_detail, GTK_TYPE_WIDGET)

static void
update_heading (DscAssociationDetail *self)
{
  const DscAssociation *association = dsc_profile_editor_get_association (self->profile_editor);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (association == NULL)
    return;

  gtk_label_set_text (GTK_LABEL (self->title_label), association->name);

  if (association->legal_form >= 0)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_legal_form, association->legal_form)));
  if (association->municipality != NULL)
    g_ptr_array_add (parts, g_strdup (association->municipality));
  else if (association->province >= 0)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_province, association->province)));
  if (association->status != DSC_STATUS_ACTIVE)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_status, association->status)));
  g_ptr_array_add (parts, NULL);

  {
    g_autofree char *subtitle = g_strjoinv (" · ", (char **) parts->pdata);

    gtk_label_set_text (GTK_LABEL (self->subtitle_label), subtitle);
    gtk_widget_set_visible (self->subtitle_label, *subtitle != '\0');
  }
}

static void
on_store_changed_cb (DscStore             *store,
                     const char           *kind,
                     gint64                id,
                     DscAssociationDetail *self)
{
  if (g_str_equal (kind, "association") && id == dsc_association_detail_get_id (self))
    update_heading (self);
}

static void
on_back_clicked_cb (GtkButton            *button,
                    DscAssociationDetail *self)
{
  g_signal_emit (self, signals[GO_BACK], 0);
}

static void
dsc_association_detail_dispose (GObject *object)
{
  DscAssociationDetail *self = DSC_ASSOCIATION_DETAIL (object);
  GtkWidget *child;

  dsc_association_detail_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSOCIATION_DETAIL);
  /* Children of the template that have no id are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_association_detail_parent_class)->dispose (object);
}

static void
dsc_association_detail_class_init (DscAssociationDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_association_detail_dispose;

  /**
   * DscAssociationDetail::go-back:
   *
   * The user asked to go back to the list (in a narrow window).
   */
  signals[GO_BACK] =
    g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (DSC_TYPE_PROFILE_EDITOR);
  g_type_ensure (DSC_TYPE_PROGRESS_VIEW);
  g_type_ensure (DSC_TYPE_ASSOCIATION_TRAINING);
  g_type_ensure (DSC_TYPE_ASSOCIATION_MEETINGS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-association-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, back_button);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, section_stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, profile_editor);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, progress_view);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, training_section);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationDetail, meetings_section);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
}

static void
dsc_association_detail_init (DscAssociationDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
dsc_association_detail_set_store (DscAssociationDetail *self,
                                  DscStore             *store)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_DETAIL (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  if (self->profile_editor != NULL)
    {
      dsc_profile_editor_set_store (self->profile_editor, store);
      dsc_progress_view_set_store (self->progress_view, store);
      dsc_association_training_set_store (self->training_section, store);
      dsc_association_meetings_set_store (self->meetings_section, store);
    }
}

/**
 * dsc_association_detail_show:
 * @self: the detail
 * @id: an association's row id
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the association was loaded
 */
gboolean
dsc_association_detail_show (DscAssociationDetail  *self,
                             gint64                 id,
                             GError               **error)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_DETAIL (self), FALSE);

  if (!dsc_profile_editor_load (self->profile_editor, id, error))
    return FALSE;

  dsc_progress_view_show (self->progress_view, id);
  dsc_association_training_show (self->training_section, id);
  dsc_association_meetings_show (self->meetings_section, id);
  update_heading (self);
  return TRUE;
}

void
dsc_association_detail_clear (DscAssociationDetail *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_DETAIL (self));

  dsc_profile_editor_clear (self->profile_editor);
  dsc_progress_view_show (self->progress_view, 0);
  dsc_association_training_show (self->training_section, 0);
  dsc_association_meetings_show (self->meetings_section, 0);
}

gint64
dsc_association_detail_get_id (DscAssociationDetail *self)
{
  const DscAssociation *association;

  g_return_val_if_fail (DSC_IS_ASSOCIATION_DETAIL (self), 0);

  association = dsc_profile_editor_get_association (self->profile_editor);
  return association != NULL ? association->base.id : 0;
}

void
dsc_association_detail_flush (DscAssociationDetail *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_DETAIL (self));

  dsc_profile_editor_flush (self->profile_editor);
  dsc_progress_view_flush (self->progress_view);
  dsc_association_training_flush (self->training_section);
  dsc_association_meetings_flush (self->meetings_section);
}

void
dsc_association_detail_set_show_back_button (DscAssociationDetail *self,
                                             gboolean              show)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_DETAIL (self));

  gtk_widget_set_visible (self->back_button, show);
}

/* For a new association: show its profile with the name ready to be typed over. */
void
dsc_association_detail_focus_name (DscAssociationDetail *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_DETAIL (self));

  adw_view_stack_set_visible_child_name (self->section_stack, "profile");
  dsc_profile_editor_focus_name (self->profile_editor);
}
