/// RMSProp: divide each step by a running root-mean-square of the gradient,
///
///     s ← β·s + (1 − β)·g²
///     θ ← θ − lr·g / (√s + ε)
///
/// so directions with large, oscillating gradients take smaller steps. No
/// bias correction (that is what Adam adds); `ε` keeps the first steps finite.
/// The trainer passes the configuration's `beta2` as `β`.
public struct RMSProp: Optimizer, Sendable {
    public var learningRate: Double
    public var beta: Double
    public var epsilon: Double
    public private(set) var meanSquare: [[Double]]

    public init(learningRate: Double, beta: Double = 0.999, epsilon: Double = 1e-8, parameters: NetworkParameters) {
        self.learningRate = learningRate
        self.beta = beta
        self.epsilon = epsilon
        meanSquare = parameters.zeroState
    }

    public mutating func update(_ parameters: inout NetworkParameters, with gradients: Gradients) {
        let lr = learningRate, beta = beta, epsilon = epsilon
        parameters.forEachTensor(with: gradients) { index, theta, g in
            meanSquare[index].withUnsafeMutableBufferPointer { s in
                for i in 0..<theta.count {
                    let gi = g[i]
                    s[i] = beta * s[i] + (1 - beta) * (gi * gi)
                    theta[i] = theta[i] - lr * gi / (s[i].squareRoot() + epsilon)
                }
            }
        }
    }
}
