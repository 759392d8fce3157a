/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: every association field round-trips, search and filters find what a
 * person expects, deletion undoes whole, and bad files are refused untouched. */

#include "config.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include "dsc-clock.h"
#include "dsc-migrations.h"
#include "dsc-store-private.h"
#include "dsc-test-util.h"

typedef struct
{
  char     *dir;
  char     *path;
  DscStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "discorsi.db", NULL);
  fixture->store = dsc_test_open (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
test_new_file_is_private (Fixture       *fixture,
                          gconstpointer  data)
{
  struct stat info;

  g_assert_cmpint (g_stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (dsc_store_get_schema_version (fixture->store), ==, DSC_SCHEMA_VERSION);
  g_assert_true (dsc_store_is_empty (fixture->store, NULL));
}

static DscAssociation *
full_association (void)
{
  DscAssociation *a = dsc_association_new ();

  a->name = g_strdup ("Comité des Sénégalais de Turin");
  a->acronym = g_strdup ("CST");
  a->legal_form = DSC_LEGAL_FORM_APS;
  a->runts_section = DSC_RUNTS_APS;
  a->runts_number = g_strdup ("123456");
  a->fiscal_code = g_strdup ("97512340015");
  a->founded_year = 2004;
  a->province = DSC_PROVINCE_TO;
  a->municipality = g_strdup ("Torino");
  a->address = g_strdup ("Via Nizza 12");
  a->postcode = g_strdup ("10125");
  a->email = g_strdup ("info@comite-senegal.org");
  a->pec = g_strdup ("comite@pec.it");
  a->phone = g_strdup ("+39 011 1234567");
  a->website = g_strdup ("www.comite-senegal.org");
  a->communities = g_strdup ("Senegal, Gambia");
  a->languages = g_strdup ("wolof, francese, italiano");
  a->members = 85;
  a->volunteers = 12;
  a->areas = DSC_AREA_FLAG (DSC_AREA_HOUSING) | DSC_AREA_FLAG (DSC_AREA_MEDIATION);
  a->volunteer_centre = g_strdup ("Vol.To");
  a->status = DSC_STATUS_DORMANT;
  a->description = g_strdup ("Sportello casa e mediazione culturale.\nSecond line: ünïcödé 中文 مرحبا 🙂");
  a->notes = g_strdup ("Riunione annuale a marzo.");
  return a;
}

static void
assert_same_association (const DscAssociation *a,
                         const DscAssociation *b)
{
  const DscKind *kind = &dsc_kind_association;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_autofree char *left = dsc_record_format_field (a, &kind->fields[i]);
      g_autofree char *right = dsc_record_format_field (b, &kind->fields[i]);

      g_assert_cmpstr (left, ==, right);
    }
  g_assert_cmpstr (a->base.uuid, ==, b->base.uuid);
}

static void
test_association_round_trip (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) original = full_association ();
  g_autoptr(DscAssociation) loaded = NULL;
  g_autoptr(DscAssociation) reloaded = NULL;
  g_autoptr(DscStore) reopened = NULL;

  dsc_store_insert (fixture->store, original, &error);
  g_assert_no_error (error);
  g_assert_cmpint (original->base.id, >, 0);
  g_assert_true (g_uuid_string_is_valid (original->base.uuid));
  g_assert_cmpstr (original->base.created_at, ==, "2026-11-26T10:00:00.000Z");

  loaded = dsc_store_load (fixture->store, &dsc_kind_association, original->base.id, &error);
  g_assert_no_error (error);
  assert_same_association (original, loaded);

  /* Change every field, then read it back through a new connection. */
  g_setenv ("DISCORSI_NOW", "2026-11-27T08:30:00Z", TRUE);
  g_free (loaded->name);
  loaded->name = g_strdup ("Comitato Senegalese");
  g_clear_pointer (&loaded->acronym, g_free);
  loaded->legal_form = DSC_LEGAL_FORM_ODV;
  loaded->runts_section = -1;
  loaded->founded_year = -1;
  loaded->province = DSC_PROVINCE_CN;
  loaded->members = 0;
  loaded->areas = DSC_AREA_FLAG (DSC_AREA_OTHER);
  loaded->status = DSC_STATUS_CLOSED;
  g_assert_true (dsc_store_update (fixture->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->base.updated_at, ==, "2026-11-27T08:30:00.000Z");

  reopened = dsc_test_open (fixture->path);
  reloaded = dsc_store_load_by_uuid (reopened, &dsc_kind_association, original->base.uuid, &error);
  g_assert_no_error (error);
  assert_same_association (loaded, reloaded);
  g_assert_null (reloaded->acronym);
  g_assert_cmpint (reloaded->runts_section, ==, -1);
  g_assert_cmpint (reloaded->founded_year, ==, -1);
  g_assert_cmpint (reloaded->members, ==, 0);
  g_assert_cmpstr (reloaded->base.created_at, ==, "2026-11-26T10:00:00.000Z");
}

static void
test_invalid_values_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char *bad_emails[] = { "mario", "mario@", "@x.org", "a b@x.org", "a@x" };
  g_autoptr(DscAssociation) stored = dsc_test_add_association (fixture->store, "Stored", DSC_PROVINCE_TO);

  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DscAssociation) copy = dsc_record_copy (stored);

      g_free (copy->email);
      copy->email = g_strdup (bad_emails[i]);
      g_assert_false (dsc_store_update (fixture->store, copy, &error));
      g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DscAssociation) nameless = dsc_association_new ();

    g_assert_false (dsc_store_insert (fixture->store, nameless, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DscAssociation) future = dsc_record_copy (stored);

    future->founded_year = 2031;
    g_assert_false (dsc_store_update (fixture->store, future, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2026"));
  }

  {
    g_autoptr(DscAssociation) unchanged = dsc_store_load (fixture->store, &dsc_kind_association,
                                                          stored->base.id, NULL);
    g_assert_null (unchanged->email);
    g_assert_cmpint (unchanged->founded_year, ==, -1);
    g_assert_cmpint (dsc_store_count (fixture->store, &dsc_kind_association, NULL), ==, 1);
  }
}

static GPtrArray *
search (DscStore   *store,
        const char *text,
        int         province,
        int         area,
        int         status)
{
  g_autoptr(GError) error = NULL;
  DscAssociationFilter filter = { text, province, area, status };
  GPtrArray *rows = dsc_store_search_associations (store, &filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static char *
names_of (GPtrArray *rows)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      DscAssociationSummary *row = g_ptr_array_index (rows, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", row->name);
    }

  return g_string_free (names, FALSE);
}

static void
assert_search (DscStore   *store,
               const char *text,
               const char *expected)
{
  g_autoptr(GPtrArray) rows = search (store, text, -1, -1, -1);
  g_autofree char *names = names_of (rows);

  g_assert_cmpstr (names, ==, expected);
}

static void
add_search_corpus (DscStore *store)
{
  g_autoptr(DscAssociation) comite = full_association ();
  g_autoptr(DscAssociation) peru = dsc_association_new ();
  g_autoptr(DscAssociation) eclat = dsc_association_new ();
  g_autoptr(DscAssociation) rom = dsc_association_new ();

  g_assert_true (dsc_store_insert (store, comite, NULL));

  peru->name = g_strdup ("Asociación Peruana Inti Raymi");
  peru->municipality = g_strdup ("Alba");
  peru->province = DSC_PROVINCE_CN;
  peru->communities = g_strdup ("Perù");
  peru->areas = DSC_AREA_FLAG (DSC_AREA_CULTURE);
  g_assert_true (dsc_store_insert (store, peru, NULL));

  eclat->name = g_strdup ("Éclat Solidarité");
  eclat->acronym = g_strdup ("ECS");
  eclat->province = DSC_PROVINCE_TO;
  eclat->municipality = g_strdup ("Moncalieri");
  eclat->description = g_strdup ("Corsi di italiano e alloggio temporaneo AND doposcuola");
  eclat->areas = DSC_AREA_FLAG (DSC_AREA_HOUSING) | DSC_AREA_FLAG (DSC_AREA_EDUCATION);
  g_assert_true (dsc_store_insert (store, eclat, NULL));

  rom->name = g_strdup ("Asociația Românilor din Asti");
  rom->province = DSC_PROVINCE_AT;
  rom->languages = g_strdup ("română");
  rom->status = DSC_STATUS_DORMANT;
  g_assert_true (dsc_store_insert (store, rom, NULL));
}

static void
test_search_ignores_accents_and_case (Fixture       *fixture,
                                      gconstpointer  data)
{
  add_search_corpus (fixture->store);

  /* Sorted by name without accents: Asociación, Asociația, Comité, Éclat. */
  assert_search (fixture->store, NULL, "Asociación Peruana Inti Raymi|Asociația Românilor din Asti|"
                                       "Comité des Sénégalais de Turin|Éclat Solidarité");
  assert_search (fixture->store, "comite", "Comité des Sénégalais de Turin");
  assert_search (fixture->store, "COMITÉ", "Comité des Sénégalais de Turin");
  assert_search (fixture->store, "eclat", "Éclat Solidarité");
  assert_search (fixture->store, "asociacion", "Asociación Peruana Inti Raymi");
  assert_search (fixture->store, "romana", "Asociația Românilor din Asti");
  assert_search (fixture->store, "peru", "Asociación Peruana Inti Raymi");
}

static void
test_search_fields_words_and_prefixes (Fixture       *fixture,
                                       gconstpointer  data)
{
  add_search_corpus (fixture->store);

  assert_search (fixture->store, "ecs", "Éclat Solidarité");              /* acronym */
  assert_search (fixture->store, "moncal", "Éclat Solidarité");           /* municipality prefix */
  assert_search (fixture->store, "gambia", "Comité des Sénégalais de Turin"); /* communities */
  assert_search (fixture->store, "wolof", "Comité des Sénégalais de Turin");  /* languages */
  assert_search (fixture->store, "alloggi", "Éclat Solidarité");          /* description prefix */
  assert_search (fixture->store, "torino comite", "Comité des Sénégalais de Turin");
  assert_search (fixture->store, "torino peru", "");
  assert_search (fixture->store, "  ", "Asociación Peruana Inti Raymi|Asociația Românilor din Asti|"
                                       "Comité des Sénégalais de Turin|Éclat Solidarité");
  assert_search (fixture->store, "中文", "Comité des Sénégalais de Turin");
}

static void
test_search_never_passes_syntax (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char *typed[] = {
    "\"", "\"comite", "comite*", "-comite", "(comite", "comite)", "comite AND", "AND",
    "OR NOT", "NEAR(", "name:comite", "^comite", "comite +", "{x}", "'", "*", "\"\"\"",
    "a\"b", "NOT comite",
  };

  add_search_corpus (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) rows = search (fixture->store, typed[i], -1, -1, -1);

      (void) rows;
    }

  /* Punctuation is a separator, so the word in it is still found. */
  assert_search (fixture->store, "\"comite\"", "Comité des Sénégalais de Turin");
  assert_search (fixture->store, "(comite)", "Comité des Sénégalais de Turin");
  assert_search (fixture->store, "comite*", "Comité des Sénégalais de Turin");
  /* "AND" typed by a person is a word: the description that holds it matches. */
  assert_search (fixture->store, "doposcuola AND", "Éclat Solidarité");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  add_search_corpus (fixture->store);

  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, DSC_PROVINCE_TO, -1, -1);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Comité des Sénégalais de Turin|Éclat Solidarité");
  }
  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, -1, DSC_AREA_HOUSING, -1);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Comité des Sénégalais de Turin|Éclat Solidarité");
  }
  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, -1, DSC_AREA_EDUCATION, -1);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Éclat Solidarité");
  }
  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, -1, -1, DSC_STATUS_DORMANT);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Asociația Românilor din Asti|Comité des Sénégalais de Turin");
  }
  {
    g_autoptr(GPtrArray) rows = search (fixture->store, "sol", DSC_PROVINCE_TO, DSC_AREA_HOUSING,
                                        DSC_STATUS_ACTIVE);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Éclat Solidarité");
  }
  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, DSC_PROVINCE_VC, -1, -1);
    g_assert_cmpuint (rows->len, ==, 0);
  }
}

static DscPerson *
add_person (DscStore   *store,
            gint64      association_id,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  DscPerson *person = dsc_person_new ();

  person->association_id = association_id;
  person->full_name = g_strdup (name);
  person->role = DSC_ROLE_PRESIDENT;
  person->consent_date = g_strdup ("2026-01-15");
  g_assert_true (dsc_store_insert (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static guint
count_people (DscStore *store,
              gint64    association_id)
{
  g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, association_id, NULL);

  g_assert_nonnull (people);
  return people->len;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) kept = dsc_test_add_association (fixture->store, "Kept", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) gone = dsc_test_add_association (fixture->store, "Gone", DSC_PROVINCE_TO);
  g_autoptr(DscPerson) alice = add_person (fixture->store, gone->base.id, "Alice Mensah");
  g_autoptr(DscPerson) bob = add_person (fixture->store, gone->base.id, "Bob Diallo");
  g_autoptr(DscPerson) carla = add_person (fixture->store, gone->base.id, "Carla Quispe");
  g_autoptr(DscPerson) other = add_person (fixture->store, kept->base.id, "Dana Popescu");
  g_autoptr(DscAssociation) back = NULL;

  /* Bob was removed on his own before the association went. */
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:05:00Z", TRUE);
  g_assert_true (dsc_store_delete_person (fixture->store, bob->base.id, &error));
  g_assert_cmpuint (count_people (fixture->store, gone->base.id), ==, 2);

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:10:00Z", TRUE);
  g_assert_true (dsc_store_delete_association (fixture->store, gone->base.id, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) rows = search (fixture->store, NULL, -1, -1, -1);
    g_autofree char *names = names_of (rows);
    g_assert_cmpstr (names, ==, "Kept");
  }
  g_assert_null (dsc_store_load (fixture->store, &dsc_kind_association, gone->base.id, NULL));
  g_assert_cmpuint (count_people (fixture->store, gone->base.id), ==, 0);
  g_assert_cmpuint (count_people (fixture->store, kept->base.id), ==, 1);

  /* Deleting twice is refused: nothing is there to delete. */
  g_assert_false (dsc_store_delete_association (fixture->store, gone->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:11:00Z", TRUE);
  g_assert_true (dsc_store_undelete_association (fixture->store, gone->base.id, &error));
  g_assert_no_error (error);

  back = dsc_store_load (fixture->store, &dsc_kind_association, gone->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->name, ==, "Gone");
  g_assert_cmpstr (back->base.updated_at, ==, "2026-11-26T10:11:00.000Z");
  /* Alice and Carla come back with it; Bob, removed earlier, stays removed. */
  g_assert_cmpuint (count_people (fixture->store, gone->base.id), ==, 2);
  g_assert_null (dsc_store_load (fixture->store, &dsc_kind_person, bob->base.id, NULL));
  (void) alice;
  (void) carla;
  (void) other;
}

static gint64
tombstones (DscStore   *store,
            const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tombstone WHERE uuid = '%s'", uuid);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (dsc_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static void
test_erase_person (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) association = dsc_test_add_association (fixture->store, "A", DSC_PROVINCE_TO);
  g_autoptr(DscPerson) person = add_person (fixture->store, association->base.id, "Fatima El Amrani");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (dsc_store_erase_person (fixture->store, person->base.id, &error));
  g_assert_no_error (error);

  /* Nothing of her remains but the uuid, kind and time of the erasure. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM person WHERE full_name LIKE '%Fatima%'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (tombstones (fixture->store, person->base.uuid), ==, 1);

  g_assert_false (dsc_store_erase_person (fixture->store, person->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND);
}

static void
test_purge_after_30_days (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) old = dsc_test_add_association (fixture->store, "Old", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) recent = dsc_test_add_association (fixture->store, "Recent", DSC_PROVINCE_TO);
  g_autoptr(DscPerson) person = add_person (fixture->store, old->base.id, "Person of Old");

  g_assert_true (dsc_store_delete_association (fixture->store, old->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2026-12-20T10:00:00Z", TRUE);
  g_assert_true (dsc_store_delete_association (fixture->store, recent->base.id, &error));

  g_setenv ("DISCORSI_NOW", "2026-12-27T10:00:00Z", TRUE);
  g_assert_true (dsc_store_purge_deleted (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (tombstones (fixture->store, old->base.uuid), ==, 1);
  g_assert_cmpint (tombstones (fixture->store, person->base.uuid), ==, 1);
  g_assert_cmpint (tombstones (fixture->store, recent->base.uuid), ==, 0);
  /* The recent deletion can still be undone; the old one cannot. */
  g_assert_true (dsc_store_undelete_association (fixture->store, recent->base.id, &error));
  g_assert_false (dsc_store_undelete_association (fixture->store, old->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND);
}

static void
test_find_association_by_uuid_or_name (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) one = dsc_test_add_association (fixture->store, "Twin", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) two = dsc_test_add_association (fixture->store, "Twin", DSC_PROVINCE_CN);
  g_autoptr(DscAssociation) solo = dsc_test_add_association (fixture->store, "Solo", DSC_PROVINCE_CN);
  g_autoptr(DscAssociation) found = NULL;

  found = dsc_store_find_association (fixture->store, "Solo", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->base.id, ==, solo->base.id);
  g_clear_pointer (&found, dsc_association_free);

  found = dsc_store_find_association (fixture->store, two->base.uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->base.id, ==, two->base.id);
  g_clear_pointer (&found, dsc_association_free);

  found = dsc_store_find_association (fixture->store, "Twin", &error);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, one->base.uuid));
  g_assert_nonnull (strstr (error->message, two->base.uuid));
  g_clear_error (&error);

  found = dsc_store_find_association (fixture->store, "Nobody", &error);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND);
}

/* Files that must be refused and left exactly as they were. ------------- */

static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GBytes) before = dsc_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  g_assert_null (store);
  g_assert_error (error, DSC_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "discorsi.db"));
  g_test_message ("refused: %s", error->message);

  after = dsc_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_newer_file_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d",
                                          DSC_SCHEMA_VERSION + 1);

  g_clear_object (&fixture->store);
  exec_raw (fixture->path, sql);
  assert_refused_untouched (fixture->path, DSC_STORE_ERROR_TOO_NEW);
}

static void
test_not_a_database_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_assert_true (g_file_set_contents (fixture->path, "Nome,Comune\nComité,Torino\n", -1, NULL));
  assert_refused_untouched (fixture->path, DSC_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_foreign_database_refused (Fixture       *fixture,
                               gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  exec_raw (fixture->path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                           "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  assert_refused_untouched (fixture->path, DSC_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_truncated_database_refused (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  gsize length;
  const char *contents;

  for (int i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Association %d with a long name to fill pages", i);
      g_autoptr(DscAssociation) association = dsc_test_add_association (fixture->store, name, DSC_PROVINCE_TO);
    }
  g_clear_object (&fixture->store);

  whole = dsc_test_read_bytes (fixture->path);
  contents = g_bytes_get_data (whole, &length);
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) (length / 2), NULL));

  assert_refused_untouched (fixture->path, DSC_STORE_ERROR_CORRUPT);
}

static void
test_damaged_page_found_by_check (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(DscStore) reopened = NULL;
  guint8 *contents;
  gsize length;

  for (int i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Association %d with a long name to fill pages", i);
      g_autoptr(DscAssociation) association = dsc_test_add_association (fixture->store, name, DSC_PROVINCE_TO);
    }
  g_clear_object (&fixture->store);

  /* Scribble over the middle of the file: the header stays sound. */
  whole = dsc_test_read_bytes (fixture->path);
  contents = g_bytes_unref_to_data (g_steal_pointer (&whole), &length);
  for (gsize i = length / 2; i < length / 2 + 3000; i++)
    contents[i] = (guint8) (i * 7);
  g_assert_true (g_file_set_contents (fixture->path, (char *) contents, (gssize) length, NULL));
  g_free (contents);

  reopened = dsc_store_open (fixture->path, DSC_STORE_DEFAULT, &error);
  if (reopened != NULL)
    {
      g_assert_false (dsc_store_check (reopened, &error));
    }
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_CORRUPT);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_store_open ("/proc/discorsi-cannot-be-here/discorsi.db",
                                              DSC_STORE_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "/proc/discorsi-cannot-be-here"));
}

static void
test_missing_file_with_must_exist (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(DscStore) store = dsc_store_open (missing, DSC_STORE_MUST_EXIST, &error);

  g_assert_null (store);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_busy_while_another_writes (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) other = dsc_test_open (fixture->path);
  g_autoptr(DscAssociation) first = dsc_test_add_association (fixture->store, "First", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) waiting = dsc_association_new ();

  /* Another program holds the write lock... */
  g_assert_true (dsc_store_begin (other, &error));

  /* ...so this write waits its timeout, then says so plainly, and stores nothing. */
  dsc_store_set_busy_timeout (fixture->store, 100);
  waiting->name = g_strdup ("Waiting");
  g_assert_false (dsc_store_insert (fixture->store, waiting, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);
  g_assert_cmpint (waiting->base.id, ==, 0);

  /* Reading still works meanwhile. */
  g_assert_cmpint (dsc_store_count (fixture->store, &dsc_kind_association, &error), ==, 1);

  g_assert_true (dsc_store_commit (other, &error));
  g_clear_pointer (&waiting->base.uuid, g_free);
  g_assert_true (dsc_store_insert (fixture->store, waiting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dsc_store_count (other, &dsc_kind_association, &error), ==, 2);
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) kept = dsc_test_add_association (fixture->store, "Kept before", DSC_PROVINCE_TO);
  g_autoptr(DscAssociation) huge = dsc_association_new ();
  g_autofree char *limit = NULL;
  gint64 pages;

  /* A page limit stands in for a full disk: SQLite reports SQLITE_FULL the same way. */
  pages = dsc_sqlite_query_int (fixture->store->db, "PRAGMA page_count", NULL);
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 2);
  g_assert_true (dsc_sqlite_exec (fixture->store->db, limit, NULL));

  huge->name = g_strdup ("Huge");
  huge->notes = g_strnfill (200000, 'x');
  g_assert_false (dsc_store_insert (fixture->store, huge, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NO_SPACE);
  g_test_message ("disk full: %s", error->message);

  {
    g_autoptr(DscStore) reopened = dsc_test_open (fixture->path);
    g_autoptr(DscAssociation) still = dsc_store_load (reopened, &dsc_kind_association,
                                                      kept->base.id, NULL);

    g_assert_nonnull (still);
    g_assert_cmpstr (still->name, ==, "Kept before");
    g_assert_cmpint (dsc_store_count (reopened, &dsc_kind_association, NULL), ==, 1);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/new-file-is-private", test_new_file_is_private);
  ADD ("/store/association/round-trip", test_association_round_trip);
  ADD ("/store/association/invalid-values-refused", test_invalid_values_refused);
  ADD ("/store/association/find-by-uuid-or-name", test_find_association_by_uuid_or_name);
  ADD ("/store/search/accents-and-case", test_search_ignores_accents_and_case);
  ADD ("/store/search/fields-words-prefixes", test_search_fields_words_and_prefixes);
  ADD ("/store/search/never-passes-syntax", test_search_never_passes_syntax);
  ADD ("/store/search/filters", test_filters);
  ADD ("/store/delete/undo-brings-back-whole", test_delete_and_undo);
  ADD ("/store/delete/erase-person", test_erase_person);
  ADD ("/store/delete/purge-after-30-days", test_purge_after_30_days);
  ADD ("/store/open/newer-file-refused", test_newer_file_refused);
  ADD ("/store/open/not-a-database-refused", test_not_a_database_refused);
  ADD ("/store/open/foreign-database-refused", test_foreign_database_refused);
  ADD ("/store/open/truncated-refused", test_truncated_database_refused);
  ADD ("/store/open/damaged-page-found", test_damaged_page_found_by_check);
  ADD ("/store/open/missing-file-must-exist", test_missing_file_with_must_exist);
  ADD ("/store/write/busy-while-another-writes", test_busy_while_another_writes);
  ADD ("/store/write/disk-full", test_disk_full);
#undef ADD
  g_test_add_func ("/store/open/unwritable-folder", test_unwritable_folder);

  return g_test_run ();
}
