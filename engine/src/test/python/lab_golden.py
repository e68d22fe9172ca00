#!/usr/bin/python3
"""Golden values for the descent lab: the seed's line fitted by torch.optim, three steps per optimizer.

Run with Debian's PyTorch:

    /usr/bin/python3 engine/src/test/python/lab_golden.py

It writes engine/src/test/resources/lab/line-golden.json. The model is nn.Linear(1, 1) on the four
points x = 1..4, y = x + 1, mean squared error, full batch, from w = 0.5, b = 0 (the seed example's
start). For each optimizer it records, per step, the loss and the gradient at the point before the
step, the optimizer's state after it (momentum_buffer; exp_avg and exp_avg_sq; sum; square_avg) and
the point after it. AdamW decays both the weight and the bias, PyTorch's default for
AdamW(model.parameters()) and the engine's unless biases are spared.
"""

import json
import os

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "lab", "line-golden.json")

torch.set_num_threads(1)
torch.set_default_dtype(torch.float32)

X = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
Y = X + 1
START = (0.5, 0.0)
STEPS = 3

CASES = [
    ("sgd", 0.05, lambda w, b, lr: torch.optim.SGD([w, b], lr=lr)),
    ("momentum", 0.02, lambda w, b, lr: torch.optim.SGD([w, b], lr=lr, momentum=0.9)),
    ("nesterov", 0.02, lambda w, b, lr: torch.optim.SGD([w, b], lr=lr, momentum=0.9, nesterov=True)),
    ("adagrad", 0.3, lambda w, b, lr: torch.optim.Adagrad([w, b], lr=lr)),
    ("rmsprop", 0.03, lambda w, b, lr: torch.optim.RMSprop([w, b], lr=lr)),
    ("adam", 0.1, lambda w, b, lr: torch.optim.Adam([w, b], lr=lr)),
    ("adamw", 0.1, lambda w, b, lr: torch.optim.AdamW([w, b], lr=lr, weight_decay=0.01)),
]

STATE_KEYS = ["momentum_buffer", "exp_avg", "exp_avg_sq", "sum", "square_avg"]


def run(name, lr, make):
    model = nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.fill_(START[0])
        model.bias.fill_(START[1])
    w, b = model.weight, model.bias
    opt = make(w, b, lr)
    steps = []
    for _ in range(STEPS):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), Y)
        loss.backward()
        grad = [float(w.grad.item()), float(b.grad.item())]
        opt.step()
        state = {}
        for key in STATE_KEYS:
            vals = [opt.state[p][key] for p in (w, b) if opt.state[p].get(key) is not None]
            if vals:
                state[key] = [float(v.item()) for v in vals]
        steps.append({"loss": float(loss.item()), "grad": grad, "state": state,
                      "after": [float(w.item()), float(b.item())]})
    return {"optimizer": name, "learningRate": lr, "steps": steps}


def main():
    doc = {"x": [1, 2, 3, 4], "y": [2, 3, 4, 5], "start": list(START), "torch": torch.__version__,
           "cases": [run(*c) for c in CASES]}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
