/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dsc-enums.h"
#include "dsc-validate.h"

G_BEGIN_DECLS

typedef struct _DscKind DscKind;

/**
 * DscRecord:
 * @kind: what kind of record this is
 * @id: the row id in this database, 0 before it is stored
 * @uuid: the identity shared by every installation
 * @created_at: UTC timestamp, ISO 8601 with milliseconds
 * @updated_at: UTC timestamp of the last change
 * @deleted_at: (nullable): UTC timestamp of the deletion, %NULL while live
 *
 * The head of every record struct: a record is a plain struct whose first
 * member is a #DscRecord, described field by field by its #DscKind.
 */
typedef struct
{
  const DscKind *kind;
  gint64         id;
  char          *uuid;
  char          *created_at;
  char          *updated_at;
  char          *deleted_at;
} DscRecord;

/**
 * DscFieldType:
 * @DSC_FIELD_TEXT: `char *`; %NULL or "" when empty
 * @DSC_FIELD_INT: `int`, -1 when unknown
 * @DSC_FIELD_DATE: `char *`, a civil date `YYYY-MM-DD`
 * @DSC_FIELD_ENUM: `int` indexing the field's #DscEnum, -1 when not set
 * @DSC_FIELD_FLAGS: `guint`, bit N for value N of the field's #DscEnum
 * @DSC_FIELD_REF: `gint64` row id of a record in @ref_table, 0 when none
 * @DSC_FIELD_BOOL: `gboolean`
 * @DSC_FIELD_DURATION: `int` minutes, -1 when unknown; people read and type hours
 * @DSC_FIELD_TIME: `char *`, a local time of day `HH:MM`
 */
typedef enum
{
  DSC_FIELD_TEXT,
  DSC_FIELD_INT,
  DSC_FIELD_DATE,
  DSC_FIELD_ENUM,
  DSC_FIELD_FLAGS,
  DSC_FIELD_REF,
  DSC_FIELD_BOOL,
  DSC_FIELD_DURATION,
  DSC_FIELD_TIME,
} DscFieldType;

/**
 * DscField:
 * @name: the exchange and CSV name
 * @column: the SQL column
 * @type: how the value is held
 * @offset: where the value lies in the record struct
 * @enumeration: the values of an ENUM or FLAGS field
 * @ref_table: the table a REF field points into
 * @required: an empty value is refused
 * @min: the smallest INT value
 * @max: the largest INT value (0: no limit)
 * @check: (nullable): the extra check of a TEXT field
 * @label: the English label, for messages and column headings
 */
typedef struct
{
  const char    *name;
  const char    *column;
  DscFieldType   type;
  gsize          offset;
  const DscEnum *enumeration;
  const char    *ref_table;
  gboolean       required;
  int            min;
  int            max;
  DscTextCheck   check;
  const char    *label;
} DscField;

/**
 * DscKind:
 * @name: the exchange kind, such as "association"
 * @table: the SQL table
 * @size: the size of the record struct
 * @fields: its fields, in exchange and column order
 * @n_fields: how many
 * @sort_field: (nullable): a TEXT field whose folded form is kept in `sort_key`
 * @order_by: (nullable): the SQL order of lists when there is no @sort_field
 *   (constant, such as "date, id")
 * @init: (nullable): sets the defaults of a new record
 * @check: (nullable): checks that need the database (a duplicate, a deleted
 *   parent, a level beyond the scale), run by the store before it writes; its
 *   first argument is the #DscStore
 */
struct _DscKind
{
  const char     *name;
  const char     *table;
  gsize           size;
  const DscField *fields;
  guint           n_fields;
  const char     *sort_field;
  const char     *order_by;
  void          (*init) (gpointer record);
  gboolean      (*check) (gpointer       store,
                          gconstpointer  record,
                          GError       **error);
};

gpointer        dsc_record_new          (const DscKind *kind);
gpointer        dsc_record_copy         (gconstpointer  record);
void            dsc_record_free         (gpointer       record);
void            dsc_record_copy_field   (gpointer        destination,
                                         gconstpointer   source,
                                         const DscField *field);
gboolean        dsc_record_validate     (gconstpointer  record,
                                         GError       **error);
const DscField *dsc_kind_find_field     (const DscKind *kind,
                                         const char    *name);

const char     *dsc_record_get_text     (gconstpointer   record,
                                         const DscField *field);
void            dsc_record_set_text     (gpointer        record,
                                         const DscField *field,
                                         const char     *text);
int             dsc_record_get_int      (gconstpointer   record,
                                         const DscField *field);
void            dsc_record_set_int      (gpointer        record,
                                         const DscField *field,
                                         int             value);
guint           dsc_record_get_flags    (gconstpointer   record,
                                         const DscField *field);
void            dsc_record_set_flags    (gpointer        record,
                                         const DscField *field,
                                         guint           flags);
gboolean        dsc_record_get_bool     (gconstpointer   record,
                                         const DscField *field);
void            dsc_record_set_bool     (gpointer        record,
                                         const DscField *field,
                                         gboolean        value);
gint64          dsc_record_get_ref      (gconstpointer   record,
                                         const DscField *field);
void            dsc_record_set_ref      (gpointer        record,
                                         const DscField *field,
                                         gint64          id);
gboolean        dsc_field_check_text    (const DscField *field,
                                         const char     *text,
                                         GError        **error);
gboolean        dsc_field_check_int     (const DscField *field,
                                         int             value,
                                         GError        **error);
char           *dsc_record_format_field (gconstpointer   record,
                                         const DscField *field);
const char     *dsc_field_label         (const DscField *field);

char           *dsc_fold_for_sort       (const char     *text);
char           *dsc_format_duration     (int             minutes);
gboolean        dsc_parse_duration      (const char     *text,
                                         int            *minutes,
                                         GError        **error);

G_END_DECLS
