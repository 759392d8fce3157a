/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "dsc-report.h"

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
