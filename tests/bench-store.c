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
#include "dsc-meetings.h"
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

/* Words of meeting notes, the common ones first: a draw leans to the start of
 * the list, as words in real notes do. */
static const char * const note_words[] = {
  "il", "la", "di", "e", "che", "per", "con", "del", "servizio", "associazione", "incontro",
  "documenti", "famiglie", "casa", "alloggio", "permesso", "soggiorno", "lavoro", "corso",
  "italiano", "sanitaria", "tessera", "questura", "prefettura", "comune", "sportello",
  "appuntamento", "mediatore", "mediatrice", "residenza", "anagrafe", "scuola", "iscrizione",
  "CPIA", "ASL", "medico", "pediatra", "contratto", "affitto", "sfratto", "emergenza",
  "abitativa", "tirocinio", "centro", "impiego", "curriculum", "formazione", "donne",
  "giovani", "minori", "ricongiungimento", "cittadinanza", "rinnovo", "ritardi", "telefono",
  "mail", "modulo", "richiesta", "risposta", "settimana", "mese", "ottobre", "novembre",
  "marzo", "aprile", "Torino", "Cuneo", "Alessandria", "Novara", "Asti", "Biella",
  "Vercelli", "Verbania", "volontari", "presidente", "segretaria", "bando", "progetto",
  "fondazione", "rendiconto", "assemblea", "soci", "quota", "sede", "locale", "chiavi",
  "orari", "apertura", "traduzione", "arabo", "francese", "inglese", "wolof", "romeno",
  "spagnolo", "cinese", "urdu", "bengalese", "tigrino", "somalo", "peul", "bambara",
};

static void
append_note_words (GString *text,
                   GRand   *rand,
                   guint    count)
{
  for (guint i = 0; i < count; i++)
    {
      double r = g_rand_double (rand);
      guint word = (guint) (r * r * G_N_ELEMENTS (note_words));

      g_string_append (text, note_words[word]);
      g_string_append (text, i % 17 == 16 ? ".\n\n" : " ");
    }
}

/* Fills the meetings up to @total (each with a follow-up), with notes of about
 * 250 words, through the store's own statements so that the index triggers run. */
static void
add_meetings (DscStore *store,
              gint64    total)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  gint64 have = dsc_store_count (store, &dsc_kind_meeting, &error);
  sqlite3_stmt *meeting = NULL;
  sqlite3_stmt *follow_up = NULL;

  if (!dsc_store_begin (store, &error)
      || sqlite3_prepare_v2 (store->db,
                             "INSERT INTO meeting (uuid, created_at, updated_at, date, title, kind, notes, decisions)"
                             " VALUES (lower (hex (randomblob (16))), ?1, ?1, ?2, ?3, 'with-services', ?4, ?5)",
                             -1, &meeting, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (store->db,
                             "INSERT INTO follow_up (uuid, created_at, updated_at, meeting_id, what, due_date, status)"
                             " VALUES (lower (hex (randomblob (16))), ?1, ?1, ?2, ?3, ?4, 'open')",
                             -1, &follow_up, NULL) != SQLITE_OK)
    g_error ("%s", error != NULL ? error->message : sqlite3_errmsg (store->db));

  for (gint64 i = have; i < total; i++)
    {
      g_autoptr(GString) title = g_string_new ("Incontro ");
      g_autoptr(GString) notes = g_string_new (NULL);
      g_autoptr(GString) decisions = g_string_new (NULL);
      g_autoptr(GString) what = g_string_new (NULL);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", 2020 + (int) (i % 7),
                                               1 + (int) (i % 12), 1 + (int) (i % 28));

      append_note_words (title, rand, 3);
      append_note_words (notes, rand, 250);
      append_note_words (decisions, rand, 20);
      append_note_words (what, rand, 8);
      sqlite3_bind_text (meeting, 1, "2026-11-26T10:00:00.000Z", -1, SQLITE_STATIC);
      sqlite3_bind_text (meeting, 2, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (meeting, 3, title->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (meeting, 4, notes->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (meeting, 5, decisions->str, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (meeting) != SQLITE_DONE)
        g_error ("%s", sqlite3_errmsg (store->db));
      sqlite3_reset (meeting);

      sqlite3_bind_text (follow_up, 1, "2026-11-26T10:00:00.000Z", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (follow_up, 2, sqlite3_last_insert_rowid (store->db));
      sqlite3_bind_text (follow_up, 3, what->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (follow_up, 4, date, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (follow_up) != SQLITE_DONE)
        g_error ("%s", sqlite3_errmsg (store->db));
      sqlite3_reset (follow_up);
    }

  sqlite3_finalize (meeting);
  sqlite3_finalize (follow_up);
  if (!dsc_store_commit (store, &error))
    g_error ("%s", error->message);
}

/* Search over meetings and follow-ups, as the Meetings page asks it (100 places). */
static void
time_meeting_search (DscStore   *store,
                     const char *label,
                     const char *typed,
                     int         repeats)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint rows = 0;

  for (int i = 0; i < repeats; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = dsc_store_search_meetings (store, typed, NULL, 100, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert (found != NULL);
      rows = found->len;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("| meetings search: %-28s | %4u places | %7.2f ms median | %7.2f ms worst |\n",
           label, rows, g_array_index (times, double, repeats / 2),
           g_array_index (times, double, repeats - 1));
}

/* The meetings list with a filter, and the open follow-ups. */
static void
time_meeting_lists (DscStore *store)
{
  DscMeetingFilter all = DSC_MEETING_FILTER_INIT;
  DscMeetingFilter year = DSC_MEETING_FILTER_INIT;
  DscMeetingFilter page = DSC_MEETING_FILTER_INIT;
  gint64 start;
  g_autoptr(GPtrArray) newest = NULL;
  g_autoptr(GPtrArray) every = NULL;
  g_autoptr(GPtrArray) of_year = NULL;
  g_autoptr(GPtrArray) open = NULL;

  year.from = "2025-01-01";
  year.to = "2025-12-31";
  page.limit = 1000;

  start = g_get_monotonic_time ();
  newest = dsc_store_list_meetings (store, &page, NULL);
  g_print ("| meetings list, the newest 1,000 (what the page shows) | %u rows | %.1f ms |\n", newest->len,
           (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  every = dsc_store_list_meetings (store, &all, NULL);
  g_print ("| meetings list, no filter | %u rows | %.1f ms |\n", every->len,
           (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  of_year = dsc_store_list_meetings (store, &year, NULL);
  g_print ("| meetings list, one year | %u rows | %.1f ms |\n", of_year->len,
           (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  open = dsc_store_open_follow_ups (store, 0, 0, FALSE, NULL);
  g_print ("| open follow-ups, all meetings | %u rows | %.1f ms |\n", open->len,
           (g_get_monotonic_time () - start) / 1000.0);
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

  /* Meetings: those of the demo, and more up to 50,000 with notes of 250 words. */
  g_print ("| meetings from the demo | %" G_GINT64_FORMAT " |\n", dsc_store_count (store, &dsc_kind_meeting, NULL));
  start = g_get_monotonic_time ();
  add_meetings (store, 50000);
  g_print ("| add meetings up to 50,000 (notes indexed as they are written) | %.2f s |\n", seconds_since (start));
  time_meeting_search (store, "a common word, \"alloggio\"", "alloggio", 21);
  time_meeting_search (store, "two words, \"permesso soggiorno\"", "permesso soggiorno", 21);
  time_meeting_search (store, "typing \"qu\"", "qu", 21);
  time_meeting_search (store, "a rare word, \"bambara\"", "bambara", 21);
  time_meeting_search (store, "nothing found, \"zanzibar\"", "zanzibar", 21);
  time_meeting_search (store, "Chinese, exact text, \"住房\"", "住房", 5);
  time_meeting_lists (store);

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
