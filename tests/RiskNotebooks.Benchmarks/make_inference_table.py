#!/usr/bin/env python3
"""A synthetic table for `risknb infer`: 8 quasi-identifiers and 2 sensitive attributes (a 10-value diagnosis that
depends on age, sex and region, and a numeric income that depends on age and education), seeded, deterministic.
Usage: make_inference_table.py OUT.csv ROWS"""
import random
import sys

out, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(15)
with open(out, "w", encoding="utf-8") as f:
    f.write("age,sex,region,education,marital,country,workclass,ethnicity,diagnosis,income\n")
    for _ in range(rows):
        age = rng.randint(18, 97)
        sex = rng.choice("FM")
        region = rng.randrange(20)
        education = rng.randrange(16)
        marital = rng.randrange(7)
        country = min(int(rng.expovariate(0.3)), 39)
        workclass = rng.randrange(8)
        ethnicity = rng.randrange(5)
        d = (age // 10 + region + (3 if sex == "F" else 0)) % 10 if rng.random() < 0.6 else rng.randrange(10)
        income = round(15000 + 400 * min(age, 65) + 2500 * education + rng.gauss(0, 8000))
        f.write(f"{age},{sex},r{region},e{education},m{marital},c{country},w{workclass},x{ethnicity},D{d},{income}\n")
