#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks whose figures README.md records: the store with 10,000
# associations, every passport of a 200-association programme, and start-up
# to the first painted frame on the big database.
# Run through `build-aux/dev bench`.
set -euo pipefail

builddir=$1
n=${DISCORSI_BENCH_ASSOCIATIONS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "## Store, $n associations"
"$builddir/tests/bench-store" "$n"

echo
echo "## Reports: every passport of ${DISCORSI_BENCH_REPORT_ASSOCIATIONS:-200} associations, the programme report"
"$builddir/tests/bench-report" "$builddir/src/discorsi" "${DISCORSI_BENCH_REPORT_ASSOCIATIONS:-200}"

echo
echo "## Exchange files, $n associations: export and import next to json-glib alone"
"$builddir/tests/bench-exchange" "$n"

echo
echo "## Start-up to the first painted frame, $n associations (Xvfb, cairo renderer)"
db="$work/bench.db"
DISCORSI_NOW=2026-11-26T10:00:00Z "$builddir/src/discorsi" --database="$db" demo --associations="$n"
if ! command -v hyperfine >/dev/null 2>&1; then
  echo "(hyperfine is not installed: apt-get install hyperfine)"
  exit 0
fi
xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' dbus-run-session -- \
  env GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
      DISCORSI_NON_UNIQUE=1 DISCORSI_EXIT_AFTER_FIRST_FRAME=1 XDG_CACHE_HOME="$work" \
  hyperfine --warmup 2 --runs 15 --style basic \
    "$builddir/prefix/bin/discorsi --database=$db"
