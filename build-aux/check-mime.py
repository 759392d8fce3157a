#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs the shared MIME type into a throwaway MIME database, as
update-mime-database does on a user's machine, and checks that a .discorsi
file name and an exchange file's first bytes both map to application/x-discorsi,
and that the description is translated."""

import os
import shutil
import subprocess
import sys
import tempfile

TYPE = "application/x-discorsi"


def main():
    update, xml = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as home:
        packages = os.path.join(home, "mime", "packages")
        os.makedirs(packages)
        shutil.copy(xml, packages)
        subprocess.run([update, os.path.join(home, "mime")], check=True)

        with open(os.path.join(home, "mime", "globs2"), encoding="utf-8") as globs:
            entries = [line.strip().split(":") for line in globs if not line.startswith("#")]
        if not any(e[1] == TYPE and e[2] == "*.discorsi" for e in entries if len(e) >= 3):
            sys.exit("*.discorsi is not mapped to %s" % TYPE)

        with open(os.path.join(home, "mime", "magic"), "rb") as magic:
            if b'{"format":"discorsi-exchange"' not in magic.read():
                sys.exit("the exchange header is not in the magic database")

        with open(os.path.join(home, "mime", "application", "x-discorsi.xml"), encoding="utf-8") as info:
            text = info.read()
        for language in ("it", "fr", "ca", "es"):
            if 'xml:lang="%s"' % language not in text:
                sys.exit("the description has no %s translation" % language)
    print("ok")


if __name__ == "__main__":
    main()
