#!/usr/bin/env bash
# Whole-process benchmark of `risknb genome`: a synthetic VCF of 1,000 samples x 100,000 SNPs (about 400 MB, made by
# datasets/genomics/make_synthetic_vcf.py into bench-data/, not committed), plain and bgzip-style gzip, timed with
# /usr/bin/time -v on the published CLI (wall clock and peak resident memory). Target: <= 10 s and <= 2 GiB.
# Usage: tests/RiskNotebooks.Benchmarks/genome-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=bench-data
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null
vcf="$work/cohort-1000x100000.vcf"
[ -f "$vcf" ] || python3 datasets/genomics/make_synthetic_vcf.py --samples 1000 --sites 100000 --seed 1 --spacing 1000 --out "$vcf"
[ -f "$vcf.gz" ] || gzip -k -1 "$vcf"

measure() {
  local name=$1; shift
  echo "== $name"
  for run in 1 2 3; do
    /usr/bin/time -v "$work/cli/risknb" "$@" --format json >"$work/out.json" 2>"$work/time.txt"
    wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
    user=$(grep "User time" "$work/time.txt" | awk "{print \$NF}"); sys=$(grep "System time" "$work/time.txt" | awk "{print \$NF}")
    echo "run $run: wall $wall, CPU user ${user} s + system ${sys} s, peak RSS $((rss / 1024)) MiB"
  done
}

measure "1,000 samples x 100,000 SNPs, plain VCF ($(du -h "$vcf" | cut -f1))" genome "$vcf" --population 10500000
measure "the same, gzip ($(du -h "$vcf.gz" | cut -f1))" genome "$vcf.gz" --population 10500000
measure "the same, thinned to 100 kb" genome "$vcf" --population 10500000 --min-distance 100000
