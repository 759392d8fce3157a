/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N (1-based) brings a database from user_version N-1 to N. */
extern const char * const dsc_migrations[];
extern const int dsc_n_migrations;

#define DSC_SCHEMA_VERSION (dsc_n_migrations)

G_END_DECLS
