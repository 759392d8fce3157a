/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the tests: temporary folders, file snapshots, a clock. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "dsc-store.h"

G_BEGIN_DECLS

/* A fresh temporary folder, removed with everything in it at the end of the test. */
static inline char *
dsc_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("discorsi-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
dsc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          dsc_test_remove_tree (child);
        else
          g_unlink (child);
      }

  g_rmdir (path);
}

static inline GBytes *
dsc_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static inline DscStore *
dsc_test_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  DscStore *store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static inline DscAssociation *
dsc_test_add_association (DscStore   *store,
                          const char *name,
                          int         province)
{
  g_autoptr(GError) error = NULL;
  DscAssociation *association = dsc_association_new ();

  association->name = g_strdup (name);
  association->province = province;
  dsc_store_insert (store, association, &error);
  g_assert_no_error (error);
  return association;
}

G_END_DECLS
