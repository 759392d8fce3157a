/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Included by screenshots.c. The Meetings page: "meetings" (the list and a
 * meeting), "meeting-long-notes" (several long paragraphs of notes, scrolled),
 * "meetings-search" (a search of two words with its snippets, the best place
 * opened). */

#include "dsc-meeting-editor.h"
#include "dsc-meetings-page.h"
#include "dsc-meetings.h"

static const char *long_notes[] = {
  "Apre l’incontro l’assistente sociale del Distretto Nord, che ricorda come dall’inizio dell’anno le richieste di "
  "sostegno all’affitto arrivate allo sportello siano quasi raddoppiate. Molte famiglie seguite dall’associazione "
  "hanno un contratto in scadenza entro la primavera e i proprietari non intendono rinnovarlo; in tre casi è già "
  "arrivata la lettera di sfratto per morosità incolpevole.",
  "L’associazione presenta la situazione delle dodici famiglie che accompagna: otto vivono in alloggi sovraffollati, "
  "due in una casa senza riscaldamento, due sono ospiti presso parenti. Awa spiega che spesso le famiglie non "
  "sanno di poter chiedere il contributo del fondo morosità incolpevole, e che i moduli sono solo in italiano; "
  "propone di preparare insieme una scheda semplice in francese, inglese e wolof da lasciare allo sportello.",
  "Il Comune conferma che il bando per l’emergenza abitativa riapre a febbraio. Per la domanda servono l’ISEE "
  "aggiornato, il contratto registrato e, se c’è, la lettera del proprietario. L’ufficio casa può ricevere le "
  "famiglie su appuntamento il martedì mattina; chi non parla bene l’italiano può venire con un mediatore "
  "dell’associazione, che sarà riconosciuto come accompagnatore.",
  "Si discute a lungo dei tempi: tra la domanda e la risposta passano in media tre mesi, troppo per chi ha uno "
  "sfratto esecutivo. L’assistente sociale propone di segnalare subito i casi urgenti alla commissione "
  "emergenza abitativa, che si riunisce ogni due settimane, allegando una breve relazione dell’associazione. "
  "Marta chiede che la relazione possa essere scritta anche a mano e consegnata allo sportello: si accetta.",
  "Infine si parla dell’housing first e delle due case messe a disposizione dalla parrocchia di San Donato. "
  "Il Comune è disponibile a un progetto sperimentale per sei mesi, con un educatore per due mezze giornate a "
  "settimana; l’associazione si occuperebbe dell’accompagnamento quotidiano e dei rapporti con i vicini. Ci si "
  "rivede a gennaio con una proposta scritta.",
};

/* Meetings the demo may not have made yet: a few realistic ones, with their
 * services, associations and follow-ups. Returns the meeting to show. */
static gint64
meetings_ensure (DscStore *store,
                 gboolean  long_notes_wanted)
{
  static const struct
  {
    const char *date, *time, *title, *location, *attendees, *notes, *decisions;
    int         kind;
  } samples[] = {
    { "2026-11-18", "10:00", "Tavolo casa con i servizi sociali", "Via Giulio 22, Torino",
      "Marta Rinaldi (Comune, servizi sociali); Awa Ndiaye (Al Amal); Karim Benali (ASL Città di Torino)",
      "Sei famiglie cercano un alloggio dopo lo sfratto. Il Comune propone l’housing first per due di loro.\n\n"
      "L’ASL chiede di segnalare i bambini che non hanno ancora il pediatra.",
      "Segnalare entro fine mese le famiglie con sfratto esecutivo.", DSC_MEETING_WITH_SERVICES },
    { "2026-10-07", "17:30", "Iscrizioni al CPIA e corsi di italiano", "CPIA 1 Torino",
      "Prof.ssa Luisa Ferri (CPIA); Omar Diallo (Bridges)",
      "Posti disponibili nei corsi serali A2; serve il permesso di soggiorno o la ricevuta del rinnovo.",
      "Il CPIA apre un corso al sabato mattina per le mamme.", DSC_MEETING_WITH_SERVICES },
    { "2026-09-15", NULL, "Visita allo sportello lavoro di Collegno", "Centro per l’impiego di Collegno",
      "Operatori del CPI; volontari di Al Amal",
      "Lo sportello spiega il patto di servizio e i tirocini di inclusione.", NULL, DSC_MEETING_STUDY_VISIT },
  };
  static const char *service_names[] = { "Comune di Torino – Servizi sociali, Distretto Nord", "ASL Città di Torino",
                                         "CPIA 1 Torino" };
  g_autoptr(GPtrArray) associations = dsc_store_list (store, &dsc_kind_association, 0, NULL);
  gint64 services[G_N_ELEMENTS (service_names)];
  gint64 first = 0;

  if (!long_notes_wanted && dsc_store_count (store, &dsc_kind_meeting, NULL) > 0)
    {
      DscMeetingFilter filter = DSC_MEETING_FILTER_INIT;
      g_autoptr(GPtrArray) rows = dsc_store_list_meetings (store, &filter, NULL);

      /* The newest meeting with services, associations and something still open. */
      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          DscMeetingSummary *row = g_ptr_array_index (rows, i);

          if (row->services != NULL && row->associations != NULL && row->open_follow_ups > 0)
            return row->id;
        }
      return rows != NULL && rows->len > 0 ? ((DscMeetingSummary *) g_ptr_array_index (rows, 0))->id : 0;
    }

  for (guint s = 0; s < G_N_ELEMENTS (service_names); s++)
    {
      g_autoptr(DscService) service = dsc_record_new (&dsc_kind_service);

      service->name = g_strdup (service_names[s]);
      service->service_type = s == 0 ? DSC_SERVICE_SOCIAL_SERVICES : s == 1 ? DSC_SERVICE_ASL : DSC_SERVICE_SCHOOL;
      service->municipality = g_strdup ("Torino");
      dsc_store_insert (store, service, NULL);
      services[s] = service->base.id;
    }

  for (guint m = 0; m < G_N_ELEMENTS (samples); m++)
    {
      g_autoptr(DscMeeting) meeting = dsc_record_new (&dsc_kind_meeting);
      gint64 association = ((DscRecord *) g_ptr_array_index (associations, m % associations->len))->id;
      gint64 linked[] = { services[m % G_N_ELEMENTS (services)], services[(m + 1) % G_N_ELEMENTS (services)] };

      meeting->date = g_strdup (samples[m].date);
      meeting->time = g_strdup (samples[m].time);
      meeting->title = g_strdup (samples[m].title);
      meeting->location = g_strdup (samples[m].location);
      meeting->attendees = g_strdup (samples[m].attendees);
      meeting->notes = g_strdup (samples[m].notes);
      meeting->decisions = g_strdup (samples[m].decisions);
      meeting->meeting_kind = samples[m].kind;
      if (m == 0 && long_notes_wanted)
        {
          g_free (meeting->notes);
          g_free (meeting->title);
          g_free (meeting->date);
          meeting->notes = g_strjoinv ("\n\n", (char **) long_notes);
          meeting->title = g_strdup ("Emergenza abitativa: tavolo con il Distretto Nord");
          meeting->date = g_strdup ("2026-11-24");
        }
      dsc_store_insert (store, meeting, NULL);
      dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_service, linked, m == 2 ? 1 : 2, NULL);
      dsc_store_set_meeting_links (store, meeting->base.id, &dsc_kind_association, &association, 1, NULL);
      if (m == 0)
        first = meeting->base.id;

      if (m == 0)
        {
          static const struct { const char *what, *owner, *due, *done; int status; } agreed[] = {
            { "Preparare la scheda sul fondo morosità in francese, inglese e wolof", "Awa Ndiaye", "2026-12-10", NULL,
              DSC_FOLLOW_UP_OPEN },
            { "Segnalare le famiglie con sfratto esecutivo alla commissione", "Marta Rinaldi", "2026-11-21", NULL,
              DSC_FOLLOW_UP_OPEN },
            { "Mandare l’elenco dei bambini senza pediatra all’ASL", "Omar Diallo", "2026-11-25", "2026-11-24",
              DSC_FOLLOW_UP_DONE },
          };

          for (guint f = 0; f < G_N_ELEMENTS (agreed); f++)
            {
              g_autoptr(DscFollowUp) follow_up = dsc_record_new (&dsc_kind_follow_up);

              follow_up->meeting_id = meeting->base.id;
              follow_up->what = g_strdup (agreed[f].what);
              follow_up->owner = g_strdup (agreed[f].owner);
              follow_up->due_date = g_strdup (agreed[f].due);
              follow_up->done_date = g_strdup (agreed[f].done);
              follow_up->status = agreed[f].status;
              follow_up->association_id = f == 0 ? association : 0;
              follow_up->service_id = f == 1 ? services[0] : 0;
              if (follow_up->due_date != NULL && g_strcmp0 (follow_up->due_date, meeting->date) < 0)
                g_clear_pointer (&follow_up->due_date, g_free);
              if (follow_up->done_date != NULL && g_strcmp0 (follow_up->done_date, meeting->date) < 0)
                {
                  g_free (follow_up->done_date);
                  follow_up->done_date = g_strdup (meeting->date);
                }
              dsc_store_insert (store, follow_up, NULL);
            }
        }
    }

  return first;
}

static void
meetings_wait (DscMeetingsPage *page)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  iterate (100);
  while (dsc_meetings_page_is_loading (page) && g_get_monotonic_time () < until)
    iterate (20);
  iterate (300);
}

static GtkWidget *
meetings_scene (DscWindow  *window,
                const char *scene,
                int         width,
                int         height)
{
  DscStore *store = dsc_window_get_store (window);
  DscMeetingsPage *page = DSC_MEETINGS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), DSC_TYPE_WINDOW,
                                                                            "meetings_page"));
  DscMeetingEditor *editor = DSC_MEETING_EDITOR (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                                DSC_TYPE_MEETINGS_PAGE, "editor"));
  gboolean narrow = width < 600;
  gint64 meeting_id = meetings_ensure (store, g_str_equal (scene, "meeting-long-notes"));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                        DSC_TYPE_WINDOW,
                                                                                        "view_stack")),
                                         "meetings");
  meetings_wait (page);

  if (g_str_equal (scene, "meetings-search"))
    {
      GtkWidget *search = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_MEETINGS_PAGE,
                                                                     "search_entry"));

      gtk_editable_set_text (GTK_EDITABLE (search), "alloggio sovraffollato");
      iterate (300);
      meetings_wait (page);
      /* Wide: the first place found, opened; narrow: the places found. */
      if (!narrow)
        {
          g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (page), DSC_TYPE_MEETINGS_PAGE,
                                                                "list_view"),
                                 "activate", 0);
          iterate (600);
        }
      return GTK_WIDGET (window);
    }

  dsc_meetings_page_show_meeting (page, meeting_id);
  iterate (500);

  if (g_str_equal (scene, "meeting-long-notes"))
    {
      GtkWidget *notes = dsc_meeting_editor_get_field_widget (editor, "notes");
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes));
      GtkTextIter iter;

      /* Reading the notes, the cursor in the third paragraph. */
      gtk_text_buffer_get_iter_at_line (buffer, &iter, 4);
      gtk_text_buffer_place_cursor (buffer, &iter);
      gtk_widget_grab_focus (notes);
      scroll_to (gtk_widget_get_parent (gtk_widget_get_parent (notes)));
      iterate (500);
    }

  return GTK_WIDGET (window);
}
