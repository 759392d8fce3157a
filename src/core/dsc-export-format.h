/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dsc-record.h"

G_BEGIN_DECLS

/* How a record is written for other programs: the exchange format's field names,
 * English codes for enumerations, uuids for references, absent when empty. The
 * command line's CSV and JSON use it, and the exchange files write the same
 * values (dsc-exchange-record.c). */

/**
 * DscRefResolver:
 * @table: the table a reference points into
 * @id: the row id it holds
 * @user_data: the resolver's data
 *
 * Returns: (nullable): the uuid of that row
 */
typedef const char *(*DscRefResolver) (const char *table,
                                       gint64      id,
                                       gpointer    user_data);

JsonObject *dsc_record_to_json      (gconstpointer   record,
                                     DscRefResolver  resolve,
                                     gpointer        user_data);
char       *dsc_record_field_code   (gconstpointer   record,
                                     const DscField *field,
                                     DscRefResolver  resolve,
                                     gpointer        user_data);
void        dsc_csv_append_row      (GString            *out,
                                     const char * const *fields,
                                     guint               n_fields);
void        dsc_csv_append_row_with (GString            *out,
                                     const char * const *fields,
                                     guint               n_fields,
                                     char                separator,
                                     gboolean            guard_formulas);

G_END_DECLS
