#!/usr/bin/env bash
# Whole-process benchmarks of `risknb location`: generates synthetic traces with `risknb generate traces` into bench-data/
# (not committed) and times the published CLI with /usr/bin/time -v (wall clock and peak resident memory).
# Usage: tests/RiskNotebooks.Benchmarks/location-benchmark.sh [users-for-unicity (default 1500000)]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=bench-data
users=${1:-1500000}
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null

traces() { # users min max grid file
  [ -f "$work/$5" ] || "$work/cli/risknb" generate traces --users "$1" --seed 7 --min-records "$2" --max-records "$3" ${4:+--antenna-grid "$4"} --output "$work/$5"
}

measure() {
  local name=$1; shift
  echo "== $name"
  /usr/bin/time -v "$work/cli/risknb" "$@" --format json >"$work/out.json" 2>"$work/time.txt"
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  echo "wall $wall, peak RSS $((rss / 1024)) MiB"
}

traces 1000 100 300 "" traces-1000.csv
measure "all attacks, k = 1..4, 1,000 users of 100-300 records (scikit-mobility: home-work ~24 min, location k=1 ~2 weeks)" \
  location "$work/traces-1000.csv" --attack all --k 1..4 --points 4 --top-n none

traces 100000 100 300 80 traces-100000.csv
measure "all attacks, k = 1..4, 100,000 users on 6,400 antennas (target: each attack <= 60 s)" \
  location "$work/traces-100000.csv" --attack all --k 1..4 --points 4 --top-n none

traces "$users" 100 100 "" "traces-$users.csv"
measure "unicity p = 4, $users users x 100 records, CSV included (target: <= 60 s, <= 8 GiB)" \
  location "$work/traces-$users.csv" --points 4 --top-n none
