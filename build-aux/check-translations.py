#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is missing or broken.

The template is made afresh from the sources listed in po/POTFILES.in (as
`ninja discorsi-pot` would), merged into po/LANG.po in a temporary folder, and
checked by msgfmt: every message translated, none fuzzy, formats and mnemonics
consistent. So a string added to the code without its translation fails here.

usage: check-translations.py SOURCE_ROOT LANG
"""
import os
import re
import subprocess
import sys
import tempfile

# The keywords and format flags of Meson's 'glib' gettext preset.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments=Translators",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_printerr:1:c-format", "--flag=g_print:1:c-format",
]


def run(args, **kwargs):
    return subprocess.run(args, check=False, capture_output=True, text=True, **kwargs)


def untranslated_ids(po_path):
    """The msgids left empty or fuzzy, for the message of a failure."""
    missing = []
    for entry in open(po_path, encoding="utf-8").read().split("\n\n")[1:]:
        if entry.lstrip().startswith("#~"):
            continue
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', entry, re.M)
        if not msgid:
            continue
        text = "".join(re.findall(r'"(.*)"', msgid.group(1)))
        fuzzy = re.search(r"^#,.*fuzzy", entry, re.M)
        empty = re.search(r'^msgstr(\[0\])? ""\n(?!")', entry + "\n", re.M)
        if fuzzy or empty:
            missing.append(text[:70])
    return missing


def main():
    root, lang = sys.argv[1], sys.argv[2]
    podir = os.path.join(root, "po")
    po_file = os.path.join(podir, lang + ".po")
    problems = []

    if not os.path.exists(po_file):
        print(f"po/{lang}.po is missing")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "discorsi.pot")
        result = run(["xgettext", "--package-name=discorsi", "-o", pot, "-D", root,
                      "-f", os.path.join(podir, "POTFILES.in")] + XGETTEXT_ARGS)
        if result.returncode != 0:
            print("xgettext failed:", result.stderr)
            return 1

        merged = os.path.join(tmp, lang + ".po")
        result = run(["msgmerge", "--quiet", "--no-fuzzy-matching", po_file, pot, "-o", merged])
        if result.returncode != 0:
            print("msgmerge failed:", result.stderr)
            return 1

        for target, label in ((po_file, f"po/{lang}.po"), (merged, f"po/{lang}.po merged with the sources")):
            result = run(["msgfmt", "--check", "--check-accelerators=_", "--statistics",
                          "-o", os.devnull, target], env=dict(os.environ, LC_ALL="C"))
            stats = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
            if result.returncode != 0:
                problems.append(f"{label}: msgfmt refuses it:\n{result.stderr.strip()}")
            elif "untranslated" in stats or "fuzzy" in stats:
                problems.append(f"{label}: {stats}")
            else:
                print(f"{label}: {stats}")

        if problems:
            missing = untranslated_ids(merged)
            print("\n".join(problems))
            if missing:
                print(f"{len(missing)} messages need a translation, for example:")
                for msgid in missing[:20]:
                    print("  ", msgid)
            return 1

    return 0


if __name__ == "__main__":
    sys.exit(main())
