/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One of an association's goals. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-goal-dialog.h"

struct _DscGoalDialog
{
  AdwWindow  parent_instance;

  DscStore  *store;
};

G_DEFINE_FINAL_TYPE (DscGoalDialog, dsc_goal_dialog, ADW_TYPE_WINDOW)

static void
dsc_goal_dialog_dispose (GObject *object)
{
  DscGoalDialog *self = DSC_GOAL_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_GOAL_DIALOG);

  G_OBJECT_CLASS (dsc_goal_dialog_parent_class)->dispose (object);
}

static void
dsc_goal_dialog_class_init (DscGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_goal_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-goal-dialog.ui");
}

static void
dsc_goal_dialog_init (DscGoalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
