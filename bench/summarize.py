#!/usr/bin/env python3
"""Summarises bench/run_all.sh output (JSON lines on stdin) as the Markdown tables of docs/performance.md.

One table per vector width (the Panama runs' "bits"; the peers' runs tagged torch-256 and numpy-256
ran OpenBLAS's AVX2 kernels and go in the 256-bit table). Each cell is the median over the session's
rounds (with the range when there are several); mlp, eval and live cells in samples/s, gemm cells in
GFLOP/s. A live cell is the trainer's figure and, after a slash, its share of the same session
stepped with no snapshots. Usage: bench/summarize.py < session.jsonl
"""
import json
import statistics
import sys
from collections import defaultdict

COLUMNS = [("java17", "panama", 1), ("java17", "panama", 2), ("java25", "panama", 1), ("java25", "panama", 2),
           ("torch", "torch", 1), ("torch", "torch", 2), ("numpy", "numpy", 1), ("numpy", "numpy", 2),
           ("java17", "reference", 1)]
HEADERS = ["J17 panama 1t", "J17 panama 2t", "J25 panama 1t", "J25 panama 2t", "torch 1t", "torch 2t",
           "numpy 1t", "numpy 2t", "reference J17 1t"]


def fmt(v, gemm):
    if gemm:
        return f"{v:.1f}" if v < 100 else f"{v:.0f}"
    if v >= 1e6:
        return f"{v / 1e6:.2f} M"
    if v >= 1e3:
        return f"{v / 1e3:.1f} k" if v < 1e5 else f"{v / 1e3:.0f} k"
    return f"{v:.0f}"


def cell(vs, gemm):
    med = fmt(statistics.median(vs), gemm)
    return med if len(vs) == 1 else f"{med} ({fmt(min(vs), gemm)}–{fmt(max(vs), gemm)})"


def main():
    cells = defaultdict(list)
    shares = defaultdict(list)
    order = []
    widths = []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        j = json.loads(line)
        run = j["run"]
        bits = j.get("bits", 0)
        if run.endswith("-256"):
            run, bits = run[:-4], 256
        elif run in ("torch", "numpy"):
            bits = 512
        v = j.get("samples_per_s", j.get("gflops"))
        key = (bits if j["kernels"] != "reference" else 0, j["case"], run, j["kernels"], j["threads"])
        cells[key].append(v)
        if "share" in j:
            shares[key].append(j["share"])
        if j["case"] not in order:
            order.append(j["case"])
        if bits and bits not in widths:
            widths.append(bits)
    for bits in widths:
        print(f"\n{bits}-bit vectors (peers: OpenBLAS {'AVX-512' if bits == 512 else 'AVX2, OPENBLAS_CORETYPE=Haswell'})\n")
        print("| case | " + " | ".join(HEADERS) + " |")
        print("|---" * (len(HEADERS) + 1) + "|")
        for case in order:
            gemm = case.startswith("gemm")
            row = []
            for col in COLUMNS:
                key = (0 if col[1] == "reference" else bits, case) + col
                vs = cells.get(key, [])
                if not vs:
                    row.append("")
                    continue
                c = cell(vs, gemm)
                if shares.get(key):
                    c += f" / {statistics.median(shares[key]):.0%}"
                row.append(c)
            print(f"| {case} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
