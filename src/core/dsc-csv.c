/* SPDX-License-Identifier: GPL-3.0-or-later */
/* CSV tables for funders' spreadsheets: the association list, the people who
 * gave their consent, attendance and follow-ups, in the user's language (column
 * headings, choices, yes and no), with dates as YYYY-MM-DD and durations in
 * minutes so that a spreadsheet reads them as dates and numbers. Only live
 * records; people only with a consent date. */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-csv.h"
#include "dsc-export-format.h"
#include "dsc-meetings.h"
#include "dsc-store-private.h"

#define FLUSH_SIZE (64 * 1024)
#define UTF8_BOM "\xef\xbb\xbf"

/**
 * dsc_csv_options_for_spreadsheets:
 * @options: (out caller-allocates): the options to fill
 *
 * A byte order mark, formulas kept as text, and ';' between fields when the
 * user's language writes decimals with a comma, else ',' (see #DscCsvOptions).
 */
void
dsc_csv_options_for_spreadsheets (DscCsvOptions *options)
{
  const struct lconv *numbers = localeconv ();

  g_return_if_fail (options != NULL);

  options->separator = numbers != NULL && numbers->decimal_point != NULL
                       && numbers->decimal_point[0] == ',' ? ';' : ',';
  options->byte_order_mark = TRUE;
  options->guard_formulas = TRUE;
}

/**
 * dsc_csv_options_for_programs:
 * @options: (out caller-allocates): the options to fill
 *
 * Plain RFC 4180: ',' between fields, no byte order mark, values as they are.
 */
void
dsc_csv_options_for_programs (DscCsvOptions *options)
{
  g_return_if_fail (options != NULL);

  options->separator = ',';
  options->byte_order_mark = FALSE;
  options->guard_formulas = FALSE;
}

/**
 * dsc_csv_table_name:
 * @table: a table
 *
 * Returns: its name for a file, in English: "associations", "people",
 *   "attendance", "follow-ups"
 */
const char *
dsc_csv_table_name (DscCsvTable table)
{
  switch (table)
    {
    case DSC_CSV_ASSOCIATIONS:
      return "associations";
    case DSC_CSV_PEOPLE:
      return "people";
    case DSC_CSV_ATTENDANCE:
      return "attendance";
    case DSC_CSV_FOLLOW_UPS:
      return "follow-ups";
    default:
      g_return_val_if_reached (NULL);
    }
}

typedef struct
{
  const DscCsvOptions *options;
  GOutputStream       *output;
  GCancellable        *cancellable;
  GString             *buffer;
} Writer;

static gboolean
write_row (Writer              *writer,
           const char * const  *fields,
           guint                n_fields,
           GError             **error)
{
  dsc_csv_append_row_with (writer->buffer, fields, n_fields, writer->options->separator,
                           writer->options->guard_formulas);
  if (writer->buffer->len < FLUSH_SIZE)
    return TRUE;

  if (!g_output_stream_write_all (writer->output, writer->buffer->str, writer->buffer->len, NULL,
                                  writer->cancellable, error))
    return FALSE;
  g_string_truncate (writer->buffer, 0);
  return TRUE;
}

static const char *
label (const DscKind *kind,
       const char    *field)
{
  return dsc_field_label (dsc_kind_find_field (kind, field));
}

static gboolean
write_associations (Writer    *writer,
                    DscStore  *store,
                    gint64     association_id,
                    GError   **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) header = g_ptr_array_new ();
  const DscKind *kind = &dsc_kind_association;

  if (association_id > 0)
    {
      gpointer one = dsc_store_load (store, kind, association_id, error);

      if (one == NULL)
        return FALSE;
      records = g_ptr_array_new_with_free_func (dsc_record_free);
      g_ptr_array_add (records, one);
    }
  else
    records = dsc_store_list (store, kind, 0, error);
  if (records == NULL)
    return FALSE;

  /* Internal notes stay in Discorsi. */
  g_ptr_array_add (header, (gpointer) _("Identifier"));
  for (guint i = 0; i < kind->n_fields; i++)
    if (!g_str_equal (kind->fields[i].name, "notes"))
      g_ptr_array_add (header, (gpointer) dsc_field_label (&kind->fields[i]));
  if (!write_row (writer, (const char * const *) header->pdata, header->len, error))
    return FALSE;

  for (guint r = 0; r < records->len; r++)
    {
      DscRecord *record = g_ptr_array_index (records, r);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (row, g_strdup (record->uuid));
      for (guint i = 0; i < kind->n_fields; i++)
        if (!g_str_equal (kind->fields[i].name, "notes"))
          g_ptr_array_add (row, dsc_record_format_field (record, &kind->fields[i]));
      if (!write_row (writer, (const char * const *) row->pdata, row->len, error))
        return FALSE;
    }

  return TRUE;
}

/* Writes the rows of @sql (?1: the association, or NULL), whose columns are
 * text, with a label for the choices of the columns @enums names. */
static gboolean
write_query (Writer               *writer,
             DscStore             *store,
             gint64                association_id,
             const char           *sql,
             const char * const   *header,
             guint                 n_columns,
             const DscEnum * const *enums,
             int                   yes_no_column,
             GError              **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (store, sql, error);
  g_autofree const char **row = g_new0 (const char *, n_columns);
  int rc;

  if (stmt == NULL || !write_row (writer, header, n_columns, error))
    return FALSE;
  if (association_id > 0)
    sqlite3_bind_int64 (stmt, 1, association_id);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, (int) c);

          if (enums[c] != NULL)
            text = dsc_enum_label (enums[c], dsc_enum_from_code (enums[c], text));
          else if ((int) c == yes_no_column)
            text = sqlite3_column_int (stmt, (int) c) ? _("Yes") : _("No");
          row[c] = text;
        }
      if (!write_row (writer, row, n_columns, error))
        return FALSE;
    }

  return rc == SQLITE_DONE;
}

static gboolean
write_table (Writer       *writer,
             DscStore     *store,
             DscCsvTable   table,
             gint64        association_id,
             GError      **error)
{
  switch (table)
    {
    case DSC_CSV_ASSOCIATIONS:
      return write_associations (writer, store, association_id, error);

    case DSC_CSV_PEOPLE:
      {
        const char *header[] = {
          label (&dsc_kind_person, "association"), label (&dsc_kind_person, "full_name"),
          label (&dsc_kind_person, "role"), label (&dsc_kind_person, "email"),
          label (&dsc_kind_person, "phone"), label (&dsc_kind_person, "consent_date"),
          label (&dsc_kind_person, "consent_scope"),
        };
        const DscEnum *enums[G_N_ELEMENTS (header)] = { NULL, NULL, &dsc_enum_role };

        return write_query (writer, store, association_id,
                            "SELECT a.name, p.full_name, p.role, p.email, p.phone, p.consent_date,"
                            "  p.consent_scope"
                            " FROM person p JOIN association a ON a.id = p.association_id AND a.deleted_at IS NULL"
                            " WHERE p.deleted_at IS NULL AND p.consent_date IS NOT NULL"
                            "   AND (?1 IS NULL OR p.association_id = ?1)"
                            " ORDER BY a.sort_key, a.id, p.sort_key, p.id",
                            header, G_N_ELEMENTS (header), enums, -1, error);
      }

    case DSC_CSV_ATTENDANCE:
      {
        const char *header[] = {
          label (&dsc_kind_attendance, "association"), label (&dsc_kind_session, "module"),
          label (&dsc_kind_attendance, "session"), label (&dsc_kind_session, "date"),
          label (&dsc_kind_session, "start_time"), _("Duration (minutes)"),
          label (&dsc_kind_session, "location"), label (&dsc_kind_session, "trainer"),
          label (&dsc_kind_attendance, "participants"), label (&dsc_kind_attendance, "present"),
        };
        const DscEnum *enums[G_N_ELEMENTS (header)] = { NULL };

        return write_query (writer, store, association_id,
                            "SELECT a.name, m.title, s.title, s.date, s.start_time, s.duration_minutes,"
                            "  s.location, s.trainer, t.participants, t.present"
                            " FROM attendance t"
                            " JOIN session s ON s.id = t.session_id AND s.deleted_at IS NULL"
                            " JOIN module m ON m.id = s.module_id AND m.deleted_at IS NULL"
                            " JOIN association a ON a.id = t.association_id AND a.deleted_at IS NULL"
                            " WHERE t.deleted_at IS NULL AND (?1 IS NULL OR t.association_id = ?1)"
                            " ORDER BY s.date, s.start_time, m.sort_key, s.id, a.sort_key, a.id",
                            header, G_N_ELEMENTS (header), enums, 9, error);
      }

    case DSC_CSV_FOLLOW_UPS:
      {
        const char *header[] = {
          _("Meeting date"), label (&dsc_kind_follow_up, "meeting"),
          label (&dsc_kind_follow_up, "what"), label (&dsc_kind_follow_up, "owner"),
          label (&dsc_kind_follow_up, "due_date"), label (&dsc_kind_follow_up, "status"),
          label (&dsc_kind_follow_up, "done_date"), label (&dsc_kind_follow_up, "association"),
          label (&dsc_kind_follow_up, "service"),
        };
        const DscEnum *enums[G_N_ELEMENTS (header)] = { [5] = &dsc_enum_follow_up_status };

        return write_query (writer, store, association_id,
                            "SELECT m.date, m.title, f.what, f.owner, f.due_date, f.status, f.done_date,"
                            "  a.name, s.name"
                            " FROM follow_up f"
                            " JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                            " LEFT JOIN association a ON a.id = f.association_id AND a.deleted_at IS NULL"
                            " LEFT JOIN service s ON s.id = f.service_id AND s.deleted_at IS NULL"
                            " WHERE f.deleted_at IS NULL AND (?1 IS NULL OR f.association_id = ?1)"
                            " ORDER BY m.date, m.id, f.due_date IS NULL, f.due_date, f.id",
                            header, G_N_ELEMENTS (header), enums, -1, error);
      }

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * dsc_csv_export:
 * @store: a store
 * @table: which table
 * @association_id: only the rows of this association, or 0 for all
 * @options: (nullable): how to write it; %NULL for spreadsheets
 * @output: where to write
 * @cancellable: (nullable): cancels the export
 * @error: return location for a #GError
 *
 * Writes a table as CSV for a spreadsheet (see #DscCsvOptions), in UTF-8.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_csv_export (DscStore             *store,
                DscCsvTable           table,
                gint64                association_id,
                const DscCsvOptions  *options,
                GOutputStream        *output,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(GString) buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  DscCsvOptions spreadsheets;
  Writer writer = { options, output, cancellable, buffer };

  g_return_val_if_fail (DSC_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  if (options == NULL)
    {
      dsc_csv_options_for_spreadsheets (&spreadsheets);
      writer.options = &spreadsheets;
    }
  if (writer.options->byte_order_mark)
    g_string_append (buffer, UTF8_BOM);

  return write_table (&writer, store, table, association_id, error)
         && g_output_stream_write_all (output, buffer->str, buffer->len, NULL, cancellable, error);
}

/**
 * dsc_csv_export_to_file:
 * @store: a store
 * @table: which table
 * @association_id: only the rows of this association, or 0 for all
 * @options: (nullable): how to write it; %NULL for spreadsheets
 * @file: the file to write; replaced only once the table is whole
 * @cancellable: (nullable): cancels the export
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_csv_export_to_file (DscStore             *store,
                        DscCsvTable           table,
                        gint64                association_id,
                        const DscCsvOptions  *options,
                        GFile                *file,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* People's names and contacts: private, like the database. */
  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, &local_error);
  if (output != NULL
      && !dsc_csv_export (store, table, association_id, options, G_OUTPUT_STREAM (output), cancellable,
                          &local_error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (output), abandon, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (output != NULL && g_output_stream_close (G_OUTPUT_STREAM (output), cancellable, &local_error))
    return TRUE;

  if (local_error->domain == DSC_STORE_ERROR || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY,
                   _("Discorsi could not write “%s” (%s); choose a folder you may write in, with free space."),
                   name, local_error->message);
    }
  return FALSE;
}
