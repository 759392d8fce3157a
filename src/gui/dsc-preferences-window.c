/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences: which database file is in use, another one, and the backups. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"

#include "dsc-preferences-window.h"

struct _DscPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwActionRow         *database_row;
  AdwActionRow         *backup_folder_row;
  AdwActionRow         *latest_backup_row;
  GtkWidget            *backup_now_button;

  DscWindow            *main_window;   /* borrowed: it is our transient parent */
};

G_DEFINE_FINAL_TYPE (DscPreferencesWindow, dsc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *
shown_path (DscPreferencesWindow *self)
{
  DscStore *store = dsc_window_get_store (self->main_window);

  return store != NULL ? dsc_store_get_path (store) : dsc_window_get_database_path (self->main_window);
}

static void
update_rows (DscPreferencesWindow *self)
{
  const char *path = shown_path (self);
  g_autofree char *folder = path != NULL ? dsc_backup_dir_for (path) : NULL;
  g_autofree char *latest = path != NULL ? dsc_backup_find_latest (path) : NULL;
  g_autofree char *latest_name = latest != NULL ? g_path_get_basename (latest) : NULL;

  dsc_row_set_subtitle (self->database_row, path != NULL ? path : "");
  dsc_row_set_subtitle (self->backup_folder_row, folder != NULL ? folder : "");
  dsc_row_set_subtitle (self->latest_backup_row,
                               latest_name != NULL ? latest_name : _("None yet"));
  gtk_widget_set_sensitive (self->backup_now_button,
                            dsc_window_get_store (self->main_window) != NULL);
}

static void
on_open_other_clicked_cb (GtkButton            *button,
                          DscPreferencesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->main_window), "win.open-database", NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_open_folder_clicked_cb (GtkButton            *button,
                           DscPreferencesWindow *self)
{
  const char *path = shown_path (self);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (path == NULL)
    return;

  folder = dsc_backup_dir_for (path);
  g_mkdir_with_parents (folder, 0700);
  file = g_file_new_for_path (folder);
  uri = g_file_get_uri (file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_backup_now_clicked_cb (GtkButton            *button,
                          DscPreferencesWindow *self)
{
  DscStore *store = dsc_window_get_store (self->main_window);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *message = NULL;

  if (store == NULL)
    return;

  dsc_associations_page_flush (dsc_window_get_associations_page (self->main_window));
  written = dsc_store_backup (store, NULL, &error);
  if (written == NULL)
    message = g_strdup (error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (written);
      message = g_strdup_printf (_("Backed up as “%s”"), name);
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), dsc_toast_new (message));
  update_rows (self);
}

static void
dsc_preferences_window_class_init (DscPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, DscPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, DscPreferencesWindow, latest_backup_row);
  gtk_widget_class_bind_template_child (widget_class, DscPreferencesWindow, backup_now_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_other_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_folder_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_backup_now_clicked_cb);
}

static void
dsc_preferences_window_init (DscPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dsc_preferences_window_new:
 * @parent: the main window whose database is shown
 *
 * Returns: (transfer floating): the preferences window
 */
GtkWidget *
dsc_preferences_window_new (DscWindow *parent)
{
  DscPreferencesWindow *self = g_object_new (DSC_TYPE_PREFERENCES_WINDOW,
                                             "transient-for", parent, NULL);

  self->main_window = parent;
  update_rows (self);
  return GTK_WIDGET (self);
}
