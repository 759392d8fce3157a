/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The association passport (DESIGN.md "Reports"): one page, two at most, that
 * an association hands to a funder: who it is, where it stands in each domain
 * and how that changed, its goals, the training it attended and what is still
 * open with the services. Everything is read here, when the report is made. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-data.h"
#include "dsc-clock.h"
#include "dsc-enums.h"
#include "dsc-meetings.h"
#include "dsc-progress.h"
#include "dsc-report-private.h"
#include "dsc-validate.h"

/* Lists longer than this go on as "and N more" even when there is room. */
#define PASSPORT_LIST_ROWS 8

/**
 * dsc_report_level_labels:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the names of the levels of the
 *   current framework's scale, in the user's language, %NULL-terminated
 */
char **
dsc_report_level_labels (DscStore  *store,
                         GError   **error)
{
  g_autoptr(DscFrameworkVersion) version = NULL;
  GPtrArray *labels;
  gint64 version_id;
  int levels;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  version_id = dsc_store_current_version (store, error);
  if (version_id < 0)
    return NULL;
  if (version_id > 0)
    version = dsc_store_load_version (store, version_id, NULL);

  levels = version != NULL ? version->scale_levels : DSC_BUILTIN_LEVELS;
  labels = g_ptr_array_new ();
  for (int level = 1; level <= levels; level++)
    g_ptr_array_add (labels, g_strdup (dsc_framework_level_label (version, level)));
  g_ptr_array_add (labels, NULL);
  return (char **) g_ptr_array_free (labels, FALSE);
}

/**
 * dsc_report_format_hours:
 * @minutes: a length of time
 *
 * Returns: (transfer full): it in hours as a report writes them: "12" or
 *   "7.5" (in the user's number format)
 */
char *
dsc_report_format_hours (int minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%d", minutes / 60);

  return g_strdup_printf ("%.1f", minutes / 60.0);
}

static char *
level_text (int level)
{
  return level >= 1 ? g_strdup_printf ("%d", level) : g_strdup ("—");
}

/* An arrow and a sign, so that a change reads without colour. */
static char *
change_text (const DscDomainProgress *domain)
{
  if (!domain->has_change)
    return g_strdup ("—");
  if (domain->change > 0)
    return g_strdup_printf ("▲ +%d", domain->change);
  if (domain->change < 0)
    return g_strdup_printf ("▼ −%d", -domain->change);
  return g_strdup ("= 0");
}

static void
add_header (DscReport      *self,
            DscAssociation *association,
            const char     *today)
{
  g_autofree char *date = dsc_format_date (today);
  g_autofree char *passport = NULL;
  g_autofree char *name = dsc_report_markup_escape (association->name);
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_line = NULL;

  /* Translators: the line above an association's name on its printed passport; %s is a date. */
  passport = g_strdup_printf (_("Passport of %s"), date);
  dsc_report_add_text (self, DSC_REPORT_TEXT_SUBTITLE, passport);

  if (association->acronym != NULL && *association->acronym != '\0'
      && strstr (association->name, association->acronym) == NULL)
    {
      g_autofree char *acronym = dsc_report_markup_escape (association->acronym);

      title = g_strdup_printf ("%s (%s)", name, acronym);
    }
  else
    title = g_strdup (name);
  dsc_report_add_text (self, DSC_REPORT_TEXT_TITLE, title);

  if (association->municipality != NULL && *association->municipality != '\0' && association->province >= 0)
    /* Translators: where an association is: "Pinerolo, Turin (TO)". */
    g_ptr_array_add (facts, g_strdup_printf (_("%s, %s"), association->municipality,
                                             dsc_enum_label (&dsc_enum_province, association->province)));
  else if (association->municipality != NULL && *association->municipality != '\0')
    g_ptr_array_add (facts, g_strdup (association->municipality));
  else if (association->province >= 0)
    g_ptr_array_add (facts, g_strdup (dsc_enum_label (&dsc_enum_province, association->province)));

  if (association->legal_form >= 0)
    g_ptr_array_add (facts, g_strdup (dsc_enum_label (&dsc_enum_legal_form, association->legal_form)));

  if (association->runts_section > DSC_RUNTS_NOT_REGISTERED)
    {
      const char *section = dsc_enum_label (&dsc_enum_runts_section, association->runts_section);

      if (association->runts_number != NULL && *association->runts_number != '\0')
        /* Translators: an association's entry in the Italian third-sector register:
         * "RUNTS: Social promotion associations (APS), no. 12345". */
        g_ptr_array_add (facts, g_strdup_printf (_("RUNTS: %s, no. %s"), section, association->runts_number));
      else
        /* Translators: an association's section of the Italian third-sector register. */
        g_ptr_array_add (facts, g_strdup_printf (_("RUNTS: %s"), section));
    }

  if (association->fiscal_code != NULL && *association->fiscal_code != '\0')
    /* Translators: an association's Italian tax number on its passport. */
    g_ptr_array_add (facts, g_strdup_printf (_("Fiscal code %s"), association->fiscal_code));

  if (facts->len > 0)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint i = 0; i < facts->len; i++)
        {
          g_autofree char *fact = dsc_report_markup_escape (g_ptr_array_index (facts, i));

          if (i > 0)
            g_string_append (line, "  ·  ");
          g_string_append (line, fact);
        }
      facts_line = g_string_free (g_steal_pointer (&line), FALSE);
      dsc_report_add_text (self, DSC_REPORT_TEXT_SUBTITLE, facts_line);
    }

  dsc_report_add_rule (self);
}

static void
add_profile (DscReport      *self,
             DscAssociation *association)
{
  DscReportBlock *fields;
  g_autofree char *communities = dsc_report_markup_escape (association->communities);
  g_autofree char *languages = dsc_report_markup_escape (association->languages);
  g_autofree char *areas = NULL;
  g_autofree char *areas_text = dsc_enum_flags_label (&dsc_enum_area, association->areas);
  g_autofree char *people = NULL;
  g_autofree char *founded = NULL;
  g_autoptr(GString) contacts = g_string_new (NULL);
  const char *contact_fields[] = { association->email, association->phone, association->website };

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Profile"));
  fields = dsc_report_add_fields (self);
  dsc_report_block_set_space (fields, 5);

  dsc_report_fields_add (fields, _("Communities"), communities);
  dsc_report_fields_add (fields, _("Languages"), languages);

  if (association->members >= 0 && association->volunteers >= 0)
    {
      g_autofree char *members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members",
                                                               association->members), association->members);
      g_autofree char *volunteers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d volunteer", "%d volunteers",
                                                                  association->volunteers), association->volunteers);

      /* Translators: "45 members, 12 volunteers". */
      people = g_strdup_printf (_("%s, %s"), members, volunteers);
    }
  else if (association->members >= 0)
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members", association->members),
                              association->members);
  else if (association->volunteers >= 0)
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d volunteer", "%d volunteers",
                                           association->volunteers), association->volunteers);
  dsc_report_fields_add (fields, _("Members and volunteers"), people);

  areas = dsc_report_markup_escape (areas_text);
  dsc_report_fields_add (fields, _("Areas of activity"), areas);

  if (association->founded_year > 0)
    founded = g_strdup_printf ("%d", association->founded_year);
  dsc_report_fields_add (fields, _("Founded"), founded);

  if (association->status > DSC_STATUS_ACTIVE)
    dsc_report_fields_add (fields, _("Status"), dsc_enum_label (&dsc_enum_status, association->status));

  for (guint i = 0; i < G_N_ELEMENTS (contact_fields); i++)
    if (contact_fields[i] != NULL && *contact_fields[i] != '\0')
      {
        g_autofree char *contact = dsc_report_markup_escape (contact_fields[i]);

        g_string_append_printf (contacts, "%s%s", contacts->len > 0 ? "  ·  " : "", contact);
      }
  dsc_report_fields_add (fields, _("Contacts"), contacts->str);
}


static void
add_levels (DscReport          *self,
            const DscProgress  *progress,
            const char * const *level_labels)
{
  static const double weights[] = { 4.4, 1.0, 1.0, 1.25, 1.05 };
  const char *header[] = { C_("passport column", "Domain"), C_("passport column", "First"),
                           C_("passport column", "Latest"), C_("passport column", "Change"),
                           C_("passport column", "Target") };
  g_autoptr(DscChart) radar = NULL;
  g_autoptr(GString) legend = g_string_new (NULL);
  const char *first_date = NULL;
  const char *last_date = NULL;
  DscReportBlock *table;

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Capacity by domain"));

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (domain->latest < 1)
        continue;
      if (first_date == NULL || g_strcmp0 (domain->baseline_date, first_date) < 0)
        first_date = domain->baseline_date;
      if (last_date == NULL || g_strcmp0 (domain->latest_date, last_date) > 0)
        last_date = domain->latest_date;
    }

  if (last_date == NULL)
    {
      dsc_report_add_text (self, DSC_REPORT_TEXT_BODY,
                           _("No assessment yet: the levels of each domain appear here after the first one."));
      return;
    }

  radar = dsc_chart_new_radar (progress, level_labels);
  /* The heading above names it. */
  dsc_chart_set_draw_title (radar, FALSE);
  /* The radar and the table of its numbers on one page. */
  dsc_report_block_keep_with_next (dsc_report_add_chart (self, radar, 0.6, 0.4));

  table = dsc_report_add_table (self, G_N_ELEMENTS (weights), weights, header);
  dsc_report_table_keep_together (table);
  dsc_report_block_keep_with_next (table);
  for (guint c = 1; c < G_N_ELEMENTS (weights); c++)
    dsc_report_table_set_numeric (table, c);
  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);
      g_autofree char *name = dsc_report_markup_escape (domain->name);
      g_autofree char *first = level_text (domain->baseline);
      g_autofree char *latest = level_text (domain->latest);
      g_autofree char *change = change_text (domain);
      g_autofree char *target = level_text (domain->target);
      const char *cells[] = { name, first, latest, change, target };

      if (domain->retired)
        {
          g_autofree char *plain = g_steal_pointer (&name);

          /* Translators: a domain the framework no longer assesses, in the passport. */
          name = g_strdup_printf (_("%s (no longer assessed)"), plain);
          cells[0] = name;
        }
      dsc_report_table_add_row (table, cells);
    }
  /* Radar and table side by side on a landscape page. */
  dsc_report_pair_last_two (self, 0.48, 600);

  {
    g_autofree char *from = dsc_format_date (first_date);
    g_autofree char *to = dsc_format_date (last_date);

    if (g_strcmp0 (first_date, last_date) != 0)
      /* Translators: the legend of the passport's table of levels; %s are dates. */
      g_string_append_printf (legend, _("First and latest: the earliest and the most recent reading of each domain, "
                                        "between %s and %s. ▲ higher, ▼ lower, = the same. Target: as set in the "
                                        "latest assessment."), from, to);
    else
      /* Translators: the legend of the passport's table of levels when there was one assessment; %s is its date. */
      g_string_append_printf (legend, _("One assessment so far, on %s: the change shows after the next one. "
                                        "Target: as set in that assessment."), to);
    if (progress->has_average_change)
      {
        g_autofree char *average = g_strdup_printf ("%+.1f", progress->average_change);

        g_string_append_c (legend, ' ');
        /* Translators: in the passport's legend; %s is a signed number of levels, "+0.6". */
        g_string_append_printf (legend, _("Average change over the domains read twice: %s."), average);
      }
  }
  dsc_report_add_text (self, DSC_REPORT_TEXT_NOTE, legend->str);
}

static int
goal_rank (const DscGoal *goal,
           const char    *today)
{
  if (dsc_goal_is_overdue (goal, today))
    return 0;
  if (goal->status == DSC_GOAL_PLANNED || goal->status == DSC_GOAL_IN_PROGRESS)
    return 1;
  if (goal->status == DSC_GOAL_ACHIEVED)
    return 2;
  return 3;
}

typedef struct
{
  const DscGoal *goal;
  int            rank;
} RankedGoal;

static int
compare_goals (gconstpointer a,
               gconstpointer b)
{
  const RankedGoal *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  /* Those without a due date after those with one. */
  if ((x->goal->due_date == NULL) != (y->goal->due_date == NULL))
    return x->goal->due_date == NULL ? 1 : -1;
  return g_strcmp0 (x->goal->due_date, y->goal->due_date);
}

static const char *
domain_name (const DscProgress *progress,
             gint64             domain_id)
{
  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (domain->domain_id == domain_id)
        return domain->name;
    }

  return "";
}

/* "Achieved: 2  ·  Open: 3": a label and a count each, never a sentence put
 * together from pieces. */
static void
append_count (GString    *line,
              const char *label,
              int         count)
{
  g_autofree char *escaped = dsc_report_markup_escape (label);

  if (line->len > 0)
    g_string_append (line, "   ·   ");
  /* Translators: a label and a count in a printed summary: "Overdue: 2". */
  g_string_append_printf (line, C_("count", "%s: <b>%d</b>"), escaped, count);
}

static void
add_goals (DscReport         *self,
           const DscProgress *progress,
           GPtrArray         *goals,
           const char        *today)
{
  static const double weights[] = { 4.6, 3.0, 1.0, 1.6, 1.7 };
  const char *header[] = { C_("passport column", "Goal"), C_("passport column", "Domain"),
                           C_("passport column", "Target"), C_("passport column", "Due"),
                           C_("passport column", "Status") };
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedGoal));
  g_autoptr(GString) summary = g_string_new (NULL);
  DscReportBlock *table;
  int open = 0;

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Goals"));
  if (goals->len == 0)
    {
      dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("No goals set yet."));
      return;
    }

  for (guint i = 0; i < goals->len; i++)
    {
      RankedGoal item = { g_ptr_array_index (goals, i), 0 };

      item.rank = goal_rank (item.goal, today);
      open += item.rank <= 1;
      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_goals);

  append_count (summary, C_("goals", "Achieved"), progress->goals_achieved);
  append_count (summary, C_("goals", "Open"), open);
  append_count (summary, C_("goals", "Overdue"), progress->goals_overdue);
  if (progress->goals_dropped > 0)
    append_count (summary, C_("goals", "Dropped"), progress->goals_dropped);
  dsc_report_block_keep_with_next (dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, summary->str));

  table = dsc_report_add_table (self, G_N_ELEMENTS (weights), weights, header);
  dsc_report_table_set_numeric (table, 2);
  dsc_report_table_set_cut (table, PASSPORT_LIST_ROWS);
  for (guint i = 0; i < ranked->len; i++)
    {
      const RankedGoal *item = &g_array_index (ranked, RankedGoal, i);
      const DscGoal *goal = item->goal;
      g_autofree char *title = dsc_report_markup_escape (goal->title);
      g_autofree char *domain = dsc_report_markup_escape (goal->domain_id > 0 ? domain_name (progress, goal->domain_id)
                                                                             : "");
      g_autofree char *target = level_text (goal->target_level);
      g_autofree char *due = goal->due_date != NULL ? dsc_format_date (goal->due_date) : g_strdup ("—");
      g_autofree char *status = NULL;
      const char *cells[5];

      if (item->rank == 0)
        status = g_strdup_printf ("<b>%s</b>", C_("goal", "Overdue"));
      else
        status = dsc_report_markup_escape (dsc_enum_label (&dsc_enum_goal_status, goal->status));

      cells[0] = title;
      cells[1] = domain;
      cells[2] = target;
      cells[3] = due;
      cells[4] = status;
      dsc_report_table_add_row (table, cells);
    }
}

static void
add_training (DscReport         *self,
              const DscProgress *progress)
{
  static const double weights[] = { 5.0, 1.6, 1.9, 2.8 };
  const char *header[] = { C_("passport column", "Module"), C_("passport column", "Sessions"),
                           C_("passport column", "Hours"), C_("passport column", "Certificate") };
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *hours = dsc_report_format_hours (progress->training_minutes);
  g_autofree char *hours_label = NULL;
  DscReportBlock *table;
  int issued = 0;

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Training attended"));
  if (progress->modules->len == 0)
    {
      dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("No training attended yet."));
      return;
    }

  for (guint i = 0; i < progress->modules->len; i++)
    issued += ((DscModuleTraining *) g_ptr_array_index (progress->modules, i))->certificate_issued;

  hours_label = dsc_report_markup_escape (C_("training", "Hours"));
  /* Translators: a label and a number of hours in a printed summary: "Hours: 24.5". */
  g_string_append_printf (summary, C_("count", "%s: <b>%s</b>"), hours_label, hours);
  append_count (summary, C_("training", "Sessions"), progress->sessions_attended);
  append_count (summary, C_("training", "Modules"), (int) progress->modules->len);
  append_count (summary, C_("training", "Certificates issued"), issued);
  dsc_report_block_keep_with_next (dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, summary->str));

  table = dsc_report_add_table (self, G_N_ELEMENTS (weights), weights, header);
  dsc_report_table_set_numeric (table, 1);
  dsc_report_table_set_numeric (table, 2);
  dsc_report_table_set_cut (table, PASSPORT_LIST_ROWS);
  for (guint i = 0; i < progress->modules->len; i++)
    {
      DscModuleTraining *module = g_ptr_array_index (progress->modules, i);
      g_autofree char *name = dsc_report_markup_escape (module->name);
      g_autofree char *attended = dsc_report_format_hours (module->attended_minutes);
      g_autofree char *total = dsc_report_format_hours (module->total_minutes);
      /* Translators: sessions or hours attended of those held: "5 of 6". */
      g_autofree char *sessions = g_strdup_printf (C_("attended", "%d of %d"), module->sessions_attended,
                                                   module->sessions_total);
      g_autofree char *module_hours = g_strdup_printf (C_("attended", "%s of %s"), attended, total);
      g_autofree char *certificate = NULL;
      const char *cells[4];

      if (module->certificate_issued && module->certificate_date != NULL)
        {
          g_autofree char *date = dsc_format_date (module->certificate_date);

          /* Translators: a certificate in the passport; %s is a date. */
          certificate = g_strdup_printf (_("Issued on %s"), date);
        }
      else if (module->certificate_issued)
        certificate = g_strdup (_("Issued"));
      else if (module->qualifies)
        certificate = g_strdup (_("Earned, not issued yet"));
      else
        /* Translators: the share of a module's hours a certificate needs, "75% of the hours needed". */
        certificate = g_strdup_printf (_("%d%% of the hours needed"), module->threshold_percent);

      cells[0] = name;
      cells[1] = sessions;
      cells[2] = module_hours;
      cells[3] = certificate;
      dsc_report_table_add_row (table, cells);
    }
}

static void
add_follow_ups (DscReport  *self,
                GPtrArray  *follow_ups,
                const char *today)
{
  static const double weights[] = { 4.2, 2.5, 2.6, 2.1 };
  const char *header[] = { C_("passport column", "What"), C_("passport column", "Who"),
                           C_("passport column", "With"), C_("passport column", "Due") };
  g_autoptr(GString) summary = g_string_new (NULL);
  DscReportBlock *table;
  int overdue = 0;

  dsc_report_add_text (self, DSC_REPORT_TEXT_HEADING, _("Open follow-ups"));
  if (follow_ups->len == 0)
    {
      dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, _("Nothing is waiting: no follow-up of a meeting is open."));
      return;
    }

  for (guint i = 0; i < follow_ups->len; i++)
    overdue += dsc_follow_up_is_overdue (((DscFollowUpRow *) g_ptr_array_index (follow_ups, i))->follow_up, today);
  append_count (summary, C_("follow-ups", "Open"), (int) follow_ups->len);
  append_count (summary, C_("follow-ups", "Overdue"), overdue);
  dsc_report_block_keep_with_next (dsc_report_add_text (self, DSC_REPORT_TEXT_BODY, summary->str));

  table = dsc_report_add_table (self, G_N_ELEMENTS (weights), weights, header);
  dsc_report_table_set_cut (table, PASSPORT_LIST_ROWS);
  for (guint i = 0; i < follow_ups->len; i++)
    {
      DscFollowUpRow *row = g_ptr_array_index (follow_ups, i);
      DscFollowUp *follow_up = row->follow_up;
      g_autofree char *what = dsc_report_markup_escape (follow_up->what);
      g_autofree char *who = dsc_report_markup_escape (follow_up->owner);
      g_autofree char *with = dsc_report_markup_escape (row->service_name);
      g_autofree char *due = NULL;
      const char *cells[4];

      if (follow_up->due_date == NULL)
        due = g_strdup (_("No date"));
      else
        {
          g_autofree char *date = dsc_format_date (follow_up->due_date);

          if (dsc_follow_up_is_overdue (follow_up, today))
            {
              /* Translators: a follow-up in the passport; %s is its due date. Said in words, so
               * that it shows on a black-and-white printer. */
              g_autofree char *late = g_strdup_printf (_("Overdue since %s"), date);

              due = g_strdup_printf ("<b>%s</b>", late);
            }
          else
            due = g_steal_pointer (&date);
        }

      cells[0] = what;
      cells[1] = who;
      cells[2] = with;
      cells[3] = due;
      dsc_report_table_add_row (table, cells);
    }
}

/**
 * dsc_report_new_passport:
 * @store: a store
 * @association_id: an association
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the association's passport
 */
DscReport *
dsc_report_new_passport (DscStore  *store,
                         gint64     association_id,
                         GError   **error)
{
  g_autoptr(DscAssociation) association = NULL;
  g_autoptr(DscProgress) progress = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_auto(GStrv) level_labels = NULL;
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *title = NULL;
  DscReport *self;

  g_return_val_if_fail (DSC_IS_STORE (store), NULL);

  association = dsc_store_load (store, &dsc_kind_association, association_id, error);
  if (association == NULL)
    return NULL;
  progress = dsc_progress_compute (store, association_id, error);
  if (progress == NULL)
    return NULL;
  goals = dsc_store_list (store, &dsc_kind_goal, association_id, error);
  if (goals == NULL)
    return NULL;
  follow_ups = dsc_store_open_follow_ups (store, association_id, 0, FALSE, error);
  if (follow_ups == NULL)
    return NULL;
  level_labels = dsc_report_level_labels (store, error);
  if (level_labels == NULL)
    return NULL;

  /* Translators: the title of an association's passport (a window or file title); %s is its name. */
  title = g_strdup_printf (C_("document title", "%s — association passport"), association->name);
  self = dsc_report_new_empty (title);
  self->max_pages = 2;
  g_free (self->header_right);
  self->header_right = dsc_report_markup_escape (association->name);

  add_header (self, association, today);
  add_profile (self, association);
  add_levels (self, progress, (const char * const *) level_labels);
  add_goals (self, progress, goals, today);
  add_training (self, progress);
  add_follow_ups (self, follow_ups, today);

  return self;
}
