/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "dsc-record.h"

G_BEGIN_DECLS

/* The built-in competence framework has fixed uuids, the same in every
 * installation, so that assessments made on different computers line up. */
#define DSC_BUILTIN_FRAMEWORK_UUID "b4701193-7e98-4832-a7cc-0feba73705bd"
#define DSC_BUILTIN_VERSION_UUID   "e5c750ba-4bb5-40a9-b14e-033f15766be3"
#define DSC_BUILTIN_TIMESTAMP      "2026-11-26T00:00:00.000Z"
#define DSC_BUILTIN_LEVELS         4

typedef struct
{
  DscRecord base;
  char     *name;
  char     *description;
  gboolean  builtin;
} DscFramework;

typedef struct
{
  DscRecord base;
  gint64    framework_id;
  char     *label;
  gboolean  published;
  char     *published_at;
  int       scale_levels;
} DscFrameworkVersionRecord;

typedef struct
{
  DscRecord base;
  gint64    framework_id;
  char     *code;
} DscDomain;

extern const DscKind dsc_kind_framework;
extern const DscKind dsc_kind_framework_version;
extern const DscKind dsc_kind_domain;

/**
 * DscDomainText:
 * @id: the domain's row id
 * @uuid: the domain's uuid, the same in every version
 * @code: a short stable code
 * @position: its place in the version, from 0
 * @name: its name as stored (English source text for the built-in framework)
 * @description: (nullable): what it covers, as stored
 * @descriptors: one text per level, as stored ("" when missing)
 * @retired: %TRUE when this version no longer assesses it
 *
 * How one version of the framework names and describes one domain.
 */
typedef struct
{
  gint64    id;
  char     *uuid;
  char     *code;
  int       position;
  char     *name;
  char     *description;
  char    **descriptors;
  gboolean  retired;
} DscDomainText;

/**
 * DscFrameworkVersion:
 *
 * One version of the framework with its domains, read in one go.
 */
typedef struct
{
  gint64     id;
  char      *uuid;
  gint64     framework_id;
  char      *framework_name;
  char      *label;
  gboolean   builtin;
  gboolean   published;
  int        scale_levels;
  int        n_assessments;
  GPtrArray *domains;        /* DscDomainText, by position */
} DscFrameworkVersion;

void                  dsc_domain_text_free             (DscDomainText             *text);
void                  dsc_framework_version_free       (DscFrameworkVersion       *version);
const DscDomainText  *dsc_framework_version_find       (const DscFrameworkVersion *version,
                                                        gint64                     domain_id);
const char           *dsc_framework_text               (const DscFrameworkVersion *version,
                                                        const char                *stored);
const char           *dsc_framework_domain_name        (const DscFrameworkVersion *version,
                                                        const DscDomainText       *domain);
const char           *dsc_framework_descriptor         (const DscFrameworkVersion *version,
                                                        const DscDomainText       *domain,
                                                        int                        level);
const char           *dsc_framework_level_label        (const DscFrameworkVersion *version,
                                                        int                        level);
gboolean              dsc_framework_install_builtin    (sqlite3                   *db,
                                                        GError                   **error);
char                 *dsc_framework_descriptors_to_json (const char * const       *descriptors,
                                                         int                       levels);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscFrameworkVersion, dsc_framework_version_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscFramework, dsc_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscDomain, dsc_record_free)

G_END_DECLS
