/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one clock of the program: DISCORSI_NOW, when set, replaces the real time
 * everywhere (DESIGN.md), so that the demo, overdue logic and tests are repeatable. */

#include "config.h"

#include "dsc-clock.h"

/**
 * dsc_clock_now:
 *
 * Returns: (transfer full): the current time in UTC, or the time that
 *   `DISCORSI_NOW` names when it is set to a valid ISO 8601 timestamp.
 */
GDateTime *
dsc_clock_now (void)
{
  /* DISCORSI_NOW is read once per value: the demo and imports ask for the time
   * hundreds of thousands of times. */
  static GMutex lock;
  static char *cached_text;
  static GDateTime *cached_time;
  const char *fixed = g_getenv ("DISCORSI_NOW");
  GDateTime *now = NULL;

  if (fixed == NULL || *fixed == '\0')
    return g_date_time_new_now_utc ();

  g_mutex_lock (&lock);
  if (g_strcmp0 (fixed, cached_text) != 0)
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (fixed, local);

      g_clear_pointer (&cached_time, g_date_time_unref);
      g_free (cached_text);
      cached_text = g_strdup (fixed);
      if (parsed != NULL)
        cached_time = g_date_time_to_utc (parsed);
      else
        g_warning ("DISCORSI_NOW=%s is not an ISO 8601 timestamp; using the real time", fixed);
    }
  if (cached_time != NULL)
    now = g_date_time_ref (cached_time);
  g_mutex_unlock (&lock);

  return now != NULL ? now : g_date_time_new_now_utc ();
}

/**
 * dsc_clock_format_timestamp:
 * @datetime: a time
 *
 * Returns: (transfer full): @datetime in UTC as `2026-11-26T10:15:00.123Z`.
 */
char *
dsc_clock_format_timestamp (GDateTime *datetime)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *seconds = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  utc = g_date_time_to_utc (datetime);
  seconds = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (utc) / 1000);
}

/**
 * dsc_clock_timestamp:
 *
 * Returns: (transfer full): the clock's time as a stored timestamp.
 */
char *
dsc_clock_timestamp (void)
{
  g_autoptr(GDateTime) now = dsc_clock_now ();

  return dsc_clock_format_timestamp (now);
}

/**
 * dsc_clock_today:
 *
 * Returns: (transfer full): the clock's local civil date, `YYYY-MM-DD`: "today",
 *   "overdue" and "due" are judged on it.
 */
char *
dsc_clock_today (void)
{
  g_autoptr(GDateTime) now = dsc_clock_now ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  return g_date_time_format (local, "%Y-%m-%d");
}
