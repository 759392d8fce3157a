/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The passport and the programme report as a funder receives them: PDF files
 * whose text (poppler's pdftotext) holds the right names and numbers, worked
 * out here from the database with plain SQL rather than with the report's own
 * code; pages that keep to their paper on A4, Letter and landscape; and the
 * `report` and `chart` verbs run as a script would run them, without a
 * display. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <cairo.h>

#include "dsc-demo.h"
#include "dsc-meetings.h"
#include "dsc-progress.h"
#include "dsc-report-private.h"
#include "dsc-test-util.h"
#include "dsc-validate.h"

#define NOW "2026-11-26T10:00:00Z"
#define TODAY "2026-11-26"
#define MARGIN (18.0 * 72.0 / 25.4)

static char *demo_dir;     /* the 40-association demo, made once */
static char *demo_path;

typedef struct
{
  const char *name;
  double      width;
  double      height;
} Paper;

static const Paper papers[] = {
  { "A4", DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT },
  { "Letter", 612, 792 },
  { "A4 landscape", DSC_REPORT_A4_HEIGHT, DSC_REPORT_A4_WIDTH },
};

/* Helpers ---------------------------------------------------------------- */

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("pdftotext is not installed (apt-get install poppler-utils)");
  return path != NULL;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return out;
}

/* The text of a PDF as pdftotext reads it, with every run of white space
 * made one space, so that a name wrapped over two lines still reads whole. */
static char *
pdf_text (const char *path,
          gboolean    layout)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw", path, "-", NULL };

  return run_tool (argv);
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static guint
count_pages (const char *text)
{
  guint pages = 0;

  for (const char *p = text; *p != '\0'; p++)
    pages += *p == '\f';
  return pages;
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static DscStore *
open_demo (const char *path,
           guint       associations)
{
  g_autoptr(GError) error = NULL;
  DscStore *store = dsc_test_open (path);

  if (dsc_store_is_empty (store, NULL))
    {
      g_assert_true (dsc_demo_generate (store, associations, 1, &error));
      g_assert_no_error (error);
    }
  return store;
}

static DscAssociationSummary *
first_association (DscStore *store)
{
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GPtrArray) all = dsc_store_search_associations (store, &filter, NULL);

  g_assert_nonnull (all);
  g_assert_cmpuint (all->len, >, 0);
  return dsc_association_summary_copy (g_ptr_array_index (all, 0));
}

static sqlite3 *
open_sql (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static int
sql_int (sqlite3    *db,
         const char *sql,
         const char *from,
         const char *to)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  /* ?1 the first day or NULL, ?2 the last day that can have held something, ?3 today */
  if (from != NULL)
    sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to != NULL && strcmp (to, TODAY) < 0 ? to : TODAY, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, TODAY, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
export_ok (DscReport  *report,
           const char *path,
           int         page)
{
  g_autoptr(GError) error = NULL;
  const char *keep = g_getenv ("DISCORSI_TEST_KEEP_DIR");

  g_assert_true (dsc_report_export (report, path, page, &error));
  g_assert_no_error (error);

  /* To look at what the tests made. */
  if (keep != NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *copy = g_build_filename (keep, base, NULL);

      g_assert_true (dsc_report_export (report, copy, page, NULL));
    }
}

/* Paginates on @paper, draws every page and checks that nothing was put
 * outside the page's margins. Returns the number of pages. */
static guint
check_paper (DscReport   *report,
             const Paper *paper)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint pages = dsc_report_paginate (report, cr, paper->width, paper->height);

  g_test_message ("%s on %s: %u pages", dsc_report_get_title (report), paper->name, pages);
  g_assert_false (dsc_report_get_overflow (report));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint page = 0; page < pages; page++)
    {
      double x, y, width, height;

      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);
      dsc_report_draw_page (report, cr, page, paper->width, paper->height);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      cairo_surface_destroy (surface);

      /* Ink may reach a glyph's overhang past the margin, no more. */
      g_assert_cmpfloat (width, >, 0);
      g_assert_cmpfloat (x, >=, MARGIN - 2);
      g_assert_cmpfloat (y, >=, MARGIN - 2);
      g_assert_cmpfloat (x + width, <=, paper->width - MARGIN + 2);
      g_assert_cmpfloat (y + height, <=, paper->height - MARGIN + 2);
    }

  return pages;
}

/* What a passport shows for one domain, worked out from the scores: the first
 * reading, the latest (on one date the consensus before the trainer before the
 * association itself), the change when they come from different assessments,
 * and the most recent target. */
typedef struct
{
  char *name;
  int   first;
  int   latest;
  int   target;
  gboolean has_change;
} ExpectedDomain;

static GArray *
expected_domains (const char *path,
                  gint64      association_id)
{
  sqlite3 *db = open_sql (path);
  sqlite3_stmt *stmt = NULL;
  GArray *domains = g_array_new (FALSE, TRUE, sizeof (ExpectedDomain));
  const char *sql =
    "WITH r AS (SELECT s.domain_id, s.level, s.target_level, a.date, a.id AS aid,"
    "             CASE a.respondent WHEN 'consensus' THEN 0 WHEN 'trainer' THEN 1 ELSE 2 END AS rank"
    "           FROM score s JOIN assessment a ON a.id = s.assessment_id"
    "           WHERE a.association_id = ?1 AND a.deleted_at IS NULL)"
    " SELECT vd.name,"
    "  (SELECT level FROM r WHERE r.domain_id = vd.domain_id AND level IS NOT NULL ORDER BY date, rank, aid LIMIT 1),"
    "  (SELECT level FROM r WHERE r.domain_id = vd.domain_id AND level IS NOT NULL"
    "     ORDER BY date DESC, rank, aid LIMIT 1),"
    "  (SELECT target_level FROM r WHERE r.domain_id = vd.domain_id AND target_level IS NOT NULL"
    "     ORDER BY date DESC, rank, aid LIMIT 1),"
    "  (SELECT aid FROM r WHERE r.domain_id = vd.domain_id AND level IS NOT NULL ORDER BY date, rank, aid LIMIT 1)"
    "   IS NOT (SELECT aid FROM r WHERE r.domain_id = vd.domain_id AND level IS NOT NULL"
    "     ORDER BY date DESC, rank, aid LIMIT 1)"
    " FROM version_domain vd JOIN framework_version v ON v.id = vd.version_id"
    " WHERE v.uuid = '" DSC_BUILTIN_VERSION_UUID "' AND NOT vd.retired ORDER BY vd.position";

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, association_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ExpectedDomain domain = { 0 };

      domain.name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      domain.first = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 1);
      domain.latest = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
      domain.target = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 3);
      domain.has_change = domain.latest >= 1 && sqlite3_column_int (stmt, 4) != 0;
      g_array_append_val (domains, domain);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return domains;
}

static char *
expected_row (const ExpectedDomain *domain)
{
  g_autofree char *first = domain->first >= 1 ? g_strdup_printf ("%d", domain->first) : g_strdup ("—");
  g_autofree char *latest = domain->latest >= 1 ? g_strdup_printf ("%d", domain->latest) : g_strdup ("—");
  g_autofree char *target = domain->target >= 1 ? g_strdup_printf ("%d", domain->target) : g_strdup ("—");
  g_autofree char *change = NULL;
  int delta = domain->latest - domain->first;

  if (!domain->has_change)
    change = g_strdup ("—");
  else if (delta > 0)
    change = g_strdup_printf ("▲ +%d", delta);
  else if (delta < 0)
    change = g_strdup_printf ("▼ −%d", -delta);
  else
    change = g_strdup ("= 0");

  return g_strdup_printf ("%s %s %s %s %s", domain->name, first, latest, change, target);
}

/* The passport ----------------------------------------------------------- */

static void
test_passport_first_association (void)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscAssociationSummary) first = NULL;
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GArray) domains = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (demo_dir, "passport.pdf", NULL);
  g_autofree char *layout = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *name = NULL;
  guint pages;

  if (!have_pdftotext ())
    return;

  store = open_demo (demo_path, 40);
  first = first_association (store);
  report = dsc_report_new_passport (store, first->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (dsc_report_get_title (report), first->name));
  export_ok (report, pdf, 0);

  layout = pdf_text (pdf, TRUE);
  pages = count_pages (layout);
  g_test_message ("the passport of %s has %u pages", first->name, pages);
  g_assert_cmpuint (pages, >=, 1);
  g_assert_cmpuint (pages, <=, 2);

  plain = pdf_text (pdf, FALSE);
  squeezed = squeeze (plain);
  name = squeeze (first->name);
  g_assert_nonnull (strstr (squeezed, name));
  g_assert_nonnull (strstr (squeezed, "Page 1 of"));
  g_assert_nonnull (strstr (squeezed, "Printed on"));

  /* Each domain on one line of the table: its name, first, latest, change, target. */
  domains = expected_domains (demo_path, first->id);
  g_assert_cmpuint (domains->len, ==, 8);
  {
    g_auto(GStrv) lines = g_strsplit (layout, "\n", -1);
    guint with_change = 0;

    for (guint d = 0; d < domains->len; d++)
      {
        ExpectedDomain *domain = &g_array_index (domains, ExpectedDomain, d);
        g_autofree char *row = expected_row (domain);
        gboolean found = FALSE;

        g_assert_nonnull (strstr (squeezed, domain->name));
        g_autofree char *wanted = without_spaces (row);

        /* pdftotext may drop the space in "= 0": compare without spaces. */
        for (guint i = 0; lines[i] != NULL && !found; i++)
          {
            g_autofree char *line = without_spaces (lines[i]);

            found = strstr (line, wanted) != NULL;
          }
        if (!found)
          g_test_message ("no line reads “%s” in:\n%s", row, layout);
        g_assert_true (found);
        with_change += domain->has_change;
        g_free (domain->name);
      }
    /* The demo's first association was assessed more than once. */
    g_assert_cmpuint (with_change, >, 0);
  }
}

/* Every passport of the demo keeps to two pages on every paper, with nothing
 * past the margins. */
static void
test_passport_every_paper (void)
{
  g_autoptr(DscStore) store = open_demo (demo_path, 40);
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GPtrArray) all = dsc_store_search_associations (store, &filter, NULL);

  g_assert_cmpuint (all->len, ==, 40);
  for (guint i = 0; i < all->len; i++)
    {
      DscAssociationSummary *association = g_ptr_array_index (all, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(DscReport) report = dsc_report_new_passport (store, association->id, &error);

      g_assert_no_error (error);
      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        {
          guint pages = check_paper (report, &papers[p]);

          g_assert_cmpuint (pages, >=, 1);
          g_assert_cmpuint (pages, <=, 2);
        }
    }
}

/* An association with far more than a page of goals and follow-ups, long
 * French names for the domains and long words everywhere: two pages at most,
 * lists cut with "and N more", every line inside the page. */
static void
test_passport_long_texts (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "long.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = NULL;
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autoptr(DscAssessment) baseline = dsc_record_new (&dsc_kind_assessment);
  g_autoptr(DscAssessment) latest = dsc_record_new (&dsc_kind_assessment);
  g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  g_autoptr(DscModule) module = dsc_record_new (&dsc_kind_module);
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *french[] = {
    "Identité, mission et valeurs fondatrices de l’association",
    "Gouvernance et conformité juridique",
    "Administration, comptabilité et reddition des comptes aux bailleurs",
    "Conception de projets et recherche de financements",
    "Personnes : membres, bénévoles et renouvellement du leadership",
    "Communication interne et externe",
    "Travail en réseau avec les services territoriaux",
    "Suivi, évaluation et apprentissage organisationnel",
  };
  gint64 version_id;

  association = dsc_association_new ();
  association->name = g_strdup ("Associació Intercultural de Dones Migrants i Mediadores Socioculturals "
                                "de la Vall de Susa i del Pinerolès");
  association->acronym = g_strdup ("AIDMMS");
  association->municipality = g_strdup ("San Giorio di Susa");
  association->province = DSC_PROVINCE_TO;
  association->legal_form = DSC_LEGAL_FORM_APS;
  association->runts_section = DSC_RUNTS_APS;
  association->runts_number = g_strdup ("123456");
  association->communities = g_strdup ("Sénégal, Côte d’Ivoire, Maroc, Tunisie, Roumanie, Moldavie, Pérou, "
                                       "Équateur, Albanie, Ukraine, Bangladesh, Pakistan, Philippines");
  association->languages = g_strdup ("français, wolof, arabe, roumain, espagnol, albanais, ukrainien, bengali, "
                                     "ourdou, tagalog, italien");
  association->members = 120;
  association->volunteers = 35;
  association->areas = 0xff;
  association->email = g_strdup ("segreteria.generale@associacio-intercultural-dones-migrants.example.org");
  association->website = g_strdup ("https://www.associacio-intercultural-dones-migrants-i-mediadores.example.org/"
                                   "qui-som/historia-i-missio");
  g_assert_true (dsc_store_insert (store, association, &error));

  /* Long domain names, as the French translation has them. */
  version_id = dsc_store_editable_version (store, &error);
  g_assert_no_error (error);
  version = dsc_store_load_version (store, version_id, &error);
  g_assert_no_error (error);
  for (guint d = 0; d < version->domains->len; d++)
    {
      DscDomainText *domain = g_ptr_array_index (version->domains, d);

      g_assert_true (dsc_store_set_domain_text (store, version_id, domain->id, french[d], domain->description,
                                                (const char * const *) domain->descriptors, FALSE, &error));
    }

  baseline->association_id = latest->association_id = association->base.id;
  baseline->version_id = latest->version_id = version_id;
  baseline->date = g_strdup ("2025-10-01");
  latest->date = g_strdup ("2026-10-01");
  baseline->respondent = latest->respondent = DSC_RESPONDENT_CONSENSUS;
  g_assert_true (dsc_store_insert (store, baseline, &error));
  g_assert_true (dsc_store_insert (store, latest, &error));
  for (guint d = 0; d < version->domains->len; d++)
    {
      DscDomainText *domain = g_ptr_array_index (version->domains, d);
      DscScore first = { domain->id, 1 + (int) d % 3, NULL, 4 };
      DscScore last = { domain->id, 1 + (int) (d + 1) % 4, NULL, 4 };

      g_assert_true (dsc_store_set_score (store, baseline->base.id, &first, &error));
      g_assert_true (dsc_store_set_score (store, latest->base.id, &last, &error));
    }

  for (int i = 0; i < 30; i++)
    {
      g_autoptr(DscGoal) goal = dsc_record_new (&dsc_kind_goal);

      goal->association_id = association->base.id;
      goal->domain_id = ((DscDomainText *) g_ptr_array_index (version->domains, i % 8))->id;
      goal->title = g_strdup_printf ("Objectif n° %d : rédiger et faire approuver par l’assemblée générale "
                                     "un règlement intérieur actualisé", i + 1);
      goal->target_level = 3;
      goal->due_date = g_strdup (i % 2 ? "2026-03-31" : "2027-06-30");
      goal->status = i % 5 == 0 ? DSC_GOAL_ACHIEVED : DSC_GOAL_IN_PROGRESS;
      g_assert_true (dsc_store_insert (store, goal, &error));
    }

  service->name = g_strdup ("Consorzio Intercomunale Socio-Assistenziale della Valle di Susa e Val Sangone");
  service->service_type = DSC_SERVICE_SOCIAL_SERVICES;
  g_assert_true (dsc_store_insert (store, service, &error));
  meeting->date = g_strdup ("2026-05-01");
  meeting->title = g_strdup ("Table de travail");
  meeting->meeting_kind = DSC_MEETING_WORKING_TABLE;
  g_assert_true (dsc_store_insert (store, meeting, &error));
  for (int i = 0; i < 30; i++)
    {
      g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);

      follow_up->meeting_id = meeting->base.id;
      follow_up->association_id = association->base.id;
      follow_up->service_id = service->base.id;
      follow_up->what = g_strdup_printf ("Envoyer au consortium la liste actualisée des familles accompagnées "
                                         "et des demandes de logement d’urgence (%d)", i + 1);
      follow_up->owner = g_strdup ("Marie-Christine Nguessan-Diallo");
      follow_up->due_date = g_strdup (i % 3 ? "2026-06-15" : "2027-01-15");
      g_assert_true (dsc_store_insert (store, follow_up, &error));
    }

  module->title = g_strdup ("Rendicontazione economica e sociale per i bandi delle fondazioni di origine bancaria");
  module->threshold_percent = 75;
  g_assert_true (dsc_store_insert (store, module, &error));
  for (int i = 0; i < 4; i++)
    {
      g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);

      session->module_id = module->base.id;
      session->date = g_strdup_printf ("2026-0%d-10", i + 2);
      session->duration_minutes = 150;
      g_assert_true (dsc_store_insert (store, session, &error));
      g_assert_true (dsc_store_invite (store, session->base.id, association->base.id, &error));
      g_assert_true (dsc_store_mark_all_present (store, session->base.id, &error));
    }
  g_assert_no_error (error);

  report = dsc_report_new_passport (store, association->base.id, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    g_assert_cmpuint (check_paper (report, &papers[p]), ==, 2);

  if (!have_pdftotext ())
    return;
  export_ok (report, pdf, 0);
  text = pdf_text (pdf, FALSE);
  g_assert_cmpuint (count_pages (text), ==, 2);
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, "Gouvernance et conformité juridique"));
  g_assert_nonnull (strstr (squeezed, "Page 2 of 2"));
  /* The 30 goals and the 30 follow-ups do not fit: the lists say how many more there are. */
  g_assert_nonnull (strstr (squeezed, " more"));
  g_assert_true (g_regex_match_simple ("and [0-9]+ more.*and [0-9]+ more", squeezed, 0, 0));
  g_assert_nonnull (strstr (squeezed, "Overdue since"));

  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

/* An association with nothing but a name still gets a tidy page. */
static void
test_passport_empty (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = dsc_test_add_association (store, "Nuovi Orizzonti", -1);
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  report = dsc_report_new_passport (store, association->base.id, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    g_assert_cmpuint (check_paper (report, &papers[p]), ==, 1);

  if (have_pdftotext ())
    {
      export_ok (report, pdf, 0);
      text = pdf_text (pdf, FALSE);
      squeezed = squeeze (text);
      g_assert_cmpuint (count_pages (text), ==, 1);
      g_assert_nonnull (strstr (squeezed, "Nuovi Orizzonti"));
      g_assert_nonnull (strstr (squeezed, "No assessment yet"));
      g_assert_nonnull (strstr (squeezed, "No goals set yet"));
    }

  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

/* The programme report --------------------------------------------------- */

typedef struct
{
  char   *text;
  double  x_min;
  double  y_min;
  double  y_max;
} Word;

static void
word_clear (Word *word)
{
  g_free (word->text);
}

/* The words of a PDF's first page with their boxes (pdftotext -bbox). */
static GArray *
first_page_words (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", pdf, "-", NULL };
  g_autofree char *html = run_tool (argv);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\""
                                         " yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);
  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x = g_match_info_fetch (match, 1);
      g_autofree char *y = g_match_info_fetch (match, 2);
      g_autofree char *y_max = g_match_info_fetch (match, 3);
      Word word = { g_match_info_fetch (match, 4), g_ascii_strtod (x, NULL), g_ascii_strtod (y, NULL),
                    g_ascii_strtod (y_max, NULL) };

      g_array_append_val (words, word);
      g_match_info_next (match, NULL);
    }

  return words;
}

/* The big number above a key figure's label: the word that starts where the
 * label starts, just above it. */
static const char *
figure_above (GArray     *words,
              const char *label)
{
  g_auto(GStrv) parts = g_strsplit (label, " ", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; i + n <= words->len; i++)
    {
      Word *start = &g_array_index (words, Word, i);
      const Word *best = NULL;
      gboolean same = TRUE;

      for (guint k = 0; k < n && same; k++)
        same = g_str_equal (g_array_index (words, Word, i + k).text, parts[k]);
      if (!same)
        continue;

      for (guint j = 0; j < words->len; j++)
        {
          Word *word = &g_array_index (words, Word, j);

          if (fabs (word->x_min - start->x_min) < 1.5 && word->y_max <= start->y_min + 0.5
              && start->y_min - word->y_max < 30 && (best == NULL || word->y_max > best->y_max))
            best = word;
        }
      if (best != NULL)
        return best->text;
    }

  return NULL;
}

static void
check_figures (DscStore   *store,
               const char *path,
               const char *dir,
               const char *from,
               const char *to)
{
  g_autofree char *pdf = g_build_filename (dir, "programme.pdf", NULL);
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) words = NULL;
  sqlite3 *db = open_sql (path);
#define HELD "SELECT s.id, s.duration_minutes FROM session s JOIN module m ON m.id = s.module_id" \
             " AND m.deleted_at IS NULL WHERE s.deleted_at IS NULL" \
             " AND (?1 IS NULL OR s.date >= ?1) AND s.date <= ?2"
  int reached = sql_int (db,
                         "SELECT count (*) FROM association x WHERE x.deleted_at IS NULL AND ("
                         " x.id IN (SELECT t.association_id FROM attendance t JOIN (" HELD ") h ON h.id = t.session_id"
                         "   WHERE t.present = 1 AND t.deleted_at IS NULL)"
                         " OR x.id IN (SELECT association_id FROM assessment WHERE deleted_at IS NULL"
                         "   AND (?1 IS NULL OR date >= ?1) AND date <= ?2)"
                         " OR x.id IN (SELECT l.association_id FROM meeting_association l JOIN meeting m"
                         "   ON m.id = l.meeting_id WHERE l.deleted_at IS NULL AND m.deleted_at IS NULL"
                         "   AND (?1 IS NULL OR m.date >= ?1) AND m.date <= ?2))",
                         from, to);
  int sessions = sql_int (db, "SELECT count (*) FROM (" HELD ")", from, to);
  int minutes = sql_int (db, "SELECT coalesce (sum (duration_minutes), 0) FROM (" HELD ")", from, to);
  int participants = sql_int (db, "SELECT coalesce (sum (t.participants), 0) FROM attendance t"
                                  " JOIN (" HELD ") h ON h.id = t.session_id"
                                  " WHERE t.present = 1 AND t.deleted_at IS NULL", from, to);
  int assessments = sql_int (db, "SELECT count (*) FROM assessment a JOIN association x ON x.id = a.association_id"
                                 " AND x.deleted_at IS NULL WHERE a.deleted_at IS NULL"
                                 " AND (?1 IS NULL OR a.date >= ?1) AND a.date <= ?2", from, to);
  int meetings = sql_int (db, "SELECT count (*) FROM meeting WHERE deleted_at IS NULL"
                              " AND (?1 IS NULL OR date >= ?1) AND date <= ?2", from, to);
  int done = sql_int (db, "SELECT count (*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id"
                          " AND m.deleted_at IS NULL WHERE f.deleted_at IS NULL AND f.status = 'done'"
                          " AND (?1 IS NULL OR f.done_date >= ?1) AND f.done_date <= ?2", from, to);
  int overdue = sql_int (db, "SELECT count (*) FROM follow_up f JOIN meeting m ON m.id = f.meeting_id"
                             " AND m.deleted_at IS NULL WHERE f.deleted_at IS NULL AND f.status = 'open'"
                             " AND f.due_date < ?3 AND (?1 IS NULL OR f.due_date >= ?1) AND f.due_date <= ?2",
                         from, to);
#undef HELD
  g_autofree char *hours = minutes % 60 == 0 ? g_strdup_printf ("%d", minutes / 60)
                                             : g_strdup_printf ("%.1f", minutes / 60.0);
  struct
  {
    const char *label;
    char       *value;
  } figures[] = {
    { "Associations reached", g_strdup_printf ("%d", reached) },
    { "Training sessions", g_strdup_printf ("%d", sessions) },
    { "Hours of training", g_strdup (hours) },
    { "Participants", g_strdup_printf ("%d", participants) },
    { "Assessments", g_strdup_printf ("%d", assessments) },
    { "Meetings", g_strdup_printf ("%d", meetings) },
    { "Follow-ups done", g_strdup_printf ("%d", done) },
    { "Follow-ups overdue", g_strdup_printf ("%d", overdue) },
  };

  sqlite3_close (db);
  g_test_message ("period %s..%s: %d reached, %d sessions, %s h, %d participants, %d assessments, %d meetings,"
                  " %d done, %d overdue", from, to, reached, sessions, hours, participants, assessments, meetings,
                  done, overdue);
  /* A period with nothing in it would prove little. */
  g_assert_cmpint (reached, >, 0);
  g_assert_cmpint (sessions, >, 0);
  g_assert_cmpint (meetings, >, 0);

  report = dsc_report_new_programme (store, from, to, &error);
  g_assert_no_error (error);
  export_ok (report, pdf, 0);
  words = first_page_words (pdf);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      const char *shown = figure_above (words, figures[i].label);

      g_test_message ("%s: %s (expected %s)", figures[i].label, shown, figures[i].value);
      g_assert_cmpstr (shown, ==, figures[i].value);
      g_free (figures[i].value);
    }
}

static void
test_programme_figures (void)
{
  g_autoptr(DscStore) store = NULL;

  if (!have_pdftotext ())
    return;

  store = open_demo (demo_path, 40);
  check_figures (store, demo_path, demo_dir, NULL, NULL);
  check_figures (store, demo_path, demo_dir, "2026-01-01", "2026-06-30");
  check_figures (store, demo_path, demo_dir, "2026-03-01", NULL);
}

static void
test_programme_text (void)
{
  g_autoptr(DscStore) store = NULL;
  g_autoptr(DscReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (demo_dir, "programme-text.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *first = dsc_format_date ("2026-01-01");
  g_autofree char *last = dsc_format_date ("2026-06-30");
  g_autofree char *period = g_strdup_printf ("From %s to %s", first, last);
  guint pages;

  if (!have_pdftotext ())
    return;

  store = open_demo (demo_path, 40);
  report = dsc_report_new_programme (store, "2026-01-01", "2026-06-30", &error);
  g_assert_no_error (error);
  export_ok (report, pdf, 0);
  text = pdf_text (pdf, FALSE);
  squeezed = squeeze (text);
  pages = count_pages (text);
  g_assert_cmpuint (pages, >=, 2);
  g_assert_nonnull (strstr (squeezed, "Programme report"));
  g_assert_nonnull (strstr (squeezed, period));
  g_assert_nonnull (strstr (squeezed, "Key figures"));
  g_assert_nonnull (strstr (squeezed, "Latest level by association and domain"));
  g_assert_nonnull (strstr (squeezed, "Training hours per month"));
  g_assert_nonnull (strstr (squeezed, "Follow-ups by service"));
  /* Every page has its header and its number. */
  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, pages);

      g_assert_nonnull (strstr (squeezed, number));
    }
  g_assert_cmpuint (count_occurrences (squeezed, "Programme report · "), >=, pages);

  /* A period that ends before it begins is refused. */
  g_clear_object (&report);
  report = dsc_report_new_programme (store, "2026-06-30", "2026-01-01", &error);
  g_assert_null (report);
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
}

/* 60 associations: the heatmap takes two pages of at most 40, each with its
 * heading; on every paper. */
static void
test_programme_heatmap_pages (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sixty.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "programme.pdf", NULL);
  g_autoptr(DscStore) store = open_demo (path, 60);
  g_autoptr(DscReport) report = NULL;
  g_autoptr(DscLevelsTable) levels = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_sql (path);
  int assessed = sql_int (db, "SELECT count (DISTINCT a.association_id) FROM assessment a"
                              " JOIN score s ON s.assessment_id = a.id AND s.level IS NOT NULL"
                              " JOIN association x ON x.id = a.association_id AND x.deleted_at IS NULL"
                              " WHERE a.deleted_at IS NULL", NULL, NULL);

  sqlite3_close (db);
  g_test_message ("%d of 60 associations have a level", assessed);
  g_assert_cmpint (assessed, >, 40);

  report = dsc_report_new_programme (store, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      guint pages = check_paper (report, &papers[p]);
      guint total = 0, with_rows = 0, most = 0, least = G_MAXUINT;

      for (guint page = 0; page < pages; page++)
        {
          guint rows = dsc_report_get_heatmap_rows (report, page);

          g_assert_cmpuint (rows, <=, 40);
          total += rows;
          with_rows += rows > 0;
          if (rows > 0)
            {
              most = MAX (most, rows);
              least = MIN (least, rows);
            }
        }
      g_assert_cmpuint (total, ==, (guint) assessed);
      /* Shared evenly: no last page with a row or two. */
      g_assert_cmpuint (most - least, <=, 1);
      if (p == 0)
        g_assert_cmpuint (with_rows, ==, 2);
      else
        g_assert_cmpuint (with_rows, >=, 2);
    }

  if (have_pdftotext ())
    {
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;
      g_autofree char *continued = g_strdup_printf ("of %d", assessed);

      export_ok (report, pdf, 0);
      text = pdf_text (pdf, FALSE);
      squeezed = squeeze (text);
      g_assert_nonnull (strstr (squeezed, "Associations 1–"));
      g_assert_nonnull (strstr (squeezed, "Latest level by association and domain (continued)"));
      g_assert_nonnull (strstr (squeezed, continued));
    }

  g_clear_object (&store);
  dsc_test_remove_tree (dir);
}

/* Export ----------------------------------------------------------------- */

static void
test_export_formats (void)
{
  g_autoptr(DscStore) store = open_demo (demo_path, 40);
  g_autoptr(DscAssociationSummary) first = first_association (store);
  g_autoptr(DscReport) report = dsc_report_new_passport (store, first->id, NULL);
  g_autofree char *png = g_build_filename (demo_dir, "passport.png", NULL);
  g_autofree char *svg = g_build_filename (demo_dir, "passport.svg", NULL);
  g_autofree char *nowhere = g_build_filename (demo_dir, "no such folder", "passport.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  export_ok (report, png, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  /* A4 at 144 dpi. */
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1191);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1684);
  cairo_surface_destroy (image);

  export_ok (report, svg, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "595.27"));

  /* No page 10; no folder; no such format: a sentence that names the file. */
  g_assert_false (dsc_report_export (report, png, 9, &error));
  g_assert_nonnull (strstr (error->message, "passport.png"));
  g_clear_error (&error);
  g_assert_false (dsc_report_export (report, nowhere, 0, &error));
  g_assert_nonnull (strstr (error->message, "passport.pdf"));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_false (dsc_report_export (report, "/tmp/passport.docx", 0, &error));
  g_assert_nonnull (strstr (error->message, "passport.docx"));
}

/* The command line ------------------------------------------------------- */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_discorsi (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("DISCORSI_EXE");
  int wait_status = 0;
  va_list ap;

  g_assert_nonnull (exe);
  g_ptr_array_add (args, (gpointer) exe);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "DISCORSI_NOW", NOW, TRUE);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* One clear line that says what is wrong (usage errors add where to read more). */
static void
assert_error_line (Run        *run,
                   int         status,
                   const char *mentions)
{
  g_auto(GStrv) lines = g_strsplit (run->err, "\n", -1);

  g_test_message ("exit %d: %s", run->status, run->err);
  g_assert_cmpint (run->status, ==, status);
  g_assert_true (g_str_has_prefix (run->err, "discorsi: "));
  g_assert_nonnull (strstr (lines[0], mentions));
  if (status == 1)
    g_assert_cmpuint (g_strv_length (lines), ==, 2);    /* one line and its newline */
}

static void
test_cli_report (void)
{
  g_autoptr(DscStore) store = open_demo (demo_path, 40);
  g_autoptr(DscAssociationSummary) first = first_association (store);
  g_autofree char *database = g_strdup_printf ("--database=%s", demo_path);
  g_autofree char *by_name = g_strdup_printf ("--association=%s", first->name);
  g_autofree char *by_uuid = g_strdup_printf ("--association=%s", first->uuid);
  g_autofree char *pdf_name = g_build_filename (demo_dir, "cli-name.pdf", NULL);
  g_autofree char *pdf_uuid = g_build_filename (demo_dir, "cli-uuid.pdf", NULL);
  g_autofree char *png = g_build_filename (demo_dir, "cli-page.png", NULL);
  g_autofree char *programme = g_build_filename (demo_dir, "cli-programme.pdf", NULL);
  g_autofree char *output_name = g_strdup_printf ("--output=%s", pdf_name);
  g_autofree char *output_uuid = g_strdup_printf ("--output=%s", pdf_uuid);
  g_autofree char *output_png = g_strdup_printf ("--output=%s", png);
  g_autofree char *output_programme = g_strdup_printf ("--output=%s", programme);
  g_auto(Run) name_run = { 0 };
  g_auto(Run) uuid_run = { 0 };
  g_auto(Run) png_run = { 0 };
  g_auto(Run) far_page = { 0 };
  g_auto(Run) pdf_page = { 0 };
  g_auto(Run) period_run = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) bad_order = { 0 };
  g_auto(Run) no_mode = { 0 };
  g_auto(Run) unwritable = { 0 };
  g_auto(Run) unknown = { 0 };
  cairo_surface_t *image;

  if (!have_pdftotext ())
    return;
  g_clear_object (&store);

  run_discorsi (&name_run, database, "report", by_name, output_name, NULL);
  g_assert_cmpint (name_run.status, ==, 0);
  run_discorsi (&uuid_run, "report", database, output_uuid, by_uuid, NULL);
  g_assert_cmpint (uuid_run.status, ==, 0);
  {
    g_autofree char *a = pdf_text (pdf_name, FALSE);
    g_autofree char *b = pdf_text (pdf_uuid, FALSE);
    g_autofree char *squeezed = squeeze (a);
    g_autofree char *name = squeeze (first->name);

    g_assert_nonnull (strstr (squeezed, name));
    g_assert_cmpstr (a, ==, b);
    g_assert_cmpuint (count_pages (a), <=, 2);
  }

  run_discorsi (&png_run, database, "report", by_uuid, output_png, "--page=1", NULL);
  g_assert_cmpint (png_run.status, ==, 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, cairo_image_surface_get_width (image));
  cairo_surface_destroy (image);

  run_discorsi (&far_page, database, "report", by_uuid, output_png, "--page=7", NULL);
  assert_error_line (&far_page, 1, "cli-page.png");
  run_discorsi (&pdf_page, database, "report", by_uuid, output_name, "--page=2", NULL);
  assert_error_line (&pdf_page, 2, "--page");

  run_discorsi (&period_run, database, "report", "--programme", "--from=2026-01-01", "--to=2026-06-30",
                output_programme, NULL);
  g_assert_cmpint (period_run.status, ==, 0);
  {
    g_autofree char *text = pdf_text (programme, FALSE);
    g_autofree char *squeezed = squeeze (text);
    g_autofree char *first_day = dsc_format_date ("2026-01-01");
    g_autofree char *last_day = dsc_format_date ("2026-06-30");
    g_autofree char *period = g_strdup_printf ("From %s to %s", first_day, last_day);

    g_assert_nonnull (strstr (squeezed, period));
  }

  run_discorsi (&bad_date, database, "report", "--programme", "--from=2026-02-30", output_programme, NULL);
  assert_error_line (&bad_date, 2, "“2026-02-30” is not");
  run_discorsi (&bad_order, database, "report", "--programme", "--from=2026-06-30", "--to=2026-01-01",
                output_programme, NULL);
  assert_error_line (&bad_order, 2, "--from");
  run_discorsi (&no_mode, database, "report", output_programme, NULL);
  assert_error_line (&no_mode, 2, "--association");
  run_discorsi (&unwritable, database, "report", by_uuid, "--output=/proc/discorsi/passport.pdf", NULL);
  assert_error_line (&unwritable, 1, "/proc/discorsi/passport.pdf");
  run_discorsi (&unknown, database, "report", "--association=No Such Association", output_name, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
}

static void
test_cli_report_all (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "twenty.db", NULL);
  g_autofree char *out = g_build_filename (dir, "passports", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", path);
  g_autofree char *output_dir = g_strdup_printf ("--output-dir=%s", out);
  g_autoptr(DscStore) store = open_demo (path, 20);
  g_autoptr(GDir) listing = NULL;
  g_auto(Run) all = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) no_dir = { 0 };
  const char *name;
  guint n = 0;

  g_clear_object (&store);
  run_discorsi (&all, database, "report", "--all", output_dir, NULL);
  g_assert_cmpint (all.status, ==, 0);

  listing = g_dir_open (out, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (out, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_str_has_suffix (name, ".pdf"));
      /* Names any disk takes: letters, digits and dashes. */
      for (const char *p = name; *p != '\0'; p++)
        g_assert_true (g_ascii_isalnum (*p) || *p == '-' || *p == '.');
      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      g_assert_true (length > 1000 && memcmp (contents, "%PDF", 4) == 0);
      n++;
    }
  g_assert_cmpuint (n, ==, 20);

  /* Again into the same folder: the same 20 files, replaced. */
  run_discorsi (&again, database, "report", "--all", output_dir, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (all.out, ==, again.out);

  run_discorsi (&no_dir, database, "report", "--all", NULL);
  assert_error_line (&no_dir, 2, "--output-dir");

  dsc_test_remove_tree (dir);
}

static void
check_chart_file (const char *file,
                  int         width,
                  int         height)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  if (g_str_has_suffix (file, ".png"))
    {
      cairo_surface_t *image = cairo_image_surface_create_from_png (file);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
      if (height > 0)
        g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
      cairo_surface_destroy (image);
    }
  else if (g_str_has_suffix (file, ".svg"))
    g_assert_nonnull (strstr (contents, "<svg"));
  else
    g_assert_true (memcmp (contents, "%PDF", 4) == 0);
}

static void
test_cli_chart (void)
{
  g_autoptr(DscStore) store = open_demo (demo_path, 40);
  g_autoptr(DscAssociationSummary) first = first_association (store);
  g_autofree char *database = g_strdup_printf ("--database=%s", demo_path);
  g_autofree char *by_uuid = g_strdup_printf ("--association=%s", first->uuid);
  const char *association_kinds[] = { "radar", "timeline", "training" };
  const char *programme_kinds[] = { "heatmap", "training", "follow-ups" };
  const char *extensions[] = { "png", "svg", "pdf" };
  g_autofree char *bad_file = g_build_filename (demo_dir, "chart.png", NULL);
  g_autofree char *bad_output = g_strdup_printf ("--output=%s", bad_file);
  g_auto(Run) bad_kind = { 0 };
  g_auto(Run) programme_kind = { 0 };
  g_auto(Run) bad_size = { 0 };
  g_auto(Run) unwritable = { 0 };
  g_auto(Run) no_kind = { 0 };

  g_clear_object (&store);
  for (guint k = 0; k < 3; k++)
    for (guint e = 0; e < G_N_ELEMENTS (extensions); e++)
      {
        g_autofree char *file = g_strdup_printf ("%s/chart-%s.%s", demo_dir, association_kinds[k], extensions[e]);
        g_autofree char *output = g_strdup_printf ("--output=%s", file);
        g_autofree char *kind = g_strdup_printf ("--kind=%s", association_kinds[k]);
        g_auto(Run) run = { 0 };

        run_discorsi (&run, database, "chart", by_uuid, kind, output, "--width=640", "--height=420", NULL);
        g_test_message ("%s: %s", file, run.err);
        g_assert_cmpint (run.status, ==, 0);
        check_chart_file (file, 640, 420);
      }

  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *file = g_strdup_printf ("%s/programme-%s.png", demo_dir, programme_kinds[k]);
      g_autofree char *output = g_strdup_printf ("--output=%s", file);
      g_autofree char *kind = g_strdup_printf ("--kind=%s", programme_kinds[k]);
      g_auto(Run) run = { 0 };

      /* Without --height: as tall as the chart needs at that width. */
      run_discorsi (&run, database, "chart", "--programme", kind, output, "--width=900", NULL);
      g_test_message ("%s: %s", file, run.err);
      g_assert_cmpint (run.status, ==, 0);
      check_chart_file (file, 900, 0);
    }

  run_discorsi (&bad_kind, database, "chart", by_uuid, "--kind=pie", bad_output, NULL);
  assert_error_line (&bad_kind, 2, "radar, timeline or training");
  run_discorsi (&programme_kind, database, "chart", "--programme", "--kind=radar", bad_output, NULL);
  assert_error_line (&programme_kind, 2, "heatmap, training or follow-ups");
  run_discorsi (&no_kind, database, "chart", "--programme", bad_output, NULL);
  assert_error_line (&no_kind, 2, "--kind");
  run_discorsi (&bad_size, database, "chart", "--programme", "--kind=heatmap", bad_output, "--width=0", NULL);
  assert_error_line (&bad_size, 2, "--width");
  run_discorsi (&unwritable, database, "chart", by_uuid, "--kind=radar", "--output=/proc/discorsi/radar.png", NULL);
  assert_error_line (&unwritable, 1, "/proc/discorsi/radar.png");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("DISCORSI_NOW", NOW, TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  demo_dir = dsc_test_make_dir ();
  demo_path = g_build_filename (demo_dir, "demo.db", NULL);

  g_test_add_func ("/report/passport/first-association", test_passport_first_association);
  g_test_add_func ("/report/passport/every-paper", test_passport_every_paper);
  g_test_add_func ("/report/passport/long-texts", test_passport_long_texts);
  g_test_add_func ("/report/passport/empty", test_passport_empty);
  g_test_add_func ("/report/programme/figures", test_programme_figures);
  g_test_add_func ("/report/programme/text", test_programme_text);
  g_test_add_func ("/report/programme/heatmap-pages", test_programme_heatmap_pages);
  g_test_add_func ("/report/export/formats", test_export_formats);
  g_test_add_func ("/report/cli/report", test_cli_report);
  g_test_add_func ("/report/cli/report-all", test_cli_report_all);
  g_test_add_func ("/report/cli/chart", test_cli_chart);

  status = g_test_run ();
  dsc_test_remove_tree (demo_dir);
  g_free (demo_dir);
  g_free (demo_path);
  return status;
}
