#!/usr/bin/env python3
"""The nine course runs of *Improving Deep Neural Networks*, in plain numpy.

This is the reference side of the speed benchmark (`benchmarks/run.py`): the
same experiments that `benchmarks/course-runs.md` asks the Swift `lessons`
tool to run, written directly against numpy so the two can be timed on the
same machine.  It is our own code, written from the algorithm descriptions in
the project's course facts; it needs numpy only (no scikit-learn: the two
scikit-learn generators are re-implemented below with numpy's legacy
RandomState, which is what scikit-learn uses under the hood).

Fidelity choices (each one reproduces the course's numbers):
  * numpy's legacy RandomState everywhere, seeded exactly where the course
    seeds the global generator (RandomState(s) == np.random.seed(s)).
  * The backward pass of the initialization and optimization runs scales the
    output error by 1/m first; the regularization runs scale dW and db by 1/m
    afterwards.  The ReLU mask is taken on the activation (A > 0).
  * The cross-entropy of the initialization and regularization runs is a
    nansum mean; the optimization runs sum per mini-batch and divide the
    epoch total by m.
  * Dropout uses the course's fixed masks: the course reseeds the generator
    with 1 before every forward pass, so every iteration draws the same masks.
    We draw them once (same seed, same draws, same masks) instead of
    redrawing identical masks 30 000 times.

Speed choices (so the comparison is against reasonable numpy, not a strawman):
  * The cost is computed only where it is recorded (every `record_every`
    iterations or epochs, the same points the Swift side records), not on
    every step.
  * Parameters and optimizer state are updated in place.

Usage:
  python3 benchmarks/course_numpy.py                  # all nine, full length
  python3 benchmarks/course_numpy.py --scale 0.01     # 1 % of the epochs
  python3 benchmarks/course_numpy.py --runs he,adam --json
  python3 benchmarks/course_numpy.py --football course   # course data (dev only)
"""

import argparse
import json
import math
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_COURSE_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data"))

# ---------------------------------------------------------------------------
# Data sets


def _shuffle_and_noise(rs, x0, x1, y, noise):
    """The tail shared by both generators: one shuffle of arange(n) that
    reorders the examples, then n*2 gaussians (row order) of scale `noise`."""
    X = np.vstack([x0, x1]).T  # (n, 2)
    order = np.arange(X.shape[0])
    rs.shuffle(order)
    X = X[order]
    y = y[order]
    X = X + rs.normal(scale=noise, size=X.shape)
    return X, y


def make_circles(rs, n_samples, noise, factor=0.8):
    """scikit-learn's make_circles, drawing from the RandomState `rs`."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    x0 = np.append(np.cos(t_out), np.cos(t_in) * factor)
    x1 = np.append(np.sin(t_out), np.sin(t_in) * factor)
    y = np.hstack([np.zeros(n_out, dtype=np.int64), np.ones(n_in, dtype=np.int64)])
    return _shuffle_and_noise(rs, x0, x1, y, noise)


def make_moons(rs, n_samples, noise):
    """scikit-learn's make_moons, drawing from the RandomState `rs`."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    t_out = np.linspace(0, np.pi, n_out)
    t_in = np.linspace(0, np.pi, n_in)
    x0 = np.append(np.cos(t_out), 1 - np.cos(t_in))
    x1 = np.append(np.sin(t_out), 1 - np.sin(t_in) - 0.5)
    y = np.hstack([np.zeros(n_out, dtype=np.int64), np.ones(n_in, dtype=np.int64)])
    return _shuffle_and_noise(rs, x0, x1, y, noise)


def _course_layout(X, y):
    """(m, 2) and (m,) -> the course's (2, m) and (1, m) float arrays."""
    return np.ascontiguousarray(X.T), y.reshape(1, -1).astype(np.float64)


def circles_data():
    train = _course_layout(*make_circles(np.random.RandomState(1), 300, 0.05))
    test = _course_layout(*make_circles(np.random.RandomState(2), 100, 0.05))
    return train, test


def moons_data():
    train = _course_layout(*make_moons(np.random.RandomState(3), 300, 0.2))
    return train, (None, None)


def _read_csv(path):
    return np.loadtxt(path, delimiter=",", ndmin=2)


def course_regularization_data(folder=DEFAULT_COURSE_DATA):
    """The course's data.mat, from the shared test fixtures (development and
    fidelity checks only: it is not the benchmark's data)."""
    def pair(prefix):
        X = _read_csv(os.path.join(folder, prefix + "_X.csv")).T
        Y = _read_csv(os.path.join(folder, prefix + "_Y.csv")).T
        return np.ascontiguousarray(X), np.ascontiguousarray(Y, dtype=np.float64)
    return pair("train"), pair("test")


def football_data():
    """The project's generated `football` stand-in: benchmarks/football.py
    (the numpy twin of the Swift library's Dataset.football(), same doubles)."""
    sys.path.insert(0, HERE)
    try:
        import football  # benchmarks/football.py
    finally:
        sys.path.pop(0)
    train_X, train_Y, test_X, test_Y = football.football()
    return ((np.ascontiguousarray(train_X), np.ascontiguousarray(train_Y, dtype=np.float64)),
            (np.ascontiguousarray(test_X), np.ascontiguousarray(test_Y, dtype=np.float64)))


# ---------------------------------------------------------------------------
# Network: LINEAR -> ReLU -> ... -> LINEAR -> sigmoid


def initialize(layers, method, seed=3, scale=10.0):
    """Weights drawn layer by layer from RandomState(seed); biases zero."""
    rs = np.random.RandomState(seed)
    Ws, bs = [], []
    for l in range(1, len(layers)):
        n, n_prev = layers[l], layers[l - 1]
        if method == "zeros":
            W = np.zeros((n, n_prev))
        elif method == "random":
            W = rs.randn(n, n_prev) * scale
        elif method == "he":
            W = rs.randn(n, n_prev) * np.sqrt(2.0 / n_prev)
        elif method == "xavier":  # the regularization lesson's randn / sqrt(n_prev)
            W = rs.randn(n, n_prev) / np.sqrt(n_prev)
        else:
            raise ValueError(method)
        Ws.append(W)
        bs.append(np.zeros((n, 1)))
    return Ws, bs


def forward(X, Ws, bs, masks=None, keep_prob=1.0):
    """Activations [X, A1, ..., AL]; with `masks`, inverted dropout on the
    hidden activations (multiply by the mask, then divide by keep_prob)."""
    acts = [X]
    A = X
    last = len(Ws) - 1
    for l in range(last):
        A = np.maximum(0, Ws[l] @ A + bs[l])
        if masks is not None:
            A *= masks[l]
            A /= keep_prob
        acts.append(A)
    Z = Ws[last] @ A + bs[last]
    acts.append(1 / (1 + np.exp(-Z)))
    return acts


def backward(acts, Y, Ws, scale_first, lambd=0.0, masks=None, keep_prob=1.0):
    """Gradients (dWs, dbs).  scale_first=True: dZ_L = (1/m)(A_L - Y) and no
    further scaling (initialization / optimization utils); False:
    dZ_L = A_L - Y and dW = (1/m) dZ A^T, db = (1/m) sum dZ (regularization)."""
    m = Y.shape[1]
    L = len(Ws)
    dWs, dbs = [None] * L, [None] * L
    if scale_first:
        dZ = (1.0 / m) * (acts[L] - Y)
    else:
        dZ = acts[L] - Y
    for l in range(L - 1, -1, -1):
        A_prev = acts[l]
        if scale_first:
            dW = dZ @ A_prev.T
            db = np.sum(dZ, axis=1, keepdims=True)
        else:
            dW = (1.0 / m) * (dZ @ A_prev.T)
            db = (1.0 / m) * np.sum(dZ, axis=1, keepdims=True)
        if lambd:
            dW += (lambd / m) * Ws[l]
        dWs[l], dbs[l] = dW, db
        if l > 0:
            dA = Ws[l].T @ dZ
            if masks is not None:
                dA *= masks[l - 1]
                dA /= keep_prob
            dZ = dA * (A_prev > 0)
    return dWs, dbs


def log_loss_terms(A, Y):
    return -np.log(A) * Y - np.log(1 - A) * (1 - Y)


def mean_cost(A, Y, Ws, lambd=0.0):
    """nansum mean of the log-loss, plus the L2 term when lambd > 0."""
    m = Y.shape[1]
    with np.errstate(all="ignore"):
        cost = (1.0 / m) * np.nansum(log_loss_terms(A, Y))
    if lambd:
        cost += (lambd / (2 * m)) * sum(np.sum(np.square(W)) for W in Ws)
    return float(cost)


def accuracy(X, Y, Ws, bs):
    if X is None:
        return None
    with np.errstate(over="ignore"):
        A = forward(X, Ws, bs)[-1]
    return float(np.mean((A > 0.5)[0, :] == Y[0, :]))


# ---------------------------------------------------------------------------
# Training


def train_full_batch(X, Y, Ws, bs, lr, iterations, scale_first, lambd=0.0,
                     masks=None, keep_prob=1.0, record_every=1000):
    costs = []
    for i in range(iterations):
        acts = forward(X, Ws, bs, masks, keep_prob)
        if i % record_every == 0:
            costs.append((i, mean_cost(acts[-1], Y, Ws, lambd)))
        dWs, dbs = backward(acts, Y, Ws, scale_first, lambd, masks, keep_prob)
        for l in range(len(Ws)):
            Ws[l] -= lr * dWs[l]
            bs[l] -= lr * dbs[l]
    return costs


def mini_batches(X, Y, size, seed):
    """Columns permuted by RandomState(seed).permutation(m), then sliced into
    full batches of `size` and one remainder batch."""
    m = X.shape[1]
    perm = np.random.RandomState(seed).permutation(m)
    Xs, Ys = X[:, perm], Y[:, perm]
    return [(Xs[:, k:k + size], Ys[:, k:k + size]) for k in range(0, m, size)]


def train_mini_batch(X, Y, Ws, bs, lr, epochs, optimizer, batch_size=64,
                     beta=0.9, beta1=0.9, beta2=0.999, epsilon=1e-8,
                     record_every=100):
    m = X.shape[1]
    L = len(Ws)
    params = Ws + bs
    if optimizer in ("momentum", "adam"):
        v = [np.zeros_like(p) for p in params]
    if optimizer == "adam":
        s = [np.zeros_like(p) for p in params]
    t = 0
    costs = []
    seed = 10
    for epoch in range(epochs):
        seed += 1
        record = epoch % record_every == 0
        total = 0.0
        for Xb, Yb in mini_batches(X, Y, batch_size, seed):
            acts = forward(Xb, Ws, bs)
            if record:
                total += float(np.sum(log_loss_terms(acts[-1], Yb)))
            dWs, dbs = backward(acts, Yb, Ws, scale_first=True)
            grads = dWs + dbs
            if optimizer == "gd":
                for p, g in zip(params, grads):
                    p -= lr * g
            elif optimizer == "momentum":
                for p, g, vp in zip(params, grads, v):
                    vp *= beta
                    vp += (1 - beta) * g
                    p -= lr * vp
            else:  # adam, t counts mini-batches
                t += 1
                c1 = 1 - beta1 ** t
                c2 = 1 - beta2 ** t
                for p, g, vp, sp in zip(params, grads, v, s):
                    vp *= beta1
                    vp += (1 - beta1) * g
                    sp *= beta2
                    sp += (1 - beta2) * np.square(g)
                    p -= lr * ((vp / c1) / (np.sqrt(sp / c2) + epsilon))
        if record:
            costs.append((epoch, total / m))
    del L
    return costs


# ---------------------------------------------------------------------------
# The nine runs (names match the experiment blocks of course-runs.md)

RUNS = [
    # name, group, settings
    ("init-zeros", "init", dict(initialization="zeros")),
    ("init-random", "init", dict(initialization="random", init_scale=10.0)),
    ("init-he", "init", dict(initialization="he")),
    ("reg-none", "reg", dict()),
    ("reg-l2", "reg", dict(lambd=0.7)),
    ("reg-dropout", "reg", dict(keep_prob=0.86)),
    ("opt-gd", "opt", dict(optimizer="gd")),
    ("opt-momentum", "opt", dict(optimizer="momentum")),
    ("opt-adam", "opt", dict(optimizer="adam")),
]
RUN_NAMES = [r[0] for r in RUNS]
FULL_EPOCHS = {"init": 15000, "reg": 30000, "opt": 10000}


def run(name, scale=1.0, football="football", course_data=DEFAULT_COURSE_DATA):
    """Runs one experiment from data generation to accuracies; returns a dict
    with the metrics and the wall seconds of the whole run."""
    group, settings = next((g, s) for n, g, s in RUNS if n == name)
    epochs = max(1, int(round(FULL_EPOCHS[group] * scale)))
    start = time.perf_counter()
    cpu_start = time.process_time()
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        if group == "init":
            (X, Y), (Xt, Yt) = circles_data()
            Ws, bs = initialize([2, 10, 5, 1], settings["initialization"], seed=3,
                                scale=settings.get("init_scale", 10.0))
            costs = train_full_batch(X, Y, Ws, bs, 0.01, epochs, scale_first=True,
                                     record_every=1000)
            final = mean_cost(forward(X, Ws, bs)[-1], Y, Ws)
        elif group == "reg":
            if football == "course":
                (X, Y), (Xt, Yt) = course_regularization_data(course_data)
            else:
                (X, Y), (Xt, Yt) = football_data()
            Ws, bs = initialize([2, 20, 3, 1], "xavier", seed=3)
            lambd = settings.get("lambd", 0.0)
            kp = settings.get("keep_prob", 1.0)
            masks = None
            if kp < 1.0:
                # The course reseeds with 1 before every forward pass, so these
                # are the masks of every iteration.
                rs = np.random.RandomState(1)
                masks = [(rs.rand(n, X.shape[1]) < kp).astype(np.float64) for n in (20, 3)]
            costs = train_full_batch(X, Y, Ws, bs, 0.3, epochs, scale_first=False,
                                     lambd=lambd, masks=masks, keep_prob=kp,
                                     record_every=1000)
            final = mean_cost(forward(X, Ws, bs, masks, kp)[-1], Y, Ws, lambd)
        else:
            (X, Y), (Xt, Yt) = moons_data()
            Ws, bs = initialize([2, 5, 2, 1], "he", seed=3)
            costs = train_mini_batch(X, Y, Ws, bs, 0.0007, epochs, settings["optimizer"],
                                     batch_size=64, record_every=100)
            final = costs[-1][1]
        train_acc = accuracy(X, Y, Ws, bs)
        test_acc = accuracy(Xt, Yt, Ws, bs)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    return {"name": name, "epochs": epochs, "seconds": seconds, "cpu_seconds": cpu_seconds,
            "train_accuracy": train_acc, "test_accuracy": test_acc,
            "final_cost": final, "costs": costs}


def blas_info():
    """numpy version and the BLAS library/kernel it runs (threadpoolctl if
    installed)."""
    info = {"numpy": np.__version__, "python": sys.version.split()[0]}
    try:
        import threadpoolctl
        for lib in threadpoolctl.threadpool_info():
            if lib.get("user_api") == "blas":
                info["blas"] = "%s %s" % (lib.get("internal_api"), lib.get("version"))
                info["blas_kernel"] = lib.get("architecture")
                info["blas_threads"] = lib.get("num_threads")
                break
    except ImportError:
        info["blas"] = "unknown (pip install threadpoolctl to see it)"
    return info


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", default=",".join(RUN_NAMES),
                    help="comma-separated run names (default: all nine)")
    ap.add_argument("--repeat", type=int, default=1, help="repetitions of each run")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="fraction of the course's iterations/epochs (for quick checks)")
    ap.add_argument("--football", choices=("football", "course"), default="football",
                    help="regularization data: the generated stand-in (benchmarks/football.py)"
                         " or the course's data.mat CSVs (development/fidelity check only)")
    ap.add_argument("--course-data", default=DEFAULT_COURSE_DATA,
                    help="folder of train_X.csv etc. for --football course")
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args(argv)
    names = [n for n in args.runs.split(",") if n]
    for n in names:
        if n not in RUN_NAMES:
            ap.error("unknown run %r (known: %s)" % (n, ", ".join(RUN_NAMES)))
    results = []
    for n in names:
        reps = [run(n, args.scale, args.football, args.course_data) for _ in range(args.repeat)]
        r = dict(reps[0])
        r["seconds_all"] = [x["seconds"] for x in reps]
        r["cpu_seconds_all"] = [x["cpu_seconds"] for x in reps]
        del r["costs"]
        results.append(r)
        if not args.json:
            test = "-" if r["test_accuracy"] is None else repr(r["test_accuracy"])
            print("%-13s %6d  train %-20r test %-8s cost %-12.6g %s s" % (
                n, r["epochs"], r["train_accuracy"], test, r["final_cost"],
                " ".join("%.3f" % s for s in r["seconds_all"])), flush=True)
    if args.json:
        json.dump({"environment": blas_info(), "football": args.football,
                   "scale": args.scale, "runs": results}, sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
