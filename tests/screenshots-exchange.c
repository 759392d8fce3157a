/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. "export" (the Export window with an association
 * chosen), "import" (what a trainer's file would change, with a conflict),
 * "import-problems" (a file with levels outside the scale), "conflicts" (the
 * conflict log after that import, its entry open). The trainer's file is made
 * here: the window's database is copied through an exchange file into a
 * second database, changed there a day later than here, and exported. */

#include "dsc-conflicts-window.h"
#include "dsc-exchange.h"
#include "dsc-export-window.h"
#include "dsc-import-window.h"

static void
shot_rename (DscStore   *store,
             const char *uuid,
             const char *name)
{
  g_autoptr(DscAssociation) association = dsc_store_load_by_uuid (store, &dsc_kind_association, uuid, NULL);

  g_free (association->name);
  association->name = g_strdup (name);
  if (!dsc_store_update (store, association, NULL))
    g_error ("Could not rename %s", uuid);
}

static DscAssociation *
shot_add_association (DscStore   *store,
                      const char *name,
                      int         province)
{
  DscAssociation *association = dsc_association_new ();

  association->name = g_strdup (name);
  association->province = province;
  if (!dsc_store_insert (store, association, NULL))
    g_error ("Could not add %s", name);
  return association;
}

static GtkWidget *
shot_find_type (GtkWidget *root,
                GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : shot_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
shot_find_button (GtkWidget  *root,
                  const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
                         ? child : shot_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The trainer's file: this database as it was, one association renamed on
 * both sides (the trainer later), and two associations the trainer added. */
static GFile *
shot_trainer_file (DscWindow  *window,
                   const char *dir)
{
  DscStore *store = dsc_window_get_store (window);
  g_autofree char *copy_path = g_build_filename (dir, "trainer.db", NULL);
  g_autofree char *start_path = g_build_filename (dir, "start.discorsi", NULL);
  g_autofree char *file_path = g_build_filename (dir, "Laptop Anna 2026-11-28.discorsi", NULL);
  g_autoptr(GFile) start = g_file_new_for_path (start_path);
  GFile *file = g_file_new_for_path (file_path);
  g_autoptr(DscStore) trainer = NULL;
  g_autoptr(DscImportSummary) summary = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(DscAssociation) added = NULL;
  g_autoptr(DscAssociation) other = NULL;
  const char *uuid;

  if (!dsc_exchange_export_to_file (store, NULL, start, NULL, NULL, NULL, NULL))
    g_error ("Could not export");
  trainer = dsc_store_open (copy_path, DSC_STORE_DEFAULT, NULL);
  summary = dsc_exchange_import (trainer, start, DSC_IMPORT_NO_BACKUP, NULL, NULL, NULL, NULL, NULL);
  if (summary == NULL)
    g_error ("Could not import");

  all = dsc_store_list (store, &dsc_kind_association, 0, NULL);
  uuid = ((DscRecord *) g_ptr_array_index (all, 2))->uuid;

  g_setenv ("DISCORSI_NOW", "2026-11-27T09:00:00Z", TRUE);
  shot_rename (store, uuid, "Associazione Donne Senegalesi Torino");
  g_setenv ("DISCORSI_NOW", "2026-11-28T16:30:00Z", TRUE);
  shot_rename (trainer, uuid, "Associazione delle Donne Senegalesi di Torino APS");
  added = shot_add_association (trainer, "Comunità Eritrea di Novara", DSC_PROVINCE_NO);
  other = shot_add_association (trainer, "Giovani Peruviani in Rete", DSC_PROVINCE_TO);
  if (!dsc_exchange_export_to_file (trainer, NULL, file, NULL, NULL, NULL, NULL))
    g_error ("Could not export the trainer's file");
  g_setenv ("DISCORSI_NOW", "2026-11-29T10:00:00Z", TRUE);

  return file;
}

static gboolean
shot_import_settled (DscImportWindow *import)
{
  return !g_str_equal (dsc_import_window_get_page (import), "working");
}

static GtkWidget *
exchange_scene (DscWindow  *window,
                const char *scene,
                const char *dir,
                int         width,
                int         height)
{
  if (g_str_equal (scene, "export"))
    {
      g_autofree char *uuid = dsc_associations_page_get_selected_uuid (dsc_window_get_associations_page (window));
      DscExportWindow *export = dsc_export_window_new (window, uuid);

      gtk_window_set_default_size (GTK_WINDOW (export), MIN (width, 560), height);
      gtk_window_present (GTK_WINDOW (export));
      iterate (400);
      return GTK_WIDGET (export);
    }

  if (g_str_equal (scene, "import") || g_str_has_prefix (scene, "conflicts"))
    {
      g_autoptr(GFile) file = shot_trainer_file (window, dir);
      DscImportWindow *import = dsc_import_window_new (window, file);
      gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      gtk_window_set_default_size (GTK_WINDOW (import), MIN (width, 580), height);
      while (!shot_import_settled (import) && g_get_monotonic_time () < until)
        iterate (50);
      iterate (300);
      if (g_str_equal (scene, "import"))
        return GTK_WIDGET (import);

      g_object_add_weak_pointer (G_OBJECT (import), (gpointer *) &import);
      dsc_import_window_apply (import);
      until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      while (import != NULL && g_get_monotonic_time () < until)
        iterate (50);

      {
        DscConflictsWindow *conflicts = dsc_conflicts_window_new (window);
        GtkWidget *row;

        gtk_window_set_default_size (GTK_WINDOW (conflicts), MIN (width, 580), height);
        gtk_window_present (GTK_WINDOW (conflicts));
        iterate (200);
        row = shot_find_type (GTK_WIDGET (conflicts), ADW_TYPE_EXPANDER_ROW);
        if (row != NULL)
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        iterate (400);
        if (g_str_equal (scene, "conflicts-restore"))
          {
            GtkWidget *restore = shot_find_button (GTK_WIDGET (conflicts), _("_Restore"));
            GListModel *toplevels = gtk_window_get_toplevels ();

            if (restore == NULL)
              g_error ("The conflict log has no Restore button");
            g_signal_emit_by_name (restore, "clicked");
            iterate (400);
            for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
              {
                g_autoptr(GtkWidget) question = g_list_model_get_item (toplevels, i);

                /* GTK keeps the dialog alive: the reference taken here can go. */
                if (ADW_IS_MESSAGE_DIALOG (question))
                  return question;
              }
          }
        return GTK_WIDGET (conflicts);
      }
    }

  if (g_str_equal (scene, "import-problems"))
    {
      g_autofree char *start_path = g_build_filename (dir, "associazione.discorsi", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (start_path);
      g_autofree char *contents = NULL;
      g_autoptr(GString) damaged = NULL;
      DscImportWindow *import;
      gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      if (!dsc_exchange_export_to_file (dsc_window_get_store (window), NULL, file, NULL, NULL, NULL, NULL)
          || !g_file_get_contents (start_path, &contents, NULL, NULL))
        g_error ("Could not export");
      /* Levels typed by hand on a scale of 1 to 4, as a 7 out of 10. */
      damaged = g_string_new (contents);
      g_string_replace (damaged, "\"level\":3,", "\"level\":7,", 6);
      g_file_set_contents (start_path, damaged->str, (gssize) damaged->len, NULL);

      import = dsc_import_window_new (window, file);
      gtk_window_set_default_size (GTK_WINDOW (import), MIN (width, 580), height);
      while (!shot_import_settled (import) && g_get_monotonic_time () < until)
        iterate (50);
      iterate (300);
      return GTK_WIDGET (import);
    }

  return GTK_WIDGET (window);
}
