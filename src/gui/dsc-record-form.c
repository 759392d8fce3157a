/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Edits one record in place, field by field, with no Save button: each row is
 * made from the field's description (an entry, a date row, a choice, check
 * boxes, a text view), checked as the user types, and a valid value is stored
 * shortly after the last keystroke, or at once on flush (closing, switching). An
 * invalid value is marked, explained under its row, and not stored. */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "dsc-gui-util.h"

#include "dsc-date-row.h"
#include "dsc-record-form.h"

#define SAVE_DELAY_MS 400

typedef struct
{
  DscRecordForm  *form;
  const DscField *field;
  GtkWidget      *widget;        /* the row, or the text view of a long text */
  GtkWidget      *message_row;   /* explains an invalid value; hidden otherwise */
  GPtrArray      *checks;        /* FLAGS: one check button per value */
  GArray         *choices;       /* a choice among values (gint64): levels, records */
  gboolean        invalid;
} Binding;

struct _DscRecordForm
{
  GObject        parent_instance;

  const DscKind *kind;
  DscStore      *store;
  gpointer       record;
  gpointer       stored;      /* the record as last stored, or NULL before its first insert */
  GPtrArray     *dirty;       /* Binding *: changed since the last store */
  GPtrArray     *bindings;
  guint          save_source;
  gboolean       loading;
};

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DscRecordForm, dsc_record_form, G_TYPE_OBJECT)

static void
binding_free (Binding *binding)
{
  if (GTK_IS_TEXT_VIEW (binding->widget))
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                          binding);
  else
    g_signal_handlers_disconnect_by_data (binding->widget, binding);
  if (binding->checks != NULL)
    for (guint i = 0; i < binding->checks->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (binding->checks, i), binding);
  g_clear_pointer (&binding->checks, g_ptr_array_unref);
  g_clear_pointer (&binding->choices, g_array_unref);
  g_free (binding);
}

static void show_problem (Binding    *binding,
                          const char *message);

static void
remember_stored (DscRecordForm *self)
{
  g_clear_pointer (&self->stored, dsc_record_free);
  if (self->record != NULL && ((DscRecord *) self->record)->id != 0)
    self->stored = dsc_record_copy (self->record);
  if (self->dirty != NULL)
    g_ptr_array_set_size (self->dirty, 0);
}

static void
mark_dirty (DscRecordForm *self,
            Binding       *binding)
{
  if (!g_ptr_array_find (self->dirty, binding, NULL))
    g_ptr_array_add (self->dirty, binding);
}

static Binding *
binding_of_field (DscRecordForm  *self,
                  const DscField *field)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (binding->field == field)
        return binding;
    }

  return NULL;
}

static gboolean
field_differs (gconstpointer   a,
               gconstpointer   b,
               const DscField *field)
{
  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      return g_strcmp0 (dsc_record_get_text (a, field), dsc_record_get_text (b, field)) != 0;

    case DSC_FIELD_INT:
    case DSC_FIELD_ENUM:
    case DSC_FIELD_DURATION:
      return dsc_record_get_int (a, field) != dsc_record_get_int (b, field);

    case DSC_FIELD_BOOL:
      return !dsc_record_get_bool (a, field) != !dsc_record_get_bool (b, field);

    case DSC_FIELD_FLAGS:
      return dsc_record_get_flags (a, field) != dsc_record_get_flags (b, field);

    case DSC_FIELD_REF:
      return dsc_record_get_ref (a, field) != dsc_record_get_ref (b, field);

    default:
      g_assert_not_reached ();
    }
}

/* The store refused the changes together (a rule between fields, such as a
 * meeting moved after its follow-ups): they are stored one at a time, in the
 * kind's field order, on the record as last stored, so that one refused value
 * does not hold back the notes typed after it. A refused value goes back to
 * what is stored, and its row says why. */
static gboolean
store_one_by_one (DscRecordForm *self)
{
  const DscKind *kind = ((DscRecord *) self->record)->kind;
  gpointer candidate = dsc_record_copy (self->stored);
  gboolean all_stored = TRUE;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      g_autoptr(GError) error = NULL;
      Binding *binding;

      if (!field_differs (self->record, self->stored, field))
        continue;

      dsc_record_copy_field (candidate, self->record, field);
      if (dsc_store_update (self->store, candidate, &error))
        continue;

      all_stored = FALSE;
      dsc_record_copy_field (candidate, self->stored, field);
      dsc_record_copy_field (self->record, self->stored, field);
      binding = binding_of_field (self, field);
      if (binding != NULL)
        show_problem (binding, error->message);
      g_signal_emit (self, signals[FAILED], 0, error->message);
    }

  g_clear_pointer (&self->stored, dsc_record_free);
  self->stored = candidate;
  g_ptr_array_set_size (self->dirty, 0);
  g_signal_emit (self, signals[SAVED], 0, ((DscRecord *) self->record)->id);
  return all_stored;
}

static gboolean
save_now (DscRecordForm *self)
{
  g_autoptr(GError) error = NULL;
  DscRecord *head = self->record;
  gboolean stored;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (head == NULL || self->store == NULL)
    return TRUE;

  if (head->id == 0)
    {
      /* A new record is stored once its required fields hold something valid. */
      if (!dsc_record_validate (head, NULL))
        return TRUE;
      stored = dsc_store_insert (self->store, head, &error);
    }
  else
    stored = dsc_store_update (self->store, head, &error);

  if (!stored && head->id != 0 && self->stored != NULL)
    return store_one_by_one (self);

  if (!stored)
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return FALSE;
    }

  remember_stored (self);
  g_signal_emit (self, signals[SAVED], 0, head->id);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  DscRecordForm *self = user_data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (DscRecordForm *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
show_problem (Binding    *binding,
              const char *message)
{
  gboolean invalid = message != NULL;

  binding->invalid = invalid;
  if (binding->message_row == NULL)
    return;

  dsc_row_set_title (binding->message_row,
                                 message != NULL ? message : "");
  gtk_widget_set_visible (binding->message_row, invalid);

  if (invalid)
    gtk_widget_add_css_class (binding->widget, "error");
  else
    gtk_widget_remove_css_class (binding->widget, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (binding->widget), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (invalid)
    gtk_accessible_update_property (GTK_ACCESSIBLE (binding->widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (binding->widget),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Reads a whole number as typed; empty is "unknown" (-1). */
static gboolean
parse_count (const char  *text,
             int         *value,
             GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 number = 0;

  if (*trimmed == '\0')
    {
      *value = -1;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (trimmed, 10, 0, G_MAXINT, &number, NULL))
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("Write a whole number, such as 25."));
      return FALSE;
    }

  *value = (int) number;
  return TRUE;
}

/* "9:30", "9.30" or "930" typed for a time become "09:30"; NULL when it is not a time. */
static char *
normalize_time (const char *text)
{
  unsigned int hours, minutes;
  char separator, rest;

  if (sscanf (text, "%2u%c%2u%c", &hours, &separator, &minutes, &rest) == 3
      && (separator == ':' || separator == '.') && hours < 24 && minutes < 60)
    return g_strdup_printf ("%02u:%02u", hours, minutes);

  return NULL;
}

static void
on_entry_changed_cb (GtkEditable *editable,
                     Binding     *binding)
{
  DscRecordForm *self = binding->form;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso_date = NULL;
  const char *text = gtk_editable_get_text (editable);
  int number;

  if (self->loading || self->record == NULL)
    return;

  switch (binding->field->type)
    {
    case DSC_FIELD_TEXT:
      if (!dsc_field_check_text (binding->field, text, &error))
        break;
      dsc_record_set_text (self->record, binding->field, text);
      break;

    case DSC_FIELD_DATE:
      if (!dsc_date_row_parse (DSC_DATE_ROW (editable), &iso_date, &error)
          || !dsc_field_check_text (binding->field, iso_date, &error))
        break;
      dsc_record_set_text (self->record, binding->field, iso_date);
      break;

    case DSC_FIELD_INT:
      if (!parse_count (text, &number, &error)
          || !dsc_field_check_int (binding->field, number, &error))
        break;
      dsc_record_set_int (self->record, binding->field, number);
      break;

    case DSC_FIELD_DURATION:
      if (!dsc_parse_duration (text, &number, &error)
          || !dsc_field_check_int (binding->field, number, &error))
        break;
      dsc_record_set_int (self->record, binding->field, number);
      break;

    case DSC_FIELD_TIME:
      {
        g_autofree char *time = normalize_time (text);

        if (!dsc_field_check_text (binding->field, time != NULL ? time : text, &error))
          break;
        dsc_record_set_text (self->record, binding->field, time != NULL ? time : text);
      }
      break;

    case DSC_FIELD_ENUM:
    case DSC_FIELD_FLAGS:
    case DSC_FIELD_REF:
    case DSC_FIELD_BOOL:
    default:
      g_assert_not_reached ();
    }

  show_problem (binding, error != NULL ? error->message : NULL);
  if (error == NULL)
    {
      mark_dirty (self, binding);
      schedule_save (self);
    }
}

static gboolean
enum_is_optional (const DscField *field)
{
  return !field->required;
}

static void
on_choice_selected_cb (AdwComboRow *row,
                       GParamSpec  *pspec,
                       Binding     *binding)
{
  DscRecordForm *self = binding->form;
  guint selected = adw_combo_row_get_selected (row);
  int value;

  if (self->loading || self->record == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  value = enum_is_optional (binding->field) ? (int) selected - 1 : (int) selected;
  dsc_record_set_int (self->record, binding->field, value);
  mark_dirty (self, binding);
  schedule_save (self);
}

static void
on_value_chosen_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    Binding     *binding)
{
  DscRecordForm *self = binding->form;
  guint selected = adw_combo_row_get_selected (row);
  gint64 value;

  if (self->loading || self->record == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  value = g_array_index (binding->choices, gint64, selected);
  if (binding->field->type == DSC_FIELD_REF)
    dsc_record_set_ref (self->record, binding->field, MAX (value, 0));
  else
    dsc_record_set_int (self->record, binding->field, (int) value);
  mark_dirty (self, binding);
  schedule_save (self);
}

static void
on_switch_active_cb (GtkSwitch  *toggle,
                     GParamSpec *pspec,
                     Binding    *binding)
{
  DscRecordForm *self = binding->form;

  if (self->loading || self->record == NULL)
    return;

  dsc_record_set_bool (self->record, binding->field, gtk_switch_get_active (toggle));
  mark_dirty (self, binding);
  schedule_save (self);
}

static void
update_flags_subtitle (Binding *binding,
                       guint    flags)
{
  g_autofree char *labels = dsc_enum_flags_label (binding->field->enumeration, flags);

  dsc_row_set_subtitle (binding->widget,
                                 *labels != '\0' ? labels : _("None chosen"));
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     Binding        *binding)
{
  DscRecordForm *self = binding->form;
  guint flags = 0;

  for (guint i = 0; i < binding->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (binding->checks, i)))
      flags |= 1u << i;

  update_flags_subtitle (binding, flags);

  if (self->loading || self->record == NULL)
    return;

  dsc_record_set_flags (self->record, binding->field, flags);
  mark_dirty (self, binding);
  schedule_save (self);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      Binding       *binding)
{
  DscRecordForm *self = binding->form;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading || self->record == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dsc_record_set_text (self->record, binding->field, text);
  mark_dirty (self, binding);
  schedule_save (self);
}

/* A row of the group (AdwPreferencesGroup keeps only preferences rows in its
 * list), placed right under the entry it explains. */
static GtkWidget *
make_message_row (Binding *binding)
{
  GtkWidget *row = adw_action_row_new ();

  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "field-problem");
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static GtkInputPurpose
purpose_of (const DscField *field)
{
  if (field->type == DSC_FIELD_INT)
    return GTK_INPUT_PURPOSE_DIGITS;
  if (field->type == DSC_FIELD_DURATION || field->type == DSC_FIELD_TIME)
    return GTK_INPUT_PURPOSE_NUMBER;
  if (field->check == dsc_validate_email)
    return GTK_INPUT_PURPOSE_EMAIL;
  if (field->check == dsc_validate_phone)
    return GTK_INPUT_PURPOSE_PHONE;
  if (field->check == dsc_validate_url)
    return GTK_INPUT_PURPOSE_URL;
  return GTK_INPUT_PURPOSE_FREE_FORM;
}

static GtkWidget *
make_choice_row (Binding *binding)
{
  const DscField *field = binding->field;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  if (enum_is_optional (field))
    gtk_string_list_append (labels, C_("choice", "Not set"));
  for (int i = 0; i < field->enumeration->n_values; i++)
    gtk_string_list_append (labels, dsc_enum_label (field->enumeration, i));

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected_cb), binding);
  return row;
}

static GtkWidget *
make_flags_row (Binding *binding)
{
  const DscField *field = binding->field;
  GtkWidget *row = adw_expander_row_new ();

  binding->widget = row;
  binding->checks = g_ptr_array_new ();
  for (int i = 0; i < field->enumeration->n_values; i++)
    {
      GtkWidget *choice = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      dsc_row_set_title (choice,
                                     dsc_enum_label (field->enumeration, i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (choice), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (choice), check);
      gtk_widget_set_name (check, field->enumeration->values[i].code);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), choice);

      g_ptr_array_add (binding->checks, check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), binding);
    }

  update_flags_subtitle (binding, 0);
  return row;
}

static Binding *
add_binding (DscRecordForm  *self,
             const char     *field_name)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->form = self;
  binding->field = dsc_kind_find_field (self->kind, field_name);
  g_assert (binding->field != NULL);
  g_ptr_array_add (self->bindings, binding);
  return binding;
}

static Binding *
find_binding (DscRecordForm *self,
              const char    *field_name)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (g_str_equal (binding->field->name, field_name))
        return binding;
    }

  return NULL;
}

static void
select_choice (Binding *binding,
               gint64   value)
{
  guint position = 0;

  for (guint i = 0; i < binding->choices->len; i++)
    if (g_array_index (binding->choices, gint64, i) == value
        || (value <= 0 && g_array_index (binding->choices, gint64, i) <= 0))
      {
        position = i;
        break;
      }

  adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), position);
}

static void
load_binding (DscRecordForm *self,
              Binding       *binding)
{
  const DscField *field = binding->field;
  gpointer record = self->record;
  int number;

  show_problem (binding, NULL);

  if (binding->widget == NULL)
    return;

  if (GTK_IS_TEXT_VIEW (binding->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget));
      const char *text = record != NULL ? dsc_record_get_text (record, field) : NULL;

      gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
      return;
    }

  switch (field->type)
    {
    case DSC_FIELD_TEXT:
      gtk_editable_set_text (GTK_EDITABLE (binding->widget),
                             record != NULL && dsc_record_get_text (record, field) != NULL
                             ? dsc_record_get_text (record, field) : "");
      break;

    case DSC_FIELD_DATE:
      dsc_date_row_set_date (DSC_DATE_ROW (binding->widget),
                             record != NULL ? dsc_record_get_text (record, field) : NULL);
      break;

    case DSC_FIELD_INT:
      number = record != NULL ? dsc_record_get_int (record, field) : -1;
      if (binding->choices != NULL)
        select_choice (binding, number);
      else if (number < 0)
        gtk_editable_set_text (GTK_EDITABLE (binding->widget), "");
      else
        {
          g_autofree char *text = g_strdup_printf ("%d", number);
          gtk_editable_set_text (GTK_EDITABLE (binding->widget), text);
        }
      break;

    case DSC_FIELD_DURATION:
      number = record != NULL ? dsc_record_get_int (record, field) : -1;
      {
        g_autofree char *text = number >= 0 ? dsc_format_duration (number) : g_strdup ("");
        gtk_editable_set_text (GTK_EDITABLE (binding->widget), text);
      }
      break;

    case DSC_FIELD_TIME:
      gtk_editable_set_text (GTK_EDITABLE (binding->widget),
                             record != NULL && dsc_record_get_text (record, field) != NULL
                             ? dsc_record_get_text (record, field) : "");
      break;

    case DSC_FIELD_BOOL:
      gtk_switch_set_active (GTK_SWITCH (binding->checks->pdata[0]),
                             record != NULL && dsc_record_get_bool (record, field));
      break;

    case DSC_FIELD_ENUM:
      number = record != NULL ? dsc_record_get_int (record, field) : -1;
      if (enum_is_optional (field))
        number++;
      adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), (guint) MAX (number, 0));
      break;

    case DSC_FIELD_FLAGS:
      {
        guint flags = record != NULL ? dsc_record_get_flags (record, field) : 0;

        for (guint i = 0; i < binding->checks->len; i++)
          gtk_check_button_set_active (g_ptr_array_index (binding->checks, i),
                                       (flags & (1u << i)) != 0);
        update_flags_subtitle (binding, flags);
      }
      break;

    case DSC_FIELD_REF:
      select_choice (binding, record != NULL ? dsc_record_get_ref (record, field) : 0);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
dsc_record_form_dispose (GObject *object)
{
  DscRecordForm *self = DSC_RECORD_FORM (object);

  /* Whatever is pending is stored before the form goes away. */
  if (self->save_source != 0)
    save_now (self);

  g_clear_pointer (&self->dirty, g_ptr_array_unref);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->record, dsc_record_free);
  g_clear_pointer (&self->stored, dsc_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dsc_record_form_parent_class)->dispose (object);
}

static void
dsc_record_form_class_init (DscRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dsc_record_form_dispose;

  /**
   * DscRecordForm::saved:
   * @self: the form
   * @id: the row id of the record just stored
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * DscRecordForm::failed:
   * @self: the form
   * @message: what went wrong, for the user
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
dsc_record_form_init (DscRecordForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func ((GDestroyNotify) binding_free);
  self->dirty = g_ptr_array_new ();
}

/**
 * dsc_record_form_new:
 * @kind: the kind of record the form edits
 *
 * Returns: (transfer full): a form with no rows yet
 */
DscRecordForm *
dsc_record_form_new (const DscKind *kind)
{
  DscRecordForm *self = g_object_new (DSC_TYPE_RECORD_FORM, NULL);

  self->kind = kind;
  return self;
}

void
dsc_record_form_set_store (DscRecordForm *self,
                           DscStore      *store)
{
  g_return_if_fail (DSC_IS_RECORD_FORM (self));

  dsc_record_form_flush (self);
  g_set_object (&self->store, store);
}

/**
 * dsc_record_form_add_field:
 * @self: a form
 * @group: where the row goes
 * @field_name: the field it edits
 *
 * Adds the row that suits the field, and the row that explains a wrong value.
 *
 * Returns: (transfer none): the row
 */
GtkWidget *
dsc_record_form_add_field (DscRecordForm       *self,
                           AdwPreferencesGroup *group,
                           const char          *field_name)
{
  Binding *binding = add_binding (self, field_name);
  const DscField *field = binding->field;
  GtkWidget *row;

  switch (field->type)
    {
    case DSC_FIELD_ENUM:
      row = make_choice_row (binding);
      break;

    case DSC_FIELD_FLAGS:
      row = make_flags_row (binding);
      break;

    case DSC_FIELD_DATE:
      row = dsc_date_row_new ();
      g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), binding);
      break;

    case DSC_FIELD_TEXT:
    case DSC_FIELD_INT:
    case DSC_FIELD_DURATION:
    case DSC_FIELD_TIME:
      row = adw_entry_row_new ();
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose_of (field));
      g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), binding);
      break;

    case DSC_FIELD_BOOL:
      {
        GtkWidget *toggle = gtk_switch_new ();

        row = adw_action_row_new ();
        gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
        binding->checks = g_ptr_array_new ();
        g_ptr_array_add (binding->checks, toggle);
        g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), binding);
      }
      break;

    case DSC_FIELD_REF:
    default:
      g_assert_not_reached ();
    }

  binding->widget = row;
  gtk_widget_set_name (row, field->name);
  dsc_row_set_title (row, dsc_field_label (field));
  adw_preferences_group_add (group, row);

  if (ADW_IS_ENTRY_ROW (row))
    {
      binding->message_row = make_message_row (binding);
      adw_preferences_group_add (group, binding->message_row);
    }

  return row;
}

/**
 * dsc_record_form_add_choice:
 * @self: a form
 * @group: where the row goes
 * @field_name: an INT field (a level) or a REF field (a record)
 * @values: (array length=n): the values to choose from
 * @labels: (array length=n): what a person reads for each
 * @n: how many
 *
 * Adds a choice among values that are not an enumeration: levels of the scale,
 * domains of the framework, modules. An optional field gets "Not set" first.
 *
 * Returns: (transfer none): the row
 */
GtkWidget *
dsc_record_form_add_choice (DscRecordForm       *self,
                            AdwPreferencesGroup *group,
                            const char          *field_name,
                            const gint64        *values,
                            const char * const  *labels,
                            guint                n)
{
  Binding *binding = add_binding (self, field_name);
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  gint64 none = binding->field->type == DSC_FIELD_REF ? 0 : -1;

  g_return_val_if_fail (binding->field->type == DSC_FIELD_INT || binding->field->type == DSC_FIELD_REF, NULL);

  binding->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!binding->field->required)
    {
      gtk_string_list_append (strings, C_("choice", "Not set"));
      g_array_append_val (binding->choices, none);
    }
  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (strings, labels[i]);
      g_array_append_val (binding->choices, values[i]);
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (strings));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_value_chosen_cb), binding);

  binding->widget = row;
  gtk_widget_set_name (row, binding->field->name);
  dsc_row_set_title (row, dsc_field_label (binding->field));
  adw_preferences_group_add (group, row);
  return row;
}

/**
 * dsc_record_form_add_long_text:
 * @self: a form
 * @group: where the text goes; its title names it
 * @field_name: a TEXT field that holds paragraphs
 *
 * Returns: (transfer none): the text view
 */
GtkWidget *
dsc_record_form_add_long_text (DscRecordForm       *self,
                               AdwPreferencesGroup *group,
                               const char          *field_name)
{
  Binding *binding = add_binding (self, field_name);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_set_name (view, binding->field->name);
  gtk_widget_add_css_class (view, "long-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dsc_field_label (binding->field), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (group, frame);

  binding->widget = view;
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_buffer_changed_cb), binding);
  return view;
}

/**
 * dsc_record_form_set_record:
 * @self: a form
 * @record: (transfer full) (nullable): the record to edit; one with id 0 is
 *   inserted once it is valid
 *
 * Stores what is pending for the previous record, then shows @record.
 */
void
dsc_record_form_set_record (DscRecordForm *self,
                            gpointer       record)
{
  g_return_if_fail (DSC_IS_RECORD_FORM (self));

  dsc_record_form_flush (self);
  g_clear_pointer (&self->record, dsc_record_free);
  self->record = record;
  remember_stored (self);

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    load_binding (self, g_ptr_array_index (self->bindings, i));
  self->loading = FALSE;
}

gconstpointer
dsc_record_form_get_record (DscRecordForm *self)
{
  g_return_val_if_fail (DSC_IS_RECORD_FORM (self), NULL);

  return self->record;
}

/**
 * dsc_record_form_get_widget:
 * @self: a form
 * @field_name: a field
 *
 * Returns: (transfer none) (nullable): the row (or text view) that edits it
 */
GtkWidget *
dsc_record_form_get_widget (DscRecordForm *self,
                            const char    *field_name)
{
  Binding *binding;

  g_return_val_if_fail (DSC_IS_RECORD_FORM (self), NULL);

  binding = find_binding (self, field_name);
  return binding != NULL ? binding->widget : NULL;
}

/**
 * dsc_record_form_flush:
 * @self: a form
 *
 * Stores a pending change now.
 *
 * Returns: %FALSE when storing failed (the "failed" signal said why)
 */
gboolean
dsc_record_form_flush (DscRecordForm *self)
{
  g_return_val_if_fail (DSC_IS_RECORD_FORM (self), FALSE);

  if (self->save_source == 0)
    return TRUE;

  return save_now (self);
}

/**
 * dsc_record_form_has_invalid:
 * @self: a form
 *
 * Returns: %TRUE when a row holds a value that was refused
 */
gboolean
dsc_record_form_has_invalid (DscRecordForm *self)
{
  g_return_val_if_fail (DSC_IS_RECORD_FORM (self), FALSE);

  for (guint i = 0; i < self->bindings->len; i++)
    if (((Binding *) g_ptr_array_index (self->bindings, i))->invalid)
      return TRUE;

  return FALSE;
}

/**
 * dsc_record_form_discard:
 * @self: a form
 *
 * Drops the record and whatever change is pending for it, unsaved (the record
 * was erased meanwhile).
 */
void
dsc_record_form_discard (DscRecordForm *self)
{
  g_return_if_fail (DSC_IS_RECORD_FORM (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_pointer (&self->record, dsc_record_free);
  remember_stored (self);
}

/**
 * dsc_record_form_save:
 * @self: a form
 *
 * Stores the record now, pending change or not: a record that others depend on
 * (an assessment before its scores) must exist first.
 *
 * Returns: %TRUE when the record is stored (the "failed" signal says why not)
 */
gboolean
dsc_record_form_save (DscRecordForm *self)
{
  DscRecord *head;

  g_return_val_if_fail (DSC_IS_RECORD_FORM (self), FALSE);

  head = self->record;
  if (head == NULL)
    return FALSE;

  if (head->id == 0 || self->save_source != 0)
    {
      if (!save_now (self))
        return FALSE;
    }

  return head->id > 0;
}
