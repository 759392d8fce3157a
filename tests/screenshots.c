/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Takes the screenshots we look at before calling UI work done (and those of
 * data/screenshots): the real window, on a demo database, in one scene per run.
 * Not a test; `build-aux/dev shots` runs it in every scene, language and style.
 *
 *   screenshots SCENE OUTPUT.png [WIDTH HEIGHT]
 *
 * Scenes: empty, list, detail, invalid, person, narrow-list, narrow-detail,
 * preferences, error. ADW_DEBUG_COLOR_SCHEME=prefer-dark gives the dark style. */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dsc-application.h"
#include "dsc-assessment-dialog.h"
#include "dsc-comparison-dialog.h"
#include "dsc-association-detail.h"
#include "dsc-capacity.h"
#include "dsc-demo.h"
#include "dsc-framework-window.h"
#include "dsc-person-dialog.h"
#include "dsc-preferences-window.h"
#include "dsc-profile-editor.h"
#include "dsc-progress.h"
#include "dsc-session-dialog.h"
#include "dsc-training-page.h"
#include "dsc-window.h"

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  while (g_get_monotonic_time () < until);
}

static void
save_png (GtkWidget  *widget,
          const char *output)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert (node != NULL);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, output))
    g_error ("Could not write %s", output);
}

static GtkWidget *
field (DscWindow  *window,
       const char *name)
{
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
    gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));
  DscProfileEditor *editor = DSC_PROFILE_EDITOR (
    gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL, "profile_editor"));

  return dsc_profile_editor_get_field_widget (editor, name);
}

/* Scrolls the profile so that @widget is near the top of the view. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x = 0, y = 0;

  gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y);
  gtk_adjustment_set_value (adjustment, MAX (0, y - 120));
}

static char *
make_demo (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(DscStore) store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);

  if (store == NULL || !dsc_demo_generate (store, 40, 1, &error))
    g_error ("%s", error->message);

  return path;
}

/* A path of assessments and goals for the selected association, unless the
 * demo made some already; then its Progress section or one of its dialogs. */
static GtkWidget *
progress_scene (DscWindow  *window,
                const char *scene)
{
  DscStore *store = dsc_window_get_store (window);
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  gint64 association_id = dsc_associations_page_get_selected_id (page);
  DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
    gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));
  g_autoptr(DscFrameworkVersion) version = dsc_store_load_version (store, dsc_store_current_version (store, NULL),
                                                                  NULL);
  static const int levels[3][8] = {
    { 2, 1, 1, 1, 2, 2, 1, 1 },     /* trainer, baseline */
    { 3, 2, 2, 1, 3, 2, 2, 2 },     /* the association itself, same date */
    { 3, 2, 2, 2, 3, 3, 3, 1 },     /* consensus, follow-up */
  };
  static const char *dates[3] = { "2026-01-20", "2026-01-20", "2026-07-08" };
  static const int respondents[3] = { DSC_RESPONDENT_TRAINER, DSC_RESPONDENT_SELF, DSC_RESPONDENT_CONSENSUS };
  gint64 first_id = 0;
  GtkWidget *dialog = NULL;

  if (dsc_store_count_where (store, &dsc_kind_assessment, "association", association_id, NULL) == 0)
    {
      for (int a = 0; a < 3; a++)
        {
          g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);

          assessment->association_id = association_id;
          assessment->version_id = version->id;
          assessment->date = g_strdup (dates[a]);
          assessment->respondent = respondents[a];
          assessment->assessment_kind = a < 2 ? DSC_ASSESSMENT_BASELINE : DSC_ASSESSMENT_FOLLOW_UP;
          assessment->assessor = g_strdup (a == 1 ? "Awa Ndiaye" : "Marta Rinaldi");
          dsc_store_insert (store, assessment, NULL);
          if (a == 0)
            first_id = assessment->base.id;
          for (guint d = 0; d < version->domains->len; d++)
            {
              DscScore score = { ((DscDomainText *) g_ptr_array_index (version->domains, d))->id,
                                 levels[a][d], NULL, a == 0 ? MIN (levels[a][d] + 2, 4) : -1 };
              dsc_store_set_score (store, assessment->base.id, &score, NULL);
            }
        }
      for (int g = 0; g < 3; g++)
        {
          static const char *titles[] = { "Iscriversi al RUNTS", "Aprire un conto intestato all’associazione",
                                          "Partecipare al tavolo immigrazione del Comune" };
          static const char *due[] = { "2026-09-30", "2026-12-31", "2027-03-31" };
          static const int status[] = { DSC_GOAL_IN_PROGRESS, DSC_GOAL_ACHIEVED, DSC_GOAL_PLANNED };
          g_autoptr(DscGoal) goal = dsc_record_new (&dsc_kind_goal);

          goal->association_id = association_id;
          goal->domain_id = ((DscDomainText *) g_ptr_array_index (version->domains, g == 2 ? 6 : g + 1))->id;
          goal->title = g_strdup (titles[g]);
          goal->due_date = g_strdup (due[g]);
          goal->status = status[g];
          goal->target_level = 3;
          dsc_store_insert (store, goal, NULL);
        }
    }
  else
    {
      g_autoptr(GPtrArray) existing = dsc_store_list (store, &dsc_kind_assessment, association_id, NULL);
      first_id = ((DscRecord *) g_ptr_array_index (existing, 0))->id;
    }

  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL, "section_stack")),
    "progress");
  iterate (400);

  if (g_str_equal (scene, "assessment"))
    dialog = dsc_assessment_dialog_new (store, association_id, first_id);
  else if (g_str_equal (scene, "comparison"))
    {
      /* The first date with the association's own reading and another one. */
      g_autoptr(GPtrArray) all = dsc_store_list (store, &dsc_kind_assessment, association_id, NULL);
      const char *date = dates[0];

      for (guint i = 0; i < all->len; i++)
        for (guint j = 0; j < all->len; j++)
          {
            DscAssessment *a = g_ptr_array_index (all, i), *b = g_ptr_array_index (all, j);

            if (a->respondent == DSC_RESPONDENT_SELF && b->respondent != DSC_RESPONDENT_SELF
                && g_strcmp0 (a->date, b->date) == 0)
              date = a->date;
          }
      dialog = dsc_comparison_dialog_new (store, association_id, date);
    }

  if (dialog == NULL)
    return GTK_WIDGET (window);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (500);
  return dialog;
}

/* A module with sessions and attendance, unless the demo made some already.
 * Returns the module that has the most invitations. */
static gint64
training_module (DscStore *store)
{
  static const char *dates[] = { "2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27" };
  static const char *titles[] = { "Dall’idea al progetto", "Il budget", "Partner e territorio", "Rendicontare" };
  g_autoptr(GPtrArray) modules = dsc_store_list (store, &dsc_kind_module, 0, NULL);
  g_autoptr(GPtrArray) associations = NULL;
  g_autoptr(DscModule) module = NULL;
  g_autoptr(DscFrameworkVersion) version = NULL;
  gint64 best = 0, most = -1;

  for (guint i = 0; modules != NULL && i < modules->len; i++)
    {
      DscModule *each = g_ptr_array_index (modules, i);
      g_autoptr(GPtrArray) summary = dsc_store_module_summary (store, each->base.id, NULL);

      if (summary != NULL && (gint64) summary->len > most)
        {
          most = summary->len;
          best = each->base.id;
        }
    }
  if (best > 0 && most > 0)
    return best;

  version = dsc_store_load_version (store, dsc_store_current_version (store, NULL), NULL);
  associations = dsc_store_list (store, &dsc_kind_association, 0, NULL);
  module = dsc_record_new (&dsc_kind_module);
  module->title = g_strdup ("Scrivere un progetto");
  module->description = g_strdup ("Dall’idea al progetto finanziabile: obiettivi, budget, partner, rendicontazione.");
  module->planned_minutes = 12 * 60;
  dsc_store_insert (store, module, NULL);
  {
    gint64 domains[] = { ((DscDomainText *) g_ptr_array_index (version->domains, 2))->id,
                         ((DscDomainText *) g_ptr_array_index (version->domains, 3))->id };

    dsc_store_set_module_domains (store, module->base.id, domains, G_N_ELEMENTS (domains), NULL);
  }

  for (guint s = 0; s < G_N_ELEMENTS (dates); s++)
    {
      g_autoptr(DscSession) session = dsc_record_new (&dsc_kind_session);
      g_autoptr(GPtrArray) rows = NULL;

      session->module_id = module->base.id;
      session->title = g_strdup (titles[s]);
      session->date = g_strdup (dates[s]);
      session->start_time = g_strdup ("18:00");
      session->duration_minutes = s == 1 ? 150 : 180;
      session->location = g_strdup ("Casa del Quartiere di San Salvario");
      session->trainer = g_strdup ("Marta Rinaldi");
      dsc_store_insert (store, session, NULL);

      for (guint a = 0; a < MIN (associations->len, 7); a++)
        dsc_store_invite (store, session->base.id, ((DscRecord *) g_ptr_array_index (associations, a))->id, NULL);
      dsc_store_mark_all_present (store, session->base.id, NULL);

      rows = dsc_store_session_attendance (store, session->base.id, NULL);
      for (guint r = 0; r < rows->len; r++)
        {
          DscAttendanceRow *row = g_ptr_array_index (rows, r);

          /* Some miss a session or two; one sends more people than it has members. */
          row->attendance->present = (r + s) % 4 != 0 || r == 2;
          row->attendance->participants = 1 + (r * 7 + s) % 3;
          if (r == 2 && row->members >= 0)
            row->attendance->participants = row->members + 2;
          dsc_store_update (store, row->attendance, NULL);
        }
    }

  dsc_store_set_certificate (store, ((DscRecord *) g_ptr_array_index (associations, 2))->id, module->base.id,
                             TRUE, "2026-11-03", NULL);
  return module->base.id;
}

/* The Training page on a module, one of its sessions, or the Training section
 * of an association that attended. */
static GtkWidget *
training_scene (DscWindow  *window,
                const char *scene,
                int         width,
                int         height)
{
  DscStore *store = dsc_window_get_store (window);
  gint64 module_id = training_module (store);
  g_autoptr(GPtrArray) sessions = dsc_store_list_by (store, &dsc_kind_session, "module", module_id, NULL);
  DscSession *session = g_ptr_array_index (sessions, sessions->len > 1 ? 1 : 0);
  GtkWidget *view_stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), DSC_TYPE_WINDOW,
                                                                     "view_stack"));

  if (g_str_equal (scene, "association-training"))
    {
      DscAssociationsPage *page = dsc_window_get_associations_page (window);
      DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
        gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));
      g_autoptr(GPtrArray) rows = dsc_store_session_attendance (store, session->base.id, NULL);
      gint64 association_id = ((DscAttendanceRow *) g_ptr_array_index (rows, rows->len > 2 ? 2 : 0))->attendance->association_id;

      dsc_associations_page_select (page, association_id);
      if (width < 600)
        g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE,
                                                              "list_view"),
                               "activate", gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
                                 gtk_list_view_get_model (GTK_LIST_VIEW (gtk_widget_get_template_child (
                                   GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "list_view"))))));
      adw_view_stack_set_visible_child_name (
        ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL,
                                                       "section_stack")),
        "training");
      iterate (500);
      return GTK_WIDGET (window);
    }

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "training");
  iterate (200);
  {
    DscTrainingPage *page = DSC_TRAINING_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), DSC_TYPE_WINDOW,
                                                                              "training_page"));
    AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_TRAINING_PAGE,
                                                                      "leaflet"));

    dsc_training_page_select (page, module_id);
    if (adw_leaflet_get_folded (leaflet))
      adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    iterate (500);
    if (g_str_equal (scene, "training-sessions"))
      scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_TRAINING_PAGE,
                                                            "sessions_group")));
  }

  if (g_str_equal (scene, "session"))
    {
      g_autoptr(GPtrArray) rows = dsc_store_session_attendance (store, session->base.id, NULL);
      GtkWidget *dialog;

      /* One association brought friends: more people than it has members. */
      for (guint r = 0; r < rows->len; r++)
        {
          DscAttendanceRow *row = g_ptr_array_index (rows, r);

          if (row->members >= 0 && row->members <= 15 && row->attendance->present)
            {
              row->attendance->participants = row->members + 2;
              dsc_store_update (store, row->attendance, NULL);
              break;
            }
        }

      dialog = dsc_session_dialog_new (store, module_id, session->base.id);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
      gtk_window_set_default_size (GTK_WINDOW (dialog), MIN (width, 560), height);
      gtk_window_present (GTK_WINDOW (dialog));
      iterate (500);
      scroll_to (GTK_WIDGET (gtk_widget_get_template_child (dialog, DSC_TYPE_SESSION_DIALOG, "attendance_group")));
      iterate (300);
      return dialog;
    }

  iterate (300);
  return GTK_WIDGET (window);
}

/* The scenes of meetings (the Meetings page, a meeting, search) and of
 * follow-ups and services; kept apart so that this file stays readable. */
#include "screenshots-meetings.c"
#include "screenshots-follow-ups.c"
#include "screenshots-charts.c"
#include "screenshots-exchange.c"

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("discorsi-shots-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(DscApplication) app = NULL;
  const char *scene, *output;
  int width = 1100, height = 720;
  DscWindow *window;
  DscAssociationsPage *page;
  GtkWidget *target;

  if (argc < 3)
    {
      g_printerr ("usage: screenshots SCENE OUTPUT.png [WIDTH HEIGHT]\n");
      return 2;
    }
  scene = argv[1];
  output = argv[2];
  if (argc >= 5)
    {
      width = atoi (argv[3]);
      height = atoi (argv[4]);
    }

  g_setenv ("XDG_CACHE_HOME", dir, TRUE);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);
  if (g_getenv ("DISCORSI_NOW") == NULL)
    g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  app = dsc_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

  if (g_str_equal (scene, "empty"))
    path = g_build_filename (dir, "empty.db", NULL);
  else if (g_str_equal (scene, "error"))
    {
      path = g_build_filename (dir, "notes.db", NULL);
      g_file_set_contents (path, "Riunione del 12 marzo: portare i moduli.\n", -1, NULL);
    }
  else
    path = make_demo (dir);

  window = dsc_window_new (GTK_APPLICATION (app), path);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  iterate (400);
  page = dsc_window_get_associations_page (window);
  target = GTK_WIDGET (window);

  if (g_str_equal (scene, "detail") || g_str_equal (scene, "invalid") || g_str_equal (scene, "person")
      || g_str_equal (scene, "narrow-detail") || g_str_has_prefix (scene, "progress")
      || g_str_equal (scene, "assessment") || g_str_equal (scene, "comparison"))
    {
      /* The third association in the list has people and a full profile. */
      GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                       DSC_TYPE_ASSOCIATIONS_PAGE,
                                                                       "list_view"));
      g_signal_emit_by_name (list, "activate", 2);
      iterate (400);
    }

  if (g_str_has_prefix (scene, "progress") || g_str_equal (scene, "assessment")
      || g_str_equal (scene, "comparison"))
    target = progress_scene (window, scene);
  else if (g_str_equal (scene, "invalid"))
    {
      GtkWidget *email = field (window, "email");
      GtkWidget *fiscal = field (window, "fiscal_code");

      gtk_editable_set_text (GTK_EDITABLE (email), "info-at-association.org");
      gtk_editable_set_text (GTK_EDITABLE (fiscal), "9751234001");
      iterate (200);
      scroll_to (email);
      iterate (300);
    }
  else if (g_str_equal (scene, "person"))
    {
      DscStore *store = dsc_window_get_store (window);
      gint64 id = dsc_associations_page_get_selected_id (page);
      g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, id, NULL);
      DscPerson *first = people->len > 0 ? g_ptr_array_index (people, 0) : NULL;
      GtkWidget *dialog = dsc_person_dialog_new (store, id, first != NULL ? first->base.id : 0);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (dialog));
      iterate (500);
      target = dialog;
    }
  else if (g_str_equal (scene, "preferences"))
    {
      GtkWidget *preferences = dsc_preferences_window_new (window);

      gtk_window_present (GTK_WINDOW (preferences));
      iterate (500);
      target = preferences;
    }
  else if (g_str_equal (scene, "framework") || g_str_equal (scene, "framework-draft"))
    {
      /* The built-in framework with one domain open; "framework-draft": an
       * assessment uses version 1, so a rewritten descriptor starts a draft. */
      DscStore *store = dsc_window_get_store (window);
      g_autoptr(DscFrameworkVersion) current = dsc_store_load_version (store,
                                                                       dsc_store_current_version (store, NULL),
                                                                       NULL);
      const DscDomainText *governance = g_ptr_array_index (current->domains, 1);
      const DscDomainText *communication = g_ptr_array_index (current->domains, 5);
      gboolean draft = g_str_equal (scene, "framework-draft");
      GtkWidget *editor;

      if (draft && current->n_assessments == 0)
        {
          g_autoptr(GPtrArray) associations = dsc_store_list (store, &dsc_kind_association, 0, NULL);
          g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);
          DscAssociation *first = g_ptr_array_index (associations, 0);
          DscScore score = { governance->id, 2, NULL, 3 };

          assessment->association_id = first->base.id;
          assessment->version_id = current->id;
          assessment->date = g_strdup ("2026-10-12");
          if (!dsc_store_insert (store, assessment, NULL)
              || !dsc_store_set_score (store, assessment->base.id, &score, NULL))
            g_error ("Could not add an assessment");
        }

      editor = dsc_framework_window_new (store);
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
      gtk_window_set_default_size (GTK_WINDOW (editor), width, height);
      gtk_window_present (GTK_WINDOW (editor));
      iterate (300);

      if (draft)
        {
          GtkWidget *view = dsc_framework_window_get_domain_widget (DSC_FRAMEWORK_WINDOW (editor),
                                                                    communication->id, "level-4");

          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                                    "A communication plan in Italian, Wolof and French; channels kept up "
                                    "to date; results told to members, partners and the services.", -1);
          iterate (600);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (dsc_framework_window_get_domain_widget (
            DSC_FRAMEWORK_WINDOW (editor), communication->id, "row")), TRUE);
          iterate (300);
          scroll_to (dsc_framework_window_get_domain_widget (DSC_FRAMEWORK_WINDOW (editor),
                                                             communication->id, "level-3"));
        }
      else
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (dsc_framework_window_get_domain_widget (
          DSC_FRAMEWORK_WINDOW (editor), governance->id, "row")), TRUE);

      iterate (500);
      target = editor;
    }

  if (g_str_has_prefix (scene, "training") || g_str_equal (scene, "session")
      || g_str_equal (scene, "association-training"))
    target = training_scene (window, scene, width, height);
  else if (g_str_has_prefix (scene, "meeting"))
    target = meetings_scene (window, scene, width, height);
  else if (g_str_has_prefix (scene, "follow-ups") || g_str_equal (scene, "services")
           || g_str_equal (scene, "association-meetings"))
    target = follow_ups_scene (window, scene, width, height);
  else if (g_str_has_prefix (scene, "overview") || g_str_has_prefix (scene, "charts"))
    target = charts_scene (window, scene, width, height);
  else if (g_str_equal (scene, "export") || g_str_has_prefix (scene, "import")
           || g_str_has_prefix (scene, "conflicts"))
    target = exchange_scene (window, scene, dir, width, height);

  iterate (300);
  save_png (target, output);
  g_print ("%s\n", output);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  return 0;
}
