/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "dsc-association.h"
#include "dsc-error.h"
#include "dsc-record.h"

G_BEGIN_DECLS

#define DSC_TYPE_STORE (dsc_store_get_type ())

G_DECLARE_FINAL_TYPE (DscStore, dsc_store, DSC, STORE, GObject)

/**
 * DscStoreFlags:
 * @DSC_STORE_DEFAULT: create the file when it is missing
 * @DSC_STORE_MUST_EXIST: refuse to create a missing file
 *
 * How dsc_store_open() treats the file.
 */
typedef enum
{
  DSC_STORE_DEFAULT = 0,
  DSC_STORE_MUST_EXIST = 1 << 0,
} DscStoreFlags;

/**
 * DscAssociationFilter:
 * @text: (nullable): words as the user typed them
 * @province: a #DscProvince, or -1 for any
 * @area: a #DscArea, or -1 for any
 * @status: a #DscStatus, or -1 for any
 *
 * What the association list shows.
 */
typedef struct
{
  const char *text;
  int         province;
  int         area;
  int         status;
} DscAssociationFilter;

#define DSC_ASSOCIATION_FILTER_INIT { NULL, -1, -1, -1 }

/**
 * DscAssociationSummary:
 *
 * What a list row shows of an association.
 */
typedef struct
{
  gint64  id;
  char   *uuid;
  char   *name;
  char   *acronym;
  char   *municipality;
  int     province;
  int     status;
} DscAssociationSummary;

void                   dsc_association_summary_free (DscAssociationSummary *summary);
DscAssociationSummary *dsc_association_summary_copy (const DscAssociationSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscAssociationSummary, dsc_association_summary_free)

char       *dsc_store_default_path      (void);
DscStore   *dsc_store_open              (const char     *path,
                                         DscStoreFlags   flags,
                                         GError        **error);
const char *dsc_store_get_path          (DscStore       *self);
int         dsc_store_get_schema_version (DscStore      *self);
void        dsc_store_set_busy_timeout  (DscStore       *self,
                                         int             milliseconds);
gboolean    dsc_store_is_empty          (DscStore       *self,
                                         GError        **error);
gboolean    dsc_store_check             (DscStore       *self,
                                         GError        **error);

gboolean    dsc_store_begin             (DscStore       *self,
                                         GError        **error);
gboolean    dsc_store_commit            (DscStore       *self,
                                         GError        **error);
void        dsc_store_rollback          (DscStore       *self);

/* Records of any kind. */
gboolean    dsc_store_insert            (DscStore       *self,
                                         gpointer        record,
                                         GError        **error);
gboolean    dsc_store_update            (DscStore       *self,
                                         gpointer        record,
                                         GError        **error);
gpointer    dsc_store_load              (DscStore       *self,
                                         const DscKind  *kind,
                                         gint64          id,
                                         GError        **error);
gpointer    dsc_store_load_by_uuid      (DscStore       *self,
                                         const DscKind  *kind,
                                         const char     *uuid,
                                         GError        **error);
GPtrArray  *dsc_store_list              (DscStore       *self,
                                         const DscKind  *kind,
                                         gint64          association_id,
                                         GError        **error);
GPtrArray  *dsc_store_list_by           (DscStore       *self,
                                         const DscKind  *kind,
                                         const char     *ref_field,
                                         gint64          id,
                                         GError        **error);
gint64      dsc_store_count             (DscStore       *self,
                                         const DscKind  *kind,
                                         GError        **error);
gint64      dsc_store_count_where       (DscStore       *self,
                                         const DscKind  *kind,
                                         const char     *ref_field,
                                         gint64          id,
                                         GError        **error);
GHashTable *dsc_store_query_map         (DscStore       *self,
                                         const char     *sql,
                                         GError        **error);

/* Associations. */
GPtrArray  *dsc_store_search_associations (DscStore                   *self,
                                           const DscAssociationFilter *filter,
                                           GError                    **error);
DscAssociationSummary *dsc_store_load_association_summary (DscStore  *self,
                                                           gint64     id,
                                                           GError   **error);
DscAssociation *dsc_store_find_association (DscStore    *self,
                                            const char  *uuid_or_name,
                                            GError     **error);
gboolean    dsc_store_delete_association   (DscStore    *self,
                                            gint64       id,
                                            GError     **error);
gboolean    dsc_store_undelete_association (DscStore    *self,
                                            gint64       id,
                                            GError     **error);

/* People. */
gboolean    dsc_store_delete_person     (DscStore       *self,
                                         gint64          id,
                                         GError        **error);
gboolean    dsc_store_undelete_person   (DscStore       *self,
                                         gint64          id,
                                         GError        **error);
gboolean    dsc_store_erase_person      (DscStore       *self,
                                         gint64          id,
                                         GError        **error);

gboolean    dsc_store_purge_deleted     (DscStore       *self,
                                         GError        **error);

/* Backups (dsc-backup.c). */
char       *dsc_store_backup            (DscStore       *self,
                                         const char     *destination,
                                         GError        **error);
char       *dsc_store_backup_daily      (DscStore       *self,
                                         GError        **error);
char       *dsc_backup_dir_for          (const char     *database_path);
char       *dsc_backup_find_latest      (const char     *database_path);
gboolean    dsc_backup_rotate           (const char     *backup_dir,
                                         GError        **error);

G_END_DECLS
