/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each check accepts NULL or "" (an empty optional field) and otherwise sets a
 * DSC_STORE_ERROR_INVALID error whose message says what a valid value looks like. */
typedef gboolean (*DscTextCheck) (const char *text, GError **error);

gboolean dsc_validate_fiscal_code (const char *text, GError **error);
gboolean dsc_validate_email       (const char *text, GError **error);
gboolean dsc_validate_url         (const char *text, GError **error);
gboolean dsc_validate_phone       (const char *text, GError **error);
gboolean dsc_validate_postcode    (const char *text, GError **error);
gboolean dsc_validate_date        (const char *text, GError **error);
gboolean dsc_validate_time        (const char *text, GError **error);
gboolean dsc_validate_year        (int year, GError **error);
gboolean dsc_date_parse           (const char *text, GDate *date);
char    *dsc_format_date          (const char *iso_date);
char    *dsc_format_timestamp     (const char *timestamp);
char     dsc_fiscal_code_check_character (const char *body);

G_END_DECLS
