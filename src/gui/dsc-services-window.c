/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The directory of territorial services: a list by name with type, town and
 * what is still open with each, searchable when it grows; a service opens on a
 * second page where it is edited in place (stored as typed) and can be removed
 * with Undo. Removing a service takes it off the meetings it took part in. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-follow-ups-view.h"
#include "dsc-gui-util.h"
#include "dsc-meetings.h"
#include "dsc-record-form.h"
#include "dsc-services-window.h"

/* From this many services on, the list has a search entry. */
#define SEARCH_FROM 8
/* The meetings of a service its page lists, newest first. */
#define RECENT_MEETINGS 5

struct _DscServicesWindow
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwLeaflet          *leaflet;
  GtkWidget           *list_box;
  GtkStack            *list_stack;
  AdwPreferencesGroup *search_group;
  GtkSearchEntry      *search_entry;
  AdwPreferencesGroup *services_group;
  GtkWidget           *add_button;
  GtkWidget           *service_box;
  GtkWidget           *back_button;
  AdwWindowTitle      *service_title;
  AdwPreferencesPage  *service_page;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *contact_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *remove_group;
  GtkWidget           *remove_button;

  DscStore            *store;
  gulong               changed_handler;
  guint                refresh_source;
  DscRecordForm       *form;
  GPtrArray           *service_rows;     /* rows of services_group */
  GPtrArray           *meeting_rows;     /* rows of meetings_group */
  int                  n_meetings;       /* of the service shown */
};

G_DEFINE_FINAL_TYPE (DscServicesWindow, dsc_services_window, ADW_TYPE_WINDOW)

static const DscService *
current_service (DscServicesWindow *self)
{
  return dsc_record_form_get_record (self->form);
}

static void
show_error (DscServicesWindow *self,
            const char        *message)
{
  AdwToast *toast = dsc_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The list ------------------------------------------------------------------- */

static void
on_service_activated_cb (AdwActionRow      *row,
                         DscServicesWindow *self);

static char *
service_subtitle (const DscService        *service,
                  const DscFollowUpCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_service_type, service->service_type)));
  if (service->municipality != NULL && *service->municipality != '\0')
    g_ptr_array_add (parts, g_strdup (service->municipality));
  if (counts != NULL && counts->open > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d open follow-up",
                                                          "%d open follow-ups", counts->open),
                                             counts->open));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static gboolean
service_matches (const DscService *service,
                 const char       *search)
{
  g_autofree char *haystack = NULL;

  if (search == NULL || *search == '\0')
    return TRUE;

  haystack = g_strjoin (" ", service->name,
                        dsc_enum_label (&dsc_enum_service_type, service->service_type),
                        service->municipality != NULL ? service->municipality : "",
                        service->contact_person != NULL ? service->contact_person : "",
                        NULL);

  /* Every word typed, accents and case ignored, as the beginning of a word. */
  {
    g_auto(GStrv) words = g_strsplit_set (search, " \t", -1);

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0' && !g_str_match_string (words[i], haystack, TRUE))
        return FALSE;
  }

  return TRUE;
}

static void
refresh_list (DscServicesWindow *self)
{
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GHashTable) counts_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint shown = 0;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  dsc_clear_group (self->services_group, self->service_rows);

  if (self->store == NULL)
    return;

  services = dsc_store_list (self->store, &dsc_kind_service, 0, &error);
  if (services != NULL)
    counts = dsc_store_follow_ups_by_service (self->store, &error);
  if (counts == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < counts->len; i++)
    {
      DscFollowUpCounts *each = g_ptr_array_index (counts, i);

      g_hash_table_insert (counts_by_id, &each->id, each);
    }

  for (guint i = 0; i < services->len; i++)
    {
      const DscService *service = g_ptr_array_index (services, i);
      const DscFollowUpCounts *count = g_hash_table_lookup (counts_by_id, &service->base.id);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!service_matches (service, search))
        continue;

      row = adw_action_row_new ();
      subtitle = service_subtitle (service, count);
      dsc_row_set_title (row, service->name);
      dsc_row_set_subtitle (row, subtitle);
      gtk_widget_set_name (row, "service-row");

      if (count != NULL && count->overdue > 0)
        {
          g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d overdue", "%d overdue",
                                                                   count->overdue),
                                                      count->overdue);
          GtkWidget *label = gtk_label_new (overdue);

          gtk_widget_add_css_class (label, "error");
          gtk_widget_add_css_class (label, "caption-heading");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "service-id",
                              g_memdup2 (&service->base.id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_service_activated_cb), self);
      adw_preferences_group_add (self->services_group, row);
      g_ptr_array_add (self->service_rows, row);
      shown++;
    }

  if (shown == 0 && services->len > 0)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *text = g_strdup_printf (_("No service matches “%s”"), search);

      dsc_row_set_title (row, text);
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->services_group, row);
      g_ptr_array_add (self->service_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->search_group),
                          services->len >= SEARCH_FROM || *search != '\0');
  gtk_stack_set_visible_child_name (self->list_stack, services->len > 0 ? "list" : "empty");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscServicesWindow *self = user_data;

  self->refresh_source = 0;
  refresh_list (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore          *store,
                     const char        *kind,
                     gint64             id,
                     DscServicesWindow *self)
{
  if ((g_str_equal (kind, "service") || g_str_equal (kind, "follow-up") || g_str_equal (kind, "meeting"))
      && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
on_search_changed_cb (GtkSearchEntry    *entry,
                      DscServicesWindow *self)
{
  refresh_list (self);
}

/* One service ------------------------------------------------------------------ */

static void
update_title (DscServicesWindow *self)
{
  const DscService *service = current_service (self);
  gboolean stored = service != NULL && service->base.id > 0;

  adw_window_title_set_title (self->service_title,
                              stored && service->name != NULL ? service->name : _("New Service"));
  adw_window_title_set_subtitle (self->service_title,
                                 stored ? dsc_enum_label (&dsc_enum_service_type, service->service_type) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_group), stored);
}

static void
on_meeting_activated_cb (AdwActionRow      *row,
                         DscServicesWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "meeting-id");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (id == NULL || parent == NULL)
    return;

  /* The meeting opens in the main window, which this window would cover. */
  dsc_record_form_flush (self->form);
  if (gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-meeting", "x", *id))
    gtk_window_close (GTK_WINDOW (self));
}

/* The meetings the service took part in: how many, and the latest few. */
static void
fill_meetings (DscServicesWindow *self)
{
  const DscService *service = current_service (self);
  DscMeetingFilter filter = DSC_MEETING_FILTER_INIT;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  dsc_clear_group (self->meetings_group, self->meeting_rows);
  self->n_meetings = 0;

  if (service == NULL || service->base.id == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->meetings_group), FALSE);
      return;
    }

  filter.service_id = service->base.id;
  meetings = dsc_store_list_meetings (self->store, &filter, &error);
  if (meetings == NULL)
    {
      show_error (self, error->message);
      return;
    }

  self->n_meetings = meetings->len;
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_group), meetings->len > 0);
  if (meetings->len == 0)
    return;

  if (meetings->len > RECENT_MEETINGS)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Took part in %u meeting; the latest are here.",
                                                "Took part in %u meetings; the latest are here.", meetings->len),
                                   meetings->len);
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Took part in %u meeting.",
                                                "Took part in %u meetings.", meetings->len),
                                   meetings->len);
  adw_preferences_group_set_description (self->meetings_group, description);

  for (guint i = 0; i < MIN (meetings->len, RECENT_MEETINGS); i++)
    {
      const DscMeetingSummary *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *day = dsc_follow_ups_format_day (meeting->date, NULL);
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, meeting->title);
      dsc_row_set_subtitle (row, day);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open the meeting"));
      gtk_widget_set_name (row, "meeting-row");
      g_object_set_data_full (G_OBJECT (row), "meeting-id", g_memdup2 (&meeting->id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_meeting_activated_cb), self);
      adw_preferences_group_add (self->meetings_group, row);
      g_ptr_array_add (self->meeting_rows, row);
    }
}

static void
scroll_to_top (AdwPreferencesPage *page)
{
  GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (page));

  if (GTK_IS_SCROLLED_WINDOW (scrolled))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

static void
show_service (DscServicesWindow *self,
              DscService        *service)
{
  dsc_record_form_set_record (self->form, service);
  update_title (self);
  fill_meetings (self);
  scroll_to_top (self->service_page);
  adw_leaflet_set_visible_child (self->leaflet, self->service_box);
}

static void
on_service_activated_cb (AdwActionRow      *row,
                         DscServicesWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "service-id");
  g_autoptr(GError) error = NULL;
  DscService *service;

  if (id == NULL)
    return;

  service = dsc_store_load (self->store, &dsc_kind_service, *id, &error);
  if (service == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_service (self, service);
}

static void
add_service (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DscServicesWindow *self = DSC_SERVICES_WINDOW (widget);

  if (self->store == NULL)
    return;

  show_service (self, dsc_record_new (&dsc_kind_service));
  gtk_widget_grab_focus (dsc_record_form_get_widget (self->form, "name"));
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DscServicesWindow *self = DSC_SERVICES_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  gtk_widget_set_visible (GTK_WIDGET (self->search_group), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_form_saved_cb (DscRecordForm     *form,
                  gint64             id,
                  DscServicesWindow *self)
{
  update_title (self);
}

static void
on_form_failed_cb (DscRecordForm     *form,
                   const char        *message,
                   DscServicesWindow *self)
{
  show_error (self, message);
}

static void
on_back_clicked_cb (GtkButton         *button,
                    DscServicesWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

/* Back on the list, by the button, a swipe or Alt+Left: what was typed is kept. */
static void
on_visible_child_cb (AdwLeaflet        *leaflet,
                     GParamSpec        *pspec,
                     DscServicesWindow *self)
{
  if (adw_leaflet_get_visible_child (leaflet) != self->list_box || self->form == NULL)
    return;

  dsc_record_form_flush (self->form);
  dsc_record_form_set_record (self->form, NULL);
  refresh_list (self);
}

typedef struct
{
  DscStore *store;
  gint64    service_id;
  GWeakRef  window;
} UndoRemoval;

static void
undo_removal_free (gpointer data)
{
  UndoRemoval *undo = data;

  g_object_unref (undo->store);
  g_weak_ref_clear (&undo->window);
  g_free (undo);
}

static void
on_undo_removal_cb (AdwToast    *toast,
                    UndoRemoval *undo)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_service, undo->service_id, &error))
    {
      g_autoptr(DscServicesWindow) self = g_weak_ref_get (&undo->window);

      if (self != NULL)
        show_error (self, error->message);
      else
        g_warning ("Undo failed: %s", error->message);
    }
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      DscServicesWindow *self)
{
  const DscService *service = current_service (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  UndoRemoval *undo;

  if (service == NULL || service->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_service, service->base.id, &error))
    {
      show_error (self, error->message);
      return;
    }

  if (self->n_meetings > 0)
    /* Translators: a toast; the notes of those meetings stay as they are. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s was removed and taken off %d meeting",
                                          "%s was removed and taken off %d meetings", self->n_meetings),
                             service->name, self->n_meetings);
  else
    title = g_strdup_printf (_("%s was removed"), service->name);

  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoRemoval, 1);
  undo->store = g_object_ref (self->store);
  undo->service_id = service->base.id;
  g_weak_ref_init (&undo->window, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_removal_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_removal_free, 0);

  /* Nothing is left to store for a removed service. */
  dsc_record_form_discard (self->form);
  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
dsc_services_window_close_request (GtkWindow *window)
{
  DscServicesWindow *self = DSC_SERVICES_WINDOW (window);

  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_services_window_parent_class)->close_request (window);
}

static void
dsc_services_window_dispose (GObject *object)
{
  DscServicesWindow *self = DSC_SERVICES_WINDOW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->service_rows, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_SERVICES_WINDOW);

  G_OBJECT_CLASS (dsc_services_window_parent_class)->dispose (object);
}

static void
dsc_services_window_class_init (DscServicesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_services_window_dispose;
  window_class->close_request = dsc_services_window_close_request;

  gtk_widget_class_install_action (widget_class, "services.add", NULL, add_service);
  gtk_widget_class_install_action (widget_class, "services.search", NULL, focus_search);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-services-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, search_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, services_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, service_box);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, service_title);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, service_page);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, details_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, contact_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, remove_group);
  gtk_widget_class_bind_template_child (widget_class, DscServicesWindow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
dsc_services_window_init (DscServicesWindow *self)
{
  static const char * const details[] = { "name", "type", "municipality" };
  static const char * const contact[] = { "contact_person", "phone", "email" };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->service_rows = g_ptr_array_new ();
  self->meeting_rows = g_ptr_array_new ();

  self->form = dsc_record_form_new (&dsc_kind_service);
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    dsc_record_form_add_field (self->form, self->details_group, details[i]);
  for (guint i = 0; i < G_N_ELEMENTS (contact); i++)
    dsc_record_form_add_field (self->form, self->contact_group, contact[i]);
  dsc_record_form_add_long_text (self->form, self->notes_group, "notes");

  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
}

/**
 * dsc_services_window_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 *
 * Returns: (transfer floating): the directory, not yet shown
 */
GtkWidget *
dsc_services_window_new (GtkWindow *parent,
                         DscStore  *store)
{
  DscServicesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  self = g_object_new (DSC_TYPE_SERVICES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  dsc_record_form_set_store (self->form, store);
  refresh_list (self);

  return GTK_WIDGET (self);
}

/**
 * dsc_services_window_get_field_widget:
 * @self: the directory
 * @field_name: a field of a service
 *
 * Returns: (transfer none) (nullable): the row that edits it on the service page
 */
GtkWidget *
dsc_services_window_get_field_widget (DscServicesWindow *self,
                                      const char        *field_name)
{
  g_return_val_if_fail (DSC_IS_SERVICES_WINDOW (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

/**
 * dsc_services_window_get_service_id:
 * @self: the directory
 *
 * Returns: the service on the service page, 0 for one not stored yet or none
 */
gint64
dsc_services_window_get_service_id (DscServicesWindow *self)
{
  const DscService *service;

  g_return_val_if_fail (DSC_IS_SERVICES_WINDOW (self), 0);

  service = current_service (self);
  return service != NULL ? service->base.id : 0;
}
