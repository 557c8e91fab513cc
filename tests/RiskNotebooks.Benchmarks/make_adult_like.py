#!/usr/bin/env python3
"""Build a large adult-like table, deterministically, from ARX's adult.csv (datasets/arx/adult.csv).

Every output row copies a uniformly drawn adult row and perturbs it, so the table is not just copies:
age shifted by -3..3 (clamped to 17..90) with probability 0.5; occupation (p = 0.10), native-country (p = 0.05) and
education (p = 0.05) taken from another uniformly drawn row. The same seed gives the same bytes.

Usage: make_adult_like.py ADULT_CSV OUT_CSV ROWS [SEED]
"""
import random
import sys


def main() -> None:
    source, target, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20240517)
    with open(source, encoding="utf-8") as handle:
        lines = [line.rstrip("\r\n") for line in handle if line.strip()]
    header = lines[0].split(";")
    records = [line.split(";") for line in lines[1:]]
    count = len(records)
    age, occupation, country, education = (header.index(name) for name in ("age", "occupation", "native-country", "education"))
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write(";".join(header) + "\n")
        batch = []
        for _ in range(rows):
            row = list(records[rng.randrange(count)])
            if rng.random() < 0.5:
                row[age] = str(min(90, max(17, int(row[age]) + rng.randrange(-3, 4))))
            if rng.random() < 0.10:
                row[occupation] = records[rng.randrange(count)][occupation]
            if rng.random() < 0.05:
                row[country] = records[rng.randrange(count)][country]
            if rng.random() < 0.05:
                row[education] = records[rng.randrange(count)][education]
            batch.append(";".join(row))
            if len(batch) == 100_000:
                out.write("\n".join(batch) + "\n")
                batch.clear()
        if batch:
            out.write("\n".join(batch) + "\n")


if __name__ == "__main__":
    main()
