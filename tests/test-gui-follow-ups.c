/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The open follow-ups, the directory of services and an association's Meetings
 * section, as real widgets on a temporary database with a fixed clock, driven
 * as a volunteer would drive them: Done clicked, Undo clicked, rows opened,
 * services typed in (one with a mistyped e-mail), removed and brought back.
 * The widgets sit in a plain window whose "win" actions only record what was
 * asked of them, so the test does not depend on the main window's actions.
 * Runs under Xvfb; without a display it skips. */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-association-detail.h"
#include "dsc-association-meetings.h"
#include "dsc-associations-page.h"
#include "dsc-capacity.h"
#include "dsc-follow-ups-view.h"
#include "dsc-meetings.h"
#include "dsc-services-window.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

static DscApplication *app;

/* The last window action asked for. */
static char *activated_name;
static gint64 activated_id;
static int n_activated;

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

static void
on_action_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_free (activated_name);
  activated_name = g_strdup (g_action_get_name (G_ACTION (action)));
  activated_id = parameter != NULL ? g_variant_get_int64 (parameter) : 0;
  n_activated++;
}

static void
forget_actions (void)
{
  g_clear_pointer (&activated_name, g_free);
  activated_id = 0;
  n_activated = 0;
}

/* A plain window holding @child under a toast overlay, with the window
 * actions of the contract recording their activation. */
static GtkWidget *
host_window (GtkWidget *child)
{
  static const GActionEntry entries[] = {
    { .name = "show-meeting", .activate = on_action_cb, .parameter_type = "x" },
    { .name = "new-meeting-for", .activate = on_action_cb, .parameter_type = "x" },
    { .name = "new-meeting", .activate = on_action_cb },
    { .name = "services", .activate = on_action_cb },
    { .name = "open-follow-ups", .activate = on_action_cb },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 700);
  gtk_window_present (GTK_WINDOW (window));
  forget_actions ();
  iterate (100);
  return window;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = g_strcmp0 (gtk_widget_get_name (child), name) == 0 ? child : find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_named (GtkWidget  *root,
               const char *name,
               GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0 && gtk_widget_get_visible (child))
        g_ptr_array_add (found, child);
      collect_named (child, name, found);
    }
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      found = find_label (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The button of the toast on screen whose label is @label ("_Undo"). */
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

static const char *
label_text (GtkWidget  *row,
            const char *name)
{
  GtkWidget *label = find_named (row, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The rows of a list box, in order. */
static GPtrArray *
rows_of (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

/* The follow-up row, among all in @root, that says @what. */
static GtkWidget *
follow_up_row (GtkWidget  *root,
               const char *what)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_named (root, "follow-up-row", rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (label_text (rows->pdata[i], "what-label"), what) == 0)
      return rows->pdata[i];

  return NULL;
}

static DscService *
add_service (DscStore   *store,
             const char *name)
{
  DscService *service = dsc_record_new (&dsc_kind_service);

  service->name = g_strdup (name);
  service->service_type = DSC_SERVICE_ASL;
  service->municipality = g_strdup ("Pinerolo");
  g_assert_true (dsc_store_insert (store, service, NULL));
  return service;
}

static gint64
add_meeting (DscStore       *store,
             const char     *date,
             const char     *title,
             const gint64   *associations,
             guint           n_associations,
             const gint64   *services,
             guint           n_services)
{
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);

  meeting->date = g_strdup (date);
  meeting->title = g_strdup (title);
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  g_assert_true (dsc_store_insert (store, meeting, NULL));
  g_assert_true (dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_association,
                                              associations, n_associations, NULL));
  g_assert_true (dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_service,
                                              services, n_services, NULL));
  return meeting->base.id;
}

static gint64
add_follow_up (DscStore   *store,
               gint64      meeting_id,
               gint64      association_id,
               gint64      service_id,
               const char *what,
               const char *due_date,
               int         status)
{
  g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);

  follow_up->meeting_id = meeting_id;
  follow_up->association_id = association_id;
  follow_up->service_id = service_id;
  follow_up->what = g_strdup (what);
  follow_up->owner = g_strdup ("Fatou Diop");
  follow_up->due_date = g_strdup (due_date);
  follow_up->status = status;
  if (status == DSC_FOLLOW_UP_DONE)
    follow_up->done_date = g_strdup ("2026-11-20");
  g_assert_true (dsc_store_insert (store, follow_up, NULL));
  return follow_up->base.id;
}

static void
test_overdue_first_done_undo (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) casa = dsc_test_add_association (store, "Casa & Lavoro <Torino>", DSC_PROVINCE_TO);
  g_autoptr(DscService) asl = add_service (store, "ASL TO3 – Consultorio");
  gint64 with[] = { casa->base.id };
  gint64 services[] = { asl->base.id };
  gint64 housing = add_meeting (store, "2026-09-01", "Tavolo casa", with, 1, services, 1);
  gint64 health = add_meeting (store, "2026-09-20", "Incontro consultorio", with, 1, services, 1);
  gint64 late = add_follow_up (store, housing, casa->base.id, asl->base.id,
                               "Send the list of families", "2026-11-03", DSC_FOLLOW_UP_OPEN);
  GtkWidget *view = g_object_new (DSC_TYPE_FOLLOW_UPS_VIEW, NULL);
  GtkWidget *window;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) undated = NULL;
  g_autoptr(DscFollowUp) stored = NULL;
  GtkWidget *row;

  add_follow_up (store, health, casa->base.id, 0, "Translate the leaflet", "2026-10-01", DSC_FOLLOW_UP_OPEN);
  add_follow_up (store, health, 0, asl->base.id, "Call the consultorio", "2026-11-26", DSC_FOLLOW_UP_OPEN);
  add_follow_up (store, housing, casa->base.id, 0, "Book the hall", "2026-12-10", DSC_FOLLOW_UP_OPEN);
  add_follow_up (store, housing, 0, 0, "Update the list of members", NULL, DSC_FOLLOW_UP_OPEN);
  add_follow_up (store, housing, 0, 0, "Already done", "2026-10-10", DSC_FOLLOW_UP_DONE);

  window = host_window (view);
  dsc_follow_ups_view_set_store (DSC_FOLLOW_UPS_VIEW (view), store);
  iterate (100);

  /* Overdue ones first, the oldest first, said in words (not colour alone). */
  overdue = rows_of (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "overdue_list"));
  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_cmpstr (label_text (overdue->pdata[0], "what-label"), ==, "Translate the leaflet");
  g_assert_cmpstr (label_text (overdue->pdata[0], "due-label"), ==, "Overdue since 1 October");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (find_named (overdue->pdata[0], "due-label")),
                                           "error"));
  g_assert_cmpstr (label_text (overdue->pdata[1], "what-label"), ==, "Send the list of families");
  g_assert_cmpstr (label_text (overdue->pdata[1], "due-label"), ==, "Overdue since 3 November");
  /* Names as typed, markup characters and all. */
  g_assert_cmpstr (label_text (overdue->pdata[1], "who-label"), ==, "Who does it: Fatou Diop");
  g_assert_cmpstr (label_text (overdue->pdata[1], "concerns-label"), ==,
                   "Casa & Lavoro <Torino> · ASL TO3 – Consultorio");
  g_assert_cmpstr (label_text (overdue->pdata[1], "meeting-label"), ==, "Meeting of 1 September · Tavolo casa");

  upcoming = rows_of (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "upcoming_list"));
  g_assert_cmpuint (upcoming->len, ==, 2);
  g_assert_cmpstr (label_text (upcoming->pdata[0], "due-label"), ==, "Due today");
  g_assert_cmpstr (label_text (upcoming->pdata[1], "due-label"), ==, "Due 10 December");
  undated = rows_of (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "undated_list"));
  g_assert_cmpuint (undated->len, ==, 1);
  g_assert_cmpstr (label_text (undated->pdata[0], "due-label"), ==, "No due date");
  g_assert_null (follow_up_row (view, "Already done"));

  /* Done in one click: stored as done today, and the row goes. */
  row = follow_up_row (view, "Send the list of families");
  g_signal_emit_by_name (find_named (row, "done-button"), "clicked");
  iterate (100);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_DONE);
  g_assert_cmpstr (stored->done_date, ==, "2026-11-26");
  g_clear_pointer (&stored, dsc_record_free);
  g_assert_null (follow_up_row (view, "Send the list of families"));

  /* Undo in the toast puts it back as it was. */
  g_assert_nonnull (find_label (window, "Done: Send the list of families"));
  g_signal_emit_by_name (find_button (window, "_Undo"), "clicked");
  iterate (100);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_OPEN);
  g_assert_null (stored->done_date);
  g_assert_nonnull (follow_up_row (view, "Send the list of families"));

  /* A row opens its meeting. */
  gtk_widget_activate (follow_up_row (view, "Book the hall"));
  iterate (50);
  g_assert_cmpint (n_activated, ==, 1);
  g_assert_cmpstr (activated_name, ==, "show-meeting");
  g_assert_cmpint (activated_id, ==, housing);
  gtk_widget_activate (follow_up_row (view, "Translate the leaflet"));
  iterate (50);
  g_assert_cmpint (activated_id, ==, health);

  /* Only the overdue ones. */
  gtk_toggle_button_set_active (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "overdue_button"), TRUE);
  iterate (50);
  g_assert_nonnull (follow_up_row (view, "Translate the leaflet"));
  g_assert_nonnull (follow_up_row (view, "Send the list of families"));
  g_assert_null (follow_up_row (view, "Book the hall"));
  g_assert_false (gtk_widget_get_visible (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "upcoming_box")));

  /* Nothing overdue left: a reassuring page, and the filters stay to go back. */
  g_signal_emit_by_name (find_named (follow_up_row (view, "Translate the leaflet"), "done-button"), "clicked");
  g_signal_emit_by_name (find_named (follow_up_row (view, "Send the list of families"), "done-button"), "clicked");
  iterate (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "stack")), ==,
                   "empty");
  g_assert_cmpstr (adw_status_page_get_title (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "empty_page")), ==,
                   "Nothing Is Overdue");
  g_assert_true (gtk_widget_get_visible (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "filter_bar")));
  gtk_toggle_button_set_active (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "all_button"), TRUE);
  iterate (50);
  g_assert_nonnull (follow_up_row (view, "Book the hall"));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  dsc_test_remove_tree (dir);
}

static gboolean
check_nothing_open (DscStore *store)
{
  g_autoptr(GPtrArray) open = dsc_store_open_follow_ups (store, 0, 0, FALSE, NULL);

  return open != NULL && open->len == 0;
}

/* Many changes at once (a meeting saved with its follow-ups) refresh the view
 * once, after them; with nothing open it says so. */
static void
test_empty_and_bursts (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  GtkWidget *view = g_object_new (DSC_TYPE_FOLLOW_UPS_VIEW, NULL);
  GtkWidget *window = host_window (view);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_CN);
  gint64 with[] = { amal->base.id };
  gint64 meeting;
  g_autoptr(GPtrArray) rows = NULL;

  dsc_follow_ups_view_set_store (DSC_FOLLOW_UPS_VIEW (view), store);
  iterate (50);
  g_assert_true (check_nothing_open (store));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "stack")), ==,
                   "empty");
  g_assert_cmpstr (adw_status_page_get_title (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "empty_page")), ==,
                   "No Open Follow-ups");
  g_assert_false (gtk_widget_get_visible (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "filter_bar")));

  meeting = add_meeting (store, "2026-11-02", "Tavolo", with, 1, NULL, 0);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *what = g_strdup_printf ("Task %02d", i);

      add_follow_up (store, meeting, amal->base.id, 0, what, "2026-12-01", DSC_FOLLOW_UP_OPEN);
    }
  /* Not yet: the refresh waits for the burst to end. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "stack")), ==,
                   "empty");
  iterate (100);
  rows = rows_of (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "upcoming_list"));
  g_assert_cmpuint (rows->len, ==, 30);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (view, DSC_TYPE_FOLLOW_UPS_VIEW, "stack")), ==,
                   "list");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  dsc_test_remove_tree (dir);
}

static DscService *
find_service (DscStore   *store,
              const char *name)
{
  g_autoptr(GPtrArray) services = dsc_store_list (store, &dsc_kind_service, 0, NULL);

  for (guint i = 0; i < services->len; i++)
    {
      DscService *service = g_ptr_array_index (services, i);

      if (g_strcmp0 (service->name, name) == 0)
        return dsc_record_copy (service);
    }

  return NULL;
}

/* The row of the directory whose title is @title (as markup). */
static GtkWidget *
service_row (GtkWidget  *directory,
             const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_named (directory, "service-row", rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  return NULL;
}

static gboolean
links_hold (DscStore *store,
            gint64    meeting_id,
            gint64    service_id)
{
  g_autoptr(GArray) ids = dsc_store_meeting_links (store, meeting_id, &dsc_kind_service, NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == service_id)
      return TRUE;

  return FALSE;
}

static void
test_services_add_check_remove (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscService) asl = add_service (store, "ASL TO3 – Consultorio");
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  gint64 with[] = { amal->base.id };
  gint64 services[] = { asl->base.id };
  gint64 meeting = add_meeting (store, "2026-10-14", "Incontro consultorio", with, 1, services, 1);
  GtkWidget *parent = host_window (gtk_label_new (NULL));
  GtkWidget *directory = dsc_services_window_new (GTK_WINDOW (parent), store);
  DscServicesWindow *services_window = DSC_SERVICES_WINDOW (directory);
  g_autoptr(DscService) added = NULL;
  GtkWidget *email, *problem = NULL;

  gtk_window_present (GTK_WINDOW (directory));
  iterate (100);
  g_assert_nonnull (service_row (directory, "ASL TO3 – Consultorio"));

  /* A new service, typed in: stored once it has a name. */
  g_signal_emit_by_name (template_child (directory, DSC_TYPE_SERVICES_WINDOW, "add_button"), "clicked");
  iterate (50);
  g_assert_true (adw_leaflet_get_visible_child (template_child (directory, DSC_TYPE_SERVICES_WINDOW, "leaflet"))
                 == template_child (directory, DSC_TYPE_SERVICES_WINDOW, "service_box"));
  gtk_editable_set_text (GTK_EDITABLE (dsc_services_window_get_field_widget (services_window, "name")),
                         "Sportello Lavoro – Comune di Asti");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_services_window_get_field_widget (services_window, "type")),
                              DSC_SERVICE_CPI);
  gtk_editable_set_text (GTK_EDITABLE (dsc_services_window_get_field_widget (services_window, "municipality")),
                         "Asti");
  gtk_editable_set_text (GTK_EDITABLE (dsc_services_window_get_field_widget (services_window, "phone")),
                         "0141 399 111");

  /* A mistyped e-mail is explained and not stored. */
  email = dsc_services_window_get_field_widget (services_window, "email");
  gtk_editable_set_text (GTK_EDITABLE (email), "lavoro-at-comune.asti.it");
  iterate (600);
  added = find_service (store, "Sportello Lavoro – Comune di Asti");
  g_assert_nonnull (added);
  g_assert_cmpint (added->service_type, ==, DSC_SERVICE_CPI);
  g_assert_cmpstr (added->municipality, ==, "Asti");
  g_assert_cmpstr (added->phone, ==, "0141 399 111");
  g_assert_null (added->email);
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  for (GtkWidget *row = gtk_widget_get_next_sibling (email); row != NULL && problem == NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_has_css_class (row, "field-problem") && gtk_widget_get_visible (row))
      problem = row;
  g_assert_nonnull (problem);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (problem)), ==,
                   "An e-mail address looks like name@example.org.");
  g_assert_cmpint (dsc_services_window_get_service_id (services_window), ==, added->base.id);

  /* Corrected, it is stored. */
  gtk_editable_set_text (GTK_EDITABLE (email), "lavoro@comune.asti.it");
  iterate (600);
  g_clear_pointer (&added, dsc_record_free);
  added = find_service (store, "Sportello Lavoro – Comune di Asti");
  g_assert_cmpstr (added->email, ==, "lavoro@comune.asti.it");
  g_assert_false (gtk_widget_has_css_class (email, "error"));

  /* Back on the list, it is there. */
  g_signal_emit_by_name (template_child (directory, DSC_TYPE_SERVICES_WINDOW, "back_button"), "clicked");
  iterate (50);
  g_assert_nonnull (service_row (directory, "Sportello Lavoro – Comune di Asti"));

  /* Removing a service takes it off its meeting, and says so; Undo brings both back. */
  g_signal_emit_by_name (service_row (directory, "ASL TO3 – Consultorio"), "activated");
  iterate (50);
  g_assert_cmpint (dsc_services_window_get_service_id (services_window), ==, asl->base.id);
  g_signal_emit_by_name (template_child (directory, DSC_TYPE_SERVICES_WINDOW, "remove_button"), "clicked");
  iterate (100);
  g_assert_null (find_service (store, "ASL TO3 – Consultorio"));
  g_assert_false (links_hold (store, meeting, asl->base.id));
  g_assert_null (service_row (directory, "ASL TO3 – Consultorio"));
  g_assert_nonnull (find_label (directory, "ASL TO3 – Consultorio was removed and taken off 1 meeting"));
  g_signal_emit_by_name (find_button (directory, "_Undo"), "clicked");
  iterate (100);
  g_assert_true (links_hold (store, meeting, asl->base.id));
  g_clear_pointer (&added, dsc_record_free);
  added = find_service (store, "ASL TO3 – Consultorio");
  g_assert_nonnull (added);
  g_assert_nonnull (service_row (directory, "ASL TO3 – Consultorio"));

  /* A meeting of the service opens in the main window, which this one would cover. */
  g_signal_emit_by_name (service_row (directory, "ASL TO3 – Consultorio"), "activated");
  iterate (50);
  g_assert_cmpstr (adw_preferences_group_get_description (template_child (directory, DSC_TYPE_SERVICES_WINDOW,
                                                                          "meetings_group")), ==,
                   "Took part in 1 meeting.");
  g_object_add_weak_pointer (G_OBJECT (directory), (gpointer *) &directory);
  g_signal_emit_by_name (find_named (directory, "meeting-row"), "activated");
  iterate (100);
  g_assert_cmpstr (activated_name, ==, "show-meeting");
  g_assert_cmpint (activated_id, ==, meeting);
  if (directory != NULL)
    g_assert_false (gtk_widget_get_visible (directory));

  if (directory != NULL)
    gtk_window_destroy (GTK_WINDOW (directory));
  gtk_window_destroy (GTK_WINDOW (parent));
  iterate (50);
  dsc_test_remove_tree (dir);
}

static GPtrArray *
meeting_titles (GtkWidget *section)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *titles = g_ptr_array_new ();

  collect_named (section, "meeting-row", rows);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (rows->pdata[i]));

  return titles;
}

static void
test_association_section (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) nour = dsc_test_add_association (store, "Nour", DSC_PROVINCE_AT);
  g_autoptr(DscAssociation) quiet = dsc_test_add_association (store, "Senza riunioni", DSC_PROVINCE_AL);
  g_autoptr(DscService) asl = add_service (store, "ASL TO3");
  gint64 only_amal[] = { amal->base.id };
  gint64 only_nour[] = { nour->base.id };
  gint64 both[] = { amal->base.id, nour->base.id };
  gint64 services[] = { asl->base.id };
  gint64 housing = add_meeting (store, "2026-09-01", "Tavolo casa", only_amal, 1, NULL, 0);
  gint64 health = add_meeting (store, "2026-10-05", "Incontro ASL", only_nour, 1, services, 1);
  gint64 work = add_meeting (store, "2026-10-20", "Tavolo lavoro", both, 2, services, 1);
  GtkWidget *section = g_object_new (DSC_TYPE_ASSOCIATION_MEETINGS, NULL);
  GtkWidget *window = host_window (section);
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  gint64 late = add_follow_up (store, housing, amal->base.id, 0, "Send the list of families", "2026-11-03",
                               DSC_FOLLOW_UP_OPEN);
  g_autoptr(DscFollowUp) stored = NULL;

  add_follow_up (store, health, nour->base.id, asl->base.id, "Translate the leaflet", NULL, DSC_FOLLOW_UP_OPEN);
  add_follow_up (store, work, amal->base.id, 0, "Collect the CVs", "2026-11-20", DSC_FOLLOW_UP_DONE);

  dsc_association_meetings_set_store (DSC_ASSOCIATION_MEETINGS (section), store);
  dsc_association_meetings_show (DSC_ASSOCIATION_MEETINGS (section), amal->base.id);
  iterate (50);

  /* Its meetings, newest first, and only its own open follow-ups. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS,
                                                                     "stack")), ==, "content");
  titles = meeting_titles (section);
  g_assert_cmpuint (titles->len, ==, 2);
  g_assert_cmpstr (titles->pdata[0], ==, "Tavolo lavoro");
  g_assert_cmpstr (titles->pdata[1], ==, "Tavolo casa");
  collect_named (section, "follow-up-row", rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (label_text (rows->pdata[0], "what-label"), ==, "Send the list of families");
  g_assert_cmpstr (label_text (rows->pdata[0], "due-label"), ==, "Overdue since 3 November");

  /* A meeting row opens it; Add Meeting starts one for this association. */
  {
    g_autoptr(GPtrArray) meeting_rows = g_ptr_array_new ();

    collect_named (section, "meeting-row", meeting_rows);
    g_signal_emit_by_name (meeting_rows->pdata[1], "activated");
    iterate (50);
    g_assert_cmpstr (activated_name, ==, "show-meeting");
    g_assert_cmpint (activated_id, ==, housing);
  }
  g_signal_emit_by_name (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS, "add_button"), "clicked");
  iterate (50);
  g_assert_cmpstr (activated_name, ==, "new-meeting-for");
  g_assert_cmpint (activated_id, ==, amal->base.id);

  /* Done here too, in one click. */
  g_signal_emit_by_name (find_named (rows->pdata[0], "done-button"), "clicked");
  iterate (100);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_DONE);
  g_assert_null (follow_up_row (section, "Send the list of families"));
  g_assert_false (gtk_widget_get_visible (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS,
                                                          "follow_ups_group")));

  /* Without meetings: what they are for, and the way to add one. */
  dsc_association_meetings_show (DSC_ASSOCIATION_MEETINGS (section), quiet->base.id);
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS,
                                                                     "stack")), ==, "empty");
  g_signal_emit_by_name (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS, "empty_add_button"), "clicked");
  iterate (50);
  g_assert_cmpstr (activated_name, ==, "new-meeting-for");
  g_assert_cmpint (activated_id, ==, quiet->base.id);

  /* Many meetings: the latest twenty, then all of them on request. */
  for (int i = 0; i < 23; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", 1 + i / 2, 1 + i);
      g_autofree char *title = g_strdup_printf ("Riunione %02d", i);
      gint64 with[] = { quiet->base.id };

      add_meeting (store, date, title, with, 1, NULL, 0);
    }
  iterate (100);
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = meeting_titles (section);
  g_assert_cmpuint (titles->len, ==, 20);
  g_assert_cmpstr (titles->pdata[0], ==, "Riunione 22");
  g_assert_cmpstr (gtk_button_get_label (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS,
                                                         "show_all_button")), ==, "Show All 23 Meetings");
  g_signal_emit_by_name (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS, "show_all_button"), "clicked");
  iterate (50);
  g_clear_pointer (&titles, g_ptr_array_unref);
  titles = meeting_titles (section);
  g_assert_cmpuint (titles->len, ==, 23);
  g_assert_false (gtk_widget_get_visible (template_child (section, DSC_TYPE_ASSOCIATION_MEETINGS,
                                                          "show_all_button")));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  dsc_test_remove_tree (dir);
}

/* The association detail of the real window shows the section. */
static void
test_section_in_detail (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  gint64 with[] = { amal->base.id };
  DscWindow *window;
  DscAssociationsPage *page;
  DscAssociationDetail *detail;
  g_autoptr(GPtrArray) titles = NULL;

  add_meeting (store, "2026-09-01", "Tavolo casa", with, 1, NULL, 0);
  g_clear_object (&store);

  window = dsc_window_new (GTK_APPLICATION (app), path);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  page = dsc_window_get_associations_page (window);
  g_assert_true (dsc_associations_page_select (page, amal->base.id));
  iterate (50);
  detail = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail");
  titles = meeting_titles (template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "meetings_section"));
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (titles->pdata[0], ==, "Tavolo casa");

  gtk_window_close (GTK_WINDOW (window));
  iterate (50);
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
  /* Dates and words as the assertions write them. */
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

  g_test_add_func ("/gui/follow-ups/overdue-first-done-undo", test_overdue_first_done_undo);
  g_test_add_func ("/gui/follow-ups/empty-and-bursts", test_empty_and_bursts);
  g_test_add_func ("/gui/services/add-check-remove", test_services_add_check_remove);
  g_test_add_func ("/gui/association-meetings/its-own", test_association_section);
  g_test_add_func ("/gui/association-meetings/in-the-detail", test_section_in_detail);

  status = g_test_run ();
  forget_actions ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
