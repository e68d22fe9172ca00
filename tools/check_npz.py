#!/usr/bin/python3
"""Checks that numpy.load reads `nnplay export --format npz` and that it holds what the JSON export holds.

    mvn -B -DskipTests package
    /usr/bin/python3 tools/check_npz.py [PROJECT.json]     (default: assets/examples/iris.json)

Prints each array's name, dtype and shape, and exits 1 on any difference from the JSON export.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NNPLAY = os.path.join(ROOT, "app", "target", "nnplay", "bin", "nnplay")


def nnplay(*args):
    r = subprocess.run([NNPLAY, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"nnplay {' '.join(args)} failed:\n{r.stderr}")


def main():
    project = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "assets", "examples", "iris.json")
    with tempfile.TemporaryDirectory() as work:
        npz_path = os.path.join(work, "w.npz")
        json_path = os.path.join(work, "w.json")
        nnplay("export", project, "--format", "npz", "--out", npz_path)
        nnplay("export", project, "--format", "json", "--out", json_path)
        arrays = np.load(npz_path, allow_pickle=False)
        with open(json_path) as f:
            doc = json.load(f)
        expected = {}
        for layer in doc["layers"]:
            expected[layer["name"] + ".weight"] = np.array(layer["weight"], dtype=np.float32).reshape(
                layer["outputs"], layer["inputs"])
            expected[layer["name"] + ".bias"] = np.array(layer["bias"], dtype=np.float32)
        transform = doc.get("transform", {})
        if transform.get("center"):
            expected["transform.center"] = np.array(transform["center"], dtype=np.float32)
            expected["transform.scale"] = np.array(transform["scale"], dtype=np.float32)
        problems = 0
        # the meaning: meta.* string arrays, read without pickle, equal to the JSON export's fields
        meta = {k: list(arrays[k]) for k in arrays.files if k.startswith("meta.")}
        for key in ("program", "name", "task"):
            if [doc.get(key)] != meta.get("meta." + key):
                print(f"meta.{key} {meta.get('meta.' + key)} differs from the JSON's {doc.get(key)!r}")
                problems += 1
        for key in ("inputs", "outputs", "classes"):
            if (doc.get(key) or []) != meta.get("meta." + key, []):
                print(f"meta.{key} differs from the JSON's {key}")
                problems += 1
        print(f"meta: {', '.join(f'{k}={v[:3]}' for k, v in meta.items() if k != 'meta.transform')}")
        arrays = {k: arrays[k] for k in arrays.files if not k.startswith("meta.")}
        if sorted(arrays) != sorted(expected):
            print(f"names differ: npz {sorted(arrays)}, json {sorted(expected)}")
            problems += 1
        for name in arrays:
            a = arrays[name]
            same = name in expected and a.shape == expected[name].shape and np.array_equal(a, expected[name])
            problems += 0 if same else 1
            print(f"{name:18s} {str(a.dtype):8s} {str(a.shape):10s} {'equal to JSON' if same else 'DIFFERENT'}")
        print("all arrays equal" if problems == 0 else f"{problems} problems")
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
