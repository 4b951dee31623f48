#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// scikit-learn's `make_circles` and `make_moons`, drawing from a
/// ``NumpyRandom`` exactly as sklearn draws from numpy's global `RandomState`
/// (course-facts §2), so the course's data sets come out bit for bit.
///
/// Both generators run the same three steps:
/// 1. **Geometry**, noise-free: `n_out = n / 2` points of class 0, then
///    `n_in = n − n_out` points of class 1.
/// 2. **Shuffle** (`sklearn.utils.shuffle`): one `RandomState.shuffle` of
///    `arange(n)`; rows of X and y are taken in that order.
/// 3. **Noise**: `X += normal(scale: noise, size: (n, 2))`, i.e. `2n`
///    gaussians in row order `x₀, y₀, x₁, y₁, …`.
///
/// The results are in the course's layout: X is `(2, n)`, Y is `(1, n)`.
/// `cos`/`sin` come from the C library (glibc on Linux), which matched numpy
/// to the last bit on the machines the golden files were made on.
public enum SyntheticShapes {
    /// Two concentric circles: the outer (radius 1, class 0) at angles
    /// `k·(2π/n_out)`, `k = 0…n_out−1` (numpy's `linspace(0, 2π, n_out,
    /// endpoint=False)` computes `k·step + 0`), the inner (class 1) at
    /// `k·(2π/n_in)` scaled by `factor`.
    public static func circles(
        samples n: Int, noise: Double, factor: Double = 0.8, random: inout NumpyRandom
    ) -> (x: Matrix, y: Matrix) {
        precondition(n >= 0, "negative sample count")
        let nOut = n / 2, nIn = n - nOut
        var px = [Double](), py = [Double]()
        px.reserveCapacity(n); py.reserveCapacity(n)
        for t in linspace(0, 2 * Double.pi, count: nOut, endpoint: false) {
            px.append(cos(t)); py.append(sin(t))
        }
        for t in linspace(0, 2 * Double.pi, count: nIn, endpoint: false) {
            px.append(cos(t) * factor); py.append(sin(t) * factor)
        }
        return shuffledWithNoise(px, py, classZero: nOut, noise: noise, random: &random)
    }

    /// Two interleaving half circles: the outer moon (class 0) is `(cos t, sin t)`
    /// and the inner moon (class 1) is `(1 − cos t, 1 − sin t − 0.5)`, with
    /// `t = linspace(0, π, count)` **including** the endpoint.
    public static func moons(
        samples n: Int, noise: Double, random: inout NumpyRandom
    ) -> (x: Matrix, y: Matrix) {
        precondition(n >= 0, "negative sample count")
        let nOut = n / 2, nIn = n - nOut
        var px = [Double](), py = [Double]()
        px.reserveCapacity(n); py.reserveCapacity(n)
        for t in linspace(0, Double.pi, count: nOut, endpoint: true) {
            px.append(cos(t)); py.append(sin(t))
        }
        for t in linspace(0, Double.pi, count: nIn, endpoint: true) {
            px.append(1 - cos(t)); py.append(1 - sin(t) - 0.5)
        }
        return shuffledWithNoise(px, py, classZero: nOut, noise: noise, random: &random)
    }

    /// numpy's `linspace`: `step = (stop − start) / div` with `div = count − 1`
    /// (endpoint) or `count`, entries `k·step + start`, and the last entry set
    /// to `stop` exactly when the endpoint is included.
    static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool) -> [Double] {
        guard count > 0 else { return [] }
        let div = endpoint ? count - 1 : count
        guard div > 0 else { return [start] }
        let step = (stop - start) / Double(div)
        var values = (0..<count).map { Double($0) * step + start }
        if endpoint { values[count - 1] = stop }
        return values
    }

    /// Steps 2 and 3: shuffle the rows, then add the gaussian noise.
    private static func shuffledWithNoise(
        _ px: [Double], _ py: [Double], classZero: Int, noise: Double, random: inout NumpyRandom
    ) -> (x: Matrix, y: Matrix) {
        let n = px.count
        let order = random.permutation(n)
        var x = Matrix(rows: 2, columns: n)
        var y = Matrix(rows: 1, columns: n)
        for (column, source) in order.enumerated() {
            x[0, column] = px[source]
            x[1, column] = py[source]
            y[0, column] = source < classZero ? 0 : 1
        }
        // `X += normal(scale=noise, size=(n, 2))`: numpy adds `0 + noise·g`.
        for column in 0..<n {
            x[0, column] += random.normal(mean: 0, standardDeviation: noise)
            x[1, column] += random.normal(mean: 0, standardDeviation: noise)
        }
        return (x, y)
    }
}

extension Dataset {
    /// The initialization lesson's data (course-facts §3):
    /// `seed(trainSeed); make_circles(trainCount, noise)` for training and
    /// `seed(testSeed); make_circles(testCount, noise)` for testing.
    public static func circles(
        trainCount: Int = 300, testCount: Int = 100, noise: Double = 0.05, factor: Double = 0.8,
        trainSeed: UInt32 = 1, testSeed: UInt32 = 2
    ) -> Dataset {
        var random = NumpyRandom(seed: trainSeed)
        let train = SyntheticShapes.circles(samples: trainCount, noise: noise, factor: factor, random: &random)
        random.seed(testSeed)
        let test = SyntheticShapes.circles(samples: testCount, noise: noise, factor: factor, random: &random)
        return Dataset(name: "circles", trainX: train.x, trainY: train.y,
                       testX: test.x, testY: test.y, classes: 2)
    }

    /// The optimization lesson's data (course-facts §6):
    /// `seed(seed); make_moons(count, noise)`, with no test set.
    public static func moons(count: Int = 300, noise: Double = 0.2, seed: UInt32 = 3) -> Dataset {
        var random = NumpyRandom(seed: seed)
        let train = SyntheticShapes.moons(samples: count, noise: noise, random: &random)
        return Dataset(name: "moons", trainX: train.x, trainY: train.y, classes: 2)
    }
}
