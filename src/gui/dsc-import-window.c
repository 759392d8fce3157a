/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing an exchange file. The file is checked first with a dry run, which
 * writes nothing, and the window says what the import would change: records
 * new, updated and deleted, by kind and by association, and the conflicts.
 * Import then runs it for real, in one transaction. Both runs happen in a
 * worker thread on a connection of their own (DESIGN.md: one per thread), with
 * a progress bar; Cancel stops either, and nothing is written then. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-exchange.h"
#include "dsc-gui-util.h"
#include "dsc-import-window.h"
#include "dsc-validate.h"

/* Rows the summary shows at most in its per-association and conflict lists;
 * the rest are counted in a last row. */
#define MAX_ROWS 100

struct _DscImportWindow
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkWidget           *cancel_button;
  GtkWidget           *import_button;
  GtkStack            *stack;
  AdwStatusPage       *working_page;
  GtkProgressBar      *progress_bar;
  AdwStatusPage       *problems_page;
  GtkListBox          *problems_list;
  AdwPreferencesPage  *summary_page;
  AdwPreferencesGroup *totals_group;
  AdwPreferencesGroup *conflicts_group;
  AdwPreferencesGroup *kinds_group;
  AdwPreferencesGroup *associations_group;

  DscWindow           *main_window;
  GFile               *file;
  char                *database_path;
  char                *file_name;
  GCancellable        *cancellable;
  DscWorkProgress         *progress;
  guint                progress_source;
  gboolean             running;
  gboolean             closed;      /* by the user: the worker's end only reports */
};

G_DEFINE_FINAL_TYPE (DscImportWindow, dsc_import_window, ADW_TYPE_WINDOW)

/* The worker ------------------------------------------------------------------ */

typedef struct
{
  char           *database_path;
  GFile          *file;
  DscImportFlags  flags;
  DscWorkProgress    *progress;
  GPtrArray      *problems;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->database_path);
  g_clear_object (&job->file);
  dsc_work_progress_unref (job->progress);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(DscStore) store = NULL;
  GError *error = NULL;
  DscImportSummary *summary;

  store = dsc_store_open (job->database_path, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  summary = dsc_exchange_import (store, job->file, job->flags, dsc_work_progress_report, job->progress,
                                 cancellable, &job->problems, &error);
  if (summary == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) dsc_import_summary_free);
}

/* Progress -------------------------------------------------------------------- */

static gboolean
update_progress_cb (gpointer user_data)
{
  DscImportWindow *self = user_data;

  dsc_work_progress_show (self->progress, self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
start_working (DscImportWindow *self,
               const char      *title)
{
  self->running = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  dsc_work_progress_reset (self->progress);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  adw_status_page_set_title (self->working_page, title);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, update_progress_cb, self);
}

static void
stop_working (DscImportWindow *self)
{
  self->running = FALSE;
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

/* Problems -------------------------------------------------------------------- */

static void
show_problems (DscImportWindow *self,
               const GError    *error,
               GPtrArray       *problems)
{
  gboolean file_refused = g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID)
                         || g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_TOO_NEW);
  g_autofree char *description = NULL;

  /* A file with problems is the file's fault; anything else (a full disk, a
   * database another program holds) is not, and nothing was changed. */
  if (file_refused)
    description = dsc_markup (error->message);
  else
    {
      g_autofree char *sentence = g_strdup_printf (_("%s Nothing was changed; try again when the problem is solved."),
                                                   error->message);

      description = dsc_markup (sentence);
      adw_status_page_set_title (self->problems_page, _("The Import Did Not Happen"));
    }
  adw_status_page_set_description (self->problems_page, description);
  /* One problem is in the sentence already; several get a line each. */
  if (problems != NULL && problems->len > 1)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          GtkWidget *label = gtk_label_new (g_ptr_array_index (problems, i));

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_widget_set_margin_start (label, 12);
          gtk_widget_set_margin_end (label, 12);
          gtk_widget_set_margin_top (label, 8);
          gtk_widget_set_margin_bottom (label, 8);
          gtk_list_box_append (self->problems_list, label);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->problems_list), TRUE);
    }

  /* Nothing can be imported from this file: only Close is left. */
  gtk_widget_set_visible (self->import_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "problems");
}

/* The summary ----------------------------------------------------------------- */

static gboolean
counts_are_empty (const DscImportCounts *counts)
{
  return counts->added + counts->updated + counts->deleted + counts->conflicts == 0;
}

static void
add_counts_row (AdwPreferencesGroup   *group,
                const char            *title,
                const DscImportCounts *counts)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *described = dsc_import_counts_describe (counts);

  dsc_row_set_title (row, title);
  dsc_row_set_subtitle (row, described);
  adw_preferences_group_add (group, row);
}

static void
add_more_row (AdwPreferencesGroup *group,
              guint                more)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more", "And %u more", more),
                                            more);

  dsc_row_set_title (row, title);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (group, row);
}

static char *
describe_file (const DscImportSummary *summary)
{
  g_autofree char *when = dsc_format_timestamp (summary->exported_at);
  /* The description is read as markup: what the file says is escaped. */
  g_autofree char *generator = dsc_markup (summary->generator != NULL ? summary->generator : "?");

  if (summary->scope != NULL && !g_str_equal (summary->scope, "all"))
    {
      g_autofree char *name = NULL;
      const char *found = summary->scope;

      for (guint i = 0; i < summary->by_association->len; i++)
        {
          const DscImportAssociation *association = g_ptr_array_index (summary->by_association, i);

          if (g_strcmp0 (association->uuid, summary->scope) == 0 && association->name != NULL)
            found = association->name;
        }
      name = dsc_markup (found);
      /* Translators: the description of an exchange file: "One association, “Al Amal”, exported on 26/11/2026 10:00 by Discorsi 0.1.0." */
      return g_strdup_printf (_("One association, “%s”, exported on %s by %s."), name, when, generator);
    }

  /* Translators: the description of an exchange file: "A whole database, exported on 26/11/2026 10:00 by Discorsi 0.1.0." */
  return g_strdup_printf (_("A whole database, exported on %s by %s."), when, generator);
}

static void
show_summary (DscImportWindow        *self,
              const DscImportSummary *summary)
{
  g_autofree char *description = describe_file (summary);
  guint shown = 0;
  guint hidden = 0;
  gboolean changes = !counts_are_empty (&summary->total);

  adw_preferences_group_set_description (self->totals_group, description);
  if (changes)
    add_counts_row (self->totals_group, _("All records"), &summary->total);
  else
    {
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, _("Nothing to import"));
      dsc_row_set_subtitle (row, _("This database already holds everything in the file."));
      adw_preferences_group_add (self->totals_group, row);
    }

  /* The conflicts, each with the version that stays. */
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), summary->total.conflicts > 0);
  for (guint i = 0; i < summary->conflicts->len && i < MAX_ROWS; i++)
    {
      const DscImportConflict *conflict = g_ptr_array_index (summary->conflicts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;

      /* Translators: a record in conflict: its kind, then what it is: "Meetings: Tavolo salute". */
      title = g_strdup_printf (_("%s: %s"), dsc_exchange_kind_label (conflict->kind),
                               conflict->label != NULL ? conflict->label : conflict->uuid);
      dsc_row_set_title (row, title);
      dsc_row_set_subtitle (row, conflict->file_won
                                 ? _("The file’s newer version will replace the one on this computer.")
                                 : _("This computer’s newer version stays; the file’s goes to the conflict log."));
      adw_preferences_group_add (self->conflicts_group, row);
    }
  if (summary->total.conflicts > MIN (summary->conflicts->len, MAX_ROWS))
    add_more_row (self->conflicts_group, (guint) (summary->total.conflicts - MIN (summary->conflicts->len, MAX_ROWS)));

  for (guint k = 0; k < DSC_EXCHANGE_N_KINDS; k++)
    if (!counts_are_empty (&summary->by_kind[k]))
      add_counts_row (self->kinds_group, dsc_exchange_kind_label (k), &summary->by_kind[k]);
  gtk_widget_set_visible (GTK_WIDGET (self->kinds_group), changes);

  /* Associations with changes only: a whole database holds thousands. */
  for (guint i = 0; i < summary->by_association->len; i++)
    {
      const DscImportAssociation *association = g_ptr_array_index (summary->by_association, i);

      if (counts_are_empty (&association->counts))
        continue;
      if (shown == MAX_ROWS)
        {
          hidden++;
          continue;
        }
      add_counts_row (self->associations_group,
                      association->uuid == NULL ? _("Shared records (framework, training, services, meetings)")
                      : association->name != NULL ? association->name : association->uuid,
                      &association->counts);
      shown++;
    }
  if (hidden > 0)
    add_more_row (self->associations_group, hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->associations_group), shown > 0);

  gtk_widget_set_visible (self->import_button, changes);
  gtk_widget_set_sensitive (self->import_button, changes);
  if (!changes)
    gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "summary");
  if (changes)
    gtk_widget_grab_focus (self->import_button);
}

/* Running --------------------------------------------------------------------- */

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DscImportWindow *self = DSC_IMPORT_WINDOW (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(DscImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dry_run = (job->flags & DSC_IMPORT_DRY_RUN) != 0;

  summary = g_task_propagate_pointer (G_TASK (result), &error);
  stop_working (self);

  /* Closed meanwhile: a check needs no word; an import says whether it was
   * cancelled in time or had already been written. */
  if (self->closed)
    {
      /* The main window may have been closed too. */
      if (dry_run || !gtk_widget_get_realized (GTK_WIDGET (self->main_window)))
        return;
      if (summary != NULL)
        {
          dsc_window_reload (self->main_window);
          dsc_window_add_toast (self->main_window,
                                dsc_toast_new (_("The import had already been written when it was cancelled")));
        }
      else
        dsc_window_add_toast (self->main_window, dsc_toast_new (_("Import cancelled: nothing was changed")));
      return;
    }

  if (summary == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_window_destroy (GTK_WINDOW (self));
      else
        show_problems (self, error, job->problems);
      return;
    }

  if (dry_run)
    {
      show_summary (self, summary);
      return;
    }

  {
    g_autofree char *described = dsc_import_counts_describe (&summary->total);
    /* Translators: after an import: "Imported “office.discorsi”: 3 new, 1 updated". */
    g_autofree char *message = g_strdup_printf (_("Imported “%s”: %s"), self->file_name, described);
    AdwToast *toast = dsc_toast_new (message);

    if (summary->total.conflicts > 0)
      {
        adw_toast_set_button_label (toast, _("_Conflict Log"));
        adw_toast_set_action_name (toast, "win.conflicts");
        adw_toast_set_timeout (toast, 0);
      }
    dsc_window_reload (self->main_window);
    dsc_window_add_toast (self->main_window, toast);
    gtk_window_destroy (GTK_WINDOW (self));
  }
}

static void
run (DscImportWindow *self,
     DscImportFlags   flags)
{
  ImportJob *job = g_new0 (ImportJob, 1);
  g_autoptr(GTask) task = NULL;

  job->database_path = g_strdup (self->database_path);
  job->file = g_object_ref (self->file);
  job->flags = flags;
  job->progress = dsc_work_progress_ref (self->progress);

  start_working (self, (flags & DSC_IMPORT_DRY_RUN) ? _("Checking the File…") : _("Importing…"));
  task = g_task_new (self, self->cancellable, job_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
on_import_clicked_cb (DscImportWindow *self)
{
  if (self->running)
    return;

  dsc_window_flush (self->main_window);
  run (self, DSC_IMPORT_DEFAULT);
}

static gboolean
dsc_import_window_close_request (GtkWindow *window)
{
  DscImportWindow *self = DSC_IMPORT_WINDOW (window);

  /* Cancel writes nothing, unless the import was already committing: the
   * worker's end still tells the main window what happened. */
  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  stop_working (self);

  return GTK_WINDOW_CLASS (dsc_import_window_parent_class)->close_request (window);
}

static void
dsc_import_window_dispose (GObject *object)
{
  DscImportWindow *self = DSC_IMPORT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  stop_working (self);

  G_OBJECT_CLASS (dsc_import_window_parent_class)->dispose (object);
}

static void
dsc_import_window_finalize (GObject *object)
{
  DscImportWindow *self = DSC_IMPORT_WINDOW (object);

  g_clear_object (&self->main_window);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_free (self->database_path);
  g_free (self->file_name);
  dsc_work_progress_unref (self->progress);

  G_OBJECT_CLASS (dsc_import_window_parent_class)->finalize (object);
}

static void
dsc_import_window_class_init (DscImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_import_window_dispose;
  object_class->finalize = dsc_import_window_finalize;
  window_class->close_request = dsc_import_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, working_page);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, problems_page);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, summary_page);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, totals_group);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, DscImportWindow, associations_group);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
}

static void
dsc_import_window_init (DscImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->progress = dsc_work_progress_new ();
  self->cancellable = g_cancellable_new ();
}

/**
 * dsc_import_window_new:
 * @main_window: the window of the database to import into
 * @file: an exchange file
 *
 * Checks @file at once (nothing is written) and shows what importing it would
 * change; Import then merges it.
 *
 * Returns: (transfer none): the window, shown
 */
DscImportWindow *
dsc_import_window_new (DscWindow *main_window,
                       GFile     *file)
{
  DscImportWindow *self;
  DscStore *store;

  g_return_val_if_fail (DSC_IS_WINDOW (main_window), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  store = dsc_window_get_store (main_window);
  g_return_val_if_fail (store != NULL, NULL);

  self = g_object_new (DSC_TYPE_IMPORT_WINDOW, "transient-for", main_window, NULL);
  self->main_window = g_object_ref (main_window);
  self->file = g_object_ref (file);
  self->database_path = g_strdup (dsc_store_get_path (store));
  self->file_name = g_file_get_basename (file);
  {
    g_autofree char *display = g_filename_display_name (self->file_name);

    g_free (self->file_name);
    self->file_name = g_steal_pointer (&display);
  }
  adw_window_title_set_subtitle (self->window_title, self->file_name);

  gtk_window_present (GTK_WINDOW (self));
  dsc_window_flush (main_window);
  run (self, DSC_IMPORT_DRY_RUN | DSC_IMPORT_NO_BACKUP);

  return self;
}

/**
 * dsc_import_window_get_page:
 * @self: the window
 *
 * Returns: what it shows: "working", "problems" or "summary" (for tests)
 */
const char *
dsc_import_window_get_page (DscImportWindow *self)
{
  g_return_val_if_fail (DSC_IS_IMPORT_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * dsc_import_window_apply:
 * @self: the window, showing its summary
 *
 * Imports, as the Import button does (for tests).
 */
void
dsc_import_window_apply (DscImportWindow *self)
{
  g_return_if_fail (DSC_IS_IMPORT_WINDOW (self));
  g_return_if_fail (gtk_widget_get_sensitive (self->import_button));

  g_signal_emit_by_name (self->import_button, "clicked");
}
