/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An association's Progress section: where it stands in each domain, from the
 * first assessment to the latest, as numbers and as charts (the radar of its
 * domains, its levels over time, its training month by month), its
 * assessments, goals, and modules for its weakest domains. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-assessment-dialog.h"
#include "dsc-chart-data.h"
#include "dsc-chart-widget.h"
#include "dsc-clock.h"
#include "dsc-comparison-dialog.h"
#include "dsc-goal-dialog.h"
#include "dsc-gui-util.h"
#include "dsc-progress.h"
#include "dsc-progress-view.h"

struct _DscProgressView
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwPreferencesGroup *domains_group;
  AdwPreferencesGroup *assessments_group;
  AdwPreferencesGroup *goals_group;
  AdwPreferencesGroup *suggestions_group;
  AdwActionRow        *change_row;
  AdwActionRow        *goals_row;
  AdwActionRow        *training_row;
  GtkLabel            *change_label;
  GtkLabel            *goals_label;
  GtkLabel            *training_label;
  DscChartWidget      *radar_chart;
  DscChartWidget      *timeline_chart;
  DscChartWidget      *training_chart;

  DscStore            *store;
  gulong               changed_handler;
  gint64               association_id;
  guint                refresh_source;
  GPtrArray           *domain_rows;
  GPtrArray           *assessment_rows;
  GPtrArray           *goal_rows;
  GPtrArray           *suggestion_rows;
};

G_DEFINE_FINAL_TYPE (DscProgressView, dsc_progress_view, GTK_TYPE_WIDGET)

static GtkWindow *
parent_window (DscProgressView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A change of levels with its sign: "+2", "0", "−1". */
static char *
format_change (double change,
               int    decimals)
{
  if (change > 0.0005)
    return g_strdup_printf ("+%.*f", decimals, change);
  if (change < -0.0005)
    return g_strdup_printf ("−%.*f", decimals, -change);
  return g_strdup ("0");
}

static char *
describe_domain (const DscDomainProgress *domain,
                 int                      scale)
{
  GString *text = g_string_new (NULL);

  if (domain->retired)
    g_string_append_printf (text, "%s · ", _("Retired"));

  if (domain->latest < 1)
    g_string_append (text, _("Not assessed yet"));
  else if (domain->has_change)
    {
      g_autofree char *change = format_change (domain->change, 0);

      /* Translators: levels of a domain: "Baseline 2 → latest 3 (+1)". */
      g_string_append_printf (text, _("Baseline %d → latest %d (%s)"), domain->baseline, domain->latest, change);
    }
  else
    /* Translators: a domain read once, on the scale: "Level 2 of 4". */
    g_string_append_printf (text, _("Level %d of %d, read once"), domain->latest, scale);

  if (domain->target >= 1)
    {
      g_string_append (text, " · ");
      if (domain->has_gap && domain->gap > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "target %d, %d level to go",
                                                   "target %d, %d levels to go", domain->gap),
                                domain->target, domain->gap);
      else if (domain->has_gap)
        g_string_append_printf (text, _("target %d reached"), domain->target);
      else
        g_string_append_printf (text, _("target %d"), domain->target);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
level_badge (int level,
             int scale)
{
  g_autofree char *text = level >= 1 ? g_strdup_printf ("%d/%d", level, scale) : g_strdup ("–");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "level-badge");
  gtk_widget_add_css_class (label, "numeric");
  if (level >= 1)
    {
      g_autofree char *css = g_strdup_printf ("level-%d", CLAMP (level, 1, 4));
      gtk_widget_add_css_class (label, css);
    }
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void
fill_domains (DscProgressView *self,
              DscProgress     *progress)
{
  dsc_clear_group (self->domains_group, self->domain_rows);

  for (guint i = 0; i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);
      g_autofree char *subtitle = describe_domain (domain, progress->scale_levels);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *detail;

      dsc_row_set_title (row, domain->name);
      dsc_row_set_subtitle (row, subtitle);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), level_badge (domain->latest, progress->scale_levels));
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), domain->latest_descriptor != NULL);
      if (domain->retired)
        gtk_widget_add_css_class (row, "dim-label");

      if (domain->latest_descriptor != NULL)
        {
          g_autofree char *when = dsc_format_date (domain->latest_date);
          g_autofree char *title = g_strdup_printf (_("What level %d means, read on %s"), domain->latest, when);

          detail = adw_action_row_new ();
          dsc_row_set_title (detail, title);
          dsc_row_set_subtitle (detail, domain->latest_descriptor);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (detail), 0);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail);
        }

      gtk_widget_set_name (row, "domain-progress");
      adw_preferences_group_add (self->domains_group, row);
      g_ptr_array_add (self->domain_rows, row);
    }
}

static void
open_assessment (DscProgressView *self,
                 gint64           assessment_id)
{
  GtkWidget *dialog = dsc_assessment_dialog_new (self->store, self->association_id, assessment_id);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_assessment_activated_cb (AdwActionRow    *row,
                            DscProgressView *self)
{
  open_assessment (self, *(gint64 *) g_object_get_data (G_OBJECT (row), "assessment-id"));
}

static void
on_compare_clicked_cb (GtkButton       *button,
                       DscProgressView *self)
{
  const char *date = g_object_get_data (G_OBJECT (button), "date");
  GtkWidget *dialog = dsc_comparison_dialog_new (self->store, self->association_id, date);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
has_self_and_other (GPtrArray  *assessments,
                    const char *date)
{
  gboolean self_found = FALSE, other_found = FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      DscAssessment *assessment = g_ptr_array_index (assessments, i);

      if (g_strcmp0 (assessment->date, date) != 0)
        continue;
      if (assessment->respondent == DSC_RESPONDENT_SELF)
        self_found = TRUE;
      else
        other_found = TRUE;
    }

  return self_found && other_found;
}

static void
fill_assessments (DscProgressView *self,
                  GPtrArray       *assessments)
{
  g_autoptr(GHashTable) compared = g_hash_table_new (g_str_hash, g_str_equal);

  dsc_clear_group (self->assessments_group, self->assessment_rows);

  /* Newest first: the one a trainer comes back to. */
  for (guint i = assessments->len; i > 0; i--)
    {
      DscAssessment *assessment = g_ptr_array_index (assessments, i - 1);
      g_autofree char *date = dsc_format_date (assessment->date);
      g_autofree char *title = g_strdup_printf ("%s · %s", date,
                                                dsc_enum_label (&dsc_enum_assessment_kind,
                                                                assessment->assessment_kind));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (assessment->assessor != NULL)
        subtitle = g_strdup_printf ("%s · %s", dsc_enum_label (&dsc_enum_respondent, assessment->respondent),
                                    assessment->assessor);
      else
        subtitle = g_strdup (dsc_enum_label (&dsc_enum_respondent, assessment->respondent));

      dsc_row_set_title (row, title);
      dsc_row_set_subtitle (row, subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "assessment-id",
                              g_memdup2 (&assessment->base.id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_assessment_activated_cb), self);

      /* The association's own reading beside the trainer's, once per date. */
      if (has_self_and_other (assessments, assessment->date)
          && !g_hash_table_contains (compared, assessment->date))
        {
          GtkWidget *compare = gtk_button_new_with_mnemonic (_("_Compare"));

          g_hash_table_add (compared, assessment->date);
          gtk_widget_set_valign (compare, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (compare, _("Compare the association’s own reading with the trainer’s"));
          g_object_set_data_full (G_OBJECT (compare), "date", g_strdup (assessment->date), g_free);
          g_signal_connect (compare, "clicked", G_CALLBACK (on_compare_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), compare);
        }

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (self->assessments_group, row);
      g_ptr_array_add (self->assessment_rows, row);
    }
}

static void
open_goal (DscProgressView *self,
           gint64           goal_id)
{
  GtkWidget *dialog = dsc_goal_dialog_new (self->store, self->association_id, goal_id);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_goal_activated_cb (AdwActionRow    *row,
                      DscProgressView *self)
{
  open_goal (self, *(gint64 *) g_object_get_data (G_OBJECT (row), "goal-id"));
}

static void
fill_goals (DscProgressView *self,
            GPtrArray       *goals,
            DscProgress     *progress)
{
  g_autofree char *today = dsc_clock_today ();

  dsc_clear_group (self->goals_group, self->goal_rows);

  if (goals->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, _("No goals yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->goal_rows, row);
      return;
    }

  for (guint i = 0; i < goals->len; i++)
    {
      DscGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      gboolean overdue = dsc_goal_is_overdue (goal, today);
      GtkWidget *row = adw_action_row_new ();

      for (guint d = 0; goal->domain_id > 0 && d < progress->domains->len; d++)
        {
          DscDomainProgress *domain = g_ptr_array_index (progress->domains, d);

          if (domain->domain_id == goal->domain_id)
            g_ptr_array_add (parts, g_strdup (domain->name));
        }
      g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_goal_status, goal->status)));
      if (goal->due_date != NULL)
        {
          g_autofree char *due = dsc_format_date (goal->due_date);

          g_ptr_array_add (parts, overdue ? g_strdup_printf (_("overdue since %s"), due)
                                          : g_strdup_printf (_("due %s"), due));
        }
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);

      dsc_row_set_title (row, goal->title);
      dsc_row_set_subtitle (row, subtitle);
      if (overdue)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "error");
          gtk_widget_set_tooltip_text (icon, _("Overdue"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          gtk_widget_add_css_class (row, "overdue");
        }
      else if (goal->status == DSC_GOAL_ACHIEVED)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

          gtk_widget_add_css_class (icon, "success");
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Achieved"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "goal-id", g_memdup2 (&goal->base.id, sizeof (gint64)), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_goal_activated_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->goal_rows, row);
    }
}

static void
fill_summary (DscProgressView *self,
              DscProgress     *progress)
{
  g_autofree char *goals = NULL;
  g_autofree char *goals_detail = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *sessions = NULL;
  int counted = 0;

  for (guint i = 0; i < progress->domains->len; i++)
    counted += ((DscDomainProgress *) g_ptr_array_index (progress->domains, i))->has_change;

  if (progress->has_average_change)
    {
      g_autofree char *change = format_change (progress->average_change, 1);
      g_autofree char *detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "levels on average, over %d domain read on two different dates",
                                                              "levels on average, over %d domains read on two different dates",
                                                              counted), counted);

      gtk_label_set_text (self->change_label, change);
      dsc_row_set_subtitle (self->change_row, detail);
    }
  else
    {
      gtk_label_set_text (self->change_label, "–");
      dsc_row_set_subtitle (self->change_row, _("Shown once a domain has been read on two different dates"));
    }

  goals = g_strdup_printf (_("%d of %d"), progress->goals_achieved, progress->goals_total - progress->goals_dropped);
  gtk_label_set_text (self->goals_label, goals);
  if (progress->goals_overdue > 0)
    goals_detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d goal overdue", "%d goals overdue",
                                                 progress->goals_overdue), progress->goals_overdue);
  else
    goals_detail = g_strdup (progress->goals_total > 0 ? _("None overdue") : _("No goals yet"));
  dsc_row_set_subtitle (self->goals_row, goals_detail);

  hours = dsc_format_duration (progress->training_minutes);
  gtk_label_set_text (self->training_label, hours);
  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session attended", "%d sessions attended",
                                           progress->sessions_attended), progress->sessions_attended);
  dsc_row_set_subtitle (self->training_row, sessions);
}

static void
fill_suggestions (DscProgressView *self,
                  DscProgress     *progress)
{
  dsc_clear_group (self->suggestions_group, self->suggestion_rows);

  for (guint i = 0; i < progress->suggestions->len && i < 5; i++)
    {
      DscModuleSuggestion *suggestion = g_ptr_array_index (progress->suggestions, i);
      g_autofree char *subtitle = g_strdup_printf (_("Strengthens: %s"), suggestion->domains);
      GtkWidget *row = adw_action_row_new ();

      dsc_row_set_title (row, suggestion->title);
      dsc_row_set_subtitle (row, subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "x-office-presentation-symbolic");
      adw_preferences_group_add (self->suggestions_group, row);
      g_ptr_array_add (self->suggestion_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_group), progress->suggestions->len > 0);
}

static gboolean
fill_charts (DscProgressView  *self,
             DscProgress      *progress,
             GError          **error)
{
  g_autoptr(DscTimeline) timeline = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(DscChart) radar = NULL;
  g_autoptr(DscChart) levels = NULL;
  g_autoptr(DscChart) training = NULL;

  timeline = dsc_store_association_timeline (self->store, self->association_id, error);
  if (timeline == NULL)
    return FALSE;
  months = dsc_store_training_by_month (self->store, self->association_id, NULL, NULL, error);
  if (months == NULL)
    return FALSE;

  radar = dsc_chart_new_radar (progress, (const char * const *) timeline->columns.level_labels);
  levels = dsc_chart_new_timeline (timeline);
  training = dsc_chart_new_training (months, FALSE);
  dsc_chart_widget_set_chart (self->radar_chart, radar);
  dsc_chart_widget_set_chart (self->timeline_chart, levels);
  dsc_chart_widget_set_chart (self->training_chart, training);
  return TRUE;
}

static void
refresh (DscProgressView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscProgress) progress = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) goals = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->store == NULL || self->association_id <= 0)
    return;

  progress = dsc_progress_compute (self->store, self->association_id, &error);
  assessments = progress != NULL ? dsc_store_list (self->store, &dsc_kind_assessment, self->association_id, &error)
                                 : NULL;
  goals = assessments != NULL ? dsc_store_list (self->store, &dsc_kind_goal, self->association_id, &error) : NULL;
  if (goals == NULL)
    {
      dsc_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  if (!fill_charts (self, progress, &error))
    {
      dsc_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, assessments->len == 0 && goals->len == 0 ? "empty" : "content");
  fill_summary (self, progress);
  fill_domains (self, progress);
  fill_assessments (self, assessments);
  fill_goals (self, goals, progress);
  fill_suggestions (self, progress);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  DscProgressView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore        *store,
                     const char      *kind,
                     gint64           id,
                     DscProgressView *self)
{
  static const char * const relevant[] = {
    "assessment", "goal", "attendance", "session", "module", "certificate", "framework-version", NULL
  };

  /* Many writes in a row (every score of an assessment) make one refresh. */
  if (self->association_id > 0 && g_strv_contains (relevant, kind) && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
on_new_assessment_clicked_cb (GtkButton       *button,
                              DscProgressView *self)
{
  open_assessment (self, 0);
}

static void
on_add_goal_clicked_cb (GtkButton       *button,
                        DscProgressView *self)
{
  open_goal (self, 0);
}

static void
dsc_progress_view_dispose (GObject *object)
{
  DscProgressView *self = DSC_PROGRESS_VIEW (object);
  GtkWidget *child;

  dsc_progress_view_set_store (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_PROGRESS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->domain_rows, g_ptr_array_unref);
  g_clear_pointer (&self->assessment_rows, g_ptr_array_unref);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);
  g_clear_pointer (&self->suggestion_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (dsc_progress_view_parent_class)->dispose (object);
}

static void
dsc_progress_view_class_init (DscProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_progress_view_dispose;

  g_type_ensure (DSC_TYPE_CHART_WIDGET);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, stack);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, domains_group);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, assessments_group);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, goals_group);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, suggestions_group);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, change_row);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, goals_row);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, training_row);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, change_label);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, goals_label);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, training_label);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, radar_chart);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, timeline_chart);
  gtk_widget_class_bind_template_child (widget_class, DscProgressView, training_chart);
  gtk_widget_class_bind_template_callback (widget_class, on_new_assessment_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_goal_clicked_cb);
}

static void
dsc_progress_view_init (DscProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->domain_rows = g_ptr_array_new ();
  self->assessment_rows = g_ptr_array_new ();
  self->goal_rows = g_ptr_array_new ();
  self->suggestion_rows = g_ptr_array_new ();
}

void
dsc_progress_view_set_store (DscProgressView *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  self->association_id = 0;
}

/**
 * dsc_progress_view_show:
 * @self: the view
 * @association_id: an association, or 0 to show nothing
 */
void
dsc_progress_view_show (DscProgressView *self,
                        gint64           association_id)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));

  self->association_id = association_id;
  refresh (self);
}

void
dsc_progress_view_flush (DscProgressView *self)
{
  g_return_if_fail (DSC_IS_PROGRESS_VIEW (self));
}
