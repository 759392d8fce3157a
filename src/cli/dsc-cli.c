/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command-line verbs of DESIGN.md. They need no display: main.c sends any
 * known verb (and --help, --version) here before GTK is touched. Errors are one
 * line on stderr; exit 0 on success, 1 when the work failed, 2 for bad usage. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <json-glib/json-glib.h>

#include "dsc-chart-data.h"
#include "dsc-cli.h"
#include "dsc-clock.h"
#include "dsc-demo.h"
#include "dsc-exchange.h"
#include "dsc-export-format.h"
#include "dsc-meetings.h"
#include "dsc-progress.h"
#include "dsc-report.h"
#include "dsc-store.h"
#include "dsc-validate.h"

typedef struct
{
  char *database;
} CliGlobals;

typedef int (*CliVerb) (CliGlobals *globals, int argc, char **argv);

static int verb_backup (CliGlobals *globals, int argc, char **argv);
static int verb_chart (CliGlobals *globals, int argc, char **argv);
static int verb_check (CliGlobals *globals, int argc, char **argv);
static int verb_demo (CliGlobals *globals, int argc, char **argv);
static int verb_export (CliGlobals *globals, int argc, char **argv);
static int verb_import (CliGlobals *globals, int argc, char **argv);
static int verb_list (CliGlobals *globals, int argc, char **argv);
static int verb_report (CliGlobals *globals, int argc, char **argv);

static const struct
{
  const char *name;
  CliVerb     run;
} verbs[] = {
  { "backup", verb_backup },
  { "chart", verb_chart },
  { "check", verb_check },
  { "demo", verb_demo },
  { "export", verb_export },
  { "import", verb_import },
  { "list", verb_list },
  { "report", verb_report },
};

static void
print_error (const char *message)
{
  fprintf (stderr, "discorsi: %s\n", message);
}

static int
usage_error (const char *message)
{
  print_error (message);
  fprintf (stderr, "%s\n", _("Run “discorsi --help” to see how to use it."));
  return DSC_EXIT_USAGE;
}

static int
fail (GError *error)
{
  print_error (error->message);
  g_error_free (error);
  return DSC_EXIT_FAILED;
}

static void
write_out (const char *text,
           gsize       length)
{
  fwrite (text, 1, length, stdout);
}

static const char *
find_verb (int    argc,
           char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--database"))
        {
          i++;
          continue;
        }
      if (argv[i][0] == '-')
        continue;
      return argv[i];
    }

  return NULL;
}

static gboolean
has_flag (int         argc,
          char      **argv,
          const char *flag)
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], flag))
      return TRUE;

  return FALSE;
}

/**
 * dsc_cli_handles:
 * @argc: the argument count
 * @argv: the arguments
 *
 * Returns: %TRUE when the arguments name a command-line verb (or ask for help
 *   or the version), which runs without a display
 */
gboolean
dsc_cli_handles (int    argc,
                 char **argv)
{
  const char *verb = find_verb (argc, argv);

  if (has_flag (argc, argv, "--help") || has_flag (argc, argv, "-h")
      || has_flag (argc, argv, "--version"))
    return TRUE;

  if (verb == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verb, verbs[i].name))
      return TRUE;

  return FALSE;
}

static void
print_help (void)
{
  printf ("%s\n\n", _("Discorsi keeps the profiles, capacity-building progress and meetings of migrant associations."));
  printf ("%s\n", _("Usage:"));
  printf ("  discorsi [--database=FILE]                 %s\n", _("start the application"));
  printf ("  discorsi --version | --help\n");
  printf ("  discorsi [--database=FILE] demo [--associations=N] [--seed=S]\n"
          "      %s\n", _("fill an empty database with sample data"));
  printf ("  discorsi [--database=FILE] list associations|people|assessments|goals|modules|\n"
          "                             sessions|attendance|services|meetings|follow-ups\n"
          "                             [--association=ID] [--open] [--overdue]\n"
          "                             [--format=text|csv|json]\n"
          "      %s\n", _("list records"));
  printf ("  discorsi [--database=FILE] export [--association=ID] FILE.discorsi\n"
          "      %s\n", _("write the database, or one association and what it refers to, to an exchange file (- for standard output)"));
  printf ("  discorsi [--database=FILE] import [--dry-run] FILE.discorsi\n"
          "      %s\n", _("merge an exchange file into the database, all or nothing (- for standard input)"));
  printf ("  discorsi [--database=FILE] report --association=ID --output=FILE.pdf|.png|.svg [--page=N]\n"
          "      %s\n", _("write an association's passport to a file (PNG and SVG: one page)"));
  printf ("  discorsi [--database=FILE] report --all --output-dir=DIR\n"
          "      %s\n", _("write every association's passport, one PDF each, into a folder"));
  printf ("  discorsi [--database=FILE] report --programme [--from=DATE] [--to=DATE] --output=FILE.pdf\n"
          "      %s\n", _("write the programme report of a period (dates as YYYY-MM-DD)"));
  printf ("  discorsi [--database=FILE] chart --association=ID --kind=radar|timeline|training\n"
          "                             --output=FILE.png|.svg|.pdf [--width=W] [--height=H]\n"
          "  discorsi [--database=FILE] chart --programme --kind=heatmap|training|follow-ups\n"
          "                             --output=FILE.png|.svg|.pdf [--width=W] [--height=H]\n"
          "      %s\n", _("draw one chart to a file (size in pixels for PNG, in points otherwise)"));
  printf ("  discorsi [--database=FILE] check\n"
          "      %s\n", _("check the database for damage"));
  printf ("  discorsi [--database=FILE] backup [FILE]\n"
          "      %s\n", _("copy the database to a backup file"));
  printf ("\n%s\n", _("ID is a uuid or an exact association name. Without --database, Discorsi uses "
                      "$DISCORSI_DATABASE or its own file in your data folder."));
  printf ("%s\n", _("Exit status: 0 success, 1 the work failed, 2 wrong usage."));
}

/* Parses a verb's options; the global --database is accepted everywhere. */
static gboolean
parse_options (CliGlobals    *globals,
               const char    *parameters,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               int           *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;
  GOptionEntry global_entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &globals->database,
      N_("The database file to use"), N_("FILE") },
    { NULL }
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (error->message);
      return FALSE;
    }

  return TRUE;
}

static DscStore *
open_store (CliGlobals     *globals,
            DscStoreFlags   flags,
            GError        **error)
{
  g_autofree char *path = globals->database != NULL ? g_strdup (globals->database)
                                                    : dsc_store_default_path ();

  return dsc_store_open (path, flags, error);
}

static int
verb_check (CliGlobals  *globals,
            int          argc,
            char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  int status = DSC_EXIT_OK;

  if (!parse_options (globals, "check", NULL, &argc, &argv, &status))
    return status;
  if (argc > 2)
    return usage_error (_("“check” takes no file name; use --database=FILE."));

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL || !dsc_store_check (store, &error))
    return fail (error);

  name = g_filename_display_name (dsc_store_get_path (store));
  printf (_("“%s”: no problems found.\n"), name);
  return DSC_EXIT_OK;
}

static int
verb_backup (CliGlobals  *globals,
             int          argc,
             char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autofree char *written = NULL;
  GError *error = NULL;
  int status = DSC_EXIT_OK;

  if (!parse_options (globals, "backup [FILE]", NULL, &argc, &argv, &status))
    return status;
  if (argc > 3)
    return usage_error (_("“backup” takes at most one file name."));

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    return fail (error);

  written = dsc_store_backup (store, argc == 3 ? argv[2] : NULL, &error);
  if (written == NULL)
    return fail (error);

  printf ("%s\n", written);
  return DSC_EXIT_OK;
}

static int
verb_demo (CliGlobals  *globals,
           int          argc,
           char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  int associations = DSC_DEMO_DEFAULT_ASSOCIATIONS;
  int seed = DSC_DEMO_DEFAULT_SEED;
  GError *error = NULL;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "associations", 0, 0, G_OPTION_ARG_INT, &associations,
      N_("How many associations to make (default 40)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed,
      N_("The seed of the sample data (default 1)"), N_("S") },
    { NULL }
  };

  if (!parse_options (globals, "demo", entries, &argc, &argv, &status))
    return status;
  if (argc > 2)
    return usage_error (_("“demo” takes no file name; use --database=FILE."));
  if (associations < 0 || associations > 1000000)
    return usage_error (_("--associations must lie between 0 and 1000000."));

  store = open_store (globals, DSC_STORE_DEFAULT, &error);
  if (store == NULL || !dsc_demo_generate (store, (guint) associations, (guint32) seed, &error))
    return fail (error);

  return DSC_EXIT_OK;
}

/* Lists ----------------------------------------------------------------- */

typedef enum
{
  FORMAT_TEXT,
  FORMAT_CSV,
  FORMAT_JSON,
} ListFormat;

/* Turns references into uuids (CSV, JSON) or names (text), reading each
 * referenced table once, however many rows point into it. */
typedef struct
{
  DscStore   *store;
  GHashTable *uuids;    /* table -> (row id -> uuid) */
  GHashTable *names;    /* table -> (row id -> name) */
} Resolver;

static void
resolver_init (Resolver *resolver,
               DscStore *store)
{
  resolver->store = store;
  resolver->uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  resolver->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
}

static void
resolver_clear (Resolver *resolver)
{
  g_clear_pointer (&resolver->uuids, g_hash_table_unref);
  g_clear_pointer (&resolver->names, g_hash_table_unref);
}

/* What a person reads for a row of each table that records point into. */
static const struct
{
  const char *table;
  const char *sql;
} name_queries[] = {
  { "association", "SELECT id, name FROM association" },
  { "module", "SELECT id, title FROM module" },
  { "session", "SELECT s.id, s.date || ' · ' || m.title FROM session s JOIN module m ON m.id = s.module_id" },
  { "framework_version", "SELECT id, label FROM framework_version" },
  { "framework", "SELECT id, name FROM framework" },
  { "meeting", "SELECT id, date || ' · ' || title FROM meeting" },
  { "service", "SELECT id, name FROM service" },
  { "domain", "SELECT d.id, vd.name FROM domain d JOIN version_domain vd ON vd.domain_id = d.id"
              " ORDER BY vd.version_id" },
};

static GHashTable *
read_map (Resolver   *resolver,
          const char *table,
          gboolean    names)
{
  GHashTable *cache = names ? resolver->names : resolver->uuids;
  GHashTable *map = g_hash_table_lookup (cache, table);
  g_autofree char *sql = NULL;

  if (map != NULL)
    return map;

  if (!names)
    sql = g_strdup_printf ("SELECT id, uuid FROM %s", table);
  else
    for (guint i = 0; i < G_N_ELEMENTS (name_queries); i++)
      if (g_str_equal (name_queries[i].table, table))
        sql = g_strdup (name_queries[i].sql);

  map = sql != NULL ? dsc_store_query_map (resolver->store, sql, NULL) : NULL;
  if (map == NULL)
    map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_hash_table_insert (cache, g_strdup (table), map);
  return map;
}

static const char *
resolve_reference (const char *table,
                   gint64      id,
                   gpointer    user_data)
{
  return g_hash_table_lookup (read_map (user_data, table, FALSE), &id);
}

static const char *
resolve_name (Resolver   *resolver,
              const char *table,
              gint64      id)
{
  const char *name = g_hash_table_lookup (read_map (resolver, table, TRUE), &id);

  return name != NULL ? name : "";
}

static void
print_csv (GPtrArray     *records,
           const DscKind *kind,
           Resolver      *resolver)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) header = g_ptr_array_new ();

  g_ptr_array_add (header, (gpointer) "uuid");
  g_ptr_array_add (header, (gpointer) "created_at");
  g_ptr_array_add (header, (gpointer) "updated_at");
  for (guint i = 0; i < kind->n_fields; i++)
    g_ptr_array_add (header, (gpointer) kind->fields[i].name);
  dsc_csv_append_row (out, (const char * const *) header->pdata, header->len);

  for (guint r = 0; r < records->len; r++)
    {
      DscRecord *record = g_ptr_array_index (records, r);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (row, g_strdup (record->uuid));
      g_ptr_array_add (row, g_strdup (record->created_at));
      g_ptr_array_add (row, g_strdup (record->updated_at));
      for (guint i = 0; i < kind->n_fields; i++)
        g_ptr_array_add (row, dsc_record_field_code (record, &kind->fields[i],
                                                     resolve_reference, resolver));
      dsc_csv_append_row (out, (const char * const *) row->pdata, row->len);

      if (out->len > 65536)
        {
          write_out (out->str, out->len);
          g_string_truncate (out, 0);
        }
    }

  write_out (out->str, out->len);
}

static void
print_json (GPtrArray *records,
            Resolver  *resolver)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  JsonArray *array = json_array_sized_new (records->len);
  g_autofree char *text = NULL;
  gsize length;

  for (guint r = 0; r < records->len; r++)
    json_array_add_object_element (array, dsc_record_to_json (g_ptr_array_index (records, r),
                                                              resolve_reference, resolver));

  json_node_take_array (root, array);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  write_out (text, length);
  write_out ("\n", 1);
}

/* Prints rows as columns padded to their widest cell (in characters, not bytes). */
static void
print_table (GPtrArray *rows)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, TRUE, sizeof (glong));
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          glong width = g_utf8_strlen (cells[c], -1);

          if (c >= widths->len)
            g_array_set_size (widths, c + 1);
          if (width > g_array_index (widths, glong, c))
            g_array_index (widths, glong, c) = width;
        }
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_string_append (out, cells[c]);
          if (cells[c + 1] != NULL)
            for (glong pad = g_utf8_strlen (cells[c], -1); pad < g_array_index (widths, glong, c) + 2; pad++)
              g_string_append_c (out, ' ');
        }
      g_string_append_c (out, '\n');
    }

  write_out (out->str, out->len);
}

static char **
text_row (const char *first,
          ...)
{
  GPtrArray *cells = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (cells, g_strdup (cell));
  va_end (args);

  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

static void
print_associations_text (GPtrArray *records)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (rows, text_row (_("Name"), _("Municipality"), _("Province"), _("Status"),
                                   "uuid", NULL));
  for (guint r = 0; r < records->len; r++)
    {
      DscAssociation *association = g_ptr_array_index (records, r);

      g_ptr_array_add (rows, text_row (association->name,
                                       association->municipality ?: "",
                                       dsc_enum_label (&dsc_enum_province, association->province),
                                       dsc_enum_label (&dsc_enum_status, association->status),
                                       association->base.uuid, NULL));
    }

  print_table (rows);
}

/* Paragraphs do not fit a table: text listings leave them out. */
static gboolean
is_long_text (const DscField *field)
{
  const char *long_texts[] = { "notes", "description", "attendees", "decisions" };

  for (guint i = 0; i < G_N_ELEMENTS (long_texts); i++)
    if (g_str_equal (field->name, long_texts[i]))
      return TRUE;

  return FALSE;
}

/* One line per row, whatever a short text holds. */
static char *
one_line (char *text)
{
  for (char *p = text; p != NULL && *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return text;
}

/* Any other kind: a column per field, references shown by name. */
static void
print_records_text (GPtrArray     *records,
                    const DscKind *kind,
                    Resolver      *resolver)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) heading = g_ptr_array_new ();

  for (guint i = 0; i < kind->n_fields; i++)
    if (!is_long_text (&kind->fields[i]))
      g_ptr_array_add (heading, g_strdup (dsc_field_label (&kind->fields[i])));
  g_ptr_array_add (heading, g_strdup ("uuid"));
  g_ptr_array_add (heading, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (heading, NULL));

  for (guint r = 0; r < records->len; r++)
    {
      DscRecord *record = g_ptr_array_index (records, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      for (guint i = 0; i < kind->n_fields; i++)
        {
          const DscField *field = &kind->fields[i];

          if (is_long_text (field))
            continue;
          if (field->type == DSC_FIELD_REF)
            g_ptr_array_add (cells, one_line (g_strdup (resolve_name (resolver, field->ref_table,
                                                                      dsc_record_get_ref (record, field)))));
          else
            g_ptr_array_add (cells, one_line (dsc_record_format_field (record, field)));
        }
      g_ptr_array_add (cells, g_strdup (record->uuid));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (cells, NULL));
    }

  print_table (rows);
}

/* What `list` knows, by the plural a person types. */
static const struct
{
  const char    *name;
  const DscKind *kind;
} listable[] = {
  { "associations", &dsc_kind_association },
  { "people", &dsc_kind_person },
  { "assessments", &dsc_kind_assessment },
  { "goals", &dsc_kind_goal },
  { "modules", &dsc_kind_module },
  { "sessions", &dsc_kind_session },
  { "attendance", &dsc_kind_attendance },
  { "services", &dsc_kind_service },
  { "meetings", &dsc_kind_meeting },
  { "follow-ups", &dsc_kind_follow_up },
};

/* Meetings as their list shows them: with the services and associations that
 * took part, which are links rather than fields. */
static void
print_meetings_text (GPtrArray *summaries)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (rows, text_row (C_("field", "Date"), C_("field", "Title"), C_("field", "Kind"),
                                   _("Services"), _("Associations"), _("Open follow-ups"), NULL));
  for (guint r = 0; r < summaries->len; r++)
    {
      DscMeetingSummary *meeting = g_ptr_array_index (summaries, r);
      g_autofree char *open = g_strdup_printf ("%d", meeting->open_follow_ups);

      g_ptr_array_add (rows, text_row (meeting->date, one_line (meeting->title),
                                       dsc_enum_label (&dsc_enum_meeting_kind, meeting->meeting_kind),
                                       meeting->services ?: "", meeting->associations ?: "", open, NULL));
    }

  print_table (rows);
}

/* Keeps the records whose row id is in @ids (a set of gint64). */
static GPtrArray *
keep_ids (GPtrArray  *records,
          GHashTable *ids)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (dsc_record_free);

  for (guint i = 0; i < records->len; i++)
    {
      DscRecord *record = g_ptr_array_index (records, i);

      if (g_hash_table_contains (ids, &record->id))
        g_ptr_array_add (kept, dsc_record_copy (record));
    }

  return kept;
}

/* The meetings an association took part in, and the services it met there. */
static GPtrArray *
list_linked_to_association (DscStore       *store,
                            const DscKind  *kind,
                            gint64          association_id,
                            GError        **error)
{
  g_autoptr(GPtrArray) all = dsc_store_list_by (store, kind, NULL, 0, error);
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *sql = NULL;

  if (all == NULL)
    return NULL;

  if (kind == &dsc_kind_meeting)
    sql = g_strdup_printf ("SELECT meeting_id, '' FROM meeting_association"
                           " WHERE association_id = %" G_GINT64_FORMAT " AND deleted_at IS NULL",
                           association_id);
  else
    sql = g_strdup_printf ("SELECT DISTINCT s.service_id, '' FROM meeting_service s"
                           " JOIN meeting_association a ON a.meeting_id = s.meeting_id AND a.deleted_at IS NULL"
                           " JOIN meeting m ON m.id = s.meeting_id AND m.deleted_at IS NULL"
                           " WHERE a.association_id = %" G_GINT64_FORMAT " AND s.deleted_at IS NULL",
                           association_id);
  ids = dsc_store_query_map (store, sql, error);
  if (ids == NULL)
    return NULL;

  return keep_ids (all, ids);
}

/* --open and --overdue: follow-ups still to do, and those whose due date has passed. */
static GPtrArray *
keep_follow_ups (GPtrArray *records,
                 gboolean   overdue)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autofree char *today = dsc_clock_today ();

  for (guint i = 0; i < records->len; i++)
    {
      DscFollowUp *follow_up = g_ptr_array_index (records, i);

      if (overdue ? dsc_follow_up_is_overdue (follow_up, today) : follow_up->status == DSC_FOLLOW_UP_OPEN)
        g_ptr_array_add (kept, dsc_record_copy (follow_up));
    }

  return kept;
}

/* People who gave a consent date. */
static GPtrArray *
keep_consented (GPtrArray *records)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (dsc_record_free);

  for (guint i = 0; i < records->len; i++)
    {
      DscPerson *person = g_ptr_array_index (records, i);

      if (person->consent_date != NULL && person->consent_date[0] != '\0')
        g_ptr_array_add (kept, dsc_record_copy (person));
    }

  return kept;
}

/* Records of @kind that concern one association: its own, or for sessions and
 * modules those it was invited to. */
static GPtrArray *
list_for_association (DscStore       *store,
                      const DscKind  *kind,
                      gint64          association_id,
                      GError        **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) attended = NULL;
  g_autoptr(GHashTable) keep = g_hash_table_new (g_int64_hash, g_int64_equal);
  GPtrArray *mine;

  if (dsc_kind_find_field (kind, "association") != NULL)
    return dsc_store_list (store, kind, association_id, error);
  if (kind == &dsc_kind_meeting || kind == &dsc_kind_service)
    return list_linked_to_association (store, kind, association_id, error);

  attended = dsc_store_association_sessions (store, association_id, error);
  all = attended != NULL ? dsc_store_list_by (store, kind, NULL, 0, error) : NULL;
  if (all == NULL)
    return NULL;

  for (guint i = 0; i < attended->len; i++)
    {
      DscSessionAttended *session = g_ptr_array_index (attended, i);

      g_hash_table_add (keep, kind == &dsc_kind_session ? &session->session_id : &session->module_id);
    }

  mine = g_ptr_array_new_with_free_func (dsc_record_free);
  for (guint i = 0; i < all->len; i++)
    {
      DscRecord *record = g_ptr_array_index (all, i);

      if (g_hash_table_contains (keep, &record->id))
        g_ptr_array_add (mine, dsc_record_copy (record));
    }

  return mine;
}

static int
verb_list (CliGlobals  *globals,
           int          argc,
           char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DscAssociation) only = NULL;
  g_autofree char *association_id = NULL;
  g_autofree char *format_name = NULL;
  g_autoptr(GString) known = g_string_new (NULL);
  Resolver resolver = { NULL, NULL, NULL };
  const DscKind *kind = NULL;
  ListFormat format;
  GError *error = NULL;
  gboolean open_only = FALSE;
  gboolean overdue_only = FALSE;
  gint64 only_id = 0;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "association", 0, 0, G_OPTION_ARG_STRING, &association_id,
      N_("Only this association (uuid or exact name)"), N_("ID") },
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only,
      N_("Only follow-ups still to do"), NULL },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue_only,
      N_("Only follow-ups still to do whose due date has passed"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("text (default), csv or json"), N_("FORMAT") },
    { NULL }
  };

  for (guint i = 0; i < G_N_ELEMENTS (listable); i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", listable[i].name);

  if (!parse_options (globals, "list KIND", entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      g_autofree char *message =
        g_strdup_printf (_("“list” needs one kind of record: %s."), known->str);
      return usage_error (message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (listable); i++)
    if (g_str_equal (argv[2], listable[i].name))
      kind = listable[i].kind;
  if (kind == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Discorsi cannot list “%s”; it lists %s."), argv[2], known->str);
      return usage_error (message);
    }

  if ((open_only || overdue_only) && kind != &dsc_kind_follow_up)
    return usage_error (_("--open and --overdue go with “list follow-ups”."));

  if (format_name == NULL || g_str_equal (format_name, "text"))
    format = FORMAT_TEXT;
  else if (g_str_equal (format_name, "csv"))
    format = FORMAT_CSV;
  else if (g_str_equal (format_name, "json"))
    format = FORMAT_JSON;
  else
    return usage_error (_("--format must be text, csv or json."));

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    return fail (error);

  if (association_id != NULL)
    {
      only = dsc_store_find_association (store, association_id, &error);
      if (only == NULL)
        return fail (error);
    }

  if (kind == &dsc_kind_association && only != NULL)
    {
      records = g_ptr_array_new_with_free_func (dsc_record_free);
      g_ptr_array_add (records, g_steal_pointer (&only));
    }
  else if (only != NULL)
    {
      only_id = only->base.id;
      records = list_for_association (store, kind, only_id, &error);
    }
  else
    records = dsc_store_list_by (store, kind, NULL, 0, &error);
  if (records == NULL)
    return fail (error);
  if (open_only || overdue_only)
    {
      GPtrArray *kept = keep_follow_ups (records, overdue_only);

      g_ptr_array_unref (records);
      records = kept;
    }

  if (format == FORMAT_CSV && kind == &dsc_kind_person)
    {
      /* CSV goes to spreadsheets that travel (funders, partners): only the
       * people who agreed to their data being shared. */
      GPtrArray *kept = keep_consented (records);
      guint left_out = records->len - kept->len;

      g_ptr_array_unref (records);
      records = kept;
      if (left_out > 0)
        fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                      "discorsi: %u person without a consent date is not listed.\n",
                                      "discorsi: %u people without a consent date are not listed.\n",
                                      left_out),
                 left_out);
    }

  resolver_init (&resolver, store);
  switch (format)
    {
    case FORMAT_CSV:
      print_csv (records, kind, &resolver);
      break;

    case FORMAT_JSON:
      print_json (records, &resolver);
      break;

    case FORMAT_TEXT:
    default:
      if (kind == &dsc_kind_association)
        print_associations_text (records);
      else if (kind == &dsc_kind_meeting)
        {
          DscMeetingFilter filter = DSC_MEETING_FILTER_INIT;
          g_autoptr(GPtrArray) summaries = NULL;

          filter.association_id = only_id;
          summaries = dsc_store_list_meetings (store, &filter, &error);
          if (summaries == NULL)
            {
              resolver_clear (&resolver);
              return fail (error);
            }
          print_meetings_text (summaries);
        }
      else
        print_records_text (records, kind, &resolver);
      break;
    }
  resolver_clear (&resolver);

  return DSC_EXIT_OK;
}

/* Exchange files ----------------------------------------------------------- */

static int
verb_export (CliGlobals  *globals,
             int          argc,
             char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscAssociation) only = NULL;
  g_autofree char *association_id = NULL;
  const char *target;
  GError *error = NULL;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "association", 0, 0, G_OPTION_ARG_STRING, &association_id,
      N_("Only this association and what it refers to (uuid or exact name)"), N_("ID") },
    { NULL }
  };

  if (!parse_options (globals, "export FILE.discorsi", entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_error (_("“export” needs one file name, or - for standard output."));
  target = argv[2];

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    return fail (error);
  if (association_id != NULL)
    {
      only = dsc_store_find_association (store, association_id, &error);
      if (only == NULL)
        return fail (error);
    }

  if (g_str_equal (target, "-"))
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

      if (!dsc_exchange_export (store, only != NULL ? only->base.uuid : NULL, out,
                                NULL, NULL, NULL, &error))
        return fail (error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (target);

      if (!dsc_exchange_export_to_file (store, only != NULL ? only->base.uuid : NULL, file,
                                        NULL, NULL, NULL, &error))
        return fail (error);
    }

  return DSC_EXIT_OK;
}

static void
print_import_summary (const DscImportSummary *summary,
                      const char             *name)
{
  g_autofree char *total = dsc_import_counts_describe (&summary->total);
  g_autofree char *exported = dsc_format_timestamp (summary->exported_at);

  if (summary->dry_run)
    printf (_("“%s” would change the database as follows (dry run: nothing was written).\n"), name);
  else
    printf (_("Imported “%s”.\n"), name);
  /* Translators: "1,234 records in the file (exported by Discorsi 0.1.0 on 26/11/2026 10:00): 12 new, 3 updated." */
  printf (g_dngettext (GETTEXT_PACKAGE, "%lu record in the file (exported by %s on %s): %s.\n",
                       "%lu records in the file (exported by %s on %s): %s.\n",
                       (gulong) summary->records),
          (gulong) summary->records, summary->generator != NULL ? summary->generator : "?",
          exported, total);

  printf ("\n%s\n", _("By kind of record:"));
  for (guint k = 0; k < DSC_EXCHANGE_N_KINDS; k++)
    {
      const DscImportCounts *counts = &summary->by_kind[k];
      g_autofree char *line = NULL;

      if (counts->added + counts->updated + counts->deleted + counts->unchanged + counts->conflicts == 0)
        continue;
      line = dsc_import_counts_describe (counts);
      printf ("  %s: %s\n", dsc_exchange_kind_label (k), line);
    }

  if (summary->by_association != NULL && summary->by_association->len > 0)
    {
      printf ("\n%s\n", _("By association:"));
      for (guint i = 0; i < summary->by_association->len; i++)
        {
          const DscImportAssociation *association = g_ptr_array_index (summary->by_association, i);
          g_autofree char *line = dsc_import_counts_describe (&association->counts);

          printf ("  %s: %s\n",
                  association->uuid == NULL ? _("Shared records (framework, training, services, meetings)")
                  : association->name != NULL ? association->name : association->uuid,
                  line);
        }
    }

  if (summary->conflicts != NULL && summary->conflicts->len > 0)
    {
      printf ("\n%s\n", _("Conflicts (both sides changed the record; the version that lost goes to the conflict log):"));
      for (guint i = 0; i < summary->conflicts->len; i++)
        {
          const DscImportConflict *conflict = g_ptr_array_index (summary->conflicts, i);

          printf ("  %s %s%s%s: %s\n", dsc_exchange_kind_name (conflict->kind), conflict->uuid,
                  conflict->label != NULL ? " · " : "",
                  conflict->label != NULL ? conflict->label : "",
                  conflict->file_won ? _("the file’s version is kept")
                                     : _("this database’s version is kept"));
        }
      if (summary->total.conflicts > summary->conflicts->len)
        printf ("  %s\n", _("(more conflicts are not listed)"));
    }
}

static int
verb_import (CliGlobals  *globals,
             int          argc,
             char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscImportSummary) summary = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *name = NULL;
  gboolean dry_run = FALSE;
  DscImportFlags flags;
  GError *error = NULL;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and say what the import would do, without writing anything"), NULL },
    { NULL }
  };

  if (!parse_options (globals, "import FILE.discorsi", entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return usage_error (_("“import” needs one file name, or - for standard input."));

  /* An import into a database that does not exist yet makes it: a new
   * installation starts from the office's file. A dry run makes nothing. */
  store = open_store (globals, dry_run ? DSC_STORE_MUST_EXIST : DSC_STORE_DEFAULT, &error);
  if (store == NULL)
    return fail (error);

  flags = dry_run ? DSC_IMPORT_DRY_RUN : DSC_IMPORT_DEFAULT;
  if (g_str_equal (argv[2], "-"))
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);

      name = g_strdup (_("standard input"));
      summary = dsc_exchange_import_stream (store, in, name, 0, flags, NULL, NULL, NULL,
                                            &problems, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);

      name = g_file_get_parse_name (file);
      summary = dsc_exchange_import (store, file, flags, NULL, NULL, NULL, &problems, &error);
    }

  if (summary == NULL)
    {
      /* Every problem on a line of its own, then the sentence that sums up. */
      if (problems != NULL && problems->len > 1)
        for (guint i = 0; i < problems->len; i++)
          fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (problems, i));
      return fail (error);
    }

  print_import_summary (summary, name);
  return DSC_EXIT_OK;
}

/* Reports and charts ------------------------------------------------------ */

static gboolean
ends_with_one_of (const char         *path,
                  const char * const *extensions)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; extensions[i] != NULL; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;

  return FALSE;
}

static gboolean
ends_with (const char *path,
           const char *extension)
{
  const char *extensions[] = { extension, NULL };

  return ends_with_one_of (path, extensions);
}

/* A usage error for a date that is not one, or a period that ends before it
 * begins; DSC_EXIT_OK when the dates are fine. */
static int
check_period (const char *from,
              const char *to)
{
  const char *names[] = { "--from", "--to" };
  const char *dates[] = { from, to };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (dates[i] != NULL && !dsc_date_parse (dates[i], &date))
      {
        /* Translators: the first %s is --from or --to, the second what was given. */
        g_autofree char *message = g_strdup_printf (_("%s must be a date written YYYY-MM-DD, such as 2026-01-31; "
                                                      "“%s” is not one."), names[i], dates[i]);
        return usage_error (message);
      }

  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    return usage_error (_("--from must not come after --to."));

  return DSC_EXIT_OK;
}

/* A file name that any disk and any e-mail program takes: the name's letters
 * without accents, dashes for the rest; unique in @used (case ignored). */
static char *
passport_file_name (const char *name,
                    const char *uuid,
                    GHashTable *used)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autoptr(GString) base = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *stem = NULL;

  for (const char *p = ascii; *p != '\0' && base->len < 80; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, *p);
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_append_printf (base, "association-%.8s", uuid);

  stem = g_strdup (base->str);
  for (int n = 2;; n++)
    {
      key = g_ascii_strdown (stem, -1);
      if (!g_hash_table_contains (used, key))
        break;
      g_clear_pointer (&key, g_free);
      g_free (stem);
      stem = g_strdup_printf ("%s-%d", base->str, n);
    }

  g_hash_table_add (used, g_steal_pointer (&key));
  return g_strdup_printf ("%s.pdf", stem);
}

static int
report_all (DscStore   *store,
            const char *output_dir)
{
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GPtrArray) associations = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GError *error = NULL;

  if (g_mkdir_with_parents (output_dir, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (output_dir);
      g_autofree char *message = g_strdup_printf (_("Could not make the folder “%s”: %s."), name,
                                                  g_strerror (saved));

      print_error (message);
      return DSC_EXIT_FAILED;
    }

  associations = dsc_store_search_associations (store, &filter, &error);
  if (associations == NULL)
    return fail (error);

  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociationSummary *association = g_ptr_array_index (associations, i);
      g_autofree char *file_name = passport_file_name (association->name, association->uuid, used);
      g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
      g_autoptr(DscReport) report = dsc_report_new_passport (store, association->id, &error);

      if (report == NULL || !dsc_report_export (report, path, 0, &error))
        return fail (error);
      printf ("%s\n", path);
    }

  return DSC_EXIT_OK;
}

static int
verb_report (CliGlobals  *globals,
             int          argc,
             char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscReport) report = NULL;
  g_autoptr(DscAssociation) association = NULL;
  g_autofree char *association_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *formats[] = { ".pdf", ".png", ".svg", NULL };
  gboolean all = FALSE;
  gboolean programme = FALSE;
  int page = G_MININT;
  GError *error = NULL;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "association", 0, 0, G_OPTION_ARG_STRING, &association_id,
      N_("The passport of this association (uuid or exact name)"), N_("ID") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("The passport of every association, one PDF each"), NULL },
    { "programme", 0, 0, G_OPTION_ARG_NONE, &programme,
      N_("The programme report"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("The first day of the programme report's period (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("The last day of the programme report's period (YYYY-MM-DD)"), N_("DATE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .pdf, .png or .svg"), N_("FILE") },
    { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, &output_dir,
      N_("The folder for the passports of --all"), N_("DIR") },
    { "page", 0, 0, G_OPTION_ARG_INT, &page,
      N_("For PNG and SVG, the page to write (default 1)"), N_("N") },
    { NULL }
  };

  if (!parse_options (globals, "report", entries, &argc, &argv, &status))
    return status;
  if (argc > 2)
    return usage_error (_("“report” takes no file name alone; use --output=FILE or --output-dir=DIR."));
  if ((association_id != NULL) + all + programme != 1)
    return usage_error (_("“report” needs one of --association=ID, --all or --programme."));
  if ((from != NULL || to != NULL) && !programme)
    return usage_error (_("--from and --to go with “report --programme”."));
  if (all)
    {
      if (output_dir == NULL)
        return usage_error (_("“report --all” needs --output-dir=DIR."));
      if (output != NULL || page != G_MININT)
        return usage_error (_("“report --all” writes one PDF per association into --output-dir; "
                              "--output and --page go with one report."));
    }
  else
    {
      if (output == NULL)
        return usage_error (_("“report” needs --output=FILE, ending in .pdf, .png or .svg."));
      if (output_dir != NULL)
        return usage_error (_("--output-dir goes with “report --all”."));
      if (!ends_with_one_of (output, formats))
        return usage_error (_("--output must end in .pdf, .png or .svg."));
      if (page != G_MININT && ends_with (output, ".pdf"))
        return usage_error (_("--page goes with a PNG or SVG file; a PDF holds every page."));
      if (page != G_MININT && page < 1)
        return usage_error (_("--page counts from 1."));
    }
  status = check_period (from, to);
  if (status != DSC_EXIT_OK)
    return status;

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    return fail (error);

  if (all)
    return report_all (store, output_dir);

  if (programme)
    report = dsc_report_new_programme (store, from, to, &error);
  else
    {
      association = dsc_store_find_association (store, association_id, &error);
      if (association == NULL)
        return fail (error);
      report = dsc_report_new_passport (store, association->base.id, &error);
    }
  if (report == NULL || !dsc_report_export (report, output, page != G_MININT ? page - 1 : 0, &error))
    return fail (error);

  printf ("%s\n", output);
  return DSC_EXIT_OK;
}

/* One of the charts of an association or of the programme, titled so that
 * the file says whose it is. */
static DscChart *
make_chart (DscStore        *store,
            DscAssociation  *association,
            const char      *kind,
            GError         **error)
{
  DscChart *chart = NULL;

  if (association != NULL && g_str_equal (kind, "radar"))
    {
      g_autoptr(DscProgress) progress = dsc_progress_compute (store, association->base.id, error);
      g_auto(GStrv) labels = progress != NULL ? dsc_report_level_labels (store, error) : NULL;

      if (labels != NULL)
        chart = dsc_chart_new_radar (progress, (const char * const *) labels);
    }
  else if (association != NULL && g_str_equal (kind, "timeline"))
    {
      g_autoptr(DscTimeline) timeline = dsc_store_association_timeline (store, association->base.id, error);

      if (timeline != NULL)
        chart = dsc_chart_new_timeline (timeline);
    }
  else if (g_str_equal (kind, "training"))
    {
      g_autoptr(GPtrArray) months = dsc_store_training_by_month (store, association != NULL ? association->base.id : 0,
                                                                 NULL, NULL, error);

      if (months != NULL)
        chart = dsc_chart_new_training (months, association == NULL);
    }
  else if (g_str_equal (kind, "heatmap"))
    {
      g_autoptr(DscLevelsTable) table = dsc_store_latest_levels (store, NULL, NULL, error);

      if (table != NULL)
        chart = dsc_chart_new_heatmap (table, 0, G_MAXUINT);
    }
  else if (g_str_equal (kind, "follow-ups"))
    {
      g_autoptr(GPtrArray) counts = dsc_store_follow_ups_by_service_in (store, NULL, NULL, error);

      if (counts != NULL)
        chart = dsc_chart_new_follow_ups (counts);
    }

  if (chart != NULL && association != NULL)
    {
      /* Translators: the title of a chart saved to a file: "Levels by domain — Associazione Nuovi Orizzonti". */
      g_autofree char *title = g_strdup_printf (C_("chart file title", "%s — %s"), dsc_chart_get_title (chart),
                                                association->name);

      dsc_chart_set_title (chart, title);
    }
  /* A file on its own says what it shows. */
  if (chart != NULL)
    dsc_chart_set_draw_title (chart, TRUE);

  return chart;
}

static int
verb_chart (CliGlobals  *globals,
            int          argc,
            char       **argv)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscAssociation) association = NULL;
  g_autoptr(DscChart) chart = NULL;
  g_autofree char *association_id = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *output = NULL;
  const char *association_kinds[] = { "radar", "timeline", "training", NULL };
  const char *programme_kinds[] = { "heatmap", "training", "follow-ups", NULL };
  const char *formats[] = { ".png", ".svg", ".pdf", NULL };
  DscChartStyle style = DSC_CHART_STYLE_INIT;
  gboolean programme = FALSE;
  int width = G_MININT;
  int height = G_MININT;
  GError *error = NULL;
  int status = DSC_EXIT_OK;
  GOptionEntry entries[] = {
    { "association", 0, 0, G_OPTION_ARG_STRING, &association_id,
      N_("A chart of this association (uuid or exact name)"), N_("ID") },
    { "programme", 0, 0, G_OPTION_ARG_NONE, &programme,
      N_("A chart of the whole programme"), NULL },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("radar, timeline or training (association); heatmap, training or follow-ups (programme)"), N_("KIND") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("The width: pixels for PNG, points for SVG and PDF (default 800)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height,
      N_("The height (default: what the chart needs at that width)"), N_("H") },
    { NULL }
  };

  if (!parse_options (globals, "chart", entries, &argc, &argv, &status))
    return status;
  if (argc > 2)
    return usage_error (_("“chart” takes no file name alone; use --output=FILE."));
  if ((association_id != NULL) + programme != 1)
    return usage_error (_("“chart” needs --association=ID or --programme."));
  if (kind == NULL || !g_strv_contains (programme ? programme_kinds : association_kinds, kind))
    return usage_error (programme ? _("--kind must be heatmap, training or follow-ups for the programme.")
                                  : _("--kind must be radar, timeline or training for an association."));
  if (output == NULL)
    return usage_error (_("“chart” needs --output=FILE, ending in .png, .svg or .pdf."));
  if (!ends_with_one_of (output, formats))
    return usage_error (_("--output must end in .png, .svg or .pdf."));
  if ((width != G_MININT && (width < 1 || width > 10000)) || (height != G_MININT && (height < 1 || height > 10000)))
    return usage_error (_("--width and --height must lie between 1 and 10000."));

  store = open_store (globals, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL)
    return fail (error);
  if (association_id != NULL)
    {
      association = dsc_store_find_association (store, association_id, &error);
      if (association == NULL)
        return fail (error);
    }

  chart = make_chart (store, association, kind, &error);
  if (chart == NULL)
    return fail (error);

  /* Paper gets the palette that survives a black-and-white printer. */
  if (ends_with (output, ".pdf"))
    style.palette = DSC_CHART_PALETTE_PRINT;
  if (width == G_MININT)
    width = 800;
  if (height == G_MININT)
    height = (int) ceil (dsc_chart_get_natural_height (chart, width, &style));

  if (!dsc_chart_export (chart, output, width, MAX (height, 1), 1.0, &style, &error))
    {
      g_autofree char *name = g_filename_display_name (output);

      /* The line names the file, whatever went wrong. */
      if (strstr (error->message, name) == NULL)
        g_prefix_error (&error, "“%s”: ", name);
      return fail (error);
    }

  printf ("%s\n", output);
  return DSC_EXIT_OK;
}

/**
 * dsc_cli_run:
 * @argc: the argument count
 * @argv: the arguments
 *
 * Runs the verb that @argv names.
 *
 * Returns: the exit status
 */
int
dsc_cli_run (int    argc,
             char **argv)
{
  CliGlobals globals = { NULL };
  g_auto(GStrv) args = NULL;
  const char *verb;
  int status = DSC_EXIT_USAGE;

  if (has_flag (argc, argv, "--version"))
    {
      printf ("discorsi %s\n", PACKAGE_VERSION);
      return DSC_EXIT_OK;
    }

  verb = find_verb (argc, argv);
  if (verb == NULL || has_flag (argc, argv, "--help") || has_flag (argc, argv, "-h"))
    {
      print_help ();
      return DSC_EXIT_OK;
    }

  /* GOption reorders and removes what it parses, so it works on a copy. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  /* The verb goes first after the program name, where a verb's options expect it. */
  for (int i = 1; i < argc; i++)
    if (args[i] == verb || g_str_equal (args[i], verb))
      {
        char *moved = args[i];

        memmove (args + 2, args + 1, (gsize) (i - 1) * sizeof (char *));
        args[1] = moved;
        break;
      }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verb, verbs[i].name))
      {
        int n = argc;
        char **view = g_memdup2 (args, sizeof (char *) * (argc + 1));

        status = verbs[i].run (&globals, n, view);
        g_free (view);
        break;
      }

  g_free (globals.database);
  return status;
}
