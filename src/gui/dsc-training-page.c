/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Training page: the modules beside the one chosen (AdwLeaflet: one at a
 * time in a narrow window). A module is edited in place; its domains, sessions
 * and certificates follow the store as it changes, refreshed once per burst of
 * changes and, for certificates, row by row so that focus stays where it was. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-gui-util.h"
#include "dsc-progress.h"
#include "dsc-record-form.h"
#include "dsc-session-dialog.h"
#include "dsc-training-page.h"
#include "dsc-window.h"

typedef enum
{
  REFRESH_MODULES      = 1 << 0,
  REFRESH_SESSIONS     = 1 << 1,
  REFRESH_CERTIFICATES = 1 << 2,
  REFRESH_DOMAINS      = 1 << 3,
} RefreshParts;

/* One association's line in the Certificates group. */
typedef struct
{
  gint64     association_id;
  GtkWidget *row;
  GtkWidget *status_label;
  GtkWidget *issued_switch;
} CertificateRow;

struct _DscTrainingPage
{
  GtkWidget            parent_instance;

  GtkStack            *page_stack;
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkListBox          *module_list;
  GtkLabel            *count_label;
  GtkStack            *detail_stack;
  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *module_group;
  AdwPreferencesGroup *description_group;
  AdwPreferencesGroup *domains_group;
  AdwPreferencesGroup *sessions_group;
  AdwPreferencesGroup *certificates_group;

  DscStore            *store;
  gulong               changed_handler;
  DscRecordForm       *form;
  gint64               module_id;          /* the module shown, 0 for none */
  DscFrameworkVersion *version;            /* whose domains are offered */
  GPtrArray           *domain_rows;
  GPtrArray           *domain_checks;      /* GtkCheckButton, "record-id" data */
  GPtrArray           *session_rows;
  GPtrArray           *certificate_rows;   /* widgets in certificates_group */
  GPtrArray           *certificates;       /* CertificateRow, same order */
  guint                refresh_source;
  RefreshParts         pending;
  gboolean             selecting;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (DscTrainingPage, dsc_training_page, GTK_TYPE_WIDGET)

static void show_module (DscTrainingPage *self,
                         gint64           module_id);

static void
report (DscTrainingPage *self,
        const char      *message)
{
  dsc_show_toast (GTK_WIDGET (self), message);
}

static gint64
row_id (gpointer row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "record-id");

  return id != NULL ? *id : 0;
}

static void
set_row_id (gpointer row,
            gint64   id)
{
  g_object_set_data_full (G_OBJECT (row), "record-id", g_memdup2 (&id, sizeof id), g_free);
}

/* "4 sessions · 12 h": what the list says of a module. */
static char *
describe_module (const DscModule *module,
                 int              n_sessions)
{
  g_autofree char *sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions",
                                                            n_sessions),
                                               n_sessions);
  g_autofree char *hours = NULL;

  if (module->planned_minutes < 0)
    return g_steal_pointer (&sessions);

  hours = dsc_format_duration (module->planned_minutes);
  return g_strdup_printf ("%s · %s", sessions, hours);
}

static void
fill_module_row (GtkWidget       *row,
                 const DscModule *module,
                 int              n_sessions)
{
  g_autofree char *subtitle = describe_module (module, n_sessions);

  g_object_set_data_full (G_OBJECT (row), "folded-title", dsc_fold_for_sort (module->title), g_free);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "title-label"), module->title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "subtitle-label"), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, module->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
}

static GtkWidget *
make_module_row (const DscModule *module,
                 int              n_sessions)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  /* Module titles are long ("Accompagnare ai servizi: casa, salute e lavoro"). */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  set_row_id (row, module->base.id);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "subtitle-label", detail);

  fill_module_row (row, module, n_sessions);
  return row;
}

static GtkListBoxRow *
find_module_row (DscTrainingPage *self,
                 gint64           module_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->module_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_id (child) == module_id)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

/* A row is shown when its title holds every word typed, accents and case aside. */
static gboolean
filter_module_row (GtkListBoxRow *row,
                   gpointer       user_data)
{
  DscTrainingPage *self = user_data;
  const char *title = g_object_get_data (G_OBJECT (row), "folded-title");
  g_autofree char *folded = dsc_fold_for_sort (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && (title == NULL || strstr (title, words[i]) == NULL))
      return FALSE;

  return TRUE;
}

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      DscTrainingPage *self)
{
  gtk_list_box_invalidate_filter (self->module_list);
}

static void
on_stop_search_cb (GtkSearchEntry  *entry,
                   DscTrainingPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
update_actions (DscTrainingPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.new-module", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.delete-module", self->module_id > 0);
}

/* How many sessions each module has, from one query: module id -> count. */
static GHashTable *
count_sessions (DscStore  *store,
                GError   **error)
{
  g_autoptr(GPtrArray) sessions = dsc_store_list (store, &dsc_kind_session, 0, error);
  GHashTable *counts;

  if (sessions == NULL)
    return NULL;

  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      DscSession *session = g_ptr_array_index (sessions, i);
      int n = GPOINTER_TO_INT (g_hash_table_lookup (counts, &session->module_id));

      g_hash_table_insert (counts, g_memdup2 (&session->module_id, sizeof (gint64)), GINT_TO_POINTER (n + 1));
    }

  return counts;
}

/* The list of modules, in title order; the module shown stays selected. When
 * the same modules are listed, the rows change in place, so that a title being
 * typed does not make its row jump away. */
static void
refresh_modules (DscTrainingPage *self)
{
  g_autoptr(GPtrArray) modules = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GtkWidget *child;
  GtkListBoxRow *selected;
  guint n_rows = 0;
  gboolean same = TRUE;

  if (self->store == NULL)
    {
      self->selecting = TRUE;
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->module_list))) != NULL)
        gtk_list_box_remove (self->module_list, child);
      self->selecting = FALSE;
      show_module (self, 0);
      gtk_stack_set_visible_child_name (self->page_stack, "empty");
      return;
    }

  modules = dsc_store_list (self->store, &dsc_kind_module, 0, &error);
  if (modules != NULL)
    counts = count_sessions (self->store, &error);
  if (counts == NULL)
    {
      report (self, error->message);
      return;
    }

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < modules->len; i++)
    {
      DscModule *module = g_ptr_array_index (modules, i);

      g_hash_table_insert (by_id, &module->base.id, module);
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->module_list)); child != NULL && same;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      {
        gint64 id = row_id (child);

        same = g_hash_table_contains (by_id, &id);
        n_rows++;
      }
  same = same && n_rows == modules->len;

  if (same)
    {
      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->module_list)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_BOX_ROW (child))
          {
            gint64 id = row_id (child);

            fill_module_row (child, g_hash_table_lookup (by_id, &id),
                             GPOINTER_TO_INT (g_hash_table_lookup (counts, &id)));
          }
    }
  else
    {
      self->selecting = TRUE;
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->module_list))) != NULL)
        gtk_list_box_remove (self->module_list, child);
      self->selecting = FALSE;

      for (guint i = 0; i < modules->len; i++)
        {
          DscModule *module = g_ptr_array_index (modules, i);

          gtk_list_box_append (self->module_list,
                               make_module_row (module, GPOINTER_TO_INT (g_hash_table_lookup (counts,
                                                                                             &module->base.id))));
        }
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u module", "%u modules", modules->len),
                           modules->len);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->page_stack, modules->len > 0 ? "browse" : "empty");

  selected = self->module_id > 0 ? find_module_row (self, self->module_id) : NULL;
  self->selecting = TRUE;
  gtk_list_box_select_row (self->module_list, selected);
  self->selecting = FALSE;

  /* The module shown was deleted meanwhile (an undo elsewhere, an import). */
  if (selected == NULL && self->module_id > 0)
    {
      dsc_record_form_discard (self->form);
      self->module_id = 0;
      show_module (self, 0);
    }
}

/* The heading: the module's title, its sessions and hours. */
static void
update_heading (DscTrainingPage *self,
                int              n_sessions,
                int              session_minutes)
{
  const DscModule *module = dsc_record_form_get_record (self->form);
  g_autofree char *sessions = NULL;
  g_autofree char *held = NULL;
  g_autofree char *subtitle = NULL;

  if (module == NULL)
    return;

  gtk_label_set_text (self->title_label, module->title);

  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session", "%d sessions", n_sessions),
                              n_sessions);
  held = dsc_format_duration (MAX (session_minutes, 0));
  if (module->planned_minutes >= 0)
    {
      g_autofree char *planned = dsc_format_duration (module->planned_minutes);

      /* Translators: "4 sessions · 9 h of 12 h planned". */
      subtitle = g_strdup_printf (_("%s · %s of %s planned"), sessions, held, planned);
    }
  else
    subtitle = g_strdup_printf ("%s · %s", sessions, held);

  gtk_label_set_text (self->subtitle_label, subtitle);
}

/* Domains ------------------------------------------------------------------- */

static void
on_domain_toggled_cb (GtkCheckButton  *check,
                      DscTrainingPage *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  if (self->loading || self->module_id == 0 || self->store == NULL)
    return;

  for (guint i = 0; i < self->domain_checks->len; i++)
    {
      GtkCheckButton *each = g_ptr_array_index (self->domain_checks, i);
      gint64 id = row_id (each);

      if (gtk_check_button_get_active (each))
        g_array_append_val (ids, id);
    }

  if (!dsc_store_set_module_domains (self->store, self->module_id, (const gint64 *) ids->data, ids->len,
                                     &error))
    report (self, error->message);
}

/* One check row per domain the current framework version assesses. */
static void
build_domains (DscTrainingPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version_id;

  dsc_clear_group (self->domains_group, self->domain_rows);
  g_ptr_array_set_size (self->domain_checks, 0);
  g_clear_pointer (&self->version, dsc_framework_version_free);

  if (self->store == NULL)
    return;

  version_id = dsc_store_current_version (self->store, &error);
  if (version_id > 0)
    self->version = dsc_store_load_version (self->store, version_id, &error);
  if (error != NULL)
    {
      report (self, error->message);
      return;
    }

  for (guint i = 0; self->version != NULL && i < self->version->domains->len; i++)
    {
      const DscDomainText *domain = g_ptr_array_index (self->version->domains, i);
      GtkWidget *row, *check;

      if (domain->retired)
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      dsc_row_set_title (row,
                                     dsc_framework_domain_name (self->version, domain));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      set_row_id (check, domain->id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dsc_framework_domain_name (self->version, domain), -1);
      g_signal_connect (check, "toggled", G_CALLBACK (on_domain_toggled_cb), self);
      adw_preferences_group_add (self->domains_group, row);
      g_ptr_array_add (self->domain_rows, row);
      g_ptr_array_add (self->domain_checks, check);
    }
}

static void
load_domains (DscTrainingPage *self)
{
  g_autoptr(GArray) chosen = NULL;
  g_autoptr(GError) error = NULL;

  if (self->module_id == 0 || self->store == NULL)
    return;

  chosen = dsc_store_module_domains (self->store, self->module_id, &error);
  if (chosen == NULL)
    {
      report (self, error->message);
      return;
    }

  self->loading = TRUE;
  for (guint i = 0; i < self->domain_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->domain_checks, i);
      gboolean active = FALSE;

      for (guint j = 0; j < chosen->len && !active; j++)
        active = g_array_index (chosen, gint64, j) == row_id (check);
      gtk_check_button_set_active (check, active);
    }
  self->loading = FALSE;
}

/* Sessions ------------------------------------------------------------------ */

static void
open_session_dialog (DscTrainingPage *self,
                     gint64           session_id)
{
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->module_id == 0 || self->store == NULL)
    return;

  dsc_record_form_flush (self->form);
  dialog = dsc_session_dialog_new (self->store, self->module_id, session_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_session_activated_cb (AdwActionRow    *row,
                         DscTrainingPage *self)
{
  open_session_dialog (self, row_id (row));
}

static void
on_add_session_clicked_cb (GtkButton       *button,
                           DscTrainingPage *self)
{
  open_session_dialog (self, 0);
}

static GtkWidget *
make_placeholder_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  dsc_row_set_title (row, text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* "26/11/2026 · 18:00 · 3 h": when a session is and how long it lasts. */
static char *
describe_session_time (const DscSession *session)
{
  g_autofree char *date = dsc_format_date (session->date);
  g_autofree char *duration = session->duration_minutes >= 0 ? dsc_format_duration (session->duration_minutes)
                                                             : g_strdup ("");

  if (session->start_time != NULL && *session->start_time != '\0')
    return g_strdup_printf ("%s · %s · %s", date, session->start_time, duration);
  return g_strdup_printf ("%s · %s", date, duration);
}

static char *
describe_session_place (const DscSession *session)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (session->title != NULL && *session->title != '\0')
    g_ptr_array_add (parts, session->title);
  if (session->location != NULL && *session->location != '\0')
    g_ptr_array_add (parts, session->location);
  if (session->trainer != NULL && *session->trainer != '\0')
    g_ptr_array_add (parts, session->trainer);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
describe_presence (DscStore         *store,
                   const DscSession *session)
{
  g_autoptr(GPtrArray) rows = dsc_store_session_attendance (store, session->base.id, NULL);
  guint present = 0;

  if (rows == NULL || rows->len == 0)
    return g_strdup (_("Nobody invited"));

  for (guint i = 0; i < rows->len; i++)
    if (((DscAttendanceRow *) g_ptr_array_index (rows, i))->attendance->present)
      present++;

  /* Translators: how many of the invited associations came to a session. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u present", "%u of %u present", rows->len),
                          present, rows->len);
}

static void
refresh_sessions (DscTrainingPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  int total_minutes = 0;

  dsc_clear_group (self->sessions_group, self->session_rows);
  if (self->module_id == 0 || self->store == NULL)
    return;

  sessions = dsc_store_list_by (self->store, &dsc_kind_session, "module", self->module_id, &error);
  if (sessions == NULL)
    {
      report (self, error->message);
      return;
    }

  if (sessions->len == 0)
    {
      GtkWidget *row = make_placeholder_row (_("No sessions planned yet"));

      adw_preferences_group_add (self->sessions_group, row);
      g_ptr_array_add (self->session_rows, row);
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      DscSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *title = describe_session_time (session);
      g_autofree char *subtitle = describe_session_place (session);
      g_autofree char *presence = describe_presence (self->store, session);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (presence);

      total_minutes += MAX (session->duration_minutes, 0);
      dsc_row_set_title (row, title);
      dsc_row_set_subtitle (row, subtitle);
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      set_row_id (row, session->base.id);
      g_signal_connect (row, "activated", G_CALLBACK (on_session_activated_cb), self);
      adw_preferences_group_add (self->sessions_group, row);
      g_ptr_array_add (self->session_rows, row);
    }

  update_heading (self, (int) sessions->len, total_minutes);
}

/* Certificates -------------------------------------------------------------- */

static void
on_certificate_switched_cb (GtkSwitch       *toggle,
                            GParamSpec      *pspec,
                            DscTrainingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  gboolean issued = gtk_switch_get_active (toggle);

  if (self->loading || self->module_id == 0 || self->store == NULL)
    return;

  today = issued ? dsc_clock_today () : NULL;
  if (!dsc_store_set_certificate (self->store, row_id (toggle), self->module_id, issued, today, &error))
    {
      report (self, error->message);
      self->loading = TRUE;
      gtk_switch_set_active (toggle, !issued);
      self->loading = FALSE;
    }
}

/* Hours as people read them; none at all is "0 h", not "0 min". */
static char *
format_hours (int minutes)
{
  if (minutes <= 0)
    /* Translators: no training hours at all. */
    return g_strdup (_("0 h"));

  return dsc_format_duration (minutes);
}

static char *
describe_attended (const DscModuleTraining *training)
{
  g_autofree char *attended = format_hours (training->attended_minutes);
  g_autofree char *total = format_hours (training->total_minutes);
  int percent = training->total_minutes > 0
                ? (int) ((gint64) training->attended_minutes * 100 / training->total_minutes) : 0;
  char *text;

  /* Translators: "9 h of 12 h attended (75%)". */
  text = g_strdup_printf (_("%s of %s attended (%d%%)"), attended, total, percent);

  if (training->certificate_issued && training->certificate_date != NULL)
    {
      g_autofree char *date = dsc_format_date (training->certificate_date);
      g_autofree char *line = text;

      /* Translators: the hours attended, then when the certificate was given. */
      text = g_strdup_printf (_("%s · certificate given on %s"), line, date);
    }

  return text;
}

static void
fill_certificate_row (DscTrainingPage         *self,
                      CertificateRow          *line,
                      const DscModuleTraining *training)
{
  g_autofree char *subtitle = describe_attended (training);
  g_autofree char *switch_label = NULL;

  dsc_row_set_title (line->row, training->name);
  dsc_row_set_subtitle (line->row, subtitle);

  gtk_label_set_text (GTK_LABEL (line->status_label),
                      training->qualifies ? _("Qualifies") : C_("certificate", "Not yet"));
  if (training->qualifies)
    {
      gtk_widget_add_css_class (line->status_label, "success");
      gtk_widget_remove_css_class (line->status_label, "dim-label");
    }
  else
    {
      gtk_widget_add_css_class (line->status_label, "dim-label");
      gtk_widget_remove_css_class (line->status_label, "success");
    }

  self->loading = TRUE;
  gtk_switch_set_active (GTK_SWITCH (line->issued_switch), training->certificate_issued);
  self->loading = FALSE;

  /* Translators: the accessible name of the switch on a certificate row. */
  switch_label = g_strdup_printf (_("Certificate given to %s"), training->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (line->issued_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  switch_label, -1);
}

static CertificateRow *
make_certificate_row (DscTrainingPage         *self,
                      const DscModuleTraining *training)
{
  CertificateRow *line = g_new0 (CertificateRow, 1);

  line->association_id = training->association_id;
  line->row = adw_action_row_new ();
  line->status_label = gtk_label_new (NULL);
  line->issued_switch = gtk_switch_new ();

  gtk_widget_set_valign (line->issued_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (line->issued_switch, _("Certificate given"));
  set_row_id (line->issued_switch, training->association_id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (line->row), line->status_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (line->row), line->issued_switch);
  g_signal_connect (line->issued_switch, "notify::active", G_CALLBACK (on_certificate_switched_cb), self);

  fill_certificate_row (self, line, training);
  return line;
}

static void
update_threshold_text (DscTrainingPage *self,
                       GPtrArray       *summary)
{
  const DscModule *module = dsc_record_form_get_record (self->form);
  int threshold = module != NULL ? module->threshold_percent : DSC_DEFAULT_THRESHOLD_PERCENT;
  int total = 0;
  g_autofree char *text = NULL;

  if (summary != NULL && summary->len > 0)
    {
      const DscModuleTraining *first = g_ptr_array_index (summary, 0);

      threshold = first->threshold_percent;
      total = first->total_minutes;
    }

  if (total > 0)
    {
      g_autofree char *needed = dsc_format_duration ((int) (((gint64) total * threshold + 99) / 100));
      g_autofree char *all = dsc_format_duration (total);

      text = g_strdup_printf (_("An association qualifies once it has attended %d%% of the hours of all "
                                "this module’s sessions, those still to come included: %s of %s. Switch "
                                "the certificate on once it has been given."),
                              threshold, needed, all);
    }
  else
    text = g_strdup_printf (_("An association qualifies once it has attended %d%% of the hours of all "
                              "this module’s sessions, those still to come included. Switch the "
                              "certificate on once it has been given."),
                            threshold);

  adw_preferences_group_set_description (self->certificates_group, text);
}

static void
refresh_certificates (DscTrainingPage *self)
{
  g_autoptr(GPtrArray) summary = NULL;
  g_autoptr(GError) error = NULL;
  gboolean same = self->certificates->len > 0;

  if (self->module_id == 0 || self->store == NULL)
    {
      dsc_clear_group (self->certificates_group, self->certificate_rows);
      g_ptr_array_set_size (self->certificates, 0);
      return;
    }

  summary = dsc_store_module_summary (self->store, self->module_id, &error);
  if (summary == NULL)
    {
      report (self, error->message);
      return;
    }
  update_threshold_text (self, summary);

  /* The same associations as before: change the rows in place, so that a
   * switch just flipped keeps the keyboard focus. */
  same = same && summary->len == self->certificates->len;
  for (guint i = 0; same && i < summary->len; i++)
    same = ((DscModuleTraining *) g_ptr_array_index (summary, i))->association_id
           == ((CertificateRow *) g_ptr_array_index (self->certificates, i))->association_id;

  if (same)
    {
      for (guint i = 0; i < summary->len; i++)
        fill_certificate_row (self, g_ptr_array_index (self->certificates, i), g_ptr_array_index (summary, i));
      return;
    }

  dsc_clear_group (self->certificates_group, self->certificate_rows);
  g_ptr_array_set_size (self->certificates, 0);

  if (summary->len == 0)
    {
      GtkWidget *row = make_placeholder_row (_("No association invited to a session yet"));

      adw_preferences_group_add (self->certificates_group, row);
      g_ptr_array_add (self->certificate_rows, row);
      return;
    }

  for (guint i = 0; i < summary->len; i++)
    {
      CertificateRow *line = make_certificate_row (self, g_ptr_array_index (summary, i));

      adw_preferences_group_add (self->certificates_group, line->row);
      g_ptr_array_add (self->certificate_rows, line->row);
      g_ptr_array_add (self->certificates, line);
    }
}

/* Refreshing ---------------------------------------------------------------- */

static void
refresh_now (DscTrainingPage *self,
             RefreshParts     parts)
{
  if (parts & REFRESH_DOMAINS)
    {
      build_domains (self);
      load_domains (self);
    }
  if (parts & REFRESH_MODULES)
    refresh_modules (self);
  if (parts & REFRESH_SESSIONS)
    refresh_sessions (self);
  if (parts & REFRESH_CERTIFICATES)
    refresh_certificates (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscTrainingPage *self = user_data;
  RefreshParts parts = self->pending;

  self->refresh_source = 0;
  self->pending = 0;
  refresh_now (self, parts);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore        *store,
                     const char      *kind,
                     gint64           id,
                     DscTrainingPage *self)
{
  RefreshParts parts = 0;

  if (g_str_equal (kind, "module") || g_str_equal (kind, "session"))
    parts = REFRESH_MODULES | REFRESH_SESSIONS | REFRESH_CERTIFICATES;
  else if (g_str_equal (kind, "attendance") || g_str_equal (kind, "certificate")
           || g_str_equal (kind, "association"))
    parts = REFRESH_SESSIONS | REFRESH_CERTIFICATES;
  else if (g_str_has_prefix (kind, "framework") || g_str_equal (kind, "domain"))
    parts = REFRESH_DOMAINS;

  if (parts == 0)
    return;

  /* A burst of changes (an invitation of many, an undo) refreshes once. */
  self->pending |= parts;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

/* Showing a module ---------------------------------------------------------- */

static void
show_module (DscTrainingPage *self,
             gint64           module_id)
{
  g_autoptr(GError) error = NULL;
  DscModule *module = NULL;

  if (module_id > 0 && module_id == self->module_id && dsc_record_form_get_record (self->form) != NULL)
    return;

  dsc_record_form_flush (self->form);

  if (module_id > 0 && self->store != NULL)
    {
      module = dsc_store_load (self->store, &dsc_kind_module, module_id, &error);
      if (module == NULL)
        report (self, error->message);
    }

  self->module_id = module != NULL ? module_id : 0;
  dsc_record_form_set_record (self->form, module);
  update_actions (self);

  if (module == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      refresh_now (self, REFRESH_SESSIONS | REFRESH_CERTIFICATES);
      return;
    }

  load_domains (self);
  refresh_now (self, REFRESH_SESSIONS | REFRESH_CERTIFICATES);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
on_module_selected_cb (GtkListBox      *list,
                       GtkListBoxRow   *row,
                       DscTrainingPage *self)
{
  if (self->selecting)
    return;

  show_module (self, row != NULL ? row_id (row) : 0);
}

static void
on_module_activated_cb (GtkListBox      *list,
                        GtkListBoxRow   *row,
                        DscTrainingPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_leaflet_folded_cb (AdwLeaflet      *leaflet,
                      GParamSpec      *pspec,
                      DscTrainingPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (leaflet));
}

static void
on_back_clicked_cb (GtkButton       *button,
                    DscTrainingPage *self)
{
  GtkListBoxRow *row = find_module_row (self, self->module_id);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_form_saved_cb (DscRecordForm   *form,
                  gint64           id,
                  DscTrainingPage *self)
{
  const DscModule *module = dsc_record_form_get_record (form);

  if (module != NULL)
    gtk_label_set_text (self->title_label, module->title);
}

static void
on_form_failed_cb (DscRecordForm   *form,
                   const char      *message,
                   DscTrainingPage *self)
{
  report (self, message);
}

/* Actions ------------------------------------------------------------------- */

static void
new_module_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DscTrainingPage *self = DSC_TRAINING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!dsc_training_page_add_new (self, &error))
    report (self, error->message);
}

typedef struct
{
  DscStore *store;
  gint64    module_id;
} UndoDelete;

static void
undo_delete_free (gpointer data,
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

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_module, undo->module_id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
delete_module_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DscTrainingPage *self = DSC_TRAINING_PAGE (widget);
  const DscModule *module = dsc_record_form_get_record (self->form);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast;
  UndoDelete *undo;

  if (self->store == NULL || module == NULL || module->base.id == 0)
    return;

  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_module, module->base.id, &error))
    {
      report (self, error->message);
      return;
    }

  message = g_strdup_printf (_("“%s” was deleted, with its sessions"), module->title);
  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (self->store);
  undo->module_id = module->base.id;

  dsc_record_form_discard (self->form);
  self->module_id = 0;
  refresh_modules (self);
  show_module (self, 0);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->module_list));

  toast = dsc_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), undo,
                         undo_delete_free, 0);
  if (DSC_IS_WINDOW (root))
    dsc_window_add_toast (DSC_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* GObject ------------------------------------------------------------------- */

static void
dsc_training_page_dispose (GObject *object)
{
  DscTrainingPage *self = DSC_TRAINING_PAGE (object);
  GtkWidget *child;

  /* The list empties itself as it goes: that is not a choice of the user. */
  self->selecting = TRUE;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);

  /* The form stores what is pending and lets go of the rows before they go. */
  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->version, dsc_framework_version_free);
  g_clear_pointer (&self->domain_rows, g_ptr_array_unref);
  g_clear_pointer (&self->domain_checks, g_ptr_array_unref);
  g_clear_pointer (&self->session_rows, g_ptr_array_unref);
  g_clear_pointer (&self->certificate_rows, g_ptr_array_unref);
  g_clear_pointer (&self->certificates, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_TRAINING_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dsc_training_page_parent_class)->dispose (object);
}

static void
dsc_training_page_class_init (DscTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_training_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, module_list);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, module_group);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, description_group);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, domains_group);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, DscTrainingPage, certificates_group);
  /* Reachable by name for the tests, as a user reaches them. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_first_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_module_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_session_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_module_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_module_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_session_clicked_cb);

  gtk_widget_class_install_action (widget_class, "training.new-module", NULL, new_module_action);
  gtk_widget_class_install_action (widget_class, "training.delete-module", NULL, delete_module_action);
  /* Inside the Training page, Ctrl+N adds a module rather than an association. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "training.new-module", NULL);
}

static void
dsc_training_page_init (DscTrainingPage *self)
{
  GtkEventController *shortcuts;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->domain_rows = g_ptr_array_new ();
  self->domain_checks = g_ptr_array_new ();
  self->session_rows = g_ptr_array_new ();
  self->certificate_rows = g_ptr_array_new ();
  self->certificates = g_ptr_array_new_with_free_func (g_free);

  self->form = dsc_record_form_new (&dsc_kind_module);
  dsc_record_form_add_field (self->form, self->module_group, "title");
  dsc_record_form_add_field (self->form, self->module_group, "planned_minutes");
  dsc_record_form_add_field (self->form, self->module_group, "threshold_percent");
  dsc_record_form_add_long_text (self->form, self->description_group, "description");
  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);

  /* Delete acts on the module chosen in the list, never inside a text field. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                            gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("training.delete-module")));
  gtk_widget_add_controller (GTK_WIDGET (self->module_list), shortcuts);

  placeholder = gtk_label_new (_("No module has these words in its title."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->module_list, placeholder);
  gtk_list_box_set_filter_func (self->module_list, filter_module_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->module_list));

  update_actions (self);
  on_leaflet_folded_cb (self->leaflet, NULL, self);
}

/* Public API ---------------------------------------------------------------- */

/**
 * dsc_training_page_set_store:
 * @self: the page
 * @store: (nullable): the store to show
 */
void
dsc_training_page_set_store (DscTrainingPage *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_TRAINING_PAGE (self));

  dsc_record_form_flush (self->form);
  dsc_record_form_set_record (self->form, NULL);
  self->module_id = 0;
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->pending = 0;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  dsc_record_form_set_store (self->form, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  refresh_now (self, REFRESH_DOMAINS | REFRESH_MODULES);
  show_module (self, 0);
}

/**
 * dsc_training_page_add_new:
 * @self: the page
 * @error: return location for a #GError
 *
 * Adds a module titled "New module", shows it and puts the cursor in its title.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_training_page_add_new (DscTrainingPage  *self,
                           GError          **error)
{
  g_autoptr(DscModule) module = dsc_record_new (&dsc_kind_module);
  GtkWidget *title;

  g_return_val_if_fail (DSC_IS_TRAINING_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  dsc_record_form_flush (self->form);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  module->title = g_strdup (_("New module"));
  if (!dsc_store_insert (self->store, module, error))
    return FALSE;

  refresh_modules (self);
  dsc_training_page_select (self, module->base.id);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  title = dsc_record_form_get_widget (self->form, "title");
  gtk_widget_grab_focus (title);
  gtk_editable_select_region (GTK_EDITABLE (title), 0, -1);
  return TRUE;
}

/**
 * dsc_training_page_select:
 * @self: the page
 * @module_id: a module's row id
 *
 * Returns: %TRUE when it is in the list and now shown
 */
gboolean
dsc_training_page_select (DscTrainingPage *self,
                          gint64           module_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (DSC_IS_TRAINING_PAGE (self), FALSE);

  row = find_module_row (self, module_id);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->module_list, row);
  show_module (self, module_id);
  return TRUE;
}

gint64
dsc_training_page_get_module_id (DscTrainingPage *self)
{
  g_return_val_if_fail (DSC_IS_TRAINING_PAGE (self), 0);

  return self->module_id;
}

/**
 * dsc_training_page_get_field_widget:
 * @self: the page
 * @field_name: a field of the module record
 *
 * Returns: (transfer none) (nullable): the row that edits it (tests use this)
 */
GtkWidget *
dsc_training_page_get_field_widget (DscTrainingPage *self,
                                    const char      *field_name)
{
  g_return_val_if_fail (DSC_IS_TRAINING_PAGE (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}

/**
 * dsc_training_page_flush:
 * @self: the page
 *
 * Stores what is being typed into the module shown.
 */
void
dsc_training_page_flush (DscTrainingPage *self)
{
  g_return_if_fail (DSC_IS_TRAINING_PAGE (self));

  dsc_record_form_flush (self->form);
}
