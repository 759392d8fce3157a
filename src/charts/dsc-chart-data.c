/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts of DESIGN.md made from the store's numbers: which values go in
 * which series, what the chart is called and what it says when it is empty. */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-data.h"
#include "dsc-validate.h"

/* A level read, or NAN for "none" (stored as 0 or -1). */
static double
level_value (int level)
{
  return level > 0 ? (double) level : NAN;
}

static void
set_levels (DscChart           *chart,
            int                 scale_levels,
            const char * const *level_labels)
{
  dsc_chart_set_value_range (chart, 0, scale_levels);
  if (level_labels != NULL)
    dsc_chart_set_value_labels (chart, level_labels, g_strv_length ((char **) level_labels));
}

/**
 * dsc_chart_new_radar:
 * @progress: an association's progress
 * @level_labels: (nullable) (array zero-terminated=1): the names of the levels
 *
 * Returns: (transfer full): its domains on the axes, with the first and latest
 *   assessment and the targets
 */
DscChart *
dsc_chart_new_radar (const DscProgress  *progress,
                     const char * const *level_labels)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_RADAR);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) baseline = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) latest = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) target = g_array_new (FALSE, FALSE, sizeof (double));
  guint first, last, goal;

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);
      double values[3] = { level_value (domain->baseline), level_value (domain->latest),
                           level_value (domain->target) };

      g_ptr_array_add (names, domain->name);
      g_array_append_val (baseline, values[0]);
      g_array_append_val (latest, values[1]);
      g_array_append_val (target, values[2]);
    }

  dsc_chart_set_title (chart, _("Levels by domain"));
  dsc_chart_set_empty_text (chart, _("No assessment yet: the chart appears after the first one."));
  dsc_chart_set_categories (chart, (const char * const *) names->pdata, names->len);
  first = dsc_chart_add_series (chart, _("First assessment"), (double *) baseline->data, baseline->len);
  last = dsc_chart_add_series (chart, _("Latest assessment"), (double *) latest->data, latest->len);
  goal = dsc_chart_add_series (chart, _("Target"), (double *) target->data, target->len);
  set_levels (chart, progress->scale_levels, level_labels);

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);
      g_autofree char *baseline_date = domain->baseline > 0 ? dsc_format_date (domain->baseline_date) : NULL;
      g_autofree char *latest_date = domain->latest > 0 ? dsc_format_date (domain->latest_date) : NULL;

      if (baseline_date != NULL)
        dsc_chart_set_note (chart, first, i, baseline_date);
      if (latest_date != NULL)
        dsc_chart_set_note (chart, last, i, latest_date);
    }
  (void) goal;

  return chart;
}

/**
 * dsc_chart_new_timeline:
 * @timeline: an association's assessments
 *
 * Returns: (transfer full): its average level and each domain's, assessment
 *   after assessment
 */
DscChart *
dsc_chart_new_timeline (const DscTimeline *timeline)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_TIMELINE);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  guint average;

  for (guint i = 0; i < timeline->points->len; i++)
    {
      DscTimelinePoint *point = g_ptr_array_index (timeline->points, i);

      g_ptr_array_add (dates, dsc_format_date (point->date));
      g_array_append_val (values, point->average);
    }

  dsc_chart_set_title (chart, _("Levels over time"));
  dsc_chart_set_empty_text (chart, _("No assessment yet: each assessment adds a point."));
  dsc_chart_set_categories (chart, (const char * const *) dates->pdata, dates->len);
  average = dsc_chart_add_series (chart, _("Average of the domains"), (double *) values->data, values->len);

  for (guint d = 0; d < timeline->columns.n_domains; d++)
    {
      g_array_set_size (values, 0);
      for (guint i = 0; i < timeline->points->len; i++)
        {
          DscTimelinePoint *point = g_ptr_array_index (timeline->points, i);
          double value = level_value (point->levels[d]);

          g_array_append_val (values, value);
        }
      dsc_chart_add_series (chart, timeline->columns.domain_names[d], (double *) values->data, values->len);
    }

  for (guint i = 0; i < timeline->points->len; i++)
    {
      DscTimelinePoint *point = g_ptr_array_index (timeline->points, i);
      /* Translators: who answered an assessment and which one it was: "Trainer · Follow-up". */
      g_autofree char *note = g_strdup_printf (_("%s · %s"),
                                               dsc_enum_label (&dsc_enum_respondent, point->respondent),
                                               dsc_enum_label (&dsc_enum_assessment_kind, point->assessment_kind));

      for (guint s = 0; s < dsc_chart_get_n_series (chart); s++)
        dsc_chart_set_note (chart, s, i, note);
    }
  (void) average;

  set_levels (chart, timeline->columns.scale_levels, (const char * const *) timeline->columns.level_labels);
  /* Translators: an average level on a chart, "2.5". */
  dsc_chart_set_value_format (chart, _("%.1f"));
  return chart;
}

/**
 * dsc_chart_month_label:
 * @month: YYYY-MM
 *
 * Returns: (transfer full): the month as people read it on an axis ("Mar 2026")
 */
char *
dsc_chart_month_label (const char *month)
{
  int year = 0, number = 0;
  g_autoptr(GDateTime) first = NULL;

  if (month == NULL || sscanf (month, "%d-%d", &year, &number) != 2 || number < 1 || number > 12)
    return g_strdup (month != NULL ? month : "");

  first = g_date_time_new_utc (year, number, 1, 0, 0, 0);
  /* Translators: a month on a chart's axis, as g_date_time_format() writes it: "Mar 2026". */
  return first != NULL ? g_date_time_format (first, _("%b %Y")) : g_strdup (month);
}

static gboolean
parse_month (const char *month,
             int        *year,
             int        *number)
{
  return month != NULL && sscanf (month, "%d-%d", year, number) == 2 && *number >= 1 && *number <= 12;
}

/**
 * dsc_chart_new_training:
 * @months: (element-type DscMonthTraining): training per month, oldest first
 * @programme: %TRUE for the programme's sessions, %FALSE for an association's
 *
 * Months without training between the first and the last are shown, at
 * zero: an axis that skipped them would make the training look steadier
 * than it was.
 *
 * Returns: (transfer full): the hours per month
 */
DscChart *
dsc_chart_new_training (GPtrArray *months,
                        gboolean   programme)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_BARS);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) hours = g_array_new (FALSE, FALSE, sizeof (double));
  int year = 0, number = 0, last_year = 0, last_number = 0;
  guint next = 0;
  guint series;

  if (months->len > 0
      && parse_month (((DscMonthTraining *) g_ptr_array_index (months, 0))->month, &year, &number)
      && parse_month (((DscMonthTraining *) g_ptr_array_index (months, months->len - 1))->month,
                      &last_year, &last_number)
      && (last_year - year) * 12 + last_number - number < 240)
    {
      while (year * 12 + number <= last_year * 12 + last_number)
        {
          g_autofree char *key = g_strdup_printf ("%04d-%02d", year, number);
          DscMonthTraining *month = next < months->len ? g_ptr_array_index (months, next) : NULL;
          double value = 0;

          g_ptr_array_add (labels, dsc_chart_month_label (key));
          if (month != NULL && g_str_has_prefix (month->month, key))
            {
              g_autofree char *sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session",
                                                                        "%d sessions", month->sessions),
                                                           month->sessions);
              g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d participant",
                                                                      "%d participants", month->participants),
                                                         month->participants);

              value = month->minutes / 60.0;
              /* Translators: what a month of training held: "3 sessions, 25 participants". */
              g_ptr_array_add (notes, g_strdup_printf (_("%s, %s"), sessions, people));
              next++;
            }
          else
            g_ptr_array_add (notes, g_strdup (programme ? _("No session") : _("No session attended")));
          g_array_append_val (hours, value);

          if (++number > 12)
            {
              number = 1;
              year++;
            }
        }
    }
  else
    for (guint i = 0; i < months->len; i++)
      {
        DscMonthTraining *month = g_ptr_array_index (months, i);
        double value = month->minutes / 60.0;

        g_ptr_array_add (labels, dsc_chart_month_label (month->month));
        g_ptr_array_add (notes, NULL);
        g_array_append_val (hours, value);
      }

  dsc_chart_set_title (chart, programme ? _("Training hours per month") : _("Training attended per month"));
  dsc_chart_set_empty_text (chart, programme ? _("No training session was held in this period.")
                                             : _("No training attended yet."));
  dsc_chart_set_categories (chart, (const char * const *) labels->pdata, labels->len);
  series = dsc_chart_add_series (chart, _("Hours"), (double *) hours->data, hours->len);
  /* Translators: hours on a chart, "1.5 h". */
  dsc_chart_set_value_format (chart, _("%.1f h"));
  for (guint i = 0; i < notes->len; i++)
    if (g_ptr_array_index (notes, i) != NULL)
      dsc_chart_set_note (chart, series, i, g_ptr_array_index (notes, i));

  return chart;
}

/**
 * dsc_chart_new_heatmap:
 * @table: the latest levels of the associations
 * @first_row: the first association shown
 * @n_rows: how many (a printed page takes 40); G_MAXUINT for all
 *
 * Returns: (transfer full): associations down, domains across, the latest
 *   level in each cell
 */
DscChart *
dsc_chart_new_heatmap (const DscLevelsTable *table,
                       guint                 first_row,
                       guint                 n_rows)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_HEATMAP);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  dsc_chart_set_title (chart, _("Latest level by association and domain"));
  dsc_chart_set_empty_text (chart, _("No association has an assessment in this period."));
  dsc_chart_set_categories (chart, (const char * const *) table->columns.domain_names, table->columns.n_domains);

  for (guint r = first_row; r < table->rows->len && r - first_row < n_rows; r++)
    {
      DscLevelsRow *row = g_ptr_array_index (table->rows, r);

      g_array_set_size (values, 0);
      for (guint d = 0; d < table->columns.n_domains; d++)
        {
          double value = level_value (row->levels[d]);

          g_array_append_val (values, value);
        }
      dsc_chart_add_series (chart, row->name, (double *) values->data, values->len);
    }

  set_levels (chart, table->columns.scale_levels, (const char * const *) table->columns.level_labels);
  return chart;
}

/**
 * dsc_chart_new_follow_ups:
 * @counts: (element-type DscFollowUpCounts): follow-ups per service
 *
 * Returns: (transfer full): per service, its follow-ups by status, stacked
 */
DscChart *
dsc_chart_new_follow_ups (GPtrArray *counts)
{
  DscChart *chart = dsc_chart_new (DSC_CHART_STACKED_BARS);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) on_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < counts->len; i++)
    {
      DscFollowUpCounts *service = g_ptr_array_index (counts, i);
      double values[4] = { service->open - service->overdue, service->overdue, service->done, service->dropped };

      g_ptr_array_add (names, service->name);
      g_array_append_val (on_time, values[0]);
      g_array_append_val (overdue, values[1]);
      g_array_append_val (done, values[2]);
      g_array_append_val (dropped, values[3]);
    }

  dsc_chart_set_title (chart, _("Follow-ups by service"));
  dsc_chart_set_empty_text (chart, _("No follow-up with a service in this period."));
  dsc_chart_set_categories (chart, (const char * const *) names->pdata, names->len);
  dsc_chart_add_series (chart, _("Open, on time"), (double *) on_time->data, on_time->len);
  dsc_chart_add_series (chart, C_("follow-ups", "Overdue"), (double *) overdue->data, overdue->len);
  dsc_chart_add_series (chart, C_("follow-ups", "Done"), (double *) done->data, done->len);
  dsc_chart_add_series (chart, C_("follow-ups", "Dropped"), (double *) dropped->data, dropped->len);
  dsc_chart_set_value_format (chart, "%.0f");
  return chart;
}
