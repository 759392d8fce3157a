/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's Training section: its sessions, hours and certificates. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-association-training.h"

struct _DscAssociationTraining
{
  GtkWidget  parent_instance;

  DscStore  *store;
  gint64     association_id;
};

G_DEFINE_FINAL_TYPE (DscAssociationTraining, dsc_association_training, GTK_TYPE_WIDGET)

static void
dsc_association_training_dispose (GObject *object)
{
  DscAssociationTraining *self = DSC_ASSOCIATION_TRAINING (object);
  GtkWidget *child;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSOCIATION_TRAINING);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_association_training_parent_class)->dispose (object);
}

static void
dsc_association_training_class_init (DscAssociationTrainingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_association_training_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-association-training.ui");
}

static void
dsc_association_training_init (DscAssociationTraining *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
dsc_association_training_set_store (DscAssociationTraining *self,
                                    DscStore               *store)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));

  g_set_object (&self->store, store);
}

void
dsc_association_training_show (DscAssociationTraining *self,
                               gint64                  association_id)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));

  self->association_id = association_id;
}

void
dsc_association_training_flush (DscAssociationTraining *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));
}
