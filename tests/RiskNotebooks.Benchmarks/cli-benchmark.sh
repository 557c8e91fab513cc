#!/usr/bin/env bash
# Whole-process benchmarks of `risknb reid`: generates large tables deterministically into bench-data/ (not committed)
# and times the published CLI with /usr/bin/time -v (wall clock and peak resident memory), three runs each.
# Usage: tests/RiskNotebooks.Benchmarks/cli-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=bench-data
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null

adult() { [ -f "$work/adult-$1.csv" ] || python3 tests/RiskNotebooks.Benchmarks/make_adult_like.py datasets/arx/adult.csv "$work/adult-$1.csv" "$1"; }
micro() { [ -f "$work/micro-$1.csv" ] || python3 tests/RiskNotebooks.Benchmarks/make_microdata.py "$work/micro-$1.csv" "$1"; }

measure() {
  local name=$1; shift
  echo "== $name"
  for run in 1 2 3; do
    /usr/bin/time -v "$work/cli/risknb" "$@" --format json >"$work/out.json" 2>"$work/time.txt"
    wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
    echo "run $run: wall $wall, peak RSS $((rss / 1024)) MiB"
  done
}

qis=sex,age,race,marital-status,education,native-country,workclass,occupation
adult 1000000
measure "reid: 1,000,000 adult-like rows, 8 QIs (target <= 2 s, <= 400 MiB)" \
  reid "$work/adult-1000000.csv" --qi "$qis" --sampling-fraction 0.1
micro 1000000
measure "reid --weight: 1,000,000 survey rows, 6 keys (target <= 1 s)" \
  reid "$work/micro-1000000.csv" --qi region,sex,agegrp,marstat,educ,occup --weight weight
adult 5000000
measure "reid --subsets: 5,000,000 adult-like rows, 8 QIs, 255 subsets (target <= 10 s, <= 1.5 GiB)" \
  reid "$work/adult-5000000.csv" --qi "$qis" --sampling-fraction 0.1 --subsets
measure "reid --suda: 1,000,000 survey rows, 6 keys, with weights (target: suda2 <= 3 s)" \
  reid "$work/micro-1000000.csv" --qi region,sex,agegrp,marstat,educ,occup --weight weight --suda
measure "reid, everything: 5,000,000 adult-like rows, 8 QIs, 255 subsets, SUDA, l-diversity (target <= 10 s, <= 1.5 GiB)" \
  reid "$work/adult-5000000.csv" --qi "$qis" --sampling-fraction 0.1 --subsets --suda --sensitive salary-class
