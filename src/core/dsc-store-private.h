/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-sqlite.h"
#include "dsc-store.h"

G_BEGIN_DECLS

struct _DscStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;       /* SQL text -> owned sqlite3_stmt, reset before use */
  GHashTable *kind_sql;         /* "table/verb" -> owned generated SQL text */
  int         transaction_depth;
};

/* A statement from the store's cache: g_autoptr resets it when it goes out of
 * scope, so that no finished read keeps a WAL snapshot open. */
typedef sqlite3_stmt DscCachedStatement;

static inline void
dsc_cached_statement_release (DscCachedStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscCachedStatement, dsc_cached_statement_release)

DscCachedStatement *dsc_store_prepare (DscStore      *self,
                                     const char    *sql,
                                     GError       **error);
char         *dsc_store_backup_committed (DscStore  *self,
                                          GError   **error);
void          dsc_store_emit_changed (DscStore     *self,
                                      const DscKind *kind,
                                      gint64         id);
gboolean      dsc_store_set_deleted (DscStore      *self,
                                     const DscKind *kind,
                                     gint64         id,
                                     gboolean       deleted,
                                     GError       **error);
GPtrArray    *dsc_store_list_ids    (DscStore      *self,
                                     const DscKind *kind,
                                     GArray        *ids,
                                     GError       **error);

/* On one date, the most authoritative reading counts: consensus, then the
 * trainer's, then the association's own (an ORDER BY term over assessment a). */
#define DSC_SQL_RESPONDENT_RANK \
  "CASE a.respondent WHEN 'consensus' THEN 0 WHEN 'trainer' THEN 1 ELSE 2 END"

/* dsc-capacity.c: refuses a level beyond the scale of a framework version. */
gboolean      dsc_capacity_check_level (DscStore     *store,
                                        gint64        version_id,
                                        int           level,
                                        GError      **error);

G_END_DECLS
