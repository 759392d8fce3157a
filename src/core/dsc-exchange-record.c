/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One line of an exchange file: its kinds, the strict JSON scanner that reads
 * a line before json-glib does, the checks that turn a JSON object into a
 * record, and the one writer of canonical lines that export, merge and the
 * conflict log all use, so that two versions are equal exactly when their
 * lines are. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "dsc-capacity.h"
#include "dsc-exchange-private.h"
#include "dsc-framework.h"
#include "dsc-meetings.h"

#define MAX_KEYS 256
#define MAX_LEVELS 10

/* Kinds ------------------------------------------------------------------- */

static const struct
{
  const char    *name;
  const DscKind *kind;
  const char    *label;
} kinds[DSC_EXCHANGE_N_KINDS] = {
  [DSC_EXCHANGE_FRAMEWORK] = { "framework", &dsc_kind_framework, NC_("kind of record", "Frameworks") },
  [DSC_EXCHANGE_FRAMEWORK_VERSION] = { "framework-version", &dsc_kind_framework_version,
                                       NC_("kind of record", "Framework versions") },
  [DSC_EXCHANGE_DOMAIN] = { "domain", &dsc_kind_domain, NC_("kind of record", "Domains") },
  [DSC_EXCHANGE_ASSOCIATION] = { "association", &dsc_kind_association, NC_("kind of record", "Associations") },
  [DSC_EXCHANGE_PERSON] = { "person", &dsc_kind_person, NC_("kind of record", "People") },
  [DSC_EXCHANGE_ASSESSMENT] = { "assessment", &dsc_kind_assessment, NC_("kind of record", "Assessments") },
  [DSC_EXCHANGE_GOAL] = { "goal", &dsc_kind_goal, NC_("kind of record", "Goals") },
  [DSC_EXCHANGE_MODULE] = { "module", &dsc_kind_module, NC_("kind of record", "Modules") },
  [DSC_EXCHANGE_SESSION] = { "session", &dsc_kind_session, NC_("kind of record", "Sessions") },
  [DSC_EXCHANGE_ATTENDANCE] = { "attendance", &dsc_kind_attendance, NC_("kind of record", "Attendance") },
  [DSC_EXCHANGE_CERTIFICATE] = { "certificate", &dsc_kind_certificate, NC_("kind of record", "Certificates") },
  [DSC_EXCHANGE_SERVICE] = { "service", &dsc_kind_service, NC_("kind of record", "Services") },
  [DSC_EXCHANGE_MEETING] = { "meeting", &dsc_kind_meeting, NC_("kind of record", "Meetings") },
  [DSC_EXCHANGE_FOLLOW_UP] = { "follow-up", &dsc_kind_follow_up, NC_("kind of record", "Follow-ups") },
  [DSC_EXCHANGE_TOMBSTONE] = { "tombstone", NULL, NC_("kind of record", "Deletions") },
};

/**
 * dsc_exchange_kind_name:
 * @kind: a kind of line
 *
 * Returns: its name in the file, such as "follow-up"
 */
const char *
dsc_exchange_kind_name (DscExchangeKind kind)
{
  g_return_val_if_fail (kind < DSC_EXCHANGE_N_KINDS, NULL);

  return kinds[kind].name;
}

/**
 * dsc_exchange_kind_from_name:
 * @name: (nullable): a kind's name in the file
 *
 * Returns: the #DscExchangeKind, or -1 when @name is none
 */
int
dsc_exchange_kind_from_name (const char *name)
{
  if (name == NULL)
    return -1;

  for (int i = 0; i < DSC_EXCHANGE_N_KINDS; i++)
    if (g_str_equal (kinds[i].name, name))
      return i;

  return -1;
}

/**
 * dsc_exchange_kind_record:
 * @kind: a kind of line
 *
 * Returns: (nullable): the record kind it carries, %NULL for tombstones
 */
const DscKind *
dsc_exchange_kind_record (DscExchangeKind kind)
{
  g_return_val_if_fail (kind < DSC_EXCHANGE_N_KINDS, NULL);

  return kinds[kind].kind;
}

/**
 * dsc_exchange_kind_label:
 * @kind: a kind of line
 *
 * Returns: its plural name in the user's language, for summaries ("People")
 */
const char *
dsc_exchange_kind_label (DscExchangeKind kind)
{
  g_return_val_if_fail (kind < DSC_EXCHANGE_N_KINDS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "kind of record", kinds[kind].label);
}

/**
 * dsc_exchange_cached_sql:
 * @cache: a static cache, zeroed
 * @build: makes the SQL of a kind
 * @kind: a kind of line
 *
 * Returns: (nullable): the SQL of @kind, made by @build for every kind the
 *   first time (from any thread) and kept; %NULL where @build has none (a
 *   tombstone has no table of its own)
 */
const char *
dsc_exchange_cached_sql (DscExchangeSqlCache   *cache,
                         DscExchangeSqlBuilder  build,
                         DscExchangeKind        kind)
{
  g_return_val_if_fail (kind < DSC_EXCHANGE_N_KINDS, NULL);

  if (g_once_init_enter (&cache->initialized))
    {
      for (int i = 0; i < DSC_EXCHANGE_N_KINDS; i++)
        cache->sql[i] = build (i);
      g_once_init_leave (&cache->initialized, 1);
    }

  return cache->sql[kind];
}

/* Records ------------------------------------------------------------------ */

static void
version_domain_free (gpointer data)
{
  DscXVersionDomain *domain = data;

  g_free (domain->domain);
  g_free (domain->name);
  g_free (domain->description);
  g_strfreev (domain->descriptors);
  g_free (domain);
}

static void
score_free (gpointer data)
{
  DscXScore *score = data;

  g_free (score->domain);
  g_free (score->evidence);
  g_free (score);
}

static void
link_free (gpointer data)
{
  DscXLink *link = data;

  g_free (link->uuid);
  g_free (link);
}

DscXRecord *
dsc_xrecord_new (DscExchangeKind kind)
{
  DscXRecord *x = g_new0 (DscXRecord, 1);

  x->kind = kind;
  x->record_kind = -1;
  if (kinds[kind].kind != NULL)
    {
      x->record = dsc_record_new (kinds[kind].kind);
      x->refs = g_new0 (char *, kinds[kind].kind->n_fields + 1);
    }

  switch (kind)
    {
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
      x->version_domains = g_ptr_array_new_with_free_func (version_domain_free);
      break;
    case DSC_EXCHANGE_ASSESSMENT:
      x->scores = g_ptr_array_new_with_free_func (score_free);
      break;
    case DSC_EXCHANGE_MODULE:
      x->domains = g_ptr_array_new_with_free_func (link_free);
      break;
    case DSC_EXCHANGE_MEETING:
      x->services = g_ptr_array_new_with_free_func (link_free);
      x->associations = g_ptr_array_new_with_free_func (link_free);
      break;
    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  return x;
}

void
dsc_xrecord_free (DscXRecord *x)
{
  if (x == NULL)
    return;

  /* One uuid per field, NULL where the field is no reference. */
  if (x->refs != NULL)
    for (guint i = 0; i < x->record->kind->n_fields; i++)
      g_free (x->refs[i]);
  g_free (x->refs);
  g_clear_pointer (&x->record, dsc_record_free);
  g_free (x->based_on);
  g_free (x->uuid);
  g_free (x->deleted_at);
  g_strfreev (x->level_labels);
  g_free (x->level_labels_json);
  g_clear_pointer (&x->version_domains, g_ptr_array_unref);
  g_clear_pointer (&x->scores, g_ptr_array_unref);
  g_clear_pointer (&x->domains, g_ptr_array_unref);
  g_clear_pointer (&x->services, g_ptr_array_unref);
  g_clear_pointer (&x->associations, g_ptr_array_unref);
  g_free (x);
}

const char *
dsc_xrecord_uuid (const DscXRecord *x)
{
  return x->record != NULL ? x->record->uuid : x->uuid;
}

/* When this version was made: a record's updated_at, a tombstone's deletion. */
const char *
dsc_xrecord_stamp (const DscXRecord *x)
{
  return x->record != NULL ? x->record->updated_at : x->deleted_at;
}

/* What a person recognises a record by, for the conflict log. */
char *
dsc_xrecord_label (const DscXRecord *x)
{
  static const char * const names[] = { "name", "full_name", "title", "what", "label", "code", "date" };

  if (x->record == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const DscField *field = dsc_kind_find_field (x->record->kind, names[i]);

      if (field != NULL && (field->type == DSC_FIELD_TEXT || field->type == DSC_FIELD_DATE)
          && dsc_record_get_text (x->record, field) != NULL)
        return g_strdup (dsc_record_get_text (x->record, field));
    }

  return NULL;
}

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const DscXLink *x = *(DscXLink * const *) a;
  const DscXLink *y = *(DscXLink * const *) b;

  return strcmp (x->uuid, y->uuid);
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const DscXScore *x = *(DscXScore * const *) a;
  const DscXScore *y = *(DscXScore * const *) b;

  return strcmp (x->domain, y->domain);
}

static int
compare_version_domains (gconstpointer a,
                         gconstpointer b)
{
  const DscXVersionDomain *x = *(DscXVersionDomain * const *) a;
  const DscXVersionDomain *y = *(DscXVersionDomain * const *) b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return strcmp (x->domain, y->domain);
}

/* Puts what a record carries in its canonical order. */
void
dsc_xrecord_sort (DscXRecord *x)
{
  if (x->version_domains != NULL)
    g_ptr_array_sort (x->version_domains, compare_version_domains);
  if (x->scores != NULL)
    g_ptr_array_sort (x->scores, compare_scores);
  if (x->domains != NULL)
    g_ptr_array_sort (x->domains, compare_links);
  if (x->services != NULL)
    g_ptr_array_sort (x->services, compare_links);
  if (x->associations != NULL)
    g_ptr_array_sort (x->associations, compare_links);
}

/* Writing ----------------------------------------------------------------- */

/* Whether none of the 8 bytes of @word needs a look of its own when written
 * as JSON text: no control character, quote, backslash or byte beyond ASCII.
 * Once no byte has its high bit set (the last term), subtracting n from every
 * byte sets the high bit of those below n, and of some above them (borrows),
 * which only sends a plain word the slow way ("Bit Twiddling Hacks"). */
static inline gboolean
word_is_plain (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');

  return (((word - ones * 0x20) | (quote - ones) | (backslash - ones) | word) & highs) == 0;
}

/**
 * dsc_json_append_string:
 * @out: the text being written
 * @text: UTF-8 text
 *
 * Appends @text as a JSON string: quotes, backslashes and control characters
 * escaped, everything else as UTF-8, so that the same text is always written
 * the same way.
 */
void
dsc_json_append_string (GString    *out,
                        const char *text)
{
  gsize start = out->len;
  gsize length = strlen (text);
  const char *end = text + length;
  guchar bytes = 0;
  const char *run, *p;

  /* One pass escapes the text and notes whether any byte is not ASCII: only
   * then is it checked as UTF-8 (and, rarely, written again made valid).
   * Plain runs of 8 bytes are passed over at once. */
  g_string_append_c (out, '"');
  for (run = p = text; p < end; p++)
    {
      guchar c;

      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (!word_is_plain (word))
            break;
          p += 8;
        }
      if (p == end)
        break;

      c = (guchar) *p;
      bytes |= c;
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
      run = p + 1;
    }

  if ((bytes & 0x80) != 0 && !g_utf8_validate_len (text, length, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      g_string_truncate (out, start);
      dsc_json_append_string (out, valid);
      return;
    }

  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
append_int (GString *out,
            gint64   value)
{
  char digits[24];
  int n = 0;
  guint64 magnitude = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;

  if (value < 0)
    g_string_append_c (out, '-');
  do
    {
      digits[n++] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

static void
append_key (GString    *out,
            const char *key)
{
  g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  g_string_append (out, key);
  g_string_append (out, "\":");
}

static void
append_string_member (GString    *out,
                      const char *key,
                      const char *value)
{
  if (value == NULL)
    return;
  append_key (out, key);
  dsc_json_append_string (out, value);
}

static void
append_strings (GString            *out,
                const char * const *texts)
{
  g_string_append_c (out, '[');
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      dsc_json_append_string (out, texts[i]);
    }
  g_string_append_c (out, ']');
}

static void
append_links (GString    *out,
              const char *key,
              GPtrArray  *links)
{
  if (links == NULL || links->len == 0)
    return;

  append_key (out, key);
  g_string_append_c (out, '[');
  for (guint i = 0; i < links->len; i++)
    {
      DscXLink *link = g_ptr_array_index (links, i);

      if (i > 0)
        g_string_append_c (out, ',');
      dsc_json_append_string (out, link->uuid);
    }
  g_string_append_c (out, ']');
}

static void
append_field (GString          *out,
              const DscXRecord *x,
              guint             index)
{
  const DscField *field = &x->record->kind->fields[index];
  gconstpointer record = x->record;

  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      append_string_member (out, field->name, dsc_record_get_text (record, field));
      break;

    case DSC_FIELD_INT:
    case DSC_FIELD_DURATION:
      if (dsc_record_get_int (record, field) >= 0)
        {
          append_key (out, field->name);
          append_int (out, dsc_record_get_int (record, field));
        }
      break;

    case DSC_FIELD_ENUM:
      append_string_member (out, field->name,
                            dsc_enum_code (field->enumeration, dsc_record_get_int (record, field)));
      break;

    case DSC_FIELD_FLAGS:
      if (dsc_record_get_flags (record, field) != 0)
        {
          g_auto(GStrv) codes = dsc_enum_flags_codes (field->enumeration,
                                                      dsc_record_get_flags (record, field));

          append_key (out, field->name);
          append_strings (out, (const char * const *) codes);
        }
      break;

    case DSC_FIELD_BOOL:
      append_key (out, field->name);
      g_string_append (out, dsc_record_get_bool (record, field) ? "true" : "false");
      break;

    case DSC_FIELD_REF:
      append_string_member (out, field->name, x->refs[index]);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dsc_xrecord_write:
 * @x: a record or tombstone, its links sorted (dsc_xrecord_sort())
 * @out: where to append the line, without its line break
 *
 * Writes the canonical line: members in a fixed order, empty optional fields
 * left out, one way of writing each value.
 */
void
dsc_xrecord_write (const DscXRecord *x,
                   GString          *out)
{
  const DscRecord *head = x->record;

  g_string_append (out, "{\"kind\":\"");
  g_string_append (out, kinds[x->kind].name);
  g_string_append_c (out, '"');

  if (head == NULL)
    {
      append_string_member (out, "uuid", x->uuid);
      append_string_member (out, "record_kind", x->record_kind >= 0 ? kinds[x->record_kind].name : NULL);
      append_string_member (out, "deleted_at", x->deleted_at);
      g_string_append_c (out, '}');
      return;
    }

  append_string_member (out, "uuid", head->uuid);
  append_string_member (out, "created_at", head->created_at);
  append_string_member (out, "updated_at", head->updated_at);
  append_string_member (out, "deleted_at", head->deleted_at);
  append_string_member (out, "based_on", x->based_on);

  for (guint i = 0; i < head->kind->n_fields; i++)
    append_field (out, x, i);

  switch (x->kind)
    {
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
      if (x->level_labels != NULL && x->level_labels[0] != NULL)
        {
          append_key (out, "level_labels");
          append_strings (out, (const char * const *) x->level_labels);
        }
      if (x->version_domains->len > 0)
        {
          append_key (out, "domains");
          g_string_append_c (out, '[');
          for (guint i = 0; i < x->version_domains->len; i++)
            {
              DscXVersionDomain *domain = g_ptr_array_index (x->version_domains, i);

              g_string_append (out, i > 0 ? ",{\"domain\":" : "{\"domain\":");
              dsc_json_append_string (out, domain->domain);
              append_key (out, "position");
              append_int (out, domain->position);
              append_string_member (out, "name", domain->name);
              append_string_member (out, "description", domain->description);
              if (domain->descriptors != NULL && domain->descriptors[0] != NULL)
                {
                  append_key (out, "descriptors");
                  append_strings (out, (const char * const *) domain->descriptors);
                }
              append_key (out, "retired");
              g_string_append (out, domain->retired ? "true}" : "false}");
            }
          g_string_append_c (out, ']');
        }
      break;

    case DSC_EXCHANGE_ASSESSMENT:
      if (x->scores->len > 0)
        {
          append_key (out, "scores");
          g_string_append_c (out, '[');
          for (guint i = 0; i < x->scores->len; i++)
            {
              DscXScore *score = g_ptr_array_index (x->scores, i);

              g_string_append (out, i > 0 ? ",{\"domain\":" : "{\"domain\":");
              dsc_json_append_string (out, score->domain);
              if (score->level >= 1)
                {
                  append_key (out, "level");
                  append_int (out, score->level);
                }
              append_string_member (out, "evidence", score->evidence);
              if (score->target_level >= 1)
                {
                  append_key (out, "target_level");
                  append_int (out, score->target_level);
                }
              g_string_append_c (out, '}');
            }
          g_string_append_c (out, ']');
        }
      break;

    case DSC_EXCHANGE_MODULE:
      append_links (out, "domains", x->domains);
      break;

    case DSC_EXCHANGE_MEETING:
      append_links (out, "services", x->services);
      append_links (out, "associations", x->associations);
      break;

    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  g_string_append_c (out, '}');
}

/* The strict scanner and parser ------------------------------------------------ */

/* json-glib 1.6 accepts comments, single quotes, hex numbers and raw control
 * characters, wraps huge integers, turns 1e400 into infinity and overflows its
 * stack on deep nesting (TOOLCHAIN.md): every line goes through this scanner,
 * which accepts strict JSON only, whole numbers of a bounded length, bounded
 * nesting and no key twice in an object. It never recurses deeper than
 * DSC_EXCHANGE_MAX_DEPTH. As it reads a line anyway, it also builds the
 * line's json-glib nodes (dsc_exchange_parse_line()): handing the line to
 * JsonParser afterwards would read every byte a second time, through a
 * general-purpose tokenizer several times slower than this one, to build the
 * same tree. */

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  GString    *keys;       /* decoded keys of the objects being read, each ended by NUL */
  GArray     *key_starts; /* where each of them starts in keys */
  GString    *key;
  GString    *text;       /* a text value being decoded, when building */
  char       *problem;
} Scanner;

/* Whole numbers are read into a gint64 without overflow checks. */
G_STATIC_ASSERT (DSC_EXCHANGE_MAX_DIGITS <= 18);

static gboolean
fail (Scanner    *s,
      char       *problem)
{
  if (s->problem == NULL)
    s->problem = problem;
  else
    g_free (problem);
  return FALSE;
}

static gboolean
fail_at (Scanner *s)
{
  if (s->p >= s->end)
    return fail (s, g_strdup (_("the line ends in the middle of a value: the file was cut short")));

  switch (*s->p)
    {
    case '/':
      return fail (s, g_strdup (_("the line holds a comment, which JSON does not allow")));
    case '\'':
      return fail (s, g_strdup (_("the line holds text in single quotes; JSON writes text in double quotes")));
    default:
      return fail (s, g_strdup_printf (_("the line is not valid JSON at column %u"),
                                       (guint) (s->p - s->start) + 1));
    }
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r'))
    s->p++;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner *s,
           gunichar *value)
{
  *value = 0;
  if (s->end - s->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (s->p[i]);

      if (digit < 0)
        return FALSE;
      *value = (*value << 4) | (gunichar) digit;
    }
  s->p += 4;
  return TRUE;
}

/* Reads a string; with @decoded, also what it says. */
static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  const char *run;

  s->p++;
  run = s->p;
  while (s->p < s->end)
    {
      guchar c = (guchar) *s->p;

      if (c == '"')
        {
          if (decoded != NULL)
            g_string_append_len (decoded, run, s->p - run);
          s->p++;
          return TRUE;
        }

      if (c < 0x20)
        return fail (s, g_strdup_printf (_("a text holds a control character at column %u; write it as an escape such as \\n"),
                                         (guint) (s->p - s->start) + 1));

      if (c != '\\')
        {
          s->p++;
          continue;
        }

      if (decoded != NULL)
        g_string_append_len (decoded, run, s->p - run);
      s->p++;
      if (s->p >= s->end)
        return fail_at (s);

      switch (*s->p)
        {
        case '"':
        case '\\':
        case '/':
          if (decoded != NULL)
            g_string_append_c (decoded, *s->p);
          s->p++;
          break;

        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          if (decoded != NULL)
            g_string_append_c (decoded, *s->p == 'b' ? '\b' : *s->p == 'f' ? '\f' : *s->p == 'n' ? '\n'
                                                     : *s->p == 'r' ? '\r' : '\t');
          s->p++;
          break;

        case 'u':
          {
            gunichar value, low;

            s->p++;
            if (!read_hex4 (s, &value))
              goto bad_escape;
            if (value == 0)
              return fail (s, g_strdup (_("a text holds the character \\u0000, which cannot be stored")));
            if (value >= 0xdc00 && value <= 0xdfff)
              goto bad_escape;
            if (value >= 0xd800 && value <= 0xdbff)
              {
                if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u')
                  goto bad_escape;
                s->p += 2;
                if (!read_hex4 (s, &low) || low < 0xdc00 || low > 0xdfff)
                  goto bad_escape;
                value = 0x10000 + ((value - 0xd800) << 10) + (low - 0xdc00);
              }
            if (decoded != NULL)
              g_string_append_unichar (decoded, value);
          }
          break;

        default:
          goto bad_escape;
        }
      run = s->p;
    }

  return fail_at (s);

bad_escape:
  return fail (s, g_strdup_printf (_("a text holds an invalid escape at column %u"),
                                   (guint) (s->p - s->start) + 1));
}

static gboolean
scan_number (Scanner   *s,
             JsonNode **node)
{
  const char *sign = s->p;
  const char *digits;

  if (*s->p == '-')
    s->p++;
  digits = s->p;
  if (s->p >= s->end)
    return fail_at (s);

  if (*s->p == '0')
    {
      s->p++;
      if (s->p < s->end && (*s->p == 'x' || *s->p == 'X'))
        return fail (s, g_strdup (_("the line holds a hexadecimal number, which JSON does not allow")));
      if (s->p < s->end && g_ascii_isdigit (*s->p))
        return fail (s, g_strdup_printf (_("a number starts with 0 at column %u, which JSON does not allow"),
                                         (guint) (digits - s->start) + 1));
    }
  else if (*s->p >= '1' && *s->p <= '9')
    {
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        s->p++;
    }
  else
    return fail_at (s);

  if (s->p - digits > DSC_EXCHANGE_MAX_DIGITS)
    return fail (s, g_strdup_printf (_("a number at column %u is too large: it has more than %d digits"),
                                     (guint) (digits - s->start) + 1, DSC_EXCHANGE_MAX_DIGITS));

  if (s->p < s->end && (*s->p == '.' || *s->p == 'e' || *s->p == 'E'))
    return fail (s, g_strdup_printf (_("a number at column %u is not a whole number; exchange files hold whole numbers only"),
                                     (guint) (digits - s->start) + 1));

  if (node != NULL)
    {
      gint64 value = 0;

      for (const char *d = digits; d < s->p; d++)
        value = value * 10 + (*d - '0');
      *node = json_node_init_int (json_node_alloc (), *sign == '-' ? -value : value);
    }
  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (s->end - s->p) < length || memcmp (s->p, word, length) != 0)
    return fail_at (s);

  s->p += length;
  return TRUE;
}

static gboolean scan_value (Scanner *s, int depth, JsonNode **node);

/* With @node, also builds the object (as with every scan_ function). */
static gboolean
scan_object (Scanner   *s,
             int        depth,
             JsonNode **node)
{
  g_autoptr(JsonObject) object = node != NULL ? json_object_new () : NULL;
  guint first_key = s->key_starts->len;
  gsize keys_length = s->keys->len;

  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      if (node != NULL)
        *node = json_node_init_object (json_node_alloc (), object);
      return TRUE;
    }

  for (;;)
    {
      JsonNode *member = NULL;
      gboolean duplicate = FALSE;
      gsize key_start;

      skip_space (s);
      if (s->p >= s->end || *s->p != '"')
        return fail_at (s);

      g_string_truncate (s->key, 0);
      if (!scan_string (s, s->key))
        return FALSE;
      /* The object being built finds a key twice by hashing; a mere scan
       * compares it with the keys before it. */
      if (object != NULL)
        duplicate = json_object_has_member (object, s->key->str);
      else
        for (guint i = first_key; i < s->key_starts->len && !duplicate; i++)
          duplicate = strcmp (s->keys->str + g_array_index (s->key_starts, gsize, i), s->key->str) == 0;
      if (duplicate)
        return fail (s, g_strdup_printf (_("the line gives the field “%s” twice"), s->key->str));
      if (s->key_starts->len - first_key >= MAX_KEYS)
        return fail (s, g_strdup_printf (_("an object holds more than %d fields"), MAX_KEYS));
      key_start = s->keys->len;
      g_array_append_val (s->key_starts, key_start);
      g_string_append_len (s->keys, s->key->str, (gssize) s->key->len + 1);

      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return fail_at (s);
      s->p++;

      if (!scan_value (s, depth, object != NULL ? &member : NULL))
        return FALSE;
      /* s->key was reused by the value's own objects; the copy in s->keys
       * stays (they put s->keys back as they found it), though it may move. */
      if (object != NULL)
        json_object_set_member (object, s->keys->str + key_start, member);

      skip_space (s);
      if (s->p >= s->end)
        return fail_at (s);
      if (*s->p == '}')
        {
          s->p++;
          g_array_set_size (s->key_starts, first_key);
          g_string_truncate (s->keys, keys_length);
          if (node != NULL)
            *node = json_node_init_object (json_node_alloc (), object);
          return TRUE;
        }
      if (*s->p != ',')
        return fail_at (s);
      s->p++;
    }
}

static gboolean
scan_array (Scanner   *s,
            int        depth,
            JsonNode **node)
{
  g_autoptr(JsonArray) array = node != NULL ? json_array_new () : NULL;

  s->p++;
  skip_space (s);
  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      if (node != NULL)
        *node = json_node_init_array (json_node_alloc (), array);
      return TRUE;
    }

  for (;;)
    {
      JsonNode *element = NULL;

      if (!scan_value (s, depth, array != NULL ? &element : NULL))
        return FALSE;
      if (array != NULL)
        json_array_add_element (array, element);

      skip_space (s);
      if (s->p >= s->end)
        return fail_at (s);
      if (*s->p == ']')
        {
          s->p++;
          if (node != NULL)
            *node = json_node_init_array (json_node_alloc (), array);
          return TRUE;
        }
      if (*s->p != ',')
        return fail_at (s);
      s->p++;
    }
}

/* @depth: how many objects and arrays enclose the value. */
static gboolean
scan_value (Scanner   *s,
            int        depth,
            JsonNode **node)
{
  skip_space (s);
  if (s->p >= s->end)
    return fail_at (s);

  switch (*s->p)
    {
    case '{':
    case '[':
      if (depth >= DSC_EXCHANGE_MAX_DEPTH)
        return fail (s, g_strdup_printf (_("the line has brackets inside brackets more than %d deep, which no exchange file has"),
                                         DSC_EXCHANGE_MAX_DEPTH));
      return *s->p == '{' ? scan_object (s, depth + 1, node) : scan_array (s, depth + 1, node);

    case '"':
      if (node == NULL)
        return scan_string (s, NULL);
      g_string_truncate (s->text, 0);
      if (!scan_string (s, s->text))
        return FALSE;
      *node = json_node_init_string (json_node_alloc (), s->text->str);
      return TRUE;

    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      return scan_number (s, node);

    case 't':
    case 'f':
      {
        gboolean value = *s->p == 't';

        if (!scan_word (s, value ? "true" : "false"))
          return FALSE;
        if (node != NULL)
          *node = json_node_init_boolean (json_node_alloc (), value);
        return TRUE;
      }

    case 'n':
      if (!scan_word (s, "null"))
        return FALSE;
      if (node != NULL)
        *node = json_node_init_null (json_node_alloc ());
      return TRUE;

    default:
      return fail_at (s);
    }
}

/* Scans a line, and with @root builds it. */
static gboolean
scan_line (const char  *line,
           gsize        length,
           JsonNode   **root,
           char       **problem)
{
  /* Small to start with: they grow for the rare long line. */
  g_autoptr(GString) keys = g_string_sized_new (256);
  g_autoptr(GArray) key_starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 32);
  g_autoptr(GString) key = g_string_sized_new (32);
  g_autoptr(GString) text = root != NULL ? g_string_sized_new (128) : NULL;
  g_autoptr(JsonNode) node = NULL;
  Scanner s = { line, line, line + length, keys, key_starts, key, text, NULL };

  *problem = NULL;
  if (root != NULL)
    *root = NULL;

  if (!g_utf8_validate_len (line, length, NULL))
    {
      *problem = g_strdup (_("the line is not UTF-8 text"));
      return FALSE;
    }

  skip_space (&s);
  if (s.p >= s.end)
    {
      *problem = g_strdup (_("the line is empty, and JSON Lines have no empty lines"));
      return FALSE;
    }
  if (*s.p != '{')
    {
      *problem = g_strdup (_("the line is not a JSON object, as every line of an exchange file is"));
      return FALSE;
    }

  if (scan_value (&s, 0, root != NULL ? &node : NULL))
    {
      skip_space (&s);
      if (s.p < s.end)
        fail (&s, g_strdup_printf (_("the line goes on after its JSON object, at column %u"),
                                   (guint) (s.p - s.start) + 1));
    }

  *problem = s.problem;
  if (s.problem != NULL)
    return FALSE;
  if (root != NULL)
    *root = g_steal_pointer (&node);
  return TRUE;
}

/**
 * dsc_exchange_scan_line:
 * @line: one line, without its line break
 * @length: its length in bytes
 * @problem: (out) (transfer full): what is wrong, when it is
 *
 * Checks, before json-glib sees it, that @line is one strict JSON object: UTF-8,
 * no comments, single quotes, hexadecimal or fractional numbers, raw control
 * characters or \u0000 in text, numbers of at most %DSC_EXCHANGE_MAX_DIGITS
 * digits, at most %DSC_EXCHANGE_MAX_DEPTH levels of nesting, no field twice.
 *
 * Returns: %TRUE when json-glib may parse it
 */
gboolean
dsc_exchange_scan_line (const char  *line,
                        gsize        length,
                        char       **problem)
{
  return scan_line (line, length, NULL, problem);
}

/**
 * dsc_exchange_parse_line:
 * @line: one line, without its line break
 * @length: its length in bytes
 * @problem: (out) (transfer full): what is wrong, when it is
 *
 * Checks @line as dsc_exchange_scan_line() does and, when it is right, reads
 * it into json-glib nodes, as JsonParser would read the same strict JSON.
 *
 * Returns: (transfer full) (nullable): the line's object, or %NULL with
 *   @problem set
 */
JsonNode *
dsc_exchange_parse_line (const char  *line,
                         gsize        length,
                         char       **problem)
{
  JsonNode *root = NULL;

  return scan_line (line, length, &root, problem) ? root : NULL;
}

/**
 * dsc_exchange_is_uuid:
 * @text: (nullable): text
 *
 * Returns: %TRUE when @text is a uuid written as the format writes them:
 *   8-4-4-4-12 lower-case hexadecimal digits
 */
gboolean
dsc_exchange_is_uuid (const char *text)
{
  if (text == NULL || strlen (text) != 36)
    return FALSE;

  for (int i = 0; i < 36; i++)
    {
      char c = text[i];

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (c != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (c) && !(c >= 'a' && c <= 'f'))
        return FALSE;
    }

  return TRUE;
}

/**
 * dsc_exchange_is_timestamp:
 * @text: (nullable): text
 *
 * Returns: %TRUE when @text is a real UTC time written as the store writes
 *   them, `2026-11-26T10:15:00.123Z`
 */
gboolean
dsc_exchange_is_timestamp (const char *text)
{
  static const char shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
  guint year, month, day;

  if (text == NULL || strlen (text) != sizeof shape - 1)
    return FALSE;

  for (guint i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;

  /* The date's digits are checked already: what dsc_date_parse() would say of
   * them, without its sscanf (every record has three or four times). */
  year = (guint) ((text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0'));
  month = (guint) ((text[5] - '0') * 10 + (text[6] - '0'));
  day = (guint) ((text[8] - '0') * 10 + (text[9] - '0'));
  if (year < 1000 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  return (text[11] - '0') * 10 + (text[12] - '0') <= 23
         && (text[14] - '0') * 10 + (text[15] - '0') <= 59
         && (text[17] - '0') * 10 + (text[18] - '0') <= 59;
}

/* From JSON ------------------------------------------------------------------ */

/* The path of an item of a list, "domains[3]" or "scores[2].level", is made
 * for every item of every list and read only when there is a problem: it is
 * written into a buffer of the caller's, without printf. */
#define PATH_SIZE 128

static gsize
path_append (char       *buffer,
             gsize       at,
             const char *text,
             gsize       length)
{
  length = MIN (length, PATH_SIZE - 1 - at);
  memcpy (buffer + at, text, length);
  buffer[at + length] = '\0';
  return at + length;
}

static const char *
item_path (char        buffer[PATH_SIZE],
           const char *list,
           guint       index,
           const char *member)
{
  char digits[12];
  gsize n = sizeof digits;
  gsize at;

  do
    digits[--n] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);

  at = path_append (buffer, 0, list, strlen (list));
  at = path_append (buffer, at, "[", 1);
  at = path_append (buffer, at, digits + n, sizeof digits - n);
  at = path_append (buffer, at, "]", 1);
  if (member != NULL)
    {
      at = path_append (buffer, at, ".", 1);
      path_append (buffer, at, member, strlen (member));
    }
  return buffer;
}

typedef struct
{
  GPtrArray *problems;
} Reader;

G_GNUC_PRINTF (3, 4)
static void
problem (Reader     *reader,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    g_ptr_array_add (reader->problems, g_strdup_printf ("%s: %s", path, message));
  else
    g_ptr_array_add (reader->problems, g_steal_pointer (&message));
}

static void
problem_take (Reader     *reader,
              const char *path,
              GError     *error)
{
  g_autofree char *message = g_strdup (error->message);
  gsize length = strlen (message);

  /* Field checks write sentences for editors; in a list of problems the
   * sentence goes after the field's path, without its full stop. */
  if (length > 0 && message[length - 1] == '.')
    message[length - 1] = '\0';
  problem (reader, path, "%s", message);
  g_error_free (error);
}

static gboolean
is_null (Reader     *reader,
         const char *path,
         JsonNode   *node)
{
  if (!JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  problem (reader, path, "%s", _("null is not a value here; leave the field out instead"));
  return TRUE;
}

/* Returns the text of a string node, or %NULL with a problem. */
static const char *
get_string (Reader     *reader,
            const char *path,
            JsonNode   *node)
{
  if (is_null (reader, path, node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      problem (reader, path, "%s", _("must be text"));
      return NULL;
    }
  return json_node_get_string (node);
}

static gboolean
get_int (Reader     *reader,
         const char *path,
         JsonNode   *node,
         int         min,
         int         max,
         int        *value)
{
  gint64 number;

  if (is_null (reader, path, node))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      problem (reader, path, "%s", _("must be a whole number"));
      return FALSE;
    }

  number = json_node_get_int (node);
  if (number < min || number > max)
    {
      g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      problem (reader, path, _("%s is outside the range %d–%d"), shown, min, max);
      return FALSE;
    }

  *value = (int) number;
  return TRUE;
}

static gboolean
get_bool (Reader     *reader,
          const char *path,
          JsonNode   *node,
          gboolean   *value)
{
  if (is_null (reader, path, node))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      problem (reader, path, "%s", _("must be true or false"));
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A list, never empty: the format leaves out an empty list, as it leaves out
 * an empty field (the JSON Schema says so too). */
static JsonArray *
get_array (Reader     *reader,
           const char *path,
           JsonNode   *node)
{
  if (is_null (reader, path, node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (reader, path, "%s", _("must be a list"));
      return NULL;
    }
  if (json_array_get_length (json_node_get_array (node)) == 0)
    {
      problem (reader, path, "%s", _("is an empty list; leave the field out instead"));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_object (Reader     *reader,
            const char *path,
            JsonNode   *node)
{
  if (is_null (reader, path, node))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (reader, path, "%s", _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Text trimmed as the store keeps it; %NULL when absent or empty. */
static char *
get_text (Reader     *reader,
          const char *path,
          JsonObject *object,
          const char *member,
          gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;
  char *trimmed;

  if (node == NULL)
    {
      if (required)
        problem (reader, path, "%s", _("is missing, and it is required"));
      return NULL;
    }

  text = get_string (reader, path, node);
  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      g_free (trimmed);
      if (required)
        problem (reader, path, "%s", _("is empty, and it is required"));
      return NULL;
    }

  return trimmed;
}

static char *
get_uuid (Reader     *reader,
          const char *path,
          JsonNode   *node)
{
  const char *text = get_string (reader, path, node);

  if (text == NULL)
    return NULL;
  if (!dsc_exchange_is_uuid (text))
    {
      problem (reader, path, _("“%s” is not a uuid (8-4-4-4-12 lower-case hexadecimal digits)"), text);
      return NULL;
    }
  return g_strdup (text);
}

static char *
get_timestamp (Reader     *reader,
               JsonObject *object,
               const char *member,
               gboolean    required)
{
  g_autofree char *text = get_text (reader, member, object, member, required);

  if (text == NULL)
    return NULL;
  if (!dsc_exchange_is_timestamp (text))
    {
      problem (reader, member, _("“%s” is not a time written as 2026-11-26T10:15:00.123Z"), text);
      return NULL;
    }
  return g_steal_pointer (&text);
}

static gboolean
known_member (const char         *name,
              const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return TRUE;
  return FALSE;
}

static void
check_members (Reader             *reader,
               const char         *prefix,
               JsonObject         *object,
               const char * const *names)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      if (known_member (name, names))
        continue;

      if (prefix != NULL)
        {
          g_autofree char *path = g_strdup_printf ("%s.%s", prefix, name);
          problem (reader, path, "%s", _("is not a field of this version of the format; remove it"));
        }
      else
        problem (reader, name, "%s", _("is not a field of this version of the format; remove it"));
    }
}

static char *
enum_codes (const DscEnum *enumeration)
{
  GString *codes = g_string_new (NULL);

  for (int i = 0; i < enumeration->n_values; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "", enumeration->values[i].code);
  return g_string_free (codes, FALSE);
}

static void
read_field (Reader         *reader,
            DscXRecord     *x,
            JsonObject     *object,
            guint           index)
{
  const DscField *field = &x->record->kind->fields[index];
  JsonNode *node = json_object_get_member (object, field->name);
  GError *error = NULL;

  switch (field->type)
    {
    case DSC_FIELD_TEXT:
    case DSC_FIELD_DATE:
    case DSC_FIELD_TIME:
      {
        g_autofree char *text = get_text (reader, field->name, object, field->name, field->required);

        if (text == NULL)
          return;
        if (field->type == DSC_FIELD_DATE)
          {
            GDate date;

            if (!dsc_date_parse (text, &date))
              {
                problem (reader, field->name, _("“%s” is not a real date written YYYY-MM-DD"), text);
                return;
              }
          }
        else if (!dsc_field_check_text (field, text, &error))
          {
            problem_take (reader, field->name, error);
            return;
          }
        dsc_record_set_text (x->record, field, text);
      }
      break;

    case DSC_FIELD_INT:
    case DSC_FIELD_DURATION:
      {
        int value = -1;

        if (node == NULL)
          {
            if (field->required)
              problem (reader, field->name, "%s", _("is missing, and it is required"));
            return;
          }
        if (!get_int (reader, field->name, node, MAX (field->min, 0),
                      field->max > 0 ? field->max : G_MAXINT, &value))
          return;
        if (!dsc_field_check_int (field, value, &error))
          {
            problem_take (reader, field->name, error);
            return;
          }
        dsc_record_set_int (x->record, field, value);
      }
      break;

    case DSC_FIELD_ENUM:
      {
        g_autofree char *code = get_text (reader, field->name, object, field->name, field->required);
        int value;

        if (code == NULL)
          {
            /* An optional choice left out is "not chosen". */
            dsc_record_set_int (x->record, field, -1);
            return;
          }
        value = dsc_enum_from_code (field->enumeration, code);
        if (value < 0)
          {
            g_autofree char *codes = enum_codes (field->enumeration);

            problem (reader, field->name, _("“%s” is not one of the codes %s"), code, codes);
            return;
          }
        dsc_record_set_int (x->record, field, value);
      }
      break;

    case DSC_FIELD_FLAGS:
      {
        JsonArray *array;
        guint flags = 0;

        if (node == NULL)
          return;
        array = get_array (reader, field->name, node);
        if (array == NULL)
          return;
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            char path[PATH_SIZE];
            const char *code = get_string (reader, item_path (path, field->name, i, NULL),
                                           json_array_get_element (array, i));
            int value;

            if (code == NULL)
              continue;
            value = dsc_enum_from_code (field->enumeration, code);
            if (value < 0)
              {
                g_autofree char *codes = enum_codes (field->enumeration);

                problem (reader, path, _("“%s” is not one of the codes %s"), code, codes);
                continue;
              }
            if (flags & (1u << value))
              problem (reader, path, _("“%s” is listed twice"), code);
            flags |= 1u << value;
          }
        dsc_record_set_flags (x->record, field, flags);
      }
      break;

    case DSC_FIELD_BOOL:
      {
        gboolean value = FALSE;

        if (node == NULL)
          {
            problem (reader, field->name, "%s", _("is missing, and it is required"));
            return;
          }
        if (get_bool (reader, field->name, node, &value))
          dsc_record_set_bool (x->record, field, value);
      }
      break;

    case DSC_FIELD_REF:
      if (node == NULL)
        {
          if (field->required)
            problem (reader, field->name, "%s", _("is missing, and it is required"));
          return;
        }
      x->refs[index] = get_uuid (reader, field->name, node);
      break;

    default:
      g_assert_not_reached ();
    }
}

static char **
read_strings (Reader     *reader,
              const char *path,
              JsonNode   *node,
              guint       max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = get_array (reader, path, node);

  if (array == NULL)
    return NULL;

  if (json_array_get_length (array) > max)
    {
      problem (reader, path, _("holds %u texts, more than the %u levels of the scale"),
               json_array_get_length (array), max);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char text_path[PATH_SIZE];
      const char *text = get_string (reader, item_path (text_path, path, i, NULL),
                                     json_array_get_element (array, i));

      g_strv_builder_add (builder, text != NULL ? text : "");
    }

  return g_strv_builder_end (builder);
}

static void
read_links (Reader     *reader,
            JsonObject *object,
            const char *member,
            GPtrArray  *links)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return;
  array = get_array (reader, member, node);
  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char path[PATH_SIZE];
      char *uuid = get_uuid (reader, item_path (path, member, i, NULL), json_array_get_element (array, i));
      DscXLink *link;

      if (uuid == NULL)
        continue;
      if (g_hash_table_contains (seen, uuid))
        {
          problem (reader, path, _("“%s” is listed twice"), uuid);
          g_free (uuid);
          continue;
        }
      link = g_new0 (DscXLink, 1);
      link->index = i;
      link->uuid = uuid;
      g_ptr_array_add (links, link);
      g_hash_table_add (seen, link->uuid);
    }
}

static void
read_version_domains (Reader     *reader,
                      DscXRecord *x,
                      JsonObject *object)
{
  static const char * const names[] = { "domain", "position", "name", "description", "descriptors", "retired", NULL };
  const DscFrameworkVersionRecord *version = (const DscFrameworkVersionRecord *) x->record;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node;
  JsonArray *array;
  int levels = version->scale_levels >= 2 ? version->scale_levels : MAX_LEVELS;

  node = json_object_get_member (object, "level_labels");
  if (node != NULL)
    x->level_labels = read_strings (reader, "level_labels", node, (guint) levels);

  node = json_object_get_member (object, "domains");
  if (node == NULL)
    return;
  array = get_array (reader, "domains", node);
  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char path[PATH_SIZE];
      char member_path[PATH_SIZE];
      JsonObject *item = get_object (reader, item_path (path, "domains", i, NULL),
                                     json_array_get_element (array, i));
      DscXVersionDomain *domain;
      JsonNode *member;

      if (item == NULL)
        continue;
      check_members (reader, path, item, names);

      domain = g_new0 (DscXVersionDomain, 1);
      domain->index = i;
      g_ptr_array_add (x->version_domains, domain);

      item_path (member_path, "domains", i, "domain");
      member = json_object_get_member (item, "domain");
      if (member == NULL)
        problem (reader, member_path, "%s", _("is missing, and it is required"));
      else
        domain->domain = get_uuid (reader, member_path, member);
      if (domain->domain == NULL)
        domain->domain = g_strdup ("");
      else if (!g_hash_table_add (seen, domain->domain))
        problem (reader, member_path, _("“%s” is listed twice"), domain->domain);

      item_path (member_path, "domains", i, "position");
      member = json_object_get_member (item, "position");
      if (member == NULL)
        problem (reader, member_path, "%s", _("is missing, and it is required"));
      else
        get_int (reader, member_path, member, 0, 9999, &domain->position);

      item_path (member_path, "domains", i, "name");
      domain->name = get_text (reader, member_path, item, "name", TRUE);

      item_path (member_path, "domains", i, "description");
      domain->description = get_text (reader, member_path, item, "description", FALSE);

      item_path (member_path, "domains", i, "descriptors");
      member = json_object_get_member (item, "descriptors");
      if (member != NULL)
        domain->descriptors = read_strings (reader, member_path, member, (guint) levels);

      item_path (member_path, "domains", i, "retired");
      member = json_object_get_member (item, "retired");
      if (member == NULL)
        problem (reader, member_path, "%s", _("is missing, and it is required"));
      else
        get_bool (reader, member_path, member, &domain->retired);
    }
}

static void
read_scores (Reader     *reader,
             DscXRecord *x,
             JsonObject *object)
{
  static const char * const names[] = { "domain", "level", "evidence", "target_level", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = json_object_get_member (object, "scores");
  JsonArray *array;

  if (node == NULL)
    return;
  array = get_array (reader, "scores", node);
  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char path[PATH_SIZE];
      char member_path[PATH_SIZE];
      JsonObject *item = get_object (reader, item_path (path, "scores", i, NULL),
                                     json_array_get_element (array, i));
      DscXScore *score;
      JsonNode *member;

      if (item == NULL)
        continue;
      check_members (reader, path, item, names);

      score = g_new0 (DscXScore, 1);
      score->index = i;
      score->level = -1;
      score->target_level = -1;
      g_ptr_array_add (x->scores, score);

      item_path (member_path, "scores", i, "domain");
      member = json_object_get_member (item, "domain");
      if (member == NULL)
        problem (reader, member_path, "%s", _("is missing, and it is required"));
      else
        score->domain = get_uuid (reader, member_path, member);
      if (score->domain == NULL)
        score->domain = g_strdup ("");
      else if (!g_hash_table_add (seen, score->domain))
        problem (reader, member_path, _("“%s” is listed twice"), score->domain);

      item_path (member_path, "scores", i, "level");
      member = json_object_get_member (item, "level");
      if (member != NULL && !get_int (reader, member_path, member, 1, MAX_LEVELS, &score->level))
        score->level = -1;

      item_path (member_path, "scores", i, "evidence");
      score->evidence = get_text (reader, member_path, item, "evidence", FALSE);

      item_path (member_path, "scores", i, "target_level");
      member = json_object_get_member (item, "target_level");
      if (member != NULL && !get_int (reader, member_path, member, 1, MAX_LEVELS, &score->target_level))
        score->target_level = -1;
    }
}

static const char * const head_members[] = {
  "kind", "uuid", "created_at", "updated_at", "deleted_at", "based_on",
  "level_labels", "domains", "scores", "services", "associations", NULL
};

/* Which of the extra members a kind has. */
static gboolean
has_extra (DscExchangeKind  kind,
           const char      *name)
{
  if (g_str_equal (name, "level_labels"))
    return kind == DSC_EXCHANGE_FRAMEWORK_VERSION;
  if (g_str_equal (name, "domains"))
    return kind == DSC_EXCHANGE_FRAMEWORK_VERSION || kind == DSC_EXCHANGE_MODULE;
  if (g_str_equal (name, "scores"))
    return kind == DSC_EXCHANGE_ASSESSMENT;
  if (g_str_equal (name, "services") || g_str_equal (name, "associations"))
    return kind == DSC_EXCHANGE_MEETING;
  return TRUE;
}

/* What a member's name is to a kind of record line. */
typedef enum
{
  MEMBER_UNKNOWN,      /* no field of the format */
  MEMBER_KNOWN,        /* a field of the kind */
  MEMBER_OTHER_KIND,   /* a field of the format that another kind has */
} MemberClass;

/* The names of each kind's members, looked up once per member of every line
 * instead of compared with every name the format has. */
static MemberClass
member_class (DscExchangeKind  kind,
              const char      *name)
{
  static GHashTable *tables[DSC_EXCHANGE_TOMBSTONE];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (int k = 0; k < DSC_EXCHANGE_TOMBSTONE; k++)
        {
          const DscKind *record_kind = kinds[k].kind;

          tables[k] = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = 0; i < record_kind->n_fields; i++)
            g_hash_table_insert (tables[k], (gpointer) record_kind->fields[i].name,
                                 GINT_TO_POINTER (MEMBER_KNOWN));
          /* A head member that is another kind's extra is out of place here,
           * even if a field has its name. */
          for (guint i = 0; head_members[i] != NULL; i++)
            g_hash_table_insert (tables[k], (gpointer) head_members[i],
                                 GINT_TO_POINTER (has_extra (k, head_members[i]) ? MEMBER_KNOWN : MEMBER_OTHER_KIND));
        }
      g_once_init_leave (&initialized, 1);
    }

  return GPOINTER_TO_INT (g_hash_table_lookup (tables[kind], name));
}

/**
 * dsc_xrecord_from_json:
 * @object: a line's object, whose "kind" is @kind
 * @kind: its kind
 * @problems: (element-type utf8): where to add what is wrong, as "path: message"
 *
 * Checks and reads everything a line can be checked for on its own: members,
 * types, required fields, uuids, times, real dates, enumeration codes, ranges.
 * References, scales and duplicates need the file and the database: the
 * import checks them.
 *
 * Returns: (transfer full): the record, sorted; look at @problems before using it
 */
DscXRecord *
dsc_xrecord_from_json (JsonObject      *object,
                       DscExchangeKind  kind,
                       GPtrArray       *problems)
{
  Reader reader = { problems };
  g_autoptr(DscXRecord) x = dsc_xrecord_new (kind);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (kind == DSC_EXCHANGE_TOMBSTONE)
    {
      static const char * const names[] = { "kind", "uuid", "record_kind", "deleted_at", NULL };
      g_autofree char *record_kind = NULL;

      check_members (&reader, NULL, object, names);
      node = json_object_get_member (object, "uuid");
      if (node == NULL)
        problem (&reader, "uuid", "%s", _("is missing, and every line but the first and the last has one"));
      else
        x->uuid = get_uuid (&reader, "uuid", node);

      record_kind = get_text (&reader, "record_kind", object, "record_kind", TRUE);
      if (record_kind != NULL)
        {
          x->record_kind = dsc_exchange_kind_from_name (record_kind);
          /* Frameworks, their versions and domains are never deleted. */
          if (x->record_kind < DSC_EXCHANGE_ASSOCIATION || x->record_kind >= DSC_EXCHANGE_TOMBSTONE)
            {
              problem (&reader, "record_kind",
                       _("“%s” is not a kind of record that can be deleted: association, person, assessment, goal, module, session, attendance, certificate, service, meeting or follow-up"),
                       record_kind);
              x->record_kind = -1;
            }
        }
      x->deleted_at = get_timestamp (&reader, object, "deleted_at", TRUE);
      return g_steal_pointer (&x);
    }

  /* Members out of place first, then those the format does not have. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    if (member_class (kind, name) == MEMBER_OTHER_KIND)
      problem (&reader, name, "%s", _("is not a field of this kind of record; remove it"));
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    if (member_class (kind, name) == MEMBER_UNKNOWN)
      problem (&reader, name, "%s", _("is not a field of this version of the format; remove it"));

  node = json_object_get_member (object, "uuid");
  if (node == NULL)
    problem (&reader, "uuid", "%s", _("is missing, and every line but the first and the last has one"));
  else
    x->record->uuid = get_uuid (&reader, "uuid", node);
  x->record->created_at = get_timestamp (&reader, object, "created_at", TRUE);
  x->record->updated_at = get_timestamp (&reader, object, "updated_at", TRUE);
  x->record->deleted_at = get_timestamp (&reader, object, "deleted_at", FALSE);
  x->based_on = get_timestamp (&reader, object, "based_on", FALSE);
  if (x->record->created_at != NULL && x->record->updated_at != NULL
      && strcmp (x->record->updated_at, x->record->created_at) < 0)
    problem (&reader, "updated_at", _("%s is earlier than created_at, %s: a record cannot change before it is made"),
             x->record->updated_at, x->record->created_at);

  for (guint i = 0; i < x->record->kind->n_fields; i++)
    read_field (&reader, x, object, i);

  switch (kind)
    {
    case DSC_EXCHANGE_FRAMEWORK_VERSION:
      read_version_domains (&reader, x, object);
      break;
    case DSC_EXCHANGE_ASSESSMENT:
      read_scores (&reader, x, object);
      break;
    case DSC_EXCHANGE_MODULE:
      read_links (&reader, object, "domains", x->domains);
      break;
    case DSC_EXCHANGE_MEETING:
      read_links (&reader, object, "services", x->services);
      read_links (&reader, object, "associations", x->associations);
      break;
    case DSC_EXCHANGE_FRAMEWORK:
    case DSC_EXCHANGE_DOMAIN:
    case DSC_EXCHANGE_ASSOCIATION:
    case DSC_EXCHANGE_PERSON:
    case DSC_EXCHANGE_GOAL:
    case DSC_EXCHANGE_SESSION:
    case DSC_EXCHANGE_ATTENDANCE:
    case DSC_EXCHANGE_CERTIFICATE:
    case DSC_EXCHANGE_SERVICE:
    case DSC_EXCHANGE_FOLLOW_UP:
    case DSC_EXCHANGE_TOMBSTONE:
    case DSC_EXCHANGE_N_KINDS:
    default:
      break;
    }

  dsc_xrecord_sort (x);
  return g_steal_pointer (&x);
}
