/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: one database, its four pages, the sample-data strip, and a
 * clear page with a way out when the database cannot be opened. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dsc-gui-util.h"
#include <glib/gstdio.h>

#include "dsc-application.h"
#include "dsc-conflicts-window.h"
#include "dsc-demo.h"
#include "dsc-exchange.h"
#include "dsc-export-window.h"
#include "dsc-framework-window.h"
#include "dsc-import-window.h"
#include "dsc-meetings-page.h"
#include "dsc-overview-page.h"
#include "dsc-print.h"
#include "dsc-services-window.h"
#include "dsc-training-page.h"
#include "dsc-window.h"

#define SAMPLE_ASSOCIATIONS 40

struct _DscWindow
{
  AdwApplicationWindow  parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *switcher_bar;
  GtkWidget            *new_button;
  GtkRevealer          *sample_revealer;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  DscAssociationsPage  *associations_page;
  DscTrainingPage      *training_page;
  DscMeetingsPage      *meetings_page;
  DscOverviewPage      *overview_page;
  AdwStatusPage        *busy_page;
  GtkSpinner           *busy_spinner;
  AdwStatusPage        *error_page;
  GtkWidget            *restore_button;
  GtkWidget            *retry_button;

  GSettings            *settings;
  DscStore             *store;
  char                 *path;          /* the file shown now */
  char                 *user_path;     /* the user's own file, to go back to from sample data */
  char                 *failed_path;   /* the file that could not be opened */
  GCancellable         *cancellable;
  gboolean              sample;
  gboolean              drawn;
};

G_DEFINE_FINAL_TYPE (DscWindow, dsc_window, ADW_TYPE_APPLICATION_WINDOW)

/* Print makes the passport of the association shown, or the programme report
 * of the Overview's period; other pages have nothing to print. */
static void
update_print_actions (DscWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean associations = self->store != NULL && g_strcmp0 (page, "associations") == 0;
  gboolean overview = self->store != NULL && g_strcmp0 (page, "overview") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", associations || overview);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-passport", associations);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", overview);
}

static void
update_actions (DscWindow *self)
{
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-association", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-module", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-meeting", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-meeting-for", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-meeting", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-follow-ups", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.services", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-association", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-framework", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", has_store && !self->sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.conflicts", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-sample-data", self->sample);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.try-sample-data", !self->sample);
  update_print_actions (self);
}

static void
show_error (DscWindow    *self,
            const char   *path,
            const GError *error)
{
  g_autofree char *backup = dsc_backup_find_latest (path);
  /* A backup helps a damaged file; a file from a newer version is not damaged,
   * and its backups are likely of the newer version too. */
  gboolean damaged = g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_CORRUPT)
                     || g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_A_DATABASE);
  gboolean retry = g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_BUSY)
                   || g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY)
                   || g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED);

  g_free (self->failed_path);
  self->failed_path = g_strdup (path);

  {
    g_autofree char *escaped = dsc_markup (error->message);
    adw_status_page_set_description (self->error_page, escaped);
  }
  gtk_widget_set_visible (self->restore_button, damaged && backup != NULL);
  gtk_widget_set_visible (self->retry_button, retry);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static void
set_store (DscWindow  *self,
           DscStore   *store,
           const char *path)
{
  g_autofree char *last = NULL;

  if (self->store != NULL)
    dsc_window_flush (self);

  g_set_object (&self->store, store);
  g_free (self->path);
  self->path = g_strdup (path);

  if (self->settings != NULL && !self->sample)
    last = g_settings_get_string (self->settings, "last-association");

  dsc_associations_page_set_store (self->associations_page, store, last);
  dsc_training_page_set_store (self->training_page, store);
  dsc_meetings_page_set_store (self->meetings_page, store);
  dsc_overview_page_set_store (self->overview_page, store);
  gtk_revealer_set_reveal_child (self->sample_revealer, self->sample);
  gtk_stack_set_visible_child_name (self->main_stack, store != NULL ? "content" : "error");
  /* Without a database there are no pages to switch between. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, store != NULL);
  gtk_widget_set_visible (self->switcher_bar, store != NULL);
  update_actions (self);
}

/* Daily backup and purge run on their own connection (DESIGN.md: one per thread). */
static void
maintenance_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;

  store = dsc_store_open (path, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  backup = dsc_store_backup_daily (store, &error);
  if (error != NULL || !dsc_store_purge_deleted (store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
maintenance_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      DscWindow *self = DSC_WINDOW (source);
      g_autofree char *message = g_strdup_printf (_("Today’s backup could not be made: %s"),
                                                  error->message);
      AdwToast *toast = dsc_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      dsc_window_add_toast (self, toast);
    }
}

static void
start_maintenance (DscWindow *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, maintenance_done_cb, NULL);

  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, maintenance_thread);
}

/**
 * dsc_window_open_database:
 * @self: the window
 * @path: a database file, made when missing
 *
 * Shows @path, or, when it cannot be opened, a page that says why and offers
 * the latest backup copy or another file. The file is never changed then.
 *
 * Returns: %TRUE when it is open
 */
gboolean
dsc_window_open_database (DscWindow  *self,
                          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = NULL;

  g_return_val_if_fail (DSC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store != NULL)
    {
      dsc_associations_page_flush (self->associations_page);
      dsc_meetings_page_flush (self->meetings_page);
    }

  self->sample = FALSE;
  g_free (self->user_path);
  self->user_path = g_strdup (path);

  store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);
  if (store == NULL)
    {
      set_store (self, NULL, path);
      show_error (self, path, error);
      return FALSE;
    }

  set_store (self, store, dsc_store_get_path (store));
  start_maintenance (self);
  return TRUE;
}

static void
remember_database (DscWindow  *self,
                   const char *path)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "database-path", path);
}

static void
on_database_chosen_cb (GtkNativeDialog *dialog,
                       int              response,
                       DscWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && dsc_window_open_database (self, path))
        remember_database (self, path);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Discorsi Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Discorsi databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);

  if (self->path != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (self->path);
      g_autoptr(GFile) start = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (on_database_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
retry_open_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autofree char *path = g_strdup (self->failed_path != NULL ? self->failed_path : self->user_path);

  if (path != NULL)
    dsc_window_open_database (self, path);
}

/* Opens a copy of the latest backup beside the damaged file, which stays as it was. */
static void
open_latest_backup_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autofree char *backup = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  if (self->failed_path == NULL)
    return;

  backup = dsc_backup_find_latest (self->failed_path);
  if (backup == NULL)
    return;

  folder = g_path_get_dirname (self->failed_path);
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  copy_path = g_strdup_printf ("%s/discorsi-restored-%s.db", folder, stamp);
  source = g_file_new_for_path (backup);
  target = g_file_new_for_path (copy_path);

  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    {
      show_error (self, self->failed_path, error);
      return;
    }
  g_chmod (copy_path, 0600);

  if (dsc_window_open_database (self, copy_path))
    {
      g_autofree char *backup_name = g_path_get_basename (backup);
      g_autofree char *message = g_strdup_printf (_("Opened a copy of the backup “%s”. The damaged file was left as it was."),
                                                  backup_name);
      AdwToast *toast = dsc_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      remember_database (self, copy_path);
      dsc_window_add_toast (self, toast);
    }
}

static void
new_association_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "associations");
  if (!dsc_associations_page_add_new (self->associations_page, &error))
    dsc_window_add_toast (self, dsc_toast_new (error->message));
}

static void
on_undo_delete_cb (AdwToast  *toast,
                   DscWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "association-id");
  DscStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (store != self->store)
    return;

  if (!dsc_store_undelete_association (store, *id, &error))
    {
      dsc_window_add_toast (self, dsc_toast_new (error->message));
      return;
    }

  dsc_associations_page_refresh (self->associations_page);
  dsc_associations_page_select (self->associations_page, *id);
}

static void
delete_association_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  gint64 id = dsc_associations_page_get_selected_id (self->associations_page);
  g_autoptr(DscAssociationSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->store == NULL || id <= 0)
    return;

  dsc_associations_page_flush (self->associations_page);
  summary = dsc_store_load_association_summary (self->store, id, NULL);
  if (!dsc_store_delete_association (self->store, id, &error))
    {
      dsc_window_add_toast (self, dsc_toast_new (error->message));
      return;
    }

  dsc_associations_page_refresh (self->associations_page);

  title = g_strdup_printf (_("“%s” was deleted"), summary != NULL ? summary->name : "");
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "association-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), self, 0);
  dsc_window_add_toast (self, toast);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);

  /* On the Meetings page, Ctrl+F searches the meetings; elsewhere the associations. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "meetings") == 0)
    {
      dsc_meetings_page_focus_search (self->meetings_page);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "associations");
  dsc_associations_page_focus_search (self->associations_page);
}

static void
edit_framework_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  dsc_associations_page_flush (self->associations_page);
  dsc_meetings_page_flush (self->meetings_page);
  editor = dsc_framework_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static char *
sample_database_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "discorsi", "sample-data.db", NULL);
}

static void
make_sample_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  const char *path = task_data;
  const char *suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* Fresh every time: the sample is a place to try things, not to keep them. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }

  store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);
  if (store == NULL || !dsc_demo_generate (store, SAMPLE_ASSOCIATIONS, DSC_DEMO_DEFAULT_SEED, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
sample_ready_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DscWindow *self = DSC_WINDOW (source);
  const char *path = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = NULL;

  gtk_spinner_stop (self->busy_spinner);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    store = dsc_store_open (path, DSC_STORE_MUST_EXIST, &error);

  if (store == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_stack_set_visible_child_name (self->main_stack, self->store != NULL ? "content" : "error");
      dsc_window_add_toast (self, dsc_toast_new (error->message));
      return;
    }

  self->sample = TRUE;
  set_store (self, store, path);
}

static void
try_sample_data_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, sample_ready_cb, NULL);

  if (self->sample)
    return;

  if (self->store != NULL)
    {
      dsc_associations_page_flush (self->associations_page);
      dsc_meetings_page_flush (self->meetings_page);
    }

  gtk_stack_set_visible_child_name (self->main_stack, "busy");
  gtk_spinner_start (self->busy_spinner);
  g_task_set_task_data (task, sample_database_path (), g_free);
  g_task_run_in_thread (task, make_sample_thread);
}

static void
leave_sample_data_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autofree char *path = g_strdup (self->user_path);

  if (!self->sample || path == NULL)
    return;

  dsc_window_open_database (self, path);
}

static void
update_new_button (DscWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean training = g_strcmp0 (page, "training") == 0;
  gboolean meetings = g_strcmp0 (page, "meetings") == 0;
  gboolean shown = training || meetings || g_strcmp0 (page, "associations") == 0;
  const char *action = "win.new-association";
  const char *tooltip = _("New Association (Ctrl+N)");
  const char *label = _("New association");

  /* The "+" adds what the page shows: an association, a training module or a meeting. */
  if (training)
    {
      action = "win.new-module";
      tooltip = _("New Module (Ctrl+N)");
      label = _("New module");
    }
  else if (meetings)
    {
      action = "win.new-meeting";
      tooltip = _("New Meeting (Ctrl+N)");
      label = _("New meeting");
    }

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->new_button), action);
  gtk_widget_set_tooltip_text (self->new_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_visible (self->new_button, shown);
}

static void
new_module_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "training");
  if (!dsc_training_page_add_new (self->training_page, &error))
    dsc_window_add_toast (self, dsc_toast_new (error->message));
}

/* Ctrl+N adds what the page shows. */
static void
new_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "training") == 0)
    gtk_widget_activate_action (widget, "win.new-module", NULL);
  else if (g_strcmp0 (page, "meetings") == 0)
    gtk_widget_activate_action (widget, "win.new-meeting", NULL);
  else
    gtk_widget_activate_action (widget, "win.new-association", NULL);
}

/* Meetings ------------------------------------------------------------------ */

static void
add_meeting (DscWindow *self,
             gint64     association_id)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  dsc_associations_page_flush (self->associations_page);
  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  if (!dsc_meetings_page_add_new (self->meetings_page, association_id, &error))
    dsc_window_add_toast (self, dsc_toast_new (error->message));
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_meeting (DSC_WINDOW (widget), 0);
}

static void
new_meeting_for_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  add_meeting (DSC_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);

  if (self->store == NULL)
    return;

  dsc_associations_page_flush (self->associations_page);
  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  /* A meeting deleted meanwhile: the page says so. */
  dsc_meetings_page_show_meeting (self->meetings_page, g_variant_get_int64 (parameter));
}

static void
open_follow_ups_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);

  if (self->store == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  dsc_meetings_page_show_follow_ups (self->meetings_page);
}

static void
services_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  GtkWidget *services;

  if (self->store == NULL)
    return;

  dsc_associations_page_flush (self->associations_page);
  dsc_meetings_page_flush (self->meetings_page);
  services = dsc_services_window_new (GTK_WINDOW (self), self->store);
  gtk_window_present (GTK_WINDOW (services));
}

/* Printing ------------------------------------------------------------------ */

/* The association whose passport Print makes, or 0 after saying why there is none. */
static gint64
association_to_print (DscWindow *self)
{
  gint64 id = dsc_associations_page_get_selected_id (self->associations_page);

  if (id <= 0)
    dsc_window_add_toast (self, dsc_toast_new (_("Choose an association first: Print makes its passport.")));
  else
    dsc_associations_page_flush (self->associations_page);
  return id;
}

/* The Overview's period, unless its dates are the wrong way round. */
static gboolean
period_to_print (DscWindow  *self,
                 char      **from,
                 char      **to)
{
  dsc_overview_page_get_period (self->overview_page, from, to);
  if (*from != NULL && *to != NULL && strcmp (*from, *to) > 0)
    {
      dsc_window_add_toast (self, dsc_toast_new (_("The period ends before it starts: check the dates.")));
      return FALSE;
    }
  return TRUE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->store == NULL)
    return;

  if (g_strcmp0 (page, "overview") == 0)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (period_to_print (self, &from, &to))
        dsc_print_programme (GTK_WINDOW (self), from, to);
    }
  else if (g_strcmp0 (page, "associations") == 0)
    {
      gint64 id = association_to_print (self);

      if (id > 0)
        dsc_print_passport (GTK_WINDOW (self), id);
    }
}

static void
export_passport_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  gint64 id;

  if (self->store == NULL)
    return;

  id = association_to_print (self);
  if (id > 0)
    dsc_print_export_passport (GTK_WINDOW (self), id);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (self->store == NULL)
    return;

  if (period_to_print (self, &from, &to))
    dsc_print_export_programme (GTK_WINDOW (self), from, to);
}

/* Exchange files ------------------------------------------------------------ */

static void
on_import_chosen_cb (GtkNativeDialog *dialog,
                     int              response,
                     DscWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      dsc_window_import_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) exchange = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->store == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import an Exchange File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (exchange, _("Discorsi exchange files"));
  gtk_file_filter_add_mime_type (exchange, DSC_EXCHANGE_MIME_TYPE);
  gtk_file_filter_add_suffix (exchange, "discorsi");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), exchange);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  g_autofree char *uuid = NULL;
  GtkWidget *window;

  if (self->store == NULL)
    return;

  dsc_window_flush (self);
  uuid = dsc_associations_page_get_selected_uuid (self->associations_page);
  window = GTK_WIDGET (dsc_export_window_new (self, uuid));
  gtk_window_present (GTK_WINDOW (window));
}

static void
conflicts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DscWindow *self = DSC_WINDOW (widget);
  GtkWidget *window;

  if (self->store == NULL)
    return;

  dsc_window_flush (self);
  window = GTK_WIDGET (dsc_conflicts_window_new (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_view_changed_cb (AdwViewStack *stack,
                    GParamSpec   *pspec,
                    DscWindow    *self)
{
  update_new_button (self);
  update_print_actions (self);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "current-page", adw_view_stack_get_visible_child_name (stack));
}

static gboolean
dsc_window_close_request (GtkWindow *window)
{
  DscWindow *self = DSC_WINDOW (window);
  g_autofree char *selected = NULL;
  int width, height;

  dsc_window_flush (self);

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

      selected = dsc_associations_page_get_selected_uuid (self->associations_page);
      if (!self->sample)
        g_settings_set_string (self->settings, "last-association", selected != NULL ? selected : "");
    }

  return GTK_WINDOW_CLASS (dsc_window_parent_class)->close_request (window);
}

/* DISCORSI_EXIT_AFTER_FIRST_FRAME: quit once a real frame has been painted, so
 * that start-up can be timed from outside (DESIGN.md). */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   DscWindow     *self)
{
  if (!self->drawn)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
dsc_window_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  GTK_WIDGET_CLASS (dsc_window_parent_class)->snapshot (widget, snapshot);
  DSC_WINDOW (widget)->drawn = TRUE;
}

static void
dsc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dsc_window_parent_class)->realize (widget);

  if (g_strcmp0 (g_getenv ("DISCORSI_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (on_after_paint_cb), widget);
}

static void
dsc_window_dispose (GObject *object)
{
  DscWindow *self = DSC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (dsc_window_parent_class)->dispose (object);
}

static void
dsc_window_finalize (GObject *object)
{
  DscWindow *self = DSC_WINDOW (object);

  g_free (self->path);
  g_free (self->user_path);
  g_free (self->failed_path);

  G_OBJECT_CLASS (dsc_window_parent_class)->finalize (object);
}

static void
dsc_window_class_init (DscWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_window_dispose;
  object_class->finalize = dsc_window_finalize;
  widget_class->snapshot = dsc_window_snapshot;
  widget_class->realize = dsc_window_realize;
  window_class->close_request = dsc_window_close_request;

  g_type_ensure (DSC_TYPE_ASSOCIATIONS_PAGE);
  g_type_ensure (DSC_TYPE_TRAINING_PAGE);
  g_type_ensure (DSC_TYPE_MEETINGS_PAGE);
  g_type_ensure (DSC_TYPE_OVERVIEW_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, sample_revealer);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, associations_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, training_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, busy_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, DscWindow, retry_button);

  gtk_widget_class_install_action (widget_class, "win.new-association", NULL, new_association_action);
  gtk_widget_class_install_action (widget_class, "win.new-module", NULL, new_module_action);
  gtk_widget_class_install_action (widget_class, "win.new-item", NULL, new_item_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting-for", "x", new_meeting_for_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "x", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.open-follow-ups", NULL, open_follow_ups_action);
  gtk_widget_class_install_action (widget_class, "win.services", NULL, services_action);
  gtk_widget_class_install_action (widget_class, "win.delete-association", NULL, delete_association_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.edit-framework", NULL, edit_framework_action);
  gtk_widget_class_install_action (widget_class, "win.try-sample-data", NULL, try_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.leave-sample-data", NULL, leave_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.open-latest-backup", NULL, open_latest_backup_action);
  gtk_widget_class_install_action (widget_class, "win.retry-open", NULL, retry_open_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-passport", NULL, export_passport_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.conflicts", NULL, conflicts_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

static void
dsc_window_init (DscWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (on_view_changed_cb), self);
  update_new_button (self);
  update_print_actions (self);
}

/**
 * dsc_window_new:
 * @application: the application
 * @path: the database file to show
 *
 * Returns: (transfer none): a new window, not yet presented
 */
DscWindow *
dsc_window_new (GtkApplication *application,
                const char     *path)
{
  DscWindow *self = g_object_new (DSC_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = DSC_IS_APPLICATION (application)
                        ? dsc_application_get_settings (DSC_APPLICATION (application)) : NULL;

  if (settings != NULL)
    {
      g_autofree char *page = g_settings_get_string (settings, "current-page");

      self->settings = g_object_ref (settings);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      adw_view_stack_set_visible_child_name (self->view_stack, page);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);

  dsc_window_open_database (self, path);
  return self;
}

/**
 * dsc_window_get_database_path:
 * @self: the window
 *
 * Returns: the user's database this window was opened on (not the sample)
 */
const char *
dsc_window_get_database_path (DscWindow *self)
{
  g_return_val_if_fail (DSC_IS_WINDOW (self), NULL);

  return self->user_path;
}

DscStore *
dsc_window_get_store (DscWindow *self)
{
  g_return_val_if_fail (DSC_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
dsc_window_is_sample (DscWindow *self)
{
  g_return_val_if_fail (DSC_IS_WINDOW (self), FALSE);

  return self->sample;
}

/**
 * dsc_window_add_toast:
 * @self: the window
 * @toast: (transfer full): a toast
 */
void
dsc_window_add_toast (DscWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (DSC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

DscAssociationsPage *
dsc_window_get_associations_page (DscWindow *self)
{
  g_return_val_if_fail (DSC_IS_WINDOW (self), NULL);

  return self->associations_page;
}

/**
 * dsc_window_flush:
 * @self: the window
 *
 * Stores whatever is being typed in its pages, before another connection
 * reads the database (export, import) or the pages are reloaded.
 */
void
dsc_window_flush (DscWindow *self)
{
  g_return_if_fail (DSC_IS_WINDOW (self));

  dsc_associations_page_flush (self->associations_page);
  dsc_training_page_flush (self->training_page);
  dsc_meetings_page_flush (self->meetings_page);
}

/**
 * dsc_window_reload:
 * @self: the window
 *
 * Reads every page again from the database, after another connection (an
 * import, a restored conflict) changed it.
 */
void
dsc_window_reload (DscWindow *self)
{
  g_autoptr(DscStore) store = NULL;
  g_autofree char *path = NULL;
  gint64 selected;

  g_return_if_fail (DSC_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  /* The same association stays chosen, not the one of the last session. */
  selected = dsc_associations_page_get_selected_id (self->associations_page);
  store = g_object_ref (self->store);
  path = g_strdup (self->path);
  set_store (self, store, path);
  if (selected > 0)
    dsc_associations_page_select (self->associations_page, selected);
}

/**
 * dsc_window_import_file:
 * @self: the window
 * @file: an exchange file
 *
 * Checks @file and shows what importing it would change (the file manager's
 * Open, the Import menu item). In the sample data, which is not the user's
 * database, it says so instead.
 */
void
dsc_window_import_file (DscWindow *self,
                        GFile     *file)
{
  g_return_if_fail (DSC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    {
      dsc_window_add_toast (self, dsc_toast_new (_("Open a database first, then import the file.")));
      return;
    }
  if (self->sample)
    {
      dsc_window_add_toast (self, dsc_toast_new (_("You are looking at the sample data: leave it, then import the file into your own database.")));
      return;
    }

  dsc_import_window_new (self, file);
}
