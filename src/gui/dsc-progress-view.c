/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's Progress section: assessments, levels per domain, goals. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-progress-view.h"

struct _DscProgressView
{
  GtkWidget  parent_instance;

  DscStore  *store;
  gint64     association_id;
};

G_DEFINE_FINAL_TYPE (DscProgressView, dsc_progress_view, GTK_TYPE_WIDGET)

static void
dsc_progress_view_dispose (GObject *object)
{
  DscProgressView *self = DSC_PROGRESS_VIEW (object);
  GtkWidget *child;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_PROGRESS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_progress_view_parent_class)->dispose (object);
}

static void
dsc_progress_view_class_init (DscProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_progress_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-progress-view.ui");
}

static void
dsc_progress_view_init (DscProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
dsc_progress_view_set_store (DscProgressView *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));

  g_set_object (&self->store, store);
}

void
dsc_progress_view_show (DscProgressView *self,
                        gint64           association_id)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));

  self->association_id = association_id;
}

void
dsc_progress_view_flush (DscProgressView *self)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));
}
