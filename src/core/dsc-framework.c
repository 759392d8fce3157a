/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The competence framework: its records, and the built-in framework that every
 * new database receives. The built-in texts are stored as their English source
 * strings and shown through gettext, so every user reads them in their own
 * language; a text a trainer rewrites is stored as typed and shown as is. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "dsc-framework.h"
#include "dsc-sqlite.h"

#define FRAMEWORK_CONTEXT "competence framework"

static const DscField framework_fields[] = {
  { .name = "name", .column = "name", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscFramework, name), .label = NC_("field", "Name") },
  { .name = "description", .column = "description", .type = DSC_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (DscFramework, description), .label = NC_("field", "Description") },
  { .name = "builtin", .column = "builtin", .type = DSC_FIELD_BOOL,
    .offset = G_STRUCT_OFFSET (DscFramework, builtin), .label = NC_("field", "Built in") },
};

const DscKind dsc_kind_framework = {
  .name = "framework",
  .table = "framework",
  .size = sizeof (DscFramework),
  .fields = framework_fields,
  .n_fields = G_N_ELEMENTS (framework_fields),
};

static const DscField version_fields[] = {
  { .name = "framework", .column = "framework_id", .type = DSC_FIELD_REF, .ref_table = "framework",
    .required = TRUE, .offset = G_STRUCT_OFFSET (DscFrameworkVersionRecord, framework_id),
    .label = NC_("field", "Framework") },
  { .name = "label", .column = "label", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscFrameworkVersionRecord, label), .label = NC_("field", "Version") },
  { .name = "published", .column = "published", .type = DSC_FIELD_BOOL,
    .offset = G_STRUCT_OFFSET (DscFrameworkVersionRecord, published), .label = NC_("field", "Published") },
  { .name = "published_at", .column = "published_at", .type = DSC_FIELD_TEXT,
    .offset = G_STRUCT_OFFSET (DscFrameworkVersionRecord, published_at),
    .label = NC_("field", "Published on") },
  { .name = "scale_levels", .column = "scale_levels", .type = DSC_FIELD_INT, .required = TRUE,
    .min = 2, .max = 10, .offset = G_STRUCT_OFFSET (DscFrameworkVersionRecord, scale_levels),
    .label = NC_("field", "Levels") },
};

const DscKind dsc_kind_framework_version = {
  .name = "framework-version",
  .table = "framework_version",
  .size = sizeof (DscFrameworkVersionRecord),
  .fields = version_fields,
  .n_fields = G_N_ELEMENTS (version_fields),
};

static const DscField domain_fields[] = {
  { .name = "framework", .column = "framework_id", .type = DSC_FIELD_REF, .ref_table = "framework",
    .required = TRUE, .offset = G_STRUCT_OFFSET (DscDomain, framework_id),
    .label = NC_("field", "Framework") },
  { .name = "code", .column = "code", .type = DSC_FIELD_TEXT, .required = TRUE,
    .offset = G_STRUCT_OFFSET (DscDomain, code), .label = NC_("field", "Code") },
};

const DscKind dsc_kind_domain = {
  .name = "domain",
  .table = "domain",
  .size = sizeof (DscDomain),
  .fields = domain_fields,
  .n_fields = G_N_ELEMENTS (domain_fields),
};

/* The built-in framework, written for migrant associations in Piedmont. */

static const char * const builtin_level_labels[DSC_BUILTIN_LEVELS] = {
  NC_("assessment level", "Clear need"),
  NC_("assessment level", "Basic"),
  NC_("assessment level", "Moderate"),
  NC_("assessment level", "Solid"),
};

typedef struct
{
  const char *uuid;
  const char *code;
  const char *name;
  const char *description;
  const char *descriptors[DSC_BUILTIN_LEVELS];
} BuiltinDomain;

static const BuiltinDomain builtin_domains[] = {
  { "f49f09a8-8d72-46cd-a47d-6517f8fd05af", "identity",
    NC_("competence framework", "Identity and mission"),
    NC_("competence framework", "Why the association exists, whom it serves and where it wants to go."),
    { NC_("competence framework", "The purpose lives only in the founders’ heads; members describe the association in different ways and nothing is written down."),
      NC_("competence framework", "The statute states a purpose, but it is rarely talked about; activities follow opportunities rather than a plan."),
      NC_("competence framework", "Members share a clear purpose and know whom they serve; a yearly plan exists but is not always followed or reviewed."),
      NC_("competence framework", "A shared mission guides choices; a written plan with priorities is reviewed each year with the members and explained to partners.") } },
  { "f3af845b-5ce8-452d-9cb8-103e95fff1b6", "governance",
    NC_("competence framework", "Governance and legal compliance"),
    NC_("competence framework", "Statute, assemblies, board, registers and registration in the RUNTS."),
    { NC_("competence framework", "There is no up-to-date statute, or the group is not registered; assemblies are not held or not minuted."),
      NC_("competence framework", "A statute exists and some assemblies are held, but minutes, the members’ book or board renewals are incomplete; RUNTS registration has not started."),
      NC_("competence framework", "Assemblies and board meetings are held and minuted as the statute says; RUNTS registration is done or under way; a few obligations are still missed."),
      NC_("competence framework", "Statute, books and elections are in order and on time; the association is registered in the RUNTS, meets its yearly obligations and renews its board regularly.") } },
  { "cd47298a-caed-47a4-b4ef-7eac0542d497", "administration",
    NC_("competence framework", "Administration, accounting and reporting"),
    NC_("competence framework", "Cash book, budget, yearly accounts and reporting to funders."),
    { NC_("competence framework", "Money is handled in cash without records; there is no bank account in the association’s name and no budget."),
      NC_("competence framework", "Income and spending are written down, but receipts get lost and accounts are prepared only when someone asks for them."),
      NC_("competence framework", "The association keeps a cash book and a bank account, approves a yearly budget and accounts, and can report on a grant with some help."),
      NC_("competence framework", "Accounts are kept regularly with their receipts, approved and published on time; grant reports are delivered complete and on time without outside help.") } },
  { "2d746a34-38a4-417f-aeef-5eac96949768", "projects",
    NC_("competence framework", "Project design and funding"),
    NC_("competence framework", "Reading calls for proposals, designing projects, building partnerships and raising funds."),
    { NC_("competence framework", "The association does not follow calls for proposals and lives on its members’ own money."),
      NC_("competence framework", "It has applied to a call with help from others; it finds calls by chance and struggles with forms and budgets."),
      NC_("competence framework", "It follows the main calls, writes a project with objectives, activities and a budget, and has at least one funded project or partnership."),
      NC_("competence framework", "It plans its funding over the year, designs projects with clear results and indicators, leads partnerships and draws on several sources: calls, 5x1000, donations, services.") } },
  { "1398794d-74b0-46c0-a588-333a82879fa5", "people",
    NC_("competence framework", "People: members, volunteers, leadership"),
    NC_("competence framework", "Members, volunteers, roles, new leaders and the training of those who lead."),
    { NC_("competence framework", "Everything rests on one or two people; roles are not defined and new members rarely become active."),
      NC_("competence framework", "A few active members share the work informally; volunteers come and go and nobody is prepared for a role."),
      NC_("competence framework", "Roles and tasks are defined, volunteers are welcomed and insured, and some members take part in training."),
      NC_("competence framework", "The association plans how new people, women and young people grow into leadership, trains its volunteers and hands roles over smoothly.") } },
  { "babf88f0-3e8f-47b8-acf3-af0aa751c506", "communication",
    NC_("competence framework", "Communication"),
    NC_("competence framework", "Channels and materials, in Italian and in the languages of the community."),
    { NC_("competence framework", "The association is known only by word of mouth; it has no materials or channels of its own."),
      NC_("competence framework", "It has a social media page or a group chat used now and then; its materials exist in one language only."),
      NC_("competence framework", "It communicates regularly with members and the public, with simple materials in Italian and in the community’s languages."),
      NC_("competence framework", "It has a communication plan, keeps its channels up to date, adapts messages to each audience and language, and tells the results of its work.") } },
  { "432ead7c-a092-489f-ba54-84f9f3bf26c4", "networking",
    NC_("competence framework", "Networking with territorial services"),
    NC_("competence framework", "Relations with social services, the health authority (ASL), job centres (CPI), the Prefecture, schools and CPIA: agreements, working tables, referrals."),
    { NC_("competence framework", "The association has no contact with the local public services and does not know whom to turn to."),
      NC_("competence framework", "It knows some services and accompanies people there case by case, through personal contacts."),
      NC_("competence framework", "It has named contacts in several services, takes part in some working tables and refers people in an organised way."),
      NC_("competence framework", "It is a recognised partner of the services: it has agreements or protocols, takes part in working tables regularly and helps shape local answers.") } },
  { "849d425d-e180-4dc9-a789-f8baeb5d3cd1", "learning",
    NC_("competence framework", "Monitoring, evaluation and learning"),
    NC_("competence framework", "Keeping track of activities and results, and learning from them."),
    { NC_("competence framework", "The association does not keep track of its activities or of the people it reaches."),
      NC_("competence framework", "It counts the participants of some activities, but the figures are not used."),
      NC_("competence framework", "It records activities and participants regularly and looks at them once a year to decide what to change."),
      NC_("competence framework", "It sets indicators, collects figures and feedback systematically, evaluates its projects and shares what it learns with members and partners.") } },
};

static const char *builtin_framework_name = NC_("competence framework", "Capacity of migrant associations");
static const char *builtin_framework_description =
  NC_("competence framework", "Eight domains in which an association grows, each read on four levels from a clear need to a solid capacity.");

/**
 * dsc_framework_descriptors_to_json:
 * @descriptors: (nullable): texts for the levels; a %NULL ends them early
 * @levels: how many levels the scale has
 *
 * Returns: (transfer full): a JSON array of exactly @levels strings ("" where
 *   a text is missing), as version_domain.descriptors stores them
 */
char *
dsc_framework_descriptors_to_json (const char * const *descriptors,
                                   int                 levels)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gboolean ended = FALSE;

  json_builder_begin_array (builder);
  for (int i = 0; i < levels; i++)
    {
      const char *text = !ended && descriptors != NULL ? descriptors[i] : NULL;

      ended = ended || text == NULL;
      json_builder_add_string_value (builder, text != NULL ? text : "");
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * dsc_framework_install_builtin:
 * @db: a connection inside the migration's transaction
 * @error: return location for a #GError
 *
 * Inserts the built-in framework, version 1 and its eight domains with their
 * fixed uuids and English texts (a migration step).
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_framework_install_builtin (sqlite3  *db,
                               GError  **error)
{
  g_autoptr(sqlite3_stmt) framework = NULL;
  g_autoptr(sqlite3_stmt) version = NULL;
  g_autoptr(sqlite3_stmt) domain = NULL;
  g_autoptr(sqlite3_stmt) text = NULL;
  gint64 framework_id, version_id;

  framework = dsc_sqlite_prepare (db,
                                  "INSERT INTO framework (uuid, created_at, updated_at, name, description, builtin)"
                                  " VALUES (?1, ?2, ?2, ?3, ?4, 1)", error);
  if (framework == NULL)
    return FALSE;
  sqlite3_bind_text (framework, 1, DSC_BUILTIN_FRAMEWORK_UUID, -1, SQLITE_STATIC);
  sqlite3_bind_text (framework, 2, DSC_BUILTIN_TIMESTAMP, -1, SQLITE_STATIC);
  sqlite3_bind_text (framework, 3, builtin_framework_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (framework, 4, builtin_framework_description, -1, SQLITE_STATIC);
  if (!dsc_sqlite_step_done (framework, error))
    return FALSE;
  framework_id = sqlite3_last_insert_rowid (db);

  version = dsc_sqlite_prepare (db,
                                "INSERT INTO framework_version (uuid, created_at, updated_at, framework_id,"
                                "  label, published, published_at, scale_levels)"
                                " VALUES (?1, ?2, ?2, ?3, '1', 1, ?2, ?4)", error);
  if (version == NULL)
    return FALSE;
  sqlite3_bind_text (version, 1, DSC_BUILTIN_VERSION_UUID, -1, SQLITE_STATIC);
  sqlite3_bind_text (version, 2, DSC_BUILTIN_TIMESTAMP, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (version, 3, framework_id);
  sqlite3_bind_int (version, 4, DSC_BUILTIN_LEVELS);
  if (!dsc_sqlite_step_done (version, error))
    return FALSE;
  version_id = sqlite3_last_insert_rowid (db);

  domain = dsc_sqlite_prepare (db,
                               "INSERT INTO domain (uuid, created_at, updated_at, framework_id, code)"
                               " VALUES (?1, ?2, ?2, ?3, ?4)", error);
  text = dsc_sqlite_prepare (db,
                             "INSERT INTO version_domain (version_id, domain_id, position, name,"
                             "  description, descriptors) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (domain == NULL || text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_domains); i++)
    {
      const BuiltinDomain *d = &builtin_domains[i];
      g_autofree char *descriptors = dsc_framework_descriptors_to_json (d->descriptors, DSC_BUILTIN_LEVELS);

      sqlite3_reset (domain);
      sqlite3_bind_text (domain, 1, d->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (domain, 2, DSC_BUILTIN_TIMESTAMP, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (domain, 3, framework_id);
      sqlite3_bind_text (domain, 4, d->code, -1, SQLITE_STATIC);
      if (!dsc_sqlite_step_done (domain, error))
        return FALSE;

      sqlite3_reset (text);
      sqlite3_bind_int64 (text, 1, version_id);
      sqlite3_bind_int64 (text, 2, sqlite3_last_insert_rowid (db));
      sqlite3_bind_int (text, 3, (int) i);
      sqlite3_bind_text (text, 4, d->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (text, 5, d->description, -1, SQLITE_STATIC);
      sqlite3_bind_text (text, 6, descriptors, -1, SQLITE_TRANSIENT);
      if (!dsc_sqlite_step_done (text, error))
        return FALSE;
    }

  return TRUE;
}

void
dsc_domain_text_free (DscDomainText *text)
{
  if (text == NULL)
    return;

  g_free (text->uuid);
  g_free (text->code);
  g_free (text->name);
  g_free (text->description);
  g_strfreev (text->descriptors);
  g_free (text);
}

void
dsc_framework_version_free (DscFrameworkVersion *version)
{
  if (version == NULL)
    return;

  g_free (version->uuid);
  g_free (version->framework_name);
  g_free (version->label);
  g_clear_pointer (&version->domains, g_ptr_array_unref);
  g_free (version);
}

/**
 * dsc_framework_version_find:
 * @version: a version
 * @domain_id: a domain's row id
 *
 * Returns: (nullable): how @version names that domain, %NULL when it has no such domain
 */
const DscDomainText *
dsc_framework_version_find (const DscFrameworkVersion *version,
                            gint64                     domain_id)
{
  for (guint i = 0; i < version->domains->len; i++)
    {
      const DscDomainText *text = g_ptr_array_index (version->domains, i);

      if (text->id == domain_id)
        return text;
    }

  return NULL;
}

/**
 * dsc_framework_text:
 * @version: the version a text belongs to
 * @stored: (nullable): the text as stored
 *
 * Returns: the text in the user's language: a built-in framework's source
 *   texts go through gettext; a text a trainer wrote is shown as written
 */
const char *
dsc_framework_text (const DscFrameworkVersion *version,
                    const char                *stored)
{
  if (stored == NULL || *stored == '\0')
    return "";

  if (version != NULL && version->builtin)
    return g_dpgettext2 (GETTEXT_PACKAGE, FRAMEWORK_CONTEXT, stored);

  return stored;
}

const char *
dsc_framework_domain_name (const DscFrameworkVersion *version,
                           const DscDomainText       *domain)
{
  return dsc_framework_text (version, domain->name);
}

/**
 * dsc_framework_descriptor:
 * @version: a version
 * @domain: one of its domains
 * @level: a level, from 1
 *
 * Returns: what that level looks like in that domain, in the user's language
 */
const char *
dsc_framework_descriptor (const DscFrameworkVersion *version,
                          const DscDomainText       *domain,
                          int                        level)
{
  if (level < 1 || domain->descriptors == NULL
      || (guint) level > g_strv_length (domain->descriptors))
    return "";

  return dsc_framework_text (version, domain->descriptors[level - 1]);
}

/**
 * dsc_framework_level_label:
 * @version: (nullable): a version
 * @level: a level, from 1
 *
 * Returns: the level's name ("Clear need", "Basic", "Moderate", "Solid" for the
 *   four-level scale), or its number on other scales
 */
const char *
dsc_framework_level_label (const DscFrameworkVersion *version,
                           int                        level)
{
  static char numbers[11][4];

  if (level < 1 || level > 10)
    return "";

  if ((version == NULL || version->scale_levels == DSC_BUILTIN_LEVELS) && level <= DSC_BUILTIN_LEVELS)
    return g_dpgettext2 (GETTEXT_PACKAGE, "assessment level", builtin_level_labels[level - 1]);

  if (numbers[level][0] == '\0')
    g_snprintf (numbers[level], sizeof numbers[level], "%d", level);
  return numbers[level];
}
