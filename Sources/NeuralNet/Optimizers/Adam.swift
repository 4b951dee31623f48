#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam (`update_parameters_with_adam`), momentum plus RMSProp with bias
/// correction. With the step counter `t` (1 for the first update, increased
/// per mini-batch, never per epoch):
///
///     v ← β1·v + (1 − β1)·g          v̂ = v / (1 − β1ᵗ)
///     s ← β2·s + (1 − β2)·g²         ŝ = s / (1 − β2ᵗ)
///     θ ← θ − lr·v̂ / (√ŝ + ε)
///
/// The bias correction undoes the zero start of `v` and `s` during the first
/// steps. `ε` sits outside the square root, as in the formula and in the
/// course's training runs; `.insideSquareRoot` (`√(ŝ + ε)`) reproduces the two
/// entries of the course's expected-output table that were computed that way.
public struct Adam: Optimizer, Sendable {
    public enum EpsilonPlacement: Sendable {
        case outsideSquareRoot, insideSquareRoot
    }

    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    public var epsilonPlacement: EpsilonPlacement
    /// Updates made so far; the next update uses `t + 1`.
    public var t: Int
    /// `v` and `s` of each tensor, in the order `W1, b1, W2, b2, …`.
    public private(set) var firstMoment: [[Double]]
    public private(set) var secondMoment: [[Double]]

    public init(learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, epsilonPlacement: EpsilonPlacement = .outsideSquareRoot,
                parameters: NetworkParameters, t: Int = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.epsilonPlacement = epsilonPlacement
        self.t = t
        firstMoment = parameters.zeroState
        secondMoment = parameters.zeroState
    }

    public mutating func update(_ parameters: inout NetworkParameters, with gradients: Gradients) {
        // region: adam-update
        t += 1
        let lr = learningRate, beta1 = beta1, beta2 = beta2, epsilon = epsilon
        let correction1 = 1 - pow(beta1, Double(t)), correction2 = 1 - pow(beta2, Double(t))
        let inside = epsilonPlacement == .insideSquareRoot
        parameters.forEachTensor(with: gradients) { index, theta, g in
            firstMoment[index].withUnsafeMutableBufferPointer { v in
                secondMoment[index].withUnsafeMutableBufferPointer { s in
                    for i in 0..<theta.count {
                        let gi = g[i]
                        v[i] = beta1 * v[i] + (1 - beta1) * gi
                        s[i] = beta2 * s[i] + (1 - beta2) * (gi * gi)
                        let vHat = v[i] / correction1
                        let sHat = s[i] / correction2
                        let denominator = inside ? (sHat + epsilon).squareRoot() : sHat.squareRoot() + epsilon
                        theta[i] = theta[i] - lr * vHat / denominator
                    }
                }
            }
        }
        // endregion
    }
}
