/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "dsc-exchange.h"
#include "dsc-store-private.h"

G_BEGIN_DECLS

/* One domain of a framework version, as the version's line carries it. */
typedef struct
{
  guint     index;           /* in the file's list */
  char     *domain;          /* uuid */
  gint64    domain_id;       /* row id, once resolved */
  int       position;
  char     *name;
  char     *description;
  char    **descriptors;
  gboolean  retired;
} DscXVersionDomain;

/* One score of an assessment: level and target -1 when not given. */
typedef struct
{
  guint     index;
  char     *domain;
  gint64    domain_id;
  int       level;
  char     *evidence;
  int       target_level;
} DscXScore;

/* A link of a module or a meeting: the uuid, and the row id once resolved. */
typedef struct
{
  guint     index;
  char     *uuid;
  gint64    id;
} DscXLink;

/**
 * DscXRecord:
 *
 * One record line of an exchange file, whether read from the file or from the
 * database: the same writer turns both into the canonical line, so that two
 * versions are equal exactly when their lines are.
 */
typedef struct
{
  DscExchangeKind  kind;
  guint            line;           /* in the file; 0 when from the database */
  gint64           id;             /* the row, when from the database */
  gboolean         imported;       /* the row's version came from a file */
  DscRecord       *record;         /* NULL for a tombstone */
  char            *based_on;
  char           **refs;           /* uuid of each REF field, by field index */
  /* Tombstones. */
  char            *uuid;
  int              record_kind;    /* DscExchangeKind of what was deleted */
  char            *deleted_at;
  /* What travels inside a record. */
  char           **level_labels;   /* framework-version */
  char            *level_labels_json; /* as stored, until the extras are read */
  GPtrArray       *version_domains;/* framework-version: DscXVersionDomain */
  GPtrArray       *scores;         /* assessment: DscXScore */
  GPtrArray       *domains;        /* module: DscXLink */
  GPtrArray       *services;       /* meeting: DscXLink */
  GPtrArray       *associations;   /* meeting: DscXLink */
  gboolean         extras_loaded;
} DscXRecord;

DscXRecord *dsc_xrecord_new          (DscExchangeKind   kind);
void        dsc_xrecord_free         (DscXRecord       *x);
const char *dsc_xrecord_uuid         (const DscXRecord *x);
const char *dsc_xrecord_stamp        (const DscXRecord *x);
char       *dsc_xrecord_label        (const DscXRecord *x);
void        dsc_xrecord_sort         (DscXRecord       *x);
void        dsc_xrecord_write        (const DscXRecord *x,
                                      GString          *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscXRecord, dsc_xrecord_free)

/* JSON text. */
void        dsc_json_append_string   (GString          *out,
                                      const char       *text);
gboolean    dsc_exchange_scan_line   (const char       *line,
                                      gsize             length,
                                      char            **problem);
JsonNode   *dsc_exchange_parse_line  (const char       *line,
                                      gsize             length,
                                      char            **problem);
gboolean    dsc_exchange_is_uuid     (const char       *text);
gboolean    dsc_exchange_is_timestamp (const char      *text);

/* Reading a JSON object into a record: problems go to @problems as
 * "path: message" strings, without the line prefix. */
DscXRecord *dsc_xrecord_from_json    (JsonObject       *object,
                                      DscExchangeKind   kind,
                                      GPtrArray        *problems);

/* SQL made once per kind (from the constant kind tables) and kept for the
 * life of the program: @build makes the text of one kind. */
typedef char *(*DscExchangeSqlBuilder) (DscExchangeKind kind);
typedef struct
{
  char  *sql[DSC_EXCHANGE_N_KINDS];
  gsize  initialized;
} DscExchangeSqlCache;

const char *dsc_exchange_cached_sql  (DscExchangeSqlCache   *cache,
                                      DscExchangeSqlBuilder  build,
                                      DscExchangeKind        kind);

/* Reading rows (dsc-exchange-export.c). */
const char *dsc_exchange_select_sql  (DscExchangeKind   kind);
DscXRecord *dsc_xrecord_from_row     (DscExchangeKind   kind,
                                      sqlite3_stmt     *stmt);
gboolean    dsc_xrecord_load_extras  (DscStore         *store,
                                      DscXRecord       *x,
                                      GError          **error);
DscXRecord *dsc_exchange_load_local  (DscStore         *store,
                                      DscExchangeKind   kind,
                                      const char       *uuid,
                                      GError          **error);
const char *dsc_exchange_local_sql   (DscExchangeKind   kind);
DscXRecord *dsc_exchange_read_local  (sqlite3_stmt     *stmt,
                                      DscExchangeKind   kind,
                                      const char       *uuid,
                                      GError          **error);

G_END_DECLS
