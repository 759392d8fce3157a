/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one date row of the application (DESIGN.md): an entry that accepts a date
 * typed the way the user's language writes it (or as 2026-11-26), with a calendar
 * in a popover. The value is a civil date, YYYY-MM-DD, or none. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-date-row.h"
#include "dsc-error.h"
#include "dsc-gui-util.h"
#include "dsc-validate.h"

struct _DscDateRow
{
  AdwEntryRow  parent_instance;

  GtkWidget   *calendar_button;
  GtkWidget   *calendar;
  char        *date;          /* YYYY-MM-DD or NULL */
  gboolean     setting_text;
};

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DscDateRow, dsc_date_row, ADW_TYPE_ENTRY_ROW)

static void
set_date_internal (DscDateRow *self,
                   const char *iso_date)
{
  if (g_strcmp0 (self->date, iso_date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
on_day_selected_cb (GtkCalendar *calendar,
                    DscDateRow  *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  dsc_date_row_set_date (self, iso);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->calendar_button));
}

static void
on_popover_show_cb (GtkPopover *popover,
                    DscDateRow *self)
{
  GDate date;

  /* The calendar opens on the row's date, or on today. */
  if (self->date != NULL && dsc_date_parse (self->date, &date))
    {
      g_autoptr(GDateTime) shown = g_date_time_new_local (g_date_get_year (&date),
                                                          g_date_get_month (&date),
                                                          g_date_get_day (&date), 12, 0, 0);
      g_signal_handlers_block_by_func (self->calendar, on_day_selected_cb, self);
      gtk_calendar_select_day (GTK_CALENDAR (self->calendar), shown);
      g_signal_handlers_unblock_by_func (self->calendar, on_day_selected_cb, self);
    }
}

static void
on_text_changed_cb (GtkEditable *editable,
                    DscDateRow  *self)
{
  g_autofree char *iso = NULL;

  if (self->setting_text)
    return;

  if (dsc_date_row_parse (self, &iso, NULL))
    set_date_internal (self, iso);
}

static void
dsc_date_row_finalize (GObject *object)
{
  DscDateRow *self = DSC_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (dsc_date_row_parent_class)->finalize (object);
}

static void
dsc_date_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DscDateRow *self = DSC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsc_date_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DscDateRow *self = DSC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      dsc_date_row_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsc_date_row_class_init (DscDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dsc_date_row_finalize;
  object_class->get_property = dsc_date_row_get_property;
  object_class->set_property = dsc_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dsc_date_row_init (DscDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show_cb), self);

  self->calendar_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->calendar_button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->calendar_button), popover);
  gtk_widget_set_valign (self->calendar_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->calendar_button, "flat");
  gtk_widget_set_tooltip_text (self->calendar_button, _("Pick a date from the calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a date from the calendar"),
                                  -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->calendar_button);

  /* How to type a date in this language, before any mistake is made. */
  {
    g_autofree char *example = dsc_format_date ("2026-11-26");
    g_autofree char *hint = g_strdup_printf (_("Type a date such as %s, or pick it from the calendar"),
                                             example);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self), hint);
  }

  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed_cb), self);
}

GtkWidget *
dsc_date_row_new (void)
{
  return g_object_new (DSC_TYPE_DATE_ROW, NULL);
}

const char *
dsc_date_row_get_date (DscDateRow *self)
{
  g_return_val_if_fail (DSC_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * dsc_date_row_set_date:
 * @self: a date row
 * @iso_date: (nullable): a date as YYYY-MM-DD, or %NULL for none
 *
 * Shows @iso_date the way the user's language writes dates.
 */
void
dsc_date_row_set_date (DscDateRow *self,
                       const char *iso_date)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (DSC_IS_DATE_ROW (self));

  if (iso_date != NULL && *iso_date == '\0')
    iso_date = NULL;

  shown = dsc_format_date (iso_date);
  /* Setting the text emits "changed" for listeners (a form saves on it); this
   * row's own handler must not read the formatted text back. */
  self->setting_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), shown);
  self->setting_text = FALSE;

  set_date_internal (self, iso_date);
}

/**
 * dsc_date_row_parse:
 * @self: a date row
 * @iso_date: (out) (optional) (nullable): the date typed, as YYYY-MM-DD; %NULL when empty
 * @error: return location for a #GError
 *
 * Reads what is typed: a date as the user's language writes it, or YYYY-MM-DD.
 *
 * Returns: %TRUE when the row is empty or holds a real date
 */
gboolean
dsc_date_row_parse (DscDateRow  *self,
                    char       **iso_date,
                    GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  GDate date;

  if (iso_date != NULL)
    *iso_date = NULL;

  if (*text == '\0')
    return TRUE;

  if (!dsc_date_parse (text, &date))
    {
      g_date_clear (&date, 1);
      g_date_set_parse (&date, text);
    }

  if (!g_date_valid (&date) || g_date_get_year (&date) < 1900 || g_date_get_year (&date) > 2200)
    {
      g_autofree char *example = dsc_format_date ("2026-11-26");

      g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID,
                   _("Write the date as %s, or pick it from the calendar."), example);
      return FALSE;
    }

  if (iso_date != NULL)
    *iso_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                 g_date_get_month (&date), g_date_get_day (&date));
  return TRUE;
}
