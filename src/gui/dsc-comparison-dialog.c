/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The association's own reading beside the trainer's (or the consensus) on the
 * same date, domain by domain, with the differences standing out: where they
 * see things differently is where the conversation starts. */

#include "config.h"

#include <glib/gi18n.h>

#include "dsc-capacity.h"
#include "dsc-comparison-dialog.h"
#include "dsc-gui-util.h"

struct _DscComparisonDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *domains_group;

  guint                n_different;
};

G_DEFINE_FINAL_TYPE (DscComparisonDialog, dsc_comparison_dialog, ADW_TYPE_WINDOW)

static int
level_in (GPtrArray *scores,
          gint64     domain_id)
{
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      DscScore *score = g_ptr_array_index (scores, i);

      if (score->domain_id == domain_id)
        return score->level;
    }

  return -1;
}

static char *
level_text (const char *who,
            int         level)
{
  /* Translators: one respondent's level in a comparison: "Trainer: 3". */
  return level >= 1 ? g_strdup_printf (_("%s: %d"), who, level) : g_strdup_printf (_("%s: –"), who);
}

static void
dsc_comparison_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DSC_TYPE_COMPARISON_DIALOG);

  G_OBJECT_CLASS (dsc_comparison_dialog_parent_class)->dispose (object);
}

static void
dsc_comparison_dialog_class_init (DscComparisonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dsc_comparison_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/discorsi/Discorsi/dsc-comparison-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DscComparisonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DscComparisonDialog, domains_group);
}

static void
dsc_comparison_dialog_init (DscComparisonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dsc_comparison_dialog_new:
 * @store: the store
 * @association_id: an association
 * @date: a date on which it has its own assessment and the trainer's (or a consensus)
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
dsc_comparison_dialog_new (DscStore   *store,
                           gint64      association_id,
                           const char *date)
{
  DscComparisonDialog *self = g_object_new (DSC_TYPE_COMPARISON_DIALOG, NULL);
  g_autoptr(GPtrArray) assessments = dsc_store_list (store, &dsc_kind_assessment, association_id, NULL);
  g_autoptr(GPtrArray) own_scores = NULL;
  g_autoptr(GPtrArray) other_scores = NULL;
  g_autoptr(DscFrameworkVersion) version = NULL;
  g_autofree char *shown_date = dsc_format_date (date);
  g_autofree char *summary = NULL;
  DscAssessment *own = NULL, *other = NULL;
  const char *other_name;
  guint both = 0, agree = 0;
  int largest = 0;
  const char *largest_domain = NULL;

  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      DscAssessment *assessment = g_ptr_array_index (assessments, i);

      if (g_strcmp0 (assessment->date, date) != 0)
        continue;
      if (assessment->respondent == DSC_RESPONDENT_SELF)
        own = assessment;
      /* The consensus, when there is one, is what the trainer signed up to. */
      else if (other == NULL || assessment->respondent == DSC_RESPONDENT_CONSENSUS)
        other = assessment;
    }

  adw_window_title_set_subtitle (self->window_title, shown_date);
  if (own == NULL || other == NULL)
    {
      adw_preferences_group_set_description (self->domains_group,
                                             _("There is no pair of readings to compare on this date."));
      return GTK_WIDGET (self);
    }

  own_scores = dsc_store_load_scores (store, own->base.id, NULL);
  other_scores = dsc_store_load_scores (store, other->base.id, NULL);
  version = dsc_store_load_version (store, other->version_id, NULL);
  other_name = dsc_enum_label (&dsc_enum_respondent, other->respondent);

  for (guint i = 0; version != NULL && i < version->domains->len; i++)
    {
      const DscDomainText *text = g_ptr_array_index (version->domains, i);
      int own_level = level_in (own_scores, text->id);
      int other_level = level_in (other_scores, text->id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *difference;
      g_autofree char *difference_text = NULL;

      if (text->retired && own_level < 1 && other_level < 1)
        continue;

      g_autofree char *own_text = level_text (_("Association"), own_level);
      g_autofree char *other_text = level_text (other_name, other_level);
      const char *reading = NULL;

      dsc_row_set_title (row, dsc_framework_domain_name (version, text));

      if (own_level >= 1 && other_level >= 1)
        {
          int delta = own_level - other_level;

          both++;
          if (delta == 0)
            {
              agree++;
              difference_text = g_strdup (_("same"));
            }
          else
            difference_text = g_strdup_printf (delta > 0 ? "+%d" : "−%d", ABS (delta));

          difference = gtk_label_new (difference_text);
          gtk_widget_set_valign (difference, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (difference, "level-difference");
          gtk_widget_add_css_class (difference, "numeric");
          if (ABS (delta) >= 2)
            gtk_widget_add_css_class (difference, "error");
          else if (ABS (delta) == 1)
            gtk_widget_add_css_class (difference, "warning");
          else
            gtk_widget_add_css_class (difference, "success");

          if (delta != 0)
            {
              self->n_different++;
              gtk_widget_add_css_class (row, "differs");
              /* Translators: how the association's own reading differs from the trainer's. */
              reading = delta > 0 ? _("The association sees itself higher")
                                  : _("The association sees itself lower");
            }
          if (ABS (delta) > largest)
            {
              largest = ABS (delta);
              largest_domain = dsc_framework_domain_name (version, text);
            }
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), difference);
        }

      /* Both readings under the name, so that the name keeps the width. */
      {
        g_autofree char *readings = reading != NULL
                                    ? g_strdup_printf ("%s · %s\n%s", own_text, other_text, reading)
                                    : g_strdup_printf ("%s · %s", own_text, other_text);
        dsc_row_set_subtitle (row, readings);
      }

      gtk_widget_set_name (row, text->code);
      adw_preferences_group_add (self->domains_group, row);
    }

  if (largest > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "They agree on %u of %u domain read by both; the largest difference is in “%s”.",
                                            "They agree on %u of %u domains read by both; the largest difference is in “%s”.",
                                            both), agree, both, largest_domain);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "They agree on the %u domain read by both.",
                                            "They agree on all %u domains read by both.", both), both);
  {
    g_autofree char *escaped = dsc_markup (summary);
    adw_preferences_group_set_description (self->domains_group, escaped);
  }

  return GTK_WIDGET (self);
}

guint
dsc_comparison_dialog_get_n_different (DscComparisonDialog *self)
{
  g_return_val_if_fail (DSC_IS_COMPARISON_DIALOG (self), 0);

  return self->n_different;
}
