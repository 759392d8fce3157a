/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The schema, as numbered migrations. A migration, once released, never changes:
 * a change is a new migration appended at the end. Each runs in one transaction
 * after a backup (dsc-store.c). Enumeration codes are the exchange format's. */

#include "config.h"

#include "dsc-framework.h"
#include "dsc-migrations.h"

/* Columns every user-visible record has (DESIGN.md). */
#define RECORD_COLUMNS                      \
  "id INTEGER PRIMARY KEY,"                 \
  "uuid TEXT NOT NULL UNIQUE,"              \
  "created_at TEXT NOT NULL,"               \
  "updated_at TEXT NOT NULL,"               \
  "deleted_at TEXT,"

#define TEXT_IN(column, values) \
  column " TEXT CHECK (" column " IN (" values "))"

static const char migration_1[] =
  /* Associations and their people. */
  "CREATE TABLE association ("
  RECORD_COLUMNS
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  acronym TEXT,"
  "  " TEXT_IN ("legal_form", "'aps','odv','ets','informal','cooperative','other'") ","
  "  " TEXT_IN ("runts_section", "'not-registered','odv','aps','philanthropic',"
                "'social-enterprise','network','mutual-aid','other'") ","
  "  runts_number TEXT,"
  "  fiscal_code TEXT,"
  "  founded_year INTEGER CHECK (founded_year BETWEEN 1800 AND 9999),"
  "  " TEXT_IN ("province", "'to','cn','al','at','bi','no','vb','vc','outside'") ","
  "  municipality TEXT,"
  "  address TEXT,"
  "  postcode TEXT,"
  "  email TEXT,"
  "  pec TEXT,"
  "  phone TEXT,"
  "  website TEXT,"
  "  communities TEXT,"
  "  languages TEXT,"
  "  members INTEGER CHECK (members >= 0),"
  "  volunteers INTEGER CHECK (volunteers >= 0),"
  "  areas INTEGER NOT NULL DEFAULT 0,"
  "  volunteer_centre TEXT,"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','dormant','closed')),"
  "  description TEXT,"
  "  notes TEXT"
  ") STRICT;"

  "CREATE TABLE person ("
  RECORD_COLUMNS
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  full_name TEXT NOT NULL CHECK (full_name <> ''),"
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  " TEXT_IN ("role", "'president','secretary','treasurer','volunteer','member','other'") ","
  "  email TEXT,"
  "  phone TEXT,"
  "  consent_date TEXT,"
  "  consent_scope TEXT,"
  "  notes TEXT"
  ") STRICT;"
  "CREATE INDEX person_association ON person (association_id);"

  /* Competence framework: a framework has versions; a domain keeps its uuid
   * across versions, and each version says how it names and describes it. */
  "CREATE TABLE framework ("
  RECORD_COLUMNS
  "  name TEXT NOT NULL,"
  "  description TEXT,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
  ") STRICT;"

  "CREATE TABLE framework_version ("
  RECORD_COLUMNS
  "  framework_id INTEGER NOT NULL REFERENCES framework (id),"
  "  label TEXT NOT NULL,"
  "  published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),"
  "  published_at TEXT,"
  "  scale_levels INTEGER NOT NULL DEFAULT 4 CHECK (scale_levels BETWEEN 2 AND 10),"
  "  level_labels TEXT"                        /* JSON array of labels; NULL: built-in */
  ") STRICT;"
  "CREATE INDEX framework_version_framework ON framework_version (framework_id);"

  "CREATE TABLE domain ("
  RECORD_COLUMNS
  "  framework_id INTEGER NOT NULL REFERENCES framework (id),"
  "  code TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE version_domain ("
  "  id INTEGER PRIMARY KEY,"
  "  version_id INTEGER NOT NULL REFERENCES framework_version (id),"
  "  domain_id INTEGER NOT NULL REFERENCES domain (id),"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT,"
  "  descriptors TEXT NOT NULL DEFAULT '[]',"  /* JSON array, one text per level */
  "  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
  "  UNIQUE (version_id, domain_id)"
  ") STRICT;"

  /* Assessments and their scores; a NULL level is "not assessed", never 0. */
  "CREATE TABLE assessment ("
  RECORD_COLUMNS
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  version_id INTEGER NOT NULL REFERENCES framework_version (id),"
  "  date TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('baseline','follow-up','final')),"
  "  respondent TEXT NOT NULL CHECK (respondent IN ('self','trainer','consensus')),"
  "  assessor TEXT,"
  "  notes TEXT"
  ") STRICT;"
  "CREATE INDEX assessment_association ON assessment (association_id, date);"

  "CREATE TABLE score ("
  "  id INTEGER PRIMARY KEY,"
  "  assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
  "  domain_id INTEGER NOT NULL REFERENCES domain (id),"
  "  level INTEGER CHECK (level >= 1),"
  "  evidence TEXT,"
  "  target_level INTEGER CHECK (target_level >= 1),"
  "  UNIQUE (assessment_id, domain_id)"
  ") STRICT;"

  "CREATE TABLE goal ("
  RECORD_COLUMNS
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  domain_id INTEGER REFERENCES domain (id),"
  "  title TEXT NOT NULL,"
  "  target_level INTEGER CHECK (target_level >= 1),"
  "  due_date TEXT,"
  "  status TEXT NOT NULL DEFAULT 'planned'"
  "    CHECK (status IN ('planned','in-progress','achieved','dropped')),"
  "  notes TEXT"
  ") STRICT;"
  "CREATE INDEX goal_association ON goal (association_id);"

  /* Training. Durations are whole minutes; the threshold is a percentage. */
  "CREATE TABLE module ("
  RECORD_COLUMNS
  "  title TEXT NOT NULL,"
  "  description TEXT,"
  "  planned_minutes INTEGER CHECK (planned_minutes >= 0),"
  "  threshold_percent INTEGER NOT NULL DEFAULT 75 CHECK (threshold_percent BETWEEN 0 AND 100)"
  ") STRICT;"

  "CREATE TABLE module_domain ("
  "  module_id INTEGER NOT NULL REFERENCES module (id),"
  "  domain_id INTEGER NOT NULL REFERENCES domain (id),"
  "  PRIMARY KEY (module_id, domain_id)"
  ") STRICT;"

  "CREATE TABLE session ("
  RECORD_COLUMNS
  "  module_id INTEGER NOT NULL REFERENCES module (id),"
  "  title TEXT,"
  "  date TEXT NOT NULL,"
  "  start_time TEXT,"
  "  duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),"
  "  location TEXT,"
  "  trainer TEXT,"
  "  notes TEXT"
  ") STRICT;"
  "CREATE INDEX session_module ON session (module_id, date);"

  "CREATE TABLE attendance ("
  RECORD_COLUMNS
  "  session_id INTEGER NOT NULL REFERENCES session (id),"
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  participants INTEGER NOT NULL DEFAULT 1 CHECK (participants >= 0),"
  "  present INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),"
  "  UNIQUE (session_id, association_id)"
  ") STRICT;"
  "CREATE INDEX attendance_association ON attendance (association_id);"

  "CREATE TABLE certificate ("
  RECORD_COLUMNS
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  module_id INTEGER NOT NULL REFERENCES module (id),"
  "  issued INTEGER NOT NULL DEFAULT 0 CHECK (issued IN (0, 1)),"
  "  date TEXT,"
  "  UNIQUE (association_id, module_id)"
  ") STRICT;"

  /* Territorial services and meetings with them. */
  "CREATE TABLE service ("
  RECORD_COLUMNS
  "  name TEXT NOT NULL,"
  "  type TEXT NOT NULL CHECK (type IN ('social-services','asl','cpi','prefecture',"
  "                                     'police','school','other')),"
  "  municipality TEXT,"
  "  contact_person TEXT,"
  "  phone TEXT,"
  "  email TEXT,"
  "  notes TEXT"
  ") STRICT;"

  "CREATE TABLE meeting ("
  RECORD_COLUMNS
  "  date TEXT NOT NULL,"
  "  time TEXT,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('with-services','working-table','internal',"
  "                                     'study-visit')),"
  "  location TEXT,"
  "  attendees TEXT,"
  "  notes TEXT,"
  "  decisions TEXT"
  ") STRICT;"
  "CREATE INDEX meeting_date ON meeting (date);"

  /* Links of shared meetings: deleting an association unlinks (deleted_at) and
   * undo relinks, so the links carry their own deleted_at. */
  "CREATE TABLE meeting_service ("
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id),"
  "  service_id INTEGER NOT NULL REFERENCES service (id),"
  "  deleted_at TEXT,"
  "  PRIMARY KEY (meeting_id, service_id)"
  ") STRICT;"
  "CREATE TABLE meeting_association ("
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id),"
  "  association_id INTEGER NOT NULL REFERENCES association (id),"
  "  deleted_at TEXT,"
  "  PRIMARY KEY (meeting_id, association_id)"
  ") STRICT;"
  "CREATE INDEX meeting_association_association ON meeting_association (association_id);"

  "CREATE TABLE follow_up ("
  RECORD_COLUMNS
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id),"
  "  association_id INTEGER REFERENCES association (id),"
  "  service_id INTEGER REFERENCES service (id),"
  "  what TEXT NOT NULL,"
  "  owner TEXT,"
  "  due_date TEXT,"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),"
  "  done_date TEXT"
  ") STRICT;"
  "CREATE INDEX follow_up_meeting ON follow_up (meeting_id);"
  "CREATE INDEX follow_up_due ON follow_up (status, due_date);"

  /* What remains of a purged record, so that its deletion still travels. */
  "CREATE TABLE tombstone ("
  "  uuid TEXT PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  deleted_at TEXT NOT NULL"
  ") STRICT;";

static const char migration_2[] =
  /* Association search: accents and case ignored, prefixes indexed for typing. */
  "CREATE VIRTUAL TABLE association_fts USING fts5 ("
  "  name, acronym, municipality, communities, languages, description,"
  "  content = 'association', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "INSERT INTO association_fts (association_fts) VALUES ('rebuild');"
  "CREATE TRIGGER association_fts_insert AFTER INSERT ON association BEGIN"
  "  INSERT INTO association_fts (rowid, name, acronym, municipality, communities,"
  "                               languages, description)"
  "  VALUES (new.id, new.name, new.acronym, new.municipality, new.communities,"
  "          new.languages, new.description);"
  "END;"
  "CREATE TRIGGER association_fts_delete AFTER DELETE ON association BEGIN"
  "  INSERT INTO association_fts (association_fts, rowid, name, acronym, municipality,"
  "                               communities, languages, description)"
  "  VALUES ('delete', old.id, old.name, old.acronym, old.municipality, old.communities,"
  "          old.languages, old.description);"
  "END;"
  "CREATE TRIGGER association_fts_update AFTER UPDATE OF name, acronym, municipality,"
  "  communities, languages, description ON association BEGIN"
  "  INSERT INTO association_fts (association_fts, rowid, name, acronym, municipality,"
  "                               communities, languages, description)"
  "  VALUES ('delete', old.id, old.name, old.acronym, old.municipality, old.communities,"
  "          old.languages, old.description);"
  "  INSERT INTO association_fts (rowid, name, acronym, municipality, communities,"
  "                               languages, description)"
  "  VALUES (new.id, new.name, new.acronym, new.municipality, new.communities,"
  "          new.languages, new.description);"
  "END;"
  "CREATE INDEX association_live_sort ON association (sort_key) WHERE deleted_at IS NULL;";

static const char migration_3[] =
  /* Modules are listed by title, folded like association names. */
  "ALTER TABLE module ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';"
  /* One assessment per association, date and respondent (deleted ones aside). */
  "CREATE UNIQUE INDEX assessment_once ON assessment (association_id, date, respondent)"
  "  WHERE deleted_at IS NULL;"
  "CREATE INDEX score_domain ON score (domain_id);"
  "CREATE INDEX goal_due ON goal (status, due_date);"
  "CREATE INDEX attendance_session ON attendance (session_id, present);"
  "CREATE INDEX certificate_module ON certificate (module_id);"
  "CREATE INDEX module_domain_domain ON module_domain (domain_id);"
  "CREATE INDEX version_domain_domain ON version_domain (domain_id);";

static const char migration_4[] =
  /* Meeting search: titles, notes, decisions, who was there and where, and what was
   * agreed in follow-ups; accents and case ignored, prefixes indexed. Only
   * live rows are indexed (a deletion takes a row out, undo puts it back), so
   * that ranking never has to look at the tables to skip deleted rows. */
  "CREATE VIRTUAL TABLE meeting_fts USING fts5 ("
  "  title, notes, decisions, attendees, location,"
  "  content = 'meeting', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "INSERT INTO meeting_fts (rowid, title, notes, decisions, attendees, location)"
  "  SELECT id, title, notes, decisions, attendees, location FROM meeting WHERE deleted_at IS NULL;"
  "CREATE TRIGGER meeting_fts_insert AFTER INSERT ON meeting WHEN new.deleted_at IS NULL BEGIN"
  "  INSERT INTO meeting_fts (rowid, title, notes, decisions, attendees, location)"
  "    VALUES (new.id, new.title, new.notes, new.decisions, new.attendees, new.location);"
  "END;"
  "CREATE TRIGGER meeting_fts_delete AFTER DELETE ON meeting WHEN old.deleted_at IS NULL BEGIN"
  "  INSERT INTO meeting_fts (meeting_fts, rowid, title, notes, decisions, attendees, location)"
  "    VALUES ('delete', old.id, old.title, old.notes, old.decisions, old.attendees, old.location);"
  "END;"
  "CREATE TRIGGER meeting_fts_update AFTER UPDATE OF title, notes, decisions, attendees, location, deleted_at"
  "  ON meeting BEGIN"
  "  INSERT INTO meeting_fts (meeting_fts, rowid, title, notes, decisions, attendees, location)"
  "    SELECT 'delete', old.id, old.title, old.notes, old.decisions, old.attendees, old.location"
  "    WHERE old.deleted_at IS NULL;"
  "  INSERT INTO meeting_fts (rowid, title, notes, decisions, attendees, location)"
  "    SELECT new.id, new.title, new.notes, new.decisions, new.attendees, new.location"
  "    WHERE new.deleted_at IS NULL;"
  "END;"
  "CREATE VIRTUAL TABLE follow_up_fts USING fts5 ("
  "  what, owner,"
  "  content = 'follow_up', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "INSERT INTO follow_up_fts (rowid, what, owner) SELECT id, what, owner FROM follow_up WHERE deleted_at IS NULL;"
  "CREATE TRIGGER follow_up_fts_insert AFTER INSERT ON follow_up WHEN new.deleted_at IS NULL BEGIN"
  "  INSERT INTO follow_up_fts (rowid, what, owner) VALUES (new.id, new.what, new.owner);"
  "END;"
  "CREATE TRIGGER follow_up_fts_delete AFTER DELETE ON follow_up WHEN old.deleted_at IS NULL BEGIN"
  "  INSERT INTO follow_up_fts (follow_up_fts, rowid, what, owner) VALUES ('delete', old.id, old.what, old.owner);"
  "END;"
  "CREATE TRIGGER follow_up_fts_update AFTER UPDATE OF what, owner, deleted_at ON follow_up BEGIN"
  "  INSERT INTO follow_up_fts (follow_up_fts, rowid, what, owner)"
  "    SELECT 'delete', old.id, old.what, old.owner WHERE old.deleted_at IS NULL;"
  "  INSERT INTO follow_up_fts (rowid, what, owner)"
  "    SELECT new.id, new.what, new.owner WHERE new.deleted_at IS NULL;"
  "END;"
  "CREATE INDEX meeting_live_date ON meeting (date DESC, time DESC) WHERE deleted_at IS NULL;"
  "CREATE INDEX meeting_service_service ON meeting_service (service_id);"
  "CREATE INDEX follow_up_association ON follow_up (association_id);"
  "CREATE INDEX follow_up_service ON follow_up (service_id);"
  "ALTER TABLE service ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';";

/* Lineage columns and trigger of migration 5, for one table. */
#define LINEAGE(table)                                                               \
  "ALTER TABLE " table " ADD COLUMN based_on TEXT;"                                  \
  "ALTER TABLE " table " ADD COLUMN imported INTEGER NOT NULL DEFAULT 0"            \
  "  CHECK (imported IN (0, 1));"                                                   \
  "CREATE TRIGGER " table "_lineage AFTER UPDATE OF updated_at ON " table " BEGIN"  \
  "  UPDATE " table " SET imported = 0, based_on = CASE"                            \
  "    WHEN new.updated_at IS old.updated_at THEN old.based_on"                     \
  "    WHEN old.imported = 1 OR EXISTS (SELECT 1 FROM exchange_export"              \
  "                                     WHERE exported_at >= old.updated_at)"       \
  "      THEN old.updated_at"                                                       \
  "    ELSE old.based_on END"                                                       \
  "  WHERE id = new.id;"                                                            \
  "END;"

static const char migration_5[] =
  /* Exchange files (dsc-exchange*.c). The conflict log keeps every version
   * that lost a merge, so that a person can look at it and bring it back. */
  "CREATE TABLE conflict ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  uuid TEXT NOT NULL,"
  "  logged_at TEXT NOT NULL,"
  "  winner TEXT NOT NULL CHECK (winner IN ('file','database')),"
  "  losing_updated_at TEXT NOT NULL,"
  "  winning_updated_at TEXT NOT NULL,"
  "  losing_json TEXT NOT NULL,"
  "  label TEXT,"                                /* what a person recognises it by */
  "  scope TEXT,"                                /* NULL: the file held everything */
  "  source TEXT,"
  "  restored_at TEXT"
  ") STRICT;"
  "CREATE INDEX conflict_uuid ON conflict (uuid);"
  /* When exports were made: a version current at an export has left the
   * database, so an edit made after it builds on a shared version. */
  "CREATE TABLE exchange_export ("
  "  id INTEGER PRIMARY KEY,"
  "  exported_at TEXT NOT NULL,"
  "  scope TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX exchange_export_time ON exchange_export (exported_at);"
  /* Each version knows the shared version it was edited from (based_on), and
   * whether it came from a file (imported), so that a merge tells an edit made
   * on both sides (a conflict) from a copy that is merely older. A local write
   * always sets updated_at; the trigger then moves the lineage on: the version
   * being replaced is the new base when it was shared (imported, or current at
   * an export), else the base stays. Imports set both columns themselves,
   * after the write. */
  LINEAGE ("association")
  LINEAGE ("person")
  LINEAGE ("framework")
  LINEAGE ("framework_version")
  LINEAGE ("domain")
  LINEAGE ("assessment")
  LINEAGE ("goal")
  LINEAGE ("module")
  LINEAGE ("session")
  LINEAGE ("attendance")
  LINEAGE ("certificate")
  LINEAGE ("service")
  LINEAGE ("meeting")
  LINEAGE ("follow_up");

const DscMigration dsc_migrations[] = {
  { migration_1, NULL },
  { migration_2, NULL },
  /* The built-in competence framework comes with every database. */
  { migration_3, dsc_framework_install_builtin },
  { migration_4, NULL },
  { migration_5, NULL },
};

const int dsc_n_migrations = G_N_ELEMENTS (dsc_migrations);
