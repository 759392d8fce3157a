/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The numbers behind the charts and reports, on a small programme whose
 * figures are worked out by hand in the comments. */

#include "config.h"

#include <math.h>

#include "dsc-meetings.h"
#include "dsc-programme.h"
#include "dsc-test-util.h"

typedef struct
{
  char                *dir;
  DscStore            *store;
  DscAssociation      *a;        /* Torino: two assessments, training */
  DscAssociation      *b;        /* Cuneo: one old assessment, training */
  DscAssociation      *c;        /* only a meeting */
  DscFrameworkVersion *version;
} Fixture;

static gint64
domain (Fixture *fixture,
        guint    position)
{
  return ((DscDomainText *) g_ptr_array_index (fixture->version->domains, position))->id;
}

static void
assess (Fixture        *fixture,
        DscAssociation *association,
        const char     *date,
        int             respondent,
        const int      *levels)      /* pairs: domain position, level; ends with -1 */
{
  g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);
  g_autoptr(GError) error = NULL;

  assessment->association_id = association->base.id;
  assessment->version_id = fixture->version->id;
  assessment->date = g_strdup (date);
  assessment->respondent = respondent;
  g_assert_true (dsc_store_insert (fixture->store, assessment, &error));
  for (guint i = 0; levels[i] >= 0; i += 2)
    {
      DscScore score = { domain (fixture, (guint) levels[i]), levels[i + 1], NULL, -1 };

      g_assert_true (dsc_store_set_score (fixture->store, assessment->base.id, &score, &error));
    }
  g_assert_no_error (error);
}

static gint64
session (Fixture    *fixture,
         gint64      module_id,
         const char *date,
         int         minutes)
{
  g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
  g_autoptr(GError) error = NULL;

  session->module_id = module_id;
  session->date = g_strdup (date);
  session->duration_minutes = minutes;
  g_assert_true (dsc_store_insert (fixture->store, session, &error));
  return session->base.id;
}

static void
attend (Fixture        *fixture,
        gint64          session_id,
        DscAssociation *association,
        gboolean        present,
        int             participants)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dsc_store_invite (fixture->store, session_id, association->base.id, &error));
  rows = dsc_store_session_attendance (fixture->store, session_id, &error);
  for (guint i = 0; i < rows->len; i++)
    {
      DscAttendanceRow *row = g_ptr_array_index (rows, i);

      if (row->attendance->association_id != association->base.id)
        continue;
      row->attendance->present = present;
      row->attendance->participants = participants;
      g_assert_true (dsc_store_update (fixture->store, row->attendance, &error));
    }
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscModule) module = dsc_record_new (&dsc_kind_module);
  g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  g_autoptr(DscFollowUp) done = dsc_record_new (&dsc_kind_follow_up);
  g_autoptr(DscFollowUp) late = dsc_record_new (&dsc_kind_follow_up);
  gint64 march_5, march_20, april_2, december_15;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  {
    g_autofree char *path = g_build_filename (fixture->dir, "discorsi.db", NULL);
    fixture->store = dsc_test_open (path);
  }
  fixture->a = dsc_test_add_association (fixture->store, "Al Amal", DSC_PROVINCE_TO);
  fixture->b = dsc_test_add_association (fixture->store, "Baobab", DSC_PROVINCE_CN);
  fixture->c = dsc_test_add_association (fixture->store, "Casa dei popoli", DSC_PROVINCE_AT);
  fixture->version = dsc_store_load_version (fixture->store, dsc_store_current_version (fixture->store, NULL),
                                             &error);
  g_assert_no_error (error);

  /* A: levels 1 and 2 in January (self), then 3 in domain 0 and 2 in domain 2 in June (trainer). */
  assess (fixture, fixture->a, "2026-01-10", DSC_RESPONDENT_SELF, (const int[]) { 0, 1, 1, 2, -1 });
  assess (fixture, fixture->a, "2026-06-10", DSC_RESPONDENT_TRAINER, (const int[]) { 0, 3, 2, 2, -1 });
  /* B: level 4 in domain 0, in May 2025. */
  assess (fixture, fixture->b, "2025-05-01", DSC_RESPONDENT_TRAINER, (const int[]) { 0, 4, -1 });

  /* Training: three sessions held (120, 60 and 90 minutes) and one still to come. */
  module->title = g_strdup ("Progettare");
  g_assert_true (dsc_store_insert (fixture->store, module, &error));
  march_5 = session (fixture, module->base.id, "2026-03-05", 120);
  march_20 = session (fixture, module->base.id, "2026-03-20", 60);
  april_2 = session (fixture, module->base.id, "2026-04-02", 90);
  december_15 = session (fixture, module->base.id, "2026-12-15", 60);
  attend (fixture, march_5, fixture->a, TRUE, 2);
  attend (fixture, march_5, fixture->b, TRUE, 3);
  attend (fixture, march_20, fixture->b, FALSE, 1);
  attend (fixture, april_2, fixture->a, TRUE, 1);
  attend (fixture, december_15, fixture->a, TRUE, 4);

  /* C met the ASL in February; one follow-up done, one open since March. */
  service->name = g_strdup ("ASL AT");
  service->service_type = DSC_SERVICE_ASL;
  g_assert_true (dsc_store_insert (fixture->store, service, &error));
  meeting->date = g_strdup ("2026-02-01");
  meeting->title = g_strdup ("Tessera sanitaria");
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  dsc_store_insert (fixture->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_true (dsc_store_set_meeting_links (fixture->store, meeting->base.id, &dsc_kind_association,
                                              &fixture->c->base.id, 1, &error));
  done->meeting_id = late->meeting_id = meeting->base.id;
  done->service_id = late->service_id = service->base.id;
  done->what = g_strdup ("Mandare i moduli");
  done->status = DSC_FOLLOW_UP_DONE;
  done->done_date = g_strdup ("2026-02-10");
  late->what = g_strdup ("Fissare un incontro");
  late->due_date = g_strdup ("2026-03-01");
  g_assert_true (dsc_store_insert (fixture->store, done, &error));
  g_assert_true (dsc_store_insert (fixture->store, late, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  dsc_framework_version_free (fixture->version);
  dsc_association_free (fixture->a);
  dsc_association_free (fixture->b);
  dsc_association_free (fixture->c);
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscTimeline) timeline = dsc_store_association_timeline (fixture->store, fixture->a->base.id, &error);
  DscTimelinePoint *first, *second;

  g_assert_no_error (error);
  g_assert_cmpint (timeline->columns.scale_levels, ==, 4);
  g_assert_cmpuint (timeline->columns.n_domains, ==, 8);
  g_assert_cmpstr (timeline->columns.domain_names[0], ==, "Identity and mission");
  g_assert_cmpuint (g_strv_length (timeline->columns.level_labels), ==, 4);
  g_assert_cmpuint (timeline->points->len, ==, 2);

  first = g_ptr_array_index (timeline->points, 0);
  second = g_ptr_array_index (timeline->points, 1);
  g_assert_cmpstr (first->date, ==, "2026-01-10");
  g_assert_cmpint (first->respondent, ==, DSC_RESPONDENT_SELF);
  g_assert_cmpint (first->levels[0], ==, 1);
  g_assert_cmpint (first->levels[1], ==, 2);
  g_assert_cmpint (first->levels[2], ==, 0);
  g_assert_cmpfloat_with_epsilon (first->average, 1.5, 1e-9);
  g_assert_cmpint (second->levels[0], ==, 3);
  g_assert_cmpint (second->levels[1], ==, 0);     /* not read in June */
  g_assert_cmpfloat_with_epsilon (second->average, 2.5, 1e-9);

  /* Without assessments: no points, but the domains. */
  {
    g_autoptr(DscTimeline) none = dsc_store_association_timeline (fixture->store, fixture->c->base.id, &error);

    g_assert_cmpuint (none->points->len, ==, 0);
    g_assert_cmpuint (none->columns.n_domains, ==, 8);
  }
}

static void
test_training_by_month (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) of_a = dsc_store_training_by_month (fixture->store, fixture->a->base.id, NULL, NULL, &error);
  g_autoptr(GPtrArray) programme = dsc_store_training_by_month (fixture->store, 0, NULL, NULL, &error);
  g_autoptr(GPtrArray) april = dsc_store_training_by_month (fixture->store, 0, "2026-04-01", "2026-04-30", &error);
  DscMonthTraining *month;

  g_assert_no_error (error);
  /* A: 120 minutes in March (2 people), 90 in April; December is still to come. */
  g_assert_cmpuint (of_a->len, ==, 2);
  month = g_ptr_array_index (of_a, 0);
  g_assert_cmpstr (month->month, ==, "2026-03");
  g_assert_cmpint (month->minutes, ==, 120);
  g_assert_cmpint (month->sessions, ==, 1);
  g_assert_cmpint (month->participants, ==, 2);
  month = g_ptr_array_index (of_a, 1);
  g_assert_cmpstr (month->month, ==, "2026-04");
  g_assert_cmpint (month->minutes, ==, 90);

  /* The programme: March held 120 + 60 minutes with 2 + 3 people present. */
  g_assert_cmpuint (programme->len, ==, 2);
  month = g_ptr_array_index (programme, 0);
  g_assert_cmpint (month->minutes, ==, 180);
  g_assert_cmpint (month->sessions, ==, 2);
  g_assert_cmpint (month->participants, ==, 5);
  g_assert_cmpuint (april->len, ==, 1);
  g_assert_cmpint (((DscMonthTraining *) g_ptr_array_index (april, 0))->minutes, ==, 90);
}

static void
test_latest_levels (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscLevelsTable) all = dsc_store_latest_levels (fixture->store, NULL, NULL, &error);
  g_autoptr(DscLevelsTable) this_year = dsc_store_latest_levels (fixture->store, "2026-01-01", NULL, &error);
  g_autoptr(DscLevelsTable) until_march = dsc_store_latest_levels (fixture->store, NULL, "2026-03-01", &error);
  DscLevelsRow *row;

  g_assert_no_error (error);
  /* C has no assessment: no row. A's latest: 3, 2 (from January), 2. */
  g_assert_cmpuint (all->rows->len, ==, 2);
  row = g_ptr_array_index (all->rows, 0);
  g_assert_cmpstr (row->name, ==, "Al Amal");
  g_assert_cmpint (row->province, ==, DSC_PROVINCE_TO);
  g_assert_cmpint (row->levels[0], ==, 3);
  g_assert_cmpint (row->levels[1], ==, 2);
  g_assert_cmpint (row->levels[2], ==, 2);
  g_assert_cmpint (row->levels[3], ==, 0);
  row = g_ptr_array_index (all->rows, 1);
  g_assert_cmpstr (row->name, ==, "Baobab");
  g_assert_cmpint (row->levels[0], ==, 4);

  g_assert_cmpuint (this_year->rows->len, ==, 1);
  g_assert_cmpuint (until_march->rows->len, ==, 2);
  g_assert_cmpint (((DscLevelsRow *) g_ptr_array_index (until_march->rows, 0))->levels[0], ==, 1);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DscProgrammeFigures all, spring_on;

  g_assert_true (dsc_store_programme_figures (fixture->store, NULL, NULL, &all, &error));
  g_assert_no_error (error);
  g_assert_cmpint (all.associations_reached, ==, 3);
  g_assert_cmpint (all.sessions, ==, 3);
  g_assert_cmpint (all.training_minutes, ==, 270);
  g_assert_cmpint (all.participants, ==, 6);
  g_assert_cmpint (all.assessments, ==, 3);
  g_assert_cmpint (all.meetings, ==, 1);
  g_assert_cmpint (all.follow_ups_done, ==, 1);
  g_assert_cmpint (all.follow_ups_overdue, ==, 1);

  /* From April: A only (its April session and June assessment). */
  g_assert_true (dsc_store_programme_figures (fixture->store, "2026-04-01", "2026-12-31", &spring_on, &error));
  g_assert_cmpint (spring_on.associations_reached, ==, 1);
  g_assert_cmpint (spring_on.sessions, ==, 1);
  g_assert_cmpint (spring_on.training_minutes, ==, 90);
  g_assert_cmpint (spring_on.participants, ==, 1);
  g_assert_cmpint (spring_on.assessments, ==, 1);
  g_assert_cmpint (spring_on.meetings, ==, 0);
  g_assert_cmpint (spring_on.follow_ups_done, ==, 0);
  g_assert_cmpint (spring_on.follow_ups_overdue, ==, 0);

  /* Follow-ups per service, in the period of their meeting. */
  {
    g_autoptr(GPtrArray) ever = dsc_store_follow_ups_by_service_in (fixture->store, NULL, NULL, &error);
    g_autoptr(GPtrArray) later = dsc_store_follow_ups_by_service_in (fixture->store, "2026-03-01", NULL, &error);
    DscFollowUpCounts *counts;

    g_assert_no_error (error);
    g_assert_cmpuint (ever->len, ==, 1);
    counts = g_ptr_array_index (ever, 0);
    g_assert_cmpstr (counts->name, ==, "ASL AT");
    g_assert_cmpint (counts->open, ==, 1);
    g_assert_cmpint (counts->overdue, ==, 1);
    g_assert_cmpint (counts->done, ==, 1);
    g_assert_cmpuint (later->len, ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/programme/timeline", test_timeline);
  ADD ("/programme/training-by-month", test_training_by_month);
  ADD ("/programme/latest-levels", test_latest_levels);
  ADD ("/programme/figures", test_figures);
#undef ADD

  return g_test_run ();
}
