#!/usr/bin/env python3
"""Deterministic synthetic survey microdata for timing the sdcMicro-style measures (standard library only).

Columns: region (60 levels, Zipf-like), sex (2), agegrp (20), marstat (5), educ (8), occup (30, Zipf-like) and a
sampling weight (uniform 20..500, 2 decimals). The same seed gives the same bytes.

Usage: make_microdata.py OUT_CSV [ROWS] [SEED]
"""
import csv
import random
import sys


def zipf(levels: int, exponent: float) -> list:
    return [1.0 / (rank ** exponent) for rank in range(1, levels + 1)]


def main() -> None:
    target = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20240601)
    variables = [
        ("region", 60, zipf(60, 0.8)),
        ("sex", 2, [1.0, 1.0]),
        ("agegrp", 20, [1.0] * 20),
        ("marstat", 5, [4.0, 3.0, 1.0, 1.0, 0.5]),
        ("educ", 8, [1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 0.5, 0.2]),
        ("occup", 30, zipf(30, 1.1)),
    ]
    columns = [rng.choices(range(1, levels + 1), weights=weights, k=rows) for _, levels, weights in variables]
    weights = [round(rng.uniform(20.0, 500.0), 2) for _ in range(rows)]
    with open(target, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([name for name, _, _ in variables] + ["weight"])
        for i in range(rows):
            writer.writerow([column[i] for column in columns] + ["%.2f" % weights[i]])


if __name__ == "__main__":
    main()
