/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Field checks: what a volunteer types is accepted when valid and refused with a
 * sentence that says what a valid value looks like. */

#include "config.h"

#include "dsc-association.h"
#include "dsc-error.h"
#include "dsc-search.h"
#include "dsc-validate.h"

static void
assert_valid (DscTextCheck  check,
              const char   *text)
{
  g_autoptr(GError) error = NULL;

  if (!check (text, &error))
    g_error ("“%s” refused: %s", text, error->message);
}

static void
assert_invalid (DscTextCheck  check,
                const char   *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (check (text, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_fiscal_code (void)
{
  assert_valid (dsc_validate_fiscal_code, NULL);
  assert_valid (dsc_validate_fiscal_code, "");
  assert_valid (dsc_validate_fiscal_code, "97512340015");
  assert_valid (dsc_validate_fiscal_code, "RSSMRA85T10A562S");
  assert_valid (dsc_validate_fiscal_code, "rssmra85t10a562s");     /* typed in lower case */
  assert_valid (dsc_validate_fiscal_code, " 97512340015 ");
  assert_invalid (dsc_validate_fiscal_code, "97512340016");        /* wrong check digit */
  assert_invalid (dsc_validate_fiscal_code, "RSSMRA85T10A562T");   /* wrong check letter */
  assert_invalid (dsc_validate_fiscal_code, "9751234001");         /* 10 digits */
  assert_invalid (dsc_validate_fiscal_code, "RSSMRA85T10A562");    /* 15 characters */
  assert_invalid (dsc_validate_fiscal_code, "12345678ABC");
  assert_invalid (dsc_validate_fiscal_code, "RSSMRA8XT10A562S");   /* letter where a digit goes */

  /* The demo data completes codes with the same function. */
  g_assert_cmpint (dsc_fiscal_code_check_character ("9751234001"), ==, '5');
  g_assert_cmpint (dsc_fiscal_code_check_character ("RSSMRA85T10A562"), ==, 'S');
  g_assert_cmpint (dsc_fiscal_code_check_character ("rssmra85t10a562"), ==, 0);
  g_assert_cmpint (dsc_fiscal_code_check_character ("123"), ==, 0);
}

static void
test_email_url_phone_postcode (void)
{
  assert_valid (dsc_validate_email, "info@comite-senegal.org");
  assert_valid (dsc_validate_email, "awa.ndiaye+news@gmail.com");
  assert_invalid (dsc_validate_email, "info.comite.org");
  assert_invalid (dsc_validate_email, "info@comite");
  assert_invalid (dsc_validate_email, "info@@x.org");
  assert_invalid (dsc_validate_email, "a@x.org, b@x.org");

  assert_valid (dsc_validate_url, "www.comite.org");
  assert_valid (dsc_validate_url, "https://comite.org/chi-siamo");
  assert_valid (dsc_validate_url, "http://example.it");
  assert_invalid (dsc_validate_url, "comite");
  assert_invalid (dsc_validate_url, "www comite org");

  assert_valid (dsc_validate_phone, "011 1234567");
  assert_valid (dsc_validate_phone, "+39 333 123 4567");
  assert_valid (dsc_validate_phone, "(011) 12-34-56");
  assert_invalid (dsc_validate_phone, "12345");
  assert_invalid (dsc_validate_phone, "chiamare Awa");

  assert_valid (dsc_validate_postcode, "10125");
  assert_invalid (dsc_validate_postcode, "1012");
  assert_invalid (dsc_validate_postcode, "10A25");
}

static void
test_dates_and_years (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  assert_valid (dsc_validate_date, "2026-11-26");
  assert_valid (dsc_validate_date, "2024-02-29");
  assert_invalid (dsc_validate_date, "2025-02-29");
  assert_invalid (dsc_validate_date, "2026-13-01");
  assert_invalid (dsc_validate_date, "26/11/2026");
  assert_invalid (dsc_validate_date, "2026-11-26x");
  assert_invalid (dsc_validate_date, "2026-1-5");

  g_assert_true (dsc_date_parse ("2026-11-26", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 26);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  g_assert_true (dsc_validate_year (2026, NULL));
  g_assert_true (dsc_validate_year (1900, NULL));
  g_assert_true (dsc_validate_year (-1, NULL));
  g_assert_false (dsc_validate_year (2027, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dsc_validate_year (1899, &error));
}

static void
test_field_checks_use_labels (void)
{
  g_autoptr(GError) error = NULL;
  const DscField *name = dsc_kind_find_field (&dsc_kind_association, "name");
  const DscField *email = dsc_kind_find_field (&dsc_kind_association, "email");
  const DscField *members = dsc_kind_find_field (&dsc_kind_association, "members");

  g_assert_false (dsc_field_check_text (name, "   ", &error));
  g_assert_nonnull (strstr (error->message, "Name"));
  g_clear_error (&error);

  g_assert_false (dsc_field_check_text (email, "nobody", &error));
  g_assert_nonnull (strstr (error->message, "name@example.org"));
  g_clear_error (&error);

  g_assert_true (dsc_field_check_int (members, 0, NULL));
  g_assert_true (dsc_field_check_int (members, -1, NULL));
}

static void
test_fts_query (void)
{
  struct { const char *typed; const char *query; } cases[] = {
    { "comite", "\"comite\"*" },
    { "  Comité   torino ", "\"Comité\"* \"torino\"*" },
    { "\"comite\"", "\"comite\"*" },
    { "a\"b", "\"a\"* \"b\"*" },
    { "-x (y) z*", "\"x\"* \"y\"* \"z\"*" },
    { "AND OR NOT", "\"AND\"* \"OR\"* \"NOT\"*" },
    { "name:comite", "\"name\"* \"comite\"*" },
    { "l'alloggio", "\"l\"* \"alloggio\"*" },
    { "中文 مرحبا", "\"中文\"* \"مرحبا\"*" },
    { "", NULL },
    { "  - * ( ) \" ", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = dsc_search_to_fts_query (cases[i].typed);

      g_assert_cmpstr (query, ==, cases[i].query);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/fiscal-code", test_fiscal_code);
  g_test_add_func ("/validate/email-url-phone-postcode", test_email_url_phone_postcode);
  g_test_add_func ("/validate/dates-and-years", test_dates_and_years);
  g_test_add_func ("/validate/field-checks-use-labels", test_field_checks_use_labels);
  g_test_add_func ("/validate/fts-query", test_fts_query);

  return g_test_run ();
}
