/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The training screens in the real window on a temporary database, driven as a
 * trainer would drive them: a module made on the Training page, a session added
 * in its dialog, associations invited and marked present; then what the
 * database, the association's Training section and the module's certificates
 * show is checked. Runs under Xvfb; without a display it skips. */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-association-detail.h"
#include "dsc-association-training.h"
#include "dsc-associations-page.h"
#include "dsc-capacity.h"
#include "dsc-gui-util.h"
#include "dsc-progress.h"
#include "dsc-session-dialog.h"
#include "dsc-test-util.h"
#include "dsc-training-page.h"
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

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
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
          const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child))
                              : GTK_IS_LABEL (child) ? gtk_label_get_label (GTK_LABEL (child))
                              : NULL;

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

/* The row of @group (a preferences group) whose title is @title. */
static GtkWidget *
find_row (gpointer    group,
          const char *title)
{
  for (GtkWidget *row = find_descendant (group, ADW_TYPE_PREFERENCES_ROW, NULL); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;

  return NULL;
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

static DscTrainingPage *
training_page_of (DscWindow *window)
{
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "training");
  iterate (50);
  return template_child (window, DSC_TYPE_WINDOW, "training_page");
}

static DscAssociation *
add_association (DscStore   *store,
                 const char *name,
                 int         members)
{
  DscAssociation *association = dsc_test_add_association (store, name, DSC_PROVINCE_TO);

  association->members = members;
  g_assert_true (dsc_store_update (store, association, NULL));
  return association;
}

static DscSessionDialog *
open_new_session (DscTrainingPage *page)
{
  DscSessionDialog *dialog;

  g_signal_emit_by_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "add_session_button"), "clicked");
  iterate (100);
  dialog = DSC_SESSION_DIALOG (find_toplevel (DSC_TYPE_SESSION_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpint (dsc_session_dialog_get_session_id (dialog), ==, 0);
  return dialog;
}

static void
set_field (DscSessionDialog *dialog,
           const char       *field,
           const char       *text)
{
  GtkWidget *row = dsc_session_dialog_get_field_widget (dialog, field);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
check_of_row (GtkWidget *row)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))));
}

/* The text of the status label ("Qualifies", "Not yet") on a certificate row. */
static gboolean
row_says (GtkWidget  *row,
          const char *text)
{
  return find_descendant (row, GTK_TYPE_LABEL, text) != NULL;
}

static const char *
hours_shown_for (DscWindow *window,
                 gint64     association_id)
{
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  DscAssociationDetail *detail = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail");
  DscAssociationTraining *section = template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "training_section");

  g_assert_true (dsc_associations_page_select (page, association_id));
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (section, DSC_TYPE_ASSOCIATION_TRAINING,
                                                                     "stack")), ==, "content");
  return gtk_label_get_text (template_child (section, DSC_TYPE_ASSOCIATION_TRAINING, "hours_label"));
}

static void
test_module_session_attendance (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = add_association (store, "Al Amal", 2);
  g_autoptr(DscAssociation) bridges = add_association (store, "Bridges", 30);
  g_autoptr(DscAssociation) casa = add_association (store, "Casa Latina", -1);
  g_autoptr(GPtrArray) modules = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  DscWindow *window = open_window (path);
  DscTrainingPage *page = training_page_of (window);
  DscSessionDialog *dialog;
  DscModule *module;
  DscSession *session;
  GtkWidget *invite_button, *confirm, *search, *row, *spin, *certificates, *toggle;
  gint64 session_id;

  /* No module yet: the page says what a module is and offers to add one. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "page_stack")),
                   ==, "empty");
  g_signal_emit_by_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "add_first_button"), "clicked");
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "page_stack")),
                   ==, "browse");
  g_assert_cmpint (dsc_training_page_get_module_id (page), >, 0);

  gtk_editable_set_text (GTK_EDITABLE (dsc_training_page_get_field_widget (page, "title")),
                         "Scrivere un progetto");
  gtk_editable_set_text (GTK_EDITABLE (dsc_training_page_get_field_widget (page, "planned_minutes")), "12");

  /* A session: stored once it has a date and a duration. */
  dialog = open_new_session (page);
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "attendance_group")));
  set_field (dialog, "date", "2026-11-20");
  set_field (dialog, "start_time", "18:00");
  set_field (dialog, "duration_minutes", "3");
  set_field (dialog, "location", "Casa del Quartiere");
  iterate (600);
  session_id = dsc_session_dialog_get_session_id (dialog);
  g_assert_cmpint (session_id, >, 0);
  g_assert_true (gtk_widget_get_sensitive (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "attendance_group")));

  /* Invite three: two ticked in the full list, the third found by searching. */
  invite_button = template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_button");
  confirm = template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_confirm_button");
  search = template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_search_entry");
  g_signal_emit_by_name (invite_button, "clicked");
  iterate (100);
  g_assert_true (gtk_widget_get_visible (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_popover")));
  g_assert_false (gtk_widget_get_sensitive (confirm));
  g_signal_emit_by_name (dsc_session_dialog_get_invite_row (dialog, amal->base.id), "activate");
  g_signal_emit_by_name (dsc_session_dialog_get_invite_row (dialog, casa->base.id), "activate");
  gtk_editable_set_text (GTK_EDITABLE (search), "bridg");
  iterate (400);
  g_assert_null (dsc_session_dialog_get_invite_row (dialog, amal->base.id));
  g_signal_emit_by_name (dsc_session_dialog_get_invite_row (dialog, bridges->base.id), "activate");
  g_assert_true (gtk_widget_get_sensitive (confirm));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (confirm)), ==, "_Invite 3 Associations");
  g_signal_emit_by_name (confirm, "clicked");
  iterate (100);

  g_assert_nonnull (dsc_session_dialog_get_attendance_row (dialog, amal->base.id));
  g_assert_nonnull (dsc_session_dialog_get_attendance_row (dialog, bridges->base.id));
  g_assert_nonnull (dsc_session_dialog_get_attendance_row (dialog, casa->base.id));
  g_assert_false (check_of_row (dsc_session_dialog_get_attendance_row (dialog, amal->base.id)));

  /* Invited ones show ticked and cannot be ticked off in the chooser. */
  g_signal_emit_by_name (invite_button, "clicked");
  iterate (100);
  row = dsc_session_dialog_get_invite_row (dialog, amal->base.id);
  g_assert_true (check_of_row (row));
  g_assert_false (gtk_widget_get_sensitive (row));
  gtk_popover_popdown (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_popover"));
  iterate (50);

  g_signal_emit_by_name (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "mark_all_button"), "clicked");
  iterate (50);
  g_assert_true (check_of_row (dsc_session_dialog_get_attendance_row (dialog, casa->base.id)));
  g_assert_cmpstr (gtk_label_get_text (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "totals_label")),
                   ==, "3 of 3 associations present · 3 participants");

  /* Al Amal has two members and sent four people: allowed, and flagged. */
  row = dsc_session_dialog_get_attendance_row (dialog, amal->base.id);
  spin = find_descendant (row, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "More participants than members (2)");

  /* Casa Latina did not come after all: the row itself toggles "present". */
  row = dsc_session_dialog_get_attendance_row (dialog, casa->base.id);
  g_signal_emit_by_name (row, "activate");
  g_assert_false (check_of_row (row));
  g_assert_cmpstr (gtk_label_get_text (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "totals_label")),
                   ==, "2 of 3 associations present · 5 participants");

  /* Closing at once loses nothing. */
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (100);

  modules = dsc_store_list (store, &dsc_kind_module, 0, NULL);
  g_assert_cmpuint (modules->len, ==, 1);
  module = g_ptr_array_index (modules, 0);
  g_assert_cmpstr (module->title, ==, "Scrivere un progetto");
  g_assert_cmpint (module->planned_minutes, ==, 12 * 60);
  g_assert_cmpint (module->threshold_percent, ==, 75);

  sessions = dsc_store_list_by (store, &dsc_kind_session, "module", module->base.id, NULL);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (session->date, ==, "2026-11-20");
  g_assert_cmpstr (session->start_time, ==, "18:00");
  g_assert_cmpint (session->duration_minutes, ==, 180);
  g_assert_cmpstr (session->location, ==, "Casa del Quartiere");

  attendance = dsc_store_session_attendance (store, session->base.id, NULL);
  g_assert_cmpuint (attendance->len, ==, 3);
  for (guint i = 0; i < attendance->len; i++)
    {
      DscAttendanceRow *line = g_ptr_array_index (attendance, i);

      if (line->attendance->association_id == casa->base.id)
        g_assert_false (line->attendance->present);
      else
        g_assert_true (line->attendance->present);
      if (line->attendance->association_id == amal->base.id)
        g_assert_cmpint (line->attendance->participants, ==, 4);
    }

  /* The module lists the session, and its certificates follow the threshold:
   * one session of 3 h, attended by two of the three. */
  {
    g_autofree char *date = dsc_format_date ("2026-11-20");
    g_autofree char *title = g_strdup_printf ("%s · 18:00 · 3 h", date);

    row = find_row (template_child (page, DSC_TYPE_TRAINING_PAGE, "sessions_group"), title);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Casa del Quartiere");
    g_assert_true (row_says (row, "2 of 3 present"));
  }
  certificates = template_child (page, DSC_TYPE_TRAINING_PAGE, "certificates_group");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (certificates)), "75%"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (certificates)),
                            "2 h 15 min of 3 h"));
  row = find_row (certificates, "Al Amal");
  g_assert_nonnull (row);
  g_assert_true (row_says (row, "Qualifies"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "3 h of 3 h attended (100%)");
  g_assert_true (row_says (find_row (certificates, "Bridges"), "Qualifies"));
  row = find_row (certificates, "Casa Latina");
  g_assert_true (row_says (row, "Not yet"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "0 h of 3 h attended (0%)");

  /* The certificate handed to Al Amal is recorded with today's date. */
  toggle = find_descendant (find_row (certificates, "Al Amal"), GTK_TYPE_SWITCH, NULL);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  iterate (50);
  {
    g_autoptr(GPtrArray) summary = dsc_store_module_summary (store, module->base.id, NULL);
    DscModuleTraining *first = g_ptr_array_index (summary, 0);

    g_assert_cmpint (first->association_id, ==, amal->base.id);
    g_assert_true (first->certificate_issued);
    g_assert_cmpstr (first->certificate_date, ==, "2026-11-26");
  }

  /* Each association's Training section: 3 h for those present, 0 h for the absent one. */
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "associations");
  iterate (50);
  g_assert_cmpstr (hours_shown_for (window, amal->base.id), ==, "3 h");
  g_assert_cmpstr (hours_shown_for (window, bridges->base.id), ==, "3 h");
  g_assert_cmpstr (hours_shown_for (window, casa->base.id), ==, "0 h");
  {
    g_autoptr(DscProgress) progress = dsc_progress_compute (store, casa->base.id, NULL);

    g_assert_cmpint (progress->training_minutes, ==, 0);
  }

  close_window (window);
  dsc_test_remove_tree (dir);
}

static DscModule *
add_module (DscStore   *store,
            const char *title)
{
  DscModule *module = dsc_record_new (&dsc_kind_module);

  module->title = g_strdup (title);
  g_assert_true (dsc_store_insert (store, module, NULL));
  return module;
}

static void
test_zero_duration_is_refused (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscModule) module = add_module (store, "Comunicare");
  DscWindow *window = open_window (path);
  DscTrainingPage *page = training_page_of (window);
  DscSessionDialog *dialog;
  GtkWidget *duration, *problem;

  g_assert_true (dsc_training_page_select (page, module->base.id));
  dialog = open_new_session (page);
  set_field (dialog, "date", "2026-11-20");
  set_field (dialog, "duration_minutes", "0");

  duration = dsc_session_dialog_get_field_widget (dialog, "duration_minutes");
  problem = gtk_widget_get_next_sibling (duration);
  g_assert_true (gtk_widget_has_css_class (duration, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_nonnull (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)), !=, "");
  iterate (600);
  g_assert_cmpint (dsc_session_dialog_get_session_id (dialog), ==, 0);

  gtk_window_close (GTK_WINDOW (dialog));
  iterate (100);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_session, NULL), ==, 0);

  close_window (window);
  dsc_test_remove_tree (dir);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static void
test_chooser_shows_at_most_fifty (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscModule) module = add_module (store, "Lavorare in rete");
  g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
  DscWindow *window;
  GtkWidget *dialog, *list, *hint;

  g_assert_true (dsc_store_begin (store, NULL));
  for (int i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Associazione %03d", i);
      g_autoptr(DscAssociation) association = dsc_test_add_association (store, name, DSC_PROVINCE_CN);
    }
  g_assert_true (dsc_store_commit (store, NULL));

  session->module_id = module->base.id;
  session->date = g_strdup ("2026-10-01");
  session->duration_minutes = 120;
  g_assert_true (dsc_store_insert (store, session, NULL));

  window = open_window (path);
  dialog = dsc_session_dialog_new (dsc_window_get_store (window), 0, session->base.id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (100);

  g_signal_emit_by_name (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_button"), "clicked");
  iterate (100);
  list = template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_list");
  hint = template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_hint_label");
  g_assert_cmpuint (count_children (list), ==, 50);
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hint)), "50 of 120"));

  /* Enter in the search ticks the one match. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_search_entry")),
                         "associazione 117");
  iterate (400);
  g_assert_cmpuint (count_children (list), ==, 1);
  g_assert_false (gtk_widget_get_visible (hint));
  g_signal_emit_by_name (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_search_entry"), "activate");
  g_signal_emit_by_name (template_child (dialog, DSC_TYPE_SESSION_DIALOG, "invite_confirm_button"), "clicked");
  iterate (100);
  g_assert_cmpint (dsc_store_count_where (store, &dsc_kind_attendance, "session", session->base.id, NULL), ==, 1);

  /* Taken off the list by mistake, and put back with Undo. */
  {
    g_autoptr(GPtrArray) rows = dsc_store_session_attendance (store, session->base.id, NULL);
    gint64 invited = ((DscAttendanceRow *) g_ptr_array_index (rows, 0))->attendance->association_id;
    GtkWidget *row = dsc_session_dialog_get_attendance_row (DSC_SESSION_DIALOG (dialog), invited);
    GtkWidget *undo;

    g_assert_nonnull (row);
    g_signal_emit_by_name (find_descendant (row, GTK_TYPE_BUTTON, "uninvite"), "clicked");
    iterate (100);
    g_assert_cmpint (dsc_store_count_where (store, &dsc_kind_attendance, "session", session->base.id, NULL), ==, 0);
    g_assert_null (dsc_session_dialog_get_attendance_row (DSC_SESSION_DIALOG (dialog), invited));

    undo = find_descendant (dialog, GTK_TYPE_BUTTON, "_Undo");
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    iterate (100);
    g_assert_cmpint (dsc_store_count_where (store, &dsc_kind_attendance, "session", session->base.id, NULL), ==, 1);
    g_assert_nonnull (dsc_session_dialog_get_attendance_row (DSC_SESSION_DIALOG (dialog), invited));
  }

  gtk_window_close (GTK_WINDOW (dialog));
  close_window (window);
  dsc_test_remove_tree (dir);
}

static gboolean
no_module_left (gpointer data)
{
  return dsc_store_count (data, &dsc_kind_module, NULL) == 0;
}

static void
test_delete_module_and_undo (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscModule) module = add_module (store, "Contabilità di base");
  g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
  DscWindow *window;
  DscTrainingPage *page;
  GtkWidget *undo;

  session->module_id = module->base.id;
  session->date = g_strdup ("2026-10-01");
  session->duration_minutes = 90;
  g_assert_true (dsc_store_insert (store, session, NULL));

  window = open_window (path);
  page = training_page_of (window);
  g_assert_true (dsc_training_page_select (page, module->base.id));
  iterate (50);

  gtk_widget_activate_action (GTK_WIDGET (page), "training.delete-module", NULL);
  iterate (100);
  g_assert_true (no_module_left (store));
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_session, NULL), ==, 0);
  g_assert_cmpint (dsc_training_page_get_module_id (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "page_stack")),
                   ==, "empty");

  undo = find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  iterate (100);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_module, NULL), ==, 1);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_session, NULL), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_TRAINING_PAGE, "page_stack")),
                   ==, "browse");

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

  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  /* Dates and numbers as the assertions write them. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();

  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/gui/training/module-session-attendance", test_module_session_attendance);
  g_test_add_func ("/gui/training/zero-duration-is-refused", test_zero_duration_is_refused);
  g_test_add_func ("/gui/training/chooser-shows-at-most-fifty", test_chooser_shows_at_most_fifty);
  g_test_add_func ("/gui/training/delete-module-and-undo", test_delete_module_and_undo);

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
