/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sample data: the same seed and clock give the same database, uuids and
 * timestamps included; the records look like associations in Piemonte and pass
 * the store's own checks; a database that holds records is refused untouched. */

#include "config.h"

#include <string.h>

#include "dsc-demo.h"
#include "dsc-export-format.h"
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

static DscStore *
open_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

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

static GPtrArray *
list (DscStore      *store,
      const DscKind *kind)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = dsc_store_list (store, kind, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static const char *
resolve_uuid (const char *table,
              gint64      id,
              gpointer    user_data)
{
  return g_hash_table_lookup (user_data, &id);
}

/* Every live record of a kind as one line: uuid, timestamps and every field as
 * the exchange format writes it (references as uuids). */
static GPtrArray *
dump (DscStore      *store,
      const DscKind *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) uuids = dsc_store_query_map (store, "SELECT id, uuid FROM association", &error);
  g_autoptr(GPtrArray) records = list (store, kind);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);

  for (guint r = 0; r < records->len; r++)
    {
      DscRecord *record = g_ptr_array_index (records, r);
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "uuid=%s created_at=%s updated_at=%s deleted_at=%s",
                              record->uuid, record->created_at, record->updated_at,
                              record->deleted_at ?: "");
      for (guint f = 0; f < kind->n_fields; f++)
        {
          g_autofree char *value = dsc_record_field_code (record, &kind->fields[f],
                                                          resolve_uuid, uuids);

          g_string_append_printf (line, " %s=%s", kind->fields[f].name, value);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }

  return lines;
}

static void
assert_same_lines (GPtrArray *first,
                   GPtrArray *second)
{
  g_assert_cmpuint (first->len, ==, second->len);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (g_ptr_array_index (first, i), ==, g_ptr_array_index (second, i));
}

static void
test_same_seed_same_data (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DscStore) first = make_demo (fixture, "first.db", 60, 7);
  g_autoptr(DscStore) second = make_demo (fixture, "second.db", 60, 7);
  g_autoptr(GPtrArray) first_associations = dump (first, &dsc_kind_association);
  g_autoptr(GPtrArray) second_associations = dump (second, &dsc_kind_association);
  g_autoptr(GPtrArray) first_people = dump (first, &dsc_kind_person);
  g_autoptr(GPtrArray) second_people = dump (second, &dsc_kind_person);

  g_assert_cmpuint (first_associations->len, ==, 60);
  assert_same_lines (first_associations, second_associations);

  g_assert_cmpuint (first_people->len, >=, 60);
  assert_same_lines (first_people, second_people);
}

static void
test_other_seed_other_data (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DscStore) first = make_demo (fixture, "first.db", 60, 7);
  g_autoptr(DscStore) second = make_demo (fixture, "second.db", 60, 8);
  g_autoptr(GPtrArray) first_associations = list (first, &dsc_kind_association);
  g_autoptr(GPtrArray) second_associations = list (second, &dsc_kind_association);
  g_autoptr(GHashTable) first_names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) first_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  guint shared_names = 0;

  for (guint i = 0; i < first_associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (first_associations, i);

      g_hash_table_add (first_names, association->name);
      g_hash_table_add (first_uuids, association->base.uuid);
    }

  g_assert_cmpuint (second_associations->len, ==, 60);
  for (guint i = 0; i < second_associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (second_associations, i);

      g_assert_false (g_hash_table_contains (first_uuids, association->base.uuid));
      if (g_hash_table_contains (first_names, association->name))
        shared_names++;
    }

  /* A few common names ("Il Baobab") may recur; most are different. */
  g_assert_cmpuint (shared_names, <, 20);
}

static const char *
postcode_prefix (int province)
{
  switch (province)
    {
    case DSC_PROVINCE_TO:
      return "10";
    case DSC_PROVINCE_CN:
      return "12";
    case DSC_PROVINCE_AL:
      return "15";
    case DSC_PROVINCE_AT:
      return "14";
    case DSC_PROVINCE_BI:
    case DSC_PROVINCE_VC:
      return "13";
    case DSC_PROVINCE_NO:
    case DSC_PROVINCE_VB:
      return "28";
    default:
      return "";
    }
}

static void
assert_valid (gconstpointer record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_record_validate (record, &error));
  g_assert_no_error (error);
}

/* Timestamps a user sees: within the last two years, never after the clock,
 * and no record changed before it was made. */
static void
assert_timestamps (const DscRecord *record)
{
  g_assert_cmpstr (record->created_at, >=, "2024-11-26");
  g_assert_cmpstr (record->created_at, <=, record->updated_at);
  g_assert_cmpstr (record->updated_at, <=, "2026-11-26T10:00:00.000Z");
  g_assert_true (g_uuid_string_is_valid (record->uuid));
  g_assert_null (record->deleted_at);
}

static void
test_realistic (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = make_demo (fixture, "demo.db", 200, 1);
  g_autoptr(GPtrArray) associations = list (store, &dsc_kind_association);
  g_autoptr(GPtrArray) people = list (store, &dsc_kind_person);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) presidents = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) contacts = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint provinces = 0;
  guint non_ascii = 0;
  gboolean seen[DSC_PROVINCE_OUTSIDE + 1] = { FALSE };

  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, &error), ==, 200);
  g_assert_no_error (error);
  g_assert_cmpuint (associations->len, ==, 200);

  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (associations, i);

      g_test_message ("%s (%s)", association->name, association->municipality);
      assert_valid (association);
      assert_timestamps (&association->base);

      g_assert_false (g_hash_table_contains (names, association->name));
      g_hash_table_add (names, association->name);
      if (!g_str_is_ascii (association->name))
        non_ascii++;

      g_assert_cmpint (association->province, >=, 0);
      if (!seen[association->province])
        provinces++;
      seen[association->province] = TRUE;

      g_assert_nonnull (association->municipality);
      g_assert_true (g_str_has_prefix (association->postcode,
                                       postcode_prefix (association->province)));
      g_assert_nonnull (association->description);
      g_assert_nonnull (association->communities);
      g_assert_nonnull (association->languages);
      g_assert_cmpuint (association->areas, !=, 0);

      /* What the register says agrees with the legal form. */
      if (association->legal_form == DSC_LEGAL_FORM_INFORMAL)
        g_assert_cmpint (association->runts_section, ==, DSC_RUNTS_NOT_REGISTERED);
      if (association->runts_section != DSC_RUNTS_NOT_REGISTERED)
        {
          g_assert_nonnull (association->runts_number);
          g_assert_nonnull (association->fiscal_code);
        }
      else
        g_assert_null (association->runts_number);

      if (association->members >= 0)
        g_assert_cmpint (association->members, >=, 8);
      if (association->members >= 0 && association->volunteers >= 0)
        g_assert_cmpint (association->volunteers, <, association->members);
      if (association->founded_year >= 0)
        g_assert_cmpint (association->founded_year, <=, 2026);
    }

  g_assert_cmpuint (provinces, >=, 6);
  g_assert_cmpuint (non_ascii, >=, 1);

  for (guint i = 0; i < people->len; i++)
    {
      DscPerson *person = g_ptr_array_index (people, i);
      GHashTable *counts = person->role == DSC_ROLE_PRESIDENT ? presidents : contacts;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &person->association_id));

      assert_valid (person);
      assert_timestamps (&person->base);
      g_hash_table_insert (counts, &person->association_id, GUINT_TO_POINTER (count + 1));

      /* Consent comes before the clock's day, and says what it covers. */
      if (person->consent_date != NULL)
        {
          g_assert_cmpstr (person->consent_date, <, "2026-11-26");
          g_assert_nonnull (person->consent_scope);
        }
    }

  /* Exactly one president each, and at most three other contacts. */
  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (associations, i);

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (presidents, &association->base.id)),
                        ==, 1);
      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (contacts, &association->base.id)),
                        <=, 3);
    }
}

static void
test_refuses_database_with_records (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = open_in (fixture, "mine.db");
  g_autoptr(DscAssociation) mine = dsc_test_add_association (store, "Comunità Peruviana di Asti",
                                                             DSC_PROVINCE_AT);
  g_autoptr(GPtrArray) associations = NULL;
  DscAssociation *kept;

  g_assert_false (dsc_demo_generate (store, 40, 1, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "mine.db"));

  /* The database is as it was, and still accepts work. */
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 1);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_person, NULL), ==, 0);
  associations = list (store, &dsc_kind_association);
  kept = g_ptr_array_index (associations, 0);
  g_assert_cmpstr (kept->base.uuid, ==, mine->base.uuid);
  g_assert_cmpstr (kept->name, ==, "Comunità Peruviana di Asti");
  g_clear_pointer (&associations, g_ptr_array_unref);

  g_clear_pointer (&mine, dsc_association_free);
  mine = dsc_test_add_association (store, "Shoqata Shqiptare Alessandria", DSC_PROVINCE_AL);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 2);
}

static void
test_zero_associations (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DscStore) store = make_demo (fixture, "empty.db", 0, 1);

  g_assert_true (dsc_store_is_empty (store, NULL));
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 0);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_person, NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("DISCORSI_NOW", NOW, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, test) \
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

  ADD ("/demo/same-seed-same-data", test_same_seed_same_data);
  ADD ("/demo/other-seed-other-data", test_other_seed_other_data);
  ADD ("/demo/realistic", test_realistic);
  ADD ("/demo/refuses-database-with-records", test_refuses_database_with_records);
  ADD ("/demo/zero-associations", test_zero_associations);

#undef ADD

  return g_test_run ();
}
