/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line, run as a user or a script would run it: without a display,
 * with the exit statuses and one-line errors of DESIGN.md. */

#include "config.h"

#include <json-glib/json-glib.h>

#include "dsc-meetings.h"
#include "dsc-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs discorsi with the arguments, no display and a fixed clock. */
static void
run_discorsi (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("DISCORSI_EXE");
  int wait_status = 0;
  va_list ap;

  g_assert_nonnull (exe);
  g_ptr_array_add (args, (gpointer) exe);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run_discorsi (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "discorsi " PACKAGE_VERSION "\n");

  run_discorsi (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "demo"));
  g_assert_nonnull (strstr (help.out, "list associations"));
}

static void
test_demo_is_reproducible (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *first = g_strdup_printf ("--database=%s/first.db", dir);
  g_autofree char *second = g_strdup_printf ("--database=%s/second.db", dir);
  g_autofree char *third = g_strdup_printf ("--database=%s/third.db", dir);
  g_auto(Run) make_first = { 0 };
  g_auto(Run) make_second = { 0 };
  g_auto(Run) make_third = { 0 };
  g_auto(Run) list_first = { 0 };
  g_auto(Run) list_second = { 0 };
  g_auto(Run) list_third = { 0 };
  g_auto(Run) again = { 0 };

  run_discorsi (&make_first, first, "demo", "--associations=200", "--seed=1", NULL);
  g_assert_cmpint (make_first.status, ==, 0);
  run_discorsi (&make_second, "demo", "--associations=200", second, "--seed=1", NULL);
  g_assert_cmpint (make_second.status, ==, 0);
  run_discorsi (&make_third, third, "demo", "--associations=200", "--seed=2", NULL);
  g_assert_cmpint (make_third.status, ==, 0);

  run_discorsi (&list_first, first, "list", "associations", "--format=csv", NULL);
  run_discorsi (&list_second, second, "list", "associations", "--format=csv", NULL);
  run_discorsi (&list_third, third, "list", "associations", "--format=csv", NULL);
  g_assert_cmpint (list_first.status, ==, 0);
  g_assert_cmpuint (count_lines (list_first.out), ==, 201);   /* heading and 200 rows */
  g_assert_true (g_str_has_prefix (list_first.out, "uuid,created_at,updated_at,name,"));
  g_assert_cmpstr (list_first.out, ==, list_second.out);
  g_assert_cmpstr (list_first.out, !=, list_third.out);

  /* A database with records is refused, and left as it was. */
  run_discorsi (&again, first, "demo", NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "first.db"));
  g_assert_cmpuint (count_lines (again.err), ==, 1);

  dsc_test_remove_tree (dir);
}

static void
test_list_formats (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *database = g_strdup_printf ("--database=%s/d.db", dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) people = { 0 };
  JsonArray *array;
  JsonObject *first;

  run_discorsi (&demo, database, "demo", "--associations=12", NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_discorsi (&text, database, "list", "associations", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpuint (count_lines (text.out), ==, 13);
  g_assert_true (g_str_has_prefix (text.out, "Name"));

  run_discorsi (&json, database, "list", "associations", "--format=json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 12);
  first = json_array_get_object_element (array, 0);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (first, "uuid")));
  g_assert_nonnull (json_object_get_string_member (first, "name"));
  g_assert_nonnull (json_object_get_string_member (first, "status"));
  g_assert_false (json_object_has_member (first, "id"));

  /* The people of one association, named by its uuid. */
  run_discorsi (&people, database, "list", "people", "--format=csv", "--association",
                json_object_get_string_member (first, "uuid"), NULL);
  g_assert_cmpint (people.status, ==, 0);
  g_assert_true (g_str_has_prefix (people.out, "uuid,created_at,updated_at,association,full_name"));
  g_assert_null (strstr (people.out, "\r\n\r\n"));
  g_assert_true (count_lines (people.out) == 1
                 || strstr (people.out, json_object_get_string_member (first, "uuid")) != NULL);

  dsc_test_remove_tree (dir);
}

/* A meeting with a service and two follow-ups, one of them overdue on the test clock. */
static void
add_meeting_records (const char *path)
{
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = dsc_test_add_association (store, "Al Amal", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) other = dsc_test_add_association (store, "Altra", DSC_PROVINCE_CN);
  g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  const char *what[] = { "Chiamare l'ASL", "Mandare i documenti" };
  const char *due[] = { "2026-06-01", "2026-12-30" };
  g_autoptr(GError) error = NULL;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  service->name = g_strdup ("ASL TO3");
  service->service_type = DSC_SERVICE_ASL;
  g_assert_true (dsc_store_insert (store, service, &error));
  meeting->date = g_strdup ("2026-05-04");
  meeting->title = g_strdup ("Tavolo salute");
  meeting->meeting_kind = DSC_MEETING_WORKING_TABLE;
  meeting->attendees = g_strdup ("Anna Rossi (ASL TO3)\nOmar Diallo (Al Amal)");
  g_assert_true (dsc_store_insert (store, meeting, &error));
  g_assert_true (dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_service,
                                              &service->base.id, 1, &error));
  g_assert_true (dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_association,
                                              &association->base.id, 1, &error));
  for (guint i = 0; i < G_N_ELEMENTS (what); i++)
    {
      g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);

      follow_up->meeting_id = meeting->base.id;
      follow_up->association_id = association->base.id;
      follow_up->service_id = service->base.id;
      follow_up->what = g_strdup (what[i]);
      follow_up->due_date = g_strdup (due[i]);
      g_assert_true (dsc_store_insert (store, follow_up, &error));
    }
  g_assert_no_error (error);
  (void) other;
}

static void
test_list_meetings (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "d.db", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", path);
  g_auto(Run) meetings = { 0 };
  g_auto(Run) overdue = { 0 };
  g_auto(Run) open = { 0 };
  g_auto(Run) services = { 0 };
  g_auto(Run) of_other = { 0 };
  g_auto(Run) wrong = { 0 };

  add_meeting_records (path);

  /* Text: one line per meeting, with who took part; attendees' lines do not break it. */
  run_discorsi (&meetings, database, "list", "meetings", NULL);
  g_assert_cmpint (meetings.status, ==, 0);
  g_assert_cmpuint (count_lines (meetings.out), ==, 2);
  g_assert_nonnull (strstr (meetings.out, "Tavolo salute"));
  g_assert_nonnull (strstr (meetings.out, "ASL TO3"));
  g_assert_nonnull (strstr (meetings.out, "Al Amal"));

  run_discorsi (&overdue, database, "list", "follow-ups", "--overdue", NULL);
  g_assert_cmpint (overdue.status, ==, 0);
  g_assert_cmpuint (count_lines (overdue.out), ==, 2);
  g_assert_nonnull (strstr (overdue.out, "Chiamare"));
  g_assert_null (strstr (overdue.out, "Mandare"));

  run_discorsi (&open, database, "list", "follow-ups", "--open", "--format=csv", NULL);
  g_assert_cmpint (open.status, ==, 0);
  g_assert_cmpuint (count_lines (open.out), ==, 3);
  g_assert_true (g_str_has_prefix (open.out, "uuid,created_at,updated_at,meeting,association,service,what,"));

  run_discorsi (&services, database, "list", "services", "--association=Al Amal", "--format=json", NULL);
  g_assert_cmpint (services.status, ==, 0);
  g_assert_nonnull (strstr (services.out, "\"ASL TO3\""));
  run_discorsi (&of_other, database, "list", "meetings", "--association=Altra", "--format=csv", NULL);
  g_assert_cmpint (of_other.status, ==, 0);
  g_assert_cmpuint (count_lines (of_other.out), ==, 1);

  run_discorsi (&wrong, database, "list", "meetings", "--overdue", NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "list follow-ups"));

  dsc_test_remove_tree (dir);
}

static void
test_check_good_and_damaged (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "d.db", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", path);
  g_autoptr(GBytes) whole = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };
  guint8 *bytes;
  gsize length;

  run_discorsi (&demo, database, "demo", "--associations=300", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  run_discorsi (&good, database, "check", NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_nonnull (strstr (good.out, "no problems"));

  whole = dsc_test_read_bytes (path);
  bytes = g_bytes_unref_to_data (g_steal_pointer (&whole), &length);
  for (gsize i = length / 2; i < length / 2 + 8192 && i < length; i++)
    bytes[i] = (guint8) (i * 13);
  g_assert_true (g_file_set_contents (path, (char *) bytes, (gssize) length, NULL));
  g_free (bytes);

  run_discorsi (&bad, database, "check", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpuint (count_lines (bad.err), ==, 1);
  g_assert_nonnull (strstr (bad.err, "d.db"));
  g_assert_nonnull (strstr (bad.err, "damaged"));

  dsc_test_remove_tree (dir);
}

static void
test_errors_and_usage (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *missing = g_strdup_printf ("--database=%s/missing.db", dir);
  g_autofree char *text_file = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *not_db = g_strdup_printf ("--database=%s", text_file);
  struct { const char *args[4]; int status; const char *says; } cases[] = {
    { { missing, "list", "associations", NULL }, 1, "missing.db" },
    { { not_db, "list", "associations", NULL }, 1, "not a Discorsi database" },
    { { not_db, "check", NULL }, 1, "notes.db" },
    { { missing, "list", NULL }, 2, "associations, people, assessments" },
    { { missing, "list", "unicorns", NULL }, 2, "unicorns" },
    { { missing, "list", "associations", "--format=xml" }, 2, "text, csv or json" },
    { { missing, "demo", "--colour", NULL }, 2, "--colour" },
    { { missing, "check", "extra", NULL }, 2, "check" },
  };

  g_assert_true (g_file_set_contents (text_file, "just some notes\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_discorsi (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], NULL);
      g_test_message ("%s %s: %d %s", cases[i].args[1], cases[i].args[2] ?: "", run.status, run.err);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_nonnull (strstr (run.err, cases[i].says));
      g_assert_true (g_str_has_prefix (run.err, "discorsi: "));
    }

  /* A missing file is not created by a command that only reads. */
  g_assert_false (g_file_test (missing + strlen ("--database="), G_FILE_TEST_EXISTS));
  dsc_test_remove_tree (dir);
}

static void
test_backup_command (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *database = g_strdup_printf ("--database=%s/d.db", dir);
  g_autofree char *target = g_build_filename (dir, "copy.db", NULL);
  g_auto(Run) demo = { 0 };
  g_auto(Run) backup = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) listed = { 0 };
  g_autofree char *copy_arg = g_strdup_printf ("--database=%s", target);

  run_discorsi (&demo, database, "demo", "--associations=5", NULL);
  run_discorsi (&backup, database, "backup", target, NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_cmpstr (g_strstrip (backup.out), ==, target);

  run_discorsi (&listed, copy_arg, "list", "associations", "--format=csv", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  g_assert_cmpuint (count_lines (listed.out), ==, 6);

  run_discorsi (&again, database, "backup", target, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "already exists"));

  dsc_test_remove_tree (dir);
}

/* The number of lines of CSV output whose consent_date column is empty. */
static guint
count_without_consent (const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  g_auto(GStrv) header = g_strsplit (lines[0], ",", -1);
  guint column = g_strv_length (header);
  guint missing = 0;

  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], "consent_date"))
      column = i;
  g_assert_cmpuint (column, <, g_strv_length (header));

  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      if (g_strv_length (fields) <= column || fields[column][0] == '\0')
        missing++;
    }

  return missing;
}

/* export and import as a script uses them: a whole database carried into an
 * empty one, the summary, a second import that changes nothing, a bad file
 * that changes nothing and names its line, standard input and output. */
static void
test_export_import (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *source = g_strdup_printf ("--database=%s/source.db", dir);
  g_autofree char *target = g_strdup_printf ("--database=%s/target.db", dir);
  g_autofree char *file = g_strdup_printf ("%s/all.discorsi", dir);
  g_autofree char *bad = g_strdup_printf ("%s/bad.discorsi", dir);
  g_autofree char *contents = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *piped_command = NULL;
  g_autofree char *piped_out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) to_stdout = { 0 };
  g_auto(Run) dry_run = { 0 };
  g_auto(Run) empty_list = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) source_list = { 0 };
  g_auto(Run) target_list = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) after_refusal = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) people = { 0 };
  int wait_status = 0;
  char *level;

  run_discorsi (&demo, source, "demo", "--associations=15", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  run_discorsi (&export, source, "export", file, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (file, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "{\"format\":\"discorsi-exchange\""));

  /* "-" writes the same bytes to standard output (the clock is fixed). */
  run_discorsi (&to_stdout, source, "export", "-", NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.out, ==, contents);

  /* A dry run says what would happen and writes nothing. */
  {
    g_autofree char *target_path = g_strdup_printf ("%s/target.db", dir);

    g_object_unref (dsc_test_open (target_path));
  }
  run_discorsi (&dry_run, target, "import", "--dry-run", file, NULL);
  g_assert_cmpint (dry_run.status, ==, 0);
  g_assert_nonnull (strstr (dry_run.out, "dry run"));
  g_assert_nonnull (strstr (dry_run.out, "Associations: 15 new"));
  run_discorsi (&empty_list, target, "list", "associations", "--format=csv", NULL);
  g_assert_cmpuint (count_lines (empty_list.out), ==, 1);

  run_discorsi (&import, target, "import", file, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "Associations: 15 new"));
  run_discorsi (&source_list, source, "list", "meetings", "--format=csv", NULL);
  run_discorsi (&target_list, target, "list", "meetings", "--format=csv", NULL);
  g_assert_cmpuint (count_lines (source_list.out), >, 15);
  g_assert_cmpstr (source_list.out, ==, target_list.out);

  /* The same file again changes nothing. */
  run_discorsi (&again, target, "import", file, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_null (strstr (again.out, " new"));
  g_assert_null (strstr (again.out, " updated"));
  g_assert_nonnull (strstr (again.out, "unchanged"));

  /* A level outside the scale: exit 1, the line named, nothing written. */
  level = strstr (contents, "\"level\":2");
  g_assert_nonnull (level);
  damaged = g_strdup (contents);
  damaged[level - contents + 8] = '9';
  g_assert_true (g_file_set_contents (bad, damaged, -1, &error));
  run_discorsi (&refused, target, "import", bad, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "line "));
  g_assert_nonnull (strstr (refused.err, "9 is outside the scale 1–4"));
  g_assert_nonnull (strstr (refused.err, "bad.discorsi"));
  run_discorsi (&after_refusal, target, "export", "-", NULL);
  g_assert_cmpint (after_refusal.status, ==, 0);
  g_assert_cmpstr (after_refusal.out, ==, contents);

  /* Standard input: one association's file read from a pipe. */
  piped_command = g_strdup_printf ("'%s' --database='%s/piped.db' import - < '%s'",
                                   g_getenv ("DISCORSI_EXE"), dir, file);
  {
    const char *argv[] = { "/bin/sh", "-c", piped_command, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &piped_out, NULL, &wait_status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
    g_assert_nonnull (strstr (piped_out, "standard input"));
  }

  /* A dry run into a database that does not exist makes none. */
  {
    g_autofree char *missing = g_strdup_printf ("--database=%s/missing.db", dir);
    g_autofree char *missing_path = g_strdup_printf ("%s/missing.db", dir);
    g_auto(Run) dry_missing = { 0 };

    run_discorsi (&dry_missing, missing, "import", "--dry-run", file, NULL);
    g_assert_cmpint (dry_missing.status, ==, 1);
    g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));
  }

  run_discorsi (&no_file, target, "export", NULL);
  g_assert_cmpint (no_file.status, ==, 2);

  /* CSV of people, for spreadsheets that travel: only those with consent. */
  run_discorsi (&people, source, "list", "people", "--format=csv", NULL);
  g_assert_cmpint (people.status, ==, 0);
  g_assert_cmpuint (count_lines (people.out), >, 5);
  g_assert_cmpuint (count_without_consent (people.out), ==, 0);
  g_assert_nonnull (strstr (people.err, "without a consent date"));

  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/demo-is-reproducible", test_demo_is_reproducible);
  g_test_add_func ("/cli/list-formats", test_list_formats);
  g_test_add_func ("/cli/list-meetings", test_list_meetings);
  g_test_add_func ("/cli/check-good-and-damaged", test_check_good_and_damaged);
  g_test_add_func ("/cli/errors-and-usage", test_errors_and_usage);
  g_test_add_func ("/cli/backup", test_backup_command);
  g_test_add_func ("/cli/export-import", test_export_import);

  return g_test_run ();
}
