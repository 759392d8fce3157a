/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sample data: everything comes from the seed and the clock, so the same seed
 * and the same DISCORSI_NOW give the same database, uuids and timestamps
 * included. Later kinds of records are appended after the earlier ones, so that
 * what the demo makes for associations never changes. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-clock.h"
#include "dsc-demo.h"

static char *
seeded_uuid (GRand *rand)
{
  guint8 bytes[16];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);

  bytes[6] = (bytes[6] & 0x0f) | 0x40;  /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  /* RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                          bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                          bytes[12], bytes[13], bytes[14], bytes[15]);
}

static char *
seeded_timestamp (GRand     *rand,
                  GDateTime *now,
                  int        max_days_ago)
{
  g_autoptr(GDateTime) then =
    g_date_time_add_seconds (now, -(double) g_rand_int_range (rand, 0, max_days_ago * 86400));

  return dsc_clock_format_timestamp (then);
}

gboolean
dsc_demo_generate (DscStore  *store,
                   guint      n_associations,
                   guint32    seed,
                   GError   **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GDateTime) now = dsc_clock_now ();
  GError *local_error = NULL;

  g_return_val_if_fail (DSC_IS_STORE (store), FALSE);

  if (!dsc_store_is_empty (store, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_NOT_EMPTY,
                     _("“%s” already holds records; sample data only goes into an empty database."),
                     dsc_store_get_path (store));
      return FALSE;
    }

  if (!dsc_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < n_associations; i++)
    {
      g_autoptr(DscAssociation) association = dsc_association_new ();

      association->base.uuid = seeded_uuid (rand);
      association->base.created_at = seeded_timestamp (rand, now, 700);
      association->base.updated_at = g_strdup (association->base.created_at);
      association->name = g_strdup_printf ("Associazione %u", i + 1);
      association->province = g_rand_int_range (rand, 0, dsc_enum_province.n_values);

      if (!dsc_store_insert (store, association, error))
        goto failed;
    }

  return dsc_store_commit (store, error);

failed:
  dsc_store_rollback (store);
  return FALSE;
}
