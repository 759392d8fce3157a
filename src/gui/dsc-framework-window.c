/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The competence framework: domains, descriptors, versions. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-framework-window.h"

struct _DscFrameworkWindow
{
  AdwWindow  parent_instance;

  DscStore  *store;
};

G_DEFINE_FINAL_TYPE (DscFrameworkWindow, dsc_framework_window, ADW_TYPE_WINDOW)

static void
dsc_framework_window_dispose (GObject *object)
{
  DscFrameworkWindow *self = DSC_FRAMEWORK_WINDOW (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_FRAMEWORK_WINDOW);

  G_OBJECT_CLASS (dsc_framework_window_parent_class)->dispose (object);
}

static void
dsc_framework_window_class_init (DscFrameworkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_framework_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-framework-window.ui");
}

static void
dsc_framework_window_init (DscFrameworkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dsc_framework_window_new:
 * @store: the store whose framework to edit
 *
 * Returns: (transfer floating): the framework editor
 */
GtkWidget *
dsc_framework_window_new (DscStore *store)
{
  DscFrameworkWindow *self = g_object_new (DSC_TYPE_FRAMEWORK_WINDOW, NULL);

  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
