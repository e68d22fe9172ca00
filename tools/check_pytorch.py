#!/usr/bin/python3
"""Checks `nnplay export --format pytorch` against `nnplay predict`.

For each project given (default: a trained copy of every example), writes random raw input rows,
runs `nnplay predict` on them, exports the PyTorch snippet (with its .npz), runs the snippet's
predict() on the same rows and prints the largest absolute difference. Exits 1 if it passes 1e-5.

    mvn -B -DskipTests package
    /usr/bin/python3 tools/check_pytorch.py [PROJECT.json ...]
"""
import csv
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NNPLAY = os.path.join(ROOT, "app", "target", "nnplay", "bin", "nnplay")
EXAMPLES = ["linear-regression", "iris", "digits"]
TOLERANCE = 1e-5


def nnplay(*args):
    r = subprocess.run([NNPLAY, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"nnplay {' '.join(args)} failed:\n{r.stderr}")


def raw_inputs(project, work, rows=100):
    """Uniform random rows of the project's raw inputs, in [-3, 3)."""
    sample = os.path.join(work, "sample.csv")
    nnplay("export", project, "--format", "json", "--out", os.path.join(work, "w.json"))
    with open(os.path.join(work, "w.json")) as f:
        doc = json.load(f)
    features = doc.get("transform", {}).get("features", [])
    n_in = 2 if features else doc["layers"][0]["inputs"]
    rng = np.random.default_rng(7)
    x = rng.uniform(-3, 3, size=(rows, n_in)).astype(np.float32)
    with open(sample, "w", newline="") as f:
        csv.writer(f).writerows(x.tolist())
    return sample, x


def check(project, work):
    sample, x = raw_inputs(project, work)
    predicted = os.path.join(work, "y.csv")
    nnplay("predict", project, "--input", sample, "--out", predicted)
    with open(predicted) as f:
        header, *rows = list(csv.reader(f))
    skip = 1 if header[0] == "class" else 0  # classification: the predicted class, then probabilities
    expected = np.array([[float(v) for v in r[skip:]] for r in rows], dtype=np.float32)
    snippet = os.path.join(work, "model.py")
    nnplay("export", project, "--format", "pytorch", "--out", snippet)
    spec = importlib.util.spec_from_file_location("exported_model", snippet)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _, predict = module.load()
    actual = predict(torch.from_numpy(x)).numpy()
    assert actual.shape == expected.shape, (actual.shape, expected.shape)
    return float(np.max(np.abs(actual - expected)))


# Two-dimensional data with every feature, standardized, and the activations the examples lack.
FEATURES_PROJECT = {
    "format": "nnplay-project", "version": 1, "name": "features and activations", "seed": 3,
    "data": {"source": "generator", "generator": {"name": "xor", "samples": 200, "noise": 0.1, "seed": 1},
             "features": ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"],
             "testRatio": 0.2, "scaling": "standardize"},
    "network": {"hidden": [{"units": 6, "activation": "gelu", "dropout": 0.1},
                           {"units": 5, "activation": "leaky_relu", "alpha": 0.2, "dropout": 0.0},
                           {"units": 4, "activation": "elu", "alpha": 0.5, "dropout": 0.0},
                           {"units": 4, "activation": "sine", "dropout": 0.0},
                           {"units": 3, "activation": "softplus", "dropout": 0.0}],
                "outputActivation": "identity", "init": "xavier_uniform"},
    "training": {"loss": "bce", "optimizer": {"type": "adam", "learningRate": 0.01}, "batchSize": 10,
                 "epochs": 20, "shuffle": True},
}


def trained_examples(work):
    out = []
    tmp = os.path.join(work, "features.json")
    with open(tmp, "w") as f:
        json.dump(FEATURES_PROJECT, f)
    nnplay("train", tmp, "--out", os.path.join(work, "features-trained.json"), "--quiet")
    out.append(os.path.join(work, "features-trained.json"))
    for name in EXAMPLES:
        src = os.path.join(ROOT, "assets", "examples", name + ".json")
        dst = os.path.join(work, name + "-trained.json")
        with open(src) as f:
            text = f.read().replace("../datasets/", os.path.join(ROOT, "assets", "datasets") + "/")
        tmp = os.path.join(work, name + ".json")
        with open(tmp, "w") as f:
            f.write(text)
        nnplay("train", tmp, "--epochs", "20", "--out", dst, "--quiet")
        out.append(dst)
    return out


def main():
    with tempfile.TemporaryDirectory() as work:
        projects = sys.argv[1:] or trained_examples(work)
        worst = 0.0
        for p in projects:
            d = check(os.path.abspath(p), work)
            worst = max(worst, d)
            print(f"{os.path.basename(p)}: max |torch - nnplay predict| = {d:.3g}")
        print(f"overall max |diff| = {worst:.3g} (tolerance {TOLERANCE:g})")
        sys.exit(0 if worst <= TOLERANCE else 1)


if __name__ == "__main__":
    main()
