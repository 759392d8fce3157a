/* SPDX-License-Identifier: GPL-3.0-or-later */
/* (Being written.) */

#include "config.h"

#include <glib.h>

static void
test_pending (void)
{
  g_test_skip ("being written");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pending", test_pending);
  return g_test_run ();
}
