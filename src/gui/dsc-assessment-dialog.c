/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One assessment: when, what kind, who answered; then, for each domain of the
 * framework version it uses, the level descriptions to choose from (or "not
 * assessed"), the evidence and the level aimed at. Every choice is stored as it
 * is made. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-assessment-dialog.h"
#include "dsc-capacity.h"
#include "dsc-clock.h"
#include "dsc-gui-util.h"
#include "dsc-progress.h"
#include "dsc-record-form.h"
#include "dsc-window.h"

#define EVIDENCE_DELAY_MS 400

typedef struct
{
  DscAssessmentDialog *dialog;
  gint64               domain_id;
  GPtrArray           *level_rows;   /* index 0: not assessed; i: level i */
  GPtrArray           *checks;
  GtkWidget           *evidence;
  GtkWidget           *target;
  DscScore             score;
} DomainEditor;

struct _DscAssessmentDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *header_group;
  GtkWidget           *future_row;

  DscStore            *store;
  gint64               association_id;
  DscRecordForm       *form;
  DscFrameworkVersion *version;
  GPtrArray           *domains;        /* DomainEditor */
  GHashTable          *pending;        /* DomainEditor with evidence not yet stored */
  guint                evidence_source;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (DscAssessmentDialog, dsc_assessment_dialog, ADW_TYPE_WINDOW)

static void
domain_editor_free (DomainEditor *editor)
{
  g_clear_pointer (&editor->level_rows, g_ptr_array_unref);
  g_clear_pointer (&editor->checks, g_ptr_array_unref);
  g_free (editor->score.evidence);
  g_free (editor);
}

static const DscAssessment *
current_assessment (DscAssessmentDialog *self)
{
  return dsc_record_form_get_record (self->form);
}

static void
show_error (DscAssessmentDialog *self,
            const char          *message)
{
  AdwToast *toast = dsc_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_heading (DscAssessmentDialog *self)
{
  const DscAssessment *assessment = current_assessment (self);
  g_autofree char *today = dsc_clock_today ();
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  if (assessment == NULL)
    return;

  date = dsc_format_date (assessment->date);
  subtitle = g_strdup_printf ("%s · %s", date, dsc_enum_label (&dsc_enum_respondent, assessment->respondent));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_visible (self->future_row, assessment->date != NULL && g_strcmp0 (assessment->date, today) > 0);
}

static gboolean
ensure_stored (DscAssessmentDialog *self)
{
  /* Scores belong to a stored assessment: a new one is stored at its first score. */
  return dsc_record_form_save (self->form);
}

static void
store_score (DomainEditor *editor)
{
  DscAssessmentDialog *self = editor->dialog;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->pending, editor);
  if (!ensure_stored (self))
    return;

  if (!dsc_store_set_score (self->store, current_assessment (self)->base.id, &editor->score, &error))
    show_error (self, error->message);
}

static gboolean
store_pending_cb (gpointer user_data)
{
  DscAssessmentDialog *self = user_data;
  GHashTableIter iter;
  gpointer editor;
  g_autoptr(GPtrArray) due = g_ptr_array_new ();

  self->evidence_source = 0;
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &editor, NULL))
    g_ptr_array_add (due, editor);
  for (guint i = 0; i < due->len; i++)
    store_score (g_ptr_array_index (due, i));

  return G_SOURCE_REMOVE;
}

static void
flush_pending (DscAssessmentDialog *self)
{
  g_clear_handle_id (&self->evidence_source, g_source_remove);
  store_pending_cb (self);
}

static void
on_level_toggled_cb (GtkCheckButton *check,
                     DomainEditor   *editor)
{
  if (editor->dialog->loading || !gtk_check_button_get_active (check))
    return;

  editor->score.level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "level"));
  store_score (editor);
}

static void
on_target_selected_cb (AdwComboRow  *row,
                       GParamSpec   *pspec,
                       DomainEditor *editor)
{
  guint selected = adw_combo_row_get_selected (row);

  if (editor->dialog->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  editor->score.target_level = selected == 0 ? -1 : (int) selected;
  store_score (editor);
}

static void
on_evidence_changed_cb (GtkEditable  *editable,
                        DomainEditor *editor)
{
  DscAssessmentDialog *self = editor->dialog;

  if (self->loading)
    return;

  g_free (editor->score.evidence);
  editor->score.evidence = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  g_hash_table_add (self->pending, editor);
  g_clear_handle_id (&self->evidence_source, g_source_remove);
  self->evidence_source = g_timeout_add (EVIDENCE_DELAY_MS, store_pending_cb, self);
}

static GtkWidget *
make_level_row (DomainEditor *editor,
                const char   *title,
                const char   *description,
                int           level,
                GtkWidget    *group_leader)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (group_leader != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (group_leader));
  g_object_set_data (G_OBJECT (check), "level", GINT_TO_POINTER (level));
  g_signal_connect (check, "toggled", G_CALLBACK (on_level_toggled_cb), editor);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);

  dsc_row_set_title (row, title);
  if (description != NULL && *description != '\0')
    {
      dsc_row_set_subtitle (row, description);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_ptr_array_add (editor->level_rows, row);
  g_ptr_array_add (editor->checks, check);
  return row;
}

static char *
earlier_reading (DscProgress *progress,
                 gint64       domain_id)
{
  for (guint i = 0; progress != NULL && i < progress->domains->len; i++)
    {
      DscDomainProgress *domain = g_ptr_array_index (progress->domains, i);

      if (domain->domain_id == domain_id && domain->latest >= 1)
        {
          g_autofree char *date = dsc_format_date (domain->latest_date);

          /* Translators: shown while assessing again: "Last reading: level 2 on 10/01/2026". */
          return g_strdup_printf (_("Last reading: level %d on %s"), domain->latest, date);
        }
    }

  return NULL;
}

static void
build_domain (DscAssessmentDialog *self,
              const DscDomainText *text,
              DscProgress         *progress)
{
  DomainEditor *editor = g_new0 (DomainEditor, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) targets = gtk_string_list_new (NULL);
  g_autofree char *earlier = progress != NULL ? earlier_reading (progress, text->id) : NULL;
  g_autofree char *description = NULL;
  GtkWidget *leader;

  editor->dialog = self;
  editor->domain_id = text->id;
  editor->level_rows = g_ptr_array_new ();
  editor->checks = g_ptr_array_new ();
  editor->score.domain_id = text->id;
  editor->score.level = -1;
  editor->score.target_level = -1;

  description = earlier != NULL ? g_strdup_printf ("%s\n%s", dsc_framework_text (self->version, text->description),
                                                   earlier)
                                : g_strdup (dsc_framework_text (self->version, text->description));
  {
    g_autofree char *title = dsc_markup (dsc_framework_domain_name (self->version, text));
    g_autofree char *escaped = dsc_markup (description);

    adw_preferences_group_set_title (group, title);
    adw_preferences_group_set_description (group, escaped);
  }

  leader = make_level_row (editor, _("Not assessed"), _("Leave this domain out of this assessment."), -1, NULL);
  adw_preferences_group_add (group, leader);
  leader = g_ptr_array_index (editor->checks, 0);

  for (int level = 1; level <= self->version->scale_levels; level++)
    {
      /* Translators: a level and its name, such as "2 · Basic". */
      g_autofree char *title = g_strdup_printf (_("%d · %s"), level,
                                                dsc_framework_level_label (self->version, level));

      adw_preferences_group_add (group, make_level_row (editor, title,
                                                        dsc_framework_descriptor (self->version, text, level),
                                                        level, leader));
    }

  editor->evidence = adw_entry_row_new ();
  dsc_row_set_title (editor->evidence, _("Evidence: what shows it"));
  g_signal_connect (editor->evidence, "changed", G_CALLBACK (on_evidence_changed_cb), editor);
  adw_preferences_group_add (group, editor->evidence);

  gtk_string_list_append (targets, C_("choice", "Not set"));
  for (int level = 1; level <= self->version->scale_levels; level++)
    {
      g_autofree char *label = g_strdup_printf (_("%d · %s"), level, dsc_framework_level_label (self->version, level));
      gtk_string_list_append (targets, label);
    }
  editor->target = adw_combo_row_new ();
  dsc_row_set_title (editor->target, _("Level aimed at"));
  adw_combo_row_set_model (ADW_COMBO_ROW (editor->target), G_LIST_MODEL (targets));
  g_signal_connect (editor->target, "notify::selected", G_CALLBACK (on_target_selected_cb), editor);
  adw_preferences_group_add (group, editor->target);

  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->domains, editor);
}

static void
load_scores (DscAssessmentDialog *self)
{
  const DscAssessment *assessment = current_assessment (self);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GError) error = NULL;

  if (assessment->base.id > 0)
    {
      scores = dsc_store_load_scores (self->store, assessment->base.id, &error);
      if (scores == NULL)
        show_error (self, error->message);
    }

  self->loading = TRUE;
  for (guint i = 0; i < self->domains->len; i++)
    {
      DomainEditor *editor = g_ptr_array_index (self->domains, i);

      for (guint s = 0; scores != NULL && s < scores->len; s++)
        {
          DscScore *score = g_ptr_array_index (scores, s);

          if (score->domain_id == editor->domain_id)
            {
              editor->score.level = score->level;
              editor->score.target_level = score->target_level;
              editor->score.evidence = g_strdup (score->evidence);
            }
        }

      gtk_check_button_set_active (g_ptr_array_index (editor->checks, MAX (editor->score.level, 0)), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (editor->evidence), editor->score.evidence ?: "");
      adw_combo_row_set_selected (ADW_COMBO_ROW (editor->target), MAX (editor->score.target_level, 0));
    }
  self->loading = FALSE;
}

static void
on_form_saved_cb (DscRecordForm       *form,
                  gint64               id,
                  DscAssessmentDialog *self)
{
  update_heading (self);
}

static void
on_form_failed_cb (DscRecordForm       *form,
                   const char          *message,
                   DscAssessmentDialog *self)
{
  show_error (self, message);
}

typedef struct
{
  DscStore *store;
  gint64    id;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast,
            Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!dsc_store_undelete_record (undo->store, &dsc_kind_assessment, undo->id, &error))
    g_warning ("Undo failed: %s", error->message);
}

static void
on_delete_clicked_cb (GtkButton           *button,
                      DscAssessmentDialog *self)
{
  const DscAssessment *assessment = current_assessment (self);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  Undo *undo;

  if (assessment == NULL || assessment->base.id == 0)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  flush_pending (self);
  dsc_record_form_flush (self->form);
  if (!dsc_store_delete_record (self->store, &dsc_kind_assessment, assessment->base.id, &error))
    {
      show_error (self, error->message);
      return;
    }

  date = dsc_format_date (assessment->date);
  title = g_strdup_printf (_("The assessment of %s was deleted"), date);
  toast = dsc_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (self->store);
  undo->id = assessment->base.id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);

  dsc_record_form_discard (self->form);
  gtk_window_close (GTK_WINDOW (self));
  if (DSC_IS_WINDOW (parent))
    dsc_window_add_toast (DSC_WINDOW (parent), toast);
  else
    g_object_unref (toast);
}

static void
build_footer (DscAssessmentDialog *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Assessment"));

  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_CENTER);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_preferences_group_add (group, delete);
  adw_preferences_page_add (self->page, group);
}

static gboolean
dsc_assessment_dialog_close_request (GtkWindow *window)
{
  DscAssessmentDialog *self = DSC_ASSESSMENT_DIALOG (window);

  flush_pending (self);
  if (self->form != NULL)
    dsc_record_form_flush (self->form);

  return GTK_WINDOW_CLASS (dsc_assessment_dialog_parent_class)->close_request (window);
}

static void
dsc_assessment_dialog_dispose (GObject *object)
{
  DscAssessmentDialog *self = DSC_ASSESSMENT_DIALOG (object);

  if (self->pending != NULL)
    flush_pending (self);
  if (self->form != NULL)
    {
      dsc_record_form_flush (self->form);
      g_signal_handlers_disconnect_by_data (self->form, self);
      g_clear_object (&self->form);
    }
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->domains, g_ptr_array_unref);
  g_clear_pointer (&self->version, dsc_framework_version_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), DSC_TYPE_ASSESSMENT_DIALOG);

  G_OBJECT_CLASS (dsc_assessment_dialog_parent_class)->dispose (object);
}

static void
dsc_assessment_dialog_class_init (DscAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dsc_assessment_dialog_dispose;
  window_class->close_request = dsc_assessment_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscAssessmentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscAssessmentDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DscAssessmentDialog, page);
  gtk_widget_class_bind_template_child (widget_class, DscAssessmentDialog, header_group);
  gtk_widget_class_bind_template_child (widget_class, DscAssessmentDialog, future_row);
}

static void
dsc_assessment_dialog_init (DscAssessmentDialog *self)
{
  static const char * const fields[] = { "date", "assessment_kind", "respondent", "assessor", "notes" };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_editor_free);
  self->pending = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->form = dsc_record_form_new (&dsc_kind_assessment);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    dsc_record_form_add_field (self->form, self->header_group, fields[i]);
  g_signal_connect (self->form, "saved", G_CALLBACK (on_form_saved_cb), self);
  g_signal_connect (self->form, "failed", G_CALLBACK (on_form_failed_cb), self);
}

/* The trainer answers first; when the trainer's assessment of today exists, a new
 * one is most likely the association's own, then a consensus. */
static int
free_respondent (DscStore   *store,
                 gint64      association_id,
                 const char *date)
{
  static const int order[] = { DSC_RESPONDENT_TRAINER, DSC_RESPONDENT_SELF, DSC_RESPONDENT_CONSENSUS };
  g_autoptr(GPtrArray) existing = dsc_store_list (store, &dsc_kind_assessment, association_id, NULL);

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; existing != NULL && i < existing->len; i++)
        {
          DscAssessment *other = g_ptr_array_index (existing, i);

          taken = taken || (other->respondent == order[o] && g_strcmp0 (other->date, date) == 0);
        }
      if (!taken)
        return order[o];
    }

  return DSC_RESPONDENT_TRAINER;
}

/**
 * dsc_assessment_dialog_new:
 * @store: the store
 * @association_id: the association assessed
 * @assessment_id: the assessment to open, or 0 for a new one (stored at its
 *   first choice, on the current framework version)
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_assessment_dialog_new (DscStore *store,
                           gint64    association_id,
                           gint64    assessment_id)
{
  DscAssessmentDialog *self = g_object_new (DSC_TYPE_ASSESSMENT_DIALOG, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DscProgress) progress = NULL;
  g_autoptr(GHashTable) scored = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  DscAssessment *assessment = NULL;

  self->store = g_object_ref (store);
  self->association_id = association_id;
  dsc_record_form_set_store (self->form, store);

  if (assessment_id > 0)
    {
      assessment = dsc_store_load (store, &dsc_kind_assessment, assessment_id, &error);
      if (assessment == NULL)
        show_error (self, error->message);
      g_clear_error (&error);
    }

  if (assessment == NULL)
    {
      gint64 earlier = dsc_store_count_where (store, &dsc_kind_assessment, "association", association_id, NULL);

      assessment = dsc_record_new (&dsc_kind_assessment);
      assessment->association_id = association_id;
      assessment->version_id = dsc_store_current_version (store, NULL);
      assessment->date = dsc_clock_today ();
      assessment->assessment_kind = earlier > 0 ? DSC_ASSESSMENT_FOLLOW_UP : DSC_ASSESSMENT_BASELINE;
      assessment->respondent = free_respondent (store, association_id, assessment->date);
      progress = dsc_progress_compute (store, association_id, NULL);
    }

  self->version = dsc_store_load_version (store, assessment->version_id, &error);
  if (self->version == NULL)
    show_error (self, error->message);

  dsc_record_form_set_record (self->form, assessment);
  update_heading (self);

  if (self->version != NULL)
    {
      g_autoptr(GPtrArray) scores = assessment->base.id > 0
                                    ? dsc_store_load_scores (store, assessment->base.id, NULL) : NULL;

      for (guint i = 0; scores != NULL && i < scores->len; i++)
        {
          DscScore *score = g_ptr_array_index (scores, i);
          g_hash_table_add (scored, g_memdup2 (&score->domain_id, sizeof (gint64)));
        }

      /* A retired domain is shown only where it was scored before it retired. */
      for (guint i = 0; i < self->version->domains->len; i++)
        {
          const DscDomainText *text = g_ptr_array_index (self->version->domains, i);

          if (!text->retired || g_hash_table_contains (scored, &text->id))
            build_domain (self, text, progress);
        }
      load_scores (self);
    }

  build_footer (self);

  /* Opening on the date with its text selected invites typing over it by
   * mistake: the first focus goes to the kind of assessment instead. */
  gtk_window_set_focus (GTK_WINDOW (self), dsc_record_form_get_widget (self->form, "assessment_kind"));
  return GTK_WIDGET (self);
}

gint64
dsc_assessment_dialog_get_assessment_id (DscAssessmentDialog *self)
{
  const DscAssessment *assessment;

  g_return_val_if_fail (DSC_IS_ASSESSMENT_DIALOG (self), 0);

  assessment = current_assessment (self);
  return assessment != NULL ? assessment->base.id : 0;
}

/**
 * dsc_assessment_dialog_get_level_row:
 * @self: the dialog
 * @domain_id: a domain
 * @level: a level, or -1 for "not assessed"
 *
 * Returns: (transfer none) (nullable): the row that chooses it (tests use this)
 */
GtkWidget *
dsc_assessment_dialog_get_level_row (DscAssessmentDialog *self,
                                     gint64               domain_id,
                                     int                  level)
{
  g_return_val_if_fail (DSC_IS_ASSESSMENT_DIALOG (self), NULL);

  for (guint i = 0; i < self->domains->len; i++)
    {
      DomainEditor *editor = g_ptr_array_index (self->domains, i);

      if (editor->domain_id == domain_id && (guint) MAX (level, 0) < editor->level_rows->len)
        return g_ptr_array_index (editor->level_rows, MAX (level, 0));
    }

  return NULL;
}

GtkWidget *
dsc_assessment_dialog_get_field_widget (DscAssessmentDialog *self,
                                        const char          *field_name)
{
  g_return_val_if_fail (DSC_IS_ASSESSMENT_DIALOG (self), NULL);

  return dsc_record_form_get_widget (self->form, field_name);
}
