#!/usr/bin/env python3
"""The gemm cases of dev.nnplay.engine.bench.Bench, timed as NumPy's ``a @ b`` (float32).

Run with the system Python:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/numpy_bench.py --threads 1 [--seconds S]
NumPy calls the system BLAS (Debian's libblas.so.3 alternative, OpenBLAS once libopenblas0-pthread is
installed), which takes its thread count from OPENBLAS_NUM_THREADS only: --threads just labels the
output, the caller sets the variable. Prints one JSON object per line, as Bench does:
  {"case": "gemm 512", "kernels": "numpy", "threads": 1, "gflops": ...}
Each case first runs unmeasured for half the measuring time.
"""
import argparse
import json
import time

import numpy as np

CASES = ["gemm 64", "gemm 256", "gemm 512", "gemm 1024"]


def run_gemm(name, seconds):
    n = int(name.split(" ")[1])
    rng = np.random.default_rng(1)
    a = (rng.random((n, n), dtype=np.float32) * 2 - 1)
    b = (rng.random((n, n), dtype=np.float32) * 2 - 1)
    c = np.empty((n, n), dtype=np.float32)

    def timed(limit):
        calls = 0
        start = time.perf_counter()
        while True:
            np.matmul(a, b, out=c)
            calls += 1
            now = time.perf_counter()
            if now - start >= limit:
                return calls, now - start

    timed(seconds / 2)
    calls, elapsed = timed(seconds)
    return round(2.0 * n ** 3 * calls / elapsed / 1e9, 2)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seconds", type=float, default=2.0)
    p.add_argument("cases", nargs="*", default=CASES)
    args = p.parse_args()
    for name in args.cases:
        print(json.dumps({"case": name, "kernels": "numpy", "threads": args.threads,
                          "gflops": run_gemm(name, args.seconds)}), flush=True)


if __name__ == "__main__":
    main()
