/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export: an exchange file for another Discorsi, of the whole database or of
 * the association chosen in the main window (with everything it refers to), or
 * one CSV table for a spreadsheet. After the file is chosen the export runs in
 * a worker thread on a connection of its own, with a progress bar; Cancel (or
 * closing the window) stops it and leaves no half-written file. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-clock.h"
#include "dsc-csv.h"
#include "dsc-exchange.h"
#include "dsc-export-window.h"
#include "dsc-gui-util.h"

struct _DscExportWindow
{
  AdwWindow            parent_instance;

  GtkStack            *stack;
  AdwActionRow        *association_row;
  GtkCheckButton      *association_check;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *csv_group;

  DscWindow           *main_window;
  char                *database_path;
  char                *association_uuid;
  char                *association_name;
  GCancellable        *cancellable;
  DscWorkProgress         *progress;
  guint                progress_source;
  gboolean             running;
};

G_DEFINE_FINAL_TYPE (DscExportWindow, dsc_export_window, ADW_TYPE_WINDOW)

/* What can be exported, and the file name offered for it. */
typedef enum
{
  TARGET_EXCHANGE = -1,
  TARGET_ASSOCIATIONS = DSC_CSV_ASSOCIATIONS,
  TARGET_PEOPLE = DSC_CSV_PEOPLE,
  TARGET_ATTENDANCE = DSC_CSV_ATTENDANCE,
  TARGET_FOLLOW_UPS = DSC_CSV_FOLLOW_UPS,
} Target;

static const struct
{
  DscCsvTable  table;
  const char  *title;
  const char  *subtitle;
  const char  *file_name;   /* in the context "file name" */
} csv_tables[] = {
  { DSC_CSV_ASSOCIATIONS, N_("Associations"), N_("Name, place, legal form, contacts and status of each association"),
    NC_("file name", "Associations") },
  { DSC_CSV_PEOPLE, N_("People who agreed to share their details"),
    N_("Contact people with a consent date, and their association"), NC_("file name", "People") },
  { DSC_CSV_ATTENDANCE, N_("Attendance"), N_("Who took part in each training session, with module, date and hours"),
    NC_("file name", "Attendance") },
  { DSC_CSV_FOLLOW_UPS, N_("Follow-ups"), N_("What was agreed in meetings, who does it, by when, and its status"),
    NC_("file name", "Follow-ups") },
};

/* The worker ------------------------------------------------------------------ */

typedef struct
{
  char          *database_path;
  char          *association_uuid;
  Target         target;
  DscCsvOptions  csv_options;
  GFile         *file;
  DscWorkProgress   *progress;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->database_path);
  g_free (job->association_uuid);
  g_clear_object (&job->file);
  dsc_work_progress_unref (job->progress);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(DscStore) store = NULL;
  GError *error = NULL;
  gboolean ok;

  store = dsc_store_open (job->database_path, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->target == TARGET_EXCHANGE)
    ok = dsc_exchange_export_to_file (store, job->association_uuid, job->file,
                                      dsc_work_progress_report, job->progress, cancellable, &error);
  else
    {
      gint64 association_id = 0;

      /* The CSV writer reports no progress: the bar pulses. */
      dsc_work_progress_report (0, 0, job->progress);
      ok = dsc_csv_export_to_file (store, (DscCsvTable) job->target, association_id,
                                   &job->csv_options, job->file, cancellable, &error);
    }

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Running --------------------------------------------------------------------- */

static gboolean
update_progress_cb (gpointer user_data)
{
  DscExportWindow *self = user_data;

  dsc_work_progress_show (self->progress, self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
stop_working (DscExportWindow *self)
{
  self->running = FALSE;
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DscExportWindow *self = DSC_EXPORT_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  stop_working (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Closed meanwhile: the export was cancelled and left no file. */
      if (self->main_window == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      {
        AdwToast *toast = dsc_toast_new (error->message);

        adw_toast_set_timeout (toast, 0);
        dsc_window_add_toast (self->main_window, toast);
      }
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (self->main_window == NULL)
    return;

  name = g_file_get_parse_name (job->file);
  /* Translators: after an export: "Exported to “/home/anna/Documents/Discorsi 2026-11-26.discorsi”". */
  message = g_strdup_printf (_("Exported to “%s”"), name);
  dsc_window_add_toast (self->main_window, dsc_toast_new (message));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_export (DscExportWindow *self,
              Target           target,
              GFile           *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GTask) task = NULL;

  job->database_path = g_strdup (self->database_path);
  job->target = target;
  job->file = g_object_ref (file);
  job->progress = dsc_work_progress_ref (self->progress);
  if (target == TARGET_EXCHANGE && gtk_check_button_get_active (self->association_check))
    job->association_uuid = g_strdup (self->association_uuid);
  dsc_csv_options_for_spreadsheets (&job->csv_options);

  self->running = TRUE;
  dsc_work_progress_reset (self->progress);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  self->progress_source = g_timeout_add (100, update_progress_cb, self);

  dsc_window_flush (self->main_window);
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/* Choosing the file ----------------------------------------------------------- */

static void
on_file_chosen_cb (GtkNativeDialog *dialog,
                   int              response,
                   DscExportWindow *self)
{
  Target target = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "target"));

  if (response == GTK_RESPONSE_ACCEPT && self->main_window != NULL && !self->running)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autofree char *lower = g_ascii_strdown (name, -1);
      const char *extension = target == TARGET_EXCHANGE ? ".discorsi" : ".csv";
      g_autoptr(GFile) file = NULL;

      /* The extension is what lets the file manager open the file in the
       * right program. The file chooser asked before replacing the name that
       * was typed, not the one with the extension: that one is never replaced. */
      if (g_str_has_suffix (lower, extension))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *with_extension = g_strconcat (name, extension, NULL);

          file = g_file_get_child (parent, with_extension);
          for (guint n = 2; g_file_query_exists (file, NULL) && n < 1000; n++)
            {
              g_free (with_extension);
              with_extension = g_strdup_printf ("%s (%u)%s", name, n, extension);
              g_object_unref (file);
              file = g_file_get_child (parent, with_extension);
            }
        }
      start_export (self, target, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
choose_file (DscExportWindow *self,
             Target           target,
             const char      *title,
             const char      *name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *file_name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  if (target == TARGET_EXCHANGE)
    {
      gtk_file_filter_set_name (filter, _("Discorsi exchange files"));
      gtk_file_filter_add_mime_type (filter, DSC_EXCHANGE_MIME_TYPE);
      gtk_file_filter_add_suffix (filter, "discorsi");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Spreadsheet tables (CSV)"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: the name offered for an exported file: what it holds, then today's date: "Al Amal 2026-11-26". */
  file_name = g_strdup_printf (_("%s %s"), name, today);
  g_strdelimit (file_name, "/\\:", '-');
  {
    g_autofree char *with_extension = g_strconcat (file_name, target == TARGET_EXCHANGE ? ".discorsi" : ".csv", NULL);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), with_extension);
  }
  if (documents != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  g_object_set_data (G_OBJECT (chooser), "target", GINT_TO_POINTER (target));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_exchange_clicked_cb (DscExportWindow *self)
{
  gboolean one = gtk_check_button_get_active (self->association_check) && self->association_uuid != NULL;

  choose_file (self, TARGET_EXCHANGE, _("Export an Exchange File"),
               one ? self->association_name : "Discorsi");
}

static void
on_csv_activated_cb (AdwActionRow    *row,
                     DscExportWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "table"));

  choose_file (self, (Target) csv_tables[index].table, _("Export a Table for a Spreadsheet"),
               g_dpgettext2 (GETTEXT_PACKAGE, "file name", csv_tables[index].file_name));
}

/* The window ------------------------------------------------------------------ */

static gboolean
dsc_export_window_close_request (GtkWindow *window)
{
  DscExportWindow *self = DSC_EXPORT_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  stop_working (self);
  g_clear_object (&self->main_window);

  return GTK_WINDOW_CLASS (dsc_export_window_parent_class)->close_request (window);
}

static void
dsc_export_window_dispose (GObject *object)
{
  DscExportWindow *self = DSC_EXPORT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  stop_working (self);
  g_clear_object (&self->main_window);

  G_OBJECT_CLASS (dsc_export_window_parent_class)->dispose (object);
}

static void
dsc_export_window_finalize (GObject *object)
{
  DscExportWindow *self = DSC_EXPORT_WINDOW (object);

  g_free (self->database_path);
  g_free (self->association_uuid);
  g_free (self->association_name);
  g_clear_object (&self->cancellable);
  dsc_work_progress_unref (self->progress);

  G_OBJECT_CLASS (dsc_export_window_parent_class)->finalize (object);
}

static void
dsc_export_window_class_init (DscExportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_export_window_dispose;
  object_class->finalize = dsc_export_window_finalize;
  window_class->close_request = dsc_export_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-export-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscExportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DscExportWindow, association_row);
  gtk_widget_class_bind_template_child (widget_class, DscExportWindow, association_check);
  gtk_widget_class_bind_template_child (widget_class, DscExportWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DscExportWindow, csv_group);
  gtk_widget_class_bind_template_callback (widget_class, on_exchange_clicked_cb);
}

static void
dsc_export_window_init (DscExportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->progress = dsc_work_progress_new ();

  for (guint i = 0; i < G_N_ELEMENTS (csv_tables); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("document-save-symbolic");

      dsc_row_set_title (row, _(csv_tables[i].title));
      dsc_row_set_subtitle (row, _(csv_tables[i].subtitle));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "table", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (on_csv_activated_cb), self);
      adw_preferences_group_add (self->csv_group, row);
    }
}

/**
 * dsc_export_window_new:
 * @main_window: the window whose database to export
 * @association_uuid: (nullable): the association chosen there, offered as
 *   "One association"
 *
 * Returns: (transfer none): the window, to present
 */
DscExportWindow *
dsc_export_window_new (DscWindow  *main_window,
                       const char *association_uuid)
{
  DscExportWindow *self;
  DscStore *store;

  g_return_val_if_fail (DSC_IS_WINDOW (main_window), NULL);

  store = dsc_window_get_store (main_window);
  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (DSC_TYPE_EXPORT_WINDOW, "transient-for", main_window, NULL);
  self->main_window = g_object_ref (main_window);
  self->database_path = g_strdup (dsc_store_get_path (store));

  if (association_uuid != NULL)
    {
      g_autoptr(DscAssociation) association = dsc_store_find_association (store, association_uuid, NULL);

      if (association != NULL)
        {
          self->association_uuid = g_strdup (association_uuid);
          self->association_name = g_strdup (association->name);
        }
    }

  if (self->association_uuid != NULL)
    {
      g_autofree char *subtitle = NULL;

      /* Translators: under "One association" in Export: the association chosen in the main window. */
      subtitle = g_strdup_printf (_("“%s”, with the training, services and meetings it takes part in"),
                                  self->association_name);
      dsc_row_set_subtitle (self->association_row, subtitle);
    }
  else
    {
      dsc_row_set_subtitle (self->association_row, _("Choose an association in the main window first"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->association_row), FALSE);
    }

  return self;
}

/**
 * dsc_export_window_is_running:
 * @self: the window
 *
 * Returns: %TRUE while an export runs (for tests)
 */
gboolean
dsc_export_window_is_running (DscExportWindow *self)
{
  g_return_val_if_fail (DSC_IS_EXPORT_WINDOW (self), FALSE);

  return self->running;
}

/**
 * dsc_export_window_export:
 * @self: the window
 * @association_only: the chosen association rather than everything
 * @table: -1 for an exchange file, or a #DscCsvTable
 * @file: where to write
 *
 * Starts the export as the file chooser's answer would (for tests, which
 * cannot drive a native file chooser).
 */
void
dsc_export_window_export (DscExportWindow *self,
                          gboolean         association_only,
                          int              table,
                          GFile           *file)
{
  g_return_if_fail (DSC_IS_EXPORT_WINDOW (self));
  g_return_if_fail (!self->running);

  gtk_check_button_set_active (self->association_check, association_only);
  start_export (self, (Target) table, file);
}
