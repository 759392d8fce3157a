/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Show as Table": a chart's numbers in a window, as the chart formats them,
 * for people who read numbers better than shapes, for screen readers, and to
 * copy into a spreadsheet. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-chart-table.h"
#include "dsc-gui-util.h"

/* The long side goes down: the associations of a heatmap, the domains of a
 * timeline (its dates go across, as on the chart). */
static gboolean
rows_are_series (DscChart *chart)
{
  DscChartKind kind = dsc_chart_get_kind (chart);

  return kind == DSC_CHART_HEATMAP || kind == DSC_CHART_TIMELINE;
}

static guint
n_rows (DscChart *chart)
{
  return rows_are_series (chart) ? dsc_chart_get_n_series (chart) : dsc_chart_get_n_categories (chart);
}

static guint
n_columns (DscChart *chart)
{
  return rows_are_series (chart) ? dsc_chart_get_n_categories (chart) : dsc_chart_get_n_series (chart);
}

static void
cell_index (DscChart *chart,
            guint     row,
            guint     column,
            guint    *series,
            guint    *category)
{
  *series = rows_are_series (chart) ? row : column;
  *category = rows_are_series (chart) ? column : row;
}

static const char *
row_label (DscChart *chart,
           guint     row)
{
  return rows_are_series (chart) ? dsc_chart_get_series_name (chart, row) : dsc_chart_get_category (chart, row);
}

static const char *
column_label (DscChart *chart,
              guint     column)
{
  return rows_are_series (chart) ? dsc_chart_get_category (chart, column)
                                 : dsc_chart_get_series_name (chart, column);
}

/* A note that every series shares at a category (who answered on that date,
 * how many sessions a month had) is said once, with the category. */
static const char *
shared_note (DscChart *chart,
             guint     category)
{
  const char *first;

  if (dsc_chart_get_n_series (chart) == 0)
    return NULL;

  first = dsc_chart_get_note (chart, 0, category);
  if (first == NULL)
    return NULL;

  for (guint s = 1; s < dsc_chart_get_n_series (chart); s++)
    if (g_strcmp0 (dsc_chart_get_note (chart, s, category), first) != 0)
      return NULL;

  return first;
}

static const char *
first_header (DscChart *chart)
{
  switch (dsc_chart_get_kind (chart))
    {
    case DSC_CHART_RADAR:
    case DSC_CHART_TIMELINE:
      return C_("chart table", "Domain");
    case DSC_CHART_BARS:
      return C_("chart table", "Month");
    case DSC_CHART_HEATMAP:
      return C_("chart table", "Association");
    case DSC_CHART_STACKED_BARS:
      return C_("chart table", "Service");
    default:
      return "";
    }
}

typedef struct
{
  DscChart *chart;
  int       column;            /* -1: the rows' names */
} Column;

static void
column_free (Column *column)
{
  g_object_unref (column->chart);
  g_free (column);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             Column                   *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 36);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  if (column->column < 0)
    gtk_widget_add_css_class (value, "heading");
  else
    gtk_widget_add_css_class (value, "numeric");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), note);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            Column                   *column)
{
  DscChart *chart = column->chart;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *value = gtk_widget_get_first_child (box);
  GtkWidget *note = gtk_widget_get_next_sibling (value);
  guint row = gtk_list_item_get_position (item);
  const char *note_text = NULL;

  if (column->column < 0)
    {
      gtk_label_set_text (GTK_LABEL (value), row_label (chart, row));
      if (!rows_are_series (chart))
        note_text = shared_note (chart, row);
    }
  else
    {
      guint series, category;
      g_autofree char *text = NULL;
      g_autofree char *tooltip = NULL;

      cell_index (chart, row, column->column, &series, &category);
      text = dsc_chart_format_value (chart, dsc_chart_get_value (chart, series, category));
      gtk_label_set_text (GTK_LABEL (value), text);
      if (shared_note (chart, category) == NULL)
        note_text = dsc_chart_get_note (chart, series, category);
      tooltip = dsc_chart_describe_point (chart, series, category);
      gtk_widget_set_tooltip_text (box, tooltip);
    }

  gtk_label_set_text (GTK_LABEL (note), note_text != NULL ? note_text : "");
  gtk_widget_set_visible (note, note_text != NULL);
}

static GtkColumnViewColumn *
make_column (DscChart   *chart,
             int         index,
             const char *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Column *column = g_new0 (Column, 1);
  GtkColumnViewColumn *view_column;

  column->chart = g_object_ref (chart);
  column->column = index;
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), column);
  g_object_set_data_full (G_OBJECT (factory), "column", column, (GDestroyNotify) column_free);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  return view_column;
}

static void
unref_chart (gpointer  data,
             GClosure *closure)
{
  g_object_unref (data);
}

static void
on_copy_clicked_cb (GtkButton *button,
                    DscChart  *chart)
{
  g_autofree char *text = dsc_chart_table_to_text (chart);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_TOAST_OVERLAY);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  if (overlay == NULL)
    overlay = g_object_get_data (G_OBJECT (gtk_widget_get_root (GTK_WIDGET (button))), "toast-overlay");
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 adw_toast_new (_("Table copied: paste it into a spreadsheet")));
}

/**
 * dsc_chart_table_new:
 * @parent: (nullable): the window it belongs to
 * @chart: a chart
 *
 * Returns: (transfer none): a window showing the chart's numbers, not yet presented
 */
GtkWidget *
dsc_chart_table_new (GtkWindow *parent,
                     DscChart  *chart)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  GtkNoSelection *selection;
  GtkWidget *view;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  const char *title = dsc_chart_get_title (chart) != NULL ? dsc_chart_get_title (chart) : "";
  g_autofree char *escaped = dsc_markup (title);

  g_return_val_if_fail (DSC_IS_CHART (chart), NULL);

  for (guint r = 0; r < n_rows (chart); r++)
    gtk_string_list_append (rows, row_label (chart, r));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  view = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "data-table");
  gtk_widget_add_css_class (view, "chart-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  {
    g_autoptr(GtkColumnViewColumn) names = make_column (chart, -1, first_header (chart));

    gtk_column_view_column_set_expand (names, TRUE);
    gtk_column_view_append_column (GTK_COLUMN_VIEW (view), names);
  }
  for (guint c = 0; c < n_columns (chart); c++)
    {
      const char *note = rows_are_series (chart) ? shared_note (chart, c) : NULL;
      g_autofree char *header_text = note != NULL ? g_strdup_printf ("%s\n%s", column_label (chart, c), note)
                                                  : g_strdup (column_label (chart, c));
      g_autoptr(GtkColumnViewColumn) column = make_column (chart, (int) c, header_text);

      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
    }

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (escaped, _("Table")));
  gtk_widget_set_tooltip_text (copy, _("Copy the Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copy the table"), -1);
  g_signal_connect_data (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), g_object_ref (chart),
                         unref_chart, 0);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), copy);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  g_object_set_data (G_OBJECT (window), "toast-overlay", overlay);
  g_object_set_data (G_OBJECT (window), "column-view", view);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), parent != NULL);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 520);
  return window;
}

/**
 * dsc_chart_table_to_text:
 * @chart: a chart
 *
 * Returns: (transfer full): the table as tab-separated text, one line per
 *   row, for a spreadsheet
 */
char *
dsc_chart_table_to_text (DscChart *chart)
{
  GString *text = g_string_new (first_header (chart));

  for (guint c = 0; c < n_columns (chart); c++)
    g_string_append_printf (text, "\t%s", column_label (chart, c));
  g_string_append_c (text, '\n');

  for (guint r = 0; r < n_rows (chart); r++)
    {
      g_string_append (text, row_label (chart, r));
      for (guint c = 0; c < n_columns (chart); c++)
        {
          guint series, category;
          g_autofree char *value = NULL;

          cell_index (chart, r, c, &series, &category);
          value = dsc_chart_format_value (chart, dsc_chart_get_value (chart, series, category));
          g_string_append_printf (text, "\t%s", value);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
