/// The course's framework model, LINEAR→RELU→…→LINEAR, written as nothing
/// but its forward pass: the parameters are ``Tensor/parameter(_:)``
/// variables and the graph built by ``logits(_:)`` and ``loss(_:_:)`` is
/// differentiated by ``Tensor/backward()``. No backward pass is written
/// anywhere in this file: that is the point of a framework.
///
/// The output layer gives logits; the loss applies softmax cross-entropy
/// (one unit per class) or sigmoid cross-entropy (a single unit) to them.
public final class AutodiffNetwork {
    /// `W[1], W[2], …` and `b[1], b[2], …` as variables.
    public let weights: [Tensor]
    public let biases: [Tensor]

    /// Starts from given values (e.g. the hand-written trainer's initialization).
    public init(_ parameters: NetworkParameters) {
        weights = parameters.weights.map(Tensor.parameter)
        biases = parameters.biases.map(Tensor.parameter)
    }

    /// Starts from `initialization` for the widths `layers`.
    public convenience init(layers: [Int], initialization: AutodiffInitialization = .xavierUniform,
                            seed: UInt32 = 1, initScale: Double = 10) {
        switch initialization {
        case .xavierUniform:
            self.init(xavierUniformParameters(layers: layers, seed: seed))
        case .scheme(let scheme):
            self.init(initializeParameters(layers: layers, scheme: scheme, seed: seed, initScale: initScale))
        }
    }

    /// Every variable, in the order `W1, b1, W2, b2, …` (the optimizers' order).
    public var parameters: [Tensor] {
        zip(weights, biases).flatMap { [$0, $1] }
    }

    /// The current values as plain matrices.
    public var values: NetworkParameters {
        NetworkParameters(weights: weights.map(\.value), biases: biases.map(\.value))
    }

    /// Whether the output is a single sigmoid unit rather than softmax.
    public var isBinary: Bool { weights.last?.value.rows == 1 }

    /// The forward pass: `Z[l] = W[l]·A[l−1] + b[l]`, `A[l] = relu(Z[l])`
    /// for the hidden layers; returns the last `Z` (the logits).
    public func logits(_ x: Tensor) -> Tensor {
        var a = x
        for l in weights.indices {
            let z = weights[l] * a + biases[l]
            a = l == weights.count - 1 ? z : z.relu()
        }
        return a
    }

    /// The cost of a batch, a `1×1` tensor: the mean softmax cross-entropy
    /// against one-hot `labels` `(classes, m)`, or the mean sigmoid
    /// cross-entropy against 0/1 labels `(1, m)`.
    public func loss(_ x: Matrix, _ labels: Matrix) -> Tensor {
        let z = logits(.constant(x))
        return isBinary
            ? Tensor.sigmoidCrossEntropy(logits: z, labels: labels).mean()
            : Tensor.softmaxCrossEntropy(logits: z, labels: labels)
    }

    /// Logits for `x` without building a graph (prediction).
    public func scores(_ x: Matrix) -> Matrix {
        var a = x
        for l in weights.indices {
            let z = weights[l].value * a + biases[l].value
            a = l == weights.count - 1 ? z : z.map { $0 > 0 ? $0 : 0 }
        }
        return a
    }

    /// Predicted class of every column of `x`.
    public func predict(_ x: Matrix) -> [Int] { Tensor.predictedClasses(scores(x)) }
}

/// Xavier/Glorot uniform weights, `W[l] ~ U(−r, r)`, `r = √(6 / (n[l−1] + n[l]))`,
/// biases zero: numpy's `np.random.seed(seed)`, then for each layer
/// `np.random.uniform(-r, r, (n[l], n[l-1]))`, i.e. `−r + (r − (−r))·u` per
/// entry in row-major order.
public func xavierUniformParameters(layers: [Int], seed: UInt32) -> NetworkParameters {
    precondition(layers.count >= 2 && layers.allSatisfy { $0 > 0 }, "invalid layer widths \(layers)")
    var random = NumpyRandom(seed: seed)
    var parameters = NetworkParameters(zerosFor: layers)
    for l in 1..<layers.count {
        let r = (6.0 / Double(layers[l - 1] + layers[l])).squareRoot()
        var w = random.rand(layers[l], layers[l - 1])
        for i in 0..<w.count { w.elements[i] = -r + (r - -r) * w.elements[i] }
        parameters.weights[l - 1] = w
    }
    return parameters
}
