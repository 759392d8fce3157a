/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dsc-store.h"

G_BEGIN_DECLS

/* Exchange files (DESIGN.md "Exchange files"): JSON Lines, one header, one
 * record per line in a fixed order, one trailer. Export streams the database
 * (or one association and what it references); import checks every line and
 * merges record by record in one transaction, or writes nothing. */

#define DSC_EXCHANGE_FORMAT        "discorsi-exchange"
#define DSC_EXCHANGE_VERSION       1
/* The shared MIME type of exchange files (data/io.github.discorsi.Discorsi.mime.xml). */
#define DSC_EXCHANGE_MIME_TYPE     "application/x-discorsi"
/* Limits of what an import reads before it gives up on a file. */
#define DSC_EXCHANGE_MAX_LINE      (16 * 1024 * 1024)
#define DSC_EXCHANGE_MAX_FILE      ((goffset) 8 << 30)
#define DSC_EXCHANGE_MAX_DEPTH     8
#define DSC_EXCHANGE_MAX_DIGITS    15
#define DSC_EXCHANGE_MAX_PROBLEMS  20
/* How many conflicts an import summary lists one by one (all are counted). */
#define DSC_EXCHANGE_MAX_LISTED    1000

/**
 * DscExchangeKind:
 *
 * The kinds of line of an exchange file, in the order the file holds them.
 */
typedef enum
{
  DSC_EXCHANGE_FRAMEWORK,
  DSC_EXCHANGE_FRAMEWORK_VERSION,
  DSC_EXCHANGE_DOMAIN,
  DSC_EXCHANGE_ASSOCIATION,
  DSC_EXCHANGE_PERSON,
  DSC_EXCHANGE_ASSESSMENT,
  DSC_EXCHANGE_GOAL,
  DSC_EXCHANGE_MODULE,
  DSC_EXCHANGE_SESSION,
  DSC_EXCHANGE_ATTENDANCE,
  DSC_EXCHANGE_CERTIFICATE,
  DSC_EXCHANGE_SERVICE,
  DSC_EXCHANGE_MEETING,
  DSC_EXCHANGE_FOLLOW_UP,
  DSC_EXCHANGE_TOMBSTONE,
  DSC_EXCHANGE_N_KINDS,
} DscExchangeKind;

/**
 * DscExchangeProgress:
 * @done: bytes read (import) or records written (export) so far
 * @total: bytes (import) or records (export) in all
 * @user_data: the caller's data
 *
 * Called from the thread doing the work, at most every few hundred kilobytes
 * or records, and once at the end.
 */
typedef void (*DscExchangeProgress) (guint64  done,
                                     guint64  total,
                                     gpointer user_data);

/**
 * DscImportFlags:
 * @DSC_IMPORT_DEFAULT: check and merge the whole file, back up the database as
 *   it was (when the file changes something), commit
 * @DSC_IMPORT_DRY_RUN: check and compute the summary, then roll back: nothing
 *   is written (the write lock is held while it runs)
 * @DSC_IMPORT_NO_BACKUP: skip the backup made before committing (the caller made one)
 */
typedef enum
{
  DSC_IMPORT_DEFAULT = 0,
  DSC_IMPORT_DRY_RUN = 1 << 0,
  DSC_IMPORT_NO_BACKUP = 1 << 1,
} DscImportFlags;

/**
 * DscImportCounts:
 * @added: records the database did not have
 * @updated: records whose version in the file replaced the database's
 * @deleted: records the file deleted (a deletion or a tombstone that won)
 * @unchanged: records the database already had in that version, or in a
 *   version that won
 * @conflicts: records held in different versions by both sides where the
 *   version that lost went to the conflict log (counted besides the above)
 */
typedef struct
{
  guint64 added;
  guint64 updated;
  guint64 deleted;
  guint64 unchanged;
  guint64 conflicts;
} DscImportCounts;

/**
 * DscImportAssociation:
 * @uuid: (nullable): the association, %NULL for records of no association
 *   (framework, modules, sessions, services, meetings, tombstones)
 * @name: (nullable): its name after the import
 * @counts: what happened to its records (itself, people, assessments, goals,
 *   attendance, certificates, follow-ups)
 */
typedef struct
{
  char            *uuid;
  char            *name;
  DscImportCounts  counts;
} DscImportAssociation;

/**
 * DscImportConflict:
 * @kind: the kind of record
 * @uuid: its uuid
 * @label: (nullable): what a person recognises it by (name, title, date...)
 * @file_won: %TRUE when the file's version replaced the database's, %FALSE
 *   when the database's version was kept
 * @log_id: its row in the conflict log, 0 after a dry run
 */
typedef struct
{
  DscExchangeKind  kind;
  char            *uuid;
  char            *label;
  gboolean         file_won;
  gint64           log_id;
} DscImportConflict;

/**
 * DscImportSummary:
 * @scope: "all", or the uuid of the association the file was made for
 * @exported_at: when the file was made
 * @generator: the program that made it
 * @records: record lines in the file
 * @dry_run: %TRUE when nothing was written
 * @total: the counts over every record
 * @by_kind: the counts by kind of record
 * @by_association: (element-type DscImportAssociation): by association, by
 *   name; the entry whose uuid is %NULL holds records of no association
 * @conflicts: (element-type DscImportConflict): the first
 *   %DSC_EXCHANGE_MAX_LISTED conflicts, in file order
 *
 * What an import did, or would do.
 */
typedef struct
{
  char            *scope;
  char            *exported_at;
  char            *generator;
  guint64          records;
  gboolean         dry_run;
  DscImportCounts  total;
  DscImportCounts  by_kind[DSC_EXCHANGE_N_KINDS];
  GPtrArray       *by_association;
  GPtrArray       *conflicts;
} DscImportSummary;

/**
 * DscConflict:
 * @id: its row in the log
 * @kind: the kind of record
 * @uuid: the record's uuid
 * @label: (nullable): what a person recognises it by
 * @logged_at: when the import logged it (UTC timestamp)
 * @file_won: %TRUE when an imported version replaced the database's (the
 *   database's version is the one logged); %FALSE when the database kept its
 *   version (the file's is logged)
 * @losing_updated_at: when the version that lost was made
 * @winning_updated_at: when the version that won was made
 * @losing_json: the version that lost, one exchange-format line
 * @source: (nullable): the name of the file imported
 * @restored_at: (nullable): when it was restored, %NULL while it was not
 *
 * One entry of the conflict log: a version that lost a merge, kept so that a
 * person can look at it and bring it back.
 */
typedef struct
{
  gint64           id;
  DscExchangeKind  kind;
  char            *uuid;
  char            *label;
  char            *logged_at;
  gboolean         file_won;
  char            *losing_updated_at;
  char            *winning_updated_at;
  char            *losing_json;
  char            *source;
  char            *restored_at;
} DscConflict;

const char       *dsc_exchange_kind_name          (DscExchangeKind   kind);
int               dsc_exchange_kind_from_name     (const char       *name);
const DscKind    *dsc_exchange_kind_record        (DscExchangeKind   kind);
const char       *dsc_exchange_kind_label         (DscExchangeKind   kind);

gboolean          dsc_exchange_export             (DscStore             *store,
                                                   const char           *association_uuid,
                                                   GOutputStream        *output,
                                                   DscExchangeProgress   progress,
                                                   gpointer              user_data,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
gboolean          dsc_exchange_export_to_file     (DscStore             *store,
                                                   const char           *association_uuid,
                                                   GFile                *file,
                                                   DscExchangeProgress   progress,
                                                   gpointer              user_data,
                                                   GCancellable         *cancellable,
                                                   GError              **error);

DscImportSummary *dsc_exchange_import             (DscStore             *store,
                                                   GFile                *file,
                                                   DscImportFlags        flags,
                                                   DscExchangeProgress   progress,
                                                   gpointer              user_data,
                                                   GCancellable         *cancellable,
                                                   GPtrArray           **problems,
                                                   GError              **error);
DscImportSummary *dsc_exchange_import_stream      (DscStore             *store,
                                                   GInputStream         *input,
                                                   const char           *name,
                                                   guint64               size,
                                                   DscImportFlags        flags,
                                                   DscExchangeProgress   progress,
                                                   gpointer              user_data,
                                                   GCancellable         *cancellable,
                                                   GPtrArray           **problems,
                                                   GError              **error);
char             *dsc_import_counts_describe      (const DscImportCounts *counts);
void              dsc_import_summary_free         (DscImportSummary     *summary);

GPtrArray        *dsc_store_list_conflicts        (DscStore             *self,
                                                   gboolean              include_restored,
                                                   guint                 limit,
                                                   guint                *total,
                                                   GError              **error);
gboolean          dsc_store_restore_conflict      (DscStore             *self,
                                                   gint64                conflict_id,
                                                   GError              **error);
void              dsc_conflict_free               (DscConflict          *conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscImportSummary, dsc_import_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscConflict, dsc_conflict_free)

G_END_DECLS
