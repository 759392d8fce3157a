/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a person types is never FTS5 syntax (DESIGN.md): it is cut into words the
 * way FTS5's unicode61 tokenizer cuts them, and each word becomes a quoted prefix
 * term. Quotes, asterisks, minus signs, parentheses and colons are separators,
 * and AND, OR, NOT and NEAR are ordinary words inside quotes.
 *
 * Word search cannot find what has no words: Chinese or Japanese text, written
 * without spaces, is one long token, and emoji are not indexed at all. Such
 * searches are answered by looking for the text exactly as typed.
 *
 * Snippets (the words around a match, matched words marked) are cut here
 * rather than by FTS5's snippet(): that needs the full-text query run again
 * for each row shown, which costs more than the search itself when a common
 * word matches most rows. */

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

/* A snippet is one line: paragraph breaks, tabs and runs of spaces become
 * one space. */
static void
append_flat (GString    *out,
             const char *text,
             gssize      length)
{
  for (gssize i = 0; i < length; i++)
    {
      gboolean space = text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t';

      if (!space)
        g_string_append_c (out, text[i]);
      else if (out->len == 0 || out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
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

  /* Latin letters are found whatever their case, as the search finds them. */
  {
    g_autofree char *text_down = g_ascii_strdown (text, -1);
    g_autofree char *needle_down = g_ascii_strdown (needle, -1);
    const char *at = strstr (text_down, needle_down);

    if (at == NULL)
      return NULL;
    found = text + (at - text_down);
  }

  from = found;
  for (guint i = 0; i < context && from > text; i++)
    from = g_utf8_prev_char (from);
  to = found + strlen (needle);
  for (guint i = 0; i < context && *to != '\0'; i++)
    to = g_utf8_next_char (to);

  snippet = g_string_new (from > text ? "…" : "");
  append_flat (snippet, from, found - from);
  g_string_append (snippet, start);
  append_flat (snippet, found, (gssize) strlen (needle));
  g_string_append (snippet, end);
  append_flat (snippet, found + strlen (needle), to - (found + strlen (needle)));
  if (*to != '\0')
    g_string_append (snippet, "…");

  return g_string_free (snippet, FALSE);
}

/* Words compared as unicode61 with remove_diacritics compares them: lower case,
 * without accents. */
static void
append_folded (GString  *out,
               gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
    return;
  c = g_unichar_tolower (c);
  /* unicode61 takes the accents off Latin letters only: "é" is "e", but
   * Cyrillic "й" stays itself and a Hangul syllable is not cut up. */
  if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_LATIN)
    {
      g_string_append_unichar (out, c);
      return;
    }
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  g_string_append_unichar (out, n > 0 ? decomposed[0] : c);
}

typedef struct
{
  const char *start;
  const char *end;
  int         term;     /* the query word it starts with, or -1 */
} Token;

/* The words of @text, each with the query word it matches. */
static GArray *
tokenize (const char  *text,
          GPtrArray   *terms)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_autoptr(GString) folded = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      Token token = { NULL, NULL, -1 };

      while (*p != '\0' && !is_word_character (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      token.start = p;
      g_string_truncate (folded, 0);
      while (*p != '\0' && is_word_character (g_utf8_get_char (p)))
        {
          append_folded (folded, g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
      token.end = p;

      for (guint t = 0; t < terms->len; t++)
        if (g_str_has_prefix (folded->str, g_ptr_array_index (terms, t)))
          {
            token.term = (int) t;
            break;
          }
      g_array_append_val (tokens, token);
    }

  return tokens;
}

/* The query words of @typed, folded. */
static GPtrArray *
folded_terms (const char *typed)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = typed;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_word_character (c))
        {
          append_folded (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_ptr_array_add (terms, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return terms;
}

/* How many different query words the tokens [from, to) hold. */
static guint
count_terms (GArray *tokens,
             guint   from,
             guint   to,
             guint   n_terms)
{
  guint64 seen = 0;
  guint count = 0;

  for (guint i = from; i < to && i < tokens->len; i++)
    {
      int term = g_array_index (tokens, Token, i).term;

      if (term >= 0 && term < 64 && (seen & (G_GUINT64_CONSTANT (1) << term)) == 0)
        {
          seen |= G_GUINT64_CONSTANT (1) << term;
          count++;
        }
    }

  return MIN (count, n_terms);
}

/**
 * dsc_search_words_snippet:
 * @typed: words as a person typed them
 * @texts: (array length=n_texts): the texts found, the one to prefer first;
 *   %NULL items are skipped
 * @n_texts: how many
 * @n_words: how many words the snippet shows
 * @start: the marker to put before a matched word
 * @end: the marker to put after it
 *
 * Cuts from the text that holds the most query words the @n_words around the
 * most of them, marking each word that starts with a query word (accents and
 * case ignored), with "…" where the text goes on.
 *
 * Returns: (transfer full) (nullable): the snippet, or the start of the first
 *   text when no word matches, or %NULL when every text is empty
 */
char *
dsc_search_words_snippet (const char         *typed,
                          const char * const *texts,
                          guint               n_texts,
                          guint               n_words,
                          const char         *start,
                          const char         *end)
{
  g_autoptr(GPtrArray) terms = folded_terms (typed != NULL && g_utf8_validate (typed, -1, NULL) ? typed : "");
  g_autoptr(GArray) best = NULL;
  guint best_count = 0;
  guint best_from = 0;
  GString *snippet;

  g_return_val_if_fail (n_words > 0, NULL);

  for (guint i = 0; i < n_texts; i++)
    {
      g_autoptr(GArray) tokens = NULL;
      guint count;

      if (texts[i] == NULL || *texts[i] == '\0')
        continue;
      tokens = tokenize (texts[i], terms);
      if (tokens->len == 0)
        continue;
      count = count_terms (tokens, 0, tokens->len, terms->len);
      if (best == NULL || count > best_count)
        {
          g_clear_pointer (&best, g_array_unref);
          best = g_steal_pointer (&tokens);
          best_count = count;
        }
    }

  if (best == NULL)
    return NULL;

  /* The window that holds the most query words, a couple of words of context
   * before its first match. */
  if (best_count > 0)
    {
      guint window_best = 0;

      for (guint i = 0; i < best->len; i++)
        {
          guint from = i >= 2 ? i - 2 : 0;
          guint count;

          if (g_array_index (best, Token, i).term < 0)
            continue;
          count = count_terms (best, from, from + n_words, terms->len);
          if (count > window_best)
            {
              window_best = count;
              best_from = from;
              if (count == best_count)
                break;
            }
        }
    }

  snippet = g_string_new (best_from > 0 ? "…" : "");
  for (guint i = best_from; i < best->len && i < best_from + n_words; i++)
    {
      Token *token = &g_array_index (best, Token, i);

      if (i > best_from)
        append_flat (snippet, token[-1].end, token->start - token[-1].end);
      if (token->term >= 0)
        g_string_append (snippet, start);
      append_flat (snippet, token->start, token->end - token->start);
      if (token->term >= 0)
        g_string_append (snippet, end);
    }
  if (best_from + n_words < best->len)
    g_string_append (snippet, "…");
  else
    {
      /* The text's end is shown: its closing punctuation too. */
      const char *last = g_array_index (best, Token, best->len - 1).end;
      append_flat (snippet, last, (gssize) strcspn (last, " \n\r\t"));
    }

  return g_strchomp (g_string_free (snippet, FALSE));
}
