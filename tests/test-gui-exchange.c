/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export, import and the conflict log in the real windows, on temporary
 * databases: an office's file checked (nothing written), then imported and
 * shown; a damaged file refused with its line, the database untouched; an
 * import cancelled halfway, nothing written; a record changed on both sides,
 * the lost version restored from the conflict log; an association exported on
 * its own, and a CSV table of people for a spreadsheet. Runs under Xvfb;
 * without a display it skips. */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-conflicts-window.h"
#include "dsc-csv.h"
#include "dsc-demo.h"
#include "dsc-exchange.h"
#include "dsc-export-window.h"
#include "dsc-import-window.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

static DscApplication *app;

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    g_main_context_iteration (NULL, FALSE);
  while (g_get_monotonic_time () < until);
}

/* The open window of @type, or NULL. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Runs the main loop until @done holds or 30 s pass. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
import_shows (gpointer page)
{
  DscImportWindow *window = find_toplevel (DSC_TYPE_IMPORT_WINDOW);

  return window != NULL && g_str_equal (dsc_import_window_get_page (window), page);
}

static gboolean
import_window_gone (gpointer data)
{
  return find_toplevel (DSC_TYPE_IMPORT_WINDOW) == NULL;
}

static gboolean
export_window_gone (gpointer data)
{
  return find_toplevel (DSC_TYPE_EXPORT_WINDOW) == NULL;
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* Every row title and subtitle under @root, one per line, to look for text a
 * person would read. */
static void
collect_rows (GtkWidget *root,
              GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_ROW (child))
        g_string_append_printf (text, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
      if (ADW_IS_ACTION_ROW (child))
        g_string_append_printf (text, "  %s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (child)));
      if (ADW_IS_EXPANDER_ROW (child))
        g_string_append_printf (text, "  %s\n", adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (child)));
      collect_rows (child, text);
    }
}

static char *
rows_text (gpointer widget)
{
  GString *text = g_string_new (NULL);

  collect_rows (GTK_WIDGET (widget), text);
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Everything in the database, as an exchange file without its header line,
 * which holds the export time: two equal dumps mean equal content. */
static char *
dump (const char *path)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  const char *text;

  g_assert_true (dsc_exchange_export (store, NULL, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write (out, "", 1, NULL, NULL) == 1);
  text = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));
  return g_strdup (strchr (text, '\n') + 1);
}

static guint
count_associations (const char *path)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GPtrArray) all = dsc_store_list (store, &dsc_kind_association, 0, NULL);

  return all->len;
}

static void
make_demo (const char *path,
           guint       associations)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_demo_generate (store, associations, 1, &error));
  g_assert_no_error (error);
}

static void
export_all (const char *database,
            const char *file_path)
{
  g_autoptr(DscStore) store = dsc_test_open (database);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_exchange_export_to_file (store, NULL, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static DscWindow *
open_window (const char *path)
{
  DscWindow *window = dsc_window_new (GTK_APPLICATION (app), path);

  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  return window;
}

static void
close_window (DscWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  iterate (50);
}

/* The office's whole database comes to a new installation: the summary first,
 * nothing written; Import writes it and the main window shows it. */
static void
test_import_checks_then_applies (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *laptop = g_build_filename (dir, "laptop.db", NULL);
  g_autofree char *file_path = g_build_filename (dir, "office.discorsi", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autofree char *summary = NULL;
  g_autofree char *office_dump = NULL;
  g_autofree char *laptop_dump = NULL;
  DscImportWindow *import;
  DscWindow *window;

  make_demo (office, 12);
  export_all (office, file_path);
  g_object_unref (dsc_test_open (laptop));

  window = open_window (laptop);
  dsc_window_import_file (window, file);
  wait_until (import_shows, (gpointer) "summary");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);

  summary = rows_text (import);
  g_assert_nonnull (strstr (summary, "Associations\n  12 new"));
  g_assert_nonnull (strstr (summary, "Shared records"));
  g_assert_false (gtk_widget_get_visible (template_child (import, DSC_TYPE_IMPORT_WINDOW, "conflicts_group")));
  /* Checking wrote nothing. */
  g_assert_cmpuint (count_associations (laptop), ==, 0);

  dsc_import_window_apply (import);
  wait_until (import_window_gone, NULL);
  g_assert_cmpuint (count_associations (laptop), ==, 12);
  office_dump = dump (office);
  laptop_dump = dump (laptop);
  g_assert_cmpstr (office_dump, ==, laptop_dump);

  /* The main window was reloaded: its list shows the associations. */
  iterate (200);
  g_assert_cmpuint (dsc_associations_page_get_n_shown (dsc_window_get_associations_page (window)), ==, 12);

  /* The same file again: nothing to import, no Import button. */
  dsc_window_import_file (window, file);
  wait_until (import_shows, (gpointer) "summary");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);
  g_free (summary);
  summary = rows_text (import);
  g_assert_nonnull (strstr (summary, "Nothing to import"));
  g_assert_false (gtk_widget_get_visible (template_child (import, DSC_TYPE_IMPORT_WINDOW, "import_button")));
  gtk_window_close (GTK_WINDOW (import));
  wait_until (import_window_gone, NULL);

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* A damaged file says what is wrong and where, and leaves the data alone. */
static void
test_damaged_file_is_refused (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *file_path = g_build_filename (dir, "office.discorsi", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "cut.discorsi", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  DscImportWindow *import;
  AdwStatusPage *problems;
  gsize length = 0;
  DscWindow *window;

  make_demo (office, 4);
  export_all (office, file_path);
  /* Cut in the middle of a line, as a copy interrupted on a USB stick. */
  g_assert_true (g_file_get_contents (file_path, &contents, &length, &error));
  g_assert_true (g_file_set_contents (bad_path, contents, (gssize) (length / 2), &error));
  g_assert_no_error (error);
  before = dump (office);

  window = open_window (office);
  dsc_window_import_file (window, bad);
  wait_until (import_shows, (gpointer) "problems");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);
  problems = template_child (import, DSC_TYPE_IMPORT_WINDOW, "problems_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (problems), "cut.discorsi"));
  g_assert_nonnull (strstr (adw_status_page_get_description (problems), "line "));
  g_assert_false (gtk_widget_get_visible (template_child (import, DSC_TYPE_IMPORT_WINDOW, "import_button")));
  gtk_window_close (GTK_WINDOW (import));
  wait_until (import_window_gone, NULL);

  after = dump (office);
  g_assert_cmpstr (before, ==, after);

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* Closing the window while the import runs writes nothing. */
static void
test_cancelled_import_writes_nothing (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *laptop = g_build_filename (dir, "laptop.db", NULL);
  g_autofree char *file_path = g_build_filename (dir, "office.discorsi", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  DscImportWindow *import;
  DscWindow *window;

  make_demo (office, 300);
  export_all (office, file_path);
  g_object_unref (dsc_test_open (laptop));

  window = open_window (laptop);
  dsc_window_import_file (window, file);
  wait_until (import_shows, (gpointer) "summary");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);
  dsc_import_window_apply (import);
  g_assert_cmpstr (dsc_import_window_get_page (import), ==, "working");
  gtk_window_close (GTK_WINDOW (import));
  wait_until (import_window_gone, NULL);
  /* Let the worker notice and roll back. */
  iterate (2000);

  g_assert_cmpuint (count_associations (laptop), ==, 0);
  close_window (window);
  dsc_test_remove_tree (dir);
}

static void
rename_association (const char *path,
                    const char *uuid,
                    const char *name)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = dsc_store_load_by_uuid (store, &dsc_kind_association, uuid, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (association);
  g_free (association->name);
  association->name = g_strdup (name);
  g_assert_true (dsc_store_update (store, association, &error));
  g_assert_no_error (error);
}

static char *
association_name (const char *path,
                  const char *uuid)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = dsc_store_load_by_uuid (store, &dsc_kind_association, uuid, NULL);

  return g_strdup (association->name);
}

/* Both sides rename the same association; the newer name wins, the other is
 * in the conflict log, and Restore brings it back. */
static void
test_conflict_is_logged_and_restored (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *laptop = g_build_filename (dir, "laptop.db", NULL);
  g_autofree char *first_path = g_build_filename (dir, "first.discorsi", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.discorsi", NULL);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  g_autoptr(DscAssociation) first_association = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *log = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  DscImportWindow *import;
  DscConflictsWindow *conflicts;
  GtkWidget *restore;
  DscWindow *window;

  make_demo (office, 3);
  export_all (office, first_path);
  {
    g_autoptr(DscStore) store = dsc_test_open (laptop);
    g_autoptr(GFile) first = g_file_new_for_path (first_path);
    g_autoptr(DscImportSummary) done = dsc_exchange_import (store, first, DSC_IMPORT_DEFAULT, NULL, NULL,
                                                            NULL, NULL, &error);
    g_autoptr(GPtrArray) all = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (done);
    all = dsc_store_list (store, &dsc_kind_association, 0, NULL);
    uuid = g_strdup (((DscRecord *) g_ptr_array_index (all, 0))->uuid);
  }

  /* The laptop renames first, the office a day later: the office's name is newer. */
  g_setenv ("DISCORSI_NOW", "2026-11-27T09:00:00Z", TRUE);
  rename_association (laptop, uuid, "Nome dal portatile");
  g_setenv ("DISCORSI_NOW", "2026-11-28T09:00:00Z", TRUE);
  rename_association (office, uuid, "Nome dall'ufficio");
  export_all (office, second_path);
  g_setenv ("DISCORSI_NOW", "2026-11-29T09:00:00Z", TRUE);

  window = open_window (laptop);
  {
    g_autoptr(DscStore) store = dsc_test_open (laptop);
    g_autoptr(DscAssociation) chosen = dsc_store_load_by_uuid (store, &dsc_kind_association, uuid, NULL);

    g_assert_true (dsc_associations_page_select (dsc_window_get_associations_page (window), chosen->base.id));
  }
  dsc_window_import_file (window, second);
  wait_until (import_shows, (gpointer) "summary");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);
  g_assert_true (gtk_widget_get_visible (template_child (import, DSC_TYPE_IMPORT_WINDOW, "conflicts_group")));
  summary = rows_text (import);
  /* The conflict is named as this computer knows the record. */
  g_assert_nonnull (strstr (summary, "Associations: Nome dal portatile"));
  g_assert_nonnull (strstr (summary, "The file’s newer version will replace the one on this computer."));
  dsc_import_window_apply (import);
  wait_until (import_window_gone, NULL);

  name = association_name (laptop, uuid);
  g_assert_cmpstr (name, ==, "Nome dall'ufficio");
  /* The reload kept the association the volunteer was looking at. */
  {
    g_autofree char *selected = dsc_associations_page_get_selected_uuid (dsc_window_get_associations_page (window));

    g_assert_cmpstr (selected, ==, uuid);
  }

  /* The conflict log has the laptop's name, and Restore puts it back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.conflicts", NULL);
  iterate (100);
  conflicts = find_toplevel (DSC_TYPE_CONFLICTS_WINDOW);
  g_assert_nonnull (conflicts);
  log = rows_text (conflicts);
  g_assert_nonnull (strstr (log, "by the version in “second.discorsi”"));
  restore = find_button (GTK_WIDGET (conflicts), "_Restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  iterate (100);
  /* It asks first, since the current version is not kept. */
  {
    AdwMessageDialog *question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "cancel");
    adw_message_dialog_response (question, "restore");
    iterate (100);
  }

  g_free (name);
  name = association_name (laptop, uuid);
  g_assert_cmpstr (name, ==, "Nome dal portatile");
  g_free (log);
  log = rows_text (conflicts);
  g_assert_nonnull (strstr (log, "Restored on "));
  g_assert_null (find_button (GTK_WIDGET (conflicts), "_Restore"));
  gtk_window_close (GTK_WINDOW (conflicts));

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  close_window (window);
  dsc_test_remove_tree (dir);
}

/* What the file says (an association's name) is shown as written, also with
 * the characters that markup would take for its own. */
static void
test_names_shown_as_written (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *laptop = g_build_filename (dir, "laptop.db", NULL);
  g_autofree char *file_path = g_build_filename (dir, "one.discorsi", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autofree char *uuid = NULL;
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *totals;
  DscImportWindow *import;
  DscWindow *window;

  make_demo (office, 2);
  {
    g_autoptr(DscStore) store = dsc_test_open (office);
    g_autoptr(GPtrArray) all = dsc_store_list (store, &dsc_kind_association, 0, NULL);

    uuid = g_strdup (((DscRecord *) g_ptr_array_index (all, 0))->uuid);
  }
  rename_association (office, uuid, "Donne & <Lavoro>");
  {
    g_autoptr(DscStore) store = dsc_test_open (office);

    g_assert_true (dsc_exchange_export_to_file (store, uuid, file, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_object_unref (dsc_test_open (laptop));

  window = open_window (laptop);
  dsc_window_import_file (window, file);
  wait_until (import_shows, (gpointer) "summary");
  import = find_toplevel (DSC_TYPE_IMPORT_WINDOW);
  totals = template_child (import, DSC_TYPE_IMPORT_WINDOW, "totals_group");
  /* The description is read as markup (unescaped, it would show nothing);
   * what it shows is the name as written. */
  g_assert_nonnull (strstr (adw_preferences_group_get_description (totals), "“Donne & <Lavoro>”"));
  gtk_window_close (GTK_WINDOW (import));
  wait_until (import_window_gone, NULL);
  g_assert_cmpuint (count_associations (laptop), ==, 0);

  close_window (window);
  dsc_test_remove_tree (dir);
}

static guint
count_consenting (const char *path)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, 0, NULL);
  guint n = 0;

  for (guint i = 0; i < people->len; i++)
    if (((DscPerson *) g_ptr_array_index (people, i))->consent_date != NULL)
      n++;
  return n;
}

/* One association on its own, for a trainer's laptop; a CSV table for a funder. */
static void
test_export_window (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *office = g_build_filename (dir, "office.db", NULL);
  g_autofree char *one_path = g_build_filename (dir, "one.discorsi", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "people.csv", NULL);
  g_autoptr(GFile) one = g_file_new_for_path (one_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autofree char *contents = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  DscExportWindow *export;
  DscWindow *window;
  char *uuid;

  make_demo (office, 6);
  window = open_window (office);
  uuid = dsc_associations_page_get_selected_uuid (dsc_window_get_associations_page (window));
  if (uuid == NULL)
    {
      g_autoptr(DscStore) store = dsc_test_open (office);
      g_autoptr(GPtrArray) all = dsc_store_list (store, &dsc_kind_association, 0, NULL);

      uuid = g_strdup (((DscRecord *) g_ptr_array_index (all, 0))->uuid);
    }

  export = dsc_export_window_new (window, uuid);
  gtk_window_present (GTK_WINDOW (export));
  iterate (50);
  g_assert_true (gtk_widget_get_sensitive (template_child (export, DSC_TYPE_EXPORT_WINDOW, "association_row")));
  dsc_export_window_export (export, TRUE, -1, one);
  wait_until (export_window_gone, NULL);
  g_assert_true (g_file_get_contents (one_path, &contents, NULL, &error));
  g_assert_no_error (error);
  header = g_strdup_printf ("\"scope\":\"%s\"", uuid);
  g_assert_nonnull (strstr (contents, header));
  g_assert_nonnull (strstr (contents, "\"kind\":\"framework\""));
  g_assert_true (g_str_has_suffix (contents, "}\n"));

  export = dsc_export_window_new (window, NULL);
  gtk_window_present (GTK_WINDOW (export));
  iterate (50);
  /* Without a chosen association, "One association" cannot be picked. */
  g_assert_false (gtk_widget_get_sensitive (template_child (export, DSC_TYPE_EXPORT_WINDOW, "association_row")));
  dsc_export_window_export (export, FALSE, DSC_CSV_PEOPLE, csv);
  wait_until (export_window_gone, NULL);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
  lines = g_strsplit (contents, "\r\n", -1);
  /* A heading, one line per person who agreed, and the empty end. */
  g_assert_cmpuint (g_strv_length (lines), ==, count_consenting (office) + 2);

  g_free (uuid);
  close_window (window);
  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();

  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/gui-exchange/import-checks-then-applies", test_import_checks_then_applies);
  g_test_add_func ("/gui-exchange/damaged-file-is-refused", test_damaged_file_is_refused);
  g_test_add_func ("/gui-exchange/cancelled-import-writes-nothing", test_cancelled_import_writes_nothing);
  g_test_add_func ("/gui-exchange/conflict-is-logged-and-restored", test_conflict_is_logged_and_restored);
  g_test_add_func ("/gui-exchange/names-shown-as-written", test_names_shown_as_written);
  g_test_add_func ("/gui-exchange/export-window", test_export_window);

  return g_test_run ();
}
