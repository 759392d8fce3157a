/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One assessment: its date, respondent and a level per domain. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-assessment-dialog.h"

struct _DscAssessmentDialog
{
  AdwWindow  parent_instance;

  DscStore  *store;
};

G_DEFINE_FINAL_TYPE (DscAssessmentDialog, dsc_assessment_dialog, ADW_TYPE_WINDOW)

static void
dsc_assessment_dialog_dispose (GObject *object)
{
  DscAssessmentDialog *self = DSC_ASSESSMENT_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSESSMENT_DIALOG);

  G_OBJECT_CLASS (dsc_assessment_dialog_parent_class)->dispose (object);
}

static void
dsc_assessment_dialog_class_init (DscAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_assessment_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-assessment-dialog.ui");
}

static void
dsc_assessment_dialog_init (DscAssessmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
