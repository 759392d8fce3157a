/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A report as a list of blocks laid out on pages of any size: the same layout
 * serves GtkPrintOperation (Letter, landscape...), the PDF, PNG and SVG export
 * on A4 and the command line. Pagination measures every block once at the
 * page's width and then places them with plain arithmetic, so a passport can
 * shorten its lists until it fits its two pages without measuring again.
 * Drawing reads only the blocks: never the store. */

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "dsc-chart-data.h"
#include "dsc-clock.h"
#include "dsc-report-private.h"
#include "dsc-validate.h"

typedef enum
{
  BLOCK_TEXT,
  BLOCK_RULE,
  BLOCK_FIELDS,
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_HEATMAP,
  BLOCK_FIGURES,
  BLOCK_PAIR,
} BlockKind;

struct _DscReportBlock
{
  BlockKind           kind;
  double              space_before;
  gboolean            keep_with_next;  /* on the same page as the start of the next block */
  gboolean            keep_together;   /* tables: on one page when a page can hold them */
  DscReportTextStyle  style;
  char               *markup;          /* text; the heatmap's heading */
  GPtrArray          *cells;           /* fields: label, value...; figures: value, label... */

  /* Tables */
  guint               n_columns;
  double             *weights;
  gboolean           *numeric;
  char              **header;
  GPtrArray          *rows;            /* char *[n_columns] */
  guint               preferred_rows;  /* G_MAXUINT: every row, always */
  guint               shown_rows;

  /* Charts */
  DscChart           *chart;
  double              aspect;
  double              max_page_share;
  DscLevelsTable     *levels;
  guint               rows_per_page;

  /* Two blocks side by side on wide pages, one above the other on narrow ones */
  DscReportBlock     *left;
  DscReportBlock     *right;
  double              left_share;
  double              min_width;

  /* Measured at the width of the last pagination */
  double              height;
  GArray             *heights;         /* tables: rows; fields and figures: lines */
  double              header_height;   /* tables: header row; heatmap: heading and caption */
  double              more_height;
  guint               per_line;        /* fields and figures: cells on a line */
  gboolean            side_by_side;
  gboolean            stacked;         /* pairs: one above the other whatever the width */
};

typedef struct
{
  DscReportBlock *block;
  double          x;
  double          y;
  double          width;
  double          height;
  guint           first;       /* tables and heatmaps: the first row on this page */
  guint           n;           /* and how many */
  gboolean        more;        /* tables: the "and N more" line closes this part */
  gboolean        continued;   /* heatmaps: not the first page */
  DscChart       *chart;       /* heatmaps: this page's rows */
} Placement;

/* Lengths, in points. */
#define MARGIN       (18.0 * 72.0 / 25.4)
#define CELL_PAD_X   4.5
#define CELL_PAD_Y   2.6
#define COLUMN_GAP   14.0
#define FIGURE_MIN   112.0
#define CHART_MIN_SHARE  0.7   /* a chart may shrink this far to stay on its page */

G_DEFINE_FINAL_TYPE (DscReport, dsc_report, G_TYPE_OBJECT)

static const DscChartStyle print_style = {
  DSC_CHART_PALETTE_PRINT, "DejaVu Sans", 8.0, NULL
};

/* Blocks ----------------------------------------------------------------- */

static void
block_free (DscReportBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->markup);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_free (block->weights);
  g_free (block->numeric);
  g_strfreev (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_object (&block->chart);
  g_clear_pointer (&block->levels, dsc_levels_table_free);
  block_free (block->left);
  block_free (block->right);
  g_clear_pointer (&block->heights, g_array_unref);
  g_free (block);
}

static DscReportBlock *
block_new (DscReport *self,
           BlockKind  kind)
{
  DscReportBlock *block = g_new0 (DscReportBlock, 1);

  block->kind = kind;
  block->space_before = 6;
  block->preferred_rows = G_MAXUINT;
  block->heights = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (self->blocks, block);
  return block;
}

/**
 * dsc_report_markup_escape:
 * @text: (nullable): text as people typed it
 *
 * Returns: (transfer full): the text for Pango markup, "" for %NULL
 */
char *
dsc_report_markup_escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

DscReportBlock *
dsc_report_add_text (DscReport          *self,
                     DscReportTextStyle  style,
                     const char         *markup)
{
  DscReportBlock *block = block_new (self, BLOCK_TEXT);

  block->style = style;
  block->markup = g_strdup (markup);
  switch (style)
    {
    case DSC_REPORT_TEXT_HEADING:
      block->space_before = 14;
      block->keep_with_next = TRUE;
      break;
    case DSC_REPORT_TEXT_TITLE:
    case DSC_REPORT_TEXT_SUBTITLE:
      block->space_before = 2;
      break;
    case DSC_REPORT_TEXT_BODY:
    case DSC_REPORT_TEXT_NOTE:
    default:
      block->space_before = 4;
      break;
    }
  return block;
}

void
dsc_report_add_rule (DscReport *self)
{
  block_new (self, BLOCK_RULE)->space_before = 6;
}

DscReportBlock *
dsc_report_add_fields (DscReport *self)
{
  DscReportBlock *block = block_new (self, BLOCK_FIELDS);

  block->cells = g_ptr_array_new_with_free_func (g_free);
  return block;
}

/* Fields without a value are left out: a passport shows what is known. */
void
dsc_report_fields_add (DscReportBlock *fields,
                       const char     *label,
                       const char     *markup)
{
  g_return_if_fail (fields->kind == BLOCK_FIELDS);

  if (markup == NULL || *markup == '\0')
    return;

  g_ptr_array_add (fields->cells, g_markup_escape_text (label, -1));
  g_ptr_array_add (fields->cells, g_strdup (markup));
}

DscReportBlock *
dsc_report_add_table (DscReport          *self,
                      guint               n_columns,
                      const double       *weights,
                      const char * const *header)
{
  DscReportBlock *block = block_new (self, BLOCK_TABLE);

  block->n_columns = n_columns;
  block->weights = g_memdup2 (weights, sizeof (double) * n_columns);
  block->numeric = g_new0 (gboolean, n_columns);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  if (header != NULL)
    {
      block->header = g_new0 (char *, n_columns + 1);
      for (guint i = 0; i < n_columns; i++)
        block->header[i] = g_markup_escape_text (header[i], -1);
    }
  return block;
}

void
dsc_report_table_set_numeric (DscReportBlock *table,
                              guint           column)
{
  g_return_if_fail (table->kind == BLOCK_TABLE && column < table->n_columns);

  table->numeric[column] = TRUE;
}

void
dsc_report_table_add_row (DscReportBlock     *table,
                          const char * const *markup)
{
  char **row;

  g_return_if_fail (table->kind == BLOCK_TABLE);

  row = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (markup[i] != NULL ? markup[i] : "");
  g_ptr_array_add (table->rows, row);
}

/* A list that may be shortened, down to one row and "and N more", when the
 * document has a page limit. */
void
dsc_report_table_set_cut (DscReportBlock *table,
                          guint           preferred_rows)
{
  g_return_if_fail (table->kind == BLOCK_TABLE);

  table->preferred_rows = MAX (preferred_rows, 1);
}

/**
 * dsc_report_add_chart:
 * @self: a report
 * @chart: the chart (a reference is taken)
 * @aspect: its height as a share of its width, or 0 for its natural height
 * @max_page_share: at most this share of a page's height
 */
DscReportBlock *
dsc_report_add_chart (DscReport *self,
                      DscChart  *chart,
                      double     aspect,
                      double     max_page_share)
{
  DscReportBlock *block = block_new (self, BLOCK_CHART);

  block->chart = g_object_ref (chart);
  block->aspect = aspect;
  block->max_page_share = max_page_share;
  block->space_before = 4;
  return block;
}

/* The heatmap is cut into pages of at most @rows_per_page associations, each
 * with its heading and its column labels. It takes @table. */
DscReportBlock *
dsc_report_add_heatmap (DscReport      *self,
                        DscLevelsTable *table,
                        const char     *heading,
                        guint           rows_per_page)
{
  DscReportBlock *block = block_new (self, BLOCK_HEATMAP);

  block->levels = table;
  block->markup = g_markup_escape_text (heading, -1);
  block->rows_per_page = MAX (rows_per_page, 1);
  block->space_before = 14;
  return block;
}

DscReportBlock *
dsc_report_add_figures (DscReport *self)
{
  DscReportBlock *block = block_new (self, BLOCK_FIGURES);

  block->cells = g_ptr_array_new_with_free_func (g_free);
  block->space_before = 8;
  return block;
}

void
dsc_report_figures_add (DscReportBlock *figures,
                        const char     *value,
                        const char     *label_markup)
{
  g_return_if_fail (figures->kind == BLOCK_FIGURES);

  g_ptr_array_add (figures->cells, g_markup_escape_text (value, -1));
  g_ptr_array_add (figures->cells, g_strdup (label_markup));
}

/* The last two blocks go side by side when the page is at least @min_width
 * wide (landscape), the first taking @left_share of it. */
void
dsc_report_pair_last_two (DscReport *self,
                          double     left_share,
                          double     min_width)
{
  DscReportBlock *pair;
  DscReportBlock *left, *right;

  g_return_if_fail (self->blocks->len >= 2);

  right = g_ptr_array_steal_index (self->blocks, self->blocks->len - 1);
  left = g_ptr_array_steal_index (self->blocks, self->blocks->len - 1);
  pair = block_new (self, BLOCK_PAIR);
  pair->left = left;
  pair->right = right;
  pair->left_share = left_share;
  pair->min_width = min_width;
  pair->space_before = left->space_before;
  pair->keep_with_next = right->keep_with_next;
}

void
dsc_report_block_set_space (DscReportBlock *block,
                            double          space_before)
{
  block->space_before = space_before;
}

void
dsc_report_block_keep_with_next (DscReportBlock *block)
{
  block->keep_with_next = TRUE;
}

void
dsc_report_table_keep_together (DscReportBlock *table)
{
  g_return_if_fail (table->kind == BLOCK_TABLE);

  table->keep_together = TRUE;
}

/* Type ------------------------------------------------------------------- */

typedef struct
{
  double       size;
  PangoWeight  weight;
  double       grey;        /* 0: black */
  double       line_spacing;
} TextFace;

static const TextFace faces[] = {
  /* Room below a line of the title for the marks under letters (Romanian ț, ş). */
  [DSC_REPORT_TEXT_TITLE] = { 17.0, PANGO_WEIGHT_BOLD, 0.0, 1.2 },
  [DSC_REPORT_TEXT_SUBTITLE] = { 9.5, PANGO_WEIGHT_NORMAL, 0.15, 1.1 },
  [DSC_REPORT_TEXT_HEADING] = { 11.0, PANGO_WEIGHT_BOLD, 0.0, 1.0 },
  [DSC_REPORT_TEXT_BODY] = { 9.0, PANGO_WEIGHT_NORMAL, 0.0, 1.1 },
  [DSC_REPORT_TEXT_NOTE] = { 7.5, PANGO_WEIGHT_NORMAL, 0.3, 1.05 },
};

static const TextFace table_face = { 8.3, PANGO_WEIGHT_NORMAL, 0.0, 1.0 };
static const TextFace table_header_face = { 7.8, PANGO_WEIGHT_BOLD, 0.0, 1.0 };
static const TextFace field_label_face = { 7.5, PANGO_WEIGHT_BOLD, 0.3, 1.0 };
static const TextFace figure_face = { 19.0, PANGO_WEIGHT_BOLD, 0.0, 1.0 };
static const TextFace figure_label_face = { 8.0, PANGO_WEIGHT_NORMAL, 0.2, 1.05 };
static const TextFace chrome_face = { 7.5, PANGO_WEIGHT_NORMAL, 0.3, 1.0 };

/* Points are points: Pango at 72 dpi, and metrics that do not depend on the
 * surface, so that a page measured on one context draws the same on another. */
static PangoContext *
make_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static PangoLayout *
make_layout (PangoContext   *context,
             const TextFace *face,
             const char     *markup,
             double          width,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (DSC_REPORT_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, face->size * PANGO_SCALE);
  pango_font_description_set_weight (font, face->weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_line_spacing (layout, (float) face->line_spacing);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

/* Layouts are made once, when the pages are measured, and drawn as they
 * were measured: a line cannot wrap differently on paper than it did when
 * the page was laid out (and it saves shaping every text twice). */
typedef struct
{
  PangoContext *context;
  GHashTable   *layouts;     /* the report's: "face width alignment markup" -> PangoLayout */
} Typesetter;

static PangoLayout *
typeset (Typesetter     *typesetter,
         const TextFace *face,
         const char     *markup,
         double          width,
         PangoAlignment  alignment)
{
  g_autofree char *key = g_strdup_printf ("%p %.3f %d %s", (gpointer) face, width, alignment,
                                          markup != NULL ? markup : "");
  PangoLayout *layout = g_hash_table_lookup (typesetter->layouts, key);

  if (layout == NULL)
    {
      layout = make_layout (typesetter->context, face, markup, width, alignment);
      g_hash_table_insert (typesetter->layouts, g_steal_pointer (&key), layout);
    }

  return layout;
}

typedef struct
{
  Typesetter *context;
  gboolean   *overflow;
} Measure;

static double
text_height (Measure        *measure,
             const TextFace *face,
             const char     *markup,
             double          width)
{
  PangoLayout *layout = typeset (measure->context, face, markup, width, PANGO_ALIGN_LEFT);
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  /* Wrapping keeps lines in their box; a glyph wider than the box does not. */
  if ((double) logical.width / PANGO_SCALE > width + 0.5)
    *measure->overflow = TRUE;
  return (double) logical.height / PANGO_SCALE;
}

static void
draw_text (cairo_t        *cr,
           Typesetter     *context,
           const TextFace *face,
           const char     *markup,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment)
{
  PangoLayout *layout = typeset (context, face, markup, width, alignment);

  cairo_set_source_rgb (cr, face->grey, face->grey, face->grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_line (cairo_t *cr,
           double   x0,
           double   y0,
           double   x1,
           double   y1,
           double   width,
           double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

/* Measuring -------------------------------------------------------------- */

static void
column_widths (DscReportBlock *table,
               double          width,
               double         *widths)
{
  double total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->weights[c];
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = width * table->weights[c] / total;
}

/* The line that closes a shortened list; when not one row fits, it says
 * that the list was left out. */
static char *
more_markup (guint    n,
             gboolean none_shown)
{
  g_autofree char *text = NULL;

  if (none_shown)
    /* Translators: in place of a list that does not fit on a printed passport. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, not listed for lack of room",
                                         "%u items, not listed for lack of room", n), n);
  else
    /* Translators: at the end of a list shortened to fit a printed page: "and 12 more". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n), n);

  return g_strdup_printf ("<i>%s</i>", text);
}

static double
row_height (Measure         *measure,
            DscReportBlock  *table,
            const TextFace  *face,
            char           **cells,
            const double    *widths)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    height = MAX (height, text_height (measure, face, cells[c], widths[c] - 2 * CELL_PAD_X));

  return height + 2 * CELL_PAD_Y;
}

static guint
cells_per_line (DscReportBlock *block,
                double          width)
{
  if (block->kind == BLOCK_FIELDS)
    return width >= 640 ? 3 : width >= 380 ? 2 : 1;

  return CLAMP ((guint) ((width + COLUMN_GAP) / (FIGURE_MIN + COLUMN_GAP)), 1, 4);
}

static void
measure_block (Measure        *measure,
               DscReportBlock *block,
               double          width,
               double          page_room)
{
  g_array_set_size (block->heights, 0);

  switch (block->kind)
    {
    case BLOCK_TEXT:
      block->height = text_height (measure, &faces[block->style], block->markup, width);
      break;

    case BLOCK_RULE:
      block->height = 4;
      break;

    case BLOCK_FIELDS:
    case BLOCK_FIGURES:
      {
        guint n_cells = block->cells->len / 2;
        guint per_line = MIN (cells_per_line (block, width), MAX (n_cells, 1));
        double cell_width = (width - COLUMN_GAP * (per_line - 1)) / per_line;

        block->per_line = per_line;
        block->height = 0;
        for (guint first = 0; first < n_cells; first += per_line)
          {
            double line = 0;

            for (guint i = first; i < first + per_line && i < n_cells; i++)
              {
                const char *top = g_ptr_array_index (block->cells, 2 * i);
                const char *bottom = g_ptr_array_index (block->cells, 2 * i + 1);
                double height;

                if (block->kind == BLOCK_FIELDS)
                  height = text_height (measure, &field_label_face, top, cell_width)
                           + 1 + text_height (measure, &faces[DSC_REPORT_TEXT_BODY], bottom, cell_width);
                else
                  height = 4 + text_height (measure, &figure_face, top, cell_width - 6)
                           + 1 + text_height (measure, &figure_label_face, bottom, cell_width - 6) + 4;
                line = MAX (line, height);
              }
            line += block->kind == BLOCK_FIELDS ? 5 : 8;
            g_array_append_val (block->heights, line);
            block->height += line;
          }
      }
      break;

    case BLOCK_TABLE:
      {
        g_autofree double *widths = g_new (double, block->n_columns);
        g_autofree char *more = more_markup (block->rows->len, TRUE);

        column_widths (block, width, widths);
        block->header_height = block->header != NULL
                               ? row_height (measure, block, &table_header_face, block->header, widths) : 0;
        for (guint r = 0; r < block->rows->len; r++)
          {
            double height = row_height (measure, block, &table_face, g_ptr_array_index (block->rows, r), widths);

            g_array_append_val (block->heights, height);
          }
        block->more_height = text_height (measure, &table_face, more, width - 2 * CELL_PAD_X) + 2 * CELL_PAD_Y;
      }
      break;

    case BLOCK_CHART:
      {
        double height = block->aspect > 0 ? width * block->aspect
                        : dsc_chart_get_natural_height (block->chart, width, &print_style);

        block->height = MIN (height, page_room * block->max_page_share);
      }
      break;

    case BLOCK_HEATMAP:
      {
        g_autofree char *caption = g_strdup_printf ("%s 0123456789", block->markup);

        block->header_height = text_height (measure, &faces[DSC_REPORT_TEXT_HEADING], block->markup, width)
                               + 3 + text_height (measure, &faces[DSC_REPORT_TEXT_NOTE], caption, width) + 4;
      }
      break;

    case BLOCK_PAIR:
      block->side_by_side = width >= block->min_width && !block->stacked;
      if (block->side_by_side)
        {
          double left_width = (width - COLUMN_GAP * 1.5) * block->left_share;
          double right_width = width - COLUMN_GAP * 1.5 - left_width;

          measure_block (measure, block->left, left_width, page_room);
          measure_block (measure, block->right, right_width, page_room);
          /* Beside a table a chart may be squarer: its width is narrow. */
          if (block->left->kind == BLOCK_CHART)
            block->left->height = MAX (block->left->height, MIN (left_width * 0.8, page_room * 0.5));
          block->height = MAX (block->left->height, block->right->height);
        }
      else
        {
          measure_block (measure, block->left, width, page_room);
          measure_block (measure, block->right, width, page_room);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The whole height of a table with its rows as the last cut left them. */
static void
update_table_height (DscReportBlock *table)
{
  if (table->shown_rows == 0 && table->rows->len > 0)
    {
      table->height = table->more_height;
      return;
    }

  table->height = table->header_height;
  for (guint r = 0; r < table->shown_rows; r++)
    table->height += g_array_index (table->heights, double, r);
  if (table->shown_rows < table->rows->len)
    table->height += table->more_height;
}

/* Placing ---------------------------------------------------------------- */

typedef struct
{
  DscReport *self;
  double     width;
  double     room;        /* the height of a page's body */
  double     y;
  GArray    *page;
  gboolean   relaxed;     /* a passport that does not fit: charts and tables may part */
} Flow;

static void
placement_clear (Placement *placement)
{
  g_clear_object (&placement->chart);
}

static void
flow_new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, TRUE, sizeof (Placement));
  g_array_set_clear_func (flow->page, (GDestroyNotify) placement_clear);
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = 0;
}

static void
flow_add (Flow           *flow,
          DscReportBlock *block,
          double          y,
          double          height,
          guint           first,
          guint           n)
{
  Placement placement = { block, 0, y, flow->width, height, first, n, FALSE, FALSE, NULL };

  g_array_append_val (flow->page, placement);
  flow->y = y + height;
  if (flow->y > flow->room + 0.5)
    flow->self->overflow = TRUE;
}

/* The least of a block that must follow a heading on its page. */
static double
start_height (Flow           *flow,
              DscReportBlock *block)
{
  if (block == NULL)
    return 0;

  switch (block->kind)
    {
    case BLOCK_TABLE:
      if ((block->keep_together && !flow->relaxed) || block->shown_rows == 0)
        return block->height;
      return block->header_height
             + (block->shown_rows > 0 ? g_array_index (block->heights, double, 0) : 0)
             + (block->shown_rows <= 1 && block->shown_rows < block->rows->len ? block->more_height : 0);
    case BLOCK_FIELDS:
    case BLOCK_FIGURES:
      return block->heights->len > 0 ? g_array_index (block->heights, double, 0) : 0;
    case BLOCK_PAIR:
      if (!block->side_by_side)
        return start_height (flow, block->left);
      /* The chart beside the table may shrink, down to the table's height. */
      return block->left->kind == BLOCK_CHART
             ? MAX (block->right->height, block->left->height * CHART_MIN_SHARE) : block->height;
    case BLOCK_HEATMAP:
      return block->header_height + 80;
    case BLOCK_CHART:
      return block->height * CHART_MIN_SHARE;
    case BLOCK_TEXT:
    case BLOCK_RULE:
    default:
      return block->height;
    }
}

static void
place_table (Flow           *flow,
             DscReportBlock *table,
             double          space)
{
  gboolean cut = table->shown_rows < table->rows->len;
  guint row = 0;

  if (flow->y > 0 && flow->y + space + start_height (flow, table) > flow->room)
    {
      flow_new_page (flow);
      space = 0;
    }

  if (table->shown_rows == 0 && cut)
    {
      flow_add (flow, table, flow->y + space, table->more_height, 0, 0);
      g_array_index (flow->page, Placement, flow->page->len - 1).more = TRUE;
      return;
    }

  for (;;)
    {
      double top = flow->y + space;
      double height = table->header_height;
      guint n = 0;
      gboolean last;
      Placement *placement;

      while (row + n < table->shown_rows)
        {
          double next = g_array_index (table->heights, double, row + n);
          double closing = row + n + 1 == table->shown_rows && cut ? table->more_height : 0;

          if (top + height + next + closing > flow->room + 0.01)
            break;
          height += next;
          n++;
        }
      if (n == 0 && row < table->shown_rows)
        {
          /* Not even one row fits on an empty page: it is drawn anyway. */
          height += g_array_index (table->heights, double, row);
          n = 1;
          flow->self->overflow = TRUE;
        }

      last = row + n >= table->shown_rows;
      if (last && cut)
        height += table->more_height;
      flow_add (flow, table, top, height, row, n);
      placement = &g_array_index (flow->page, Placement, flow->page->len - 1);
      placement->more = last && cut;
      row += n;
      if (last)
        break;
      flow_new_page (flow);
      space = 0;
    }
}

static DscChart *
heatmap_page (DscReportBlock *block,
              guint           first,
              guint           n)
{
  DscChart *chart = dsc_chart_new_heatmap (block->levels, first, n);

  /* The page's own heading names it. */
  dsc_chart_set_draw_title (chart, FALSE);
  return chart;
}

/* How many of the rows from @first, at most @most, the heatmap can show in
 * @room: its height grows with its rows. */
static guint
heatmap_rows_fitting (Flow           *flow,
                      DscReportBlock *block,
                      guint           first,
                      guint           most,
                      double          room)
{
  guint best = 0;

  for (guint low = 1, high = most; low <= high;)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(DscChart) trial = heatmap_page (block, first, middle);

      if (dsc_chart_get_natural_height (trial, flow->width, &print_style) <= room)
        {
          best = middle;
          low = middle + 1;
        }
      else
        high = middle - 1;
    }

  return best;
}

static void
place_heatmap (Flow           *flow,
               DscReportBlock *block,
               double          space)
{
  guint total = block->levels->rows->len;
  guint row = 0;
  gboolean continued = FALSE;

  while (row < total)
    {
      guint left = total - row;
      double room = flow->room - flow->y - space - block->header_height;
      g_autoptr(DscChart) chart = NULL;
      Placement *placement;
      double height;
      guint n;

      if (flow->y > 0)
        {
          /* Below other blocks only when it is whole there. */
          if (left > block->rows_per_page || heatmap_rows_fitting (flow, block, row, left, room) < left)
            {
              flow_new_page (flow);
              space = 0;
              continue;
            }
          n = left;
        }
      else
        {
          /* The rows shared evenly by the pages they need: never a last
           * page with a row or two. */
          guint per_page = heatmap_rows_fitting (flow, block, row, MIN (left, block->rows_per_page), room);
          guint pages;

          if (per_page == 0)
            {
              per_page = 1;
              flow->self->overflow = TRUE;
            }
          pages = (left + per_page - 1) / per_page;
          n = (left + pages - 1) / pages;
        }

      chart = heatmap_page (block, row, n);
      height = MIN (dsc_chart_get_natural_height (chart, flow->width, &print_style), MAX (room, 0));
      flow_add (flow, block, flow->y + space, block->header_height + height, row, n);
      placement = &g_array_index (flow->page, Placement, flow->page->len - 1);
      placement->chart = g_steal_pointer (&chart);
      placement->continued = continued;

      row += n;
      continued = TRUE;
      if (row < total)
        {
          flow_new_page (flow);
          space = 0;
        }
    }
}

/* What must fit on the page for block @i to start there: all of it when it
 * keeps with the next block, and then the start of that one, and so on. */
static double
chain_need (Flow      *flow,
            GPtrArray *items,
            guint      i)
{
  DscReportBlock *block = g_ptr_array_index (items, i);
  double own = block->kind == BLOCK_TEXT || block->kind == BLOCK_RULE ? block->height : start_height (flow, block);
  gboolean keep = block->keep_with_next && (!flow->relaxed || block->kind == BLOCK_TEXT);

  if (!keep || i + 1 >= items->len)
    return own;

  return own + ((DscReportBlock *) g_ptr_array_index (items, i + 1))->space_before + chain_need (flow, items, i + 1);
}

static void
place_block (Flow      *flow,
             GPtrArray *items,
             guint      i)
{
  DscReportBlock *block = g_ptr_array_index (items, i);
  double space = flow->y > 0 ? block->space_before : 0;
  double height;

  switch (block->kind)
    {
    case BLOCK_TABLE:
      place_table (flow, block, space);
      return;

    case BLOCK_HEATMAP:
      place_heatmap (flow, block, space);
      return;

    case BLOCK_TEXT:
    case BLOCK_RULE:
    case BLOCK_FIELDS:
    case BLOCK_CHART:
    case BLOCK_FIGURES:
    case BLOCK_PAIR:
    default:
      break;
    }

  if (flow->y > 0 && flow->y + space + chain_need (flow, items, i) > flow->room)
    {
      flow_new_page (flow);
      space = 0;
    }

  if (block->kind == BLOCK_FIELDS || block->kind == BLOCK_FIGURES)
    {
      /* Line by line, so that a long profile can go on over the page. */
      for (guint line = 0; line < block->heights->len; line++)
        {
          height = g_array_index (block->heights, double, line);
          if (line > 0 && flow->y + height > flow->room)
            {
              flow_new_page (flow);
              space = 0;
            }
          flow_add (flow, block, flow->y + space, height, line, 1);
          space = 0;
        }
      return;
    }

  /* A chart gives up a little height rather than its page (or its note). */
  height = block->height;
  if (block->kind == BLOCK_CHART || block->kind == BLOCK_PAIR)
    {
      double rest = 0;

      if (block->keep_with_next && !flow->relaxed && i + 1 < items->len)
        rest = ((DscReportBlock *) g_ptr_array_index (items, i + 1))->space_before + chain_need (flow, items, i + 1);
      height = MAX (MIN (height, flow->room - flow->y - space - rest), start_height (flow, block));
    }
  else if (height > flow->room)
    flow->self->overflow = TRUE;
  flow_add (flow, block, flow->y + space, MIN (height, flow->room), 0, 0);
}

typedef struct
{
  double header_height;
  double footer_height;
  double top;
  double room;
} Frame;

static void
measure_frame (DscReport    *self,
               Typesetter   *context,
               double        page_width,
               double        page_height,
               Frame        *frame)
{
  double width = page_width - 2 * MARGIN;
  gboolean overflow = FALSE;
  Measure measure = { context, &overflow };
  g_autofree char *pages = g_strdup_printf (_("Page %u of %u"), 99, 99);

  frame->header_height = MAX (text_height (&measure, &chrome_face, self->header_left, width * 0.5 - 6),
                              text_height (&measure, &chrome_face, self->header_right, width * 0.5 - 6)) + 12;
  frame->footer_height = MAX (text_height (&measure, &chrome_face, self->footer, width * 0.6 - 6),
                              text_height (&measure, &chrome_face, pages, width * 0.4 - 6)) + 10;
  frame->top = MARGIN + frame->header_height;
  frame->room = page_height - 2 * MARGIN - frame->header_height - frame->footer_height;
}

static void
lay_out (DscReport *self,
         double     width,
         double     room,
         gboolean   relaxed)
{
  Flow flow = { self, width, room, 0, NULL, relaxed };
  g_autoptr(GPtrArray) items = g_ptr_array_sized_new (self->blocks->len + 2);

  /* Pairs that do not go side by side on this page are two blocks. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      DscReportBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_PAIR && !block->side_by_side)
        {
          g_ptr_array_add (items, block->left);
          g_ptr_array_add (items, block->right);
        }
      else
        g_ptr_array_add (items, block);
    }

  g_ptr_array_set_size (self->pages, 0);
  flow_new_page (&flow);
  for (guint i = 0; i < items->len; i++)
    place_block (&flow, items, i);
}

static void
tables_foreach (DscReport *self,
                void     (*func) (DscReportBlock *table))
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      DscReportBlock *block = g_ptr_array_index (self->blocks, i);
      DscReportBlock *parts[] = { block, block->left, block->right };

      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        if (parts[p] != NULL && parts[p]->kind == BLOCK_TABLE)
          func (parts[p]);
    }
}

static void
table_show_preferred (DscReportBlock *table)
{
  table->shown_rows = MIN (table->rows->len, table->preferred_rows);
  update_table_height (table);
}

/* Shortens the longest list that may be shortened by one row, keeping at
 * least @least rows of each. */
static gboolean
cut_longest (DscReport *self,
             guint      least)
{
  DscReportBlock *longest = NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      DscReportBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_TABLE && block->preferred_rows != G_MAXUINT && block->shown_rows > least
          && (longest == NULL || block->shown_rows > longest->shown_rows))
        longest = block;
    }

  if (longest == NULL)
    return FALSE;

  longest->shown_rows--;
  update_table_height (longest);
  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
dsc_report_finalize (GObject *object)
{
  DscReport *self = DSC_REPORT (object);

  g_free (self->title);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->layouts);

  G_OBJECT_CLASS (dsc_report_parent_class)->finalize (object);
}

static void
dsc_report_class_init (DscReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsc_report_finalize;
}

static void
dsc_report_init (DscReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* A report with its title and the running header and footer that every
 * document of Discorsi has; the builders add the blocks. */
DscReport *
dsc_report_new_empty (const char *title)
{
  DscReport *self = g_object_new (DSC_TYPE_REPORT, NULL);
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *printed = dsc_format_date (today);
  g_autofree char *footer = NULL;

  self->title = g_strdup (title);
  /* Translators: the programme's name, small at the top of every printed page. */
  self->header_left = g_markup_escape_text (_("Discorsi · capacity building of migrant associations"), -1);
  self->header_right = g_markup_escape_text (title, -1);
  /* Translators: at the foot of every printed page; %s is today's date. */
  footer = g_strdup_printf (_("Printed on %s"), printed);
  self->footer = g_markup_escape_text (footer, -1);
  return self;
}

/* Public API ------------------------------------------------------------- */

/**
 * dsc_report_mm_to_points:
 * @millimetres: a length on paper
 *
 * Returns: the same length in points (1/72 inch)
 */
double
dsc_report_mm_to_points (double millimetres)
{
  return millimetres * 72.0 / 25.4;
}

const char *
dsc_report_get_title (DscReport *self)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * dsc_report_paginate:
 * @self: a report
 * @cr: a context like the one pages will be drawn on (for measuring text)
 * @page_width: the page's width, in points
 * @page_height: its height
 *
 * Returns: how many pages the report takes on such pages
 */
guint
dsc_report_paginate (DscReport *self,
                     cairo_t   *cr,
                     double     page_width,
                     double     page_height)
{
  Typesetter typesetter = { NULL, self->layouts };
  Typesetter *context = &typesetter;
  Measure measure = { NULL, NULL };
  Frame frame;
  double width = page_width - 2 * MARGIN;

  g_return_val_if_fail (DSC_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 0);

  /* Layouts belong to the pages they were measured for. */
  g_hash_table_remove_all (self->layouts);
  typesetter.context = make_context (cr);
  measure.context = context;
  measure.overflow = &self->overflow;
  self->overflow = FALSE;
  self->page_width = page_width;
  self->page_height = page_height;

  measure_frame (self, context, page_width, page_height, &frame);
  if (frame.room < 72 || width < 72)
    self->overflow = TRUE;
  frame.room = MAX (frame.room, 72);
  width = MAX (width, 72);

  for (guint i = 0; i < self->blocks->len; i++)
    measure_block (&measure, g_ptr_array_index (self->blocks, i), width, frame.room);
  /* A passport keeps to its pages: its lists get shorter, each ending with
   * "and N more", until it fits; if that is not enough, a chart may part
   * from its table. */
  for (int relaxed = 0; relaxed <= 1; relaxed++)
    {
      gboolean overflow = self->overflow;
      gboolean fits = FALSE;

      if (relaxed)
        for (guint i = 0; i < self->blocks->len; i++)
          {
            DscReportBlock *block = g_ptr_array_index (self->blocks, i);

            if (block->kind == BLOCK_PAIR && block->side_by_side)
              {
                block->stacked = TRUE;
                measure_block (&measure, block, width, frame.room);
                block->stacked = FALSE;
              }
          }
      tables_foreach (self, table_show_preferred);
      for (;;)
        {
          self->overflow = overflow;
          lay_out (self, width, frame.room, relaxed);
          fits = self->max_pages == 0 || self->pages->len <= self->max_pages;
          /* At last, lists give way to their summary line. */
          if (fits || !(cut_longest (self, 1) || (relaxed && cut_longest (self, 0))))
            break;
        }
      if (fits)
        break;
      if (relaxed)
        self->overflow = TRUE;
    }

  g_object_unref (typesetter.context);
  return self->pages->len;
}

/* Drawing ---------------------------------------------------------------- */

static void
draw_table (cairo_t        *cr,
            Typesetter   *context,
            Placement      *placement)
{
  DscReportBlock *table = placement->block;
  g_autofree double *widths = g_new (double, table->n_columns);
  double x0 = placement->x, x1 = placement->x + placement->width;
  double y = placement->y;

  column_widths (table, placement->width, widths);

  if (table->header != NULL && table->shown_rows > 0)
    {
      double x = x0;

      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, x0, y, placement->width, table->header_height);
      cairo_fill (cr);
      for (guint c = 0; c < table->n_columns; c++)
        {
          draw_text (cr, context, &table_header_face, table->header[c], x + CELL_PAD_X, y + CELL_PAD_Y,
                     widths[c] - 2 * CELL_PAD_X, table->numeric[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
          x += widths[c];
        }
      y += table->header_height;
      draw_line (cr, x0, y, x1, y, 0.8, 0.0);
    }

  for (guint r = placement->first; r < placement->first + placement->n; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);
      double height = g_array_index (table->heights, double, r);
      double x = x0;

      for (guint c = 0; c < table->n_columns; c++)
        {
          draw_text (cr, context, &table_face, cells[c], x + CELL_PAD_X, y + CELL_PAD_Y,
                     widths[c] - 2 * CELL_PAD_X, table->numeric[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
          x += widths[c];
        }
      y += height;
      draw_line (cr, x0, y, x1, y, 0.4, 0.6);
    }

  if (placement->more)
    {
      g_autofree char *more = more_markup (table->rows->len - table->shown_rows, table->shown_rows == 0);

      draw_text (cr, context, &table_face, more, x0 + CELL_PAD_X, y + CELL_PAD_Y,
                 placement->width - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT);
    }
}

static void
draw_cells (cairo_t      *cr,
            Typesetter *context,
            Placement    *placement)
{
  DscReportBlock *block = placement->block;
  guint n_cells = block->cells->len / 2;
  guint per_line = block->per_line;
  double cell_width = (placement->width - COLUMN_GAP * (per_line - 1)) / per_line;
  guint line = placement->first;

  for (guint i = line * per_line; i < (line + 1) * per_line && i < n_cells; i++)
    {
      const char *top = g_ptr_array_index (block->cells, 2 * i);
      const char *bottom = g_ptr_array_index (block->cells, 2 * i + 1);
      double x = placement->x + (i - line * per_line) * (cell_width + COLUMN_GAP);
      double y = placement->y;

      if (block->kind == BLOCK_FIELDS)
        {
          PangoLayout *label = typeset (context, &field_label_face, top, cell_width, PANGO_ALIGN_LEFT);
          int label_height;

          pango_layout_get_size (label, NULL, &label_height);
          draw_text (cr, context, &field_label_face, top, x, y, cell_width, PANGO_ALIGN_LEFT);
          draw_text (cr, context, &faces[DSC_REPORT_TEXT_BODY], bottom, x,
                     y + (double) label_height / PANGO_SCALE + 1, cell_width, PANGO_ALIGN_LEFT);
        }
      else
        {
          PangoLayout *value = typeset (context, &figure_face, top, cell_width - 6, PANGO_ALIGN_LEFT);
          int value_height;

          /* A figure: a rule above it, the number, what it counts. */
          draw_line (cr, x, y + 0.5, x + cell_width, y + 0.5, 1.2, 0.0);
          pango_layout_get_size (value, NULL, &value_height);
          draw_text (cr, context, &figure_face, top, x, y + 4, cell_width - 6, PANGO_ALIGN_LEFT);
          draw_text (cr, context, &figure_label_face, bottom, x,
                     y + 4 + (double) value_height / PANGO_SCALE + 1, cell_width - 6, PANGO_ALIGN_LEFT);
        }
    }
}

static void
draw_chart_box (cairo_t  *cr,
                DscChart *chart,
                double    x,
                double    y,
                double    width,
                double    height)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  dsc_chart_draw (chart, cr, width, height, &print_style);
  cairo_restore (cr);
}

static void
draw_heatmap (cairo_t      *cr,
              Typesetter *context,
              Placement    *placement)
{
  DscReportBlock *block = placement->block;
  guint total = block->levels->rows->len;
  PangoLayout *heading;
  g_autofree char *title = NULL;
  g_autofree char *caption = NULL;
  int heading_height;
  double y = placement->y;

  /* Translators: a heading on the second and later pages of a table: "Latest level by association (continued)". */
  title = placement->continued ? g_strdup_printf (_("%s (continued)"), block->markup) : g_strdup (block->markup);
  /* Translators: which rows of the heatmap a page shows: "Associations 41–60 of 60". */
  caption = g_strdup_printf (_("Associations %u–%u of %u"), placement->first + 1,
                             placement->first + placement->n, total);

  heading = typeset (context, &faces[DSC_REPORT_TEXT_HEADING], title, placement->width, PANGO_ALIGN_LEFT);
  pango_layout_get_size (heading, NULL, &heading_height);
  draw_text (cr, context, &faces[DSC_REPORT_TEXT_HEADING], title, placement->x, y, placement->width,
             PANGO_ALIGN_LEFT);
  y += (double) heading_height / PANGO_SCALE + 3;
  draw_text (cr, context, &faces[DSC_REPORT_TEXT_NOTE], caption, placement->x, y, placement->width,
             PANGO_ALIGN_LEFT);

  draw_chart_box (cr, placement->chart, placement->x, placement->y + block->header_height,
                  placement->width, placement->height - block->header_height);
}

static void
draw_placement (cairo_t      *cr,
                Typesetter *context,
                Placement    *placement)
{
  DscReportBlock *block = placement->block;

  switch (block->kind)
    {
    case BLOCK_TEXT:
      draw_text (cr, context, &faces[block->style], block->markup, placement->x, placement->y,
                 placement->width, PANGO_ALIGN_LEFT);
      if (block->style == DSC_REPORT_TEXT_HEADING)
        draw_line (cr, placement->x, placement->y + placement->height + 1.5,
                   placement->x + placement->width, placement->y + placement->height + 1.5, 0.5, 0.45);
      break;

    case BLOCK_RULE:
      draw_line (cr, placement->x, placement->y + 1, placement->x + placement->width, placement->y + 1, 1.2, 0.0);
      break;

    case BLOCK_FIELDS:
    case BLOCK_FIGURES:
      draw_cells (cr, context, placement);
      break;

    case BLOCK_TABLE:
      draw_table (cr, context, placement);
      break;

    case BLOCK_CHART:
      draw_chart_box (cr, block->chart, placement->x, placement->y, placement->width, placement->height);
      break;

    case BLOCK_HEATMAP:
      draw_heatmap (cr, context, placement);
      break;

    case BLOCK_PAIR:
      {
        double left_width = (placement->width - COLUMN_GAP * 1.5) * block->left_share;
        Placement left = { block->left, placement->x, placement->y, left_width, placement->height,
                           0, block->left->shown_rows, FALSE, FALSE, NULL };
        Placement right = { block->right, placement->x + left_width + COLUMN_GAP * 1.5, placement->y,
                            placement->width - left_width - COLUMN_GAP * 1.5, block->right->height,
                            0, block->right->shown_rows, FALSE, FALSE, NULL };

        right.more = block->right->kind == BLOCK_TABLE && block->right->shown_rows < block->right->rows->len;
        draw_placement (cr, context, &left);
        draw_placement (cr, context, &right);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dsc_report_draw_page:
 * @self: a paginated report
 * @cr: where to draw, its origin at the page's top left corner, in points
 * @page: the page, from 0
 * @page_width: the page's width
 * @page_height: its height
 */
void
dsc_report_draw_page (DscReport *self,
                      cairo_t   *cr,
                      guint      page,
                      double     page_width,
                      double     page_height)
{
  Typesetter typesetter = { NULL, self->layouts };
  Typesetter *context = &typesetter;
  g_autofree char *numbers = NULL;
  double width = page_width - 2 * MARGIN;
  Frame frame;
  GArray *placements;

  g_return_if_fail (DSC_IS_REPORT (self));
  g_return_if_fail (cr != NULL);

  if (self->pages->len == 0 || self->page_width != page_width || self->page_height != page_height)
    dsc_report_paginate (self, cr, page_width, page_height);
  if (page >= self->pages->len)
    return;

  cairo_save (cr);
  typesetter.context = make_context (cr);
  measure_frame (self, context, page_width, page_height, &frame);

  /* The running header and the footer. */
  draw_text (cr, context, &chrome_face, self->header_left, MARGIN, MARGIN, width * 0.5 - 6, PANGO_ALIGN_LEFT);
  draw_text (cr, context, &chrome_face, self->header_right, MARGIN + width * 0.5 + 6, MARGIN, width * 0.5 - 6,
             PANGO_ALIGN_RIGHT);
  draw_line (cr, MARGIN, MARGIN + frame.header_height - 7, MARGIN + width, MARGIN + frame.header_height - 7,
             0.5, 0.45);

  /* Translators: the page number at the foot of a printed page: "Page 1 of 2". */
  numbers = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  draw_line (cr, MARGIN, page_height - MARGIN - frame.footer_height + 5,
             MARGIN + width, page_height - MARGIN - frame.footer_height + 5, 0.5, 0.45);
  draw_text (cr, context, &chrome_face, self->footer, MARGIN, page_height - MARGIN - frame.footer_height + 10,
             width * 0.6 - 6, PANGO_ALIGN_LEFT);
  draw_text (cr, context, &chrome_face, numbers, MARGIN + width * 0.6 + 6,
             page_height - MARGIN - frame.footer_height + 10, width * 0.4 - 6, PANGO_ALIGN_RIGHT);

  cairo_translate (cr, MARGIN, frame.top);
  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (cr, context, &g_array_index (placements, Placement, i));

  g_object_unref (typesetter.context);
  cairo_restore (cr);
}

/* Export ----------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* One sentence that names the file and says why, in words. */
static void
set_file_error (GError     **error,
                const char  *path,
                GError      *cause)
{
  g_autofree char *name = g_filename_display_name (path);
  const char *reason = cause->message;

  if (cause->domain == G_IO_ERROR)
    switch (cause->code)
      {
      case G_IO_ERROR_NOT_FOUND:
        reason = _("its folder does not exist");
        break;
      case G_IO_ERROR_PERMISSION_DENIED:
      case G_IO_ERROR_READ_ONLY:
        reason = _("you may not write there");
        break;
      case G_IO_ERROR_NO_SPACE:
        reason = _("the disk is full");
        break;
      case G_IO_ERROR_IS_DIRECTORY:
        reason = _("that is a folder");
        break;
      default:
        break;
      }

  /* Translators: “%s” is a file; the second %s says why (“its folder does not exist”). */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s."), name, reason);
}

/**
 * dsc_report_export:
 * @self: a report
 * @path: a file ending in .pdf (every page), .png or .svg (one page)
 * @page: for PNG and SVG, the page, from 0
 * @error: return location for a #GError
 *
 * Writes the report on A4 pages without any dialog. The file appears whole
 * or not at all.
 *
 * Returns: %TRUE when the file is written
 */
gboolean
dsc_report_export (DscReport   *self,
                   const char  *path,
                   int          page,
                   GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *lower = NULL;
  Writer writer = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  gboolean png, svg, pdf;
  gboolean existed;
  guint n_pages;
  const double scale = 2.0;   /* PNG pixels per point: 144 dpi */

  g_return_val_if_fail (DSC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  png = g_str_has_suffix (lower, ".png");
  svg = g_str_has_suffix (lower, ".svg");
  pdf = g_str_has_suffix (lower, ".pdf");
  if (!png && !svg && !pdf)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot write “%s”: a report is written as .pdf, .png or .svg."), name);
      return FALSE;
    }

  if (self->pages->len > 0 && self->page_width == DSC_REPORT_A4_WIDTH && self->page_height == DSC_REPORT_A4_HEIGHT)
    n_pages = self->pages->len;
  else
    {
      /* Text is measured the same on any surface (see make_context ()). */
      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);
      n_pages = dsc_report_paginate (self, cr, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  if (!pdf && (page < 0 || (guint) page >= n_pages))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Cannot write “%s”: the report has %u page, there is no page %d.",
                                "Cannot write “%s”: the report has %u pages, there is no page %d.", n_pages),
                   name, n_pages, page + 1);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    {
      set_file_error (error, path, local_error);
      return FALSE;
    }
  writer.stream = G_OUTPUT_STREAM (stream);

  if (pdf)
    {
      g_autoptr(GDateTime) now = dsc_clock_now ();
      g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Discorsi " PACKAGE_VERSION);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cr = cairo_create (surface);
      for (guint i = 0; i < n_pages; i++)
        {
          dsc_report_draw_page (self, cr, i, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
          cairo_show_page (cr);
        }
    }
  else if (svg)
    {
      surface = cairo_svg_surface_create_for_stream (write_cb, &writer, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
      cr = cairo_create (surface);
      dsc_report_draw_page (self, cr, (guint) page, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                            (int) ceil (DSC_REPORT_A4_WIDTH * scale),
                                            (int) ceil (DSC_REPORT_A4_HEIGHT * scale));
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      dsc_report_draw_page (self, cr, (guint) page, DSC_REPORT_A4_WIDTH, DSC_REPORT_A4_HEIGHT);
      cairo_surface_flush (surface);
      status = cairo_surface_write_to_png_stream (surface, write_cb, &writer);
      if (status != CAIRO_STATUS_SUCCESS && writer.error == NULL)
        writer.error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error == NULL && status != CAIRO_STATUS_SUCCESS)
    writer.error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
  if (writer.error == NULL)
    g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &writer.error);
  else
    {
      /* Leaves whatever was there before. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
    }

  if (writer.error != NULL)
    {
      /* A file that was not there before is not left half written. */
      if (!existed)
        g_file_delete (file, NULL, NULL);
      set_file_error (error, path, writer.error);
      g_error_free (writer.error);
      return FALSE;
    }

  return TRUE;
}

/* Tests ------------------------------------------------------------------ */

gboolean
dsc_report_get_overflow (DscReport *self)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), TRUE);

  return self->overflow;
}

guint
dsc_report_count_pages (DscReport *self)
{
  g_return_val_if_fail (DSC_IS_REPORT (self), 0);

  return self->pages->len;
}

/* How many associations the heatmap shows on @page (0: it is not there). */
guint
dsc_report_get_heatmap_rows (DscReport *self,
                             guint      page)
{
  GArray *placements;
  guint rows = 0;

  g_return_val_if_fail (DSC_IS_REPORT (self), 0);

  if (page >= self->pages->len)
    return 0;

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      if (placement->block->kind == BLOCK_HEATMAP)
        rows += placement->n;
    }

  return rows;
}
