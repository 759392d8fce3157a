/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Takes the screenshots we look at before calling UI work done (and those of
 * data/screenshots): the real window, on a demo database, in one scene per run.
 * Not a test; `build-aux/dev shots` runs it in every scene, language and style.
 *
 *   screenshots SCENE OUTPUT.png [WIDTH HEIGHT]
 *
 * Scenes: empty, list, detail, invalid, person, narrow-list, narrow-detail,
 * preferences, error. ADW_DEBUG_COLOR_SCHEME=prefer-dark gives the dark style. */

#include "config.h"

#include <locale.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dsc-application.h"
#include "dsc-association-detail.h"
#include "dsc-demo.h"
#include "dsc-person-dialog.h"
#include "dsc-preferences-window.h"
#include "dsc-profile-editor.h"
#include "dsc-window.h"

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  while (g_get_monotonic_time () < until);
}

static void
save_png (GtkWidget  *widget,
          const char *output)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert (node != NULL);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, output))
    g_error ("Could not write %s", output);
}

static GtkWidget *
field (DscWindow  *window,
       const char *name)
{
  DscAssociationsPage *page = dsc_window_get_associations_page (window);
  DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
    gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));
  DscProfileEditor *editor = DSC_PROFILE_EDITOR (
    gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL, "profile_editor"));

  return dsc_profile_editor_get_field_widget (editor, name);
}

/* Scrolls the profile so that @widget is near the top of the view. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x = 0, y = 0;

  gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y);
  gtk_adjustment_set_value (adjustment, MAX (0, y - 120));
}

static char *
make_demo (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(DscStore) store = dsc_store_open (path, DSC_STORE_DEFAULT, &error);

  if (store == NULL || !dsc_demo_generate (store, 40, 1, &error))
    g_error ("%s", error->message);

  return path;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("discorsi-shots-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autoptr(DscApplication) app = NULL;
  const char *scene, *output;
  int width = 1100, height = 720;
  DscWindow *window;
  DscAssociationsPage *page;
  GtkWidget *target;

  if (argc < 3)
    {
      g_printerr ("usage: screenshots SCENE OUTPUT.png [WIDTH HEIGHT]\n");
      return 2;
    }
  scene = argv[1];
  output = argv[2];
  if (argc >= 5)
    {
      width = atoi (argv[3]);
      height = atoi (argv[4]);
    }

  g_setenv ("XDG_CACHE_HOME", dir, TRUE);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);
  if (g_getenv ("DISCORSI_NOW") == NULL)
    g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  app = dsc_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

  if (g_str_equal (scene, "empty"))
    path = g_build_filename (dir, "empty.db", NULL);
  else if (g_str_equal (scene, "error"))
    {
      path = g_build_filename (dir, "notes.db", NULL);
      g_file_set_contents (path, "Riunione del 12 marzo: portare i moduli.\n", -1, NULL);
    }
  else
    path = make_demo (dir);

  window = dsc_window_new (GTK_APPLICATION (app), path);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  iterate (400);
  page = dsc_window_get_associations_page (window);
  target = GTK_WIDGET (window);

  if (g_str_equal (scene, "detail") || g_str_equal (scene, "invalid") || g_str_equal (scene, "person")
      || g_str_equal (scene, "narrow-detail"))
    {
      /* The third association in the list has people and a full profile. */
      GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                       DSC_TYPE_ASSOCIATIONS_PAGE,
                                                                       "list_view"));
      g_signal_emit_by_name (list, "activate", 2);
      iterate (400);
    }

  if (g_str_equal (scene, "invalid"))
    {
      GtkWidget *email = field (window, "email");
      GtkWidget *fiscal = field (window, "fiscal_code");

      gtk_editable_set_text (GTK_EDITABLE (email), "info-at-association.org");
      gtk_editable_set_text (GTK_EDITABLE (fiscal), "9751234001");
      iterate (200);
      scroll_to (email);
      iterate (300);
    }
  else if (g_str_equal (scene, "person"))
    {
      DscStore *store = dsc_window_get_store (window);
      gint64 id = dsc_associations_page_get_selected_id (page);
      g_autoptr(GPtrArray) people = dsc_store_list (store, &dsc_kind_person, id, NULL);
      DscPerson *first = people->len > 0 ? g_ptr_array_index (people, 0) : NULL;
      GtkWidget *dialog = dsc_person_dialog_new (store, id, first != NULL ? first->base.id : 0);

      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (dialog));
      iterate (500);
      target = dialog;
    }
  else if (g_str_equal (scene, "preferences"))
    {
      GtkWidget *preferences = dsc_preferences_window_new (window);

      gtk_window_present (GTK_WINDOW (preferences));
      iterate (500);
      target = preferences;
    }

  iterate (300);
  save_png (target, output);
  g_print ("%s\n", output);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  return 0;
}
