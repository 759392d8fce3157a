/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Training page: modules, their sessions and attendance. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-training-page.h"

struct _DscTrainingPage
{
  GtkWidget  parent_instance;

  DscStore  *store;
  gint64     association_id;
};

G_DEFINE_FINAL_TYPE (DscTrainingPage, dsc_training_page, GTK_TYPE_WIDGET)

static void
dsc_training_page_dispose (GObject *object)
{
  DscTrainingPage *self = DSC_TRAINING_PAGE (object);
  GtkWidget *child;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_TRAINING_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_training_page_parent_class)->dispose (object);
}

static void
dsc_training_page_class_init (DscTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_training_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-training-page.ui");
}

static void
dsc_training_page_init (DscTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
dsc_training_page_set_store (DscTrainingPage *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_TRAINING_PAGE (self));

  g_set_object (&self->store, store);
}
