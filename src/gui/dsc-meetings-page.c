/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Meetings page: the meetings, newest first, narrowed by association,
 * service, kind and period, or the places a search found, beside the meeting
 * chosen (AdwLeaflet: one at a time in a narrow window); the sidebar can show
 * the open follow-ups instead. The list and the search run on a connection of
 * their own in a worker thread, so that fifty thousand meetings never freeze
 * the window; edits to the meeting shown change its row in place. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dsc-clock.h"
#include "dsc-follow-ups-view.h"
#include "dsc-gui-util.h"
#include "dsc-meeting-editor.h"
#include "dsc-meetings-page.h"
#include "dsc-meetings.h"

/* Search shows the best places only: more words narrow it. */
#define SEARCH_LIMIT 100
/* The list shows the newest meetings only: nobody scrolls through thousands,
 * and reading them all again after each change would take a second. */
#define LIST_LIMIT 1000
/* Changes come in bursts (typing, an import): the list is read again once. */
#define RELOAD_DELAY_MS 200

typedef enum
{
  PERIOD_ANY,
  PERIOD_LAST_3_MONTHS,
  PERIOD_THIS_YEAR,
  PERIOD_LAST_YEAR,
  PERIOD_BEFORE,
} Period;

/* One row of the list: a meeting, or a place where search found the words. */

#define DSC_TYPE_MEETINGS_PAGE_ITEM (dsc_meetings_page_item_get_type ())

G_DECLARE_FINAL_TYPE (DscMeetingsPageItem, dsc_meetings_page_item, DSC, MEETINGS_PAGE_ITEM, GObject)

struct _DscMeetingsPageItem
{
  GObject  parent_instance;

  gint64   meeting_id;
  gint64   follow_up_id;
  char    *date;              /* YYYY-MM-DD */
  char    *time;
  char    *title;
  int      meeting_kind;      /* -1 for a search hit */
  char    *people;            /* services · associations, or NULL */
  int      open_follow_ups;
  char    *snippet;           /* as the store marks it; NULL in the list */
};

G_DEFINE_FINAL_TYPE (DscMeetingsPageItem, dsc_meetings_page_item, G_TYPE_OBJECT)

static guint item_changed_signal;

static void
dsc_meetings_page_item_finalize (GObject *object)
{
  DscMeetingsPageItem *self = DSC_MEETINGS_PAGE_ITEM (object);

  g_free (self->date);
  g_free (self->time);
  g_free (self->title);
  g_free (self->people);
  g_free (self->snippet);

  G_OBJECT_CLASS (dsc_meetings_page_item_parent_class)->finalize (object);
}

static void
dsc_meetings_page_item_class_init (DscMeetingsPageItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsc_meetings_page_item_finalize;

  item_changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dsc_meetings_page_item_init (DscMeetingsPageItem *self)
{
  self->meeting_kind = -1;
}

static char *
join_people (const char *services,
             const char *associations)
{
  if (services != NULL && associations != NULL)
    return g_strdup_printf ("%s · %s", services, associations);
  if (services != NULL)
    return g_strdup (services);
  return g_strdup (associations);
}

static DscMeetingsPageItem *
item_from_summary (DscMeetingSummary *summary)
{
  DscMeetingsPageItem *item = g_object_new (DSC_TYPE_MEETINGS_PAGE_ITEM, NULL);

  item->meeting_id = summary->id;
  item->date = g_steal_pointer (&summary->date);
  item->time = g_steal_pointer (&summary->time);
  item->title = g_steal_pointer (&summary->title);
  item->meeting_kind = summary->meeting_kind;
  item->people = join_people (summary->services, summary->associations);
  item->open_follow_ups = summary->open_follow_ups;
  return item;
}

static DscMeetingsPageItem *
item_from_hit (DscMeetingHit *hit)
{
  DscMeetingsPageItem *item = g_object_new (DSC_TYPE_MEETINGS_PAGE_ITEM, NULL);

  item->meeting_id = hit->meeting_id;
  item->follow_up_id = hit->follow_up_id;
  item->date = g_steal_pointer (&hit->date);
  item->title = g_steal_pointer (&hit->title);
  item->snippet = g_steal_pointer (&hit->snippet);
  return item;
}

/* A snippet as markup: the text escaped, the words found in bold, on one line. */
static char *
snippet_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  const char *p = snippet;

  while (p != NULL && *p != '\0')
    {
      gsize length = strcspn (p, DSC_HIT_START DSC_HIT_END "\n\r\t");

      if (length > 0)
        {
          g_autofree char *escaped = g_markup_escape_text (p, (gssize) length);
          g_string_append (markup, escaped);
          p += length;
          continue;
        }

      if (*p == DSC_HIT_START[0])
        g_string_append (markup, "<b>");
      else if (*p == DSC_HIT_END[0])
        g_string_append (markup, "</b>");
      else
        g_string_append_c (markup, ' ');
      p++;
    }

  return g_string_free (markup, FALSE);
}

/* Reading in a worker thread ---------------------------------------------------- */

/* The page's own connection, for the worker: one query at a time. */
typedef struct
{
  gatomicrefcount  ref;
  GMutex           lock;
  char            *path;
  DscStore        *store;
} Reader;

static Reader *
reader_new (const char *path)
{
  Reader *reader = g_new0 (Reader, 1);

  g_atomic_ref_count_init (&reader->ref);
  g_mutex_init (&reader->lock);
  reader->path = g_strdup (path);
  return reader;
}

static Reader *
reader_ref (Reader *reader)
{
  g_atomic_ref_count_inc (&reader->ref);
  return reader;
}

static void
reader_unref (Reader *reader)
{
  if (!g_atomic_ref_count_dec (&reader->ref))
    return;

  g_clear_object (&reader->store);
  g_mutex_clear (&reader->lock);
  g_free (reader->path);
  g_free (reader);
}

typedef struct
{
  Reader           *reader;
  guint             generation;
  char             *typed;           /* words to search, or NULL for the list */
  DscMeetingFilter  filter;
  char             *from;
  char             *to;
} Query;

static void
query_free (Query *query)
{
  reader_unref (query->reader);
  g_free (query->typed);
  g_free (query->from);
  g_free (query->to);
  g_free (query);
}

typedef struct
{
  GPtrArray *items;                  /* DscMeetingsPageItem */
  gint64     total;                  /* meetings in the store */
  gboolean   search;
  gint64     elapsed_us;
} Result;

static void
result_free (Result *result)
{
  g_ptr_array_unref (result->items);
  g_free (result);
}

static Result *
run_query (DscStore  *store,
           Query     *query,
           GError   **error)
{
  Result *result = g_new0 (Result, 1);
  g_autoptr(GPtrArray) rows = NULL;

  result->items = g_ptr_array_new_with_free_func (g_object_unref);
  result->search = query->typed != NULL;
  result->total = dsc_store_count (store, &dsc_kind_meeting, error);
  if (result->total >= 0)
    rows = query->typed != NULL ? dsc_store_search_meetings (store, query->typed, &query->filter, SEARCH_LIMIT, error)
                                : dsc_store_list_meetings (store, &query->filter, error);
  if (rows == NULL)
    {
      result_free (result);
      return NULL;
    }

  g_ptr_array_set_size (result->items, 0);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (result->items, query->typed != NULL ? (gpointer) item_from_hit (g_ptr_array_index (rows, i))
                                                          : (gpointer) item_from_summary (g_ptr_array_index (rows, i)));
  return result;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Query *query = task_data;
  Reader *reader = query->reader;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  Result *result = NULL;

  /* A newer question was asked while this one waited: it is not read at all. */
  g_mutex_lock (&reader->lock);
  if (g_task_return_error_if_cancelled (task))
    {
      g_mutex_unlock (&reader->lock);
      return;
    }

  if (reader->store == NULL)
    reader->store = dsc_store_open (reader->path, DSC_STORE_MUST_EXIST, &error);
  if (reader->store != NULL)
    result = run_query (reader->store, query, &error);
  g_mutex_unlock (&reader->lock);

  if (result == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result->elapsed_us = g_get_monotonic_time () - start;
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

/* The page ----------------------------------------------------------------------- */

struct _DscMeetingsPage
{
  GtkWidget           parent_instance;

  GtkStack           *page_stack;
  AdwLeaflet         *leaflet;
  GtkToggleButton    *meetings_toggle;
  GtkToggleButton    *follow_ups_toggle;
  GtkStack           *sidebar_stack;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *filter_button;
  GtkDropDown        *association_filter;
  GtkDropDown        *service_filter;
  GtkDropDown        *kind_filter;
  GtkDropDown        *period_filter;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *no_hits_page;
  GtkWidget          *search_clear_filters_button;
  GtkLabel           *count_label;
  GtkStack           *detail_stack;
  DscMeetingEditor   *editor;
  DscFollowUpsView   *follow_ups_view;

  DscStore           *store;
  DscStore           *follow_ups_store;  /* (unowned) the follow-ups view's, while it is shown */
  gulong              changed_handler;
  Reader             *reader;
  GListStore         *items;
  GtkSingleSelection *selection;
  GArray             *association_ids;  /* the association filter's choices after "All" */
  GArray             *service_ids;
  GCancellable       *cancellable;      /* of the load running */
  guint               generation;
  guint               reload_source;
  gint64              total;
  gboolean            loading;
  gboolean            searching;        /* the list shows search hits */
  gboolean            refreshing;       /* the page itself changes the selection or the filters */
  gboolean            choices_dirty;
  gboolean            stale;            /* changed while the page was not shown */
};

G_DEFINE_FINAL_TYPE (DscMeetingsPage, dsc_meetings_page, GTK_TYPE_WIDGET)

static void start_load (DscMeetingsPage *self);

static void
report (DscMeetingsPage *self,
        const char      *message)
{
  dsc_show_toast (GTK_WIDGET (self), message);
}

static const char *
typed_words (DscMeetingsPage *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (typed));

  return *stripped != '\0' ? typed : NULL;
}

static gint64
chosen_id (GtkDropDown *dropdown,
           GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first choice is "All …": no filter. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

static int
chosen_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

static gboolean
filters_active (DscMeetingsPage *self)
{
  return chosen_id (self->association_filter, self->association_ids) > 0
         || chosen_id (self->service_filter, self->service_ids) > 0
         || chosen_value (self->kind_filter) >= 0
         || gtk_drop_down_get_selected (self->period_filter) > PERIOD_ANY;
}

/* The dates of a period, from today (the clock's local date). */
static void
period_dates (Period   period,
              char   **from,
              char   **to)
{
  g_autofree char *today = dsc_clock_today ();
  GDate date;
  int year;

  *from = *to = NULL;
  if (!dsc_date_parse (today, &date))
    return;
  year = g_date_get_year (&date);

  switch (period)
    {
    case PERIOD_LAST_3_MONTHS:
      g_date_subtract_months (&date, 3);
      *from = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date));
      *to = g_strdup (today);    /* planned meetings are not "the last three months" */
      break;

    case PERIOD_THIS_YEAR:
      *from = g_strdup_printf ("%04d-01-01", year);
      *to = g_strdup_printf ("%04d-12-31", year);
      break;

    case PERIOD_LAST_YEAR:
      *from = g_strdup_printf ("%04d-01-01", year - 1);
      *to = g_strdup_printf ("%04d-12-31", year - 1);
      break;

    case PERIOD_BEFORE:
      *to = g_strdup_printf ("%04d-12-31", year - 2);
      break;

    case PERIOD_ANY:
    default:
      break;
    }
}

/* Rows ---------------------------------------------------------------------------- */

typedef struct
{
  GtkWidget *title;
  GtkWidget *badge;
  GtkWidget *meta;
  GtkWidget *people;
  GtkWidget *snippet;
} RowWidgets;

static void
fill_row (GtkListItem *list_item)
{
  RowWidgets *row = g_object_get_data (G_OBJECT (list_item), "row-widgets");
  DscMeetingsPageItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;

  if (item == NULL)
    return;

  date = dsc_format_date (item->date);
  if (item->snippet != NULL)
    meta = item->follow_up_id > 0
           /* Translators: a search hit in a follow-up: "26/11/2026 · in a follow-up". */
           ? g_strdup_printf (_("%s · in a follow-up"), date)
           : g_strdup (date);
  else if (item->time != NULL && *item->time != '\0')
    /* Translators: a meeting in the list: its date, time and kind, "26/11/2026 09:30 · With services". */
    meta = g_strdup_printf (_("%1$s %2$s · %3$s"), date, item->time,
                            dsc_enum_label (&dsc_enum_meeting_kind, item->meeting_kind));
  else
    /* Translators: a meeting in the list without a time: its date and kind. */
    meta = g_strdup_printf (_("%1$s · %2$s"), date, dsc_enum_label (&dsc_enum_meeting_kind, item->meeting_kind));

  gtk_label_set_text (GTK_LABEL (row->title), item->title != NULL && *item->title != '\0'
                                              ? item->title : _("Untitled meeting"));
  gtk_label_set_text (GTK_LABEL (row->meta), meta);
  gtk_label_set_text (GTK_LABEL (row->people), item->people != NULL ? item->people : "");
  gtk_widget_set_visible (row->people, item->people != NULL && item->snippet == NULL);

  if (item->open_follow_ups > 0 && item->snippet == NULL)
    {
      /* Translators: a small badge on a meeting in the list: its follow-ups not done yet. */
      g_autofree char *badge = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d open", "%d open",
                                                             item->open_follow_ups),
                                                item->open_follow_ups);
      g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d follow-up not done yet",
                                                               "%d follow-ups not done yet",
                                                               item->open_follow_ups),
                                                  item->open_follow_ups);

      gtk_label_set_text (GTK_LABEL (row->badge), badge);
      gtk_widget_set_tooltip_text (row->badge, tooltip);
      gtk_widget_set_visible (row->badge, TRUE);
    }
  else
    gtk_widget_set_visible (row->badge, FALSE);

  if (item->snippet != NULL)
    {
      g_autofree char *markup = snippet_markup (item->snippet);

      gtk_label_set_markup (GTK_LABEL (row->snippet), markup);
      gtk_widget_set_visible (row->snippet, TRUE);
    }
  else
    gtk_widget_set_visible (row->snippet, FALSE);

  /* Translators: what a screen reader says for a meeting in the list: its title, then date and kind. */
  accessible = g_strdup_printf (_("%1$s, %2$s"), gtk_label_get_text (GTK_LABEL (row->title)), meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (list_item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
on_item_changed_cb (DscMeetingsPageItem *item,
                    GtkListItem         *list_item)
{
  fill_row (list_item);
}

static GtkWidget *
caption_label (gboolean dim)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Long names give up their end rather than widen the sidebar. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_widget_add_css_class (label, "caption");
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 DscMeetingsPage          *self)
{
  RowWidgets *row = g_new0 (RowWidgets, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  row->title = gtk_label_new (NULL);
  row->badge = gtk_label_new (NULL);
  row->meta = caption_label (TRUE);
  row->people = caption_label (TRUE);
  row->snippet = caption_label (FALSE);

  /* Meeting titles are long ("Tavolo casa con i servizi sociali di Collegno"). */
  gtk_label_set_xalign (GTK_LABEL (row->title), 0);
  gtk_label_set_wrap (GTK_LABEL (row->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (row->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (row->title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (row->title), 32);
  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_add_css_class (row->title, "heading");

  gtk_widget_set_valign (row->badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (row->badge, "meeting-badge");
  gtk_widget_add_css_class (row->badge, "caption-heading");

  gtk_label_set_wrap (GTK_LABEL (row->snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (row->snippet), 3);
  gtk_widget_set_name (row->snippet, "snippet");
  gtk_widget_set_margin_top (row->snippet, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (top), row->title);
  gtk_box_append (GTK_BOX (top), row->badge);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), row->meta);
  gtk_box_append (GTK_BOX (box), row->people);
  gtk_box_append (GTK_BOX (box), row->snippet);

  gtk_list_item_set_child (list_item, box);
  g_object_set_data_full (G_OBJECT (list_item), "row-widgets", row, g_free);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                DscMeetingsPage          *self)
{
  g_signal_connect (gtk_list_item_get_item (list_item), "changed", G_CALLBACK (on_item_changed_cb), list_item);
  fill_row (list_item);
}

static void
on_unbind_row_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  DscMeetingsPage          *self)
{
  gpointer item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_item_changed_cb, list_item);
}

/* A label that gives up long names with an ellipsis, so that the sidebar keeps its width. */
static void
on_setup_choice_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (user_data));
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_choice_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (string));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (string));
}

static GtkListItemFactory *
choice_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_choice_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_choice_cb), NULL);
  return factory;
}

/* Filters ------------------------------------------------------------------------- */

static void
set_choices (GtkDropDown *dropdown,
             GArray      *ids,
             const char  *all_label,
             GArray      *new_ids,
             GPtrArray   *names)
{
  gint64 chosen = chosen_id (dropdown, ids);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint position = 0;

  gtk_string_list_append (labels, all_label);
  g_array_set_size (ids, 0);
  for (guint i = 0; i < new_ids->len; i++)
    {
      gint64 id = g_array_index (new_ids, gint64, i);

      gtk_string_list_append (labels, g_ptr_array_index (names, i));
      g_array_append_val (ids, id);
      if (id == chosen)
        position = i + 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, position);
}

/* The associations and services to filter by, as they are in the store now. */
static void
refresh_choices (DscMeetingsPage *self)
{
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GPtrArray) associations = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gboolean was_refreshing = self->refreshing;

  self->choices_dirty = FALSE;
  if (self->store != NULL)
    {
      associations = dsc_store_search_associations (self->store, &filter, &error);
      if (associations != NULL)
        services = dsc_store_list (self->store, &dsc_kind_service, 0, &error);
      if (services == NULL)
        report (self, error->message);
    }

  self->refreshing = TRUE;
  for (guint i = 0; associations != NULL && i < associations->len; i++)
    {
      DscAssociationSummary *summary = g_ptr_array_index (associations, i);

      g_array_append_val (ids, summary->id);
      g_ptr_array_add (names, summary->name);
    }
  set_choices (self->association_filter, self->association_ids, _("All associations"), ids, names);

  g_array_set_size (ids, 0);
  g_ptr_array_set_size (names, 0);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      DscService *service = g_ptr_array_index (services, i);

      g_array_append_val (ids, service->base.id);
      g_ptr_array_add (names, service->name);
    }
  set_choices (self->service_filter, self->service_ids, _("All services"), ids, names);
  self->refreshing = was_refreshing;
}

static void
update_filter_button (DscMeetingsPage *self)
{
  if (filters_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
}

static void
clear_search_and_filters (DscMeetingsPage *self)
{
  gboolean was_refreshing = self->refreshing;

  self->refreshing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->association_filter, 0);
  gtk_drop_down_set_selected (self->service_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->period_filter, PERIOD_ANY);
  self->refreshing = was_refreshing;
  update_filter_button (self);
}

/* Loading ------------------------------------------------------------------------- */

static gint64
open_meeting_id (DscMeetingsPage *self)
{
  return dsc_meeting_editor_get_meeting_id (self->editor);
}

static DscMeetingsPageItem *
selected_item (DscMeetingsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* The position of the row for @meeting_id (and @follow_up_id among search hits). */
static guint
find_item (DscMeetingsPage *self,
           gint64           meeting_id,
           gint64           follow_up_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DscMeetingsPageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->meeting_id == meeting_id && (follow_up_id < 0 || item->follow_up_id == follow_up_id))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_quietly (DscMeetingsPage *self,
                guint            position)
{
  gboolean was_refreshing = self->refreshing;

  self->refreshing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->refreshing = was_refreshing;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
update_count (DscMeetingsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *text = NULL;

  if (self->searching)
    {
      if (shown >= SEARCH_LIMIT)
        text = g_strdup_printf (_("The best %u results are shown. Add a word to narrow the search."), shown);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result, best match first",
                                             "%u results, best matches first", shown),
                                shown);
    }
  else if (shown >= LIST_LIMIT && filters_active (self))
    text = g_strdup_printf (_("The latest %u matching meetings are shown. Narrow the filters, or search, to find older ones."),
                            shown);
  else if (shown >= LIST_LIMIT)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The latest %u of %u meeting are shown. Filter or search to find older ones.",
                                         "The latest %u of %u meetings are shown. Filter or search to find older ones.",
                                         (gulong) self->total),
                            shown, (guint) self->total);
  else if (filters_active (self))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u meeting shown",
                                         "%u of %u meetings shown", (gulong) self->total),
                            shown, (guint) self->total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", shown), shown);

  gtk_label_set_text (self->count_label, text);
}

static void
update_view (DscMeetingsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  const char *typed = typed_words (self);
  gboolean narrowed = self->searching || filters_active (self);

  gtk_stack_set_visible_child_name (self->page_stack,
                                    self->store != NULL && (self->total > 0 || narrowed) ? "browse" : "empty");
  if (shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (self->searching)
    {
      g_autofree char *escaped = dsc_markup (typed != NULL ? typed : "");
      gboolean filtered = filters_active (self);
      g_autofree char *description =
        filtered ? g_strdup_printf (_("No meeting that the filters keep has “%s”. Clear the filters to search every meeting."),
                                    escaped)
                 : g_strdup_printf (_("No title, notes, decisions, attendees or follow-ups have “%s”. Check the spelling, or type just the beginning of a word."),
                                    escaped);

      adw_status_page_set_description (self->no_hits_page, description);
      gtk_widget_set_visible (self->search_clear_filters_button, filtered);
      gtk_stack_set_visible_child_name (self->list_stack, "no-hits");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");

  update_count (self);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  DscMeetingsPage *self = DSC_MEETINGS_PAGE (source);
  Query *query = g_task_get_task_data (G_TASK (async_result));
  g_autoptr(GError) error = NULL;
  Result *result = g_task_propagate_pointer (G_TASK (async_result), &error);
  DscMeetingsPageItem *selected;
  gint64 meeting_id, follow_up_id, applied;
  guint position;

  /* A newer load replaced this one, or the page went away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || query->generation != self->generation)
    {
      g_clear_pointer (&result, result_free);
      return;
    }

  self->loading = FALSE;
  g_clear_object (&self->cancellable);
  if (result == NULL)
    {
      report (self, error->message);
      return;
    }

  applied = g_get_monotonic_time ();
  /* The row chosen stays chosen when it is still there. */
  selected = selected_item (self);
  meeting_id = selected != NULL ? selected->meeting_id : open_meeting_id (self);
  follow_up_id = selected != NULL && result->search == self->searching ? selected->follow_up_id : -1;
  if (result->search && follow_up_id < 0)
    meeting_id = 0;

  self->refreshing = TRUE;
  self->searching = result->search;
  self->total = result->total;
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       result->items->pdata, result->items->len);
  position = meeting_id > 0 ? find_item (self, meeting_id, follow_up_id) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->selection, position);
  self->refreshing = FALSE;

  update_view (self);
  g_debug ("Meetings %s: %u rows read in %.1f ms (worker), shown in %.1f ms", result->search ? "searched" : "listed",
           result->items->len, result->elapsed_us / 1000.0, (g_get_monotonic_time () - applied) / 1000.0);
  result_free (result);
}

static void
start_load (DscMeetingsPage *self)
{
  g_autoptr(GTask) task = NULL;
  Query *query;
  const char *typed;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || self->reader == NULL)
    return;

  if (self->choices_dirty && gtk_toggle_button_get_active (self->filter_button))
    refresh_choices (self);

  typed = typed_words (self);
  query = g_new0 (Query, 1);
  query->reader = reader_ref (self->reader);
  query->generation = ++self->generation;
  query->typed = g_strdup (typed);
  query->filter.association_id = chosen_id (self->association_filter, self->association_ids);
  query->filter.service_id = chosen_id (self->service_filter, self->service_ids);
  query->filter.meeting_kind = chosen_value (self->kind_filter);
  period_dates (gtk_drop_down_get_selected (self->period_filter), &query->from, &query->to);
  query->filter.from = query->from;
  query->filter.to = query->to;
  query->filter.limit = LIST_LIMIT;

  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  self->stale = FALSE;
  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  DscMeetingsPage *self = user_data;

  self->reload_source = 0;
  start_load (self);
  return G_SOURCE_REMOVE;
}

/* Reads the list again soon; at once when @delay_ms is 0. A page not shown
 * reads it when it is shown. */
static void
request_reload (DscMeetingsPage *self,
                guint            delay_ms)
{
  if (self->store == NULL)
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && delay_ms > 0)
    {
      self->stale = TRUE;
      return;
    }

  if (delay_ms == 0)
    {
      start_load (self);
      return;
    }

  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (delay_ms, reload_timeout_cb, self);
}

/* The open meeting's row, changed in place as it is edited: no reading of the
 * whole list for a title being typed. */
static void
update_open_rows (DscMeetingsPage *self)
{
  const DscMeeting *meeting = dsc_meeting_editor_get_meeting (self->editor);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *people = NULL;
  int open_follow_ups = 0;
  gboolean found = FALSE;

  if (meeting == NULL)
    return;

  if (!self->searching)
    {
      g_autoptr(GPtrArray) follow_ups = dsc_store_meeting_follow_ups (self->store, meeting->base.id, NULL);
      g_autoptr(GString) services = g_string_new (NULL);
      g_autoptr(GString) associations = g_string_new (NULL);
      g_autoptr(GArray) service_ids = dsc_store_meeting_links (self->store, meeting->base.id, &dsc_kind_service,
                                                               NULL);
      g_autoptr(GArray) association_ids = dsc_store_meeting_links (self->store, meeting->base.id,
                                                                   &dsc_kind_association, NULL);

      for (guint i = 0; follow_ups != NULL && i < follow_ups->len; i++)
        if (((DscFollowUpRow *) g_ptr_array_index (follow_ups, i))->follow_up->status == DSC_FOLLOW_UP_OPEN)
          open_follow_ups++;
      for (guint i = 0; service_ids != NULL && i < service_ids->len; i++)
        {
          g_autoptr(DscService) service = dsc_store_load (self->store, &dsc_kind_service,
                                                          g_array_index (service_ids, gint64, i), NULL);

          if (service != NULL)
            g_string_append_printf (services, "%s%s", services->len > 0 ? ", " : "", service->name);
        }
      for (guint i = 0; association_ids != NULL && i < association_ids->len; i++)
        {
          g_autoptr(DscAssociationSummary) summary =
            dsc_store_load_association_summary (self->store, g_array_index (association_ids, gint64, i), NULL);

          if (summary != NULL)
            g_string_append_printf (associations, "%s%s", associations->len > 0 ? ", " : "", summary->name);
        }
      people = join_people (services->len > 0 ? services->str : NULL,
                            associations->len > 0 ? associations->str : NULL);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DscMeetingsPageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->meeting_id != meeting->base.id)
        continue;
      found = TRUE;

      if (!self->searching)
        {
          /* A new date or time moves the row; another kind or other participants may take it out of a filter. */
          if (g_strcmp0 (item->date, meeting->date) != 0 || g_strcmp0 (item->time, meeting->time) != 0
              || (filters_active (self) && (item->meeting_kind != meeting->meeting_kind
                                            || g_strcmp0 (item->people, people) != 0)))
            request_reload (self, RELOAD_DELAY_MS);

          g_free (item->time);
          item->time = g_strdup (meeting->time);
          item->meeting_kind = meeting->meeting_kind;
          g_free (item->people);
          item->people = g_strdup (people);
          item->open_follow_ups = open_follow_ups;
        }

      g_free (item->date);
      item->date = g_strdup (meeting->date);
      g_free (item->title);
      item->title = g_strdup (meeting->title);
      g_signal_emit (item, item_changed_signal, 0);
    }

  /* A new meeting, not listed yet; one older than every meeting listed stays
   * out of a full list, and its notes are saved as they are typed. */
  if (!found && !self->searching && !filters_active (self))
    {
      g_autoptr(DscMeetingsPageItem) oldest = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->items), n - 1) : NULL;

      if (n < LIST_LIMIT || oldest == NULL || g_strcmp0 (meeting->date, oldest->date) >= 0)
        request_reload (self, RELOAD_DELAY_MS);
    }
}

static gint64
meeting_of_follow_up (DscStore *store,
                      gint64    follow_up_id)
{
  g_autoptr(DscFollowUp) follow_up = follow_up_id > 0 ? dsc_store_load (store, &dsc_kind_follow_up,
                                                                        follow_up_id, NULL)
                                                      : NULL;

  return follow_up != NULL ? follow_up->meeting_id : 0;
}

static void
on_store_changed_cb (DscStore        *store,
                     const char      *kind,
                     gint64           id,
                     DscMeetingsPage *self)
{
  gint64 open_id = open_meeting_id (self);

  if (g_str_equal (kind, "meeting"))
    {
      if (id > 0 && id == open_id)
        update_open_rows (self);
      else
        request_reload (self, RELOAD_DELAY_MS);
    }
  else if (g_str_equal (kind, "follow-up"))
    {
      if (open_id > 0 && meeting_of_follow_up (store, id) == open_id)
        update_open_rows (self);
      else
        request_reload (self, RELOAD_DELAY_MS);
    }
  else if (g_str_equal (kind, "service") || g_str_equal (kind, "association"))
    {
      self->choices_dirty = TRUE;
      request_reload (self, RELOAD_DELAY_MS);
    }
}

/* Showing a meeting ------------------------------------------------------------------ */

static gboolean
open_meeting (DscMeetingsPage *self,
              gint64           meeting_id)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_meeting_editor_show (self->editor, meeting_id, &error))
    {
      if (error != NULL)
        report (self, error->message);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return FALSE;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  return TRUE;
}

/* A row chosen: its meeting, and for a search hit the place found in it. */
static void
open_item (DscMeetingsPage     *self,
           DscMeetingsPageItem *item)
{
  if (item == NULL)
    {
      dsc_meeting_editor_show (self->editor, 0, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  if (open_meeting (self, item->meeting_id) && item->snippet != NULL)
    dsc_meeting_editor_reveal (self->editor, item->follow_up_id, item->snippet);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         DscMeetingsPage    *self)
{
  if (self->refreshing)
    return;

  open_item (self, selected_item (self));
}

static void
on_list_activate_cb (GtkListView     *list_view,
                     guint            position,
                     DscMeetingsPage *self)
{
  g_autoptr(DscMeetingsPageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  /* Choosing the same search hit again shows its place again. */
  if (gtk_single_selection_get_selected (self->selection) == position)
    open_item (self, item);
  else
    gtk_single_selection_set_selected (self->selection, position);

  if (adw_leaflet_get_folded (self->leaflet) && dsc_meeting_editor_get_meeting_id (self->editor) > 0)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Signals from the sidebar ------------------------------------------------------------ */

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      DscMeetingsPage *self)
{
  if (self->refreshing)
    return;

  /* Words are searched at once (the entry waited for a pause in typing). An
   * empty entry is often only a moment between two searches (new words typed
   * over the old ones): the list comes back after a little while. */
  if (typed_words (self) != NULL)
    request_reload (self, 0);
  else
    {
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
    }
}

static void
on_stop_search_cb (GtkSearchEntry  *entry,
                   DscMeetingsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Enter in the search opens the best place found. */
static void
on_search_activate_cb (GtkSearchEntry  *entry,
                       DscMeetingsPage *self)
{
  if (self->loading || g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    return;

  on_list_activate_cb (self->list_view, 0, self);
}

static void
on_filter_changed_cb (GtkDropDown     *dropdown,
                      GParamSpec      *pspec,
                      DscMeetingsPage *self)
{
  update_filter_button (self);
  if (!self->refreshing)
    request_reload (self, 0);
}

static void
on_filter_button_active_cb (GtkToggleButton *button,
                            GParamSpec      *pspec,
                            DscMeetingsPage *self)
{
  if (gtk_toggle_button_get_active (button) && self->choices_dirty)
    refresh_choices (self);
}

static void
on_clear_filters_clicked_cb (GtkButton       *button,
                             DscMeetingsPage *self)
{
  clear_search_and_filters (self);
  request_reload (self, 0);
}

/* The open follow-ups are read, and kept up to date, only while they are shown:
 * with thousands of them, reading them again after each change is not free. */
static void
update_follow_ups_view (DscMeetingsPage *self)
{
  DscStore *wanted = gtk_toggle_button_get_active (self->follow_ups_toggle) ? self->store : NULL;

  if (wanted != self->follow_ups_store)
    {
      self->follow_ups_store = wanted;
      dsc_follow_ups_view_set_store (self->follow_ups_view, wanted);
    }
}

static void
on_sidebar_toggled_cb (GtkToggleButton *button,
                       DscMeetingsPage *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    button == self->follow_ups_toggle ? "follow-ups" : "meetings");
  update_follow_ups_view (self);
}

static void
on_leaflet_folded_cb (AdwLeaflet      *leaflet,
                      GParamSpec      *pspec,
                      DscMeetingsPage *self)
{
  gboolean folded = adw_leaflet_get_folded (leaflet);

  /* One tap opens a meeting when the list and the meeting share the width. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
  dsc_meeting_editor_set_show_back_button (self->editor, folded);
}

static void
on_editor_go_back_cb (DscMeetingEditor *editor,
                      DscMeetingsPage  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  if (gtk_toggle_button_get_active (self->meetings_toggle))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_editor_deleted_cb (DscMeetingEditor *editor,
                      gint64            meeting_id,
                      DscMeetingsPage  *self)
{
  guint position;

  /* Its rows go at once; the list is read again for the counts. */
  self->refreshing = TRUE;
  while ((position = find_item (self, meeting_id, -1)) != GTK_INVALID_LIST_POSITION)
    g_list_store_remove (self->items, position);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->refreshing = FALSE;

  gtk_stack_set_visible_child_name (self->detail_stack, "none");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  request_reload (self, 0);
}

/* GObject ---------------------------------------------------------------------------- */

static void
dsc_meetings_page_map (GtkWidget *widget)
{
  DscMeetingsPage *self = DSC_MEETINGS_PAGE (widget);

  GTK_WIDGET_CLASS (dsc_meetings_page_parent_class)->map (widget);

  if (self->stale)
    request_reload (self, 0);
}

/* Leaving the page (another page, another window) stores what was typed. */
static void
dsc_meetings_page_unmap (GtkWidget *widget)
{
  DscMeetingsPage *self = DSC_MEETINGS_PAGE (widget);

  if (self->editor != NULL)
    dsc_meeting_editor_flush (self->editor);

  GTK_WIDGET_CLASS (dsc_meetings_page_parent_class)->unmap (widget);
}

static void
dsc_meetings_page_dispose (GObject *object)
{
  DscMeetingsPage *self = DSC_MEETINGS_PAGE (object);
  GtkWidget *child;

  self->refreshing = TRUE;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  if (self->editor != NULL)
    dsc_meeting_editor_flush (self->editor);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->reader, reader_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_MEETINGS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_pointer (&self->association_ids, g_array_unref);
  g_clear_pointer (&self->service_ids, g_array_unref);

  G_OBJECT_CLASS (dsc_meetings_page_parent_class)->dispose (object);
}

static void
dsc_meetings_page_class_init (DscMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_meetings_page_dispose;
  widget_class->map = dsc_meetings_page_map;
  widget_class->unmap = dsc_meetings_page_unmap;

  g_type_ensure (DSC_TYPE_MEETING_EDITOR);
  g_type_ensure (DSC_TYPE_FOLLOW_UPS_VIEW);
  g_type_ensure (DSC_TYPE_MEETINGS_PAGE_ITEM);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, meetings_toggle);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, follow_ups_toggle);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, association_filter);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, service_filter);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, period_filter);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, no_hits_page);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, search_clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingsPage, follow_ups_view);
  /* Reachable by name for the tests, as a user reaches them. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_first_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_meeting_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "clear_filters_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_button_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_go_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_deleted_cb);
}

static void
fill_fixed_choices (DscMeetingsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);

  gtk_string_list_append (kinds, _("Any kind"));
  for (int i = 0; i < dsc_enum_meeting_kind.n_values; i++)
    gtk_string_list_append (kinds, dsc_enum_label (&dsc_enum_meeting_kind, i));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));

  /* In the order of Period. */
  gtk_string_list_append (periods, _("Any time"));
  gtk_string_list_append (periods, _("Last 3 months"));
  gtk_string_list_append (periods, _("This year"));
  gtk_string_list_append (periods, _("Last year"));
  gtk_string_list_append (periods, _("Before last year"));
  gtk_drop_down_set_model (self->period_filter, G_LIST_MODEL (periods));
}

static gboolean
delete_chosen_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  DscMeetingsPage *self = user_data;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL || open_meeting_id (self) <= 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->editor), "meeting.delete", NULL);
}

static void
dsc_meetings_page_init (DscMeetingsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropDown *dropdowns[2];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->association_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_list_store_new (DSC_TYPE_MEETINGS_PAGE_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* Delete acts on the meeting chosen in the list (the one open beside it),
   * never inside a text field. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (
                                                              gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                              gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                            gtk_callback_action_new (delete_chosen_cb, self, NULL)));
    gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
  }

  dropdowns[0] = self->association_filter;
  dropdowns[1] = self->service_filter;
  self->refreshing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      g_autoptr(GtkListItemFactory) button_factory = choice_factory (22);
      g_autoptr(GtkListItemFactory) list_factory = choice_factory (40);

      gtk_drop_down_set_expression (dropdowns[i],
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
      gtk_drop_down_set_factory (dropdowns[i], button_factory);
      gtk_drop_down_set_list_factory (dropdowns[i], list_factory);
    }
  fill_fixed_choices (self);
  refresh_choices (self);
  self->choices_dirty = TRUE;
  self->refreshing = FALSE;

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  on_leaflet_folded_cb (self->leaflet, NULL, self);
  update_view (self);
}

/* Public API ------------------------------------------------------------------------- */

/**
 * dsc_meetings_page_set_store:
 * @self: the page
 * @store: (nullable): the store to show
 */
void
dsc_meetings_page_set_store (DscMeetingsPage *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_MEETINGS_PAGE (self));

  dsc_meeting_editor_flush (self->editor);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->loading = FALSE;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->reader, reader_unref);
  if (store != NULL)
    {
      self->reader = reader_new (dsc_store_get_path (store));
      self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
    }

  dsc_meeting_editor_set_store (self->editor, store);
  self->follow_ups_store = NULL;
  dsc_follow_ups_view_set_store (self->follow_ups_view, NULL);
  gtk_stack_set_visible_child_name (self->detail_stack, "none");

  self->refreshing = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_list_store_remove_all (self->items);
  self->refreshing = FALSE;
  clear_search_and_filters (self);
  self->choices_dirty = TRUE;
  if (gtk_toggle_button_get_active (self->filter_button))
    refresh_choices (self);
  gtk_toggle_button_set_active (self->meetings_toggle, TRUE);
  update_follow_ups_view (self);

  /* Counting is quick: the empty page shows at once, the list follows. */
  self->searching = FALSE;
  self->total = store != NULL ? MAX (dsc_store_count (store, &dsc_kind_meeting, NULL), 0) : 0;
  update_view (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_load (self);
  else
    self->stale = store != NULL;
}

/**
 * dsc_meetings_page_add_new:
 * @self: the page
 * @association_id: an association that takes part, or 0
 * @error: return location for a #GError
 *
 * Adds a meeting today titled "New meeting", shows it and puts the cursor in
 * its title.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_meetings_page_add_new (DscMeetingsPage  *self,
                           gint64            association_id,
                           GError          **error)
{
  g_autoptr(DscMeeting) meeting = NULL;

  g_return_val_if_fail (DSC_IS_MEETINGS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  dsc_meeting_editor_flush (self->editor);

  meeting = dsc_record_new (&dsc_kind_meeting);
  meeting->date = dsc_clock_today ();
  meeting->title = g_strdup (_("New meeting"));
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  if (!dsc_store_insert (self->store, meeting, error))
    return FALSE;
  if (association_id > 0
      && !dsc_store_set_meeting_links (self->store, meeting->base.id, &dsc_kind_association, &association_id, 1,
                                       error))
    return FALSE;

  clear_search_and_filters (self);
  gtk_toggle_button_set_active (self->meetings_toggle, TRUE);
  self->total = MAX (self->total, 1);
  update_view (self);
  dsc_meetings_page_show_meeting (self, meeting->base.id);
  request_reload (self, 0);
  dsc_meeting_editor_focus_title (self->editor);
  return TRUE;
}

/**
 * dsc_meetings_page_show_meeting:
 * @self: the page
 * @meeting_id: a meeting
 *
 * Opens @meeting_id, chosen in the list when the list shows it.
 *
 * Returns: %TRUE when it is shown
 */
gboolean
dsc_meetings_page_show_meeting (DscMeetingsPage *self,
                                gint64           meeting_id)
{
  DscMeetingsPageItem *selected;

  g_return_val_if_fail (DSC_IS_MEETINGS_PAGE (self), FALSE);

  if (self->store == NULL || !open_meeting (self, meeting_id))
    return FALSE;

  selected = selected_item (self);
  if (selected == NULL || selected->meeting_id != meeting_id)
    select_quietly (self, self->searching ? GTK_INVALID_LIST_POSITION : find_item (self, meeting_id, -1));

  gtk_stack_set_visible_child_name (self->page_stack, "browse");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

gint64
dsc_meetings_page_get_meeting_id (DscMeetingsPage *self)
{
  g_return_val_if_fail (DSC_IS_MEETINGS_PAGE (self), 0);

  return open_meeting_id (self);
}

/**
 * dsc_meetings_page_focus_search:
 * @self: the page
 *
 * Shows the meetings in the sidebar and puts the cursor in the search.
 */
void
dsc_meetings_page_focus_search (DscMeetingsPage *self)
{
  g_return_if_fail (DSC_IS_MEETINGS_PAGE (self));

  gtk_toggle_button_set_active (self->meetings_toggle, TRUE);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * dsc_meetings_page_show_follow_ups:
 * @self: the page
 *
 * Shows the open follow-ups of every meeting in the sidebar.
 */
void
dsc_meetings_page_show_follow_ups (DscMeetingsPage *self)
{
  g_return_if_fail (DSC_IS_MEETINGS_PAGE (self));

  gtk_toggle_button_set_active (self->follow_ups_toggle, TRUE);
  if (self->store != NULL)
    gtk_stack_set_visible_child_name (self->page_stack, "browse");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * dsc_meetings_page_is_loading:
 * @self: the page
 *
 * Returns: %TRUE while the list or a search is being read
 */
gboolean
dsc_meetings_page_is_loading (DscMeetingsPage *self)
{
  g_return_val_if_fail (DSC_IS_MEETINGS_PAGE (self), FALSE);

  return self->loading || self->reload_source != 0 || self->stale;
}

guint
dsc_meetings_page_get_n_shown (DscMeetingsPage *self)
{
  g_return_val_if_fail (DSC_IS_MEETINGS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

/**
 * dsc_meetings_page_flush:
 * @self: the page
 *
 * Stores what is being typed into the meeting shown.
 */
void
dsc_meetings_page_flush (DscMeetingsPage *self)
{
  g_return_if_fail (DSC_IS_MEETINGS_PAGE (self));

  dsc_meeting_editor_flush (self->editor);
}
