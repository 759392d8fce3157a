/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exchange files: an export of the demo database imports into an empty one and
 * exports again to the same bytes; two copies that diverge and exchange files
 * both ways end equal, with the conflicts in the log; importing a file twice
 * changes nothing; every kind of bad file is refused with its line named and
 * the database's content untouched; no mutated line crashes the reader; the
 * JSON Schema accepts every line of an export; CSV reads back in Python. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-csv.h"
#include "dsc-demo.h"
#include "dsc-export-format.h"
#include "dsc-exchange-private.h"
#include "dsc-meetings.h"
#include "dsc-migrations.h"
#include "dsc-test-util.h"

#define NOW "2026-11-26T10:00:00Z"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_setenv ("DISCORSI_NOW", NOW, TRUE);
  fixture->dir = dsc_test_make_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static DscStore *
open_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = path_in (fixture, name);

  return dsc_test_open (path);
}

static DscStore *
make_demo (Fixture    *fixture,
           const char *name,
           guint       n_associations,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  DscStore *store = open_in (fixture, name);

  g_assert_true (dsc_demo_generate (store, n_associations, seed, &error));
  g_assert_no_error (error);
  return store;
}

static char *
export_text (DscStore   *store,
             const char *association_uuid)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_exchange_export (store, association_uuid, output, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (output, "", 1, NULL, NULL, NULL));
  g_output_stream_close (output, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
}

static char *
export_file (Fixture    *fixture,
             DscStore   *store,
             const char *association_uuid,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = path_in (fixture, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (dsc_exchange_export_to_file (store, association_uuid, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
write_text (const char *path,
            const char *text,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
}

static DscImportSummary *
import_path (DscStore        *store,
             const char      *path,
             DscImportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  DscImportSummary *summary;

  summary = dsc_exchange_import (store, file, flags | DSC_IMPORT_NO_BACKUP, NULL, NULL, NULL,
                                 &problems, &error);
  if (problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Everything the database holds, table by table, rows sorted: what a user's
 * data is, whatever the file's bytes. */
static char *
dump (DscStore *store)
{
  g_autoptr(sqlite3_stmt) tables = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  tables = dsc_sqlite_prepare (store->db,
                               "SELECT name FROM sqlite_schema WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name", NULL);
  g_assert_nonnull (tables);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(sqlite3_stmt) rows = dsc_sqlite_prepare (store->db, sql, NULL);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      g_assert_nonnull (rows);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          GString *line = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              const void *blob = sqlite3_column_blob (rows, c);
              int n = sqlite3_column_bytes (rows, c);

              g_string_append_c (line, '|');
              if (sqlite3_column_type (rows, c) == SQLITE_NULL)
                g_string_append (line, "NULL");
              else
                for (int b = 0; b < n; b++)
                  g_string_append_printf (line, "%02x", ((const guint8 *) blob)[b]);
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      g_ptr_array_sort (lines, compare_strings);
      g_string_append_printf (out, "## %s %u\n", table, lines->len);
      for (guint i = 0; i < lines->len; i++)
        g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Compares two dumps, naming the first table that differs. */
#define assert_same_content(before, after) assert_same_content_at (__LINE__, before, after)

static void
assert_same_content_at (int         line,
                        const char *before,
                        const char *after)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  const char *table = "?";

  if (g_str_equal (before, after))
    return;

  a = g_strsplit (before, "\n", -1);
  b = g_strsplit (after, "\n", -1);
  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    {
      if (g_str_has_prefix (a[i], "## "))
        table = a[i];
      if (!g_str_equal (a[i], b[i]))
        {
          g_test_message ("line %d: the database changed in %s: %.200s / %.200s", line, table, a[i], b[i]);
          break;
        }
    }
  g_test_fail ();
  g_assert_not_reached ();
}

/* The export without its header line (whose export time differs). */
static const char *
after_header (const char *text)
{
  const char *newline = strchr (text, '\n');

  g_assert_nonnull (newline);
  return newline + 1;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* Round trip ------------------------------------------------------------------ */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DscStore) demo = make_demo (fixture, "demo.db", 40, 1);
  g_autoptr(DscStore) copy = open_in (fixture, "copy.db");
  g_autofree char *path = export_file (fixture, demo, NULL, "demo.discorsi");
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *second = NULL;
  g_autoptr(DscImportSummary) summary = NULL;
  g_autoptr(GBytes) bytes = dsc_test_read_bytes (path);

  first = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (first, "{\"format\":\"discorsi-exchange\",\"version\":1,"
                                          "\"exported_at\":\"2026-11-26T10:00:00.000Z\","));
  g_assert_true (g_str_has_suffix (first, "}\n"));

  /* Deterministic: the same database gives the same bytes. */
  again = export_text (demo, NULL);
  g_assert_cmpstr (again, ==, first);

  summary = import_path (copy, path, DSC_IMPORT_DEFAULT);
  g_assert_cmpuint (summary->records, ==, count_lines (first) - 2);
  g_assert_cmpstr (summary->scope, ==, "all");
  g_assert_cmpuint (summary->total.conflicts, ==, 0);
  g_assert_cmpuint (summary->total.deleted, ==, 0);
  /* The built-in framework was there already. */
  g_assert_cmpuint (summary->by_kind[DSC_EXCHANGE_FRAMEWORK].unchanged, ==, 1);
  g_assert_cmpuint (summary->by_kind[DSC_EXCHANGE_DOMAIN].unchanged, ==, 8);
  g_assert_cmpuint (summary->by_kind[DSC_EXCHANGE_ASSOCIATION].added, ==, 40);
  g_assert_cmpuint (summary->total.added + summary->total.unchanged, ==, summary->records);

  second = export_text (copy, NULL);
  g_assert_cmpstr (after_header (second), ==, after_header (first));

  /* From a stream (standard input, say), read once: nothing is new any more. */
  {
    g_autoptr(GInputStream) input = g_memory_input_stream_new_from_bytes (bytes);
    g_autoptr(GError) error = NULL;
    g_autoptr(DscImportSummary) again_summary =
      dsc_exchange_import_stream (copy, input, "standard input", 0, DSC_IMPORT_DRY_RUN, NULL, NULL, NULL, NULL,
                                  &error);

    g_assert_no_error (error);
    g_assert_cmpuint (again_summary->total.unchanged, ==, again_summary->records);
  }
}


/* The JSON Schema ---------------------------------------------------------- */

static char *
schema_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "discorsi-exchange.schema.json", NULL);
}

/* Runs the Python checker; returns FALSE (and skips) without python3-jsonschema. */
static gboolean
check_with_python (const char *path,
                   gboolean    expect_valid)
{
  g_autofree char *schema = schema_path ();
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-exchange-schema.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "python3", script, schema, path, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-jsonschema is not installed (apt-get install python3-jsonschema)");
      return FALSE;
    }
  g_test_message ("%s%s", out, err);
  if (expect_valid)
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  else
    g_assert_false (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static void
test_schema_accepts_export (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DscStore) demo = make_demo (fixture, "demo.db", 40, 1);
  g_autofree char *path = NULL;
  g_autofree char *one = NULL;
  g_autoptr(GPtrArray) associations = dsc_store_list (demo, &dsc_kind_association, 0, NULL);
  DscAssociation *first = g_ptr_array_index (associations, 0);
  g_autoptr(GError) error = NULL;

  /* Deleted records, unlinked meetings and tombstones are in the file too. */
  g_assert_true (dsc_store_delete_association (demo, first->base.id, &error));
  g_assert_no_error (error);
  g_setenv ("DISCORSI_NOW", "2027-02-01T10:00:00Z", TRUE);
  g_assert_true (dsc_store_purge_deleted (demo, &error));
  g_assert_no_error (error);

  path = export_file (fixture, demo, NULL, "demo.discorsi");
  {
    g_autoptr(GBytes) bytes = dsc_test_read_bytes (path);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    "\"kind\":\"tombstone\""));
  }
  if (!check_with_python (path, TRUE))
    return;

  first = g_ptr_array_index (associations, 1);
  one = export_file (fixture, demo, first->base.uuid, "one.discorsi");
  check_with_python (one, TRUE);
}

static void
test_schema_refuses_bad_lines (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "bad.discorsi");

  write_text (path,
              "{\"format\":\"discorsi-exchange\",\"version\":1,\"exported_at\":\"2026-11-26T10:00:00.000Z\","
              "\"generator\":\"test\",\"scope\":\"all\"}\n"
              "{\"kind\":\"association\",\"uuid\":\"0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490\","
              "\"created_at\":\"2026-11-12T16:19:54.830Z\",\"updated_at\":\"2026-11-12T16:19:54.830Z\","
              "\"name\":\"A\",\"status\":\"sleeping\"}\n"
              "{\"kind\":\"end\",\"records\":1}\n", -1);
  check_with_python (path, FALSE);
}

/* The schema names exactly the fields and codes of the record tables. */
static void
test_schema_matches_tables (void)
{
  g_autofree char *path = schema_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *defs;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  defs = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "$defs");

  for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
    {
      const DscKind *record_kind = dsc_exchange_kind_record (kind);
      JsonObject *def = json_object_get_object_member (defs, dsc_exchange_kind_name (kind));
      JsonObject *properties = json_object_get_object_member (def, "properties");
      JsonArray *required = json_object_get_array_member (def, "required");
      guint extras = 0;

      g_test_message ("kind %s", dsc_exchange_kind_name (kind));
      for (guint i = 0; i < record_kind->n_fields; i++)
        {
          const DscField *field = &record_kind->fields[i];
          JsonObject *property = json_object_get_object_member (properties, field->name);
          gboolean listed = FALSE;

          g_assert_nonnull (property);
          for (guint r = 0; r < json_array_get_length (required); r++)
            listed = listed || g_str_equal (json_array_get_string_element (required, r), field->name);
          g_assert_true (listed == (field->required || field->type == DSC_FIELD_BOOL));

          if (field->type == DSC_FIELD_ENUM || field->type == DSC_FIELD_FLAGS)
            {
              JsonObject *values = field->type == DSC_FIELD_FLAGS
                                   ? json_object_get_object_member (property, "items") : property;
              const char *ref = json_object_get_string_member (values, "$ref");
              JsonArray *codes = json_object_get_array_member (
                json_object_get_object_member (defs, ref + strlen ("#/$defs/")), "enum");

              g_assert_cmpuint (json_array_get_length (codes), ==, field->enumeration->n_values);
              for (int v = 0; v < field->enumeration->n_values; v++)
                g_assert_cmpstr (json_array_get_string_element (codes, v), ==,
                                 field->enumeration->values[v].code);
            }
        }

      switch (kind)
        {
        case DSC_EXCHANGE_FRAMEWORK_VERSION:
          extras = 2;
          break;
        case DSC_EXCHANGE_ASSESSMENT:
        case DSC_EXCHANGE_MODULE:
          extras = 1;
          break;
        case DSC_EXCHANGE_MEETING:
          extras = 2;
          break;
        default:
          break;
        }
      /* "kind", the fields and what travels inside the record. */
      g_assert_cmpuint (json_object_get_size (properties), ==, 1 + record_kind->n_fields + extras);
    }
}

/* Merging -------------------------------------------------------------------- */

static gint64 insert (DscStore *store,
                      gpointer  record);

static void
at (const char *timestamp)
{
  g_setenv ("DISCORSI_NOW", timestamp, TRUE);
}

static gpointer
load (DscStore      *store,
      const DscKind *kind,
      const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  gpointer record = dsc_store_load_by_uuid (store, kind, uuid, &error);

  g_assert_no_error (error);
  return record;
}

static void
set_notes (DscStore   *store,
           const char *uuid,
           const char *notes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) association = load (store, &dsc_kind_association, uuid);

  g_free (association->notes);
  association->notes = g_strdup (notes);
  g_assert_true (dsc_store_update (store, association, &error));
  g_assert_no_error (error);
}

static gint64
id_of (DscStore      *store,
       const DscKind *kind,
       const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?", kind->table);
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (store->db, sql, NULL);

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
logged (GPtrArray  *conflicts,
        const char *uuid,
        gboolean    file_won)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      DscConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_str_equal (conflict->uuid, uuid) && conflict->file_won == file_won)
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
conflicts_of (DscStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts = dsc_store_list_conflicts (store, FALSE, 0, NULL, &error);

  g_assert_no_error (error);
  return conflicts;
}

static void
test_merge_both_ways (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 40, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autoptr(GPtrArray) associations = dsc_store_list (a, &dsc_kind_association, 0, NULL);
  g_autoptr(GPtrArray) meetings = dsc_store_list (a, &dsc_kind_meeting, 0, NULL);
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);
  g_autoptr(GError) error = NULL;
  const char *a1, *a2, *a3, *a4, *m1;
  char *p1 = NULL, *g1 = NULL;

  a1 = ((DscAssociation *) g_ptr_array_index (associations, 0))->base.uuid;
  a2 = ((DscAssociation *) g_ptr_array_index (associations, 1))->base.uuid;
  a3 = ((DscAssociation *) g_ptr_array_index (associations, 2))->base.uuid;
  a4 = ((DscAssociation *) g_ptr_array_index (associations, 3))->base.uuid;
  m1 = ((DscMeeting *) g_ptr_array_index (meetings, 0))->base.uuid;
  {
    g_autoptr(GPtrArray) people = dsc_store_list (b, &dsc_kind_person, id_of (b, &dsc_kind_association, a3), NULL);
    g_autoptr(GPtrArray) goals = NULL;
    g_autoptr(GPtrArray) all_goals = dsc_store_list (b, &dsc_kind_goal, 0, NULL);

    g_assert_cmpuint (people->len, >, 0);
    p1 = g_strdup (((DscPerson *) g_ptr_array_index (people, 0))->base.uuid);
    for (guint i = 0; i < all_goals->len && g1 == NULL; i++)
      {
        DscGoal *goal = g_ptr_array_index (all_goals, i);

        if (goal->association_id != id_of (b, &dsc_kind_association, a2))
          g1 = g_strdup (goal->base.uuid);
      }
    g_assert_nonnull (g1);
  }

  /* A: an edit, a deletion with what belongs to it, a conflicting edit, a meeting deleted. */
  at ("2026-11-27T09:00:00Z");
  set_notes (a, a1, "Edited in A.");
  g_assert_true (dsc_store_delete_association (a, id_of (a, &dsc_kind_association, a2), &error));
  g_assert_no_error (error);
  set_notes (a, a4, "A's version.");
  g_assert_true (dsc_store_delete_record (a, &dsc_kind_meeting, id_of (a, &dsc_kind_meeting, m1), &error));
  g_assert_no_error (error);

  /* B, later: other edits, the same association edited, the meeting A deleted
   * edited after the deletion, a goal deleted. */
  at ("2026-11-27T15:00:00Z");
  set_notes (b, a3, "Edited in B.");
  {
    g_autoptr(DscPerson) person = load (b, &dsc_kind_person, p1);

    g_free (person->phone);
    person->phone = g_strdup ("011 123 4567");
    g_assert_true (dsc_store_update (b, person, &error));
    g_assert_no_error (error);
  }
  set_notes (b, a4, "B's version.");
  {
    g_autoptr(DscMeeting) meeting = load (b, &dsc_kind_meeting, m1);

    g_free (meeting->title);
    meeting->title = g_strdup ("Edited in B after A deleted it");
    g_assert_true (dsc_store_update (b, meeting, &error));
    g_assert_no_error (error);
  }
  g_assert_true (dsc_store_delete_record (b, &dsc_kind_goal, id_of (b, &dsc_kind_goal, g1), &error));
  g_assert_no_error (error);

  /* Files both ways, made before either imports. */
  at ("2026-11-28T08:00:00Z");
  {
    g_autofree char *from_a = export_file (fixture, a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autofree char *before = dump (b);
    g_autoptr(DscImportSummary) dry = import_path (b, from_a, DSC_IMPORT_DRY_RUN);
    g_autofree char *after_dry = dump (b);
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_b = import_path (b, from_a, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts_a = conflicts_of (a);
    g_autoptr(GPtrArray) conflicts_b = conflicts_of (b);
    g_autofree char *export_a = NULL;
    g_autofree char *export_b = NULL;

    /* A dry run writes nothing and tells what the import then does. */
    g_assert_true (dry->dry_run);
    g_assert_cmpstr (after_dry, ==, before);
    g_assert_cmpmem (&dry->total, sizeof dry->total, &into_b->total, sizeof into_b->total);
    g_assert_cmpmem (dry->by_kind, sizeof dry->by_kind, into_b->by_kind, sizeof into_b->by_kind);

    /* The log reads a page at a time: the newest first, and how many in all. */
    {
      guint total = 0;
      g_autoptr(GError) page_error = NULL;
      g_autoptr(GPtrArray) newest = dsc_store_list_conflicts (a, FALSE, 1, &total, &page_error);

      g_assert_no_error (page_error);
      g_assert_cmpuint (conflicts_a->len, >=, 2);
      g_assert_cmpuint (newest->len, ==, 1);
      g_assert_cmpuint (total, ==, conflicts_a->len);
      g_assert_cmpint (((DscConflict *) g_ptr_array_index (newest, 0))->id, ==,
                       ((DscConflict *) g_ptr_array_index (conflicts_a, 0))->id);
    }

    /* Both end with the same data. */
    export_a = export_text (a, NULL);
    export_b = export_text (b, NULL);
    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));

    /* The newer version won: B's edits of a4 and of the meeting A deleted; A's
     * deletion of a2 and B's of the goal reached the other side. */
    {
      g_autoptr(DscAssociation) merged = load (a, &dsc_kind_association, a4);
      g_autoptr(DscMeeting) revived = load (a, &dsc_kind_meeting, m1);
      g_autoptr(DscAssociation) one = load (b, &dsc_kind_association, a1);
      g_autoptr(DscAssociation) three = load (a, &dsc_kind_association, a3);
      g_autoptr(DscPerson) person = load (a, &dsc_kind_person, p1);

      g_assert_cmpstr (merged->notes, ==, "B's version.");
      g_assert_cmpstr (revived->title, ==, "Edited in B after A deleted it");
      g_assert_cmpstr (one->notes, ==, "Edited in A.");
      g_assert_cmpstr (three->notes, ==, "Edited in B.");
      g_assert_cmpstr (person->phone, ==, "011 123 4567");
      g_assert_null (dsc_store_load_by_uuid (b, &dsc_kind_association, a2, NULL));
      g_assert_null (dsc_store_load_by_uuid (a, &dsc_kind_goal, g1, NULL));
    }

    /* Only what both sides changed is a conflict: the association edited on
     * both and the meeting deleted on one and edited on the other; each side
     * logged the version it lost. */
    g_assert_cmpuint (into_a->total.conflicts, ==, 2);
    g_assert_cmpuint (into_b->total.conflicts, ==, 2);
    g_assert_cmpuint (conflicts_a->len, ==, 2);
    g_assert_cmpuint (conflicts_b->len, ==, 2);
    g_assert_true (logged (conflicts_a, a4, TRUE));
    g_assert_true (logged (conflicts_a, m1, TRUE));
    g_assert_true (logged (conflicts_b, a4, FALSE));
    g_assert_true (logged (conflicts_b, m1, FALSE));
    g_assert_cmpuint (into_a->conflicts->len, ==, 2);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_ASSOCIATION].deleted, ==, 1);
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_GOAL].deleted, ==, 1);
    for (guint i = 0; i < conflicts_a->len; i++)
      {
        DscConflict *conflict = g_ptr_array_index (conflicts_a, i);

        if (g_str_equal (conflict->uuid, a4))
          {
            g_assert_nonnull (strstr (conflict->losing_json, "A's version."));
            g_assert_cmpstr (conflict->losing_updated_at, ==, "2026-11-27T09:00:00.000Z");
            g_assert_cmpstr (conflict->winning_updated_at, ==, "2026-11-27T15:00:00.000Z");
            g_assert_nonnull (conflict->label);
            g_assert_true (g_str_has_suffix (conflict->source, "from-b.discorsi"));
          }
      }

    /* The same file again changes nothing. */
    {
      g_autofree char *settled = dump (b);
      g_autoptr(DscImportSummary) again = import_path (b, from_a, DSC_IMPORT_DEFAULT);
      g_autofree char *unchanged = dump (b);

      g_assert_cmpstr (unchanged, ==, settled);
      g_assert_cmpuint (again->total.unchanged, ==, again->records);
      g_assert_cmpuint (again->total.conflicts, ==, 0);
    }

    /* A brings back its own version of a4: it is an edit made now, which the
     * next exchange carries to B without a conflict. */
    at ("2026-11-29T10:00:00Z");
    for (guint i = 0; i < conflicts_a->len; i++)
      {
        DscConflict *conflict = g_ptr_array_index (conflicts_a, i);

        if (g_str_equal (conflict->uuid, a4))
          {
            g_assert_true (dsc_store_restore_conflict (a, conflict->id, &error));
            g_assert_no_error (error);
            g_assert_false (dsc_store_restore_conflict (a, conflict->id, &error));
            g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
            g_clear_error (&error);
          }
      }
    {
      g_autoptr(DscAssociation) restored = load (a, &dsc_kind_association, a4);
      g_autoptr(GPtrArray) left = conflicts_of (a);
      g_autofree char *again_a = export_file (fixture, a, NULL, "again-a.discorsi");
      g_autoptr(DscImportSummary) carried = import_path (b, again_a, DSC_IMPORT_DEFAULT);
      g_autoptr(DscAssociation) on_b = load (b, &dsc_kind_association, a4);

      g_assert_cmpstr (restored->notes, ==, "A's version.");
      g_assert_cmpstr (restored->base.updated_at, ==, "2026-11-29T10:00:00.000Z");
      g_assert_cmpuint (left->len, ==, 1);
      g_assert_cmpuint (carried->total.conflicts, ==, 0);
      g_assert_cmpuint (carried->by_kind[DSC_EXCHANGE_ASSOCIATION].updated, ==, 1);
      g_assert_cmpstr (on_b->notes, ==, "A's version.");
    }
  }

  g_free (p1);
  g_free (g1);
}

/* A file made for one association carries what it references, imports into
 * an empty database, and adds nothing to a database that has it all. */
static void
test_one_association (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscStore) demo = make_demo (fixture, "demo.db", 40, 1);
  g_autoptr(DscStore) empty = open_in (fixture, "empty.db");
  g_autoptr(GPtrArray) associations = dsc_store_list (demo, &dsc_kind_association, 0, NULL);
  DscAssociation *chosen = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DscImportSummary) into_empty = NULL;
  g_autoptr(DscImportSummary) into_demo = NULL;
  gint64 with_it = 0;

  /* One that took part in meetings and training. */
  for (guint i = 0; i < associations->len && chosen == NULL; i++)
    {
      DscAssociation *association = g_ptr_array_index (associations, i);

      if (dsc_store_count_where (demo, &dsc_kind_attendance, "association", association->base.id, NULL) > 0
          && dsc_store_count_where (demo, &dsc_kind_follow_up, "association", association->base.id, NULL) > 0)
        chosen = association;
    }
  g_assert_nonnull (chosen);

  /* It, and the associations it met: its meetings list them. */
  {
    g_autoptr(sqlite3_stmt) stmt =
      dsc_sqlite_prepare (demo->db,
                          "SELECT count(*) FROM association WHERE id = ?1 OR id IN"
                          " (SELECT association_id FROM meeting_association WHERE meeting_id IN"
                          "  (SELECT meeting_id FROM meeting_association WHERE association_id = ?1"
                          "   UNION SELECT meeting_id FROM follow_up WHERE association_id = ?1))", NULL);

    sqlite3_bind_int64 (stmt, 1, chosen->base.id);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    with_it = sqlite3_column_int64 (stmt, 0);
  }
  g_assert_cmpint (with_it, >, 1);

  path = export_file (fixture, demo, chosen->base.uuid, "one.discorsi");
  before = dump (demo);
  into_empty = import_path (empty, path, DSC_IMPORT_DEFAULT);
  g_assert_cmpstr (into_empty->scope, ==, chosen->base.uuid);
  g_assert_cmpuint (into_empty->by_kind[DSC_EXCHANGE_ASSOCIATION].added, ==, (guint64) with_it);
  g_assert_cmpuint (into_empty->by_kind[DSC_EXCHANGE_MEETING].added, >, 0);
  g_assert_cmpuint (into_empty->by_kind[DSC_EXCHANGE_SESSION].added, >, 0);
  g_assert_cmpint (dsc_store_count (empty, &dsc_kind_association, NULL), ==, with_it);
  /* Only what belongs to the chosen one. */
  g_assert_cmpint (dsc_store_count (empty, &dsc_kind_person, NULL), ==,
                   dsc_store_count_where (demo, &dsc_kind_person, "association", chosen->base.id, NULL));
  g_assert_cmpint (dsc_store_count (empty, &dsc_kind_attendance, NULL), ==,
                   dsc_store_count_where (demo, &dsc_kind_attendance, "association", chosen->base.id, NULL));
  g_assert_cmpint (dsc_store_count_where (empty, &dsc_kind_attendance, "association",
                                          id_of (empty, &dsc_kind_association, chosen->base.uuid), NULL),
                   ==, dsc_store_count_where (demo, &dsc_kind_attendance, "association", chosen->base.id, NULL));
  /* The database that made it already has all of it. */
  at ("2026-11-27T10:00:00Z");
  into_demo = import_path (demo, path, DSC_IMPORT_DEFAULT);
  after = dump (demo);
  g_assert_cmpuint (into_demo->total.unchanged, ==, into_demo->records);
  g_assert_cmpuint (into_demo->total.conflicts, ==, 0);
  assert_same_content (before, after);

  /* By association: the chosen one, those it met, and the records of no
   * association last. */
  g_assert_cmpuint (into_empty->by_association->len, ==, (guint) with_it + 1);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < into_empty->by_association->len - 1; i++)
      {
        DscImportAssociation *entry = g_ptr_array_index (into_empty->by_association, i);

        if (g_strcmp0 (entry->uuid, chosen->base.uuid) == 0)
          {
            g_assert_cmpstr (entry->name, ==, chosen->name);
            g_assert_cmpuint (entry->counts.added, >, 1);
            found = TRUE;
          }
        else
          g_assert_cmpuint (entry->counts.added, ==, 1);
      }
    g_assert_true (found);
  }
  g_assert_null (((DscImportAssociation *) g_ptr_array_index (into_empty->by_association, with_it))->uuid);
}

/* One text from a query with one optional integer parameter. */
static char *
query_text (DscStore   *store,
            const char *sql,
            gint64      parameter)
{
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (store->db, sql, NULL);

  g_assert_nonnull (stmt);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return dsc_sqlite_column_text (stmt, 0);
}

static gint64
query_int (DscStore   *store,
           const char *sql,
           gint64      parameter)
{
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (store->db, sql, NULL);

  g_assert_nonnull (stmt);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The line of a record in an export. */
static char *
line_of (const char *text,
         const char *uuid)
{
  g_autofree char *needle = g_strdup_printf ("\"uuid\":\"%s\"", uuid);
  const char *at_uuid = strstr (text, needle);
  const char *start, *end;

  g_assert_nonnull (at_uuid);
  for (start = at_uuid; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (at_uuid, '\n');
  return g_strndup (start, end - start);
}

#define LINKS_OF_MEETING \
  "SELECT count(*) FROM meeting_association WHERE meeting_id = (SELECT id FROM meeting WHERE uuid = ?)"

/* A meeting several associations took part in reaches another computer in a
 * file made for one of them: the copy lists all of them, and when it comes
 * back in that computer's file, the office loses none of its links. */
static void
test_one_association_shared_meetings (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 10, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autofree char *meeting = query_text (a, "SELECT m.uuid FROM meeting m JOIN meeting_association x"
                                            " ON x.meeting_id = m.id GROUP BY m.id"
                                            " ORDER BY count(*) DESC, m.uuid LIMIT 1", 0);
  g_autofree char *chosen = NULL;
  g_autofree char *one = NULL;
  g_autofree char *from_b = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DscImportSummary) into_b = NULL;
  g_autoptr(DscImportSummary) into_a = NULL;
  gint64 links;

  g_assert_nonnull (meeting);
  {
    g_autoptr(sqlite3_stmt) stmt =
      dsc_sqlite_prepare (a->db, "SELECT count(*), min (a.uuid) FROM meeting_association x"
                                 " JOIN association a ON a.id = x.association_id"
                                 " WHERE x.meeting_id = (SELECT id FROM meeting WHERE uuid = ?)", NULL);

    sqlite3_bind_text (stmt, 1, meeting, -1, SQLITE_TRANSIENT);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    links = sqlite3_column_int64 (stmt, 0);
    chosen = dsc_sqlite_column_text (stmt, 1);
  }
  g_assert_cmpint (links, >=, 2);

  one = export_file (fixture, a, chosen, "one.discorsi");
  into_b = import_path (b, one, DSC_IMPORT_DEFAULT);

  at ("2026-11-27T10:00:00Z");
  before = dump (a);
  from_b = export_file (fixture, b, NULL, "from-b.discorsi");
  into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
  after = dump (a);

  /* Back home, nothing changed: every association still took part. */
  {
    g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (a->db, LINKS_OF_MEETING, NULL);

    sqlite3_bind_text (stmt, 1, meeting, -1, SQLITE_TRANSIENT);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, links);
  }
  g_assert_cmpuint (into_a->total.conflicts, ==, 0);
  g_assert_cmpuint (into_a->total.updated + into_a->total.deleted, ==, 0);
  assert_same_content (before, after);

  /* The copy lists them all, as the office does; it holds the other
   * associations' records, not what belongs to them. */
  {
    g_autofree char *export_a = export_text (a, NULL);
    g_autofree char *export_b = export_text (b, NULL);
    g_autofree char *line_a = line_of (export_a, meeting);
    g_autofree char *line_b = line_of (export_b, meeting);

    g_assert_cmpstr (line_b, ==, line_a);
  }
  g_assert_cmpint (dsc_store_count (b, &dsc_kind_association, NULL), >=, links);
  g_assert_cmpint (dsc_store_count (b, &dsc_kind_person, NULL), ==,
                   dsc_store_count_where (a, &dsc_kind_person, "association",
                                          id_of (a, &dsc_kind_association, chosen), NULL));
}

/* The state of a record by uuid: "live", "deleted", "tombstone" or "none". */
static const char *
state_of (DscStore      *store,
          const DscKind *kind,
          const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT deleted_at IS NULL FROM %s WHERE uuid = ?", kind->table);
  g_autoptr(sqlite3_stmt) stmt = dsc_sqlite_prepare (store->db, sql, NULL);
  g_autoptr(sqlite3_stmt) tombstone = dsc_sqlite_prepare (store->db, "SELECT 1 FROM tombstone WHERE uuid = ?", NULL);

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0) ? "live" : "deleted";
  sqlite3_bind_text (tombstone, 1, uuid, -1, SQLITE_TRANSIENT);
  return sqlite3_step (tombstone) == SQLITE_ROW ? "tombstone" : "none";
}

static DscConflict *
find_conflict (GPtrArray  *conflicts,
               const char *uuid)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      DscConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_str_equal (conflict->uuid, uuid))
        return conflict;
    }
  return NULL;
}

static char *
add_person (DscStore   *store,
            const char *association_uuid,
            const char *name)
{
  g_autoptr(DscPerson) person = dsc_person_new ();
  g_autoptr(GError) error = NULL;

  person->association_id = id_of (store, &dsc_kind_association, association_uuid);
  person->full_name = g_strdup (name);
  person->role = DSC_ROLE_PRESIDENT;
  g_assert_true (dsc_store_insert (store, person, &error));
  g_assert_no_error (error);
  return g_strdup (person->base.uuid);
}

/* A deletes an association; B, not knowing, adds a person to it and edits one
 * of its goals; A purges the deletion. Whichever way the files go, what B did
 * after the deletion is not destroyed in silence: it is in the conflict log of
 * both sides, counted as a conflict. */
static void
test_child_after_purge (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 3, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autofree char *gone = query_text (a, "SELECT uuid FROM association a WHERE EXISTS"
                                         " (SELECT 1 FROM goal WHERE association_id = a.id) ORDER BY uuid", 0);
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);
  g_autofree char *person = NULL;
  g_autofree char *goal = NULL;
  g_autoptr(GError) error = NULL;

  goal = query_text (b, "SELECT uuid FROM goal WHERE association_id = ? ORDER BY uuid LIMIT 1",
                     id_of (b, &dsc_kind_association, gone));
  g_assert_nonnull (goal);

  at ("2026-11-27T10:00:00Z");
  g_assert_true (dsc_store_delete_association (a, id_of (a, &dsc_kind_association, gone), &error));
  g_assert_no_error (error);

  at ("2026-12-05T10:00:00Z");
  person = add_person (b, gone, "Nuova Presidente");
  {
    g_autoptr(DscGoal) edited = load (b, &dsc_kind_goal, goal);

    edited->status = DSC_GOAL_ACHIEVED;
    g_assert_true (dsc_store_update (b, edited, &error));
    g_assert_no_error (error);
  }

  at ("2026-12-30T10:00:00Z");
  g_assert_true (dsc_store_purge_deleted (a, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (a, &dsc_kind_association, gone), ==, "tombstone");

  at ("2026-12-30T11:00:00Z");
  {
    g_autofree char *from_a = export_file (fixture, a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_b = import_path (b, from_a, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts_a = conflicts_of (a);
    g_autoptr(GPtrArray) conflicts_b = conflicts_of (b);
    g_autofree char *export_a = export_text (a, NULL);
    g_autofree char *export_b = export_text (b, NULL);
    DscConflict *conflict;

    /* The association stays deleted for good, with what belonged to it. */
    g_assert_cmpstr (state_of (b, &dsc_kind_association, gone), ==, "tombstone");
    g_assert_cmpstr (state_of (a, &dsc_kind_person, person), ==, "tombstone");
    g_assert_cmpstr (state_of (b, &dsc_kind_person, person), ==, "tombstone");
    g_assert_cmpstr (state_of (b, &dsc_kind_goal, goal), ==, "tombstone");
    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));

    /* What B did after the deletion is in both logs. */
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_PERSON].conflicts, ==, 1);
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_GOAL].conflicts, ==, 1);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_PERSON].conflicts, ==, 1);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_GOAL].conflicts, ==, 1);
    g_assert_cmpuint (into_a->total.conflicts, ==, 2);
    g_assert_cmpuint (into_b->total.conflicts, ==, 2);
    conflict = find_conflict (conflicts_a, person);
    g_assert_nonnull (conflict);
    g_assert_false (conflict->file_won);
    g_assert_nonnull (strstr (conflict->losing_json, "Nuova Presidente"));
    conflict = find_conflict (conflicts_b, person);
    g_assert_nonnull (conflict);
    g_assert_true (conflict->file_won);
    g_assert_nonnull (strstr (conflict->losing_json, "Nuova Presidente"));
    conflict = find_conflict (conflicts_b, goal);
    g_assert_nonnull (conflict);
    g_assert_nonnull (strstr (conflict->losing_json, "\"status\":\"achieved\""));
    g_assert_nonnull (find_conflict (conflicts_a, goal));

    /* Once logged, never logged again. */
    {
      g_autoptr(DscImportSummary) again = import_path (a, from_b, DSC_IMPORT_DEFAULT);
      g_autoptr(GPtrArray) still = conflicts_of (a);

      g_assert_cmpuint (again->total.conflicts, ==, 0);
      g_assert_cmpuint (still->len, ==, conflicts_a->len);
    }
  }
}

/* The same when the association is only deleted, not purged: what B added or
 * edited after A deleted it does not come back on its own under a deleted
 * association; it is deleted with it, logged, and comes back with it when A
 * undoes the deletion. */
static void
test_child_after_deletion (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 3, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autofree char *gone = query_text (a, "SELECT uuid FROM association a WHERE EXISTS"
                                         " (SELECT 1 FROM goal WHERE association_id = a.id) ORDER BY uuid", 0);
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);
  g_autofree char *person = NULL;
  g_autofree char *goal = NULL;
  g_autoptr(GError) error = NULL;

  goal = query_text (b, "SELECT uuid FROM goal WHERE association_id = ? ORDER BY uuid LIMIT 1",
                     id_of (b, &dsc_kind_association, gone));
  g_assert_nonnull (goal);

  at ("2026-11-27T10:00:00Z");
  g_assert_true (dsc_store_delete_association (a, id_of (a, &dsc_kind_association, gone), &error));
  g_assert_no_error (error);

  at ("2026-11-28T10:00:00Z");
  person = add_person (b, gone, "Nuovo Tesoriere");
  {
    g_autoptr(DscGoal) edited = load (b, &dsc_kind_goal, goal);

    edited->status = DSC_GOAL_ACHIEVED;
    g_assert_true (dsc_store_update (b, edited, &error));
    g_assert_no_error (error);
  }

  at ("2026-11-29T10:00:00Z");
  {
    g_autofree char *from_a = export_file (fixture, a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_b = import_path (b, from_a, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts_a = conflicts_of (a);
    g_autoptr(GPtrArray) conflicts_b = conflicts_of (b);
    g_autofree char *export_a = export_text (a, NULL);
    g_autofree char *export_b = export_text (b, NULL);

    /* Nothing lives on under the deleted association. */
    g_assert_cmpstr (state_of (a, &dsc_kind_association, gone), ==, "deleted");
    g_assert_cmpstr (state_of (b, &dsc_kind_association, gone), ==, "deleted");
    g_assert_cmpstr (state_of (a, &dsc_kind_person, person), ==, "deleted");
    g_assert_cmpstr (state_of (b, &dsc_kind_person, person), ==, "deleted");
    g_assert_cmpstr (state_of (a, &dsc_kind_goal, goal), ==, "deleted");
    g_assert_cmpstr (state_of (b, &dsc_kind_goal, goal), ==, "deleted");
    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));

    /* Logged on both sides, as conflicts. */
    g_assert_cmpuint (into_a->total.conflicts, ==, 2);
    g_assert_cmpuint (into_b->total.conflicts, ==, 2);
    g_assert_nonnull (find_conflict (conflicts_a, person));
    g_assert_nonnull (find_conflict (conflicts_a, goal));
    g_assert_nonnull (find_conflict (conflicts_b, person));
    g_assert_nonnull (find_conflict (conflicts_b, goal));

    /* A version that needs the deleted association cannot come back alone. */
    g_assert_false (dsc_store_restore_conflict (a, find_conflict (conflicts_a, goal)->id, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpstr (state_of (a, &dsc_kind_goal, goal), ==, "deleted");

    /* Undoing the deletion brings them back, with B's work. */
    at ("2026-11-30T10:00:00Z");
    g_assert_true (dsc_store_undelete_association (a, id_of (a, &dsc_kind_association, gone), &error));
    g_assert_no_error (error);
    {
      g_autoptr(DscGoal) back = load (a, &dsc_kind_goal, goal);
      g_autoptr(DscPerson) added = load (a, &dsc_kind_person, person);

      g_assert_cmpint (back->status, ==, DSC_GOAL_ACHIEVED);
      g_assert_cmpstr (added->full_name, ==, "Nuovo Tesoriere");
    }
  }
}

/* B edits an association; A, later, edits it too, makes a file (of another
 * association, or of everything for a third computer), and edits it again.
 * When A takes B's file, B's edit loses to A's newer one, and is logged: A
 * never had it, whatever A exported meanwhile. */
static void
concurrent_edit (Fixture  *fixture,
                 gboolean  whole_export)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 3, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autoptr(GPtrArray) associations = dsc_store_list (a, &dsc_kind_association, 0, NULL);
  const char *edited = ((DscAssociation *) g_ptr_array_index (associations, 0))->base.uuid;
  const char *other = ((DscAssociation *) g_ptr_array_index (associations, 1))->base.uuid;
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);

  at ("2026-11-27T10:00:00Z");
  set_notes (b, edited, "B: an important note from the trainer.");
  at ("2026-11-28T10:00:00Z");
  set_notes (a, edited, "A's first edit.");
  at ("2026-11-28T11:00:00Z");
  g_free (export_text (a, whole_export ? NULL : other));
  at ("2026-11-29T10:00:00Z");
  set_notes (a, edited, "A's second edit.");

  at ("2026-11-29T11:00:00Z");
  {
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts = conflicts_of (a);
    g_autoptr(DscAssociation) kept = load (a, &dsc_kind_association, edited);
    DscConflict *conflict = find_conflict (conflicts, edited);

    g_assert_cmpstr (kept->notes, ==, "A's second edit.");
    g_assert_cmpuint (into_a->total.conflicts, ==, 1);
    g_assert_nonnull (conflict);
    g_assert_false (conflict->file_won);
    g_assert_nonnull (strstr (conflict->losing_json, "B: an important note from the trainer."));
  }
}

static void
test_concurrent_edit_one_export (Fixture       *fixture,
                                 gconstpointer  data)
{
  concurrent_edit (fixture, FALSE);
}

static void
test_concurrent_edit_whole_export (Fixture       *fixture,
                                   gconstpointer  data)
{
  concurrent_edit (fixture, TRUE);
}

typedef struct
{
  DscStore   *other;
  const char *uuid;
  gboolean    done;
} EditDuring;

static void
edit_during_export (guint64  done,
                    guint64  total,
                    gpointer user_data)
{
  EditDuring *edit = user_data;

  if (edit->done)
    return;
  edit->done = TRUE;
  at ("2026-11-27T10:30:00Z");
  set_notes (edit->other, edit->uuid, "Edited while the file was written.");
}

/* An edit made on another connection while an export runs is not in the
 * file: the next edit does not count it as shared. */
static void
test_edit_during_export (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 3, 1);
  g_autofree char *path = path_in (fixture, "a.db");
  g_autoptr(DscStore) other = dsc_test_open (path);
  g_autoptr(GPtrArray) associations = dsc_store_list (a, &dsc_kind_association, 0, NULL);
  const char *uuid = ((DscAssociation *) g_ptr_array_index (associations, 0))->base.uuid;
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  EditDuring edit = { other, uuid, FALSE };

  at ("2026-11-27T10:00:00Z");
  g_assert_true (dsc_exchange_export (a, NULL, output, edit_during_export, &edit, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (edit.done);
  g_output_stream_write_all (output, "", 1, NULL, NULL, NULL);
  g_output_stream_close (output, NULL, NULL);
  g_assert_null (strstr (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (output)),
                         "Edited while the file was written."));

  at ("2026-11-27T11:00:00Z");
  set_notes (a, uuid, "Edited after.");
  {
    g_autofree char *text = export_text (a, NULL);
    g_autofree char *line = line_of (text, uuid);

    g_assert_null (strstr (line, "\"based_on\":\"2026-11-27T10:30:00.000Z\""));
  }
}

static char *
add_attendance (DscStore   *store,
                const char *session_uuid,
                const char *association_uuid)
{
  g_autoptr(DscAttendance) attendance = dsc_record_new (&dsc_kind_attendance);

  attendance->session_id = id_of (store, &dsc_kind_session, session_uuid);
  attendance->association_id = id_of (store, &dsc_kind_association, association_uuid);
  attendance->participants = 3;
  attendance->present = TRUE;
  insert (store, attendance);
  return g_strdup (attendance->base.uuid);
}

/* A and B share a database with a new session; each records the same
 * association's attendance at it. */
static void
two_attendances (Fixture     *fixture,
                 DscStore   **a,
                 DscStore   **b,
                 char       **session,
                 char       **association,
                 char       **from_a,
                 char       **from_b)
{
  g_autoptr(GPtrArray) modules = NULL;
  g_autoptr(DscSession) added = dsc_record_new (&dsc_kind_session);
  g_autoptr(DscImportSummary) copied = NULL;
  g_autofree char *start = NULL;

  *a = make_demo (fixture, "a.db", 3, 1);
  *b = open_in (fixture, "b.db");
  modules = dsc_store_list (*a, &dsc_kind_module, 0, NULL);
  added->module_id = ((DscModule *) g_ptr_array_index (modules, 0))->base.id;
  added->title = g_strdup ("Extra");
  added->date = g_strdup ("2026-11-21");
  added->duration_minutes = 60;
  insert (*a, added);
  *session = g_strdup (added->base.uuid);
  *association = query_text (*a, "SELECT uuid FROM association ORDER BY uuid LIMIT 1", 0);
  start = export_file (fixture, *a, NULL, "start.discorsi");
  copied = import_path (*b, start, DSC_IMPORT_DEFAULT);

  at ("2026-11-27T10:00:00Z");
  *from_a = add_attendance (*a, *session, *association);
  at ("2026-11-27T11:00:00Z");
  *from_b = add_attendance (*b, *session, *association);
}

/* A deletes its attendance after B recorded its own: the live one stays on
 * both sides, whatever the times say. */
static void
test_attendance_live_beats_deleted (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(DscStore) a = NULL;
  g_autoptr(DscStore) b = NULL;
  g_autofree char *session = NULL, *association = NULL, *mine = NULL, *theirs = NULL;
  g_autoptr(GError) error = NULL;

  two_attendances (fixture, &a, &b, &session, &association, &mine, &theirs);
  at ("2026-11-27T12:00:00Z");
  g_assert_true (dsc_store_delete_record (a, &dsc_kind_attendance, id_of (a, &dsc_kind_attendance, mine), &error));
  g_assert_no_error (error);

  at ("2026-11-28T10:00:00Z");
  {
    g_autofree char *file_a = export_file (fixture, a, NULL, "from-a.discorsi");
    g_autofree char *file_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_b = import_path (b, file_a, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_a = import_path (a, file_b, DSC_IMPORT_DEFAULT);
    g_autofree char *export_a = export_text (a, NULL);
    g_autofree char *export_b = export_text (b, NULL);

    g_assert_cmpstr (state_of (b, &dsc_kind_attendance, theirs), ==, "live");
    g_assert_cmpstr (state_of (a, &dsc_kind_attendance, theirs), ==, "live");
    g_assert_cmpstr (state_of (a, &dsc_kind_attendance, mine), ==, "tombstone");
    g_assert_cmpstr (state_of (b, &dsc_kind_attendance, mine), ==, "tombstone");
    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));
    /* A deleted record lost: nothing to log. */
    g_assert_cmpuint (into_a->total.conflicts + into_b->total.conflicts, ==, 0);
  }
}

/* Both live: B's newer one stays and A's goes to the log. A then deletes B's;
 * bringing back its own from the log is not refused because of a deleted
 * record nobody sees. */
static void
test_attendance_restore_over_deleted (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(DscStore) a = NULL;
  g_autoptr(DscStore) b = NULL;
  g_autofree char *session = NULL, *association = NULL, *mine = NULL, *theirs = NULL;
  g_autoptr(GError) error = NULL;

  two_attendances (fixture, &a, &b, &session, &association, &mine, &theirs);
  at ("2026-11-28T10:00:00Z");
  {
    g_autofree char *file_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (a, file_b, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts = conflicts_of (a);
    DscConflict *conflict = find_conflict (conflicts, mine);

    g_assert_cmpuint (into_a->total.conflicts, ==, 1);
    g_assert_nonnull (conflict);
    g_assert_cmpstr (state_of (a, &dsc_kind_attendance, theirs), ==, "live");
    /* The log says whose attendance, at which session. */
    {
      g_autofree char *name = query_text (a, "SELECT name FROM association WHERE id = ?",
                                          id_of (a, &dsc_kind_association, association));
      g_autofree char *expected = g_strdup_printf ("%s · Extra (2026-11-21)", name);

      g_assert_cmpstr (conflict->label, ==, expected);
    }

    at ("2026-11-29T10:00:00Z");
    g_assert_true (dsc_store_delete_record (a, &dsc_kind_attendance, id_of (a, &dsc_kind_attendance, theirs),
                                            &error));
    g_assert_no_error (error);
    at ("2026-11-29T11:00:00Z");
    g_assert_true (dsc_store_restore_conflict (a, conflict->id, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (state_of (a, &dsc_kind_attendance, mine), ==, "live");
    g_assert_cmpstr (state_of (a, &dsc_kind_attendance, theirs), ==, "tombstone");
  }

  /* B follows: A's restored one is live there too. */
  at ("2026-11-30T10:00:00Z");
  {
    g_autofree char *file_a = export_file (fixture, a, NULL, "again-a.discorsi");
    g_autoptr(DscImportSummary) into_b = import_path (b, file_a, DSC_IMPORT_DEFAULT);

    g_assert_cmpstr (state_of (b, &dsc_kind_attendance, mine), ==, "live");
    g_assert_cmpstr (state_of (b, &dsc_kind_attendance, theirs), ==, "tombstone");
  }
}

/* A shares a draft of the framework; B edits the draft, A publishes it (and,
 * with another program, gives it a fifth level and assesses with it). */
typedef struct
{
  DscStore *a;
  DscStore *b;
  char     *draft;
} SharedDraft;

static void
shared_draft (Fixture     *fixture,
              SharedDraft *shared)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autoptr(DscImportSummary) copied = NULL;
  gint64 draft;

  shared->a = make_demo (fixture, "a.db", 3, 1);
  shared->b = open_in (fixture, "b.db");
  draft = dsc_store_editable_version (shared->a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (draft, >, 0);
  shared->draft = query_text (shared->a, "SELECT uuid FROM framework_version WHERE id = ? AND published = 0", draft);
  g_assert_nonnull (shared->draft);
  start = export_file (fixture, shared->a, NULL, "start.discorsi");
  copied = import_path (shared->b, start, DSC_IMPORT_DEFAULT);
}

static void
exec_sql (DscStore   *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_sqlite_exec (store->db, sql, &error));
  g_assert_no_error (error);
}

/* B renames a domain of the draft after A published it: A's published
 * version stays on both sides; B's draft edit is in both logs. */
static void
test_published_beats_draft (Fixture       *fixture,
                            gconstpointer  data)
{
  SharedDraft shared = { 0 };
  g_autoptr(GError) error = NULL;

  shared_draft (fixture, &shared);
  at ("2026-11-27T10:00:00Z");
  g_assert_true (dsc_store_publish_version (shared.a, id_of (shared.a, &dsc_kind_framework_version, shared.draft),
                                            &error));
  g_assert_no_error (error);
  at ("2026-11-28T10:00:00Z");
  {
    gint64 version = id_of (shared.b, &dsc_kind_framework_version, shared.draft);
    g_autoptr(DscFrameworkVersion) loaded = dsc_store_load_version (shared.b, version, &error);
    DscDomainText *domain;

    g_assert_no_error (error);
    domain = g_ptr_array_index (loaded->domains, 0);
    g_assert_true (dsc_store_set_domain_text (shared.b, version, domain->id, "Reviewed in B",
                                              domain->description, (const char * const *) domain->descriptors,
                                              domain->retired, &error));
    g_assert_no_error (error);
  }

  at ("2026-11-29T10:00:00Z");
  {
    g_autofree char *from_a = export_file (fixture, shared.a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, shared.b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (shared.a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_b = import_path (shared.b, from_a, DSC_IMPORT_DEFAULT);
    g_autofree char *export_a = export_text (shared.a, NULL);
    g_autofree char *export_b = export_text (shared.b, NULL);
    g_autoptr(GPtrArray) conflicts_a = conflicts_of (shared.a);
    g_autoptr(GPtrArray) conflicts_b = conflicts_of (shared.b);

    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));
    g_assert_cmpint (query_int (shared.a, "SELECT published FROM framework_version WHERE id = ?",
                                id_of (shared.a, &dsc_kind_framework_version, shared.draft)), ==, 1);
    g_assert_nonnull (find_conflict (conflicts_a, shared.draft));
    g_assert_true (find_conflict (conflicts_b, shared.draft)->file_won);
    g_assert_nonnull (strstr (find_conflict (conflicts_b, shared.draft)->losing_json, "Reviewed in B"));
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_FRAMEWORK_VERSION].conflicts, ==, 1);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_FRAMEWORK_VERSION].conflicts, ==, 1);

    /* B brings back its edit: the texts, in the published version. */
    at ("2026-11-30T10:00:00Z");
    g_assert_true (dsc_store_restore_conflict (shared.b, find_conflict (conflicts_b, shared.draft)->id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (shared.b, "SELECT published FROM framework_version WHERE id = ?",
                                id_of (shared.b, &dsc_kind_framework_version, shared.draft)), ==, 1);
    g_assert_cmpint (query_int (shared.b, "SELECT count(*) FROM version_domain WHERE name = 'Reviewed in B'"
                                          " AND version_id = ?",
                                id_of (shared.b, &dsc_kind_framework_version, shared.draft)), ==, 1);
  }

  g_clear_object (&shared.a);
  g_clear_object (&shared.b);
  g_free (shared.draft);
}

/* The scale of a version in use never shrinks in a merge: A (with another
 * program) gives the draft five levels, publishes it and assesses with level
 * 5; B, later, publishes it with four. Between two published versions the
 * larger scale wins, so that every assessment fits its version on both sides
 * and each side's files import on the other. */
static void
test_version_keeps_its_scale (Fixture       *fixture,
                              gconstpointer  data)
{
  SharedDraft shared = { 0 };
  g_autofree char *sql = NULL;
  g_autofree char *assessment = NULL;

  shared_draft (fixture, &shared);
  assessment = query_text (shared.a, "SELECT uuid FROM assessment ORDER BY uuid LIMIT 1", 0);
  sql = g_strdup_printf ("UPDATE framework_version SET scale_levels = 5, published = 1,"
                         "  published_at = '2026-11-27T10:00:00.000Z', updated_at = '2026-11-27T10:00:00.000Z'"
                         " WHERE uuid = '%s';"
                         "UPDATE assessment SET version_id = (SELECT id FROM framework_version WHERE uuid = '%s'),"
                         "  updated_at = '2026-11-27T11:00:00.000Z' WHERE uuid = '%s';"
                         "UPDATE score SET level = 5 WHERE assessment_id = (SELECT id FROM assessment WHERE uuid = '%s');",
                         shared.draft, shared.draft, assessment, assessment);
  exec_sql (shared.a, sql);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE framework_version SET published = 1, label = '2 (B)',"
                         "  published_at = '2026-11-28T10:00:00.000Z', updated_at = '2026-11-28T10:00:00.000Z'"
                         " WHERE uuid = '%s';", shared.draft);
  exec_sql (shared.b, sql);

  at ("2026-11-29T10:00:00Z");
  {
    g_autofree char *from_a = export_file (fixture, shared.a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, shared.b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (shared.a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_b = import_path (shared.b, from_a, DSC_IMPORT_DEFAULT);
    g_autofree char *export_a = export_text (shared.a, NULL);
    g_autofree char *export_b = export_text (shared.b, NULL);

    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));
    g_assert_cmpint (query_int (shared.b, "SELECT scale_levels FROM framework_version WHERE id = ?",
                                id_of (shared.b, &dsc_kind_framework_version, shared.draft)), ==, 5);
    g_assert_cmpint (query_int (shared.b, "SELECT max (level) FROM score WHERE assessment_id = ?",
                                id_of (shared.b, &dsc_kind_assessment, assessment)), ==, 5);
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_FRAMEWORK_VERSION].conflicts, ==, 1);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_FRAMEWORK_VERSION].conflicts, ==, 1);
  }

  /* And a database that never saw either takes A's files. */
  {
    g_autoptr(DscStore) c = open_in (fixture, "c.db");
    g_autofree char *again = export_file (fixture, shared.a, NULL, "again-a.discorsi");
    g_autoptr(DscImportSummary) into_c = import_path (c, again, DSC_IMPORT_DEFAULT);
  }

  g_clear_object (&shared.a);
  g_clear_object (&shared.b);
  g_free (shared.draft);
}

/* Deletions for good travel as tombstones and win over older versions. */
static void
test_tombstones (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 10, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autoptr(GPtrArray) associations = dsc_store_list (a, &dsc_kind_association, 0, NULL);
  DscAssociation *gone = g_ptr_array_index (associations, 0);
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);
  g_autoptr(GError) error = NULL;
  gint64 people = dsc_store_count_where (a, &dsc_kind_person, "association", gone->base.id, NULL);

  g_assert_cmpint (people, >, 0);
  g_assert_true (dsc_store_delete_association (a, gone->base.id, &error));
  g_assert_no_error (error);
  at ("2027-02-01T10:00:00Z");
  g_assert_true (dsc_store_purge_deleted (a, &error));
  g_assert_no_error (error);

  {
    g_autofree char *from_a = export_file (fixture, a, NULL, "from-a.discorsi");
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_b = import_path (b, from_a, DSC_IMPORT_DEFAULT);
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autofree char *export_a = export_text (a, NULL);
    g_autofree char *export_b = export_text (b, NULL);

    /* B deletes it for good with its people; A's older copy from B stays deleted. */
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_ASSOCIATION].deleted, ==, 1);
    g_assert_cmpuint (into_b->by_kind[DSC_EXCHANGE_PERSON].deleted, ==, (guint64) people);
    g_assert_cmpuint (into_a->by_kind[DSC_EXCHANGE_ASSOCIATION].added, ==, 0);
    g_assert_cmpuint (into_a->total.conflicts + into_b->total.conflicts, ==, 0);
    g_assert_cmpstr (after_header (export_a), ==, after_header (export_b));
    g_assert_null (dsc_store_load_by_uuid (b, &dsc_kind_association, gone->base.uuid, NULL));
  }
}

/* Bad files ---------------------------------------------------------------------- */

/* Where the value of @key starts and ends in a JSON line. */
static gboolean
find_value (const char *line,
            const char *key,
            gsize      *start,
            gsize      *end)
{
  g_autofree char *needle = g_strdup_printf ("\"%s\":", key);
  const char *at_key = strstr (line, needle);
  const char *p;
  int depth = 0;

  if (at_key == NULL)
    return FALSE;
  p = at_key + strlen (needle);
  *start = p - line;
  for (; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          for (p++; *p != '"'; p++)
            if (*p == '\\')
              p++;
          if (depth == 0)
            {
              p++;
              break;
            }
          continue;
        }
      if (*p == '[' || *p == '{')
        depth++;
      else if (*p == ']' || *p == '}')
        {
          if (depth == 0)
            break;
          if (--depth == 0)
            {
              p++;
              break;
            }
        }
      else if (*p == ',' && depth == 0)
        break;
    }
  *end = p - line;
  return TRUE;
}

/* @line with @key's value replaced by @raw (added when missing), or removed
 * when @raw is %NULL. */
static char *
with_member (const char *line,
             const char *key,
             const char *raw)
{
  gsize start, end;

  if (!find_value (line, key, &start, &end))
    {
      g_assert_nonnull (raw);
      return g_strdup_printf ("%.*s,\"%s\":%s}", (int) strlen (line) - 1, line, key, raw);
    }
  if (raw == NULL)
    {
      gsize key_start = start - strlen (key) - 3;

      return g_strdup_printf ("%.*s%s", (int) key_start, line, line + end + (line[end] == ',' ? 1 : 0));
    }
  return g_strdup_printf ("%.*s%s%s", (int) start, line, raw, line + end);
}

typedef struct
{
  const char *name;
  const char *kind;          /* the line to change: the first of this kind; NULL: see below */
  const char *key;
  const char *raw;
  const char *expected;      /* in the first problem */
} BadLine;

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  static const BadLine cases[] = {
    { "wrong type", "association", "members", "\"many\"", "members: must be a whole number" },
    { "impossible date", "session", "date", "\"2026-02-30\"", "date: “2026-02-30” is not a real date" },
    { "unknown code", "association", "legal_form", "\"charity\"", "legal_form: “charity” is not one of the codes" },
    { "level outside the scale", "assessment", "scores",
      "[{\"domain\":\"f49f09a8-8d72-46cd-a47d-6517f8fd05af\",\"level\":7}]",
      "scores[0].level: 7 is outside the scale 1–4" },
    { "reference to nothing", "person", "association", "\"0badc0de-0000-4000-8000-000000000000\"",
      "association: no association 0badc0de-0000-4000-8000-000000000000 is in the database or on an earlier line of this file" },
    { "no uuid", "person", "uuid", NULL, "uuid: is missing" },
    { "too large number", "association", "members", "123456789012345678901", "too large" },
    { "not finite", "association", "members", "1e400", "not a whole number" },
    { "not a number", "association", "members", "NaN", "not valid JSON" },
    { "too deep", "association", "notes", "[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]", "more than 8 deep" },
    { "far too deep", "association", "notes", NULL, "more than 8 deep" },
    { "comment", "association", "members", "1 /* members */", "comment" },
    { "single quotes", "association", "name", "'Name'", "single quotes" },
    { "hexadecimal", "association", "members", "0x10", "hexadecimal" },
    { "raw control character", "association", "name", "\"Tab\there\"", "control character" },
    { "null", "association", "acronym", "null", "acronym: null is not a value here" },
    { "field twice", "association", "name", "\"One\",\"name\":\"Two\"", "the field “name” twice" },
    { "unknown field", "association", "colour", "\"blue\"", "colour: is not a field" },
    { "wrong format name", "header", "format", "\"discorsi-other\"", "not a Discorsi exchange file" },
    { "count of the end line", "end", "records", "3", "the end line counts 3 records" },
  };
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 5, 2);
  g_autofree char *text = export_text (source, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines) - 1;     /* after the last line break */
  g_autofree char *before = dump (target);
  g_autofree char *path = path_in (fixture, "bad.discorsi");

  for (guint c = 0; c < G_N_ELEMENTS (cases) + 7; c++)
    {
      g_autoptr(GString) file = g_string_new (NULL);
      g_autoptr(GFile) gfile = g_file_new_for_path (path);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DscImportSummary) summary = NULL;
      g_autofree char *after = NULL;
      g_autofree char *expected_line = NULL;
      const char *expected = NULL;
      const char *name;
      guint changed = 0;
      int code = DSC_STORE_ERROR_INVALID;

      if (c < G_N_ELEMENTS (cases))
        {
          const BadLine *bad = &cases[c];
          g_autofree char *needle = g_strdup_printf ("\"kind\":\"%s\"", bad->kind);

          name = bad->name;
          expected = bad->expected;
          /* The first line of the kind that has the field, else the first of the kind. */
          for (guint pass = 0; pass < 2 && changed == 0; pass++)
            for (guint i = 0; i < n_lines && changed == 0; i++)
              {
                g_autofree char *key = g_strdup_printf ("\"%s\":", bad->key);
                gboolean of_kind = g_str_equal (bad->kind, "header") ? i == 0 : strstr (lines[i], needle) != NULL;

                if (of_kind && (pass == 1 || strstr (lines[i], key) != NULL))
                  changed = i + 1;
              }
          g_assert_cmpuint (changed, >, 0);

          for (guint i = 0; i < n_lines; i++)
            {
              if (i + 1 == changed)
                {
                  g_autofree char *line = NULL;

                  if (g_str_equal (name, "far too deep"))
                    {
                      g_autoptr(GString) deep = g_string_new (NULL);

                      for (int d = 0; d < 100000; d++)
                        g_string_append_c (deep, '[');
                      for (int d = 0; d < 100000; d++)
                        g_string_append_c (deep, ']');
                      line = with_member (lines[i], bad->key, deep->str);
                    }
                  else
                    line = with_member (lines[i], bad->key, bad->raw);
                  g_string_append_printf (file, "%s\n", line);
                }
              else
                g_string_append_printf (file, "%s\n", lines[i]);
            }
        }
      else
        {
          switch (c - G_N_ELEMENTS (cases))
            {
            case 0:
              name = "empty";
              expected = "the file is empty";
              changed = 1;
              break;
            case 1:
              name = "not JSON Lines";
              g_string_append (file, "name,acronym\r\n\"Una, due\",UD\r\n");
              expected = "not a JSON object";
              changed = 1;
              break;
            case 2:
              name = "one pretty-printed object";
              g_string_append (file, "{\n  \"format\": \"discorsi-exchange\",\n  \"version\": 1\n}\n");
              expected = "cut short";
              changed = 1;
              break;
            case 3:
              name = "no end line";
              for (guint i = 0; i + 1 < n_lines; i++)
                g_string_append_printf (file, "%s\n", lines[i]);
              expected = "without its end line";
              changed = n_lines - 1;
              break;
            case 4:
              name = "a cut line";
              for (guint i = 0; i + 2 < n_lines; i++)
                g_string_append_printf (file, "%s\n", lines[i]);
              g_string_append_len (file, lines[n_lines - 2], strlen (lines[n_lines - 2]) / 2);
              expected = "cut short";
              changed = n_lines - 1;
              break;
            case 5:
              name = "an over-long line";
              for (guint i = 0; i < n_lines; i++)
                {
                  if (i == 4)
                    {
                      g_string_append (file, "{\"kind\":\"association\",\"notes\":\"");
                      for (int k = 0; k < DSC_EXCHANGE_MAX_LINE / 64 + 1; k++)
                        g_string_append (file, "0123456789012345678901234567890123456789012345678901234567890123");
                      g_string_append (file, "\"}\n");
                    }
                  g_string_append_printf (file, "%s\n", lines[i]);
                }
              expected = "longer than 16 MiB";
              changed = 5;
              break;
            case 6:
            default:
              name = "a newer version";
              g_string_append (file, "{\"format\":\"discorsi-exchange\",\"version\":2,"
                                     "\"exported_at\":\"2030-01-01T00:00:00.000Z\",\"generator\":\"Discorsi 9\","
                                     "\"scope\":\"all\",\"new\":true}\n");
              for (guint i = 1; i < n_lines; i++)
                g_string_append_printf (file, "%s\n", lines[i]);
              code = DSC_STORE_ERROR_TOO_NEW;
              break;
            }
        }

      g_test_message ("bad file: %s", name);
      write_text (path, file->str, (gssize) file->len);
      summary = dsc_exchange_import (target, gfile, DSC_IMPORT_NO_BACKUP, NULL, NULL, NULL, &problems, &error);
      g_assert_null (summary);
      g_assert_error (error, DSC_STORE_ERROR, code);
      g_test_message ("%s", error->message);

      if (code == DSC_STORE_ERROR_INVALID)
        {
          const char *first;

          g_assert_nonnull (problems);
          g_assert_cmpuint (problems->len, >, 0);
          g_assert_cmpuint (problems->len, <=, DSC_EXCHANGE_MAX_PROBLEMS);
          first = g_ptr_array_index (problems, 0);
          expected_line = g_strdup_printf ("line %u: ", changed);
          for (guint i = 0; i < problems->len; i++)
            g_test_message ("  %s", (const char *) g_ptr_array_index (problems, i));
          g_assert_true (g_str_has_prefix (first, expected_line));
          g_assert_nonnull (strstr (first, expected));
          /* The error names the file and its first problem. */
          g_assert_nonnull (strstr (error->message, "bad.discorsi"));
          g_assert_nonnull (strstr (error->message, first));
        }

      after = dump (target);
      assert_same_content (before, after);
    }
}

/* Imports @text into @store expecting it refused, the database untouched and
 * the first problem on @line containing each of @expected (NULL-terminated). */
static void
assert_refused (Fixture    *fixture,
                DscStore   *store,
                const char *text,
                guint       line,
                ...)
{
  g_autofree char *path = path_in (fixture, "refused.discorsi");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DscImportSummary) summary = NULL;
  g_autofree char *before = dump (store);
  g_autofree char *after = NULL;
  g_autofree char *prefix = g_strdup_printf ("line %u: ", line);
  const char *first;
  const char *expected;
  va_list args;

  write_text (path, text, -1);
  summary = dsc_exchange_import (store, file, DSC_IMPORT_DEFAULT, NULL, NULL, NULL, &problems, &error);
  g_assert_null (summary);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_nonnull (problems);
  first = g_ptr_array_index (problems, 0);
  g_test_message ("%s", first);
  g_assert_true (g_str_has_prefix (first, prefix));
  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    g_assert_nonnull (strstr (first, expected));
  va_end (args);
  after = dump (store);
  assert_same_content (before, after);
}

#define HEADER "{\"format\":\"discorsi-exchange\",\"version\":1,\"exported_at\":\"2026-11-26T10:00:00.000Z\"," \
               "\"generator\":\"test\",\"scope\":\"all\"}\n"

/* A line that reuses, under another kind, a uuid the database holds is
 * refused: it would break every later export of the database. */
static void
test_uuid_of_another_kind (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 3, 1);
  g_autofree char *association = query_text (target, "SELECT uuid FROM association ORDER BY uuid LIMIT 1", 0);
  g_autofree char *person = query_text (target, "SELECT uuid FROM person ORDER BY uuid LIMIT 1", 0);
  g_autofree char *gone = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  /* A tombstone of a person with an association's uuid. */
  text = g_strdup_printf (HEADER "{\"kind\":\"tombstone\",\"uuid\":\"%s\",\"record_kind\":\"person\","
                          "\"deleted_at\":\"2026-11-26T09:00:00.000Z\"}\n{\"kind\":\"end\",\"records\":1}\n",
                          association);
  expected = g_strdup_printf ("uuid: this database already holds %s as a record of kind “association”",
                              association);
  assert_refused (fixture, target, text, 2, expected, NULL);

  /* A service with a person's uuid. */
  g_free (text);
  g_free (expected);
  text = g_strdup_printf (HEADER "{\"kind\":\"service\",\"uuid\":\"%s\",\"created_at\":\"2026-11-26T09:00:00.000Z\","
                          "\"updated_at\":\"2026-11-26T09:00:00.000Z\",\"name\":\"Svc\",\"type\":\"other\"}\n"
                          "{\"kind\":\"end\",\"records\":1}\n", person);
  expected = g_strdup_printf ("this database already holds %s as a record of kind “person”", person);
  assert_refused (fixture, target, text, 2, "service", expected, NULL);

  /* A service with the uuid of a person deleted for good. */
  gone = g_strdup (person);
  g_assert_true (dsc_store_erase_person (target, id_of (target, &dsc_kind_person, gone), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state_of (target, &dsc_kind_person, gone), ==, "tombstone");
  assert_refused (fixture, target, text, 2, "service", expected, NULL);
}

static char *
service_file (const char *created_at,
              const char *updated_at)
{
  return g_strdup_printf (HEADER "{\"kind\":\"service\",\"uuid\":\"0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490\","
                          "\"created_at\":\"%s\",\"updated_at\":\"%s\",\"name\":\"Sportello\",\"type\":\"other\"}\n"
                          "{\"kind\":\"end\",\"records\":1}\n", created_at, updated_at);
}

/* A time later than the importing computer's clock (by more than a day, for
 * time zones and clocks a little off) would win every merge for ever; a
 * record changed before it was made is no record. Both are refused. */
static void
test_impossible_times (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 2, 1);
  g_autofree char *text = NULL;

  /* The clock says 2026-11-26T10:00:00Z. */
  text = service_file ("2026-11-20T10:00:00.000Z", "9999-12-31T23:59:59.999Z");
  assert_refused (fixture, target, text, 2,
                  "updated_at: 9999-12-31T23:59:59.999Z is later than today: check the date and time of the"
                  " computer that made the file", NULL);
  g_free (text);
  text = service_file ("2026-11-27T10:00:00.001Z", "2026-11-27T10:00:00.001Z");
  assert_refused (fixture, target, text, 2, "created_at: 2026-11-27T10:00:00.001Z is later than today", NULL);
  g_free (text);
  text = g_strdup (HEADER "{\"kind\":\"tombstone\",\"uuid\":\"0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490\","
                   "\"record_kind\":\"service\",\"deleted_at\":\"2027-01-01T00:00:00.000Z\"}\n"
                   "{\"kind\":\"end\",\"records\":1}\n");
  assert_refused (fixture, target, text, 2, "deleted_at: 2027-01-01T00:00:00.000Z is later than today", NULL);
  g_free (text);
  text = service_file ("2026-11-20T10:00:00.000Z", "2026-11-10T10:00:00.000Z");
  assert_refused (fixture, target, text, 2,
                  "updated_at: 2026-11-10T10:00:00.000Z is earlier than created_at, 2026-11-20T10:00:00.000Z", NULL);

  /* Within a day of the clock: accepted. */
  g_free (text);
  text = service_file ("2026-11-20T10:00:00.000Z", "2026-11-27T10:00:00.000Z");
  {
    g_autofree char *path = path_in (fixture, "tomorrow.discorsi");
    g_autoptr(DscImportSummary) summary = NULL;

    write_text (path, text, -1);
    summary = import_path (target, path, DSC_IMPORT_DEFAULT);
    g_assert_cmpuint (summary->by_kind[DSC_EXCHANGE_SERVICE].added, ==, 1);
  }
}

static GPtrArray *
backups_of (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *folder = dsc_backup_dir_for (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (backups, g_build_filename (folder, entry, NULL));
  return backups;
}

/* The backup made before an import holds the database as it was, and is made
 * only for a file that was checked whole and changes something: a refused
 * file, a dry run or a file with nothing new leave the backups folder alone. */
static void
test_backup_after_checks (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 2, 2);
  g_autofree char *good = export_file (fixture, source, NULL, "good.discorsi");
  g_autofree char *bad = path_in (fixture, "bad.discorsi");
  g_autofree char *before = dump (target);
  g_autoptr(GBytes) bytes = dsc_test_read_bytes (good);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GString) cut = g_string_new_len (text, strlen (text) - 30);

  {
    g_autoptr(GPtrArray) backups = backups_of (fixture, "target.db");

    g_assert_cmpuint (backups->len, ==, 0);
  }

  /* A file cut short: refused, no backup. */
  write_text (bad, cut->str, (gssize) cut->len);
  {
    g_autoptr(GFile) file = g_file_new_for_path (bad);
    g_autoptr(GError) error = NULL;
    g_autoptr(DscImportSummary) summary =
      dsc_exchange_import (target, file, DSC_IMPORT_DEFAULT, NULL, NULL, NULL, NULL, &error);
    g_autoptr(GPtrArray) backups = backups_of (fixture, "target.db");

    g_assert_null (summary);
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_assert_cmpuint (backups->len, ==, 0);
  }

  /* A dry run: no backup. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (good);
    g_autoptr(GError) error = NULL;
    g_autoptr(DscImportSummary) summary =
      dsc_exchange_import (target, file, DSC_IMPORT_DRY_RUN, NULL, NULL, NULL, NULL, &error);
    g_autoptr(GPtrArray) backups = backups_of (fixture, "target.db");

    g_assert_no_error (error);
    g_assert_cmpuint (backups->len, ==, 0);
  }

  /* The real thing: one backup, of the database before the import. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (good);
    g_autoptr(GError) error = NULL;
    g_autoptr(DscImportSummary) summary =
      dsc_exchange_import (target, file, DSC_IMPORT_DEFAULT, NULL, NULL, NULL, NULL, &error);
    g_autoptr(GPtrArray) backups = backups_of (fixture, "target.db");

    g_assert_no_error (error);
    g_assert_cmpuint (summary->total.added, >, 0);
    g_assert_cmpuint (backups->len, ==, 1);
    {
      g_autoptr(DscStore) copy = dsc_test_open (g_ptr_array_index (backups, 0));
      g_autofree char *held = dump (copy);

      assert_same_content (before, held);
    }
  }

  /* The same file again changes nothing: no second backup. */
  at ("2026-11-26T11:00:00Z");
  {
    g_autoptr(DscImportSummary) summary = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (good);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) backups = NULL;

    summary = dsc_exchange_import (target, file, DSC_IMPORT_DEFAULT, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary->total.unchanged, ==, summary->records);
    backups = backups_of (fixture, "target.db");
    g_assert_cmpuint (backups->len, ==, 1);
  }
}

/* The lines of a demo export, and the file made of them with one changed. */
static char *
lines_with (char      **lines,
            guint       changed,
            const char *replacement)
{
  GString *file = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_string_append_printf (file, "%s\n", i == changed ? replacement : lines[i]);
  return g_string_free (file, FALSE);
}

static guint
first_line_of (char       **lines,
               const char  *kind)
{
  g_autofree char *needle = g_strdup_printf ("{\"kind\":\"%s\"", kind);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], needle))
      return i;
  g_assert_not_reached ();
}

/* The format leaves out an empty list, as the JSON Schema says: every list
 * of a line holds one item at least, and an empty one is refused. */
static void
test_empty_lists (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct
  {
    const char *kind;
    const char *key;
    const char *expected;
  } cases[] = {
    { "framework-version", "level_labels", "level_labels: is an empty list; leave the field out instead" },
    { "framework-version", "domains", "domains: is an empty list" },
    { "framework-version", "descriptors", "domains[0].descriptors: is an empty list" },
    { "association", "areas", "areas: is an empty list" },
    { "assessment", "scores", "scores: is an empty list" },
    { "module", "domains", "domains: is an empty list" },
    { "meeting", "services", "services: is an empty list" },
    { "meeting", "associations", "associations: is an empty list" },
  };
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 2, 2);
  g_autofree char *text = export_text (source, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint changed = first_line_of (lines, cases[c].kind);
      g_autofree char *line = with_member (lines[changed], cases[c].key, "[]");
      g_autofree char *file = lines_with (lines, changed, line);

      g_test_message ("empty %s of %s", cases[c].key, cases[c].kind);
      assert_refused (fixture, target, file, changed + 1, cases[c].expected, NULL);
    }
}

/* Some editors put a byte order mark before UTF-8 text when they save it: a
 * file that starts with one imports as if it had none. Anywhere else, it is
 * no JSON. */
static void
test_byte_order_mark (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = open_in (fixture, "target.db");
  g_autofree char *text = export_text (source, NULL);
  g_autofree char *with_mark = g_strconcat ("\xef\xbb\xbf", text, NULL);
  g_autofree char *path = path_in (fixture, "bom.discorsi");
  g_autoptr(DscImportSummary) summary = NULL;
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  write_text (path, with_mark, -1);
  summary = import_path (target, path, DSC_IMPORT_DEFAULT);
  g_assert_cmpuint (summary->records, ==, count_lines (text) - 2);
  g_assert_cmpuint (summary->total.added + summary->total.unchanged, ==, summary->records);

  {
    g_autofree char *marked = g_strconcat ("\xef\xbb\xbf", lines[1], NULL);
    g_autofree char *file = lines_with (lines, 1, marked);

    assert_refused (fixture, target, file, 2, "not a JSON object", NULL);
  }
}

/* Problems say plainly what is wrong. */
static void
test_plain_messages (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 2, 2);
  g_autofree char *text = export_text (source, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines) - 1;

  /* The header's version. */
  {
    g_autofree char *header = with_member (lines[0], "version", "0");
    g_autofree char *file = lines_with (lines, 0, header);

    assert_refused (fixture, target, file, 1, "version: must be a whole number, 1 or more", NULL);
  }
  /* The end line's count. */
  {
    g_autofree char *end = with_member (lines[n_lines - 1], "records", "\"many\"");
    g_autofree char *file = lines_with (lines, n_lines - 1, end);

    assert_refused (fixture, target, file, n_lines,
                    "records: the end line must give the number of records, as a whole number", NULL);
  }
  /* A reference to a record of another kind. */
  {
    guint person = first_line_of (lines, "person");
    g_autofree char *line = with_member (lines[person], "association", "\"f49f09a8-8d72-46cd-a47d-6517f8fd05af\"");
    g_autofree char *file = lines_with (lines, person, line);

    assert_refused (fixture, target, file, person + 1,
                    "association: f49f09a8-8d72-46cd-a47d-6517f8fd05af is a record of kind “domain”,"
                    " not “association”", NULL);
  }
  /* Two lines of one kind swapped. */
  {
    guint person = first_line_of (lines, "person");
    g_autoptr(GString) file = g_string_new (NULL);
    g_autofree char *expected = NULL;

    for (guint i = 0; i < n_lines; i++)
      g_string_append_printf (file, "%s\n", i == person ? lines[person + 1] : i == person + 1 ? lines[person] : lines[i]);
    expected = g_strdup_printf ("uuid: the lines of one kind are sorted by uuid, but this uuid sorts before %.36s",
                                strstr (lines[person + 1], "\"uuid\":\"") + 8);
    assert_refused (fixture, target, file->str, person + 2, expected, NULL);
  }
  /* A line of an earlier kind after later ones. */
  {
    guint assessment = first_line_of (lines, "assessment");
    guint goal = first_line_of (lines, "goal");
    g_autoptr(GString) file = g_string_new (NULL);

    for (guint i = 0; i < n_lines; i++)
      {
        if (i != assessment)
          g_string_append_printf (file, "%s\n", lines[i]);
        if (i == goal)
          g_string_append_printf (file, "%s\n", lines[assessment]);
      }
    assert_refused (fixture, target, file->str, goal + 1,
                    "kind: a line of kind “assessment” comes after lines of kind “goal”", NULL);
  }
}

/* A record whose problem hides others: up to the first 20 are listed. */
static void
test_many_problems (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 10, 1);
  g_autoptr(DscStore) target = open_in (fixture, "target.db");
  g_autofree char *text = export_text (source, NULL);
  g_autofree char *path = path_in (fixture, "bad.discorsi");
  g_autoptr(GString) file = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DscImportSummary) summary = NULL;

  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      if (strstr (lines[i], "\"kind\":\"person\"") != NULL)
        {
          g_autofree char *line = with_member (lines[i], "role", "\"king\"");
          g_string_append_printf (file, "%s\n", line);
        }
      else
        g_string_append_printf (file, "%s\n", lines[i]);
    }
  write_text (path, file->str, (gssize) file->len);

  summary = dsc_exchange_import (target, gfile, DSC_IMPORT_NO_BACKUP, NULL, NULL, NULL, &problems, &error);
  g_assert_null (summary);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, DSC_EXCHANGE_MAX_PROBLEMS);
  g_assert_nonnull (strstr (error->message, "and 19 more problems"));
  g_assert_cmpint (dsc_store_count (target, &dsc_kind_association, NULL), ==, 0);
}

/* Random mutations of real lines never crash the reader; a line it accepts
 * writes back to a canonical line that it accepts again. */
static void
test_fuzz_lines (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char alphabet[] = "{}[]:,\"\\0123456789-+.eEtrufalsn \t'/xu\x01\x1f\x7f\xc3\xa9\xff";
  g_autoptr(DscStore) source = make_demo (fixture, "source.db", 3, 1);
  g_autoptr(DscStore) target = make_demo (fixture, "target.db", 2, 2);
  g_autofree char *text = export_text (source, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines) - 1;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = path_in (fixture, "fuzz.discorsi");
  g_autofree char *before = dump (target);
  gint64 until = g_get_monotonic_time () + (g_test_slow () ? 30 : 3) * G_USEC_PER_SEC;
  guint iterations = 0, accepted = 0, imports = 0;

  while (g_get_monotonic_time () < until)
    {
      guint which = (guint) g_rand_int_range (rand, 0, (gint32) n_lines);
      g_autoptr(GString) line = g_string_new (lines[which]);
      int mutations = g_rand_int_range (rand, 1, 5);
      g_autofree char *problem = NULL;

      for (int m = 0; m < mutations && line->len > 0; m++)
        {
          gsize at_byte = (gsize) g_rand_int_range (rand, 0, (gint32) line->len);
          char c = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];

          switch (g_rand_int_range (rand, 0, 6))
            {
            case 0:
              line->str[at_byte] = c;
              break;
            case 1:
              g_string_insert_c (line, (gssize) at_byte, c);
              break;
            case 2:
              g_string_erase (line, (gssize) at_byte, 1);
              break;
            case 3:
              {
                gsize length = (gsize) g_rand_int_range (rand, 1, 40);
                g_autofree char *piece = g_strndup (line->str + at_byte, length);

                g_string_insert (line, (gssize) g_rand_int_range (rand, 0, (gint32) line->len), piece);
              }
              break;
            case 4:
              g_string_truncate (line, at_byte);
              break;
            default:
              for (int d = g_rand_int_range (rand, 1, 20); d > 0; d--)
                g_string_insert_c (line, (gssize) at_byte, g_rand_boolean (rand) ? '[' : '{');
              break;
            }
        }
      iterations++;

      if (dsc_exchange_scan_line (line->str, line->len, &problem)
          && json_parser_load_from_data (parser, line->str, (gssize) line->len, NULL))
        {
          JsonObject *object = json_node_get_object (json_parser_get_root (parser));
          const char *kind_name = json_object_get_string_member_with_default (object, "kind", "");
          int kind = dsc_exchange_kind_from_name (kind_name);

          if (kind >= 0)
            {
              g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
              g_autoptr(DscXRecord) x = dsc_xrecord_from_json (object, kind, problems);

              if (problems->len == 0)
                {
                  g_autoptr(GString) canonical = g_string_new (NULL);
                  g_autofree char *again = NULL;

                  dsc_xrecord_write (x, canonical);
                  g_assert_true (dsc_exchange_scan_line (canonical->str, canonical->len, &again));
                  accepted++;
                }
            }
        }

      /* Now and then the whole file, through the importer, as a dry run. */
      if (iterations % 97 == 0)
        {
          g_autoptr(GString) file = g_string_new (NULL);
          g_autoptr(GFile) gfile = g_file_new_for_path (path);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(DscImportSummary) summary = NULL;

          for (guint i = 0; i < n_lines; i++)
            g_string_append_printf (file, "%s\n", i == which ? line->str : lines[i]);
          write_text (path, file->str, (gssize) file->len);
          summary = dsc_exchange_import (target, gfile, DSC_IMPORT_DRY_RUN, NULL, NULL, NULL, &problems, &error);
          g_assert_true ((summary != NULL) != (error != NULL));
          imports++;
        }
    }

  {
    g_autofree char *after = dump (target);
    g_assert_cmpstr (after, ==, before);
  }
  g_test_message ("%u mutated lines, %u read as records, %u whole files", iterations, accepted, imports);
  g_assert_cmpuint (iterations, >, 1000);
}

/* Migration 5 on a database of version 4: the log and the lineage are added,
 * nothing else changes. */
static void
test_migration_5 (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "v4.db");
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int i = 0; i < 4; i++)
    {
      g_assert_true (dsc_sqlite_exec (db, dsc_migrations[i].sql, &error));
      g_assert_no_error (error);
      if (dsc_migrations[i].apply != NULL)
        g_assert_true (dsc_migrations[i].apply (db, &error));
      g_assert_no_error (error);
    }
  g_assert_true (dsc_sqlite_exec (db,
                                  "PRAGMA user_version = 4; PRAGMA application_id = 1148412721;"
                                  "INSERT INTO association (uuid, created_at, updated_at, name, status)"
                                  " VALUES ('0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490', '2026-01-01T00:00:00.000Z',"
                                  "         '2026-01-01T00:00:00.000Z', 'Old', 'active');",
                                  &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscAssociation) old = load (store, &dsc_kind_association, "0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490");
    g_autoptr(GPtrArray) conflicts = conflicts_of (store);

    g_assert_cmpint (dsc_store_get_schema_version (store), ==, 5);
    g_assert_cmpstr (old->name, ==, "Old");
    g_assert_cmpuint (conflicts->len, ==, 0);

    /* An edit after an export builds on the exported version. */
    at ("2026-02-01T00:00:00Z");
    g_free (export_text (store, NULL));
    at ("2026-03-01T00:00:00Z");
    g_free (old->notes);
    old->notes = g_strdup ("Edited");
    g_assert_true (dsc_store_update (store, old, &error));
    g_assert_no_error (error);
    {
      g_autofree char *text = export_text (store, NULL);
      g_assert_nonnull (strstr (text, "\"updated_at\":\"2026-03-01T00:00:00.000Z\","
                                      "\"based_on\":\"2026-01-01T00:00:00.000Z\""));
    }
  }
}

static const char *
resolve_association (const char *table,
                     gint64      id,
                     gpointer    user_data)
{
  g_assert_cmpstr (table, ==, "association");
  return g_hash_table_lookup (user_data, &id);
}

/* Export writes every record through the same field rules as the command
 * line's JSON, and a file replaced only when whole. */
static void
test_export_matches_record_json (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(DscStore) demo = make_demo (fixture, "demo.db", 5, 1);
  g_autofree char *text = export_text (demo, NULL);
  g_autoptr(GPtrArray) people = dsc_store_list (demo, &dsc_kind_person, 0, NULL);
  DscPerson *person = g_ptr_array_index (people, 0);
  g_autoptr(JsonObject) expected = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *needle = g_strdup_printf ("{\"kind\":\"person\",\"uuid\":\"%s\"", person->base.uuid);
  const char *line = strstr (text, needle);
  g_autofree char *one = NULL;
  JsonObject *actual;
  GList *members;

  g_assert_nonnull (line);
  one = g_strndup (line, strchr (line, '\n') - line);
  g_assert_true (json_parser_load_from_data (parser, one, -1, NULL));
  actual = json_node_get_object (json_parser_get_root (parser));

  {
    g_autoptr(GHashTable) uuids = dsc_store_query_map (demo, "SELECT id, uuid FROM association", NULL);

    expected = dsc_record_to_json (person, resolve_association, uuids);
  }
  members = json_object_get_members (expected);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      g_assert_true (json_object_has_member (actual, name));
      g_assert_cmpstr (json_object_get_string_member (actual, name), ==,
                       json_object_get_string_member (expected, name));
    }
  g_list_free (members);
  /* "kind" besides. */
  g_assert_cmpuint (json_object_get_size (actual), ==, json_object_get_size (expected) + 1);
}

/* Cancelling and progress ------------------------------------------------------- */

typedef struct
{
  GCancellable *cancellable;
  guint64       last_done;
  guint64       total;
  guint         calls;
} Progress;

static void
on_progress (guint64  done,
             guint64  total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >=, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->last_done = done;
  progress->total = total;
  progress->calls++;
  if (progress->cancellable != NULL)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DscStore) demo = make_demo (fixture, "demo.db", 40, 1);
  g_autoptr(DscStore) target = open_in (fixture, "target.db");
  g_autofree char *path = export_file (fixture, demo, NULL, "demo.discorsi");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = dump (target);
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  /* Progress counts the bytes of the file, up to all of them. */
  {
    g_autoptr(DscImportSummary) summary =
      dsc_exchange_import (target, file, DSC_IMPORT_DRY_RUN, on_progress, &progress, NULL, NULL, &error);
    g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

    g_assert_no_error (error);
    g_assert_nonnull (summary);
    g_assert_cmpuint (progress.calls, >, 0);
    g_assert_cmpuint (progress.last_done, ==, (guint64) g_file_info_get_size (info));
    g_assert_cmpuint (progress.total, ==, (guint64) g_file_info_get_size (info));
  }

  /* Cancelled while it reads: nothing is written. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(DscImportSummary) summary = NULL;
    g_autofree char *after = NULL;

    progress = (Progress) { cancellable, 0, 0, 0 };
    summary = dsc_exchange_import (target, file, DSC_IMPORT_NO_BACKUP, on_progress, &progress, cancellable,
                                   NULL, &error);
    g_assert_null (summary);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    after = dump (target);
    assert_same_content (before, after);
  }

  /* A cancelled export leaves the file it would replace as it was. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autofree char *old_path = path_in (fixture, "old.discorsi");
    g_autoptr(GFile) old = g_file_new_for_path (old_path);
    g_autoptr(GBytes) kept = NULL;
    g_autoptr(GDir) dir = NULL;
    const char *name;
    guint files = 0;

    write_text (old_path, "old content\n", -1);
    progress = (Progress) { cancellable, 0, 0, 0 };
    g_assert_false (dsc_exchange_export_to_file (demo, NULL, old, on_progress, &progress, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    kept = dsc_test_read_bytes (old_path);
    g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "old content\n", 12);

    /* No temporary file is left behind. */
    dir = g_dir_open (fixture->dir, 0, NULL);
    while ((name = g_dir_read_name (dir)) != NULL)
      files += g_str_has_prefix (name, ".goutputstream") ? 1 : 0;
    g_assert_cmpuint (files, ==, 0);
  }
}

/* A deletion that lost can be restored: the record is deleted again. */
static void
test_restore_deletion (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DscStore) a = make_demo (fixture, "a.db", 10, 1);
  g_autoptr(DscStore) b = open_in (fixture, "b.db");
  g_autoptr(GPtrArray) meetings = dsc_store_list (a, &dsc_kind_meeting, 0, NULL);
  DscMeeting *meeting = g_ptr_array_index (meetings, 0);
  g_autofree char *start = export_file (fixture, a, NULL, "start.discorsi");
  g_autoptr(DscImportSummary) copied = import_path (b, start, DSC_IMPORT_DEFAULT);
  g_autoptr(GError) error = NULL;

  /* A deletes the meeting; B edits it later; A takes B's file. */
  at ("2026-11-27T09:00:00Z");
  g_assert_true (dsc_store_delete_record (a, &dsc_kind_meeting, meeting->base.id, &error));
  g_assert_no_error (error);
  at ("2026-11-27T10:00:00Z");
  {
    g_autoptr(DscMeeting) edited = load (b, &dsc_kind_meeting, meeting->base.uuid);

    g_free (edited->notes);
    edited->notes = g_strdup ("Still going on.");
    g_assert_true (dsc_store_update (b, edited, &error));
    g_assert_no_error (error);
  }
  at ("2026-11-28T10:00:00Z");
  {
    g_autofree char *from_b = export_file (fixture, b, NULL, "from-b.discorsi");
    g_autoptr(DscImportSummary) into_a = import_path (a, from_b, DSC_IMPORT_DEFAULT);
    g_autoptr(GPtrArray) conflicts = conflicts_of (a);
    g_autoptr(DscMeeting) back = load (a, &dsc_kind_meeting, meeting->base.uuid);
    DscConflict *conflict;

    g_assert_cmpstr (back->notes, ==, "Still going on.");
    g_assert_cmpuint (conflicts->len, ==, 1);
    conflict = g_ptr_array_index (conflicts, 0);
    g_assert_cmpint (conflict->kind, ==, DSC_EXCHANGE_MEETING);
    g_assert_nonnull (strstr (conflict->losing_json, "\"deleted_at\":\"2026-11-27T09:00:00.000Z\""));

    /* Restoring the deletion deletes it again, now. */
    at ("2026-11-29T10:00:00Z");
    g_assert_true (dsc_store_restore_conflict (a, conflict->id, &error));
    g_assert_no_error (error);
    g_assert_null (dsc_store_load_by_uuid (a, &dsc_kind_meeting, meeting->base.uuid, NULL));
    g_clear_pointer (&conflicts, g_ptr_array_unref);
    conflicts = conflicts_of (a);
    g_assert_cmpuint (conflicts->len, ==, 0);
    g_clear_pointer (&conflicts, g_ptr_array_unref);
    conflicts = dsc_store_list_conflicts (a, TRUE, 0, NULL, &error);
    g_assert_cmpuint (conflicts->len, ==, 1);
    g_assert_nonnull (((DscConflict *) g_ptr_array_index (conflicts, 0))->restored_at);
  }
}

/* A version of the log that refers to a record gone from the database says
 * which, in words. */
static void
test_restore_missing_reference (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(DscStore) store = make_demo (fixture, "a.db", 2, 1);
  g_autoptr(GError) error = NULL;
  gint64 id;

  exec_sql (store,
            "INSERT INTO conflict (kind, uuid, logged_at, winner, losing_updated_at, winning_updated_at,"
            "  losing_json, label) VALUES ('person', '0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490',"
            "  '2026-11-26T09:00:00.000Z', 'database', '2026-11-26T08:00:00.000Z', '2026-11-26T08:30:00.000Z',"
            "  '{\"kind\":\"person\",\"uuid\":\"0f18de3e-6a79-4af4-a2ed-2fd7e8a3f490\","
            "\"created_at\":\"2026-11-26T08:00:00.000Z\",\"updated_at\":\"2026-11-26T08:00:00.000Z\","
            "\"association\":\"0badc0de-0000-4000-8000-000000000000\",\"full_name\":\"Anna\",\"role\":\"member\"}',"
            "  'Anna')");
  id = sqlite3_last_insert_rowid (store->db);
  g_assert_false (dsc_store_restore_conflict (store, id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "This version cannot be restored: it refers to association 0badc0de-0000-4000-8000-000000000000,"
                   " which is no longer in the database.");
}

/* CSV --------------------------------------------------------------------------- */

#define TRICKY_NAME "Associazione \"Al-Amal\", Ciriè"
#define TRICKY_DESCRIPTION "Prima riga, con virgola;\nseconda riga: \"citazione\" e accenti àèìòù"
#define ARABIC_NAME "فاطمة الزهراء"
#define ARABIC_SCOPE "Contatti, \"inviti\" e\r\nmateriali (العربية)"
#define SESSION_TITLE "Diritti, \"doveri\"; servizi"
#define WHAT "Chiamare l'ASL, chiedere \"orari\"\nnuovi"

static gint64
insert (DscStore *store,
        gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_store_insert (store, record, &error));
  g_assert_no_error (error);
  return ((DscRecord *) record)->id;
}

/* Reads a CSV file with Python's csv module; returns its rows. */
static JsonArray *
read_csv_with_python (const char *path,
                      char        separator,
                      JsonParser *parser)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char delimiter[2] = { separator, '\0' };
  const char *argv[] = {
    "python3", "-c",
    "import csv, json, sys\n"
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
    "    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
    "print(json.dumps(rows))\n",
    path, delimiter, NULL
  };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (*err != '\0')
    g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  return json_node_get_array (json_parser_get_root (parser));
}

static JsonArray *
row_with (JsonArray  *rows,
          guint       column,
          const char *value)
{
  for (guint i = 1; i < json_array_get_length (rows); i++)
    {
      JsonArray *row = json_array_get_array_element (rows, i);

      if (g_str_equal (json_array_get_string_element (row, column), value))
        return row;
    }
  g_assert_not_reached ();
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(DscStore) store = open_in (fixture, "csv.db");
  g_autoptr(DscAssociation) tricky = dsc_test_add_association (store, TRICKY_NAME, DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) formula = dsc_test_add_association (store, "=SUM(A1:A2)", DSC_PROVINCE_CN);
  g_autoptr(DscPerson) consented = dsc_person_new ();
  g_autoptr(DscPerson) unconsented = dsc_person_new ();
  g_autoptr(DscModule) module = dsc_record_new (&dsc_kind_module);
  g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);
  g_autoptr(GError) error = NULL;
  static const char separators[] = { ',', ';' };

  g_free (tricky->description);
  tricky->description = g_strdup (TRICKY_DESCRIPTION);
  tricky->areas = DSC_AREA_FLAG (DSC_AREA_HOUSING) | DSC_AREA_FLAG (DSC_AREA_HEALTH);
  g_assert_true (dsc_store_update (store, tricky, &error));
  g_assert_no_error (error);

  consented->association_id = tricky->base.id;
  consented->full_name = g_strdup (ARABIC_NAME);
  consented->role = DSC_ROLE_PRESIDENT;
  consented->consent_date = g_strdup ("2026-01-10");
  consented->consent_scope = g_strdup (ARABIC_SCOPE);
  insert (store, consented);
  unconsented->association_id = tricky->base.id;
  unconsented->full_name = g_strdup ("Senza Consenso");
  insert (store, unconsented);

  module->title = g_strdup ("Diritti");
  insert (store, module);
  session->module_id = module->base.id;
  session->title = g_strdup (SESSION_TITLE);
  session->date = g_strdup ("2026-03-10");
  session->duration_minutes = 90;
  insert (store, session);
  g_assert_true (dsc_store_invite (store, session->base.id, tricky->base.id, &error));
  g_assert_true (dsc_store_mark_all_present (store, session->base.id, &error));
  g_assert_no_error (error);

  meeting->date = g_strdup ("2026-03-01");
  meeting->title = g_strdup ("Tavolo, \"casa\"");
  meeting->meeting_kind = DSC_MEETING_WORKING_TABLE;
  insert (store, meeting);
  follow_up->meeting_id = meeting->base.id;
  follow_up->association_id = tricky->base.id;
  follow_up->what = g_strdup (WHAT);
  follow_up->owner = g_strdup ("Żaneta Łukasz");
  follow_up->due_date = g_strdup ("2026-04-01");
  insert (store, follow_up);

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      DscCsvOptions options;

      dsc_csv_options_for_spreadsheets (&options);
      options.separator = separators[s];

      for (int table = DSC_CSV_ASSOCIATIONS; table <= DSC_CSV_FOLLOW_UPS; table++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%u.csv", dsc_csv_table_name (table), s);
          g_autofree char *path = path_in (fixture, name);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GBytes) bytes = NULL;
          JsonArray *rows, *row;

          g_assert_true (dsc_csv_export_to_file (store, table, 0, &options, file, NULL, &error));
          g_assert_no_error (error);
          bytes = dsc_test_read_bytes (path);
          /* A byte order mark for Excel, and CRLF line ends. */
          g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 3, "\xef\xbb\xbf", 3);
          g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "\r\n"));

          rows = read_csv_with_python (path, separators[s], parser);
          switch (table)
            {
            case DSC_CSV_ASSOCIATIONS:
              g_assert_cmpuint (json_array_get_length (rows), ==, 3);
              g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (rows, 0), 1), ==, "Name");
              row = row_with (rows, 0, tricky->base.uuid);
              g_assert_cmpstr (json_array_get_string_element (row, 1), ==, TRICKY_NAME);
              g_assert_cmpstr (json_array_get_string_element (row, 20), ==, "Housing, Health");
              g_assert_cmpstr (json_array_get_string_element (row, 23), ==, TRICKY_DESCRIPTION);
              /* A name that looks like a formula stays text. */
              row = row_with (rows, 0, formula->base.uuid);
              g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "'=SUM(A1:A2)");
              break;

            case DSC_CSV_PEOPLE:
              /* Only the person who gave consent. */
              g_assert_cmpuint (json_array_get_length (rows), ==, 2);
              row = json_array_get_array_element (rows, 1);
              g_assert_cmpstr (json_array_get_string_element (row, 0), ==, TRICKY_NAME);
              g_assert_cmpstr (json_array_get_string_element (row, 1), ==, ARABIC_NAME);
              g_assert_cmpstr (json_array_get_string_element (row, 2), ==, "President");
              g_assert_cmpstr (json_array_get_string_element (row, 5), ==, "2026-01-10");
              g_assert_cmpstr (json_array_get_string_element (row, 6), ==, ARABIC_SCOPE);
              break;

            case DSC_CSV_ATTENDANCE:
              g_assert_cmpuint (json_array_get_length (rows), ==, 2);
              row = json_array_get_array_element (rows, 1);
              g_assert_cmpstr (json_array_get_string_element (row, 0), ==, TRICKY_NAME);
              g_assert_cmpstr (json_array_get_string_element (row, 2), ==, SESSION_TITLE);
              g_assert_cmpstr (json_array_get_string_element (row, 3), ==, "2026-03-10");
              g_assert_cmpstr (json_array_get_string_element (row, 5), ==, "90");
              g_assert_cmpstr (json_array_get_string_element (row, 9), ==, "Yes");
              break;

            case DSC_CSV_FOLLOW_UPS:
            default:
              g_assert_cmpuint (json_array_get_length (rows), ==, 2);
              row = json_array_get_array_element (rows, 1);
              g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "Tavolo, \"casa\"");
              g_assert_cmpstr (json_array_get_string_element (row, 2), ==, WHAT);
              g_assert_cmpstr (json_array_get_string_element (row, 3), ==, "Żaneta Łukasz");
              g_assert_cmpstr (json_array_get_string_element (row, 5), ==, "Open");
              g_assert_cmpstr (json_array_get_string_element (row, 7), ==, TRICKY_NAME);
              break;
            }
        }
    }

  /* For programs: plain RFC 4180, values as they are. */
  {
    g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
    DscCsvOptions options;
    g_autofree char *text = NULL;

    dsc_csv_options_for_programs (&options);
    g_assert_true (dsc_csv_export (store, DSC_CSV_ASSOCIATIONS, formula->base.id, &options, output, NULL, &error));
    g_assert_no_error (error);
    g_output_stream_write_all (output, "", 1, NULL, NULL, NULL);
    g_output_stream_close (output, NULL, NULL);
    text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
    g_assert_true (g_str_has_prefix (text, "Identifier,Name,"));
    g_assert_nonnull (strstr (text, ",=SUM(A1:A2),"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("DISCORSI_NOW", NOW, TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exchange/round-trip", test_round_trip);
  ADD ("/exchange/export-matches-record-json", test_export_matches_record_json);
  ADD ("/exchange/schema/accepts-export", test_schema_accepts_export);
  ADD ("/exchange/schema/refuses-bad-lines", test_schema_refuses_bad_lines);
  g_test_add_func ("/exchange/schema/matches-tables", test_schema_matches_tables);
  ADD ("/exchange/merge/both-ways", test_merge_both_ways);
  ADD ("/exchange/merge/one-association", test_one_association);
  ADD ("/exchange/merge/one-association/shared-meetings", test_one_association_shared_meetings);
  ADD ("/exchange/merge/tombstones", test_tombstones);
  ADD ("/exchange/merge/child-after-purge", test_child_after_purge);
  ADD ("/exchange/merge/child-after-deletion", test_child_after_deletion);
  ADD ("/exchange/merge/concurrent-edit/one-association-export", test_concurrent_edit_one_export);
  ADD ("/exchange/merge/concurrent-edit/whole-export", test_concurrent_edit_whole_export);
  ADD ("/exchange/merge/concurrent-edit/during-export", test_edit_during_export);
  ADD ("/exchange/merge/attendance/live-beats-deleted", test_attendance_live_beats_deleted);
  ADD ("/exchange/merge/attendance/restore-over-deleted", test_attendance_restore_over_deleted);
  ADD ("/exchange/merge/framework-version/published-beats-draft", test_published_beats_draft);
  ADD ("/exchange/merge/framework-version/keeps-its-scale", test_version_keeps_its_scale);
  ADD ("/exchange/bad-files", test_bad_files);
  ADD ("/exchange/bad-files/many-problems", test_many_problems);
  ADD ("/exchange/bad-files/uuid-of-another-kind", test_uuid_of_another_kind);
  ADD ("/exchange/bad-files/impossible-times", test_impossible_times);
  ADD ("/exchange/bad-files/backup-after-checks", test_backup_after_checks);
  ADD ("/exchange/bad-files/empty-lists", test_empty_lists);
  ADD ("/exchange/bad-files/byte-order-mark", test_byte_order_mark);
  ADD ("/exchange/bad-files/plain-messages", test_plain_messages);
  ADD ("/exchange/fuzz", test_fuzz_lines);
  ADD ("/exchange/migration-5", test_migration_5);
  ADD ("/exchange/csv", test_csv);
  ADD ("/exchange/cancel", test_cancel);
  ADD ("/exchange/merge/restore-deletion", test_restore_deletion);
  ADD ("/exchange/merge/restore-missing-reference", test_restore_missing_reference);

  return g_test_run ();
}
