/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import: reads an exchange file line by line, checks each line (the strict
 * scanner, which reads it into json-glib nodes, then the record's fields,
 * references, scales, order and duplicates) and merges it record by record,
 * all in one transaction that is rolled back if any line has a problem, the
 * file is cut short, the import is cancelled or it is a dry run. Records come in an order where everything a
 * record refers to comes before it (only a framework version's domains wait
 * for the domain lines), so a reference is found in the database as the
 * transaction has it so far. The conflict log is listed and restored from
 * here too, through the same writing code.
 *
 * The merge (DESIGN.md): the newer updated_at wins; on a tie the version whose
 * canonical line sorts higher; a tombstone beats a version made before the
 * deletion and loses to one made after it. The version that lost goes to the
 * conflict log unless it is merely an older copy of what won: each version
 * carries the shared version it was edited from (based_on), and a version the
 * winner was built on, or one that came from a file untouched, is not a
 * conflict (see merge_record()). */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-exchange-private.h"
#include "dsc-framework.h"
#include "dsc-meetings.h"

#define READ_SIZE (256 * 1024)
#define IMPORT_CACHE_KIB 65536
#define IMPORT_FTS_HASH_SIZE (16 * 1024 * 1024)
#define FTS5_DEFAULT_HASH_SIZE (1024 * 1024)
#define PROGRESS_EVERY (1024 * 1024)

/* The uuids of a file ------------------------------------------------------- */

/* Every uuid the file holds, its kind, line and what became of it: a flat
 * open-addressing table of 32-byte entries, so that a file of a million
 * records needs some 64 MB at most. */
typedef enum
{
  UUID_WRITTEN,     /* the record is in the database (its version or ours) */
  UUID_GONE,        /* deleted for good: a tombstone stands for it */
  UUID_INVALID,     /* the line had problems */
} UuidState;

typedef struct
{
  guint64 hi;
  guint64 lo;
  gint64  id;
  guint32 line;
  guint8  kind;     /* 0xff: empty slot */
  guint8  state;
} UuidEntry;

typedef struct
{
  UuidEntry *slots;
  gsize      capacity;
  gsize      count;
} UuidSet;

#define EMPTY_SLOT 0xff

/* Packs a uuid as dsc_exchange_is_uuid() accepts them (8-4-4-4-12 lower-case
 * hexadecimal digits) into 128 bits; %FALSE for anything else. One pass: every
 * reference of every line comes through here. */
static gboolean
uuid_pack (const char *uuid,
           guint64    *hi,
           guint64    *lo)
{
  guint64 parts[2] = { 0, 0 };
  int nibbles = 0;
  int i;

  for (i = 0; i < 36; i++)
    {
      char c = uuid[i];
      int value;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (c != '-')
            return FALSE;
          continue;
        }
      if (c >= '0' && c <= '9')
        value = c - '0';
      else if (c >= 'a' && c <= 'f')
        value = c - 'a' + 10;
      else
        return FALSE;   /* also the end of a shorter text */
      parts[nibbles / 16] = (parts[nibbles / 16] << 4) | (guint64) value;
      nibbles++;
    }
  if (uuid[i] != '\0')
    return FALSE;

  *hi = parts[0];
  *lo = parts[1];
  return TRUE;
}

static gsize
uuid_hash (guint64 hi,
           guint64 lo)
{
  guint64 h = (hi ^ (lo * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;

  return (gsize) (h ^ (h >> 31));
}

static UuidEntry *
uuid_set_find (UuidSet *set,
               guint64  hi,
               guint64  lo,
               gboolean add)
{
  gsize mask, i;

  if (add && (set->count + 1) * 2 > set->capacity)
    {
      UuidEntry *old = set->slots;
      gsize old_capacity = set->capacity;

      set->capacity = MAX (set->capacity * 2, 4096);
      set->slots = g_new (UuidEntry, set->capacity);
      for (gsize k = 0; k < set->capacity; k++)
        set->slots[k].kind = EMPTY_SLOT;
      set->count = 0;
      for (gsize k = 0; k < old_capacity; k++)
        if (old[k].kind != EMPTY_SLOT)
          {
            UuidEntry *moved = uuid_set_find (set, old[k].hi, old[k].lo, TRUE);
            *moved = old[k];
          }
      g_free (old);
    }

  if (set->capacity == 0)
    return NULL;

  mask = set->capacity - 1;
  for (i = uuid_hash (hi, lo) & mask;; i = (i + 1) & mask)
    {
      UuidEntry *entry = &set->slots[i];

      if (entry->kind == EMPTY_SLOT)
        {
          if (!add)
            return NULL;
          entry->hi = hi;
          entry->lo = lo;
          entry->id = 0;
          entry->line = 0;
          entry->state = UUID_INVALID;
          entry->kind = 0;
          set->count++;
          return entry;
        }
      if (entry->hi == hi && entry->lo == lo)
        return entry;
    }
}

static UuidEntry *
uuid_lookup (UuidSet    *set,
             const char *uuid)
{
  guint64 hi, lo;

  if (uuid == NULL || !uuid_pack (uuid, &hi, &lo))
    return NULL;
  return uuid_set_find (set, hi, lo, FALSE);
}

/* Reading lines ------------------------------------------------------------ */

typedef struct
{
  GInputStream *input;
  guint8       *buffer;
  gsize         start;
  gsize         end;
  gboolean      eof;
  guint64       consumed;
} LineReader;

/* Reads one line without its line break into @line, at most
 * DSC_EXCHANGE_MAX_LINE bytes of it (@too_long tells when there was more).
 * Returns 1 for a line, 0 at the end of the file, -1 on error. */
static int
read_line (LineReader    *reader,
           GString       *line,
           gboolean      *too_long,
           GCancellable  *cancellable,
           GError       **error)
{
  gboolean any = FALSE;

  g_string_truncate (line, 0);
  *too_long = FALSE;

  for (;;)
    {
      const guint8 *from = reader->buffer + reader->start;
      gsize available = reader->end - reader->start;
      const guint8 *newline = available > 0 ? memchr (from, '\n', available) : NULL;
      gsize take = newline != NULL ? (gsize) (newline - from) : available;

      if (available > 0)
        any = TRUE;
      if (!*too_long)
        {
          if (line->len + take > DSC_EXCHANGE_MAX_LINE)
            {
              *too_long = TRUE;
              g_string_truncate (line, 0);
            }
          else
            g_string_append_len (line, (const char *) from, take);
        }

      if (newline != NULL)
        {
          reader->start += take + 1;
          reader->consumed += take + 1;
          return 1;
        }

      reader->consumed += available;
      reader->start = reader->end = 0;
      if (reader->eof)
        return any ? 1 : 0;

      {
        gssize got = g_input_stream_read (reader->input, reader->buffer, READ_SIZE, cancellable, error);

        if (got < 0)
          return -1;
        if (got == 0)
          reader->eof = TRUE;
        reader->end = (gsize) got;
      }
    }
}

/* The import ---------------------------------------------------------------- */

/* FTS5 writes out its pending terms at every statement of a transaction, so
 * rows inserted one statement at a time into a table whose trigger feeds a
 * full-text index cost three times what one INSERT ... SELECT costs. An import
 * drops those insert triggers inside its transaction (a rollback brings them
 * back), indexes the rows it inserted in one statement per table, and puts the
 * triggers back, as migrations 2 and 4 wrote them, before it commits. A row
 * inserted by the import is indexed before anything updates or deletes it. */
static const struct
{
  DscExchangeKind  kind;
  const char      *table;
  const char      *trigger;
  const char      *index_sql;
} deferred_indexes[] = {
  { DSC_EXCHANGE_ASSOCIATION, "association_fts", "association_fts_insert",
    "INSERT INTO association_fts (rowid, name, acronym, municipality, communities, languages, description)"
    " SELECT id, name, acronym, municipality, communities, languages, description FROM association"
    " WHERE id IN (SELECT value FROM json_each (?))" },
  { DSC_EXCHANGE_MEETING, "meeting_fts", "meeting_fts_insert",
    "INSERT INTO meeting_fts (rowid, title, notes, decisions, attendees, location)"
    " SELECT id, title, notes, decisions, attendees, location FROM meeting"
    " WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each (?))" },
  { DSC_EXCHANGE_FOLLOW_UP, "follow_up_fts", "follow_up_fts_insert",
    "INSERT INTO follow_up_fts (rowid, what, owner) SELECT id, what, owner FROM follow_up"
    " WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each (?))" },
};

typedef struct
{
  DscStore             *store;
  char                 *display_name;
  DscImportFlags        flags;
  GCancellable         *cancellable;
  DscExchangeProgress   progress;
  gpointer              user_data;
  GPtrArray            *problems;
  DscImportSummary     *summary;
  GHashTable           *by_association;   /* uuid ("" for none) -> DscImportAssociation */
  UuidSet               uuids;
  GHashTable           *database_refs;    /* kind + uuid -> row id, -1 when gone */
  GHashTable           *scales;           /* version row id -> levels */
  GPtrArray            *pending_versions; /* DscXRecord whose domains wait for domain lines */
  char                 *scope;            /* an association's uuid, or NULL for everything */
  GHashTable           *statements;       /* constant SQL (by address) -> statement */
  GString              *file_line;
  GString              *local_line;
  char                 *now;
  char                 *latest;           /* a day after now: no time of a file is later */
  guint                 line;
  int                   last_kind;
  char                 *last_uuid;
  char                 *index_triggers[G_N_ELEMENTS (deferred_indexes)];
  GArray               *unindexed[G_N_ELEMENTS (deferred_indexes)];
  GHashTable           *unindexed_set[G_N_ELEMENTS (deferred_indexes)];
  gint64                tombstones;       /* whether the database has any, -1 until known */
  GHashTable           *cascaded;         /* uuids deleted with their parent, counted already */
  char                 *missing;          /* restoring: a record referred to that is gone */
  gboolean              version_written;  /* a framework version's domains are to be written */
  gboolean              restoring;        /* writing a version of the conflict log */
  gboolean              was_empty[DSC_EXCHANGE_TOMBSTONE]; /* the kind's table, when the import began */
} Import;

static gboolean
too_many_problems (Import *import)
{
  return import->problems->len >= DSC_EXCHANGE_MAX_PROBLEMS;
}

G_GNUC_PRINTF (3, 4)
static void
add_problem (Import     *import,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (too_many_problems (import))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* A version of the conflict log has no line. */
  if (import->restoring)
    {
      g_ptr_array_add (import->problems, g_steal_pointer (&message));
      return;
    }
  /* Translators: a problem of an exchange file: "line 412: assessment 5f0c…:
   * scores[3].level: 7 is outside the scale 1–4". */
  g_ptr_array_add (import->problems, g_strdup_printf (_("line %u: %s"), line, message));
}

static char *
short_uuid (const char *uuid)
{
  if (uuid == NULL)
    return g_strdup ("?");
  return g_strdup_printf ("%.8s…", uuid);
}

G_GNUC_PRINTF (3, 4)
static void
record_problem (Import           *import,
                const DscXRecord *x,
                const char       *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *uuid = short_uuid (dsc_xrecord_uuid (x));
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (import, x->line, "%s %s: %s", dsc_exchange_kind_name (x->kind), uuid, message);
}

static DscImportCounts *
association_counts (Import     *import,
                    const char *uuid)
{
  DscImportAssociation *entry = g_hash_table_lookup (import->by_association, uuid != NULL ? uuid : "");

  if (entry == NULL)
    {
      entry = g_new0 (DscImportAssociation, 1);
      entry->uuid = g_strdup (uuid);
      g_hash_table_insert (import->by_association, g_strdup (uuid != NULL ? uuid : ""), entry);
    }
  return &entry->counts;
}

typedef enum
{
  COUNT_ADDED,
  COUNT_UPDATED,
  COUNT_DELETED,
  COUNT_UNCHANGED,
  COUNT_CONFLICT,
} CountWhat;

static void
bump (DscImportCounts *counts,
      CountWhat        what)
{
  switch (what)
    {
    case COUNT_ADDED:
      counts->added++;
      break;
    case COUNT_UPDATED:
      counts->updated++;
      break;
    case COUNT_DELETED:
      counts->deleted++;
      break;
    case COUNT_UNCHANGED:
      counts->unchanged++;
      break;
    case COUNT_CONFLICT:
      counts->conflicts++;
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
count (Import          *import,
       DscExchangeKind  kind,
       const char      *association,
       CountWhat        what)
{
  if (import->summary == NULL)
    return;

  bump (&import->summary->total, what);
  bump (&import->summary->by_kind[kind], what);
  bump (association_counts (import, association), what);
}

/* The association a record belongs to, for the summary. */
static const char *
association_of (const DscXRecord *x)
{
  /* The index of each kind's "association" field, -1 for none: found once. */
  static int fields[DSC_EXCHANGE_TOMBSTONE];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
        {
          const DscKind *record_kind = dsc_exchange_kind_record (kind);
          const DscField *field = dsc_kind_find_field (record_kind, "association");

          fields[kind] = field != NULL ? (int) (field - record_kind->fields) : -1;
        }
      g_once_init_leave (&initialized, 1);
    }

  if (x->record == NULL)
    return NULL;
  if (x->kind == DSC_EXCHANGE_ASSOCIATION)
    return x->record->uuid;
  return fields[x->kind] >= 0 ? x->refs[fields[x->kind]] : NULL;
}

static int
kind_of_table (const char *table)
{
  for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
    if (g_str_equal (dsc_exchange_kind_record (kind)->table, table))
      return kind;
  return -1;
}

/* Statements used for every line are looked up by the address of their
 * constant text rather than hashed: only ever pass constant SQL here. */
static DscCachedStatement *
prepare (Import      *import,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (import->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  stmt = dsc_store_prepare (import->store, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (import->statements, (gpointer) sql, stmt);
  return stmt;
}

static char *
build_id_sql (DscExchangeKind kind)
{
  const DscKind *record_kind = dsc_exchange_kind_record (kind);

  return record_kind != NULL ? g_strconcat ("SELECT id FROM ", record_kind->table, " WHERE uuid = ?", NULL) : NULL;
}

static const char *
id_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_id_sql, kind);
}

static char *
build_deleted_at_sql (DscExchangeKind kind)
{
  const DscKind *record_kind = dsc_exchange_kind_record (kind);

  return record_kind != NULL ? g_strconcat ("SELECT deleted_at FROM ", record_kind->table, " WHERE id = ?", NULL)
                             : NULL;
}

static const char *
deleted_at_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_deleted_at_sql, kind);
}

/* For each kind, the query that finds a uuid among the records of every other
 * kind and the tombstones of every other kind: what a record of that kind must
 * not reuse. One parameter; returns the kind found. */
static char *
build_other_kind_sql (DscExchangeKind kind)
{
  GString *text;

  if (kind == DSC_EXCHANGE_TOMBSTONE)
    return NULL;

  text = g_string_new (NULL);
  for (int other = 0; other < DSC_EXCHANGE_TOMBSTONE; other++)
    if (other != (int) kind)
      g_string_append_printf (text, "SELECT '%s' FROM %s WHERE uuid = ?1 UNION ALL ",
                              dsc_exchange_kind_name (other), dsc_exchange_kind_record (other)->table);
  g_string_append_printf (text, "SELECT kind FROM tombstone WHERE uuid = ?1 AND kind <> '%s' LIMIT 1",
                          dsc_exchange_kind_name (kind));
  return g_string_free (text, FALSE);
}

static const char *
other_kind_sql (DscExchangeKind kind)
{
  static DscExchangeSqlCache cache;

  return dsc_exchange_cached_sql (&cache, build_other_kind_sql, kind);
}

static DscXRecord *
load_local (Import           *import,
            DscExchangeKind   kind,
            const char       *uuid,
            GError          **error)
{
  g_autoptr(DscCachedStatement) stmt = prepare (import, dsc_exchange_local_sql (kind), error);

  if (stmt == NULL)
    return NULL;
  return dsc_exchange_read_local (stmt, kind, uuid, error);
}

/* The database's version of the record of the line being imported. A table
 * that was empty when the import began holds only records of lines before
 * this one, and no two lines have the same uuid: no need to look (a first
 * import into a new database looks for none of its records). */
static DscXRecord *
load_version_of_line (Import           *import,
                      DscExchangeKind   kind,
                      const char       *uuid,
                      GError          **error)
{
  if (import->was_empty[kind])
    return NULL;
  return load_local (import, kind, uuid, error);
}

/* Notes which tables are empty as the import begins (load_version_of_line()). */
static gboolean
note_empty_tables (Import  *import,
                   GError **error)
{
  for (int kind = 0; kind < DSC_EXCHANGE_TOMBSTONE; kind++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT NOT EXISTS (SELECT 1 FROM %s)",
                                              dsc_exchange_kind_record (kind)->table);
      gint64 empty = dsc_sqlite_query_int (import->store->db, sql, error);

      if (empty < 0)
        return FALSE;
      import->was_empty[kind] = empty == 1;
    }
  return TRUE;
}

/* References ----------------------------------------------------------------- */

typedef enum
{
  REF_FOUND,
  REF_GONE,
  REF_INVALID,
  REF_MISSING,
  REF_WRONG_KIND,
} RefState;

static RefState
resolve (Import           *import,
         DscExchangeKind   kind,
         const char       *uuid,
         gint64           *id,
         int              *other_kind,
         GError          **error)
{
  g_autofree char *key = NULL;
  UuidEntry *entry = uuid_lookup (&import->uuids, uuid);
  gpointer cached;

  *id = 0;
  if (entry != NULL)
    {
      if (entry->kind != kind)
        {
          *other_kind = entry->kind;
          return REF_WRONG_KIND;
        }
      switch (entry->state)
        {
        case UUID_WRITTEN:
          *id = entry->id;
          return REF_FOUND;
        case UUID_GONE:
          return REF_GONE;
        case UUID_INVALID:
        default:
          return REF_INVALID;
        }
    }

  key = g_strdup_printf ("%d/%s", kind, uuid);
  if (g_hash_table_lookup_extended (import->database_refs, key, NULL, &cached))
    {
      gint64 found = cached != NULL ? *(gint64 *) cached : 0;

      if (found > 0)
        {
          *id = found;
          return REF_FOUND;
        }
      return found < 0 ? REF_GONE : REF_MISSING;
    }

  {
    g_autoptr(DscCachedStatement) stmt = prepare (import, id_sql (kind), error);
    int rc;

    if (stmt == NULL)
      return REF_MISSING;
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    rc = dsc_sqlite_step (stmt, error);
    if (rc == SQLITE_ROW)
      *id = sqlite3_column_int64 (stmt, 0);
    else if (rc != SQLITE_DONE)
      return REF_MISSING;
  }

  if (*id == 0)
    {
      g_autoptr(DscCachedStatement) stmt =
        prepare (import, "SELECT 1 FROM tombstone WHERE uuid = ?", error);
      int rc;

      if (stmt == NULL)
        return REF_MISSING;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      rc = dsc_sqlite_step (stmt, error);
      if (rc == SQLITE_ROW)
        *id = -1;
      else if (rc != SQLITE_DONE)
        return REF_MISSING;
    }

  g_hash_table_insert (import->database_refs, g_steal_pointer (&key),
                       *id == 0 ? NULL : g_memdup2 (id, sizeof *id));
  if (*id > 0)
    return REF_FOUND;
  if (*id < 0)
    {
      *id = 0;
      return REF_GONE;
    }
  return REF_MISSING;
}

/* Reports a reference that does not resolve; returns %FALSE when it does not. */
static gboolean
check_reference (Import           *import,
                 const DscXRecord *x,
                 const char       *path,
                 DscExchangeKind   kind,
                 const char       *uuid,
                 gint64           *id,
                 gboolean         *gone,
                 GError          **error)
{
  int other_kind = -1;
  RefState state = resolve (import, kind, uuid, id, &other_kind, error);

  *gone = FALSE;
  switch (state)
    {
    case REF_FOUND:
      return TRUE;
    case REF_GONE:
      *gone = TRUE;
      return TRUE;
    case REF_INVALID:
      return FALSE;
    case REF_WRONG_KIND:
      record_problem (import, x, _("%s: %s is a record of kind “%s”, not “%s”"), path, uuid,
                      dsc_exchange_kind_name (other_kind), dsc_exchange_kind_name (kind));
      return FALSE;
    case REF_MISSING:
    default:
      if (error == NULL || *error == NULL)
        {
          /* Translators: the first %s is a field, the second a kind of record
           * (association, meeting...), the third a uuid. A record comes after
           * the records it refers to in a file. */
          record_problem (import, x, _("%s: no %s %s is in the database or on an earlier line of this file"),
                          path, dsc_exchange_kind_name (kind), uuid);
          if (import->restoring && import->missing == NULL)
            import->missing = g_strdup_printf ("%s %s", dsc_exchange_kind_name (kind), uuid);
        }
      return FALSE;
    }
}

static int
scale_of (Import  *import,
          gint64   version_id)
{
  gpointer cached = g_hash_table_lookup (import->scales, &version_id);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int levels = DSC_BUILTIN_LEVELS;

  if (cached != NULL)
    return GPOINTER_TO_INT (cached);

  stmt = prepare (import, "SELECT scale_levels FROM framework_version WHERE id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, version_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        levels = sqlite3_column_int (stmt, 0);
    }
  g_hash_table_insert (import->scales, g_memdup2 (&version_id, sizeof version_id), GINT_TO_POINTER (levels));
  return levels;
}

/* Resolves every reference of a record and checks what needs the database.
 * Sets @parent_gone when a required reference points to a record deleted for
 * good (the record then goes too); optional ones to such records are cleared.
 * Returns %FALSE when there is a problem. */
static gboolean
resolve_record (Import      *import,
                DscXRecord  *x,
                char       **parent_gone,
                GError     **error)
{
  const DscKind *kind = x->record->kind;
  gboolean ok = TRUE;
  gboolean gone;
  gint64 id;

  *parent_gone = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];

      if (field->type != DSC_FIELD_REF || x->refs[i] == NULL)
        continue;

      if (!check_reference (import, x, field->name, kind_of_table (field->ref_table), x->refs[i],
                            &id, &gone, error))
        {
          ok = FALSE;
          continue;
        }
      if (gone)
        {
          /* A required one is kept, so that the line still names it (in the
           * conflict log): the record is not written. */
          if (!field->required)
            g_clear_pointer (&x->refs[i], g_free);
          else if (*parent_gone == NULL)
            *parent_gone = g_strdup (x->refs[i]);
        }
      dsc_record_set_ref (x->record, field, id);
    }

  switch (x->kind)
    {
    case DSC_EXCHANGE_ASSESSMENT:
      {
        const DscAssessment *assessment = (const DscAssessment *) x->record;
        int levels = assessment->version_id > 0 ? scale_of (import, assessment->version_id) : 0;

        for (guint i = 0; i < x->scores->len; i++)
          {
            DscXScore *score = g_ptr_array_index (x->scores, i);
            g_autofree char *path = g_strdup_printf ("scores[%u].domain", score->index);

            if (!check_reference (import, x, path, DSC_EXCHANGE_DOMAIN, score->domain,
                                  &score->domain_id, &gone, error) || gone)
              {
                ok = FALSE;
                continue;
              }
            if (levels > 0 && score->level > levels)
              {
                record_problem (import, x, _("scores[%u].level: %d is outside the scale 1–%d"),
                                score->index, score->level, levels);
                ok = FALSE;
              }
            if (levels > 0 && score->target_level > levels)
              {
                record_problem (import, x, _("scores[%u].target_level: %d is outside the scale 1–%d"),
                                score->index, score->target_level, levels);
                ok = FALSE;
              }
          }
      }
      break;

    case DSC_EXCHANGE_MODULE:
      for (guint i = 0; i < x->domains->len; i++)
        {
          DscXLink *link = g_ptr_array_index (x->domains, i);
          g_autofree char *path = g_strdup_printf ("domains[%u]", link->index);

          if (!check_reference (import, x, path, DSC_EXCHANGE_DOMAIN, link->uuid, &link->id, &gone, error)
              || gone)
            ok = FALSE;
        }
      break;

    case DSC_EXCHANGE_MEETING:
      for (guint list = 0; list < 2; list++)
        {
          GPtrArray *links = list == 0 ? x->services : x->associations;
          DscExchangeKind link_kind = list == 0 ? DSC_EXCHANGE_SERVICE : DSC_EXCHANGE_ASSOCIATION;

          for (guint i = 0; i < links->len;)
            {
              DscXLink *link = g_ptr_array_index (links, i);
              g_autofree char *path = g_strdup_printf ("%s[%u]", list == 0 ? "services" : "associations",
                                                       link->index);

              if (!check_reference (import, x, path, link_kind, link->uuid, &link->id, &gone, error))
                ok = FALSE;
              else if (gone)
                {
                  /* A participant deleted for good leaves the meeting. */
                  g_ptr_array_remove_index (links, i);
                  continue;
                }
              i++;
            }
        }
      break;

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  return ok;
}

/* Deferred full-text indexing ---------------------------------------------------- */

static int
deferred_index_of (DscExchangeKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (deferred_indexes); i++)
    if (deferred_indexes[i].kind == kind)
      return (int) i;
  return -1;
}

static gboolean
defer_indexing (Import  *import,
                GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (deferred_indexes); i++)
    {
      g_autoptr(sqlite3_stmt) stmt =
        dsc_sqlite_prepare (import->store->db,
                            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", error);
      g_autofree char *drop = NULL;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, deferred_indexes[i].trigger, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        continue;
      import->index_triggers[i] = dsc_sqlite_column_text (stmt, 0);
      import->unindexed[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
      import->unindexed_set[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_clear_pointer (&stmt, sqlite3_finalize);

      drop = g_strdup_printf ("DROP TRIGGER %s", deferred_indexes[i].trigger);
      if (!dsc_sqlite_exec (import->store->db, drop, error))
        return FALSE;
    }

  return TRUE;
}

/* Sets the 'hashsize' option of a full-text table (how many bytes of pending
 * terms FTS5 gathers before it writes them out as a segment). */
static gboolean
set_fts_hash_size (Import      *import,
                   const char  *table,
                   gint64       bytes,
                   GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (%s, rank) VALUES ('hashsize', %" G_GINT64_FORMAT ")",
                                          table, table, bytes);

  return dsc_sqlite_exec (import->store->db, sql, error);
}

static gboolean
index_inserted (Import  *import,
                guint    i,
                GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *config_sql = NULL;
  gint64 hash_size;

  if (import->unindexed[i] == NULL || import->unindexed[i]->len == 0)
    return TRUE;

  stmt = dsc_sqlite_prepare (import->store->db, deferred_indexes[i].index_sql, error);
  if (stmt == NULL)
    return FALSE;
  dsc_sqlite_bind_ids (stmt, 1, import->unindexed[i]);

  /* FTS5 writes its pending terms out as a new segment each time they pass
   * 'hashsize' bytes (1 MiB unless set): indexing the notes of the 36,000
   * meetings of `demo --associations=10000` 1 MiB at a time takes 1.6 times
   * as long as 16 MiB at a time (more gains nothing). The statement runs with
   * the bigger size, then the table's own is put back: the pending terms are
   * written out when the statement ends. */
  config_sql = g_strdup_printf ("SELECT coalesce ((SELECT v FROM %s_config WHERE k = 'hashsize'), %d)",
                                deferred_indexes[i].table, FTS5_DEFAULT_HASH_SIZE);
  hash_size = dsc_sqlite_query_int (import->store->db, config_sql, error);
  if (hash_size < 0
      || !set_fts_hash_size (import, deferred_indexes[i].table, MAX (hash_size, IMPORT_FTS_HASH_SIZE), error)
      || !dsc_sqlite_step_done (stmt, error)
      || !set_fts_hash_size (import, deferred_indexes[i].table, hash_size, error))
    return FALSE;

  g_array_set_size (import->unindexed[i], 0);
  g_hash_table_remove_all (import->unindexed_set[i]);
  return TRUE;
}

/* Notes a row inserted without its index entry. */
static void
note_unindexed (Import          *import,
                DscExchangeKind  kind,
                gint64           id)
{
  int i = deferred_index_of (kind);

  if (i < 0 || import->unindexed[i] == NULL)
    return;
  g_array_append_val (import->unindexed[i], id);
  g_hash_table_add (import->unindexed_set[i], g_memdup2 (&id, sizeof id));
}

/* Before a row is updated or deleted, the index must hold it. */
static gboolean
index_before_change (Import          *import,
                     DscExchangeKind  kind,
                     gint64           id,
                     GError         **error)
{
  int i = deferred_index_of (kind);

  if (i < 0 || import->unindexed_set[i] == NULL || !g_hash_table_contains (import->unindexed_set[i], &id))
    return TRUE;
  return index_inserted (import, (guint) i, error);
}

static gboolean
restore_indexing (Import  *import,
                  GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (deferred_indexes); i++)
    {
      if (import->index_triggers[i] == NULL)
        continue;
      if (!index_inserted (import, i, error)
          || !dsc_sqlite_exec (import->store->db, import->index_triggers[i], error))
        return FALSE;
      g_clear_pointer (&import->index_triggers[i], g_free);
    }

  return TRUE;
}

/* Writing ------------------------------------------------------------------ */

typedef struct
{
  char *insert;
  char *update;
  char *lineage;
} WriteSql;

static const WriteSql *
write_sql (DscExchangeKind kind)
{
  static WriteSql sql[DSC_EXCHANGE_TOMBSTONE];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (int i = 0; i < DSC_EXCHANGE_TOMBSTONE; i++)
        {
          const DscKind *record_kind = dsc_exchange_kind_record (i);
          GString *insert = g_string_new (NULL);
          GString *update = g_string_new (NULL);
          gboolean sorted = record_kind->sort_field != NULL;

          g_string_append_printf (insert, "INSERT INTO %s (uuid, created_at, updated_at, deleted_at,"
                                          " based_on, imported%s", record_kind->table,
                                  sorted ? ", sort_key" : "");
          g_string_append_printf (update, "UPDATE %s SET created_at = ?1, updated_at = ?2, deleted_at = ?3%s",
                                  record_kind->table, sorted ? ", sort_key = ?4" : "");
          for (guint f = 0; f < record_kind->n_fields; f++)
            {
              g_string_append_printf (insert, ", %s", record_kind->fields[f].column);
              g_string_append_printf (update, ", %s = ?%u", record_kind->fields[f].column,
                                      (sorted ? 5 : 4) + f);
            }
          g_string_append (insert, ") VALUES (?1, ?2, ?3, ?4, ?5, ?6");
          if (sorted)
            g_string_append (insert, ", ?7");
          for (guint f = 0; f < record_kind->n_fields; f++)
            g_string_append_printf (insert, ", ?%u", (sorted ? 8 : 7) + f);
          g_string_append (insert, ")");
          g_string_append_printf (update, " WHERE id = ?%u", (sorted ? 5 : 4) + record_kind->n_fields);

          sql[i].insert = g_string_free (insert, FALSE);
          sql[i].update = g_string_free (update, FALSE);
          sql[i].lineage = g_strdup_printf ("UPDATE %s SET based_on = ?1, imported = 1 WHERE id = ?2",
                                            record_kind->table);
        }
      g_once_init_leave (&initialized, 1);
    }

  return &sql[kind];
}

/* As dsc_sqlite_bind_text(), without a copy: the record outlives the step
 * (prepare() statements are reset and cleared when they go out of scope). */
static void
bind_text_static (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static void
bind_fields (const DscXRecord *x,
             sqlite3_stmt     *stmt,
             int               first)
{
  const DscKind *kind = x->record->kind;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      gconstpointer record = x->record;
      int index = first + (int) i;

      switch (field->type)
        {
        case DSC_FIELD_TEXT:
        case DSC_FIELD_DATE:
        case DSC_FIELD_TIME:
          bind_text_static (stmt, index, dsc_record_get_text (record, field));
          break;
        case DSC_FIELD_BOOL:
          sqlite3_bind_int (stmt, index, dsc_record_get_bool (record, field) ? 1 : 0);
          break;
        case DSC_FIELD_INT:
        case DSC_FIELD_DURATION:
          if (dsc_record_get_int (record, field) < 0)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_int (stmt, index, dsc_record_get_int (record, field));
          break;
        case DSC_FIELD_ENUM:
          bind_text_static (stmt, index, dsc_enum_code (field->enumeration, dsc_record_get_int (record, field)));
          break;
        case DSC_FIELD_FLAGS:
          sqlite3_bind_int64 (stmt, index, dsc_record_get_flags (record, field));
          break;
        case DSC_FIELD_REF:
          if (dsc_record_get_ref (record, field) <= 0)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_int64 (stmt, index, dsc_record_get_ref (record, field));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static char *
sort_key_of (const DscXRecord *x)
{
  const DscKind *kind = x->record->kind;

  return dsc_fold_for_sort (dsc_record_get_text (x->record, dsc_kind_find_field (kind, kind->sort_field)));
}

/* The same for SQL generated from the kind tables (rarely run). */
static gboolean
run_generated (Import      *import,
               const char  *sql,
               gint64       id,
               GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (import->store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return dsc_sqlite_step_done (stmt, error);
}

/* Runs constant SQL whose one parameter is a row id. */
static gboolean
run_with_id (Import      *import,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = prepare (import, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return dsc_sqlite_step_done (stmt, error);
}

static void
append_strings_json (GString     *out,
                     char       **texts)
{
  g_string_append_c (out, '[');
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      dsc_json_append_string (out, texts[i]);
    }
  g_string_append_c (out, ']');
}

/* A meeting's participants, the whole list (a file made for one association
 * lists them all too). A link's deleted_at follows its participant's (a
 * deleted association is hidden from meetings until its deletion is undone). */
static gboolean
write_meeting_links (Import      *import,
                     DscXRecord  *x,
                     gboolean     fresh,
                     GError     **error)
{
  if (!fresh && !run_with_id (import, "DELETE FROM meeting_service WHERE meeting_id = ?", x->id, error))
    return FALSE;
  for (guint i = 0; i < x->services->len; i++)
    {
      DscXLink *link = g_ptr_array_index (x->services, i);
      g_autoptr(DscCachedStatement) add =
        prepare (import,
                           "INSERT INTO meeting_service (meeting_id, service_id, deleted_at)"
                           " VALUES (?1, ?2, (SELECT deleted_at FROM service WHERE id = ?2))",
                           error);

      if (add == NULL)
        return FALSE;
      sqlite3_bind_int64 (add, 1, x->id);
      sqlite3_bind_int64 (add, 2, link->id);
      if (!dsc_sqlite_step_done (add, error))
        return FALSE;
    }

  /* A meeting line lists all its associations (even in a file made for one
   * association), so the list replaces what the database had. */
  if (!fresh && !run_with_id (import, "DELETE FROM meeting_association WHERE meeting_id = ?", x->id, error))
    return FALSE;

  for (guint i = 0; i < x->associations->len; i++)
    {
      DscXLink *link = g_ptr_array_index (x->associations, i);
      g_autoptr(DscCachedStatement) add =
        prepare (import,
                           "INSERT OR IGNORE INTO meeting_association (meeting_id, association_id, deleted_at)"
                           " VALUES (?1, ?2, (SELECT deleted_at FROM association WHERE id = ?2))",
                           error);

      if (add == NULL)
        return FALSE;
      sqlite3_bind_int64 (add, 1, x->id);
      sqlite3_bind_int64 (add, 2, link->id);
      if (!dsc_sqlite_step_done (add, error))
        return FALSE;
    }

  return TRUE;
}

/* What travels inside @x, over what its row had. A @fresh row, just
 * inserted, has nothing to replace: foreign keys are on (dsc-store.c), so no
 * row can still point to a new row id. */
static gboolean
write_extras (Import      *import,
              DscXRecord  *x,
              gboolean     fresh,
              GError     **error)
{
  switch (x->kind)
    {
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
      {
        g_autoptr(DscCachedStatement) stmt =
          prepare (import, "UPDATE framework_version SET level_labels = ?1 WHERE id = ?2", error);
        g_autoptr(GString) json = g_string_new (NULL);

        if (stmt == NULL)
          return FALSE;
        if (x->level_labels != NULL && x->level_labels[0] != NULL)
          {
            append_strings_json (json, x->level_labels);
            sqlite3_bind_text (stmt, 1, json->str, (int) json->len, SQLITE_TRANSIENT);
          }
        sqlite3_bind_int64 (stmt, 2, x->id);
        if (!dsc_sqlite_step_done (stmt, error))
          return FALSE;
      }
      /* Its domains wait until the domain lines are written. */
      import->version_written = TRUE;
      return TRUE;

    case DSC_EXCHANGE_ASSESSMENT:
      if (!fresh && !run_with_id (import, "DELETE FROM score WHERE assessment_id = ?", x->id, error))
        return FALSE;
      for (guint i = 0; i < x->scores->len; i++)
        {
          DscXScore *score = g_ptr_array_index (x->scores, i);
          g_autoptr(DscCachedStatement) add =
            prepare (import,
                               "INSERT INTO score (assessment_id, domain_id, level, evidence, target_level)"
                               " VALUES (?, ?, ?, ?, ?)",
                               error);

          if (add == NULL)
            return FALSE;
          sqlite3_bind_int64 (add, 1, x->id);
          sqlite3_bind_int64 (add, 2, score->domain_id);
          if (score->level >= 1)
            sqlite3_bind_int (add, 3, score->level);
          bind_text_static (add, 4, score->evidence);
          if (score->target_level >= 1)
            sqlite3_bind_int (add, 5, score->target_level);
          if (!dsc_sqlite_step_done (add, error))
            return FALSE;
        }
      return TRUE;

    case DSC_EXCHANGE_MODULE:
      if (!fresh && !run_with_id (import, "DELETE FROM module_domain WHERE module_id = ?", x->id, error))
        return FALSE;
      for (guint i = 0; i < x->domains->len; i++)
        {
          DscXLink *link = g_ptr_array_index (x->domains, i);
          g_autoptr(DscCachedStatement) add =
            prepare (import, "INSERT INTO module_domain (module_id, domain_id) VALUES (?, ?)",
                               error);

          if (add == NULL)
            return FALSE;
          sqlite3_bind_int64 (add, 1, x->id);
          sqlite3_bind_int64 (add, 2, link->id);
          if (!dsc_sqlite_step_done (add, error))
            return FALSE;
        }
      return TRUE;

    case DSC_EXCHANGE_MEETING:
      return write_meeting_links (import, x, fresh, error);

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      return TRUE;
    }
}

/* Writes @x over the row @existing_id (0: a new row). A version from a file
 * keeps its lineage and is marked imported; a restored version is a local edit,
 * and the lineage trigger moves its lineage on. */
static gboolean
write_version (Import      *import,
               DscXRecord  *x,
               gint64       existing_id,
               GError     **error)
{
  const WriteSql *sql = write_sql (x->kind);
  const DscRecord *head = x->record;
  gboolean sorted = head->kind->sort_field != NULL;
  g_autofree char *sort_key = sorted ? sort_key_of (x) : NULL;

  if (existing_id == 0)
    {
      g_autoptr(DscCachedStatement) stmt = prepare (import, sql->insert, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, head->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, head->created_at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, head->updated_at, -1, SQLITE_STATIC);
      bind_text_static (stmt, 4, head->deleted_at);
      bind_text_static (stmt, 5, import->restoring ? NULL : x->based_on);
      sqlite3_bind_int (stmt, 6, import->restoring ? 0 : 1);
      if (sorted)
        sqlite3_bind_text (stmt, 7, sort_key, -1, SQLITE_STATIC);
      bind_fields (x, stmt, sorted ? 8 : 7);
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
      x->id = sqlite3_last_insert_rowid (import->store->db);
      note_unindexed (import, x->kind, x->id);
    }
  else
    {
      g_autoptr(DscCachedStatement) stmt = NULL;

      if (!index_before_change (import, x->kind, existing_id, error))
        return FALSE;
      stmt = prepare (import, sql->update, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, head->created_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, head->updated_at, -1, SQLITE_TRANSIENT);
      dsc_sqlite_bind_text (stmt, 3, head->deleted_at);
      if (sorted)
        sqlite3_bind_text (stmt, 4, sort_key, -1, SQLITE_TRANSIENT);
      bind_fields (x, stmt, sorted ? 5 : 4);
      sqlite3_bind_int64 (stmt, (sorted ? 5 : 4) + (int) head->kind->n_fields, existing_id);
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
      x->id = existing_id;

      if (!import->restoring)
        {
          g_autoptr(DscCachedStatement) lineage = prepare (import, sql->lineage, error);

          if (lineage == NULL)
            return FALSE;
          dsc_sqlite_bind_text (lineage, 1, x->based_on);
          sqlite3_bind_int64 (lineage, 2, existing_id);
          if (!dsc_sqlite_step_done (lineage, error))
            return FALSE;
        }
    }

  return write_extras (import, x, existing_id == 0, error);
}

/* Deleting for good ---------------------------------------------------------- */

static const struct
{
  DscExchangeKind parent;
  DscExchangeKind child;
  const char     *column;
  gboolean        nullable;
} children[] = {
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_PERSON, "association_id", FALSE },
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_ASSESSMENT, "association_id", FALSE },
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_GOAL, "association_id", FALSE },
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_ATTENDANCE, "association_id", FALSE },
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_CERTIFICATE, "association_id", FALSE },
  { DSC_EXCHANGE_ASSOCIATION, DSC_EXCHANGE_FOLLOW_UP, "association_id", TRUE },
  { DSC_EXCHANGE_MODULE, DSC_EXCHANGE_SESSION, "module_id", FALSE },
  { DSC_EXCHANGE_MODULE, DSC_EXCHANGE_CERTIFICATE, "module_id", FALSE },
  { DSC_EXCHANGE_SESSION, DSC_EXCHANGE_ATTENDANCE, "session_id", FALSE },
  { DSC_EXCHANGE_MEETING, DSC_EXCHANGE_FOLLOW_UP, "meeting_id", FALSE },
  { DSC_EXCHANGE_SERVICE, DSC_EXCHANGE_FOLLOW_UP, "service_id", TRUE },
};

static const struct
{
  DscExchangeKind  kind;
  const char      *sql;
} unlinks[] = {
  { DSC_EXCHANGE_ASSOCIATION, "DELETE FROM meeting_association WHERE association_id = ?" },
  { DSC_EXCHANGE_ASSESSMENT, "DELETE FROM score WHERE assessment_id = ?" },
  { DSC_EXCHANGE_MODULE, "DELETE FROM module_domain WHERE module_id = ?" },
  { DSC_EXCHANGE_MEETING, "DELETE FROM meeting_association WHERE meeting_id = ?" },
  { DSC_EXCHANGE_MEETING, "DELETE FROM meeting_service WHERE meeting_id = ?" },
  { DSC_EXCHANGE_SERVICE, "DELETE FROM meeting_service WHERE service_id = ?" },
};

static gboolean
put_tombstone (Import           *import,
               const char       *uuid,
               DscExchangeKind   kind,
               const char       *deleted_at,
               GError          **error)
{
  g_autoptr(DscCachedStatement) stmt =
    prepare (import,
                       "INSERT INTO tombstone (uuid, kind, deleted_at) VALUES (?1, ?2, ?3)"
                       " ON CONFLICT (uuid) DO UPDATE SET deleted_at = max (deleted_at, excluded.deleted_at)",
                       error);
  UuidEntry *entry;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, dsc_exchange_kind_name (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, deleted_at, -1, SQLITE_TRANSIENT);
  if (!dsc_sqlite_step_done (stmt, error))
    return FALSE;
  import->tombstones = 1;

  entry = uuid_lookup (&import->uuids, uuid);
  if (entry != NULL)
    {
      entry->state = UUID_GONE;
      entry->id = 0;
    }
  return TRUE;
}

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *updated_at;
  char   *deleted_at;
  char   *association;
} Child;

static void
child_free (gpointer data)
{
  Child *child = data;

  g_free (child->uuid);
  g_free (child->updated_at);
  g_free (child->deleted_at);
  g_free (child->association);
  g_free (child);
}

static gboolean log_local (Import           *import,
                           DscExchangeKind   kind,
                           const char       *uuid,
                           const char       *winning_stamp,
                           GError          **error);

/* The rows of @kind whose @column is @parent_id, all of them or only the live
 * ones. */
static GPtrArray *
children_of (Import           *import,
             DscExchangeKind   kind,
             const char       *column,
             gint64            parent_id,
             gboolean          live_only,
             GError          **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (child_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean has_association = dsc_kind_find_field (dsc_exchange_kind_record (kind), "association") != NULL;
  int rc;

  sql = g_strdup_printf ("SELECT id, uuid, updated_at, deleted_at%s FROM %s WHERE %s = ?%s",
                         has_association ? ", (SELECT uuid FROM association WHERE id = association_id)" : "",
                         dsc_exchange_kind_record (kind)->table, column,
                         live_only ? " AND deleted_at IS NULL" : "");
  stmt = dsc_store_prepare (import->store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      Child *child = g_new0 (Child, 1);

      child->id = sqlite3_column_int64 (stmt, 0);
      child->uuid = dsc_sqlite_column_text (stmt, 1);
      child->updated_at = dsc_sqlite_column_text (stmt, 2);
      child->deleted_at = dsc_sqlite_column_text (stmt, 3);
      if (has_association)
        child->association = dsc_sqlite_column_text (stmt, 4);
      g_ptr_array_add (rows, child);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&rows);
}

/* Deletes a row for good, with what belongs only to it, leaving tombstones
 * (as the 30-day purge does): @deleted_at is the deletion time of rows that
 * were not deleted yet. */
static gboolean
purge (Import           *import,
       DscExchangeKind   kind,
       gint64           id,
       const char       *uuid,
       const char       *deleted_at,
       const char       *association,
       GError          **error)
{
  const char *table = dsc_exchange_kind_record (kind)->table;
  g_autofree char *delete_sql = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      const char *child_table = dsc_exchange_kind_record (children[i].child)->table;
      g_autofree char *sql = NULL;

      if (children[i].parent != kind)
        continue;

      if (children[i].nullable)
        {
          sql = g_strdup_printf ("UPDATE %s SET %s = NULL WHERE %s = ?", child_table,
                                 children[i].column, children[i].column);
          if (!run_generated (import, sql, id, error))
            return FALSE;
          continue;
        }

      {
        g_autoptr(GPtrArray) rows = children_of (import, children[i].child, children[i].column, id, FALSE,
                                                 error);

        if (rows == NULL)
          return FALSE;
        for (guint r = 0; r < rows->len; r++)
          {
            Child *child = g_ptr_array_index (rows, r);

            /* Made after the deletion (somewhere that did not know of it): it
             * goes, but not in silence. */
            if (child->deleted_at == NULL && strcmp (child->updated_at, deleted_at) > 0
                && !log_local (import, children[i].child, child->uuid, deleted_at, error))
              return FALSE;
            if (!purge (import, children[i].child, child->id, child->uuid,
                        child->deleted_at != NULL ? child->deleted_at : deleted_at,
                        child->association, error))
              return FALSE;
            count (import, children[i].child, child->association, COUNT_DELETED);
          }
      }
    }

  for (guint i = 0; i < G_N_ELEMENTS (unlinks); i++)
    if (unlinks[i].kind == kind && !run_with_id (import, unlinks[i].sql, id, error))
      return FALSE;

  delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);
  return index_before_change (import, kind, id, error)
         && run_generated (import, delete_sql, id, error)
         && put_tombstone (import, uuid, kind, deleted_at, error);
}

/* The conflict log ------------------------------------------------------------ */

/* What a person recognises attendance or a certificate by: whose, and of
 * which session or module. */
static char *
place_label (Import           *import,
             const DscXRecord *x)
{
  g_autoptr(DscCachedStatement) stmt = NULL;

  if (x->kind == DSC_EXCHANGE_ATTENDANCE)
    {
      const DscAttendance *attendance = (const DscAttendance *) x->record;

      stmt = prepare (import, "SELECT a.name || ' · ' || s.title || ' (' || s.date || ')'"
                              " FROM association a, session s WHERE a.id = ?1 AND s.id = ?2", NULL);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, attendance->association_id);
      sqlite3_bind_int64 (stmt, 2, attendance->session_id);
    }
  else if (x->kind == DSC_EXCHANGE_CERTIFICATE)
    {
      const DscCertificate *certificate = (const DscCertificate *) x->record;

      stmt = prepare (import, "SELECT a.name || ' · ' || m.title FROM association a, module m"
                              " WHERE a.id = ?1 AND m.id = ?2", NULL);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, certificate->association_id);
      sqlite3_bind_int64 (stmt, 2, certificate->module_id);
    }
  else
    return NULL;

  return sqlite3_step (stmt) == SQLITE_ROW ? dsc_sqlite_column_text (stmt, 0) : NULL;
}

/* @winner names the record when the loser is a deletion. */
static gboolean
log_conflict (Import           *import,
              const DscXRecord *loser,
              const char       *losing_line,
              const DscXRecord *winner,
              const char       *winning_stamp,
              gboolean          file_won,
              GError          **error)
{
  g_autoptr(DscCachedStatement) seen = NULL;
  g_autoptr(DscCachedStatement) add = NULL;
  const DscXRecord *named = loser->record != NULL ? loser : winner;
  g_autofree char *label = NULL;
  DscExchangeKind kind = loser->record != NULL ? loser->kind : (DscExchangeKind) loser->record_kind;
  int rc;

  label = named != NULL && named->record != NULL ? place_label (import, named) : NULL;
  if (label == NULL && named != NULL)
    label = dsc_xrecord_label (named);

  /* The same version lost before (the same file imported again): it is
   * logged already. */
  seen = prepare (import,
                            "SELECT 1 FROM conflict WHERE uuid = ?1 AND losing_json = ?2 AND restored_at IS NULL",
                            error);
  if (seen == NULL)
    return FALSE;
  sqlite3_bind_text (seen, 1, dsc_xrecord_uuid (loser), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (seen, 2, losing_line, -1, SQLITE_TRANSIENT);
  rc = dsc_sqlite_step (seen, error);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return FALSE;

  add = prepare (import,
                           "INSERT INTO conflict (kind, uuid, logged_at, winner, losing_updated_at,"
                           "  winning_updated_at, losing_json, scope, source, label)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (add == NULL)
    return FALSE;
  sqlite3_bind_text (add, 1, dsc_exchange_kind_name (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 2, dsc_xrecord_uuid (loser), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (add, 3, import->now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (add, 4, file_won ? "file" : "database", -1, SQLITE_STATIC);
  sqlite3_bind_text (add, 5, dsc_xrecord_stamp (loser), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (add, 6, winning_stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (add, 7, losing_line, -1, SQLITE_TRANSIENT);
  dsc_sqlite_bind_text (add, 8, import->scope);
  dsc_sqlite_bind_text (add, 9, import->display_name);
  dsc_sqlite_bind_text (add, 10, label);
  if (!dsc_sqlite_step_done (add, error))
    return FALSE;

  count (import, kind, association_of (loser), COUNT_CONFLICT);
  if (import->summary != NULL && import->summary->conflicts->len < DSC_EXCHANGE_MAX_LISTED)
    {
      DscImportConflict *conflict = g_new0 (DscImportConflict, 1);

      conflict->kind = kind;
      conflict->uuid = g_strdup (dsc_xrecord_uuid (loser));
      conflict->label = g_steal_pointer (&label);
      conflict->file_won = file_won;
      conflict->log_id = import->flags & DSC_IMPORT_DRY_RUN ? 0 : sqlite3_last_insert_rowid (import->store->db);
      g_ptr_array_add (import->summary->conflicts, conflict);
    }
  return TRUE;
}

/* The database's version as a line. */
static const char *
local_line (Import      *import,
            DscXRecord  *local,
            GError     **error)
{
  g_string_truncate (import->local_line, 0);
  if (local->record != NULL && !dsc_xrecord_load_extras (import->store, local, error))
    return NULL;
  dsc_xrecord_write (local, import->local_line);
  return import->local_line->str;
}

static const char *
file_line (Import           *import,
           const DscXRecord *x)
{
  g_string_truncate (import->file_line, 0);
  dsc_xrecord_write (x, import->file_line);
  return import->file_line->str;
}

/* Logs the database's version of a record that a deletion from the file
 * takes away. */
static gboolean
log_local (Import           *import,
           DscExchangeKind   kind,
           const char       *uuid,
           const char       *winning_stamp,
           GError          **error)
{
  g_autoptr(DscXRecord) local = load_local (import, kind, uuid, error);
  const char *line;

  if (local == NULL)
    return error == NULL || *error == NULL;
  line = local_line (import, local, error);
  return line != NULL && log_conflict (import, local, line, local, winning_stamp, TRUE, error);
}

/* Was @stamp current here when an export was made? */
static gboolean
was_exported (Import      *import,
              const char  *stamp)
{
  g_autoptr(DscCachedStatement) stmt =
    prepare (import, "SELECT 1 FROM exchange_export WHERE exported_at >= ? LIMIT 1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Unique places ---------------------------------------------------------------- */

/* Attendance (session, association), certificates (association, module) and
 * live assessments (association, date, respondent) have one place each; two
 * installations may each have made a record for the same place. Returns the
 * uuid of another record in @x's place, or %NULL. */
static char *
rival_of (Import      *import,
          DscXRecord  *x,
          GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  switch (x->kind)
    {
    case DSC_EXCHANGE_ATTENDANCE:
      {
        const DscAttendance *attendance = (const DscAttendance *) x->record;

        stmt = prepare (import,
                                  "SELECT uuid FROM attendance WHERE session_id = ?1 AND association_id = ?2"
                                  " AND uuid <> ?3",
                                  error);
        if (stmt == NULL)
          return NULL;
        sqlite3_bind_int64 (stmt, 1, attendance->session_id);
        sqlite3_bind_int64 (stmt, 2, attendance->association_id);
      }
      break;

    case DSC_EXCHANGE_CERTIFICATE:
      {
        const DscCertificate *certificate = (const DscCertificate *) x->record;

        stmt = prepare (import,
                                  "SELECT uuid FROM certificate WHERE association_id = ?1 AND module_id = ?2"
                                  " AND uuid <> ?3",
                                  error);
        if (stmt == NULL)
          return NULL;
        sqlite3_bind_int64 (stmt, 1, certificate->association_id);
        sqlite3_bind_int64 (stmt, 2, certificate->module_id);
      }
      break;

    case DSC_EXCHANGE_ASSESSMENT:
      {
        const DscAssessment *assessment = (const DscAssessment *) x->record;

        if (x->record->deleted_at != NULL)
          return NULL;
        stmt = prepare (import,
                                  "SELECT uuid FROM assessment WHERE association_id = ?1 AND date = ?2"
                                  " AND respondent = ?4 AND uuid <> ?3 AND deleted_at IS NULL",
                                  error);
        if (stmt == NULL)
          return NULL;
        sqlite3_bind_int64 (stmt, 1, assessment->association_id);
        sqlite3_bind_text (stmt, 2, assessment->date, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (stmt, 4, dsc_enum_code (&dsc_enum_respondent, assessment->respondent), -1,
                           SQLITE_STATIC);
      }
      break;

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_MODULE:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_MEETING:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      return NULL;
    }

  sqlite3_bind_text (stmt, 3, x->record->uuid, -1, SQLITE_TRANSIENT);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return dsc_sqlite_column_text (stmt, 0);
  return NULL;
}

/* Settles two records in one place the same way on every installation: a
 * live one beats a deleted one, else the newer (then the higher uuid) stays;
 * the other is deleted for good, stamped with the later of their times so that
 * it stays deleted everywhere, and goes to the conflict log unless it was
 * deleted already. Returns %TRUE in @file_lost when @x lost. */
static gboolean
settle_place (Import      *import,
              DscXRecord  *x,
              DscXRecord  *local,
              gboolean    *file_lost,
              GError     **error)
{
  g_autofree char *rival_uuid = NULL;
  g_autoptr(DscXRecord) rival = NULL;
  GError *local_error = NULL;
  const char *stamp;
  int order;

  *file_lost = FALSE;
  rival_uuid = rival_of (import, x, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (rival_uuid == NULL)
    return TRUE;

  rival = load_local (import, x->kind, rival_uuid, error);
  if (rival == NULL)
    return FALSE;

  if ((x->record->deleted_at == NULL) != (rival->record->deleted_at == NULL))
    order = x->record->deleted_at == NULL ? 1 : -1;
  else
    {
      order = strcmp (x->record->updated_at, rival->record->updated_at);
      if (order == 0)
        order = strcmp (x->record->uuid, rival->record->uuid);
    }
  stamp = strcmp (x->record->updated_at, rival->record->updated_at) > 0 ? x->record->updated_at
                                                                          : rival->record->updated_at;

  if (order > 0)
    {
      if (rival->record->deleted_at == NULL)
        {
          const char *line = local_line (import, rival, error);

          if (line == NULL || !log_conflict (import, rival, line, x, x->record->updated_at, TRUE, error))
            return FALSE;
        }
      if (!purge (import, x->kind, rival->id, rival->record->uuid, stamp, association_of (rival), error))
        return FALSE;
      count (import, x->kind, association_of (rival), COUNT_DELETED);
      return TRUE;
    }

  *file_lost = TRUE;
  if (x->record->deleted_at == NULL
      && !log_conflict (import, x, file_line (import, x), rival, rival->record->updated_at, FALSE, error))
    return FALSE;
  if (local != NULL && !purge (import, x->kind, local->id, local->record->uuid, stamp,
                               association_of (local), error))
    return FALSE;
  if (!put_tombstone (import, x->record->uuid, x->kind, stamp, error))
    return FALSE;
  count (import, x->kind, association_of (x), local != NULL ? COUNT_DELETED : COUNT_UNCHANGED);
  return TRUE;
}

/* Merging ---------------------------------------------------------------------- */

static void
mark (Import          *import,
      const char      *uuid,
      UuidState        state,
      gint64           id)
{
  UuidEntry *entry = uuid_lookup (&import->uuids, uuid);

  if (entry != NULL)
    {
      entry->state = state;
      entry->id = id;
    }
}

static char *
tombstone_time (Import      *import,
                const char  *uuid)
{
  g_autoptr(DscCachedStatement) stmt = NULL;

  /* Most databases have no tombstone at all: no need to look for one. */
  if (import->tombstones < 0)
    import->tombstones = dsc_sqlite_query_int (import->store->db, "SELECT EXISTS (SELECT 1 FROM tombstone)", NULL);
  if (import->tombstones == 0)
    return NULL;

  stmt = prepare (import, "SELECT deleted_at FROM tombstone WHERE uuid = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? dsc_sqlite_column_text (stmt, 0) : NULL;
}

/* Deletions and what belongs to the deleted record ------------------------------ */

/* When a record that @x cannot be without (its association, session, module
 * or meeting) is deleted here, but not for good: the earliest such deletion
 * time, else %NULL. @x's references are resolved. */
static char *
parent_deletion (Import            *import,
                 const DscXRecord  *x,
                 GError           **error)
{
  const DscKind *kind = x->record->kind;
  char *earliest = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const DscField *field = &kind->fields[i];
      g_autoptr(DscCachedStatement) stmt = NULL;
      gint64 id;
      int rc;

      if (field->type != DSC_FIELD_REF || !field->required || (id = dsc_record_get_ref (x->record, field)) <= 0)
        continue;
      stmt = prepare (import, deleted_at_sql (kind_of_table (field->ref_table)), error);
      if (stmt == NULL)
        break;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = dsc_sqlite_step (stmt, error);
      if (rc != SQLITE_ROW)
        {
          if (rc != SQLITE_DONE)
            break;
          continue;
        }
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL
          && (earliest == NULL || strcmp ((const char *) sqlite3_column_text (stmt, 0), earliest) < 0))
        {
          g_free (earliest);
          earliest = dsc_sqlite_column_text (stmt, 0);
        }
    }

  if (error != NULL && *error != NULL)
    g_clear_pointer (&earliest, g_free);
  return earliest;
}

/* A live version of a record whose parent is deleted here becomes deleted
 * with it, as if it had been there when the parent was deleted: stamped with
 * that deletion, so that undoing it brings the record back. A version made
 * after the deletion (where the deletion was not known yet) keeps its time
 * and goes to the conflict log, unless the database holds a newer one. */
static gboolean
follow_parent (Import            *import,
               DscXRecord        *x,
               const DscXRecord  *local,
               const char        *parent_deleted_at,
               GError           **error)
{
  int order = strcmp (x->record->updated_at, parent_deleted_at);

  if (order > 0 && (local == NULL || strcmp (x->record->updated_at, local->record->updated_at) >= 0)
      && !log_conflict (import, x, file_line (import, x), x, parent_deleted_at, FALSE, error))
    return FALSE;

  x->record->deleted_at = g_strdup (parent_deleted_at);
  if (order < 0)
    {
      /* A new version, made on the file's one (as a deletion made here is). */
      g_free (x->based_on);
      x->based_on = g_steal_pointer (&x->record->updated_at);
      x->record->updated_at = g_strdup (parent_deleted_at);
    }
  return TRUE;
}

/* A record that the file deleted takes with it what belongs only to it, as a
 * deletion made here does (dsc_store_delete_association(),
 * dsc_store_delete_record()), stamped with its deletion time so that undoing
 * it brings them back. A version made after that deletion keeps its time and
 * goes to the conflict log first. */
static gboolean
delete_children (Import           *import,
                 DscExchangeKind   kind,
                 gint64           id,
                 const char       *deleted_at,
                 GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      DscExchangeKind child_kind = children[i].child;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *sql = NULL;

      if (children[i].parent != kind || children[i].nullable)
        continue;

      rows = children_of (import, child_kind, children[i].column, id, TRUE, error);
      if (rows == NULL)
        return FALSE;
      sql = g_strdup_printf ("UPDATE %s SET deleted_at = ?2, updated_at = max (updated_at, ?2) WHERE id = ?1",
                             dsc_exchange_kind_record (child_kind)->table);

      for (guint r = 0; r < rows->len; r++)
        {
          Child *child = g_ptr_array_index (rows, r);
          g_autoptr(DscCachedStatement) stmt = NULL;

          if (strcmp (child->updated_at, deleted_at) > 0
              && !log_local (import, child_kind, child->uuid, deleted_at, error))
            return FALSE;
          if (!index_before_change (import, child_kind, child->id, error))
            return FALSE;
          stmt = dsc_store_prepare (import->store, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, child->id);
          sqlite3_bind_text (stmt, 2, deleted_at, -1, SQLITE_TRANSIENT);
          if (!dsc_sqlite_step_done (stmt, error))
            return FALSE;
          count (import, child_kind, child->association, COUNT_DELETED);
          if (import->cascaded == NULL)
            import->cascaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (import->cascaded, g_steal_pointer (&child->uuid));
          if (!delete_children (import, child_kind, child->id, deleted_at, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Counts a record line, unless it was counted when its parent's deletion took
 * it away. */
static void
count_line (Import           *import,
            const DscXRecord *x,
            CountWhat         what)
{
  if (import->cascaded != NULL && g_hash_table_remove (import->cascaded, x->record->uuid))
    return;
  count (import, x->kind, association_of (x), what);
}

/* Writes the file's version, having settled its place; counts it. */
static gboolean
take_file_version (Import      *import,
                   DscXRecord  *x,
                   DscXRecord  *local,
                   CountWhat    what,
                   GError     **error)
{
  gboolean file_lost;

  if (!settle_place (import, x, local, &file_lost, error))
    return FALSE;
  if (file_lost)
    return TRUE;

  if (!write_version (import, x, local != NULL ? local->id : 0, error))
    return FALSE;
  mark (import, x->record->uuid, UUID_WRITTEN, x->id);
  count_line (import, x, what);

  /* Deleted by the file: what belongs to it goes too. */
  if (x->record->deleted_at != NULL && local != NULL && local->record->deleted_at == NULL)
    return delete_children (import, x->kind, x->id, x->record->deleted_at, error);
  return TRUE;
}

/* A uuid new to the records of @kind must not be one the database holds under
 * another kind (every later export would then hold it twice). Returns %FALSE
 * with a problem of @x when it is, or on @error. */
static gboolean
uuid_is_free (Import            *import,
              const DscXRecord  *x,
              DscExchangeKind    kind,
              GError           **error)
{
  g_autoptr(DscCachedStatement) stmt = prepare (import, other_kind_sql (kind), error);
  const char *uuid = dsc_xrecord_uuid (x);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc == SQLITE_ROW)
    {
      record_problem (import, x, _("uuid: this database already holds %s as a record of kind “%s”"),
                      uuid, (const char *) sqlite3_column_text (stmt, 0));
      mark (import, uuid, UUID_INVALID, 0);
    }
  return FALSE;
}

/* Two versions of a framework version: a published one beats a draft (which
 * cannot have been used, and may be older only because it was published
 * elsewhere first); between two published ones, or two drafts, the larger
 * scale wins, so that no assessment on either side falls outside it (the
 * program never shrinks a scale: only another program or a hand edit can).
 * Returns > 0 when @x wins, < 0 when @local does, 0 when the times decide. */
static int
version_order (const DscXRecord *x,
               const DscXRecord *local)
{
  const DscFrameworkVersionRecord *mine, *theirs;

  if (x->kind != DSC_EXCHANGE_FRAMEWORK_VERSION)
    return 0;
  theirs = (const DscFrameworkVersionRecord *) x->record;
  mine = (const DscFrameworkVersionRecord *) local->record;
  if (theirs->published != mine->published)
    return theirs->published ? 1 : -1;
  if (theirs->scale_levels != mine->scale_levels)
    return theirs->scale_levels > mine->scale_levels ? 1 : -1;
  return 0;
}

/* Two versions of which neither shows: whichever wins, nobody loses sight of
 * anything. */
static gboolean
both_deleted (const DscXRecord *x,
              const DscXRecord *local)
{
  return x->record->deleted_at != NULL && local->record->deleted_at != NULL;
}

/* A record line against the database's version of it. */
static gboolean
merge_record (Import      *import,
              DscXRecord  *x,
              GError     **error)
{
  g_autoptr(DscXRecord) local = NULL;
  GError *local_error = NULL;
  const char *uuid = x->record->uuid;
  gboolean file_wins;
  int order;

  local = load_version_of_line (import, x->kind, uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (local == NULL && !uuid_is_free (import, x, x->kind, error))
    return error == NULL || *error == NULL;

  if (x->record->deleted_at == NULL)
    {
      g_autofree char *parent_deleted_at = parent_deletion (import, x, error);

      if (error != NULL && *error != NULL)
        return FALSE;
      if (parent_deleted_at != NULL && !follow_parent (import, x, local, parent_deleted_at, error))
        return FALSE;
    }

  if (local == NULL)
    {
      g_autofree char *deleted_at = tombstone_time (import, uuid);
      g_autoptr(DscXRecord) tombstone = NULL;

      if (deleted_at == NULL)
        return take_file_version (import, x, NULL, COUNT_ADDED, error);

      /* Deleted for good here: the deletion beats versions made before it. */
      if (strcmp (x->record->updated_at, deleted_at) <= 0)
        {
          mark (import, uuid, UUID_GONE, 0);
          count (import, x->kind, association_of (x), COUNT_UNCHANGED);
          return TRUE;
        }

      /* An edit made after the deletion brings the record back; the deletion
       * that lost is logged. */
      tombstone = dsc_xrecord_new (DSC_EXCHANGE_TOMBSTONE);
      tombstone->uuid = g_strdup (uuid);
      tombstone->record_kind = x->kind;
      tombstone->deleted_at = g_steal_pointer (&deleted_at);
      if (!log_conflict (import, tombstone, local_line (import, tombstone, error), x,
                         x->record->updated_at, TRUE, error))
        return FALSE;
      {
        g_autoptr(DscCachedStatement) stmt =
          prepare (import, "DELETE FROM tombstone WHERE uuid = ?", error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
        if (!dsc_sqlite_step_done (stmt, error))
          return FALSE;
      }
      return take_file_version (import, x, NULL, COUNT_ADDED, error);
    }

  order = version_order (x, local);
  if (order == 0)
    order = strcmp (x->record->updated_at, local->record->updated_at);
  if (order == 0)
    {
      const char *mine = local_line (import, local, error);

      if (mine == NULL)
        return FALSE;
      order = strcmp (file_line (import, x), mine);
      if (order == 0)
        {
          mark (import, uuid, UUID_WRITTEN, local->id);
          count_line (import, x, COUNT_UNCHANGED);
          return TRUE;
        }
    }
  file_wins = order > 0;

  if (file_wins)
    {
      /* Ours is logged unless the file's version was built on it, or ours is
       * the record as it was first made, or ours came from a file untouched
       * (then it is someone else's version, and theirs to miss). */
      gboolean superseded = g_strcmp0 (local->record->updated_at, x->based_on) == 0
                            || g_strcmp0 (local->record->updated_at, local->record->created_at) == 0
                            || local->imported
                            || both_deleted (x, local);

      if (!superseded)
        {
          const char *mine = local_line (import, local, error);

          if (mine == NULL || !log_conflict (import, local, mine, x, x->record->updated_at, TRUE, error))
            return FALSE;
        }
      return take_file_version (import, x, local,
                                x->record->deleted_at != NULL && local->record->deleted_at == NULL
                                ? COUNT_DELETED : COUNT_UPDATED,
                                error);
    }

  /* Ours stays. The file's version is logged unless ours was built on it
   * (exactly that version: an older one may be an edit made elsewhere that
   * ours never saw), or it is the record as first made, or both are deleted. */
  mark (import, uuid, UUID_WRITTEN, local->id);
  if (g_strcmp0 (x->record->updated_at, local->based_on) != 0
      && g_strcmp0 (x->record->updated_at, x->record->created_at) != 0
      && !both_deleted (x, local))
    {
      if (!log_conflict (import, x, file_line (import, x), local, local->record->updated_at, FALSE, error))
        return FALSE;
    }
  count_line (import, x, COUNT_UNCHANGED);
  return TRUE;
}

/* A tombstone line against the database. */
static gboolean
merge_tombstone (Import      *import,
                 DscXRecord  *x,
                 GError     **error)
{
  g_autoptr(DscXRecord) local = NULL;
  g_autofree char *deleted_at = NULL;
  GError *local_error = NULL;

  local = load_version_of_line (import, x->record_kind, x->uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (local == NULL && !uuid_is_free (import, x, x->record_kind, error))
    return error == NULL || *error == NULL;

  if (local != NULL)
    {
      const char *association = association_of (local);

      if (strcmp (local->record->updated_at, x->deleted_at) > 0)
        {
          /* Edited after the deletion: the record stays, the deletion is logged. */
          if (!log_conflict (import, x, file_line (import, x), local, local->record->updated_at, FALSE, error))
            return FALSE;
          count (import, x->record_kind, association, COUNT_UNCHANGED);
          return TRUE;
        }

      /* Ours is logged when it was work of this installation that nobody saw. */
      if (!local->imported && g_strcmp0 (local->record->updated_at, local->record->created_at) != 0
          && !was_exported (import, local->record->updated_at))
        {
          const char *mine = local_line (import, local, error);

          if (mine == NULL || !log_conflict (import, local, mine, x, x->deleted_at, TRUE, error))
            return FALSE;
        }
      if (!purge (import, x->record_kind, local->id, x->uuid, x->deleted_at, association, error))
        return FALSE;
      count (import, x->record_kind, association, COUNT_DELETED);
      return TRUE;
    }

  deleted_at = tombstone_time (import, x->uuid);
  if (deleted_at != NULL && strcmp (deleted_at, x->deleted_at) >= 0)
    {
      count (import, DSC_EXCHANGE_TOMBSTONE, NULL, COUNT_UNCHANGED);
      return TRUE;
    }
  if (!put_tombstone (import, x->uuid, x->record_kind, x->deleted_at, error))
    return FALSE;
  count (import, DSC_EXCHANGE_TOMBSTONE, NULL, deleted_at != NULL ? COUNT_UPDATED : COUNT_ADDED);
  return TRUE;
}

/* The domains of the framework versions written so far, once their domain
 * lines are in. */
static gboolean
write_pending_versions (Import  *import,
                        GError **error)
{
  for (guint v = 0; v < import->pending_versions->len; v++)
    {
      DscXRecord *x = g_ptr_array_index (import->pending_versions, v);

      if (!run_with_id (import, "DELETE FROM version_domain WHERE version_id = ?", x->id, error))
        return FALSE;

      for (guint i = 0; i < x->version_domains->len; i++)
        {
          DscXVersionDomain *domain = g_ptr_array_index (x->version_domains, i);
          g_autofree char *path = g_strdup_printf ("domains[%u].domain", domain->index);
          g_autoptr(DscCachedStatement) add = NULL;
          g_autoptr(GString) descriptors = g_string_new (NULL);
          gboolean gone;

          if (!check_reference (import, x, path, DSC_EXCHANGE_DOMAIN, domain->domain, &domain->domain_id,
                                &gone, error) || gone)
            {
              if (error != NULL && *error != NULL)
                return FALSE;
              continue;
            }

          append_strings_json (descriptors, domain->descriptors);
          add = prepare (import,
                                   "INSERT INTO version_domain (version_id, domain_id, position, name,"
                                   "  description, descriptors, retired) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   error);
          if (add == NULL)
            return FALSE;
          sqlite3_bind_int64 (add, 1, x->id);
          sqlite3_bind_int64 (add, 2, domain->domain_id);
          sqlite3_bind_int (add, 3, domain->position);
          sqlite3_bind_text (add, 4, domain->name != NULL ? domain->name : "", -1, SQLITE_TRANSIENT);
          dsc_sqlite_bind_text (add, 5, domain->description);
          sqlite3_bind_text (add, 6, descriptors->str, (int) descriptors->len, SQLITE_TRANSIENT);
          sqlite3_bind_int (add, 7, domain->retired ? 1 : 0);
          if (!dsc_sqlite_step_done (add, error))
            return FALSE;
        }
    }

  g_ptr_array_set_size (import->pending_versions, 0);
  return TRUE;
}

/* A time later than the importing computer's clock (more than a day later,
 * for time zones and clocks a little off) would win every merge for ever:
 * it is refused. Returns %FALSE with a problem of @x. */
static gboolean
times_are_past (Import           *import,
                const DscXRecord *x)
{
  const char *names[] = { "created_at", "updated_at", "deleted_at", "based_on" };
  const char *times[G_N_ELEMENTS (names)] = { NULL };
  gboolean past = TRUE;

  if (x->record != NULL)
    {
      times[0] = x->record->created_at;
      times[1] = x->record->updated_at;
      times[2] = x->record->deleted_at;
      times[3] = x->based_on;
    }
  else
    times[2] = x->deleted_at;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (times[i] != NULL && strcmp (times[i], import->latest) > 0)
      {
        record_problem (import, x, _("%s: %s is later than today: check the date and time of the computer that made the file"),
                        names[i], times[i]);
        past = FALSE;
      }
  return past;
}

/* One record or tombstone, checked and merged. */
static gboolean
import_record (Import      *import,
               DscXRecord  *x_owned,
               GError     **error)
{
  g_autoptr(DscXRecord) x = x_owned;
  g_autofree char *parent_gone = NULL;
  g_autofree char *association = NULL;

  if (x->kind > DSC_EXCHANGE_DOMAIN && import->pending_versions->len > 0
      && !write_pending_versions (import, error))
    return FALSE;

  if (!times_are_past (import, x))
    {
      mark (import, dsc_xrecord_uuid (x), UUID_INVALID, 0);
      return TRUE;
    }

  if (x->kind == DSC_EXCHANGE_TOMBSTONE)
    return merge_tombstone (import, x, error);

  association = g_strdup (association_of (x));

  if (!resolve_record (import, x, &parent_gone, error))
    {
      mark (import, x->record->uuid, UUID_INVALID, 0);
      return error == NULL || *error == NULL;
    }

  /* What it belongs to was deleted for good here: it goes too. */
  if (parent_gone != NULL)
    {
      g_autofree char *parent_deleted_at = tombstone_time (import, parent_gone);
      g_autoptr(DscXRecord) local = load_version_of_line (import, x->kind, x->record->uuid, error);
      const char *deleted_at = x->record->deleted_at != NULL ? x->record->deleted_at
                               : parent_deleted_at != NULL ? parent_deleted_at : x->record->updated_at;

      if (error != NULL && *error != NULL)
        return FALSE;
      if (local == NULL && !uuid_is_free (import, x, x->kind, error))
        return error == NULL || *error == NULL;
      /* A version made after that deletion goes, but to the conflict log. */
      if (x->record->deleted_at == NULL && parent_deleted_at != NULL
          && strcmp (x->record->updated_at, parent_deleted_at) > 0)
        {
          g_autofree char *own = tombstone_time (import, x->record->uuid);

          if ((own == NULL || strcmp (own, x->record->updated_at) < 0)
              && !log_conflict (import, x, file_line (import, x), x, parent_deleted_at, FALSE, error))
            return FALSE;
        }
      if (local != NULL && !purge (import, x->kind, local->id, x->record->uuid, deleted_at,
                                   association_of (local), error))
        return FALSE;
      if (!put_tombstone (import, x->record->uuid, x->kind, deleted_at, error))
        return FALSE;
      mark (import, x->record->uuid, UUID_GONE, 0);
      count (import, x->kind, association, local != NULL ? COUNT_DELETED : COUNT_UNCHANGED);
      return TRUE;
    }

  import->version_written = FALSE;
  if (!merge_record (import, x, error))
    return FALSE;

  /* A framework version written waits for its domains' lines. */
  if (import->version_written)
    g_ptr_array_add (import->pending_versions, g_steal_pointer (&x));
  return TRUE;
}

/* Header and trailer ---------------------------------------------------------- */

/* Returns %FALSE when the file cannot be an exchange file this program reads. */
static gboolean
read_header (Import      *import,
             JsonObject  *object,
             GError     **error)
{
  static const char * const names[] = { "format", "version", "exported_at", "generator", "scope", NULL };
  g_autoptr(GList) members = json_object_get_members (object);
  JsonNode *node = json_object_get_member (object, "format");
  const char *text;

  if (node == NULL || json_object_has_member (object, "kind"))
    {
      add_problem (import, 1, "%s", _("the file does not start with the header of a Discorsi exchange file"));
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || !g_str_equal (json_node_get_string (node), DSC_EXCHANGE_FORMAT))
    {
      add_problem (import, 1, _("format: the file is not a Discorsi exchange file (its format is not “%s”)"),
                   DSC_EXCHANGE_FORMAT);
      return FALSE;
    }

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) < 1)
    {
      add_problem (import, 1, "%s", _("version: must be a whole number, 1 or more"));
      return FALSE;
    }
  if (json_node_get_int (node) > DSC_EXCHANGE_VERSION)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Discorsi (exchange format %d); install that version to import it."),
                   import->display_name, (int) json_node_get_int (node));
      return FALSE;
    }

  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; names[i] != NULL; i++)
        known = known || g_str_equal (names[i], l->data);
      if (!known)
        add_problem (import, 1, _("%s: is not a field of the header; remove it"), (const char *) l->data);
    }

  node = json_object_get_member (object, "exported_at");
  text = node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
  if (!dsc_exchange_is_timestamp (text))
    add_problem (import, 1, "%s", _("exported_at: must be a time written as 2026-11-26T10:15:00.123Z"));
  else if (import->summary != NULL)
    import->summary->exported_at = g_strdup (text);

  node = json_object_get_member (object, "generator");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    add_problem (import, 1, "%s", _("generator: must be text naming the program that made the file"));
  else if (import->summary != NULL)
    import->summary->generator = g_strdup (json_node_get_string (node));

  node = json_object_get_member (object, "scope");
  text = node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
  if (text == NULL || (!g_str_equal (text, "all") && !dsc_exchange_is_uuid (text)))
    add_problem (import, 1, "%s", _("scope: must be “all” or the uuid of an association"));
  else
    {
      if (import->summary != NULL)
        import->summary->scope = g_strdup (text);
      if (!g_str_equal (text, "all"))
        import->scope = g_strdup (text);
    }

  return TRUE;
}

static void
read_trailer (Import     *import,
              JsonObject *object,
              guint64     records)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JsonNode *node = json_object_get_member (object, "records");

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "kind") && !g_str_equal (l->data, "records"))
      add_problem (import, import->line, _("%s: is not a field of the end line; remove it"),
                   (const char *) l->data);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      add_problem (import, import->line, "%s", _("records: the end line must give the number of records, as a whole number"));
      return;
    }
  if ((guint64) json_node_get_int (node) != records || json_node_get_int (node) < 0)
    {
      g_autofree char *counted = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      g_autofree char *held = g_strdup_printf ("%" G_GUINT64_FORMAT, records);

      add_problem (import, import->line, _("records: the end line counts %s records, but the file holds %s: lines are missing or were added"),
                   counted, held);
    }
}

/* One line after the header. Returns %FALSE on an error that stops the import. */
static gboolean
read_record_line (Import      *import,
                  JsonObject  *object,
                  guint64     *records,
                  gboolean    *ended,
                  GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DscXRecord) x = NULL;
  JsonNode *node = json_object_get_member (object, "kind");
  const char *name;
  const char *uuid;
  int kind;
  UuidEntry *entry;
  guint64 hi, lo;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      add_problem (import, import->line, "%s", _("kind: is missing or not text, and every line but the first has one"));
      return TRUE;
    }
  name = json_node_get_string (node);

  if (g_str_equal (name, "end"))
    {
      *ended = TRUE;
      read_trailer (import, object, *records);
      return TRUE;
    }

  kind = dsc_exchange_kind_from_name (name);
  if (kind < 0)
    {
      add_problem (import, import->line, _("kind: “%s” is not a kind of line of an exchange file"), name);
      return TRUE;
    }
  (*records)++;

  x = dsc_xrecord_from_json (object, kind, problems);
  x->line = import->line;
  uuid = dsc_xrecord_uuid (x);

  for (guint i = 0; i < problems->len; i++)
    record_problem (import, x, "%s", (const char *) g_ptr_array_index (problems, i));

  if (kind < import->last_kind)
    record_problem (import, x, _("kind: a line of kind “%s” comes after lines of kind “%s”, out of the fixed order of an exchange file"),
                    name, dsc_exchange_kind_name (import->last_kind));
  else if (kind > import->last_kind)
    {
      import->last_kind = kind;
      g_clear_pointer (&import->last_uuid, g_free);
    }

  if (uuid != NULL && uuid_pack (uuid, &hi, &lo))
    {
      gsize before = import->uuids.count;

      entry = uuid_set_find (&import->uuids, hi, lo, TRUE);
      if (import->uuids.count == before)
        {
          record_problem (import, x, _("uuid: line %u has the same uuid; every record has its own"), entry->line);
          return TRUE;
        }
      entry->kind = (guint8) (kind == DSC_EXCHANGE_TOMBSTONE && x->record_kind >= 0 ? x->record_kind : kind);
      entry->line = import->line;
      entry->state = UUID_INVALID;

      if (kind == import->last_kind && import->last_uuid != NULL && strcmp (uuid, import->last_uuid) < 0)
        record_problem (import, x, _("uuid: the lines of one kind are sorted by uuid, but this uuid sorts before %s, the uuid of a line above it"),
                        import->last_uuid);
      if (kind == import->last_kind)
        {
          g_free (import->last_uuid);
          import->last_uuid = g_strdup (uuid);
        }
    }

  if (problems->len > 0 || uuid == NULL
      || (kind == DSC_EXCHANGE_TOMBSTONE && (x->record_kind < 0 || x->deleted_at == NULL)))
    return TRUE;

  return import_record (import, g_steal_pointer (&x), error);
}

/* A line that is not JSON still names its uuid, most likely: the records that
 * refer to it then get no problem of their own (it has one already). */
static void
note_unreadable (Import     *import,
                 const char *line)
{
  const char *at_uuid = strstr (line, "\"uuid\":\"");
  char uuid[37];
  guint64 hi, lo;
  UuidEntry *entry;

  if (at_uuid == NULL || strlen (at_uuid + 8) < 36)
    return;
  memcpy (uuid, at_uuid + 8, 36);
  uuid[36] = '\0';
  if (!uuid_pack (uuid, &hi, &lo))
    return;

  entry = uuid_set_find (&import->uuids, hi, lo, TRUE);
  if (entry->line == 0)
    {
      const char *at_kind = strstr (line, "\"kind\":\"");
      int kind = -1;

      if (at_kind != NULL)
        {
          g_autofree char *name = g_strndup (at_kind + 8, strcspn (at_kind + 8, "\""));
          kind = dsc_exchange_kind_from_name (name);
        }
      entry->line = import->line;
      entry->kind = kind >= 0 ? (guint8) kind : 0;
      entry->state = UUID_INVALID;
    }
}

/* Links of meetings follow their participants' deletion (and its undoing). */
static gboolean
normalize_links (Import  *import,
                 GError **error)
{
  return dsc_sqlite_exec (import->store->db,
                          "UPDATE meeting_association SET deleted_at ="
                          "  (SELECT deleted_at FROM association a WHERE a.id = association_id)"
                          " WHERE deleted_at IS NOT (SELECT deleted_at FROM association a WHERE a.id = association_id);"
                          "UPDATE meeting_service SET deleted_at ="
                          "  (SELECT deleted_at FROM service s WHERE s.id = service_id)"
                          " WHERE deleted_at IS NOT (SELECT deleted_at FROM service s WHERE s.id = service_id);",
                          error);
}

/* An association of the summary with its name's collation key, made once
 * rather than at every comparison of the sort. */
typedef struct
{
  char                 *key;
  DscImportAssociation *entry;
} SortedAssociation;

static int
compare_associations (gconstpointer a,
                      gconstpointer b)
{
  const SortedAssociation *x = a;
  const SortedAssociation *y = b;
  int order;

  if ((x->entry->uuid == NULL) != (y->entry->uuid == NULL))
    return x->entry->uuid == NULL ? 1 : -1;
  order = strcmp (x->key, y->key);
  return order != 0 ? order : g_strcmp0 (x->entry->uuid, y->entry->uuid);
}

static void
association_free (gpointer data)
{
  DscImportAssociation *entry = data;

  g_free (entry->uuid);
  g_free (entry->name);
  g_free (entry);
}

static void
conflict_entry_free (gpointer data)
{
  DscImportConflict *conflict = data;

  g_free (conflict->uuid);
  g_free (conflict->label);
  g_free (conflict);
}

static void
finish_summary (Import *import)
{
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortedAssociation),
                                                g_hash_table_size (import->by_association));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, import->by_association);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      DscImportAssociation *entry = value;

      if (entry->uuid != NULL)
        {
          g_autoptr(DscCachedStatement) stmt =
            dsc_store_prepare (import->store, "SELECT name FROM association WHERE uuid = ?", NULL);

          if (stmt != NULL)
            {
              sqlite3_bind_text (stmt, 1, entry->uuid, -1, SQLITE_TRANSIENT);
              if (sqlite3_step (stmt) == SQLITE_ROW)
                entry->name = dsc_sqlite_column_text (stmt, 0);
            }
        }
      g_hash_table_iter_steal (&iter);
      g_free (key);
      {
        SortedAssociation item = { g_utf8_collate_key (entry->name != NULL ? entry->name : "", -1), entry };

        g_array_append_val (sorted, item);
      }
    }

  /* By name as the user's language sorts them (g_utf8_collate()), those of no
   * association last. */
  g_array_sort (sorted, compare_associations);
  for (guint i = 0; i < sorted->len; i++)
    {
      SortedAssociation *item = &g_array_index (sorted, SortedAssociation, i);

      g_ptr_array_add (import->summary->by_association, item->entry);
      g_free (item->key);
    }
}

static void
import_clear (Import *import)
{
  g_free (import->display_name);
  g_clear_pointer (&import->problems, g_ptr_array_unref);
  g_clear_pointer (&import->summary, dsc_import_summary_free);
  g_clear_pointer (&import->by_association, g_hash_table_unref);
  g_free (import->uuids.slots);
  g_clear_pointer (&import->database_refs, g_hash_table_unref);
  g_clear_pointer (&import->scales, g_hash_table_unref);
  g_clear_pointer (&import->pending_versions, g_ptr_array_unref);
  g_clear_pointer (&import->statements, g_hash_table_unref);
  g_clear_pointer (&import->cascaded, g_hash_table_unref);
  g_free (import->missing);
  g_free (import->scope);
  if (import->file_line != NULL)
    g_string_free (import->file_line, TRUE);
  if (import->local_line != NULL)
    g_string_free (import->local_line, TRUE);
  g_free (import->now);
  g_free (import->latest);
  g_free (import->last_uuid);
  for (guint i = 0; i < G_N_ELEMENTS (deferred_indexes); i++)
    {
      g_free (import->index_triggers[i]);
      g_clear_pointer (&import->unindexed[i], g_array_unref);
      g_clear_pointer (&import->unindexed_set[i], g_hash_table_unref);
    }
}

static void
import_init (Import   *import,
             DscStore *store)
{
  memset (import, 0, sizeof *import);
  import->store = store;
  import->problems = g_ptr_array_new_with_free_func (g_free);
  import->by_association = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, association_free);
  import->database_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import->scales = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  import->pending_versions = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_xrecord_free);
  import->statements = g_hash_table_new (g_direct_hash, g_direct_equal);
  import->file_line = g_string_sized_new (4096);
  import->local_line = g_string_sized_new (4096);
  import->now = dsc_clock_timestamp ();
  {
    g_autoptr(GDateTime) now = dsc_clock_now ();
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

    import->latest = dsc_clock_format_timestamp (tomorrow);
  }
  import->last_kind = 0;
  import->tombstones = -1;
}

/* Reads the whole file, checking and merging. Returns %FALSE on an error that
 * is not a problem of the file (I/O, database, cancellation). */
static gboolean
read_file (Import        *import,
           GInputStream  *input,
           guint64        size,
           GError       **error)
{
  g_autoptr(GString) line = g_string_sized_new (65536);
  g_autofree guint8 *buffer = g_malloc (READ_SIZE);
  LineReader reader = { input, buffer, 0, 0, FALSE, 0 };
  guint64 records = 0;
  guint64 reported = 0;
  gboolean header = FALSE;
  gboolean ended = FALSE;
  gboolean stopped = FALSE;

  for (;;)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *scan_problem = NULL;
      gboolean too_long;
      int got;

      if (g_cancellable_set_error_if_cancelled (import->cancellable, error))
        return FALSE;

      got = read_line (&reader, line, &too_long, import->cancellable, error);
      if (got < 0)
        return FALSE;
      if (got == 0)
        break;
      import->line++;

      if (import->progress != NULL && reader.consumed - reported >= PROGRESS_EVERY)
        {
          reported = reader.consumed;
          import->progress (reported, size, import->user_data);
        }

      if (ended)
        {
          add_problem (import, import->line, "%s", _("the file goes on after its end line: it was damaged or two files were joined"));
          break;
        }

      if (too_long)
        {
          add_problem (import, import->line, _("the line is longer than %d MiB, more than any record can be"),
                       DSC_EXCHANGE_MAX_LINE / (1024 * 1024));
          if (!header)
            break;
          continue;
        }

      /* A byte order mark, which some editors put before UTF-8 text when they
       * save it, is not part of the header. */
      if (import->line == 1 && line->len >= 3 && memcmp (line->str, "\xef\xbb\xbf", 3) == 0)
        g_string_erase (line, 0, 3);

      /* The strict scanner reads the line into json-glib nodes as it checks it. */
      root = dsc_exchange_parse_line (line->str, line->len, &scan_problem);
      if (root == NULL)
        {
          add_problem (import, import->line, "%s", scan_problem);
          if (!header || too_many_problems (import))
            {
              stopped = TRUE;
              break;
            }
          if (!ended)
            {
              records++;
              note_unreadable (import, line->str);
            }
          continue;
        }

      if (!header)
        {
          header = TRUE;
          if (!read_header (import, json_node_get_object (root), error))
            {
              stopped = TRUE;
              break;
            }
          continue;
        }

      if (!read_record_line (import, json_node_get_object (root), &records, &ended, error))
        return FALSE;
      if (too_many_problems (import))
        {
          stopped = TRUE;
          break;
        }
    }

  if (error != NULL && *error != NULL)
    return FALSE;

  if (import->line == 0)
    add_problem (import, 1, "%s", _("the file is empty, and an exchange file holds at least a header line and an end line"));
  else if (!ended && !stopped)
    add_problem (import, import->line, "%s", _("the file ends here without its end line: it was cut short"));

  if (import->summary != NULL)
    import->summary->records = records;
  if (import->progress != NULL)
    import->progress (reader.consumed, size, import->user_data);
  return TRUE;
}

static void
restore_cache_size (DscStore *store,
                    gint64    pages)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, pages);

  if (pages != -1)
    dsc_sqlite_exec (store->db, sql, NULL);
}

static void
set_problems_error (Import  *import,
                    GError **error)
{
  const char *first = g_ptr_array_index (import->problems, 0);
  guint more = import->problems->len - 1;

  if (more == 0)
    g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                 _("Nothing was imported from “%s”: %s; ask whoever made the file for a new export."),
                 import->display_name, first);
  else
    g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "Nothing was imported from “%s”: %s (and %u more problem); ask whoever made the file for a new export.",
                              "Nothing was imported from “%s”: %s (and %u more problems); ask whoever made the file for a new export.",
                              more),
                 import->display_name, first, more);
}

/**
 * dsc_exchange_import:
 * @store: a store on a connection of its own (the import holds the write lock
 *   while it runs; edits on other connections wait on the busy timeout)
 * @file: an exchange file
 * @flags: a dry run, or a real import; with or without a backup first
 * @progress: (nullable) (scope call): told of bytes read, out of the file's size
 * @user_data: data for @progress
 * @cancellable: (nullable): cancels the import: nothing is written
 * @problems: (out) (optional) (transfer full) (element-type utf8): when the file
 *   has problems, the first %DSC_EXCHANGE_MAX_PROBLEMS of them, each naming its
 *   line and field: `line 412: assessment 5f0c1a2b…: scores[3].level: 7 is
 *   outside the scale 1–4`
 * @error: return location for a #GError
 *
 * Checks every line of @file and merges its records into the database in one
 * transaction (DESIGN.md "Exchange files"). A file with any problem, a file cut
 * short, a cancelled import and a dry run write nothing; once the whole file is
 * checked and merged, and before the merge is committed, the database as it was
 * is backed up (dsc_store_backup_committed()), unless nothing changed. The file
 * is read once, line by line.
 *
 * Returns: (transfer full) (nullable): what the import did (or would do), or
 *   %NULL with @error set: %DSC_STORE_ERROR_INVALID for a file with problems,
 *   %DSC_STORE_ERROR_TOO_NEW for a file of a newer format, %G_IO_ERROR_CANCELLED
 */
DscImportSummary *
dsc_exchange_import (DscStore             *store,
                     GFile                *file,
                     DscImportFlags        flags,
                     DscExchangeProgress   progress,
                     gpointer              user_data,
                     GCancellable         *cancellable,
                     GPtrArray           **problems,
                     GError              **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  guint64 size;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = NULL;
  name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                     _("There is no file “%s”; check the name, or choose another file."), name);
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                     _("Discorsi could not read “%s” (%s); check the file and try again."),
                     name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("“%s” is a folder, not an exchange file; choose a file."), name);
      return NULL;
    }
  size = (guint64) g_file_info_get_size (info);

  input = g_file_read (file, cancellable, &local_error);
  if (input == NULL)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_FAILED,
                   _("Discorsi could not read “%s” (%s); check the file and try again."),
                   name, local_error->message);
      return NULL;
    }

  return dsc_exchange_import_stream (store, G_INPUT_STREAM (input), name, size, flags, progress, user_data,
                                     cancellable, problems, error);
}

/**
 * dsc_exchange_import_stream:
 * @store: a store on a connection of its own
 * @input: an exchange file being read, such as standard input
 * @name: what to call it in messages and in the conflict log
 * @size: its size in bytes, or 0 when it is not known (@progress then gets 0
 *   as its total)
 * @flags: as for dsc_exchange_import()
 * @progress: (nullable) (scope call): told of bytes read
 * @user_data: data for @progress
 * @cancellable: (nullable): cancels the import: nothing is written
 * @problems: (out) (optional) (transfer full) (element-type utf8): as for
 *   dsc_exchange_import()
 * @error: return location for a #GError
 *
 * dsc_exchange_import() for a stream, which is read once.
 *
 * Returns: (transfer full) (nullable): as for dsc_exchange_import()
 */
DscImportSummary *
dsc_exchange_import_stream (DscStore             *store,
                            GInputStream         *input,
                            const char           *name,
                            guint64               size,
                            DscImportFlags        flags,
                            DscExchangeProgress   progress,
                            gpointer              user_data,
                            GCancellable         *cancellable,
                            GPtrArray           **problems,
                            GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  Import import;
  gint64 cache_pages;
  sqlite3_int64 changes;
  gboolean ok;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (input), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  if (size > (guint64) DSC_EXCHANGE_MAX_FILE)
    {
      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("“%s” is larger than an exchange file can be (%d GiB); check that it is the right file."),
                   name, (int) (DSC_EXCHANGE_MAX_FILE >> 30));
      return NULL;
    }

  import_init (&import, store);
  import.display_name = g_strdup (name);
  import.flags = flags;
  import.cancellable = cancellable;
  import.progress = progress;
  import.user_data = user_data;
  import.summary = g_new0 (DscImportSummary, 1);
  import.summary->dry_run = (flags & DSC_IMPORT_DRY_RUN) != 0;
  import.summary->by_association = g_ptr_array_new_with_free_func (association_free);
  import.summary->conflicts = g_ptr_array_new_with_free_func (conflict_entry_free);

  /* A big transaction re-reads the pages it wrote unless they stay in memory:
   * a bounded cache for the import, whatever the file's size. */
  cache_pages = dsc_sqlite_query_int (store->db, "PRAGMA cache_size", NULL);
  dsc_sqlite_exec (store->db, "PRAGMA cache_size = -" G_STRINGIFY (IMPORT_CACHE_KIB), NULL);

  if (!dsc_store_begin (store, error))
    {
      restore_cache_size (store, cache_pages);
      import_clear (&import);
      return NULL;
    }
  changes = sqlite3_total_changes64 (store->db);

  ok = note_empty_tables (&import, &local_error)
       && defer_indexing (&import, &local_error)
       && read_file (&import, G_INPUT_STREAM (input), size, &local_error);
  if (ok && import.problems->len == 0)
    ok = write_pending_versions (&import, &local_error)
         && normalize_links (&import, &local_error);
  /* A dry run is rolled back, triggers with it: no need to index its rows. */
  if (ok && import.problems->len == 0 && !(flags & DSC_IMPORT_DRY_RUN))
    ok = restore_indexing (&import, &local_error);
  /* Cancelled at the last moment: still nothing is written. */
  if (ok && g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    ok = FALSE;
  if (ok)
    finish_summary (&import);

  /* The whole file is checked and merged: before the merge is committed, the
   * database as it was is backed up (not for a refused file, a dry run, or a
   * file that changed nothing). */
  if (ok && import.problems->len == 0 && !(flags & (DSC_IMPORT_DRY_RUN | DSC_IMPORT_NO_BACKUP))
      && sqlite3_total_changes64 (store->db) != changes)
    {
      g_autofree char *backup = dsc_store_backup_committed (store, &local_error);

      ok = backup != NULL;
    }

  if (!ok || import.problems->len > 0 || (flags & DSC_IMPORT_DRY_RUN))
    dsc_store_rollback (store);
  else if (!dsc_store_commit (store, &local_error))
    ok = FALSE;
  restore_cache_size (store, cache_pages);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      import_clear (&import);
      return NULL;
    }

  if (import.problems->len > 0)
    {
      set_problems_error (&import, error);
      if (problems != NULL)
        *problems = g_steal_pointer (&import.problems);
      import_clear (&import);
      return NULL;
    }

  {
    DscImportSummary *summary = g_steal_pointer (&import.summary);

    import_clear (&import);
    return summary;
  }
}

/**
 * dsc_import_summary_free:
 * @summary: (nullable): a summary
 */
void
dsc_import_summary_free (DscImportSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->scope);
  g_free (summary->exported_at);
  g_free (summary->generator);
  g_clear_pointer (&summary->by_association, g_ptr_array_unref);
  g_clear_pointer (&summary->conflicts, g_ptr_array_unref);
  g_free (summary);
}

/* The conflict log --------------------------------------------------------------- */

/**
 * dsc_conflict_free:
 * @conflict: (nullable): an entry of the conflict log
 */
void
dsc_conflict_free (DscConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->uuid);
  g_free (conflict->label);
  g_free (conflict->logged_at);
  g_free (conflict->losing_updated_at);
  g_free (conflict->winning_updated_at);
  g_free (conflict->losing_json);
  g_free (conflict->source);
  g_free (conflict->restored_at);
  g_free (conflict);
}

/**
 * dsc_store_list_conflicts:
 * @self: a store
 * @include_restored: list the versions already restored too
 * @limit: list at most this many, 0 for all
 * @total: (out) (optional): how many entries the log holds (of those that
 *   @include_restored asks for), however many are listed
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscConflict) (nullable): the conflict
 *   log, newest first
 */
GPtrArray *
dsc_store_list_conflicts (DscStore  *self,
                          gboolean   include_restored,
                          guint      limit,
                          guint     *total,
                          GError   **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_conflict_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  if (total != NULL)
    {
      g_autoptr(DscCachedStatement) count = dsc_store_prepare (self,
                                                               "SELECT count(*) FROM conflict"
                                                               " WHERE ?1 OR restored_at IS NULL",
                                                               error);

      if (count == NULL)
        return NULL;
      sqlite3_bind_int (count, 1, include_restored ? 1 : 0);
      if (dsc_sqlite_step (count, error) != SQLITE_ROW)
        return NULL;
      *total = (guint) sqlite3_column_int64 (count, 0);
    }

  stmt = dsc_store_prepare (self,
                            "SELECT id, kind, uuid, label, logged_at, winner, losing_updated_at,"
                            "  winning_updated_at, losing_json, source, restored_at FROM conflict"
                            " WHERE ?1 OR restored_at IS NULL ORDER BY logged_at DESC, id DESC LIMIT ?2",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_restored ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscConflict *conflict = g_new0 (DscConflict, 1);
      int kind = dsc_exchange_kind_from_name ((const char *) sqlite3_column_text (stmt, 1));

      conflict->id = sqlite3_column_int64 (stmt, 0);
      conflict->kind = kind >= 0 ? (DscExchangeKind) kind : DSC_EXCHANGE_TOMBSTONE;
      conflict->uuid = dsc_sqlite_column_text (stmt, 2);
      conflict->label = dsc_sqlite_column_text (stmt, 3);
      conflict->logged_at = dsc_sqlite_column_text (stmt, 4);
      conflict->file_won = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), "file") == 0;
      conflict->losing_updated_at = dsc_sqlite_column_text (stmt, 6);
      conflict->winning_updated_at = dsc_sqlite_column_text (stmt, 7);
      conflict->losing_json = dsc_sqlite_column_text (stmt, 8);
      conflict->source = dsc_sqlite_column_text (stmt, 9);
      conflict->restored_at = dsc_sqlite_column_text (stmt, 10);
      g_ptr_array_add (conflicts, conflict);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&conflicts) : NULL;
}

/* Deletes a live record as a person would, with what goes with it. */
static gboolean
delete_as_user (DscStore         *store,
                DscExchangeKind   kind,
                gint64            id,
                GError          **error)
{
  switch (kind)
    {
    case DSC_EXCHANGE_ASSOCIATION:
      return dsc_store_delete_association (store, id, error);
    case DSC_EXCHANGE_PERSON:
      return dsc_store_delete_person (store, id, error);
    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
    case DSC_EXCHANGE_DOMAIN:
      return TRUE;
    case DSC_EXCHANGE_ASSESSMENT:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_MODULE:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_MEETING:
    case DSC_EXCHANGE_FOLLOW_UP:
      return dsc_store_delete_record (store, dsc_exchange_kind_record (kind), id, error);
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
undelete_as_user (DscStore         *store,
                  DscExchangeKind   kind,
                  gint64            id,
                  GError          **error)
{
  switch (kind)
    {
    case DSC_EXCHANGE_ASSOCIATION:
      return dsc_store_undelete_association (store, id, error);
    case DSC_EXCHANGE_PERSON:
      return dsc_store_undelete_person (store, id, error);
    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
    case DSC_EXCHANGE_DOMAIN:
      return TRUE;
    case DSC_EXCHANGE_ASSESSMENT:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_MODULE:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_MEETING:
    case DSC_EXCHANGE_FOLLOW_UP:
      return dsc_store_undelete_record (store, dsc_exchange_kind_record (kind), id, error);
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Makes the version of the log the current one, as an edit made now. */
static gboolean
restore_version (Import      *import,
                 DscXRecord  *x_owned,
                 GError     **error)
{
  g_autoptr(DscXRecord) x = x_owned;
  g_autoptr(DscXRecord) local = NULL;
  g_autofree char *parent_gone = NULL;
  g_autofree char *rival = NULL;
  GError *local_error = NULL;

  if (x->kind == DSC_EXCHANGE_TOMBSTONE)
    {
      /* The deletion that lost: delete the record now. */
      local = load_local (import, x->record_kind, x->uuid, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      return local == NULL || local->record->deleted_at != NULL
             || delete_as_user (import->store, x->record_kind, local->id, error);
    }

  g_free (x->record->updated_at);
  x->record->updated_at = g_strdup (import->now);

  if (!resolve_record (import, x, &parent_gone, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      if (import->missing != NULL)
        /* Translators: %s is a kind of record and a uuid: "association 5f0c1a2b-…". */
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                     _("This version cannot be restored: it refers to %s, which is no longer in the database."),
                     import->missing);
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                     _("This version cannot be restored: %s."),
                     (const char *) g_ptr_array_index (import->problems, 0));
      return FALSE;
    }
  if (parent_gone != NULL)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This version cannot be restored: what it belongs to was deleted for good."));
      return FALSE;
    }
  if (x->record->deleted_at == NULL)
    {
      g_autofree char *parent_deleted_at = parent_deletion (import, x, error);

      if (error != NULL && *error != NULL)
        return FALSE;
      if (parent_deleted_at != NULL)
        {
          g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                               _("This cannot come back on its own: what it belongs to was deleted too. Undo that deletion first."));
          return FALSE;
        }
    }

  local = load_local (import, x->kind, x->record->uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (x->record->deleted_at != NULL && local != NULL)
    return local->record->deleted_at != NULL || delete_as_user (import->store, x->kind, local->id, error);

  if (local != NULL && local->record->deleted_at != NULL
      && !undelete_as_user (import->store, x->kind, local->id, error))
    return FALSE;

  /* A framework version comes back with its texts, but is not unpublished,
   * nor its scale shrunk, under the assessments that may use it. */
  if (x->kind == DSC_EXCHANGE_FRAMEWORK_VERSION && local != NULL)
    {
      DscFrameworkVersionRecord *restored = (DscFrameworkVersionRecord *) x->record;
      const DscFrameworkVersionRecord *current = (const DscFrameworkVersionRecord *) local->record;

      if (current->published && !restored->published)
        {
          restored->published = TRUE;
          g_free (restored->published_at);
          restored->published_at = g_strdup (current->published_at);
        }
      restored->scale_levels = MAX (restored->scale_levels, current->scale_levels);
    }

  rival = rival_of (import, x, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (rival != NULL)
    {
      g_autoptr(DscXRecord) held = load_local (import, x->kind, rival, error);

      if (held == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (held != NULL && held->record->deleted_at == NULL)
        {
          g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                               _("This version cannot be restored: another record now holds its place (the same session, module, or date and respondent); change that one instead."));
          return FALSE;
        }
      /* A deleted one, which nobody sees, gives up its place. */
      if (held != NULL
          && !purge (import, x->kind, held->id, held->record->uuid, import->now, association_of (held), error))
        return FALSE;
    }

  if (local == NULL)
    {
      g_autoptr(DscCachedStatement) stmt =
        prepare (import, "DELETE FROM tombstone WHERE uuid = ?", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, x->record->uuid, -1, SQLITE_TRANSIENT);
      if (!dsc_sqlite_step_done (stmt, error))
        return FALSE;
    }

  import->version_written = FALSE;
  if (!write_version (import, x, local != NULL ? local->id : 0, error))
    return FALSE;
  if (import->version_written)
    {
      g_ptr_array_add (import->pending_versions, g_steal_pointer (&x));
      if (!write_pending_versions (import, error))
        return FALSE;
    }

  return normalize_links (import, error);
}

/**
 * dsc_store_restore_conflict:
 * @self: a store
 * @conflict_id: an entry of dsc_store_list_conflicts()
 * @error: return location for a #GError
 *
 * Brings back the version that lost a merge, as an edit made now (so that it
 * also wins on the installations this database exchanges files with). A
 * deletion that lost deletes the record. The entry is marked restored.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_restore_conflict (DscStore  *self,
                            gint64     conflict_id,
                            GError   **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DscXRecord) x = NULL;
  g_autofree char *json = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *scan_problem = NULL;
  g_autofree char *kind_name = NULL;
  const DscKind *changed;
  DscExchangeKind kind;
  Import import;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  stmt = dsc_store_prepare (self, "SELECT kind, losing_json, scope, restored_at FROM conflict WHERE id = ?",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conflict_id);
  rc = dsc_sqlite_step (stmt, error);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This entry of the conflict log no longer exists."));
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This version was restored already, so nothing was changed."));
      return FALSE;
    }
  json = dsc_sqlite_column_text (stmt, 1);
  scope = dsc_sqlite_column_text (stmt, 2);
  sqlite3_reset (stmt);

  /* The log is read as carefully as a file. */
  if (json == NULL || (root = dsc_exchange_parse_line (json, strlen (json), &scan_problem)) == NULL
      || !json_object_has_member (json_node_get_object (root), "kind"))
    goto damaged;
  kind_name = g_strdup (json_object_get_string_member_with_default (json_node_get_object (root), "kind", ""));
  if (dsc_exchange_kind_from_name (kind_name) < 0)
    goto damaged;
  kind = dsc_exchange_kind_from_name (kind_name);
  x = dsc_xrecord_from_json (json_node_get_object (root), kind, problems);
  if (problems->len > 0)
    goto damaged;

  import_init (&import, self);
  import.restoring = TRUE;
  import.scope = g_steal_pointer (&scope);

  if (!dsc_store_begin (self, error))
    {
      import_clear (&import);
      return FALSE;
    }

  changed = dsc_exchange_kind_record (kind != DSC_EXCHANGE_TOMBSTONE ? kind : (DscExchangeKind) x->record_kind);
  if (!restore_version (&import, g_steal_pointer (&x), error))
    goto failed;

  {
    g_autoptr(DscCachedStatement) mark_restored =
      dsc_store_prepare (self, "UPDATE conflict SET restored_at = ? WHERE id = ?", error);

    if (mark_restored == NULL)
      goto failed;
    sqlite3_bind_text (mark_restored, 1, import.now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (mark_restored, 2, conflict_id);
    if (!dsc_sqlite_step_done (mark_restored, error) || !dsc_store_commit (self, error))
      goto failed;
  }

  import_clear (&import);
  dsc_store_emit_changed (self, changed, 0);
  return TRUE;

failed:
  dsc_store_rollback (self);
  import_clear (&import);
  return FALSE;

damaged:
  g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_CORRUPT,
                       _("This entry of the conflict log is damaged and cannot be restored."));
  return FALSE;
}

static void
append_count (GString    *text,
              const char *part)
{
  if (text->len > 0)
    g_string_append (text, ", ");
  g_string_append (text, part);
}

/**
 * dsc_import_counts_describe:
 * @counts: counts of an import
 *
 * Returns: (transfer full): the counts as a person reads them, "3 new,
 *   1 updated, 1 conflict"; "nothing" when there is no record
 */
char *
dsc_import_counts_describe (const DscImportCounts *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char part[128];

  if (counts->added > 0)
    {
      g_snprintf (part, sizeof part, g_dngettext (GETTEXT_PACKAGE, "%lu new", "%lu new", (gulong) counts->added),
                  (gulong) counts->added);
      append_count (text, part);
    }
  if (counts->updated > 0)
    {
      g_snprintf (part, sizeof part, g_dngettext (GETTEXT_PACKAGE, "%lu updated", "%lu updated", (gulong) counts->updated),
                  (gulong) counts->updated);
      append_count (text, part);
    }
  if (counts->deleted > 0)
    {
      g_snprintf (part, sizeof part, g_dngettext (GETTEXT_PACKAGE, "%lu deleted", "%lu deleted", (gulong) counts->deleted),
                  (gulong) counts->deleted);
      append_count (text, part);
    }
  if (counts->conflicts > 0)
    {
      g_snprintf (part, sizeof part, g_dngettext (GETTEXT_PACKAGE, "%lu conflict", "%lu conflicts", (gulong) counts->conflicts),
                  (gulong) counts->conflicts);
      append_count (text, part);
    }
  if (counts->unchanged > 0)
    {
      g_snprintf (part, sizeof part, g_dngettext (GETTEXT_PACKAGE, "%lu unchanged", "%lu unchanged", (gulong) counts->unchanged),
                  (gulong) counts->unchanged);
      append_count (text, part);
    }
  if (text->len == 0)
    g_string_append (text, _("nothing"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
