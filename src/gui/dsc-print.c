/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing and PDF export of the two documents: an association's passport and
 * the programme report of a period. The report layer draws the pages; here
 * they go through GtkPrintOperation (its dialog, the page setup of the
 * session, A4 until the person chooses otherwise) or into a PDF file chosen
 * with the file chooser and nothing else. A report reads the store when it is
 * made, which for the programme can take a while: that happens in a worker
 * on its own connection. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"
#include "dsc-print.h"
#include "dsc-window.h"

#define PAGE_SETUP_KEY "dsc-print-page-setup"
#define SETTINGS_KEY   "dsc-print-settings"
#define BUSY_KEY       "dsc-print-busy"

/* The page setup and print settings last for the session: they live on the
 * application (or, without one, in the process). */
static GObject *
session (GtkWindow *window)
{
  static GObject *process;
  GtkApplication *application = window != NULL ? gtk_window_get_application (window) : NULL;

  if (application != NULL)
    return G_OBJECT (application);

  if (process == NULL)
    process = g_object_new (G_TYPE_OBJECT, NULL);
  return process;
}

static void
add_toast (GtkWindow *window,
           AdwToast  *toast)
{
  if (DSC_IS_WINDOW (window))
    dsc_window_add_toast (DSC_WINDOW (window), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

static void
say_error (GtkWindow  *window,
           const char *message)
{
  AdwToast *toast = dsc_toast_new (message);

  /* An error stays until it is read. */
  adw_toast_set_timeout (toast, 0);
  add_toast (window, toast);
}

static void
on_open_clicked_cb (AdwToast   *toast,
                    const char *uri)
{
  gtk_show_uri (g_object_get_data (G_OBJECT (toast), "window"), uri, GDK_CURRENT_TIME);
}

static void
say_saved (GtkWindow  *window,
           const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwToast *toast = dsc_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "window", window);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb), g_file_get_uri (file),
                         (GClosureNotify) g_free, 0);
  add_toast (window, toast);
}

/**
 * dsc_print_get_page_setup:
 * @window: (nullable): a window of the application
 *
 * Returns: (transfer none): the page setup of the session: A4 with its usual
 *   margins until the person picks another paper in the print dialog
 */
GtkPageSetup *
dsc_print_get_page_setup (GtkWindow *window)
{
  GObject *holder = session (window);
  GtkPageSetup *setup = g_object_get_data (holder, PAGE_SETUP_KEY);

  if (setup == NULL)
    {
      GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
      gtk_paper_size_free (a4);
      g_object_set_data_full (holder, PAGE_SETUP_KEY, setup, g_object_unref);
    }

  return setup;
}

/* The print operation ------------------------------------------------------ */

typedef struct
{
  DscReport               *report;
  GtkWindow               *window;
  GtkPageSetup            *used;
  GtkPrintOperationAction  action;
} Printing;

static void
printing_free (Printing *printing)
{
  g_clear_object (&printing->report);
  g_clear_object (&printing->window);
  g_clear_object (&printing->used);
  g_free (printing);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Printing          *printing)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint n_pages;

  /* Points, on the whole sheet: the report keeps its own margins. */
  n_pages = dsc_report_paginate (printing->report, cr, gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));

  /* The paper chosen in the dialog, remembered if the job goes ahead. */
  g_clear_object (&printing->used);
  printing->used = gtk_page_setup_copy (gtk_print_context_get_page_setup (context));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 Printing          *printing)
{
  dsc_report_draw_page (printing->report, gtk_print_context_get_cairo_context (context), page,
                        gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            Printing                *printing)
{
  GObject *holder = session (printing->window);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

      if (settings != NULL)
        g_object_set_data_full (holder, SETTINGS_KEY, gtk_print_settings_copy (settings), g_object_unref);
      if (printing->used != NULL)
        g_object_set_data_full (holder, PAGE_SETUP_KEY, g_object_ref (printing->used), g_object_unref);

      if (printing->action != GTK_PRINT_OPERATION_ACTION_EXPORT)
        {
          /* Translators: after the print dialog, "Sent “Association passport — Al Amal” to the printer". */
          g_autofree char *title = g_strdup_printf (_("Sent “%s” to the printer"),
                                                    dsc_report_get_title (printing->report));

          add_toast (printing->window, dsc_toast_new (title));
        }
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR && printing->action != GTK_PRINT_OPERATION_ACTION_EXPORT)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Printing failed: %s"), error != NULL ? error->message : _("unknown error"));
      say_error (printing->window, message);
    }

  if (printing->action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG)
    g_object_unref (operation);
}

/**
 * dsc_print_run:
 * @window: (nullable): the window printing
 * @report: the report
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the person, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_path
 * @export_path: (nullable): the PDF file, for %GTK_PRINT_OPERATION_ACTION_EXPORT
 * @error: return location for a #GError
 *
 * Prints @report on the session's page setup. The dialog runs without
 * blocking; its outcome is said in a toast.
 *
 * Returns: what happened, or %GTK_PRINT_OPERATION_RESULT_IN_PROGRESS while
 *   the dialog is open
 */
GtkPrintOperationResult
dsc_print_run (GtkWindow                *window,
               DscReport                *report,
               GtkPrintOperationAction   action,
               const char               *export_path,
               GError                  **error)
{
  GtkPrintOperation *operation;
  GtkPrintSettings *settings;
  GtkPrintOperationResult result;
  Printing *printing;

  g_return_val_if_fail (DSC_IS_REPORT (report), GTK_PRINT_OPERATION_RESULT_ERROR);

  printing = g_new0 (Printing, 1);
  printing->report = g_object_ref (report);
  printing->window = window != NULL ? g_object_ref (window) : NULL;
  printing->action = action;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "printing", printing, (GDestroyNotify) printing_free);
  gtk_print_operation_set_job_name (operation, dsc_report_get_title (report));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, dsc_print_get_page_setup (window));
  settings = g_object_get_data (session (window), SETTINGS_KEY);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  gtk_print_operation_set_allow_async (operation, action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), printing);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), printing);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), printing);

  /* With the dialog the operation outlives this call: "done" lets go of it. */
  if (action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG)
    g_object_ref (operation);
  result = gtk_print_operation_run (operation, action, window, error);
  g_object_unref (operation);
  return result;
}

/* Making the report off the main thread ------------------------------------- */

typedef struct
{
  GtkWindow *window;
  char      *database;
  gboolean   programme;
  gint64     association_id;
  char      *from;
  char      *to;
  char      *export_path;   /* NULL: print */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->window);
  g_free (job->database);
  g_free (job->from);
  g_free (job->to);
  g_free (job->export_path);
  g_free (job);
}

static void
set_busy (GtkWindow *window,
          gboolean   busy)
{
  g_object_set_data (G_OBJECT (window), BUSY_KEY, GINT_TO_POINTER (busy));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (window), busy ? "progress" : NULL);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscReport) report = NULL;

  /* One connection per thread (DESIGN.md). */
  store = dsc_store_open (job->database, DSC_STORE_MUST_EXIST, &error);
  if (store != NULL)
    report = job->programme ? dsc_report_new_programme (store, job->from, job->to, &error)
                            : dsc_report_new_passport (store, job->association_id, &error);
  if (report != NULL && job->export_path != NULL && !dsc_report_export (report, job->export_path, 0, &error))
    g_clear_object (&report);

  if (report == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report could not be made."));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&report), g_object_unref);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GError) error = NULL;

  set_busy (job->window, FALSE);
  report = g_task_propagate_pointer (G_TASK (result), &error);

  /* The window was closed meanwhile: nobody is waiting for the document. */
  if (!gtk_widget_get_realized (GTK_WIDGET (job->window)))
    return;

  if (report == NULL)
    {
      g_autofree char *message = NULL;

      /* The report layer names the file and says why, in one sentence. */
      if (job->export_path != NULL)
        message = g_strdup (error->message);
      else
        message = g_strdup_printf (_("The document could not be prepared for printing: %s"), error->message);
      say_error (job->window, message);
      return;
    }

  if (job->export_path != NULL)
    say_saved (job->window, job->export_path);
  else
    dsc_print_run (job->window, report, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL);
}

static void
start_job (Job *job)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, job_done_cb, NULL);

  set_busy (job->window, TRUE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

static Job *
new_job (GtkWindow *window)
{
  DscStore *store = DSC_IS_WINDOW (window) ? dsc_window_get_store (DSC_WINDOW (window)) : NULL;
  Job *job;

  if (store == NULL || dsc_print_is_busy (window))
    return NULL;

  job = g_new0 (Job, 1);
  job->window = g_object_ref (window);
  job->database = g_strdup (dsc_store_get_path (store));
  return job;
}

/**
 * dsc_print_is_busy:
 * @window: a window
 *
 * Returns: %TRUE while a document of @window is being prepared
 */
gboolean
dsc_print_is_busy (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), BUSY_KEY));
}

/**
 * dsc_print_passport:
 * @window: the main window
 * @association_id: an association
 *
 * Prepares the association's passport, then opens the print dialog.
 */
void
dsc_print_passport (GtkWindow *window,
                    gint64     association_id)
{
  Job *job = new_job (window);

  if (job == NULL)
    return;

  job->association_id = association_id;
  start_job (job);
}

/**
 * dsc_print_programme:
 * @window: the main window
 * @from: (nullable): the first day of the period
 * @to: (nullable): its last day
 *
 * Prepares the programme report of the period, then opens the print dialog.
 */
void
dsc_print_programme (GtkWindow  *window,
                     const char *from,
                     const char *to)
{
  Job *job = new_job (window);

  if (job == NULL)
    return;

  job->programme = TRUE;
  job->from = g_strdup (from);
  job->to = g_strdup (to);
  start_job (job);
}

/* Exporting ----------------------------------------------------------------- */

static void
on_pdf_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  Job             *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        {
          say_error (job->window, _("Choose a folder on this computer."));
          job_free (job);
        }
      else
        {
          g_autofree char *lower = g_ascii_strdown (path, -1);

          job->export_path = g_str_has_suffix (lower, ".pdf") ? g_steal_pointer (&path)
                                                              : g_strconcat (path, ".pdf", NULL);
          start_job (job);
        }
    }
  else
    job_free (job);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
choose_pdf (Job        *job,
            const char *title,
            const char *file_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *safe_name = g_strdup (file_name);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  chooser = gtk_file_chooser_native_new (title, job->window, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_strdelimit (safe_name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), safe_name);
  if (documents != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (on_pdf_chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * dsc_print_export_passport:
 * @window: the main window
 * @association_id: an association
 *
 * Asks for a file, then writes the association's passport there as PDF.
 */
void
dsc_print_export_passport (GtkWindow *window,
                           gint64     association_id)
{
  Job *job = new_job (window);
  g_autoptr(DscAssociationSummary) summary = NULL;
  g_autofree char *name = NULL;

  if (job == NULL)
    return;

  job->association_id = association_id;
  summary = dsc_store_load_association_summary (dsc_window_get_store (DSC_WINDOW (window)), association_id, NULL);
  /* Translators: the name offered for the PDF file of an association's passport. */
  name = g_strdup_printf (_("Passport - %s.pdf"), summary != NULL ? summary->name : "");
  choose_pdf (job, _("Export Passport as PDF"), name);
}

/**
 * dsc_print_export_programme:
 * @window: the main window
 * @from: (nullable): the first day of the period
 * @to: (nullable): its last day
 *
 * Asks for a file, then writes the programme report of the period there as PDF.
 */
void
dsc_print_export_programme (GtkWindow  *window,
                            const char *from,
                            const char *to)
{
  Job *job = new_job (window);
  g_autofree char *name = NULL;

  if (job == NULL)
    return;

  job->programme = TRUE;
  job->from = g_strdup (from);
  job->to = g_strdup (to);
  if (from != NULL || to != NULL)
    /* Translators: the name offered for the PDF file of the programme report of a period: "Programme report 2026-01-01 to 2026-12-31.pdf". */
    name = g_strdup_printf (_("Programme report %s to %s.pdf"), from != NULL ? from : "…", to != NULL ? to : "…");
  else
    name = g_strdup (_("Programme report.pdf"));
  choose_pdf (job, _("Export Programme Report as PDF"), name);
}
