/// The N-dimensional gradient check of a network (`gradient_check_n`).
///
/// With all parameters flattened to `θ` (see `NetworkParameters.flattened`),
/// each component is nudged both ways,
///
///     g̃ᵢ = (J(θ + ε·eᵢ) − J(θ − ε·eᵢ)) / (2ε),    J = (1/m)·Σ ℓ
///
/// and compared with backprop's gradient `g`:
///
///     difference = ‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂)
///
/// ~1e-7 means backprop is right; ~1e-1 means a bug. The course's backward
/// pass for this exercise has two planted bugs (`dW2 × 2`, `db1` with
/// `4/m`), which `plantedBugs` reproduces.
public struct GradientCheckCase: Sendable, Equatable {
    public var X: Matrix
    public var Y: Matrix
    public var parameters: NetworkParameters

    public init(X: Matrix, Y: Matrix, parameters: NetworkParameters) {
        self.X = X
        self.Y = Y
        self.parameters = parameters
    }

    /// The course's test case generalized to any widths: `seed(seed)`, then
    /// `X = randn(n0, examples)`, labels `1, 1, 0` repeated, then
    /// `W1, b1, W2, b2, …` drawn with `randn` from the same stream. The
    /// defaults are the course's (4→5→3→1, three examples, seed 1).
    public static func course(layers: [Int] = [4, 5, 3, 1], examples: Int = 3, seed: UInt32 = 1) -> GradientCheckCase {
        precondition(layers.count >= 2 && layers.last == 1, "a binary network ending in one unit")
        var random = NumpyRandom(seed: seed)
        let X = random.randn(layers[0], examples)
        let labels: [Double] = [1, 1, 0]
        let Y = Matrix(rows: 1, columns: examples, elements: (0..<examples).map { labels[$0 % 3] })
        var weights: [Matrix] = [], biases: [Matrix] = []
        for l in 1..<layers.count {
            weights.append(random.randn(layers[l], layers[l - 1]))
            biases.append(random.randn(layers[l], 1))
        }
        return GradientCheckCase(X: X, Y: Y, parameters: NetworkParameters(weights: weights, biases: biases))
    }
}

/// One component's two gradients.
public struct GradientComponent: Sendable, Equatable {
    /// E.g. `W2[1,3]` (0-based row, column).
    public var name: String
    public var analytic: Double
    public var numeric: Double
    public var absoluteDifference: Double { abs(analytic - numeric) }
}

/// The check restricted to one tensor (`W1`, `b1`, …).
public struct ParameterGradientCheck: Sendable, Equatable {
    public var name: String
    /// `‖g − g̃‖ / (‖g‖ + ‖g̃‖)` over this tensor's entries.
    public var relativeDifference: Double
    /// The entries with the largest `|g − g̃|`, largest first.
    public var worst: [GradientComponent]
}

public struct GradientCheckResult: Sendable, Equatable {
    public var epsilon: Double
    /// `‖g − g̃‖ / (‖g‖ + ‖g̃‖)` over all parameters.
    public var difference: Double
    /// Backprop's gradient `g` and the two-sided estimate `g̃`, flattened.
    public var analytic: [Double]
    public var numeric: [Double]
    public var parameters: [ParameterGradientCheck]
    public var plantedBugs: Bool

    /// `difference < threshold`. The course's threshold is 1e-7, which a
    /// correct backprop on its own test case misses narrowly (≈1.2e-7, the
    /// rounding of the O(ε²) estimate); a later revision used 2e-7.
    public func passes(threshold: Double = 2e-7) -> Bool { difference < threshold }
}

/// Runs the check on `testCase` (ReLU hidden layers, sigmoid output, cost
/// `(1/m)·Σℓ`, backprop with `gc_utils`' ordering: `dZ = A − Y`, `dW = (1/m)·dZ·Aᵀ`).
public func gradientCheck(
    _ testCase: GradientCheckCase, epsilon: Double = 1e-7, plantedBugs: Bool = false, worstPerParameter: Int = 3
) -> GradientCheckResult {
    let parameters = testCase.parameters
    func cost(_ p: NetworkParameters) -> Double {
        crossEntropyCost(forwardPass(testCase.X, p).output, testCase.Y, reduction: .mean)
    }
    let cache = forwardPass(testCase.X, parameters)
    let analytic = backwardPass(cache, testCase.Y, parameters, ordering: .scaleProducts,
                                plantedBugs: plantedBugs).flattened
    let theta = parameters.flattened
    // region: two-sided-nd
    var numeric = [Double](repeating: 0, count: theta.count)
    for i in theta.indices {
        var plus = theta, minus = theta
        plus[i] = plus[i] + epsilon
        minus[i] = minus[i] - epsilon
        let jPlus = cost(parameters.replacing(with: plus))
        let jMinus = cost(parameters.replacing(with: minus))
        numeric[i] = (jPlus - jMinus) / (2 * epsilon)
    }
    // endregion
    var perParameter: [ParameterGradientCheck] = []
    var offset = 0
    for index in 0..<parameters.tensorCount {
        let count = parameters[tensor: index].count
        let range = offset..<(offset + count)
        let components = range.map { i in
            GradientComponent(name: parameters.componentName(i).name, analytic: analytic[i], numeric: numeric[i])
        }
        let worst = components.enumerated()
            .sorted { ($0.element.absoluteDifference, -$0.offset) > ($1.element.absoluteDifference, -$1.offset) }
            .prefix(worstPerParameter).map(\.element)
        perParameter.append(ParameterGradientCheck(
            name: (index % 2 == 0 ? "W" : "b") + "\(index / 2 + 1)",
            relativeDifference: relativeDifference(Array(analytic[range]), Array(numeric[range])),
            worst: Array(worst)))
        offset += count
    }
    return GradientCheckResult(
        epsilon: epsilon, difference: relativeDifference(analytic, numeric), analytic: analytic, numeric: numeric,
        parameters: perParameter, plantedBugs: plantedBugs)
}

/// Entry point of the `gradient_check` routine with `model: network`: the
/// course's test case (`GradientCheckCase.course`) for `layers` and `seed`.
public func gradientCheckND(
    layers: [Int] = [4, 5, 3, 1], examples: Int = 3, seed: UInt32 = 1, epsilon: Double = 1e-7,
    plantedBugs: Bool = false
) -> GradientCheckResult {
    gradientCheck(.course(layers: layers, examples: examples, seed: seed), epsilon: epsilon, plantedBugs: plantedBugs)
}
