/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-store.h"

G_BEGIN_DECLS

#define DSC_DEMO_DEFAULT_ASSOCIATIONS 40
#define DSC_DEMO_DEFAULT_SEED 1

gboolean dsc_demo_generate (DscStore  *store,
                            guint      n_associations,
                            guint32    seed,
                            GError   **error);

G_END_DECLS
