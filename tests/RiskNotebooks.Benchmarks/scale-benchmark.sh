#!/usr/bin/env bash
# Issue 19: `risknb reid` on 1,000,000 and 10,000,000 adult-like rows (8 QIs, all measures), whole process with
# /usr/bin/time -v, the published CLI with and without ReadyToRun; then the in-process stage profile (read, scan, decode,
# encode, group, measures). Tables are generated deterministically into bench-data/ (not committed) by
# ../shared/tools/make_big_adult.py when present, else by make_adult_like.py.
# Usage: tests/RiskNotebooks.Benchmarks/scale-benchmark.sh [ROWS ...]   (default: 1000000 10000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=bench-data
mkdir -p "$work"
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(1000000 10000000)
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
dotnet publish src/RiskNotebooks.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli-r2r" --nologo -v quiet >/dev/null
dotnet build tests/RiskNotebooks.Benchmarks -c Release -o "$work/bench" --nologo -v quiet >/dev/null

make_table() {
  local n=$1 file="$work/adult-big-$1.csv"
  if [ ! -f "$file" ]; then
    if [ -f ../shared/tools/make_big_adult.py ]; then
      python3 ../shared/tools/make_big_adult.py datasets/arx/adult.csv "$file" "$n"
    else
      python3 tests/RiskNotebooks.Benchmarks/make_adult_like.py datasets/arx/adult.csv "$file" "$n"
    fi
  fi
  echo "$file"
}

qis=sex,age,race,marital-status,education,native-country,workclass,occupation
for n in "${rows[@]}"; do
  file=$(make_table "$n")
  for cli in cli cli-r2r; do
    echo "== reid, $n rows, 8 QIs, all measures ($cli)"
    for run in 1 2 3; do
      /usr/bin/time -v "$work/$cli/risknb" reid "$file" --qi "$qis" --sampling-fraction 0.1 --format json >"$work/out.json" 2>"$work/time.txt"
      wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
      user=$(grep 'User time' "$work/time.txt" | awk '{print $NF}')
      sys=$(grep 'System time' "$work/time.txt" | awk '{print $NF}')
      rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
      echo "run $run: wall $wall, user $user s, system $sys s, peak RSS $((rss / 1024)) MiB"
    done
  done
  echo "== stage profile, $n rows"
  "$work/bench/RiskNotebooks.Benchmarks" profile-reid "$file" "$qis" 2
done

echo "== start-up: the bundled demo registry (100,000 rows, below the parallel reader's 8 MiB)"
for cli in cli cli-r2r; do
  for run in 1 2 3; do
    /usr/bin/time -v "$work/$cli/risknb" reid --format json >"$work/out.json" 2>"$work/time.txt"
    echo "$cli run $run: wall $(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}'), user $(grep 'User time' "$work/time.txt" | awk '{print $NF}') s"
  done
done
