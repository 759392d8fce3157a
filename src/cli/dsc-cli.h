/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line (DESIGN.md). */
#define DSC_EXIT_OK      0
#define DSC_EXIT_FAILED  1
#define DSC_EXIT_USAGE   2

gboolean dsc_cli_handles (int    argc,
                          char **argv);
int      dsc_cli_run     (int    argc,
                          char **argv);

G_END_DECLS
