/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The real window on a temporary database, driven as a user would drive it
 * (STYLE.md): rows typed into, choices picked, actions activated, buttons
 * clicked; then what the database and the widgets show is checked. Runs under
 * Xvfb; without a display it skips. */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-association-detail.h"
#include "dsc-associations-page.h"
#include "dsc-person-dialog.h"
#include "dsc-preferences-window.h"
#include "dsc-profile-editor.h"
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

/* Runs the main loop until @done says so, or fails after a while. */
static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
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

static DscProfileEditor *
profile_editor_of (DscWindow *window)
{
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  DscAssociationDetail *detail = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail");

  return template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "profile_editor");
}

static GtkWidget *
field (DscWindow  *window,
       const char *name)
{
  GtkWidget *widget = dsc_profile_editor_get_field_widget (profile_editor_of (window), name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
visible_page (gpointer    widget,
              GType       type,
              const char *stack_name)
{
  return gtk_stack_get_visible_child_name (template_child (widget, type, stack_name));
}

static GtkWidget *
find_descendant (GtkWidget  *root,
                 GType       type,
                 const char *name_or_label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : NULL;

          if (name_or_label == NULL || g_strcmp0 (gtk_widget_get_name (child), name_or_label) == 0
              || g_strcmp0 (label, name_or_label) == 0)
            return child;
        }

      found = find_descendant (child, type, name_or_label);
      if (found != NULL)
        return found;
    }

  return NULL;
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

static DscAssociation *
only_association (const char *path)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GPtrArray) all = dsc_store_list (store, &dsc_kind_association, 0, NULL);

  g_assert_cmpuint (all->len, ==, 1);
  return dsc_record_copy (g_ptr_array_index (all, 0));
}

static void
test_create_association_through_widgets (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscAssociation) stored = NULL;
  DscWindow *window = open_window (path);
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  GtkWidget *email, *problem_row, *housing, *description;

  /* A new database greets with the empty state. */
  g_assert_cmpstr (visible_page (page, DSC_TYPE_ASSOCIATIONS_PAGE, "page_stack"), ==, "empty");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-association", NULL);
  iterate (50);
  g_assert_cmpstr (visible_page (page, DSC_TYPE_ASSOCIATIONS_PAGE, "page_stack"), ==, "browse");
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (field (window, "name")), "Comité des Ivoiriens de Novara");
  gtk_editable_set_text (GTK_EDITABLE (field (window, "acronym")), "CIN");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (window, "legal_form")), 1 + DSC_LEGAL_FORM_APS);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (window, "province")), 1 + DSC_PROVINCE_NO);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (window, "status")), DSC_STATUS_DORMANT);
  gtk_editable_set_text (GTK_EDITABLE (field (window, "municipality")), "Novara");
  gtk_editable_set_text (GTK_EDITABLE (field (window, "members")), "64");
  gtk_editable_set_text (GTK_EDITABLE (field (window, "communities")), "Costa d'Avorio");

  /* A wrong e-mail is marked and explained, and not stored. */
  email = field (window, "email");
  gtk_editable_set_text (GTK_EDITABLE (email), "info-at-cin.org");
  problem_row = gtk_widget_get_next_sibling (email);
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_true (gtk_widget_get_visible (problem_row));
  iterate (600);
  stored = only_association (path);
  g_assert_cmpstr (stored->name, ==, "Comité des Ivoiriens de Novara");
  g_assert_null (stored->email);
  g_clear_pointer (&stored, dsc_association_free);

  gtk_editable_set_text (GTK_EDITABLE (email), "info@cin.org");
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  g_assert_false (gtk_widget_get_visible (problem_row));

  housing = find_descendant (field (window, "areas"), GTK_TYPE_CHECK_BUTTON, "housing");
  g_assert_nonnull (housing);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (housing), TRUE);

  description = field (window, "description");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (description)),
                            "Accoglienza e orientamento.\nSecondo paragrafo.", -1);

  /* Closing at once loses nothing: what was typed is stored on close. */
  close_window (window);

  stored = only_association (path);
  g_assert_cmpstr (stored->name, ==, "Comité des Ivoiriens de Novara");
  g_assert_cmpstr (stored->acronym, ==, "CIN");
  g_assert_cmpint (stored->legal_form, ==, DSC_LEGAL_FORM_APS);
  g_assert_cmpint (stored->province, ==, DSC_PROVINCE_NO);
  g_assert_cmpint (stored->status, ==, DSC_STATUS_DORMANT);
  g_assert_cmpstr (stored->municipality, ==, "Novara");
  g_assert_cmpint (stored->members, ==, 64);
  g_assert_cmpstr (stored->email, ==, "info@cin.org");
  g_assert_cmpuint (stored->areas, ==, DSC_AREA_FLAG (DSC_AREA_HOUSING));
  g_assert_cmpstr (stored->description, ==, "Accoglienza e orientamento.\nSecondo paragrafo.");

  /* A new window on the same file shows it, and search finds it without accents. */
  window = open_window (path);
  page = dsc_window_get_associations_page (window);
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "search_entry")),
                         "comite novara");
  iterate (400);
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "search_entry")),
                         "torino");
  iterate (400);
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 0);
  g_assert_cmpstr (visible_page (page, DSC_TYPE_ASSOCIATIONS_PAGE, "list_stack"), ==, "no-results");
  close_window (window);

  dsc_test_remove_tree (dir);
}

static gboolean
store_has_no_live_association (gpointer data)
{
  return dsc_store_count (data, &dsc_kind_association, NULL) == 0;
}

static void
test_delete_and_undo (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  /* Names with markup characters must show as typed, everywhere. */
  g_autoptr(DscAssociation) association = dsc_test_add_association (store, "Al Amal & Co <APS>", DSC_PROVINCE_TO);
  DscWindow *window;
  DscAssociationsPage *page;
  GtkWidget *undo;

  {
    g_autoptr(DscPerson) person = dsc_person_new ();
    person->association_id = association->base.id;
    person->full_name = g_strdup ("Fatima <El> Amrani & figli");
    g_assert_true (dsc_store_insert (store, person, NULL));
  }

  window = open_window (path);
  page = dsc_window_get_associations_page (window);
  g_assert_true (dsc_associations_page_select (page, association->base.id));
  iterate (50);
  g_assert_cmpstr (visible_page (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail_stack"), ==, "detail");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-association", NULL);
  iterate (300);
  iterate_until (store_has_no_live_association, store);
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 0);
  g_assert_cmpuint (dsc_store_list (store, &dsc_kind_person, association->base.id, NULL)->len, ==, 0);

  /* The toast's Undo brings it back whole, people included. */
  undo = find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  iterate (100);

  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 1);
  {
    g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, association->base.id, NULL);
    g_assert_cmpuint (people->len, ==, 1);
  }
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 1);
  g_assert_cmpint (dsc_associations_page_get_selected_id (page), ==, association->base.id);

  close_window (window);
  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

static gboolean
window_shows_sample (gpointer data)
{
  return dsc_window_is_sample (data)
         && dsc_associations_page_get_n_shown (dsc_window_get_associations_page (data)) > 0;
}

static gboolean
window_shows_own_data (gpointer data)
{
  return !dsc_window_is_sample (data);
}

static void
test_sample_data_leaves_own_file_alone (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  DscWindow *window;
  DscAssociationsPage *page;

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscAssociation) mine = dsc_test_add_association (store, "La mia associazione", DSC_PROVINCE_CN);
  }
  window = open_window (path);
  page = dsc_window_get_associations_page (window);
  close_window (window);
  before = dsc_test_read_bytes (path);

  window = open_window (path);
  page = dsc_window_get_associations_page (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.try-sample-data", NULL);
  iterate_until (window_shows_sample, window);

  g_assert_true (gtk_revealer_get_reveal_child (template_child (window, DSC_TYPE_WINDOW, "sample_revealer")));
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 40);
  g_assert_cmpstr (dsc_store_get_path (dsc_window_get_store (window)), !=, path);

  /* Changes in the sample stay in the sample. */
  dsc_associations_page_select (page, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-association", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-association", NULL);
  iterate (100);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-sample-data", NULL);
  iterate_until (window_shows_own_data, window);
  g_assert_false (gtk_revealer_get_reveal_child (template_child (window, DSC_TYPE_WINDOW, "sample_revealer")));
  g_assert_cmpuint (dsc_associations_page_get_n_shown (page), ==, 1);
  close_window (window);

  after = dsc_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  dsc_test_remove_tree (dir);
}

static void
test_person_through_dialog (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  DscWindow *window = open_window (path);
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  DscProfileEditor *editor;
  GtkWidget *add_button;
  DscPersonDialog *dialog = NULL;
  GList *toplevels;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-association", NULL);
  iterate (50);
  editor = profile_editor_of (window);
  add_button = template_child (editor, DSC_TYPE_PROFILE_EDITOR, "add_person_button");
  g_signal_emit_by_name (add_button, "clicked");
  iterate (100);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DSC_IS_PERSON_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  gtk_editable_set_text (GTK_EDITABLE (dsc_person_dialog_get_field_widget (dialog, "full_name")),
                         "Awa Ndiaye");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_person_dialog_get_field_widget (dialog, "role")),
                              1 + DSC_ROLE_PRESIDENT);
  gtk_editable_set_text (GTK_EDITABLE (dsc_person_dialog_get_field_widget (dialog, "consent_date")),
                         "2026-03-14");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (100);

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, 0, NULL);
    DscPerson *person;

    g_assert_cmpuint (people->len, ==, 1);
    person = g_ptr_array_index (people, 0);
    g_assert_cmpstr (person->full_name, ==, "Awa Ndiaye");
    g_assert_cmpint (person->role, ==, DSC_ROLE_PRESIDENT);
    g_assert_cmpstr (person->consent_date, ==, "2026-03-14");
  }

  (void) page;
  close_window (window);
  dsc_test_remove_tree (dir);
}

static void
test_narrow_window_shows_one_pane (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  DscWindow *window;
  DscAssociationsPage *page;
  AdwLeaflet *leaflet;

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscAssociation) one = dsc_test_add_association (store, "Una", DSC_PROVINCE_TO);
  }

  window = dsc_window_new (GTK_APPLICATION (app), path);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  page = dsc_window_get_associations_page (window);
  leaflet = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "leaflet");
  g_assert_true (adw_leaflet_get_folded (leaflet));

  /* Activating a row shows its detail, with a way back. */
  g_signal_emit_by_name (template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "list_view"), "activate", 0);
  iterate (400);
  g_assert_true (adw_leaflet_get_visible_child (leaflet)
                 == GTK_WIDGET (template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail_stack")));

  close_window (window);
  dsc_test_remove_tree (dir);
}

static void
test_damaged_file_gets_a_clear_page (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  DscWindow *window;
  AdwStatusPage *error_page;

  g_assert_true (g_file_set_contents (path, "these are not the droids", -1, NULL));
  before = dsc_test_read_bytes (path);

  window = open_window (path);
  g_assert_cmpstr (visible_page (window, DSC_TYPE_WINDOW, "main_stack"), ==, "error");
  error_page = template_child (window, DSC_TYPE_WINDOW, "error_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "not a Discorsi database"));
  g_assert_false (gtk_widget_get_visible (template_child (window, DSC_TYPE_WINDOW, "restore_button")));
  close_window (window);

  after = dsc_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  dsc_test_remove_tree (dir);
}

static void
test_preferences_show_file_and_back_up (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autofree char *latest = NULL;
  DscWindow *window;
  GtkWidget *preferences;

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscAssociation) one = dsc_test_add_association (store, "Una", DSC_PROVINCE_TO);
  }
  window = open_window (path);
  iterate (300);

  preferences = dsc_preferences_window_new (window);
  gtk_window_present (GTK_WINDOW (preferences));
  iterate (100);

  g_assert_cmpstr (adw_action_row_get_subtitle (template_child (preferences, DSC_TYPE_PREFERENCES_WINDOW,
                                                                "database_row")), ==, path);

  /* Back Up Now makes a new copy, which the latest-copy row then names. */
  g_signal_emit_by_name (template_child (preferences, DSC_TYPE_PREFERENCES_WINDOW, "backup_now_button"),
                         "clicked");
  iterate (100);
  latest = dsc_backup_find_latest (path);
  g_assert_nonnull (latest);
  {
    g_autofree char *name = g_path_get_basename (latest);
    g_assert_cmpstr (adw_action_row_get_subtitle (template_child (preferences, DSC_TYPE_PREFERENCES_WINDOW,
                                                                  "latest_backup_row")), ==, name);
  }

  gtk_window_close (GTK_WINDOW (preferences));
  close_window (window);
  dsc_test_remove_tree (dir);
}

static GtkWindow *
find_toplevel (GType type)
{
  GtkWindow *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;

  g_list_free (toplevels);
  return found;
}

static void
test_shortcuts_and_about_windows (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  DscWindow *window = open_window (path);
  GtkWindow *shortcuts, *about;

  /* Ctrl+? opens the keyboard shortcuts, which name our actions. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  iterate (200);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_nonnull (find_descendant (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, NULL));
  gtk_window_close (shortcuts);

  gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL);
  iterate (200);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_close (about);

  close_window (window);
  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Sample data and settings go into a temporary home, never the user's. */
  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();

  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/gui/create-association-through-widgets", test_create_association_through_widgets);
  g_test_add_func ("/gui/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/gui/sample-data-leaves-own-file-alone", test_sample_data_leaves_own_file_alone);
  g_test_add_func ("/gui/person-through-dialog", test_person_through_dialog);
  g_test_add_func ("/gui/narrow-window-shows-one-pane", test_narrow_window_shows_one_pane);
  g_test_add_func ("/gui/damaged-file-gets-a-clear-page", test_damaged_file_gets_a_clear_page);
  g_test_add_func ("/gui/preferences-show-file-and-back-up", test_preferences_show_file_and_back_up);
  g_test_add_func ("/gui/shortcuts-and-about-windows", test_shortcuts_and_about_windows);

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
