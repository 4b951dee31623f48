#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A generated stand-in for the course's regularization data (`data.mat`,
/// which cannot be shipped): positions on a football pitch from which the
/// French goalkeeper's kick was headed by a French player (class 1) or by an
/// opponent (class 0).
///
/// The points form a Gaussian cloud shaped like the course's,
/// `x₀ = −0.13 + 0.19·z₀`, `x₁ = −0.05 + 0.30·z₁`. The true frontier between
/// the two teams is a gentle wave,
///
///     s(x) = x₁ − (−0.06 + 0.73·(x₀ + 0.13) + 0.08·sin(9·x₀)),
///
/// with the French side `s > 0` (upper left, as in the course's plot). Two
/// kinds of label noise make a small net over-fit, as the course's data does:
/// contested balls near the frontier and isolated surprises anywhere. A label
/// is flipped when `u < 0.45·exp(−|s| / boundaryNoise) + flipRate`.
///
/// Everything comes from one numpy stream, so numpy rebuilds it exactly
/// (`benchmarks/football.py` holds the same code):
///
///     np.random.seed(seed)
///     n = n_train + n_test
///     Z = np.random.randn(n, 2)
///     x0 = -0.13 + 0.19 * Z[:, 0]
///     x1 = -0.05 + 0.30 * Z[:, 1]
///     s = x1 - (-0.06 + 0.73 * (x0 + 0.13) + 0.08 * np.sin(9.0 * x0))
///     U = np.random.rand(n)
///     flipped = U < 0.45 * np.exp(-np.abs(s) / boundary_noise) + flip_rate
///     y = ((s > 0) != flipped).astype(float)
///     X = np.vstack([x0, x1])            # (2, n); the first n_train columns train
///
/// With the defaults the course's unregularized [2, 20, 3, 1] net (Xavier
/// init, learning rate 0.3, 30 000 iterations) fits the training set clearly
/// better than the test set, and L2 (λ = 0.7) or dropout (keep 0.86) raise
/// the test accuracy (measured numbers in `benchmarks/football.py`).
public enum Football {
    public static let defaultSeed: UInt32 = 1
    public static let defaultTrainCount = 211
    public static let defaultTestCount = 200
    public static let defaultBoundaryNoise = 0.03
    public static let defaultFlipRate = 0.05

    /// The noise-free side of the frontier: `s(x) > 0` is the French side.
    public static func frontier(_ x0: Double, _ x1: Double) -> Double {
        x1 - (-0.06 + 0.73 * (x0 + 0.13) + 0.08 * sin(9.0 * x0))
    }

    /// `n` points `(2, n)` and labels `(1, n)` from the stream `random`.
    public static func generate(
        count n: Int, boundaryNoise: Double = defaultBoundaryNoise, flipRate: Double = defaultFlipRate,
        random: inout NumpyRandom
    ) -> (x: Matrix, y: Matrix) {
        precondition(n >= 0 && boundaryNoise > 0, "invalid football parameters")
        let z = random.randn(n, 2)
        var x = Matrix(rows: 2, columns: n)
        var side = [Double](repeating: 0, count: n)
        for i in 0..<n {
            x[0, i] = -0.13 + 0.19 * z[i, 0]
            x[1, i] = -0.05 + 0.30 * z[i, 1]
            side[i] = frontier(x[0, i], x[1, i])
        }
        let u = random.rand(1, n)
        var y = Matrix(rows: 1, columns: n)
        for i in 0..<n {
            let flipped = u.elements[i] < 0.45 * exp(-abs(side[i]) / boundaryNoise) + flipRate
            y.elements[i] = (side[i] > 0) != flipped ? 1 : 0
        }
        return (x, y)
    }
}

extension Dataset {
    /// The regularization lesson's data: ``Football`` with `trainCount +
    /// testCount` points from `seed`, the first `trainCount` for training.
    public static func football(
        trainCount: Int = Football.defaultTrainCount, testCount: Int = Football.defaultTestCount,
        boundaryNoise: Double = Football.defaultBoundaryNoise, flipRate: Double = Football.defaultFlipRate,
        seed: UInt32 = Football.defaultSeed
    ) -> Dataset {
        var random = NumpyRandom(seed: seed)
        let all = Football.generate(count: trainCount + testCount, boundaryNoise: boundaryNoise,
                                    flipRate: flipRate, random: &random)
        let train = 0..<trainCount, test = trainCount..<(trainCount + testCount)
        return Dataset(name: "football",
                       trainX: all.x.columns(train), trainY: all.y.columns(train),
                       testX: all.x.columns(test), testY: all.y.columns(test), classes: 2)
    }
}
