#!/usr/bin/env bash
# Whole-process benchmark of `risknb dicom` (headers only): writes 10,000 DICOM files into bench-data/dicom-10000/ (not
# committed) and times the published Release CLI with /usr/bin/time -v (wall clock, peak resident memory).
# The files are copies of the 64 head-MR slices of datasets/dicom/samples/head-mr (implicit VR little endian), each
# with its Series Instance UID changed (100 series of 100 slices) and a 128x128x16-bit pixel data element (32 KiB), so
# that a reader that read pixels would show it. Target: >= 2,000 files/s.
# Usage: tests/RiskNotebooks.Benchmarks/dicom_benchmark.sh [files (default 10000)]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=bench-data
files=${1:-10000}
data="$work/dicom-$files"
mkdir -p "$work"
dotnet publish src/RiskNotebooks.Cli -c Release -o "$work/cli" --nologo -v quiet >/dev/null

if [ ! -d "$data" ]; then
  python3 - "$data" "$files" <<'PY'
import os, struct, sys
out, n = sys.argv[1], int(sys.argv[2])
src = "datasets/dicom/samples/head-mr"
slices = [open(os.path.join(src, f), "rb").read() for f in sorted(os.listdir(src)) if f.endswith(".dcm")]
series = b"1.2.826.0.1.3680043.8.498.33.1"
pixels = bytes.fromhex("e07f1000")  # (7FE0,0010), implicit VR: a 4-byte length follows
for i in range(n):
    b = slices[i % len(slices)]
    b = b.replace(series, b"1.2.826.0.1.3680043.8.498." + b"%04d" % (i // 100))  # same length: 100 series
    at = b.rindex(pixels)
    b = b[:at + 4] + struct.pack("<I", 128 * 128 * 2) + bytes(128 * 128 * 2)
    d = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "img%05d.dcm" % i), "wb").write(b)
PY
fi

measure() {
  echo "== $1"
  /usr/bin/time -v "$work/cli/risknb" dicom "$data" --format json >"$work/dicom-out.json" 2>"$work/time.txt"
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  echo "wall $wall, peak RSS $((rss / 1024)) MiB, $(awk -v n="$files" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') files/s (target >= 2,000)"
}

measure "$files files, first run (page cache as the generator left it)"
measure "$files files, warm page cache"
python3 -c "import json; d = json.load(open('$work/dicom-out.json')); print('dicom files', d['files']['dicom'], 'series', len(d['series']), 'needing defacing', d['flags']['headVolumesNeedingDefacing'])"
