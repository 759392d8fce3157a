/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. "follow-ups" (the open follow-ups, in a window of
 * their own), "services" (the directory), "follow-ups-service-page" (a service
 * of the directory with a mistyped e-mail), "association-meetings" (the
 * Meetings section of an association). When the demo has no meetings yet, a
 * few are made here. */

#include "dsc-association-meetings.h"
#include "dsc-follow-ups-view.h"
#include "dsc-meetings.h"
#include "dsc-services-window.h"

typedef struct
{
  const char *name;
  int         type;
  const char *municipality;
  const char *contact;
  const char *phone;
  const char *email;
} ShotService;

static const ShotService shot_services[] = {
  { "Servizi sociali – Circoscrizione 8", DSC_SERVICE_SOCIAL_SERVICES, "Torino", "Paola Ferrero",
    "011 011 23456", "servizisociali.c8@comune.torino.it" },
  { "ASL Città di Torino – Consultorio familiare", DSC_SERVICE_ASL, "Torino", "Dott.ssa Elena Bosio",
    "011 566 1234", NULL },
  { "Centro per l’Impiego di Torino", DSC_SERVICE_CPI, "Torino", "Marco Gallo", NULL,
    "cpi.torino@agenziapiemontelavoro.it" },
  { "Prefettura di Torino – Sportello Unico Immigrazione", DSC_SERVICE_PREFECTURE, "Torino", NULL, NULL, NULL },
  { "CPIA 1 Torino", DSC_SERVICE_SCHOOL, "Torino", "Giulia Rossetti", "011 432 5678", NULL },
  { "Questura di Torino – Ufficio Immigrazione", DSC_SERVICE_POLICE, "Torino", NULL, NULL, NULL },
  { "Consorzio Monviso Solidale", DSC_SERVICE_SOCIAL_SERVICES, "Fossano", "Luca Bertola", NULL, NULL },
  { "Comune di Asti – Ufficio Casa", DSC_SERVICE_OTHER, "Asti", NULL, "0141 399 111", NULL },
  { "ASL CN1 – Servizio di mediazione", DSC_SERVICE_ASL, "Cuneo", NULL, NULL, NULL },
};

static gint64
shot_meeting (DscStore     *store,
              const char   *date,
              const char   *title,
              int           kind,
              const gint64 *services,
              guint         n_services,
              const gint64 *associations,
              guint         n_associations)
{
  g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);

  meeting->date = g_strdup (date);
  meeting->time = g_strdup ("10:00");
  meeting->title = g_strdup (title);
  meeting->meeting_kind = kind;
  meeting->location = g_strdup ("Via Giacosa 18, Torino");
  if (!dsc_store_insert (store, meeting, NULL)
      || !dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_service, services, n_services, NULL)
      || !dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_association, associations,
                                       n_associations, NULL))
    g_error ("Could not add the meeting %s", title);

  return meeting->base.id;
}

static void
shot_follow_up (DscStore   *store,
                gint64      meeting_id,
                gint64      association_id,
                gint64      service_id,
                const char *what,
                const char *owner,
                const char *due_date,
                int         status)
{
  g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);

  follow_up->meeting_id = meeting_id;
  follow_up->association_id = association_id;
  follow_up->service_id = service_id;
  follow_up->what = g_strdup (what);
  follow_up->owner = g_strdup (owner);
  follow_up->due_date = g_strdup (due_date);
  follow_up->status = status;
  if (status == DSC_FOLLOW_UP_DONE)
    follow_up->done_date = g_strdup (due_date);
  if (!dsc_store_insert (store, follow_up, NULL))
    g_error ("Could not add the follow-up %s", what);
}

/* Services, meetings and follow-ups around the third association, unless the
 * demo made some. Returns the association with the most open follow-ups. */
static gint64
follow_ups_data (DscStore *store)
{
  g_autoptr(GPtrArray) associations = dsc_store_list (store, &dsc_kind_association, 0, NULL);
  g_autoptr(GPtrArray) counts = NULL;
  gint64 s[G_N_ELEMENTS (shot_services)];
  gint64 a, b, c, best = 0;
  int most = -1;

  if (dsc_store_count (store, &dsc_kind_meeting, NULL) == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (shot_services); i++)
        {
          g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);

          service->name = g_strdup (shot_services[i].name);
          service->service_type = shot_services[i].type;
          service->municipality = g_strdup (shot_services[i].municipality);
          service->contact_person = g_strdup (shot_services[i].contact);
          service->phone = g_strdup (shot_services[i].phone);
          service->email = g_strdup (shot_services[i].email);
          if (!dsc_store_insert (store, service, NULL))
            g_error ("Could not add the service %s", shot_services[i].name);
          s[i] = service->base.id;
        }

      a = ((DscRecord *) g_ptr_array_index (associations, 2))->id;
      b = ((DscRecord *) g_ptr_array_index (associations, 0))->id;
      c = ((DscRecord *) g_ptr_array_index (associations, 5))->id;

      {
        gint64 services[] = { s[0] };
        gint64 with[] = { a, b };
        gint64 m = shot_meeting (store, "2026-06-12", "Tavolo casa con i servizi sociali",
                                 DSC_MEETING_WITH_SERVICES, services, 1, with, 2);

        shot_follow_up (store, m, a, s[0], "Inviare l’elenco delle famiglie in emergenza abitativa",
                        "Fatou Diop", "2026-07-15", DSC_FOLLOW_UP_OPEN);
        shot_follow_up (store, m, b, s[0], "Fissare un incontro con l’ATC per gli alloggi di via Nizza",
                        "Servizi sociali", "2026-09-30", DSC_FOLLOW_UP_OPEN);
        shot_follow_up (store, m, a, s[0], "Raccogliere i contratti d’affitto scaduti", "Omar Benali",
                        "2026-07-01", DSC_FOLLOW_UP_DONE);
      }
      {
        gint64 services[] = { s[1] };
        gint64 with[] = { a };
        gint64 m = shot_meeting (store, "2026-09-18", "Incontro con il consultorio sulla salute delle donne",
                                 DSC_MEETING_WITH_SERVICES, services, 1, with, 1);

        shot_follow_up (store, m, a, s[1], "Tradurre il volantino sugli screening in wolof e francese",
                        "Awa Ndiaye", "2026-11-26", DSC_FOLLOW_UP_OPEN);
        shot_follow_up (store, m, a, s[1], "Organizzare una mattina informativa al consultorio per le socie",
                        "Dott.ssa Elena Bosio", "2026-12-10", DSC_FOLLOW_UP_OPEN);
      }
      {
        gint64 services[] = { s[2], s[4] };
        gint64 with[] = { a, c };
        gint64 m = shot_meeting (store, "2026-10-22", "Tavolo lavoro con il Centro per l’Impiego",
                                 DSC_MEETING_WORKING_TABLE, services, 2, with, 2);

        shot_follow_up (store, m, a, s[2], "Raccogliere i curriculum dei soci senza lavoro", "Omar Benali",
                        "2026-12-31", DSC_FOLLOW_UP_OPEN);
        shot_follow_up (store, m, c, s[4], "Segnalare i corsi di italiano per il lavoro del CPIA", NULL,
                        NULL, DSC_FOLLOW_UP_OPEN);
        shot_follow_up (store, m, 0, s[2], "Chiedere le date dei prossimi colloqui di gruppo", "Marco Gallo",
                        "2026-11-27", DSC_FOLLOW_UP_OPEN);
      }
      {
        gint64 with[] = { a };
        gint64 m = shot_meeting (store, "2026-11-05", "Riunione interna: bilancio dell’anno",
                                 DSC_MEETING_INTERNAL, NULL, 0, with, 1);

        shot_follow_up (store, m, a, 0, "Aggiornare l’elenco dei soci e delle quote", "Segreteria", NULL,
                        DSC_FOLLOW_UP_OPEN);
      }
      {
        gint64 services[] = { s[3], s[5] };
        gint64 with[] = { b, a };
        gint64 m = shot_meeting (store, "2025-11-20", "Sportello immigrazione: rinnovi dei permessi",
                                 DSC_MEETING_WITH_SERVICES, services, 2, with, 2);

        shot_follow_up (store, m, b, s[3], "Portare le copie dei documenti per i rinnovi di gennaio",
                        "Ibrahima Sow", "2025-12-15", DSC_FOLLOW_UP_OPEN);
      }
    }

  counts = dsc_store_follow_ups_by_association (store, NULL);
  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      DscFollowUpCounts *each = g_ptr_array_index (counts, i);

      if (each->open > most)
        {
          most = each->open;
          best = each->id;
        }
    }

  return best > 0 ? best : ((DscRecord *) g_ptr_array_index (associations, 2))->id;
}

static GtkWidget *
shot_find_named (GtkWidget  *root,
                 const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = g_strcmp0 (gtk_widget_get_name (child), name) == 0
                         ? child : shot_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
follow_ups_scene (DscWindow  *window,
                  const char *scene,
                  int         width,
                  int         height)
{
  DscStore *store = dsc_window_get_store (window);
  gint64 association_id = follow_ups_data (store);

  if (g_str_equal (scene, "follow-ups"))
    {
      /* The view alone, as wide (or as narrow) as the shot. */
      GtkWidget *shot = adw_window_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = adw_header_bar_new ();
      GtkWidget *overlay = adw_toast_overlay_new ();
      GtkWidget *view = g_object_new (DSC_TYPE_FOLLOW_UPS_VIEW, NULL);

      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Open Follow-ups"), NULL));
      gtk_box_append (GTK_BOX (box), header);
      gtk_widget_set_vexpand (overlay, TRUE);
      adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
      gtk_box_append (GTK_BOX (box), overlay);
      adw_window_set_content (ADW_WINDOW (shot), box);
      dsc_follow_ups_view_set_store (DSC_FOLLOW_UPS_VIEW (view), store);
      gtk_window_set_transient_for (GTK_WINDOW (shot), GTK_WINDOW (window));
      gtk_window_set_default_size (GTK_WINDOW (shot), width, height);
      gtk_window_present (GTK_WINDOW (shot));
      iterate (500);
      return shot;
    }

  if (g_str_equal (scene, "services") || g_str_equal (scene, "follow-ups-service-page"))
    {
      GtkWidget *directory = dsc_services_window_new (GTK_WINDOW (window), store);

      gtk_window_set_default_size (GTK_WINDOW (directory), MIN (width, 560), height);
      gtk_window_present (GTK_WINDOW (directory));
      iterate (400);

      if (g_str_equal (scene, "follow-ups-service-page"))
        {
          GtkWidget *row = shot_find_named (directory, "service-row");

          /* The first service of the list, with a mistyped e-mail. */
          g_assert (row != NULL);
          g_signal_emit_by_name (row, "activated");
          iterate (500);
          gtk_editable_set_text (GTK_EDITABLE (dsc_services_window_get_field_widget (
                                   DSC_SERVICES_WINDOW (directory), "email")),
                                 "servizisociali-at-comune.torino.it");
          iterate (300);
        }
      iterate (300);
      return directory;
    }

  /* association-meetings */
  {
    DscAssociationsPage *page = dsc_window_get_associations_page (window);
    DscAssociationDetail *detail = DSC_ASSOCIATION_DETAIL (
      gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_ASSOCIATIONS_PAGE, "detail"));

    dsc_associations_page_select (page, association_id);
    if (width < 600)
      {
        GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                         DSC_TYPE_ASSOCIATIONS_PAGE, "list_view"));

        g_signal_emit_by_name (list, "activate",
                               gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list))));
      }
    adw_view_stack_set_visible_child_name (
      ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (detail), DSC_TYPE_ASSOCIATION_DETAIL,
                                                     "section_stack")),
      "meetings");
    iterate (500);
    return GTK_WIDGET (window);
  }
}
