/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small things every screen needs the same way. */

#include "config.h"

#include "dsc-gui-util.h"
#include "dsc-validate.h"

/**
 * dsc_format_date:
 * @iso_date: (nullable): a civil date, YYYY-MM-DD
 *
 * Returns: (transfer full): the date as the user's language writes it
 *   (26/11/2026, 11/26/2026…), or "" when there is none
 */
char *
dsc_format_date (const char *iso_date)
{
  GDate date;
  char text[64];

  if (!dsc_date_parse (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");

  if (g_date_strftime (text, sizeof text, "%x", &date) == 0)
    return g_strdup (iso_date);

  return g_strdup (text);
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

  toast = adw_toast_new (message);
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
