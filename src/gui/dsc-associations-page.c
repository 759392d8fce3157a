/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Associations page: a searchable, filterable list beside the selected
 * association (AdwLeaflet: one at a time in a narrow window), or a friendly empty
 * state when there is nothing yet. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-gui-util.h"

#include "dsc-association-detail.h"
#include "dsc-association-list.h"
#include "dsc-associations-page.h"

struct _DscAssociationsPage
{
  GtkWidget             parent_instance;

  GtkStack             *page_stack;
  AdwLeaflet           *leaflet;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *filter_button;
  GtkDropDown          *province_filter;
  GtkDropDown          *area_filter;
  GtkDropDown          *status_filter;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkLabel             *count_label;
  GtkStack             *detail_stack;
  DscAssociationDetail *detail;

  DscStore             *store;
  gulong                changed_handler;
  DscAssociationList   *list;
  GtkSingleSelection   *selection;
  gboolean              refreshing;
};

G_DEFINE_FINAL_TYPE (DscAssociationsPage, dsc_associations_page, GTK_TYPE_WIDGET)

static void
report_error (DscAssociationsPage *self,
              const GError        *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), dsc_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static int
dropdown_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first item is "All …": no filter. */
  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

static void
fill_dropdown (GtkDropDown   *dropdown,
               const char    *all_label,
               const DscEnum *enumeration)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, all_label);
  for (int i = 0; i < enumeration->n_values; i++)
    gtk_string_list_append (labels, dsc_enum_label (enumeration, i));

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

static gboolean
filters_active (DscAssociationsPage *self)
{
  return dropdown_value (self->province_filter) >= 0 || dropdown_value (self->area_filter) >= 0
         || dropdown_value (self->status_filter) >= 0;
}

static void
show_selected (DscAssociationsPage *self)
{
  DscAssociationItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    {
      dsc_association_detail_flush (self->detail);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  if (dsc_association_detail_get_id (self->detail) == dsc_association_item_get_id (item))
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "detail");
      return;
    }

  if (!dsc_association_detail_show (self->detail, dsc_association_item_get_id (item), &error))
    {
      report_error (self, error);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
on_selection_changed_cb (GtkSingleSelection  *selection,
                         GParamSpec          *pspec,
                         DscAssociationsPage *self)
{
  if (self->refreshing)
    return;

  show_selected (self);
}

static void
update_count (DscAssociationsPage *self,
              guint                shown)
{
  g_autofree char *text = NULL;
  gboolean narrowed = filters_active (self)
                      || *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';

  if (narrowed)
    {
      guint total = (guint) MAX (dsc_store_count (self->store, &dsc_kind_association, NULL), 0);

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u association shown",
                                           "%u of %u associations shown", total),
                              shown, total);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u association", "%u associations", shown),
                            shown);

  gtk_label_set_text (self->count_label, text);
}

/**
 * dsc_associations_page_refresh:
 * @self: the page
 *
 * Searches again with the words and filters shown, keeping the selection when
 * the selected association is still among the rows.
 */
void
dsc_associations_page_refresh (DscAssociationsPage *self)
{
  DscAssociationFilter filter = DSC_ASSOCIATION_FILTER_INIT;
  g_autoptr(GError) error = NULL;
  gint64 selected_id = dsc_associations_page_get_selected_id (self);
  gboolean narrowed;
  guint shown, position;

  g_return_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self));

  if (self->store == NULL)
    {
      dsc_association_list_clear (self->list);
      return;
    }

  filter.text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter.province = dropdown_value (self->province_filter);
  filter.area = dropdown_value (self->area_filter);
  filter.status = dropdown_value (self->status_filter);
  narrowed = filters_active (self) || *filter.text != '\0';

  self->refreshing = TRUE;
  if (!dsc_association_list_search (self->list, self->store, &filter, &error))
    report_error (self, error);
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  position = selected_id > 0 ? dsc_association_list_find (self->list, selected_id) : G_MAXUINT;
  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  self->refreshing = FALSE;
  show_selected (self);

  gtk_stack_set_visible_child_name (self->page_stack, shown == 0 && !narrowed ? "empty" : "browse");
  gtk_stack_set_visible_child_name (self->list_stack, shown == 0 ? "no-results" : "list");
  update_count (self, shown);
}

static void
on_search_changed_cb (GtkSearchEntry      *entry,
                      DscAssociationsPage *self)
{
  if (self->refreshing)
    return;

  dsc_associations_page_refresh (self);
}

static void
on_stop_search_cb (GtkSearchEntry      *entry,
                   DscAssociationsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_filter_changed_cb (GtkDropDown         *dropdown,
                      GParamSpec          *pspec,
                      DscAssociationsPage *self)
{
  if (filters_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");

  if (!self->refreshing)
    dsc_associations_page_refresh (self);
}

static void
clear_search_and_filters (DscAssociationsPage *self)
{
  self->refreshing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->province_filter, 0);
  gtk_drop_down_set_selected (self->area_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  self->refreshing = FALSE;
}

static void
on_clear_filters_clicked_cb (GtkButton           *button,
                             DscAssociationsPage *self)
{
  clear_search_and_filters (self);
  dsc_associations_page_refresh (self);
}

static void
on_list_activate_cb (GtkListView         *list_view,
                     guint                position,
                     DscAssociationsPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_leaflet_folded_cb (AdwLeaflet          *leaflet,
                      GParamSpec          *pspec,
                      DscAssociationsPage *self)
{
  gboolean folded = adw_leaflet_get_folded (leaflet);

  /* One tap opens an association when the list and the detail share the width. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
  dsc_association_detail_set_show_back_button (self->detail, folded);
}

static void
on_detail_go_back_cb (DscAssociationDetail *detail,
                      DscAssociationsPage  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_store_changed_cb (DscStore            *store,
                     const char          *kind,
                     gint64               id,
                     DscAssociationsPage *self)
{
  g_autoptr(DscAssociationSummary) summary = NULL;

  if (!g_str_equal (kind, "association") || id <= 0)
    return;

  /* An edited association: its row changes in place. */
  summary = dsc_store_load_association_summary (store, id, NULL);
  if (summary != NULL)
    dsc_association_list_update_row (self->list, summary);
}

static void
dsc_associations_page_dispose (GObject *object)
{
  DscAssociationsPage *self = DSC_ASSOCIATIONS_PAGE (object);
  GtkWidget *child;

  if (self->store != NULL)
    {
      dsc_association_detail_flush (self->detail);
      g_clear_signal_handler (&self->changed_handler, self->store);
      g_clear_object (&self->store);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSOCIATIONS_PAGE);
  /* Children of the template that have no id are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (dsc_associations_page_parent_class)->dispose (object);
}

static void
dsc_associations_page_class_init (DscAssociationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_associations_page_dispose;

  g_type_ensure (DSC_TYPE_ASSOCIATION_DETAIL);
  g_type_ensure (DSC_TYPE_ASSOCIATION_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-associations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, province_filter);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, area_filter);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, DscAssociationsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_go_back_cb);
}

static void
dsc_associations_page_init (DscAssociationsPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->list = dsc_association_list_new ();
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);

  self->refreshing = TRUE;
  fill_dropdown (self->province_filter, _("All provinces"), &dsc_enum_province);
  fill_dropdown (self->area_filter, _("All areas of activity"), &dsc_enum_area);
  fill_dropdown (self->status_filter, _("Any status"), &dsc_enum_status);
  self->refreshing = FALSE;

  /* Delete acts on the selected row of the list, never inside a text field. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                            gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("win.delete-association")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  on_leaflet_folded_cb (self->leaflet, NULL, self);
}

/**
 * dsc_associations_page_set_store:
 * @self: the page
 * @store: (nullable): the store to show
 * @select_uuid: (nullable): the association to select at first
 */
void
dsc_associations_page_set_store (DscAssociationsPage *self,
                                 DscStore            *store,
                                 const char          *select_uuid)
{
  guint position;

  g_return_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self));

  if (self->store != NULL)
    {
      dsc_association_detail_flush (self->detail);
      g_clear_signal_handler (&self->changed_handler, self->store);
    }

  self->refreshing = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->refreshing = FALSE;
  dsc_association_detail_clear (self->detail);

  g_set_object (&self->store, store);
  dsc_association_detail_set_store (self->detail, store);
  if (store != NULL)
    self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  clear_search_and_filters (self);
  dsc_associations_page_refresh (self);

  position = dsc_association_list_find_uuid (self->list, select_uuid);
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
}

/**
 * dsc_associations_page_add_new:
 * @self: the page
 * @error: return location for a #GError
 *
 * Adds an association named "New association", shows it and puts the cursor
 * in its name.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_associations_page_add_new (DscAssociationsPage  *self,
                               GError              **error)
{
  g_autoptr(DscAssociation) association = dsc_association_new ();

  g_return_val_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  dsc_association_detail_flush (self->detail);
  association->name = g_strdup (_("New association"));
  if (!dsc_store_insert (self->store, association, error))
    return FALSE;

  clear_search_and_filters (self);
  dsc_associations_page_refresh (self);
  dsc_associations_page_select (self, association->base.id);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  dsc_association_detail_focus_name (self->detail);
  return TRUE;
}

gint64
dsc_associations_page_get_selected_id (DscAssociationsPage *self)
{
  DscAssociationItem *item;

  g_return_val_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self), 0);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? dsc_association_item_get_id (item) : 0;
}

char *
dsc_associations_page_get_selected_uuid (DscAssociationsPage *self)
{
  DscAssociationItem *item;

  g_return_val_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? g_strdup (dsc_association_item_get_uuid (item)) : NULL;
}

/**
 * dsc_associations_page_select:
 * @self: the page
 * @id: an association's row id
 *
 * Returns: %TRUE when it is in the list and now selected
 */
gboolean
dsc_associations_page_select (DscAssociationsPage *self,
                              gint64               id)
{
  guint position;

  g_return_val_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self), FALSE);

  position = dsc_association_list_find (self->list, id);
  if (position == G_MAXUINT)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

void
dsc_associations_page_focus_search (DscAssociationsPage *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
dsc_associations_page_flush (DscAssociationsPage *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self));

  dsc_association_detail_flush (self->detail);
}

guint
dsc_associations_page_get_n_shown (DscAssociationsPage *self)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATIONS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->list));
}
