#!/usr/bin/env bash
# Compile tests/anchors/arx/ArxSearchAnchor.java against an ARX 3.9.2 build and run it.
#   ARX_CP   classpath of the ARX build: its classes dir (or jar) plus its lib/ jars (see README.md)
#   OUT      scratch dir for the harness's class files (default /tmp/arx-anchor-classes)
# Usage:
#   run.sh grid    [FILTER-REGEX]     -> datasets/arx/expected/search.csv (appends; delete it first to regenerate)
#   run.sh lattice TARGET METRIC SUPP -> datasets/arx/expected/lattice-TARGET-METRIC-sPCT.csv
#   run.sh time    DATA.csv           -> one timing line (k=5, suppression 0.05, Loss)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
: "${ARX_CP:?set ARX_CP to the ARX 3.9.2 classes dir or jar plus its lib jars}"
OUT="${OUT:-/tmp/arx-anchor-classes}"
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}"
mkdir -p "$OUT"
javac -nowarn -encoding UTF-8 -cp "$ARX_CP" -d "$OUT" "$here/ArxSearchAnchor.java"
data="$repo/datasets/arx"
expected="$data/expected"
mkdir -p "$expected"
mode="$1"; shift
case "$mode" in
  grid)    exec java $JAVA_OPTS -cp "$OUT:$ARX_CP" ArxSearchAnchor grid "$data" "$expected/search.csv" "$@" ;;
  lattice) exec java $JAVA_OPTS -cp "$OUT:$ARX_CP" ArxSearchAnchor lattice "$data" "$expected" "$@" ;;
  time)    exec java $JAVA_OPTS -cp "$OUT:$ARX_CP" ArxSearchAnchor time "$1" "$data" ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
