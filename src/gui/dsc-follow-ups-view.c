/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The open follow-ups of every meeting, by due date: the overdue ones first,
 * then those still to come, then those without a date. Each is marked done in
 * one click (with Undo), and a row opens its meeting (win.show-meeting). Fits a
 * sidebar as well as a wide page: rows wrap rather than cut their words. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-clock.h"
#include "dsc-follow-ups-view.h"
#include "dsc-gui-util.h"

/* The longest part of "what was agreed" a toast repeats. */
#define TOAST_WHAT_CHARS 48

struct _DscFollowUpsView
{
  GtkWidget        parent_instance;

  GtkWidget       *filter_bar;
  GtkToggleButton *all_button;
  GtkToggleButton *overdue_button;
  GtkDropDown     *service_dropdown;
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkWidget       *overdue_box;
  GtkLabel        *overdue_count;
  GtkListBox      *overdue_list;
  GtkWidget       *upcoming_box;
  GtkLabel        *upcoming_count;
  GtkListBox      *upcoming_list;
  GtkWidget       *undated_box;
  GtkLabel        *undated_count;
  GtkListBox      *undated_list;
  GtkLabel        *limit_note;

  DscStore        *store;
  GHashTable      *shown_meetings;   /* meeting id -> "date\ntitle" as the rows show them */
  gulong           changed_handler;
  guint            refresh_source;
  GArray          *service_ids;      /* gint64 per entry of the service filter; 0: all */
  gint64           service_id;       /* the service shown, or 0 */
  gboolean         updating_filter;
};

G_DEFINE_FINAL_TYPE (DscFollowUpsView, dsc_follow_ups_view, GTK_TYPE_WIDGET)

/* How many rows the view makes at most: the most urgent ones. */
#define MAX_ROWS 150

/* Row helpers, shared with the association's Meetings section --------------- */

typedef struct
{
  DscStore *store;
  gint64    follow_up_id;
  GWeakRef  overlay;
} UndoDone;

static void
undo_done_free (gpointer data)
{
  UndoDone *undo = data;

  g_object_unref (undo->store);
  g_weak_ref_clear (&undo->overlay);
  g_free (undo);
}

static void
on_undo_done_cb (AdwToast *toast,
                 UndoDone *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscFollowUp) follow_up = dsc_store_load (undo->store, &dsc_kind_follow_up, undo->follow_up_id,
                                                     &error);

  if (follow_up != NULL)
    {
      follow_up->status = DSC_FOLLOW_UP_OPEN;
      g_clear_pointer (&follow_up->done_date, g_free);
      dsc_store_update (undo->store, follow_up, &error);
    }

  if (error != NULL)
    {
      g_autoptr(GtkWidget) overlay = g_weak_ref_get (&undo->overlay);

      if (overlay != NULL)
        dsc_show_toast (overlay, error->message);
      else
        g_warning ("Undo failed: %s", error->message);
    }
}

/* "Send the list of documents…" for a toast: the start of a long text. */
static char *
shorten (const char *text)
{
  g_autofree char *flat = g_strdelimit (g_strdup (text != NULL ? text : ""), "\n\r\t", ' ');

  if (g_utf8_strlen (flat, -1) <= TOAST_WHAT_CHARS)
    return g_steal_pointer (&flat);

  {
    g_autofree char *start = g_utf8_substring (flat, 0, TOAST_WHAT_CHARS - 1);

    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

/**
 * dsc_follow_up_mark_done:
 * @widget: where the click was: its window's toast overlay shows the result
 * @store: the store
 * @follow_up_id: an open follow-up
 * @what: (nullable): what was agreed, for the toast
 *
 * Marks the follow-up done today and says so in a toast with Undo; an error
 * is told in a toast.
 *
 * Returns: %TRUE when it is done
 */
gboolean
dsc_follow_up_mark_done (GtkWidget  *widget,
                         DscStore   *store,
                         gint64      follow_up_id,
                         const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *short_what = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  AdwToast *toast;
  UndoDone *undo;

  if (!dsc_store_mark_follow_up_done (store, follow_up_id, &error))
    {
      dsc_show_toast (widget, error->message);
      return FALSE;
    }

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return TRUE;

  short_what = shorten (what);
  /* Translators: a toast after a click on Done; %s is what was agreed. */
  title = g_strdup_printf (_("Done: %s"), short_what);
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoDone, 1);
  undo->store = g_object_ref (store);
  undo->follow_up_id = follow_up_id;
  g_weak_ref_init (&undo->overlay, overlay);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_done_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_done_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}

static void
on_done_clicked_cb (GtkButton     *button,
                    GtkListBoxRow *row)
{
  DscStore *store = g_object_get_data (G_OBJECT (row), "store");
  gint64 *id = g_object_get_data (G_OBJECT (row), "follow-up-id");
  const char *what = g_object_get_data (G_OBJECT (row), "what");

  if (store == NULL || id == NULL)
    return;

  /* The row goes at the next refresh; meanwhile it cannot be done twice. */
  if (dsc_follow_up_mark_done (GTK_WIDGET (row), store, *id, what))
    gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

/**
 * dsc_follow_ups_format_day:
 * @iso_date: a civil date, YYYY-MM-DD
 * @today: (nullable): the local date, to leave out the year of this year's dates
 *
 * Returns: (transfer full): the date as people say it ("3 March", "3 March
 *   2025"): no doubt whether 03/04 is March or April
 */
char *
dsc_follow_ups_format_day (const char *iso_date,
                           const char *today)
{
  g_autoptr(GDateTime) datetime = NULL;
  GDate date, now;
  gboolean this_year;

  if (!dsc_date_parse (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");

  this_year = today != NULL && dsc_date_parse (today, &now)
              && g_date_get_year (&now) == g_date_get_year (&date);
  datetime = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 12, 0, 0);
  if (datetime == NULL)
    return g_strdup (iso_date);

  return g_date_time_format (datetime, this_year
                             /* Translators: a date of this year as in "Overdue since 3 March":
                                a g_date_time_format() format (%-d day, %B month name). */
                             ? C_("date of this year", "%-d %B")
                             /* Translators: a date of another year as in "3 March 2025":
                                a g_date_time_format() format (%-d day, %B month name, %Y year). */
                             : C_("date of another year", "%-d %B %Y"));
}

/* What the due date means today: words, and a style that repeats them in colour. */
static char *
due_text (const DscFollowUp *follow_up,
          const char        *today,
          const char       **style,
          const char       **icon)
{
  g_autofree char *day = NULL;
  GDate due, now;
  int days;

  *style = NULL;
  *icon = NULL;

  if (follow_up->due_date == NULL)
    {
      *style = "dim-label";
      return g_strdup (_("No due date"));
    }

  day = dsc_follow_ups_format_day (follow_up->due_date, today);
  if (!dsc_date_parse (follow_up->due_date, &due) || !dsc_date_parse (today, &now))
    return g_strdup_printf (_("Due %s"), day);

  days = g_date_days_between (&now, &due);
  if (days < 0)
    {
      *style = "error";
      *icon = "dialog-warning-symbolic";
      /* Translators: the follow-up was due on that day, which has passed: "Overdue since 3 March". */
      return g_strdup_printf (_("Overdue since %s"), day);
    }
  if (days == 0)
    {
      *style = "warning";
      *icon = "alarm-symbolic";
      return g_strdup (_("Due today"));
    }
  if (days == 1)
    return g_strdup (_("Due tomorrow"));

  /* Translators: the due date of a follow-up: "Due 10 December". */
  return g_strdup_printf (_("Due %s"), day);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *name,
           const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return label;
}

/**
 * dsc_follow_up_row_new:
 * @store: the store its Done button writes to
 * @row: the follow-up with its meeting, association and service
 * @today: the local date (dsc_clock_today())
 * @show_association: whether to name the association (not in its own section)
 *
 * A row that says what was agreed, who does it, when it is due (in words, and
 * in colour when it is late) and in which meeting, with a Done button that
 * marks it done today and offers Undo in the nearest toast overlay. Its list
 * box opens the meeting with dsc_follow_up_row_open_meeting().
 *
 * Returns: (transfer floating): a #GtkListBoxRow
 */
GtkWidget *
dsc_follow_up_row_new (DscStore             *store,
                       const DscFollowUpRow *row,
                       const char           *today,
                       gboolean              show_association)
{
  const DscFollowUp *follow_up = row->follow_up;
  g_autoptr(GPtrArray) concerns = g_ptr_array_new ();
  g_autofree char *due = NULL;
  g_autofree char *meeting_day = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *accessible = NULL;
  const char *style, *icon_name;
  GtkWidget *list_row, *box, *text, *due_box, *button, *arrow;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL && row->follow_up != NULL, NULL);

  list_row = gtk_list_box_row_new ();
  gtk_widget_set_name (list_row, "follow-up-row");
  g_object_set_data_full (G_OBJECT (list_row), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (list_row), "follow-up-id",
                          g_memdup2 (&follow_up->base.id, sizeof (gint64)), g_free);
  g_object_set_data_full (G_OBJECT (list_row), "meeting-id",
                          g_memdup2 (&follow_up->meeting_id, sizeof (gint64)), g_free);
  g_object_set_data_full (G_OBJECT (list_row), "what", g_strdup (follow_up->what), g_free);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);

  /* When: first, in words; the colour and the icon only repeat them. */
  due = due_text (follow_up, today, &style, &icon_name);
  due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (due_box), icon);
    }
  add_label (GTK_BOX (due_box), "due-label", due, "caption-heading");
  if (style != NULL)
    gtk_widget_add_css_class (due_box, style);
  gtk_box_append (GTK_BOX (text), due_box);

  /* What: the words of the meeting, as typed. */
  add_label (GTK_BOX (text), "what-label", follow_up->what, NULL);

  /* Who: the person, in the words of the follow-up's own form. */
  if (follow_up->owner != NULL && *follow_up->owner != '\0')
    {
      /* Translators: the person who does what was agreed (the "Who does it" field). */
      g_autofree char *owner = g_strdup_printf (_("Who does it: %s"), follow_up->owner);

      add_label (GTK_BOX (text), "who-label", owner, "caption");
    }

  /* For whom, with whom: the association and the service. */
  if (show_association && row->association_name != NULL)
    g_ptr_array_add (concerns, row->association_name);
  if (row->service_name != NULL)
    g_ptr_array_add (concerns, row->service_name);
  if (concerns->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (concerns, NULL);
      joined = g_strjoinv (" · ", (char **) concerns->pdata);
      add_label (GTK_BOX (text), "concerns-label", joined, "caption");
    }

  /* Where it was agreed. */
  meeting_day = dsc_follow_ups_format_day (row->meeting_date, today);
  /* Translators: where a follow-up was agreed: "Meeting of 2 October · Tavolo casa". */
  meeting = g_strdup_printf (_("Meeting of %s · %s"), meeting_day,
                             row->meeting_title != NULL ? row->meeting_title : "");
  gtk_widget_add_css_class (add_label (GTK_BOX (text), "meeting-label", meeting, "caption"), "dim-label");

  button = gtk_button_new_with_label (_("Done"));
  gtk_widget_set_name (button, "done-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Mark as done today"));
  /* Translators: what a screen reader says for the Done button of a follow-up. */
  accessible = g_strdup_printf (_("Mark “%s” as done"), follow_up->what);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_done_clicked_cb), list_row);
  gtk_box_append (GTK_BOX (box), button);
  /* A meeting still to come: what it agrees cannot be done yet. */
  gtk_widget_set_visible (button, g_strcmp0 (row->meeting_date, today) <= 0);

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), arrow);

  gtk_widget_set_tooltip_text (text, _("Open the meeting"));
  return list_row;
}

/**
 * dsc_follow_up_row_get_meeting_id:
 * @row: a row made by dsc_follow_up_row_new()
 *
 * Returns: the id of the meeting the follow-up was agreed in
 */
gint64
dsc_follow_up_row_get_meeting_id (GtkListBoxRow *row)
{
  gint64 *id;

  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), 0);

  id = g_object_get_data (G_OBJECT (row), "meeting-id");
  return id != NULL ? *id : 0;
}

/**
 * dsc_follow_up_row_open_meeting:
 * @list: the list box of @row
 * @row: a row made by dsc_follow_up_row_new()
 *
 * A "row-activated" handler: opens the row's meeting through win.show-meeting.
 */
void
dsc_follow_up_row_open_meeting (GtkListBox    *list,
                                GtkListBoxRow *row)
{
  gint64 meeting_id = dsc_follow_up_row_get_meeting_id (row);

  if (meeting_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (list), "win.show-meeting", "x", meeting_id);
}

/* The view -------------------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;

  return n;
}

static void
show_section (GtkWidget  *box,
              GtkLabel   *count_label,
              guint       n)
{
  g_autofree char *count = g_strdup_printf ("%u", n);

  gtk_label_set_text (count_label, count);
  gtk_widget_set_visible (box, n > 0);
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *names = user_data;

  return g_utf8_collate (g_hash_table_lookup (names, *(gpointer *) a),
                         g_hash_table_lookup (names, *(gpointer *) b));
}

/* The services named by open follow-ups, to filter by: by name, once each. */
static void
update_service_filter (DscFollowUpsView *self,
                       GPtrArray        *rows)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 all = 0;
  guint selected = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      DscFollowUpRow *row = g_ptr_array_index (rows, i);

      if (row->follow_up->service_id > 0 && row->service_name != NULL
          && !g_hash_table_contains (names, &row->follow_up->service_id))
        {
          g_hash_table_insert (names, &row->follow_up->service_id, row->service_name);
          g_ptr_array_add (ids, &row->follow_up->service_id);
        }
    }

  /* By name, as people look for them. */
  g_ptr_array_sort_with_data (ids, compare_names_cb, names);

  g_array_set_size (self->service_ids, 0);
  gtk_string_list_append (labels, _("All services"));
  g_array_append_val (self->service_ids, all);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = *(gint64 *) ids->pdata[i];

      gtk_string_list_append (labels, g_hash_table_lookup (names, ids->pdata[i]));
      g_array_append_val (self->service_ids, id);
      if (id == self->service_id)
        selected = self->service_ids->len - 1;
    }

  /* The service chosen has nothing open any more: show them all again. */
  if (selected == 0)
    self->service_id = 0;

  self->updating_filter = TRUE;
  gtk_drop_down_set_model (self->service_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->service_dropdown, selected);
  self->updating_filter = FALSE;

  /* One service alone is nothing to choose from. */
  gtk_widget_set_visible (GTK_WIDGET (self->service_dropdown), ids->len >= 2);
}

static void
show_empty (DscFollowUpsView *self,
            gboolean          filtered)
{
  if (!filtered)
    {
      adw_status_page_set_icon_name (self->empty_page, "object-select-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Open Follow-ups"));
      adw_status_page_set_description (self->empty_page,
        _("Everything agreed in meetings has been done. What you agree in a new meeting will wait here until it is done."));
    }
  else if (gtk_toggle_button_get_active (self->overdue_button))
    {
      adw_status_page_set_icon_name (self->empty_page, "object-select-symbolic");
      adw_status_page_set_title (self->empty_page, _("Nothing Is Overdue"));
      adw_status_page_set_description (self->empty_page,
        _("Every open follow-up shown here is still within its due date."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "object-select-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Open Follow-ups"));
      adw_status_page_set_description (self->empty_page, _("Nothing is waiting for this service."));
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The list and the row position that had the keyboard focus, if any. */
static GtkListBox *
focused_row (DscFollowUpsView *self,
             int              *position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    return NULL;

  *position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  return GTK_LIST_BOX (gtk_widget_get_parent (row));
}

static void
refresh (DscFollowUpsView *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dsc_clock_today ();
  gboolean overdue_only = gtk_toggle_button_get_active (self->overdue_button);
  GtkListBox *focus_list;
  int focus_position = 0;
  guint shown = 0;
  guint matching = 0;
  guint n_in[3] = { 0, 0, 0 };   /* overdue, coming up, no due date */

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  focus_list = focused_row (self, &focus_position);
  clear_list (self->overdue_list);
  clear_list (self->upcoming_list);
  clear_list (self->undated_list);

  if (self->store != NULL)
    rows = dsc_store_open_follow_ups (self->store, 0, 0, FALSE, &error);
  if (rows == NULL)
    {
      if (error != NULL)
        dsc_show_toast (GTK_WIDGET (self), error->message);
      gtk_widget_set_visible (self->filter_bar, FALSE);
      show_empty (self, FALSE);
      return;
    }

  update_service_filter (self, rows);
  g_hash_table_remove_all (self->shown_meetings);

  for (guint i = 0; i < rows->len; i++)
    {
      DscFollowUpRow *row = g_ptr_array_index (rows, i);
      gboolean overdue = dsc_follow_up_is_overdue (row->follow_up, today);
      GtkListBox *list;

      if ((overdue_only && !overdue)
          || (self->service_id > 0 && row->follow_up->service_id != self->service_id))
        continue;

      list = overdue ? self->overdue_list
             : row->follow_up->due_date != NULL ? self->upcoming_list
             : self->undated_list;
      n_in[list == self->overdue_list ? 0 : list == self->upcoming_list ? 1 : 2]++;
      matching++;

      /* Rows are widgets: the most urgent ones, not thousands of them. */
      if (shown >= MAX_ROWS)
        continue;
      gtk_list_box_append (list, dsc_follow_up_row_new (self->store, row, today, TRUE));
      g_hash_table_insert (self->shown_meetings, g_memdup2 (&row->follow_up->meeting_id, sizeof (gint64)),
                           g_strdup_printf ("%s\n%s", row->meeting_date, row->meeting_title));
      shown++;
    }

  show_section (self->overdue_box, self->overdue_count, n_in[0]);
  show_section (self->upcoming_box, self->upcoming_count, n_in[1]);
  show_section (self->undated_box, self->undated_count, n_in[2]);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_note), matching > shown);
  if (matching > shown)
    {
      g_autofree char *note =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The %u most urgent of %u open follow-up are shown. Choose a service, or mark some done, to see the others.",
                                      "The %u most urgent of %u open follow-ups are shown. Choose a service, or mark some done, to see the others.",
                                      matching),
                         shown, matching);
      gtk_label_set_text (self->limit_note, note);
    }

  gtk_widget_set_visible (self->filter_bar, rows->len > 0);
  if (shown == 0)
    {
      show_empty (self, rows->len > 0);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");

  /* The row marked done went away: the keyboard stays where it was. */
  if (focus_list != NULL)
    {
      GtkListBox *lists[] = { focus_list, self->overdue_list, self->upcoming_list, self->undated_list };

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        {
          guint n = count_rows (lists[i]);

          if (n > 0)
            {
              GtkListBoxRow *row = gtk_list_box_get_row_at_index (lists[i], MIN ((guint) focus_position, n - 1));

              gtk_widget_grab_focus (GTK_WIDGET (row));
              break;
            }
        }
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscFollowUpsView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (DscFollowUpsView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
on_store_changed_cb (DscStore         *store,
                     const char       *kind,
                     gint64            id,
                     DscFollowUpsView *self)
{
  /* Changes come in bursts (a meeting with its follow-ups): refresh once after.
   * A meeting matters only when rows show it and its date or title changed:
   * its notes are saved as they are typed. */
  if (g_str_equal (kind, "follow-up") || g_str_equal (kind, "service") || g_str_equal (kind, "association"))
    queue_refresh (self);
  else if (g_str_equal (kind, "meeting") && g_hash_table_contains (self->shown_meetings, &id))
    {
      g_autoptr(DscMeeting) meeting = dsc_store_load (store, &dsc_kind_meeting, id, NULL);
      g_autofree char *shown = meeting != NULL ? g_strdup_printf ("%s\n%s", meeting->date, meeting->title) : NULL;

      if (g_strcmp0 (shown, g_hash_table_lookup (self->shown_meetings, &id)) != 0)
        queue_refresh (self);
    }
}

static void
on_overdue_toggled_cb (GtkToggleButton  *button,
                       GParamSpec       *pspec,
                       DscFollowUpsView *self)
{
  refresh (self);
}

static void
on_service_selected_cb (GtkDropDown      *dropdown,
                        GParamSpec       *pspec,
                        DscFollowUpsView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating_filter || selected == GTK_INVALID_LIST_POSITION || selected >= self->service_ids->len)
    return;

  self->service_id = g_array_index (self->service_ids, gint64, selected);
  refresh (self);
}

static void
on_row_activated_cb (GtkListBox       *list,
                     GtkListBoxRow    *row,
                     DscFollowUpsView *self)
{
  dsc_follow_up_row_open_meeting (list, row);
}

/* The button shows the name cut short; the open list shows it whole. */
static void
on_label_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_label_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_label_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_label_bind_cb), NULL);
  return factory;
}

static void
dsc_follow_ups_view_dispose (GObject *object)
{
  DscFollowUpsView *self = DSC_FOLLOW_UPS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_FOLLOW_UPS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_follow_ups_view_parent_class)->dispose (object);
}

static void
dsc_follow_ups_view_finalize (GObject *object)
{
  DscFollowUpsView *self = DSC_FOLLOW_UPS_VIEW (object);

  g_clear_pointer (&self->service_ids, g_array_unref);
  g_clear_pointer (&self->shown_meetings, g_hash_table_unref);

  G_OBJECT_CLASS (dsc_follow_ups_view_parent_class)->finalize (object);
}

static void
dsc_follow_ups_view_class_init (DscFollowUpsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_follow_ups_view_dispose;
  object_class->finalize = dsc_follow_ups_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-follow-ups-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, all_button);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, stack);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, overdue_count);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, upcoming_box);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, upcoming_count);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, undated_box);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, undated_count);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, undated_list);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpsView, limit_note);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_service_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
dsc_follow_ups_view_init (DscFollowUpsView *self)
{
  g_autoptr(GtkListItemFactory) factory = label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = label_factory (FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->shown_meetings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gtk_drop_down_set_factory (self->service_dropdown, factory);
  gtk_drop_down_set_list_factory (self->service_dropdown, list_factory);
  refresh (self);
}

void
dsc_follow_ups_view_set_store (DscFollowUpsView *self,
                               DscStore         *store)
{
  g_return_if_fail (DSC_IS_FOLLOW_UPS_VIEW (self));
  g_return_if_fail (store == NULL || DSC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  self->service_id = 0;
  refresh (self);
}
