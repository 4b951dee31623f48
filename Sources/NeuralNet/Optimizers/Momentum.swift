/// Gradient descent with momentum (`update_parameters_with_momentum`):
///
///     v ← β·v + (1 − β)·g
///     θ ← θ − lr·v
///
/// `v` is an exponentially weighted average of past gradients (about the
/// last `1/(1−β)` of them), which damps the oscillations of noisy
/// mini-batch gradients. It starts at zero, without bias correction.
public struct Momentum: Optimizer, Sendable {
    public var learningRate: Double
    public var beta: Double
    /// `v` of each tensor, in the order `W1, b1, W2, b2, …`.
    public private(set) var velocity: [[Double]]

    public init(learningRate: Double, beta: Double = 0.9, parameters: NetworkParameters) {
        self.learningRate = learningRate
        self.beta = beta
        velocity = parameters.zeroState
    }

    public mutating func update(_ parameters: inout NetworkParameters, with gradients: Gradients) {
        // region: momentum-update
        let lr = learningRate, beta = beta, oneMinusBeta = 1 - beta
        parameters.forEachTensor(with: gradients) { index, theta, g in
            velocity[index].withUnsafeMutableBufferPointer { v in
                for i in 0..<theta.count {
                    v[i] = beta * v[i] + oneMinusBeta * g[i]
                    theta[i] = theta[i] - lr * v[i]
                }
            }
        }
        // endregion
    }
}
