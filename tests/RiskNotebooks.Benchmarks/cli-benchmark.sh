#!/usr/bin/env bash
# Whole-process benchmark of `risknb reid`: generates large tables deterministically (not committed) and times the
# published CLI with /usr/bin/time -v (wall clock and peak resident memory).
# Usage: tests/RiskNotebooks.Benchmarks/cli-benchmark.sh [ROWS...]   (default: 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=("${@:-1000000}")
work=bench-data
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
qis=sex,age,race,marital-status,education,native-country,workclass,occupation
for n in "${rows[@]}"; do
  table="$work/adult-$n.csv"
  [ -f "$table" ] || python3 tests/RiskNotebooks.Benchmarks/make_adult_like.py datasets/arx/adult.csv "$table" "$n"
  echo "== reid on $n adult-like rows, 8 QIs ($(du -h "$table" | cut -f1))"
  for run in 1 2 3; do
    /usr/bin/time -v "$work/cli/risknb" reid "$table" --qi "$qis" --sampling-fraction 0.1 --format json >"$work/out-$n.json" 2>"$work/time-$n.txt"
    wall=$(grep 'Elapsed (wall clock)' "$work/time-$n.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time-$n.txt" | awk '{print $NF}')
    echo "run $run: wall $wall, peak RSS $((rss / 1024)) MiB"
  done
done
