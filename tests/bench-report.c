/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmarks of the reports: `discorsi report --all` on a demo database, as a
 * programme office runs it before sending every association its passport
 * (the spreadsheet route took about 0.9 s for one passport and 45 ms each in a
 * batch of 200), with its peak memory; then where the time of one passport
 * goes (reading the store, laying out, writing the PDF), and the programme
 * report. Not a test (timings flake on shared machines): `build-aux/dev
 * bench` runs it and the README records the figures.
 *
 *   bench-report DISCORSI [N_ASSOCIATIONS]       (default 200) */

#include "config.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <cairo.h>

#include "dsc-demo.h"
#include "dsc-report.h"
#include "dsc-test-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
worst (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len - 1);
}

/* Runs discorsi and returns its wall time in milliseconds; its peak memory
 * (kB) goes to @max_rss. */
static double
run_discorsi (const char  *exe,
              const char **args,
              long        *max_rss)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status = 0;
  gint64 start;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **) argv->pdata, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid, &error))
    g_error ("%s", error->message);
  /* wait4 gives this child's own peak memory, not the largest of all. */
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("discorsi failed");
  g_spawn_close_pid (pid);

  *max_rss = usage.ru_maxrss;
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  const char *exe = argc > 1 ? argv[1] : NULL;
  guint n = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 200;
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *out = g_build_filename (dir, "passports", NULL);
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *programme = g_build_filename (dir, "programme.pdf", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", path);
  g_autofree char *output_dir = g_strdup_printf ("--output-dir=%s", out);
  g_autofree char *output_one = g_strdup_printf ("--output=%s", one);
  g_autofree char *output_programme = g_strdup_printf ("--output=%s", programme);
  g_autoptr(GArray) reading = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) writing = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) associations = NULL;
  g_autoptr(GError) error = NULL;
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  DscStore *store;
  double all_ms, one_ms, programme_ms;
  long all_rss, one_rss, programme_rss;
  guint two_pages = 0;

  if (exe == NULL)
    {
      g_printerr ("usage: bench-report DISCORSI [N_ASSOCIATIONS]\n");
      return 2;
    }

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  store = dsc_test_open (path);
  if (!dsc_demo_generate (store, n, 1, &error))
    g_error ("%s", error->message);
  associations = dsc_store_search_associations (store, &filter, NULL);

  /* The batch, as a user runs it: one process, one PDF per association. */
  {
    const char *args[] = { database, "report", "--all", output_dir, NULL };

    all_ms = run_discorsi (exe, args, &all_rss);
  }
  {
    const char *args[] = { database, "report", "--association",
                           ((DscAssociationSummary *) g_ptr_array_index (associations, 0))->uuid,
                           output_one, NULL };

    one_ms = run_discorsi (exe, args, &one_rss);
  }
  {
    const char *args[] = { database, "report", "--programme", output_programme, NULL };

    programme_ms = run_discorsi (exe, args, &programme_rss);
  }

  /* Where one passport's time goes. */
  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociationSummary *association = g_ptr_array_index (associations, i);
      g_autofree char *file = g_build_filename (dir, "passport.pdf", NULL);
      g_autoptr(DscReport) report = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      gint64 start;
      double ms;
      guint count;

      start = g_get_monotonic_time ();
      report = dsc_report_new_passport (store, association->id, &error);
      if (report == NULL)
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (reading, ms);

      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      count = dsc_report_paginate (report, cr, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_array_append_val (layout, ms);
      two_pages += count > 1;

      /* Export lays out again, then draws and writes. */
      start = g_get_monotonic_time ();
      if (!dsc_report_export (report, file, 0, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (writing, ms);
    }

  g_print ("| what | figure |\n| --- | --- |\n");
  g_print ("| `report --all`: %u passports (%u of them on two pages) | %.0f ms in all, %.1f ms each |\n",
           associations->len, two_pages, all_ms, all_ms / associations->len);
  g_print ("| `report --all`: peak memory | %.1f MB |\n", all_rss / 1024.0);
  g_print ("| `report --association`: one passport, the whole program from start to exit | %.0f ms, %.1f MB |\n",
           one_ms, one_rss / 1024.0);
  g_print ("| `report --programme`: %u associations | %.0f ms, %.1f MB |\n", n, programme_ms,
           programme_rss / 1024.0);
  g_print ("| one passport: reading the store | %.2f ms median, %.2f ms worst |\n", median (reading), worst (reading));
  g_print ("| one passport: laying out the pages | %.2f ms median, %.2f ms worst |\n", median (layout), worst (layout));
  g_print ("| one passport: drawing and writing the PDF | %.2f ms median, %.2f ms worst |\n", median (writing),
           worst (writing));

  g_object_unref (store);
  dsc_test_remove_tree (dir);
  return 0;
}
