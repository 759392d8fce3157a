/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Meetings with services: the list with its filters, full-text search with
 * snippets, the services and associations that took part, follow-ups and what
 * is open or overdue, and a meeting as plain text for an e-mail. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-meetings.h"
#include "dsc-programme.h"
#include "dsc-search.h"
#include "dsc-store-private.h"

/* How many words a search snippet shows around what was found. */
#define SNIPPET_WORDS 14

/**
 * dsc_store_list_meetings:
 * @self: a store
 * @filter: which meetings
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscMeetingSummary) (nullable): the
 *   meetings, newest first, with the names of the services and associations
 *   that took part and their open follow-ups
 */
GPtrArray *
dsc_store_list_meetings (DscStore                *self,
                         const DscMeetingFilter  *filter,
                         GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_meeting_summary_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  stmt = dsc_store_prepare (self,
                            "SELECT m.id, m.date, m.time, m.title, m.kind,"
                            "  (SELECT group_concat (name, ', ') FROM (SELECT s.name FROM meeting_service x"
                            "     JOIN service s ON s.id = x.service_id AND s.deleted_at IS NULL"
                            "    WHERE x.meeting_id = m.id AND x.deleted_at IS NULL ORDER BY s.sort_key)),"
                            "  (SELECT group_concat (name, ', ') FROM (SELECT a.name FROM meeting_association x"
                            "     JOIN association a ON a.id = x.association_id AND a.deleted_at IS NULL"
                            "    WHERE x.meeting_id = m.id AND x.deleted_at IS NULL ORDER BY a.sort_key)),"
                            "  (SELECT count (*) FROM follow_up f WHERE f.meeting_id = m.id"
                            "     AND f.status = 'open' AND f.deleted_at IS NULL)"
                            " FROM meeting m"
                            " WHERE m.deleted_at IS NULL"
                            "   AND (?1 IS NULL OR EXISTS (SELECT 1 FROM meeting_association x"
                            "         WHERE x.meeting_id = m.id AND x.association_id = ?1 AND x.deleted_at IS NULL))"
                            "   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM meeting_service x"
                            "         WHERE x.meeting_id = m.id AND x.service_id = ?2 AND x.deleted_at IS NULL))"
                            "   AND (?3 IS NULL OR m.kind = ?3)"
                            "   AND (?4 IS NULL OR m.date >= ?4)"
                            "   AND (?5 IS NULL OR m.date <= ?5)"
                            " ORDER BY m.date DESC, m.time DESC, m.id DESC LIMIT ?6",
                            error);
  if (stmt == NULL)
    return NULL;

  if (filter->association_id > 0)
    sqlite3_bind_int64 (stmt, 1, filter->association_id);
  if (filter->service_id > 0)
    sqlite3_bind_int64 (stmt, 2, filter->service_id);
  dsc_sqlite_bind_text (stmt, 3, dsc_enum_code (&dsc_enum_meeting_kind, filter->meeting_kind));
  dsc_sqlite_bind_text (stmt, 4, filter->from);
  dsc_sqlite_bind_text (stmt, 5, filter->to);
  sqlite3_bind_int64 (stmt, 6, filter->limit > 0 ? (gint64) filter->limit : -1);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscMeetingSummary *row = g_new0 (DscMeetingSummary, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->date = dsc_sqlite_column_text (stmt, 1);
      row->time = dsc_sqlite_column_text (stmt, 2);
      row->title = dsc_sqlite_column_text (stmt, 3);
      row->meeting_kind = dsc_enum_from_code (&dsc_enum_meeting_kind, (const char *) sqlite3_column_text (stmt, 4));
      row->services = dsc_sqlite_column_text (stmt, 5);
      row->associations = dsc_sqlite_column_text (stmt, 6);
      row->open_follow_ups = sqlite3_column_int (stmt, 7);
      g_ptr_array_add (rows, row);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

/* The filter's conditions on a column that holds meeting ids, as constant SQL
 * whose parameters are ?3 (association), ?4 (service), ?5 (kind), ?6 (from)
 * and ?7 (to); only the conditions in use are written, so that an unfiltered
 * search reads nothing but the index. */
static void
append_filter (GString                *sql,
               const char             *column,
               const DscMeetingFilter *filter)
{
  if (filter == NULL)
    return;

  if (filter->association_id > 0)
    g_string_append_printf (sql, " AND %s IN (SELECT meeting_id FROM meeting_association"
                                 " WHERE association_id = ?3 AND deleted_at IS NULL)", column);
  if (filter->service_id > 0)
    g_string_append_printf (sql, " AND %s IN (SELECT meeting_id FROM meeting_service"
                                 " WHERE service_id = ?4 AND deleted_at IS NULL)", column);
  if (filter->meeting_kind >= 0 || filter->from != NULL || filter->to != NULL)
    g_string_append_printf (sql, " AND %s IN (SELECT id FROM meeting WHERE (?5 IS NULL OR kind = ?5)"
                                 " AND (?6 IS NULL OR date >= ?6) AND (?7 IS NULL OR date <= ?7))", column);
}

static void
bind_filter (sqlite3_stmt           *stmt,
             const DscMeetingFilter *filter)
{
  int n = sqlite3_bind_parameter_count (stmt);

  if (filter == NULL)
    return;

  if (n >= 3 && filter->association_id > 0)
    sqlite3_bind_int64 (stmt, 3, filter->association_id);
  if (n >= 4 && filter->service_id > 0)
    sqlite3_bind_int64 (stmt, 4, filter->service_id);
  if (n >= 5)
    {
      dsc_sqlite_bind_text (stmt, 5, dsc_enum_code (&dsc_enum_meeting_kind, filter->meeting_kind));
      dsc_sqlite_bind_text (stmt, 6, filter->from);
      dsc_sqlite_bind_text (stmt, 7, filter->to);
    }
}

/* Text without words to index (Chinese, emoji): every meeting and follow-up is
 * read for each piece of the text exactly as typed (pieces are what spaces
 * separate; Latin letters in any case), newest first. Slower than the index, so
 * only these searches take this way. */
#define MAX_EXACT_PIECES 8
#define FIRST_PIECE 10      /* the parameter of the first piece: ?10, ?11... */

static GPtrArray *
search_exact_text (DscStore                *self,
                   const char              *typed,
                   const DscMeetingFilter  *filter,
                   guint                    limit,
                   GError                 **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_meeting_hit_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_auto(GStrv) split = g_strsplit_set (typed, " \t\n\r", -1);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new ();
  int rc;

  for (guint i = 0; split[i] != NULL && pieces->len < MAX_EXACT_PIECES; i++)
    if (*split[i] != '\0')
      g_ptr_array_add (pieces, split[i]);
  if (pieces->len == 0)
    return g_steal_pointer (&hits);

  g_string_append_printf (sql,
                          "SELECT id, follow_up, date, title, found FROM ("
                          " SELECT m.id AS id, 0 AS follow_up, m.date AS date, m.title AS title,"
                          "   CASE WHEN instr (lower (m.notes), ?%d) THEN m.notes"
                          "        WHEN instr (lower (m.decisions), ?%d) THEN m.decisions"
                          "        WHEN instr (lower (m.attendees), ?%d) THEN m.attendees"
                          "        WHEN instr (lower (m.location), ?%d) THEN m.location ELSE m.title END AS found"
                          " FROM meeting m WHERE m.deleted_at IS NULL",
                          FIRST_PIECE, FIRST_PIECE, FIRST_PIECE, FIRST_PIECE);
  for (guint i = 0; i < pieces->len; i++)
    {
      int k = FIRST_PIECE + (int) i;

      g_string_append_printf (sql, " AND (instr (lower (m.title), ?%d) OR instr (lower (m.notes), ?%d)"
                                   " OR instr (lower (m.decisions), ?%d) OR instr (lower (m.attendees), ?%d)"
                                   " OR instr (lower (m.location), ?%d))", k, k, k, k, k);
    }
  append_filter (sql, "m.id", filter);
  g_string_append_printf (sql,
                          " UNION ALL"
                          " SELECT m.id, f.id, m.date, m.title,"
                          "   CASE WHEN instr (lower (f.what), ?%d) THEN f.what ELSE f.owner END"
                          " FROM follow_up f JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                          " WHERE f.deleted_at IS NULL",
                          FIRST_PIECE);
  for (guint i = 0; i < pieces->len; i++)
    {
      int k = FIRST_PIECE + (int) i;

      g_string_append_printf (sql, " AND (instr (lower (f.what), ?%d) OR instr (lower (f.owner), ?%d))", k, k);
    }
  append_filter (sql, "m.id", filter);
  g_string_append (sql, ") ORDER BY date DESC, id DESC, follow_up LIMIT ?2");

  stmt = dsc_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, (int) MIN (limit, G_MAXINT));
  for (guint i = 0; i < pieces->len; i++)
    {
      g_autofree char *down = g_ascii_strdown (g_ptr_array_index (pieces, i), -1);

      sqlite3_bind_text (stmt, FIRST_PIECE + (int) i, down, -1, SQLITE_TRANSIENT);
    }
  bind_filter (stmt, filter);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscMeetingHit *hit = g_new0 (DscMeetingHit, 1);

      hit->meeting_id = sqlite3_column_int64 (stmt, 0);
      hit->follow_up_id = sqlite3_column_int64 (stmt, 1);
      hit->date = dsc_sqlite_column_text (stmt, 2);
      hit->title = dsc_sqlite_column_text (stmt, 3);
      hit->snippet = dsc_search_snippet ((const char *) sqlite3_column_text (stmt, 4),
                                         g_ptr_array_index (pieces, 0), DSC_HIT_START, DSC_HIT_END);
      g_ptr_array_add (hits, hit);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&hits) : NULL;
}

/* The date, title and snippet of each hit, read in two queries (meetings,
 * follow-ups) whatever the number of hits. */
static gboolean
fill_hits (DscStore    *self,
           const char  *typed,
           GPtrArray   *hits,
           GError     **error)
{
  g_autoptr(GArray) meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) follow_up_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) snippets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) meetings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify) g_strfreev);
  g_autoptr(DscCachedStatement) read_meetings = NULL;
  g_autoptr(DscCachedStatement) read_follow_ups = NULL;
  int rc;

  for (guint i = 0; i < hits->len; i++)
    {
      DscMeetingHit *hit = g_ptr_array_index (hits, i);

      g_array_append_val (meeting_ids, hit->meeting_id);
      if (hit->follow_up_id != 0)
        g_array_append_val (follow_up_ids, hit->follow_up_id);
    }

  read_meetings = dsc_store_prepare (self,
                                     "SELECT id, date, title, notes, decisions, attendees, location FROM meeting"
                                     " WHERE id IN (SELECT value FROM json_each (?))",
                                     error);
  if (read_meetings == NULL)
    return FALSE;
  dsc_sqlite_bind_ids (read_meetings, 1, meeting_ids);
  while ((rc = dsc_sqlite_step (read_meetings, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (read_meetings, 0);
      /* Notes first: a title match shows anyway in the row's title. */
      const char *texts[] = {
        (const char *) sqlite3_column_text (read_meetings, 3),
        (const char *) sqlite3_column_text (read_meetings, 4),
        (const char *) sqlite3_column_text (read_meetings, 5),
        (const char *) sqlite3_column_text (read_meetings, 6),
        (const char *) sqlite3_column_text (read_meetings, 2),
      };
      char **row = g_new0 (char *, 4);

      row[0] = dsc_sqlite_column_text (read_meetings, 1);
      row[1] = dsc_sqlite_column_text (read_meetings, 2);
      row[2] = dsc_search_words_snippet (typed, texts, G_N_ELEMENTS (texts), SNIPPET_WORDS,
                                         DSC_HIT_START, DSC_HIT_END);
      g_hash_table_insert (meetings, g_memdup2 (&id, sizeof id), row);
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  read_follow_ups = dsc_store_prepare (self,
                                       "SELECT id, what, owner FROM follow_up"
                                       " WHERE id IN (SELECT value FROM json_each (?))",
                                       error);
  if (read_follow_ups == NULL)
    return FALSE;
  dsc_sqlite_bind_ids (read_follow_ups, 1, follow_up_ids);
  while ((rc = dsc_sqlite_step (read_follow_ups, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (read_follow_ups, 0);
      const char *texts[] = {
        (const char *) sqlite3_column_text (read_follow_ups, 1),
        (const char *) sqlite3_column_text (read_follow_ups, 2),
      };

      g_hash_table_insert (snippets, g_memdup2 (&id, sizeof id),
                           dsc_search_words_snippet (typed, texts, G_N_ELEMENTS (texts), SNIPPET_WORDS,
                                                     DSC_HIT_START, DSC_HIT_END));
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  for (guint i = 0; i < hits->len; i++)
    {
      DscMeetingHit *hit = g_ptr_array_index (hits, i);
      char **meeting = g_hash_table_lookup (meetings, &hit->meeting_id);

      if (meeting == NULL)
        continue;
      hit->date = g_strdup (meeting[0]);
      hit->title = g_strdup (meeting[1]);
      hit->snippet = g_strdup (hit->follow_up_id != 0 ? g_hash_table_lookup (snippets, &hit->follow_up_id)
                                                      : meeting[2]);
    }

  return TRUE;
}

/**
 * dsc_store_search_meetings:
 * @self: a store
 * @typed: (nullable): words as a person typed them (never FTS syntax)
 * @filter: (nullable): only among these meetings (its limit is not used)
 * @limit: how many places at most
 * @error: return location for a #GError
 *
 * Searches the titles, places, notes, decisions and attendees of meetings and
 * what was agreed in follow-ups: every word, as a prefix, accents and case
 * ignored.
 *
 * Returns: (transfer full) (element-type DscMeetingHit) (nullable): the places
 *   found, best first; empty when @typed holds no word
 */
GPtrArray *
dsc_store_search_meetings (DscStore                *self,
                           const char              *typed,
                           const DscMeetingFilter  *filter,
                           guint                    limit,
                           GError                 **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_meeting_hit_free);
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *query = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  if (dsc_search_wants_exact_text (typed))
    return search_exact_text (self, typed, filter, limit, error);

  query = dsc_search_to_fts_query (typed);
  if (query == NULL)
    return g_steal_pointer (&hits);

  /* Titles weigh most, then decisions, then notes; a follow-up is ranked by its
   * own text. The index holds live rows only, so ranking reads nothing else. */
  g_string_append (sql,
                   "SELECT meeting, follow_up FROM ("
                   " SELECT rowid AS meeting, 0 AS follow_up,"
                   "   bm25 (meeting_fts, 8.0, 1.0, 3.0, 1.0, 2.0) AS score"
                   " FROM meeting_fts WHERE meeting_fts MATCH ?1");
  append_filter (sql, "rowid", filter);
  g_string_append (sql,
                   " UNION ALL"
                   " SELECT f.meeting_id, f.id, bm25 (follow_up_fts, 3.0, 1.0)"
                   " FROM follow_up_fts JOIN follow_up f ON f.id = follow_up_fts.rowid"
                   " WHERE follow_up_fts MATCH ?1");
  append_filter (sql, "f.meeting_id", filter);
  g_string_append (sql, ") ORDER BY score, meeting DESC, follow_up LIMIT ?2");

  stmt = dsc_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) MIN (limit, G_MAXINT));
  bind_filter (stmt, filter);

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscMeetingHit *hit = g_new0 (DscMeetingHit, 1);

      hit->meeting_id = sqlite3_column_int64 (stmt, 0);
      hit->follow_up_id = sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (hits, hit);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return fill_hits (self, typed, hits, error) ? g_steal_pointer (&hits) : NULL;
}

/* The link table and column for a kind of participant: services or associations. */
static gboolean
link_of (const DscKind  *kind,
         const char    **table,
         const char    **column)
{
  if (kind == &dsc_kind_service)
    {
      *table = "meeting_service";
      *column = "service_id";
      return TRUE;
    }
  if (kind == &dsc_kind_association)
    {
      *table = "meeting_association";
      *column = "association_id";
      return TRUE;
    }

  return FALSE;
}

/**
 * dsc_store_meeting_links:
 * @self: a store
 * @meeting_id: a meeting
 * @kind: &dsc_kind_service or &dsc_kind_association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the live services
 *   (or associations) that took part
 */
GArray *
dsc_store_meeting_links (DscStore       *self,
                         gint64          meeting_id,
                         const DscKind  *kind,
                         GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  const char *table, *column;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);
  g_return_val_if_fail (link_of (kind, &table, &column), NULL);

  sql = g_strdup_printf ("SELECT x.%s FROM %s x JOIN %s r ON r.id = x.%s AND r.deleted_at IS NULL"
                         " WHERE x.meeting_id = ? AND x.deleted_at IS NULL ORDER BY r.sort_key, r.id",
                         column, table, kind->table, column);
  stmt = dsc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

/**
 * dsc_store_set_meeting_links:
 * @self: a store
 * @meeting_id: a live meeting
 * @kind: &dsc_kind_service or &dsc_kind_association
 * @ids: (array length=n_ids): the services (or associations) that took part
 * @n_ids: how many
 * @error: return location for a #GError
 *
 * Links that a deletion hid (a deleted association) are left as they are, so
 * that undoing that deletion brings them back. The meeting is stamped as
 * changed: its participants travel with it.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_set_meeting_links (DscStore       *self,
                             gint64          meeting_id,
                             const DscKind  *kind,
                             const gint64   *ids,
                             guint           n_ids,
                             GError        **error)
{
  g_autofree char *clear_sql = NULL;
  g_autofree char *add_sql = NULL;
  g_autofree char *touch_sql = NULL;
  g_autofree char *now = dsc_clock_timestamp ();
  const char *table, *column;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);
  g_return_val_if_fail (link_of (kind, &table, &column), FALSE);

  clear_sql = g_strdup_printf ("DELETE FROM %s WHERE meeting_id = ? AND deleted_at IS NULL", table);
  add_sql = g_strdup_printf ("INSERT INTO %s (meeting_id, %s) VALUES (?, ?)"
                             " ON CONFLICT DO UPDATE SET deleted_at = NULL", table, column);
  touch_sql = g_strdup ("UPDATE meeting SET updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL");

  if (!dsc_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(DscCachedStatement) clear = dsc_store_prepare (self, clear_sql, error);

    if (clear == NULL)
      goto failed;
    sqlite3_bind_int64 (clear, 1, meeting_id);
    if (!dsc_sqlite_step_done (clear, error))
      goto failed;
  }

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(DscCachedStatement) add = dsc_store_prepare (self, add_sql, error);

      if (add == NULL)
        goto failed;
      sqlite3_bind_int64 (add, 1, meeting_id);
      sqlite3_bind_int64 (add, 2, ids[i]);
      if (!dsc_sqlite_step_done (add, error))
        goto failed;
    }

  {
    g_autoptr(DscCachedStatement) touch = dsc_store_prepare (self, touch_sql, error);

    if (touch == NULL)
      goto failed;
    sqlite3_bind_int64 (touch, 1, meeting_id);
    sqlite3_bind_text (touch, 2, now, -1, SQLITE_TRANSIENT);
    if (!dsc_sqlite_step_done (touch, error))
      goto failed;
    if (sqlite3_changes (self->db) == 0)
      {
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This meeting no longer exists; it may have been deleted."));
        goto failed;
      }
  }

  if (!dsc_store_commit (self, error))
    goto failed;

  dsc_store_emit_changed (self, &dsc_kind_meeting, meeting_id);
  return TRUE;

failed:
  dsc_store_rollback (self);
  return FALSE;
}

#define FOLLOW_UP_ROW_SQL                                                                  \
  "SELECT f.id, m.date, m.title, a.name, s.name FROM follow_up f"                          \
  " JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"                        \
  " LEFT JOIN association a ON a.id = f.association_id AND a.deleted_at IS NULL"           \
  " LEFT JOIN service s ON s.id = f.service_id AND s.deleted_at IS NULL"                   \
  " WHERE f.deleted_at IS NULL"

/* Follow-up rows from an id query, with their records read in one more query. */
static GPtrArray *
read_follow_up_rows (DscStore      *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_follow_up_row_free);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscFollowUpRow *row = g_new0 (DscFollowUpRow, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      row->follow_up = dsc_record_new (&dsc_kind_follow_up);
      row->follow_up->base.id = id;
      row->meeting_date = dsc_sqlite_column_text (stmt, 1);
      row->meeting_title = dsc_sqlite_column_text (stmt, 2);
      row->association_name = dsc_sqlite_column_text (stmt, 3);
      row->service_name = dsc_sqlite_column_text (stmt, 4);
      g_ptr_array_add (rows, row);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), row);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  if (rows->len == 0)
    return g_steal_pointer (&rows);

  /* The records themselves, all in one more query. */
  for (guint i = 0; i < rows->len; i++)
    {
      DscFollowUpRow *row = g_ptr_array_index (rows, i);
      g_array_append_val (ids, row->follow_up->base.id);
    }
  records = dsc_store_list_ids (self, &dsc_kind_follow_up, ids, error);
  if (records == NULL)
    return NULL;
  for (guint i = 0; i < records->len; i++)
    {
      DscFollowUp *record = g_ptr_array_index (records, i);
      DscFollowUpRow *row = g_hash_table_lookup (by_id, &record->base.id);

      if (row != NULL)
        {
          dsc_record_free (row->follow_up);
          row->follow_up = dsc_record_copy (record);
        }
    }

  return g_steal_pointer (&rows);
}

/**
 * dsc_store_open_follow_ups:
 * @self: a store
 * @association_id: only those of this association, or 0
 * @service_id: only those of this service, or 0
 * @overdue_only: only those whose due date has passed
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscFollowUpRow) (nullable): the open
 *   follow-ups by due date, so overdue ones come first; those without a due
 *   date come last
 */
GPtrArray *
dsc_store_open_follow_ups (DscStore  *self,
                           gint64     association_id,
                           gint64     service_id,
                           gboolean   overdue_only,
                           GError   **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *today = dsc_clock_today ();

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self,
                            FOLLOW_UP_ROW_SQL
                            " AND f.status = 'open'"
                            " AND (?1 IS NULL OR f.association_id = ?1)"
                            " AND (?2 IS NULL OR f.service_id = ?2)"
                            " AND (?3 IS NULL OR (f.due_date IS NOT NULL AND f.due_date < ?3))"
                            " ORDER BY f.due_date IS NULL, f.due_date, m.date, f.id",
                            error);
  if (stmt == NULL)
    return NULL;
  if (association_id > 0)
    sqlite3_bind_int64 (stmt, 1, association_id);
  if (service_id > 0)
    sqlite3_bind_int64 (stmt, 2, service_id);
  if (overdue_only)
    sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);

  return read_follow_up_rows (self, stmt, error);
}

/**
 * dsc_store_meeting_follow_ups:
 * @self: a store
 * @meeting_id: a meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscFollowUpRow) (nullable): its
 *   follow-ups, open ones first, by due date
 */
GPtrArray *
dsc_store_meeting_follow_ups (DscStore  *self,
                              gint64     meeting_id,
                              GError   **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  stmt = dsc_store_prepare (self,
                            FOLLOW_UP_ROW_SQL " AND f.meeting_id = ?"
                            " ORDER BY f.status <> 'open', f.due_date IS NULL, f.due_date, f.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);

  return read_follow_up_rows (self, stmt, error);
}

/**
 * dsc_store_mark_follow_up_done:
 * @self: a store
 * @follow_up_id: an open follow-up
 * @error: return location for a #GError
 *
 * Marks it done today (the clock's local date). A follow-up that is not open,
 * or whose meeting is still to come, is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_mark_follow_up_done (DscStore  *self,
                               gint64     follow_up_id,
                               GError   **error)
{
  g_autoptr(DscFollowUp) follow_up = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  follow_up = dsc_store_load (self, &dsc_kind_follow_up, follow_up_id, error);
  if (follow_up == NULL)
    return FALSE;

  /* A second click, from another view that still showed it open, must not
   * move the day it was done. */
  if (follow_up->status != DSC_FOLLOW_UP_OPEN)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This follow-up is not open any more; nothing was changed."));
      return FALSE;
    }

  {
    g_autoptr(DscMeeting) meeting = dsc_store_load (self, &dsc_kind_meeting, follow_up->meeting_id, error);
    g_autofree char *today = dsc_clock_today ();

    if (meeting == NULL)
      return FALSE;
    if (g_strcmp0 (meeting->date, today) > 0)
      {
        g_autofree char *shown = dsc_format_date (meeting->date);

        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                     _("Its meeting has not taken place yet; this follow-up can be marked done from %s on."),
                     shown);
        return FALSE;
      }
  }

  follow_up->status = DSC_FOLLOW_UP_DONE;
  g_free (follow_up->done_date);
  follow_up->done_date = dsc_clock_today ();
  return dsc_store_update (self, follow_up, error);
}

static GPtrArray *
count_follow_ups (DscStore    *self,
                  const char  *sql,
                  const char  *from,
                  const char  *to,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_follow_up_counts_free);
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);
  g_autofree char *today = dsc_clock_today ();
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    {
      dsc_sqlite_bind_text (stmt, 2, from);
      dsc_sqlite_bind_text (stmt, 3, to);
    }

  while ((rc = dsc_sqlite_step (stmt, error)) == SQLITE_ROW)
    {
      DscFollowUpCounts *counts = g_new0 (DscFollowUpCounts, 1);

      counts->id = sqlite3_column_int64 (stmt, 0);
      counts->name = dsc_sqlite_column_text (stmt, 1);
      counts->open = sqlite3_column_int (stmt, 2);
      counts->overdue = sqlite3_column_int (stmt, 3);
      counts->done = sqlite3_column_int (stmt, 4);
      counts->dropped = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (rows, counts);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

#define COUNT_COLUMNS                                                                     \
  "  count (CASE WHEN f.status = 'open' THEN 1 END),"                                     \
  "  count (CASE WHEN f.status = 'open' AND f.due_date < ?1 THEN 1 END),"                 \
  "  count (CASE WHEN f.status = 'done' THEN 1 END),"                                     \
  "  count (CASE WHEN f.status = 'dropped' THEN 1 END)"

/**
 * dsc_store_follow_ups_by_service:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscFollowUpCounts) (nullable): per
 *   service, its follow-ups open, overdue (open, due before today), done and dropped
 */
GPtrArray *
dsc_store_follow_ups_by_service (DscStore  *self,
                                 GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  return count_follow_ups (self,
                           "SELECT s.id, s.name," COUNT_COLUMNS
                           " FROM follow_up f JOIN service s ON s.id = f.service_id AND s.deleted_at IS NULL"
                           " JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                           " WHERE f.deleted_at IS NULL GROUP BY s.id ORDER BY s.sort_key, s.id",
                           NULL, NULL, error);
}

/**
 * dsc_store_follow_ups_by_service_in:
 * @store: a store
 * @from: (nullable): meetings from this day
 * @to: (nullable): meetings up to this day
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscFollowUpCounts) (nullable): per
 *   service, the follow-ups agreed in the meetings of the period, by status
 */
GPtrArray *
dsc_store_follow_ups_by_service_in (DscStore    *store,
                                    const char  *from,
                                    const char  *to,
                                    GError     **error)
{
  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  return count_follow_ups (store,
                           "SELECT s.id, s.name," COUNT_COLUMNS
                           " FROM follow_up f JOIN service s ON s.id = f.service_id AND s.deleted_at IS NULL"
                           " JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                           "   AND (?2 IS NULL OR m.date >= ?2) AND (?3 IS NULL OR m.date <= ?3)"
                           " WHERE f.deleted_at IS NULL GROUP BY s.id ORDER BY s.sort_key, s.id",
                           from, to, error);
}

/**
 * dsc_store_follow_ups_by_association:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type DscFollowUpCounts) (nullable): the
 *   same per association
 */
GPtrArray *
dsc_store_follow_ups_by_association (DscStore  *self,
                                     GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  return count_follow_ups (self,
                           "SELECT a.id, a.name," COUNT_COLUMNS
                           " FROM follow_up f JOIN association a ON a.id = f.association_id"
                           "   AND a.deleted_at IS NULL"
                           " JOIN meeting m ON m.id = f.meeting_id AND m.deleted_at IS NULL"
                           " WHERE f.deleted_at IS NULL GROUP BY a.id ORDER BY a.sort_key, a.id",
                           NULL, NULL, error);
}

static void
append_names (GString       *text,
              DscStore      *self,
              gint64         meeting_id,
              const DscKind *kind,
              const char    *heading)
{
  g_autoptr(GArray) ids = dsc_store_meeting_links (self, meeting_id, kind, NULL);

  if (ids == NULL || ids->len == 0)
    return;

  g_string_append_printf (text, "%s:", heading);
  for (guint i = 0; i < ids->len; i++)
    {
      gpointer record = dsc_store_load (self, kind, g_array_index (ids, gint64, i), NULL);
      const DscField *name = dsc_kind_find_field (kind, "name");

      if (record != NULL)
        g_string_append_printf (text, "%s %s", i > 0 ? "," : "", dsc_record_get_text (record, name));
      g_clear_pointer (&record, dsc_record_free);
    }
  g_string_append_c (text, '\n');
}

static void
append_section (GString    *text,
                const char *heading,
                const char *body)
{
  if (body == NULL || *body == '\0')
    return;

  g_string_append_printf (text, "\n%s\n%s\n", heading, body);
}

/**
 * dsc_meeting_to_text:
 * @self: a store
 * @meeting_id: a meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the meeting as plain text, ready to
 *   paste into an e-mail, in the user's language
 */
char *
dsc_meeting_to_text (DscStore  *self,
                     gint64     meeting_id,
                     GError   **error)
{
  g_autoptr(DscMeeting) meeting = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  meeting = dsc_store_load (self, &dsc_kind_meeting, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  follow_ups = dsc_store_meeting_follow_ups (self, meeting_id, error);
  if (follow_ups == NULL)
    return NULL;

  date = dsc_format_date (meeting->date);
  g_string_append_printf (text, "%s\n", meeting->title);
  g_string_append_printf (text, "%s%s%s · %s\n", date, meeting->time != NULL ? " " : "",
                          meeting->time != NULL ? meeting->time : "",
                          dsc_enum_label (&dsc_enum_meeting_kind, meeting->meeting_kind));
  if (meeting->location != NULL)
    g_string_append_printf (text, "%s\n", meeting->location);

  {
    g_autoptr(GString) names = g_string_new (NULL);

    append_names (names, self, meeting_id, &dsc_kind_service, _("Services"));
    append_names (names, self, meeting_id, &dsc_kind_association, _("Associations"));
    if (names->len > 0)
      g_string_append_printf (text, "\n%s", names->str);
  }
  append_section (text, _("Who was there"), meeting->attendees);
  append_section (text, _("Notes"), meeting->notes);
  append_section (text, _("Decisions"), meeting->decisions);

  if (follow_ups->len > 0)
    {
      g_string_append_printf (text, "\n%s\n", _("Follow-ups"));
      for (guint i = 0; i < follow_ups->len; i++)
        {
          DscFollowUpRow *row = g_ptr_array_index (follow_ups, i);
          DscFollowUp *follow_up = row->follow_up;
          g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);

          if (follow_up->status == DSC_FOLLOW_UP_DONE && follow_up->done_date != NULL)
            {
              g_autofree char *done = dsc_format_date (follow_up->done_date);
              /* Translators: when a follow-up was done, "done on 26/11/2026". */
              g_ptr_array_add (details, g_strdup_printf (_("done on %s"), done));
            }
          else
            g_ptr_array_add (details, g_strdup (dsc_enum_label (&dsc_enum_follow_up_status, follow_up->status)));
          if (follow_up->owner != NULL)
            g_ptr_array_add (details, g_strdup (follow_up->owner));
          if (follow_up->due_date != NULL && follow_up->status == DSC_FOLLOW_UP_OPEN)
            {
              g_autofree char *due = dsc_format_date (follow_up->due_date);
              /* Translators: in a meeting copied as text: "by 30/06/2026". */
              g_ptr_array_add (details, g_strdup_printf (_("by %s"), due));
            }
          /* Whom it concerns. */
          if (row->association_name != NULL)
            g_ptr_array_add (details, g_strdup (row->association_name));
          if (row->service_name != NULL)
            g_ptr_array_add (details, g_strdup (row->service_name));
          g_ptr_array_add (details, NULL);
          {
            g_autofree char *joined = g_strjoinv (", ", (char **) details->pdata);
            g_string_append_printf (text, "- %s (%s)\n", follow_up->what, joined);
          }
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
