/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's Progress section, driven through the real widgets: an
 * assessment recorded for every domain, the self and trainer readings side by
 * side, goals and their deadlines. */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-assessment-dialog.h"
#include "dsc-association-detail.h"
#include "dsc-capacity.h"
#include "dsc-comparison-dialog.h"
#include "dsc-goal-dialog.h"
#include "dsc-progress.h"
#include "dsc-progress-view.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

static DscApplication *app;

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    g_main_context_iteration (NULL, FALSE);
  while (g_get_monotonic_time () < until);
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if (ADW_IS_BUTTON_CONTENT (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label) == 0)
        return gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON);

      found = find_button (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gpointer
find_toplevel (GType type)
{
  gpointer found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;

  g_list_free (toplevels);
  return found;
}

typedef struct
{
  char                *dir;
  char                *path;
  DscStore            *store;
  DscAssociation      *association;
  DscFrameworkVersion *version;
  DscWindow           *window;
  DscProgressView     *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  DscAssociationsPage *page;
  DscAssociationDetail *detail;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "discorsi.db", NULL);
  fixture->store = dsc_test_open (fixture->path);
  fixture->association = dsc_test_add_association (fixture->store, "Al Amal", DSC_PROVINCE_TO);
  fixture->version = dsc_store_load_version (fixture->store, dsc_store_current_version (fixture->store, NULL), NULL);

  fixture->window = dsc_window_new (GTK_APPLICATION (app), fixture->path);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate (100);
  page = dsc_window_get_associations_page (fixture->window);
  g_assert_true (dsc_associations_page_select (page, fixture->association->base.id));
  detail = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail");
  adw_view_stack_set_visible_child_name (template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "section_stack"),
                                         "progress");
  fixture->view = template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "progress_view");
  iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (50);
  dsc_framework_version_free (fixture->version);
  dsc_association_free (fixture->association);
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
domain_at (Fixture *fixture,
           guint    position)
{
  return ((DscDomainText *) g_ptr_array_index (fixture->version->domains, position))->id;
}

static void
test_assessment_for_every_domain (Fixture       *fixture,
                                  gconstpointer  data)
{
  DscAssessmentDialog *dialog;
  GtkWidget *button;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  DscAssessment *assessment;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (fixture->view, DSC_TYPE_PROGRESS_VIEW,
                                                                     "stack")), ==, "empty");
  button = find_button (GTK_WIDGET (fixture->view), "_New Assessment");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate (200);
  dialog = find_toplevel (DSC_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);

  /* Pick a level in every domain (the first domain left "not assessed" on
   * purpose), an evidence and a target, as a trainer would. */
  for (guint i = 0; i < fixture->version->domains->len; i++)
    {
      int level = i == 0 ? -1 : (int) (i % 4) + 1;
      GtkWidget *row = dsc_assessment_dialog_get_level_row (dialog, domain_at (fixture, i), level);

      g_assert_nonnull (row);
      gtk_widget_activate (row);
      iterate (20);
    }
  gtk_editable_set_text (GTK_EDITABLE (dsc_assessment_dialog_get_field_widget (dialog, "assessor")),
                         "Marta Rinaldi");
  {
    /* Evidence and target of the second domain live in its group. */
    GtkWidget *level_row = dsc_assessment_dialog_get_level_row (dialog, domain_at (fixture, 1), 1);
    GtkWidget *group_list = gtk_widget_get_parent (level_row);
    GtkWidget *evidence = NULL, *target = NULL;

    for (GtkWidget *row = gtk_widget_get_first_child (group_list); row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        if (ADW_IS_ENTRY_ROW (row))
          evidence = row;
        if (ADW_IS_COMBO_ROW (row))
          target = row;
      }
    g_assert_nonnull (evidence);
    g_assert_nonnull (target);
    gtk_editable_set_text (GTK_EDITABLE (evidence), "Verbale dell'assemblea 2026 firmato");
    adw_combo_row_set_selected (ADW_COMBO_ROW (target), 4);
  }

  /* Closing at once stores what was typed. */
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (200);

  assessments = dsc_store_list (fixture->store, &dsc_kind_assessment, fixture->association->base.id, NULL);
  g_assert_cmpuint (assessments->len, ==, 1);
  assessment = g_ptr_array_index (assessments, 0);
  g_assert_cmpstr (assessment->date, ==, "2026-11-26");
  g_assert_cmpint (assessment->assessment_kind, ==, DSC_ASSESSMENT_BASELINE);
  g_assert_cmpstr (assessment->assessor, ==, "Marta Rinaldi");
  g_assert_cmpint (assessment->version_id, ==, fixture->version->id);

  /* Seven levels chosen; the domain left "not assessed" has no level stored. */
  scores = dsc_store_load_scores (fixture->store, assessment->base.id, NULL);
  g_assert_cmpuint (scores->len, ==, 7);
  for (guint i = 0; i < scores->len; i++)
    {
      DscScore *score = g_ptr_array_index (scores, i);

      for (guint d = 0; d < fixture->version->domains->len; d++)
        if (domain_at (fixture, d) == score->domain_id)
          g_assert_cmpint (score->level, ==, d == 0 ? -1 : (int) (d % 4) + 1);
      if (score->domain_id == domain_at (fixture, 1))
        {
          g_assert_cmpstr (score->evidence, ==, "Verbale dell'assemblea 2026 firmato");
          g_assert_cmpint (score->target_level, ==, 4);
        }
    }

  /* The section now shows the levels: "not assessed" is not a level. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (fixture->view, DSC_TYPE_PROGRESS_VIEW,
                                                                     "stack")), ==, "content");
  {
    g_autoptr(DscProgress) progress = dsc_progress_compute (fixture->store, fixture->association->base.id, NULL);
    DscDomainProgress *first = g_ptr_array_index (progress->domains, 0);
    DscDomainProgress *second = g_ptr_array_index (progress->domains, 1);

    g_assert_cmpint (first->latest, ==, -1);
    g_assert_cmpint (second->latest, ==, 2);
    g_assert_cmpint (second->gap, ==, 2);
  }
}

static DscAssessment *
add_assessment (Fixture    *fixture,
                const char *date,
                int         respondent,
                const int  *levels)
{
  g_autoptr(GError) error = NULL;
  DscAssessment *assessment = dsc_record_new (&dsc_kind_assessment);
  /* Written through the window's own connection, as the application would, so
   * that the section hears of it. */
  DscStore *store = dsc_window_get_store (fixture->window);

  assessment->association_id = fixture->association->base.id;
  assessment->version_id = fixture->version->id;
  assessment->date = g_strdup (date);
  assessment->respondent = respondent;
  g_assert_true (dsc_store_insert (store, assessment, &error));
  for (guint i = 0; i < 8; i++)
    {
      DscScore score = { domain_at (fixture, i), levels[i], NULL, -1 };
      g_assert_true (dsc_store_set_score (store, assessment->base.id, &score, &error));
    }
  return assessment;
}

static void
test_self_and_trainer_compared (Fixture       *fixture,
                                gconstpointer  data)
{
  static const int own[8] = { 3, 2, 4, -1, 2, 3, 1, 2 };
  static const int trainer[8] = { 3, 1, 2, 2, 2, 3, 1, 3 };
  g_autoptr(DscAssessment) a = add_assessment (fixture, "2026-05-10", DSC_RESPONDENT_SELF, own);
  g_autoptr(DscAssessment) b = add_assessment (fixture, "2026-05-10", DSC_RESPONDENT_TRAINER, trainer);
  DscComparisonDialog *dialog;
  GtkWidget *compare;

  iterate (200);
  compare = find_button (GTK_WIDGET (fixture->view), "_Compare");
  g_assert_nonnull (compare);
  g_signal_emit_by_name (compare, "clicked");
  iterate (200);
  dialog = find_toplevel (DSC_TYPE_COMPARISON_DIALOG);
  g_assert_nonnull (dialog);

  /* Different in domains 2 (+1), 3 (+2) and 8 (−1); domain 4 was not read by the association. */
  g_assert_cmpuint (dsc_comparison_dialog_get_n_different (dialog), ==, 3);
  {
    GtkWidget *row = NULL;
    GtkWidget *root = GTK_WIDGET (dialog);
    GQueue queue = G_QUEUE_INIT;

    g_queue_push_tail (&queue, root);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *widget = g_queue_pop_head (&queue);

        if (g_strcmp0 (gtk_widget_get_name (widget), "administration") == 0)
          row = widget;
        for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_queue_push_tail (&queue, c);
      }
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_has_css_class (row, "differs"));
  }
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
test_goal_overdue_stands_out (Fixture       *fixture,
                              gconstpointer  data)
{
  DscGoalDialog *dialog;
  GtkWidget *button = find_button (GTK_WIDGET (fixture->view), "_Add a Goal");
  g_autoptr(GPtrArray) goals = NULL;
  DscGoal *goal;
  GtkWidget *goals_group;
  gboolean overdue_row = FALSE;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate (200);
  dialog = find_toplevel (DSC_TYPE_GOAL_DIALOG);
  g_assert_nonnull (dialog);

  gtk_editable_set_text (GTK_EDITABLE (dsc_goal_dialog_get_field_widget (dialog, "title")),
                         "Iscriversi al RUNTS");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_goal_dialog_get_field_widget (dialog, "domain")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_goal_dialog_get_field_widget (dialog, "target_level")), 3);
  gtk_editable_set_text (GTK_EDITABLE (dsc_goal_dialog_get_field_widget (dialog, "due_date")), "2026-10-31");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (200);

  goals = dsc_store_list (fixture->store, &dsc_kind_goal, fixture->association->base.id, NULL);
  g_assert_cmpuint (goals->len, ==, 1);
  goal = g_ptr_array_index (goals, 0);
  g_assert_cmpstr (goal->title, ==, "Iscriversi al RUNTS");
  g_assert_cmpint (goal->domain_id, ==, domain_at (fixture, 1));
  g_assert_cmpint (goal->target_level, ==, 3);
  g_assert_cmpstr (goal->due_date, ==, "2026-10-31");
  g_assert_cmpint (goal->status, ==, DSC_GOAL_PLANNED);

  goals_group = template_child (fixture->view, DSC_TYPE_PROGRESS_VIEW, "goals_group");
  {
    GQueue queue = G_QUEUE_INIT;

    g_queue_push_tail (&queue, goals_group);
    while (!g_queue_is_empty (&queue))
      {
        GtkWidget *widget = g_queue_pop_head (&queue);

        overdue_row = overdue_row || gtk_widget_has_css_class (widget, "overdue");
        for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_queue_push_tail (&queue, c);
      }
  }
  g_assert_true (overdue_row);
}

static void
test_refusals_in_the_dialog (Fixture       *fixture,
                             gconstpointer  data)
{
  static const int levels[8] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  g_autoptr(DscAssessment) today = add_assessment (fixture, "2026-11-26", DSC_RESPONDENT_TRAINER, levels);
  DscAssessmentDialog *dialog;
  GtkWidget *date;

  /* A new assessment today defaults to the association's own, since the
   * trainer's exists; a second one by the trainer today is refused with a
   * sentence, and nothing is added. */
  dialog = DSC_ASSESSMENT_DIALOG (dsc_assessment_dialog_new (fixture->store, fixture->association->base.id, 0));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (100);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (dsc_assessment_dialog_get_field_widget (dialog, "respondent"))),
                    ==, DSC_RESPONDENT_SELF);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dsc_assessment_dialog_get_field_widget (dialog, "respondent")),
                              DSC_RESPONDENT_TRAINER);
  gtk_widget_activate (dsc_assessment_dialog_get_level_row (dialog, domain_at (fixture, 0), 3));
  iterate (100);
  g_assert_cmpint (dsc_store_count_where (fixture->store, &dsc_kind_assessment, "association",
                                          fixture->association->base.id, NULL), ==, 1);

  /* Another date makes it a new assessment; a future date is allowed but flagged. */
  date = dsc_assessment_dialog_get_field_widget (dialog, "date");
  gtk_editable_set_text (GTK_EDITABLE (date), "2027-01-15");
  iterate (600);
  gtk_widget_activate (dsc_assessment_dialog_get_level_row (dialog, domain_at (fixture, 0), 3));
  iterate (100);
  g_assert_cmpint (dsc_store_count_where (fixture->store, &dsc_kind_assessment, "association",
                                          fixture->association->base.id, NULL), ==, 2);
  g_assert_true (gtk_widget_get_visible (template_child (dialog, DSC_TYPE_ASSESSMENT_DIALOG, "future_row")));
  gtk_window_close (GTK_WINDOW (dialog));
  iterate (100);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();
  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/progress/assessment-for-every-domain", test_assessment_for_every_domain);
  ADD ("/gui/progress/self-and-trainer-compared", test_self_and_trainer_compared);
  ADD ("/gui/progress/goal-overdue-stands-out", test_goal_overdue_stands_out);
  ADD ("/gui/progress/refusals-in-the-dialog", test_refusals_in_the_dialog);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
