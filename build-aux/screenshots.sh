#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes every screenshot we look at before calling UI work done: each scene in
# English, in Italian, in dark style and in a narrow window. Run through
# `build-aux/dev shots`, which provides Xvfb and the installed prefix.
set -euo pipefail

builddir=$1
out=${2:-$builddir/shots}
shots="$builddir/tests/screenshots"
mkdir -p "$out"

shoot() {
  local name=$1; shift
  env "$@" "$shots" "${scene[@]}" "$out/$name.png" >/dev/null
  echo "$out/$name.png"
}

for s in empty list detail invalid person preferences error; do
  scene=("$s"); shoot "$s" LANG=C.UTF-8
  scene=("$s"); shoot "$s-it" LANGUAGE=it LANG=it_IT.UTF-8
  scene=("$s"); shoot "$s-dark" ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
done
for s in list detail; do
  scene=("$s" 360 720); shoot "narrow-$s" LANG=C.UTF-8
done
scene=(detail 360 720); shoot "narrow-detail-it" LANGUAGE=it LANG=it_IT.UTF-8
