/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-error.h"
#include "dsc-validate.h"

#define EMPTY(text) ((text) == NULL || *(text) == '\0')

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* The check digit of an 11-digit code (organisations, VAT numbers), from its
 * first 10 digits. */
static char
numeric_check_digit (const char *code)
{
  int sum = 0;

  for (int i = 0; i < 10; i++)
    {
      int digit = code[i] - '0';

      if (i % 2 == 1)
        {
          digit *= 2;
          if (digit > 9)
            digit -= 9;
        }
      sum += digit;
    }

  return (char) ('0' + (10 - sum % 10) % 10);
}

/* The check letter of a 16-character personal code, from its first 15 characters. */
static char
personal_check_letter (const char *code)
{
  /* Values of a character in an odd position (1st, 3rd, ...), for 0-9 and A-Z. */
  static const int odd_digits[10] = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21 };
  static const int odd_letters[26] = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                                       20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 };
  int sum = 0;

  for (int i = 0; i < 15; i++)
    {
      char c = code[i];
      gboolean odd = (i % 2 == 0);

      if (g_ascii_isdigit (c))
        sum += odd ? odd_digits[c - '0'] : c - '0';
      else
        sum += odd ? odd_letters[c - 'A'] : c - 'A';
    }

  return (char) ('A' + sum % 26);
}

/**
 * dsc_fiscal_code_check_character:
 * @body: the first 10 digits of an organisation's fiscal code, or the first 15
 *   characters (upper case) of a person's
 *
 * Returns: the character that completes the code, or 0 when @body is neither
 */
char
dsc_fiscal_code_check_character (const char *body)
{
  gsize length = body != NULL ? strlen (body) : 0;

  if (length == 10 && strspn (body, "0123456789") == 10)
    return numeric_check_digit (body);
  if (length == 15)
    {
      for (gsize i = 0; i < 15; i++)
        if (!g_ascii_isdigit (body[i]) && !g_ascii_isupper (body[i]))
          return 0;
      return personal_check_letter (body);
    }

  return 0;
}

/* Letters stand at fixed places; digits may be replaced by letters (omocodia). */
static gboolean
personal_code_shape (const char *code)
{
  static const char shape[] = "AAAAAA99A99A999A";
  static const char digit_letters[] = "LMNPQRSTUV";

  for (int i = 0; i < 16; i++)
    {
      char c = code[i];

      if (shape[i] == 'A' && !g_ascii_isupper (c))
        return FALSE;
      if (shape[i] == '9' && !g_ascii_isdigit (c) && strchr (digit_letters, c) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * dsc_validate_fiscal_code:
 * @text: (nullable): a fiscal code as typed
 * @error: return location for a #GError
 *
 * Accepts the 11-digit code of an organisation or the 16-character code of a
 * person (an informal group may use its representative's), both with their
 * check character.
 *
 * Returns: %TRUE when valid or empty
 */
gboolean
dsc_validate_fiscal_code (const char  *text,
                          GError     **error)
{
  g_autofree char *code = NULL;
  gsize length;

  if (EMPTY (text))
    return TRUE;

  code = g_ascii_strup (text, -1);
  g_strstrip (code);
  length = strlen (code);

  if (length == 11 && strspn (code, "0123456789") == 11)
    {
      if (numeric_check_digit (code) == code[10])
        return TRUE;
      return refuse (error, _("This fiscal code’s last digit does not match the others; check it for a typo."));
    }

  if (length == 16 && personal_code_shape (code))
    {
      if (personal_check_letter (code) == code[15])
        return TRUE;
      return refuse (error, _("This fiscal code’s last letter does not match the others; check it for a typo."));
    }

  return refuse (error, _("A fiscal code has 11 digits, or 16 letters and digits for a person."));
}

/**
 * dsc_validate_email:
 * @text: (nullable): an e-mail address
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it looks like name@domain.tld, or is empty
 */
gboolean
dsc_validate_email (const char  *text,
                    GError     **error)
{
  const char *at;
  const char *dot;

  if (EMPTY (text))
    return TRUE;

  at = strchr (text, '@');
  dot = at != NULL ? strrchr (at, '.') : NULL;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL
      || dot == NULL || dot == at + 1 || dot[1] == '\0'
      || strpbrk (text, " \t\n,;<>") != NULL)
    return refuse (error, _("An e-mail address looks like name@example.org."));

  return TRUE;
}

/**
 * dsc_validate_url:
 * @text: (nullable): a web address, with or without https://
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it is a web address, or is empty
 */
gboolean
dsc_validate_url (const char  *text,
                  GError     **error)
{
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (EMPTY (text))
    return TRUE;

  if (g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://"))
    with_scheme = g_strdup (text);
  else
    with_scheme = g_strconcat ("https://", text, NULL);

  uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL || strchr (host, '.') == NULL || strchr (text, ' ') != NULL)
    return refuse (error, _("A web address looks like www.example.org."));

  return TRUE;
}

/**
 * dsc_validate_phone:
 * @text: (nullable): a telephone number
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it holds 6 to 15 digits and only the usual separators
 */
gboolean
dsc_validate_phone (const char  *text,
                    GError     **error)
{
  int digits = 0;

  if (EMPTY (text))
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +-./()", *p) == NULL)
        return refuse (error, _("A telephone number holds only digits, spaces and + - . / ( )."));
    }

  if (digits < 6 || digits > 15)
    return refuse (error, _("A telephone number has between 6 and 15 digits."));

  return TRUE;
}

/**
 * dsc_validate_postcode:
 * @text: (nullable): an Italian postcode (CAP)
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it has five digits, or is empty
 */
gboolean
dsc_validate_postcode (const char  *text,
                       GError     **error)
{
  if (EMPTY (text))
    return TRUE;

  if (strlen (text) != 5 || strspn (text, "0123456789") != 5)
    return refuse (error, _("A postcode (CAP) has five digits."));

  return TRUE;
}

/**
 * dsc_date_parse:
 * @text: a civil date, `YYYY-MM-DD`
 * @date: (out caller-allocates): where to put it
 *
 * Returns: %TRUE when @text is a real date in that exact form
 */
gboolean
dsc_date_parse (const char *text,
                GDate      *date)
{
  unsigned int year, month, day;
  char rest;

  g_date_clear (date, 1);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year) || year < 1000)
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * dsc_validate_date:
 * @text: (nullable): a civil date
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it is a real date written `YYYY-MM-DD`, or is empty
 */
gboolean
dsc_validate_date (const char  *text,
                   GError     **error)
{
  GDate date;

  if (EMPTY (text))
    return TRUE;

  if (!dsc_date_parse (text, &date))
    return refuse (error, _("This is not a date in the calendar; pick one from the calendar."));

  return TRUE;
}

/**
 * dsc_validate_time:
 * @text: (nullable): a time of day
 *
 * Returns: %TRUE when it is written HH:MM (00:00 to 23:59), or is empty
 */
gboolean
dsc_validate_time (const char  *text,
                   GError     **error)
{
  unsigned int hours, minutes;
  char rest;

  if (EMPTY (text))
    return TRUE;

  if (strlen (text) != 5 || text[2] != ':'
      || sscanf (text, "%2u:%2u%c", &hours, &minutes, &rest) != 2
      || hours > 23 || minutes > 59)
    return refuse (error, _("Write the time as hours and minutes, such as 09:30 or 17:00."));

  return TRUE;
}

/**
 * dsc_validate_year:
 * @year: a year, or -1 when unknown
 * @error: return location for a #GError
 *
 * Returns: %TRUE when it lies between 1900 and the current year, or is unknown
 */
gboolean
dsc_validate_year (int      year,
                   GError **error)
{
  g_autoptr(GDateTime) now = dsc_clock_now ();
  int this_year = g_date_time_get_year (now);

  if (year < 0)
    return TRUE;

  if (year < 1900 || year > this_year)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("A year between 1900 and %d, please."), this_year);
      return FALSE;
    }

  return TRUE;
}

/**
 * dsc_format_date:
 * @iso_date: (nullable): a civil date, YYYY-MM-DD
 *
 * Returns: (transfer full): the date as the user's language writes it
 *   (26/11/2026, 11/26/2026…), or @iso_date itself when it is not a date
 */
char *
dsc_format_date (const char *iso_date)
{
  GDate date;
  char text[64];

  if (!dsc_date_parse (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");

  if (g_date_strftime (text, sizeof text, "%x", &date) == 0)
    return g_strdup (iso_date);

  return g_strdup (text);
}

/**
 * dsc_format_timestamp:
 * @timestamp: (nullable): a UTC timestamp, as records keep them
 *
 * Returns: (transfer full): the moment in local time, as the user's language
 *   writes a date, then hours and minutes ("26/11/2026 11:00"), or @timestamp
 *   itself when it is not one
 */
char *
dsc_format_timestamp (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  if (timestamp != NULL)
    utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp != NULL ? timestamp : "");

  local = g_date_time_to_local (utc);
  day = g_date_time_format (local, "%Y-%m-%d");
  date = dsc_format_date (day);
  return g_strdup_printf ("%s %02d:%02d", date, g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}
