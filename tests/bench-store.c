/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmarks of the store with many associations: how long the demo takes to
 * fill a database, how fast search-as-you-type answers, how long opening, the
 * integrity check and a backup take. Not a test (timings flake on shared
 * machines): `build-aux/dev bench` runs it and the README records the figures.
 *
 *   bench-store [N_ASSOCIATIONS]       (default 10000) */

#include "config.h"

#include <glib/gstdio.h>

#include "dsc-clock.h"
#include "dsc-demo.h"
#include "dsc-progress.h"
#include "dsc-store-private.h"
#include "dsc-test-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Runs @search @repeats times and prints the median and worst, in milliseconds. */
static void
time_search (DscStore   *store,
             const char *label,
             const char *text,
             int         province,
             int         area,
             int         status,
             int         repeats)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  DscAssociationFilter filter = { text, province, area, status };
  guint rows = 0;

  for (int i = 0; i < repeats; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = dsc_store_search_associations (store, &filter, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      rows = found->len;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("| search: %-34s | %6u rows | %7.2f ms median | %7.2f ms worst |\n",
           label, rows, g_array_index (times, double, repeats / 2),
           g_array_index (times, double, repeats - 1));
}

/* Medians over @repeats associations taken evenly through the table. */
static void
time_progress (DscStore   *store,
               const char *label,
               int         repeats)
{
  g_autoptr(GPtrArray) all = dsc_store_search_associations (store, &(DscAssociationFilter) DSC_ASSOCIATION_FILTER_INIT,
                                                            NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < repeats; i++)
    {
      DscAssociationSummary *row = g_ptr_array_index (all, (guint) i * all->len / repeats);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(DscProgress) progress = dsc_progress_compute (store, row->id, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert (progress != NULL);
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("| %s | %.2f ms median | %.2f ms worst |\n", label,
           g_array_index (times, double, repeats / 2), g_array_index (times, double, repeats - 1));
}

static void
time_module_summary (DscStore *store,
                     int       repeats)
{
  g_autoptr(GPtrArray) modules = dsc_store_list_by (store, &dsc_kind_module, NULL, 0, NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < repeats && modules->len > 0; i++)
    {
      DscRecord *module = g_ptr_array_index (modules, (guint) i * modules->len / repeats);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) summary = dsc_store_module_summary (store, module->id, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert (summary != NULL);
      g_array_append_val (times, ms);
    }

  if (times->len > 0)
    {
      g_array_sort (times, compare_doubles);
      g_print ("| certificates of one module | %.2f ms median | %.2f ms worst |\n",
               g_array_index (times, double, times->len / 2), g_array_index (times, double, times->len - 1));
    }
}

/* Fills attendance up to @total rows with pairs (session, association) not yet
 * present, spread over all sessions and associations. */
static void
add_attendance (DscStore *store,
                gint64    total)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf (
    "INSERT OR IGNORE INTO attendance (uuid, created_at, updated_at, session_id, association_id,"
    "  participants, present)"
    " WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %" G_GINT64_FORMAT "),"
    "  s AS (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM session),"
    "  a AS (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM association)"
    " SELECT lower (hex (randomblob (16))), '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z',"
    "   s.id, a.id, 1 + n.i %% 3, n.i %% 5 <> 0"
    " FROM n JOIN s ON s.k = n.i %% (SELECT count (*) FROM session)"
    "        JOIN a ON a.k = (n.i * 7919) %% (SELECT count (*) FROM association)",
    total);

  if (!dsc_store_begin (store, &error) || !dsc_sqlite_exec (store->db, sql, &error)
      || !dsc_store_commit (store, &error))
    g_error ("%s", error->message);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  GStatBuf info;
  gint64 start;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);

  start = g_get_monotonic_time ();
  store = dsc_test_open (path);
  if (!dsc_demo_generate (store, n, 1, &error))
    g_error ("%s", error->message);
  g_print ("| demo: %u associations, their people and a programme year | %.2f s |\n", n, seconds_since (start));
  g_clear_object (&store);

  g_stat (path, &info);
  g_print ("| database file | %.1f MB |\n", info.st_size / 1e6);

  start = g_get_monotonic_time ();
  store = dsc_test_open (path);
  g_print ("| open (header check, pragmas) | %.1f ms |\n", seconds_since (start) * 1000);

  time_search (store, "everything, sorted by name", NULL, -1, -1, -1, 21);
  time_search (store, "typing \"a\"", "a", -1, -1, -1, 21);
  time_search (store, "typing \"as\"", "as", -1, -1, -1, 21);
  time_search (store, "typing \"asociatia\" (Asociația)", "asociatia", -1, -1, -1, 21);
  time_search (store, "two words \"associazione torino\"", "associazione torino", -1, -1, -1, 21);
  time_search (store, "province TO", NULL, DSC_PROVINCE_TO, -1, -1, 21);
  time_search (store, "\"cultur\" + housing + active", "cultur", -1, DSC_AREA_HOUSING,
               DSC_STATUS_ACTIVE, 21);

  time_progress (store, "progress of one association", 50);
  time_module_summary (store, 20);

  /* The design's scale: a million attendance rows. */
  start = g_get_monotonic_time ();
  add_attendance (store, 1000000);
  g_print ("| add attendance up to 1,000,000 rows (one INSERT … SELECT) | %.2f s |\n", seconds_since (start));
  time_progress (store, "progress of one association, 1M attendance rows", 50);
  time_module_summary (store, 20);

  start = g_get_monotonic_time ();
  if (!dsc_store_check (store, &error))
    g_error ("%s", error->message);
  g_print ("| quick_check | %.1f ms |\n", seconds_since (start) * 1000);

  start = g_get_monotonic_time ();
  backup = dsc_store_backup (store, NULL, &error);
  if (backup == NULL)
    g_error ("%s", error->message);
  g_print ("| backup (check, copy, read back) | %.1f ms |\n", seconds_since (start) * 1000);

  g_clear_object (&store);
  dsc_test_remove_tree (dir);
  return 0;
}
