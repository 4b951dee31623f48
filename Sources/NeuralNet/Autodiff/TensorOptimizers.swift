#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The framework's optimizers: they read each parameter's ``Tensor/gradient``
/// after ``Tensor/backward()`` and change its ``Tensor/value`` in place (what
/// `tf.train.AdamOptimizer(lr).minimize(cost)` does behind the scenes).
/// The arithmetic is written in the same order as the library's hand-written
/// optimizers, so both paths round alike.
public enum TensorOptimizerKind: String, Sendable, CaseIterable, Hashable {
    /// `θ ← θ − lr·g`.
    case gd
    /// Adam, see ``TensorAdam``.
    case adam
}

/// Adam over tensors. With the step counter `t` (1 at the first step):
///
///     v ← β1·v + (1 − β1)·g          v̂ = v / (1 − β1ᵗ)
///     s ← β2·s + (1 − β2)·g²         ŝ = s / (1 − β2ᵗ)
///     θ ← θ − lr·v̂ / (√ŝ + ε)
///
/// `v` and `s` start at zero, one pair per parameter, kept by position.
public struct TensorAdam {
    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    public private(set) var t = 0
    private var v: [Matrix]
    private var s: [Matrix]

    public init(parameters: [Tensor], learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        v = parameters.map { Matrix(rows: $0.value.rows, columns: $0.value.columns) }
        s = v
    }

    /// One update of every parameter that has a gradient.
    public mutating func step(_ parameters: [Tensor]) {
        precondition(parameters.count == v.count, "Adam was made for \(v.count) parameters")
        t += 1
        let correction1 = 1 - pow(beta1, Double(t)), correction2 = 1 - pow(beta2, Double(t))
        let (lr, beta1, beta2, epsilon) = (learningRate, beta1, beta2, epsilon)
        for (k, parameter) in parameters.enumerated() {
            guard let g = parameter.gradient else { continue }
            // Raw buffers: one exclusivity check per tensor, not per entry.
            parameter.value.elements.withUnsafeMutableBufferPointer { theta in
                v[k].elements.withUnsafeMutableBufferPointer { v in
                    s[k].elements.withUnsafeMutableBufferPointer { s in
                        g.elements.withUnsafeBufferPointer { g in
                            for i in 0..<g.count {
                                let gi = g[i]
                                v[i] = beta1 * v[i] + (1 - beta1) * gi
                                s[i] = beta2 * s[i] + (1 - beta2) * (gi * gi)
                                let vHat = v[i] / correction1
                                let sHat = s[i] / correction2
                                theta[i] = theta[i] - lr * vHat / (sHat.squareRoot() + epsilon)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Plain gradient descent over tensors.
public struct TensorGradientDescent {
    public var learningRate: Double

    public init(learningRate: Double) { self.learningRate = learningRate }

    public func step(_ parameters: [Tensor]) {
        let lr = learningRate
        for parameter in parameters {
            guard let g = parameter.gradient else { continue }
            parameter.value.elements.withUnsafeMutableBufferPointer { theta in
                for i in 0..<g.count { theta[i] = theta[i] - lr * g.elements[i] }
            }
        }
    }
}
