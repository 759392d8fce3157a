/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One follow-up of a meeting, edited in place: what was agreed, who does it,
 * by when, how it stands and whom it concerns. Setting it Done fills in
 * today's date; setting it back clears the date. What the store refuses (a
 * date before the meeting) is said under the rows, and nothing is stored
 * until it is right. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-date-row.h"
#include "dsc-follow-up-dialog.h"
#include "dsc-gui-util.h"
#include "dsc-meetings.h"
#include "dsc-record-form.h"
#include "dsc-window.h"

/* Beyond this many associations, only those of the meeting are offered. */
#define MAX_ALL_ASSOCIATIONS 100

struct _DscFollowUpDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *follow_up_group;
  AdwPreferencesGroup *concerns_group;
  AdwPreferencesGroup *remove_group;

  GtkWidget           *problem_row;
  DscStore            *store;
  DscRecordForm       *form;
  char                *problem;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (DscFollowUpDialog, dsc_follow_up_dialog, ADW_TYPE_WINDOW)

static const DscFollowUp *
current_follow_up (DscFollowUpDialog *self)
{
  return dsc_record_form_get_record (self->form);
}

static void
show_problem (DscFollowUpDialog *self,
              const char        *message)
{
  g_free (self->problem);
  self->problem = g_strdup (message);

  dsc_row_set_title (self->problem_row, message != NULL ? message : "");
  gtk_widget_set_visible (self->problem_row, message != NULL);
}

static void
update_for_follow_up (DscFollowUpDialog *self)
{
  const DscFollowUp *follow_up = current_follow_up (self);

  gtk_widget_set_visible (GTK_WIDGET (self->remove_group), follow_up != NULL && follow_up->base.id > 0);
}

static void
on_form_saved_cb (DscRecordForm     *form,
                  gint64             id,
                  DscFollowUpDialog *self)
{
  show_problem (self, NULL);
  update_for_follow_up (self);
}

static void
on_form_failed_cb (DscRecordForm     *form,
                   const char        *message,
                   DscFollowUpDialog *self)
{
  show_problem (self, message);
}

/* Done gets today's date unless one is there; any other status has none, as
 * the store wants. */
static void
on_status_selected_cb (AdwComboRow       *row,
                       GParamSpec        *pspec,
                       DscFollowUpDialog *self)
{
  DscDateRow *done_row = DSC_DATE_ROW (dsc_record_form_get_widget (self->form, "done_date"));
  guint selected = adw_combo_row_get_selected (row);
  const char *done = dsc_date_row_get_date (done_row);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected == DSC_FOLLOW_UP_DONE && (done == NULL || *done == '\0')
      && *gtk_editable_get_text (GTK_EDITABLE (done_row)) == '\0')
    {
      g_autofree char *today = dsc_clock_today ();

      dsc_date_row_set_date (done_row, today);
    }
  else if (selected != DSC_FOLLOW_UP_DONE && *gtk_editable_get_text (GTK_EDITABLE (done_row)) != '\0')
    dsc_date_row_set_date (done_row, NULL);
}

typedef struct
{
  DscStore *store;
  gint64    id;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast,
            Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_follow_up, undo->id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      DscFollowUpDialog *self)
{
  const DscFollowUp *follow_up = current_follow_up (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Undo *undo;

  if (follow_up == NULL || follow_up->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_follow_up, follow_up->base.id, &error))
    {
      show_problem (self, error->message);
      return;
    }

  title = g_strdup_printf (_("The follow-up “%s” was removed"), follow_up->what);
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (self->store);
  undo->id = follow_up->base.id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb), undo, undo_free, 0);

  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));

  /* Undo is offered in the main window, which stays after this dialog closes. */
  if (DSC_IS_WINDOW (parent))
    dsc_window_add_toast (DSC_WINDOW (parent), toast);
  else
    g_object_unref (toast);
}

static gboolean
dsc_follow_up_dialog_close_request (GtkWindow *window)
{
  DscFollowUpDialog *self = DSC_FOLLOW_UP_DIALOG (window);

  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_follow_up_dialog_parent_class)->close_request (window);
}

static void
dsc_follow_up_dialog_dispose (GObject *object)
{
  DscFollowUpDialog *self = DSC_FOLLOW_UP_DIALOG (object);

  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_FOLLOW_UP_DIALOG);

  G_OBJECT_CLASS (dsc_follow_up_dialog_parent_class)->dispose (object);
}

static void
dsc_follow_up_dialog_finalize (GObject *object)
{
  DscFollowUpDialog *self = DSC_FOLLOW_UP_DIALOG (object);

  g_free (self->problem);

  G_OBJECT_CLASS (dsc_follow_up_dialog_parent_class)->finalize (object);
}

static void
dsc_follow_up_dialog_class_init (DscFollowUpDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_follow_up_dialog_dispose;
  object_class->finalize = dsc_follow_up_dialog_finalize;
  window_class->close_request = dsc_follow_up_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-follow-up-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpDialog, follow_up_group);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpDialog, concerns_group);
  gtk_widget_class_bind_template_child (widget_class, DscFollowUpDialog, remove_group);
  gtk_widget_class_bind_template_child_full (widget_class, "remove_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
dsc_follow_up_dialog_init (DscFollowUpDialog *self)
{
  static const char * const fields[] = { "what", "owner", "due_date", "status", "done_date" };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = dsc_record_form_new (&dsc_kind_follow_up);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    dsc_record_form_add_field (self->form, self->follow_up_group, fields[i]);

  /* What the store refused, right under the dates it is usually about. */
  self->problem_row = adw_action_row_new ();
  gtk_widget_set_name (self->problem_row, "problem");
  adw_action_row_set_icon_name (ADW_ACTION_ROW (self->problem_row), "dialog-warning-symbolic");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self->problem_row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->problem_row), FALSE);
  gtk_widget_add_css_class (self->problem_row, "field-problem");
  gtk_widget_set_visible (self->problem_row, FALSE);
  adw_preferences_group_add (self->follow_up_group, self->problem_row);

  g_signal_connect (dsc_record_form_get_widget (self->form, "status"), "notify::selected",
                    G_CALLBACK (on_status_selected_cb), self);
  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
}

/* Values for a choice: @first (those of the meeting) in their order, then
 * @others not among them; @current is always there. */
static void
add_choices (DscFollowUpDialog *self,
             const char        *field,
             GArray            *first,
             GPtrArray         *first_names,
             GArray            *others,
             GPtrArray         *other_names,
             gint64             current,
             const char        *current_name)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < first->len; i++)
    {
      g_array_append_val (values, g_array_index (first, gint64, i));
      g_ptr_array_add (labels, g_ptr_array_index (first_names, i));
      g_hash_table_add (seen, &g_array_index (first, gint64, i));
    }
  for (guint i = 0; others != NULL && i < others->len; i++)
    if (!g_hash_table_contains (seen, &g_array_index (others, gint64, i)))
      {
        g_array_append_val (values, g_array_index (others, gint64, i));
        g_ptr_array_add (labels, g_ptr_array_index (other_names, i));
        g_hash_table_add (seen, &g_array_index (others, gint64, i));
      }
  if (current > 0 && !g_hash_table_contains (seen, &current) && current_name != NULL)
    {
      g_array_append_val (values, current);
      g_ptr_array_add (labels, (gpointer) current_name);
    }

  dsc_record_form_add_choice (self->form, self->concerns_group, field, (const gint64 *) values->data,
                              (const char * const *) labels->pdata, values->len);
}

/**
 * dsc_follow_up_dialog_new:
 * @store: the store
 * @meeting_id: the meeting the follow-up was agreed in
 * @follow_up_id: the follow-up to open, or 0 for a new one (stored once it
 *   says what was agreed)
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_follow_up_dialog_new (DscStore *store,
                          gint64    meeting_id,
                          gint64    follow_up_id)
{
  DscFollowUpDialog *self = g_object_new (DSC_TYPE_FOLLOW_UP_DIALOG, NULL);
  g_autoptr(DscMeeting) meeting = NULL;
  g_autoptr(GArray) linked_services = NULL;
  g_autoptr(GArray) linked_associations = NULL;
  g_autoptr(GPtrArray) linked_service_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) linked_association_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) all_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) all_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) service_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *current_association = NULL;
  g_autofree char *current_service = NULL;
  DscFollowUp *follow_up = NULL;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  dsc_record_form_set_store (self->form, store);

  if (follow_up_id > 0)
    {
      follow_up = dsc_store_load (store, &dsc_kind_follow_up, follow_up_id, &error);
      if (follow_up == NULL)
        show_problem (self, error->message);
      g_clear_error (&error);
    }
  if (follow_up == NULL)
    {
      follow_up = dsc_record_new (&dsc_kind_follow_up);
      follow_up->meeting_id = meeting_id;
    }

  meeting = dsc_store_load (store, &dsc_kind_meeting, follow_up->meeting_id, NULL);
  if (meeting != NULL)
    {
      g_autofree char *date = dsc_format_date (meeting->date);
      /* Translators: the subtitle of the follow-up dialog: the meeting's title and date. */
      g_autofree char *subtitle = g_strdup_printf (_("%s, %s"), meeting->title, date);

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  /* Those that took part in the meeting first; then every service, and every
   * association while there are not too many to pick from. */
  linked_services = dsc_store_meeting_links (store, follow_up->meeting_id, &dsc_kind_service, NULL);
  linked_associations = dsc_store_meeting_links (store, follow_up->meeting_id, &dsc_kind_association, NULL);
  if (linked_services == NULL)
    linked_services = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (linked_associations == NULL)
    linked_associations = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A new follow-up concerns the meeting's one association (and its one
   * service), so that it shows on that association's page without a choice. */
  if (follow_up->base.id == 0 && follow_up->association_id == 0 && linked_associations->len == 1)
    follow_up->association_id = g_array_index (linked_associations, gint64, 0);
  if (follow_up->base.id == 0 && follow_up->service_id == 0 && linked_services->len == 1)
    follow_up->service_id = g_array_index (linked_services, gint64, 0);
  for (guint i = 0; i < linked_services->len; i++)
    {
      g_autoptr(DscService) service = dsc_store_load (store, &dsc_kind_service,
                                                      g_array_index (linked_services, gint64, i), NULL);

      g_ptr_array_add (linked_service_names, g_strdup (service != NULL ? service->name : ""));
    }
  for (guint i = 0; i < linked_associations->len; i++)
    {
      g_autoptr(DscAssociationSummary) summary =
        dsc_store_load_association_summary (store, g_array_index (linked_associations, gint64, i), NULL);

      g_ptr_array_add (linked_association_names, g_strdup (summary != NULL ? summary->name : ""));
    }

  services = dsc_store_list (store, &dsc_kind_service, 0, NULL);
  for (guint i = 0; services != NULL && i < services->len; i++)
    {
      DscService *service = g_ptr_array_index (services, i);

      g_array_append_val (service_ids, service->base.id);
      g_ptr_array_add (service_names, g_strdup (service->name));
      if (service->base.id == follow_up->service_id)
        current_service = g_strdup (service->name);
    }

  if (dsc_store_count (store, &dsc_kind_association, NULL) <= MAX_ALL_ASSOCIATIONS)
    {
      DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
      g_autoptr(GPtrArray) associations = dsc_store_search_associations (store, &filter, NULL);

      for (guint i = 0; associations != NULL && i < associations->len; i++)
        {
          DscAssociationSummary *summary = g_ptr_array_index (associations, i);

          g_array_append_val (all_ids, summary->id);
          g_ptr_array_add (all_names, g_strdup (summary->name));
        }
    }
  if (follow_up->association_id > 0)
    {
      g_autoptr(DscAssociationSummary) summary = dsc_store_load_association_summary (store,
                                                                                   follow_up->association_id,
                                                                                   NULL);

      if (summary != NULL)
        current_association = g_strdup (summary->name);
    }

  add_choices (self, "association", linked_associations, linked_association_names,
               all_ids, all_names, follow_up->association_id, current_association);
  add_choices (self, "service", linked_services, linked_service_names,
               service_ids, service_names, follow_up->service_id, current_service);

  self->loading = TRUE;
  dsc_record_form_set_record (self->form, follow_up);
  self->loading = FALSE;
  update_for_follow_up (self);

  if (follow_up->base.id == 0)
    gtk_widget_grab_focus (dsc_record_form_get_widget (self->form, "what"));

  return GTK_WIDGET (self);
}

GtkWidget *
dsc_follow_up_dialog_get_field_widget (DscFollowUpDialog *self,
                                       const char        *field_name)
{
  g_return_val_if_fail (DSC_IS_FOLLOW_UP_DIALOG (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

gint64
dsc_follow_up_dialog_get_follow_up_id (DscFollowUpDialog *self)
{
  const DscFollowUp *follow_up;

  g_return_val_if_fail (DSC_IS_FOLLOW_UP_DIALOG (self), 0);

  follow_up = current_follow_up (self);
  return follow_up != NULL ? follow_up->base.id : 0;
}

/**
 * dsc_follow_up_dialog_get_problem:
 * @self: the dialog
 *
 * Returns: (nullable): what the store refused, as the dialog says it
 */
const char *
dsc_follow_up_dialog_get_problem (DscFollowUpDialog *self)
{
  g_return_val_if_fail (DSC_IS_FOLLOW_UP_DIALOG (self), NULL);

  return self->problem;
}
