/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Meetings in the store: services and participants, follow-ups and their
 * rules on a fixed clock, open and overdue lists, full-text search as a person
 * types it, deletion with undo and purge, and a meeting copied as text. */

#include "config.h"

#include <locale.h>

#include "dsc-capacity.h"
#include "dsc-meetings.h"
#include "dsc-search.h"
#include "dsc-test-util.h"

typedef struct
{
  char           *dir;
  DscStore       *store;
  DscAssociation *association;
  DscService     *service;
} Fixture;

static DscService *
add_service (DscStore   *store,
             const char *name,
             int         type)
{
  g_autoptr(GError) error = NULL;
  DscService *service = dsc_record_new (&dsc_kind_service);

  service->name = g_strdup (name);
  service->service_type = type;
  service->municipality = g_strdup ("Torino");
  g_assert_true (dsc_store_insert (store, service, &error));
  g_assert_no_error (error);
  return service;
}

static DscMeeting *
add_meeting (Fixture    *fixture,
             const char *date,
             const char *title,
             const char *notes)
{
  g_autoptr(GError) error = NULL;
  DscMeeting *meeting = dsc_record_new (&dsc_kind_meeting);

  meeting->date = g_strdup (date);
  meeting->title = g_strdup (title);
  meeting->notes = g_strdup (notes);
  meeting->meeting_kind = DSC_MEETING_WITH_SERVICES;
  g_assert_true (dsc_store_insert (fixture->store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static DscFollowUp *
new_follow_up (gint64      meeting_id,
               const char *what,
               const char *due_date)
{
  DscFollowUp *follow_up = dsc_record_new (&dsc_kind_follow_up);

  follow_up->meeting_id = meeting_id;
  follow_up->what = g_strdup (what);
  follow_up->due_date = g_strdup (due_date);
  return follow_up;
}

static DscFollowUp *
add_follow_up (Fixture    *fixture,
               gint64      meeting_id,
               const char *what,
               const char *due_date)
{
  g_autoptr(GError) error = NULL;
  DscFollowUp *follow_up = new_follow_up (meeting_id, what, due_date);

  follow_up->association_id = fixture->association->base.id;
  follow_up->service_id = fixture->service->base.id;
  g_assert_true (dsc_store_insert (fixture->store, follow_up, &error));
  g_assert_no_error (error);
  return follow_up;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  fixture->dir = dsc_test_make_dir ();
  {
    g_autofree char *path = g_build_filename (fixture->dir, "discorsi.db", NULL);
    fixture->store = dsc_test_open (path);
  }
  fixture->association = dsc_test_add_association (fixture->store, "Comité des femmes sénégalaises",
                                                   DSC_PROVINCE_TO);
  fixture->service = add_service (fixture->store, "Servizi sociali Circoscrizione 7",
                                  DSC_SERVICE_SOCIAL_SERVICES);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  dsc_record_free (fixture->service);
  dsc_association_free (fixture->association);
  g_clear_object (&fixture->store);
  dsc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The titles of the meetings a search found, in order, one per meeting. */
static char *
search_titles (Fixture    *fixture,
               const char *typed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, typed, NULL, 50, &error);
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  for (guint i = 0; i < hits->len; i++)
    {
      DscMeetingHit *hit = g_ptr_array_index (hits, i);

      if (!g_hash_table_add (seen, &hit->meeting_id))
        continue;
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "", hit->title);
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_search_as_typed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscMeeting) housing = add_meeting (fixture, "2026-03-10", "Tavolo casa",
                                               "Il Comité ha chiesto un alloggio temporaneo per due famiglie.");
  g_autoptr(DscMeeting) health = add_meeting (fixture, "2026-04-02", "Incontro con l'ASL TO3",
                                              "Tessera sanitaria: servono i documenti della questura.");
  g_autoptr(DscMeeting) school = add_meeting (fixture, "2026-05-20", "CPIA e corsi serali",
                                              "Corsi di italiano AND matematica (livello A2) -- \"urgente\"");
  g_autoptr(DscFollowUp) follow_up = add_follow_up (fixture, health->base.id,
                                                    "Chiedere alla Questura l'elenco dei documenti", NULL);
  g_autofree char *accents = search_titles (fixture, "comite");
  g_autofree char *upper = search_titles (fixture, "COMITÉ");
  g_autofree char *prefix = search_titles (fixture, "alloggi");
  g_autofree char *two_words = search_titles (fixture, "tessera documenti");
  g_autofree char *two_apart = search_titles (fixture, "alloggio tessera");
  g_autofree char *follow_up_text = search_titles (fixture, "elenco");

  g_assert_cmpstr (accents, ==, "Tavolo casa");
  g_assert_cmpstr (upper, ==, "Tavolo casa");
  g_assert_cmpstr (prefix, ==, "Tavolo casa");
  g_assert_cmpstr (two_words, ==, "Incontro con l'ASL TO3");
  g_assert_cmpstr (two_apart, ==, "");
  g_assert_cmpstr (follow_up_text, ==, "Incontro con l'ASL TO3");

  /* What FTS5 would read as syntax is only text to a person. */
  {
    const char *typed[] = {
      "\"urgente", "urgente\"", "corsi*", "-- italiano", "(livello", "A2)", "italiano AND",
      "AND", "OR matematica", "NOT", "NEAR(corsi", "title:corsi", "^corsi", "+", "\"\"", "*",
      "livello: A2", "{corsi}", "corsi'", "' OR 1=1 --",
    };

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, typed[i], NULL, 50, &error);

        g_assert_no_error (error);
        g_assert_nonnull (hits);
      }
  }
  {
    g_autofree char *quoted = search_titles (fixture, "\"urgente\"");
    g_autofree char *with_and = search_titles (fixture, "italiano AND matematica");
    g_autofree char *brackets = search_titles (fixture, "(livello A2)");
    g_autofree char *minus = search_titles (fixture, "-corsi");
    g_autofree char *star = search_titles (fixture, "seral*");

    g_assert_cmpstr (quoted, ==, "CPIA e corsi serali");
    g_assert_cmpstr (with_and, ==, "CPIA e corsi serali");
    g_assert_cmpstr (brackets, ==, "CPIA e corsi serali");
    g_assert_cmpstr (minus, ==, "CPIA e corsi serali");
    g_assert_cmpstr (star, ==, "CPIA e corsi serali");
  }

  /* The snippet marks the words found. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, "alloggi", NULL, 10, &error);
    DscMeetingHit *hit;

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    hit = g_ptr_array_index (hits, 0);
    g_assert_cmpint (hit->meeting_id, ==, housing->base.id);
    g_assert_cmpint (hit->follow_up_id, ==, 0);
    g_assert_nonnull (strstr (hit->snippet, DSC_HIT_START "alloggio" DSC_HIT_END));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, "comite temporan", NULL, 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpstr (((DscMeetingHit *) g_ptr_array_index (hits, 0))->snippet, ==,
                     "Il " DSC_HIT_START "Comité" DSC_HIT_END " ha chiesto un alloggio "
                     DSC_HIT_START "temporaneo" DSC_HIT_END " per due famiglie.");
  }

  /* A title match ranks above a mention in the notes. */
  {
    g_autoptr(DscMeeting) mention = add_meeting (fixture, "2026-06-01", "Riunione interna",
                                                 "Si è parlato anche di casa e di lavoro.");
    g_autofree char *ranked = search_titles (fixture, "casa");

    g_assert_cmpstr (ranked, ==, "Tavolo casa|Riunione interna");
  }

  /* Nothing to search for is an empty answer, not an error. */
  {
    g_autofree char *blank = search_titles (fixture, "   ");
    g_autofree char *punctuation = search_titles (fixture, "?!,;");

    g_assert_cmpstr (blank, ==, "");
    g_assert_cmpstr (punctuation, ==, "");
  }
  (void) school;
  (void) follow_up;
}

static void
test_any_script (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *notes[] = {
    "اجتماع مع الخدمات الاجتماعية حول السكن",
    "与社会服务部门会面，讨论住房问题",
    "Rencontre très utile 🎉 avec l'ASL",
  };
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (dsc_record_free);
  g_autoptr(GString) long_notes = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autofree char *title = g_strdup_printf ("Meeting %u", i + 1);
      DscMeeting *meeting = add_meeting (fixture, "2026-02-01", title, notes[i]);
      g_autoptr(DscMeeting) again = dsc_store_load (fixture->store, &dsc_kind_meeting, meeting->base.id, NULL);

      g_assert_cmpstr (again->notes, ==, notes[i]);
      g_ptr_array_add (meetings, meeting);
    }

  {
    g_autofree char *arabic = search_titles (fixture, "السكن");
    g_autofree char *chinese = search_titles (fixture, "住房");
    g_autofree char *emoji = search_titles (fixture, "🎉");
    g_autofree char *french = search_titles (fixture, "tres utile");

    g_assert_cmpstr (arabic, ==, "Meeting 1");
    g_assert_cmpstr (chinese, ==, "Meeting 2");
    g_assert_cmpstr (emoji, ==, "Meeting 3");
    g_assert_cmpstr (french, ==, "Meeting 3");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, "住房", NULL, 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_assert_cmpstr (((DscMeetingHit *) g_ptr_array_index (hits, 0))->snippet, ==,
                     "与社会服务部门会面，讨论" DSC_HIT_START "住房" DSC_HIT_END "问题");
  }

  /* Mixed text: each piece must be there, Latin letters in any case. */
  {
    g_autoptr(DscMeeting) mixed = add_meeting (fixture, "2026-02-03", "Comunità cinese di Torino",
                                               "Incontro a TORINO sul 住房 e sul lavoro.");
    g_autofree char *both = search_titles (fixture, "torino 住房");
    g_autofree char *one_missing = search_titles (fixture, "cuneo 住房");

    g_assert_cmpstr (both, ==, "Comunità cinese di Torino");
    g_assert_cmpstr (one_missing, ==, "");
  }

  /* Cyrillic letters keep what makes them different words. */
  {
    const char *texts[] = { "ёлка и елка, йод и иод" };
    g_autofree char *snippet = dsc_search_words_snippet ("ёлка йод", texts, 1, 14, "[", "]");

    g_assert_cmpstr (snippet, ==, "[ёлка] и елка, [йод] и иод");
  }

  /* 50,000 words of notes are stored whole and found at their end. */
  for (guint i = 0; i < 50000; i++)
    g_string_append (long_notes, i % 12 == 11 ? "parola.\n\n" : "parola ");
  g_string_append (long_notes, "ultimissima");
  {
    g_autoptr(DscMeeting) meeting = add_meeting (fixture, "2026-02-02", "Lungo verbale", long_notes->str);
    g_autoptr(DscMeeting) again = dsc_store_load (fixture->store, &dsc_kind_meeting, meeting->base.id, NULL);
    g_autofree char *found = search_titles (fixture, "ultimiss");

    g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, "ultimiss", NULL, 10, NULL);
    const char *snippet = ((DscMeetingHit *) g_ptr_array_index (hits, 0))->snippet;

    g_assert_cmpstr (again->notes, ==, long_notes->str);
    g_assert_cmpstr (found, ==, "Lungo verbale");
    /* The snippet is the end of the notes, on one line. */
    g_assert_true (g_str_has_prefix (snippet, "…parola parola "));
    g_assert_true (g_str_has_suffix (snippet, DSC_HIT_START "ultimissima" DSC_HIT_END));
    g_assert_null (strchr (snippet, '\n'));
  }
}

static void
test_follow_up_rules (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscMeeting) meeting = add_meeting (fixture, "2026-10-15", "Tavolo lavoro", NULL);
  g_autoptr(GError) error = NULL;

  /* Due before the meeting. */
  {
    g_autoptr(DscFollowUp) early = new_follow_up (meeting->base.id, "Mandare i CV", "2026-10-01");

    g_assert_false (dsc_store_insert (fixture->store, early, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "before its meeting"));
    g_clear_error (&error);
  }

  /* A done date without the status done. */
  {
    g_autoptr(DscFollowUp) half_done = new_follow_up (meeting->base.id, "Mandare i CV", "2026-10-30");

    half_done->done_date = g_strdup ("2026-10-20");
    g_assert_false (dsc_store_insert (fixture->store, half_done, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Done"));
    g_clear_error (&error);

    /* Done before the meeting took place. */
    half_done->status = DSC_FOLLOW_UP_DONE;
    g_free (half_done->done_date);
    half_done->done_date = g_strdup ("2026-10-14");
    g_assert_false (dsc_store_insert (fixture->store, half_done, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A meeting needs a date, and a real one. */
  {
    g_autoptr(DscMeeting) undated = dsc_record_new (&dsc_kind_meeting);

    undated->title = g_strdup ("Senza data");
    g_assert_false (dsc_store_insert (fixture->store, undated, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
    undated->date = g_strdup ("2026-02-30");
    g_assert_false (dsc_store_insert (fixture->store, undated, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (dsc_store_count (fixture->store, &dsc_kind_meeting, NULL), ==, 1);
  }

  /* A follow-up of a deleted meeting cannot be added. */
  {
    g_autoptr(DscMeeting) gone = add_meeting (fixture, "2026-10-16", "Cancellata", NULL);
    g_autoptr(DscFollowUp) orphan = NULL;

    g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_meeting, gone->base.id, &error));
    orphan = new_follow_up (gone->base.id, "Niente", NULL);
    g_assert_false (dsc_store_insert (fixture->store, orphan, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
}

/* How many rows a list had; the list is freed. */
static void
test_dates_hold_together (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DscMeeting) meeting = add_meeting (fixture, "2026-10-15", "Tavolo lavoro", NULL);
  g_autoptr(DscMeeting) planned = add_meeting (fixture, "2026-12-10", "Tavolo di dicembre", NULL);
  g_autoptr(DscFollowUp) follow_up = add_follow_up (fixture, meeting->base.id, "Mandare i CV", "2026-10-20");
  g_autoptr(DscFollowUp) later = add_follow_up (fixture, planned->base.id, "Preparare la sala", "2026-12-20");
  g_autoptr(GError) error = NULL;

  /* A meeting cannot move after what was agreed in it. */
  g_free (meeting->date);
  meeting->date = g_strdup ("2026-11-01");
  g_assert_false (dsc_store_update (fixture->store, meeting, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "change that follow-up first"));
  g_clear_error (&error);
  g_free (meeting->date);
  meeting->date = g_strdup ("2026-10-01");
  g_assert_true (dsc_store_update (fixture->store, meeting, &error));
  g_assert_no_error (error);

  /* Done once: a second click changes nothing. */
  g_assert_true (dsc_store_mark_follow_up_done (fixture->store, follow_up->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2026-11-28T10:00:00Z", TRUE);
  g_assert_false (dsc_store_mark_follow_up_done (fixture->store, follow_up->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(DscFollowUp) again = dsc_store_load (fixture->store, &dsc_kind_follow_up, follow_up->base.id, NULL);
    g_assert_cmpstr (again->done_date, ==, "2026-11-26");
  }
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);

  /* A meeting still to come: its follow-ups wait for it. */
  g_assert_false (dsc_store_mark_follow_up_done (fixture->store, later->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "has not taken place yet"));
  g_clear_error (&error);

  /* Done on a day still to come. */
  {
    g_autoptr(DscFollowUp) future = new_follow_up (meeting->base.id, "Chiamare", NULL);

    future->status = DSC_FOLLOW_UP_DONE;
    future->done_date = g_strdup ("2026-12-01");
    g_assert_false (dsc_store_insert (fixture->store, future, &error));
    g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A follow-up cannot come back without its meeting. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_follow_up, later->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:01Z", TRUE);
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_meeting, planned->base.id, &error));
  g_assert_false (dsc_store_undelete_record (fixture->store, &dsc_kind_follow_up, later->base.id, &error));
  g_assert_error (error, DSC_STORE_ERROR, DSC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) hits = dsc_store_search_meetings (fixture->store, "sala", NULL, 10, NULL);
    g_assert_cmpuint (hits->len, ==, 0);
  }
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_meeting, planned->base.id, &error));
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_follow_up, later->base.id, &error));
  g_assert_no_error (error);
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
}

static guint
count_rows (GPtrArray *rows)
{
  guint len;

  g_assert_nonnull (rows);
  len = rows->len;
  g_ptr_array_unref (rows);
  return len;
}

static void
test_open_and_overdue (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DscMeeting) meeting = add_meeting (fixture, "2026-10-15", "Tavolo lavoro", NULL);
  g_autoptr(DscFollowUp) yesterday = add_follow_up (fixture, meeting->base.id, "Ieri", "2026-11-25");
  g_autoptr(DscFollowUp) today = add_follow_up (fixture, meeting->base.id, "Oggi", "2026-11-26");
  g_autoptr(DscFollowUp) undated = add_follow_up (fixture, meeting->base.id, "Senza scadenza", NULL);
  g_autoptr(DscFollowUp) done = add_follow_up (fixture, meeting->base.id, "Fatto", "2026-10-20");
  g_autoptr(DscFollowUp) dropped = add_follow_up (fixture, meeting->base.id, "Lasciato", "2026-10-20");
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;

  dropped->status = DSC_FOLLOW_UP_DROPPED;
  g_assert_true (dsc_store_update (fixture->store, dropped, &error));
  g_assert_true (dsc_store_mark_follow_up_done (fixture->store, done->base.id, &error));
  g_assert_no_error (error);

  /* Done today, by the fixed clock. */
  {
    g_autoptr(DscFollowUp) again = dsc_store_load (fixture->store, &dsc_kind_follow_up, done->base.id, NULL);

    g_assert_cmpint (again->status, ==, DSC_FOLLOW_UP_DONE);
    g_assert_cmpstr (again->done_date, ==, "2026-11-26");
  }

  /* Open: overdue first, undated last; overdue means due before today. */
  open = dsc_store_open_follow_ups (fixture->store, 0, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 3);
  g_assert_cmpstr (((DscFollowUpRow *) g_ptr_array_index (open, 0))->follow_up->what, ==, "Ieri");
  g_assert_cmpstr (((DscFollowUpRow *) g_ptr_array_index (open, 1))->follow_up->what, ==, "Oggi");
  g_assert_cmpstr (((DscFollowUpRow *) g_ptr_array_index (open, 2))->follow_up->what, ==, "Senza scadenza");
  {
    DscFollowUpRow *row = g_ptr_array_index (open, 0);

    g_assert_cmpstr (row->meeting_title, ==, "Tavolo lavoro");
    g_assert_cmpstr (row->association_name, ==, "Comité des femmes sénégalaises");
    g_assert_cmpstr (row->service_name, ==, "Servizi sociali Circoscrizione 7");
  }
  g_assert_true (dsc_follow_up_is_overdue (yesterday, "2026-11-26"));
  g_assert_false (dsc_follow_up_is_overdue (today, "2026-11-26"));
  g_assert_false (dsc_follow_up_is_overdue (undated, "2026-11-26"));
  g_assert_cmpuint (count_rows (dsc_store_open_follow_ups (fixture->store, 0, 0, TRUE, NULL)), ==, 1);

  /* The local date decides: at 23:30 UTC on the 26th it is already the 27th
   * in Italy, and "Oggi" has become overdue. */
  g_setenv ("DISCORSI_NOW", "2026-11-26T23:30:00Z", TRUE);
  g_setenv ("TZ", "Europe/Rome", TRUE);
  tzset ();
  {
    g_autoptr(GPtrArray) overdue = dsc_store_open_follow_ups (fixture->store, 0, 0, TRUE, NULL);

    g_assert_cmpuint (overdue->len, ==, 2);
  }
  g_setenv ("DISCORSI_NOW", "2026-11-26T10:00:00Z", TRUE);
  g_unsetenv ("TZ");
  tzset ();

  /* By association and by service. */
  {
    g_autoptr(DscAssociation) other = dsc_test_add_association (fixture->store, "Altra", DSC_PROVINCE_CN);
    g_autoptr(GPtrArray) of_other = dsc_store_open_follow_ups (fixture->store, other->base.id, 0, FALSE, NULL);
    g_autoptr(GPtrArray) of_ours = dsc_store_open_follow_ups (fixture->store, fixture->association->base.id,
                                                              fixture->service->base.id, FALSE, NULL);
    g_autoptr(GPtrArray) by_service = dsc_store_follow_ups_by_service (fixture->store, &error);
    DscFollowUpCounts *counts;

    g_assert_cmpuint (of_other->len, ==, 0);
    g_assert_cmpuint (of_ours->len, ==, 3);
    g_assert_no_error (error);
    g_assert_cmpuint (by_service->len, ==, 1);
    counts = g_ptr_array_index (by_service, 0);
    g_assert_cmpstr (counts->name, ==, "Servizi sociali Circoscrizione 7");
    g_assert_cmpint (counts->open, ==, 3);
    g_assert_cmpint (counts->overdue, ==, 1);
    g_assert_cmpint (counts->done, ==, 1);
    g_assert_cmpint (counts->dropped, ==, 1);
  }

  /* A meeting's own list: open first. */
  {
    g_autoptr(GPtrArray) of_meeting = dsc_store_meeting_follow_ups (fixture->store, meeting->base.id, NULL);

    g_assert_cmpuint (of_meeting->len, ==, 5);
    g_assert_cmpint (((DscFollowUpRow *) g_ptr_array_index (of_meeting, 3))->follow_up->status, !=,
                     DSC_FOLLOW_UP_OPEN);
  }
}

static void
test_list_and_links (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DscMeeting) old = add_meeting (fixture, "2025-01-10", "Vecchio incontro", NULL);
  g_autoptr(DscMeeting) recent = add_meeting (fixture, "2026-09-01", "Tavolo recente", NULL);
  g_autoptr(DscService) asl = add_service (fixture->store, "ASL Città di Torino", DSC_SERVICE_ASL);
  g_autoptr(DscFollowUp) follow_up = add_follow_up (fixture, recent->base.id, "Fissare la data", "2026-12-01");
  gint64 services[] = { fixture->service->base.id, asl->base.id };
  gint64 association = fixture->association->base.id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = dsc_store_list_meetings (fixture->store, &(DscMeetingFilter) DSC_MEETING_FILTER_INIT,
                                                      &error);
  DscMeetingSummary *summary;

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (((DscMeetingSummary *) g_ptr_array_index (all, 0))->title, ==, "Tavolo recente");

  g_assert_true (dsc_store_set_meeting_links (fixture->store, recent->base.id, &dsc_kind_service,
                                              services, 2, &error));
  g_assert_true (dsc_store_set_meeting_links (fixture->store, recent->base.id, &dsc_kind_association,
                                              &association, 1, &error));
  g_assert_no_error (error);

  {
    DscMeetingFilter by_asl = DSC_MEETING_FILTER_INIT;
    DscMeetingFilter in_2025 = DSC_MEETING_FILTER_INIT;
    DscMeetingFilter internal = DSC_MEETING_FILTER_INIT;
    DscMeetingFilter newest = DSC_MEETING_FILTER_INIT;
    g_autoptr(GPtrArray) latest = NULL;
    g_autoptr(GPtrArray) with_asl = NULL;
    g_autoptr(GPtrArray) of_2025 = NULL;
    g_autoptr(GPtrArray) internal_ones = NULL;

    by_asl.service_id = asl->base.id;
    in_2025.from = "2025-01-01";
    in_2025.to = "2025-12-31";
    internal.meeting_kind = DSC_MEETING_INTERNAL;
    newest.limit = 1;
    with_asl = dsc_store_list_meetings (fixture->store, &by_asl, NULL);
    of_2025 = dsc_store_list_meetings (fixture->store, &in_2025, NULL);
    internal_ones = dsc_store_list_meetings (fixture->store, &internal, NULL);
    latest = dsc_store_list_meetings (fixture->store, &newest, NULL);
    g_assert_cmpuint (latest->len, ==, 1);
    g_assert_cmpstr (((DscMeetingSummary *) g_ptr_array_index (latest, 0))->title, ==, "Tavolo recente");
    g_assert_cmpuint (with_asl->len, ==, 1);
    summary = g_ptr_array_index (with_asl, 0);
    /* Services in name order, open follow-ups counted. */
    g_assert_cmpstr (summary->services, ==, "ASL Città di Torino, Servizi sociali Circoscrizione 7");
    g_assert_cmpstr (summary->associations, ==, "Comité des femmes sénégalaises");
    g_assert_cmpint (summary->open_follow_ups, ==, 1);
    g_assert_cmpuint (of_2025->len, ==, 1);
    g_assert_cmpstr (((DscMeetingSummary *) g_ptr_array_index (of_2025, 0))->title, ==, "Vecchio incontro");
    g_assert_cmpuint (internal_ones->len, ==, 0);
  }

  /* Search among the meetings a filter chooses, and in the place of a meeting. */
  {
    g_autoptr(DscAssociation) other = dsc_test_add_association (fixture->store, "Altra", DSC_PROVINCE_CN);
    DscMeetingFilter theirs = DSC_MEETING_FILTER_INIT;
    DscMeetingFilter ours = DSC_MEETING_FILTER_INIT;
    DscMeetingFilter of_2025 = DSC_MEETING_FILTER_INIT;
    g_autoptr(GPtrArray) none = NULL;
    g_autoptr(GPtrArray) mine = NULL;
    g_autoptr(GPtrArray) old_ones = NULL;

    theirs.association_id = other->base.id;
    ours.association_id = association;
    ours.service_id = asl->base.id;
    of_2025.to = "2025-12-31";
    none = dsc_store_search_meetings (fixture->store, "fissare", &theirs, 10, &error);
    mine = dsc_store_search_meetings (fixture->store, "fissare", &ours, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (mine->len, ==, 1);
    g_assert_cmpint (((DscMeetingHit *) g_ptr_array_index (mine, 0))->follow_up_id, ==, follow_up->base.id);

    g_free (old->location);
    old->location = g_strdup ("Casa del Quartiere di San Salvario");
    g_assert_true (dsc_store_update (fixture->store, old, &error));
    old_ones = dsc_store_search_meetings (fixture->store, "salvario", &of_2025, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (old_ones->len, ==, 1);
    g_assert_nonnull (strstr (((DscMeetingHit *) g_ptr_array_index (old_ones, 0))->snippet,
                              DSC_HIT_START "Salvario" DSC_HIT_END));
  }

  /* Deleting the association unlinks it; undo links it again. */
  {
    DscMeetingFilter ours = DSC_MEETING_FILTER_INIT;
    g_autoptr(GArray) linked = NULL;

    ours.association_id = association;
    g_assert_true (dsc_store_delete_association (fixture->store, association, &error));
    linked = dsc_store_meeting_links (fixture->store, recent->base.id, &dsc_kind_association, &error);
    g_assert_cmpuint (linked->len, ==, 0);
    g_assert_true (dsc_store_undelete_association (fixture->store, association, &error));
    g_assert_no_error (error);
    g_clear_pointer (&linked, g_array_unref);
    linked = dsc_store_meeting_links (fixture->store, recent->base.id, &dsc_kind_association, &error);
    g_assert_cmpuint (linked->len, ==, 1);
    g_assert_cmpuint (count_rows (dsc_store_list_meetings (fixture->store, &ours, NULL)), ==, 1);
  }

  /* Deleting a service takes it off the meeting; undo puts it back. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_service, asl->base.id, &error));
  {
    g_autoptr(GArray) linked = dsc_store_meeting_links (fixture->store, recent->base.id, &dsc_kind_service, NULL);
    g_assert_cmpuint (linked->len, ==, 1);
  }
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_service, asl->base.id, &error));
  {
    g_autoptr(GArray) linked = dsc_store_meeting_links (fixture->store, recent->base.id, &dsc_kind_service, NULL);
    g_assert_cmpuint (linked->len, ==, 2);
  }

  /* Deleting a meeting takes its follow-ups with it, out of search too. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_meeting, recent->base.id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (dsc_store_open_follow_ups (fixture->store, 0, 0, FALSE, NULL)), ==, 0);
  {
    g_autofree char *found = search_titles (fixture, "fissare");
    g_assert_cmpstr (found, ==, "");
  }
  g_assert_true (dsc_store_undelete_record (fixture->store, &dsc_kind_meeting, recent->base.id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (dsc_store_open_follow_ups (fixture->store, 0, 0, FALSE, NULL)), ==, 1);
  {
    g_autofree char *found = search_titles (fixture, "fissare");
    g_assert_cmpstr (found, ==, "Tavolo recente");
  }

  /* Thirty days later the deleted meeting is gone for good, with its follow-ups. */
  g_assert_true (dsc_store_delete_record (fixture->store, &dsc_kind_meeting, recent->base.id, &error));
  g_setenv ("DISCORSI_NOW", "2027-01-10T10:00:00Z", TRUE);
  g_assert_true (dsc_store_purge_deleted (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dsc_store_count (fixture->store, &dsc_kind_meeting, NULL), ==, 1);
  g_assert_cmpint (dsc_store_count (fixture->store, &dsc_kind_follow_up, NULL), ==, 0);
  g_assert_null (dsc_store_load (fixture->store, &dsc_kind_follow_up, follow_up->base.id, NULL));
}

static void
test_meeting_as_text (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DscMeeting) meeting = add_meeting (fixture, "2026-09-01", "Tavolo casa",
                                               "Primo paragrafo.\n\nSecondo paragrafo.");
  g_autoptr(DscFollowUp) follow_up = NULL;
  gint64 service = fixture->service->base.id;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  meeting->decisions = g_strdup ("Si apre uno sportello il martedì.");
  meeting->location = g_strdup ("Via Verdi 12, Torino");
  g_assert_true (dsc_store_update (fixture->store, meeting, &error));
  g_assert_true (dsc_store_set_meeting_links (fixture->store, meeting->base.id, &dsc_kind_service,
                                              &service, 1, &error));
  follow_up = add_follow_up (fixture, meeting->base.id, "Preparare il volantino", "2026-09-30");
  g_free (follow_up->owner);
  follow_up->owner = g_strdup ("Awa");
  g_assert_true (dsc_store_update (fixture->store, follow_up, &error));

  text = dsc_meeting_to_text (fixture->store, meeting->base.id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "Tavolo casa\n"));
  g_assert_nonnull (strstr (text, "Via Verdi 12, Torino\n"));
  g_assert_nonnull (strstr (text, "Services: Servizi sociali Circoscrizione 7\n"));
  g_assert_nonnull (strstr (text, "Primo paragrafo.\n\nSecondo paragrafo.\n"));
  g_assert_nonnull (strstr (text, "Decisions\nSi apre uno sportello il martedì.\n"));
  g_assert_nonnull (strstr (text, "- Preparare il volantino (Open, Awa, by "));
  /* Whom it concerns, and no empty lines piling up. */
  g_assert_nonnull (strstr (text, ", Comité des femmes sénégalaises, Servizi sociali Circoscrizione 7)\n"));
  g_assert_null (strstr (text, "\n\n\n"));
  /* Plain text: no markup, no control characters. */
  g_assert_null (strchr (text, '<'));
  g_assert_null (strchr (text, '\x01'));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meetings/search/as-typed", test_search_as_typed);
  ADD ("/meetings/search/any-script", test_any_script);
  ADD ("/meetings/follow-ups/rules", test_follow_up_rules);
  ADD ("/meetings/follow-ups/open-and-overdue", test_open_and_overdue);
  ADD ("/meetings/follow-ups/dates-hold-together", test_dates_hold_together);
  ADD ("/meetings/list-and-links", test_list_and_links);
  ADD ("/meetings/as-text", test_meeting_as_text);
#undef ADD

  return g_test_run ();
}
