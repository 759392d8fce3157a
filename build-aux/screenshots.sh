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

# shoot NAME SCENE WIDTH HEIGHT [VAR=VALUE...]
shoot() {
  local name=$1 scene=$2 width=$3 height=$4
  shift 4
  env "$@" "$shots" "$scene" "$out/$name.png" "$width" "$height" >/dev/null
  echo "$out/$name.png"
}

for s in empty list detail invalid person preferences error; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
done
for s in list detail invalid; do
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
shoot narrow-detail-it detail 360 720 LANGUAGE=it LANG=it_IT.UTF-8
shoot detail-fr detail 1100 720 LANGUAGE=fr LANG=fr_FR.UTF-8
shoot detail-ca detail 1100 720 LANGUAGE=ca LANG=ca_ES.UTF-8
shoot detail-es detail 1100 720 LANGUAGE=es LANG=es_ES.UTF-8
for s in framework framework-draft; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
for s in training session association-training; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
for s in progress assessment comparison; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
for s in follow-ups services association-meetings; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
shoot follow-ups-service-page follow-ups-service-page 1100 720 LANG=C.UTF-8
shoot narrow-follow-ups-service-page follow-ups-service-page 360 720 LANG=C.UTF-8
for s in meetings meeting-long-notes meetings-search; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
for s in overview overview-heatmap charts-progress charts-timeline; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done
shoot overview-filtered overview-filtered 1100 720 LANG=C.UTF-8
shoot charts-table charts-table 1100 720 LANG=C.UTF-8
shoot charts-progress-fr charts-progress 1100 720 LANGUAGE=fr LANG=fr_FR.UTF-8
shoot narrow-charts-progress-fr charts-progress 360 720 LANGUAGE=fr LANG=fr_FR.UTF-8
shoot charts-focus charts-focus 1100 720 LANG=C.UTF-8
for s in export import import-problems conflicts conflicts-restore; do
  shoot "$s" "$s" 1100 720 LANG=C.UTF-8
  shoot "$s-it" "$s" 1100 720 LANGUAGE=it LANG=it_IT.UTF-8
  shoot "$s-dark" "$s" 1100 720 ADW_DEBUG_COLOR_SCHEME=prefer-dark LANG=C.UTF-8
  shoot "narrow-$s" "$s" 360 720 LANG=C.UTF-8
done

# A passport page as printed, for the README and AppStream (data/screenshots):
# page 1 of the demo's Associazione Culturale Attawasol, at 100 dpi, in British
# English (dates as day/month/year).
if command -v pdftoppm >/dev/null; then
  demo=$(mktemp -d)
  export DISCORSI_NOW=2026-11-26T10:00:00Z LANG=en_GB.UTF-8
  if "$builddir/src/discorsi" --database="$demo/demo.db" demo >/dev/null \
     && "$builddir/src/discorsi" --database="$demo/demo.db" report \
          --association="Associazione Culturale Attawasol" --output="$out/passport.pdf" >/dev/null; then
    pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$out/passport.pdf" "$out/passport"
    echo "$out/passport.png"
  fi
  rm -rf "$demo"
fi
