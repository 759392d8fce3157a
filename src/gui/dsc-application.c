/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-application.h"

struct _DscApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (DscApplication, dsc_application, ADW_TYPE_APPLICATION)

static void
dsc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
dsc_application_finalize (GObject *object)
{
  DscApplication *self = DSC_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dsc_application_parent_class)->finalize (object);
}

static void
dsc_application_class_init (DscApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dsc_application_finalize;
  app_class->activate = dsc_application_activate;
}

static void
dsc_application_init (DscApplication *self)
{
}

DscApplication *
dsc_application_new (void)
{
  return g_object_new (DSC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/discorsi/Discorsi",
                       NULL);
}

GSettings *
dsc_application_get_settings (DscApplication *self)
{
  return self->settings;
}
