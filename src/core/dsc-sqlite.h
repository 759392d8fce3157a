/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

void          dsc_sqlite_set_error     (GError       **error,
                                        sqlite3       *db,
                                        int            rc);
gboolean      dsc_sqlite_exec          (sqlite3       *db,
                                        const char    *sql,
                                        GError       **error);
sqlite3_stmt *dsc_sqlite_prepare       (sqlite3       *db,
                                        const char    *sql,
                                        GError       **error);
int           dsc_sqlite_step          (sqlite3_stmt  *stmt,
                                        GError       **error);
gboolean      dsc_sqlite_step_done     (sqlite3_stmt  *stmt,
                                        GError       **error);
gint64        dsc_sqlite_query_int     (sqlite3       *db,
                                        const char    *sql,
                                        GError       **error);
void          dsc_sqlite_bind_text     (sqlite3_stmt  *stmt,
                                        int            index,
                                        const char    *text);
void          dsc_sqlite_bind_ids      (sqlite3_stmt  *stmt,
                                        int            index,
                                        GArray        *ids);
char         *dsc_sqlite_column_text   (sqlite3_stmt  *stmt,
                                        int            column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
