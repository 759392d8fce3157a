/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Capacity building in the store: the built-in framework and its versions,
 * assessments and scores, goals, modules, sessions, attendance, certificates,
 * and the progress maths on examples computed by hand. */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <sqlite3.h>

#include "dsc-capacity.h"
#include "dsc-progress.h"
#include "dsc-test-util.h"

typedef struct
{
  char                *dir;
  char                *path;
  DscStore            *store;
  DscAssociation      *association;
  DscFrameworkVersion *v1;
} Fixture;

static gint64
domain_id_at (const DscFrameworkVersion *version,
              guint                      position)
{
  return ((DscDomainText *) g_ptr_array_index (version->domains, position))->id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "discorsi.db", NULL);
  fixture->store = dsc_test_open (fixture->path);
  fixture->association = dsc_test_add_association (fixture->store, "Al Amal", DSC_PROVINCE_TO);
  fixture->v1 = dsc_store_load_version (fixture->store, dsc_store_current_version (fixture->store, &error),
                                        &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  dsc_framework_version_free (fixture->v1);
  dsc_association_free (fixture->association);
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static DscAssessment *
add_assessment (Fixture    *fixture,
                gint64      version_id,
                const char *date,
                int         respondent,
                int         kind)
{
  g_autoptr(GError) error = NULL;
  DscAssessment *assessment = dsc_record_new (&dsc_kind_assessment);

  assessment->association_id = fixture->association->base.id;
  assessment->version_id = version_id;
  assessment->date = g_strdup (date);
  assessment->respondent = respondent;
  assessment->assessment_kind = kind;
  dsc_store_insert (fixture->store, assessment, &error);
  g_assert_no_error (error);
  return assessment;
}

static void
score (Fixture       *fixture,
       DscAssessment *assessment,
       gint64         domain_id,
       int            level,
       int            target)
{
  g_autoptr(GError) error = NULL;
  DscScore value = { domain_id, level, NULL, target };

  dsc_store_set_score (fixture->store, assessment->base.id, &value, &error);
  g_assert_no_error (error);
}

static DscDomainProgress *
progress_of (DscProgress *progress,
             gint64       domain_id)
{
  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (domain->domain_id == domain_id)
        return domain;
    }

  g_assert_not_reached ();
}

/* The framework ------------------------------------------------------------- */

static void
test_builtin_framework (Fixture       *fixture,
                        gconstpointer  data)
{
  const DscFrameworkVersion *v1 = fixture->v1;
  const DscDomainText *networking;

  g_assert_cmpstr (v1->uuid, ==, DSC_BUILTIN_VERSION_UUID);
  g_assert_true (v1->builtin);
  g_assert_true (v1->published);
  g_assert_cmpint (v1->scale_levels, ==, 4);
  g_assert_cmpuint (v1->domains->len, ==, 8);

  networking = g_ptr_array_index (v1->domains, 6);
  g_assert_cmpstr (networking->uuid, ==, "432ead7c-a092-489f-ba54-84f9f3bf26c4");
  g_assert_cmpstr (networking->name, ==, "Networking with territorial services");
  g_assert_cmpuint (g_strv_length (networking->descriptors), ==, 4);
  for (int level = 1; level <= 4; level++)
    g_assert_cmpuint (strlen (dsc_framework_descriptor (v1, networking, level)), >, 40);
  g_assert_cmpstr (dsc_framework_level_label (v1, 1), ==, "Clear need");
  g_assert_cmpstr (dsc_framework_level_label (v1, 4), ==, "Solid");

  /* The built-in framework is not the user's data: the database is still empty. */
  g_assert_true (dsc_store_is_empty (fixture->store, NULL) == FALSE);
  {
    g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
    g_autoptr(DscStore) fresh = dsc_test_open (other);
    g_autoptr(DscFrameworkVersion) same = dsc_store_load_version (fresh, dsc_store_current_version (fresh, NULL),
                                                                 NULL);

    g_assert_true (dsc_store_is_empty (fresh, NULL));
    g_assert_cmpstr (same->uuid, ==, v1->uuid);
    for (guint i = 0; i < 8; i++)
      g_assert_cmpstr (((DscDomainText *) g_ptr_array_index (same->domains, i))->uuid, ==,
                       ((DscDomainText *) g_ptr_array_index (v1->domains, i))->uuid);
  }
}

static void
test_versions_keep_history (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 v1 = fixture->v1->id;
  gint64 identity = domain_id_at (fixture->v1, 0);
  const char *descriptors[] = { "Nessuno scopo scritto.", "Uno statuto.", "Un piano.", "Una missione condivisa.", NULL };
  g_autoptr(DscAssessment) old = NULL;
  g_autoptr(DscAssessment) later = NULL;
  g_autoptr(DscFrameworkVersion) draft = NULL;
  g_autoptr(DscFrameworkVersion) v1_again = NULL;
  gint64 editable, new_domain;

  /* Unused: edits change the current version in place. */
  editable = dsc_store_editable_version (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (editable, ==, v1);
  g_assert_true (dsc_store_set_domain_text (fixture->store, v1, identity, "Identity, mission and values",
                                            NULL, descriptors, FALSE, &error));
  g_assert_no_error (error);

  /* Once an assessment uses it, it is frozen; edits go to a draft. */
  old = add_assessment (fixture, v1, "2026-02-01", DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_BASELINE);
  score (fixture, old, identity, 2, -1);
  g_assert_false (dsc_store_set_domain_text (fixture->store, v1, identity, "Renamed", NULL, NULL, FALSE, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  editable = dsc_store_editable_version (fixture->store, &error);
  g_assert_cmpint (editable, !=, v1);
  g_assert_cmpint (dsc_store_editable_version (fixture->store, &error), ==, editable);
  g_assert_cmpint (dsc_store_current_version (fixture->store, &error), ==, v1);
  g_assert_true (dsc_store_set_domain_text (fixture->store, editable, identity, "Mission", NULL, NULL, FALSE, &error));
  g_assert_true (dsc_store_set_domain_text (fixture->store, editable, domain_id_at (fixture->v1, 1),
                                            "Governance", NULL, NULL, TRUE, &error));
  new_domain = dsc_store_add_domain (fixture->store, editable, "Advocacy", &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_domain, >, 0);

  g_assert_true (dsc_store_publish_version (fixture->store, editable, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dsc_store_current_version (fixture->store, &error), ==, editable);
  g_assert_false (dsc_store_publish_version (fixture->store, editable, &error));
  g_clear_error (&error);

  /* The old assessment still reads the old texts; the new version has the new ones. */
  v1_again = dsc_store_load_version (fixture->store, old->version_id, &error);
  g_assert_cmpstr (dsc_framework_version_find (v1_again, identity)->name, ==, "Identity, mission and values");
  g_assert_cmpstr (dsc_framework_version_find (v1_again, identity)->descriptors[3], ==, "Una missione condivisa.");
  draft = dsc_store_load_version (fixture->store, editable, &error);
  g_assert_cmpuint (draft->domains->len, ==, 9);
  g_assert_cmpstr (dsc_framework_version_find (draft, identity)->name, ==, "Mission");
  g_assert_cmpstr (dsc_framework_version_find (draft, identity)->uuid, ==,
                   dsc_framework_version_find (v1_again, identity)->uuid);
  g_assert_true (dsc_framework_version_find (draft, domain_id_at (fixture->v1, 1))->retired);
  g_assert_cmpstr (dsc_framework_version_find (draft, new_domain)->name, ==, "Advocacy");

  /* A new assessment uses the new version. */
  later = add_assessment (fixture, dsc_store_current_version (fixture->store, NULL), "2026-06-01",
                          DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_FOLLOW_UP);
  score (fixture, later, identity, 3, -1);
  {
    g_autoptr(DscProgress) progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
    DscDomainProgress *domain = progress_of (progress, identity);

    g_assert_no_error (error);
    g_assert_cmpstr (domain->name, ==, "Mission");
    g_assert_cmpint (domain->baseline, ==, 2);
    g_assert_cmpint (domain->latest, ==, 3);
    g_assert_cmpint (domain->change, ==, 1);
  }
}

/* Progress ----------------------------------------------------------------------- */

static void
test_progress_by_hand (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 v1 = fixture->v1->id;
  gint64 d1 = domain_id_at (fixture->v1, 0), d2 = domain_id_at (fixture->v1, 1);
  gint64 d3 = domain_id_at (fixture->v1, 2), d4 = domain_id_at (fixture->v1, 3);
  gint64 d5 = domain_id_at (fixture->v1, 4);
  g_autoptr(DscAssessment) trainer_jan = add_assessment (fixture, v1, "2026-01-10", DSC_RESPONDENT_TRAINER,
                                                         DSC_ASSESSMENT_BASELINE);
  g_autoptr(DscAssessment) self_jan = add_assessment (fixture, v1, "2026-01-10", DSC_RESPONDENT_SELF,
                                                      DSC_ASSESSMENT_BASELINE);
  g_autoptr(DscAssessment) consensus_jun = add_assessment (fixture, v1, "2026-06-10", DSC_RESPONDENT_CONSENSUS,
                                                           DSC_ASSESSMENT_FOLLOW_UP);
  g_autoptr(DscProgress) progress = NULL;
  DscDomainProgress *p;

  /* January: the trainer reads d1=1, d2=2, d3 not assessed, d4=3 aiming at 4;
   * the association reads itself d1=3 (the trainer's reading counts first on
   * the same date) and d3=2 (the only reading of d3). */
  score (fixture, trainer_jan, d1, 1, -1);
  score (fixture, trainer_jan, d2, 2, -1);
  score (fixture, trainer_jan, d3, -1, -1);
  score (fixture, trainer_jan, d4, 3, 4);
  score (fixture, self_jan, d1, 3, -1);
  score (fixture, self_jan, d3, 2, -1);
  /* June, by consensus: d1=3, d2=2, d3 not assessed, d4=4, d5 only a target. */
  score (fixture, consensus_jun, d1, 3, 4);
  score (fixture, consensus_jun, d2, 2, -1);
  score (fixture, consensus_jun, d3, -1, -1);
  score (fixture, consensus_jun, d4, 4, -1);
  score (fixture, consensus_jun, d5, -1, 3);

  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->n_assessments, ==, 3);
  g_assert_cmpuint (progress->domains->len, ==, 8);

  p = progress_of (progress, d1);
  g_assert_cmpint (p->baseline, ==, 1);
  g_assert_cmpstr (p->baseline_date, ==, "2026-01-10");
  g_assert_cmpint (p->latest, ==, 3);
  g_assert_cmpstr (p->latest_date, ==, "2026-06-10");
  g_assert_true (p->has_change);
  g_assert_cmpint (p->change, ==, 2);
  g_assert_cmpint (p->target, ==, 4);
  g_assert_cmpint (p->gap, ==, 1);
  g_assert_cmpint (p->n_readings, ==, 3);
  g_assert_cmpstr (p->latest_descriptor, ==, dsc_framework_descriptor (fixture->v1,
                                                                        g_ptr_array_index (fixture->v1->domains, 0), 3));

  p = progress_of (progress, d2);
  g_assert_cmpint (p->change, ==, 0);
  g_assert_true (p->has_change);
  g_assert_false (p->has_gap);

  /* "Not assessed" is left out, never 0: d3 has one reading, no change. */
  p = progress_of (progress, d3);
  g_assert_cmpint (p->baseline, ==, 2);
  g_assert_cmpint (p->latest, ==, 2);
  g_assert_false (p->has_change);
  g_assert_cmpint (p->n_readings, ==, 1);

  p = progress_of (progress, d4);
  g_assert_cmpint (p->change, ==, 1);
  g_assert_cmpint (p->target, ==, 4);
  g_assert_true (p->has_gap);
  g_assert_cmpint (p->gap, ==, 0);

  p = progress_of (progress, d5);
  g_assert_cmpint (p->latest, ==, -1);
  g_assert_cmpint (p->target, ==, 3);
  g_assert_false (p->has_gap);

  /* Average change over the domains that changed or not between two readings:
   * (2 + 0 + 1) / 3. */
  g_assert_true (progress->has_average_change);
  g_assert_cmpfloat_with_epsilon (progress->average_change, 1.0, 1e-9);
}

static void
test_progress_across_versions_and_retired (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 v1 = fixture->v1->id, v2;
  gint64 d1 = domain_id_at (fixture->v1, 0), d2 = domain_id_at (fixture->v1, 1);
  gint64 d9;
  g_autoptr(DscAssessment) first = add_assessment (fixture, v1, "2026-01-10", DSC_RESPONDENT_TRAINER,
                                                   DSC_ASSESSMENT_BASELINE);
  g_autoptr(DscAssessment) second = NULL;
  g_autoptr(DscProgress) progress = NULL;
  DscDomainProgress *p;

  score (fixture, first, d1, 1, -1);
  score (fixture, first, d2, 2, -1);

  v2 = dsc_store_editable_version (fixture->store, &error);
  g_assert_true (dsc_store_set_domain_text (fixture->store, v2, d2, "Governance", NULL, NULL, TRUE, &error));
  d9 = dsc_store_add_domain (fixture->store, v2, "Advocacy", &error);
  g_assert_true (dsc_store_publish_version (fixture->store, v2, &error));
  g_assert_no_error (error);

  second = add_assessment (fixture, v2, "2026-09-01", DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_FOLLOW_UP);
  score (fixture, second, d1, 4, -1);
  score (fixture, second, d9, 2, -1);

  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_no_error (error);

  /* d1 lines up across versions by its uuid. */
  p = progress_of (progress, d1);
  g_assert_cmpint (p->baseline, ==, 1);
  g_assert_cmpint (p->latest, ==, 4);
  g_assert_cmpint (p->change, ==, 3);

  /* Retired in v2, but its history stays. */
  p = progress_of (progress, d2);
  g_assert_true (p->retired);
  g_assert_cmpint (p->latest, ==, 2);

  p = progress_of (progress, d9);
  g_assert_cmpstr (p->name, ==, "Advocacy");
  g_assert_false (p->has_change);

  /* Only d1 has two readings. */
  g_assert_cmpfloat_with_epsilon (progress->average_change, 3.0, 1e-9);
}

static DscGoal *
add_goal (Fixture    *fixture,
          const char *title,
          const char *due,
          int         status)
{
  g_autoptr(GError) error = NULL;
  DscGoal *goal = dsc_record_new (&dsc_kind_goal);

  goal->association_id = fixture->association->base.id;
  goal->title = g_strdup (title);
  goal->due_date = g_strdup (due);
  goal->status = status;
  goal->target_level = 3;
  dsc_store_insert (fixture->store, goal, &error);
  g_assert_no_error (error);
  return goal;
}

static void
test_goals_overdue (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscGoal) late = add_goal (fixture, "Aprire un conto", "2026-11-25", DSC_GOAL_PLANNED);
  g_autoptr(DscGoal) today = add_goal (fixture, "Rinnovare il direttivo", "2026-11-26", DSC_GOAL_IN_PROGRESS);
  g_autoptr(DscGoal) met = add_goal (fixture, "Iscriversi al RUNTS", "2026-11-01", DSC_GOAL_ACHIEVED);
  g_autoptr(DscGoal) dropped = add_goal (fixture, "Sito web", "2026-10-01", DSC_GOAL_DROPPED);
  g_autoptr(DscGoal) undated = add_goal (fixture, "Bilancio", NULL, DSC_GOAL_PLANNED);
  g_autoptr(DscProgress) progress = NULL;

  g_assert_true (dsc_goal_is_overdue (late, "2026-11-26"));
  g_assert_false (dsc_goal_is_overdue (today, "2026-11-26"));
  g_assert_true (dsc_goal_is_overdue (today, "2026-11-27"));
  g_assert_false (dsc_goal_is_overdue (met, "2026-11-26"));
  g_assert_false (dsc_goal_is_overdue (dropped, "2026-11-26"));
  g_assert_false (dsc_goal_is_overdue (undated, "2026-11-26"));

  /* "Today" is the clock's local date. */
  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_cmpint (progress->goals_total, ==, 5);
  g_assert_cmpint (progress->goals_achieved, ==, 1);
  g_assert_cmpint (progress->goals_dropped, ==, 1);
  g_assert_cmpint (progress->goals_overdue, ==, 1);
  g_clear_pointer (&progress, dsc_progress_free);

  g_setenv ("DISCORSI_NOW", "2026-12-05T10:00:00Z", TRUE);
  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_cmpint (progress->goals_overdue, ==, 2);

  /* A target beyond the scale is refused and nothing changes. */
  g_free (late->title);
  late->title = g_strdup ("Changed");
  late->target_level = 5;
  g_assert_false (dsc_store_update (fixture->store, late, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  {
    g_autoptr(DscGoal) stored = dsc_store_load (fixture->store, &dsc_kind_goal, late->base.id, NULL);
    g_assert_cmpstr (stored->title, ==, "Aprire un conto");
  }
}

/* Training ------------------------------------------------------------------------ */

static DscModule *
add_module (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  DscModule *module = dsc_record_new (&dsc_kind_module);

  module->title = g_strdup (title);
  dsc_store_insert (fixture->store, module, &error);
  g_assert_no_error (error);
  g_assert_cmpint (module->threshold_percent, ==, 75);
  return module;
}

static DscSession *
add_session (Fixture    *fixture,
             gint64      module_id,
             const char *date,
             int         minutes)
{
  g_autoptr(GError) error = NULL;
  DscSession *session = dsc_record_new (&dsc_kind_session);

  session->module_id = module_id;
  session->date = g_strdup (date);
  session->start_time = g_strdup ("18:00");
  session->duration_minutes = minutes;
  dsc_store_insert (fixture->store, session, &error);
  g_assert_no_error (error);
  return session;
}

static void
attend (Fixture *fixture,
        gint64   session_id,
        gint64   association_id,
        gboolean present)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (dsc_store_invite (fixture->store, session_id, association_id, &error));
  g_assert_no_error (error);
  rows = dsc_store_session_attendance (fixture->store, session_id, &error);
  for (guint i = 0; i < rows->len; i++)
    {
      DscAttendanceRow *row = g_ptr_array_index (rows, i);

      if (row->attendance->association_id == association_id)
        {
          row->attendance->present = present;
          g_assert_true (dsc_store_update (fixture->store, row->attendance, &error));
        }
    }
}

static void
test_certificate_threshold (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) other = dsc_test_add_association (fixture->store, "Bridges", DSC_PROVINCE_CN);
  g_autoptr(DscModule) module = add_module (fixture, "Progettare e rendicontare");
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(GPtrArray) summary = NULL;
  g_autoptr(DscProgress) progress = NULL;
  gint64 domains[] = { domain_id_at (fixture->v1, 2), domain_id_at (fixture->v1, 3) };

  /* Pure: exactly 75% qualifies; a minute less does not. */
  g_assert_true (dsc_training_qualifies (180, 240, 75));
  g_assert_false (dsc_training_qualifies (179, 240, 75));
  g_assert_true (dsc_training_qualifies (240, 240, 100));
  g_assert_false (dsc_training_qualifies (0, 0, 75));
  g_assert_true (dsc_training_qualifies (0, 60, 0));

  g_assert_true (dsc_store_set_module_domains (fixture->store, module->base.id, domains, 2, &error));
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-0%d-15", i + 3);
      g_ptr_array_add (sessions, add_session (fixture, module->base.id, date, 60));
    }

  /* Al Amal attends 3 of 4 one-hour sessions: exactly 75%. Bridges attends 2. */
  for (int i = 0; i < 4; i++)
    {
      DscSession *session = g_ptr_array_index (sessions, i);

      attend (fixture, session->base.id, fixture->association->base.id, i < 3);
      attend (fixture, session->base.id, other->base.id, i < 2);
    }

  summary = dsc_store_module_summary (fixture->store, module->base.id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->len, ==, 2);
  {
    DscModuleTraining *al_amal = g_ptr_array_index (summary, 0);
    DscModuleTraining *bridges = g_ptr_array_index (summary, 1);

    g_assert_cmpstr (al_amal->name, ==, "Al Amal");
    g_assert_cmpint (al_amal->attended_minutes, ==, 180);
    g_assert_cmpint (al_amal->total_minutes, ==, 240);
    g_assert_true (al_amal->qualifies);
    g_assert_cmpstr (bridges->name, ==, "Bridges");
    g_assert_false (bridges->qualifies);
  }

  g_assert_true (dsc_store_set_certificate (fixture->store, fixture->association->base.id, module->base.id,
                                            TRUE, "2026-07-01", &error));
  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_cmpint (progress->training_minutes, ==, 180);
  g_assert_cmpint (progress->sessions_attended, ==, 3);
  g_assert_cmpuint (progress->modules->len, ==, 1);
  g_assert_true (((DscModuleTraining *) g_ptr_array_index (progress->modules, 0))->certificate_issued);
  /* Hours per domain: the module strengthens two domains, each gets its 3 h. */
  g_assert_cmpuint (progress->domain_training->len, ==, 2);
  g_assert_cmpint (((DscDomainTraining *) g_ptr_array_index (progress->domain_training, 0))->minutes, ==, 180);
}

static void
test_mark_all_present_and_suggestions (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssociation) b = dsc_test_add_association (fixture->store, "Bridges", DSC_PROVINCE_CN);
  g_autoptr(DscAssociation) c = dsc_test_add_association (fixture->store, "Comunità", DSC_PROVINCE_AL);
  g_autoptr(DscModule) accounts = add_module (fixture, "Contabilità di base");
  g_autoptr(DscModule) networks = add_module (fixture, "Lavorare in rete");
  g_autoptr(DscSession) session = add_session (fixture, accounts->base.id, "2026-04-01", 120);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(DscAssessment) reading = NULL;
  g_autoptr(DscProgress) progress = NULL;
  gint64 admin = domain_id_at (fixture->v1, 2), net = domain_id_at (fixture->v1, 6);

  g_assert_true (dsc_store_invite (fixture->store, session->base.id, c->base.id, &error));
  g_assert_true (dsc_store_invite (fixture->store, session->base.id, b->base.id, &error));
  g_assert_true (dsc_store_invite (fixture->store, session->base.id, fixture->association->base.id, &error));
  g_assert_true (dsc_store_invite (fixture->store, session->base.id, b->base.id, &error)); /* again: no-op */
  g_assert_true (dsc_store_mark_all_present (fixture->store, session->base.id, &error));

  rows = dsc_store_session_attendance (fixture->store, session->base.id, &error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((DscAttendanceRow *) g_ptr_array_index (rows, 0))->association_name, ==, "Al Amal");
  g_assert_cmpstr (((DscAttendanceRow *) g_ptr_array_index (rows, 2))->association_name, ==, "Comunità");
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (((DscAttendanceRow *) g_ptr_array_index (rows, i))->attendance->present);

  /* Weak in administration (1) and networking (2), solid elsewhere: the module
   * for networking is suggested; accounting is already done (qualifies). */
  g_assert_true (dsc_store_set_module_domains (fixture->store, accounts->base.id, &admin, 1, &error));
  g_assert_true (dsc_store_set_module_domains (fixture->store, networks->base.id, &net, 1, &error));
  reading = add_assessment (fixture, fixture->v1->id, "2026-05-01", DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_BASELINE);
  for (guint i = 0; i < 8; i++)
    score (fixture, reading, domain_id_at (fixture->v1, i), i == 2 ? 1 : i == 6 ? 2 : 4, -1);

  progress = dsc_progress_compute (fixture->store, fixture->association->base.id, &error);
  g_assert_cmpuint (progress->suggestions->len, ==, 1);
  g_assert_cmpstr (((DscModuleSuggestion *) g_ptr_array_index (progress->suggestions, 0))->title, ==,
                   "Lavorare in rete");
}

/* Refusals and deletions ------------------------------------------------------------- */

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_bad_input_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscAssessment) first = add_assessment (fixture, fixture->v1->id, "2026-03-01",
                                                   DSC_RESPONDENT_SELF, DSC_ASSESSMENT_BASELINE);
  g_autoptr(DscAssessment) twin = dsc_record_new (&dsc_kind_assessment);
  g_autoptr(DscAssessment) future = NULL;
  g_autoptr(DscModule) module = add_module (fixture, "Comunicare");
  g_autoptr(DscSession) zero = dsc_record_new (&dsc_kind_session);
  g_autoptr(DscSession) gone = add_session (fixture, module->base.id, "2026-04-01", 90);
  gint64 domain = domain_id_at (fixture->v1, 0);
  DscScore too_high = { domain, 5, NULL, -1 };
  DscScore zero_level = { domain, 0, NULL, -1 };

  score (fixture, first, domain, 2, 3);

  /* A level outside the scale 1-4. */
  g_assert_false (dsc_store_set_score (fixture->store, first->base.id, &too_high, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 to 4"));
  g_clear_error (&error);
  g_assert_false (dsc_store_set_score (fixture->store, first->base.id, &zero_level, &error));
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) scores = dsc_store_load_scores (fixture->store, first->base.id, &error);
    g_assert_cmpuint (scores->len, ==, 1);
    g_assert_cmpint (((DscScore *) g_ptr_array_index (scores, 0))->level, ==, 2);
    g_assert_cmpint (((DscScore *) g_ptr_array_index (scores, 0))->target_level, ==, 3);
  }

  /* The same association, date and respondent twice. */
  twin->association_id = fixture->association->base.id;
  twin->version_id = fixture->v1->id;
  twin->date = g_strdup ("2026-03-01");
  twin->respondent = DSC_RESPONDENT_SELF;
  g_assert_false (dsc_store_insert (fixture->store, twin, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_test_message ("duplicate: %s", error->message);
  g_clear_error (&error);
  /* By the trainer on that date it is another assessment. */
  twin->respondent = DSC_RESPONDENT_TRAINER;
  g_assert_true (dsc_store_insert (fixture->store, twin, &error));

  /* A future date is allowed (the editor flags it). */
  future = add_assessment (fixture, fixture->v1->id, "2027-01-15", DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_FINAL);

  /* A session of zero minutes. */
  zero->module_id = module->base.id;
  zero->date = g_strdup ("2026-04-02");
  zero->duration_minutes = 0;
  g_assert_false (dsc_store_insert (fixture->store, zero, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_test_message ("zero: %s", error->message);
  g_clear_error (&error);

  /* Attendance for a deleted session. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_session, gone->base.id, &error));
  g_assert_false (dsc_store_invite (fixture->store, gone->base.id, fixture->association->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "session was deleted"));

  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM attendance"), ==, 0);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM session WHERE deleted_at IS NULL"), ==, 0);
}

static void
test_delete_undo_and_tombstones (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscModule) module = add_module (fixture, "Lavorare in rete");
  g_autoptr(DscSession) s1 = add_session (fixture, module->base.id, "2026-04-01", 90);
  g_autoptr(DscSession) s2 = add_session (fixture, module->base.id, "2026-04-08", 90);
  g_autoptr(DscAssessment) assessment = add_assessment (fixture, fixture->v1->id, "2026-03-01",
                                                        DSC_RESPONDENT_TRAINER, DSC_ASSESSMENT_BASELINE);
  g_autoptr(DscGoal) goal = add_goal (fixture, "Tavolo di lavoro", "2026-12-31", DSC_GOAL_PLANNED);
  gint64 domain = domain_id_at (fixture->v1, 6);

  score (fixture, assessment, domain, 2, 3);
  attend (fixture, s1->base.id, fixture->association->base.id, TRUE);
  attend (fixture, s2->base.id, fixture->association->base.id, TRUE);
  g_assert_true (dsc_store_set_certificate (fixture->store, fixture->association->base.id, module->base.id,
                                            FALSE, NULL, &error));

  /* A module goes with its sessions, their attendance and its certificates. */
  g_setenv ("DISCORSI_NOW", "2026-11-26T11:00:00Z", TRUE);
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_module, module->base.id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM session WHERE deleted_at IS NULL"), ==, 0);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM attendance WHERE deleted_at IS NULL"), ==, 0);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM certificate WHERE deleted_at IS NULL"), ==, 0);

  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_module, module->base.id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM session WHERE deleted_at IS NULL"), ==, 2);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM attendance WHERE deleted_at IS NULL"), ==, 2);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM certificate WHERE deleted_at IS NULL"), ==, 1);

  /* A session deleted on its own stays deleted when its module comes back. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_session, s1->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2026-11-26T12:00:00Z", TRUE);
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_module, module->base.id, &error));
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_module, module->base.id, &error));
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM session WHERE deleted_at IS NULL"), ==, 1);

  /* An assessment keeps its scores through delete and undo. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_assessment, assessment->base.id, &error));
  g_assert_null (dsc_store_load (fixture->store, &dsc_kind_assessment, assessment->base.id, NULL));
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_assessment, assessment->base.id, &error));
  {
    g_autoptr(GPtrArray) scores = dsc_store_load_scores (fixture->store, assessment->base.id, &error);
    g_assert_cmpuint (scores->len, ==, 1);
  }

  /* Thirty days later, what is deleted becomes tombstones: uuid, kind, time. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_goal, goal->base.id, &error));
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_module, module->base.id, &error));
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_assessment, assessment->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2027-01-10T12:00:00Z", TRUE);
  g_assert_true (dsc_store_purge_deleted (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'module'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'session'"), ==, 2);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'attendance'"), ==, 2);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'certificate'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'goal'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tombstone WHERE kind = 'assessment'"), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM score"), ==, 0);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM module"), ==, 0);
}

/* Each user reads the built-in framework in their own language, while the
 * database keeps the English source texts; a text a trainer wrote stays as written. */
static void
test_framework_in_the_users_language (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *catalogues = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DscFrameworkVersion) edited = NULL;
  const DscDomainText *identity = g_ptr_array_index (fixture->v1->domains, 0);
  g_autofree char *mo = g_build_filename (catalogues, "it", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Italian catalogue is not built");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, catalogues);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "it", TRUE);
  setlocale (LC_ALL, "");
  if (g_strcmp0 (dsc_framework_domain_name (fixture->v1, identity), "Identity and mission") == 0)
    {
      /* Without a usable locale gettext stays in English. */
      g_unsetenv ("LANGUAGE");
      g_test_skip ("no locale to switch gettext to Italian");
      return;
    }

  g_assert_cmpstr (dsc_framework_domain_name (fixture->v1, identity), ==, "Identità e missione");
  g_assert_cmpstr (identity->name, ==, "Identity and mission");
  g_assert_cmpstr (dsc_framework_level_label (fixture->v1, 4), ==, "Solido");

  g_assert_true (dsc_store_set_domain_text (fixture->store, fixture->v1->id, identity->id,
                                            "Identità, missione e valori", NULL, NULL, FALSE, &error));
  edited = dsc_store_load_version (fixture->store, fixture->v1->id, &error);
  g_assert_cmpstr (dsc_framework_domain_name (edited, g_ptr_array_index (edited->domains, 0)), ==,
                   "Identità, missione e valori");
  g_assert_cmpstr (dsc_framework_domain_name (edited, g_ptr_array_index (edited->domains, 1)), ==,
                   "Governance e adempimenti di legge");

  g_unsetenv ("LANGUAGE");
}

static void
test_durations (void)
{
  struct { const char *typed; int minutes; } good[] = {
    { "2", 120 }, { "1.5", 90 }, { "1,5", 90 }, { "1:30", 90 }, { "0:45", 45 }, { "90 min", 90 },
    { "1 h 30", 90 }, { "1h30", 90 }, { "2 ore", 120 }, { "2h", 120 }, { "", -1 },
  };
  const char *bad[] = { "due", "-1", "1:75", "1 h 30 min 2", "x2" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = 0;

      g_assert_true (dsc_parse_duration (good[i].typed, &minutes, &error));
      g_assert_cmpint (minutes, ==, good[i].minutes);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = 0;

      g_assert_false (dsc_parse_duration (bad[i], &minutes, &error));
      g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    }

  {
    g_autofree char *a = dsc_format_duration (90);
    g_autofree char *b = dsc_format_duration (120);
    g_autofree char *c = dsc_format_duration (45);
    g_assert_cmpstr (a, ==, "1 h 30 min");
    g_assert_cmpstr (b, ==, "2 h");
    g_assert_cmpstr (c, ==, "45 min");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/capacity/framework/builtin", test_builtin_framework);
  ADD ("/capacity/framework/versions-keep-history", test_versions_keep_history);
  ADD ("/capacity/progress/by-hand", test_progress_by_hand);
  ADD ("/capacity/progress/versions-and-retired", test_progress_across_versions_and_retired);
  ADD ("/capacity/goals/overdue", test_goals_overdue);
  ADD ("/capacity/training/certificate-threshold", test_certificate_threshold);
  ADD ("/capacity/training/all-present-and-suggestions", test_mark_all_present_and_suggestions);
  ADD ("/capacity/refusals", test_bad_input_refused);
  ADD ("/capacity/delete-undo-tombstones", test_delete_undo_and_tombstones);
  ADD ("/capacity/framework/in-the-users-language", test_framework_in_the_users_language);
#undef ADD
  g_test_add_func ("/capacity/durations", test_durations);

  return g_test_run ();
}
