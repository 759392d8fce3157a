/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A training session: its details, edited in place, and its attendance list,
 * made for taking attendance quickly: invite several associations at once,
 * mark them all present, untick the few who did not come, with the keyboard
 * alone if need be. Each change is stored as it is made. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-gui-util.h"
#include "dsc-record-form.h"
#include "dsc-session-dialog.h"
#include "dsc-window.h"

/* The chooser never makes more rows than this: with thousands of associations,
 * typing narrows the list instead. */
#define MAX_INVITE_ROWS 50

/* One invited association's line in the Attendance group. */
typedef struct
{
  DscSessionDialog *dialog;
  DscAttendanceRow *data;
  GtkWidget        *row;
  GtkWidget        *check;
  GtkWidget        *spin;
  GtkWidget        *warning;
} AttendanceLine;

struct _DscSessionDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *attendance_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *delete_group;
  GtkLabel            *totals_label;
  GtkWidget           *invite_button;
  GtkPopover          *invite_popover;
  GtkSearchEntry      *invite_search_entry;
  GtkListBox          *invite_list;
  GtkLabel            *invite_hint_label;
  GtkWidget           *invite_confirm_button;

  DscStore            *store;
  DscRecordForm       *form;
  char                *module_title;
  GPtrArray           *attendance_rows;   /* widgets in attendance_group */
  GPtrArray           *lines;             /* AttendanceLine, same order */
  GHashTable          *invited;           /* association ids (gint64 *) on the list */
  GHashTable          *chosen;            /* association ids ticked in the chooser */
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (DscSessionDialog, dsc_session_dialog, ADW_TYPE_WINDOW)

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

static void
add_id (GHashTable *set,
        gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static void
attendance_line_free (AttendanceLine *line)
{
  dsc_attendance_row_free (line->data);
  g_free (line);
}

static const DscSession *
current_session (DscSessionDialog *self)
{
  return dsc_record_form_get_record (self->form);
}

static gint64
session_id (DscSessionDialog *self)
{
  const DscSession *session = current_session (self);

  return session != NULL ? session->base.id : 0;
}

static void
show_problem (DscSessionDialog *self,
              const char       *message)
{
  AdwToast *toast = dsc_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* "8 of 10 associations present · 14 participants", under the list. */
static void
update_totals (DscSessionDialog *self)
{
  g_autofree char *present_text = NULL;
  g_autofree char *participants_text = NULL;
  g_autofree char *text = NULL;
  guint present = 0;
  int participants = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), self->lines->len > 0);
  if (self->lines->len == 0)
    return;

  for (guint i = 0; i < self->lines->len; i++)
    {
      AttendanceLine *line = g_ptr_array_index (self->lines, i);

      if (line->data->attendance->present)
        {
          present++;
          participants += line->data->attendance->participants;
        }
    }

  present_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u association present",
                                               "%u of %u associations present", self->lines->len),
                                  present, self->lines->len);
  participants_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d participant", "%d participants",
                                                    participants),
                                       participants);
  /* Translators: "8 of 10 associations present · 14 participants". */
  text = g_strdup_printf (_("%s · %s"), present_text, participants_text);
  gtk_label_set_text (self->totals_label, text);
}

/* The line's subtitle: the association's members, or a warning when more
 * people came than it has members (allowed: members bring friends). */
static void
update_line_subtitle (AttendanceLine *line)
{
  const DscAttendance *attendance = line->data->attendance;
  int members = line->data->members;
  gboolean too_many = members >= 0 && attendance->present && attendance->participants > members;
  g_autofree char *subtitle = NULL;

  if (too_many)
    subtitle = g_strdup_printf (_("More participants than members (%d)"), members);
  else if (members >= 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members", members), members);
  else
    subtitle = g_strdup ("");

  dsc_row_set_subtitle (line->row, subtitle);
  gtk_widget_set_visible (line->warning, too_many);
}

static gboolean
store_line (AttendanceLine *line)
{
  DscSessionDialog *self = line->dialog;
  g_autoptr(GError) error = NULL;

  if (!dsc_store_update (self->store, line->data->attendance, &error))
    {
      show_problem (self, error->message);
      return FALSE;
    }

  return TRUE;
}

static void
on_present_toggled_cb (GtkCheckButton *check,
                       AttendanceLine *line)
{
  DscSessionDialog *self = line->dialog;
  gboolean present = gtk_check_button_get_active (check);

  if (self->loading)
    return;

  line->data->attendance->present = present;
  if (!store_line (line))
    {
      line->data->attendance->present = !present;
      self->loading = TRUE;
      gtk_check_button_set_active (check, !present);
      self->loading = FALSE;
    }

  gtk_widget_set_sensitive (line->spin, line->data->attendance->present);
  update_line_subtitle (line);
  update_totals (self);
}

static void
on_participants_changed_cb (GtkSpinButton  *spin,
                            AttendanceLine *line)
{
  DscSessionDialog *self = line->dialog;
  int before = line->data->attendance->participants;

  if (self->loading)
    return;

  line->data->attendance->participants = gtk_spin_button_get_value_as_int (spin);
  if (!store_line (line))
    {
      line->data->attendance->participants = before;
      self->loading = TRUE;
      gtk_spin_button_set_value (spin, before);
      self->loading = FALSE;
    }

  update_line_subtitle (line);
  update_totals (self);
}

static void reload_attendance (DscSessionDialog *self);

static void
on_undo_uninvite_cb (AdwToast         *toast,
                     DscSessionDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (self->store, &dsc_kind_attendance, object_id (toast), &error))
    show_problem (self, error->message);
  reload_attendance (self);
}

static void
on_uninvite_clicked_cb (GtkButton      *button,
                        AttendanceLine *line)
{
  DscSessionDialog *self = line->dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 attendance_id = line->data->attendance->base.id;
  AdwToast *toast;

  if (!dsc_store_delete_record (self->store, &dsc_kind_attendance, attendance_id, &error))
    {
      show_problem (self, error->message);
      return;
    }

  message = g_strdup_printf (_("“%s” is no longer on this session’s list"), line->data->association_name);
  toast = dsc_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  set_object_id (toast, attendance_id);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_uninvite_cb), self, 0);

  /* The line (and this button) go away now: nothing of it is used after this. */
  reload_attendance (self);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_grab_focus (self->invite_button);
}

static AttendanceLine *
make_line (DscSessionDialog *self,
           DscAttendanceRow *data)
{
  AttendanceLine *line = g_new0 (AttendanceLine, 1);
  const DscAttendance *attendance = data->attendance;
  GtkWidget *remove;
  g_autofree char *spin_label = NULL;
  g_autofree char *check_label = NULL;
  g_autofree char *remove_label = NULL;

  line->dialog = self;
  line->data = data;
  line->row = adw_action_row_new ();
  line->check = gtk_check_button_new ();
  line->spin = gtk_spin_button_new_with_range (0, 999, 1);
  line->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  remove = gtk_button_new_from_icon_name ("window-close-symbolic");

  dsc_row_set_title (line->row, data->association_name);
  set_object_id (line->row, attendance->association_id);

  /* The row is the keyboard stop for "present": Space or Enter ticks it, Tab
   * goes on to the participants and then to the next association. */
  gtk_widget_set_valign (line->check, GTK_ALIGN_CENTER);
  gtk_widget_set_focusable (line->check, FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (line->check), attendance->present);
  /* Translators: the accessible name of the check box on an attendance row. */
  check_label = g_strdup_printf (_("%s was present"), data->association_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  gtk_widget_set_tooltip_text (line->check, _("Present"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (line->row), line->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (line->row), line->check);

  gtk_widget_add_css_class (line->warning, "warning");
  gtk_widget_set_tooltip_text (line->warning, _("More participants than the association has members"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (line->row), line->warning);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (line->spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (line->spin), attendance->participants);
  gtk_editable_set_width_chars (GTK_EDITABLE (line->spin), 3);
  gtk_widget_set_valign (line->spin, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (line->spin, attendance->present);
  gtk_widget_set_tooltip_text (line->spin, _("How many people came from this association"));
  /* Translators: the accessible name of the participants field of an attendance row. */
  spin_label = g_strdup_printf (_("Participants from %s"), data->association_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->spin), GTK_ACCESSIBLE_PROPERTY_LABEL, spin_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (line->row), line->spin);

  gtk_widget_set_name (remove, "uninvite");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Take off this session’s list"));
  /* Translators: the accessible name of the button that uninvites an association. */
  remove_label = g_strdup_printf (_("Take %s off this session’s list"), data->association_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (line->row), remove);

  g_signal_connect (line->check, "toggled", G_CALLBACK (on_present_toggled_cb), line);
  g_signal_connect (line->spin, "value-changed", G_CALLBACK (on_participants_changed_cb), line);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_uninvite_clicked_cb), line);

  update_line_subtitle (line);
  return line;
}

static void
add_placeholder (DscSessionDialog *self,
                 const char       *title,
                 const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  dsc_row_set_title (row, title);
  dsc_row_set_subtitle (row, subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_group_add (self->attendance_group, row);
  g_ptr_array_add (self->attendance_rows, row);
}

static void
reload_attendance (DscSessionDialog *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = session_id (self);

  self->loading = TRUE;
  dsc_clear_group (self->attendance_group, self->attendance_rows);
  g_ptr_array_set_size (self->lines, 0);
  g_hash_table_remove_all (self->invited);
  self->loading = FALSE;

  if (id == 0 || self->store == NULL)
    {
      add_placeholder (self, _("Not ready yet"),
                       _("Attendance can be taken once the session has a date and a duration."));
      update_totals (self);
      return;
    }

  rows = dsc_store_session_attendance (self->store, id, &error);
  if (rows == NULL)
    {
      show_problem (self, error->message);
      return;
    }

  if (rows->len == 0)
    add_placeholder (self, _("Nobody invited yet"),
                     _("Invite the associations expected at this session, then tick those that came."));

  self->loading = TRUE;
  while (rows->len > 0)
    {
      DscAttendanceRow *data = g_ptr_array_steal_index (rows, 0);
      AttendanceLine *line = make_line (self, data);

      add_id (self->invited, data->attendance->association_id);
      adw_preferences_group_add (self->attendance_group, line->row);
      g_ptr_array_add (self->attendance_rows, line->row);
      g_ptr_array_add (self->lines, line);
    }
  self->loading = FALSE;

  update_totals (self);
}

static void
update_for_session (DscSessionDialog *self)
{
  gboolean stored = session_id (self) > 0;

  adw_window_title_set_subtitle (self->window_title, self->module_title != NULL ? self->module_title : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendance_group), stored);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_group), stored);
  update_totals (self);
}

static void
on_form_saved_cb (DscRecordForm    *form,
                  gint64            id,
                  DscSessionDialog *self)
{
  gboolean first = self->lines->len == 0;

  update_for_session (self);
  if (first)
    reload_attendance (self);
}

static void
on_form_failed_cb (DscRecordForm    *form,
                   const char       *message,
                   DscSessionDialog *self)
{
  show_problem (self, message);
}

static void
on_mark_all_clicked_cb (GtkButton        *button,
                        DscSessionDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (session_id (self) == 0)
    return;

  if (!dsc_store_mark_all_present (self->store, session_id (self), &error))
    show_problem (self, error->message);
  reload_attendance (self);
}

/* The invitation chooser ---------------------------------------------------- */

static void
update_confirm_button (DscSessionDialog *self)
{
  guint n = g_hash_table_size (self->chosen);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("_Invite"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Invite %u Association", "_Invite %u Associations", n),
                             n);
  gtk_button_set_label (GTK_BUTTON (self->invite_confirm_button), label);
  gtk_widget_set_sensitive (self->invite_confirm_button, n > 0);
}

static void
on_invite_check_toggled_cb (GtkCheckButton   *check,
                            DscSessionDialog *self)
{
  gint64 id = object_id (check);

  if (self->loading || g_hash_table_contains (self->invited, &id))
    return;

  if (gtk_check_button_get_active (check))
    add_id (self->chosen, id);
  else
    g_hash_table_remove (self->chosen, &id);
  update_confirm_button (self);
}

static char *
describe_place (const DscAssociationSummary *summary)
{
  if (summary->municipality != NULL && *summary->municipality != '\0')
    return g_strdup (summary->municipality);
  if (summary->province >= 0)
    return g_strdup (dsc_enum_label (&dsc_enum_province, summary->province));
  return g_strdup ("");
}

static void
fill_invite_list (DscSessionDialog *self)
{
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint shown;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->invite_list))) != NULL)
    gtk_list_box_remove (self->invite_list, child);
  self->loading = FALSE;

  filter.text = gtk_editable_get_text (GTK_EDITABLE (self->invite_search_entry));
  found = dsc_store_search_associations (self->store, &filter, &error);
  if (found == NULL)
    {
      gtk_label_set_text (self->invite_hint_label, error->message);
      return;
    }

  shown = MIN (found->len, MAX_INVITE_ROWS);
  self->loading = TRUE;
  for (guint i = 0; i < shown; i++)
    {
      const DscAssociationSummary *summary = g_ptr_array_index (found, i);
      gboolean already = g_hash_table_contains (self->invited, &summary->id);
      g_autofree char *place = describe_place (summary);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      dsc_row_set_title (row, summary->name);
      dsc_row_set_subtitle (row, already ? _("Already on the list") : place);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_focusable (check, FALSE);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   already || g_hash_table_contains (self->chosen, &summary->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, summary->name, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_sensitive (row, !already);
      set_object_id (row, summary->id);
      set_object_id (check, summary->id);
      g_signal_connect (check, "toggled", G_CALLBACK (on_invite_check_toggled_cb), self);
      gtk_list_box_append (self->invite_list, row);
    }
  self->loading = FALSE;

  if (found->len == 0)
    gtk_label_set_text (self->invite_hint_label, _("No association matches these words."));
  else if (found->len > shown)
    {
      g_autofree char *hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The first %u of %u association are shown. Type part of a name, town or community to find the others.",
                                                            "The first %u of %u associations are shown. Type part of a name, town or community to find the others.",
                                                            found->len),
                                               shown, found->len);
      gtk_label_set_text (self->invite_hint_label, hint);
    }
  else
    gtk_label_set_text (self->invite_hint_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->invite_hint_label), found->len == 0 || found->len > shown);
}

static void
on_invite_search_changed_cb (GtkSearchEntry   *entry,
                             DscSessionDialog *self)
{
  fill_invite_list (self);
}

/* Enter in the search ticks the first match that is not on the list yet. */
static void
on_invite_search_activate_cb (GtkSearchEntry   *entry,
                              DscSessionDialog *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->invite_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_sensitive (row))
      {
        GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
        return;
      }
}

static void
on_invite_clicked_cb (GtkButton        *button,
                      DscSessionDialog *self)
{
  GtkWidget *popover = GTK_WIDGET (self->invite_popover);

  /* A new session is stored first, so that there is something to invite to. */
  dsc_record_form_flush (self->form);
  if (session_id (self) == 0)
    return;

  /* The chooser points at whichever of the two buttons (wide, narrow) was used. */
  if (gtk_widget_get_parent (popover) != GTK_WIDGET (button))
    {
      gtk_widget_unparent (popover);
      gtk_widget_set_parent (popover, GTK_WIDGET (button));
    }

  g_hash_table_remove_all (self->chosen);
  update_confirm_button (self);
  fill_invite_list (self);
  gtk_popover_popup (self->invite_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->invite_search_entry));
}

static void
on_invite_closed_cb (GtkPopover       *popover,
                     DscSessionDialog *self)
{
  g_hash_table_remove_all (self->chosen);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->invite_search_entry), "");
  self->loading = FALSE;
}

static void
on_invite_confirm_clicked_cb (GtkButton        *button,
                              DscSessionDialog *self)
{
  g_autoptr(GList) ids = g_hash_table_get_keys (self->chosen);
  gint64 id = session_id (self);

  for (GList *l = ids; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (!dsc_store_invite (self->store, id, *(gint64 *) l->data, &error))
        {
          show_problem (self, error->message);
          break;
        }
    }

  gtk_popover_popdown (self->invite_popover);
  g_hash_table_remove_all (self->chosen);
  reload_attendance (self);
}

/* Deleting ------------------------------------------------------------------ */

typedef struct
{
  DscStore *store;
  gint64    session_id;
} UndoDelete;

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  UndoDelete *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
on_undo_delete_cb (AdwToast   *toast,
                   UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_session, undo->session_id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
on_delete_clicked_cb (GtkButton        *button,
                      DscSessionDialog *self)
{
  const DscSession *session = current_session (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;
  AdwToast *toast;
  UndoDelete *undo;

  if (session == NULL || session->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_session, session->base.id, &error))
    {
      show_problem (self, error->message);
      return;
    }

  date = dsc_format_date (session->date);
  /* Translators: the date of the session that was deleted. */
  message = g_strdup_printf (_("The session of %s was deleted"), date);
  toast = dsc_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (self->store);
  undo->session_id = session->base.id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), undo, undo_delete_free, 0);

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));

  /* Undo is offered in the main window, which stays after this dialog closes. */
  if (DSC_IS_WINDOW (parent))
    dsc_window_add_toast (DSC_WINDOW (parent), toast);
  else
    g_object_unref (toast);
}

/* GObject ------------------------------------------------------------------- */

static gboolean
dsc_session_dialog_close_request (GtkWindow *window)
{
  DscSessionDialog *self = DSC_SESSION_DIALOG (window);

  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_session_dialog_parent_class)->close_request (window);
}

static void
dsc_session_dialog_dispose (GObject *object)
{
  DscSessionDialog *self = DSC_SESSION_DIALOG (object);

  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  if (self->invite_popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->invite_popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->invite_popover));
  g_clear_object (&self->store);
  g_clear_pointer (&self->module_title, g_free);
  g_clear_pointer (&self->attendance_rows, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->invited, g_hash_table_unref);
  g_clear_pointer (&self->chosen, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_SESSION_DIALOG);

  G_OBJECT_CLASS (dsc_session_dialog_parent_class)->dispose (object);
}

static void
dsc_session_dialog_class_init (DscSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_session_dialog_dispose;
  window_class->close_request = dsc_session_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, details_group);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, delete_group);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, totals_label);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_button);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_popover);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_list);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_hint_label);
  gtk_widget_class_bind_template_child (widget_class, DscSessionDialog, invite_confirm_button);
  gtk_widget_class_bind_template_child_full (widget_class, "mark_all_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "delete_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_mark_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_confirm_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}

static void
dsc_session_dialog_init (DscSessionDialog *self)
{
  static const char * const detail_fields[] = {
    "date", "start_time", "duration_minutes", "title", "location", "trainer",
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->attendance_rows = g_ptr_array_new ();
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) attendance_line_free);
  self->invited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->invite_popover), self->invite_button);

  self->form = dsc_record_form_new (&dsc_kind_session);
  for (guint i = 0; i < G_N_ELEMENTS (detail_fields); i++)
    dsc_record_form_add_field (self->form, self->details_group, detail_fields[i]);
  dsc_record_form_add_long_text (self->form, self->notes_group, "notes");

  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
}

/**
 * dsc_session_dialog_new:
 * @store: the store
 * @module_id: the module the session belongs to
 * @session_id: the session to show, or 0 to add one
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_session_dialog_new (DscStore *store,
                        gint64    module_id,
                        gint64    session_id)
{
  DscSessionDialog *self = g_object_new (DSC_TYPE_SESSION_DIALOG, NULL);
  g_autoptr(DscModule) module = NULL;
  g_autoptr(GError) error = NULL;
  DscSession *session = NULL;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  dsc_record_form_set_store (self->form, store);

  if (session_id > 0)
    {
      session = dsc_store_load (store, &dsc_kind_session, session_id, &error);
      if (session == NULL)
        show_problem (self, error->message);
      else
        module_id = session->module_id;
      g_clear_error (&error);
    }

  if (session == NULL)
    {
      session = dsc_record_new (&dsc_kind_session);
      session->module_id = module_id;
    }

  module = dsc_store_load (store, &dsc_kind_module, module_id, NULL);
  if (module != NULL)
    self->module_title = g_strdup (module->title);

  dsc_record_form_set_record (self->form, session);
  update_for_session (self);
  reload_attendance (self);

  /* A new session starts with its date; a stored one with its attendance. */
  if (session->base.id == 0)
    gtk_widget_grab_focus (dsc_record_form_get_widget (self->form, "date"));
  else if (self->lines->len > 0)
    gtk_widget_grab_focus (((AttendanceLine *) g_ptr_array_index (self->lines, 0))->row);
  else
    gtk_widget_grab_focus (self->invite_button);

  return GTK_WIDGET (self);
}

gint64
dsc_session_dialog_get_session_id (DscSessionDialog *self)
{
  g_return_val_if_fail (DSC_IS_SESSION_DIALOG (self), 0);

  return session_id (self);
}

GtkWidget *
dsc_session_dialog_get_field_widget (DscSessionDialog *self,
                                     const char       *field_name)
{
  g_return_val_if_fail (DSC_IS_SESSION_DIALOG (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

/**
 * dsc_session_dialog_get_attendance_row:
 * @self: the dialog
 * @association_id: an invited association
 *
 * Returns: (transfer none) (nullable): its row on the attendance list; the
 *   row's activatable widget is the "present" check box
 */
GtkWidget *
dsc_session_dialog_get_attendance_row (DscSessionDialog *self,
                                       gint64            association_id)
{
  g_return_val_if_fail (DSC_IS_SESSION_DIALOG (self), NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      AttendanceLine *line = g_ptr_array_index (self->lines, i);

      if (line->data->attendance->association_id == association_id)
        return line->row;
    }

  return NULL;
}

/**
 * dsc_session_dialog_get_invite_row:
 * @self: the dialog
 * @association_id: an association
 *
 * Returns: (transfer none) (nullable): its row in the invitation chooser, when shown
 */
GtkWidget *
dsc_session_dialog_get_invite_row (DscSessionDialog *self,
                                   gint64            association_id)
{
  g_return_val_if_fail (DSC_IS_SESSION_DIALOG (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->invite_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (object_id (row) == association_id)
      return row;

  return NULL;
}
