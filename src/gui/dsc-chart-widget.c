/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One chart on screen: its title as a heading, with its menu (the numbers as
 * a table, export), above the drawing. The drawing is the charts layer's (the
 * same routine draws paper and files): snapshot hands it a cairo_t with the
 * colours of the style and the font of the widget. What is under the pointer
 * comes from the chart's own hit-test; the keyboard walks the same points. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dsc-chart-table.h"
#include "dsc-chart-widget.h"
#include "dsc-gui-util.h"

#define MIN_WIDTH          200
#define NATURAL_WIDTH      560
#define EXPORT_FONT_SIZE   12.0
#define HEADING_SPACING    6
#define NARROW_WIDTH       420
/* Hit-test every few pixels to find where each value is drawn, and not
 * more than so many times (a heatmap of 200 rows is tall). */
#define SCAN_STEP          3
#define SCAN_MAX_PROBES    30000

typedef struct
{
  guint  series;
  guint  category;
  double x;
  double y;
} Point;

struct _DscChartWidget
{
  GtkWidget             parent_instance;

  GtkWidget            *title_label;
  GtkWidget            *menu_button;
  GtkWidget            *context_menu;
  GtkWidget            *point_popover;
  GtkWidget            *point_label;

  DscChart             *chart;
  GMenu                *menu;
  GtkFileChooserNative *chooser;
  char                 *description;
  char                 *family;
  char                 *accent;
  gulong                dark_handler;
  gulong                contrast_handler;
  DscChartPalette       drawn_palette;
  guint                 n_draws;
  int                   drawn_width;
  int                   drawn_height;
  int                   chart_top;     /* where the drawing starts, below the heading */
  GArray               *points;       /* Point, by series then category; NULL until needed */
  int                   heights[2][2]; /* the chart's height at two widths: { width, height } */
  int                   focus_point;  /* in points, or -1 */
};

G_DEFINE_FINAL_TYPE (DscChartWidget, dsc_chart_widget, GTK_TYPE_WIDGET)

/* Style ------------------------------------------------------------------- */

static void
screen_style (DscChartWidget *self,
              double          width,
              DscChartStyle  *style)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = 0;
  GdkRGBA accent;

  *style = (DscChartStyle) DSC_CHART_STYLE_INIT;
  style->palette = adw_style_manager_get_dark (adw_style_manager_get_default ())
                   ? DSC_CHART_PALETTE_SCREEN_DARK : DSC_CHART_PALETTE_SCREEN_LIGHT;

  /* The chart reads in the interface's own type, at its size in pixels. */
  if (font != NULL)
    {
      g_free (self->family);
      self->family = g_strdup (pango_font_description_get_family (font));
      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        {
          double dpi = pango_cairo_context_get_resolution (context);

          size *= (dpi > 0 ? dpi : 96.0) / 72.0;
        }
    }
  /* A phone-narrow chart reads better with slightly smaller labels than
   * with its domain names cut. */
  if (width > 0 && width < NARROW_WIDTH)
    size *= 0.85;
  style->font_family = self->family;
  if (size > 0)
    style->font_size = size;

  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), "accent_color", &accent))
    {
      g_free (self->accent);
      self->accent = g_strdup_printf ("#%02x%02x%02x", (int) lround (accent.red * 255),
                                      (int) lround (accent.green * 255), (int) lround (accent.blue * 255));
      style->accent = self->accent;
    }
}

/* Files are read on white paper or a page: the light palette (the print one
 * for PDF, which stays readable in greyscale), whatever the screen shows. */
static void
export_style (DscChartWidget *self,
              const char     *path,
              DscChartStyle  *style)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  screen_style (self, -1, style);
  style->palette = g_str_has_suffix (lower, ".pdf") ? DSC_CHART_PALETTE_PRINT : DSC_CHART_PALETTE_SCREEN_LIGHT;
  style->font_size = EXPORT_FONT_SIZE;
  style->accent = NULL;
}

/* Points ------------------------------------------------------------------ */

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->series != q->series)
    return p->series < q->series ? -1 : 1;
  return p->category < q->category ? -1 : p->category > q->category;
}

/* Where each value was drawn, found by asking the hit-test of the last drawing
 * (the widget's) over the whole area: the middle of what answers for it. */
static void
find_points (DscChartWidget *self)
{
  g_autoptr(GHashTable) sums = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint n_categories;
  double step;

  if (self->points != NULL)
    return;

  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  if (self->chart == NULL || self->n_draws == 0)
    return;

  n_categories = MAX (dsc_chart_get_n_categories (self->chart), 1);
  sums = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  step = MAX (SCAN_STEP, sqrt ((double) self->drawn_width * self->drawn_height / SCAN_MAX_PROBES));
  for (double y = step / 2; y < self->drawn_height; y += step)
    for (double x = step / 2; x < self->drawn_width; x += step)
      {
        guint series, category;
        double *sum;

        if (!dsc_chart_hit (self->chart, x, y, &series, &category))
          continue;

        key = GUINT_TO_POINTER (series * n_categories + category + 1);
        sum = g_hash_table_lookup (sums, key);
        if (sum == NULL)
          {
            sum = g_new0 (double, 3);
            g_hash_table_insert (sums, key, sum);
          }
        sum[0] += x;
        sum[1] += y;
        sum[2] += 1;
      }

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint index = GPOINTER_TO_UINT (key) - 1;
      const double *sum = value;
      Point point = { index / n_categories, index % n_categories, sum[0] / sum[2], sum[1] / sum[2] };

      g_array_append_val (self->points, point);
    }
  g_array_sort (self->points, compare_points);
}

static void
forget_points (DscChartWidget *self)
{
  g_clear_pointer (&self->points, g_array_unref);
  self->focus_point = -1;
  if (self->point_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->point_popover));
}

/* A tall chart takes milliseconds to measure, and GTK asks the same
 * question many times a frame: remember the last answers. */
static int
chart_height (DscChartWidget *self,
              int             width)
{
  DscChartStyle style;
  int height;

  if (self->chart == NULL)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (self->heights); i++)
    if (self->heights[i][0] == width)
      return self->heights[i][1];

  screen_style (self, width, &style);
  height = (int) ceil (dsc_chart_get_natural_height (self->chart, width, &style));
  self->heights[1][0] = self->heights[0][0];
  self->heights[1][1] = self->heights[0][1];
  self->heights[0][0] = width;
  self->heights[0][1] = height;
  return height;
}

static void
forget_heights (DscChartWidget *self)
{
  memset (self->heights, 0, sizeof self->heights);
}

static void
show_point (DscChartWidget *self)
{
  const Point *point;
  g_autofree char *text = NULL;

  if (self->points == NULL || self->focus_point < 0 || (guint) self->focus_point >= self->points->len)
    return;

  point = &g_array_index (self->points, Point, self->focus_point);
  text = dsc_chart_describe_point (self->chart, point->series, point->category);
  gtk_label_set_text (GTK_LABEL (self->point_label), text);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->point_popover),
                               &(GdkRectangle) { (int) point->x - 6, (int) point->y + self->chart_top - 6, 12, 12 });
  gtk_popover_popup (GTK_POPOVER (self->point_popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hide_point (DscChartWidget *self)
{
  self->focus_point = -1;
  gtk_popover_popdown (GTK_POPOVER (self->point_popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Left and Right walk the values of a series (and on to the next), Up and Down
 * go to the same category in the series before or after. */
static gboolean
move_point_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);
  int dx, dy, next;
  const Point *current;

  g_variant_get (args, "(ii)", &dx, &dy);
  find_points (self);
  if (self->points->len == 0)
    return FALSE;

  if (self->focus_point < 0)
    next = 0;
  else if (dx != 0)
    next = CLAMP (self->focus_point + dx, 0, (int) self->points->len - 1);
  else
    {
      current = &g_array_index (self->points, Point, self->focus_point);
      next = self->focus_point;
      for (int i = self->focus_point + dy; i >= 0 && i < (int) self->points->len; i += dy)
        {
          const Point *candidate = &g_array_index (self->points, Point, i);

          if (candidate->series == current->series)
            continue;
          /* The first other series met; in it, the nearest category. */
          next = i;
          for (int j = i; j >= 0 && j < (int) self->points->len; j += dy)
            {
              const Point *other = &g_array_index (self->points, Point, j);

              if (other->series != candidate->series)
                break;
              if (abs ((int) other->category - (int) current->category)
                  <= abs ((int) g_array_index (self->points, Point, next).category - (int) current->category))
                next = j;
            }
          break;
        }
    }

  self->focus_point = next;
  show_point (self);
  return TRUE;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);

  if (self->focus_point < 0)
    return FALSE;

  hide_point (self);
  return TRUE;
}

static int
point_at (DscChartWidget *self,
          double          x,
          double          y)
{
  guint series, category;

  if (self->chart == NULL || self->n_draws == 0
      || !dsc_chart_hit (self->chart, x, y - self->chart_top, &series, &category))
    return -1;

  find_points (self);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);

      if (point->series == series && point->category == category)
        return (int) i;
    }

  return -1;
}

/* Menu and actions -------------------------------------------------------- */

static void
update_actions (DscChartWidget *self)
{
  gboolean has_data = self->chart != NULL && !dsc_chart_is_empty (self->chart);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.show-table", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.menu", has_data);
  gtk_widget_set_visible (self->menu_button, has_data);
  gtk_widget_set_visible (self->title_label, self->chart != NULL && dsc_chart_get_title (self->chart) != NULL);
}

static void
show_table_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dsc_chart_widget_show_table (DSC_CHART_WIDGET (widget));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (DSC_CHART_WIDGET (widget)->menu_button));
}

static void
on_open_clicked_cb (AdwToast   *toast,
                    const char *uri)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
say_saved (DscChartWidget *self,
           GFile          *file)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "window", gtk_widget_get_root (GTK_WIDGET (self)));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb), g_file_get_uri (file),
                         (GClosureNotify) g_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The file the person chose, with the extension of its format. */
static GFile *
with_extension (GFile      *file,
                const char *format)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;
  g_autofree char *suffix = g_strconcat (".", format, NULL);
  g_autofree char *fixed = NULL;

  if (path == NULL || g_str_has_suffix (lower, suffix))
    return g_object_ref (file);

  fixed = g_strconcat (path, suffix, NULL);
  return g_file_new_for_path (fixed);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       DscChartWidget  *self)
{
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GFile) file = with_extension (chosen, format);
      const char *size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");
      double scale = size != NULL ? g_ascii_strtod (size, NULL) : 1;
      g_autoptr(GError) error = NULL;

      /* The charts layer says which file and why, in one sentence. */
      if (dsc_chart_widget_export (self, file, scale >= 1 ? scale : 1, &error))
        say_saved (self, file);
      else
        dsc_show_toast (GTK_WIDGET (self), error->message);
    }

  gtk_native_dialog_destroy (dialog);
  if (self->chooser == GTK_FILE_CHOOSER_NATIVE (dialog))
    g_clear_object (&self->chooser);
}

static char *
file_name_for (DscChart   *chart,
               const char *format)
{
  g_autofree char *title = g_strdup (dsc_chart_get_title (chart) != NULL && *dsc_chart_get_title (chart) != '\0'
                                     ? dsc_chart_get_title (chart) : _("Chart"));

  g_strdelimit (title, "/\\:", '-');
  return g_strconcat (title, ".", format, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *title;
  GUserDirectory folder = G_USER_DIRECTORY_PICTURES;

  if (self->chart == NULL)
    return;

  if (g_str_equal (format, "png"))
    {
      title = _("Export Chart as PNG");
      gtk_file_filter_set_name (filter, _("PNG images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
    }
  else if (g_str_equal (format, "svg"))
    {
      title = _("Export Chart as SVG");
      gtk_file_filter_set_name (filter, _("SVG drawings"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
    }
  else
    {
      format = "pdf";
      title = _("Export Chart as PDF");
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      folder = G_USER_DIRECTORY_DOCUMENTS;
    }
  gtk_file_filter_add_suffix (filter, format);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  g_object_set_data (G_OBJECT (self->chooser), "format", (gpointer) g_intern_string (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = file_name_for (self->chart, format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (g_get_user_special_dir (folder) != NULL)
    {
      g_autoptr(GFile) start = g_file_new_for_path (g_get_user_special_dir (folder));

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), start, NULL);
    }

  /* The size of an image, in the chooser itself: no second dialog. */
  if (g_str_equal (format, "png"))
    {
      DscChartStyle style;
      double height;
      char *labels[4] = { NULL };
      const char *options[] = { "1", "2", "3", NULL };

      export_style (self, "chart.png", &style);
      dsc_chart_set_draw_title (self->chart, TRUE);
      height = ceil (dsc_chart_get_natural_height (self->chart, DSC_CHART_EXPORT_WIDTH, &style));
      dsc_chart_set_draw_title (self->chart, FALSE);
      for (int scale = 1; scale <= 3; scale++)
        /* Translators: the size of an exported image, "1280 × 800 pixels". */
        labels[scale - 1] = g_strdup_printf (_("%d × %d pixels"), (int) DSC_CHART_EXPORT_WIDTH * scale,
                                             (int) height * scale);
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "size", _("Size"), options,
                                   (const char **) labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "size", "2");
      for (int i = 0; i < 3; i++)
        g_free (labels[i]);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Events ------------------------------------------------------------------ */

static void
popup_context_menu (DscChartWidget *self,
                    double          x,
                    double          y)
{
  if (self->chart == NULL || dsc_chart_is_empty (self->chart))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               DscChartWidget  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      popup_context_menu (self, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }

  if (button == GDK_BUTTON_PRIMARY)
    {
      /* A touch or a click on a value shows it, as hovering does. */
      int point = point_at (self, x, y);

      gtk_widget_grab_focus (GTK_WIDGET (self));
      if (point >= 0)
        {
          self->focus_point = point;
          show_point (self);
        }
      else
        hide_point (self);
    }
}

static void
on_long_pressed_cb (GtkGestureLongPress *gesture,
                    double               x,
                    double               y,
                    DscChartWidget      *self)
{
  popup_context_menu (self, x, y);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   DscChartWidget          *self)
{
  hide_point (self);
}

static void
on_dark_changed_cb (AdwStyleManager *manager,
                    GParamSpec      *pspec,
                    DscChartWidget  *self)
{
  forget_heights (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* GtkWidget --------------------------------------------------------------- */

/* The title, wrapped beside the menu button. */
static int
heading_height (DscChartWidget *self,
                int             width)
{
  int button_width = 0, button_height = 0, label_height = 0;

  if (gtk_widget_get_visible (self->menu_button))
    {
      gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
      gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_height, NULL, NULL);
    }
  if (gtk_widget_get_visible (self->title_label))
    gtk_widget_measure (self->title_label, GTK_ORIENTATION_VERTICAL, MAX (width - button_width, 1),
                        NULL, &label_height, NULL, NULL);

  if (button_height == 0 && label_height == 0)
    return 0;
  return MAX (button_height, label_height) + HEADING_SPACING;
}

static GtkSizeRequestMode
dsc_chart_widget_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dsc_chart_widget_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int button_width = 0;

      gtk_widget_measure (self->menu_button, orientation, -1, NULL, &button_width, NULL, NULL);
      *minimum = MAX (MIN_WIDTH, button_width * 3);
      *natural = MAX (NATURAL_WIDTH, *minimum);
      return;
    }

  /* A chart needs its height at a given width to stay readable: it never
   * squeezes, the page scrolls. */
  {
    int width = for_size > 0 ? for_size : NATURAL_WIDTH;

    *minimum = heading_height (self, width) + chart_height (self, width);
    *natural = *minimum;
  }
}

static void
dsc_chart_widget_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);
  int button_width, button_height, label_height;

  /* The title on the left, the menu on the right, the chart below. */
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, button_width, NULL, &button_height, NULL, NULL);
  self->chart_top = heading_height (self, width);
  gtk_widget_size_allocate (self->menu_button,
                            &(GtkAllocation) { MAX (0, width - button_width), 0, button_width, button_height },
                            -1);
  gtk_widget_measure (self->title_label, GTK_ORIENTATION_VERTICAL, MAX (width - button_width, 1),
                      NULL, &label_height, NULL, NULL);
  gtk_widget_size_allocate (self->title_label,
                            &(GtkAllocation) { 0, MAX (0, (button_height - label_height) / 2),
                                               MAX (width - button_width, 1), label_height },
                            -1);

  gtk_popover_present (GTK_POPOVER (self->context_menu));
  gtk_popover_present (GTK_POPOVER (self->point_popover));
}

static void
dsc_chart_widget_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget) - self->chart_top;

  if (self->chart != NULL && width > 0 && height > 0)
    {
      DscChartStyle style;
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (0, self->chart_top, width, height));

      cairo_translate (cr, 0, self->chart_top);
      screen_style (self, width, &style);
      dsc_chart_draw (self->chart, cr, width, height, &style);
      self->drawn_palette = style.palette;
      self->n_draws++;

      /* Another size, another layout: the points are found again when needed. */
      if (width != self->drawn_width || height != self->drawn_height)
        {
          self->drawn_width = width;
          self->drawn_height = height;
          forget_points (self);
        }

      /* The value the keyboard is on: a ring around it. */
      if (self->points != NULL && self->focus_point >= 0 && (guint) self->focus_point < self->points->len)
        {
          const Point *point = &g_array_index (self->points, Point, self->focus_point);
          GdkRGBA accent = { 0.21, 0.52, 0.89, 1 };

          gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent);
          cairo_new_path (cr);
          cairo_arc (cr, point->x, point->y, 8, 0, 2 * G_PI);
          cairo_set_line_width (cr, 4);
          cairo_set_source_rgba (cr, 1, 1, 1, style.palette == DSC_CHART_PALETTE_SCREEN_DARK ? 0.3 : 0.8);
          cairo_stroke_preserve (cr);
          cairo_set_line_width (cr, 2);
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_stroke (cr);
        }
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->title_label, snapshot);
  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

static gboolean
dsc_chart_widget_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  DscChartWidget *self = DSC_CHART_WIDGET (widget);
  g_autofree char *text = dsc_chart_widget_get_tooltip_at (self, x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  /* A new tooltip as soon as the pointer moves on to another value. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 2, y - 2, 4, 4 });
  return TRUE;
}

static void
dsc_chart_widget_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (dsc_chart_widget_parent_class)->system_setting_changed (widget, setting);

  /* Another font, size or resolution: the chart lays itself out again. */
  forget_points (DSC_CHART_WIDGET (widget));
  forget_heights (DSC_CHART_WIDGET (widget));
  gtk_widget_queue_resize (widget);
}

static void
dsc_chart_widget_dispose (GObject *object)
{
  DscChartWidget *self = DSC_CHART_WIDGET (object);

  g_clear_signal_handler (&self->dark_handler, adw_style_manager_get_default ());
  g_clear_signal_handler (&self->contrast_handler, adw_style_manager_get_default ());
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->point_popover, gtk_widget_unparent);
  g_clear_object (&self->chart);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (dsc_chart_widget_parent_class)->dispose (object);
}

static void
dsc_chart_widget_finalize (GObject *object)
{
  DscChartWidget *self = DSC_CHART_WIDGET (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_free (self->description);
  g_free (self->family);
  g_free (self->accent);

  G_OBJECT_CLASS (dsc_chart_widget_parent_class)->finalize (object);
}

static void
dsc_chart_widget_class_init (DscChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_chart_widget_dispose;
  object_class->finalize = dsc_chart_widget_finalize;
  widget_class->get_request_mode = dsc_chart_widget_get_request_mode;
  widget_class->measure = dsc_chart_widget_measure;
  widget_class->size_allocate = dsc_chart_widget_size_allocate;
  widget_class->snapshot = dsc_chart_widget_snapshot;
  widget_class->query_tooltip = dsc_chart_widget_query_tooltip;
  widget_class->system_setting_changed = dsc_chart_widget_system_setting_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  gtk_widget_class_install_action (widget_class, "chart.show-table", NULL, show_table_action);
  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_point_cb, "(ii)", -1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_point_cb, "(ii)", 1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_point_cb, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_point_cb, "(ii)", 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_point_cb, "(ii)", -G_MAXINT / 2, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_point_cb, "(ii)", G_MAXINT / 2, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
dsc_chart_widget_init (DscChartWidget *self)
{
  g_autoptr(GMenu) exports = g_menu_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->focus_point = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->menu = g_menu_new ();
  g_menu_append (self->menu, _("Show as _Table"), "chart.show-table");
  g_menu_append (exports, _("Export as _PNG…"), "chart.export::png");
  g_menu_append (exports, _("Export as _SVG…"), "chart.export::svg");
  g_menu_append (exports, _("Export as P_DF…"), "chart.export::pdf");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (exports));

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_widget_add_css_class (self->title_label, "heading");
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), G_MENU_MODEL (self->menu));
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_add_css_class (self->menu_button, "circular");
  gtk_widget_set_tooltip_text (self->menu_button, _("Show as Table or Export"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart menu"), -1);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (self->menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->context_menu), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  self->point_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->point_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->point_label), 40);
  self->point_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->point_popover), self->point_label);
  gtk_popover_set_autohide (GTK_POPOVER (self->point_popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->point_popover), GTK_POS_TOP);
  gtk_widget_set_can_target (self->point_popover, FALSE);
  gtk_widget_add_css_class (self->point_popover, "chart-point");
  gtk_widget_set_parent (self->point_popover, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  /* The palette follows the style; the accent colour comes with it. */
  self->dark_handler = g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                                         G_CALLBACK (on_dark_changed_cb), self);
  self->contrast_handler = g_signal_connect (adw_style_manager_get_default (), "notify::high-contrast",
                                             G_CALLBACK (on_dark_changed_cb), self);
  update_actions (self);
}

/* Public API -------------------------------------------------------------- */

GtkWidget *
dsc_chart_widget_new (void)
{
  return g_object_new (DSC_TYPE_CHART_WIDGET, NULL);
}

/**
 * dsc_chart_widget_set_chart:
 * @self: the widget
 * @chart: (nullable): the chart to show
 */
void
dsc_chart_widget_set_chart (DscChartWidget *self,
                            DscChart       *chart)
{
  g_return_if_fail (DSC_IS_CHART_WIDGET (self));
  g_return_if_fail (chart == NULL || DSC_IS_CHART (chart));

  g_set_object (&self->chart, chart);
  forget_heights (self);
  gtk_label_set_text (GTK_LABEL (self->title_label),
                      chart != NULL && dsc_chart_get_title (chart) != NULL ? dsc_chart_get_title (chart) : "");
  forget_points (self);
  self->n_draws = 0;
  self->drawn_width = self->drawn_height = 0;

  g_free (self->description);
  self->description = chart != NULL ? dsc_chart_describe (chart) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart != NULL && dsc_chart_get_title (chart) != NULL ? dsc_chart_get_title (chart) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description != NULL ? self->description : "",
                                  -1);
  update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * dsc_chart_widget_get_chart:
 * @self: the widget
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
DscChart *
dsc_chart_widget_get_chart (DscChartWidget *self)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), NULL);

  return self->chart;
}

/**
 * dsc_chart_widget_get_description:
 * @self: the widget
 *
 * Returns: (nullable): what screen readers are told the chart shows
 */
const char *
dsc_chart_widget_get_description (DscChartWidget *self)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), NULL);

  return self->description;
}

/**
 * dsc_chart_widget_get_drawn_palette:
 * @self: the widget
 *
 * Returns: the palette of the last drawing
 */
DscChartPalette
dsc_chart_widget_get_drawn_palette (DscChartWidget *self)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), DSC_CHART_PALETTE_SCREEN_LIGHT);

  return self->drawn_palette;
}

/**
 * dsc_chart_widget_get_n_draws:
 * @self: the widget
 *
 * Returns: how many times the chart was drawn since it was set
 */
guint
dsc_chart_widget_get_n_draws (DscChartWidget *self)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), 0);

  return self->n_draws;
}

/**
 * dsc_chart_widget_get_tooltip_at:
 * @self: the widget
 * @x: a point in the widget
 * @y: its y
 *
 * Returns: (transfer full) (nullable): what the tooltip says there: the value
 *   under the point, how much and when, or %NULL when there is none
 */
char *
dsc_chart_widget_get_tooltip_at (DscChartWidget *self,
                                 double          x,
                                 double          y)
{
  guint series, category;

  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), NULL);

  if (self->chart == NULL || self->n_draws == 0
      || !dsc_chart_hit (self->chart, x, y - self->chart_top, &series, &category))
    return NULL;

  return dsc_chart_describe_point (self->chart, series, category);
}

/**
 * dsc_chart_widget_focus_point:
 * @self: the widget
 * @series: a series
 * @category: a category
 *
 * Puts the keyboard's focus point on a value, as the arrow keys do.
 *
 * Returns: %TRUE when the value is drawn, so that it can be shown
 */
gboolean
dsc_chart_widget_focus_point (DscChartWidget *self,
                              guint           series,
                              guint           category)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), FALSE);

  find_points (self);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *point = &g_array_index (self->points, Point, i);

      if (point->series == series && point->category == category)
        {
          self->focus_point = (int) i;
          show_point (self);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * dsc_chart_widget_get_point_text:
 * @self: the widget
 *
 * Returns: (nullable): what the focus point's bubble says, or %NULL when none is shown
 */
const char *
dsc_chart_widget_get_point_text (DscChartWidget *self)
{
  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), NULL);

  if (self->focus_point < 0)
    return NULL;

  return gtk_label_get_text (GTK_LABEL (self->point_label));
}

/**
 * dsc_chart_widget_show_table:
 * @self: the widget
 *
 * Returns: (transfer none) (nullable): the window with the chart's numbers, presented
 */
GtkWidget *
dsc_chart_widget_show_table (DscChartWidget *self)
{
  GtkRoot *root;
  GtkWidget *window;

  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), NULL);

  if (self->chart == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = dsc_chart_table_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->chart);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * dsc_chart_widget_export:
 * @self: the widget
 * @file: a file ending in .png, .svg or .pdf
 * @scale: for PNG, pixels per unit (2 for a sharp image on HiDPI screens)
 * @error: return location for a #GError
 *
 * Writes the chart as the file chooser of its menu does, on white, at
 * %DSC_CHART_EXPORT_WIDTH and the height the chart needs at that width.
 *
 * Returns: %TRUE when the file is written
 */
gboolean
dsc_chart_widget_export (DscChartWidget  *self,
                         GFile           *file,
                         double           scale,
                         GError         **error)
{
  g_autofree char *path = NULL;
  DscChartStyle style;
  double height;
  gboolean written, drew_title;

  g_return_val_if_fail (DSC_IS_CHART_WIDGET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->chart == NULL)
    return TRUE;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer."));
      return FALSE;
    }

  /* A file goes out alone: it carries its title. */
  export_style (self, path, &style);
  drew_title = dsc_chart_get_draw_title (self->chart);
  dsc_chart_set_draw_title (self->chart, TRUE);
  height = ceil (dsc_chart_get_natural_height (self->chart, DSC_CHART_EXPORT_WIDTH, &style));
  written = dsc_chart_export (self->chart, path, DSC_CHART_EXPORT_WIDTH, height, scale, &style, error);
  dsc_chart_set_draw_title (self->chart, drew_title);

  /* The export laid the chart out at another size: the hit-test must learn the
   * screen's again before the next tooltip. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return written;
}
