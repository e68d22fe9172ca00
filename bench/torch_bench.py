#!/usr/bin/env python3
"""The cases of dev.nnplay.engine.bench.Bench, timed in PyTorch on the CPU.

Run with the system Python that has torch:
  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/torch_bench.py --threads 1 [--seconds S]
Debian's torch calls the system BLAS (OpenBLAS once libopenblas0-pthread is installed), which takes
its thread count from OPENBLAS_NUM_THREADS, not from torch.set_num_threads: set the variable to the
same count as --threads (bench/run_all.sh does), or a "1-thread" gemm runs on both cores.
Prints one JSON object per line, as Bench does:
  {"case": "mlp 2-8-8-1 tanh b10", "kernels": "torch", "threads": 1, "samples_per_s": ...}
  {"case": "gemm 512", "kernels": "torch", "threads": 1, "gflops": ...}
mlp cases: forward, loss, backward and an SGD step per batch, going through a fixed data set in order
(500 samples and MSE for two inputs; 4096 samples, 10 classes and cross-entropy for 784 inputs).
gemm n: C = A @ B, square float32, GFLOP/s = 2 n^3 / t. Each case first runs unmeasured for half the
measuring time.
"""
import argparse
import json
import time

import torch

CASES = ["mlp 2-4-2-1 tanh b10", "mlp 2-8-8-1 tanh b10", "mlp 2-8x6-1 tanh b10",
         "mlp 784-128-64-10 relu b64", "mlp 784-512-512-10 relu b256",
         "gemm 64", "gemm 256", "gemm 512", "gemm 1024"]


def sizes_of(spec):
    out = []
    for s in spec.split("-"):
        units, _, times = s.partition("x")
        out += [int(units)] * (int(times) if times else 1)
    return out


def timed(step, seconds):
    """Runs step() for about `seconds`; returns (calls, elapsed)."""
    calls = 0
    start = time.perf_counter()
    while True:
        for _ in range(16):
            step()
        calls += 16
        now = time.perf_counter()
        if now - start >= seconds:
            return calls, now - start


def run_mlp(name, seconds):
    _, spec, act, b = name.split(" ")
    sizes = sizes_of(spec)
    batch = int(b[1:])
    f = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}[act]
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(f())
    net = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    g = torch.Generator().manual_seed(42)
    n = 500 if sizes[0] == 2 else 4096
    x = torch.rand(n, sizes[0], generator=g) * 2 - 1
    if sizes[-1] > 1:
        y = torch.randint(0, sizes[-1], (n,), generator=g)
        loss_fn = torch.nn.CrossEntropyLoss()
    else:
        y = (x[:, 0] * x[:, 1]).unsqueeze(1)
        loss_fn = torch.nn.MSELoss()
    row = [0]

    def step():
        if row[0] + batch > n:
            row[0] = 0
        xb = x[row[0]:row[0] + batch]
        yb = y[row[0]:row[0] + batch]
        row[0] += batch
        opt.zero_grad(set_to_none=False)
        loss = loss_fn(net(xb), yb)
        loss.backward()
        opt.step()

    timed(step, seconds / 2)
    calls, elapsed = timed(step, seconds)
    return {"samples_per_s": round(calls * batch / elapsed, 1)}


def run_gemm(name, seconds):
    n = int(name.split(" ")[1])
    g = torch.Generator().manual_seed(1)
    a = torch.rand(n, n, generator=g) * 2 - 1
    b = torch.rand(n, n, generator=g) * 2 - 1
    c = torch.empty(n, n)

    def step():
        torch.mm(a, b, out=c)

    timed(step, seconds / 2)
    calls, elapsed = timed(step, seconds)
    return {"gflops": round(2.0 * n ** 3 * calls / elapsed / 1e9, 2)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    p.add_argument("--seconds", type=float, default=2.0)
    p.add_argument("cases", nargs="*", default=CASES)
    args = p.parse_args()
    torch.set_num_interop_threads(1)
    for threads in args.threads:
        torch.set_num_threads(threads)
        for name in args.cases:
            result = run_gemm(name, args.seconds) if name.startswith("gemm") else run_mlp(name, args.seconds)
            print(json.dumps({"case": name, "kernels": "torch", "threads": threads, **result}), flush=True)


if __name__ == "__main__":
    main()
