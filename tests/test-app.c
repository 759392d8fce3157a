/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A second launch never ignores the user (DESIGN.md): with the database already
 * open it brings that window forward; with another --database it opens that
 * database in a new window. This process is the first instance; the real
 * program, started twice, is the second launch. Needs Xvfb and a session bus
 * (build-aux/dev test provides both). */

#include "config.h"

#include <adwaita.h>

#include "dsc-application.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

typedef struct
{
  GApplication *app;
  char         *dir;
  char         *first;
  char         *second;
  int           step;
  gboolean      waiting;
  guint         windows_after_same;
  guint         windows_after_other;
  char         *second_window_path;
} Launches;

static guint
count_windows (GApplication *app)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
on_launch_exited_cb (GPid     pid,
                     int      status,
                     gpointer user_data)
{
  Launches *launches = user_data;

  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_spawn_close_pid (pid);
  launches->waiting = FALSE;
}

static void
launch (Launches   *launches,
        const char *database)
{
  g_autofree char *option = g_strdup_printf ("--database=%s", database);
  const char *argv[] = { g_getenv ("DISCORSI_EXE"), option, NULL };
  g_auto(GStrv) env = g_environ_unsetenv (g_get_environ (), "DISCORSI_NON_UNIQUE");
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  launches->waiting = TRUE;
  g_child_watch_add (pid, on_launch_exited_cb, launches);
}

static gboolean
next_step_cb (gpointer user_data)
{
  Launches *launches = user_data;

  if (launches->waiting)
    return G_SOURCE_CONTINUE;

  switch (launches->step++)
    {
    case 0:
      g_assert_cmpuint (count_windows (launches->app), ==, 1);
      launch (launches, launches->first);
      return G_SOURCE_CONTINUE;

    case 1:
      launches->windows_after_same = count_windows (launches->app);
      launch (launches, launches->second);
      return G_SOURCE_CONTINUE;

    case 2:
      /* The command line is handled before the second launch exits; let the
       * new window appear. */
      return G_SOURCE_CONTINUE;

    default:
      launches->windows_after_other = count_windows (launches->app);
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (launches->app)); l != NULL; l = l->next)
        if (DSC_IS_WINDOW (l->data)
            && g_strcmp0 (dsc_window_get_database_path (l->data), launches->first) != 0)
          launches->second_window_path = g_strdup (dsc_window_get_database_path (l->data));

      g_application_quit (launches->app);
      return G_SOURCE_REMOVE;
    }
}

static void
test_second_launch (void)
{
  Launches launches = { 0 };
  g_autoptr(DscApplication) app = NULL;
  g_autofree char *option = NULL;
  char *argv[3];
  int status;

  launches.dir = dsc_test_make_dir ();
  launches.first = g_build_filename (launches.dir, "first.db", NULL);
  launches.second = g_build_filename (launches.dir, "second.db", NULL);

  g_unsetenv ("DISCORSI_NON_UNIQUE");
  app = dsc_application_new ();
  launches.app = G_APPLICATION (app);
  option = g_strdup_printf ("--database=%s", launches.first);
  argv[0] = (char *) "discorsi";
  argv[1] = option;
  argv[2] = NULL;

  g_timeout_add (300, next_step_cb, &launches);
  status = g_application_run (G_APPLICATION (app), 2, argv);
  g_assert_cmpint (status, ==, 0);

  /* The same database again: its window is raised, no second window. */
  g_assert_cmpuint (launches.windows_after_same, ==, 1);
  /* Another database: a new window for it. */
  g_assert_cmpuint (launches.windows_after_other, ==, 2);
  g_assert_cmpstr (launches.second_window_path, ==, launches.second);
  g_assert_true (g_file_test (launches.second, G_FILE_TEST_EXISTS));

  dsc_test_remove_tree (launches.dir);
  g_free (launches.dir);
  g_free (launches.first);
  g_free (launches.second);
  g_free (launches.second_window_path);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;

  g_test_init (&argc, &argv, NULL);

  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs Xvfb and a session bus: run under build-aux/dev test");
      return g_test_run ();
    }

  g_test_add_func ("/app/second-launch", test_second_launch);
  return g_test_run ();
}
