/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The competence framework editor, opened from the real window's menu action
 * on a temporary database and driven as a trainer would: texts typed, a domain
 * added and retired, a draft published. Then the database is read again. Runs
 * under Xvfb; without a display it skips. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "dsc-application.h"
#include "dsc-capacity.h"
#include "dsc-framework-window.h"
#include "dsc-test-util.h"
#include "dsc-window.h"

static DscApplication *app;

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  do
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  while (g_get_monotonic_time () < until);
}

static gpointer
template_child (gpointer    widget,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), DSC_TYPE_FRAMEWORK_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *transient_for)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type)
        && (transient_for == NULL || gtk_window_get_transient_for (l->data) == transient_for))
      return l->data;

  return NULL;
}

/* The main window on @path, and the editor opened from its menu. */
static DscFrameworkWindow *
open_editor (const char  *path,
             DscWindow  **main_window)
{
  DscWindow *window = dsc_window_new (GTK_APPLICATION (app), path);
  GtkWindow *editor;

  gtk_window_present (GTK_WINDOW (window));
  iterate (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-framework", NULL);
  iterate (100);

  editor = find_toplevel (DSC_TYPE_FRAMEWORK_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  *main_window = window;
  return DSC_FRAMEWORK_WINDOW (editor);
}

static void
close_all (DscFrameworkWindow *editor,
           DscWindow          *window)
{
  /* What Escape does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  iterate (20);
  g_assert_null (find_toplevel (DSC_TYPE_FRAMEWORK_WINDOW, NULL));
  gtk_window_close (GTK_WINDOW (window));
  iterate (50);
}

static GtkWidget *
domain_widget (DscFrameworkWindow *editor,
               gint64              domain_id,
               const char         *part)
{
  GtkWidget *widget = dsc_framework_window_get_domain_widget (editor, domain_id, part);

  g_assert_nonnull (widget);
  return widget;
}

/* An expander row's title is markup (libadwaita 1.2): it must read as typed. */
static void
assert_row_title (GtkWidget  *row,
                  const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  pango_parse_markup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1, 0, NULL, &text,
                      NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static DscFrameworkVersion *
load_version (DscStore *store,
              gint64    version_id)
{
  g_autoptr(GError) error = NULL;
  DscFrameworkVersion *version = dsc_store_load_version (store, version_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (version);
  return version;
}

static DscFrameworkVersion *
load_current (DscStore *store)
{
  return load_version (store, dsc_store_current_version (store, NULL));
}

static const DscDomainText *
domain_at (const DscFrameworkVersion *version,
           guint                      position)
{
  g_assert_cmpuint (position, <, version->domains->len);
  return g_ptr_array_index (version->domains, position);
}

static void
assert_same_domain (const DscDomainText *a,
                    const DscDomainText *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->description, ==, b->description);
  g_assert_cmpuint (g_strv_length (a->descriptors), ==, g_strv_length (b->descriptors));
  for (guint i = 0; a->descriptors[i] != NULL; i++)
    g_assert_cmpstr (a->descriptors[i], ==, b->descriptors[i]);
  g_assert_cmpint (a->retired, ==, b->retired);
}

/* An association with one assessment on the current version: from now on,
 * edits go to a draft. */
static void
use_current_version (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DscStore) store = dsc_test_open (path);
  g_autoptr(DscAssociation) association = dsc_test_add_association (store, "Comunità Senegalese di Asti", 0);
  g_autoptr(DscFrameworkVersion) current = load_current (store);
  g_autoptr(DscAssessment) assessment = dsc_record_new (&dsc_kind_assessment);
  DscScore score = { domain_at (current, 0)->id, 2, NULL, 3 };

  assessment->association_id = association->base.id;
  assessment->version_id = current->id;
  assessment->date = g_strdup ("2026-10-12");
  dsc_store_insert (store, assessment, &error);
  g_assert_no_error (error);
  dsc_store_set_score (store, assessment->base.id, &score, &error);
  g_assert_no_error (error);
}

static void
use_c_locale (void)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  textdomain (GETTEXT_PACKAGE);
}

static gboolean
framework_is_translated (void)
{
  return g_strcmp0 (g_dpgettext2 (GETTEXT_PACKAGE, "competence framework", "Communication"),
                    "Communication") != 0;
}

static void
append_po_string (GString    *po,
                  const char *keyword,
                  const char *prefix,
                  const char *text)
{
  g_string_append_printf (po, "%s \"%s", keyword, prefix);
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (po, '\\');
      g_string_append_c (po, *c);
    }
  g_string_append (po, "\"\n");
}

static void
append_po_entry (GString    *po,
                 const char *source)
{
  if (source == NULL || *source == '\0')
    return;

  g_string_append (po, "msgctxt \"competence framework\"\n");
  append_po_string (po, "msgid", "", source);
  append_po_string (po, "msgstr", "(it) ", source);
}

/* Italian, from its real catalogue when that translates the built-in
 * framework, else from a small one made here that marks every built-in text
 * with "(it)"; C when neither can be had. */
static gboolean
use_italian (const DscFrameworkVersion *version,
             const char                *dir)
{
  g_autoptr(GString) po = g_string_new ("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
  g_autofree char *po_path = g_build_filename (dir, "it.po", NULL);
  g_autofree char *locale_dir = g_build_filename (dir, "locale", NULL);
  g_autofree char *mo_dir = g_build_filename (locale_dir, "it", "LC_MESSAGES", NULL);
  g_autofree char *mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  const char *msgfmt[] = { "msgfmt", "-o", mo_path, po_path, NULL };
  int status = -1;

  if (setlocale (LC_ALL, "it_IT.UTF-8") == NULL)
    return FALSE;

  g_setenv ("LANGUAGE", "it", TRUE);
  textdomain (GETTEXT_PACKAGE);
  if (framework_is_translated ())
    return TRUE;

  for (guint i = 0; i < version->domains->len; i++)
    {
      const DscDomainText *domain = g_ptr_array_index (version->domains, i);

      append_po_entry (po, domain->name);
      append_po_entry (po, domain->description);
      for (guint level = 0; domain->descriptors[level] != NULL; level++)
        append_po_entry (po, domain->descriptors[level]);
    }

  g_mkdir_with_parents (mo_dir, 0700);
  if (g_file_set_contents (po_path, po->str, po->len, NULL)
      && g_spawn_sync (NULL, (char **) msgfmt, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL)
      && g_spawn_check_wait_status (status, NULL))
    {
      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      textdomain (GETTEXT_PACKAGE);
      if (framework_is_translated ())
        return TRUE;
    }

  use_c_locale ();
  return FALSE;
}

static void
test_edit_unused_version_in_place (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscFrameworkVersion) before = NULL;
  g_autoptr(DscFrameworkVersion) after = NULL;
  g_autofree char *shown = NULL;
  const char *rewritten = "Statute and minutes exist; the members’ book is kept but the board has not been "
                          "renewed for years, and registration in the RUNTS has only just started.";
  DscFrameworkWindow *editor;
  DscWindow *window;
  gboolean italian;
  gint64 identity, governance;

  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    before = load_current (store);
  }
  g_assert_cmpuint (before->domains->len, ==, 8);
  identity = domain_at (before, 0)->id;
  governance = domain_at (before, 1)->id;

  italian = use_italian (before, dir);
  if (!italian)
    g_test_message ("no Italian locale or catalogue: the texts are checked in C");

  editor = open_editor (path, &window);
  g_assert_cmpint (dsc_framework_window_get_version_id (editor), ==, before->id);
  g_assert_false (gtk_widget_get_visible (template_child (editor, "draft_strip")));

  /* The entries show the texts in the user's language. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (domain_widget (editor, identity, "name"))), ==,
                   dsc_framework_domain_name (before, domain_at (before, 0)));
  shown = text_view_text (domain_widget (editor, governance, "level-2"));
  g_assert_cmpstr (shown, ==, dsc_framework_descriptor (before, domain_at (before, 1), 2));
  if (italian)
    {
      g_autofree char *description = text_view_text (domain_widget (editor, identity, "description"));

      g_assert_cmpstr (shown, !=, domain_at (before, 1)->descriptors[1]);
      g_assert_cmpstr (description, !=, domain_at (before, 0)->description);
    }

  /* The row's title follows the name as typed, markup characters and all. */
  gtk_editable_set_text (GTK_EDITABLE (domain_widget (editor, identity, "name")), "Identity & <mission>");
  assert_row_title (domain_widget (editor, identity, "row"), "Identity & <mission>");
  gtk_editable_set_text (GTK_EDITABLE (domain_widget (editor, identity, "name")), "Identity, mission and values");
  assert_row_title (domain_widget (editor, identity, "row"), "Identity, mission and values");

  /* Typed, and the window closed at once: nothing is lost. */
  set_text_view (domain_widget (editor, governance, "level-2"), rewritten);
  close_all (editor, window);
  use_c_locale ();

  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    g_assert_cmpint (dsc_store_draft_version (store, NULL), ==, 0);
    g_assert_cmpint (dsc_store_current_version (store, NULL), ==, before->id);
    after = load_current (store);
  }

  g_assert_cmpuint (after->domains->len, ==, 8);
  g_assert_cmpstr (domain_at (after, 0)->name, ==, "Identity, mission and values");
  g_assert_cmpstr (domain_at (after, 1)->descriptors[1], ==, rewritten);

  /* The fields left alone keep their English source, not what was shown. */
  g_assert_cmpstr (domain_at (after, 0)->description, ==, domain_at (before, 0)->description);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (domain_at (after, 0)->descriptors[i], ==, domain_at (before, 0)->descriptors[i]);
  g_assert_cmpstr (domain_at (after, 1)->name, ==, domain_at (before, 1)->name);
  g_assert_cmpstr (domain_at (after, 1)->descriptors[0], ==, domain_at (before, 1)->descriptors[0]);
  g_assert_cmpstr (domain_at (after, 1)->descriptors[2], ==, domain_at (before, 1)->descriptors[2]);
  for (guint i = 2; i < 8; i++)
    assert_same_domain (domain_at (after, i), domain_at (before, i));
  g_assert_cmpstr (domain_at (after, 7)->name, ==, "Monitoring, evaluation and learning");

  dsc_test_remove_tree (dir);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent);

  g_assert_nonnull (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
test_edit_in_use_makes_a_draft_to_publish (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscFrameworkVersion) v1 = NULL;
  const char *rewritten = "It has a plan for its channels, in Italian, Wolof and French, and reports its results.";
  DscFrameworkWindow *editor;
  DscWindow *window;
  GtkWidget *strip;
  AdwMessageDialog *dialog;
  gint64 communication, draft;

  use_current_version (path);
  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    v1 = load_current (store);
  }
  communication = domain_at (v1, 5)->id;

  editor = open_editor (path, &window);
  strip = template_child (editor, "draft_strip");
  g_assert_cmpint (dsc_framework_window_get_version_id (editor), ==, v1->id);
  g_assert_false (gtk_widget_get_visible (strip));
  g_assert_cmpstr (adw_preferences_row_get_title (template_child (editor, "version_row")), ==,
                   "Version 1 · in use by 1 assessment");

  /* The first edit starts a draft, and the window says so. */
  set_text_view (domain_widget (editor, communication, "level-4"), rewritten);
  iterate (700);
  draft = dsc_framework_window_get_version_id (editor);
  g_assert_cmpint (draft, !=, v1->id);
  g_assert_true (gtk_widget_get_visible (strip));
  g_assert_cmpstr (adw_preferences_row_get_title (template_child (editor, "version_row")), ==,
                   "Draft of version 2 · not used yet");
  g_assert_nonnull (strstr (gtk_label_get_text (template_child (editor, "draft_label")), "keep version 1"));

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscFrameworkVersion) v1_now = NULL;
    g_autoptr(DscFrameworkVersion) draft_now = NULL;

    g_assert_cmpint (dsc_store_draft_version (store, NULL), ==, draft);
    g_assert_cmpint (dsc_store_current_version (store, NULL), ==, v1->id);
    v1_now = load_version (store, v1->id);
    for (guint i = 0; i < 8; i++)
      assert_same_domain (domain_at (v1_now, i), domain_at (v1, i));
    draft_now = load_version (store, draft);
    g_assert_false (draft_now->published);
    g_assert_cmpstr (domain_at (draft_now, 5)->descriptors[3], ==, rewritten);
    g_assert_cmpstr (domain_at (draft_now, 5)->descriptors[2], ==, domain_at (v1, 5)->descriptors[2]);
  }

  /* Publish asks first; cancelling changes nothing. */
  g_signal_emit_by_name (template_child (editor, "publish_button"), "clicked");
  iterate (50);
  dialog = find_dialog (GTK_WINDOW (editor));
  adw_message_dialog_response (dialog, "cancel");
  iterate (50);
  g_assert_true (gtk_widget_get_visible (strip));
  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    g_assert_cmpint (dsc_store_current_version (store, NULL), ==, v1->id);
  }

  g_signal_emit_by_name (template_child (editor, "publish_button"), "clicked");
  iterate (50);
  dialog = find_dialog (GTK_WINDOW (editor));
  adw_message_dialog_response (dialog, "publish");
  iterate (50);
  g_assert_false (gtk_widget_get_visible (strip));
  g_assert_cmpstr (adw_preferences_row_get_title (template_child (editor, "version_row")), ==,
                   "Version 2 · not used yet");

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    g_autoptr(DscFrameworkVersion) v1_now = NULL;

    g_assert_cmpint (dsc_store_current_version (store, NULL), ==, draft);
    g_assert_cmpint (dsc_store_draft_version (store, NULL), ==, 0);
    v1_now = load_version (store, v1->id);
    g_assert_cmpstr (domain_at (v1_now, 5)->descriptors[3], ==, domain_at (v1, 5)->descriptors[3]);
    g_assert_cmpint (v1_now->n_assessments, ==, 1);
  }

  close_all (editor, window);
  dsc_test_remove_tree (dir);
}

static void
test_add_and_retire_domains (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autofree char *people_name = NULL;
  const DscDomainText *added, *people;
  DscFrameworkWindow *editor;
  DscWindow *window;
  GtkWidget *entry, *button, *row;
  gint64 added_id, people_id;

  editor = open_editor (path, &window);
  entry = template_child (editor, "add_domain_entry");
  button = template_child (editor, "add_domain_button");

  /* A name is needed before Add does anything. */
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Advocacy and rights");
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  iterate (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    version = load_version (store, dsc_store_editable_version (store, NULL));
  }
  g_assert_cmpuint (version->domains->len, ==, 9);
  added = domain_at (version, 8);
  added_id = added->id;
  g_assert_cmpstr (added->name, ==, "Advocacy and rights");
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (added->descriptors[i], ==, "");

  /* It appears open, ready to fill. */
  row = domain_widget (editor, added_id, "row");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  assert_row_title (row, "Advocacy and rights");
  set_text_view (domain_widget (editor, added_id, "level-1"), "Nobody speaks for the community's rights.");

  /* Retiring is stored at once. */
  people = domain_at (version, 4);
  people_id = people->id;
  people_name = g_strdup (people->name);
  g_assert_false (people->retired);
  gtk_switch_set_active (GTK_SWITCH (domain_widget (editor, people_id, "retired")), TRUE);
  iterate (20);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (domain_widget (editor, people_id, "row"))),
                            "Retired"));
  g_clear_pointer (&version, dsc_framework_version_free);
  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    version = load_version (store, dsc_store_editable_version (store, NULL));
    g_assert_true (dsc_framework_version_find (version, people_id)->retired);
    g_assert_cmpstr (dsc_framework_version_find (version, people_id)->name, ==, people_name);
  }

  close_all (editor, window);

  g_clear_pointer (&version, dsc_framework_version_free);
  {
    g_autoptr(DscStore) store = dsc_test_open (path);

    version = load_current (store);
    g_assert_cmpint (dsc_store_draft_version (store, NULL), ==, 0);
  }
  g_assert_cmpuint (version->domains->len, ==, 9);
  g_assert_cmpstr (dsc_framework_version_find (version, added_id)->descriptors[0], ==,
                   "Nobody speaks for the community's rights.");
  g_assert_true (dsc_framework_version_find (version, people_id)->retired);

  dsc_test_remove_tree (dir);
}

static void
test_empty_name_is_refused (void)
{
  g_autofree char *dir = dsc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "discorsi.db", NULL);
  g_autoptr(DscFrameworkVersion) before = NULL;
  g_autoptr(DscFrameworkVersion) after = NULL;
  g_autofree char *updated_before = NULL;
  DscFrameworkWindow *editor;
  DscWindow *window;
  GtkWidget *name, *problem;
  gint64 identity;

  use_current_version (path);
  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    DscFrameworkVersionRecord *record;

    before = load_current (store);
    record = dsc_store_load (store, &dsc_kind_framework_version, before->id, NULL);
    updated_before = g_strdup (record->base.updated_at);
    dsc_record_free (record);
  }
  identity = domain_at (before, 0)->id;

  editor = open_editor (path, &window);
  name = domain_widget (editor, identity, "name");
  problem = domain_widget (editor, identity, "problem");
  g_assert_false (gtk_widget_get_visible (problem));

  gtk_editable_set_text (GTK_EDITABLE (name), "  ");
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_true (gtk_widget_get_visible (problem));
  iterate (700);

  /* Nothing was stored, so no draft was started either. */
  g_assert_cmpint (dsc_framework_window_get_version_id (editor), ==, before->id);
  g_assert_false (gtk_widget_get_visible (template_child (editor, "draft_strip")));
  close_all (editor, window);

  {
    g_autoptr(DscStore) store = dsc_test_open (path);
    DscFrameworkVersionRecord *record;

    g_assert_cmpint (dsc_store_draft_version (store, NULL), ==, 0);
    g_assert_cmpint (dsc_store_current_version (store, NULL), ==, before->id);
    after = load_current (store);
    record = dsc_store_load (store, &dsc_kind_framework_version, before->id, NULL);
    g_assert_cmpstr (record->base.updated_at, ==, updated_before);
    dsc_record_free (record);
  }
  g_assert_cmpuint (after->domains->len, ==, 8);
  for (guint i = 0; i < 8; i++)
    assert_same_domain (domain_at (after, i), domain_at (before, i));

  dsc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  home = dsc_test_make_dir ();
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("DISCORSI_NON_UNIQUE", "1", TRUE);

  /* GLib decides once, at the first lookup, whether to translate at all, and
   * says no in a locale such as C.UTF-8 that has no catalogue: ask first in C. */
  setlocale (LC_ALL, "C");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  (void) g_dgettext (GETTEXT_PACKAGE, "Discorsi");

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under Xvfb (build-aux/dev test does)");
      return g_test_run ();
    }
  adw_init ();
  use_c_locale ();

  app = dsc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/gui/framework/edit-unused-version-in-place", test_edit_unused_version_in_place);
  g_test_add_func ("/gui/framework/edit-in-use-makes-a-draft-to-publish",
                   test_edit_in_use_makes_a_draft_to_publish);
  g_test_add_func ("/gui/framework/add-and-retire-domains", test_add_and_retire_domains);
  g_test_add_func ("/gui/framework/empty-name-is-refused", test_empty_name_is_refused);

  status = g_test_run ();
  g_clear_object (&app);
  dsc_test_remove_tree (home);
  return status;
}
