/// The 1-D gradient check of the course: `J(θ) = θ·x`, whose derivative is
/// `dθ = x`, against the two-sided difference
///
///     gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε)
///     difference = |dθ − gradapprox| / (|dθ| + |gradapprox|)
///
/// The two-sided difference has error O(ε²) (the one-sided one only O(ε)).
/// For the linear J it is exact up to rounding, so the difference is tiny
/// (~1e-10, the rounding of `θ ± ε`).
public struct GradientCheck1DResult: Sendable, Equatable {
    public var theta: Double
    public var x: Double
    public var epsilon: Double
    /// `J(θ) = θ·x`.
    public var cost: Double
    /// The analytic derivative `dθ = x`.
    public var gradient: Double
    public var gradientApproximation: Double
    public var difference: Double

    /// `difference < threshold`.
    public func passes(threshold: Double = 1e-7) -> Bool { difference < threshold }
}

/// Entry point of the `gradient_check` routine with `model: linear`.
public func gradientCheck1D(theta: Double = 4, x: Double = 2, epsilon: Double = 1e-7) -> GradientCheck1DResult {
    func J(_ t: Double) -> Double { t * x }
    let thetaPlus = theta + epsilon, thetaMinus = theta - epsilon
    let approximation = (J(thetaPlus) - J(thetaMinus)) / (2 * epsilon)
    let gradient = x
    let numerator = abs(gradient - approximation)
    let denominator = abs(gradient) + abs(approximation)
    return GradientCheck1DResult(
        theta: theta, x: x, epsilon: epsilon, cost: J(theta), gradient: gradient,
        gradientApproximation: approximation, difference: denominator == 0 ? 0 : numerator / denominator)
}
