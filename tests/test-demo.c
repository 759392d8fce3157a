/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sample data: the same seed and clock give the same database, uuids and
 * timestamps included; the records look like associations in Piemonte and pass
 * the store's own checks; a database that holds records is refused untouched. */

#include "config.h"

#include <string.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-demo.h"
#include "dsc-export-format.h"
#include "dsc-meetings.h"
#include "dsc-progress.h"
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

/* Table -> (row id -> uuid), for every table a record may point into. */
static GHashTable *
uuid_maps (DscStore *store)
{
  static const char * const tables[] = {
    "association", "framework_version", "domain", "module", "session", "service", "meeting", NULL
  };
  GHashTable *maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT id, uuid FROM %s", tables[i]);
      GHashTable *map = dsc_store_query_map (store, sql, &error);

      g_assert_no_error (error);
      g_hash_table_insert (maps, g_strdup (tables[i]), map);
    }

  return maps;
}

static const char *
resolve_uuid (const char *table,
              gint64      id,
              gpointer    user_data)
{
  GHashTable *map = g_hash_table_lookup (user_data, table);

  g_assert_nonnull (map);
  return g_hash_table_lookup (map, &id);
}

/* What belongs to a record without being a record: an assessment's scores, a
 * module's domains, a meeting's services and associations. */
static void
append_parts (GString         *line,
              DscStore        *store,
              const DscRecord *record,
              GHashTable      *uuids)
{
  g_autoptr(GError) error = NULL;

  if (record->kind == &dsc_kind_assessment)
    {
      g_autoptr(GPtrArray) scores = dsc_store_load_scores (store, record->id, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < scores->len; i++)
        {
          DscScore *score = g_ptr_array_index (scores, i);

          g_string_append_printf (line, " score=%s/%d/%d/%s",
                                  resolve_uuid ("domain", score->domain_id, uuids),
                                  score->level, score->target_level, score->evidence ?: "");
        }
    }
  else if (record->kind == &dsc_kind_module)
    {
      g_autoptr(GArray) domains = dsc_store_module_domains (store, record->id, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < domains->len; i++)
        g_string_append_printf (line, " domain=%s",
                                resolve_uuid ("domain", g_array_index (domains, gint64, i), uuids));
    }
  else if (record->kind == &dsc_kind_meeting)
    {
      g_autoptr(GArray) services = dsc_store_meeting_links (store, record->id, &dsc_kind_service,
                                                            &error);
      g_autoptr(GArray) associations = NULL;

      g_assert_no_error (error);
      associations = dsc_store_meeting_links (store, record->id, &dsc_kind_association, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < services->len; i++)
        g_string_append_printf (line, " service=%s",
                                resolve_uuid ("service", g_array_index (services, gint64, i),
                                              uuids));
      for (guint i = 0; i < associations->len; i++)
        g_string_append_printf (line, " association=%s",
                                resolve_uuid ("association",
                                              g_array_index (associations, gint64, i), uuids));
    }
}

/* Every live record of a kind as one line: uuid, timestamps and every field as
 * the exchange format writes it (references as uuids), then its parts. */
static GPtrArray *
dump (DscStore      *store,
      const DscKind *kind)
{
  g_autoptr(GHashTable) uuids = uuid_maps (store);
  g_autoptr(GPtrArray) records = list (store, kind);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

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
      append_parts (line, store, record, uuids);
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

/* The capacity-building part ------------------------------------------------ */

static const DscKind * const programme_kinds[] = {
  &dsc_kind_module, &dsc_kind_session, &dsc_kind_attendance, &dsc_kind_certificate,
  &dsc_kind_assessment, &dsc_kind_goal,
};

static void
test_programme_same_seed_same_data (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(DscStore) first = make_demo (fixture, "first.db", 40, 1);
  g_autoptr(DscStore) second = make_demo (fixture, "second.db", 40, 1);

  for (guint k = 0; k < G_N_ELEMENTS (programme_kinds); k++)
    {
      g_autoptr(GPtrArray) first_lines = dump (first, programme_kinds[k]);
      g_autoptr(GPtrArray) second_lines = dump (second, programme_kinds[k]);

      g_test_message ("%s: %u", programme_kinds[k]->name, first_lines->len);
      g_assert_cmpuint (first_lines->len, >, 0);
      assert_same_lines (first_lines, second_lines);
    }
}

/* The associations and people are those the demo made before it made anything
 * else: seed 1, 40 associations. */
static void
test_associations_unchanged (Fixture       *fixture,
                             gconstpointer  data)
{
  static const struct
  {
    const char *uuid;
    const char *name;
    const char *created_at;
  } first[] = {
    { "25eb8c48-ff89-4b85-8fc0-9081cc47edfc", "Seconde Generazioni del Piemonte Onlus",
      "2025-12-19T18:21:02.716Z" },
    { "19f18e8d-d474-4b86-8db8-bb8f18fb89c2", "Centro Culturale Romeno di Nizza Monferrato",
      "2025-09-30T12:09:17.612Z" },
    { "96dbb64c-0c78-4b9a-8cc7-d7a77d2bcc72", "Associazione dei Romeni di Cossato",
      "2026-02-02T12:47:32.053Z" },
  };
  g_autoptr(DscStore) store = make_demo (fixture, "demo.db", 40, 1);

  g_assert_cmpint (dsc_store_count (store, &dsc_kind_association, NULL), ==, 40);
  g_assert_cmpint (dsc_store_count (store, &dsc_kind_person, NULL), ==, 99);
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DscAssociation) association = dsc_store_load (store, &dsc_kind_association,
                                                              (gint64) i + 1, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (association->base.uuid, ==, first[i].uuid);
      g_assert_cmpstr (association->name, ==, first[i].name);
      g_assert_cmpstr (association->base.created_at, ==, first[i].created_at);
    }
}

static void
assert_programme_timestamps (const DscRecord *record)
{
  g_assert_cmpstr (record->created_at, >=, "2025-01-01");
  g_assert_cmpstr (record->created_at, <=, record->updated_at);
  g_assert_cmpstr (record->updated_at, <=, "2026-11-26T10:00:00.000Z");
  g_assert_true (g_uuid_string_is_valid (record->uuid));
  g_assert_null (record->deleted_at);
}

static void
test_programme_realistic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = make_demo (fixture, "demo.db", 40, 1);
  g_autofree char *today = dsc_clock_today ();
  g_autoptr(GPtrArray) associations = list (store, &dsc_kind_association);
  g_autoptr(GPtrArray) modules = list (store, &dsc_kind_module);
  g_autoptr(GPtrArray) sessions = list (store, &dsc_kind_session);
  g_autoptr(GPtrArray) attendance = list (store, &dsc_kind_attendance);
  g_autoptr(GPtrArray) certificates = list (store, &dsc_kind_certificate);
  g_autoptr(GPtrArray) assessments = list (store, &dsc_kind_assessment);
  g_autoptr(GPtrArray) goals = list (store, &dsc_kind_goal);
  g_autoptr(GHashTable) closed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) followed_up = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint statuses[DSC_GOAL_DROPPED + 1] = { 0 };
  guint overdue = 0, issued = 0, not_assessed = 0, present = 0, improved = 0, not_improved = 0;
  guint kinds[DSC_ASSESSMENT_FINAL + 1] = { 0 };
  guint respondents[DSC_RESPONDENT_CONSENSUS + 1] = { 0 };
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (associations, i);

      if (association->status == DSC_STATUS_CLOSED)
        g_hash_table_add (closed, &association->base.id);
    }

  /* A programme year: 8-12 modules of 6-16 hours, each for one or two domains,
   * with 3-6 sessions of 2-3 hours in the evening or on Saturday morning. */
  g_assert_cmpuint (modules->len, >=, 8);
  g_assert_cmpuint (modules->len, <=, 12);
  for (guint i = 0; i < modules->len; i++)
    {
      DscModule *module = g_ptr_array_index (modules, i);
      g_autoptr(GArray) domains = dsc_store_module_domains (store, module->base.id, &error);
      gint64 n_sessions = dsc_store_count_where (store, &dsc_kind_session, "module",
                                                 module->base.id, &error);

      g_assert_no_error (error);
      assert_valid (module);
      assert_programme_timestamps (&module->base);
      g_assert_cmpint (module->planned_minutes, >=, 6 * 60);
      g_assert_cmpint (module->planned_minutes, <=, 16 * 60);
      g_assert_cmpint (module->threshold_percent, ==, 75);
      g_assert_nonnull (module->description);
      g_assert_cmpuint (domains->len, >=, 1);
      g_assert_cmpuint (domains->len, <=, 2);
      g_assert_cmpint (n_sessions, >=, 3);
      g_assert_cmpint (n_sessions, <=, 6);
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      DscSession *session = g_ptr_array_index (sessions, i);

      assert_valid (session);
      assert_programme_timestamps (&session->base);
      g_assert_cmpstr (session->date, <, today);
      g_assert_cmpstr (session->date, >=, "2025-11-26");
      g_assert_true (g_strv_contains ((const char * const[]) { "18:00", "18:30", "09:30", "10:00", NULL },
                                      session->start_time));
      g_assert_cmpint (session->duration_minutes, >=, 120);
      g_assert_cmpint (session->duration_minutes, <=, 180);
      g_assert_nonnull (session->location);
      g_assert_nonnull (session->trainer);
    }

  /* Closed associations are never invited; most of the invited come. */
  for (guint i = 0; i < attendance->len; i++)
    {
      DscAttendance *row = g_ptr_array_index (attendance, i);

      assert_valid (row);
      assert_programme_timestamps (&row->base);
      g_assert_false (g_hash_table_contains (closed, &row->association_id));
      if (row->present)
        {
          present++;
          g_assert_cmpint (row->participants, >=, 1);
          g_assert_cmpint (row->participants, <=, 6);
        }
      else
        g_assert_cmpint (row->participants, ==, 0);
    }
  g_assert_cmpuint (present * 100, >=, attendance->len * 70);
  g_assert_cmpuint (present * 100, <=, attendance->len * 92);

  /* A certificate given is one earned. */
  for (guint i = 0; i < certificates->len; i++)
    {
      DscCertificate *certificate = g_ptr_array_index (certificates, i);
      g_autoptr(GPtrArray) summary = dsc_store_module_summary (store, certificate->module_id, &error);
      gboolean found = FALSE;

      g_assert_no_error (error);
      assert_valid (certificate);
      assert_programme_timestamps (&certificate->base);
      if (!certificate->issued)
        continue;

      issued++;
      g_assert_cmpstr (certificate->date, <, today);
      for (guint r = 0; r < summary->len; r++)
        {
          DscModuleTraining *training = g_ptr_array_index (summary, r);

          if (training->association_id != certificate->association_id)
            continue;
          found = TRUE;
          g_assert_true (training->qualifies);
          g_assert_true (training->certificate_issued);
        }
      g_assert_true (found);
    }
  g_assert_cmpuint (issued, >=, 1);

  /* Assessments: none in the future, levels on the scale or "not assessed". */
  for (guint i = 0; i < assessments->len; i++)
    {
      DscAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autoptr(GPtrArray) scores = dsc_store_load_scores (store, assessment->base.id, &error);

      g_assert_no_error (error);
      assert_valid (assessment);
      assert_programme_timestamps (&assessment->base);
      g_assert_cmpstr (assessment->date, <=, today);
      g_assert_nonnull (assessment->assessor);
      g_assert_false (g_hash_table_contains (closed, &assessment->association_id));
      kinds[assessment->assessment_kind]++;
      respondents[assessment->respondent]++;
      if (assessment->assessment_kind == DSC_ASSESSMENT_FOLLOW_UP)
        g_hash_table_add (followed_up, &assessment->association_id);

      g_assert_cmpuint (scores->len, ==, 8);
      for (guint s = 0; s < scores->len; s++)
        {
          DscScore *score = g_ptr_array_index (scores, s);

          if (score->level == -1)
            not_assessed++;
          else
            {
              g_assert_cmpint (score->level, >=, 1);
              g_assert_cmpint (score->level, <=, 4);
            }
          if (score->target_level != -1)
            {
              g_assert_cmpint (score->target_level, >=, score->level);
              g_assert_cmpint (score->target_level, <=, 4);
            }
        }
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (kinds[k], >, 0);
  for (guint r = 0; r < G_N_ELEMENTS (respondents); r++)
    g_assert_cmpuint (respondents[r], >, 0);
  g_assert_cmpuint (not_assessed, >, 0);
  g_assert_cmpuint (not_assessed * 100, <, assessments->len * 8 * 20);

  /* Goals in every state, a few of them late. */
  for (guint i = 0; i < goals->len; i++)
    {
      DscGoal *goal = g_ptr_array_index (goals, i);

      assert_valid (goal);
      assert_programme_timestamps (&goal->base);
      g_assert_cmpint (goal->domain_id, >, 0);
      g_assert_cmpint (goal->target_level, >=, 2);
      g_assert_cmpint (goal->target_level, <=, 4);
      g_assert_nonnull (goal->due_date);
      g_assert_null (strchr (goal->title, '{'));
      statuses[goal->status]++;
      overdue += dsc_goal_is_overdue (goal, today);
    }
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    g_assert_cmpuint (statuses[s], >, 0);
  g_assert_cmpuint (overdue, >=, 1);
  g_assert_cmpuint (overdue * 3, <, goals->len);

  /* Most associations followed up have moved forward; not all of them. */
  g_hash_table_iter_init (&iter, followed_up);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(DscProgress) progress = dsc_progress_compute (store, *(gint64 *) key, &error);

      g_assert_no_error (error);
      g_assert_true (progress->has_average_change);
      if (progress->average_change > 0)
        improved++;
      else
        not_improved++;
    }
  g_test_message ("improved %u, not improved %u", improved, not_improved);
  g_assert_cmpuint (improved, >, not_improved);
  g_assert_cmpuint (not_improved, >=, 1);
}

/* The programme the demo made before it made meetings: seed 1, 40
 * associations. Meetings are drawn after everything else, so none of this moves. */
static void
test_programme_unchanged (Fixture       *fixture,
                          gconstpointer  data)
{
  static const struct
  {
    const DscKind *kind;
    guint          count;
    const char    *last_uuid;
  } expected[] = {
    { &dsc_kind_module, 9, "89fb731c-d05c-4f80-a075-2926b1c138f0" },
    { &dsc_kind_session, 35, "bae0a5c1-6ab5-4eed-8238-830134309b16" },
    { &dsc_kind_attendance, 393, "9a27fe0f-52fc-43e5-8af8-afcb05b9efba" },
    { &dsc_kind_certificate, 62, "fb04b4a4-1e8b-4f8c-8897-99a5061f5d66" },
    { &dsc_kind_assessment, 69, "e6bc5167-d29b-4b89-baa2-94cd97ead2d1" },
    { &dsc_kind_goal, 55, "fff7d395-bca8-4d04-b2b0-cee79c509cb2" },
  };
  g_autoptr(DscStore) store = make_demo (fixture, "demo.db", 40, 1);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT id, uuid FROM %s", expected[i].kind->table);
      g_autoptr(GHashTable) uuids = dsc_store_query_map (store, sql, &error);
      gint64 last = expected[i].count;

      g_assert_no_error (error);
      g_test_message ("%s", expected[i].kind->name);
      g_assert_cmpuint (g_hash_table_size (uuids), ==, expected[i].count);
      g_assert_cmpstr (g_hash_table_lookup (uuids, &last), ==, expected[i].last_uuid);
    }
}

/* Meetings ------------------------------------------------------------------- */

static const DscKind * const meeting_kinds[] = {
  &dsc_kind_service, &dsc_kind_meeting, &dsc_kind_follow_up,
};

static void
test_meetings_same_seed_same_data (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(DscStore) first = make_demo (fixture, "first.db", 40, 1);
  g_autoptr(DscStore) second = make_demo (fixture, "second.db", 40, 1);
  g_autoptr(DscStore) other = make_demo (fixture, "other.db", 40, 2);
  g_autoptr(GPtrArray) other_meetings = dump (other, &dsc_kind_meeting);
  g_autoptr(GHashTable) first_uuids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; k < G_N_ELEMENTS (meeting_kinds); k++)
    {
      g_autoptr(GPtrArray) first_lines = dump (first, meeting_kinds[k]);
      g_autoptr(GPtrArray) second_lines = dump (second, meeting_kinds[k]);

      g_test_message ("%s: %u", meeting_kinds[k]->name, first_lines->len);
      g_assert_cmpuint (first_lines->len, >, 0);
      assert_same_lines (first_lines, second_lines);
    }

  /* Another seed, other meetings. */
  {
    g_autoptr(GPtrArray) meetings = list (first, &dsc_kind_meeting);

    for (guint i = 0; i < meetings->len; i++)
      g_hash_table_add (first_uuids, ((DscRecord *) g_ptr_array_index (meetings, i))->uuid);
    meetings = list (other, &dsc_kind_meeting);
    for (guint i = 0; i < meetings->len; i++)
      {
        const DscRecord *record = g_ptr_array_index (meetings, i);

        g_assert_false (g_hash_table_contains (first_uuids, record->uuid));
      }
    g_assert_cmpuint (other_meetings->len, >, 0);
  }
}

static guint
count_lines (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static guint
count_paragraphs (const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_cmpuint (strlen (g_strstrip (paragraphs[i])), >, 20);
  return g_strv_length (paragraphs);
}

static gboolean
has_any (const char          *text,
         const char * const  *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static GDateWeekday
weekday_of (const char *iso_date)
{
  GDate date;
  int year, month, day;

  g_assert_cmpint (sscanf (iso_date, "%d-%d-%d", &year, &month, &day), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_weekday (&date);
}

static void
assert_filled (const char *text)
{
  if (text != NULL)
    {
      g_assert_null (strchr (text, '{'));
      g_assert_null (strchr (text, '}'));
    }
}

static void
test_meetings_realistic (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const french[] = { " les ", " des ", " nous ", " est ", NULL };
  static const char * const spanish[] = { " los ", " las ", " para ", " y ", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = make_demo (fixture, "demo.db", 40, 1);
  g_autofree char *today = dsc_clock_today ();
  g_autoptr(GPtrArray) services = list (store, &dsc_kind_service);
  g_autoptr(GPtrArray) meetings = list (store, &dsc_kind_meeting);
  g_autoptr(GPtrArray) follow_ups = list (store, &dsc_kind_follow_up);
  g_autoptr(GPtrArray) overdue_listed = NULL;
  g_autoptr(GHashTable) meeting_dates = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) meeting_kinds_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean types[DSC_SERVICE_OTHER + 1] = { FALSE };
  guint kinds[DSC_MEETING_STUDY_VISIT + 1] = { 0 };
  guint statuses[DSC_FOLLOW_UP_DROPPED + 1] = { 0 };
  guint n_types = 0, n_french = 0, n_spanish = 0, participations = 0;
  guint overdue = 0, open_in_time = 0;

  /* Services: a few of each kind where the associations are, with a contact. */
  g_assert_cmpuint (services->len, >=, 12);
  g_assert_cmpuint (services->len, <=, 30);
  for (guint i = 0; i < services->len; i++)
    {
      DscService *service = g_ptr_array_index (services, i);

      g_test_message ("%s (%s), %s", service->name, service->municipality, service->contact_person);
      assert_valid (service);
      assert_timestamps (&service->base);
      g_assert_nonnull (service->municipality);
      g_assert_nonnull (service->contact_person);
      g_assert_nonnull (service->phone);
      if (!types[service->service_type])
        n_types++;
      types[service->service_type] = TRUE;
    }
  g_assert_cmpuint (n_types, >=, 5);

  /* Meetings: every kind, on working days in office hours, within the two
   * years before the clock and never after it; notes in paragraphs. */
  for (guint i = 0; i < meetings->len; i++)
    {
      DscMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GArray) linked_services = dsc_store_meeting_links (store, meeting->base.id,
                                                                   &dsc_kind_service, &error);
      g_autoptr(GArray) linked_associations = NULL;
      g_auto(GStrv) attendees = NULL;
      guint paragraphs;

      g_assert_no_error (error);
      linked_associations = dsc_store_meeting_links (store, meeting->base.id,
                                                     &dsc_kind_association, &error);
      g_assert_no_error (error);

      assert_valid (meeting);
      assert_timestamps (&meeting->base);
      g_assert_cmpstr (meeting->date, >=, "2024-11-26");
      g_assert_cmpstr (meeting->date, <, today);
      g_assert_cmpstr (meeting->base.created_at, >=, meeting->date);
      g_assert_cmpint (weekday_of (meeting->date), <=, G_DATE_FRIDAY);
      g_assert_cmpstr (meeting->time, >=, "09:00");
      g_assert_cmpstr (meeting->time, <=, "17:30");
      g_assert_nonnull (meeting->location);
      assert_filled (meeting->title);
      assert_filled (meeting->notes);
      assert_filled (meeting->decisions);
      assert_filled (meeting->attendees);

      paragraphs = count_paragraphs (meeting->notes);
      g_assert_cmpuint (paragraphs, >=, 3);
      g_assert_cmpuint (paragraphs, <=, 8);
      g_assert_cmpuint (count_lines (meeting->decisions), >=, 1);
      g_assert_cmpuint (count_lines (meeting->decisions), <=, 3);

      /* "Name Surname (Organisation)", one a line. */
      attendees = g_strsplit (meeting->attendees, "\n", -1);
      g_assert_cmpuint (g_strv_length (attendees), >=, 2);
      for (guint a = 0; attendees[a] != NULL; a++)
        {
          g_assert_nonnull (strstr (attendees[a], " ("));
          g_assert_true (g_str_has_suffix (attendees[a], ")"));
        }

      kinds[meeting->meeting_kind]++;
      participations += linked_associations->len;
      g_assert_cmpuint (linked_associations->len, >=, 1);
      switch (meeting->meeting_kind)
        {
        case DSC_MEETING_WITH_SERVICES:
          g_assert_cmpuint (linked_services->len, >=, 1);
          g_assert_cmpuint (linked_services->len, <=, 2);
          g_assert_cmpuint (linked_associations->len, <=, 2);
          break;
        case DSC_MEETING_WORKING_TABLE:
          g_assert_cmpuint (linked_services->len, >=, 1);
          g_assert_cmpuint (linked_associations->len, >=, 2);
          break;
        case DSC_MEETING_INTERNAL:
          g_assert_cmpuint (linked_services->len, ==, 0);
          g_assert_cmpuint (linked_associations->len, ==, 1);
          break;
        default:
          break;
        }

      if (has_any (meeting->notes, french))
        n_french++;
      if (has_any (meeting->notes, spanish))
        n_spanish++;
      g_hash_table_insert (meeting_dates, &meeting->base.id, meeting->date);
      g_hash_table_insert (meeting_kinds_by_id, &meeting->base.id,
                           GINT_TO_POINTER (meeting->meeting_kind));
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_cmpuint (kinds[k], >, 0);
  g_test_message ("%u meetings, %u in French, %u in Spanish", meetings->len, n_french, n_spanish);
  g_assert_cmpuint (n_french, >=, 1);
  g_assert_cmpuint (n_spanish, >=, 1);
  g_assert_cmpuint ((n_french + n_spanish) * 4, <, meetings->len);

  /* Three to five meetings an association, shared ones counted for each. */
  g_assert_cmpuint (participations, >=, 3 * 40);
  g_assert_cmpuint (participations, <=, 5 * 40);

  /* Follow-ups keep the store's rules, in every state, some of them late. */
  for (guint i = 0; i < follow_ups->len; i++)
    {
      DscFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      const char *meeting_date = g_hash_table_lookup (meeting_dates, &follow_up->meeting_id);
      int kind = GPOINTER_TO_INT (g_hash_table_lookup (meeting_kinds_by_id,
                                                       &follow_up->meeting_id));

      assert_valid (follow_up);
      assert_timestamps (&follow_up->base);
      assert_filled (follow_up->what);
      g_assert_nonnull (meeting_date);
      g_assert_true (kind == DSC_MEETING_WITH_SERVICES || kind == DSC_MEETING_WORKING_TABLE);
      g_assert_nonnull (follow_up->owner);
      g_assert_true (follow_up->association_id > 0 || follow_up->service_id > 0);
      g_assert_nonnull (follow_up->due_date);
      g_assert_cmpstr (follow_up->due_date, >=, meeting_date);
      if (follow_up->status == DSC_FOLLOW_UP_DONE)
        {
          g_assert_nonnull (follow_up->done_date);
          g_assert_cmpstr (follow_up->done_date, >=, meeting_date);
          g_assert_cmpstr (follow_up->done_date, <=, today);
        }
      else
        g_assert_null (follow_up->done_date);

      statuses[follow_up->status]++;
      if (dsc_follow_up_is_overdue (follow_up, today))
        overdue++;
      else if (follow_up->status == DSC_FOLLOW_UP_OPEN)
        open_in_time++;
    }
  g_test_message ("%u follow-ups: %u open (%u overdue), %u done, %u dropped", follow_ups->len,
                  statuses[DSC_FOLLOW_UP_OPEN], overdue, statuses[DSC_FOLLOW_UP_DONE],
                  statuses[DSC_FOLLOW_UP_DROPPED]);
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    g_assert_cmpuint (statuses[s], >, 0);
  g_assert_cmpuint (overdue, >=, 1);
  g_assert_cmpuint (open_in_time, >=, 1);
  /* Old ones are mostly settled. */
  g_assert_cmpuint (statuses[DSC_FOLLOW_UP_DONE], >, statuses[DSC_FOLLOW_UP_OPEN]);

  overdue_listed = dsc_store_open_follow_ups (store, 0, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue_listed->len, ==, overdue);

  /* What a volunteer would search for is there. */
  for (guint w = 0; w < 2; w++)
    {
      const char *word = w == 0 ? "alloggio" : "permesso";
      g_autoptr(GPtrArray) hits = dsc_store_search_meetings (store, word, NULL, 20, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, >, 0);
      g_assert_nonnull (strstr (((DscMeetingHit *) g_ptr_array_index (hits, 0))->snippet,
                                DSC_HIT_START));
    }
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
  ADD ("/demo/associations-unchanged", test_associations_unchanged);
  ADD ("/demo/programme/same-seed-same-data", test_programme_same_seed_same_data);
  ADD ("/demo/programme/realistic", test_programme_realistic);
  ADD ("/demo/programme/unchanged", test_programme_unchanged);
  ADD ("/demo/meetings/same-seed-same-data", test_meetings_same_seed_same_data);
  ADD ("/demo/meetings/realistic", test_meetings_realistic);

#undef ADD

  return g_test_run ();
}
