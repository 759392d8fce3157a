/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading and editing the competence framework. A version that no assessment
 * uses yet is edited in place; once one uses it, edits go to a draft version,
 * which becomes current when it is published. Every assessment keeps the
 * version it was made on; domains keep their uuid across versions, so readings
 * on different versions line up. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-store-private.h"

static char **
descriptors_from_json (const char *json,
                       int         levels)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  char **descriptors = g_new0 (char *, levels + 1);
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (int i = 0; i < levels; i++)
        if ((guint) i < json_array_get_length (array)
            && JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)))
          descriptors[i] = g_strdup (json_array_get_string_element (array, i));
    }

  for (int i = 0; i < levels; i++)
    if (descriptors[i] == NULL)
      descriptors[i] = g_strdup ("");

  return descriptors;
}

static gint64
query_id (DscStore    *self,
          const char  *sql,
          GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  rc = dsc_sqlite_step (stmt, error);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* The programme's framework: the built-in one (a later version may let a
 * programme keep several). */
#define PROGRAMME_FRAMEWORK "(SELECT id FROM framework WHERE uuid = '" DSC_BUILTIN_FRAMEWORK_UUID "')"

/**
 * dsc_store_current_version:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: the row id of the latest published version of the framework, which
 *   new assessments use; 0 when there is none, -1 on error
 */
gint64
dsc_store_current_version (DscStore  *self,
                           GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  return query_id (self,
                   "SELECT id FROM framework_version WHERE framework_id = " PROGRAMME_FRAMEWORK
                   " AND published = 1 AND deleted_at IS NULL ORDER BY published_at DESC, id DESC LIMIT 1",
                   error);
}

/**
 * dsc_store_draft_version:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: the row id of the unpublished draft, 0 when there is none, -1 on error
 */
gint64
dsc_store_draft_version (DscStore  *self,
                         GError   **error)
{
  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  return query_id (self,
                   "SELECT id FROM framework_version WHERE framework_id = " PROGRAMME_FRAMEWORK
                   " AND published = 0 AND deleted_at IS NULL ORDER BY id DESC LIMIT 1",
                   error);
}

/**
 * dsc_store_load_version:
 * @self: a store
 * @version_id: a version's row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the version with its domains in order
 */
DscFrameworkVersion *
dsc_store_load_version (DscStore  *self,
                        gint64     version_id,
                        GError   **error)
{
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autoptr(DscCachedStatement) head = NULL;
  g_autoptr(DscCachedStatement) domains = NULL;
  int rc;

  g_return_val_if_fail (DSC_IS_STORE (self), NULL);

  head = dsc_store_prepare (self,
                            "SELECT v.id, v.uuid, v.framework_id, f.name, v.label, f.builtin,"
                            "  v.published, v.scale_levels,"
                            "  (SELECT count(*) FROM assessment a WHERE a.version_id = v.id"
                            "     AND a.deleted_at IS NULL)"
                            " FROM framework_version v JOIN framework f ON f.id = v.framework_id"
                            " WHERE v.id = ?",
                            error);
  if (head == NULL)
    return NULL;
  sqlite3_bind_int64 (head, 1, version_id);
  rc = dsc_sqlite_step (head, error);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This version of the framework no longer exists."));
      return NULL;
    }

  version = g_new0 (DscFrameworkVersion, 1);
  version->id = sqlite3_column_int64 (head, 0);
  version->uuid = dsc_sqlite_column_text (head, 1);
  version->framework_id = sqlite3_column_int64 (head, 2);
  version->framework_name = dsc_sqlite_column_text (head, 3);
  version->label = dsc_sqlite_column_text (head, 4);
  version->builtin = sqlite3_column_int (head, 5) != 0;
  version->published = sqlite3_column_int (head, 6) != 0;
  version->scale_levels = sqlite3_column_int (head, 7);
  version->n_assessments = sqlite3_column_int (head, 8);
  version->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_domain_text_free);

  domains = dsc_store_prepare (self,
                               "SELECT d.id, d.uuid, d.code, vd.position, vd.name, vd.description,"
                               "  vd.descriptors, vd.retired"
                               " FROM version_domain vd JOIN domain d ON d.id = vd.domain_id"
                               " WHERE vd.version_id = ? ORDER BY vd.position, d.id",
                               error);
  if (domains == NULL)
    return NULL;
  sqlite3_bind_int64 (domains, 1, version_id);
  while ((rc = dsc_sqlite_step (domains, error)) == SQLITE_ROW)
    {
      DscDomainText *text = g_new0 (DscDomainText, 1);

      text->id = sqlite3_column_int64 (domains, 0);
      text->uuid = dsc_sqlite_column_text (domains, 1);
      text->code = dsc_sqlite_column_text (domains, 2);
      text->position = sqlite3_column_int (domains, 3);
      text->name = dsc_sqlite_column_text (domains, 4);
      text->description = dsc_sqlite_column_text (domains, 5);
      text->descriptors = descriptors_from_json ((const char *) sqlite3_column_text (domains, 6),
                                                 version->scale_levels);
      text->retired = sqlite3_column_int (domains, 7) != 0;
      g_ptr_array_add (version->domains, text);
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&version);
}

static gboolean
run_bound (DscStore    *self,
           const char  *sql,
           gint64       first,
           gint64       second,
           const char  *text,
           GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = dsc_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  if (text != NULL)
    sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
  return dsc_sqlite_step_done (stmt, error);
}

/* A draft copies the current version: same domains (same uuids), same texts. */
static gint64
make_draft (DscStore    *self,
            gint64       current,
            GError     **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = dsc_clock_timestamp ();
  gint64 count, draft;

  count = query_id (self, "SELECT count(*) FROM framework_version WHERE framework_id = "
                          PROGRAMME_FRAMEWORK, error);
  if (count < 0)
    return -1;

  stmt = dsc_store_prepare (self,
                            "INSERT INTO framework_version (uuid, created_at, updated_at, framework_id,"
                            "  label, published, scale_levels)"
                            " SELECT ?1, ?2, ?2, framework_id, ?3, 0, scale_levels"
                            " FROM framework_version WHERE id = ?4",
                            error);
  if (stmt == NULL)
    return -1;
  {
    g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, count + 1);

    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, label, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 4, current);
    if (!dsc_sqlite_step_done (stmt, error))
      return -1;
  }
  draft = sqlite3_last_insert_rowid (self->db);

  if (!run_bound (self,
                  "INSERT INTO version_domain (version_id, domain_id, position, name, description,"
                  "  descriptors, retired)"
                  " SELECT ?2, domain_id, position, name, description, descriptors, retired"
                  " FROM version_domain WHERE version_id = ?1",
                  current, draft, NULL, error))
    return -1;

  return draft;
}

/**
 * dsc_store_editable_version:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns the version that edits of the framework go to: the draft when there
 * is one; else the current version if no assessment uses it yet; else a new
 * draft copied from the current version.
 *
 * Returns: its row id, or -1 on error
 */
gint64
dsc_store_editable_version (DscStore  *self,
                            GError   **error)
{
  gint64 draft, current, used;

  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  draft = dsc_store_draft_version (self, error);
  if (draft != 0)
    return draft;

  current = dsc_store_current_version (self, error);
  if (current <= 0)
    {
      if (current == 0)
        g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_FOUND,
                             _("This database has no competence framework."));
      return -1;
    }

  {
    g_autoptr(DscCachedStatement) stmt =
      dsc_store_prepare (self, "SELECT count(*) FROM assessment WHERE version_id = ? AND deleted_at IS NULL",
                         error);
    if (stmt == NULL)
      return -1;
    sqlite3_bind_int64 (stmt, 1, current);
    if (dsc_sqlite_step (stmt, error) != SQLITE_ROW)
      return -1;
    used = sqlite3_column_int64 (stmt, 0);
  }

  if (used == 0)
    return current;

  if (!dsc_store_begin (self, error))
    return -1;
  draft = make_draft (self, current, error);
  if (draft < 0 || !dsc_store_commit (self, error))
    {
      dsc_store_rollback (self);
      return -1;
    }

  dsc_store_emit_changed (self, &dsc_kind_framework_version, draft);
  return draft;
}

static gboolean
touch_version (DscStore  *self,
               gint64     version_id,
               GError   **error)
{
  g_autofree char *now = dsc_clock_timestamp ();

  return run_bound (self, "UPDATE framework_version SET updated_at = ?3 WHERE id = ?1 AND ?2 = ?2",
                    version_id, 0, now, error);
}

/**
 * dsc_store_set_domain_text:
 * @self: a store
 * @version_id: an editable version (dsc_store_editable_version())
 * @domain_id: one of its domains
 * @name: the domain's name
 * @description: (nullable): what it covers
 * @descriptors: (nullable) (array zero-terminated=1): one text per level
 * @retired: whether new assessments leave it out
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_set_domain_text (DscStore            *self,
                           gint64               version_id,
                           gint64               domain_id,
                           const char          *name,
                           const char          *description,
                           const char * const  *descriptors,
                           gboolean             retired,
                           GError             **error)
{
  g_autoptr(DscCachedStatement) stmt = NULL;
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *json = NULL;

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("A domain needs a name."));
      return FALSE;
    }

  version = dsc_store_load_version (self, version_id, error);
  if (version == NULL)
    return FALSE;
  if (version->published && version->n_assessments > 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This version is used by assessments and cannot change; edit a new draft instead."));
      return FALSE;
    }

  json = dsc_framework_descriptors_to_json (descriptors, version->scale_levels);
  stmt = dsc_store_prepare (self,
                            "UPDATE version_domain SET name = ?3, description = ?4, descriptors = ?5,"
                            "  retired = ?6 WHERE version_id = ?1 AND domain_id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  sqlite3_bind_int64 (stmt, 2, domain_id);
  sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_TRANSIENT);
  dsc_sqlite_bind_text (stmt, 4, description);
  sqlite3_bind_text (stmt, 5, json, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, retired ? 1 : 0);
  if (!dsc_sqlite_step_done (stmt, error) || !touch_version (self, version_id, error))
    return FALSE;

  dsc_store_emit_changed (self, &dsc_kind_framework_version, version_id);
  return TRUE;
}

/**
 * dsc_store_add_domain:
 * @self: a store
 * @version_id: an editable version
 * @name: the new domain's name
 * @error: return location for a #GError
 *
 * Adds a domain at the end of @version_id, without descriptors yet.
 *
 * Returns: the new domain's row id, or -1 on error
 */
gint64
dsc_store_add_domain (DscStore    *self,
                      gint64       version_id,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(DscDomain) domain = NULL;
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autofree char *code = NULL;

  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (DSC_IS_STORE (self), -1);

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("A domain needs a name."));
      return -1;
    }

  version = dsc_store_load_version (self, version_id, error);
  if (version == NULL)
    return -1;
  if (version->published && version->n_assessments > 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This version is used by assessments and cannot change; edit a new draft instead."));
      return -1;
    }

  if (!dsc_store_begin (self, error))
    return -1;

  domain = dsc_record_new (&dsc_kind_domain);
  domain->framework_id = version->framework_id;
  domain->code = g_strdup_printf ("domain-%u", version->domains->len + 1);
  if (!dsc_store_insert (self, domain, error)
      || !run_bound (self,
                     "INSERT INTO version_domain (version_id, domain_id, position, name, descriptors)"
                     " VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0) FROM version_domain"
                     "                  WHERE version_id = ?1), ?3, '[]')",
                     version_id, domain->base.id, trimmed, error)
      || !dsc_store_commit (self, error))
    {
      dsc_store_rollback (self);
      return -1;
    }

  dsc_store_emit_changed (self, &dsc_kind_framework_version, version_id);
  return domain->base.id;
}

/**
 * dsc_store_publish_version:
 * @self: a store
 * @version_id: a draft
 * @error: return location for a #GError
 *
 * Makes a draft the current version: new assessments use it from now on.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_store_publish_version (DscStore  *self,
                           gint64     version_id,
                           GError   **error)
{
  g_autofree char *now = dsc_clock_timestamp ();

  g_return_val_if_fail (DSC_IS_STORE (self), FALSE);

  if (!run_bound (self,
                  "UPDATE framework_version SET published = 1, published_at = ?3, updated_at = ?3"
                  " WHERE id = ?1 AND published = 0 AND ?2 = ?2",
                  version_id, 0, now, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("This version is already published."));
      return FALSE;
    }

  dsc_store_emit_changed (self, &dsc_kind_framework_version, version_id);
  return TRUE;
}
