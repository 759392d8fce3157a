/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "dsc-charts.h"
#include "dsc-programme.h"
#include "dsc-report.h"

G_BEGIN_DECLS

/* A report is a list of blocks (text, label/value fields, tables, charts,
 * key figures) that dsc-report.c lays out on pages of any size. The passport
 * (dsc-passport.c) and the programme report (dsc-programme-report.c) only
 * make blocks, from what they read from the store when they are made. */

typedef enum
{
  DSC_REPORT_TEXT_TITLE,      /* the document's name: an association, "Programme report" */
  DSC_REPORT_TEXT_SUBTITLE,   /* the line under it */
  DSC_REPORT_TEXT_HEADING,    /* a section; kept with what follows */
  DSC_REPORT_TEXT_BODY,
  DSC_REPORT_TEXT_NOTE,       /* small grey print: legends, definitions */
} DscReportTextStyle;

typedef struct _DscReportBlock DscReportBlock;

struct _DscReport
{
  GObject     parent_instance;

  char       *title;          /* the document (PDF metadata, window titles) */
  char       *header_left;    /* the running header of every page */
  char       *header_right;
  char       *footer;         /* "Printed on 26/11/2026" */
  guint       max_pages;      /* 0: as many as it takes */
  GPtrArray  *blocks;         /* DscReportBlock */

  /* Set by dsc_report_paginate () */
  double      page_width;
  double      page_height;
  GPtrArray  *pages;          /* GArray of placements, one per page */
  GHashTable *layouts;        /* the text of those pages, measured */
  gboolean    overflow;
};

#define DSC_REPORT_FONT_FAMILY "DejaVu Sans, Sans"

/* Blocks, appended in reading order. Markup is Pango markup: text that
 * people typed goes through g_markup_escape_text () first. */
DscReportBlock *dsc_report_add_text      (DscReport          *self,
                                          DscReportTextStyle  style,
                                          const char         *markup);
void            dsc_report_add_rule      (DscReport          *self);
DscReportBlock *dsc_report_add_fields    (DscReport          *self);
void            dsc_report_fields_add    (DscReportBlock     *fields,
                                          const char         *label,
                                          const char         *markup);
DscReportBlock *dsc_report_add_table     (DscReport          *self,
                                          guint               n_columns,
                                          const double       *weights,
                                          const char * const *header);
void            dsc_report_table_set_numeric (DscReportBlock *table,
                                              guint           column);
void            dsc_report_table_add_row (DscReportBlock     *table,
                                          const char * const *markup);
void            dsc_report_table_set_cut (DscReportBlock     *table,
                                          guint               preferred_rows);
DscReportBlock *dsc_report_add_chart     (DscReport          *self,
                                          DscChart           *chart,
                                          double              aspect,
                                          double              max_page_share);
DscReportBlock *dsc_report_add_heatmap   (DscReport          *self,
                                          DscLevelsTable     *table,
                                          const char         *heading,
                                          guint               rows_per_page);
DscReportBlock *dsc_report_add_figures   (DscReport          *self);
void            dsc_report_figures_add   (DscReportBlock     *figures,
                                          const char         *value,
                                          const char         *label_markup);
void            dsc_report_pair_last_two (DscReport          *self,
                                          double              left_share,
                                          double              min_width);
void            dsc_report_block_set_space (DscReportBlock   *block,
                                            double            space_before);
void            dsc_report_block_keep_with_next (DscReportBlock *block);
void            dsc_report_table_keep_together (DscReportBlock  *table);

char           *dsc_report_markup_escape (const char         *text);

DscReport      *dsc_report_new_empty     (const char         *title);

/* For tests: whether the last pagination put anything outside its page (a
 * block taller than a page, text wider than its box, more pages than the
 * document may have). */
gboolean        dsc_report_get_overflow  (DscReport          *self);
guint           dsc_report_count_pages   (DscReport          *self);
guint           dsc_report_get_heatmap_rows (DscReport       *self,
                                             guint            page);

G_END_DECLS
