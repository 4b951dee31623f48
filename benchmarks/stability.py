#!/usr/bin/env python3
"""Are the regularization runs' accuracies robust to rounding?

The benchmark asks the Swift and numpy sides for *identical* accuracies. That
is only a fair demand of a run whose result does not hinge on the last bit of
its arithmetic. This script reruns the three regularization runs of
course_numpy.py with a few changes that are mathematically neutral but round
differently, and reports whether the accuracies move:

  course       the course's order (dZ3 = A3 - Y, dW = 1/m * (dZ @ A.T), W = randn / sqrt(n))
  div-m        dW = (dZ @ A.T) / m, db = sum(dZ) / m
  scale-first  dZ3 = 1/m * (A3 - Y), then dW = dZ @ A.T (the other lessons' order)
  mul-sqrt     W = randn * sqrt(1/n) at initialization

  python3 benchmarks/stability.py                       # football with football.py's defaults
  python3 benchmarks/stability.py --seed 2 --flip-rate 0.04 --runs reg-dropout
  python3 benchmarks/stability.py --data course         # the course's data.mat CSVs

Keyword options are passed to football.football() (see benchmarks/football.py).
"""

import argparse
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import course_numpy as cn  # noqa: E402

VARIANTS = ("course", "div-m", "scale-first", "mul-sqrt")
REG_RUNS = {"reg-none": (0.0, 1.0), "reg-l2": (0.7, 1.0), "reg-dropout": (0.0, 0.86)}


def backward_variant(acts, Y, Ws, variant, lambd, masks, keep_prob):
    m = Y.shape[1]
    L = len(Ws)
    dWs, dbs = [None] * L, [None] * L
    dZ = (1.0 / m) * (acts[L] - Y) if variant == "scale-first" else acts[L] - Y
    for l in range(L - 1, -1, -1):
        A_prev = acts[l]
        if variant == "scale-first":
            dW = np.dot(dZ, A_prev.T)
            db = np.sum(dZ, axis=1, keepdims=True)
        elif variant == "div-m":
            dW = np.dot(dZ, A_prev.T) / m
            db = np.sum(dZ, axis=1, keepdims=True) / m
        else:
            dW = (1.0 / m) * np.dot(dZ, A_prev.T)
            db = (1.0 / m) * np.sum(dZ, axis=1, keepdims=True)
        if lambd:
            dW = dW + (lambd / m) * Ws[l]
        dWs[l], dbs[l] = dW, db
        if l > 0:
            dA = np.dot(Ws[l].T, dZ)
            if masks is not None:
                dA = dA * masks[l - 1] / keep_prob
            dZ = dA * (A_prev > 0)
    return dWs, dbs


def train(data, lambd, kp, variant, iterations=30000):
    (X, Y), (Xt, Yt) = data
    rs = np.random.RandomState(3)
    layers = [2, 20, 3, 1]
    Ws, bs = [], []
    for l in range(1, len(layers)):
        W = rs.randn(layers[l], layers[l - 1])
        W = W * np.sqrt(1.0 / layers[l - 1]) if variant == "mul-sqrt" else W / np.sqrt(layers[l - 1])
        Ws.append(W)
        bs.append(np.zeros((layers[l], 1)))
    masks = None
    if kp < 1:
        mr = np.random.RandomState(1)
        masks = [(mr.rand(n, X.shape[1]) < kp).astype(np.float64) for n in layers[1:-1]]
    with np.errstate(all="ignore"):
        for _ in range(iterations):
            acts = cn.forward(X, Ws, bs, masks, kp)
            dWs, dbs = backward_variant(acts, Y, Ws, variant, lambd, masks, kp)
            for l in range(len(Ws)):
                Ws[l] = Ws[l] - 0.3 * dWs[l]
                bs[l] = bs[l] - 0.3 * dbs[l]
    return cn.accuracy(X, Y, Ws, bs), cn.accuracy(Xt, Yt, Ws, bs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", choices=("football", "course"), default="football")
    ap.add_argument("--runs", default=",".join(REG_RUNS))
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--iterations", type=int, default=30000)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--boundary-noise", type=float)
    ap.add_argument("--flip-rate", type=float)
    args = ap.parse_args(argv)
    if args.data == "course":
        data = cn.course_regularization_data()
    else:
        import football
        kw = {k: v for k, v in (("seed", args.seed), ("boundary_noise", args.boundary_noise),
                                ("flip_rate", args.flip_rate)) if v is not None}
        tX, tY, vX, vY = football.football(**kw)
        data = ((tX, tY.astype(np.float64)), (vX, vY.astype(np.float64)))
    stable = True
    for name in args.runs.split(","):
        lambd, kp = REG_RUNS[name]
        results = {}
        for v in args.variants.split(","):
            results[v] = train(data, lambd, kp, v, args.iterations)
            print("%-12s %-12s train %.6f test %.6f" % (name, v, *results[v]), flush=True)
        same = len(set(results.values())) == 1
        stable = stable and same
        print("%-12s %s" % (name, "stable" if same else "UNSTABLE: accuracies depend on rounding"),
              flush=True)
    return 0 if stable else 1


if __name__ == "__main__":
    sys.exit(main())
