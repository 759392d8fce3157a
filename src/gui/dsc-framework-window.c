/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The competence framework editor: each domain with its name, what it covers
 * and what each level looks like, stored as typed. A version no assessment uses
 * is changed in place; the first change to a version in use starts a draft,
 * which the trainer publishes when it is ready.
 *
 * The built-in texts are shown translated but stored as their English source:
 * a field is stored as shown only when it differs from the translation of what
 * the database holds, so the fields a trainer did not touch keep their source
 * text and go on following the user's language. */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-framework-window.h"
#include "dsc-gui-util.h"

#define SAVE_DELAY_MS 400

typedef struct _DomainEditor DomainEditor;

struct _DscFrameworkWindow
{
  AdwWindow            parent_instance;

  GtkWidget           *draft_strip;
  GtkLabel            *draft_label;
  GtkButton           *publish_button;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *framework_group;
  AdwActionRow        *version_row;
  AdwPreferencesGroup *domains_group;
  GtkMenuButton       *add_domain_menu;
  GtkEntry            *add_domain_entry;
  GtkButton           *add_domain_button;

  DscStore            *store;
  DscFrameworkVersion *version;        /* the version shown, which edits go to */
  char                *current_label;  /* the published version new assessments use */
  GPtrArray           *editors;        /* DomainEditor, in the order shown */
};

struct _DomainEditor
{
  DscFrameworkWindow *window;          /* borrowed: owns the editor */
  gint64              domain_id;

  /* As the database holds them: English source text for the built-in framework. */
  char               *name;
  char               *description;
  char              **descriptors;
  gboolean            retired;

  /* Borrowed: owned by the domains group. */
  AdwExpanderRow     *row;
  GtkEntry           *name_entry;
  GtkWidget          *problem_row;
  GtkTextView        *description_view;
  GPtrArray          *level_views;     /* GtkTextView, one per level */
  GtkSwitch          *retired_switch;

  gboolean            loading;
  guint               save_source;
};

G_DEFINE_FINAL_TYPE (DscFrameworkWindow, dsc_framework_window, ADW_TYPE_WINDOW)

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Loaded text is where Undo stops: it cannot empty the field. */
static void
text_view_load (GtkTextView *view,
                const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

/* What to store for a field that shows @shown and holds @stored. */
static const char *
text_to_store (DscFrameworkWindow *self,
               const char         *stored,
               const char         *shown)
{
  if (same_text (shown, dsc_framework_text (self->version, stored)))
    return stored;

  return shown;
}

static void
show_error (DscFrameworkWindow *self,
            const GError       *error)
{
  dsc_show_toast (GTK_WIDGET (self->toast_overlay), error->message);
}

static void
update_header (DscFrameworkWindow *self)
{
  const DscFrameworkVersion *version = self->version;
  const char *current = self->current_label != NULL ? self->current_label : version->label;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *strip = NULL;

  if (!version->published)
    {
      title = g_strdup_printf (_("Draft of version %s · not used yet"), version->label);
      subtitle = g_strdup_printf (_("New assessments use version %s until this draft is published."),
                                  current);
      strip = g_strdup_printf (_("You are editing a new version (draft %s). Assessments already "
                                 "recorded keep version %s. Publish it when it is ready."),
                               version->label, current);
    }
  else if (version->n_assessments == 0)
    {
      title = g_strdup_printf (_("Version %s · not used yet"), version->label);
      subtitle = g_strdup (_("Not used by any assessment yet: changes apply at once."));
    }
  else
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Version %s · in use by %d assessment",
                                            "Version %s · in use by %d assessments",
                                            version->n_assessments),
                               version->label, version->n_assessments);
      subtitle = g_strdup_printf (_("Your first change starts a new draft; assessments already "
                                    "recorded keep version %s."),
                                  version->label);
    }

  dsc_row_set_title (self->version_row, title);
  adw_action_row_set_subtitle (self->version_row, subtitle);
  adw_action_row_set_icon_name (self->version_row, version->published ? NULL : "document-edit-symbolic");
  gtk_label_set_text (self->draft_label, strip != NULL ? strip : "");
  gtk_widget_set_visible (self->draft_strip, strip != NULL);
}

/* Shows @version_id from now on; the rows stay, since domains keep their ids
 * from one version to the next. */
static gboolean
load_version (DscFrameworkWindow  *self,
              gint64               version_id,
              GError             **error)
{
  g_autoptr(DscFrameworkVersion) version = dsc_store_load_version (self->store, version_id, error);
  g_autoptr(DscFramework) framework = NULL;
  gint64 current_id;

  if (version == NULL)
    return FALSE;

  g_clear_pointer (&self->current_label, g_free);
  current_id = dsc_store_current_version (self->store, NULL);
  if (current_id == version->id)
    self->current_label = g_strdup (version->label);
  else if (current_id > 0)
    {
      g_autoptr(DscFrameworkVersion) current = dsc_store_load_version (self->store, current_id, NULL);

      if (current != NULL)
        self->current_label = g_strdup (current->label);
    }

  framework = dsc_store_load (self->store, &dsc_kind_framework, version->framework_id, NULL);
  {
    g_autofree char *title = dsc_markup (dsc_framework_text (version, version->framework_name));
    g_autofree char *description = dsc_markup (framework != NULL
                                               ? dsc_framework_text (version, framework->description) : NULL);

    adw_preferences_group_set_title (self->framework_group, title);
    adw_preferences_group_set_description (self->framework_group, description);
  }

  g_clear_pointer (&self->version, dsc_framework_version_free);
  self->version = g_steal_pointer (&version);
  update_header (self);
  return TRUE;
}

/* Typed text goes through dsc_row_set_title/subtitle, which escape it:
 * AdwExpanderRow 1.2 reads both as markup. */
static void
update_domain_row (DomainEditor *editor)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->name_entry))));

  dsc_row_set_title (editor->row, *name != '\0' ? name : dsc_framework_text (editor->window->version, editor->name));

  if (gtk_switch_get_active (editor->retired_switch))
    {
      dsc_row_set_subtitle (editor->row, _("Retired: left out of new assessments; the assessments "
                                           "already made keep it."));
      adw_expander_row_set_icon_name (editor->row, "action-unavailable-symbolic");
    }
  else
    {
      g_autofree char *description = text_view_get_text (editor->description_view);

      dsc_row_set_subtitle (editor->row, description);
      adw_expander_row_set_icon_name (editor->row, NULL);
    }
}

static void
show_name_problem (DomainEditor *editor,
                   gboolean      empty)
{
  GtkWidget *entry = GTK_WIDGET (editor->name_entry);

  gtk_widget_set_visible (editor->problem_row, empty);
  if (empty)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               empty ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Stores the domain as it is shown, if that differs from what is stored. An
 * empty name is refused: the stored one is kept, and the other fields go on. */
static gboolean
domain_editor_save (DomainEditor *editor)
{
  DscFrameworkWindow *self = editor->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown_levels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *shown_name = NULL;
  g_autofree char *shown_description = NULL;
  g_autofree const char **descriptors = NULL;
  const char *name, *description;
  gboolean retired, changed;
  guint levels = editor->level_views->len;
  gint64 version_id;

  g_clear_handle_id (&editor->save_source, g_source_remove);

  shown_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->name_entry))));
  shown_description = text_view_get_text (editor->description_view);
  retired = gtk_switch_get_active (editor->retired_switch);

  name = *shown_name != '\0' ? text_to_store (self, editor->name, shown_name) : editor->name;
  description = text_to_store (self, editor->description, shown_description);
  changed = !same_text (name, editor->name) || !same_text (description, editor->description)
            || retired != editor->retired;

  descriptors = g_new0 (const char *, levels + 1);
  for (guint i = 0; i < levels; i++)
    {
      char *shown = text_view_get_text (g_ptr_array_index (editor->level_views, i));

      g_ptr_array_add (shown_levels, shown);
      descriptors[i] = text_to_store (self, editor->descriptors[i], shown);
      changed = changed || !same_text (descriptors[i], editor->descriptors[i]);
    }

  if (!changed)
    return TRUE;

  version_id = dsc_store_editable_version (self->store, &error);
  if (version_id < 0)
    {
      show_error (self, error);
      return FALSE;
    }

  if (!dsc_store_set_domain_text (self->store, version_id, editor->domain_id, name, description,
                                  descriptors, retired, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  /* The new texts first: name and the others may point at the old ones. */
  {
    char *new_name = g_strdup (name);
    char *new_description = g_strdup (description);
    char **new_descriptors = g_strdupv ((char **) descriptors);

    g_free (editor->name);
    g_free (editor->description);
    g_strfreev (editor->descriptors);
    editor->name = new_name;
    editor->description = new_description;
    editor->descriptors = new_descriptors;
    editor->retired = retired;
  }

  /* The first change to a version in use went to a new draft: say so. */
  if (version_id != self->version->id)
    {
      if (!load_version (self, version_id, &error))
        show_error (self, error);
    }

  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  DomainEditor *editor = user_data;

  editor->save_source = 0;
  domain_editor_save (editor);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (DomainEditor *editor)
{
  g_clear_handle_id (&editor->save_source, g_source_remove);
  editor->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, editor);
}

static void
on_name_changed_cb (GtkEditable  *editable,
                    DomainEditor *editor)
{
  g_autofree char *name = NULL;

  if (editor->loading)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  show_name_problem (editor, *name == '\0');
  update_domain_row (editor);
  schedule_save (editor);
}

static void
on_text_changed_cb (GtkTextBuffer *buffer,
                    DomainEditor  *editor)
{
  if (editor->loading)
    return;

  if (buffer == gtk_text_view_get_buffer (editor->description_view))
    update_domain_row (editor);
  schedule_save (editor);
}

static void
on_retired_changed_cb (GtkSwitch    *sw,
                       GParamSpec   *pspec,
                       DomainEditor *editor)
{
  if (editor->loading)
    return;

  update_domain_row (editor);
  domain_editor_save (editor);
}

static void
domain_editor_free (DomainEditor *editor)
{
  g_clear_handle_id (&editor->save_source, g_source_remove);

  g_signal_handlers_disconnect_by_data (editor->name_entry, editor);
  g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (editor->description_view), editor);
  for (guint i = 0; i < editor->level_views->len; i++)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (g_ptr_array_index (editor->level_views, i)),
                                          editor);
  g_signal_handlers_disconnect_by_data (editor->retired_switch, editor);

  g_free (editor->name);
  g_free (editor->description);
  g_strfreev (editor->descriptors);
  g_ptr_array_unref (editor->level_views);
  g_free (editor);
}

/* A row with a title over its input, so that every field of a domain reads
 * the same way: its name, and the texts of a few sentences. */
static void
add_field_row (DomainEditor *editor,
               const char   *title,
               GtkWidget    *input)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), input);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_expander_row_add_row (editor->row, row);
}

/* A text of a few sentences: a wrapping text view, so that the whole
 * descriptor stays in sight while it is rewritten. */
static GtkTextView *
add_text_row (DomainEditor *editor,
              const char   *title)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 56);
  gtk_widget_add_css_class (view, "long-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  add_field_row (editor, title, frame);

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_text_changed_cb), editor);
  return GTK_TEXT_VIEW (view);
}

static DomainEditor *
domain_editor_new (DscFrameworkWindow  *self,
                   const DscDomainText *domain)
{
  const DscFrameworkVersion *version = self->version;
  DomainEditor *editor = g_new0 (DomainEditor, 1);
  GtkWidget *retired_row;

  editor->window = self;
  editor->domain_id = domain->id;
  editor->name = g_strdup (domain->name);
  editor->description = g_strdup (domain->description);
  editor->descriptors = g_new0 (char *, version->scale_levels + 1);
  for (int i = 0; i < version->scale_levels; i++)
    editor->descriptors[i] = g_strdup (domain->descriptors != NULL && domain->descriptors[i] != NULL
                                       ? domain->descriptors[i] : "");
  editor->retired = domain->retired;
  editor->level_views = g_ptr_array_new ();

  editor->row = ADW_EXPANDER_ROW (adw_expander_row_new ());

  editor->name_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  add_field_row (editor, _("Name"), GTK_WIDGET (editor->name_entry));

  editor->problem_row = adw_action_row_new ();
  dsc_row_set_title (editor->problem_row,
                                 _("A domain needs a name. Until it has one, the previous name is kept."));
  adw_action_row_set_icon_name (ADW_ACTION_ROW (editor->problem_row), "dialog-warning-symbolic");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (editor->problem_row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (editor->problem_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (editor->problem_row), FALSE);
  gtk_widget_add_css_class (editor->problem_row, "field-problem");
  gtk_widget_set_visible (editor->problem_row, FALSE);
  adw_expander_row_add_row (editor->row, editor->problem_row);

  editor->description_view = add_text_row (editor, _("What it covers"));
  for (int level = 1; level <= version->scale_levels; level++)
    {
      /* Translators: a level of the assessment scale, its number and its name: "1 · Clear need" */
      g_autofree char *title = g_strdup_printf (_("%d · %s"), level,
                                                dsc_framework_level_label (version, level));

      g_ptr_array_add (editor->level_views, add_text_row (editor, title));
    }

  retired_row = adw_action_row_new ();
  dsc_row_set_title (retired_row, _("Retired"));
  dsc_row_set_subtitle (retired_row,
                               _("New assessments leave a retired domain out; the assessments "
                                 "already made keep it, with their history."));
  editor->retired_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (editor->retired_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (retired_row), GTK_WIDGET (editor->retired_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (retired_row), GTK_WIDGET (editor->retired_switch));
  adw_expander_row_add_row (editor->row, retired_row);

  editor->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (editor->name_entry), dsc_framework_domain_name (version, domain));
  text_view_load (editor->description_view, dsc_framework_text (version, domain->description));
  for (int level = 1; level <= version->scale_levels; level++)
    text_view_load (g_ptr_array_index (editor->level_views, level - 1),
                    dsc_framework_descriptor (version, domain, level));
  gtk_switch_set_active (editor->retired_switch, domain->retired);
  editor->loading = FALSE;
  update_domain_row (editor);

  g_signal_connect (editor->name_entry, "changed", G_CALLBACK (on_name_changed_cb), editor);
  g_signal_connect (editor->retired_switch, "notify::active", G_CALLBACK (on_retired_changed_cb), editor);

  adw_preferences_group_add (self->domains_group, GTK_WIDGET (editor->row));
  return editor;
}

static DomainEditor *
find_editor (DscFrameworkWindow *self,
             gint64              domain_id)
{
  for (guint i = 0; self->editors != NULL && i < self->editors->len; i++)
    {
      DomainEditor *editor = g_ptr_array_index (self->editors, i);

      if (editor->domain_id == domain_id)
        return editor;
    }

  return NULL;
}

static void
on_publish_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        DscFrameworkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 version_id;

  if (!g_str_equal (response, "publish") || self->version == NULL || self->version->published)
    return;

  dsc_framework_window_flush (self);
  version_id = self->version->id;
  if (!dsc_store_publish_version (self->store, version_id, &error)
      || !load_version (self, version_id, &error))
    {
      show_error (self, error);
      return;
    }

  message = g_strdup_printf (_("Version %s is published: new assessments use it."), self->version->label);
  adw_toast_overlay_add_toast (self->toast_overlay, dsc_toast_new (message));
}

static void
on_publish_clicked_cb (GtkButton          *button,
                       DscFrameworkWindow *self)
{
  const char *current;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->version == NULL || self->version->published)
    return;

  dsc_framework_window_flush (self);
  current = self->current_label != NULL ? self->current_label : "";
  heading = g_strdup_printf (_("Publish Version %s?"), self->version->label);
  body = g_strdup_printf (_("New assessments will use version %s from now on. Assessments already "
                            "recorded keep version %s and are read as they were made."),
                          self->version->label, current);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "publish", _("_Publish"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "publish", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "publish");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_publish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_domain_entry_changed_cb (GtkEditable        *editable,
                                DscFrameworkWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_domain_button), *name != '\0');
}

static void
on_add_domain_popover_show_cb (GtkWidget          *popover,
                               DscFrameworkWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->add_domain_entry));
}

static void
on_add_domain_activate_cb (GtkWidget          *widget,
                           DscFrameworkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_domain_entry))));
  const DscDomainText *domain;
  DomainEditor *editor;
  gint64 version_id, domain_id;

  if (*name == '\0' || self->version == NULL)
    return;

  dsc_framework_window_flush (self);
  version_id = dsc_store_editable_version (self->store, &error);
  if (version_id < 0
      || (domain_id = dsc_store_add_domain (self->store, version_id, name, &error)) < 0
      || !load_version (self, version_id, &error))
    {
      show_error (self, error);
      return;
    }

  domain = dsc_framework_version_find (self->version, domain_id);
  g_return_if_fail (domain != NULL);
  editor = domain_editor_new (self, domain);
  g_ptr_array_add (self->editors, editor);

  gtk_editable_set_text (GTK_EDITABLE (self->add_domain_entry), "");
  gtk_menu_button_popdown (self->add_domain_menu);
  adw_expander_row_set_expanded (editor->row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (editor->description_view));
}

static gboolean
dsc_framework_window_close_request (GtkWindow *window)
{
  dsc_framework_window_flush (DSC_FRAMEWORK_WINDOW (window));

  return GTK_WINDOW_CLASS (dsc_framework_window_parent_class)->close_request (window);
}

static void
dsc_framework_window_dispose (GObject *object)
{
  DscFrameworkWindow *self = DSC_FRAMEWORK_WINDOW (object);

  if (self->editors != NULL)
    {
      dsc_framework_window_flush (self);
      g_clear_pointer (&self->editors, g_ptr_array_unref);
    }
  g_clear_pointer (&self->version, dsc_framework_version_free);
  g_clear_pointer (&self->current_label, g_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_FRAMEWORK_WINDOW);

  G_OBJECT_CLASS (dsc_framework_window_parent_class)->dispose (object);
}

static void
dsc_framework_window_class_init (DscFrameworkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_framework_window_dispose;
  window_class->close_request = dsc_framework_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-framework-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, draft_strip);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, draft_label);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, publish_button);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, framework_group);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, version_row);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, domains_group);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, add_domain_menu);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, add_domain_entry);
  gtk_widget_class_bind_template_child (widget_class, DscFrameworkWindow, add_domain_button);
  gtk_widget_class_bind_template_callback (widget_class, on_publish_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_domain_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_domain_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_domain_activate_cb);
}

static void
dsc_framework_window_init (DscFrameworkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_editor_free);
}

/**
 * dsc_framework_window_new:
 * @store: the store whose framework to edit
 *
 * Shows the draft when there is one, else the current version.
 *
 * Returns: (transfer floating): the framework editor
 */
GtkWidget *
dsc_framework_window_new (DscStore *store)
{
  DscFrameworkWindow *self = g_object_new (DSC_TYPE_FRAMEWORK_WINDOW, NULL);
  g_autoptr(GError) error = NULL;
  gint64 version_id;

  self->store = g_object_ref (store);

  version_id = dsc_store_draft_version (store, &error);
  if (version_id == 0)
    version_id = dsc_store_current_version (store, &error);
  if (version_id == 0)
    g_set_error_literal (&error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                         _("This database has no competence framework."));

  if (version_id <= 0 || !load_version (self, version_id, &error))
    {
      show_error (self, error);
      gtk_widget_set_sensitive (GTK_WIDGET (self->domains_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->framework_group), FALSE);
      return GTK_WIDGET (self);
    }

  for (guint i = 0; i < self->version->domains->len; i++)
    g_ptr_array_add (self->editors, domain_editor_new (self, g_ptr_array_index (self->version->domains, i)));

  return GTK_WIDGET (self);
}

/**
 * dsc_framework_window_get_version_id:
 * @self: a framework editor
 *
 * Returns: the version shown, which edits go to (a new draft after the first
 *   change to a version in use)
 */
gint64
dsc_framework_window_get_version_id (DscFrameworkWindow *self)
{
  g_return_val_if_fail (DSC_IS_FRAMEWORK_WINDOW (self), 0);

  return self->version != NULL ? self->version->id : 0;
}

/**
 * dsc_framework_window_get_domain_widget:
 * @self: a framework editor
 * @domain_id: a domain's row id
 * @part: "row" (the expander), "name", "problem" (the explanation under an
 *   empty name), "description", "level-N" (from 1) or "retired"
 *
 * Returns: (transfer none) (nullable): that widget
 */
GtkWidget *
dsc_framework_window_get_domain_widget (DscFrameworkWindow *self,
                                        gint64              domain_id,
                                        const char         *part)
{
  DomainEditor *editor;

  g_return_val_if_fail (DSC_IS_FRAMEWORK_WINDOW (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  editor = find_editor (self, domain_id);
  if (editor == NULL)
    return NULL;

  if (g_str_equal (part, "row"))
    return GTK_WIDGET (editor->row);
  if (g_str_equal (part, "name"))
    return GTK_WIDGET (editor->name_entry);
  if (g_str_equal (part, "problem"))
    return editor->problem_row;
  if (g_str_equal (part, "description"))
    return GTK_WIDGET (editor->description_view);
  if (g_str_equal (part, "retired"))
    return GTK_WIDGET (editor->retired_switch);
  if (g_str_has_prefix (part, "level-"))
    {
      guint64 level = g_ascii_strtoull (part + strlen ("level-"), NULL, 10);

      if (level >= 1 && level <= editor->level_views->len)
        return g_ptr_array_index (editor->level_views, level - 1);
    }

  return NULL;
}

/**
 * dsc_framework_window_flush:
 * @self: a framework editor
 *
 * Stores at once what was typed and is still waiting to be stored.
 */
void
dsc_framework_window_flush (DscFrameworkWindow *self)
{
  g_return_if_fail (DSC_IS_FRAMEWORK_WINDOW (self));

  if (self->store == NULL || self->editors == NULL)
    return;

  for (guint i = 0; i < self->editors->len; i++)
    {
      DomainEditor *editor = g_ptr_array_index (self->editors, i);

      if (editor->save_source != 0)
        domain_editor_save (editor);
    }
}
