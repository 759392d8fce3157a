/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "dsc-error.h"

G_DEFINE_QUARK (dsc-store-error-quark, dsc_store_error)
