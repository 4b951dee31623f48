/// An update rule: one step of `θ ← θ − lr · f(g, state)` for every
/// parameter tensor `θ` (`W1, b1, W2, b2, …`) given its gradient `g`.
///
/// Optimizers keep their state (velocities, squared-gradient averages, the
/// step counter) between calls; one instance follows one training run.
public protocol Optimizer {
    /// Applies one step to `parameters` using `gradients` of the same shapes.
    mutating func update(_ parameters: inout NetworkParameters, with gradients: Gradients)
}

extension NetworkParameters {
    /// Calls `body(index, θ, g)` for every tensor pair in the order
    /// `W1, b1, W2, b2, …`, with mutable access to the parameter's entries.
    mutating func forEachTensor(
        with gradients: Gradients,
        _ body: (Int, UnsafeMutableBufferPointer<Double>, UnsafeBufferPointer<Double>) -> Void
    ) {
        precondition(gradients.weights.count == weights.count, "gradients for a different network")
        for l in 0..<weights.count {
            precondition(gradients.weights[l].count == weights[l].count && gradients.biases[l].count == biases[l].count,
                         "gradient shapes differ from the parameters'")
            weights[l].elements.withUnsafeMutableBufferPointer { theta in
                gradients.weights[l].elements.withUnsafeBufferPointer { g in body(2 * l, theta, g) }
            }
            biases[l].elements.withUnsafeMutableBufferPointer { theta in
                gradients.biases[l].elements.withUnsafeBufferPointer { g in body(2 * l + 1, theta, g) }
            }
        }
    }

    /// Zero state shaped like every tensor (`initialize_velocity`, `initialize_adam`).
    var zeroState: [[Double]] {
        (0..<tensorCount).map { [Double](repeating: 0, count: self[tensor: $0].count) }
    }
}

/// The optimizer a configuration asks for, with zero state for `parameters`.
public func makeOptimizer(_ configuration: TrainingConfiguration, for parameters: NetworkParameters) -> any Optimizer {
    let lr = configuration.learningRate
    switch configuration.optimizer {
    case .gd: return GradientDescent(learningRate: lr)
    case .momentum: return Momentum(learningRate: lr, beta: configuration.beta, parameters: parameters)
    case .adam:
        return Adam(learningRate: lr, beta1: configuration.beta1, beta2: configuration.beta2,
                    epsilon: configuration.epsilon, parameters: parameters)
    case .rmsprop:
        return RMSProp(learningRate: lr, beta: configuration.beta2, epsilon: configuration.epsilon,
                       parameters: parameters)
    }
}
