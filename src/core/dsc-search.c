/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a person types is never FTS5 syntax (DESIGN.md): it is cut into words the
 * way FTS5's unicode61 tokenizer cuts them, and each word becomes a quoted prefix
 * term. Quotes, asterisks, minus signs, parentheses and colons are separators,
 * and AND, OR, NOT and NEAR are ordinary words inside quotes. */

#include "config.h"

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
