/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmarks of exchange files on the database of `discorsi demo
 * --associations=N`: export and import, next to json-glib alone parsing each
 * line of the same file and generating the same lines. Each step runs in a
 * process of its own, so that its peak memory (ru_maxrss) is its own. Not a
 * test: `build-aux/dev bench` runs it and README.md records the figures.
 *
 *   bench-exchange [N_ASSOCIATIONS]       (default 10000) */

#include "config.h"

#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dsc-demo.h"
#include "dsc-exchange-private.h"
#include "dsc-test-util.h"

#define NOW "2026-11-26T10:00:00Z"

extern char **environ;

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* Steps, each run in a child process; each prints "seconds=S" ------------------ */

static int
step_demo (const char *database,
           guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_store_open (database, DSC_STORE_DEFAULT, &error);
  gint64 start = g_get_monotonic_time ();

  if (store == NULL || !dsc_demo_generate (store, n, 1, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("seconds=%f\n", seconds_since (start));
  return 0;
}

static int
step_export (const char *database,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_store_open (database, DSC_STORE_MUST_EXIST, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start = g_get_monotonic_time ();

  if (store == NULL || !dsc_exchange_export_to_file (store, NULL, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("seconds=%f\n", seconds_since (start));
  return 0;
}

static int
step_import (const char     *database,
             const char     *path,
             DscImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_store_open (database, DSC_STORE_DEFAULT, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DscImportSummary) summary = NULL;
  gint64 start = g_get_monotonic_time ();

  if (store != NULL)
    summary = dsc_exchange_import (store, file, flags, NULL, NULL, NULL, NULL, &error);
  if (summary == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("seconds=%f\n", seconds_since (start));
  g_print ("records=%" G_GUINT64_FORMAT " added=%" G_GUINT64_FORMAT " unchanged=%" G_GUINT64_FORMAT "\n",
           summary->records, summary->total.added, summary->total.unchanged);
  return 0;
}

/* json-glib alone: a JsonParser over each line of the file. */
static int
step_parse (const char *path)
{
  FILE *file = fopen (path, "r");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  gint64 start = g_get_monotonic_time ();

  if (file == NULL)
    return 1;
  while ((length = getline (&line, &capacity, file)) > 0)
    if (!json_parser_load_from_data (parser, line, length, NULL))
      return 1;
  g_print ("seconds=%f\n", seconds_since (start));
  free (line);
  fclose (file);
  return 0;
}

/* json-glib alone generating the same lines: each line is parsed first (not
 * timed), then only the generator is timed. */
static int
step_generate (const char *path)
{
  FILE *file = fopen (path, "r");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  double generating = 0;
  guint64 bytes = 0;

  if (file == NULL)
    return 1;
  while ((length = getline (&line, &capacity, file)) > 0)
    {
      g_autofree char *text = NULL;
      gsize text_length;
      gint64 start;

      if (!json_parser_load_from_data (parser, line, length, NULL))
        return 1;
      start = g_get_monotonic_time ();
      json_generator_set_root (generator, json_parser_get_root (parser));
      text = json_generator_to_data (generator, &text_length);
      generating += seconds_since (start);
      bytes += text_length + 1;
    }
  g_print ("seconds=%f\nbytes=%" G_GUINT64_FORMAT "\n", generating, bytes);
  free (line);
  fclose (file);
  return 0;
}

/* What the import does to a line before the database: the strict scanner
 * (which builds the json-glib nodes as it checks), the field checks; and,
 * timed apart, Discorsi's canonical writer on the record read (what export
 * writes). */
static int
step_lines (const char *path)
{
  FILE *file = fopen (path, "r");
  g_autoptr(GString) out = g_string_sized_new (65536);
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  double reading = 0, writing = 0;

  if (file == NULL)
    return 1;
  while ((length = getline (&line, &capacity, file)) > 0)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(DscXRecord) x = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *problem = NULL;
      JsonObject *object;
      int kind;
      gint64 start = g_get_monotonic_time ();

      root = dsc_exchange_parse_line (line, length - 1, &problem);
      if (root == NULL)
        return 1;
      object = json_node_get_object (root);
      kind = dsc_exchange_kind_from_name (json_object_get_string_member_with_default (object, "kind", ""));
      if (kind >= 0)
        x = dsc_xrecord_from_json (object, kind, problems);
      reading += seconds_since (start);

      if (x != NULL)
        {
          start = g_get_monotonic_time ();
          g_string_truncate (out, 0);
          dsc_xrecord_write (x, out);
          writing += seconds_since (start);
        }
    }
  g_print ("seconds=%f\nwriting=%f\n", reading, writing);
  free (line);
  fclose (file);
  return 0;
}

static int
run_step (int    argc,
          char **argv)
{
  const char *step = argv[2];

  g_setenv ("DISCORSI_NOW", NOW, TRUE);
  if (g_str_equal (step, "demo") && argc == 5)
    return step_demo (argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));
  if (g_str_equal (step, "export") && argc == 5)
    return step_export (argv[3], argv[4]);
  if (g_str_equal (step, "import") && argc == 5)
    return step_import (argv[3], argv[4], DSC_IMPORT_DEFAULT);
  if (g_str_equal (step, "dry-run") && argc == 5)
    return step_import (argv[3], argv[4], DSC_IMPORT_DRY_RUN);
  if (g_str_equal (step, "parse") && argc == 4)
    return step_parse (argv[3]);
  if (g_str_equal (step, "generate") && argc == 4)
    return step_generate (argv[3]);
  if (g_str_equal (step, "lines") && argc == 4)
    return step_lines (argv[3]);
  return 2;
}

/* The parent ------------------------------------------------------------------ */

typedef struct
{
  double  seconds;       /* as the step measured it */
  double  wall;          /* the whole process */
  long    peak_kib;
  char   *output;
} Measure;

static void
measure_clear (Measure *measure)
{
  g_clear_pointer (&measure->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Measure, measure_clear)

static void
measure (const char *self,
         Measure    *result,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) output = g_string_new (NULL);
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  const char *arg;
  int pipe_fds[2];
  char buffer[4096];
  ssize_t got;
  pid_t pid;
  int status;
  gint64 start;
  va_list list;

  g_ptr_array_add (args, (gpointer) self);
  g_ptr_array_add (args, (gpointer) "--step");
  va_start (list, result);
  while ((arg = va_arg (list, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);

  g_assert (pipe (pipe_fds) == 0);
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose (&actions, pipe_fds[0]);

  start = g_get_monotonic_time ();
  g_assert (posix_spawn (&pid, self, &actions, NULL, (char **) args->pdata, environ) == 0);
  close (pipe_fds[1]);
  while ((got = read (pipe_fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, got);
  close (pipe_fds[0]);
  g_assert (wait4 (pid, &status, 0, &usage) == pid);
  result->wall = seconds_since (start);
  posix_spawn_file_actions_destroy (&actions);

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("The step %s failed.\n", (const char *) g_ptr_array_index (args, 2));
      exit (1);
    }

  result->peak_kib = usage.ru_maxrss;
  result->output = g_strdup (output->str);
  {
    const char *seconds = strstr (output->str, "seconds=");

    result->seconds = seconds != NULL ? g_ascii_strtod (seconds + 8, NULL) : result->wall;
  }
}

static void
row (const char    *label,
     const Measure *measure,
     double         megabytes)
{
  g_print ("| %-44s | %7.2f s | %7.1f MB/s | %7.0f MB |\n", label, measure->seconds,
           megabytes / measure->seconds, measure->peak_kib / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *database = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *path = NULL;
  g_autofree char *count = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_auto(Measure) demo = { 0 };
  g_auto(Measure) export = { 0 };
  g_auto(Measure) parse = { 0 };
  g_auto(Measure) generate = { 0 };
  g_auto(Measure) lines = { 0 };
  Measure writer = { 0 };
  g_auto(Measure) import = { 0 };
  g_auto(Measure) again = { 0 };
  g_auto(Measure) dry = { 0 };
  struct stat info;
  guint n = 10000;
  double megabytes;

  if (argc >= 2 && g_str_equal (argv[1], "--step"))
    return run_step (argc, argv);
  if (argc >= 2)
    n = (guint) g_ascii_strtoull (argv[1], NULL, 10);

  dir = dsc_test_make_dir ();
  database = g_build_filename (dir, "demo.db", NULL);
  copy = g_build_filename (dir, "copy.db", NULL);
  path = g_build_filename (dir, "demo.discorsi", NULL);
  count = g_strdup_printf ("%u", n);

  measure (self, &demo, "demo", database, count, NULL);
  measure (self, &export, "export", database, path, NULL);
  g_assert (g_stat (path, &info) == 0);
  megabytes = info.st_size / (1024.0 * 1024.0);
  measure (self, &parse, "parse", path, NULL);
  measure (self, &generate, "generate", path, NULL);
  measure (self, &lines, "lines", path, NULL);
  writer = lines;
  writer.seconds = g_ascii_strtod (strstr (lines.output, "writing=") + 8, NULL);
  measure (self, &import, "import", copy, path, NULL);
  measure (self, &again, "import", copy, path, NULL);
  measure (self, &dry, "dry-run", copy, path, NULL);

  g_print ("Exchange file of `demo --associations=%u`: %.1f MB, %s", n, megabytes,
           strstr (import.output, "records=") != NULL ? strstr (import.output, "records=") : "\n");
  g_print ("\n| %-44s | %9s | %12s | %10s |\n", "step", "time", "throughput", "peak memory");
  g_print ("|%s|%s|%s|%s|\n", "----------------------------------------------", "-----------",
           "--------------", "------------");
  row ("export (whole database, to a file)", &export, megabytes);
  row ("  its line writer alone, on the same records", &writer, megabytes);
  row ("json-glib generating the same lines", &generate, megabytes);
  row ("json-glib parsing each line (JsonParser)", &parse, megabytes);
  row ("import's checks of each line, no database", &lines, megabytes);
  row ("import into an empty database", &import, megabytes);
  row ("import again (every record unchanged)", &again, megabytes);
  row ("dry run (checks, merges, rolls back)", &dry, megabytes);
  g_print ("\nimport / json-glib parse: %.1fx the time (goal: at most 2x); "
           "peak memory %.2fx the file (goal: at most 3x)\n",
           import.seconds / parse.seconds, import.peak_kib / 1024.0 / megabytes);
  g_print ("export / json-glib generate: %.2fx the time (goal: at most 1x), its line writer alone %.2fx; "
           "peak memory %.0f MB\n",
           export.seconds / generate.seconds, writer.seconds / generate.seconds, export.peak_kib / 1024.0);
  g_print ("(demo --associations=%u itself: %.1f s)\n", n, demo.seconds);

  dsc_test_remove_tree (dir);
  return 0;
}
