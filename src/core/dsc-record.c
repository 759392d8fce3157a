/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Records are plain structs described field by field, so that storing, reading,
 * validating, exchanging and listing are written once for every kind. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-error.h"
#include "dsc-record.h"

#define FIELD_PTR(record, field, type) ((type *) G_STRUCT_MEMBER_P ((record), (field)->offset))
#define IS_STRING_FIELD(field) ((field)->type == DSC_FIELD_TEXT || (field)->type == DSC_FIELD_DATE \
                                || (field)->type == DSC_FIELD_TIME)
#define IS_INT_FIELD(field) ((field)->type == DSC_FIELD_INT || (field)->type == DSC_FIELD_ENUM \
                             || (field)->type == DSC_FIELD_DURATION)

/**
 * dsc_record_new:
 * @kind: the kind of record
 *
 * Returns: (transfer full): an empty record with the kind's defaults, not yet stored
 */
gpointer
dsc_record_new (const DscKind *kind)
{
  DscRecord *record;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (kind->size >= sizeof (DscRecord), NULL);

  record = g_malloc0 (kind->size);
  record->kind = kind;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];

      if (field->type == DSC_FIELD_INT || field->type == DSC_FIELD_ENUM
          || field->type == DSC_FIELD_DURATION)
        *FIELD_PTR (record, field, int) = -1;
    }

  if (kind->init != NULL)
    kind->init (record);

  return record;
}

/**
 * dsc_record_free:
 * @record: (nullable): a record
 */
void
dsc_record_free (gpointer record)
{
  DscRecord *head = record;

  if (head == NULL)
    return;

  for (guint i = 0; i < head->kind->n_fields; i++)
    {
      const DscField *field = &head->kind->fields[i];

      if (IS_STRING_FIELD (field))
        g_free (*FIELD_PTR (record, field, char *));
    }

  g_free (head->uuid);
  g_free (head->created_at);
  g_free (head->updated_at);
  g_free (head->deleted_at);
  g_free (head);
}

/**
 * dsc_record_copy:
 * @record: a record
 *
 * Returns: (transfer full): a deep copy
 */
gpointer
dsc_record_copy (gconstpointer record)
{
  const DscRecord *head = record;
  DscRecord *copy;

  g_return_val_if_fail (head != NULL, NULL);

  copy = g_memdup2 (record, head->kind->size);
  copy->uuid = g_strdup (head->uuid);
  copy->created_at = g_strdup (head->created_at);
  copy->updated_at = g_strdup (head->updated_at);
  copy->deleted_at = g_strdup (head->deleted_at);

  for (guint i = 0; i < head->kind->n_fields; i++)
    {
      const DscField *field = &head->kind->fields[i];

      if (IS_STRING_FIELD (field))
        *FIELD_PTR (copy, field, char *) = g_strdup (*FIELD_PTR (record, field, char *));
    }

  return copy;
}

/**
 * dsc_record_copy_field:
 * @destination: a record
 * @source: a record of the same kind
 * @field: one of their fields
 *
 * Gives @destination the value @source holds in @field.
 */
void
dsc_record_copy_field (gpointer        destination,
                       gconstpointer   source,
                       const DscField *field)
{
  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      dsc_record_set_text (destination, field, dsc_record_get_text (source, field));
      break;

    case DSC_FIELD_INT:
    case DSC_FIELD_ENUM:
    case DSC_FIELD_DURATION:
      dsc_record_set_int (destination, field, dsc_record_get_int (source, field));
      break;

    case DSC_FIELD_BOOL:
      dsc_record_set_bool (destination, field, dsc_record_get_bool (source, field));
      break;

    case DSC_FIELD_FLAGS:
      dsc_record_set_flags (destination, field, dsc_record_get_flags (source, field));
      break;

    case DSC_FIELD_REF:
      dsc_record_set_ref (destination, field, dsc_record_get_ref (source, field));
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dsc_kind_find_field:
 * @kind: a kind
 * @name: a field's exchange name
 *
 * Returns: (nullable): the field
 */
const DscField *
dsc_kind_find_field (const DscKind *kind,
                     const char    *name)
{
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < kind->n_fields; i++)
    if (g_str_equal (kind->fields[i].name, name))
      return &kind->fields[i];

  return NULL;
}

/**
 * dsc_field_label:
 * @field: a field
 *
 * Returns: the field's label in the user's language
 */
const char *
dsc_field_label (const DscField *field)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "field", field->label);
}

const char *
dsc_record_get_text (gconstpointer   record,
                     const DscField *field)
{
  g_return_val_if_fail (IS_STRING_FIELD (field), NULL);

  return *FIELD_PTR (record, field, char *);
}

/* Stores text trimmed of surrounding white space; empty becomes NULL. */
void
dsc_record_set_text (gpointer        record,
                     const DscField *field,
                     const char     *text)
{
  char **slot;
  char *trimmed = NULL;

  g_return_if_fail (IS_STRING_FIELD (field));

  slot = FIELD_PTR (record, field, char *);

  if (text != NULL)
    {
      trimmed = g_strstrip (g_strdup (text));
      if (*trimmed == '\0')
        g_clear_pointer (&trimmed, g_free);
    }

  g_free (*slot);
  *slot = trimmed;
}

int
dsc_record_get_int (gconstpointer   record,
                    const DscField *field)
{
  g_return_val_if_fail (IS_INT_FIELD (field), -1);

  return *FIELD_PTR (record, field, int);
}

void
dsc_record_set_int (gpointer        record,
                    const DscField *field,
                    int             value)
{
  g_return_if_fail (IS_INT_FIELD (field));

  *FIELD_PTR (record, field, int) = value;
}

guint
dsc_record_get_flags (gconstpointer   record,
                      const DscField *field)
{
  g_return_val_if_fail (field->type == DSC_FIELD_FLAGS, 0);

  return *FIELD_PTR (record, field, guint);
}

void
dsc_record_set_flags (gpointer        record,
                      const DscField *field,
                      guint           flags)
{
  g_return_if_fail (field->type == DSC_FIELD_FLAGS);

  *FIELD_PTR (record, field, guint) = flags;
}

gboolean
dsc_record_get_bool (gconstpointer   record,
                     const DscField *field)
{
  g_return_val_if_fail (field->type == DSC_FIELD_BOOL, FALSE);

  return *FIELD_PTR (record, field, gboolean);
}

void
dsc_record_set_bool (gpointer        record,
                     const DscField *field,
                     gboolean        value)
{
  g_return_if_fail (field->type == DSC_FIELD_BOOL);

  *FIELD_PTR (record, field, gboolean) = value != FALSE;
}

gint64
dsc_record_get_ref (gconstpointer   record,
                    const DscField *field)
{
  g_return_val_if_fail (field->type == DSC_FIELD_REF, 0);

  return *FIELD_PTR (record, field, gint64);
}

void
dsc_record_set_ref (gpointer        record,
                    const DscField *field,
                    gint64          id)
{
  g_return_if_fail (field->type == DSC_FIELD_REF);

  *FIELD_PTR (record, field, gint64) = id;
}

/**
 * dsc_field_check_text:
 * @field: a TEXT or DATE field
 * @text: (nullable): a value as typed
 * @error: return location for a #GError
 *
 * Checks one value before it is stored, so an editor can mark the field at once.
 *
 * Returns: %TRUE when @text is acceptable for @field
 */
gboolean
dsc_field_check_text (const DscField  *field,
                      const char      *text,
                      GError         **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (field->required && *trimmed == '\0')
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("%s cannot be empty."), dsc_field_label (field));
      return FALSE;
    }

  if (field->type == DSC_FIELD_DATE)
    return dsc_validate_date (trimmed, error);

  if (field->type == DSC_FIELD_TIME)
    return dsc_validate_time (trimmed, error);

  if (field->check != NULL)
    return field->check (trimmed, error);

  return TRUE;
}

/**
 * dsc_field_check_int:
 * @field: an INT or ENUM field
 * @value: a value, -1 for unknown
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @value is acceptable for @field
 */
gboolean
dsc_field_check_int (const DscField  *field,
                     int              value,
                     GError         **error)
{
  if (value < 0)
    {
      if (!field->required)
        return TRUE;
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("%s must be chosen."), dsc_field_label (field));
      return FALSE;
    }

  if (field->type == DSC_FIELD_ENUM)
    {
      if (value >= field->enumeration->n_values)
        {
          g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                       _("%s has no value number %d."), dsc_field_label (field), value);
          return FALSE;
        }
      return TRUE;
    }

  if (g_str_equal (field->name, "founded_year"))
    return dsc_validate_year (value, error);

  if (field->type == DSC_FIELD_DURATION && value < MAX (field->min, 1) && field->min > 0)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("%s must be longer than zero."), dsc_field_label (field));
      return FALSE;
    }

  if (value < field->min || (field->max > 0 && value > field->max))
    {
      if (field->max > 0)
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                     _("%s must lie between %d and %d."), dsc_field_label (field),
                     field->min, field->max);
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                     _("%s must be at least %d."), dsc_field_label (field), field->min);
      return FALSE;
    }

  return TRUE;
}

/**
 * dsc_record_validate:
 * @record: a record
 * @error: return location for a #GError
 *
 * Checks every field, as the store does before writing.
 *
 * Returns: %TRUE when the whole record is acceptable
 */
gboolean
dsc_record_validate (gconstpointer   record,
                     GError        **error)
{
  const DscRecord *head = record;

  g_return_val_if_fail (head != NULL, FALSE);

  for (guint i = 0; i < head->kind->n_fields; i++)
    {
      const DscField *field = &head->kind->fields[i];

      switch (field->type)
        {
        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
          if (!dsc_field_check_text (field, dsc_record_get_text (record, field), error))
            return FALSE;
          break;

        case DSC_FIELD_INT:
        case DSC_FIELD_ENUM:
        case DSC_FIELD_DURATION:
          if (!dsc_field_check_int (field, dsc_record_get_int (record, field), error))
            return FALSE;
          break;

        case DSC_FIELD_BOOL:
          break;

        case DSC_FIELD_FLAGS:
          if (dsc_record_get_flags (record, field) >> field->enumeration->n_values != 0)
            {
              g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("%s holds an unknown value."), dsc_field_label (field));
              return FALSE;
            }
          break;

        case DSC_FIELD_REF:
          if (field->required && dsc_record_get_ref (record, field) <= 0)
            {
              g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("%s must be chosen."), dsc_field_label (field));
              return FALSE;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/**
 * dsc_record_format_field:
 * @record: a record
 * @field: one of its fields
 *
 * Returns: (transfer full): the value for a person to read: text as typed,
 *   numbers in digits, labels in the user's language; "" when empty
 */
char *
dsc_record_format_field (gconstpointer   record,
                         const DscField *field)
{
  int number;

  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      return g_strdup (dsc_record_get_text (record, field) ?: "");

    case DSC_FIELD_INT:
      number = dsc_record_get_int (record, field);
      return number < 0 ? g_strdup ("") : g_strdup_printf ("%d", number);

    case DSC_FIELD_DURATION:
      number = dsc_record_get_int (record, field);
      return number < 0 ? g_strdup ("") : dsc_format_duration (number);

    case DSC_FIELD_BOOL:
      return g_strdup (dsc_record_get_bool (record, field) ? _("Yes") : _("No"));

    case DSC_FIELD_ENUM:
      return g_strdup (dsc_enum_label (field->enumeration, dsc_record_get_int (record, field)));

    case DSC_FIELD_FLAGS:
      return dsc_enum_flags_label (field->enumeration, dsc_record_get_flags (record, field));

    case DSC_FIELD_REF:
      return g_strdup_printf ("%" G_GINT64_FORMAT, dsc_record_get_ref (record, field));

    default:
      g_assert_not_reached ();
    }
}

/**
 * dsc_fold_for_sort:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full): @text without accents and case, so that "Éclat"
 *   sorts beside "eclat" with a plain byte comparison in SQL
 */
char *
dsc_fold_for_sort (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *result;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  result = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK
          || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

/**
 * dsc_format_duration:
 * @minutes: a duration
 *
 * Returns: (transfer full): the duration as a person reads it: "2 h", "1 h 30 min", "45 min"
 */
char *
dsc_format_duration (int minutes)
{
  int hours = minutes / 60;
  int rest = minutes % 60;

  if (minutes < 60)
    /* Translators: a duration of less than an hour. */
    return g_strdup_printf (_("%d min"), minutes);
  if (rest == 0)
    /* Translators: a duration in whole hours. */
    return g_strdup_printf (_("%d h"), hours);
  /* Translators: a duration in hours and minutes. */
  return g_strdup_printf (_("%d h %d min"), hours, rest);
}

/**
 * dsc_parse_duration:
 * @text: a duration as typed: hours ("2", "1.5", "1,5"), "1:30", "1 h 30",
 *   "90 min", "2 ore"
 * @minutes: (out): the duration in minutes, -1 when @text is empty
 * @error: return location for a #GError
 *
 * A number without a unit is hours, or minutes when it follows hours; a unit
 * word starting with "m" is minutes, any other unit word is hours.
 *
 * Returns: %TRUE when @text is a duration (or empty)
 */
gboolean
dsc_parse_duration (const char  *text,
                    int         *minutes,
                    GError     **error)
{
  g_autofree char *clean = g_strstrip (g_ascii_strdown (text != NULL ? text : "", -1));
  const char *p = clean;
  const char *colon;
  double total = 0;
  int parts = 0;

  *minutes = -1;
  if (*clean == '\0')
    return TRUE;

  g_strdelimit (clean, ",", '.');

  colon = strchr (clean, ':');
  if (colon != NULL)
    {
      g_autofree char *before = g_strndup (clean, colon - clean);
      guint64 hours, mins;

      if (!g_ascii_string_to_unsigned (before, 10, 0, 9999, &hours, NULL)
          || strlen (colon + 1) != 2
          || !g_ascii_string_to_unsigned (colon + 1, 10, 0, 59, &mins, NULL))
        goto refused;
      *minutes = (int) (hours * 60 + mins);
      return TRUE;
    }

  while (*p != '\0')
    {
      char *end = NULL;
      double value = g_ascii_strtod (p, &end);
      gboolean in_minutes;

      if (end == p || value < 0 || parts == 2)
        goto refused;
      p = end;
      while (*p == ' ')
        p++;

      if (g_ascii_isalpha (*p))
        {
          in_minutes = (*p == 'm');
          while (g_ascii_isalpha (*p) || *p == '.')
            p++;
        }
      else
        in_minutes = (parts == 1);

      total += in_minutes ? value : value * 60;
      parts++;
      while (*p == ' ')
        p++;
    }

  if (total > 9999 * 60)
    goto refused;

  *minutes = (int) (total + 0.5);
  return TRUE;

refused:
  g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                       _("Write a duration in hours, such as 2, 1.5 or 1:30."));
  return FALSE;
}
