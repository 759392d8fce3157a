/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A known verb goes to the command line, which needs no display; anything else
 * starts the application (DESIGN.md). */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "dsc-application.h"
#include "dsc-cli.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(DscApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (dsc_cli_handles (argc, argv))
    return dsc_cli_run (argc, argv);

  app = dsc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
