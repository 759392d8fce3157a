/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "dsc-export-format.h"

/**
 * dsc_record_field_code:
 * @record: a record
 * @field: one of its fields
 * @resolve: turns a reference into a uuid
 * @user_data: data for @resolve
 *
 * Returns: (transfer full): the field as the exchange format writes it, as text:
 *   codes for enumerations, codes joined by ";" for flags, uuids for
 *   references; "" when empty
 */
char *
dsc_record_field_code (gconstpointer   record,
                       const DscField *field,
                       DscRefResolver  resolve,
                       gpointer        user_data)
{
  int number;

  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      return g_strdup (dsc_record_get_text (record, field) ?: "");

    case DSC_FIELD_INT:
    case DSC_FIELD_DURATION:
      number = dsc_record_get_int (record, field);
      return number < 0 ? g_strdup ("") : g_strdup_printf ("%d", number);

    case DSC_FIELD_BOOL:
      return g_strdup (dsc_record_get_bool (record, field) ? "true" : "false");

    case DSC_FIELD_ENUM:
      return g_strdup (dsc_enum_code (field->enumeration, dsc_record_get_int (record, field)) ?: "");

    case DSC_FIELD_FLAGS:
      {
        g_auto(GStrv) codes = dsc_enum_flags_codes (field->enumeration,
                                                    dsc_record_get_flags (record, field));
        return g_strjoinv (";", codes);
      }

    case DSC_FIELD_REF:
      {
        gint64 id = dsc_record_get_ref (record, field);
        const char *uuid = id > 0 ? resolve (field->ref_table, id, user_data) : NULL;

        return g_strdup (uuid ?: "");
      }

    default:
      g_assert_not_reached ();
    }
}

/**
 * dsc_record_to_json:
 * @record: a record
 * @resolve: turns a reference into a uuid
 * @user_data: data for @resolve
 *
 * Returns: (transfer full): the record as an exchange-format object, without "kind"
 */
JsonObject *
dsc_record_to_json (gconstpointer   record,
                    DscRefResolver  resolve,
                    gpointer        user_data)
{
  const DscRecord *head = record;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "uuid", head->uuid);
  json_object_set_string_member (object, "created_at", head->created_at);
  json_object_set_string_member (object, "updated_at", head->updated_at);

  for (guint i = 0; i < head->kind->n_fields; i++)
    {
      const DscField *field = &head->kind->fields[i];

      switch (field->type)
        {
        case DSC_FIELD_INT:
        case DSC_FIELD_DURATION:
          if (dsc_record_get_int (record, field) >= 0)
            json_object_set_int_member (object, field->name, dsc_record_get_int (record, field));
          break;

        case DSC_FIELD_BOOL:
          json_object_set_boolean_member (object, field->name, dsc_record_get_bool (record, field));
          break;

        case DSC_FIELD_FLAGS:
          {
            g_auto(GStrv) codes = dsc_enum_flags_codes (field->enumeration,
                                                        dsc_record_get_flags (record, field));
            JsonArray *array = json_array_new ();

            for (guint j = 0; codes[j] != NULL; j++)
              json_array_add_string_element (array, codes[j]);
            json_object_set_array_member (object, field->name, array);
          }
          break;

        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
        case DSC_FIELD_ENUM:
        case DSC_FIELD_REF:
          {
            g_autofree char *code = dsc_record_field_code (record, field, resolve, user_data);

            if (*code != '\0')
              json_object_set_string_member (object, field->name, code);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return object;
}

static void
append_csv_field (GString    *out,
                  const char *value,
                  char        separator,
                  gboolean    guard_formulas)
{
  const char specials[] = { separator, '"', '\r', '\n', '\0' };
  gboolean formula;

  if (value == NULL)
    return;

  /* A spreadsheet runs a cell that starts with = + - @ as a formula, so text
   * typed by people is kept as text there. */
  formula = guard_formulas && value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;

  if (strpbrk (value, specials) == NULL && !formula)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * dsc_csv_append_row:
 * @out: the text being written
 * @fields: (array length=n_fields): the row's values; %NULL for empty
 * @n_fields: how many
 *
 * Appends one RFC 4180 record: fields quoted when they hold a comma, quote or
 * line break, and the line ended with CRLF.
 */
void
dsc_csv_append_row (GString            *out,
                    const char * const *fields,
                    guint               n_fields)
{
  dsc_csv_append_row_with (out, fields, n_fields, ',', FALSE);
}

/**
 * dsc_csv_append_row_with:
 * @out: the text being written
 * @fields: (array length=n_fields): the row's values; %NULL for empty
 * @n_fields: how many
 * @separator: ',' (RFC 4180), or ';' for spreadsheets set up for a language
 *   that writes decimals with a comma
 * @guard_formulas: write text that starts with = + - @ as text for a
 *   spreadsheet (quoted, after an apostrophe), so that it never runs as a formula
 *
 * Appends one record as dsc_csv_append_row() does, with @separator between
 * the fields; a field is quoted when it holds the separator, a quote or a
 * line break.
 */
void
dsc_csv_append_row_with (GString            *out,
                         const char * const *fields,
                         guint               n_fields,
                         char                separator,
                         gboolean            guard_formulas)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, separator);
      append_csv_field (out, fields[i], separator, guard_formulas);
    }

  g_string_append (out, "\r\n");
}
