/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dsc-store.h"

G_BEGIN_DECLS

/**
 * DscCsvTable:
 * @DSC_CSV_ASSOCIATIONS: the association list
 * @DSC_CSV_PEOPLE: the people who gave their consent, with their association
 * @DSC_CSV_ATTENDANCE: attendance at sessions, with module and session
 * @DSC_CSV_FOLLOW_UPS: follow-ups, with their meeting, association and service
 *
 * The tables a funder's spreadsheet gets.
 */
typedef enum
{
  DSC_CSV_ASSOCIATIONS,
  DSC_CSV_PEOPLE,
  DSC_CSV_ATTENDANCE,
  DSC_CSV_FOLLOW_UPS,
} DscCsvTable;

/**
 * DscCsvOptions:
 * @separator: ',' (RFC 4180) or ';'
 * @byte_order_mark: start with the UTF-8 byte order mark
 * @guard_formulas: keep text that starts with = + - @ from running as a formula
 *
 * How a CSV file is written. For spreadsheets (dsc_csv_options_for_spreadsheets())
 * the file starts with a byte order mark, since Excel reads a CSV file without
 * one in the computer's legacy code page and garbles accents and Arabic (with
 * it, Excel, LibreOffice and Python's "utf-8-sig" all read UTF-8); fields are
 * separated by ';' where the user's language writes decimals with a comma
 * (Italian, French, Catalan, Spanish), since Excel opens a double-clicked CSV
 * file with the list separator of the computer's region and would put a
 * comma-separated file in one column; elsewhere by ','. Every other rule is
 * RFC 4180's: CRLF line ends, quotes around a field that holds the separator,
 * a quote or a line break, quotes doubled. For programs
 * (dsc_csv_options_for_programs()) a file is plain RFC 4180: ',', no byte
 * order mark, values as they are.
 */
typedef struct
{
  char     separator;
  gboolean byte_order_mark;
  gboolean guard_formulas;
} DscCsvOptions;

void     dsc_csv_options_for_spreadsheets (DscCsvOptions       *options);
void     dsc_csv_options_for_programs     (DscCsvOptions       *options);
const char *dsc_csv_table_name            (DscCsvTable          table);
gboolean dsc_csv_export                   (DscStore            *store,
                                           DscCsvTable          table,
                                           gint64               association_id,
                                           const DscCsvOptions *options,
                                           GOutputStream       *output,
                                           GCancellable        *cancellable,
                                           GError             **error);
gboolean dsc_csv_export_to_file           (DscStore            *store,
                                           DscCsvTable          table,
                                           gint64               association_id,
                                           const DscCsvOptions *options,
                                           GFile               *file,
                                           GCancellable        *cancellable,
                                           GError             **error);

G_END_DECLS
