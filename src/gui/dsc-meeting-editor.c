/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One meeting, edited in place: its details, the services and associations
 * that took part, who was there, notes and decisions (real text views, stored
 * shortly after typing stops and at once when the meeting, the page or the
 * window changes), and the follow-ups agreed, each marked done in one click.
 * A search hit is revealed: the follow-up found is marked, or the words found
 * in the notes are scrolled to and selected. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-follow-up-dialog.h"
#include "dsc-gui-util.h"
#include "dsc-meeting-editor.h"
#include "dsc-follow-ups-view.h"
#include "dsc-record-form.h"
#include "dsc-window.h"

/* The picker lists this many at most; typing finds the others. */
#define MAX_PICKER_ROWS 50

/* Fields a search can find words in, in the order they are looked through. */
static const char * const text_fields[] = { "notes", "decisions", "attendees" };

struct _DscMeetingEditor
{
  GtkWidget            parent_instance;

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesPage  *preferences_page;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *services_group;
  AdwPreferencesGroup *associations_group;
  AdwPreferencesGroup *attendees_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *decisions_group;
  AdwPreferencesGroup *follow_ups_group;
  GtkWidget           *add_service_button;
  GtkWidget           *add_association_button;
  GtkPopover          *picker_popover;
  GtkLabel            *picker_title;
  GtkSearchEntry      *picker_search_entry;
  GtkListBox          *picker_list;
  GtkLabel            *picker_hint_label;
  GtkWidget           *picker_services_button;

  DscStore            *store;
  gulong               changed_handler;
  DscRecordForm       *form;
  gint64               meeting_id;         /* the meeting shown, 0 for none */
  GArray              *service_ids;        /* linked, in the order shown */
  GArray              *association_ids;
  GPtrArray           *service_rows;
  GPtrArray           *association_rows;
  GPtrArray           *follow_up_rows;
  const DscKind       *picker_kind;        /* what the picker adds */
  guint                refresh_source;
  gboolean             refresh_links;
  gboolean             refresh_follow_ups;
  gint64               highlighted;        /* the follow-up a search found */

  /* Where a search hit is revealed, once the text is laid out. */
  GtkWidget           *reveal_widget;
  guint                reveal_tick;
  int                  reveal_frames;
};

enum {
  GO_BACK,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DscMeetingEditor, dsc_meeting_editor, GTK_TYPE_WIDGET)

static void
report (DscMeetingEditor *self,
        const char       *message)
{
  dsc_show_toast (GTK_WIDGET (self), message);
}

static gint64
object_id (gpointer object)
{
  gint64 *id = g_object_get_data (G_OBJECT (object), "record-id");

  return id != NULL ? *id : 0;
}

static void
set_object_id (gpointer object,
               gint64   id)
{
  g_object_set_data_full (G_OBJECT (object), "record-id", g_memdup2 (&id, sizeof id), g_free);
}

static const DscMeeting *
current_meeting (DscMeetingEditor *self)
{
  return dsc_record_form_get_record (self->form);
}

/* "26/11/2026 · 10:00 · With services · Casa del Quartiere": the heading's second line. */
static char *
describe_meeting (const DscMeeting *meeting)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (meeting->date != NULL)
    g_ptr_array_add (parts, dsc_format_date (meeting->date));
  if (meeting->time != NULL && *meeting->time != '\0')
    g_ptr_array_add (parts, g_strdup (meeting->time));
  g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_meeting_kind, meeting->meeting_kind)));
  if (meeting->location != NULL && *meeting->location != '\0')
    g_ptr_array_add (parts, g_strdup (meeting->location));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_heading (DscMeetingEditor *self)
{
  const DscMeeting *meeting = current_meeting (self);
  g_autofree char *subtitle = NULL;

  if (meeting == NULL)
    return;

  subtitle = describe_meeting (meeting);
  gtk_label_set_text (self->title_label,
                      meeting->title != NULL && *meeting->title != '\0' ? meeting->title : _("Untitled meeting"));
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), meeting->title);
}

static void
update_actions (DscMeetingEditor *self)
{
  gboolean shown = self->meeting_id > 0 && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.copy-text", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.delete", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-follow-up", shown);
}

/* Scrolling ------------------------------------------------------------------ */

static GtkWidget *
page_scroller (DscMeetingEditor *self)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (self->details_group), GTK_TYPE_SCROLLED_WINDOW);
}

/* Scrolls the page so that the top of @widget is @fraction down the view. */
static void
scroll_page_to (DscMeetingEditor *self,
                GtkWidget        *widget,
                double            fraction)
{
  GtkWidget *scrolled = page_scroller (self);
  GtkWidget *viewport;
  GtkAdjustment *adjustment;
  double x = 0, top = 0;

  if (scrolled == NULL)
    return;

  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (!gtk_widget_translate_coordinates (widget, viewport, 0, 0, &x, &top))
    return;

  /* The viewport's coordinates start at what is shown now. */
  top += gtk_adjustment_get_value (adjustment);
  gtk_adjustment_set_value (adjustment,
                            CLAMP (top - gtk_adjustment_get_page_size (adjustment) * fraction,
                                   gtk_adjustment_get_lower (adjustment),
                                   gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)));
}

/* A long text scrolls in its own frame: the words found are scrolled to there,
 * and the page to the frame. A row: the page to the row. Text is laid out over
 * a few frames, so this is done again as its lines get their real heights. */
static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  DscMeetingEditor *self = DSC_MEETING_EDITOR (widget);
  GtkWidget *target = self->reveal_widget;
  double fraction = 1.0 / 3;

  if (target == NULL)
    {
      self->reveal_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (GTK_IS_TEXT_VIEW (target))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (target));

      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (target), gtk_text_buffer_get_insert (buffer), 0.0, TRUE, 0.0, 0.3);
      /* The whole frame in view, its top near the top of the page. */
      target = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
      fraction = 0.1;
    }

  if (target != NULL && gtk_widget_get_height (target) > 0)
    scroll_page_to (self, target, fraction);

  if (++self->reveal_frames < 4)
    return G_SOURCE_CONTINUE;

  self->reveal_tick = 0;
  g_clear_object (&self->reveal_widget);
  return G_SOURCE_REMOVE;
}

static void
start_reveal (DscMeetingEditor *self,
              GtkWidget        *widget)
{
  g_set_object (&self->reveal_widget, widget);
  self->reveal_frames = 0;
  if (self->reveal_tick == 0)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

static void
stop_reveal (DscMeetingEditor *self)
{
  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  g_clear_object (&self->reveal_widget);
}

static void
scroll_to_top (DscMeetingEditor *self)
{
  GtkWidget *scrolled = page_scroller (self);

  if (scrolled != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

/* Who took part --------------------------------------------------------------- */

static GArray *
links_of (DscMeetingEditor *self,
          const DscKind    *kind)
{
  return kind == &dsc_kind_service ? self->service_ids : self->association_ids;
}

static gboolean
store_links (DscMeetingEditor *self,
             const DscKind    *kind,
             GArray           *ids)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_set_meeting_links (self->store, self->meeting_id, kind, (const gint64 *) ids->data, ids->len,
                                    &error))
    {
      report (self, error->message);
      return FALSE;
    }

  return TRUE;
}

static void fill_links (DscMeetingEditor *self,
                        const DscKind    *kind);

static void
on_remove_link_clicked_cb (GtkButton        *button,
                           DscMeetingEditor *self)
{
  const DscKind *kind = g_object_get_data (G_OBJECT (button), "kind");
  gint64 id = object_id (button);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *linked = links_of (self, kind);

  for (guint i = 0; i < linked->len; i++)
    if (g_array_index (linked, gint64, i) != id)
      g_array_append_val (ids, g_array_index (linked, gint64, i));

  if (store_links (self, kind, ids))
    fill_links (self, kind);
  gtk_widget_grab_focus (kind == &dsc_kind_service ? self->add_service_button : self->add_association_button);
}

/* A service's type and town; an association's town. */
static char *
describe_link (DscMeetingEditor *self,
               const DscKind    *kind,
               gint64            id,
               char            **name)
{
  if (kind == &dsc_kind_service)
    {
      g_autoptr(DscService) service = dsc_store_load (self->store, &dsc_kind_service, id, NULL);

      if (service == NULL)
        return NULL;
      *name = g_strdup (service->name);
      if (service->municipality != NULL && *service->municipality != '\0')
        return g_strdup_printf ("%s · %s", dsc_enum_label (&dsc_enum_service_type, service->service_type),
                                service->municipality);
      return g_strdup (dsc_enum_label (&dsc_enum_service_type, service->service_type));
    }
  else
    {
      g_autoptr(DscAssociationSummary) summary = dsc_store_load_association_summary (self->store, id, NULL);

      if (summary == NULL)
        return NULL;
      *name = g_strdup (summary->name);
      if (summary->municipality != NULL && *summary->municipality != '\0')
        return g_strdup (summary->municipality);
      if (summary->province >= 0)
        return g_strdup (dsc_enum_label (&dsc_enum_province, summary->province));
      return g_strdup ("");
    }
}

static void
add_placeholder_row (AdwPreferencesGroup *group,
                     GPtrArray           *rows,
                     const char          *title,
                     const char          *subtitle,
                     GtkWidget           *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  dsc_row_set_title (row, title);
  if (subtitle != NULL)
    dsc_row_set_subtitle (row, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_widget_remove_css_class (row, "dim-label");
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

/* The rows of services (or associations) that took part, from the store. */
static void
fill_links (DscMeetingEditor *self,
            const DscKind    *kind)
{
  gboolean services = kind == &dsc_kind_service;
  AdwPreferencesGroup *group = services ? self->services_group : self->associations_group;
  GPtrArray *rows = services ? self->service_rows : self->association_rows;
  GArray *linked = links_of (self, kind);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  dsc_clear_group (group, rows);
  g_array_set_size (linked, 0);

  if (self->meeting_id == 0 || self->store == NULL)
    return;

  ids = dsc_store_meeting_links (self->store, self->meeting_id, kind, &error);
  if (ids == NULL)
    {
      report (self, error->message);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *name = NULL;
      g_autofree char *subtitle = describe_link (self, kind, id, &name);
      g_autofree char *remove_label = NULL;
      GtkWidget *row, *remove;

      if (subtitle == NULL)
        continue;

      g_array_append_val (linked, id);
      row = adw_action_row_new ();
      dsc_row_set_title (row, name);
      dsc_row_set_subtitle (row, subtitle);
      set_object_id (row, id);

      remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_name (remove, "remove-link");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from this meeting"));
      /* Translators: the accessible name of the button that takes a service or an association off a meeting. */
      remove_label = g_strdup_printf (_("Remove %s from this meeting"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      set_object_id (remove, id);
      g_object_set_data (G_OBJECT (remove), "kind", (gpointer) kind);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_link_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }

  if (linked->len > 0)
    return;

  if (services && dsc_store_count (self->store, &dsc_kind_service, NULL) == 0)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Add a _Service…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.services");
      add_placeholder_row (group, rows, _("The directory of services is empty"),
                           _("Add the services you meet once — social services, health authority, job centre — then pick them here."),
                           button);
    }
  else
    add_placeholder_row (group, rows, services ? _("No service added") : _("No association added"), NULL, NULL);
}

/* The picker ------------------------------------------------------------------ */

static gboolean
is_linked (DscMeetingEditor *self,
           const DscKind    *kind,
           gint64            id)
{
  GArray *linked = links_of (self, kind);

  for (guint i = 0; i < linked->len; i++)
    if (g_array_index (linked, gint64, i) == id)
      return TRUE;

  return FALSE;
}

/* Every word typed is in @text, accents and case aside. */
static gboolean
matches_words (const char *text,
               char      **words)
{
  g_autofree char *folded = dsc_fold_for_sort (text);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
add_picker_row (DscMeetingEditor *self,
                gint64            id,
                const char       *name,
                const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  dsc_row_set_title (row, name);
  dsc_row_set_subtitle (row, subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Add to this meeting"));
  set_object_id (row, id);
  gtk_list_box_append (self->picker_list, row);
}

static void
fill_picker (DscMeetingEditor *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->picker_search_entry));
  g_autofree char *folded = dsc_fold_for_sort (typed);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *hint = NULL;
  GtkWidget *child;
  guint found = 0, shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->picker_list))) != NULL)
    gtk_list_box_remove (self->picker_list, child);

  if (self->store == NULL)
    return;

  if (self->picker_kind == &dsc_kind_service)
    {
      g_autoptr(GPtrArray) services = dsc_store_list (self->store, &dsc_kind_service, 0, &error);

      for (guint i = 0; services != NULL && i < services->len; i++)
        {
          DscService *service = g_ptr_array_index (services, i);
          g_autofree char *subtitle = NULL;
          g_autofree char *haystack = NULL;

          if (is_linked (self, &dsc_kind_service, service->base.id))
            continue;
          haystack = g_strdup_printf ("%s %s %s", service->name,
                                      service->municipality != NULL ? service->municipality : "",
                                      dsc_enum_label (&dsc_enum_service_type, service->service_type));
          if (!matches_words (haystack, words))
            continue;
          if (++found > MAX_PICKER_ROWS)
            continue;

          subtitle = service->municipality != NULL && *service->municipality != '\0'
                     ? g_strdup_printf ("%s · %s", dsc_enum_label (&dsc_enum_service_type, service->service_type),
                                        service->municipality)
                     : g_strdup (dsc_enum_label (&dsc_enum_service_type, service->service_type));
          add_picker_row (self, service->base.id, service->name, subtitle);
          shown++;
        }
      if (services != NULL && services->len == 0)
        hint = g_strdup (_("The directory of services is empty: add the services you meet first."));
    }
  else
    {
      DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
      g_autoptr(GPtrArray) associations = NULL;

      filter.text = typed;
      associations = dsc_store_search_associations (self->store, &filter, &error);
      for (guint i = 0; associations != NULL && i < associations->len; i++)
        {
          DscAssociationSummary *summary = g_ptr_array_index (associations, i);

          if (is_linked (self, &dsc_kind_association, summary->id))
            continue;
          if (++found > MAX_PICKER_ROWS)
            continue;

          add_picker_row (self, summary->id, summary->name,
                          summary->municipality != NULL ? summary->municipality
                          : summary->province >= 0 ? dsc_enum_label (&dsc_enum_province, summary->province) : "");
          shown++;
        }
    }

  if (error != NULL)
    hint = g_strdup (error->message);
  else if (hint == NULL && found == 0)
    hint = g_strdup (*typed != '\0' ? _("Nothing matches these words.") : _("All of them already took part."));
  else if (found > shown)
    /* Translators: under the first names in a chooser; the second number is how many match. */
    hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The first %u of %u are shown. Type part of a name to find the others.",
                                         "The first %u of %u are shown. Type part of a name to find the others.",
                                         found),
                            shown, found);

  gtk_label_set_text (self->picker_hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->picker_hint_label), hint != NULL);
}

static void
on_add_link_clicked_cb (GtkButton        *button,
                        DscMeetingEditor *self)
{
  GtkWidget *popover = GTK_WIDGET (self->picker_popover);
  gboolean services = GTK_WIDGET (button) == self->add_service_button;

  if (self->meeting_id == 0 || self->store == NULL)
    return;

  dsc_record_form_flush (self->form);
  self->picker_kind = services ? &dsc_kind_service : &dsc_kind_association;

  /* One chooser, pointing at the button that opened it. */
  if (gtk_widget_get_parent (popover) != GTK_WIDGET (button))
    {
      gtk_widget_unparent (popover);
      gtk_widget_set_parent (popover, GTK_WIDGET (button));
    }

  gtk_label_set_text (self->picker_title, services ? _("Add a Service") : _("Add an Association"));
  g_object_set (self->picker_search_entry, "placeholder-text",
                services ? _("Search by name, type or town") : _("Search by name or town"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picker_search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  services ? _("Search services to add") : _("Search associations to add"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picker_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  services ? _("Services to add") : _("Associations to add"), -1);
  gtk_widget_set_visible (self->picker_services_button, services);
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search_entry), "");
  fill_picker (self);
  gtk_popover_popup (self->picker_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search_entry));
}

static void
on_picker_search_changed_cb (GtkSearchEntry   *entry,
                             DscMeetingEditor *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->picker_popover)))
    fill_picker (self);
}

static void
add_link (DscMeetingEditor *self,
          gint64            id)
{
  const DscKind *kind = self->picker_kind;
  g_autoptr(GArray) ids = g_array_copy (links_of (self, kind));

  g_array_append_val (ids, id);
  gtk_popover_popdown (self->picker_popover);
  if (store_links (self, kind, ids))
    fill_links (self, kind);
}

static void
on_picker_row_activated_cb (GtkListBox       *list,
                            GtkListBoxRow    *row,
                            DscMeetingEditor *self)
{
  add_link (self, object_id (row));
}

/* Enter in the search adds the first match. */
static void
on_picker_search_activate_cb (GtkSearchEntry   *entry,
                              DscMeetingEditor *self)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->picker_list));

  if (row != NULL)
    add_link (self, object_id (row));
}

static void
on_picker_closed_cb (GtkPopover       *popover,
                     DscMeetingEditor *self)
{
  GtkWidget *button = gtk_widget_get_parent (GTK_WIDGET (popover));

  if (button != NULL && gtk_widget_get_mapped (button))
    gtk_widget_grab_focus (button);
}

static void
on_picker_services_clicked_cb (GtkButton        *button,
                               DscMeetingEditor *self)
{
  gtk_popover_popdown (self->picker_popover);
}

/* Follow-ups ------------------------------------------------------------------ */

static void
open_follow_up (DscMeetingEditor *self,
                gint64            follow_up_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->meeting_id == 0 || self->store == NULL)
    return;

  dsc_record_form_flush (self->form);
  dialog = dsc_follow_up_dialog_new (self->store, self->meeting_id, follow_up_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_follow_up_activated_cb (AdwActionRow     *row,
                           DscMeetingEditor *self)
{
  open_follow_up (self, object_id (row));
}

static void
on_done_clicked_cb (GtkButton        *button,
                    DscMeetingEditor *self)
{
  g_autoptr(DscFollowUp) follow_up = dsc_store_load (self->store, &dsc_kind_follow_up, object_id (button), NULL);

  /* Done with a toast that can undo it, as in the open follow-ups. */
  dsc_follow_up_mark_done (GTK_WIDGET (button), self->store, object_id (button),
                           follow_up != NULL ? follow_up->what : NULL);
}

static void
on_add_follow_up_clicked_cb (GtkButton        *button,
                             DscMeetingEditor *self)
{
  open_follow_up (self, 0);
}

/* "Awa Ndiaye · by 30/11/2026 · Comune di Torino": who, when, and for whom. */
static char *
describe_follow_up (const DscFollowUpRow *data,
                    gboolean              overdue)
{
  const DscFollowUp *follow_up = data->follow_up;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (follow_up->owner != NULL && *follow_up->owner != '\0')
    g_ptr_array_add (parts, g_strdup (follow_up->owner));

  if (follow_up->status == DSC_FOLLOW_UP_DONE && follow_up->done_date != NULL)
    {
      g_autofree char *done = dsc_format_date (follow_up->done_date);
      /* Translators: when a follow-up was done, "done on 26/11/2026". */
      g_ptr_array_add (parts, g_strdup_printf (_("done on %s"), done));
    }
  else if (follow_up->due_date != NULL)
    {
      g_autofree char *due = dsc_format_date (follow_up->due_date);

      if (overdue)
        /* Translators: a follow-up's due date that has passed, "was due 20/11/2026". */
        g_ptr_array_add (parts, g_strdup_printf (_("was due %s"), due));
      else
        /* Translators: a follow-up's due date, "by 30/11/2026". */
        g_ptr_array_add (parts, g_strdup_printf (_("by %s"), due));
    }
  else if (follow_up->status == DSC_FOLLOW_UP_OPEN)
    g_ptr_array_add (parts, g_strdup (_("no due date")));

  if (data->association_name != NULL)
    g_ptr_array_add (parts, g_strdup (data->association_name));
  if (data->service_name != NULL)
    g_ptr_array_add (parts, g_strdup (data->service_name));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_follow_up_row (DscMeetingEditor     *self,
                    const DscFollowUpRow *data,
                    const char           *today)
{
  const DscFollowUp *follow_up = data->follow_up;
  gboolean overdue = dsc_follow_up_is_overdue (follow_up, today);
  g_autofree char *subtitle = describe_follow_up (data, overdue);
  GtkWidget *row = adw_action_row_new ();
  /* An open one has its Done button; the others say how they stand, in words. */
  GtkWidget *status = gtk_label_new (overdue ? _("Overdue")
                                     : dsc_enum_label (&dsc_enum_follow_up_status, follow_up->status));

  dsc_row_set_title (row, follow_up->what);
  dsc_row_set_subtitle (row, subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open to change it"));
  set_object_id (row, follow_up->base.id);
  g_signal_connect (row, "activated", G_CALLBACK (on_follow_up_activated_cb), self);

  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_name (status, "status");
  gtk_widget_add_css_class (status, "follow-up-status");
  gtk_widget_add_css_class (status, "caption-heading");
  if (overdue)
    gtk_widget_add_css_class (status, "error");
  else if (follow_up->status != DSC_FOLLOW_UP_OPEN)
    gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_set_visible (status, overdue || follow_up->status != DSC_FOLLOW_UP_OPEN);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  /* Open, and its meeting has taken place: done in one click. */
  if (follow_up->status == DSC_FOLLOW_UP_OPEN && g_strcmp0 (data->meeting_date, today) <= 0)
    {
      GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));
      g_autofree char *done_label = NULL;

      gtk_widget_set_name (done, "done");
      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (done, _("Mark as done today"));
      /* Translators: the accessible name of the Done button of a follow-up. */
      done_label = g_strdup_printf (_("Mark “%s” as done today"), follow_up->what);
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL, done_label, -1);
      set_object_id (done, follow_up->base.id);
      g_signal_connect (done, "clicked", G_CALLBACK (on_done_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
    }

  if (follow_up->base.id == self->highlighted)
    gtk_widget_add_css_class (row, "search-hit");

  return row;
}

static void
fill_follow_ups (DscMeetingEditor *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dsc_clock_today ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gint64 focused_id = 0;

  /* Focus stays on the same follow-up when its row is made again. */
  for (guint i = 0; focus != NULL && i < self->follow_up_rows->len; i++)
    if (focus == g_ptr_array_index (self->follow_up_rows, i)
        || gtk_widget_is_ancestor (focus, g_ptr_array_index (self->follow_up_rows, i)))
      focused_id = object_id (g_ptr_array_index (self->follow_up_rows, i));

  dsc_clear_group (self->follow_ups_group, self->follow_up_rows);

  if (self->meeting_id == 0 || self->store == NULL)
    return;

  rows = dsc_store_meeting_follow_ups (self->store, self->meeting_id, &error);
  if (rows == NULL)
    {
      report (self, error->message);
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = make_follow_up_row (self, g_ptr_array_index (rows, i), today);

      adw_preferences_group_add (self->follow_ups_group, row);
      g_ptr_array_add (self->follow_up_rows, row);
      if (focused_id > 0 && object_id (row) == focused_id)
        gtk_widget_grab_focus (row);
    }

  if (rows->len == 0)
    add_placeholder_row (self->follow_ups_group, self->follow_up_rows, _("Nothing to follow up yet"),
                         _("Add what was agreed: who does what, and by when."), NULL);
}

/* Changes from elsewhere ------------------------------------------------------ */

static gboolean
refresh_cb (gpointer user_data)
{
  DscMeetingEditor *self = user_data;

  self->refresh_source = 0;
  if (self->refresh_links)
    {
      fill_links (self, &dsc_kind_service);
      fill_links (self, &dsc_kind_association);
    }
  if (self->refresh_follow_ups)
    fill_follow_ups (self);
  self->refresh_links = self->refresh_follow_ups = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore         *store,
                     const char       *kind,
                     gint64            id,
                     DscMeetingEditor *self)
{
  if (self->meeting_id == 0)
    return;

  if (g_str_equal (kind, "follow-up"))
    self->refresh_follow_ups = TRUE;
  else if (g_str_equal (kind, "service") || g_str_equal (kind, "association"))
    self->refresh_links = self->refresh_follow_ups = TRUE;
  else
    return;

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
on_form_saved_cb (DscRecordForm    *form,
                  gint64            id,
                  DscMeetingEditor *self)
{
  update_heading (self);
}

static void
on_form_failed_cb (DscRecordForm    *form,
                   const char       *message,
                   DscMeetingEditor *self)
{
  report (self, message);
}

static void
on_back_clicked_cb (GtkButton        *button,
                    DscMeetingEditor *self)
{
  g_signal_emit (self, signals[GO_BACK], 0);
}

/* Actions ------------------------------------------------------------------- */

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DscMeetingEditor *self = DSC_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->meeting_id == 0 || self->store == NULL)
    return;

  dsc_record_form_flush (self->form);
  text = dsc_meeting_to_text (self->store, self->meeting_id, &error);
  if (text == NULL)
    {
      report (self, error->message);
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  if (DSC_IS_WINDOW (root))
    dsc_window_add_toast (DSC_WINDOW (root), dsc_toast_new (_("Meeting copied")));
}

static void
add_follow_up_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_follow_up (DSC_MEETING_EDITOR (widget), 0);
}

typedef struct
{
  DscStore *store;
  gint64    meeting_id;
  GWeakRef  window;
} UndoDelete;

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_object_unref (undo->store);
  g_weak_ref_clear (&undo->window);
  g_free (undo);
}

static void
on_undo_delete_cb (AdwToast   *toast,
                   UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) window = g_weak_ref_get (&undo->window);

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_meeting, undo->meeting_id, &error))
    {
      g_warning ("Undo failed: %s", error->message);
      return;
    }

  /* The meeting comes back where it was, open. */
  if (window != NULL && dsc_window_get_store (DSC_WINDOW (window)) == undo->store)
    gtk_widget_activate_action (window, "win.show-meeting", "x", undo->meeting_id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DscMeetingEditor *self = DSC_MEETING_EDITOR (widget);
  const DscMeeting *meeting = current_meeting (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 id = self->meeting_id;
  AdwToast *toast;
  UndoDelete *undo;

  if (self->store == NULL || meeting == NULL || id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_meeting, id, &error))
    {
      report (self, error->message);
      return;
    }

  message = g_strdup_printf (_("The meeting “%s” was deleted"), meeting->title);
  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (self->store);
  undo->meeting_id = id;
  g_weak_ref_init (&undo->window, DSC_IS_WINDOW (root) ? root : NULL);

  dsc_meeting_editor_discard (self);
  g_signal_emit (self, signals[DELETED], 0, id);

  toast = dsc_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), undo, undo_delete_free, 0);
  if (DSC_IS_WINDOW (root))
    dsc_window_add_toast (DSC_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* GObject ------------------------------------------------------------------- */

static void
dsc_meeting_editor_dispose (GObject *object)
{
  DscMeetingEditor *self = DSC_MEETING_EDITOR (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);

  /* What is being typed is stored before the rows go. */
  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  stop_reveal (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);

  if (self->picker_popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->picker_popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->picker_popover));

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_MEETING_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->service_ids, g_array_unref);
  g_clear_pointer (&self->association_ids, g_array_unref);
  g_clear_pointer (&self->service_rows, g_ptr_array_unref);
  g_clear_pointer (&self->association_rows, g_ptr_array_unref);
  g_clear_pointer (&self->follow_up_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (dsc_meeting_editor_parent_class)->dispose (object);
}

static void
dsc_meeting_editor_class_init (DscMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_meeting_editor_dispose;

  /**
   * DscMeetingEditor::go-back:
   *
   * The back button was pressed (a narrow window shows one thing at a time).
   */
  signals[GO_BACK] = g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DscMeetingEditor::deleted:
   * @meeting_id: the meeting just deleted (Undo is offered in a toast)
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, services_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, associations_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, attendees_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, decisions_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, add_service_button);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, add_association_button);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_popover);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_title);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_list);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_hint_label);
  gtk_widget_class_bind_template_child (widget_class, DscMeetingEditor, picker_services_button);
  /* Reachable by name for the tests, as a user reaches them. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_follow_up_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "copy_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_link_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_follow_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_services_clicked_cb);

  gtk_widget_class_install_action (widget_class, "meeting.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-follow-up", NULL, add_follow_up_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.copy-text", NULL);
}

#define LONG_TEXT_MAX_HEIGHT 460

/* The frame follows the text's height, between its least and the most. */
static void
on_text_height_cb (GtkAdjustment     *adjustment,
                   GParamSpec        *pspec,
                   GtkScrolledWindow *scrolled)
{
  int least = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (scrolled), "least-height"));
  int height = CLAMP ((int) gtk_adjustment_get_upper (adjustment), least, LONG_TEXT_MAX_HEIGHT);

  if (gtk_scrolled_window_get_min_content_height (scrolled) != height)
    gtk_scrolled_window_set_min_content_height (scrolled, height);
}

/* A text grows with what is typed up to most of a window, then scrolls in its
 * frame: a text view is only quick with fifty thousand words when it lays out
 * and draws the part shown, which needs a scrolled window of its own. */
static void
scroll_long_text (GtkWidget *view,
                  int        least_height)
{
  GtkWidget *frame = gtk_widget_get_parent (view);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_object_ref (view);
  gtk_frame_set_child (GTK_FRAME (frame), NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), LONG_TEXT_MAX_HEIGHT);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), least_height);
  g_object_set_data (G_OBJECT (scrolled), "least-height", GINT_TO_POINTER (least_height));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), "notify::upper",
                           G_CALLBACK (on_text_height_cb), scrolled, 0);
  g_object_unref (view);
}

static void
dsc_meeting_editor_init (DscMeetingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->association_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->service_rows = g_ptr_array_new ();
  self->association_rows = g_ptr_array_new ();
  self->follow_up_rows = g_ptr_array_new ();

  self->form = dsc_record_form_new (&dsc_kind_meeting);
  dsc_record_form_add_field (self->form, self->details_group, "title");
  dsc_record_form_add_field (self->form, self->details_group, "date");
  dsc_record_form_add_field (self->form, self->details_group, "time");
  dsc_record_form_add_field (self->form, self->details_group, "meeting_kind");
  dsc_record_form_add_field (self->form, self->details_group, "location");
  dsc_record_form_add_long_text (self->form, self->attendees_group, "attendees");
  dsc_record_form_add_long_text (self->form, self->notes_group, "notes");
  dsc_record_form_add_long_text (self->form, self->decisions_group, "decisions");
  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    scroll_long_text (dsc_record_form_get_widget (self->form, text_fields[i]),
                      g_str_equal (text_fields[i], "notes") ? 200 : 96);

  update_actions (self);
}

/* Public API ---------------------------------------------------------------- */

/**
 * dsc_meeting_editor_set_store:
 * @self: the editor
 * @store: (nullable): the store
 */
void
dsc_meeting_editor_set_store (DscMeetingEditor *self,
                              DscStore         *store)
{
  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  dsc_meeting_editor_show (self, 0, NULL);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  dsc_record_form_set_store (self->form, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
}

/**
 * dsc_meeting_editor_show:
 * @self: the editor
 * @meeting_id: a meeting, or 0 for none
 * @error: return location for a #GError
 *
 * Stores what is pending for the meeting shown, then shows @meeting_id. The
 * meeting already shown stays as it is (the cursor too).
 *
 * Returns: %TRUE when @meeting_id is shown
 */
gboolean
dsc_meeting_editor_show (DscMeetingEditor  *self,
                         gint64             meeting_id,
                         GError           **error)
{
  DscMeeting *meeting = NULL;

  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), FALSE);

  if (meeting_id > 0 && meeting_id == self->meeting_id && current_meeting (self) != NULL)
    return TRUE;

  dsc_record_form_flush (self->form);
  stop_reveal (self);
  self->highlighted = 0;
  if (gtk_widget_get_visible (GTK_WIDGET (self->picker_popover)))
    gtk_popover_popdown (self->picker_popover);

  if (meeting_id > 0 && self->store != NULL)
    {
      meeting = dsc_store_load (self->store, &dsc_kind_meeting, meeting_id, error);
      if (meeting == NULL)
        meeting_id = 0;
    }
  else
    meeting_id = 0;

  self->meeting_id = meeting_id;
  dsc_record_form_set_record (self->form, meeting);
  update_heading (self);
  fill_links (self, &dsc_kind_service);
  fill_links (self, &dsc_kind_association);
  fill_follow_ups (self);
  update_actions (self);
  scroll_to_top (self);

  return meeting_id > 0;
}

gint64
dsc_meeting_editor_get_meeting_id (DscMeetingEditor *self)
{
  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), 0);

  return self->meeting_id;
}

/**
 * dsc_meeting_editor_get_meeting:
 * @self: the editor
 *
 * Returns: (transfer none) (nullable): the meeting as it is being edited
 */
const DscMeeting *
dsc_meeting_editor_get_meeting (DscMeetingEditor *self)
{
  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), NULL);

  return self->meeting_id > 0 ? current_meeting (self) : NULL;
}

/**
 * dsc_meeting_editor_flush:
 * @self: the editor
 *
 * Stores what is being typed now.
 */
void
dsc_meeting_editor_flush (DscMeetingEditor *self)
{
  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  if (self->form != NULL)
    dsc_record_form_flush (self->form);
}

/**
 * dsc_meeting_editor_discard:
 * @self: the editor
 *
 * Lets go of the meeting shown, unsaved: it was deleted.
 */
void
dsc_meeting_editor_discard (DscMeetingEditor *self)
{
  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  dsc_record_form_discard (self->form);
  dsc_meeting_editor_show (self, 0, NULL);
}

/* Where @snippet came from in @text: the snippet without its marks and
 * ellipses is a piece of the text; the first marked word is in it at
 * @word_start (characters) for @word_length. */
static char *
snippet_context (const char *snippet,
                 int        *word_start,
                 int        *word_length,
                 char      **word)
{
  GString *plain = g_string_new (NULL);
  const char *ellipsis = "…";
  int chars = 0, start = -1, end = -1, skip = 0;

  for (const char *p = snippet; *p != '\0'; p++)
    {
      if (*p == DSC_HIT_START[0])
        {
          if (start < 0)
            start = chars;
          continue;
        }
      if (*p == DSC_HIT_END[0])
        {
          if (end < 0 && start >= 0)
            end = chars;
          continue;
        }
      g_string_append_c (plain, *p);
      if ((*p & 0xC0) != 0x80)
        chars++;
    }

  if (g_str_has_prefix (plain->str, ellipsis))
    {
      g_string_erase (plain, 0, strlen (ellipsis));
      skip = 1;
    }
  if (g_str_has_suffix (plain->str, ellipsis))
    g_string_truncate (plain, plain->len - strlen (ellipsis));

  *word_start = MAX (start - skip, 0);
  *word_length = start >= 0 && end > start ? end - start : 0;
  *word = NULL;
  if (*word_length > 0)
    {
      const char *from = g_utf8_offset_to_pointer (plain->str, *word_start);
      const char *to = g_utf8_offset_to_pointer (from, *word_length);

      *word = g_strndup (from, to - from);
    }

  return g_string_free (plain, FALSE);
}

/* A regular expression for @text in which any run of spaces matches any run
 * of white space: snippets put a paragraph break on one line. */
static void
append_loose_pattern (GString    *pattern,
                      const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (!g_str_has_suffix (pattern->str, "\\s+"))
            g_string_append (pattern, "\\s+");
          continue;
        }
      {
        g_autofree char *escaped = g_regex_escape_string (p, (int) (g_utf8_next_char (p) - p));
        g_string_append (pattern, escaped);
      }
    }
}

/* Where the snippet's marked word is in @text, as character offsets. */
static gboolean
find_snippet (const char *text,
              const char *context,
              int         word_start,
              int         word_length,
              int        *found_start,
              int        *found_end)
{
  const char *word_from = g_utf8_offset_to_pointer (context, word_start);
  const char *word_to = g_utf8_offset_to_pointer (word_from, word_length);
  g_autofree char *before = g_strndup (context, word_from - context);
  g_autofree char *word = g_strndup (word_from, word_to - word_from);
  g_autoptr(GString) pattern = g_string_new (NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  int from, to;

  append_loose_pattern (pattern, before);
  g_string_append_c (pattern, '(');
  append_loose_pattern (pattern, word);
  g_string_append_c (pattern, ')');
  append_loose_pattern (pattern, word_to);

  regex = g_regex_new (pattern->str, G_REGEX_OPTIMIZE, 0, NULL);
  if (regex == NULL || !g_regex_match (regex, text, 0, &match)
      || !g_match_info_fetch_pos (match, 1, &from, &to))
    return FALSE;

  *found_start = (int) g_utf8_pointer_to_offset (text, text + from);
  *found_end = (int) g_utf8_pointer_to_offset (text, text + to);
  return TRUE;
}

/* Selects the words found in @view's text; %FALSE when they are not there. */
static gboolean
select_in_view (GtkTextView *view,
                const char  *context,
                int          word_start,
                int          word_length,
                const char  *word)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end, match_start, match_end;
  int found_start, found_end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  if (word_length > 0 && *context != '\0')
    {
      g_autofree char *text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      if (find_snippet (text, context, word_start, word_length, &found_start, &found_end))
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &match_start, found_start);
          gtk_text_buffer_get_iter_at_offset (buffer, &match_end, found_end);
          gtk_text_buffer_select_range (buffer, &match_start, &match_end);
          return TRUE;
        }
    }

  /* The text changed since it was searched: the word itself, case aside. */
  if (word != NULL
      && gtk_text_iter_forward_search (&start, word, GTK_TEXT_SEARCH_TEXT_ONLY | GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                       &match_start, &match_end, NULL))
    {
      gtk_text_buffer_select_range (buffer, &match_start, &match_end);
      return TRUE;
    }

  return FALSE;
}

/**
 * dsc_meeting_editor_reveal:
 * @self: the editor
 * @follow_up_id: the follow-up a search found, or 0
 * @snippet: (nullable): the words around what was found, marked as
 *   dsc_store_search_meetings() marks them
 *
 * Shows where a search found its words: the follow-up's row is marked and
 * scrolled to, or the words are selected in the notes (decisions, who was
 * there) and scrolled to.
 */
void
dsc_meeting_editor_reveal (DscMeetingEditor *self,
                           gint64            follow_up_id,
                           const char       *snippet)
{
  g_autofree char *context = NULL;
  g_autofree char *word = NULL;
  int word_start = 0, word_length = 0;

  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  if (self->meeting_id == 0)
    return;

  if (self->highlighted != follow_up_id)
    {
      self->highlighted = follow_up_id;
      fill_follow_ups (self);
    }

  if (follow_up_id > 0)
    {
      GtkWidget *row = dsc_meeting_editor_get_follow_up_row (self, follow_up_id);

      if (row != NULL)
        {
          gtk_widget_grab_focus (row);
          start_reveal (self, row);
        }
      return;
    }

  if (snippet == NULL)
    return;

  context = snippet_context (snippet, &word_start, &word_length, &word);
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      GtkWidget *view = dsc_record_form_get_widget (self->form, text_fields[i]);

      if (select_in_view (GTK_TEXT_VIEW (view), context, word_start, word_length, word))
        {
          gtk_widget_grab_focus (view);
          start_reveal (self, view);
          return;
        }
    }

  /* Found in the title: it is at the top. */
  scroll_to_top (self);
}

/**
 * dsc_meeting_editor_focus_title:
 * @self: the editor
 *
 * Puts the cursor in the title, all of it selected (a new meeting).
 */
void
dsc_meeting_editor_focus_title (DscMeetingEditor *self)
{
  GtkWidget *title;

  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  title = dsc_record_form_get_widget (self->form, "title");
  gtk_widget_grab_focus (title);
  gtk_editable_select_region (GTK_EDITABLE (title), 0, -1);
}

void
dsc_meeting_editor_set_show_back_button (DscMeetingEditor *self,
                                         gboolean          show)
{
  g_return_if_fail (DSC_IS_MEETING_EDITOR (self));

  gtk_widget_set_visible (self->back_button, show);
}

/**
 * dsc_meeting_editor_get_field_widget:
 * @self: the editor
 * @field_name: a field of the meeting
 *
 * Returns: (transfer none) (nullable): the row or text view that edits it
 */
GtkWidget *
dsc_meeting_editor_get_field_widget (DscMeetingEditor *self,
                                     const char       *field_name)
{
  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

/**
 * dsc_meeting_editor_get_follow_up_row:
 * @self: the editor
 * @follow_up_id: a follow-up of the meeting shown
 *
 * Returns: (transfer none) (nullable): its row
 */
GtkWidget *
dsc_meeting_editor_get_follow_up_row (DscMeetingEditor *self,
                                      gint64            follow_up_id)
{
  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), NULL);

  for (guint i = 0; i < self->follow_up_rows->len; i++)
    if (object_id (g_ptr_array_index (self->follow_up_rows, i)) == follow_up_id)
      return g_ptr_array_index (self->follow_up_rows, i);

  return NULL;
}

/**
 * dsc_meeting_editor_get_link_row:
 * @self: the editor
 * @kind: &dsc_kind_service or &dsc_kind_association
 * @id: one that took part
 *
 * Returns: (transfer none) (nullable): its row
 */
GtkWidget *
dsc_meeting_editor_get_link_row (DscMeetingEditor *self,
                                 const DscKind    *kind,
                                 gint64            id)
{
  GPtrArray *rows;

  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), NULL);

  rows = kind == &dsc_kind_service ? self->service_rows : self->association_rows;
  for (guint i = 0; i < rows->len; i++)
    if (object_id (g_ptr_array_index (rows, i)) == id)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/**
 * dsc_meeting_editor_get_picker_row:
 * @self: the editor
 * @id: a service or an association offered by the open chooser
 *
 * Returns: (transfer none) (nullable): its row in the chooser
 */
GtkWidget *
dsc_meeting_editor_get_picker_row (DscMeetingEditor *self,
                                   gint64            id)
{
  g_return_val_if_fail (DSC_IS_MEETING_EDITOR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->picker_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (object_id (row) == id)
      return row;

  return NULL;
}
