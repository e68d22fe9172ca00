#!/usr/bin/python3
"""Writes the golden values that the engine's tests compare against: PyTorch's own numbers.

Run from anywhere with the system Python that has PyTorch (Debian's python3-torch):

    /usr/bin/python3 engine/src/test/python/make_golden.py

It writes engine/src/test/resources/golden/*.json. The output is deterministic (fixed seeds, one
thread, float32 everywhere), so running it again changes no file unless PyTorch's numbers change.

Two kinds of file:

* activations.json: every activation's value and derivative (by autograd) at fixed points, and
  Python's math.erf / math.erfc at fixed points, for the engine's own erf (GELU).
* one trajectory file per case: a small network trained from FIXED initial weights on FIXED data,
  both written into the file, so the Java side needs no agreement on random numbers. Mini-batches
  are taken in order (no shuffling), the last one of an epoch possibly smaller, as TrainingSession
  does with shuffle off. The file records the data loss of every step (before that step's update),
  the weights after the first step and the final weights.

Conventions that must match the engine:

* L1/L2 penalties are added to the loss that is back-propagated, on every parameter, biases
  included (as SGD's weight_decay over model.parameters()), or on the weights only when the
  optimizer spec has spareBiases: L1 = lambda * sum|w|, L2 = lambda/2 * sum w^2, whose gradients
  lambda*sign(w) and lambda*w are what the engine adds to the gradient. The RECORDED loss is the
  data loss alone, without the penalty, as the engine reports it.
* AdamW's decoupled weight decay applies to every parameter, PyTorch's default for
  AdamW(model.parameters()); with spareBiases the biases sit in a parameter group with
  weight_decay=0.
* Schedulers are stepped once per epoch, after the epoch's last batch.
* Weights are listed in the engine's params() order: for each Linear layer, weight (out x in,
  row-major) then bias, the order of an nn.Sequential state_dict.
"""

import json
import math
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
torch.set_default_dtype(torch.float32)


class Sine(nn.Module):
    def forward(self, x):
        return torch.sin(x)


def activation_module(name, alpha):
    """The torch module for an engine activation id; alpha None means the engine's default."""
    if name == "identity":
        return nn.Identity()
    if name == "relu":
        return nn.ReLU()
    if name == "leaky_relu":
        return nn.LeakyReLU(0.01 if alpha is None else alpha)
    if name == "elu":
        return nn.ELU(1.0 if alpha is None else alpha)
    if name == "sigmoid":
        return nn.Sigmoid()
    if name == "tanh":
        return nn.Tanh()
    if name == "softplus":
        return nn.Softplus(beta=1.0, threshold=20.0)
    if name == "gelu":
        return nn.GELU(approximate="none")
    if name == "sine":
        return Sine()
    raise ValueError(name)


def floats(t):
    """A tensor's float32 values as Python floats (exact: every float32 is a double)."""
    return [float(v) for v in t.detach().reshape(-1).tolist()]


# ---------------------------------------------------------------------------------------------
# Activations and erf
# ---------------------------------------------------------------------------------------------

def activation_points():
    xs = np.linspace(-6.0, 6.0, 241).astype(np.float32).tolist()
    xs += [-1e-3, -1e-6, 0.0, 1e-6, 1e-3, 0.3333, -0.3333, 19.5, 20.5, 25.0, -25.0, -30.0, 30.0]
    return np.array(xs, dtype=np.float32)


def write_activations():
    xs = torch.tensor(activation_points())
    cases = [("identity", None), ("relu", None), ("leaky_relu", None), ("leaky_relu", 0.2),
             ("elu", None), ("elu", 0.5), ("sigmoid", None), ("tanh", None), ("softplus", None),
             ("gelu", None), ("sine", None)]
    out = []
    for name, alpha in cases:
        x = xs.clone().requires_grad_(True)
        y = activation_module(name, alpha)(x)
        # d(sum y)/dx = f'(x) element-wise.
        (dy,) = torch.autograd.grad(y.sum(), x)
        out.append({"id": name, "alpha": alpha, "x": floats(xs), "y": floats(y), "dy": floats(dy)})
    erf_x = [i / 64.0 for i in range(-6 * 64, 6 * 64 + 1)] + [1e-300, 1e-8, -1e-8, 0.47, 0.4769, 2.5e-3]
    doc = {
        "about": "torch float32 activations with autograd derivatives; math.erf/erfc in double",
        "torch": torch.__version__,
        "activations": out,
        "erf": {"x": erf_x, "erf": [math.erf(v) for v in erf_x], "erfc": [math.erfc(v) for v in erf_x]},
    }
    dump("activations.json", doc)


# ---------------------------------------------------------------------------------------------
# Training trajectories
# ---------------------------------------------------------------------------------------------

def build_torch_net(inputs, outputs, hidden, output_activation):
    layers = []
    width = inputs
    for h in hidden:
        layers.append(nn.Linear(width, h["units"]))
        layers.append(activation_module(h["activation"], h.get("alpha")))
        width = h["units"]
    layers.append(nn.Linear(width, outputs))
    if output_activation != "identity":
        layers.append(activation_module(output_activation, None))
    return nn.Sequential(*layers)


def make_optimizer(spec, weights, biases):
    t = spec["type"]
    lr = spec["learningRate"]
    g = lambda k, d: spec.get(k, d)
    both = weights + biases
    if t == "sgd":
        return torch.optim.SGD(both, lr=lr)
    if t == "momentum":
        return torch.optim.SGD(both, lr=lr, momentum=g("momentum", 0.9))
    if t == "nesterov":
        return torch.optim.SGD(both, lr=lr, momentum=g("momentum", 0.9), nesterov=True)
    if t == "adagrad":
        return torch.optim.Adagrad(both, lr=lr, lr_decay=g("lrDecay", 0.0), eps=g("eps", 1e-10))
    if t == "rmsprop":
        return torch.optim.RMSprop(both, lr=lr, alpha=g("alpha", 0.99), eps=g("eps", 1e-8),
                                   momentum=g("momentum", 0.0), centered=g("centered", False))
    if t == "adam":
        return torch.optim.Adam(both, lr=lr, betas=(g("beta1", 0.9), g("beta2", 0.999)), eps=g("eps", 1e-8))
    if t == "adamw":
        if g("spareBiases", False):
            groups = [{"params": weights, "weight_decay": g("weightDecay", 0.01)},
                      {"params": biases, "weight_decay": 0.0}]
        else:
            groups = [{"params": both, "weight_decay": g("weightDecay", 0.01)}]
        return torch.optim.AdamW(groups, lr=lr, betas=(g("beta1", 0.9), g("beta2", 0.999)), eps=g("eps", 1e-8))
    raise ValueError(t)


def make_scheduler(spec, opt):
    if spec is None or spec["type"] == "constant":
        return None
    t = spec["type"]
    if t == "step":
        return torch.optim.lr_scheduler.StepLR(opt, step_size=spec.get("stepSize", 10), gamma=spec.get("gamma", 0.1))
    if t == "exponential":
        return torch.optim.lr_scheduler.ExponentialLR(opt, gamma=spec.get("gamma", 0.95))
    if t == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=spec.get("tMax", 100),
                                                          eta_min=spec.get("etaMin", 0.0))
    raise ValueError(t)


def data_loss(name, out, target, delta):
    if name == "mse":
        return F.mse_loss(out, target)
    if name == "mae":
        return F.l1_loss(out, target)
    if name == "huber":
        return F.huber_loss(out, target, delta=delta)
    if name == "bce":
        if out.shape[1] > 1 and target.shape[1] == 1:
            # Several outputs and class indices: one-hot targets, as Dataset.targetsFor makes them.
            target = F.one_hot(target.reshape(-1).long(), out.shape[1]).float()
        return F.binary_cross_entropy_with_logits(out, target)
    if name == "softmax_ce":
        return F.cross_entropy(out, target.reshape(-1).long())
    raise ValueError(name)


def penalty(reg, weights):
    if reg is None or reg["type"] == "none" or reg["rate"] == 0:
        return None
    lam = reg["rate"]
    if reg["type"] == "l1":
        return lam * sum(w.abs().sum() for w in weights)
    return (lam / 2.0) * sum((w * w).sum() for w in weights)


def case(name, about, seed, inputs, outputs, n, hidden, training, task="regress", classes=0,
         output_activation="identity", x=None, y=None, init=None):
    """Trains one case in torch and writes its golden file."""
    torch.manual_seed(seed)
    rs = np.random.RandomState(seed)
    if x is None:
        x = rs.normal(0.0, 1.0, size=(n, inputs)).astype(np.float32)
    x = np.asarray(x, dtype=np.float32)
    if y is None:
        if task == "classify":
            y = rs.randint(0, classes, size=(n, 1)).astype(np.float32)
        else:
            y = rs.normal(0.0, 1.0, size=(n, outputs)).astype(np.float32)
    y = np.asarray(y, dtype=np.float32)

    net = build_torch_net(inputs, outputs, hidden, output_activation)
    linears = [m for m in net if isinstance(m, nn.Linear)]
    if init is not None:
        with torch.no_grad():
            for lin, (w, b) in zip(linears, init):
                lin.weight.copy_(torch.tensor(w, dtype=torch.float32).reshape(lin.weight.shape))
                lin.bias.copy_(torch.tensor(b, dtype=torch.float32).reshape(lin.bias.shape))
    weights = [l.weight for l in linears]
    biases = [l.bias for l in linears]
    params = [p for l in linears for p in (l.weight, l.bias)]
    initial = [floats(p) for p in params]

    opt = make_optimizer(training["optimizer"], weights, biases)
    sched = make_scheduler(training.get("schedule"), opt)
    reg = training.get("regularization")
    delta = training.get("huberDelta") or 1.0
    xt = torch.tensor(x)
    yt = torch.tensor(y)
    batch = training["batchSize"]
    losses, rates, after_first = [], [], None
    for _ in range(training["epochs"]):
        for start in range(0, n, batch):
            xb, yb = xt[start:start + batch], yt[start:start + batch]
            opt.zero_grad()
            loss = data_loss(training["loss"], net(xb), yb, delta)
            losses.append(float(loss.item()))
            rates.append(opt.param_groups[0]["lr"])
            spare = training["optimizer"].get("spareBiases", False)
            pen = penalty(reg, weights if spare else params)
            (loss if pen is None else loss + pen).backward()
            opt.step()
            if after_first is None:
                after_first = [floats(p) for p in params]
        if sched is not None:
            sched.step()

    network = {"hidden": [dict(h, dropout=0.0) for h in hidden], "outputActivation": output_activation,
               "init": "zeros"}
    doc = {
        "name": name,
        "about": about,
        "torch": torch.__version__,
        "network": network,
        "training": dict(training, shuffle=False),
        "task": task,
        "classes": classes,
        "inputs": inputs,
        "outputs": outputs,
        "x": x.tolist(),
        "y": y.tolist(),
        "paramNames": [k for k in state_dict_names(net)],
        "initialWeights": initial,
        "losses": losses,
        "learningRates": rates,
        "weightsAfterFirstStep": after_first,
        "finalWeights": [floats(p) for p in params],
    }
    dump(name + ".json", doc)


def state_dict_names(net):
    """The engine's names, layer{i}.weight / layer{i}.bias, i counting Linear layers only."""
    i = 0
    for m in net:
        if isinstance(m, nn.Linear):
            yield "layer%d.weight" % i
            yield "layer%d.bias" % i
            i += 1


def opt(type_, lr, **settings):
    return dict({"type": type_, "learningRate": lr}, **settings)


def train(loss, optimizer, batch, epochs, **more):
    return dict({"loss": loss, "optimizer": optimizer, "batchSize": batch, "epochs": epochs}, **more)


def h(units, activation, alpha=None):
    d = {"units": units, "activation": activation}
    if alpha is not None:
        d["alpha"] = alpha
    return d


def write_trajectories():
    # The seed's example: y = x + 1 from four points, one Dense(1, 1), plain gradient descent.
    # Initial weight 0.5 and bias 0 (both exact in float32), so the shipped example can state them.
    case("linear-regression", "x=[1,2,3,4], y=x+1, Dense(1,1) from w=0.5, b=0, MSE, SGD lr 0.01, "
         "100 full-batch epochs", 0, 1, 1, 4, [],
         train("mse", opt("sgd", 0.01), 4, 100),
         x=[[1.0], [2.0], [3.0], [4.0]], y=[[2.0], [3.0], [4.0], [5.0]], init=[([[0.5]], [0.0])])

    case("sgd-mse-tanh", "plain SGD, MSE, two tanh layers, batches 4+4+2",
         1, 3, 2, 10, [h(5, "tanh"), h(4, "tanh")], train("mse", opt("sgd", 0.1), 4, 4))
    case("momentum-mae-relu", "SGD momentum 0.8, MAE, relu",
         2, 3, 1, 11, [h(6, "relu")], train("mae", opt("momentum", 0.05, momentum=0.8), 4, 5))
    case("nesterov-huber-leaky-relu", "Nesterov 0.7, Huber delta 0.5, leaky ReLU slope 0.2",
         3, 2, 2, 9, [h(5, "leaky_relu", 0.2), h(3, "leaky_relu")],
         train("huber", opt("nesterov", 0.05, momentum=0.7), 3, 4, huberDelta=0.5))
    case("adagrad-bce-sigmoid", "AdaGrad with lr decay 0.05 and eps 1e-6, BCE on logits, sigmoid",
         4, 2, 1, 12, [h(4, "sigmoid")],
         train("bce", opt("adagrad", 0.1, lrDecay=0.05, eps=1e-6), 5, 4), task="classify", classes=2)
    case("rmsprop-softmax-ce-elu", "RMSProp alpha 0.9, softmax CE over 3 classes, ELU alpha 0.5",
         5, 3, 3, 10, [h(5, "elu", 0.5)],
         train("softmax_ce", opt("rmsprop", 0.01, alpha=0.9), 4, 4), task="classify", classes=3)
    case("rmsprop-centered-momentum-softplus", "RMSProp centered with momentum 0.5 and eps 1e-6, MSE, softplus",
         6, 2, 1, 8, [h(4, "softplus"), h(4, "elu")],
         train("mse", opt("rmsprop", 0.01, momentum=0.5, centered=True, eps=1e-6), 3, 4))
    case("rmsprop-momentum-mae", "RMSProp momentum 0.9 (not centered), MAE, tanh then relu",
         15, 2, 1, 9, [h(4, "tanh"), h(3, "relu")],
         train("mae", opt("rmsprop", 0.005, momentum=0.9), 4, 4))
    case("rmsprop-centered-bce", "RMSProp centered without momentum, BCE on logits, gelu",
         16, 3, 1, 10, [h(4, "gelu")],
         train("bce", opt("rmsprop", 0.01, centered=True), 4, 4), task="classify", classes=2)
    case("adagrad-defaults-bce-one-hot", "AdaGrad defaults, BCE on three logits against one-hot classes, softplus",
         17, 2, 3, 9, [h(5, "softplus")],
         train("bce", opt("adagrad", 0.05), 4, 4), task="classify", classes=3)
    # A long run (1200 steps, beta2^t far below 1): rounding must not drift away from torch's.
    case("adam-long-run", "Adam defaults for 1200 full-batch steps on a noisy linear fit, Dense(2,1), MSE",
         18, 2, 1, 8, [], train("mse", opt("adam", 0.003), 8, 1200))
    case("adam-softmax-ce-gelu", "Adam betas 0.8/0.99, eps 1e-7, softmax CE over 4 classes, GELU",
         7, 3, 4, 12, [h(6, "gelu")],
         train("softmax_ce", opt("adam", 0.02, beta1=0.8, beta2=0.99, eps=1e-7), 5, 4), task="classify", classes=4)
    case("adamw-mse-sine", "AdamW weight decay 0.1 (weights only), MSE on two targets, sine",
         8, 2, 2, 10, [h(5, "sine")], train("mse", opt("adamw", 0.03, weightDecay=0.1, spareBiases=True), 4, 4))
    case("adamw-defaults-all-params", "AdamW(model.parameters(), weight_decay=0.01) as PyTorch's default: "
         "every parameter decayed, biases too; 40 steps, MSE, tanh",
         15, 3, 1, 8, [h(4, "tanh")], train("mse", opt("adamw", 0.05), 2, 10))
    case("adam-defaults-identity-sigmoid-out", "Adam defaults, MSE, identity hidden layer, sigmoid output",
         9, 2, 1, 7, [h(3, "identity")], train("mse", opt("adam", 0.05), 7, 6), output_activation="sigmoid")
    case("step-schedule-momentum", "SGD momentum, StepLR step 2 gamma 0.5 per epoch, MSE, tanh",
         10, 2, 1, 6, [h(4, "tanh")],
         train("mse", opt("momentum", 0.1), 4, 6, schedule={"type": "step", "stepSize": 2, "gamma": 0.5}))
    case("exponential-schedule-adam", "Adam, ExponentialLR gamma 0.7, Huber (delta 1), relu",
         11, 2, 1, 6, [h(4, "relu")],
         train("huber", opt("adam", 0.05), 3, 5, schedule={"type": "exponential", "gamma": 0.7}))
    case("cosine-schedule-sgd", "SGD, CosineAnnealingLR T_max 4 eta_min 0.01, run past T_max, MSE, sigmoid",
         12, 2, 1, 6, [h(4, "sigmoid")],
         train("mse", opt("sgd", 0.5), 4, 7, schedule={"type": "cosine", "tMax": 4, "etaMin": 0.01}))
    case("l2-sgd", "SGD momentum with an L2 penalty 0.05 (weights only), MSE, tanh",
         13, 3, 1, 8, [h(4, "tanh")],
         train("mse", opt("momentum", 0.05, momentum=0.9, spareBiases=True), 4, 5,
               regularization={"type": "l2", "rate": 0.05}))
    case("l2-sgd-all-params", "SGD with an L2 penalty 0.1 on every parameter, biases too (SGD's weight_decay "
         "over model.parameters()), MSE, tanh",
         16, 3, 1, 8, [h(4, "tanh")], train("mse", opt("sgd", 0.1), 4, 5, regularization={"type": "l2", "rate": 0.1}))
    case("l1-adam", "Adam with an L1 penalty 0.01 (weights only), BCE on logits, leaky relu",
         14, 2, 1, 10, [h(4, "leaky_relu")],
         train("bce", opt("adam", 0.02, spareBiases=True), 4, 5, regularization={"type": "l1", "rate": 0.01}),
         task="classify", classes=2)


def dump(filename, doc):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, filename)
    with open(path, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=False)
        f.write("\n")
    print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    write_activations()
    write_trajectories()
