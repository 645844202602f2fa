#!/usr/bin/env python3
#%if pytorch
"""{{SUMMARY}}

Exported by Backprop Lab (Export > PyTorch script, or `export-code --framework pytorch`). This script
trains the lab's network in PyTorch exactly as the lab trains it: the same data, the same starting
weights and biases (float64, every digit), the same cost J, the same optimizer and the same batches in
the same order. It prints J at every step and `final J = ...` last, and checks that J and every weight
and bias end where the lab's own run ended; if one does not, it names the first and exits with status 1.

PyTorch's way: torch.nn.Linear layers, autograd for the gradient, torch.optim for the update.
Needs Python >= 3.9 and PyTorch >= 1.13. Run:  python3 this_file.py
"""
#%end
#%if numpy
"""{{SUMMARY}}

Exported by Backprop Lab (Export > NumPy script, or `export-code --framework numpy`). This script
trains the lab's network with NumPy exactly as the lab trains it: the same data, the same starting
weights and biases (float64, every digit), the same cost J, the same optimizer and the same batches in
the same order. It prints J at every step and `final J = ...` last, and checks that J and every weight
and bias end where the lab's own run ended; if one does not, it names the first and exits with status 1.

Everything is written out, for reading: each step is the lab's four phases, the forward pass, the cost,
backpropagation (δ of every layer, ∂J/∂w = δ·a) and gradient descent.
Needs Python >= 3.9 and NumPy >= 1.21. Run:  python3 this_file.py
"""
#%end
import math
#%if data_file
import os
#%end
import sys

#%if pytorch
import torch

torch.set_default_dtype(torch.float64)  # the lab computes in double precision
#%end
#%if numpy
import numpy as np
#%end

# ---- The training data: {{EXAMPLES}}, each {{INPUT_COUNT}} inputs then {{TARGET_COUNT}} targets.
INPUT_COUNT = {{INPUT_COUNT}}
#%if inline_data
DATA = [
{{DATA}}
]
#%end
#%if data_file
DATA_FILE = "{{DATA_FILE}}"  # the lab's data CSV, saved beside this script (too many rows to write here)


def read_data(name):
    """The examples of a Backprop Lab data CSV: a header line, then numbers; blank and # lines skipped."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with open(path, encoding="utf-8-sig") as lines:
        rows = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
    return [[float(value) for value in row.split(",")] for row in rows[1:]]


DATA = read_data(DATA_FILE)
if len(DATA) != {{EXAMPLE_COUNT}}:
    sys.exit(f"{DATA_FILE} has {len(DATA)} examples, but the lab trained on {{EXAMPLE_COUNT}}")
#%end
#%if pytorch
X = torch.tensor([row[:INPUT_COUNT] for row in DATA], dtype=torch.float64)
Y = torch.tensor([row[INPUT_COUNT:] for row in DATA], dtype=torch.float64)
#%end
#%if numpy
X = np.array([row[:INPUT_COUNT] for row in DATA], dtype=np.float64)  # one row per example
Y = np.array([row[INPUT_COUNT:] for row in DATA], dtype=np.float64)
#%end

# ---- The network: neurons per layer (inputs first), one activation per layer after the inputs.
LAYERS = {{LAYERS}}
ACTIVATIONS = {{ACTIVATIONS}}
#%if pytorch
# W[l][j][i] is the weight from neuron i of layer l to neuron j of layer l+1, B[l][j] the bias of neuron j
# of layer l+1, as in the lab's model file; torch.nn.Linear(n_l, n_l+1).weight has exactly this layout.
#%end
#%if numpy
# W[l][j][i] is the weight from neuron i of layer l to neuron j of layer l+1, B[l][j] the bias of neuron j
# of layer l+1, as in the lab's model file.
#%end
WEIGHTS = {{WEIGHTS}}
BIASES = {{BIASES}}
#%if pytorch

FUNCTIONS = {
#%if linear
    "linear": lambda z: z,
#%end
#%if sigmoid
    "sigmoid": torch.sigmoid,
#%end
#%if tanh
    "tanh": torch.tanh,
#%end
#%if relu
    "relu": torch.relu,
#%end
#%if leaky_relu
    "leaky_relu": lambda z: torch.nn.functional.leaky_relu(z, 0.01),  # slope 0.01 for z <= 0
#%end
#%if softmax
    "softmax": lambda z: torch.softmax(z, dim=1),
#%end
}


class LabNetwork(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = torch.nn.ModuleList(
            torch.nn.Linear(LAYERS[l], LAYERS[l + 1]) for l in range(len(LAYERS) - 1))
        with torch.no_grad():
            for layer, weights, biases in zip(self.layers, WEIGHTS, BIASES):
                layer.weight.copy_(torch.tensor(weights, dtype=torch.float64))
                layer.bias.copy_(torch.tensor(biases, dtype=torch.float64))

    def forward(self, x):
        """The output layer's z (one row per example); the cost applies the output activation to it."""
        a = x
        for layer, activation in zip(self.layers[:-1], ACTIVATIONS[:-1]):
            a = FUNCTIONS[activation](layer(a))
        return self.layers[-1](a)
#%end
#%if numpy
W = [np.array(w, dtype=np.float64) for w in WEIGHTS]  # W[l] has n_(l+1) rows and n_l columns
B = [np.array(b, dtype=np.float64) for b in BIASES]
#%if sigmoid


def sigmoid(z):
    e = np.exp(-np.abs(z))  # e^−|z| never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
#%end
#%if softmax


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))  # minus the row's largest z: no overflow
    return e / e.sum(axis=1, keepdims=True)
#%end


# Each activation f(z) with its derivative f'(z) beside it (given z and a = f(z)), as in the lab.
FUNCTIONS = {
#%if linear
    "linear": (lambda z: z, lambda z, a: np.ones_like(z)),
#%end
#%if sigmoid
    "sigmoid": (sigmoid, lambda z, a: a * (1.0 - a)),
#%end
#%if tanh
    "tanh": (np.tanh, lambda z, a: 1.0 - a * a),
#%end
#%if relu
    "relu": (lambda z: np.where(z > 0, z, 0.0), lambda z, a: np.where(z > 0, 1.0, 0.0)),
#%end
#%if leaky_relu
    "leaky_relu": (lambda z: np.where(z > 0, z, 0.01 * z), lambda z, a: np.where(z > 0, 1.0, 0.01)),
#%end
#%if softmax
    "softmax": (softmax, None),  # couples the outputs: the cost's δ goes through its Jacobian instead
#%end
}


def forward(x):
    """Phase 1, the forward pass: z = a·Wᵀ + b, then a = f(z), layer by layer (one row per example).
    Returns the lists z[l] and a[l] for l = 0 (the inputs) to the output layer."""
    zs, activations = [x], [x]
    for l in range(len(W)):
        z = activations[l] @ W[l].T + B[l]
        zs.append(z)
        activations.append(FUNCTIONS[ACTIVATIONS[l]][0](z))
    return zs, activations
#%end


# ---- The cost J of a batch of N examples, as the lab defines it.
#%if l1 l2
LAMBDA = {{LAMBDA}}  # the regularization strength λ


#%end
#%if pytorch
def cost(net, z, y):
    n = y.shape[0]
#%if mse
    # mean squared error with its ½: J = 1/(2N) Σₙ Σₖ (ŷ − y)², ŷ = the output activation of z
    y_hat = FUNCTIONS[ACTIVATIONS[-1]](z)
    j = 0.5 * ((y_hat - y) ** 2).sum() * (1.0 / n)
#%end
#%if binary_cross_entropy
    # J = −(1/N) Σₙ Σₖ [y log σ(z) + (1 − y) log(1 − σ(z))], computed from the logits z as the lab does
    j = torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="sum") * (1.0 / n)
#%end
#%if cross_entropy
    # J = −(1/N) Σₙ Σₖ y log softmax(z), computed from the logits z as the lab does
    j = -(y * torch.log_softmax(z, dim=1)).sum() * (1.0 / n)
#%end
#%if l2
    # + (λ/2) Σ w² over the weights, never the biases (part of J, as in the lab; torch's weight_decay
    # would give the same gradient λ·w but leave J without the penalty and decay the biases too)
    j = j + 0.5 * LAMBDA * sum((layer.weight ** 2).sum() for layer in net.layers)
#%end
#%if l1
    # + λ Σ |w| over the weights, never the biases; autograd takes d|w|/dw = sign(w), 0 at w = 0, as the lab
    j = j + LAMBDA * sum(layer.weight.abs().sum() for layer in net.layers)
#%end
    return j
#%end
#%if numpy
def cost(zs, activations, y):
    """Phase 2, the cost."""
    n = y.shape[0]
    z, a = zs[-1], activations[-1]
#%if mse
    # mean squared error with its ½: J = 1/(2N) Σₙ Σₖ (ŷ − y)², ŷ = a of the output layer
    j = 0.5 * np.sum((a - y) ** 2) * (1.0 / n)
#%end
#%if binary_cross_entropy
    # J = −(1/N) Σₙ Σₖ [y log σ(z) + (1 − y) log(1 − σ(z))], from the logits z as the lab computes it:
    # each term is max(z, 0) − z·y + log(1 + e^−|z|), finite even where σ(z) rounds to 0 or 1
    j = np.sum(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))) * (1.0 / n)
#%end
#%if cross_entropy
    # J = −(1/N) Σₙ Σₖ y log softmax(z), with log softmax(z) = z − (m + log Σⱼ e^(zⱼ − m)), m = max z
    m = z.max(axis=1, keepdims=True)
    j = -np.sum(y * (z - (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))))) * (1.0 / n)
#%end
#%if l2
    j += 0.5 * LAMBDA * sum(np.sum(w * w) for w in W)  # + (λ/2) Σ w² over the weights, never the biases
#%end
#%if l1
    j += LAMBDA * sum(np.sum(np.abs(w)) for w in W)  # + λ Σ |w| over the weights, never the biases
#%end
    return j


def backward(zs, activations, y):
    """Phase 3, backpropagation: δ = ∂J/∂z of every neuron, from the output layer back, and from it
    ∂J/∂W[l] = δ(l+1)ᵀ·a(l) and ∂J/∂B[l] = Σ δ(l+1), summed over the batch (δ carries the 1/N)."""
    n = y.shape[0]
    z, a = zs[-1], activations[-1]
#%if mse_elementwise
    delta = (a - y) * (1.0 / n) * FUNCTIONS[ACTIVATIONS[-1]][1](z, a)  # δ = (ŷ − y)·f'(z) / N
#%end
#%if mse_softmax
    g = a - y  # ∂(example cost)/∂a, then through the softmax Jacobian ∂aₖ/∂zⱼ = aₖ(1[k = j] − aⱼ):
    delta = a * (g - np.sum(g * a, axis=1, keepdims=True)) * (1.0 / n)
#%end
#%if binary_cross_entropy
    delta = (a - y) * (1.0 / n)  # δ = σ(z) − y: the sigmoid's f' cancels against the cost's 1/(a(1 − a))
#%end
#%if cross_entropy
    delta = (a * y.sum(axis=1, keepdims=True) - y) * (1.0 / n)  # δ = a·Σy − y (= a − y for one-hot y)
#%end
    weight_gradients, bias_gradients = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        weight_gradients[l] = delta.T @ activations[l]  # ∂J/∂W[l][j][i] = Σ over examples of δ(l+1, j)·a(l, i)
        bias_gradients[l] = delta.sum(axis=0)  # ∂J/∂B[l][j] = Σ over examples of δ(l+1, j)
        if l > 0:
            # δ(l) = f'(z(l)) ⊙ (δ(l+1)·W[l]): back through the weights, then through the activation
            delta = (delta @ W[l]) * FUNCTIONS[ACTIVATIONS[l - 1]][1](zs[l], activations[l])
#%if l2
    weight_gradients = [g + LAMBDA * w for g, w in zip(weight_gradients, W)]  # + ∂/∂w (λ/2)w² = λ·w
#%end
#%if l1
    weight_gradients = [g + LAMBDA * np.sign(w) for g, w in zip(weight_gradients, W)]  # + λ·sign(w), 0 at 0
#%end
    return weight_gradients, bias_gradients
#%end


# ---- The batches, in the lab's order.
#%if full_batch
def batches():
    """Full batch: every step uses all examples, in their stored order."""
    while True:
#%if pytorch
        yield torch.arange(len(DATA))
#%end
#%if numpy
        yield np.arange(len(DATA))
#%end
#%end
#%if mini_batch
BATCH_SIZE = {{BATCH_SIZE}}
SEED = {{SEED}}  # the seed of the lab's shuffling


class LabRng:
    """The lab's seeded generator (core.Rng: xoshiro128** on 32-bit words, seeded through splitmix32),
    so that every epoch is shuffled exactly as the lab shuffles it."""

    def __init__(self, seed):
        x = (seed & 0xFFFFFFFF) ^ 0x9E3779B9
        y = ((seed >> 32) & 0xFFFFFFFF) ^ 0x7F4A7C15
        self.s0 = self.mix(x)
        self.s1 = self.mix((x + y + 0x6C8E9CF5) & 0xFFFFFFFF)
        self.s2 = self.mix(y ^ 0x85EBCA6B)
        self.s3 = self.mix(self.s0 ^ self.s2 ^ 0xC2B2AE35)
        if (self.s0 | self.s1 | self.s2 | self.s3) == 0:
            self.s0 = 1

    @staticmethod
    def mix(z):
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & 0xFFFFFFFF
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & 0xFFFFFFFF
        return z ^ (z >> 16)

    def next_int(self, bound):
        """Uniform in [0, bound) without modulo bias: 31 random bits, rejected above the last whole multiple."""
        limit = 0x7FFFFFFF - 0x7FFFFFFF % bound
        while True:
            x = (self.s1 * 5) & 0xFFFFFFFF
            r = ((((x << 7) | (x >> 25)) * 9) & 0xFFFFFFFF) >> 1  # rotl(s1·5, 7)·9, top 31 bits
            t = (self.s1 << 9) & 0xFFFFFFFF
            self.s2 ^= self.s0
            self.s3 ^= self.s1
            self.s1 ^= self.s2
            self.s0 ^= self.s3
            self.s2 ^= t
            self.s3 = ((self.s3 << 11) | (self.s3 >> 21)) & 0xFFFFFFFF
            if r < limit:
                return r % bound

    def shuffle(self, values):
        """Fisher–Yates, from the last position down."""
        for i in range(len(values) - 1, 0, -1):
            j = self.next_int(i + 1)
            values[i], values[j] = values[j], values[i]


def batches():
    """Each epoch shuffles the examples 0..N−1 with the lab's seeded generator, then cuts them into
    consecutive batches of BATCH_SIZE (the last one smaller when BATCH_SIZE does not divide N)."""
    rng = LabRng(SEED)
    while True:
        order = list(range(len(DATA)))
        rng.shuffle(order)
        for start in range(0, len(order), BATCH_SIZE):
#%if pytorch
            yield torch.tensor(order[start:start + BATCH_SIZE])
#%end
#%if numpy
            yield np.array(order[start:start + BATCH_SIZE])
#%end
#%end


# ---- The optimizer, with the lab's hyperparameters.
LEARNING_RATE = {{LEARNING_RATE}}  # α
#%if momentum nesterov
MOMENTUM = {{MOMENTUM}}  # μ
#%end
#%if rmsprop
ALPHA = {{ALPHA}}  # the smoothing constant of the squared-gradient average (not the learning rate)
EPSILON = {{EPSILON}}
#%end
#%if adam
BETA1 = {{BETA1}}  # β₁
BETA2 = {{BETA2}}  # β₂
EPSILON = {{EPSILON}}
#%end
#%if step exponential
FACTOR = {{FACTOR}}  # γ
#%end
#%if step
STEP_SIZE = {{STEP_SIZE}}  # s
#%end
#%if inverse_time
DECAY = {{DECAY}}  # k
#%end
#%if cosine
PERIOD = {{PERIOD}}  # T
MINIMUM_RATE = {{MINIMUM_RATE}}  # α_min
#%end


def learning_rate(t):
    """α(t), the learning rate of step t = 0, 1, 2, …: the lab's {{SCHEDULE}} schedule, {{SCHEDULE_FORMULA}}."""
#%if constant
    return LEARNING_RATE
#%end
#%if step
    return LEARNING_RATE * FACTOR ** math.floor(t / STEP_SIZE)
#%end
#%if exponential
    return LEARNING_RATE * FACTOR ** t
#%end
#%if inverse_time
    return LEARNING_RATE / (1 + DECAY * t)
#%end
#%if cosine
    if t >= PERIOD:
        return MINIMUM_RATE
    return MINIMUM_RATE + 0.5 * (LEARNING_RATE - MINIMUM_RATE) * (1 + math.cos(math.pi * t / PERIOD))
#%end


#%if pytorch
# The lab's five optimizers follow torch.optim's update rules, so torch.optim does the update.
net = LabNetwork()
#%if sgd
# sgd: p ← p − α·∂J/∂p
optimizer = torch.optim.SGD(net.parameters(), lr=LEARNING_RATE)
#%end
#%if momentum
# momentum: v ← ∂J/∂p on the first step, then v ← μ·v + ∂J/∂p; p ← p − α·v
optimizer = torch.optim.SGD(net.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)
#%end
#%if nesterov
# nesterov: v as for momentum, then p ← p − α·(∂J/∂p + μ·v); torch refuses nesterov=True with μ = 0,
# where it is plain sgd
optimizer = torch.optim.SGD(net.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM, nesterov=MOMENTUM > 0)
#%end
#%if rmsprop
# rmsprop: s ← ALPHA·s + (1 − ALPHA)·g², p ← p − α·g / (√s + ε)
optimizer = torch.optim.RMSprop(net.parameters(), lr=LEARNING_RATE, alpha=ALPHA, eps=EPSILON)
#%end
#%if adam
# adam: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², p ← p − α/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
optimizer = torch.optim.Adam(net.parameters(), lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)
#%end
#%end
#%if numpy
PARAMETERS = W + B  # the weight and bias arrays themselves: the update changes them in place
#%if sgd


def gradient_descent(gradients, rate):
    """Phase 4, gradient descent (sgd): p ← p − α·∂J/∂p."""
    for p, g in zip(PARAMETERS, gradients):
        p -= rate * g
#%end
#%if momentum nesterov
velocities = None


def gradient_descent(gradients, rate):
    """Phase 4, gradient descent with momentum (torch.optim.SGD's rule, dampening 0): the velocity
    v ← ∂J/∂p on the first step, then v ← μ·v + ∂J/∂p."""
    global velocities
    if velocities is None:
        velocities = [g.copy() for g in gradients]
    else:
        for v, g in zip(velocities, gradients):
            v *= MOMENTUM
            v += g
    for p, g, v in zip(PARAMETERS, gradients, velocities):
#%if momentum
        p -= rate * v  # p ← p − α·v
#%end
#%if nesterov
        p -= rate * (g + MOMENTUM * v)  # Nesterov looks ahead along v: p ← p − α·(∂J/∂p + μ·v)
#%end
#%end
#%if rmsprop
squares = [np.zeros_like(p) for p in PARAMETERS]


def gradient_descent(gradients, rate):
    """Phase 4, gradient descent with RMSprop (torch.optim.RMSprop's rule): a running mean of squared
    gradients s ← ALPHA·s + (1 − ALPHA)·g², then p ← p − α·g / (√s + ε)."""
    for p, g, s in zip(PARAMETERS, gradients, squares):
        s *= ALPHA
        s += (1 - ALPHA) * g * g
        p -= g / (np.sqrt(s) + EPSILON) * rate
#%end
#%if adam
firsts = [np.zeros_like(p) for p in PARAMETERS]
seconds = [np.zeros_like(p) for p in PARAMETERS]
adam_steps = 0


def gradient_descent(gradients, rate):
    """Phase 4, gradient descent with Adam (torch.optim.Adam's rule and order of operations): at step t,
    m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², p ← p − α/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)."""
    global adam_steps
    adam_steps += 1
    weight = 1 - BETA1
    step_size = rate / (1 - BETA1 ** adam_steps)
    correction2 = math.sqrt(1 - BETA2 ** adam_steps)
    for p, g, m, v in zip(PARAMETERS, gradients, firsts, seconds):
        # m moves a fraction 1 − β₁ of the way to g (torch.lerp's two forms, as the lab)
        m[...] = m + weight * (g - m) if weight < 0.5 else g - (g - m) * (1 - weight)
        v *= BETA2
        v += (1 - BETA2) * g * g
        p -= m / (np.sqrt(v) / correction2 + EPSILON) * step_size
#%end
#%end


STEPS = {{STEPS}}
batch = batches()
for step in range(1, STEPS + 1):
    rows = next(batch)
#%if pytorch
    for group in optimizer.param_groups:
        group["lr"] = learning_rate(step - 1)
    optimizer.zero_grad()
    j = cost(net, net(X[rows]), Y[rows])  # phases 1 and 2: the forward pass and the cost
    j.backward()  # phase 3: backpropagation, ∂J/∂p into every parameter's .grad
    optimizer.step()  # phase 4: gradient descent
    print(f"step {step}: J = {j.item()!r}")
#%end
#%if numpy
    zs, activations = forward(X[rows])  # phase 1
    j = float(cost(zs, activations, Y[rows]))  # phase 2
    weight_gradients, bias_gradients = backward(zs, activations, Y[rows])  # phase 3
    gradient_descent(weight_gradients + bias_gradients, learning_rate(step - 1))  # phase 4
    print(f"step {step}: J = {j!r}")
#%end

#%if pytorch
with torch.no_grad():
    final_j = cost(net, net(X), Y).item()  # J on all examples after the last step
weights = [layer.weight.tolist() for layer in net.layers]
biases = [layer.bias.tolist() for layer in net.layers]
#%end
#%if numpy
final_j = float(cost(*forward(X), Y))  # J on all examples after the last step
weights = [w.tolist() for w in W]
biases = [b.tolist() for b in B]
#%end

# ---- The lab's own results after the same steps (its trainer, run when this script was exported).
EXPECTED_FINAL_J = {{EXPECTED_J}}
EXPECTED_WEIGHTS = {{EXPECTED_WEIGHTS}}
EXPECTED_BIASES = {{EXPECTED_BIASES}}
# Sums taken in another order (BLAS, autograd) differ from the lab's in the last digits, not more.
RELATIVE_TOLERANCE = 1e-9
ABSOLUTE_TOLERANCE = 1e-15  # for values that are 0 or nearly


def first_difference():
    """(name, value here, the lab's value) of the first value that differs: J, then W[l][j][i], then B[l][j]."""
    values = [("J", final_j, EXPECTED_FINAL_J)]
    for l, (matrix, expected_matrix) in enumerate(zip(weights, EXPECTED_WEIGHTS)):
        for j, (row, expected_row) in enumerate(zip(matrix, expected_matrix)):
            values += [(f"W[{l}][{j}][{i}]", w, e) for i, (w, e) in enumerate(zip(row, expected_row))]
    for l, (row, expected_row) in enumerate(zip(biases, EXPECTED_BIASES)):
        values += [(f"B[{l}][{j}]", b, e) for j, (b, e) in enumerate(zip(row, expected_row))]
    for name, value, expected in values:
        if not math.isclose(value, expected, rel_tol=RELATIVE_TOLERANCE, abs_tol=ABSOLUTE_TOLERANCE):
            return name, value, expected
    return None


difference = first_difference()
if difference is None:
    print(f"check: J and all {{PARAMETER_COUNT}} weights and biases equal the lab's to {RELATIVE_TOLERANCE} (relative)")
print(f"final J = {final_j!r}")
if difference is not None:
    name, value, expected = difference
    print(f"MISMATCH: {name} is {value!r} here, but {expected!r} in the lab", file=sys.stderr)
    sys.exit(1)
