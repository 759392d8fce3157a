/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dsc_search_to_fts_query (const char *typed);

G_END_DECLS
