/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Meetings section of an association: what is still open for it (marked
 * done in one click, as in the open follow-ups of the Meetings page), then the
 * meetings it took part in, newest first; a row opens its meeting on the
 * Meetings page (win.show-meeting), "Add Meeting" starts one with the
 * association already taking part (win.new-meeting-for). */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-association-meetings.h"
#include "dsc-clock.h"
#include "dsc-follow-ups-view.h"
#include "dsc-gui-util.h"
#include "dsc-meetings.h"

/* The meetings listed before "Show All". */
#define FIRST_MEETINGS 20

struct _DscAssociationMeetings
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *follow_ups_group;
  GtkListBox          *follow_ups_list;
  AdwPreferencesGroup *meetings_group;
  GtkWidget           *add_button;
  GtkWidget           *empty_add_button;
  GtkButton           *show_all_button;

  DscStore            *store;
  gulong               changed_handler;
  gint64               association_id;
  GPtrArray           *meeting_rows;
  guint                refresh_source;
  gboolean             show_all;
  gboolean             stale;           /* a change came while the section was hidden */
  GHashTable          *meeting_ids;     /* gint64: the association's meetings, as last read */
};

G_DEFINE_FINAL_TYPE (DscAssociationMeetings, dsc_association_meetings, GTK_TYPE_WIDGET)

static void
on_meeting_activated_cb (AdwActionRow           *row,
                         DscAssociationMeetings *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "meeting-id");

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "x", *id);
}

static void
fill_follow_ups (DscAssociationMeetings *self,
                 GPtrArray              *follow_ups)
{
  g_autofree char *today = dsc_clock_today ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->follow_ups_list))) != NULL)
    gtk_list_box_remove (self->follow_ups_list, child);

  for (guint i = 0; i < follow_ups->len; i++)
    gtk_list_box_append (self->follow_ups_list,
                         dsc_follow_up_row_new (self->store, g_ptr_array_index (follow_ups, i), today, FALSE));

  gtk_widget_set_visible (GTK_WIDGET (self->follow_ups_group), follow_ups->len > 0);
}

static void
fill_meetings (DscAssociationMeetings *self,
               GPtrArray              *meetings)
{
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *description = NULL;
  guint shown = self->show_all ? meetings->len : MIN (meetings->len, FIRST_MEETINGS);

  dsc_clear_group (self->meetings_group, self->meeting_rows);

  if (meetings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, _("It has not taken part in any meeting recorded yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->meetings_group, row);
      g_ptr_array_add (self->meeting_rows, row);
    }
  else
    {
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting, the newest first.",
                                                  "%u meetings, the newest first.", meetings->len),
                                     meetings->len);
    }
  adw_preferences_group_set_description (self->meetings_group, description);

  for (guint i = 0; i < shown; i++)
    {
      const DscMeetingSummary *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *day = dsc_follow_ups_format_day (meeting->date, today);
      g_autofree char *subtitle = NULL;
      const char *with = meeting->services != NULL
                         ? meeting->services : dsc_enum_label (&dsc_enum_meeting_kind, meeting->meeting_kind);
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a meeting's date, then the services that took part (or the kind of meeting). */
      subtitle = g_strdup_printf (_("%s · %s"), day, with);
      dsc_row_set_title (row, meeting->title);
      dsc_row_set_subtitle (row, subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_name (row, "meeting-row");
      gtk_widget_set_tooltip_text (row, _("Open the meeting"));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "meeting-id", g_memdup2 (&meeting->id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_meeting_activated_cb), self);
      adw_preferences_group_add (self->meetings_group, row);
      g_ptr_array_add (self->meeting_rows, row);
    }

  if (shown < meetings->len)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Meeting",
                                                             "Show All %u Meetings", meetings->len),
                                                meetings->len);

      gtk_button_set_label (self->show_all_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), shown < meetings->len);
}

static void
refresh (DscAssociationMeetings *self)
{
  DscMeetingFilter filter = DSC_MEETING_FILTER_INIT;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->store == NULL || self->association_id <= 0)
    {
      dsc_clear_group (self->meetings_group, self->meeting_rows);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  filter.association_id = self->association_id;
  meetings = dsc_store_list_meetings (self->store, &filter, &error);
  if (meetings != NULL)
    follow_ups = dsc_store_open_follow_ups (self->store, self->association_id, 0, FALSE, &error);
  if (follow_ups == NULL)
    {
      dsc_show_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_hash_table_remove_all (self->meeting_ids);
  for (guint i = 0; i < meetings->len; i++)
    g_hash_table_add (self->meeting_ids,
                      g_memdup2 (&((DscMeetingSummary *) g_ptr_array_index (meetings, i))->id, sizeof (gint64)));
  fill_follow_ups (self, follow_ups);
  fill_meetings (self, meetings);
  gtk_stack_set_visible_child_name (self->stack,
                                    meetings->len > 0 || follow_ups->len > 0 ? "content" : "empty");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscAssociationMeetings *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore               *store,
                     const char             *kind,
                     gint64                  id,
                     DscAssociationMeetings *self)
{
  if (self->association_id <= 0)
    return;
  if (!g_str_equal (kind, "meeting") && !g_str_equal (kind, "follow-up") && !g_str_equal (kind, "service"))
    return;

  /* Hidden (the Meetings page is where notes are typed): refresh when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  /* A meeting matters when this association took part in it. */
  if (g_str_equal (kind, "meeting") && id > 0)
    {
      g_autoptr(GArray) linked = dsc_store_meeting_links (store, id, &dsc_kind_association, NULL);
      gboolean ours = FALSE;

      for (guint i = 0; linked != NULL && i < linked->len; i++)
        ours = ours || g_array_index (linked, gint64, i) == self->association_id;
      /* ...or took part until now: it was just taken off. */
      if (!ours && linked != NULL && !g_hash_table_contains (self->meeting_ids, &id))
        return;
    }

  /* A meeting saved with its follow-ups is a burst of changes: refresh once after. */
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
on_map_cb (GtkWidget              *widget,
           DscAssociationMeetings *self)
{
  if (self->stale && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
  self->stale = FALSE;
}

static void
on_add_clicked_cb (GtkButton              *button,
                   DscAssociationMeetings *self)
{
  if (self->association_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-meeting-for", "x", self->association_id);
}

static void
on_show_all_clicked_cb (GtkButton              *button,
                        DscAssociationMeetings *self)
{
  self->show_all = TRUE;
  refresh (self);
}

static void
on_follow_up_activated_cb (GtkListBox             *list,
                           GtkListBoxRow          *row,
                           DscAssociationMeetings *self)
{
  dsc_follow_up_row_open_meeting (list, row);
}

static void
dsc_association_meetings_dispose (GObject *object)
{
  DscAssociationMeetings *self = DSC_ASSOCIATION_MEETINGS (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting_rows, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_ids, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSOCIATION_MEETINGS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_association_meetings_parent_class)->dispose (object);
}

static void
dsc_association_meetings_class_init (DscAssociationMeetingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_association_meetings_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-association-meetings.ui");
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, page);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, add_button);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationMeetings, show_all_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_activated_cb);
}

static void
dsc_association_meetings_init (DscAssociationMeetings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->meeting_rows = g_ptr_array_new ();
  self->meeting_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), self);
}

void
dsc_association_meetings_set_store (DscAssociationMeetings *self,
                                    DscStore               *store)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_MEETINGS (self));
  g_return_if_fail (store == NULL || DSC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  self->association_id = 0;
  refresh (self);
}

/**
 * dsc_association_meetings_show:
 * @self: the section
 * @association_id: an association's row id, or 0 to show nothing
 */
void
dsc_association_meetings_show (DscAssociationMeetings *self,
                               gint64                  association_id)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_MEETINGS (self));

  if (association_id != self->association_id)
    self->show_all = FALSE;
  self->association_id = association_id;
  refresh (self);
}

/* Nothing is edited here; a refresh still waiting is done now. */
void
dsc_association_meetings_flush (DscAssociationMeetings *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_MEETINGS (self));

  if (self->refresh_source != 0)
    refresh (self);
}
