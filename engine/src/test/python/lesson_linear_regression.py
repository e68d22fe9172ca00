"""Lesson 2's PyTorch side: linear regression as PyTorch does it, the loss of every epoch.

The lesson in assets/lessons/02-linear-regression-like-pytorch trains the same model in NN Playground;
LessonLinearRegressionTest checks that its curve equals the one this script writes. Run with Debian's
python3-torch from the repository root:

    python3 engine/src/test/python/lesson_linear_regression.py \
        > engine/src/test/resources/lessons/linear-regression-pytorch.json
"""
import json

import torch
from torch import nn

# The lines the lesson shows, as a student would type them.
torch.manual_seed(0)
x = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y = x + 1
model = nn.Linear(1, 1)
start = (model.weight.item(), model.bias.item())
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
losses = []
for epoch in range(100):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

print(json.dumps({
    "about": "torch.manual_seed(0); nn.Linear(1, 1); MSELoss; SGD lr 0.01; x = 1..4, y = x + 1; 100 full-batch "
             "epochs; losses[i] is epoch i's loss before its update",
    "torch": torch.__version__,
    "initialWeight": start[0],
    "initialBias": start[1],
    "finalWeight": model.weight.item(),
    "finalBias": model.bias.item(),
    "losses": losses,
}, indent=1))
