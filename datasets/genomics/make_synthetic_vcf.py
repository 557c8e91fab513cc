#!/usr/bin/env python3
"""Writes a synthetic VCF 4.2 cohort (no real person: genotypes drawn under Hardy-Weinberg from made-up allele
frequencies) and the table of the frequencies it was drawn from.

  python3 make_synthetic_vcf.py --samples 200 --sites 2000 --seed 7 --out synthetic-cohort.vcf --frequencies reference-frequencies.csv
  python3 make_synthetic_vcf.py --samples 1000 --sites 100000 --seed 1 --out /tmp/big.vcf      # the benchmark's file
"""
import argparse
import random

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spacing", type=int, default=50_000, help="base pairs between sites")
    parser.add_argument("--out", required=True)
    parser.add_argument("--frequencies")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bases = "ACGT"
    chromosomes = 22
    per_chromosome = -(-args.sites // chromosomes)
    with open(args.out, "w", newline="\n") as vcf:
        freq = open(args.frequencies, "w", newline="\n") if args.frequencies else None
        if freq:
            freq.write("chrom,pos,ref,alt,af\n")
        vcf.write("##fileformat=VCFv4.2\n")
        vcf.write("##source=RiskNotebooks make_synthetic_vcf.py (synthetic: no real person)\n")
        for c in range(1, chromosomes + 1):
            vcf.write(f"##contig=<ID={c}>\n")
        vcf.write('##INFO=<ID=AF,Number=A,Type=Float,Description="Allele frequency the genotypes were drawn from">\n')
        vcf.write('##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n')
        names = [f"sample{i + 1:04d}" for i in range(args.samples)]
        vcf.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + "\t".join(names) + "\n")
        for s in range(args.sites):
            chrom = s // per_chromosome + 1
            pos = (s % per_chromosome + 1) * args.spacing
            ref = rng.choice(bases)
            alt = rng.choice([b for b in bases if b != ref])
            # minor allele frequencies spread over 0.01-0.5, as on genotyping arrays
            af = round(min(0.5, max(0.01, rng.betavariate(0.9, 2.2) * 0.55)), 4)
            if freq:
                freq.write(f"{chrom},{pos},{ref},{alt},{af}\n")
            calls = []
            for _ in names:
                if rng.random() < 0.01:
                    calls.append("./.")
                    continue
                a = 1 if rng.random() < af else 0
                b = 1 if rng.random() < af else 0
                calls.append(f"{a}/{b}")
            vcf.write(f"{chrom}\t{pos}\t.\t{ref}\t{alt}\t50\tPASS\tAF={af}\tGT\t" + "\t".join(calls) + "\n")
        if freq:
            freq.close()

if __name__ == "__main__":
    main()
