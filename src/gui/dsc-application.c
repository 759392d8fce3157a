/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: one window per database. A second launch never ignores the
 * user (DESIGN.md): with the database already open it raises that window; with
 * another --database it opens that database in a new window. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-application.h"
#include "dsc-preferences-window.h"
#include "dsc-window.h"

struct _DscApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (DscApplication, dsc_application, ADW_TYPE_APPLICATION)

/* Settings only when their schema is installed, so that a build run in place
 * still starts (without remembering its window size). */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* The database to open when none is named: DISCORSI_DATABASE, then the file the
 * user chose last (Preferences), then the default file. */
static char *
default_database_path (DscApplication          *self,
                       GApplicationCommandLine *command_line)
{
  const char *from_environment = command_line != NULL
                                 ? g_application_command_line_getenv (command_line, "DISCORSI_DATABASE")
                                 : g_getenv ("DISCORSI_DATABASE");
  g_autofree char *chosen = NULL;

  if (from_environment != NULL && *from_environment != '\0')
    return g_canonicalize_filename (from_environment,
                                    command_line != NULL ? g_application_command_line_get_cwd (command_line) : NULL);

  if (self->settings != NULL)
    chosen = g_settings_get_string (self->settings, "database-path");
  if (chosen != NULL && *chosen != '\0')
    return g_steal_pointer (&chosen);

  return dsc_store_default_path ();
}

static DscWindow *
find_window_for (DscApplication *self,
                 const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DSC_IS_WINDOW (l->data)
        && g_strcmp0 (dsc_window_get_database_path (l->data), path) == 0)
      return l->data;

  return NULL;
}

static DscWindow *
open_window_for (DscApplication *self,
                 const char     *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  DscWindow *window = find_window_for (self, canonical);

  if (window == NULL)
    window = dsc_window_new (GTK_APPLICATION (self), canonical);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static int
dsc_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  DscApplication *self = DSC_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *database = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) arguments = NULL;
  DscWindow *window;
  int n_arguments = 0;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);

      path = g_file_get_path (file);
    }
  else
    path = default_database_path (self, command_line);

  window = open_window_for (self, path);

  /* What is left after the options are files to import: the file manager
   * opens a .discorsi file with "discorsi FILE" (the desktop file's %f). */
  arguments = g_application_command_line_get_arguments (command_line, &n_arguments);
  for (int i = 1; i < n_arguments; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, arguments[i]);

      dsc_window_import_file (window, file);
    }

  return 0;
}

static void
dsc_application_activate (GApplication *app)
{
  DscApplication *self = DSC_APPLICATION (app);
  g_autofree char *path = default_database_path (self, NULL);

  open_window_for (self, path);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Discorsi developers", NULL };
  GtkApplication *app = user_data;
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), "Discorsi");
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Discorsi developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), PACKAGE_URL);
  adw_about_window_set_issue_url (ADW_ABOUT_WINDOW (about), PACKAGE_BUGREPORT);
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© 2026 The Discorsi developers"));
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
    _("Discorsi keeps the profiles of migrant associations, their capacity-building "
      "progress and the notes of their meetings with local public services. It grows "
      "out of the D.I.S.Co.R.S.I. Migranti cooperation project in Piedmont."));
  /* Translators: put your names here, one per line, to be credited in About. */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Made for"),
                                                (const char *[]) {
                                                  _("The migrant associations of Piedmont"),
                                                  _("Their trainers and programme staff"),
                                                  NULL });

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_show_uri (gtk_application_get_active_window (app), "help:discorsi", GDK_CURRENT_TIME);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWidget *preferences;

  if (!DSC_IS_WINDOW (parent))
    return;

  preferences = dsc_preferences_window_new (DSC_WINDOW (parent));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window stores what is being edited in it. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "help", help_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
dsc_application_startup (GApplication *app)
{
  DscApplication *self = DSC_APPLICATION (app);

  G_APPLICATION_CLASS (dsc_application_parent_class)->startup (app);

  self->settings = load_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
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
  app_class->startup = dsc_application_startup;
  app_class->activate = dsc_application_activate;
  app_class->command_line = dsc_application_command_line;
}

static void
dsc_application_init (DscApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "database", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME, _("The database file to use"), _("FILE"));
}

/**
 * dsc_application_new:
 *
 * The application is unique per user, so that a second launch reaches the first;
 * `DISCORSI_NON_UNIQUE=1` (tests, benchmarks) makes each launch independent.
 *
 * Returns: (transfer full): the application
 */
DscApplication *
dsc_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_COMMAND_LINE;

  if (g_strcmp0 (g_getenv ("DISCORSI_NON_UNIQUE"), "1") == 0)
    flags |= G_APPLICATION_NON_UNIQUE;

  return g_object_new (DSC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/discorsi/Discorsi",
                       NULL);
}

/**
 * dsc_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): its settings, when the schema is installed
 */
GSettings *
dsc_application_get_settings (DscApplication *self)
{
  g_return_val_if_fail (DSC_IS_APPLICATION (self), NULL);

  return self->settings;
}
