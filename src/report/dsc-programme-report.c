/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The programme report for a period (DESIGN.md "Reports"): the key figures,
 * each defined in a note, the latest level of every association in every
 * domain (at most 40 associations a page), the training hours per month and
 * the follow-ups per service. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-chart-data.h"
#include "dsc-clock.h"
#include "dsc-error.h"
#include "dsc-meetings.h"
#include "dsc-report-private.h"
#include "dsc-validate.h"

#define HEATMAP_ROWS_PER_PAGE 40

static gboolean
check_date (const char  *date,
            GError     **error)
{
  GDate parsed;

  if (date == NULL || dsc_date_parse (date, &parsed))
    return TRUE;

  g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
               /* Translators: %s is what was given as the start or the end of a period. */
               _("“%s” is not a date: write it as YYYY-MM-DD, such as 2026-01-31."), date);
  return FALSE;
}

/* The period in words, as the report's subtitle says it. */
static char *
period_text (const char *from,
             const char *to,
             const char *today)
{
  g_autofree char *first = from != NULL ? dsc_format_date (from) : NULL;
  g_autofree char *last = dsc_format_date (to != NULL ? to : today);

  if (from == NULL && to == NULL)
    /* Translators: the period of a programme report without limits; %s is today's date. */
    return g_strdup_printf (_("Everything recorded up to %s"), last);
  if (from == NULL)
    /* Translators: the period of a programme report; %s is a date. */
    return g_strdup_printf (_("Up to %s"), last);

  /* Translators: the period of a programme report: "From 01/01/2026 to 30/06/2026". */
  return g_strdup_printf (_("From %s to %s"), first, last);
}

typedef struct
{
  const char *label;
  const char *definition;
} Figure;

static void
add_figures (DscReport                 *self,
             const DscProgrammeFigures *figures)
{
  g_autofree char *hours = dsc_report_format_hours (figures->training_minutes);
  const Figure meaning[8] = {
    { _("Associations reached"),
      _("Associations reached: those with at least one attendance at a session, one assessment or one meeting "
        "in the period.") },
    { _("Training sessions"), _("Training sessions: sessions held in the period (not those still to come).") },
    { _("Hours of training"), _("Hours of training: the length of those sessions, added up.") },
    { _("Participants"), _("Participants: people present at those sessions, added up session by session.") },
    { _("Assessments"), _("Assessments: assessments of an association made in the period.") },
    { _("Meetings"), _("Meetings: meetings held in the period.") },
    { _("Follow-ups done"), _("Follow-ups done: follow-ups of meetings marked done in the period.") },
    { _("Follow-ups overdue"),
      _("Follow-ups overdue: follow-ups due in the period, still open today and past their due date.") },
  };
  int values[8] = { figures->associations_reached, figures->sessions, 0, figures->participants,
                    figures->assessments, figures->meetings, figures->follow_ups_done,
                    figures->follow_ups_overdue };
  g_autoptr(GString) notes = g_string_new (NULL);
  DscReportBlock *block;

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Key figures"));
  block = dsc_report_add_figures (self);

  for (guint i = 0; i < G_N_ELEMENTS (meaning); i++)
    {
      g_autofree char *label = dsc_report_markup_escape (meaning[i].label);
      g_autofree char *definition = dsc_report_markup_escape (meaning[i].definition);
      g_autofree char *with_note = g_strdup_printf ("%s <sup>%u</sup>", label, i + 1);
      g_autofree char *number = i == 2 ? g_strdup (hours) : g_strdup_printf ("%d", values[i]);

      dsc_report_figures_add (block, number, with_note);
      g_string_append_printf (notes, "%s%u  %s", i > 0 ? "\n" : "", i + 1, definition);
    }

  dsc_report_add_text (self, DSC_REPORT_TEXT_NOTE, notes->str);
}

/**
 * dsc_report_new_programme:
 * @store: a store
 * @from: (nullable): the first day of the period
 * @to: (nullable): its last day
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the programme report of the period
 */
DscReport *
dsc_report_new_programme (DscStore    *store,
                          const char  *from,
                          const char  *to,
                          GError     **error)
{
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *period = NULL;
  g_autofree char *period_markup = NULL;
  g_autofree char *header = NULL;
  g_autoptr(DscLevelsTable) levels = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GPtrArray) services = NULL;
  DscProgrammeFigures figures;
  DscReport *self;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  if (!check_date (from, error) || !check_date (to, error))
    return NULL;
  if (from != NULL && to != NULL && g_strcmp0 (from, to) > 0)
    {
      g_set_error_literal (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                           _("The period ends before it begins: the first day must come before the last."));
      return NULL;
    }

  if (!dsc_store_programme_figures (store, from, to, &figures, error))
    return NULL;
  levels = dsc_store_latest_levels (store, from, to, error);
  if (levels == NULL)
    return NULL;
  months = dsc_store_training_by_month (store, 0, from, to, error);
  if (months == NULL)
    return NULL;
  services = dsc_store_follow_ups_by_service_in (store, from, to, error);
  if (services == NULL)
    return NULL;

  period = period_text (from, to, today);
  period_markup = dsc_report_markup_escape (period);
  self = dsc_report_new_empty (_("Programme report"));
  g_free (self->header_right);
  /* Translators: the running header of the programme report: "Programme report · From 01/01/2026 to 30/06/2026". */
  header = g_strdup_printf (_("Programme report · %s"), period);
  self->header_right = dsc_report_markup_escape (header);

  dsc_report_add_text (self, DSC_REPORT_TEXT_TITLE, _("Programme report"));
  dsc_report_add_text (self, DSC_REPORT_TEXT_SUBTITLE, period_markup);
  dsc_report_add_rule (self);

  add_figures (self, &figures);

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Training hours per month"));
  if (months->len > 0)
    {
      g_autoptr(DscChart) chart = dsc_chart_new_training (months, TRUE);

      dsc_chart_set_draw_title (chart, FALSE);
      dsc_report_add_chart (self, chart, 0.42, 0.4);
    }
  else
    dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("No training session was held in this period."));

  if (levels->rows->len > 0)
    {
      dsc_report_add_heatmap (self, g_steal_pointer (&levels), _("Latest level by association and domain"),
                              HEATMAP_ROWS_PER_PAGE);
      dsc_report_add_text (self, DSC_REPORT_TEXT_NOTE,
                           _("Each cell is the level read in the association’s latest assessment of the domain "
                             "in the period."));
    }
  else
    {
      dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Latest level by association and domain"));
      dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("No association has an assessment in this period."));
    }

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Follow-ups by service"));
  if (services->len > 0)
    {
      g_autoptr(DscChart) chart = dsc_chart_new_follow_ups (services);

      dsc_chart_set_draw_title (chart, FALSE);
      dsc_report_block_keep_with_next (dsc_report_add_chart (self, chart, 0, 0.75));
      dsc_report_add_text (self, DSC_REPORT_TEXT_NOTE,
                           _("The follow-ups agreed with each service in the meetings of the period, by what "
                             "became of them today."));
    }
  else
    dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("No follow-up with a service in this period."));

  return self;
}
