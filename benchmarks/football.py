"""The `football` data set, regenerated with numpy.

The Swift library's `Dataset.football()` (Sources/NeuralNet/Datasets/Football.swift)
draws the same numbers from its bit-exact port of numpy's legacy RandomState, so
this function returns exactly the same arrays (checked: every double equal for
the defaults). A numpy benchmark can therefore run the course's regularization
models on the very data the Swift lessons use.

    python3 benchmarks/football.py            # prints shapes and label counts
    python3 benchmarks/football.py --csv DIR  # writes DIR/football_{train,test}_{X,Y}.csv

Measured with the course's model ([2, 20, 3, 1], W = randn/sqrt(n_prev) after
seed(3), lr 0.3, 30 000 full-batch iterations) in numpy 2.4.6, train/test accuracy:
    no regularization          0.9573 / 0.885
    L2, lambda 0.7             0.9431 / 0.925
    dropout 0.86, fixed masks  0.9289 / 0.92   (the course's reseed-every-step masks)
    dropout 0.86, fresh masks  0.9336 / 0.93
The Swift trainer gets the same numbers except for the fixed-mask run's training
accuracy (0.9194 / 0.92): that run is chaotic, and numpy itself gives 0.9242 / 0.92
when dW3 is computed as (dZ3 @ A2.T) / m instead of 1/m * (dZ3 @ A2.T).
"""
import sys

import numpy as np


def football(seed=1, n_train=211, n_test=200, boundary_noise=0.03, flip_rate=0.05):
    """X (2, m) and Y (1, m) for train and test, from one np.random stream."""
    np.random.seed(seed)
    n = n_train + n_test
    Z = np.random.randn(n, 2)
    x0 = -0.13 + 0.19 * Z[:, 0]
    x1 = -0.05 + 0.30 * Z[:, 1]
    # The frontier between the teams; s > 0 is the French side (label 1).
    s = x1 - (-0.06 + 0.73 * (x0 + 0.13) + 0.08 * np.sin(9.0 * x0))
    U = np.random.rand(n)
    # Contested balls near the frontier, plus isolated surprises anywhere.
    flipped = U < 0.45 * np.exp(-np.abs(s) / boundary_noise) + flip_rate
    y = ((s > 0) != flipped).astype(float)
    X = np.vstack([x0, x1])
    return X[:, :n_train], y[None, :n_train], X[:, n_train:], y[None, n_train:]


def _write(path, rows, label=False):
    """One example per row; floats in repr form (exact round trip), labels as 0/1."""
    with open(path, "w") as f:
        for row in rows:
            f.write(",".join(str(int(v)) if label else repr(float(v)) for v in row) + "\n")


if __name__ == "__main__":
    train_X, train_Y, test_X, test_Y = football()
    if len(sys.argv) == 3 and sys.argv[1] == "--csv":
        for name, a in (("train_X", train_X), ("train_Y", train_Y), ("test_X", test_X), ("test_Y", test_Y)):
            _write(f"{sys.argv[2]}/football_{name}.csv", a.T, label=name.endswith("Y"))
    print("train", train_X.shape, "labels 1:", int(train_Y.sum()),
          "| test", test_X.shape, "labels 1:", int(test_Y.sum()))
