/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The association list as a GListModel. A search replaces the rows in one go; the
 * GObject items a list view asks for are made only for the rows it shows, so that
 * ten thousand associations cost one query and a small array, not ten thousand
 * objects. An edited association's row is updated in place, without re-sorting,
 * so that a row does not jump away while its name is being typed. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-association-list.h"

struct _DscAssociationItem
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *name;
  char    *subtitle;
};

enum {
  ITEM_PROP_0,
  ITEM_PROP_NAME,
  ITEM_PROP_SUBTITLE,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

G_DEFINE_FINAL_TYPE (DscAssociationItem, dsc_association_item, G_TYPE_OBJECT)

static char *
subtitle_of (const DscAssociationSummary *summary)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *province = dsc_enum_code (&dsc_enum_province, summary->province);

  if (summary->acronym != NULL)
    g_ptr_array_add (parts, g_strdup (summary->acronym));

  if (summary->municipality != NULL && province != NULL && summary->province != DSC_PROVINCE_OUTSIDE)
    {
      g_autofree char *code = g_ascii_strup (province, -1);
      g_ptr_array_add (parts, g_strdup_printf ("%s (%s)", summary->municipality, code));
    }
  else if (summary->municipality != NULL)
    g_ptr_array_add (parts, g_strdup (summary->municipality));
  else if (summary->province >= 0)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_province, summary->province)));

  if (summary->status != DSC_STATUS_ACTIVE && summary->status >= 0)
    g_ptr_array_add (parts, g_strdup (dsc_enum_label (&dsc_enum_status, summary->status)));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
item_set_summary (DscAssociationItem          *self,
                  const DscAssociationSummary *summary)
{
  g_autofree char *subtitle = subtitle_of (summary);

  self->id = summary->id;
  if (g_strcmp0 (self->uuid, summary->uuid) != 0)
    {
      g_free (self->uuid);
      self->uuid = g_strdup (summary->uuid);
    }
  if (g_strcmp0 (self->name, summary->name) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (summary->name);
      g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_NAME]);
    }
  if (g_strcmp0 (self->subtitle, subtitle) != 0)
    {
      g_free (self->subtitle);
      self->subtitle = g_steal_pointer (&subtitle);
      g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_SUBTITLE]);
    }
}

static void
dsc_association_item_finalize (GObject *object)
{
  DscAssociationItem *self = DSC_ASSOCIATION_ITEM (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->subtitle);

  G_OBJECT_CLASS (dsc_association_item_parent_class)->finalize (object);
}

static void
dsc_association_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DscAssociationItem *self = DSC_ASSOCIATION_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case ITEM_PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dsc_association_item_class_init (DscAssociationItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dsc_association_item_finalize;
  object_class->get_property = dsc_association_item_get_property;

  item_properties[ITEM_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
dsc_association_item_init (DscAssociationItem *self)
{
}

gint64
dsc_association_item_get_id (DscAssociationItem *self)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_ITEM (self), 0);
  return self->id;
}

const char *
dsc_association_item_get_uuid (DscAssociationItem *self)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_ITEM (self), NULL);
  return self->uuid;
}

const char *
dsc_association_item_get_name (DscAssociationItem *self)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_ITEM (self), NULL);
  return self->name;
}

const char *
dsc_association_item_get_subtitle (DscAssociationItem *self)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_ITEM (self), NULL);
  return self->subtitle;
}

/* The list ---------------------------------------------------------------- */

struct _DscAssociationList
{
  GObject    parent_instance;

  GPtrArray *rows;    /* DscAssociationSummary */
  GPtrArray *items;   /* DscAssociationItem or NULL, made on demand */
};

static void dsc_association_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DscAssociationList, dsc_association_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dsc_association_list_model_init))

static GType
dsc_association_list_get_item_type (GListModel *model)
{
  return DSC_TYPE_ASSOCIATION_ITEM;
}

static guint
dsc_association_list_get_n_items (GListModel *model)
{
  return DSC_ASSOCIATION_LIST (model)->rows->len;
}

static gpointer
dsc_association_list_get_item (GListModel *model,
                               guint       position)
{
  DscAssociationList *self = DSC_ASSOCIATION_LIST (model);
  DscAssociationItem *item;

  if (position >= self->rows->len)
    return NULL;

  item = g_ptr_array_index (self->items, position);
  if (item == NULL)
    {
      item = g_object_new (DSC_TYPE_ASSOCIATION_ITEM, NULL);
      item_set_summary (item, g_ptr_array_index (self->rows, position));
      g_ptr_array_index (self->items, position) = item;
    }

  return g_object_ref (item);
}

static void
dsc_association_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dsc_association_list_get_item_type;
  iface->get_n_items = dsc_association_list_get_n_items;
  iface->get_item = dsc_association_list_get_item;
}

static void
clear_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
dsc_association_list_finalize (GObject *object)
{
  DscAssociationList *self = DSC_ASSOCIATION_LIST (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (dsc_association_list_parent_class)->finalize (object);
}

static void
dsc_association_list_class_init (DscAssociationListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dsc_association_list_finalize;
}

static void
dsc_association_list_init (DscAssociationList *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_association_summary_free);
  self->items = g_ptr_array_new_with_free_func (clear_item);
}

DscAssociationList *
dsc_association_list_new (void)
{
  return g_object_new (DSC_TYPE_ASSOCIATION_LIST, NULL);
}

static void
replace_rows (DscAssociationList *self,
              GPtrArray          *rows)
{
  guint removed = self->rows->len;

  g_ptr_array_unref (self->rows);
  self->rows = rows;
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->items, rows->len);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, rows->len);
}

/**
 * dsc_association_list_search:
 * @self: the list
 * @store: where to search
 * @filter: what to show
 * @error: return location for a #GError
 *
 * Replaces the rows with those that match; on error the rows stay as they were.
 *
 * Returns: %TRUE on success
 */
gboolean
dsc_association_list_search (DscAssociationList          *self,
                             DscStore                    *store,
                             const DscAssociationFilter  *filter,
                             GError                     **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (DSC_IS_ASSOCIATION_LIST (self), FALSE);

  rows = dsc_store_search_associations (store, filter, error);
  if (rows == NULL)
    return FALSE;

  replace_rows (self, rows);
  return TRUE;
}

void
dsc_association_list_clear (DscAssociationList *self)
{
  g_return_if_fail (DSC_IS_ASSOCIATION_LIST (self));

  replace_rows (self, g_ptr_array_new_with_free_func ((GDestroyNotify) dsc_association_summary_free));
}

/**
 * dsc_association_list_find:
 * @self: the list
 * @id: an association's row id
 *
 * Returns: its position, or %GTK_INVALID_LIST_POSITION (G_MAXUINT)
 */
guint
dsc_association_list_find (DscAssociationList *self,
                           gint64              id)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    if (((DscAssociationSummary *) g_ptr_array_index (self->rows, i))->id == id)
      return i;

  return G_MAXUINT;
}

guint
dsc_association_list_find_uuid (DscAssociationList *self,
                                const char         *uuid)
{
  g_return_val_if_fail (DSC_IS_ASSOCIATION_LIST (self), G_MAXUINT);

  for (guint i = 0; uuid != NULL && i < self->rows->len; i++)
    if (g_strcmp0 (((DscAssociationSummary *) g_ptr_array_index (self->rows, i))->uuid, uuid) == 0)
      return i;

  return G_MAXUINT;
}

/**
 * dsc_association_list_update_row:
 * @self: the list
 * @summary: what the row of that association shows now
 *
 * Updates the row in place; its item notifies its name and subtitle.
 */
void
dsc_association_list_update_row (DscAssociationList          *self,
                                 const DscAssociationSummary *summary)
{
  guint position = dsc_association_list_find (self, summary->id);
  DscAssociationItem *item;

  if (position == G_MAXUINT)
    return;

  dsc_association_summary_free (g_ptr_array_index (self->rows, position));
  g_ptr_array_index (self->rows, position) = dsc_association_summary_copy (summary);
  item = g_ptr_array_index (self->items, position);
  if (item != NULL)
    item_set_summary (item, summary);
}

void
dsc_association_list_remove (DscAssociationList *self,
                             gint64              id)
{
  guint position = dsc_association_list_find (self, id);

  if (position == G_MAXUINT)
    return;

  g_ptr_array_remove_index (self->rows, position);
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}
