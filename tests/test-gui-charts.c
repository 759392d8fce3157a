/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts, the Overview and printing, driven through the real window on a
 * demo database: what the radar tells a screen reader and a pointer, its
 * table, its files; the Overview's figures, period and heatmap filters;
 * printing that gives the same pages as the PDF export; the dark style.
 * Nothing here depends on the pixels the charts draw: only on what the charts
 * and the store say. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <cairo.h>

#include "dsc-application.h"
#include "dsc-association-detail.h"
#include "dsc-chart-data.h"
#include "dsc-chart-widget.h"
#include "dsc-demo.h"
#include "dsc-meetings.h"
#include "dsc-overview-page.h"
#include "dsc-print.h"
#include "dsc-programme.h"
#include "dsc-progress-view.h"
#include "dsc-report.h"
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

typedef struct
{
  char      *dir;
  char      *path;
  DscStore  *store;
  DscWindow *window;
} Fixture;

static void
open_window (Fixture *fixture,
             guint    n_associations)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "discorsi.db", NULL);
  fixture->store = dsc_test_open (fixture->path);
  g_assert_true (dsc_demo_generate (fixture->store, n_associations, DSC_DEMO_DEFAULT_SEED, &error));
  g_assert_no_error (error);

  fixture->window = dsc_window_new (GTK_APPLICATION (app), fixture->path);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate (200);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  open_window (fixture, 40);
}

static void
fixture_set_up_many (Fixture       *fixture,
                     gconstpointer  data)
{
  open_window (fixture, 320);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != fixture->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (50);
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The window's view */

static DscOverviewPage *
show_overview (Fixture *fixture)
{
  DscOverviewPage *page = template_child (fixture->window, DSC_TYPE_WINDOW, "overview_page");

  adw_view_stack_set_visible_child_name (template_child (fixture->window, DSC_TYPE_WINDOW, "view_stack"),
                                         "overview");
  iterate (50);
  return page;
}

static void
wait_for_overview (DscOverviewPage *page)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  iterate (20);
  while (dsc_overview_page_is_loading (page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      iterate (20);
    }
  iterate (100);
}

/* An association with two assessments or more whose latest levels are not all
 * the same, so that the radar has something to say. */
static DscProgress *
pick_association (Fixture *fixture,
                  gint64  *id)
{
  g_autoptr(GPtrArray) associations = dsc_store_list (fixture->store, &dsc_kind_association, 0, NULL);

  for (guint i = 0; i < associations->len; i++)
    {
      DscAssociation *association = g_ptr_array_index (associations, i);
      g_autoptr(DscProgress) progress = dsc_progress_compute (fixture->store, association->base.id, NULL);
      int high = 0, low = 99, changed = 0;

      for (guint d = 0; d < progress->domains->len; d++)
        {
          DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);

          if (domain->latest < 1)
            continue;
          high = MAX (high, domain->latest);
          low = MIN (low, domain->latest);
          changed += domain->has_change && domain->latest != domain->target;
        }
      if (progress->n_assessments >= 2 && high > low && changed > 0)
        {
          *id = association->base.id;
          return g_steal_pointer (&progress);
        }
    }

  g_assert_not_reached ();
  return NULL;
}

static DscProgressView *
show_progress (Fixture *fixture,
               gint64   association_id)
{
  DscAssociationsPage *page = dsc_window_get_associations_page (fixture->window);
  DscAssociationDetail *detail = template_child (page, DSC_TYPE_ASSOCIATIONS_PAGE, "detail");

  g_assert_true (dsc_associations_page_select (page, association_id));
  adw_view_stack_set_visible_child_name (template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "section_stack"),
                                         "progress");
  iterate (400);
  return template_child (detail, DSC_TYPE_ASSOCIATION_DETAIL, "progress_view");
}

static char **
level_labels (Fixture *fixture,
              gint64   association_id)
{
  g_autoptr(DscTimeline) timeline = dsc_store_association_timeline (fixture->store, association_id, NULL);

  return g_strdupv (timeline->columns.level_labels);
}

/* The radar ---------------------------------------------------------------- */

static void
test_radar_describes_the_association (Fixture       *fixture,
                                      gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  g_auto(GStrv) labels = level_labels (fixture, id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  g_autoptr(DscChart) expected = dsc_chart_new_radar (progress, (const char * const *) labels);
  g_autofree char *expected_text = dsc_chart_describe (expected);
  const char *description = dsc_chart_widget_get_description (radar);
  int high = 0, low = 99;

  g_assert_nonnull (dsc_chart_widget_get_chart (radar));
  g_assert_cmpint (dsc_chart_get_kind (dsc_chart_widget_get_chart (radar)), ==, DSC_CHART_RADAR);

  /* Screen readers get the chart's own summary of this association... */
  g_assert_nonnull (description);
  g_assert_cmpstr (description, ==, expected_text);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (radar), GTK_ACCESSIBLE_ROLE_IMG);

  /* ... which names its strongest and weakest domains with their levels, as
   * the store has them. */
  for (guint d = 0; d < progress->domains->len; d++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);

      if (domain->latest >= 1)
        {
          high = MAX (high, domain->latest);
          low = MIN (low, domain->latest);
        }
    }
  for (guint d = 0; d < progress->domains->len; d++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);

      if (domain->latest == high || domain->latest == low)
        {
          g_autofree char *level = dsc_chart_format_value (expected, domain->latest);

          g_assert_nonnull (strstr (description, domain->name));
          g_assert_nonnull (strstr (description, level));
        }
    }

  /* The keyboard reaches it, and so does its menu. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (radar)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (radar)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (radar), "chart.menu", NULL));
}

/* Every point of the widget whose tooltip says something, with what it says. */
static GPtrArray *
all_tooltips (DscChartWidget *chart)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));

  g_assert_cmpuint (dsc_chart_widget_get_n_draws (chart), >, 0);
  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        char *text = dsc_chart_widget_get_tooltip_at (chart, x, y);

        if (text != NULL && !g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL))
          g_ptr_array_add (texts, text);
        else
          g_free (text);
      }

  return texts;
}

static void
test_radar_tooltips_give_value_and_date (Fixture       *fixture,
                                         gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  DscChart *chart;
  g_autoptr(GPtrArray) tooltips = NULL;
  guint checked = 0;

  /* The chart is drawn on screen before the pointer can be over it. */
  gtk_widget_grab_focus (GTK_WIDGET (radar));
  iterate (300);
  chart = dsc_chart_widget_get_chart (radar);
  tooltips = all_tooltips (radar);
  g_assert_cmpuint (tooltips->len, >, 0);

  /* A latest level that no other mark of its domain hides: its tooltip says
   * the domain, the exact level and the date it was read. */
  for (guint d = 0; d < progress->domains->len; d++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);
      g_autofree char *level = NULL;
      g_autofree char *date = NULL;
      gboolean found = FALSE;

      if (domain->latest < 1 || domain->latest == domain->baseline || domain->latest == domain->target)
        continue;

      level = dsc_chart_format_value (chart, domain->latest);
      date = dsc_format_date (domain->latest_date);
      for (guint i = 0; i < tooltips->len && !found; i++)
        {
          const char *text = g_ptr_array_index (tooltips, i);

          found = strstr (text, domain->name) != NULL && strstr (text, level) != NULL
                  && strstr (text, date) != NULL
                  && strstr (text, dsc_chart_get_series_name (chart, 1)) != NULL;
        }
      g_assert_true (found);
      checked++;

      /* The keyboard's focus point shows the same words. */
      g_assert_true (dsc_chart_widget_focus_point (radar, 1, d));
      {
        g_autofree char *expected = dsc_chart_describe_point (chart, 1, d);

        g_assert_cmpstr (dsc_chart_widget_get_point_text (radar), ==, expected);
      }
    }
  g_assert_cmpuint (checked, >, 0);

  /* Nothing is said where nothing is drawn. */
  {
    g_autofree char *corner = dsc_chart_widget_get_tooltip_at (radar, 1, gtk_widget_get_height (GTK_WIDGET (radar)) - 1);

    g_assert_null (corner);
  }
}

/* The texts of the visible labels under @widget, in reading order. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (child))));
      collect_labels (child, texts);
    }
}

static void
test_radar_table_has_the_store_numbers (Fixture       *fixture,
                                        gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  DscChart *chart = dsc_chart_widget_get_chart (radar);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *table;
  guint start = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (radar), "chart.show-table", NULL));
  iterate (100);
  table = dsc_chart_widget_show_table (radar);
  gtk_window_set_default_size (GTK_WINDOW (table), 800, 900);
  iterate (500);
  collect_labels (g_object_get_data (G_OBJECT (table), "column-view"), texts);

  /* Each domain's row reads: first level and its date, latest level and its
   * date, target, as the store computes them. */
  for (guint d = 0; d < progress->domains->len; d++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
      guint at;

      g_ptr_array_add (row, dsc_chart_format_value (chart, domain->baseline > 0 ? domain->baseline : NAN));
      if (domain->baseline > 0)
        g_ptr_array_add (row, dsc_format_date (domain->baseline_date));
      g_ptr_array_add (row, dsc_chart_format_value (chart, domain->latest > 0 ? domain->latest : NAN));
      if (domain->latest > 0)
        g_ptr_array_add (row, dsc_format_date (domain->latest_date));
      g_ptr_array_add (row, dsc_chart_format_value (chart, domain->target > 0 ? domain->target : NAN));

      g_assert_true (g_ptr_array_find_with_equal_func (texts, domain->name, g_str_equal, &at));
      g_assert_cmpuint (at, >=, start);
      g_assert_cmpuint (at + row->len, <, texts->len);
      for (guint i = 0; i < row->len; i++)
        g_assert_cmpstr (g_ptr_array_index (texts, at + 1 + i), ==, g_ptr_array_index (row, i));
      start = at + 1 + row->len;
    }

  gtk_window_destroy (GTK_WINDOW (table));
}

static char *
run_text (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *text = g_find_program_in_path ("pdftotext");
  g_autofree char *image = g_find_program_in_path ("pdftoppm");
  g_autofree char *info = g_find_program_in_path ("pdfinfo");

  return text != NULL && image != NULL && info != NULL;
}

static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_text (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run_text (argv);
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\f\r", -1);
  GString *joined = g_string_new (NULL);

  /* The same words in the same order, whatever the spacing. */
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s ", words[i]);
  return g_string_free (joined, FALSE);
}

static void
test_chart_exports_are_valid_files (Fixture       *fixture,
                                    gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  const char *title = dsc_chart_get_title (dsc_chart_widget_get_chart (radar));
  g_autofree char *png = g_build_filename (fixture->dir, "radar.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "radar.svg", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "radar.pdf", NULL);
  g_autoptr(GError) error = NULL;

  iterate (200);

  /* PNG at twice the size, for HiDPI screens; with ink on it. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (png);
    cairo_surface_t *image;
    int inked = 0;

    g_assert_true (dsc_chart_widget_export (radar, file, 2, &error));
    g_assert_no_error (error);
    image = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2 * (int) DSC_CHART_EXPORT_WIDTH);
    g_assert_cmpint (cairo_image_surface_get_height (image), >, 200);
    cairo_surface_flush (image);
    for (int y = 0; y < cairo_image_surface_get_height (image); y += 3)
      {
        const guint32 *line = (const guint32 *) (cairo_image_surface_get_data (image)
                                                 + y * cairo_image_surface_get_stride (image));

        for (int x = 0; x < cairo_image_surface_get_width (image); x += 3)
          inked += (line[x] & 0xffffff) != 0xffffff;
      }
    g_assert_cmpint (inked, >, 500);
    cairo_surface_destroy (image);
  }

  /* SVG: a drawing that names itself. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (svg);
    g_autofree char *contents = NULL;

    g_assert_true (dsc_chart_widget_export (radar, file, 1, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "<svg"));
    g_assert_nonnull (strstr (contents, "</svg>"));
  }

  /* PDF: one page that carries the chart's title (a file goes out alone). */
  {
    g_autoptr(GFile) file = g_file_new_for_path (pdf);

    g_assert_true (dsc_chart_widget_export (radar, file, 1, &error));
    g_assert_no_error (error);
    if (have_poppler ())
      {
        g_autofree char *text = pdf_text (pdf);
        g_autofree char *words = NULL;
        g_auto(GStrv) title_words = g_strsplit (title, " ", -1);

        g_assert_cmpint (pdf_pages (pdf), ==, 1);
        for (guint i = 0; title_words[i] != NULL; i++)
          g_assert_nonnull (strstr (text, title_words[i]));
      }
  }

  /* The chart on screen still answers the pointer after being drawn for files. */
  iterate (200);
  {
    g_autoptr(GPtrArray) tooltips = all_tooltips (radar);

    g_assert_cmpuint (tooltips->len, >, 0);
  }

  /* A folder that does not exist: refused in one sentence that names the file. */
  {
    g_autofree char *nowhere = g_build_filename (fixture->dir, "no-such-folder", "radar.png", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (nowhere);

    g_assert_false (dsc_chart_widget_export (radar, file, 2, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "radar.png"));
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

/* The Overview ------------------------------------------------------------- */

static GPtrArray *
figure_texts (DscOverviewPage *page)
{
  GtkWidget *box = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "figures_box");
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *tile = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      GtkWidget *value = gtk_widget_get_first_child (tile);

      g_assert_cmpstr (gtk_widget_get_name (value), ==, "figure-value");
      g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (value))));
    }

  return texts;
}

static GPtrArray *
expected_figures (Fixture    *fixture,
                  const char *from,
                  const char *to)
{
  DscProgrammeFigures figures;
  g_autoptr(GError) error = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (dsc_store_programme_figures (fixture->store, from, to, &figures, &error));
  g_assert_no_error (error);
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.associations_reached));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.sessions));
  g_ptr_array_add (texts, dsc_format_duration (figures.training_minutes));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.participants));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.assessments));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.meetings));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.follow_ups_done));
  g_ptr_array_add (texts, g_strdup_printf ("%'d", figures.follow_ups_overdue));
  return texts;
}

static void
assert_same_texts (GPtrArray *shown,
                   GPtrArray *expected)
{
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (g_ptr_array_index (shown, i), ==, g_ptr_array_index (expected, i));
}

static void
test_overview_figures_follow_the_period (Fixture       *fixture,
                                         gconstpointer  data)
{
  DscOverviewPage *page = show_overview (fixture);
  g_autoptr(GPtrArray) all_time = NULL;
  g_autoptr(GPtrArray) this_year = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean differs = FALSE;

  /* All time by default. */
  wait_for_overview (page);
  dsc_overview_page_get_period (page, &from, &to);
  g_assert_null (from);
  g_assert_null (to);
  all_time = figure_texts (page);
  {
    g_autoptr(GPtrArray) expected = expected_figures (fixture, NULL, NULL);

    assert_same_texts (all_time, expected);
  }

  /* This year: other numbers, still the store's. */
  adw_combo_row_set_selected (template_child (page, DSC_TYPE_OVERVIEW_PAGE, "period_row"), DSC_PERIOD_THIS_YEAR);
  wait_for_overview (page);
  this_year = figure_texts (page);
  {
    g_autoptr(GPtrArray) expected = expected_figures (fixture, "2026-01-01", "2026-12-31");

    assert_same_texts (this_year, expected);
  }
  for (guint i = 0; i < this_year->len; i++)
    differs |= g_strcmp0 (g_ptr_array_index (this_year, i), g_ptr_array_index (all_time, i)) != 0;
  g_assert_true (differs);

  /* Dates typed in the date rows. */
  adw_combo_row_set_selected (template_child (page, DSC_TYPE_OVERVIEW_PAGE, "period_row"), DSC_PERIOD_CUSTOM);
  g_assert_true (gtk_widget_get_visible (template_child (page, DSC_TYPE_OVERVIEW_PAGE, "from_row")));
  gtk_editable_set_text (template_child (page, DSC_TYPE_OVERVIEW_PAGE, "from_row"), "2026-03-01");
  gtk_editable_set_text (template_child (page, DSC_TYPE_OVERVIEW_PAGE, "to_row"), "2026-05-31");
  wait_for_overview (page);
  chosen = figure_texts (page);
  {
    g_autoptr(GPtrArray) expected = expected_figures (fixture, "2026-03-01", "2026-05-31");

    assert_same_texts (chosen, expected);
  }
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);
  dsc_overview_page_get_period (page, &from, &to);
  g_assert_cmpstr (from, ==, "2026-03-01");
  g_assert_cmpstr (to, ==, "2026-05-31");
}

static void
test_overview_refreshes_only_when_shown (Fixture       *fixture,
                                         gconstpointer  data)
{
  DscOverviewPage *page = show_overview (fixture);
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  wait_for_overview (page);
  before = figure_texts (page);

  /* A meeting recorded while another page is shown: nothing is read. */
  adw_view_stack_set_visible_child_name (template_child (fixture->window, DSC_TYPE_WINDOW, "view_stack"),
                                         "associations");
  iterate (100);
  meeting->date = g_strdup ("2026-11-20");
  meeting->title = g_strdup ("Tavolo casa con il Comune");
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  g_assert_true (dsc_store_insert (dsc_window_get_store (fixture->window), meeting, &error));
  g_assert_no_error (error);
  iterate (700);
  g_assert_false (dsc_overview_page_is_loading (page));
  after = figure_texts (page);
  assert_same_texts (after, before);

  /* Back on the Overview, the meeting counts. */
  show_overview (fixture);
  wait_for_overview (page);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = figure_texts (page);
  {
    g_autoptr(GPtrArray) expected = expected_figures (fixture, NULL, NULL);

    assert_same_texts (after, expected);
    g_assert_cmpstr (g_ptr_array_index (after, 5), !=, g_ptr_array_index (before, 5));
  }
}

static guint
count_rows (DscLevelsTable *table,
            int             province,
            const char     *search)
{
  guint n = 0;

  for (guint i = 0; i < table->rows->len; i++)
    {
      DscLevelsRow *row = g_ptr_array_index (table->rows, i);

      n += (province < 0 || row->province == province)
           && (search == NULL || g_str_match_string (search, row->name, TRUE));
    }
  return n;
}

static void
test_heatmap_filters_narrow_the_rows (Fixture       *fixture,
                                      gconstpointer  data)
{
  DscOverviewPage *page = show_overview (fixture);
  g_autoptr(DscLevelsTable) table = dsc_store_latest_levels (fixture->store, NULL, NULL, NULL);
  DscChartWidget *heatmap = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "heatmap_chart");
  GtkDropDown *provinces = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "province_dropdown");
  GtkEditable *search = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "search_entry");
  DscLevelsRow *first;
  g_autofree char *word = NULL;
  guint n;

  wait_for_overview (page);
  g_assert_cmpuint (table->rows->len, >, 2);
  g_assert_cmpuint (dsc_chart_get_n_series (dsc_chart_widget_get_chart (heatmap)), ==, table->rows->len);

  /* One province: its associations only. */
  first = g_ptr_array_index (table->rows, 0);
  gtk_drop_down_set_selected (provinces, first->province + 1);
  iterate (100);
  n = count_rows (table, first->province, NULL);
  g_assert_cmpuint (n, <, table->rows->len);
  g_assert_cmpuint (dsc_chart_get_n_series (dsc_chart_widget_get_chart (heatmap)), ==, n);

  /* And a word of a name, as typed. */
  {
    g_auto(GStrv) words = g_strsplit (first->name, " ", -1);

    word = g_utf8_strdown (words[g_strv_length (words) - 1], -1);
  }
  gtk_editable_set_text (search, word);
  iterate (400);
  n = count_rows (table, first->province, word);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (dsc_chart_get_n_series (dsc_chart_widget_get_chart (heatmap)), ==, n);
  for (guint s = 0; s < n; s++)
    g_assert_true (g_str_match_string (word, dsc_chart_get_series_name (dsc_chart_widget_get_chart (heatmap), s),
                                       TRUE));

  /* Nothing matches: the chart says so rather than drawing an empty grid. */
  gtk_editable_set_text (search, "zzzzqqq");
  iterate (400);
  g_assert_true (dsc_chart_is_empty (dsc_chart_widget_get_chart (heatmap)));
  g_assert_nonnull (strstr (dsc_chart_widget_get_description (heatmap), "search"));

  /* All provinces, no search: everyone again. */
  gtk_editable_set_text (search, "");
  gtk_drop_down_set_selected (provinces, 0);
  iterate (400);
  g_assert_cmpuint (dsc_chart_get_n_series (dsc_chart_widget_get_chart (heatmap)), ==, table->rows->len);
}

static void
test_heatmap_shows_a_page_of_many (Fixture       *fixture,
                                   gconstpointer  data)
{
  DscOverviewPage *page = show_overview (fixture);
  g_autoptr(DscLevelsTable) table = dsc_store_latest_levels (fixture->store, NULL, NULL, NULL);
  DscChartWidget *heatmap = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "heatmap_chart");
  GtkLabel *count = template_child (page, DSC_TYPE_OVERVIEW_PAGE, "heatmap_count");
  g_autofree char *total = g_strdup_printf ("%'u", table->rows->len);

  wait_for_overview (page);
  g_assert_cmpuint (table->rows->len, >, DSC_OVERVIEW_HEATMAP_ROWS);
  g_assert_cmpuint (dsc_chart_get_n_series (dsc_chart_widget_get_chart (heatmap)), ==, DSC_OVERVIEW_HEATMAP_ROWS);
  /* The first ones by name, and the person is told how to find the others. */
  g_assert_cmpstr (dsc_chart_get_series_name (dsc_chart_widget_get_chart (heatmap), 0), ==,
                   ((DscLevelsRow *) g_ptr_array_index (table->rows, 0))->name);
  g_assert_nonnull (strstr (gtk_label_get_text (count), total));
  g_assert_nonnull (strstr (gtk_label_get_text (count), "200"));
}

/* Printing ----------------------------------------------------------------- */

static void
render_pages (const char *pdf,
              const char *prefix)
{
  const char *argv[] = { "pdftoppm", "-png", "-r", "40", pdf, prefix, NULL };
  g_autofree char *out = run_text (argv);
}

/* Mean difference of two page images, 0..255, after checking they are alike in size. */
static double
image_difference (const char *a,
                  const char *b)
{
  cairo_surface_t *first = cairo_image_surface_create_from_png (a);
  cairo_surface_t *second = cairo_image_surface_create_from_png (b);
  int width = cairo_image_surface_get_width (first);
  int height = cairo_image_surface_get_height (first);
  double sum = 0;

  g_assert_cmpint (cairo_surface_status (first), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (second), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (abs (width - cairo_image_surface_get_width (second)), <=, 1);
  g_assert_cmpint (abs (height - cairo_image_surface_get_height (second)), <=, 1);
  width = MIN (width, cairo_image_surface_get_width (second));
  height = MIN (height, cairo_image_surface_get_height (second));

  for (int y = 0; y < height; y++)
    {
      const guint8 *p = cairo_image_surface_get_data (first) + y * cairo_image_surface_get_stride (first);
      const guint8 *q = cairo_image_surface_get_data (second) + y * cairo_image_surface_get_stride (second);

      for (int x = 0; x < width * 4; x++)
        sum += abs ((int) p[x] - (int) q[x]);
    }

  cairo_surface_destroy (first);
  cairo_surface_destroy (second);
  return sum / ((double) width * height * 4);
}

static void
assert_print_equals_export (Fixture   *fixture,
                            DscReport *report,
                            const char *name)
{
  g_autofree char *printed = g_strdup_printf ("%s/%s-printed.pdf", fixture->dir, name);
  g_autofree char *exported = g_strdup_printf ("%s/%s-exported.pdf", fixture->dir, name);
  g_autofree char *printed_prefix = g_strdup_printf ("%s/%s-printed", fixture->dir, name);
  g_autofree char *exported_prefix = g_strdup_printf ("%s/%s-exported", fixture->dir, name);
  g_autoptr(GError) error = NULL;
  GtkPageSetup *setup = dsc_print_get_page_setup (GTK_WINDOW (fixture->window));
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperationResult result;
  g_autofree char *printed_text = NULL;
  g_autofree char *exported_text = NULL;
  int n_pages;

  /* A4, said explicitly, whatever the locale's default paper. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_paper_size_free (a4);

  result = dsc_print_run (GTK_WINDOW (fixture->window), report, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (dsc_report_export (report, exported, 0, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }

  /* Same pages, same words. */
  n_pages = pdf_pages (exported);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_cmpint (pdf_pages (printed), ==, n_pages);
  printed_text = pdf_text (printed);
  exported_text = pdf_text (exported);
  g_assert_cmpstr (printed_text, ==, exported_text);
  g_assert_cmpuint (strlen (printed_text), >, 20);

  /* And the same look, page by page. */
  render_pages (printed, printed_prefix);
  render_pages (exported, exported_prefix);
  for (int page = 1; page <= n_pages; page++)
    {
      const char *format = n_pages >= 10 ? "%s-%02d.png" : "%s-%d.png";
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      a = g_strdup_printf (format, printed_prefix, page);
      b = g_strdup_printf (format, exported_prefix, page);
#pragma GCC diagnostic pop
      g_assert_true (g_file_test (a, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_test (b, G_FILE_TEST_EXISTS));
      g_assert_cmpfloat (image_difference (a, b), <, 1.0);
    }
}

static void
test_print_passport_equals_export (Fixture       *fixture,
                                   gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  g_autoptr(GError) error = NULL;
  g_autoptr(DscReport) report = dsc_report_new_passport (fixture->store, id, &error);

  g_assert_no_error (error);
  assert_print_equals_export (fixture, report, "passport");
}

static void
test_print_programme_equals_export (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscReport) report = dsc_report_new_programme (fixture->store, "2026-01-01", "2026-12-31", &error);

  g_assert_no_error (error);
  assert_print_equals_export (fixture, report, "programme");
}

static gpointer
find_toplevel (const char *type_name)
{
  gpointer found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), type_name) && gtk_widget_get_visible (l->data))
      found = l->data;

  g_list_free (toplevels);
  return found;
}

static gpointer
wait_for_toplevel (const char *type_name)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gpointer found;

  while ((found = find_toplevel (type_name)) == NULL && g_get_monotonic_time () < until)
    iterate (50);
  return found;
}

static void
wait_while_busy (Fixture *fixture)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  iterate (50);
  while (dsc_print_is_busy (GTK_WINDOW (fixture->window)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      iterate (50);
    }
  iterate (100);
}

/* The menu's Export Passport as PDF: the file chooser, and then nothing but the file. */
static void
test_export_passport_through_the_chooser (Fixture       *fixture,
                                          gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  g_autoptr(DscAssociationSummary) summary = dsc_store_load_association_summary (fixture->store, id, NULL);
  g_autofree char *suggested = g_strdup_printf ("Passport - %s.pdf", summary->name);
  g_autofree char *path = g_build_filename (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS), "passport", NULL);
  g_autofree char *written = g_strconcat (path, ".pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *chooser;

  show_progress (fixture, id);
  g_assert_true (gtk_widget_activate_action (window, "win.export-passport", NULL));
  chooser = wait_for_toplevel ("GtkFileChooserDialog");
  g_assert_nonnull (chooser);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (name, ==, suggested);
  }

  /* A name typed without its extension gets it. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "passport");
  {
    g_autoptr(GFile) chosen = NULL;
    gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* The chooser reads its folder in its own time. */
    while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL
           && g_get_monotonic_time () < until)
      iterate (50);
    g_assert_nonnull (chosen);
    g_assert_true (g_file_equal (chosen, file));
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the folder before it answers; then the passport is made. */
  {
    gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while (find_toplevel ("GtkFileChooserDialog") != NULL && g_get_monotonic_time () < until)
      iterate (50);
  }
  wait_while_busy (fixture);

  g_assert_true (g_file_get_contents (written, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  if (have_poppler ())
    {
      g_autofree char *text = pdf_text (written);
      g_auto(GStrv) words = g_strsplit (summary->name, " ", -1);

      g_assert_cmpint (pdf_pages (written), >=, 1);
      g_assert_cmpint (pdf_pages (written), <=, 2);
      for (guint i = 0; words[i] != NULL; i++)
        g_assert_nonnull (strstr (text, words[i]));
    }
}

/* Print on the Associations page opens the print dialog for the passport;
 * on the Training page there is nothing to print. */
static void
test_print_follows_the_page (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  GtkWidget *dialog;

  /* The session's paper is A4 until someone chooses another. */
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (
                     dsc_print_get_page_setup (GTK_WINDOW (window)))), ==, GTK_PAPER_NAME_A4);

  /* Disabled actions do nothing: no document is prepared, no dialog opens. */
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "training");
  iterate (50);
  gtk_widget_activate_action (window, "win.print", NULL);
  gtk_widget_activate_action (window, "win.export-passport", NULL);
  gtk_widget_activate_action (window, "win.export-report", NULL);
  iterate (300);
  g_assert_false (dsc_print_is_busy (GTK_WINDOW (window)));
  g_assert_null (find_toplevel ("GtkFileChooserDialog"));
  g_assert_null (find_toplevel ("GtkPrintUnixDialog"));

  show_progress (fixture, id);
  adw_view_stack_set_visible_child_name (template_child (window, DSC_TYPE_WINDOW, "view_stack"), "associations");
  iterate (50);
  gtk_widget_activate_action (window, "win.export-report", NULL);
  iterate (300);
  g_assert_null (find_toplevel ("GtkFileChooserDialog"));
  g_assert_true (gtk_widget_activate_action (window, "win.print", NULL));
  dialog = wait_for_toplevel ("GtkPrintUnixDialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  iterate (200);
  wait_while_busy (fixture);
}

/* Style -------------------------------------------------------------------- */

static void
test_dark_style_redraws_dark (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  guint draws;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate (300);
  g_assert_cmpint (dsc_chart_widget_get_drawn_palette (radar), ==, DSC_CHART_PALETTE_SCREEN_LIGHT);
  draws = dsc_chart_widget_get_n_draws (radar);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (300);
  g_assert_cmpuint (dsc_chart_widget_get_n_draws (radar), >, draws);
  g_assert_cmpint (dsc_chart_widget_get_drawn_palette (radar), ==, DSC_CHART_PALETTE_SCREEN_DARK);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  iterate (300);
  g_assert_cmpint (dsc_chart_widget_get_drawn_palette (radar), ==, DSC_CHART_PALETTE_SCREEN_LIGHT);
}

/* The charts follow the data ----------------------------------------------- */

static void
test_charts_follow_new_assessments (Fixture       *fixture,
                                    gconstpointer  data)
{
  gint64 id = 0;
  g_autoptr(DscProgress) progress = pick_association (fixture, &id);
  DscProgressView *view = show_progress (fixture, id);
  DscChartWidget *radar = template_child (view, DSC_TYPE_PROGRESS_VIEW, "radar_chart");
  DscChartWidget *timeline = template_child (view, DSC_TYPE_PROGRESS_VIEW, "timeline_chart");
  g_autoptr(DscFrameworkVersion) version = dsc_store_load_version (fixture->store,
                                                                   dsc_store_current_version (fixture->store, NULL),
                                                                   NULL);
  g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);
  DscStore *store = dsc_window_get_store (fixture->window);
  g_autoptr(GError) error = NULL;
  guint points = dsc_chart_get_n_categories (dsc_chart_widget_get_chart (timeline));

  /* A new assessment, every domain at 4, one score after the other, made
   * where the window sees it. */
  assessment->association_id = id;
  assessment->version_id = version->id;
  assessment->date = g_strdup ("2026-11-25");
  assessment->respondent = DSC_RESPONDENT_CONSENSUS;
  assessment->assessment_kind = DSC_ASSESSMENT_FINAL;
  g_assert_true (dsc_store_insert (store, assessment, &error));
  g_assert_no_error (error);
  for (guint d = 0; d < version->domains->len; d++)
    {
      DscScore score = { ((DscDomainText *) g_ptr_array_index (version->domains, d))->id, 4, NULL, -1 };

      g_assert_true (dsc_store_set_score (store, assessment->base.id, &score, &error));
    }
  {
    DscChart *before = dsc_chart_widget_get_chart (radar);
    gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* One refresh for the whole burst, in an idle. */
    while (dsc_chart_widget_get_chart (radar) == before && g_get_monotonic_time () < until)
      iterate (20);
    iterate (100);
  }

  for (guint d = 0; d < version->domains->len; d++)
    g_assert_cmpfloat (dsc_chart_get_value (dsc_chart_widget_get_chart (radar), 1, d), ==, 4);
  g_assert_cmpuint (dsc_chart_get_n_categories (dsc_chart_widget_get_chart (timeline)), ==, points + 1);
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
  /* The file choosers open in a Documents folder of the test's own. */
  {
    g_autofree char *config = g_build_filename (home, "config", NULL);
    g_autofree char *documents = g_build_filename (home, "Documents", NULL);
    g_autofree char *dirs = g_build_filename (config, "user-dirs.dirs", NULL);
    g_autofree char *line = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents);

    g_mkdir_with_parents (config, 0700);
    g_mkdir_with_parents (documents, 0700);
    g_assert_true (g_file_set_contents (dirs, line, -1, NULL));
    g_setenv ("XDG_CONFIG_HOME", config, TRUE);
    g_reload_user_special_dirs_cache ();
    g_assert_cmpstr (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS), ==, documents);
  }
  /* What screen readers are told is read back from GTK's own test context,
   * without an accessibility bus (GTK_A11Y=none would drop it). */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();
  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/charts/radar-describes-the-association", test_radar_describes_the_association);
  ADD ("/gui/charts/radar-tooltips-give-value-and-date", test_radar_tooltips_give_value_and_date);
  ADD ("/gui/charts/radar-table-has-the-store-numbers", test_radar_table_has_the_store_numbers);
  ADD ("/gui/charts/exports-are-valid-files", test_chart_exports_are_valid_files);
  ADD ("/gui/charts/follow-new-assessments", test_charts_follow_new_assessments);
  ADD ("/gui/charts/dark-style-redraws-dark", test_dark_style_redraws_dark);
  ADD ("/gui/overview/figures-follow-the-period", test_overview_figures_follow_the_period);
  ADD ("/gui/overview/refreshes-only-when-shown", test_overview_refreshes_only_when_shown);
  ADD ("/gui/overview/heatmap-filters-narrow-the-rows", test_heatmap_filters_narrow_the_rows);
  ADD ("/gui/print/follows-the-page", test_print_follows_the_page);
  ADD ("/gui/print/export-passport-through-the-chooser", test_export_passport_through_the_chooser);
  ADD ("/gui/print/passport-equals-export", test_print_passport_equals_export);
  ADD ("/gui/print/programme-equals-export", test_print_programme_equals_export);
  g_test_add ("/gui/overview/heatmap-shows-a-page-of-many", Fixture, NULL, fixture_set_up_many,
              test_heatmap_shows_a_page_of_many, fixture_tear_down);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
