/// Plain gradient descent: `θ ← θ − lr·g` (`update_parameters_with_gd`).
public struct GradientDescent: Optimizer, Sendable {
    public var learningRate: Double

    public init(learningRate: Double) {
        self.learningRate = learningRate
    }

    public mutating func update(_ parameters: inout NetworkParameters, with gradients: Gradients) {
        let lr = learningRate
        parameters.forEachTensor(with: gradients) { _, theta, g in
            for i in 0..<theta.count { theta[i] = theta[i] - lr * g[i] }
        }
    }
}
