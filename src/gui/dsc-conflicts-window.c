/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conflict log: when an import met a record that both sides had changed,
 * the version that lost was kept (DESIGN.md "Exchange files"). Each entry says
 * what the record is, which side won and when, shows what the lost version
 * held, field by field in the user's language, and can be restored: the lost
 * version comes back as an edit made now. */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dsc-conflicts-window.h"
#include "dsc-enums.h"
#include "dsc-exchange.h"
#include "dsc-gui-util.h"
#include "dsc-validate.h"

/* Entries listed, newest first. */
#define MAX_ENTRIES 200
/* Characters of a long text shown in an entry. */
#define MAX_VALUE_CHARS 240

struct _DscConflictsWindow
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwPreferencesGroup *conflicts_group;

  DscWindow           *main_window;
  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (DscConflictsWindow, dsc_conflicts_window, ADW_TYPE_WINDOW)

static void refresh (DscConflictsWindow *self);

/* One field of the lost version as a person reads it, or NULL to leave it out
 * (references to other records, which are uuids, and empty values). */
static char *
describe_value (const DscField *field,
                JsonNode       *node)
{
  g_autofree char *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || field->type == DSC_FIELD_REF)
    return NULL;

  switch (field->type)
    {
    case DSC_FIELD_ENUM:
      {
        int value = dsc_enum_from_code (field->enumeration, json_node_get_string (node));

        text = g_strdup (value >= 0 ? dsc_enum_label (field->enumeration, value) : json_node_get_string (node));
      }
      break;

    case DSC_FIELD_BOOL:
      text = g_strdup (json_node_get_boolean (node) ? _("Yes") : _("No"));
      break;

    case DSC_FIELD_INT:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    case DSC_FIELD_DURATION:
      {
        gint64 minutes = json_node_get_int (node);

        /* Translators: a duration in hours and minutes: "2 h 30 min". */
        text = g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
      }
      break;

    case DSC_FIELD_DATE:
      text = dsc_format_date (json_node_get_string (node));
      break;

    case DSC_FIELD_TEXT:
    case DSC_FIELD_TIME:
    case DSC_FIELD_FLAGS:
    case DSC_FIELD_REF:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        text = g_strdup (json_node_get_string (node));
      break;
    }

  if (text == NULL || *text == '\0')
    return NULL;

  if (g_utf8_strlen (text, -1) > MAX_VALUE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_VALUE_CHARS);

      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&text);
}

/* What the lost version held, one "Field: value" line per field. */
static char *
describe_version (const DscConflict *conflict)
{
  const DscKind *kind = dsc_exchange_kind_record (conflict->kind);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *object;

  if (kind == NULL || !json_parser_load_from_data (parser, conflict->losing_json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  object = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (object, "deleted_at"))
    g_string_append (text, _("This version was a deletion."));

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      g_autofree char *value = describe_value (field, json_object_get_member (object, field->name));

      if (value == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", dsc_field_label (field), value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
restore (DscConflictsWindow *self,
         gint64              conflict_id)
{
  DscStore *store = self->main_window != NULL ? dsc_window_get_store (self->main_window) : NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (store == NULL)
    return;

  dsc_window_flush (self->main_window);
  if (!dsc_store_restore_conflict (store, conflict_id, &error))
    {
      toast = dsc_toast_new (error->message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  dsc_window_reload (self->main_window);
  refresh (self);
  adw_toast_overlay_add_toast (self->toast_overlay, dsc_toast_new (_("The saved version is back in place")));
}

static void
on_restore_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        DscConflictsWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "conflict-id");

  if (g_str_equal (response, "restore"))
    restore (self, *id);
}

/* Restoring replaces what is there now, here and, at the next exchange, on
 * the other computers, and the version it replaces is not kept: ask first. */
static void
on_restore_clicked_cb (GtkButton          *button,
                       DscConflictsWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "conflict-id");
  const char *title = g_object_get_data (G_OBJECT (button), "record-title");
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the question before a version from the conflict log replaces the current one; %s is "Associations: Al Amal". */
  body = g_strdup_printf (_("The saved version of “%s” will replace the one on this computer now, and on the other computers at the next exchange. The version it replaces is not kept."),
                          title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Version?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "conflict-id", g_memdup2 (id, sizeof *id), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_restore_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_row (DscConflictsWindow *self,
          const DscConflict  *conflict)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *when = dsc_format_timestamp (conflict->logged_at);
  g_autofree char *subtitle = NULL;
  g_autofree char *held = describe_version (conflict);
  /* The file's name says enough; its folder was on another computer. */
  g_autofree char *source = conflict->source != NULL ? g_path_get_basename (conflict->source) : g_strdup ("?");
  GtkWidget *label;

  /* Translators: a record in the conflict log: its kind, then what it is: "Meetings: Tavolo salute". */
  title = g_strdup_printf (_("%s: %s"), dsc_exchange_kind_label (conflict->kind),
                           conflict->label != NULL ? conflict->label : conflict->uuid);
  if (conflict->restored_at != NULL)
    {
      g_autofree char *restored = dsc_format_timestamp (conflict->restored_at);

      /* Translators: the saved version of a conflict was restored: "Restored on 26/11/2026 10:00". */
      subtitle = g_strdup_printf (_("Restored on %s"), restored);
    }
  else if (conflict->file_won)
    /* Translators: "Replaced on 26/11/2026 10:00 by the version in “office.discorsi”". */
    subtitle = g_strdup_printf (_("Replaced on %s by the version in “%s”"), when, source);
  else
    /* Translators: "Not taken from “office.discorsi” on 26/11/2026 10:00: this computer’s version was newer". */
    subtitle = g_strdup_printf (_("Not taken from “%s” on %s: this computer’s version was newer"),
                                source, when);

  dsc_row_set_title (row, title);
  dsc_row_set_subtitle (row, subtitle);

  if (conflict->restored_at == NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));
      g_autofree char *accessible = g_strdup_printf (_("Restore the saved version of %s"), title);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Put this version back in place of the current one"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (button), "conflict-id",
                              g_memdup2 (&conflict->id, sizeof conflict->id), g_free);
      g_object_set_data_full (G_OBJECT (button), "record-title", g_strdup (title), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
    }

  label = gtk_label_new (held != NULL && *held != '\0' ? held : _("No details were kept for this version."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), label);

  return row;
}

static void
refresh (DscConflictsWindow *self)
{
  DscStore *store = self->main_window != NULL ? dsc_window_get_store (self->main_window) : NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  dsc_clear_group (self->conflicts_group, self->rows);
  if (store == NULL)
    return;

  /* Only the newest are read: the log of a busy office can grow long. */
  conflicts = dsc_store_list_conflicts (store, TRUE, MAX_ENTRIES, &total, &error);
  if (conflicts == NULL)
    {
      AdwToast *toast = dsc_toast_new (error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  /* Newest first: they are what a person looks for. */
  for (guint i = 0; i < conflicts->len; i++)
    {
      GtkWidget *row = make_row (self, g_ptr_array_index (conflicts, i));

      adw_preferences_group_add (self->conflicts_group, row);
      g_ptr_array_add (self->rows, row);
    }

  if (total > conflicts->len)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;
      guint more = total - conflicts->len;

      /* Translators: the last row of the conflict log when it holds more entries than it lists. */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u older entry", "And %u older entries", more), more);
      dsc_row_set_title (row, title);
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->conflicts_group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_stack_set_visible_child_name (self->stack, conflicts->len > 0 ? "list" : "empty");
}

static void
dsc_conflicts_window_dispose (GObject *object)
{
  DscConflictsWindow *self = DSC_CONFLICTS_WINDOW (object);

  g_clear_object (&self->main_window);

  G_OBJECT_CLASS (dsc_conflicts_window_parent_class)->dispose (object);
}

static void
dsc_conflicts_window_finalize (GObject *object)
{
  DscConflictsWindow *self = DSC_CONFLICTS_WINDOW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (dsc_conflicts_window_parent_class)->finalize (object);
}

static void
dsc_conflicts_window_class_init (DscConflictsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_conflicts_window_dispose;
  object_class->finalize = dsc_conflicts_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-conflicts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DscConflictsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscConflictsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DscConflictsWindow, conflicts_group);
}

static void
dsc_conflicts_window_init (DscConflictsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * dsc_conflicts_window_new:
 * @main_window: the window of the database whose log to show
 *
 * Returns: (transfer none): the window, to present
 */
DscConflictsWindow *
dsc_conflicts_window_new (DscWindow *main_window)
{
  DscConflictsWindow *self;

  g_return_val_if_fail (DSC_IS_WINDOW (main_window), NULL);

  self = g_object_new (DSC_TYPE_CONFLICTS_WINDOW, "transient-for", main_window, NULL);
  self->main_window = g_object_ref (main_window);
  refresh (self);

  return self;
}
