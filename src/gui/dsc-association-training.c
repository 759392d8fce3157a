/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's Training section: the hours and sessions it attended, where
 * it stands in each module (certificates included), the hours per domain, and
 * every session it was invited to, newest first. Read only: attendance is
 * taken in the session itself, which a row opens. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-association-training.h"
#include "dsc-gui-util.h"
#include "dsc-progress.h"
#include "dsc-session-dialog.h"

struct _DscAssociationTraining
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  GtkLabel            *hours_label;
  GtkLabel            *sessions_label;
  AdwPreferencesGroup *modules_group;
  AdwPreferencesGroup *domains_group;
  AdwPreferencesGroup *sessions_group;

  DscStore            *store;
  gulong               changed_handler;
  gint64               association_id;
  GPtrArray           *module_rows;
  GPtrArray           *domain_rows;
  GPtrArray           *session_rows;
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (DscAssociationTraining, dsc_association_training, GTK_TYPE_WIDGET)

/* Hours as people read them; none at all is "0 h", not "0 min". */
static char *
format_hours (int minutes)
{
  if (minutes <= 0)
    /* Translators: no training hours at all. */
    return g_strdup (_("0 h"));

  return dsc_format_duration (minutes);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  dsc_row_set_title (row, title);
  if (subtitle != NULL && *subtitle != '\0')
    dsc_row_set_subtitle (row, subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

static GtkWidget *
add_suffix_label (GtkWidget  *row,
                  const char *text,
                  const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return label;
}

static void
add_placeholder (AdwPreferencesGroup *group,
                 GPtrArray           *rows,
                 const char          *text)
{
  GtkWidget *row = add_row (group, rows, text, NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
}

static void
fill_modules (DscAssociationTraining *self,
              const DscProgress      *progress)
{
  for (guint i = 0; i < progress->modules->len; i++)
    {
      const DscModuleTraining *training = g_ptr_array_index (progress->modules, i);
      g_autofree char *attended = format_hours (training->attended_minutes);
      g_autofree char *total = format_hours (training->total_minutes);
      g_autofree char *subtitle = NULL;
      g_autofree char *status = NULL;
      int percent = training->total_minutes > 0
                    ? (int) ((gint64) training->attended_minutes * 100 / training->total_minutes) : 0;
      GtkWidget *row;

      /* Translators: "9 h of 12 h attended (75%)". */
      subtitle = g_strdup_printf (_("%s of %s attended (%d%%)"), attended, total, percent);
      if (training->certificate_issued && training->certificate_date != NULL)
        {
          g_autofree char *date = dsc_format_date (training->certificate_date);
          g_autofree char *line = g_steal_pointer (&subtitle);

          /* Translators: the hours attended, then when the certificate was given. */
          subtitle = g_strdup_printf (_("%s · certificate given on %s"), line, date);
        }
      row = add_row (self->modules_group, self->module_rows, training->name, subtitle);

      if (training->certificate_issued)
        status = g_strdup (_("Certificate given"));
      else if (training->qualifies)
        status = g_strdup (_("Qualifies"));
      else
        status = g_strdup (C_("certificate", "Not yet"));

      add_suffix_label (row, status,
                        training->certificate_issued || training->qualifies ? "success" : "dim-label");
    }
}

static void
fill_domains (DscAssociationTraining *self,
              const DscProgress      *progress)
{
  if (progress->domain_training->len == 0)
    {
      add_placeholder (self->domains_group, self->domain_rows,
                       _("The modules attended are not linked to any domain yet"));
      return;
    }

  for (guint i = 0; i < progress->domain_training->len; i++)
    {
      const DscDomainTraining *training = g_ptr_array_index (progress->domain_training, i);
      g_autofree char *hours = format_hours (training->minutes);
      GtkWidget *row = add_row (self->domains_group, self->domain_rows, training->name, NULL);

      add_suffix_label (row, hours, NULL);
    }
}

static void
on_session_activated_cb (AdwActionRow           *row,
                         DscAssociationTraining *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "session-id");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (id == NULL || self->store == NULL)
    return;

  dialog = dsc_session_dialog_new (self->store, 0, *id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_sessions (DscAssociationTraining *self,
               GPtrArray              *sessions)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      const DscSessionAttended *session = g_ptr_array_index (sessions, i);
      g_autofree char *date = dsc_format_date (session->date);
      g_autofree char *title = g_strdup_printf ("%s · %s", date, session->module_title);
      g_autofree char *duration = format_hours (session->duration_minutes);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (session->present)
        {
          g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d participant",
                                                                  "%d participants", session->participants),
                                                     session->participants);

          /* Translators: "Present · 3 participants · 2 h". */
          subtitle = g_strdup_printf (_("Present · %s · %s"), people, duration);
        }
      else
        /* Translators: "Absent · 2 h" (the session's length). */
        subtitle = g_strdup_printf (_("Absent · %s"), duration);

      row = add_row (self->sessions_group, self->session_rows, title, subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                    session->present ? "object-select-symbolic" : "window-close-symbolic");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "session-id",
                              g_memdup2 (&session->session_id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_session_activated_cb), self);
    }
}

static void
refresh (DscAssociationTraining *self)
{
  g_autoptr(DscProgress) progress = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *attended = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  dsc_clear_group (self->modules_group, self->module_rows);
  dsc_clear_group (self->domains_group, self->domain_rows);
  dsc_clear_group (self->sessions_group, self->session_rows);

  if (self->store == NULL || self->association_id <= 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  sessions = dsc_store_association_sessions (self->store, self->association_id, &error);
  if (sessions != NULL)
    progress = dsc_progress_compute (self->store, self->association_id, &error);
  if (progress == NULL)
    {
      dsc_show_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (sessions->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  hours = format_hours (progress->training_minutes);
  gtk_label_set_text (self->hours_label, hours);
  /* Translators: sessions attended out of those the association was invited to. */
  attended = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %u", "%d of %u", sessions->len),
                              progress->sessions_attended, sessions->len);
  gtk_label_set_text (self->sessions_label, attended);

  fill_modules (self, progress);
  fill_domains (self, progress);
  fill_sessions (self, sessions);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscAssociationTraining *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore               *store,
                     const char             *kind,
                     gint64                  id,
                     DscAssociationTraining *self)
{
  if (self->association_id <= 0)
    return;

  if (g_str_equal (kind, "attendance") || g_str_equal (kind, "session") || g_str_equal (kind, "module")
      || g_str_equal (kind, "certificate") || g_str_equal (kind, "domain")
      || g_str_has_prefix (kind, "framework"))
    {
      /* Inviting many at once is a burst of changes: refresh once after it. */
      if (self->refresh_source == 0)
        self->refresh_source = g_idle_add (refresh_idle_cb, self);
    }
}

static void
dsc_association_training_dispose (GObject *object)
{
  DscAssociationTraining *self = DSC_ASSOCIATION_TRAINING (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->module_rows, g_ptr_array_unref);
  g_clear_pointer (&self->domain_rows, g_ptr_array_unref);
  g_clear_pointer (&self->session_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSOCIATION_TRAINING);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_association_training_parent_class)->dispose (object);
}

static void
dsc_association_training_class_init (DscAssociationTrainingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_association_training_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-association-training.ui");
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, hours_label);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, modules_group);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, domains_group);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationTraining, sessions_group);
}

static void
dsc_association_training_init (DscAssociationTraining *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->module_rows = g_ptr_array_new ();
  self->domain_rows = g_ptr_array_new ();
  self->session_rows = g_ptr_array_new ();
}

void
dsc_association_training_set_store (DscAssociationTraining *self,
                                    DscStore               *store)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));

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
 * dsc_association_training_show:
 * @self: the section
 * @association_id: an association's row id, or 0 to show nothing
 */
void
dsc_association_training_show (DscAssociationTraining *self,
                               gint64                  association_id)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));

  self->association_id = association_id;
  refresh (self);
}

/* Nothing is edited here; a refresh still waiting is done now. */
void
dsc_association_training_flush (DscAssociationTraining *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_TRAINING (self));

  if (self->refresh_source != 0)
    refresh (self);
}
