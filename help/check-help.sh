#!/bin/sh
# Helpers for the help tests: checks a translation of the help against the
# English pages as they are now, or reports a test skipped for lack of a tool.
#
#   check-help.sh complete LANG PAGE...   every message is translated,
#                                         nothing fuzzy, nothing stale
#   check-help.sh valid LANG PAGE...      the translated pages are valid
#                                         Mallard and their links resolve
#   check-help.sh skip TOOLS              reports a skipped test (77)
#                                         when a tool is not installed
#
# Run from the help/ source folder (meson sets workdir). Needs itstool,
# msgmerge, msgfmt and yelp-check; meson passes their paths in ITSTOOL,
# MSGMERGE, MSGFMT and YELP_CHECK.
set -eu

mode=$1

if [ "$mode" = skip ]; then
  echo "skipped: $2 not found; install yelp-tools, itstool and gettext" >&2
  exit 77
fi

lang=$2
shift 2
po="$lang/$lang.po"

: "${ITSTOOL:=itstool}" "${MSGMERGE:=msgmerge}" "${MSGFMT:=msgfmt}" "${YELP_CHECK:=yelp-check}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -f "$po" ]; then
  echo "$po: missing" >&2
  exit 1
fi

case $mode in
  complete)
    # Merge with a template made from the pages as they are now, so that a
    # page changed without updating the translation shows up as fuzzy or
    # untranslated.
    "$ITSTOOL" -o "$tmp/help.pot" "$@"
    "$MSGMERGE" --quiet -o "$tmp/merged.po" "$po" "$tmp/help.pot"
    stats=$(LC_ALL=C "$MSGFMT" --check --statistics -o /dev/null "$tmp/merged.po" 2>&1)
    echo "$po: $stats"
    case $stats in
      *fuzzy*|*untranslated*)
        echo "$po: not complete; update it (ninja help-discorsi-$lang-update-po) and translate" >&2
        exit 1 ;;
    esac
    # The file itself must be well formed too (header, format strings).
    LC_ALL=C "$MSGFMT" --check -o /dev/null "$po"
    ;;
  valid)
    "$MSGFMT" --check -o "$tmp/$lang.mo" "$po"
    mkdir "$tmp/$lang"
    # --strict: a message whose markup is broken fails instead of falling
    # back to English without a word.
    "$ITSTOOL" --strict -m "$tmp/$lang.mo" --lang "$lang" -o "$tmp/$lang/" "$@"
    cd "$tmp/$lang"
    "$YELP_CHECK" validate *.page
    "$YELP_CHECK" links *.page
    echo "$lang: $(ls *.page | wc -l) pages valid"
    ;;
  *)
    echo "usage: $0 complete|valid LANG PAGE..." >&2
    exit 2 ;;
esac
