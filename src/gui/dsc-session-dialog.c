/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A training session: its details and its attendance. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-session-dialog.h"

struct _DscSessionDialog
{
  AdwWindow  parent_instance;

  DscStore  *store;
};

G_DEFINE_FINAL_TYPE (DscSessionDialog, dsc_session_dialog, ADW_TYPE_WINDOW)

static void
dsc_session_dialog_dispose (GObject *object)
{
  DscSessionDialog *self = DSC_SESSION_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_SESSION_DIALOG);

  G_OBJECT_CLASS (dsc_session_dialog_parent_class)->dispose (object);
}

static void
dsc_session_dialog_class_init (DscSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_session_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-session-dialog.ui");
}

static void
dsc_session_dialog_init (DscSessionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
