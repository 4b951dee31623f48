/// Weight initialization, as the course's three assignments do it.
///
/// The generator is seeded **once** with `seed` (numpy's `np.random.seed`),
/// then `W[1], W[2], …` are drawn in order, each `randn(n[l], n[l-1])` in
/// row-major order; biases are zeros and consume no randomness:
///
/// | scheme   | `W[l]`                         | course                       |
/// |----------|--------------------------------|------------------------------|
/// | zeros    | `0`                            | init "zeros" (fails: symmetry) |
/// | random   | `randn · initScale`            | init "random" (×10: too large) |
/// | he       | `randn · √(2 / n[l-1])`        | init "He", optimization      |
/// | xavier   | `randn / √n[l-1]`              | regularization               |
///
/// Xavier *divides* by `√n[l-1]` as `reg_utils` does (`randn / np.sqrt(n)`),
/// which rounds differently from multiplying by `√(1/n)`.
public func initializeParameters(
    layers: [Int], scheme: InitializationScheme, seed: UInt32 = 3, initScale: Double = 10
) -> NetworkParameters {
    precondition(layers.count >= 2 && layers.allSatisfy { $0 > 0 }, "invalid layer widths \(layers)")
    var parameters = NetworkParameters(zerosFor: layers)
    if scheme == .zeros { return parameters }
    var random = NumpyRandom(seed: seed)
    // region: weight-init
    for l in 1..<layers.count {
        var w = random.randn(layers[l], layers[l - 1])
        let fanIn = Double(layers[l - 1])
        switch scheme {
        case .zeros: break
        case .random: for i in 0..<w.count { w.elements[i] *= initScale }
        case .he:
            let factor = (2.0 / fanIn).squareRoot()
            for i in 0..<w.count { w.elements[i] *= factor }
        case .xavier:
            let divisor = fanIn.squareRoot()
            for i in 0..<w.count { w.elements[i] /= divisor }
        }
        parameters.weights[l - 1] = w
    }
    // endregion
    return parameters
}

/// The standard deviation each scheme aims at for `W[l]` given `n[l-1]`.
public func intendedStandardDeviation(
    of scheme: InitializationScheme, fanIn: Int, initScale: Double = 10
) -> Double {
    switch scheme {
    case .zeros: 0
    case .random: initScale
    case .he: (2.0 / Double(fanIn)).squareRoot()
    case .xavier: (1.0 / Double(fanIn)).squareRoot()
    }
}

/// Summary statistics of one layer's initial weights.
public struct LayerInitializationStatistics: Sendable, Equatable {
    /// 1-based layer index `l`.
    public var layer: Int
    /// Shape of `W[l]`: `(n[l], n[l-1])`.
    public var rows: Int
    public var columns: Int
    /// Mean and population standard deviation (numpy's `std`, ddof 0) of `W[l]`.
    public var mean: Double
    public var standardDeviation: Double
    /// What the scheme aims at: `√(2/n[l-1])` for He, etc.
    public var intendedStandardDeviation: Double
}

/// The `initialize` routine's result: the parameters and per-layer statistics.
public struct InitializationReport: Sendable, Equatable {
    public var parameters: NetworkParameters
    public var statistics: [LayerInitializationStatistics]
}

/// Entry point of the `initialize` routine: initializes `layers` with
/// `scheme` and reports each layer's weight mean and standard deviation
/// next to the value the scheme intends.
public func initialize(
    layers: [Int], scheme: InitializationScheme = .he, seed: UInt32 = 3, initScale: Double = 10
) -> InitializationReport {
    let parameters = initializeParameters(layers: layers, scheme: scheme, seed: seed, initScale: initScale)
    let statistics = parameters.weights.enumerated().map { index, w in
        let n = Double(w.count)
        let mean = w.sum() / n
        let variance = w.elements.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        return LayerInitializationStatistics(
            layer: index + 1, rows: w.rows, columns: w.columns, mean: mean,
            standardDeviation: variance.squareRoot(),
            intendedStandardDeviation: intendedStandardDeviation(
                of: scheme, fanIn: w.columns, initScale: initScale))
    }
    return InitializationReport(parameters: parameters, statistics: statistics)
}
