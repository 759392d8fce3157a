/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A fuzz target for the exchange-file importer: every input is a dry-run
 * import into a small demo database, which must end in a summary or in
 * problems and an error, never in a crash, a leak, a hang or a GLib warning.
 * Built with -fsanitize=fuzzer it is a libFuzzer target; built with
 * DSC_FUZZ_STANDALONE it runs every file named on its command line (files and
 * folders, or standard input when none is named), which serves as the corpus
 * test and as a driver for AFL++ (`afl-fuzz ... -- fuzz-import @@`). */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dsc-demo.h"
#include "dsc-exchange.h"
#include "dsc-store-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The demo's fixed clock, so that every run sees the same database. */
#define FUZZ_NOW "2026-11-26T10:00:00Z"
#define FUZZ_ASSOCIATIONS 2
#define FUZZ_SEED 1

static DscStore *fuzz_store;
static char *fuzz_dir;
/* A second, read-only connection: its data_version moves when the store's
 * connection commits anything, which a dry run must never do. */
static sqlite3 *fuzz_watch;
static gint64 fuzz_data_version;

static void
remove_fuzz_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_pointer (&fuzz_watch, sqlite3_close);
  g_clear_object (&fuzz_store);
  if (fuzz_dir == NULL)
    return;

  dir = g_dir_open (fuzz_dir, 0, NULL);
  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (fuzz_dir, name, NULL);

        g_unlink (child);
      }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

/* Opened once: a store on a temporary file holding the built-in framework and
 * a couple of demo associations, so that references in an input can resolve. */
static DscStore *
open_fuzz_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (fuzz_store != NULL)
    return fuzz_store;

  /* GLib warnings and criticals are programming errors (STYLE.md): no input
   * may cause one. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("DISCORSI_NOW", FUZZ_NOW, TRUE);

  fuzz_dir = g_dir_make_tmp ("discorsi-fuzz-XXXXXX", &error);
  if (fuzz_dir == NULL)
    g_error ("fuzz-import: no temporary folder: %s", error->message);
  atexit (remove_fuzz_dir);

  path = g_build_filename (fuzz_dir, "fuzz.db", NULL);
  fuzz_store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);
  if (fuzz_store == NULL)
    g_error ("fuzz-import: cannot open %s: %s", path, error->message);
  if (!dsc_demo_generate (fuzz_store, FUZZ_ASSOCIATIONS, FUZZ_SEED, &error))
    g_error ("fuzz-import: cannot fill %s: %s", path, error->message);

  if (sqlite3_open_v2 (path, &fuzz_watch, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("fuzz-import: cannot watch %s: %s", path, sqlite3_errmsg (fuzz_watch));
  fuzz_data_version = dsc_sqlite_query_int (fuzz_watch, "PRAGMA data_version", NULL);

  return fuzz_store;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  DscStore *store = open_fuzz_store ();
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DscImportSummary) summary = NULL;

  summary = dsc_exchange_import_stream (store, input, "fuzz input", size,
                                        DSC_IMPORT_DRY_RUN | DSC_IMPORT_NO_BACKUP,
                                        NULL, NULL, NULL, &problems, &error);

  /* The contract: a summary, or an error (with problems when the file had any). */
  if ((summary == NULL) == (error == NULL))
    g_error ("fuzz-import: import returned %s summary and %s error",
             summary != NULL ? "a" : "no", error != NULL ? "an" : "no");
  if (problems != NULL && (problems->len == 0 || error == NULL))
    g_error ("fuzz-import: %u problems reported with%s an error",
             problems->len, error != NULL ? "" : "out");
  if (summary != NULL && !summary->dry_run)
    g_error ("fuzz-import: a dry run came back as a real import");
  /* Every file is checked before anything is written: a refusal is about the
   * file, never a database error met while merging. */
  if (error != NULL && !g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID)
      && !g_error_matches (error, DSC_STORE_ERROR, DSC_STORE_ERROR_TOO_NEW))
    g_error ("fuzz-import: the import failed instead of refusing the file: %s", error->message);
  if (store->transaction_depth != 0 || !sqlite3_get_autocommit (store->db))
    g_error ("fuzz-import: the import left a transaction open");
  if (dsc_sqlite_query_int (fuzz_watch, "PRAGMA data_version", NULL) != fuzz_data_version)
    g_error ("fuzz-import: a dry run changed the database");

  /* DSC_FUZZ_VERBOSE=1 tells what became of each input, to write seeds. */
  if (g_getenv ("DSC_FUZZ_VERBOSE") != NULL)
    {
      if (summary != NULL)
        {
          g_autofree char *counts = dsc_import_counts_describe (&summary->total);

          g_printerr ("would import %" G_GUINT64_FORMAT " records: %s\n", summary->records, counts);
        }
      else
        g_printerr ("refused: %s\n", error->message);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_printerr ("  %s\n", (const char *) g_ptr_array_index (problems, i));
    }

  return 0;
}

#ifdef DSC_FUZZ_STANDALONE

static gboolean
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("fuzz-import: %s\n", error->message);
      return FALSE;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Runs @path, or every file under it when it is a folder, in name order.
 * Returns the number of inputs run, or -1 when one could not be read. */
static int
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;
  int ran = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path) ? 1 : -1;

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("fuzz-import: %s\n", error->message);
      return -1;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      int more = run_path (g_ptr_array_index (names, i));

      if (more < 0)
        return -1;
      ran += more;
    }
  return ran;
}

int
main (int   argc,
      char *argv[])
{
  int ran = 0;

  if (argc < 2)
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      guint8 chunk[65536];
      size_t got;

      while ((got = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        g_byte_array_append (bytes, chunk, (guint) got);
      if (ferror (stdin))
        {
          g_printerr ("fuzz-import: cannot read standard input\n");
          return EXIT_FAILURE;
        }
      LLVMFuzzerTestOneInput (bytes->data, bytes->len);
      ran = 1;
    }

  for (int i = 1; i < argc; i++)
    {
      int more = run_path (argv[i]);

      if (more < 0)
        return EXIT_FAILURE;
      ran += more;
    }

  g_print ("fuzz-import: %d inputs ran\n", ran);
  /* An empty corpus is a mistake in the test, not a pass. */
  return ran > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif /* DSC_FUZZ_STANDALONE */
