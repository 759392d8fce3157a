/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Meetings page in the real window on a temporary database, driven as a
 * volunteer would drive it: a meeting added and its notes typed, the window
 * closed at once and opened again; a search typed without accents; the list
 * narrowed by kind, association and period; follow-ups added, refused, fixed
 * and marked done; services and associations taken on and off a meeting; a
 * meeting deleted and brought back; copied as text. Then what the database and
 * the widgets show is checked. Runs under Xvfb; without a display it skips. */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-capacity.h"
#include "dsc-date-row.h"
#include "dsc-follow-up-dialog.h"
#include "dsc-meeting-editor.h"
#include "dsc-meetings-page.h"
#include "dsc-meetings.h"
#include "dsc-services-window.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

#define TODAY "2026-11-26"

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

/* A button of the toast that says @words: its Undo, or (undo FALSE) its close
 * button. Toasts of earlier actions may still be on their way out. */
static GtkWidget *
find_toast_button (GtkWidget  *root,
                   const char *words,
                   gboolean    undo)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
        {
          GtkWidget *label = find_descendant (child, GTK_TYPE_LABEL, NULL);

          if (label == NULL || strstr (gtk_label_get_label (GTK_LABEL (label)), words) == NULL)
            continue;
          if (undo)
            return find_descendant (child, GTK_TYPE_BUTTON, "_Undo");
          for (GtkWidget *button = find_descendant (child, GTK_TYPE_BUTTON, NULL); button != NULL;
               button = gtk_widget_get_next_sibling (button))
            if (GTK_IS_BUTTON (button) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (button)),
                                                     "window-close-symbolic") == 0)
              return button;
          return NULL;
        }

      found = find_toast_button (child, words, undo);
      if (found != NULL)
        return found;
    }

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

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
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

/* Waits for the list (or a search) read in the worker thread. */
static void
wait_for_list (DscMeetingsPage *page)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  iterate (20);
  while (dsc_meetings_page_is_loading (page) && g_get_monotonic_time () < until)
    iterate (10);
  g_assert_false (dsc_meetings_page_is_loading (page));
  iterate (50);
}

static DscMeetingsPage *
meetings_page_of (DscWindow *window)
{
  DscMeetingsPage *page = template_child (window, DSC_TYPE_WINDOW, "meetings_page");

  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "meetings");
  wait_for_list (page);
  return page;
}

static DscMeetingEditor *
editor_of (DscMeetingsPage *page)
{
  return template_child (page, DSC_TYPE_MEETINGS_PAGE, "editor");
}

static GtkTextBuffer *
buffer_of (DscMeetingEditor *editor,
           const char       *field)
{
  GtkWidget *view = dsc_meeting_editor_get_field_widget (editor, field);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
selected_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static DscMeeting *
add_meeting (DscStore   *store,
             const char *date,
             const char *title,
             int         kind,
             const char *notes)
{
  g_autoptr(GError) error = NULL;
  DscMeeting *meeting = dsc_record_new (&dsc_kind_meeting);

  meeting->date = g_strdup (date);
  meeting->title = g_strdup (title);
  meeting->meeting_kind = kind;
  meeting->notes = g_strdup (notes);
  g_assert_true (dsc_store_insert (store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static DscService *
add_service (DscStore   *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  DscService *service = dsc_record_new (&dsc_kind_service);

  service->name = g_strdup (name);
  service->service_type = DSC_SERVICE_SOCIAL_SERVICES;
  service->municipality = g_strdup ("Torino");
  g_assert_true (dsc_store_insert (store, service, &error));
  g_assert_no_error (error);
  return service;
}

static DscFollowUp *
add_follow_up (DscStore   *store,
               gint64      meeting_id,
               const char *what,
               const char *due_date)
{
  g_autoptr(GError) error = NULL;
  DscFollowUp *follow_up = dsc_record_new (&dsc_kind_follow_up);

  follow_up->meeting_id = meeting_id;
  follow_up->what = g_strdup (what);
  follow_up->owner = g_strdup ("Awa Ndiaye");
  follow_up->due_date = g_strdup (due_date);
  g_assert_true (dsc_store_insert (store, follow_up, &error));
  g_assert_no_error (error);
  return follow_up;
}

static void
link_to (DscStore      *store,
      gint64         meeting_id,
      const DscKind *kind,
      gint64         id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_store_set_meeting_links (store, meeting_id, kind, &id, 1, &error));
  g_assert_no_error (error);
}

/* The text of the first label named @name among the visible rows of the list. */
static const char *
row_label (DscMeetingsPage *page,
           const char      *name)
{
  GtkWidget *label = find_descendant (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_view"), GTK_TYPE_LABEL,
                                      name);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
search_for (DscMeetingsPage *page,
            const char      *words)
{
  gtk_editable_set_text (template_child (page, DSC_TYPE_MEETINGS_PAGE, "search_entry"), words);
  /* GtkSearchEntry waits a little before it says the text changed. */
  iterate (300);
  wait_for_list (page);
}

static void
activate_row (DscMeetingsPage *page,
              guint            position)
{
  g_signal_emit_by_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_view"), "activate", position);
  iterate (100);
}

/* (a) ---------------------------------------------------------------------------- */

static const char *typed_notes =
  "Presenti Comune di Torino (servizi sociali) e ASL Città di Torino.\n"
  "\n"
  "La famiglia Diallo cerca un alloggio: sfratto a gennaio. L’assistente sociale propone l’housing first.\n"
  "\n"
  "ملاحظات بالعربية — 会议记录 — 👍 «virgolette» & <tag>";

static void
test_notes_survive_closing_at_once (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(DscMeeting) stored = NULL;
  g_autofree char *shown = NULL;
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  DscMeetingEditor *editor = editor_of (page);
  GtkWidget *title;
  gint64 id;

  /* No meeting yet: the page says what meetings are for and offers to add one. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "page_stack")),
                   ==, "empty");
  g_signal_emit_by_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "add_first_button"), "clicked");
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "page_stack")),
                   ==, "browse");
  id = dsc_meetings_page_get_meeting_id (page);
  g_assert_cmpint (id, >, 0);

  /* Dated today, the cursor in its title. */
  title = dsc_meeting_editor_get_field_widget (editor, "title");
  g_assert_cmpstr (dsc_date_row_get_date (DSC_DATE_ROW (dsc_meeting_editor_get_field_widget (editor, "date"))), ==,
                   TODAY);
  gtk_editable_set_text (GTK_EDITABLE (title), "Tavolo casa: Comune & ASL <Torino>");
  gtk_text_buffer_insert_at_cursor (buffer_of (editor, "notes"), typed_notes, -1);

  /* Closed mid-sentence, before the typing pause would have stored anything. */
  gtk_window_close (GTK_WINDOW (window));
  iterate (50);

  stored = dsc_store_load (store, &dsc_kind_meeting, id, NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->notes, ==, typed_notes);
  g_assert_cmpstr (stored->title, ==, "Tavolo casa: Comune & ASL <Torino>");

  /* A new window on the same file shows the notes as typed. */
  window = open_window (path);
  page = meetings_page_of (window);
  editor = editor_of (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Tavolo casa: Comune & ASL <Torino>");
  activate_row (page, 0);
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, id);
  shown = buffer_text (buffer_of (editor, "notes"));
  g_assert_cmpstr (shown, ==, typed_notes);

  /* Going to another page stores what was typed. */
  gtk_text_buffer_insert_at_cursor (buffer_of (editor, "attendees"), "Awa Ndiaye (Al Amal)", -1);
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "training");
  iterate (20);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_meeting, id, NULL);
  g_assert_cmpstr (stored->attendees, ==, "Awa Ndiaye (Al Amal)");
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "meetings");
  iterate (50);

  /* Typing on and quitting the application stores it too. */
  gtk_text_buffer_insert_at_cursor (buffer_of (editor, "decisions"), "Rivedersi il 10 dicembre.", -1);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  iterate (50);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_meeting, id, NULL);
  g_assert_cmpstr (stored->decisions, ==, "Rivedersi il 10 dicembre.");

  meetings = dsc_store_list (store, &dsc_kind_meeting, 0, NULL);
  g_assert_cmpuint (meetings->len, ==, 1);
  dsc_test_remove_tree (dir);
}

/* Ctrl+N on the Meetings page and win.new-meeting-for add a meeting there. */
static void
test_new_meeting_actions (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(GArray) links = NULL;
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  GtkWidget *search, *focus;
  gint64 first, second;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-item", NULL);
  iterate (50);
  first = dsc_meetings_page_get_meeting_id (page);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_meeting, NULL), ==, 1);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 1);

  /* From an association: it takes part from the start. */
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "associations");
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting-for", "x", amal->base.id);
  wait_for_list (page);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack")),
                   ==, "meetings");
  second = dsc_meetings_page_get_meeting_id (page);
  g_assert_cmpint (second, !=, first);
  links = dsc_store_meeting_links (store, second, &dsc_kind_association, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, amal->base.id);
  g_assert_nonnull (dsc_meeting_editor_get_link_row (editor_of (page), &dsc_kind_association, amal->base.id));
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);

  /* win.show-meeting opens one; Ctrl+F on this page searches the meetings. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", first);
  iterate (50);
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  iterate (50);
  search = template_child (page, DSC_TYPE_MEETINGS_PAGE, "search_entry");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));

  /* The header's "+" adds a meeting on this page. */
  g_assert_cmpstr (gtk_actionable_get_action_name (template_child (window, DSC_TYPE_WINDOW, "new_button")), ==,
                   "win.new-meeting");

  /* The directory of services, from the main menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.services", NULL);
  iterate (100);
  g_assert_nonnull (find_toplevel (DSC_TYPE_SERVICES_WINDOW));
  gtk_window_close (find_toplevel (DSC_TYPE_SERVICES_WINDOW));
  iterate (50);

  /* The open follow-ups, in the sidebar. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-follow-ups", NULL);
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "sidebar_stack")),
                   ==, "follow-ups");

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* (b) ---------------------------------------------------------------------------- */

static void
test_search_opens_the_place (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscMeeting) housing = NULL;
  g_autoptr(DscMeeting) school = NULL;
  g_autoptr(DscFollowUp) call = NULL;
  g_autofree char *selected = NULL;
  GString *long_notes = g_string_new (NULL);
  DscWindow *window;
  DscMeetingsPage *page;
  DscMeetingEditor *editor;
  GtkWidget *row;
  const char *markup;

  /* The words found are far down long notes. */
  for (int i = 0; i < 60; i++)
    g_string_append (long_notes, "Si parla di orari e di moduli da compilare allo sportello.\n\n");
  g_string_append (long_notes, "Il Comité des femmes chiede spazi alla Città per l’alloggio temporaneo & <urgente>.");
  housing = add_meeting (store, "2026-10-05", "Tavolo casa", DSC_MEETING_WORKING_TABLE, long_notes->str);
  school = add_meeting (store, "2026-09-14", "Scuola e iscrizioni", DSC_MEETING_WITH_SERVICES,
                        "Iscrizioni al CPIA aperte fino a ottobre.");
  call = add_follow_up (store, school->base.id, "Chiamare il comite di quartiere", "2026-12-01");
  g_string_free (long_notes, TRUE);

  window = open_window (path);
  page = meetings_page_of (window);
  editor = editor_of (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);

  /* Typed without accents, found with them; the snippet shows the words in bold, escaped. */
  search_for (page, "citta urgente");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  markup = row_label (page, "snippet");
  g_assert_nonnull (strstr (markup, "<b>Città</b>"));
  g_assert_nonnull (strstr (markup, "&amp; &lt;<b>urgente</b>&gt;"));
  g_assert_null (strchr (markup, '\001'));

  /* Opening the hit selects the word found, far down the notes, and scrolls the notes there. */
  activate_row (page, 0);
  iterate (200);
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, housing->base.id);
  selected = selected_text (buffer_of (editor, "notes"));
  g_assert_cmpstr (selected, ==, "Città");
  {
    GtkWidget *view = dsc_meeting_editor_get_field_widget (editor, "notes");
    GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);

    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))),
                       >, 300);
  }

  /* A snippet across a paragraph break still finds its place: the last
   * "sportello" of the notes, just before "Il Comité", not the first one. */
  search_for (page, "sportello comite");
  activate_row (page, 0);
  iterate (200);
  {
    GtkTextBuffer *notes = buffer_of (editor, "notes");
    g_autofree char *word = selected_text (notes);
    g_autofree char *after = NULL;
    GtkTextIter from, to, rest;

    g_assert_cmpstr (word, ==, "sportello");
    g_assert_true (gtk_text_buffer_get_selection_bounds (notes, &from, &to));
    rest = to;
    gtk_text_iter_forward_chars (&rest, 12);
    after = gtk_text_iter_get_text (&to, &rest);
    g_assert_true (g_str_has_prefix (after, ".\n\nIl Comit"));
  }

  /* "comite" finds "Comité" in the notes and "comite" in a follow-up; the follow-up opens marked. */
  search_for (page, "comite");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      activate_row (page, i);
      if (dsc_meetings_page_get_meeting_id (page) == school->base.id)
        break;
    }
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, school->base.id);
  row = dsc_meeting_editor_get_follow_up_row (editor, call->base.id);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "search-hit"));

  /* Nothing found: a sentence says so, with the words as typed. */
  search_for (page, "xylofono <b>");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_stack")),
                   ==, "no-hits");
  g_assert_nonnull (strstr (adw_status_page_get_description (template_child (page, DSC_TYPE_MEETINGS_PAGE,
                                                                             "no_hits_page")),
                            "xylofono &lt;b&gt;"));

  /* Cleared: the list again, with the meeting open still chosen. */
  search_for (page, "");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_stack")),
                   ==, "list");

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* (c) ---------------------------------------------------------------------------- */

static void
test_filters_narrow_the_list (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) bridges = dsc_test_add_association (store, "Bridges", DSC_PROVINCE_CN);
  g_autoptr(DscService) asl = add_service (store, "ASL Città di Torino");
  g_autoptr(DscMeeting) a = add_meeting (store, "2026-11-02", "Sportello salute", DSC_MEETING_WITH_SERVICES, NULL);
  g_autoptr(DscMeeting) b = add_meeting (store, "2026-03-10", "Tavolo lavoro", DSC_MEETING_WORKING_TABLE, NULL);
  g_autoptr(DscMeeting) c = add_meeting (store, "2025-06-20", "Visita a Cuneo", DSC_MEETING_STUDY_VISIT, NULL);
  DscWindow *window;
  DscMeetingsPage *page;
  GtkDropDown *kind, *association, *service, *period;

  link_to (store, a->base.id, &dsc_kind_association, amal->base.id);
  link_to (store, a->base.id, &dsc_kind_service, asl->base.id);
  link_to (store, c->base.id, &dsc_kind_association, bridges->base.id);

  window = open_window (path);
  page = meetings_page_of (window);
  kind = template_child (page, DSC_TYPE_MEETINGS_PAGE, "kind_filter");
  association = template_child (page, DSC_TYPE_MEETINGS_PAGE, "association_filter");
  service = template_child (page, DSC_TYPE_MEETINGS_PAGE, "service_filter");
  period = template_child (page, DSC_TYPE_MEETINGS_PAGE, "period_filter");

  /* Newest first, with who took part on the row. */
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 3);
  g_assert_cmpstr (row_label (page, NULL), ==, "Sportello salute");
  g_assert_cmpstr (gtk_label_get_text (template_child (page, DSC_TYPE_MEETINGS_PAGE, "count_label")), ==,
                   "3 meetings");

  gtk_toggle_button_set_active (template_child (page, DSC_TYPE_MEETINGS_PAGE, "filter_button"), TRUE);
  iterate (50);

  /* Kind: "Working table" is the second kind, after "Any kind". */
  gtk_drop_down_set_selected (kind, 1 + DSC_MEETING_WORKING_TABLE);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Tavolo lavoro");
  g_assert_cmpstr (gtk_label_get_text (template_child (page, DSC_TYPE_MEETINGS_PAGE, "count_label")), ==,
                   "1 of 3 meetings shown");
  gtk_drop_down_set_selected (kind, 0);
  wait_for_list (page);

  /* Association: Al Amal is first after "All associations". */
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (association)), ==,
                   "All associations");
  gtk_drop_down_set_selected (association, 1);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Sportello salute");
  gtk_drop_down_set_selected (association, 2);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Visita a Cuneo");

  /* No meeting with Bridges and the ASL: a clear page, and a way back. */
  gtk_drop_down_set_selected (service, 1);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_stack")),
                   ==, "no-results");
  g_signal_emit_by_name (template_child (page, DSC_TYPE_MEETINGS_PAGE, "clear_filters_button"), "clicked");
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 3);

  /* A search looks only among the meetings the filters choose. */
  gtk_drop_down_set_selected (association, 1);
  search_for (page, "visita");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 0);
  gtk_drop_down_set_selected (association, 2);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  search_for (page, "");
  gtk_drop_down_set_selected (association, 0);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 3);

  /* Period, on the clock's date (26 November 2026): last year is 2025. */
  gtk_drop_down_set_selected (period, 3);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Visita a Cuneo");
  gtk_drop_down_set_selected (period, 1);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Sportello salute");
  gtk_drop_down_set_selected (period, 2);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);

  /* A meeting edited under a filter leaves the list when it no longer matches. */
  gtk_drop_down_set_selected (period, 0);
  gtk_drop_down_set_selected (kind, 1 + DSC_MEETING_WITH_SERVICES);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  activate_row (page, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_meeting_editor_get_field_widget (editor_of (page), "meeting_kind")),
                              DSC_MEETING_INTERNAL);
  iterate (600);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 0);

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* (d) ---------------------------------------------------------------------------- */

static DscFollowUpDialog *
open_dialog (GtkWidget *button)
{
  DscFollowUpDialog *dialog;

  g_signal_emit_by_name (button, "clicked");
  iterate (100);
  dialog = DSC_FOLLOW_UP_DIALOG (find_toplevel (DSC_TYPE_FOLLOW_UP_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
set_text (DscFollowUpDialog *dialog,
          const char        *field,
          const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (dsc_follow_up_dialog_get_field_widget (dialog, field)), text);
}

static void
test_follow_ups (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Tavolo casa", DSC_MEETING_WITH_SERVICES, NULL);
  g_autoptr(DscFollowUp) late = NULL;
  g_autoptr(DscFollowUp) stored = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  DscWindow *window;
  DscMeetingsPage *page;
  DscMeetingEditor *editor;
  DscFollowUpDialog *dialog;
  GtkWidget *row, *status, *done;
  gint64 id;

  link_to (store, meeting->base.id, &dsc_kind_association, amal->base.id);
  late = add_follow_up (store, meeting->base.id, "Mandare il modulo ISEE", "2026-11-21");

  window = open_window (path);
  page = meetings_page_of (window);
  editor = editor_of (page);
  g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
  iterate (50);

  /* An open follow-up past its date says "Overdue" in words, in the error colour. */
  row = dsc_meeting_editor_get_follow_up_row (editor, late->base.id);
  g_assert_nonnull (row);
  status = find_descendant (row, GTK_TYPE_LABEL, "status");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Overdue");
  g_assert_true (gtk_widget_has_css_class (status, "error"));
  g_assert_nonnull (find_descendant (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_view"), GTK_TYPE_LABEL,
                                     "1 open"));

  /* A new one, due before its meeting: refused with a sentence, nothing stored. */
  dialog = open_dialog (template_child (editor, DSC_TYPE_MEETING_EDITOR, "add_follow_up_button"));
  set_text (dialog, "what", "Chiedere un appuntamento all’ufficio casa");
  set_text (dialog, "owner", "Marta Rinaldi");
  set_text (dialog, "due_date", "2026-11-01");
  iterate (600);
  g_assert_nonnull (dsc_follow_up_dialog_get_problem (dialog));
  g_assert_nonnull (strstr (dsc_follow_up_dialog_get_problem (dialog), "cannot be due before its meeting"));
  g_assert_true (gtk_widget_get_visible (find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "problem")));
  g_assert_cmpint (dsc_follow_up_dialog_get_follow_up_id (dialog), ==, 0);
  g_assert_cmpint (dsc_store_count_where (store, &dsc_kind_follow_up, "meeting", meeting->base.id, NULL), ==, 1);

  /* Fixed: stored, and the sentence goes. */
  set_text (dialog, "due_date", "2026-12-15");
  iterate (600);
  g_assert_null (dsc_follow_up_dialog_get_problem (dialog));
  id = dsc_follow_up_dialog_get_follow_up_id (dialog);
  g_assert_cmpint (id, >, 0);
  stored = dsc_store_load (store, &dsc_kind_follow_up, id, NULL);
  g_assert_cmpstr (stored->due_date, ==, "2026-12-15");
  g_assert_cmpstr (stored->owner, ==, "Marta Rinaldi");
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_OPEN);
  g_assert_null (stored->done_date);
  /* The meeting's only association is chosen already. */
  g_assert_cmpint (stored->association_id, ==, amal->base.id);

  /* The association that took part is offered first. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_follow_up_dialog_get_field_widget (dialog, "association")), 1);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (100);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_follow_up, id, NULL);
  g_assert_cmpint (stored->association_id, ==, amal->base.id);

  /* "Done" in its row: done today. */
  row = dsc_meeting_editor_get_follow_up_row (editor, id);
  g_assert_nonnull (row);
  done = find_descendant (row, GTK_TYPE_BUTTON, "done");
  g_assert_nonnull (done);
  g_signal_emit_by_name (done, "clicked");
  iterate (100);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_follow_up, id, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_DONE);
  g_assert_cmpstr (stored->done_date, ==, TODAY);
  row = dsc_meeting_editor_get_follow_up_row (editor, id);
  g_assert_null (find_descendant (row, GTK_TYPE_BUTTON, "done"));
  /* Its toast offers Undo; closed here, so that the next toast shows. */
  g_assert_nonnull (find_toast_button (GTK_WIDGET (window), "Done:", TRUE));
  g_signal_emit_by_name (find_toast_button (GTK_WIDGET (window), "Done:", FALSE), "clicked");
  iterate (300);

  /* In the dialog: Done fills in today; Open again clears the date, as the store wants. */
  g_signal_emit_by_name (dsc_meeting_editor_get_follow_up_row (editor, late->base.id), "activated");
  iterate (100);
  dialog = DSC_FOLLOW_UP_DIALOG (find_toplevel (DSC_TYPE_FOLLOW_UP_DIALOG));
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_follow_up_dialog_get_field_widget (dialog, "status")),
                              DSC_FOLLOW_UP_DONE);
  g_assert_cmpstr (dsc_date_row_get_date (DSC_DATE_ROW (dsc_follow_up_dialog_get_field_widget (dialog, "done_date"))),
                   ==, TODAY);
  iterate (600);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late->base.id, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_DONE);
  g_assert_cmpstr (stored->done_date, ==, TODAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_follow_up_dialog_get_field_widget (dialog, "status")),
                              DSC_FOLLOW_UP_OPEN);
  iterate (600);
  g_assert_null (dsc_follow_up_dialog_get_problem (dialog));
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late->base.id, NULL);
  g_assert_cmpint (stored->status, ==, DSC_FOLLOW_UP_OPEN);
  g_assert_null (stored->done_date);

  /* Removed with Undo in the main window. */
  g_signal_emit_by_name (template_child (dialog, DSC_TYPE_FOLLOW_UP_DIALOG, "remove_button"), "clicked");
  iterate (100);
  g_assert_null (dsc_store_load (store, &dsc_kind_follow_up, late->base.id, NULL));
  g_assert_null (dsc_meeting_editor_get_follow_up_row (editor, late->base.id));
  g_assert_nonnull (find_toast_button (GTK_WIDGET (window), "was removed", TRUE));
  g_signal_emit_by_name (find_toast_button (GTK_WIDGET (window), "was removed", TRUE), "clicked");
  iterate (100);
  g_clear_pointer (&stored, dsc_record_free);
  stored = dsc_store_load (store, &dsc_kind_follow_up, late->base.id, NULL);
  g_assert_nonnull (stored);
  g_assert_nonnull (dsc_meeting_editor_get_follow_up_row (editor, late->base.id));

  follow_ups = dsc_store_meeting_follow_ups (store, meeting->base.id, NULL);
  g_assert_cmpuint (follow_ups->len, ==, 2);
  close_window (window);
  dsc_test_remove_tree (dir);
}

/* Who took part: picked from a searchable chooser, taken off with a button. */
static void
test_who_took_part (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) amal = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) bridges = dsc_test_add_association (store, "Bridges", DSC_PROVINCE_TO);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Tavolo casa", DSC_MEETING_WITH_SERVICES, NULL);
  g_autoptr(DscService) service = NULL;
  g_autoptr(GArray) links = NULL;
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  DscMeetingEditor *editor = editor_of (page);
  GtkWidget *empty_row_button, *row;

  g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
  iterate (50);

  /* No service in the directory yet: the way to add one is offered. */
  empty_row_button = find_descendant (template_child (editor, DSC_TYPE_MEETING_EDITOR, "services_group"),
                                      GTK_TYPE_BUTTON, "Add a _Service…");
  g_assert_nonnull (empty_row_button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (empty_row_button)), ==, "win.services");

  /* Added in the directory (the window's connection tells the page). */
  service = add_service (dsc_window_get_store (window), "Comune di Torino – Servizi sociali");
  iterate (100);
  g_assert_null (find_descendant (template_child (editor, DSC_TYPE_MEETING_EDITOR, "services_group"),
                                  GTK_TYPE_BUTTON, "Add a _Service…"));

  /* A service, picked in the chooser. */
  g_signal_emit_by_name (template_child (editor, DSC_TYPE_MEETING_EDITOR, "add_service_button"), "clicked");
  iterate (100);
  g_assert_true (gtk_widget_get_visible (template_child (editor, DSC_TYPE_MEETING_EDITOR, "picker_popover")));
  row = dsc_meeting_editor_get_picker_row (editor, service->base.id);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  iterate (100);
  links = dsc_store_meeting_links (store, meeting->base.id, &dsc_kind_service, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_clear_pointer (&links, g_array_unref);
  g_assert_nonnull (dsc_meeting_editor_get_link_row (editor, &dsc_kind_service, service->base.id));

  /* Associations: found by typing, Enter adds the first. */
  g_signal_emit_by_name (template_child (editor, DSC_TYPE_MEETING_EDITOR, "add_association_button"), "clicked");
  iterate (100);
  gtk_editable_set_text (template_child (editor, DSC_TYPE_MEETING_EDITOR, "picker_search_entry"), "bridg");
  iterate (300);
  g_assert_null (dsc_meeting_editor_get_picker_row (editor, amal->base.id));
  g_signal_emit_by_name (template_child (editor, DSC_TYPE_MEETING_EDITOR, "picker_search_entry"), "activate");
  iterate (100);
  links = dsc_store_meeting_links (store, meeting->base.id, &dsc_kind_association, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, bridges->base.id);
  g_clear_pointer (&links, g_array_unref);

  /* The row in the list says who took part. */
  wait_for_list (page);
  g_assert_nonnull (find_descendant (template_child (page, DSC_TYPE_MEETINGS_PAGE, "list_view"), GTK_TYPE_LABEL,
                                     "Comune di Torino – Servizi sociali · Bridges"));

  /* Taken off again. */
  row = dsc_meeting_editor_get_link_row (editor, &dsc_kind_service, service->base.id);
  g_signal_emit_by_name (find_descendant (row, GTK_TYPE_BUTTON, "remove-link"), "clicked");
  iterate (100);
  links = dsc_store_meeting_links (store, meeting->base.id, &dsc_kind_service, NULL);
  g_assert_cmpuint (links->len, ==, 0);
  g_assert_null (dsc_meeting_editor_get_link_row (editor, &dsc_kind_service, service->base.id));

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* Thousands of meetings: the newest are listed, and search still finds the oldest. */
static void
test_list_shows_the_latest (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(GError) error = NULL;
  DscWindow *window;
  DscMeetingsPage *page;

  g_assert_true (dsc_store_begin (store, &error));
  for (int i = 0; i < 1005; i++)
    {
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", 2020 + i / 300, 1 + (i / 25) % 12, 1 + i % 25);
      g_autoptr(DscMeeting) meeting = add_meeting (store, date, i == 0 ? "Primo incontro" : "Sportello del sabato",
                                                   DSC_MEETING_INTERNAL,
                                                   i == 0 ? "Si parla delle zanzariere del cortile." : "Turni.");
    }
  g_assert_true (dsc_store_commit (store, &error));

  window = open_window (path);
  page = meetings_page_of (window);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1000);
  g_assert_cmpstr (gtk_label_get_text (template_child (page, DSC_TYPE_MEETINGS_PAGE, "count_label")), ==,
                   "The latest 1000 of 1005 meetings are shown. Filter or search to find older ones.");

  search_for (page, "zanzar");
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  g_assert_cmpstr (row_label (page, NULL), ==, "Primo incontro");

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* (e) ---------------------------------------------------------------------------- */

static void
test_delete_and_undo (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscMeeting) kept = add_meeting (store, "2026-10-01", "Incontro ASL", DSC_MEETING_WITH_SERVICES, NULL);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Tavolo casa", DSC_MEETING_WITH_SERVICES,
                                               "Note da tenere.");
  g_autoptr(DscFollowUp) follow_up = add_follow_up (store, meeting->base.id, "Telefonare", "2026-12-01");
  g_autoptr(DscMeeting) back = NULL;
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  GtkWidget *undo;

  g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
  iterate (50);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (editor_of (page)), "meeting.delete", NULL);
  iterate (50);
  g_assert_null (dsc_store_load (store, &dsc_kind_meeting, meeting->base.id, NULL));
  g_assert_null (dsc_store_load (store, &dsc_kind_follow_up, follow_up->base.id, NULL));
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, 0);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);
  wait_for_list (page);
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 1);

  /* Undo brings it back with its follow-ups, open again. */
  undo = find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  iterate (50);
  wait_for_list (page);
  back = dsc_store_load (store, &dsc_kind_meeting, meeting->base.id, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->notes, ==, "Note da tenere.");
  g_assert_nonnull (dsc_store_load (store, &dsc_kind_follow_up, follow_up->base.id, NULL));
  g_assert_cmpuint (dsc_meetings_page_get_n_shown (page), ==, 2);
  g_assert_cmpint (dsc_meetings_page_get_meeting_id (page), ==, meeting->base.id);

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* (f) ---------------------------------------------------------------------------- */

static void
on_text_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_copy_as_text (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Tavolo casa", DSC_MEETING_WITH_SERVICES,
                                               "Prima nota.");
  g_autofree char *text = NULL;
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  DscMeetingEditor *editor = editor_of (page);
  gint64 until;

  g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
  iterate (50);

  /* What was typed a moment ago is in the copy too. */
  gtk_text_buffer_insert_at_cursor (buffer_of (editor, "decisions"), "Si decide di scrivere al Comune.", -1);
  g_signal_emit_by_name (template_child (editor, DSC_TYPE_MEETING_EDITOR, "copy_button"), "clicked");
  iterate (50);

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL, on_text_read_cb, &text);
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (text == NULL && g_get_monotonic_time () < until)
    iterate (10);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Tavolo casa\n"));
  g_assert_nonnull (strstr (text, "Prima nota."));
  g_assert_nonnull (strstr (text, "Si decide di scrivere al Comune."));
  g_assert_nonnull (find_descendant (GTK_WIDGET (window), GTK_TYPE_LABEL, "Meeting copied"));

  close_window (window);
  dsc_test_remove_tree (dir);
}

/* Long notes ----------------------------------------------------------------------- */

static guint n_writes;

static void
on_changed_cb (DscStore   *store,
               const char *kind,
               gint64      id,
               gpointer    user_data)
{
  if (g_str_equal (kind, "meeting"))
    n_writes++;
}

/* 50,000 words of notes: typing at the end stores nothing until a pause, then
 * once; the whole text survives closing. Times are printed, not asserted. */
static void
test_long_notes (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Assemblea lunga", DSC_MEETING_INTERNAL, NULL);
  g_autoptr(DscMeeting) stored = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  static const char *words[] = { "alloggio", "lavoro", "permesso", "scuola", "famiglia", "sportello", "Comune",
                                 "mediazione", "Città", "incontro" };
  DscWindow *window = open_window (path);
  DscMeetingsPage *page = meetings_page_of (window);
  DscMeetingEditor *editor = editor_of (page);
  GtkTextBuffer *buffer = buffer_of (editor, "notes");
  GtkTextIter end;
  DscStore *window_store = dsc_window_get_store (window);
  gint64 start, slowest = 0;
  gulong handler;

  for (int i = 0; i < 50000; i++)
    g_string_append_printf (notes, "%s%s", words[i % G_N_ELEMENTS (words)], i % 120 == 119 ? ".\n\n" : " ");

  g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
  iterate (50);

  /* Pasted at once. */
  start = g_get_monotonic_time ();
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_at_cursor (buffer, notes->str, -1);
  iterate (100);
  g_test_message ("Pasting 50,000 words and showing them: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  dsc_meetings_page_flush (page);
  g_test_message ("Storing 50,000 words (with the search index): %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* Typing at the end: each key handled quickly, nothing written meanwhile. */
  n_writes = 0;
  handler = g_signal_connect (window_store, "changed", G_CALLBACK (on_changed_cb), NULL);
  for (const char *p = " e poi si decide."; *p != '\0'; p++)
    {
      char key[2] = { *p, '\0' };
      gint64 key_start = g_get_monotonic_time ();

      gtk_text_buffer_insert_at_cursor (buffer, key, 1);
      iterate (30);
      slowest = MAX (slowest, g_get_monotonic_time () - key_start - 30000);
    }
  g_assert_cmpuint (n_writes, ==, 0);
  g_test_message ("Typing at the end of 50,000 words: slowest key %.1f ms beyond the 30 ms between keys",
                  slowest / 1000.0);
  iterate (700);
  g_assert_cmpuint (n_writes, ==, 1);
  g_signal_handler_disconnect (window_store, handler);

  /* Opening it again, from another meeting. */
  {
    g_autoptr(DscMeeting) other = add_meeting (window_store, "2026-11-21", "Altro", DSC_MEETING_INTERNAL, "Breve.");

    g_assert_true (dsc_meetings_page_show_meeting (page, other->base.id));
    iterate (100);
    start = g_get_monotonic_time ();
    g_assert_true (dsc_meetings_page_show_meeting (page, meeting->base.id));
    iterate (1);
    g_test_message ("Opening a meeting with 50,000 words of notes: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
    iterate (100);
  }

  g_string_append (notes, " e poi si decide.");
  close_window (window);
  stored = dsc_store_load (store, &dsc_kind_meeting, meeting->base.id, NULL);
  g_assert_cmpuint (strlen (stored->notes), ==, notes->len);
  g_assert_cmpstr (stored->notes, ==, notes->str);
  dsc_test_remove_tree (dir);
}

/* A date the store refuses (the meeting moved after its follow-up) is marked,
 * goes back to the stored one, and does not hold back the notes typed after. */
static void
test_refused_date_keeps_the_notes (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscMeeting) meeting = add_meeting (store, "2026-11-20", "Tavolo casa", DSC_MEETING_WITH_SERVICES,
                                               "Prima.");
  g_autoptr(DscFollowUp) follow_up = add_follow_up (store, meeting->base.id, "Chiamare", "2026-12-01");
  g_autoptr(DscMeeting) stored = NULL;
  DscWindow *window;
  DscMeetingsPage *page;
  DscMeetingEditor *editor;
  GtkTextBuffer *notes;
  GtkTextIter end;

  window = open_window (path);
  page = meetings_page_of (window);
  activate_row (page, 0);
  editor = editor_of (page);

  gtk_editable_set_text (GTK_EDITABLE (dsc_meeting_editor_get_field_widget (editor, "date")), "2026-12-05");
  iterate (600);
  g_assert_true (gtk_widget_has_css_class (dsc_meeting_editor_get_field_widget (editor, "date"), "error"));

  notes = buffer_of (editor, "notes");
  gtk_text_buffer_get_end_iter (notes, &end);
  gtk_text_buffer_insert (notes, &end, " Seconda.", -1);
  iterate (600);
  gtk_text_buffer_get_end_iter (notes, &end);
  gtk_text_buffer_insert (notes, &end, " Terza.", -1);
  close_window (window);

  stored = dsc_store_load (store, &dsc_kind_meeting, meeting->base.id, NULL);
  g_assert_cmpstr (stored->notes, ==, "Prima. Seconda. Terza.");
  g_assert_cmpstr (stored->date, ==, "2026-11-20");
  (void) follow_up;
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
  g_setenv ("DISCORSI_NOW", TODAY "T10:00:00Z", TRUE);
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

  g_test_add_func ("/gui/meetings/notes-survive-closing-at-once", test_notes_survive_closing_at_once);
  g_test_add_func ("/gui/meetings/new-meeting-actions", test_new_meeting_actions);
  g_test_add_func ("/gui/meetings/search-opens-the-place", test_search_opens_the_place);
  g_test_add_func ("/gui/meetings/filters-narrow-the-list", test_filters_narrow_the_list);
  g_test_add_func ("/gui/meetings/follow-ups", test_follow_ups);
  g_test_add_func ("/gui/meetings/who-took-part", test_who_took_part);
  g_test_add_func ("/gui/meetings/list-shows-the-latest", test_list_shows_the_latest);
  g_test_add_func ("/gui/meetings/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/gui/meetings/copy-as-text", test_copy_as_text);
  g_test_add_func ("/gui/meetings/long-notes", test_long_notes);
  g_test_add_func ("/gui/meetings/refused-date-keeps-the-notes", test_refused_date_keeps_the_notes);

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
