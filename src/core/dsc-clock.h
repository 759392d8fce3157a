/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateTime *dsc_clock_now          (void);
char      *dsc_clock_timestamp    (void);
char      *dsc_clock_today        (void);
char      *dsc_clock_format_timestamp (GDateTime *datetime);

G_END_DECLS
