#!/usr/bin/env bash
# Whole-process benchmark of `risknb anonymize` (the exact optimal search over the whole lattice), a Release publish timed
# with /usr/bin/time -v (wall clock, CPU time, peak resident memory), interleaved with ARX 3.9.2's own search on the same
# table when an ARX build is given (see tests/anchors/arx/README.md: ARX_CP, then this script with arx as argument).
# Tables are made by ../shared/tools/make_big_adult.py (the generator the ARX timings of issue 14 used) into bench-data/.
# Targets (issue 14): Adult (30,162 rows, 8 QIs, the full lattice of 6,480 nodes) <= 1 s; 1,000,000 rows <= 10 s;
# 5,000,000 rows <= 60 s and <= 4 GiB; >= 10x faster than ARX on the same search.
# Measured 2026-12-03, every node evaluated (2 cores, interleaved, same optimum and score as ARX on every table):
#   Adult      ours 1.06 s wall (0.80 s published ReadyToRun), 200 MiB | ARX 4.8 s wall, 321 MiB (target 1 s: met with R2R)
#   1,000,000  ours 5.7 s wall,  577 MiB | ARX 8.3 s wall, 746 MiB   (target 10 s: met)
#   5,000,000  ours 16.4 s wall, 1978 MiB | ARX 16.1 s wall, 1810 MiB (targets 60 s, 4 GiB: met; 10x ARX: not met)
# With the lower-bound pruning and the parallel CSV reader (same day, quiet machine):
#   Adult      ours 0.90 s wall, 1.2 s CPU (1,375 nodes) | ARX 5.2 s wall, 8.4 s CPU: 5.7x wall, 7x CPU
#   1,000,000  ours 1.7 s wall, 1.8 s CPU (20 nodes)     | ARX 8.0 s wall, 11.5 s CPU: 4.6x / 6.3x
#   5,000,000  ours 8.2 s wall, 7.8 s CPU, 1182 MiB (6)  | ARX 19.0 s wall, 25.1 s CPU: 2.3x / 3.2x (10x: not met)
# Later (pooled roll-up arrays, packed-key release, memory kept; ReadyToRun publish, quiet, interleaved with ARX):
#   Adult      ours 0.79-0.94 s wall | ARX 7.1 s: 8-9x;  1,000,000 ours 1.39-1.44 s | ARX 9.5 s: 6.7x;
#   5,000,000  ours 3.42-3.56 s, 951-1009 MiB | ARX 18.9 s, 1692 MiB: 5.4x (10x: not met). Stage profile in process:
#   dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- profile-anonymize FILE QIS datasets/arx
# Usage: tests/RiskNotebooks.Benchmarks/anonymize-benchmark.sh [runs] [arx]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-1}
with_arx=${2:-}
work=bench-data
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
generator=${MAKE_BIG_ADULT:-../shared/tools/make_big_adult.py}
for n in 1000000 5000000; do
  [ -f "$work/adult-$n.csv" ] || python3 "$generator" datasets/arx/adult.csv "$work/adult-$n.csv" "$n"
done

qis=sex,age,race,marital-status,education,native-country,workclass,occupation
time_it() {
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
  user=$(grep 'User time' "$work/time.txt" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  echo "  wall $wall, CPU ${user}s user + ${sys}s system, peak RSS $((rss / 1024)) MiB"
}

for table in datasets/arx/adult.csv "$work/adult-1000000.csv" "$work/adult-5000000.csv"; do
  for run in $(seq "$runs"); do
    echo "== risknb anonymize $(basename "$table") --target k=5 --max-suppression 0.05 (run $run)"
    time_it "$work/cli/risknb" anonymize "$table" --qi "$qis" --hierarchies datasets/arx --target k=5 --max-suppression 0.05
    grep -E '^  levels|records suppressed|loss \(minimised\)' "$work/out.txt" | tr -s ' ' | paste -sd' ' -
    if [ "$with_arx" = arx ]; then
      echo "== ARX 3.9.2, same search (run $run)"
      time_it tests/anchors/arx/run.sh time "$table"
      tail -1 "$work/out.txt"
    fi
  done
done
