/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small things every screen needs the same way. */

#include "config.h"

#include "dsc-gui-util.h"
#include "dsc-validate.h"

/* libadwaita 1.2 reads the titles and subtitles of rows, group descriptions,
 * status pages and toasts as Pango markup: text that people typed ("Donne &
 * Lavoro", "<2 anni") or file names must be escaped before it goes there. */

/**
 * dsc_markup:
 * @text: (nullable): plain text
 *
 * Returns: (transfer full): @text escaped for a place that reads markup
 */
char *
dsc_markup (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/**
 * dsc_row_set_title:
 * @row: an #AdwPreferencesRow
 * @text: (nullable): plain text
 */
void
dsc_row_set_title (gpointer    row,
                   const char *text)
{
  g_autofree char *escaped = dsc_markup (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
}

/**
 * dsc_row_set_subtitle:
 * @row: an #AdwActionRow or #AdwExpanderRow
 * @text: (nullable): plain text
 */
void
dsc_row_set_subtitle (gpointer    row,
                      const char *text)
{
  g_autofree char *escaped = dsc_markup (text);

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
}

/**
 * dsc_toast_new:
 * @text: plain text
 *
 * Returns: (transfer full): a toast showing @text as written
 */
AdwToast *
dsc_toast_new (const char *text)
{
  g_autofree char *escaped = dsc_markup (text);

  return adw_toast_new (escaped);
}

/**
 * dsc_show_toast:
 * @widget: any widget inside a window with a toast overlay
 * @message: what to say
 *
 * Shows @message in the nearest toast overlay, until dismissed (an error or a
 * refusal must not vanish before it is read).
 */
void
dsc_show_toast (GtkWidget  *widget,
                const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }

  toast = dsc_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * dsc_clear_group:
 * @group: a preferences group
 * @rows: (element-type GtkWidget): rows that were added to it
 *
 * Removes @rows from @group, and empties @rows, before the group is filled again.
 */
void
dsc_clear_group (AdwPreferencesGroup *group,
                 GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* Progress of a worker -------------------------------------------------------- */

struct _DscWorkProgress
{
  int permille;         /* 0–1000, or -1 while the total is unknown; atomic */
};

/**
 * dsc_work_progress_new:
 *
 * Returns: (transfer full): a progress at 0, to share with a worker thread
 */
DscWorkProgress *
dsc_work_progress_new (void)
{
  return g_atomic_rc_box_new0 (DscWorkProgress);
}

/**
 * dsc_work_progress_ref:
 * @progress: a progress
 *
 * Returns: (transfer full): @progress
 */
DscWorkProgress *
dsc_work_progress_ref (DscWorkProgress *progress)
{
  return g_atomic_rc_box_acquire (progress);
}

/**
 * dsc_work_progress_unref:
 * @progress: (nullable): a progress
 */
void
dsc_work_progress_unref (DscWorkProgress *progress)
{
  if (progress != NULL)
    g_atomic_rc_box_release (progress);
}

/**
 * dsc_work_progress_reset:
 * @progress: a progress
 *
 * Back to 0, for the next job.
 */
void
dsc_work_progress_reset (DscWorkProgress *progress)
{
  g_atomic_int_set (&progress->permille, 0);
}

/**
 * dsc_work_progress_report:
 * @done: how much is done
 * @total: how much there is in all, 0 when unknown
 * @progress: (type DscWorkProgress): a progress
 *
 * Called from any thread; has the shape of #DscExchangeProgress.
 */
void
dsc_work_progress_report (guint64  done,
                     guint64  total,
                     gpointer progress)
{
  DscWorkProgress *self = progress;

  g_atomic_int_set (&self->permille, total == 0 ? -1 : (int) (MIN (done, total) * 1000 / total));
}

/**
 * dsc_work_progress_get_fraction:
 * @progress: a progress
 *
 * Returns: the share done, from 0 to 1, or -1 when the total is unknown (a
 *   progress bar then pulses)
 */
double
dsc_work_progress_get_fraction (DscWorkProgress *progress)
{
  int permille = g_atomic_int_get (&progress->permille);

  return permille < 0 ? -1 : permille / 1000.0;
}

/**
 * dsc_work_progress_show:
 * @progress: a progress
 * @bar: the bar that shows it
 *
 * Moves @bar to where the worker is, or pulses it while the total is unknown.
 */
void
dsc_work_progress_show (DscWorkProgress *progress,
                        GtkProgressBar  *bar)
{
  double fraction = dsc_work_progress_get_fraction (progress);

  /* A pulsing bar has no share to show as text. */
  if (fraction < 0)
    {
      gtk_progress_bar_set_text (bar, "");
      gtk_progress_bar_pulse (bar);
    }
  else
    {
      gtk_progress_bar_set_text (bar, NULL);
      gtk_progress_bar_set_fraction (bar, fraction);
    }
}
