/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *dsc_search_to_fts_query     (const char *typed);
gboolean  dsc_search_wants_exact_text (const char *typed);
char     *dsc_search_snippet          (const char *text,
                                       const char *needle,
                                       const char *start,
                                       const char *end);
char     *dsc_search_words_snippet    (const char         *typed,
                                       const char * const *texts,
                                       guint               n_texts,
                                       guint               n_words,
                                       const char         *start,
                                       const char         *end);

G_END_DECLS
