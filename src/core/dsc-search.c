/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a person types is never FTS5 syntax (DESIGN.md): it is cut into words the
 * way FTS5's unicode61 tokenizer cuts them, and each word becomes a quoted prefix
 * term. Quotes, asterisks, minus signs, parentheses and colons are separators,
 * and AND, OR, NOT and NEAR are ordinary words inside quotes.
 *
 * Word search cannot find what has no words: Chinese or Japanese text, written
 * without spaces, is one long token, and emoji are not indexed at all. Such
 * searches are answered by looking for the text exactly as typed, and this file
 * also cuts the snippet around that match. */

#include "config.h"

#include <string.h>

#include "dsc-search.h"

static gboolean
is_word_character (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_PRIVATE_USE:
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * dsc_search_to_fts_query:
 * @typed: (nullable): text as the user typed it
 *
 * Returns: (transfer full) (nullable): an FTS5 query matching every word of
 *   @typed as a prefix (`"comite"* "torino"*`), or %NULL when @typed holds no word
 */
char *
dsc_search_to_fts_query (const char *typed)
{
  GString *query;
  GString *word;

  if (typed == NULL || !g_utf8_validate (typed, -1, NULL))
    return NULL;

  query = g_string_new (NULL);
  word = g_string_new (NULL);

  for (const char *p = typed;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_word_character (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

/* Scripts written without spaces between words. */
static gboolean
is_unspaced_script (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
    case G_UNICODE_SCRIPT_TIBETAN:
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * dsc_search_wants_exact_text:
 * @typed: (nullable): text as the user typed it
 *
 * Returns: %TRUE when @typed should be looked for as it is, not word by word:
 *   it holds a script written without spaces, or symbols (emoji) and no word
 */
gboolean
dsc_search_wants_exact_text (const char *typed)
{
  gboolean has_word = FALSE;
  gboolean has_symbol = FALSE;

  if (typed == NULL || !g_utf8_validate (typed, -1, NULL))
    return FALSE;

  for (const char *p = typed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unspaced_script (c))
        return TRUE;
      if (is_word_character (c))
        has_word = TRUE;
      else if (g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL)
        has_symbol = TRUE;
    }

  return has_symbol && !has_word;
}

/**
 * dsc_search_snippet:
 * @text: the text that holds @needle
 * @needle: what was found, as typed
 * @start: the marker to put before the match
 * @end: the marker to put after it
 *
 * Cuts about ten words of context on each side of the first @needle in @text,
 * with "…" where the text goes on.
 *
 * Returns: (transfer full) (nullable): the snippet, or %NULL when @needle is not
 *   in @text
 */
char *
dsc_search_snippet (const char *text,
                    const char *needle,
                    const char *start,
                    const char *end)
{
  const guint context = 48;  /* characters on each side */
  const char *found;
  const char *from;
  const char *to;
  GString *snippet;

  if (text == NULL || needle == NULL || *needle == '\0')
    return NULL;

  found = strstr (text, needle);
  if (found == NULL)
    return NULL;

  from = found;
  for (guint i = 0; i < context && from > text; i++)
    from = g_utf8_prev_char (from);
  to = found + strlen (needle);
  for (guint i = 0; i < context && *to != '\0'; i++)
    to = g_utf8_next_char (to);

  snippet = g_string_new (from > text ? "…" : "");
  g_string_append_len (snippet, from, found - from);
  g_string_append (snippet, start);
  g_string_append (snippet, needle);
  g_string_append (snippet, end);
  g_string_append_len (snippet, found + strlen (needle), to - (found + strlen (needle)));
  if (*to != '\0')
    g_string_append (snippet, "…");

  return g_string_free (snippet, FALSE);
}
