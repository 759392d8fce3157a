/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The association's own reading beside the trainer's, domain by domain. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-comparison-dialog.h"

struct _DscComparisonDialog
{
  AdwWindow  parent_instance;

  DscStore  *store;
};

G_DEFINE_FINAL_TYPE (DscComparisonDialog, dsc_comparison_dialog, ADW_TYPE_WINDOW)

static void
dsc_comparison_dialog_dispose (GObject *object)
{
  DscComparisonDialog *self = DSC_COMPARISON_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_COMPARISON_DIALOG);

  G_OBJECT_CLASS (dsc_comparison_dialog_parent_class)->dispose (object);
}

static void
dsc_comparison_dialog_class_init (DscComparisonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_comparison_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-comparison-dialog.ui");
}

static void
dsc_comparison_dialog_init (DscComparisonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
