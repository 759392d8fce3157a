/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Overview: the programme in a period the user picks (everything, by
 * default): its key figures, the latest level of every association in every
 * domain, training per month and follow-ups per service. The numbers are read
 * on a connection of their own in a worker (thousands of associations take
 * a good part of a second), only while the page is shown, and once for a
 * burst of changes. */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "dsc-chart-data.h"
#include "dsc-chart-widget.h"
#include "dsc-clock.h"
#include "dsc-date-row.h"
#include "dsc-enums.h"
#include "dsc-gui-util.h"
#include "dsc-overview-page.h"
#include "dsc-programme.h"

/* Wait this long after a change for the next ones before reading again. */
#define RELOAD_DELAY_MS 400

enum {
  FIGURE_ASSOCIATIONS,
  FIGURE_SESSIONS,
  FIGURE_HOURS,
  FIGURE_PARTICIPANTS,
  FIGURE_ASSESSMENTS,
  FIGURE_MEETINGS,
  FIGURE_FOLLOW_UPS_DONE,
  FIGURE_FOLLOW_UPS_OVERDUE,
  N_FIGURES
};

struct _DscOverviewPage
{
  GtkWidget       parent_instance;

  AdwComboRow    *period_row;
  DscDateRow     *from_row;
  DscDateRow     *to_row;
  GtkSpinner     *spinner;
  GtkFlowBox     *figures_box;
  GtkDropDown    *province_dropdown;
  GtkSearchEntry *search_entry;
  GtkLabel       *heatmap_count;
  DscChartWidget *heatmap_chart;
  DscChartWidget *training_chart;
  DscChartWidget *follow_ups_chart;
  GtkLabel       *figure_values[N_FIGURES];

  DscStore       *store;
  gulong          changed_handler;
  GCancellable   *cancellable;
  guint           reload_source;
  gboolean        dirty;
  gboolean        loading;
  DscLevelsTable *levels;
};

G_DEFINE_FINAL_TYPE (DscOverviewPage, dsc_overview_page, GTK_TYPE_WIDGET)

typedef struct
{
  char                *path;
  char                *from;
  char                *to;
  gint64               started;
  DscProgrammeFigures  figures;
  DscLevelsTable      *levels;
  GPtrArray           *months;
  GPtrArray           *follow_ups;
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  g_free (load->from);
  g_free (load->to);
  g_clear_pointer (&load->levels, dsc_levels_table_free);
  g_clear_pointer (&load->months, g_ptr_array_unref);
  g_clear_pointer (&load->follow_ups, g_ptr_array_unref);
  g_free (load);
}

/**
 * dsc_period_dates:
 * @period: a period of the picker, not %DSC_PERIOD_CUSTOM
 * @today: today, YYYY-MM-DD
 * @from: (out) (transfer full) (nullable): its first day, %NULL from the beginning
 * @to: (out) (transfer full) (nullable): its last day, %NULL for no end
 */
void
dsc_period_dates (DscPeriod    period,
                  const char  *today,
                  char       **from,
                  char       **to)
{
  int year = 0, month = 0, day = 0;

  *from = NULL;
  *to = NULL;
  if (today == NULL || sscanf (today, "%d-%d-%d", &year, &month, &day) != 3)
    return;

  switch (period)
    {
    case DSC_PERIOD_THIS_YEAR:
      *from = g_strdup_printf ("%04d-01-01", year);
      *to = g_strdup_printf ("%04d-12-31", year);
      break;

    case DSC_PERIOD_LAST_YEAR:
      *from = g_strdup_printf ("%04d-01-01", year - 1);
      *to = g_strdup_printf ("%04d-12-31", year - 1);
      break;

    case DSC_PERIOD_LAST_12_MONTHS:
      {
        GDate *start = g_date_new_dmy (day, month, year);

        /* Twelve whole months up to today: 27/11/2025 to 26/11/2026. */
        g_date_subtract_months (start, 12);
        g_date_add_days (start, 1);
        *from = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (start), g_date_get_month (start),
                                 g_date_get_day (start));
        *to = g_strdup (today);
        g_date_free (start);
      }
      break;

    case DSC_PERIOD_ALL_TIME:
    case DSC_PERIOD_CUSTOM:
    default:
      break;
    }
}

static char *
describe_period (const char *from,
                 const char *to)
{
  g_autofree char *first = from != NULL ? dsc_format_date (from) : NULL;
  g_autofree char *last = to != NULL ? dsc_format_date (to) : NULL;

  if (first != NULL && last != NULL)
    /* Translators: a period of time, "from 01/01/2026 to 31/12/2026". */
    return g_strdup_printf (_("From %s to %s"), first, last);
  if (first != NULL)
    return g_strdup_printf (_("From %s on"), first);
  if (last != NULL)
    return g_strdup_printf (_("Up to %s"), last);
  return g_strdup (_("Everything recorded"));
}

/* Key figures ------------------------------------------------------------- */

static void
add_figure (DscOverviewPage *self,
            guint            figure,
            const char      *title,
            const char      *definition)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value = gtk_label_new ("–");
  GtkWidget *name = gtk_label_new (title);
  GtkWidget *meaning = gtk_label_new (definition);
  GtkWidget *labels[] = { value, name, meaning };

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "key-figure");
  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (meaning, "caption");
  gtk_widget_add_css_class (meaning, "dim-label");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (labels[i]), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (labels[i]), 18);
      gtk_box_append (GTK_BOX (tile), labels[i]);
    }
  gtk_widget_set_name (value, "figure-value");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL, -1);

  gtk_flow_box_append (self->figures_box, tile);
  /* The tiles are read, not chosen: no stop for each on the way through with Tab. */
  gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);
  self->figure_values[figure] = GTK_LABEL (value);
}

static void
set_figure (DscOverviewPage *self,
            guint            figure,
            const char      *text)
{
  gtk_label_set_text (self->figure_values[figure], text);
}

static void
fill_figures (DscOverviewPage           *self,
              const DscProgrammeFigures *figures)
{
  const int counts[N_FIGURES] = {
    figures->associations_reached, figures->sessions, 0, figures->participants, figures->assessments,
    figures->meetings, figures->follow_ups_done, figures->follow_ups_overdue
  };

  for (guint i = 0; i < N_FIGURES; i++)
    {
      g_autofree char *text = NULL;

      if (i == FIGURE_HOURS)
        text = dsc_format_duration (figures->training_minutes);
      else
        /* Thousands grouped as the locale does: "1,234", "1.234". */
        text = g_strdup_printf ("%'d", counts[i]);
      set_figure (self, i, text);
    }

  if (figures->follow_ups_overdue > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->figure_values[FIGURE_FOLLOW_UPS_OVERDUE]), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->figure_values[FIGURE_FOLLOW_UPS_OVERDUE]), "error");
}

/* Heatmap ----------------------------------------------------------------- */

static int
selected_province (DscOverviewPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->province_dropdown);

  /* The first item is "All provinces". */
  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

/* The associations that match the province and the search, and at most the
 * first DSC_OVERVIEW_HEATMAP_ROWS of them on screen: a chart of thousands of
 * rows helps nobody and would take the window down with it. */
static void
show_heatmap (DscOverviewPage *self)
{
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();
  g_autoptr(DscChart) chart = NULL;
  g_autofree char *count = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  int province = selected_province (self);
  gboolean filtered = province >= 0 || *search != '\0';
  DscLevelsTable shown;

  if (self->levels == NULL)
    {
      dsc_chart_widget_set_chart (self->heatmap_chart, NULL);
      gtk_label_set_text (self->heatmap_count, "");
      return;
    }

  for (guint i = 0; i < self->levels->rows->len; i++)
    {
      DscLevelsRow *row = g_ptr_array_index (self->levels->rows, i);

      if (province >= 0 && row->province != province)
        continue;
      if (*search != '\0' && !g_str_match_string (search, row->name, TRUE))
        continue;
      g_ptr_array_add (matching, row);
    }

  shown.columns = self->levels->columns;
  shown.rows = matching;
  chart = dsc_chart_new_heatmap (&shown, 0, DSC_OVERVIEW_HEATMAP_ROWS);
  if (filtered && self->levels->rows->len > 0)
    dsc_chart_set_empty_text (chart, _("No association with an assessment matches the search or the province."));
  dsc_chart_widget_set_chart (self->heatmap_chart, chart);

  if (matching->len > DSC_OVERVIEW_HEATMAP_ROWS)
    /* Translators: under the filters of the heatmap on the Overview: "Showing 200 of 9,800 — search or choose a province". */
    count = g_strdup_printf (_("Showing %'u of %'u — search or choose a province"),
                             (guint) DSC_OVERVIEW_HEATMAP_ROWS, matching->len);
  else if (filtered)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u association with an assessment",
                                          "%'u of %'u associations with an assessment", self->levels->rows->len),
                             matching->len, self->levels->rows->len);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u association with an assessment",
                                          "%'u associations with an assessment", matching->len),
                             matching->len);
  gtk_label_set_text (self->heatmap_count, count);
}

static void
on_filter_changed_cb (DscOverviewPage *self)
{
  show_heatmap (self);
}

/* Loading ----------------------------------------------------------------- */

static void
period_dates (DscOverviewPage  *self,
              char            **from,
              char            **to)
{
  DscPeriod period = adw_combo_row_get_selected (self->period_row);

  if (period == DSC_PERIOD_CUSTOM)
    {
      *from = g_strdup (dsc_date_row_get_date (self->from_row));
      *to = g_strdup (dsc_date_row_get_date (self->to_row));
    }
  else
    {
      g_autofree char *today = dsc_clock_today ();

      dsc_period_dates (period, today, from, to);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(DscStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* One connection per thread (DESIGN.md). */
  store = dsc_store_open (load->path, DSC_STORE_MUST_EXIST, &error);
  if (store == NULL
      || !dsc_store_programme_figures (store, load->from, load->to, &load->figures, &error)
      || g_cancellable_is_cancelled (cancellable)
      || (load->levels = dsc_store_latest_levels (store, load->from, load->to, &error)) == NULL
      || g_cancellable_is_cancelled (cancellable)
      || (load->months = dsc_store_training_by_month (store, 0, load->from, load->to, &error)) == NULL
      || (load->follow_ups = dsc_store_follow_ups_by_service_in (store, load->from, load->to, &error)) == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DscOverviewPage *self = DSC_OVERVIEW_PAGE (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(DscChart) training = NULL;
  g_autoptr(DscChart) follow_ups = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->loading = FALSE;
          gtk_spinner_stop (self->spinner);
          gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
          dsc_show_toast (GTK_WIDGET (self), error->message);
        }
      return;
    }

  /* A load of a period or a store no longer shown was cancelled above. */
  self->loading = FALSE;
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  g_debug ("Overview read in %.0f ms", (g_get_monotonic_time () - load->started) / 1000.0);

  fill_figures (self, &load->figures);
  g_clear_pointer (&self->levels, dsc_levels_table_free);
  self->levels = g_steal_pointer (&load->levels);
  show_heatmap (self);

  training = dsc_chart_new_training (load->months, TRUE);
  follow_ups = dsc_chart_new_follow_ups (load->follow_ups);
  dsc_chart_widget_set_chart (self->training_chart, training);
  dsc_chart_widget_set_chart (self->follow_ups_chart, follow_ups);
}

static void
reload (DscOverviewPage *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *subtitle = NULL;
  Load *load;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->dirty = FALSE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    return;

  load = g_new0 (Load, 1);
  load->path = g_strdup (dsc_store_get_path (self->store));
  load->started = g_get_monotonic_time ();
  period_dates (self, &load->from, &load->to);

  subtitle = describe_period (load->from, load->to);
  dsc_row_set_subtitle (self->period_row, subtitle);

  /* Dates the wrong way round read nothing: say so on the row instead. */
  if (load->from != NULL && load->to != NULL && g_strcmp0 (load->from, load->to) > 0)
    {
      dsc_row_set_subtitle (self->period_row, _("The period ends before it starts: check the dates."));
      gtk_widget_add_css_class (GTK_WIDGET (self->to_row), "error");
      load_free (load);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->to_row), "error");

  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);

  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  DscOverviewPage *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (DscStore        *store,
                     const char      *kind,
                     gint64           id,
                     DscOverviewPage *self)
{
  /* Read again once the changes settle, and only when someone looks. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
on_period_changed_cb (DscOverviewPage *self)
{
  gboolean custom = adw_combo_row_get_selected (self->period_row) == DSC_PERIOD_CUSTOM;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  if (self->store != NULL)
    reload (self);
}

static void
dsc_overview_page_map (GtkWidget *widget)
{
  DscOverviewPage *self = DSC_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (dsc_overview_page_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
}

static void
dsc_overview_page_dispose (GObject *object)
{
  DscOverviewPage *self = DSC_OVERVIEW_PAGE (object);
  GtkWidget *child;

  dsc_overview_page_set_store (self, NULL);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->levels, dsc_levels_table_free);

  G_OBJECT_CLASS (dsc_overview_page_parent_class)->dispose (object);
}

static void
dsc_overview_page_class_init (DscOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_overview_page_dispose;
  widget_class->map = dsc_overview_page_map;

  g_type_ensure (DSC_TYPE_CHART_WIDGET);
  g_type_ensure (DSC_TYPE_DATE_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/discorsi/Discorsi/dsc-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, province_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, heatmap_count);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, heatmap_chart);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, training_chart);
  gtk_widget_class_bind_template_child (widget_class, DscOverviewPage, follow_ups_chart);
}

static void
dsc_overview_page_init (DscOverviewPage *self)
{
  g_autoptr(GtkStringList) provinces = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The definitions are DESIGN.md's, in words a funder reads. */
  add_figure (self, FIGURE_ASSOCIATIONS, _("Associations reached"),
              _("with an attendance, an assessment or a meeting in the period"));
  add_figure (self, FIGURE_SESSIONS, _("Training sessions"), _("sessions held in the period"));
  add_figure (self, FIGURE_HOURS, _("Hours of training"), _("the length of the sessions held"));
  add_figure (self, FIGURE_PARTICIPANTS, _("Participants"), _("people present, counted at each session"));
  add_figure (self, FIGURE_ASSESSMENTS, _("Assessments"), _("assessments made in the period"));
  add_figure (self, FIGURE_MEETINGS, _("Meetings"), _("meetings held in the period"));
  add_figure (self, FIGURE_FOLLOW_UPS_DONE, _("Follow-ups done"), _("completed in the period"));
  add_figure (self, FIGURE_FOLLOW_UPS_OVERDUE, _("Follow-ups overdue"),
              _("due in the period, still open and late"));

  gtk_string_list_append (provinces, _("All provinces"));
  for (int i = 0; i < dsc_enum_province.n_values; i++)
    gtk_string_list_append (provinces, dsc_enum_label (&dsc_enum_province, i));
  gtk_drop_down_set_model (self->province_dropdown, G_LIST_MODEL (provinces));

  g_signal_connect_swapped (self->province_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->period_row, "notify::selected", G_CALLBACK (on_period_changed_cb), self);
  g_signal_connect_swapped (self->from_row, "notify::date", G_CALLBACK (on_period_changed_cb), self);
  g_signal_connect_swapped (self->to_row, "notify::date", G_CALLBACK (on_period_changed_cb), self);
}

/**
 * dsc_overview_page_set_store:
 * @self: the page
 * @store: (nullable): the store to show
 */
void
dsc_overview_page_set_store (DscOverviewPage *self,
                             DscStore        *store)
{
  g_return_if_fail (DSC_IS_OVERVIEW_PAGE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_set_object (&self->store, store);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->loading = FALSE;
  g_clear_pointer (&self->levels, dsc_levels_table_free);
  if (store == NULL)
    return;

  self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

/**
 * dsc_overview_page_set_period:
 * @self: the page
 * @period: a period of the picker
 * @from: (nullable): for %DSC_PERIOD_CUSTOM, the first day
 * @to: (nullable): for %DSC_PERIOD_CUSTOM, the last day
 */
void
dsc_overview_page_set_period (DscOverviewPage *self,
                              DscPeriod        period,
                              const char      *from,
                              const char      *to)
{
  g_return_if_fail (DSC_IS_OVERVIEW_PAGE (self));

  g_signal_handlers_block_by_func (self->from_row, on_period_changed_cb, self);
  g_signal_handlers_block_by_func (self->to_row, on_period_changed_cb, self);
  if (period == DSC_PERIOD_CUSTOM)
    {
      dsc_date_row_set_date (self->from_row, from);
      dsc_date_row_set_date (self->to_row, to);
    }
  g_signal_handlers_unblock_by_func (self->from_row, on_period_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->to_row, on_period_changed_cb, self);

  if (adw_combo_row_get_selected (self->period_row) != (guint) period)
    adw_combo_row_set_selected (self->period_row, period);
  else
    on_period_changed_cb (self);
}

/**
 * dsc_overview_page_get_period:
 * @self: the page
 * @from: (out) (transfer full) (nullable): the first day of the period shown
 * @to: (out) (transfer full) (nullable): its last day
 */
void
dsc_overview_page_get_period (DscOverviewPage  *self,
                              char            **from,
                              char            **to)
{
  g_return_if_fail (DSC_IS_OVERVIEW_PAGE (self));

  period_dates (self, from, to);
}

/**
 * dsc_overview_page_is_loading:
 * @self: the page
 *
 * Returns: %TRUE while figures are being read
 */
gboolean
dsc_overview_page_is_loading (DscOverviewPage *self)
{
  g_return_val_if_fail (DSC_IS_OVERVIEW_PAGE (self), FALSE);

  return self->loading || self->reload_source != 0;
}

/**
 * dsc_overview_page_reload:
 * @self: the page
 *
 * Reads the figures again now.
 */
void
dsc_overview_page_reload (DscOverviewPage *self)
{
  g_return_if_fail (DSC_IS_OVERVIEW_PAGE (self));

  reload (self);
}
