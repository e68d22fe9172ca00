#!/usr/bin/env python3
"""Summarises bench/run_all.sh output (JSON lines on stdin) as the Markdown table of docs/performance.md.

Each cell is the median over the session's rounds (with the range when there are several); mlp cells
in samples/s, gemm cells in GFLOP/s. Usage: bench/summarize.py < session.jsonl
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


def main():
    cells = defaultdict(list)
    order = []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        j = json.loads(line)
        v = j.get("samples_per_s", j.get("gflops"))
        cells[(j["case"], j["run"], j["kernels"], j["threads"])].append(v)
        if j["case"] not in order:
            order.append(j["case"])
    print("| case | " + " | ".join(HEADERS) + " |")
    print("|---" * (len(HEADERS) + 1) + "|")
    for case in order:
        gemm = case.startswith("gemm")
        row = []
        for col in COLUMNS:
            vs = cells.get((case,) + col, [])
            if not vs:
                row.append("")
                continue
            med = fmt(statistics.median(vs), gemm)
            row.append(med if len(vs) == 1 else f"{med} ({fmt(min(vs), gemm)}–{fmt(max(vs), gemm)})")
        print(f"| {case} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
