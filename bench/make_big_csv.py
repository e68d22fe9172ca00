#!/usr/bin/env python3
"""Writes the 100 000-row CSV and its project that docs/performance.md measures the window on.

Usage (system Python, from the repository root):
    /usr/bin/python3 bench/make_big_csv.py /tmp/big
writes /tmp/big/big100k.csv (8 numeric columns x0..x7 and a class column k of 3 classes, seed 7)
and /tmp/big/big100k.json (8-16-16-3 ReLU, softmax cross-entropy, Adam 0.002, batch 32, 30 % test):
the size and network of the bench case 'live 100000'. Same seed, same file.
"""
import json
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
with open(os.path.join(out, "big100k.csv"), "w") as f:
    f.write(",".join(["x%d" % j for j in range(8)] + ["k"]) + "\n")
    for _ in range(100_000):
        x = [rng.uniform(-1, 1) for _ in range(8)]
        v = sum(xj * (j % 3 - 1) for j, xj in enumerate(x))
        f.write(",".join("%.5f" % xj for xj in x) + ",c%d\n" % (int(v * 2 // 1) % 3))
project = {
    "format": "nnplay-project", "version": 1, "name": "100 000 rows", "seed": 1,
    "description": "8 inputs, 3 classes, 100 000 rows: the window measurement of docs/performance.md.",
    "data": {"source": "csv", "csv": {"path": "big100k.csv", "label": "k", "task": "classify"},
             "testRatio": 0.3, "scaling": "standardize"},
    "network": {"hidden": [{"units": 16, "activation": "relu", "dropout": 0.0},
                           {"units": 16, "activation": "relu", "dropout": 0.0}],
                "outputActivation": "identity", "init": "he_uniform"},
    "training": {"loss": "softmax_ce", "optimizer": {"type": "adam", "learningRate": 0.002},
                 "batchSize": 32, "epochs": 0, "shuffle": True},
}
with open(os.path.join(out, "big100k.json"), "w") as f:
    json.dump(project, f, indent=2)
