/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#include <sqlite3.h>

/**
 * DscMigration:
 * @sql: constant SQL run first
 * @apply: (nullable): C code run after it, in the same transaction, for data
 *   that comes from the program (the built-in framework's texts)
 *
 * Migration N (1-based) brings a database from user_version N-1 to N.
 */
typedef struct
{
  const char *sql;
  gboolean  (*apply) (sqlite3 *db, GError **error);
} DscMigration;

extern const DscMigration dsc_migrations[];
extern const int dsc_n_migrations;

#define DSC_SCHEMA_VERSION (dsc_n_migrations)

G_END_DECLS
