/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DSC_STORE_ERROR (dsc_store_error_quark ())

/**
 * DscStoreError:
 * @DSC_STORE_ERROR_FAILED: anything not listed below
 * @DSC_STORE_ERROR_BUSY: another program holds the database
 * @DSC_STORE_ERROR_NOT_A_DATABASE: the file is not a Discorsi database
 * @DSC_STORE_ERROR_CORRUPT: the database is damaged
 * @DSC_STORE_ERROR_TOO_NEW: a newer version of Discorsi made the file
 * @DSC_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @DSC_STORE_ERROR_NO_SPACE: the disk is full
 * @DSC_STORE_ERROR_NOT_FOUND: no such record
 * @DSC_STORE_ERROR_AMBIGUOUS: a name matches several records
 * @DSC_STORE_ERROR_INVALID: a value is not acceptable (see the message)
 * @DSC_STORE_ERROR_NOT_EMPTY: the database already holds records
 *
 * Errors a user can cause; each message is one sentence that says what is wrong
 * and what to do.
 */
typedef enum
{
  DSC_STORE_ERROR_FAILED,
  DSC_STORE_ERROR_BUSY,
  DSC_STORE_ERROR_NOT_A_DATABASE,
  DSC_STORE_ERROR_CORRUPT,
  DSC_STORE_ERROR_TOO_NEW,
  DSC_STORE_ERROR_READ_ONLY,
  DSC_STORE_ERROR_NO_SPACE,
  DSC_STORE_ERROR_NOT_FOUND,
  DSC_STORE_ERROR_AMBIGUOUS,
  DSC_STORE_ERROR_INVALID,
  DSC_STORE_ERROR_NOT_EMPTY,
} DscStoreError;

GQuark dsc_store_error_quark (void);

G_END_DECLS
